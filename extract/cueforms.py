"""Forms of claim cues read by extract/cues.py beside its verbs of saying, and one read by attribution.

- A figure named by whose it is, right before it: "the government's toll was 98", "the police figure of 48"
  (`figure_owners`; only an owner the lexicon lists or types).
- A verb that closes the sentence it attributes, after a comma: "…, the panel found.", "…, the government said
  in a statement read on state radio." (`CLOSING_VERBS`, `closes`).
- A closing clause that is the writer's comparison, not a cue: "…, far more than the army and police say.",
  "…, whatever the critics say." (`set_against`).
- A relative clause on the number's own phrase naming who counted it: "the roughly 25,000 deaths that rights
  groups had counted" (`RELATIVE_BY`, matched by extract/attribution.py after the number).
"""

from __future__ import annotations

import re

from extract.lexicon import clean_name, lexicon, lookup
from extract.rx import guarded
from extract.wordset import words_of

__all__ = ["CLOSING_VERBS", "FIGURE_WORDS", "POST_SAID_VERBS", "RELATIVE_BY", "RELATIVE_WORDS", "closes", "figure_owners",
           "set_against"]

_DIGIT = re.compile(r"\d")

# "the government's toll was 98", "the police figure of 48": a figure named by whose it is, right before it.
FIGURE_WORDS = frozenset("toll tolls figure figures count counts tally estimate estimates".split())
# (and when or how it was given: "the general staff's own wartime figure of 12,000", "the army's published count of 40")
_FIGURE_ADJ = (r"(?:(?:latest|new|own|official|preliminary|updated|final|initial|revised|earlier|first|death|casualty|"
               r"wartime|postwar|post-war|contemporary|original|published|public|internal|provisional)\s+)*")
_COUNT_NEXT = (r"\s+(?=(?:(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|over|up\s+to|only|just|"
               r"fewer\s+than|less\s+than)\s+)*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|"
               r"dozens|hundreds|thousands)\b))")
_OWNED_FIGURE = re.compile(r"['’]s\s+" + _FIGURE_ADJ +
                           r"(?:toll|figure|count|tally|estimate)s?\s+(?:(?:was|is|were|are)(?:\s+that)?|stood\s+at|"
                           r"stands\s+at|reached|rose\s+to|of|at)" + _COUNT_NEXT)  # ("'s count was that 568 people …")
_OWNER_BEFORE = re.compile(r"(?:[Tt]he\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}$")  # the owner's words right before "'s"
# (not "toll": "the police toll" may count the police's dead)
_NOUN_FIGURE = guarded(r"\b[Tt]he\s+(?P<np>[\w-]+(?:\s+[\w-]+)?)\s+" + _FIGURE_ADJ +
                          r"(?:figure|estimate|count|tally)s?\s+(?:of|was|is|stood\s+at|at)" + _COUNT_NEXT)
_NOT_OWNERS = frozenset("official final latest new revised earlier initial overall total daily death casualty local "
                        "national same first last previous updated preliminary civilian civilians combined".split())
_OWNER_CUT = re.compile(r".*\b(?:that|which|who|and|but|or|said|says|on|in|at|of|for|from|to|by|with|as)\s+", re.I | re.S)


def figure_owners(sentence: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each figure named by its owner: "the government's toll was 98", "the police figure of 48" — only
    an owner the lexicon lists or types ("the city's toll" names no claimant)."""
    out = []
    found = []
    if "'s " in sentence or "’s " in sentence:
        for m in _OWNED_FIGURE.finditer(sentence):
            owner = _OWNER_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
            if owner:
                found.append((owner.group(), owner.start(), m.end()))
    if "the " in sentence or "The " in sentence:
        found.extend((m.group("np"), m.start("np"), m.end()) for m in _NOUN_FIGURE.finditer(sentence))
    if sentence[:3] in ("Its", "The"):
        its = _ITS_FIGURE.match(sentence)
        if its:  # "Its first figure, given shortly after midnight, was 36.": the body of the sentence before
            out.append(("It" if its.group("own") == "Its" else "They", its.start(), its.end()))
            return out
    for written, start, end in found:
        for cut in (_OWNER_CUT, _NAME_OWNER_CUT):
            if cut is _NAME_OWNER_CUT and " of " not in written:
                break
            tail = cut.sub("", written)
            np = clean_name(tail)  # "… said on X that the army's figures": the army
            if not np or np.split()[-1].casefold() in _NOT_OWNERS or _DIGIT.search(np):
                continue
            if lookup(np) or any(p.search(np) for p, _ in lexicon().rules):
                out.append((np, start + len(written) - len(tail), end))
                break
    return out


# A figure a sentence opens by giving as "its/their" own ("Its first figure, given shortly after midnight, was 36."):
# the pronoun's, resolved as "It said …" is (the body told of before). Not "its toll", which may count its own dead.
_ITS_FIGURE = re.compile(r"(?P<own>Its|Their)\s+" + _FIGURE_ADJ + r"(?:figure|count|tally|estimate)s?"
                         r"(?:\s*,[^,;:.\d]{1,60},)?\s+(?:was|is|were|are|stood\s+at|had\s+been)" + _COUNT_NEXT)


# The same cut keeping an "of" inside a capitalised name ("The Ministry of Home Security's count was that …"),
# tried when the first cut's owner ("Home Security") is neither listed nor typed.
_NAME_OWNER_CUT = re.compile(r".*\b(?:that|which|who|and|but|or|said|says|on|in|at|of(?!\s+(?:the\s+)?(?-i:[A-Z]))|for|from|to|by|"
                             r"with|as)\s+", re.I | re.S)


# Verbs that can close the sentence they attribute ("…, the commission found."), and what may stand after them
# then: time and manner, never a that-clause or another clause ("…, the ministry said in a statement on Monday.").
POST_SAID_VERBS = frozenset(("said", "says", "added", "reported", "claimed", "estimated", "ruled", "told"))  # _POST_SAID's v1
# ("say" too: "…, police say." closes like "…, the ministry says."; only after a comma and a subject, as every
# closing cue, so "… but slower than they say." is none.)
CLOSING_VERBS = frozenset("said says say found concluded estimated estimates reported reports claimed claims noted added "
                           "wrote stated announced confirmed documented recorded counted told replied answered countered "
                           "retorted insisted lamented ruled".split())
_CLOSING_TAIL = re.compile(r"\s+(?:yesterday|today|tonight|later|earlier|afterwards|again|also|(?:(?:on|in|at|late|early|"
                           r"earlier|last|this|from|via|during|through|by|to|after|before|over|before)\s+)(?!that\b)"
                           r"[^,;:()\n\d“\"]{1,70}?)\s*[.!?]?[”\"’]?\s*")

# Words that make what follows a verb a clause or a count of its own, not a closing adjunct.
_NOT_ADJUNCT = frozenset("that least was were is are had has have be been would will killed died wounded one two three "
                         "four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands scores".split())


def closes(rest: str) -> bool:
    """Whether what follows a verb is only a short adjunct up to the end of the sentence ("in a statement read
    on state radio.", "yesterday."): the verb then closes the sentence it attributes."""
    return bool(_CLOSING_TAIL.fullmatch(rest)) and len(rest.split()) <= 10 and _NOT_ADJUNCT.isdisjoint(
        words_of(rest))


# The opening of a closing clause in which the writer sets the figure against what others say ("…, far more than
# the army and police say.", "…, fewer than the rebels say.", "…, whatever the critics say.", "…, no matter what
# officials said."): the clause's subject is no claimant of the figure before it.
_SET_AGAINST = re.compile(r"[,;(–—-]\s*(?:(?:far|much|many|even|still|well|considerably|significantly|substantially|"
                          r"slightly|a\s+lot|several\s+times|twice|three\s+times)\s+)?"
                          r"(?:(?:more|fewer|less|lower|higher|greater|smaller|larger|bigger)\s+than|whatever|"
                          r"no\s+matter\s+what|unlike\s+what|contrary\s+to\s+what|despite\s+what|not\s+what|"
                          r"rather\s+than\s+what|(?:double|triple|twice|half)\s+what)\s+[^,;:()\d]{1,60}$", re.I)


def set_against(sentence: str, v_start: int) -> bool:
    """Whether the closing verb at `v_start` ends a clause in which the writer compares the figure with what others
    say ("…, far more than the army and police say."): no cue; the figure stays the writer's (extract/cues.py asks
    before a closing cue)."""
    return _SET_AGAINST.search(sentence, max(0, v_start - 90), v_start) is not None


# "the roughly 25,000 deaths that rights groups had counted": a relative clause on the number's own phrase names
# who counted it (only a claimant the lexicon lists or types: extract/attribution.py checks).
RELATIVE_BY = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}?(?:that|which)\s+(?P<np>(?!(?:it|they|he|she|we|i|you|there)\b)"
                         r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:(?:had|has|have|also|earlier|previously|already|then|"
                         r"later)\s+)*(?P<verb>counted|recorded|reported|documented|estimated|registered|confirmed|verified|"
                         r"gave|cited|listed|tallied)\b", re.I)
RELATIVE_WORDS = frozenset(("that", "which"))
