"""A number that restates a count told before it: "Officials earlier put the figure at 1,000 to 1,500",
"Most estimates fall between 500,000 and 800,000", "putting their number at between 35,000 and 50,000".

Such a number has no noun and no verb of its own: a word standing for a count ("the figure", "their
number", "estimates") and only linking words ("put ... at", "fall between", "of about") come before it.
It counts what the count it refers back to counts: the nearest number before it in its sentence, else
the last number of the sentence before, else a question of that sentence ("How many died?").
extract/classify.py classifies the antecedent this module finds; the words are in
assets/lexicons/claims.toml ([anaphora]).

Also here: a sentence opening as a part or more of the count before it ("Of these, 902 ...", "About 4,000 more
were waiting", `part_of_earlier`), and a number whose verb is left out after "and" ("902 were attributed to
the army and 510 to the rebels", `gapped`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import lexicon, norm
from extract.wordset import words_of

_REACH = 60  # how far before the number the word standing for a count may be
# a number set off by a comma after the words it stands beside: "the figure usually given, some 200,000"
_APPOSED = re.compile(r"[a-z],\s*(?:(?:about|around|some|roughly|approximately|nearly|almost|close\s+to|at\s+least|"
                      r"more\s+than|over|up\s+to|an\s+estimated)\s+)?$")
_WORD = re.compile(r"[a-z]+")
# an aside set off by commas between the count word and its links: "the correct figure, given by X on Saturday, is"
_ASIDE_BEFORE = re.compile(r",[^,;:.]{3,70},((?:\s+[\"“]?[a-z]+){1,4}\s+)\Z", re.IGNORECASE)  # ('settled on "at least')
_ASIDE_REACH = 110
# two asides in a row, the second naming the first: "The correct figure, according to the Hays Commission, the
# inquiry that reported two months later, is 19"
_TWO_ASIDES = re.compile(r",[^,;:.]{3,70},[^,;:.]{3,80},((?:\s+[\"“]?[a-z]+){1,4}\s+)\Z", re.IGNORECASE)
_TWO_ASIDES_REACH = 190
# Who gave the count, between its word and the link: "The figure given by the compound's managers was 25".
_GIVEN_BY = re.compile(r"\s(?:given|cited|quoted|offered|reported|provided|used|published)\s+by\s+(?:the\s+|its\s+|their\s+)?"
                       r"(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+(?=\s+(?:was|is|were|are|stood|stands|remains|remained)\s)")
_HOW_MANY = re.compile(r"\bhow\s+many\b((?:\s+[a-z]+){1,5})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The word lists of [anaphora]: counts, plural, determiners, links."""
    return {name: frozenset(words) for name, words in lexicon().anaphora.items()}


# a sentence with none of these words restates no count (a test before refers_back); "it" after a verb of
# estimating stands for a count ("put it at 800,000")
COUNT_WORDS = _words()["counts"] | {"it"}


def refers_back(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether a word standing for a count ("the figure", "their number", "estimates", "it" after "put"), then
    only linking words, stand just before the number: "put the figure at", "estimates fall between", "put it at";
    or the number stands set off by a comma after such a word and up to four words of any kind ("the figure most
    often quoted, about 500,000", "the figure usually given, some 200,000")."""
    table = _words()
    if COUNT_WORDS.isdisjoint(words_of(ctx.sentence)):
        return False  # (a cheap test first: most sentences name no such word)
    before = ctx.text[max(ctx.start, q.char_start - _REACH) : q.char_start].lower()
    if " by " in before:
        before = _GIVEN_BY.sub(" ", before)  # "the figure given by the compound's managers was 25": whose it is
    words = _WORD.findall(before)
    apposed = _APPOSED.search(before)
    if apposed:  # "the figure most often quoted, about 500,000": the words between the count word and the comma
        words = _WORD.findall(before[: apposed.start() + 1])  # may be any (up to four)
        for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
            if words[i] in table["counts"]:
                return words[i] in table["plural"] or (i > 0 and words[i - 1] in table["determiners"])
        return False
    if before.endswith(" number "):
        return False  # "a city bus, the number 37,": "number" right before the figure names a thing, counts nothing
    if _linked(words, table):
        return True
    if "," not in before[-45:]:
        return False  # (the aside's closing comma stands within four words of the number)
    k = q.char_start
    for pattern, reach in ((_ASIDE_BEFORE, _ASIDE_REACH), (_TWO_ASIDES, _TWO_ASIDES_REACH)):
        aside = pattern.search(ctx.text, max(ctx.start, k - reach), k)
        if aside is not None and _linked(_WORD.findall(ctx.text[max(ctx.start, aside.start() - _REACH) : aside.start()]
                                                       .lower() + " " + aside.group(1).lower()), table):
            return True  # "The correct figure, given by the Council on Saturday, is 1,300": the aside is passed over
    return False


def _linked(words: list[str], table: dict[str, frozenset[str]]) -> bool:
    """Whether the last of `words` are only links after a word standing for a count (refers_back)."""
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        if words[i] in table["counts"]:
            return words[i] in table["plural"] or (i > 0 and words[i - 1] in table["determiners"])
        if words[i] == "it":
            return i > 0 and words[i - 1] in table["pronoun_verbs"]
        if words[i] not in table["links"]:
            return False
    return False


def earlier_count(ctx: SentenceContext, q: Quantity, numbers) -> tuple[SentenceContext, Quantity] | None:
    """The last number of the sentence before (with that sentence's context), as `numbers(text)` finds
    them (offsets in the text given), or None when that sentence holds none."""
    if ctx.index == 0:
        return None
    prev = replace(ctx, index=ctx.index - 1, memo=None)
    found = [p for p in numbers(prev.sentence) if p.kind == "number"]
    if not found:
        return None
    p = found[-1]
    return prev, p.shifted(prev.start)


_ASIDE_WORDS = 10  # the most words of a remark between a count and its restatement ("Almost nobody believes it.")


def count_past_aside(ctx: SentenceContext, numbers) -> tuple[SentenceContext, Quantity] | None:
    """The last number of the sentence two before, where the sentence right before is a short remark of the same
    paragraph holding no number ("... 338 killed. Almost nobody on the hill believes it. Medics put the number at
    about 4,000"): the count a restatement refers to past the writer's aside. None otherwise."""
    if ctx.index < 2:
        return None
    before = ctx.neighbour(-1)
    if any(ch.isdigit() for ch in before) or len(before.split()) > _ASIDE_WORDS:
        return None
    s, _e = ctx.sentences[ctx.index - 2]
    if "\n\n" in ctx.text[s : ctx.start]:
        return None  # (another paragraph: no aside)
    prev = replace(ctx, index=ctx.index - 2, memo=None)
    found = [p for p in numbers(prev.sentence) if p.kind == "number"]
    return (prev, found[-1].shifted(prev.start)) if found else None


def counts_before_doubt(ctx: SentenceContext, numbers) -> list[tuple[SentenceContext, Quantity]]:
    """Past a remark doubting a count it names with no number ("The Leader of the Opposition said the Government's
    count could not be trusted. "People tell us the true number is well over 100," she said."): the numbers of the
    few sentences before the remark, paragraphs back if need be, latest first; the caller takes the first that
    counts the dead or the hurt. [] when the sentence before is no such remark."""
    if ctx.index < 2:
        return []
    before = ctx.neighbour(-1)
    if any(ch.isdigit() for ch in before) or not _COUNT_DOUBTED.search(before):
        return []
    out = []
    for back in range(2, 2 + _DOUBTED_REACH):
        i = ctx.index - back
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            break
        prev = replace(ctx, index=i, memo=None)
        found = [p for p in numbers(prev.sentence) if p.kind == "number"]
        out += [(prev, p.shifted(prev.start)) for p in reversed(found)]
    return out


# A remark doubting a count it names without a number ("the Government's count could not be trusted", "nobody
# believes the official toll"), and how many sentences back the count it doubts may stand.
_COUNT_DOUBTED = re.compile(r"\b(?:count|toll|figure|figures|tally|numbers?)\b[^.;]{0,40}?\b(?:could\s+not|cannot|can't|"
                            r"can\s+not|is\s+not|was\s+not|isn't|wasn't)\s+(?:be\s+)?(?:trusted|believed|right|true|"
                            r"accurate|credible|verified)\b|\b(?:nobody|no\s+one|few)\s+(?:believes?|trusts?|accepts?)\s+"
                            r"(?:the|their|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:count|toll|figures?|tally|numbers?)\b",
                            re.IGNORECASE)
_DOUBTED_REACH = 8  # sentences before the remark: a parliamentary report's toll may stand six back


def asked_verb(ctx: SentenceContext) -> str | None:
    """The verb group of a question about a count in this sentence or the one before: "How many died?",
    "how many people were displaced" (the first verb phrase of the lexicon among the five words after it)."""
    groups = lexicon().verb_group
    for text in (ctx.sentence, ctx.neighbour(-1)):
        for m in _HOW_MANY.finditer(text):
            words = norm(m.group(1)).split()
            for i in range(len(words)):
                for n in (3, 2, 1):  # the longest verb phrase starting there
                    group = groups.get(" ".join(words[i : i + n]))
                    if group:
                        return group
    return None


_TOLD_GROUPS = ("kill", "wound", "displace")


def told_verb(ctx: SentenceContext) -> str | None:
    """The verb group of harm the sentence before tells of, when it holds no number of its own ("Nobody has counted
    the dead. The most widely cited estimate, 400,000, ..."): what a count restated after it counts."""
    before = ctx.neighbour(-1)
    if not before or any(ch.isdigit() for ch in before):
        return None
    lex = lexicon()
    for m in lex.verb_re.finditer(before):
        group = lex.verb_group.get(norm(m.group(0)))
        if group in _TOLD_GROUPS:
            return group
    return None


# ("Among them are at least 12 teachers": the copula put before the part, no comma)
_OF_THESE = re.compile(r"(?:(?:of|among)\s+(?:these|them|those)\s*,|among\s+(?:them|these|those)\s+(?:are|were))\s*"
                       r"(?:(?:about|around|some|nearly|almost|roughly|"
                       r"at\s+least|more\s+than|over|an\s+estimated)\s+)?", re.IGNORECASE)


_OPENING = re.compile(r"[\"“]?(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over|"
                      r"an\s+estimated|another)\s+)?", re.IGNORECASE)
_ANOTHER = re.compile(r"[\"“]?(?:another|a\s+further)(?:\s+(?:about|around|some|nearly|almost|"
                      r"roughly|at\s+least|more\s+than|over|an\s+estimated))?\s+", re.IGNORECASE)
# A sentence that names its part of the count before and ends by placing it there: "Two of our nurses are among
# them", "Three teachers were among them." (the part's own noun, if any, is a whole of "of our ..." or one or two words).
_AMONG_THEM_END = re.compile(r"\s+(?:of\s+(?:our|their|his|her|its|the)\s+)?(?:[\w-]+\s+){0,2}?(?:are|were|is|was)\s+"
                             r"(?:also\s+)?among\s+(?:them|the\s+dead)\s*[.!]?\s*\Z", re.IGNORECASE)
# "... and captured 47 more", "Another 40 others": more of the same people (partof reads it too).
MORE_AFTER = re.compile(r"\s+(?:more|others)\b", re.IGNORECASE)


def part_of_earlier(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number opens its sentence as a part of the count told just before, or as more of it: "Of
    these, 902 were attributed to the army", "Among them, 40 were children", "About 4,000 more were still
    waiting", "Another 3,000 were stuck at the crossing" (a sentence opening so has no count of its own), or "Two of our nurses
    are among them" (a sentence that places its number among the count before)."""
    if ctx.text.startswith(("Of", "of", "Among", "among"), ctx.start):  # (a cheap test first)
        return bool(_OF_THESE.fullmatch(ctx.text, ctx.start, q.char_start))
    if q.char_start - ctx.start >= 20:
        return False
    if _ANOTHER.fullmatch(ctx.text, ctx.start, q.char_start):
        return True  # "Another 3,000 were stuck at the crossing"
    if not _OPENING.fullmatch(ctx.text, ctx.start, q.char_start):
        return False
    return bool(MORE_AFTER.match(ctx.text, q.char_end, ctx.end)) or placed_among_them(ctx, q)


def placed_among_them(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sentence of the number ends by placing it among the count before: "Two of our nurses are among
    them", "Three teachers were among the dead" (a test of a substring first)."""
    return "among" in ctx.text[q.char_end : ctx.end] and _AMONG_THEM_END.match(ctx.text, q.char_end, ctx.end) is not None


_CLAUSE_OPEN = re.compile(r"[;:—–]\s*\Z")
_OF_THESE_COMMA = re.compile(r"(?:of|among)\s+(?:these|them|those)\s*,", re.IGNORECASE)


def opens_clause_as_part(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number opens a clause after a semicolon, colon or dash as a part of the count told before it in
    its sentence: "The report lists 530 killings; of these, 212 are attributed to the rebels"."""
    text, k = ctx.text, q.char_start
    j = text.rfind(",", max(ctx.start, k - 40), k)
    if j < 0:
        return False  # (every opening ends "these," or "them," and a qualifier: a cheap test first)
    m = _OF_THESE_COMMA.search(text, max(ctx.start, k - 40), j + 1)
    if m is None or not _CLAUSE_OPEN.search(text, max(ctx.start, m.start() - 3), m.start()):
        return False
    return bool(_OF_THESE.fullmatch(text, m.start(), k))


_GAP_AFTER = re.compile(r"\s+(to|by)\s+(?:the\s+)?\w")


def gapped(ctx: SentenceContext, q: Quantity) -> bool:
    """A number after "and" whose verb is left out, a preposition after it repeating the one of the clause
    before: "902 were attributed to the army and 510 to the rebels" (510 counts what 902 counts)."""
    text, k = ctx.text, q.char_start
    if not text[max(ctx.start, k - 5) : k].rstrip().endswith(" and"):
        return False
    m = _GAP_AFTER.match(text, q.char_end, ctx.end)
    return m is not None and f" {m.group(1)} " in text[ctx.start : k - 5]
