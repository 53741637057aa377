"""A count given "as" (or "at") a figure after "the number of", and a force said to number one.

- "gave the number of lorry drivers killed when aircraft bombed a convoy at Medvedjek as seven", "puts the number
  of people in Maluku who have left their homes since January at more than 250,000": the noun after "number of"
  is counted, and the first verb after it that says what befell it gives the measure (extract/verbreach.py reads
  the short shape after "at": "put the number of militants killed at 2,000"; this reads longer ones, and "as");
- "NATO, whose force in Kosovo numbers 40,000", "the army in the north numbers about 8,000": a force (or an army, a
  contingent, a garrison) counted by a verb of counting is a force's size in troops (extract/phraseparts.py's
  noun_numbering reads only a noun of the lexicon just before the verb: "troops numbering 2,500").
extract/classify.py asks both for a number with no noun of its own.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.phraseparts import noun_numbering
from extract.triggers import ARMED, lexicon, measure_for, norm

_FORCE_NUMBERS = re.compile(r"\b(?:force|forces|army|contingent|garrison|troop\s+strength)\b"
                            r"(?:\s+(?:in|on|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
                            r"\s+(?:now\s+|still\s+)?(?P<verb>numbers|numbered|number|numbering|totals|totalled|totaled)\s+"
                            r"(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)


def number_given_as(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Read "the number of X (done ...) as N" (or "at N", "is N", "was closer to N") into `ph`: X is the first noun of the lexicon within three words after
    "number of", and the first verb after it (before "as") says what befell it ("gave the number of foreign lorry
    drivers killed when aircraft bombed a convoy at Medvedjek as seven": drivers killed). No comma or full stop may
    stand between "number of" and the number."""
    text, k = ctx.text, q.char_start
    if ph.cls is not None or ph.verb is not None:
        return
    window = text[max(ctx.start, k - 24) : k]
    if " a" not in window and " is " not in window and " was " not in window and " were " not in window and (
            " st" not in window):
        return
    link = _LINK.search(text, max(ctx.start, k - 30), k)
    if link is None:
        return
    lo = max(ctx.start, k - _REACH)
    at = text.lower().rfind("number of ", lo, k)
    if at < 0 or any(c in text[at:k] for c in ",.;:"):
        return
    _read_counted(ph, text, at + 10, k, link.start())
    # the number of drivers "as" seven, with nothing said to have befallen them: no claim read here


def number_brought_to(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Read a running total told number first into `ph`: "bringing to 9 the number of terrorists neutralised", "brings
    to 112 the number of people killed in the delta since August" (the counted noun and what befell it stand after
    the number, which news writes so that the total comes early). The clause ends at a comma or a stop."""
    text, k, end = ctx.text, q.char_start, q.char_end
    if ph.cls is not None or ph.verb is not None or not _NUMBER_AFTER.match(text, end, ctx.end):
        return
    if _BROUGHT_TO.search(text, max(ctx.start, k - 40), k) is None:
        return
    at = text.lower().find("number of ", end, ctx.end) + 10
    stop = min((i for i in (text.find(c, at, ctx.end) for c in ",;") if i >= 0), default=ctx.end)
    _read_counted(ph, text, at, stop, stop)


def _read_counted(ph: Phrase, text: str, pos: int, k: int, verbs_end: int) -> None:
    """Read the noun counted after "number of" (at `pos`, within three words, before `k`) and the first verb after it,
    before `verbs_end`, that says what befell it into `ph` ("foreign lorry drivers killed when aircraft bombed")."""
    lex = lexicon()
    got, noun = None, None
    for _ in range(3):  # the noun, or one or two words before it ("foreign lorry drivers")
        noun = lex.noun_re.match(text, pos, k)
        got = lex.noun_class.get(norm(noun.group(0))) if noun else None
        word = _WORD.match(text, pos, k)
        if got is not None or word is None:
            break
        pos = word.end()
    if got is None or noun is None:  # (a noun read whenever its class is)
        return
    for verb in lex.verb_re.finditer(text, noun.end(), verbs_end):  # ("who have left their homes": not "have")
        group = lex.verb_group[norm(verb.group(0))]
        if group == "spare":
            return
        if group != "deploy" and measure_for(group, got[0]) is not None:
            ph.cls, ph.subject = got
            ph.verb, ph.verb_side, ph.verb_start = group, "right", verb.start()
            return


_REACH = 160  # how far before the number "number of" may stand
_LINK = re.compile(r"\s(?:as|at|is|was|were|stands|stood)\s+(?:(?:closer|nearer)\s+to\s+|" + qualifier_pattern() +
                   r"\s+)?\Z", re.IGNORECASE)  # ("the number of militants killed was closer to 20")
_WORD = re.compile(r"[\w'’/.-]+\s+")  # (a word of a name: "IPOB/ESN", "U.S.")
_NUMBER_AFTER = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\s", re.IGNORECASE)
_BROUGHT_TO = re.compile(r"\b(?:brings?|brought|bringing|takes|took|taking|raises|raised|raising|pushes|pushed|pushing)"
                         r"\s+to\s+(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)


def numbering_read(ph: Phrase, text: str, lo: int, k: int) -> None:
    """Read a noun or a force that a verb of counting joins to the number at `k` into `ph`: "troops numbering 2,500
    were flown in" (extract/phraseparts.py `noun_numbering`), "the army in the north numbers 4,000". Armed people
    counted by a finite verb ("The garrison numbers 900, and 30 troops were killed") take the verb as their
    clause's main verb, like a force."""
    named = noun_numbering(lexicon(), text, lo, k)
    if named is None:
        force_numbered(ph, text, lo, k)
        return
    ph.cls, ph.subject = named
    finite = _FINITE_COUNT.search(text, max(lo, k - 40), k) if named[0] in ARMED else None
    if finite is not None:
        ph.verb, ph.verb_side, ph.verb_start = "deploy", "right", finite.start()


_FINITE_COUNT = re.compile(r"\b(?:numbers|numbered|number|totals|totalled|totaled)\s+(?:" + qualifier_pattern()
                           + r"\s+)?\Z", re.IGNORECASE)


def force_numbered(ph: Phrase, text: str, lo: int, k: int) -> bool:
    """Read a force said to number the figure at `k` into `ph` ("whose force in Kosovo numbers 40,000"): troops,
    and the verb of counting is the clause's main verb ("deploy", right), so that a verb of the next clause ("The
    army in the north numbers 4,000, and 12 soldiers were wounded") is not taken for it. A force of peace ("the
    labour force": [cues] civil_force) is no one's troops. Whether it read one."""
    m = _FORCE_NUMBERS.search(text, max(lo, k - 60), k)
    if m is None:
        return False
    civil = lexicon().cues["civil_force"].search(text, max(lo, m.start() - 16), m.end())
    if civil is not None and civil.start() < m.start():
        return False
    ph.cls, ph.subject = "fighter", "troops"
    ph.verb, ph.verb_side, ph.verb_start = "deploy", "right", m.start("verb")
    return True
