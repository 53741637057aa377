"""The [spoken_numbers] table of assets/lexicons/claims.toml, read once at import (extract/numspoken.py and
numspokentimes.py: collective words, notes, slang currency words, decades, pets)."""

from __future__ import annotations

import tomllib

from extract.resources import ASSETS


def _read() -> dict:
    """The [spoken_numbers] table (parsed from its header on: the last tables of the file are small)."""
    text = (ASSETS / "lexicons" / "claims.toml").read_text(encoding="utf-8")
    at = text.find("\n[spoken_numbers]")
    return tomllib.loads(text[at:])["spoken_numbers"]


SPOKEN: dict = _read()
