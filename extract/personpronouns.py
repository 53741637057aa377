"""Whom "he" or "she" stands for when the sentences before name a person by title only, or speak through "he".

"The Council met to hear the Under-Secretary-General for Special Political Affairs. He told the Council that the
Force had counted 14 bodies … . Some 200,000 people had left their homes, he said.": "he" is the
Under-Secretary-General, not the Force of the sentence before (a body is "it"). Going back sentence by sentence in
the section: a sentence whose first speaker is "he"/"she" speaks for the same person, so the search goes on past it;
a person or role named first as a speaker is the answer; a person named by a title ("the Under-Secretary-General
for …", "the High Commissioner", "the foreign minister") anywhere in a sentence is the answer too, and so is a person
the sentence opens with as its subject, where nobody speaks ("Mr Kim was 36 when …. He later said …"). None when a body
speaks first and no titled person stands there (extract/nearby.py `antecedent` then answers, as before).
"""

from __future__ import annotations

import re

from extract.bodywords import body_word_alternation
from extract.context import SentenceContext
from extract.cues import GENERIC, sentence_cues
from extract.gazetteer import gazetteer
from extract.lexicon import lookup
from extract.personnames import COURTESY
from extract.surnames import full_name

__all__ = ["person_before"]

_GENDERED = frozenset(("he", "she"))
_BACK = 4  # sentences back within the section
# A body, not a person: the word that makes a name an organisation, or an acronym.
_BODY_WORD = re.compile(r"\b(?:" + body_word_alternation() + r")\b", re.I)  # (sources.json "body_words")
_ACRONYM = re.compile(r"[A-Z]{2,}")
# A person named by a title: "the Under-Secretary-General for Special Political Affairs", "the High Commissioner for
# Refugees", "the foreign minister", "the Secretary-General".
_TITLED = re.compile(r"\bthe\s+(?P<title>(?:Under-|Assistant\s+|Deputy\s+)?Secretary-General(?:\s+for\s+[A-Z][\w-]*"
                     r"(?:\s+(?:[A-Z][\w-]*|and|of))*)?|(?:Deputy\s+)?High\s+Commissioner(?:\s+for\s+[A-Z][\w-]*"
                     r"(?:\s+(?:[A-Z][\w-]*|and|of))*)?|(?:[a-z]+\s+)?[Mm]inister|[Ss]pecial\s+[Ee]nvoy|[Ss]pecial\s+"
                     r"[Rr]epresentative)\b")


def _is_body(name: str) -> bool:
    return bool(_BODY_WORD.search(name)) or bool(_ACRONYM.fullmatch(name.strip()))


def person_before(ctx: SentenceContext) -> str | None:
    """The person "he"/"she" of this sentence stands for, named in the sentences before (see the module), else None.
    Only in running text (body, update): a comment's "Farah says:" header names the commenter, not a speaker."""
    if ctx.section.kind not in ("body", "update"):
        return None
    for k in range(1, _BACK + 1):
        i = ctx.index - k
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            return None
        prev = ctx.neighbour(-k)
        named = [c for c in sentence_cues(prev) if c.name and c.name.casefold() not in GENERIC]
        first = min(named, key=lambda c: c.start) if named else None
        if first is not None and first.name.casefold() in _GENDERED:
            continue  # "He told the Council that …": the same person speaks; who he is stands further back
        if first is not None and not _is_body(first.name):
            return _fuller_role(ctx, k, first.name)  # a person or a role ("the representative of Cyprus said …")
        titled = _TITLED.search(prev) if "the " in prev else None
        if titled:
            return titled.group("title")
        if first is not None:
            return None  # a body speaks first: the usual antecedent answers
        if (subject := _person_subject(ctx, prev, ctx.sentences[i][0])) is not None:
            return subject  # "Mr Kim was 36 when …. He later said …": the person the sentence is about
    return None


def _fuller_role(ctx: SentenceContext, k: int, name: str) -> str:
    """A role named by one lower-case word ("what did the commissioner tell reporters?") in the fuller form a
    sentence further back gives it ("The national police commissioner says …"), else `name` as it stands: the
    short form refers back to the person the report introduced."""
    words = name.split()
    if words[:1] == ["the"] or words[:1] == ["The"]:
        words = words[1:]
    if len(words) != 1 or not words[0].islower():
        return name
    head = words[0]
    for j in range(k + 1, k + _BACK + 1):
        i = ctx.index - j
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            break
        for cue in sentence_cues(ctx.neighbour(-j)):
            fuller = cue.name.split() if cue.name else []
            if len(fuller) > 1 and fuller[-1].casefold() == head:
                return cue.name
    return name


# A person a sentence opens with as its subject: "Mr Kim was 36 …", "Kim Dong-su, who drove …, died on Sunday".
_SUBJECT = re.compile(r"\s*(?:(?P<title>" + COURTESY + r"|Professor|Prof)\.?\s+)?(?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Za-z]"
                      r"[^\W\d_]*)?(?:\s+[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]*)?){0,2})(?=\s*,|\s+(?:was|is|had|has|"
                      r"spent|drove|joined|died|lived|worked|became|grew|left|never|always|later)\b)")


def _person_subject(ctx: SentenceContext, prev: str, prev_start: int) -> str | None:
    """The person `prev` opens with as its subject (titled, or named in two or three words), in their fullest
    name; None for a body, a listed source or a place."""
    m = _SUBJECT.match(prev)
    if m is None:
        return None
    name = m.group("name")
    if not m.group("title") and " " not in name:
        return None  # ("Gwangju was …", "Reuters has …": one bare word names no person here)
    if _is_body(name) or lookup(name) or name.split()[0] in _NOT_PERSON or gazetteer().lookup(name):
        return None
    return full_name(name, ctx.text, prev_start) if " " not in name else name


_NOT_PERSON = frozenset("The A An This That These Those It Its Their His Her Our We They He She "
                        # (a place's name, known to the gazetteer or not: "Port Selby was quiet")
                        "Port Fort Mount Lake Cape New North South East West San Santa Saint St".split())
