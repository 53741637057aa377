"""Text to numeric claims. Pure functions over plain records: no I/O, no database.

    >>> from extract import extract_claims
    >>> [c.best for c in extract_claims("Activists said 12 people were killed.")]
    [12.0]
"""

from extract.claims import extract_claims
from extract.numbers import find_quantities
from extract.records import Claim, Quantity

# Bump when extraction output changes, so the warehouse can tell stale claims.
EXTRACTOR_VERSION = "0.1.0"

__all__ = ["Claim", "EXTRACTOR_VERSION", "Quantity", "extract_claims", "find_quantities"]
