"""Which claim cues of a sentence reach a number (extract/cues.py finds the cues).

A cue before the number reaches it unless a scope break (";", ", after", ", with", ...) stands between them,
except when ", and that ..." takes the speech up again or ", with" only adds to the cue's own count ("at 92, with
47 wounded"); a documenting verb's object ends where ", and the rebels destroyed ..." begins a clause of its own;
"..., he said, among them hundreds ..." goes on with the count; "the families of another 87 say" speak for the
87 in their subject; a nearer speaker takes over from a farther one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.claimants import _DIGIT, KIN_OF as _KIN_OF  # the count in the "of" complement of a cue's subject
from extract.cues import _SCOPE_BREAK, _THAT_NEXT, Cue, is_confirm_verb
from extract.cuetails import after_time_adjunct
from extract.absolute import ABSOLUTE_VERBS
from extract.continued import continued_break
from extract.dashaside import _DASHES, in_dash_aside
from extract.speakerorder import without_superseded
from extract.fronted import fronted_before, partitive_front, relative_front, with_front_verb
from extract.qualifierwords import qualifier_pattern
from extract.rx import guarded


_UP_FROM_AFTER = re.compile(r",\s+(?:up|down)\s+from\b")
# What a "…, X said," set in the middle of a sentence still reaches after it: a part of the same count.
_GOES_ON = re.compile(r"\s*,\s*(?:among\s+them|including|most\s+of\s+them|many\s+of\s+them|some\s+of\s+them|"
                      r"half\s+of\s+them|of\s+whom|mostly|mainly|among\s+whom)\s+(?:(?:at\s+least|about|around|some|"
                      r"nearly|more\s+than|over)\s+)*$", re.I)
# ", and 40 houses damaged" after "…, X said": a conjunct whose verb ("were") is left out goes on with X's speech
# (not ", and 40 houses were damaged": a clause of its own, with its own verb, is the writer's again).
_ELLIPTIC_AND = re.compile(r"\s*,\s*and\s+(?:(?:another|at\s+least|about|around|some|nearly|more\s+than|over)\s+)*")
_ELLIPTIC_TAIL = re.compile(r"(?:\s+(?!(?:was|were|is|are|had|have|has|been)\b)[A-Za-z][\w-]*){1,4}?\s+(?:damaged|destroyed|"
                            r"wounded|injured|hurt|killed|missing|displaced|detained|arrested|captured|burned|burnt|"
                            r"looted)\s*[.!]?\s*$")
# ", it had": a parenthetical "…, X say, …" goes on with the same clause (not ", and …", ", which …": a new one).
_INTERRUPTS = re.compile(r"\s*,\s*(?!(?:and|but|or|nor|while|whereas|as|which|who|although|though|after|before|when|"
                         r"because|so|since|until|with|without|adding|saying|among|including|most|many|some|half|of)\b)"
                         r"(?:it|they|he|she|the|its|their|there)\b", re.I)
# ", and the rebels destroyed": a clause with a subject and verb of its own after a verb's object.
# (Not "…, and the dead included 28 children": a verb that lists a part of the count goes on with it.)
_NEW_CLAUSE = re.compile(r",\s*and\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?\s+"
                         r"(?!(?:includ|number|total)ed\b)(?:[a-z]+ed|had|has|have|were|was|are|is|took|seized|shot|hit|"
                         r"burnt|stole|blew|made)\b")
# "…, the master said; another five were hurt": a clause after ";" going on with the count just tagged (as a
# next sentence "Another 40 were hurt" does, extract/carry.py) is still the tag's speech.
_SEMI_ANOTHER = re.compile(r"\s*;\s*(?:another|a\s+further)\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|"
                           r"over)\s+)*", re.I)
# "…, according to X; …": an attribution closing the clause before a ";" goes on into the next one when that names
# no speaker of its own (GUIDELINES.md: who makes the claim, as named; a ";" joins parts of one statement).
_SEMI_AFTER = re.compile(r"[\s.”\"’')]*;\s*")
_AND_CLAUSE = guarded(r",\s*and\s+(?!that\b)", re.I)
_INSIDE_SUBJECT = guarded(r",\s*(?:which|who|whose|that)\b|\(", re.I)
# "X told reporters that A …, since Thursday, and that B": a second that-clause goes on with X's speech.
_THAT_CLAUSE_NEXT = guarded(r"\s+(?:[\w'’-]+\s+){0,3}?that\b", re.I)  # ("said on Monday evening that")
_AND_THAT = guarded(r"\b(?:and|but|or)\s+that\b", re.I)
_WITH_THE_NUMBER = re.compile(r"\s*(?:" + qualifier_pattern() + r"\s+)*", re.I)  # (extract/qualifierwords.py)
def _scope_broken(gap: str) -> bool:
    """A scope break in the gap between a cue and its number, except ", with" taking the number itself
    as its object after a count of the cue's own ("put the dead at 92, with 47 wounded": the count goes on)."""
    if "," not in gap and ";" not in gap and "-" not in gap and "–" not in gap and "—" not in gap:
        return False  # (every match of _SCOPE_BREAK holds ";", "," or a dash: a cheap test first)
    for m in _SCOPE_BREAK.finditer(gap):
        if (m.group().lstrip(",; ").lower().startswith("with") and _WITH_THE_NUMBER.fullmatch(gap, m.end())
                and _DIGIT.search(gap, 0, m.start())):
            continue  # (only after a count of the cue's own: "Isis claimed attacks, with 120 killed" is a new clause)
        if m.group().lstrip(",; ").lower().startswith("when") and _TIME_BEFORE.search(gap, 0, m.start()):
            continue  # "X notes that this follows the unrest of 26 January, when 68 died": a clause of the time named
        return True
    return False


# A time named right before ", when": a date ("of 26 January", "in March 1989", "on Saturday") whose relative clause
# the when-clause is, inside the speech that names it.
_TIME_BEFORE = re.compile(r"\b(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)|(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:1[89]|20)\d\d|(?:Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday))\s*\Z")


def _count_goes_on(sentence: str, cue: Cue, pos: int, end: int) -> bool:
    """A count opening a clause after ";" or ", while" that goes on with the cue's speech (extract/continued.py),
    with no other scope break between the cue and that clause."""
    brk = continued_break(sentence, cue.end, pos, end) if cue.name else -1
    return brk >= 0 and not _scope_broken(sentence[cue.end:brk])


def _dash_aside(sentence: str, cue: Cue, pos: int, end: int) -> bool:
    """A count in an aside between dashes ("… had been killed - 55 in all - and …") with no other scope break
    between the cue and the aside (extract/dashaside.py)."""
    dash = in_dash_aside(sentence, cue.end, pos, end) if cue.name else -1
    return dash >= 0 and not _scope_broken(sentence[cue.end:dash])


def _speech_resumes(sentence: str, cue: Cue, gap: str) -> bool:
    """Whether the cue's that-clause is taken up again after the last scope break of `gap` ("…, and that …")."""
    if not cue.name or cue.after or "that" not in gap or not _THAT_CLAUSE_NEXT.match(sentence, cue.end):
        return False
    last = None
    for last in _SCOPE_BREAK.finditer(gap):
        pass
    return bool(last and _AND_THAT.search(gap, last.end()))


def applicable(cues: Sequence[Cue], sentence: str, pos: int, end: int) -> list[Cue]:
    """Cues whose scope reaches the number: before it with no scope break between, or after it."""
    out = []
    absolute: list[int] | None = None  # where the absolute clauses start (extract/absolute.py), once asked
    for c in cues:
        if c.after and c.start >= end:
            if ";" not in sentence[end : c.start] and not (c.backward and relative_front(sentence, c.start) >= end):
                if absolute is None:
                    absolute = [d.start for d in cues if d.verb in ABSOLUTE_VERBS]
                if not any(end <= a < c.start for a in absolute):  # (an absolute clause's speaker takes over)
                    out.append(c)
        elif c.end <= pos and c.backward and _GOES_ON.match(sentence, c.end, pos):
            out.append(c)  # "About 4,000 more were waiting, he said, among them hundreds of elderly people"
        elif (c.end <= pos and c.backward and _ELLIPTIC_AND.fullmatch(sentence, c.end, pos)
              and _ELLIPTIC_TAIL.match(sentence, end)):
            out.append(c)  # "Two were killed, the mayor said, and 40 houses damaged": the same speech, its verb left out
        elif c.end <= pos and c.backward and (
                fronted_before(sentence, c.start) or relative_front(sentence, c.start) >= 0) and (
                not _scope_broken(sentence[c.end:pos]) or _count_goes_on(sentence, c, pos, end)):
            out.append(c)  # "Since May 19, the spokesman said, 212 rebels …": his speech goes on (extract/fronted.py)
        elif c.name and not c.after and end <= c.start and partitive_front(sentence, c.start, end):
            out.append(with_front_verb(sentence, c, c.start))  # "Of the 2,870 deaths it documented, X says …": X's count
        elif c.end <= pos and c.backward and c.name and ";" in sentence[c.end:pos] and _SEMI_ANOTHER.fullmatch(
                after_time_adjunct(sentence[c.end:pos])):
            out.append(c)  # "The dead numbered three, the master said; another five were hurt" (_SEMI_ANOTHER)
        elif c.after and c.name and c.verb == "according to" and c.end <= pos and (
                semi := _SEMI_AFTER.match(sentence, c.end)) and ";" not in sentence[semi.end():pos] and not any(
                d.name and c.end <= d.start < pos for d in cues):
            out.append(c)  # "… 187 killed, according to the ministry; Iran lost 200": carried past the ";"
        elif c.end <= pos and c.backward and _INTERRUPTS.match(sentence, c.end) and not _scope_broken(sentence[c.end:pos]):
            out.append(c)  # "At its peak, analysts say, it had perhaps 3,000 cadres": the tag interrupts one clause
        elif c.end <= pos and not c.backward and c.name and is_confirm_verb(c.verb) and _NEW_CLAUSE.search(
                sentence, c.end, pos) and not _THAT_NEXT.match(sentence, c.end):
            continue  # "we recorded 73 bombings, and the rebels destroyed 28 buildings": the verb's object ended
        elif c.end <= pos and not c.backward:
            gap = sentence[c.end : pos]
            if (not _scope_broken(gap) or _speech_resumes(sentence, c, gap) or _count_goes_on(sentence, c, pos, end)
                    or (not _DASHES.isdisjoint(gap) and _dash_aside(sentence, c, pos, end))) and not (_AND_CLAUSE.search(gap) and any(
                    d.after and d.start >= end and d.name and ";" not in sentence[end : d.start] for d in cues)):
                out.append(c)  # "X said 438 were kidnapped, and 362,000 are displaced, according to Y": Y's
        elif c.name and not c.after and c.start < pos and end <= c.end and _INSIDE_SUBJECT.search(sentence[c.start : pos]):
            out.append(c)  # "The mission, which has deployed about 400 officers, said …": the subject's own count
        elif c.name and not c.after and c.start < pos and end <= c.end and _KIN_OF.fullmatch(sentence, c.start, pos):
            out.append(c)  # "the families of another 87 say …": the families speak of their own 87
        elif c.after and c.name and c.start < pos and end <= c.end and _UP_FROM_AFTER.search(sentence, c.start, pos):
            out.append(c)  # "rose to 79, the government said, up from 50": the earlier figure is the same source's
    # A nearer speaker takes over: in "Russia said 20 died and Ukraine said 50", 50 is Ukraine's,
    # and in "the Observatory said activists reported 20 deaths", the activists are the original claimant.
    # (A subject holding the number speaks too: "Lawyers confirmed that 212 …, and the families of another 87 say".)
    speakers = [c for c in out if c.name and not c.after and (c.end <= pos or c.start < pos)]
    if speakers:  # (whether a cue is a speaker depends on its fields only: the test, not `in`, which compares them all)
        out = [c for c in out if not (c.name and not c.after and c.end <= pos)
               or not any(d.start >= c.end for d in speakers)]
        out = without_superseded(out, speakers, pos)  # "…, according to X, and Y says 31 …" (extract/speakerorder.py)
    # An empty-subject verb borrows the name of the cue before it.
    filled: list[Cue] = []
    for c in out:
        if not c.name:
            prev = [d for d in cues if d.name and d.start < c.start]
            if prev:
                filled.append(Cue("", c.start, c.end, c.verb, c.after))
                if prev[-1] not in out:
                    filled.append(prev[-1])
                continue
        filled.append(c)
    return filled
