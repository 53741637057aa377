"""Who a bare role names: "the spokesman" the person the text introduced as its spokesman, and "a spokeswoman"
closing a sentence the body that sentence opens with.

- "… read out by the command's spokesman, Lieutenant Colonel Hendra Wiratama, … . Since May 19, the spokesman
  said, …": "the spokesman" (or "he", resolved to it) is the person named in that role before (GUIDELINES.md:
  the source as named; a spokesman named in full is his name). The nearest such introduction before wins.
- "The Red Cross has collected 146 bodies, a spokeswoman said.": an indefinite spokesperson with no body of
  his own speaks for the body that is the sentence's subject, when it is a listed or typed source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.lexicon import lookup
from extract.nearby import known_body

__all__ = ["ROLE_WORDS", "armed_actor_before", "role_holder_before", "role_named", "subject_body"]

ROLE_WORDS = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# "spokesman, Lieutenant Colonel Hendra Wiratama", "spokeswoman Jane Roe": the role, then the person's name.
_ROLE_THEN_PERSON = re.compile(
    r"\bspokes(?:man|woman|person)\s*,?\s+(?:(?:[A-Z][a-z]*\.?\s+){0,3}?)"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|de|van)){1,3})(?=\s*[,.;:(]|\s+(?:said|says|told|"
    r"added|read|gave|was|is|has|had)\b)")
_TITLE = re.compile(r"(?:(?:Lieutenant|Brigadier|Major|Rear|Vice|Chief|Staff|Police|Army)\s+)?(?:General|Colonel|"
                    r"Commander|Captain|Major|Lieutenant|Sergeant|Admiral|Inspector|Superintendent|Commissioner|Gen\.|"
                    r"Col\.|Lt\.|Maj\.|Capt\.|Brig\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+")
RANK_BEFORE_NAME = _TITLE  # (extract/openquote.py: a ranked or titled writer is no witness by default)
# The organisation a sentence opens with: "The Indonesian Red Cross has collected …".
_LEAD_BODY = re.compile(r"\W*(?:The\s+)?(?P<np>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and)){0,6})\s+"
                        r"(?:has|have|had|is|are|was|were|[a-z]+ed|[a-z]+s)\b")


@lru_cache(maxsize=64)  # once per document: every "the spokesman" of it is looked up here
def _introductions(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, person) of every "spokesman, NAME" introduction in `text`, titles dropped."""
    out = []
    for m in _ROLE_THEN_PERSON.finditer(text):
        found = m.group("person")
        while (t := _TITLE.match(found)) and len(found[t.end():].split()) >= 2:
            found = found[t.end():]  # "Lieutenant Colonel Hendra Wiratama" -> "Hendra Wiratama" (the title is no name)
        out.append((m.end(), found))
    return tuple(out)


def role_holder_before(text: str, before: int, role: str) -> str | None:
    """The person last introduced as `role` ("spokesman, Lt Col Jane Roe") in `text` before offset `before`."""
    if role.casefold() not in ROLE_WORDS or "spokes" not in text:
        return None
    found = [person for at, person in _introductions(text) if at <= before]
    return found[-1] if found else None


def subject_body(sentence: str) -> str | None:
    """The listed or typed body a sentence opens with as its subject ("The Indonesian Red Cross has …"), else None."""
    m = _LEAD_BODY.match(sentence)
    if not m:
        return None
    np = known_body(m.group("np"))  # (extract/nearby.py: the lexicon lists or types it)
    if np is None or len(np.split()) < 2 and not lookup(np):
        return None  # "The army", "Police": a bare noun, not a body's name
    return np


_INDEFINITE = re.compile(r"[\s,;”\"]*an?\s", re.I)


def role_named(ctx: SentenceContext, sentence: str, at: int, role: str) -> str:
    """Whom a bare role at sentence[at:] names: "a spokeswoman" the body the sentence opens with, "the
    spokesman" the person introduced as such before; `role` itself when neither is found."""
    if _INDEFINITE.match(sentence, at):
        return subject_body(sentence) or role
    return role_holder_before(ctx.text, ctx.start + at, role) or role


# Attackers named as the subject of a clause before "the group said": "militants killed 23 soldiers; the group said".
_ARMED_ACTORS = re.compile(r"\b(?:militants|insurgents|rebels|gunmen|jihadists|guerrillas|attackers|fighters|"
                           r"extremists|bandits)\b", re.I)


def armed_actor_before(sentence: str, at: int, key: str) -> bool:
    """Whether "the group" at sentence[at:] takes up attackers named earlier in its own sentence ("In July, militants
    killed 23 soldiers; the group said it had used two car bombs"): the group is theirs (an armed group speaking
    of its own attack), not a group named in an earlier sentence."""
    return key == "group" and at > 0 and bool(_ARMED_ACTORS.search(sentence, 0, at))
