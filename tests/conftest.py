"""Shared fixtures: real warehouse files built by the package's own code."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# No timed assertions in tests (speed is measured by `counterclaim bench`): hypothesis' default 200 ms deadline per
# example failed property tests on a loaded 2-core machine (test_when20_s10's foreign digits took 336 ms), so the
# deadline is off for every property; each test still sets its own max_examples.
settings.register_profile("counterclaim", deadline=None)
settings.load_profile("counterclaim")

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
