"""A court judgment quoted in part: "Below is an extract from the judgment as published by the court" and then
the judgment's own paragraphs ("14. The court finds it established that …").

The quoted paragraphs are an excerpt (extract/sections.py) whose voice is the court, not an outlet: what nobody
else is named for in them is the court's finding of fact, `confirmed` (a court finds a fact established on the
evidence it heard), typed `official`. "The court" inside its own judgment is that voice. A witness or a ministry
the judgment cites keeps its own claim, unless the court rejects the figure: "The prosecution's figure of 52 dead
was not proved", "his estimate of 40 is rejected", or, in the next sentence, "… but relies for the number of dead
on …" another count (`court_doubts`: disputed). A party's figure the court weighs is the party's: "The
prosecution's figure of 52 dead", "The first defendant's statement that his men numbered no more than 40"
(`party_owner`). The line introducing the extract, and the report after the quoted
paragraphs ("The first defendant was sentenced to …"), stay the outlet's body.

The paragraphs quoted are the run right after the intro line that open with a paragraph number ("14.", "(3)",
"[12]") or a quotation mark; the court is the one the intro line names ("an extract from the judgment of the
Supreme Court"), else one named in the sentence before it; with none named, only "judgment", "ruling" or
"verdict" (a court's own documents) are read as a court's ("the findings" of a rights group are not).
"""

from __future__ import annotations

import re

from extract.rx import guarded
from extract.statements import mark_quoted_runs

__all__ = ["court_doubts", "court_of", "is_court", "mark_judgments", "names_the_court", "party_owner"]

# "Below is an extract from the judgment", "The following are excerpts of the court's ruling", "Extracts from the
# verdict follow": a document noun of a court after an extract noun.
_INTRO = guarded(
    r"\b(?:(?:below|following)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:(?:full|complete|edited|official)\s+)?"
    r"|(?:^|\.\s+)(?:an?\s+)?)"
    r"(?:extracts?|excerpts?|text|passages?)\s+(?:from|of)\s+(?:the\s+|its\s+|this\s+)?"
    r"(?P<own>(?:court|tribunal|chamber)['’]s\s+)?(?:written\s+|final\s+)?"
    r"(?P<doc>judge?ments?|rulings?|verdicts?|findings|decision)\b"
    r"(?:\s+(?:of|by)\s+(?:the\s+)?(?P<court>[A-Z][^,;:()\n]{1,80}?)(?=\s*[,;:(]|\.\s|\.?\s*$|\s+(?:as|on|in)\b))?",
    re.I,
)
_KEYS = ("extract", "excerpt", "text", "passage")  # every _INTRO match holds one of these
_DOC_KEYS = ("judgment", "judgement", "ruling", "verdict", "findings", "decision")
# A court's name as written: capitalised words closed by a court noun, with an "of the …" complement
# ("Military Collegium of the Supreme Court", "International Criminal Tribunal for Rwanda", "High Court").
_COURT_NOUN = r"(?:Court|Tribunal|Collegium|Chamber)"
_COURT_NAME = re.compile(
    rf"(?:[A-Z][\w'’-]*[ \t]+){{0,5}}{_COURT_NOUN}\b"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*\b[ \t]*)+)?")
_COURT_WORD = re.compile(rf"\b{_COURT_NOUN}\b")
# A paragraph the judgment numbers, or one opened by a quotation mark.
_QUOTED_PARAGRAPH = re.compile(r"\s*(?:\d{1,3}\.\s|\(\d{1,3}\)\s|\[\d{1,3}\]\s|[\"“])")
# "the court", "this tribunal", "the Chamber": the court speaking of itself in its judgment.
_SELF_REFERENCE = re.compile(r"(?:the\s+|this\s+)?(?:court|tribunal|chamber|collegium|bench|judges?)", re.I)


def court_of(text: str, line_start: int, line: str) -> str | None:
    """The court whose judgment the line introduces an extract of, or None when the line introduces none.

    The court must be named in the intro line ("an extract from the judgment of the High Court") or in the
    sentence before it ("The Supreme Court ruled on Monday. Below is an extract from the judgment:"). With no
    court named, only a court's own document nouns ("judgment", "ruling", "verdict") make the voice "court":
    "Below is an extract from the findings" of a rights group or "the decision" of a ministry is nobody's
    judgment."""
    low = line.lower()
    if not any(k in low for k in _KEYS) or not any(k in low for k in _DOC_KEYS):
        return None
    m = _INTRO.search(line)
    if m is None:
        return None
    named = m.group("court")
    if named and _COURT_WORD.search(named):
        return _court_name(named) or named.strip()  # "an extract from the judgment of the High Court in X"
    lead = len(m.group(0)) - len(m.group(0).lstrip(". \t"))  # (the stop of the sentence before, when matched)
    near = _court_in_sentence_before(text, line_start + m.start() + lead)
    if near:
        return near
    return "court" if m.group("own") or m.group("doc").lower().startswith(_COURT_DOCS) else None


def _court_name(text: str) -> str | None:
    """The first court's name in `text`, without its leading "The" and trailing space."""
    m = _COURT_NAME.search(text)
    if m is None:
        return None
    name = m.group(0).strip()
    return name[4:] if name.startswith("The ") else name


# The end of a sentence: a stop (with a closing quote) before a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n")
_COURT_DOCS = ("judg", "ruling", "verdict")  # a court's own documents ("judgment", "judgement", "rulings", …)


def _court_in_sentence_before(text: str, at: int) -> str | None:
    """The last court named (capitalised) from the start of the sentence before the one holding text[at] up to
    `at` (asked only for a line introducing a judgment; a court named further back is another story's)."""
    lo = max(0, at - 600)
    ends: list[int] = []
    for e in _SENTENCE_END.finditer(text, lo, at):
        if not ends or text[ends[-1]:e.start()].strip():  # (a blank line is one end, not two)
            ends.append(e.end())
    start = ends[-2] if len(ends) >= 2 else lo
    names = [n.group(0).strip() for n in _COURT_NAME.finditer(text, start, at)]
    if not names:
        return None
    return names[-1][4:] if names[-1].startswith("The ") else names[-1]


def mark_judgments(text: str, lines: list[tuple[int, int, str]], kinds: list[str], voices: list[str | None],
                   end: int) -> None:
    """Mark as an excerpt voiced by the court each run of numbered or quoted paragraphs right after a line
    introducing an extract of a judgment (lines before `end`, still "body")."""
    mark_quoted_runs(lines, kinds, voices, end, lambda i: court_of(text, lines[i][0], lines[i][2]), _QUOTED_PARAGRAPH)


def is_court(voice: str | None) -> bool:
    """Whether a section's voice is a court (its judgment quoted): "Supreme Court", "court"."""
    return bool(voice and (voice == "court" or _COURT_WORD.search(voice)))


def names_the_court(name: str) -> bool:
    """Whether a claimant's name is the court speaking of itself ("The court finds …") in its judgment."""
    return bool(_SELF_REFERENCE.fullmatch(name.strip()))


# The court finding a figure unproved or rejecting it, in the figure's sentence.
_REJECTED = re.compile(r"\b(?:(?:was|were|is|are|has\s+not\s+been|have\s+not\s+been)\s+(?:not\s+)?(?:proved|proven|"
                       r"established|made\s+out|substantiated)\b|(?:is|are|was|were)\s+(?:therefore\s+)?(?:rejected|"
                       r"not\s+accepted|dismissed)\b|\bunproven\b)", re.I)
_NEGATIVE = re.compile(r"\bnot\s+(?:proved|proven|established|made\s+out|substantiated)\b|\bunproven\b|"
                       r"\b(?:rejected|not\s+accepted|dismissed)\b", re.I)
# The court taking its count from elsewhere, in the next sentence: "… but relies for the number of dead on …".
_RELIES_ELSEWHERE = re.compile(r"\brel(?:ies|y|ied)\s+for\s+the\s+(?:number|figure|count|toll)\b|\bdoes\s+not\s+(?:accept|"
                               r"rely\s+on)\s+(?:his|her|their|its|the|that)\s+(?:figure|number|count|estimate|toll)\b",
                               re.I)


def court_doubts(sentence: str, next_sentence: str) -> bool:
    """Whether a judgment rejects the figures of `sentence`: in it ("was not proved", "is rejected") or in the
    sentence after it ("relies for the number of dead on …")."""
    low = sentence.lower()
    if ("prove" in low or "establish" in low or "reject" in low or "accept" in low or "dismiss" in low
            or "substantiat" in low or "made out" in low) and _REJECTED.search(sentence) and _NEGATIVE.search(sentence):
        return True
    return "rel" in next_sentence and bool(_RELIES_ELSEWHERE.search(next_sentence))


# "The prosecution's figure of 52", "the first defendant's statement that …": a party to the case owns the figure.
_PARTY_FIGURE = re.compile(
    r"\b(?:the\s+)?(?P<owner>(?:(?:first|second|third|fourth|fifth)\s+)?(?:prosecution|prosecutor|defen[cs]e|defendant|"
    r"accused|applicant|appellant|respondent|claimant|complainant))['’]s\s+(?:[\w-]+\s+){0,2}?(?:figure|statement|"
    r"estimate|claim|count|evidence|submission|account|number|toll|assertion)s?\b", re.I)


def party_owner(sentence: str, pos: int) -> str | None:
    """The party to the case whose figure the number at sentence[pos] is ("prosecution", "first defendant"), when
    the party's figure is named before it in the sentence, else None."""
    if "'s" not in sentence and "’s" not in sentence:
        return None
    owner = None
    for m in _PARTY_FIGURE.finditer(sentence, 0, pos):
        owner = m.group("owner")
    return owner.lower() if owner else None
