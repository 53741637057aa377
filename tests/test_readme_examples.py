"""The README's "SQL" and "Exports" examples run, in order, in a fresh folder, and print what the README shows."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BIN = str(Path(sys.executable).parent)


def section(name: str) -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(rf"^## {name}\n(.*?)(?=^## )", text, flags=re.M | re.S)
    assert m, f"README.md has no '## {name}' section"
    return m.group(1)


def examples(text: str) -> list[tuple[str, str]]:
    """(command, expected output) for every `$ ` line of the ```console blocks."""
    out: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, expected = chunk.partition("\n")
            out.append((command, expected.rstrip("\n")))
    return out


EXAMPLES = examples(section("SQL")) + examples(section("Exports"))


def test_the_sections_have_examples():
    assert len(EXAMPLES) >= 8
    assert any(c.startswith("counterclaim sql") for c, _ in EXAMPLES)
    assert any(c.startswith("counterclaim export") for c, _ in EXAMPLES)


@pytest.mark.slow
def test_readme_examples_print_what_the_readme_shows(tmp_path):
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", COLUMNS="200")
    env.pop("COUNTERCLAIM_DB", None)
    for command, expected in EXAMPLES:
        run = subprocess.run(["bash", "-c", command + " 2>&1"], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=300)
        assert run.stdout.rstrip("\n") == expected, f"$ {command}\n--- got:\n{run.stdout}--- README shows:\n{expected}"
