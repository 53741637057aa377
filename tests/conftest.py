"""Shared fixtures: real warehouse files built by the package's own code."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"


def pytest_collection_modifyitems(config, items):
    if not SEEDS.exists():
        skip = pytest.mark.skip(reason=f"{SEEDS} not present")
        for item in items:
            if "seeds" in item.fixturenames or "seeds_warehouse" in item.fixturenames:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory) -> Path:
    """A warehouse holding the five seed articles with their metadata (read it, do not write it)."""
    from warehouse import ingest

    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    report = ingest([SEEDS], db, metadata=SEEDS / "metadata.jsonl")
    assert report.new == 5, report
    return db


@pytest.fixture(scope="session")
def demo_warehouse(tmp_path_factory) -> Path:
    """The demo warehouse built from the bundled synthetic corpus, as `counterclaim demo` builds it (read it only)."""
    from counterclaim.demo import build_demo_warehouse

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    build_demo_warehouse(db)
    return db
