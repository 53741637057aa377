"""Words that open a sentence or a phrase before a place name and are no part of it ("In Rais", "At Lindqvist House").

One list for the modules that read capitalised names as places (extract/placenames.py, placeforms.py,
placementions.py, placeappos.py).
"""

from __future__ import annotations

OPENERS = frozenset("""The A An In At On Near From To Of By And Outside Inside Across Around Its His Her Their
    Our""".split())
