"""An interview printed as questions and answers without labels: each answer is the guest's turn.

A print interview often sets each question as a paragraph of its own ("How many people died?") and the guest's
answer as the paragraphs after it, with no "Q:"/"A:" labels; an introduction before the first question says whom the
outlet spoke to ("Professor Jane Roe, 58, has spent years on it. She spoke to John Doe."; "In an interview with Jane
Roe, …"). What nobody else is named for in an answer is then the guest's claim, not the outlet's, as in a labelled
transcript (extract/speakers.py). The questions stay the outlet's.

A document is read so only with at least three question paragraphs, each followed by an answer, and an
introduction naming an interview ("spoke to", "talked to", "interview", "in conversation with"). The guest is the
person the interview phrase names: the subject of "X spoke/talked to Y" (a pronoun there is the person the sentence
before opens with), the object of "an interview with Y" or "Y was interviewed". Typed by how the introduction or
the title describes them (a historian, a researcher: monitor), else as a witness (`activists`).
"""

from __future__ import annotations

import re

from extract.lexicon import lexicon
from extract.personnames import INTERVIEW_NAME, INTERVIEW_TITLE
from extract.sentences import split_sentences
from extract.rx import guarded

__all__ = ["qa_turns"]

_TITLE, _NAME = INTERVIEW_TITLE, INTERVIEW_NAME  # (extract/personnames.py)
# "He spoke to Meera Kohli", "Jane Roe talked with our reporter", "she told our correspondent"
_SPOKE = guarded(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>(?:{_TITLE}\s+)?{_NAME}|He|She|They)\s+(?:spoke|talked|talks|speaks)"
                 r"\s+(?:to|with)\b")
# "In an interview with Jane Roe", "our conversation with Dr Jane Roe", "Jane Roe was interviewed by"
_WITH = guarded(rf"\b(?:interview|conversation)\s+with\s+(?:{_TITLE}\s+)?(?P<who>{_NAME})|(?P<who2>{_NAME})\s+was\s+"
                r"interviewed\b")
# The person a sentence opens with: "Professor Navtej Gill, 58, has spent …"
_OPENER = re.compile(rf"(?:{_TITLE}\s+)?(?P<who>{_NAME})(?=\s*,|\s+(?:has|had|is|was|spent|led|runs|heads)\b)")
_STRIP_TITLE = re.compile(rf"{_TITLE}\s+")
_MIN_QUESTIONS = 3
_QUESTION_MAX = 200  # a question paragraph is one short line


def qa_turns(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, guest, type) of each answer of an unlabelled question-and-answer interview."""
    if "?\n" not in text:
        return []
    paras = _paragraphs(text)
    asks = [i for i, (a, b) in enumerate(paras) if _is_question(text[a:b])]
    if len(asks) < _MIN_QUESTIONS or asks[0] == 0:
        return []
    if any(j + 1 >= len(paras) or (j + 1) in asks for j in asks[:-1]):
        return []  # (a question not followed by an answer: no interview of this shape)
    intro = text[:paras[asks[0]][0]]
    guest = _guest(intro)
    if guest is None:
        return []
    name, stype = guest
    out = []
    for k, j in enumerate(asks):
        if j + 1 >= len(paras):
            break
        start = paras[j + 1][0]
        end = paras[asks[k + 1]][0] if k + 1 < len(asks) else len(text)
        out.append((start, end, name, stype))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank paragraph."""
    out, at = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if text[at:m.start()].strip():
            out.append((at, m.start()))
        at = m.end()
    if text[at:].strip():
        out.append((at, len(text)))
    return out


def _is_question(para: str) -> bool:
    """A paragraph that is one short question, not a quotation."""
    p = para.strip()
    return (p.endswith("?") and len(p) <= _QUESTION_MAX and "\n" not in p and p[:1] not in "\"“'‘"
            and p.count("?") == 1)


def _guest(intro: str) -> tuple[str, str] | None:
    """(name, type) of the person the introduction says was interviewed."""
    m = _SPOKE.search(intro)
    if m:
        who = m.group("who")
        if who in ("He", "She", "They"):
            opener = _last_opener(intro, m.start())
            if opener is None:
                return None
            who, described = opener
        else:
            described = _sentence_at(intro, m.start())
    else:
        w = _WITH.search(intro)
        if w is None:
            return None
        who = w.group("who") or w.group("who2")
        described = _sentence_at(intro, w.start())
    who = _STRIP_TITLE.sub("", who)
    title = intro.split("\n", 1)[0]
    return who, _type(described) or _type(title) or ("monitor" if re.search(r"\bProf", described) else "activists")


def _last_opener(intro: str, before: int) -> tuple[str, str] | None:
    """The person the sentence before the one at `before` opens with, and that sentence."""
    spans = split_sentences(intro)
    at = next((i for i, (a, b) in enumerate(spans) if a <= before < b), len(spans))
    if at == 0:
        return None
    sent = intro[spans[at - 1][0]:spans[at - 1][1]]
    m = _OPENER.match(sent)
    return (m.group(0), sent) if m else None


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` holding text[at] (extract/sentences.py), or "" between sentences."""
    return next((text[a:b] for a, b in split_sentences(text) if a <= at < b), "")


def _type(words: str) -> str | None:
    """The type the lexicon's rules give a description ("a historian", "a researcher": monitor), if any; "official"
    is not read from a description (a historian's "official figure" is no office)."""
    for pattern, stype in lexicon().rules:
        if stype != "official" and pattern.search(words):
            return stype
    return None
