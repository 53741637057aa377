"""The README documents every command and every option of the CLI (in the spirit of sqlite-utils' test_docs)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from counterclaim.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def sections() -> dict[str, str]:
    """README text under each "### `counterclaim NAME`" heading, up to the next heading of level 1-3."""
    out: dict[str, str] = {}
    parts = re.split(r"^(#{1,3} .*)$", README, flags=re.M)
    for heading, body in zip(parts[1::2], parts[2::2]):
        m = re.match(r"### `counterclaim (\w+)", heading)
        if m:
            out[m.group(1)] = heading + body
    return out


SECTIONS = sections()
COMMANDS = sorted(main.commands)
OPTIONS = [(name, opt) for name in COMMANDS for p in main.commands[name].params if isinstance(p, click.Option)
           for opt in p.opts if opt.startswith("--")]


def test_the_first_screen_shows_the_two_commands():
    first_screen = "\n".join(README.splitlines()[:25])
    assert "make run" in first_screen and "make test" in first_screen
    assert "http://127.0.0.1:8050" in first_screen


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_a_section(name):
    assert name in SECTIONS, f"README.md needs a '### `counterclaim {name}`' section"


@pytest.mark.parametrize("name, option", OPTIONS, ids=[f"{n}-{o}" for n, o in OPTIONS])
def test_every_option_is_documented_in_its_section(name, option):
    assert option in SECTIONS.get(name, ""), f"README.md: document {option} under `counterclaim {name}`"


def test_no_section_documents_a_command_that_does_not_exist():
    assert set(SECTIONS) <= set(COMMANDS)


def test_every_command_section_shows_an_example():
    for name, text in SECTIONS.items():
        assert f"counterclaim {name}" in text.split("\n", 1)[1], name
        assert "```" in text, f"`counterclaim {name}` has no example"
