"""The layout holds: extract is pure, the dashboard reads only through warehouse (import-linter contracts)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def lint_imports(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "lint-imports"), "--no-cache", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def test_import_contracts_are_kept():
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_cover_the_layout():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]
    assert config["include_external_packages"] is True, "without it, forbidding duckdb or dash checks nothing"
    forbidden = {c["source_modules"][0]: set(c["forbidden_modules"]) for c in config["contracts"]}
    assert {"warehouse", "dashboard", "counterclaim", "duckdb", "dash"} <= forbidden["extract"]
    assert {"duckdb", "counterclaim"} <= forbidden["dashboard"]
    assert {"dashboard", "counterclaim"} <= forbidden["warehouse"]


def test_a_broken_external_contract_is_caught(tmp_path):
    """The checker really sees third-party imports: warehouse imports duckdb, so forbidding it must fail."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.importlinter]\nroot_packages = ["warehouse", "extract"]\ninclude_external_packages = true\n\n'
        '[[tool.importlinter.contracts]]\nname = "probe"\ntype = "forbidden"\n'
        'source_modules = ["warehouse"]\nforbidden_modules = ["duckdb"]\n')
    result = lint_imports(cwd=tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_extract_imports_without_the_database_or_the_web_app():
    code = (
        "import sys, extract\n"
        "claims = extract.extract_claims('Shelling killed at least 12 people in Homs on Tuesday.')\n"
        "assert claims, 'the extractor found nothing'\n"
        "heavy = [m for m in ('duckdb', 'dash', 'plotly', 'warehouse', 'dashboard', 'counterclaim') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_cli_starts_without_the_web_app():
    """`counterclaim --help` must stay fast: the Dash app loads only for serve and demo."""
    code = "import sys\nfrom counterclaim.cli import main\nprint('dash' in sys.modules, 'duckdb' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_the_top_level_layout():
    for name in ("pyproject.toml", "Makefile", "README.md", ".ci/run", "extract", "warehouse", "dashboard",
                 "counterclaim", "tests", "assets/demo/corpus.jsonl"):
        assert (REPO / name).exists(), name
    assert "make test" in (REPO / ".ci" / "run").read_text()
