"""A toll of a side's people given as a number: "the number of Americans killed at 23", "US DEAD NOW 23".

Two idioms count the dead (or wounded, or taken) of a side named by a word of [sides] (assets/lexicons/claims.toml),
not by a noun of the lexicon:
- "puts the number of Americans killed at 23", "the number of Russians wounded rose to 400": "number of", the
  side's people, a verb of harm, then a link to the number;
- a headline's "US DEAD NOW 23", "RUSSIAN TOLL RISES TO 40": the side's word, a toll word, then a link.
The claim counts the side's people (subject "people", side that side). A name that is no side ("the number of
Syrians killed", "the number of visitors killed") is left to the other rules; so is a number put at an age
("the number of Americans over 65", no verb of harm) or a toll of no side ("DEAD NOW 23").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.rx import guarded
from extract.triggers import lexicon, norm

_LINK = r"(?:now|at|to|as|reaches|reached|tops|topped|hits|rises\s+to|rose\s+to|climbs\s+to|climbed\s+to|stands\s+at)"
_NUMBER_OF = guarded(r"\bnumber\s+of\s+([A-Z][\w.'’-]*)\s+(?:(?:who\s+)?(?:were|have\s+been|had\s+been)\s+)?"
                        r"([a-z]+(?:\s+(?:dead|prisoner|captive|hostage))?)\s+(?:[a-z]+\s+){0,2}?" + _LINK +
                        r"\s+(?:(?:about|some|around|nearly|almost|roughly|at\s+least|more\s+than|over)\s+)?\Z")
_TOLL_HEAD = re.compile(r"(?:^|[:\-–—]\s*)([A-Z][\w.'’-]*)\s+(?:DEAD|DEATH\s+TOLL|TOLL|KILLED|dead|death\s+toll|toll)"
                        r"\s+(?:NOW|RISES\s+TO|ROSE\s+TO|REACHES|TOPS|HITS|CLIMBS\s+TO|now|rises\s+to|rose\s+to|"
                        r"reaches|tops|hits|climbs\s+to)\s+\Z")
_MEASURE_OF_GROUP = {"kill": "killed", "wound": "wounded", "capture": "captured"}


def side_count(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """(measure, "people", side) of a toll of a side's people put at the number (see the module), else None."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 90)
    lex = lexicon()
    m = _NUMBER_OF.search(text, lo, k)
    if m is not None:
        side = lex.side_of.get(norm(m.group(1))) or lex.side_cs.get(m.group(1))
        said = m.group(2).lower()
        group = lex.verb_group.get(said) or ("kill" if said == "dead" else None)
        measure = _MEASURE_OF_GROUP.get(group or "")
        return (measure, "people", side) if side and measure else None
    m = _TOLL_HEAD.search(text, lo, k)
    if m is not None:
        side = lex.side_cs.get(m.group(1)) or lex.side_of.get(norm(m.group(1)))
        return ("killed", "people", side) if side else None
    return None
