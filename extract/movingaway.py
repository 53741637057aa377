"""People counted who move away in a body, or live in camps: displaced, in a report of a war.

- across a border or a river, into another country or out of a city ("12,000 Rohingya trekked into
  Bangladesh", "streaming out of the besieged city"): `moved_away`;
- living or sheltering in camps, tents or shelters ("8,000 people are living in makeshift camps"): `in_camps`;
- either, or having left a place (extract/leftplace.py), for people of a class that may move: `fled_or_camped`.
Crowds that pour into a square or a stadium, and a workforce carried off to work, are not this.
The words are in assets/lexicons/claims.toml ([cues] moving, moving_across, moving_out_of, camp_living,
camp_places, public_places, displaced_jobs, moving_carried). Split from extract/phraseparts.py, which reads the
other parts of the phrase (and shares `_MOVE_AUX`, the auxiliaries before a verb).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.leftplace import left_a_place
from extract.triggers import names_a_war
from extract.wordset import words_of

_MOVE_AUX = re.compile(r"\s*(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was|are|is|been|now|reportedly|also|already)\s+)*",
                       re.IGNORECASE)
_MOVE_GAP = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+", re.IGNORECASE)  # "waded [across the river] into", "poured [over]"
_ACROSS = re.compile(r"(?:across|over)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?([a-z]+(?:\s+lines?)?)\b")
_INTO = re.compile(r"(?:into|to)\s+(?:(neighbou?ring|nearby)\s+)?[A-Z]")  # "into Chad", "to neighbouring Niger"
_OUT_OF = re.compile(r"out\s+of\s+(?:the\s+|their\s+)?(?:(?:besieged|encircled|embattled|ruined|burning|[A-Z][\w'’-]*)\s+)?"
                     r"([a-z]+)\b")
_WORD_AT = re.compile(r"[\w'’-]+\s+")


# People who may move away in a body (not fighters: "2,000 soldiers crossed into Ukraine" is a force moving).
MOVERS = frozenset({"people", "civilian", "demonym", "displaced", "population"})


def fled_or_camped(lex, ctx: SentenceContext, cls: str | None, at: int, noun: list[str] | None = None) -> bool:
    """Whether the people counted (of class `cls`; None: no noun read; `noun`: the last word of their noun as
    written, or []) moved away in a body or live in camps, as told from `at` on (`moved_away`, `in_camps`)."""
    return (cls is None or cls in MOVERS) and (moved_away(lex, ctx, at, cls is None, noun) or in_camps(lex, ctx, at) or (
        cls is not None and left_a_place(ctx, at)))  # "9,000 people have left villages near the frontier" (leftplace.py)


def moved_away(lex, ctx: SentenceContext, at: int, bare: bool, noun: list[str] | None = None) -> bool:
    """Whether the people counted just before `at` moved away in a body ([cues] moving: "streamed", "waded",
    "escaped"): across a border or a river, into another country ("into Chad", "to neighbouring Niger") or out
    of a city or a camp ("streaming out of the besieged city"), in a report of a war. Crowds that move in peace
    go into a stadium or a store, not across a frontier. `bare`: no noun was read, so up to two words of an
    unknown one may stand first ("12,000 Rohingya trekked into"). Tried only where the sentence holds a verb of
    moving. A workforce carried away ("200 workers were shipped out of the city") is labour moved, not a flight."""
    keys = lex.keys["cue:moving"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False
    text, end = ctx.text, ctx.end
    for _ in range(3 if bare else 1):
        aux_m = _MOVE_AUX.match(text, at, end)
        assert aux_m is not None  # (it matches the empty string)
        aux = aux_m.end()
        verb = lex.cues["moving"].match(text, aux, end)
        if verb:
            if noun and lex.cues["displaced_jobs"].fullmatch(noun[-1]) and lex.cues[
                    "moving_carried"].fullmatch(verb.group(0)):
                return False  # "200 workers were trucked out of the town": taken to work elsewhere, or home
            return _path_after(lex, text, verb.end(), end) and names_a_war(text)
        word = _WORD_AT.match(text, at, end)
        if word is None or not word.group(0)[0].isalnum():
            return False
        at = word.end()
        noun = word.group(0).split()  # an unknown noun walked over ("300 labourers were bused out")
    return False


_CAMP_LIFE = re.compile(r"([a-z]+)\s+(?:in|into|inside|at)\s+(?:the\s+|a\s+|makeshift\s+|overcrowded\s+|crowded\s+|"
                        r"temporary\s+|informal\s+|squalid\s+|improvised\s+|[A-Z][\w'’-]*\s+){0,3}([a-z]+(?:\s+[a-z]+)?)\b")


def in_camps(lex, ctx: SentenceContext, at: int) -> bool:
    """Whether the people counted just before `at` live or shelter in camps, tents or shelters ([cues] camp_living,
    camp_places: "8,000 people are living in makeshift camps", "huddled in tents"), in a report of a war."""
    keys = lex.keys["cue:camp_places"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False
    text, end = ctx.text, ctx.end
    aux = _MOVE_AUX.match(text, at, end)
    assert aux is not None  # (it matches the empty string)
    m = _CAMP_LIFE.match(text, aux.end(), end)
    if m is None or not lex.cues["camp_living"].fullmatch(m.group(1)):
        return False
    place = m.group(2)
    return bool(lex.cues["camp_places"].fullmatch(place) or lex.cues["camp_places"].fullmatch(place.split()[0])) and (
        names_a_war(text))


def _path_after(lex, text: str, pos: int, end: int) -> bool:
    """Whether a path of flight follows the verb of moving at `pos`, within four words and no punctuation."""
    stop = min(end, pos + 60)
    for m in re.finditer(r"\b(?:across|over|into|to|out)\b", text[pos:stop]):
        if any(ch in ",;:." for ch in text[pos : pos + m.start()]):
            return False
        j = pos + m.start()
        a = _ACROSS.match(text, j, end)
        if a and lex.cues["moving_across"].fullmatch(a.group(1).lower()):
            return True
        o = _OUT_OF.match(text, j, end)
        if o and lex.cues["moving_out_of"].fullmatch(o.group(1).lower()):
            return True
        i = _INTO.match(text, j, end)
        if i and (text.startswith("into", j) or i.group(1)) and not _a_public_place(lex, text, i.end() - 1, end):
            return True
    return False


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def _a_public_place(lex, text: str, pos: int, end: int) -> bool:
    """Whether the name starting at `pos` is that of a square, street or stadium ([cues] public_places: "Tahrir
    Square"), where crowds pour to protest or mourn, not a country or city people flee to."""
    m = _NAME_RUN.match(text, pos, end)
    return m is not None and lex.cues["public_places"].fullmatch(m.group(0).split()[-1]) is not None
