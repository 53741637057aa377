"""Print a developer's list of mismatches: as JSON lines, or grouped by cause, largest group first.

Shared by scripts/date_errors.py and scripts/attr_errors.py, which find the mismatches and say how one reads.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable


def print_rows(rows: list[dict], as_json: bool, lines: Callable[[dict], tuple[str, str]]) -> None:
    """Each row as a JSON line, or under `== cause (n)` headings as the two lines `lines(row)` gives."""
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["cause"]].append(r)
    for name, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"== {name} ({len(items)})")
        for r in items:
            head, sentence = lines(r)
            print(f"  {head}")
            print(f"      {sentence}")
