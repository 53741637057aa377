"""The words around a claimant's noun phrase that are not its name, trimmed off (extract/claimants.py).

- after it, before the verb: auxiliaries and adverbs ("X had earlier said", "X was quoted as saying"): `_trim_tail`;
- before it: discourse words ("However, the ministry"), a dated time phrase ("In March 2022 the ministry") and a
  prepositional phrase with a determiner ("In its twelve volumes the commission"): `_trim_head`.
Split from extract/claimants.py, which walks back from the verb to the claimant.
"""

from __future__ import annotations

import re

from extract.relayedspeaker import without_time_opening
from extract.rx import ascii_lower, guarded

_DIGIT = re.compile(r"\d")
_TRIM_TAIL_WORDS = (
    r"(?:also|have|has|had|is|are|was|were|will|would|could|can|may|might|did|does|do|just|previously|"
    r"reportedly|now|later|quickly|then|been|first|earlier|today|again|already|initially|separately|both|"
    r"repeatedly|further|officially|publicly|still|only|immediately|independently|yesterday|currently|on \w+|late \w+|quoted|"
    r"always|never|consistently|long|since|"  # ("The interior ministry has always said")
    r"wrongly|mistakenly|erroneously|incorrectly|falsely|inaccurately|so far|thus far|"
    r"inside|outside|"  # ("Palestinian officials inside say": where they are, no part of their name)
    r"itself|themselves|himself|herself|"  # ("The committee itself estimated": the committee named before)
    r"(?:was|were|is|been) quoted(?: as)?)"
)
# (?:\s+WORD)+$, written to open with one \s (not a repeat), so re skips in C to the next space.
_TRIM_TAIL = re.compile(rf"\s\s*{_TRIM_TAIL_WORDS}(?:\s+{_TRIM_TAIL_WORDS})*$", re.I)
# What the last word (between white space, folded) of a text _TRIM_TAIL matches in is: one of its words,
# or any word after "on" or "late" ("on Monday"); see `_trim_tail`.
_TRIM_LAST = frozenset(
    "also have has had is are was were will would could can may might did does do just previously reportedly now "
    "later quickly then been first earlier today again already initially separately both repeatedly further "
    "officially publicly still only immediately independently yesterday currently quoted as wrongly mistakenly erroneously "
    "incorrectly falsely inaccurately far inside outside always never consistently long since itself themselves himself "
    "herself".split()
)
_TRIM_HEAD = guarded(
    # ("later historians", "earlier studies": an adjective of the whole subject, kept)
    r"^(?:(?:and|but|while|as|so|yet|then|however|meanwhile|moreover|also|now|today|yesterday|"
    r"(?:later|earlier)(?!\s+(?:historians|scholars|researchers|studies|accounts)\s*$)|"
    r"separately|in addition|in a statement|on \w+(?: \w+)?|last \w+|this \w+|in \w+|at least|both|"
    r"(?:what|whom?|why|how|when|where)\s+(?:did|does|do|has|have|had|will|would))\b(?!['’]s\b|[-‐])[\s,]*)+",
    # ("what did the commissioner tell"; "Yesterday's report", "last week's story": a possessive is the subject's own;
    # "So-called Islamic State", "the then-governor": a word joined by a hyphen is part of a compound, kept)
    re.I,
)
# A time phrase with a year opening the clause: "In March 2022 the ministry said", "Between September 2004
# and August 2005 our researchers documented". Greedy up to the last year within reach, so a span's second
# date goes too; the year would otherwise make the subject look like a number.
_DATED_HEAD = re.compile(r"^(?:in|on|since|during|between|from|until|through(?:out)?|by|as\s+of)\s+(?:\S+\s+){0,8}"
                         r"(?:1[89]|20)\d\d\b,?\s+(?=\S)", re.I)
_LEAD_CONJUNCTION = re.compile(r"^(?:(?:and|but|so|yet|then|also)\s+)+", re.I)


def _trim_tail(seg: str) -> str:
    """_TRIM_TAIL.sub("", seg) for a text without trailing white space, tried only when its last words
    can end a match (tests/test_attribution.py checks the two agree)."""
    words = seg.split()
    if words and (ascii_lower(words[-1]) in _TRIM_LAST or (len(words) > 1 and ascii_lower(words[-2]) in ("on", "late"))):
        return _TRIM_TAIL.sub("", seg)
    return seg


def _trim_head(seg: str) -> str:
    """`seg` without the discourse words, the dated time phrase and the prepositional phrase that open it
    (see _TRIM_HEAD, _DATED_HEAD, _PHRASE_HEAD), or a span of time ("Three days later": relayedspeaker.py)."""
    seg = without_time_opening(seg)
    if _DIGIT.search(seg):
        for head in (seg, _LEAD_CONJUNCTION.sub("", seg)):  # ("And in March 2022 the …")
            undated = _DATED_HEAD.sub("", head)
            if undated != head:
                return _TRIM_HEAD.sub("", undated)
    if seg[:1] in _PHRASE_FIRST:
        m = _PHRASE_HEAD.match(seg) or _PHRASE_HEAD_NAME.match(seg)
        if m:
            seg = seg[m.end():]  # "In its twelve volumes the commission": the commission
    seg = _TRIM_HEAD.sub("", seg)
    if "s " in seg[:20]:
        seg = _GENERIC_OWNER.sub("", seg)  # "the state's Victims Unit": the unit
    return seg


# A generic owner's possessive before a capitalised name ("the state's Victims Unit", "the city's Emergency Board"):
# the name is the claimant's; the owner says only whose it is (a named owner, "Kenya's Red Cross", stays).
_GENERIC_OWNER = re.compile(r"^(?:the\s+)?(?:state|country|nation|city|region|province|county|district|town|"
                            r"government|regime)['’]s\s+(?=(?-i:[A-Z]))", re.I)


# A prepositional phrase opening the clause without a comma, up to where its subject starts: an article or
# possessive ("In its twelve volumes the commission estimated"), else a capitalised name ("In its report
# UNHCR said"). Only a phrase with a determiner of its own: "In Kesh residents said" is left whole.
_PHRASE_HEAD = re.compile(r"(?:in|on|at|for|from|after|during|within|throughout|across|under|through)\s+(?:its|their|his|her|"
                          r"the|a|an|this|that|these|those|our|my)\s+(?:[\w'’-]+\s+){1,4}?(?=(?:the|its|their)\s+\S)", re.I)
_PHRASE_HEAD_NAME = re.compile(r"(?:in|on|at|for|from|after|during|within|throughout|across|under|through)\s+(?:its|their|his|"
                               r"her|the|a|an|this|that|these|those|our|my)\s+(?:[a-z][\w'’-]*\s+){1,4}?(?=[A-Z])", re.I)
_PHRASE_FIRST = frozenset("IiOoAaFfWwTtDdUu")
