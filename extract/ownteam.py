"""A body's own report naming its own people in the third person: "the team counted 143 explosions", "the mission
recorded 97 attacks", "the monitors observed a column of 12 tanks".

A monitoring or peacekeeping mission, a crisis centre or a rights office writes of itself as "the mission" or of
its field staff as "the team" where a newspaper writes "our team": that is the outlet's own voice (GUIDELINES.md:
`publication`), not another body. Only when the outlet is such a body (its name holds a word that names an
organisation, extract/bodywords.py, other than a medium's: "EU Monitoring Mission", not "Harbour Gazette" or "Asia
News") and the word stands bare (a "UN team" or "the mission" resolved to a body named before is someone else).
A count its own people made ("counted", "logged", "tallied") is as good as documented: `own_count_verb`; so is a
figure the writer's own people saw for themselves, said in a clause after it ("The grave held 13 bodies, as our
reporter saw when it was opened": `own_witness_after`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.bodywords import body_words

__all__ = ["own_count_verb", "own_people", "own_witness_after"]

# The bare nouns a body's report uses for its own people or itself.
_OWN_PEOPLE = frozenset(("team", "teams", "mission", "monitors", "observers", "patrol", "patrols"))
# Body words that name a medium, not a body that sends people out ("Asia News", "Radio Free Asia").
_MEDIA_WORDS = frozenset(("media", "tv", "radio", "news", "network"))
# Verbs of counting: the outlet's own people counting is its documented count.
_OWN_COUNT_VERBS = frozenset(("counted", "counts", "logged", "logs", "tallied", "tallies"))  # (not "registered": a
# registration is of people who came, h-set gold keeps it `asserted`)


# ", as our reporter saw", ", as we witnessed", ", as our correspondents counted": the writer's own people's sight.
_OWN_WITNESS = re.compile(r",\s*as\s+(?:we|our\s+(?:own\s+)?(?:reporters?|correspondents?|photographers?|team|staff|"
                          r"journalists?))\s+(?:(?:had|have|also|ourselves|themselves|himself|herself)\s+)*(?:saw|seen|"
                          r"witnessed|counted|confirmed|verified)\b", re.I)


@lru_cache(maxsize=256)  # one outlet per document
def _body_outlet(outlet: str) -> bool:
    """Whether the outlet's name holds a word naming an organisation other than a medium."""
    words = {w.casefold() for w in body_words()} - _MEDIA_WORDS
    return not words.isdisjoint(outlet.casefold().split())


def own_people(name: str, outlet: str | None) -> bool:
    """Whether the claimant `name` ("the team", "Mission") is the outlet's own people in a body's own report."""
    if not outlet:
        return False
    key = name.casefold()
    if key.startswith("the "):
        key = key[4:]
    return key in _OWN_PEOPLE and _body_outlet(outlet)


def own_count_verb(verb: str | None) -> bool:
    """Whether `verb` is one of counting ("counted", "logged"): the outlet's own count of what its people saw."""
    return bool(verb and verb.casefold() in _OWN_COUNT_VERBS)


def own_witness_after(sentence: str, end: int) -> bool:
    """Whether a clause after sentence[end:] says the writer's own people saw the figure for themselves."""
    return " as " in sentence[end:] and _OWN_WITNESS.search(sentence, end) is not None
