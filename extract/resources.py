"""Where the project's data files live: the repository's assets/ folder."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
