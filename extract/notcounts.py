"""Numbers whose place in the sentence says they count nothing of the conflict.

extract/classify.py asks `counts_nothing` before it reads the number's phrase:
- an age or a parent's children, after a kin word and "of" ("sisters of 9 and 12", "a mother of eight",
  "a boy of 12"): the people are counted elsewhere, if at all;
- what a facility serves ("the only clinic serving three villages"): its reach, not what befell it;
- the number of a section heading ("2.3 Massacres."): a numbered title on a line of its own;
- a definition's threshold ("we define a massacre as the killing of five or more people"): a rule of
  counting, not a count; only the numbers of the definition's own clause;
- the size of a body that sits ("a three-member commission of inquiry", "the 63-member House");
- old ordnance of a past world war, found today ("unearthed 17 unexploded shells from the First World War"):
  a legacy of that war, not what the reported conflict seized or dropped; and every number of a sentence telling
  such a bomb defused or made safe ("A bomb from the Second World War was defused after 2,500 residents were moved
  from their homes", "a wartime bomb ..., and 3,250 households were evacuated while it was made safe"): an
  evacuation for bomb disposal, no one displaced by a conflict.
extract/ruledout.py asks `one_described` first: "one" told as a person described ("14 of the dead were foreigners;
one was a 23-year-old rugby player", "one is a nurse"): one of the people just counted, no count of its own.
Every test is tried only when the sentence holds a word it needs (extract/wordset.py), so a number pays
a set intersection or a short slice, never a search of the document.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.numwords import NUMBER_WORDS
from extract.qualifierwords import QUALIFIER_WORD_SET
from extract.records import Quantity
from extract.triggers import lexicon
from extract.wordset import words_of

_LIST_GLUE = frozenset({"and", "or", "&"})  # what may join the numbers of a list of ages
_QUALIFIERS = QUALIFIER_WORD_SET  # what may stand between a verb of serving and its number
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?")  # "2.3", "4.1.2"
_HEADING_WORDS = 6  # at most this many words after a section number on its line
# where a clause ends inside a sentence: a semicolon, a dash, or a comma before a conjunction opening a new one
_CLAUSE_BREAK = re.compile(r";|\s[-–—]+\s|,\s+(?:and|but|while|whereas|although|though|yet|so)\b", re.I)
_AS = re.compile(r"\bas\b", re.I)


# A deliberative body's size: "a three-member commission", "the 63-member House", "a five-judge bench" (not a crew, a
# team or a patrol, whose members may be the dead or the force counted).
_BODY_SIZE = re.compile(r"-(?:member|man|woman|person|judge|seat|nation|strong)\s+(?:[\w'’-]+\s+){0,2}?(?:commissions?|"
                        r"committees?|panels?|boards?|councils?|jur(?:y|ies)|delegations?|bench(?:es)?|cabinets?|"
                        r"house|parliaments?|assembl(?:y|ies)|senate|chambers?|inquir(?:y|ies)|tribunals?|courts?|"
                        r"juntas?|presidium)\b", re.I)


# Unexploded ordnance named right after the number, and a world war named in the sentence as where it came from.
_UNEXPLODED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?unexploded\b", re.I)
_WORLD_WAR = re.compile(r"\b(?:(?:First|Second)\s+World\s+War|World\s+War\s+(?:I{1,2}|One|Two|[12])|Great\s+War)\b",
                        re.I)


# A bomb, shell or mine of a past world war: "a bomb from the Second World War", "a Second World War shell",
# "a wartime mine" (with a world war named in the sentence).
_ORDNANCE = r"(?:bombs?|shells?|mines?|grenades?|munitions?|ordnance|devices?|torpedo(?:es)?)"
_OLD_ORDNANCE = re.compile(r"\b" + _ORDNANCE + r"\s+(?:dating\s+)?(?:back\s+)?(?:from|to)\s+(?:the\s+)?" + _WORLD_WAR.pattern
                           + r"|" + _WORLD_WAR.pattern + r"(?:-era)?\s+(?:[\w-]+\s+)?" + _ORDNANCE
                           + r"\b|\bwartime\s+(?:bombs?|shells?|mines?)\b", re.I)


# After "one": a copula and an indefinite article, not a noun of counting ("one was a count of bodies" stays a count).
_ONE_DESCRIBED = re.compile(r"\s+(?:was|is)\s+an?\s+(?!(?:count|number|tally|toll|total|figure)\b)", re.IGNORECASE)


def one_described(text: str, at: int, end: int) -> bool:
    """Whether a count of one ending at `at` is a person described: "one was a 23-year-old rugby player" (the
    caller asks only for a value of one followed by " was a" or " is a")."""
    return _ONE_DESCRIBED.match(text, at, end) is not None


def counts_nothing(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number is an age, a parent's children, a facility's reach, a heading's number, a definition's
    threshold, a sitting body's size or a past world war's ordnance (see the module's docstring)."""
    words = words_of(ctx.sentence)
    k = q.char_start
    if "of" in words and (ctx.text.find(" of", max(ctx.start, k - 40), k) >= 0 or ctx.text.find("-of-", max(
            ctx.start, k - 40), k) >= 0) and _kin_of(ctx, q):
        return True
    lex = lexicon()
    served, definition = lex.keys["cue:served"], lex.keys["cue:definition"]
    assert served is not None and definition is not None  # (both lists have key words)
    if not served.isdisjoint(words) and _served(ctx, q):
        return True
    if "." in q.surface and _heading_number(ctx, q):
        return True
    if ctx.text.startswith("-", q.char_end) and _BODY_SIZE.match(ctx.text, q.char_end):
        return True  # "a three-member commission of inquiry": the size of a body that sits, no count of the conflict
        # (asked for any number a hyphen follows: extract/ruledout.py)
    if "unexploded" in words and _UNEXPLODED_AFTER.match(ctx.text, q.char_end) and _WORLD_WAR.search(ctx.sentence):
        return True  # "unearthed 17 unexploded shells from the First World War": a past war's leftovers
    if ("defused" in words or "safe" in words and "made safe" in ctx.sentence) and _OLD_ORDNANCE.search(ctx.sentence):
        return True  # "A bomb from the Second World War was defused after 2,500 residents were moved", "A wartime
        # bomb was found ..., and 3,250 households were evacuated while it was made safe": bomb disposal
    return not definition.isdisjoint(words) and _defined(ctx, q)


def _defined(ctx: SentenceContext, q: Quantity) -> bool:
    """A number inside the clause of a definition, after its words: "We define a massacre as the killing of five
    or more people", "An attack counts as a massacre when at least five people are killed". "define(s)" needs its
    "as" ("we define five categories" defines no threshold); a clause break after the definition ("...; the
    army killed 40", ", and we recorded 40") ends its reach."""
    clause = ctx.text[ctx.start : q.char_start]
    cut = None
    for cut in _CLAUSE_BREAK.finditer(clause):
        pass
    if cut is not None:
        clause = clause[cut.end() :]
    m = lexicon().cues["definition"].search(clause)
    return m is not None and _AS.search(clause, m.start()) is not None


def _kin_of(ctx: SentenceContext, q: Quantity) -> bool:
    """A number after a kin word and "of", maybe as a later item of a list of them: "sisters of 9 and 12",
    "a father of three", "mother-of-eight"."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 40)
    before = text[lo:k].replace("-", " ").replace(",", " ").lower().split()
    i = len(before) - 1
    while i >= 0 and (before[i] in _LIST_GLUE or before[i][:1].isdigit() or before[i] in NUMBER_WORDS):
        i -= 1  # walk back over the earlier numbers of the list ("of 9 and")
    if i < 1 or before[i] != "of":
        return False
    return lexicon().cues["kin_of"].fullmatch(before[i - 1]) is not None


def _served(ctx: SentenceContext, q: Quantity) -> bool:
    """A number just after a verb of serving, maybe with a qualifier between: "serving three villages",
    "which served about 40,000 people"."""
    text, k = ctx.text, q.char_start
    before = text[max(ctx.start, k - 40) : k].lower().split()
    while before and before[-1] in _QUALIFIERS:
        before.pop()
    if not before:
        return False
    lex = lexicon()
    last_two = " ".join(before[-2:])
    return bool(lex.cues["served"].fullmatch(before[-1]) or lex.cues["served"].fullmatch(last_two))


def _heading_number(ctx: SentenceContext, q: Quantity) -> bool:
    """The number of a numbered section heading: "2.3 Massacres." opening its line, a capitalised title of a
    few words after it to the end of the line or of the sentence (a run-in heading: "2.3 Massacres. We define
    ...")."""
    text, k = ctx.text, q.char_start
    if not _SECTION_NUMBER.fullmatch(q.surface):
        return False
    line_start = text.rfind("\n", 0, k) + 1
    if text[line_start:k].strip():
        return False
    line_end = text.find("\n", q.char_end, ctx.end)
    rest = text[q.char_end : line_end if line_end >= 0 else ctx.end].split()  # the title, to its line's or sentence's end
    return 0 < len(rest) <= _HEADING_WORDS and rest[0][:1].isupper()
