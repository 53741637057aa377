"""Date expressions: the regex that takes them apart, and the scan that finds its matches fast.

_EXPR names every date expression extract/dates.py reads (periods, spans of days, explicit dates,
months, years, weekdays, weekends, "yesterday", "today"...), one named group per kind. Run over a
whole sentence it is slow (re tries each of its many alternatives at every character), so
_expressions tries it only where an expression can start (_EXPR_START), and over the lower-cased
sentence with lower-case patterns compiled without re.IGNORECASE when that finds the same
(extract/rx.py). _TRIGGER is the cheap test before either: a sentence without one of its
words has no expression extract/dates.py reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extract.rx import lower_pattern, lowered
from extract.trie import trie_alternation
from extract.wordset import words_of

_MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
           r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_MONTH_WORDS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
# A weekday naming the day of an event before the event's noun: "in the Tuesday fighting", "the Sunday attack"
_WD_EVENT = (r"(?=\s+(?:fighting|attacks?|raids?|bombings?|blast|explosion|ambush|clashes|shelling|massacre|assault"
             r"|killings|firefight|air\s*strikes?)\b)")
_NUMWORD = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|couple of)"
_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
_WD_TO = r"(?:\s+night)?\s+(?:to|into|and|until|through)\s+" + _WD  # what follows the first day of a span
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
# A time of the clock before a weekday: "23:35", "7.15 p.m.", "11pm" (its first digits start the expression)
_CLOCK = r"(?:[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|[01]?\d\s*[ap]\.?m\.?)"

# Order matters: longer, more specific forms first.
_EXPR = re.compile(
    "|".join([
        # periods: a count over them has no single date
        r"(?P<period>\bsince\s+(?:the\s+(?:start|beginning|outbreak)\b|the\s+(?:conflict|war|uprising|revolution"
        r"|fighting|invasion|offensive|siege|coup|crisis|insurgency)\b|(?:its|their)\s+(?:arrival|creation|start)\b|"
        # (a month as a whole word: "since martial law" is no "since Mar")
        + _MONTHS + r"(?!\w)|\d{4}\b|" + _WD + r"|last\b|then\b|early\b|late\b|mid\b)"
        # "the army has since arrested nine soldiers": after the day just told of, not on it
        r"|(?<=has )since\b|(?<=had )since\b|(?<=have )since\b"
        r"|\bthroughout\s+(?:the\s+)?(?:" + _MONTHS + r"(?!\w)|\d{4}\b|year|month|war|conflict)"
        r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:" + _NUMWORD + r"\s+)?" + _UNIT + r"\b"
        r"|\b(?:after|for|during|in)\s+(?:almost\s+|nearly\s+|more\s+than\s+|about\s+|over\s+)?" + _NUMWORD
        + r"\s+" + _UNIT + r"\s+of\b"
        r"|\bover\s+(?:the\s+)?(?:(?:almost|nearly|more\s+than|about)\s+)?" + _NUMWORD + r"\s+" + _UNIT + r"\b"
        r"|\b(?:in|during|over)\s+the\s+(?:first|last|past)\s+" + _NUMWORD + r"\s+" + _UNIT + r"\s+of\b"
        r"|\b(?:in|during|over)\s+the\s+same\s+period\b|\bin\s+a\s+(?:single\s+)?day\b"
        r"|\bnow\s+in\s+its\s+\w+\s+(?:year|month|week)\b|\b(?:so\s+far\s+)?this\s+year\b"
        r"|\b(?:months|years|weeks)\s+of\b"
        r"|\bso\s+far\s+this\s+(?:year|month)\b|\bto\s+date\b"
        # "between October 2016 and July 2017", "from 2014 to 2016"
        r"|\b(?:between|from)\s+(?:" + _MONTHS + r"\s+)?(?:19|20)\d\d\s+(?:and|to|until)\s+(?:" + _MONTHS
        + r"\s+)?(?:19|20)\d\d\b"
        # months apart: "between January and May 2009", "from 2 April to 14 June 1982", "between August 2008 and
        # mid-May 2009"
        r"|\b(?:between|from)\s+(?:[0-3]?\d\s+)?" + _MONTHS + r"(?:\s+[0-3]?\d)?(?:,?\s+(?:19|20)\d\d)?"
        r"\s+(?:and|to|until)\s+(?:mid-?)?(?:[0-3]?\d\s+)?" + _MONTHS + r"(?:\s+[0-3]?\d)?,?\s+(?:19|20)\d\d\b"
        # months of one year joined by a dash or "to": "Oct.-Dec. 1913", "October to December 2019"
        r"|\b" + _MONTHS + r"\s*(?:-|–|\s(?:to|through)\s)\s*" + _MONTHS + r",?\s+(?:1[89]|20)\d\d\b)",
        # a span of days in one month
        r"(?P<span>\b" + _MONTHS.replace("(?:", "(?P<sm>", 1) + r"\s+" + _DAY.format(n="sd1")
        + r"\s*(?:-|–|to|and)\s*" + _DAY.format(n="sd2") + r"\b(?:,?\s+(?P<sy>(?:1[89]|20)\d\d))?"
        r"|\b" + _DAY.format(n="sd3") + r"\s*(?:-|–|to|and)\s*" + _DAY.format(n="sd4") + r"\s+"
        + _MONTHS.replace("(?:", "(?P<sm2>", 1) + r"(?:,?\s+(?P<sy2>(?:1[89]|20)\d\d))?)",
        # a span of two weekdays: "during the night of Monday to Tuesday", "from Friday to Sunday", "between last
        # Friday and Tuesday"
        r"(?P<wdspan>\b(?:night\s+of\s+|overnight\s+|(?:from|between)\s+(?:last\s+)?|on\s+)?(?P<ws1>" + _WD
        + r")(?:\s+night)?\s+(?:to|into|and|until|through)\s+(?P<ws2>" + _WD + r")\b)",
        # explicit day: "May 23", "23 May 2016", "on September 19"; "on the morning of (Monday) 21 March": anchored
        r"(?P<on>\bon\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+(?:" + _WD + r",?\s+)?)?)?"
        r"(?P<explicit>\b" + _MONTHS.replace("(?:", "(?P<em>", 1) + r"\s+" + _DAY.format(n="ed")
        + r"\b(?:,?\s+(?P<ey>(?:1[89]|20)\d\d)(?!\d))?|\b" + _DAY.format(n="ed2") + r"\s+"
        + _MONTHS.replace("(?:", "(?P<em2>", 1)
        + r"\b(?:,?\s+(?P<ey2>(?:1[89]|20)\d\d)(?!\d))?)",
        # month and year: "March 2013", "in March 2011"
        r"(?P<monthyear>\b" + _MONTHS.replace("(?:", "(?P<mm>", 1) + r",?\s+(?P<my>(?:1[89]|20)\d\d)\b)",
        # a month alone, after a word that makes it one ("in March", "late April", "by the middle of April"), and
        # last/this month
        r"(?P<month>\b(?:in|during|late|early|mid-?|by|last|this)\s+(?:the\s+(?:middle|beginning|start)\s+of\s+)?(?P<mo>" + _MONTH_WORDS + r")\b(?!,?\s+\d))",
        r"(?P<relmonth>\b(?:last|this)\s+month\b)",
        r"(?P<lastyear>\blast\s+year\b)",
        # a year alone, after a word that makes it one
        r"(?P<year>\b(?:in|during|of|early|late|mid-?)\s+(?P<yr>(?:19|20)\d\d)\b)",
        # weekdays with a preposition or a part of day ("in the early hours of Saturday": the night's end is
        # that weekday's)
        # or a clock time: "(23:35 Saturday)", "at 11 p.m. Friday" (the day of that time)
        r"(?P<weekday>\b(?:(?:(?:on|last|this|early|late)\s+|early\s+hours\s+of\s+)(?P<wd>" + _WD + r")(?:" + _PART + r")?|(?P<wd2>" + _WD + r")"
        + r"(?:" + _PART + r"|['’]s|" + _WD_EVENT + r")|" + _CLOCK + r"\s+(?P<wd3>" + _WD + r")(?:" + _PART
        + r")?)\b)",
        r"(?P<weekend>\b(?:last|this|the|over\s+the|at\s+the)\s+weekend\b)",
        r"(?P<lastweek>\blast\s+week\b)",
        r"(?P<thisweek>\b(?:earlier\s+|later\s+)?this\s+week\b)",
        r"(?P<yesterday>\byesterday\b|\blast\s+night\b)",
        r"(?P<daysago>\b(?P<dn>\d+|two|three|four|five|six)\s+days\s+ago\b)",
        # a day counted back in whole years from a day near publication: "a year ago tomorrow", "two years ago today"
        r"(?P<yearsago>\b(?P<yn>\d+|a|one|two|three|four|five|six)\s+years?\s+ago\s+"
        r"(?P<yday>today|tomorrow|yesterday)\b)",
        r"(?P<today>\b(?:earlier\s+|later\s+)?today\b|\btonight\b|\bovernight\b|\bthis\s+(?:morning|afternoon|evening)\b|\bso\s+far\b"
        r"|(?<!\bso )(?<!\buntil )(?<!\bright )(?<!\bfrom )\bnow\b(?!,)(?!\s+that\b))",
    ]),
    re.IGNORECASE,
)
# Words without which a sentence has no date expression: a cheap test before the full regex. A word that
# starts with one of them ("jan" also starts "january"), or a year.
_TRIGGER_WORDS = ("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun today tonight now "
                  "yesterday night weekend week since overnight over throughout past last previous month year day far "
                  "date morning afternoon evening").split()
# (shaped as a trie, as (?<!\w) at a word start: the same sentences pass as with a plain \b(?:jan|feb|...) list)
_TRIGGER = re.compile(r"(?<!\w)(?:" + trie_alternation(_TRIGGER_WORDS) + r"|(?:19|20)\d\d)", re.IGNORECASE)


# What may follow "in" or "for" that starts an expression: a count ("in the past two weeks", "for two weeks of").
_NUMBER_NEXT = (r"(?:almost|nearly|more|about|over|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|several|few|many|couple)\s|\d")
_MONTH_AFTER = r"\.?(?=[\s,\-–])"  # a month token is a candidate only as a whole word ("May 3", "Sept. 9", "June,",
# "Oct.-Dec. 1913")
# The words (and digit forms) an expression starts with, each with what must follow it, in the order they are
# tried. "in", "for", "on" and the months are candidates only before what an expression needs after them
# ("in the past", "for two weeks of", "on May 3", "March 2013"): most "in"s start none, and each candidate costs
# a try of the whole of _EXPR. "in the" starts one only before past, last, previous, first or same ("in the
# past two weeks", "in the same period"), "by" only before a month ("by March"), "between" and "from" only
# before a year or a month and a year ("from 2014 to 2016"): the rest of "in the ...", "by ..." and "from ..."
# (one start in four in news text) start none. Only what follows is looked at, not consumed, so that an
# expression starting at the next word is still found.
_START_FORMS: tuple[tuple[str, str], ...] = (
    *((w, _MONTH_AFTER) for w in ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?",
                                  "july?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?",
                                  "dec(?:ember)?")),
    *((w, "") for w in ("mid", "today", "tonight", "overnight", "now", "yesterday")),
    *((w, r"\s") for w in ("since", "throughout", "over", "during", "after", "months", "years", "weeks", "so", "late",
                           "early", "last", "this", "earlier", "later")),
    # ("the" read once: "in the past", "in the middle of May")
    ("in", r"(?=\s+(?:the\s+(?:(?:past|last|previous|first|same)\s|(?:middle|beginning|start)\s+of\s+" + _MONTH_WORDS
     + r")|" + _NUMBER_NEXT + "|" + _MONTH_WORDS + r"))"),
    ("for", r"(?=\s+(?:" + _NUMBER_NEXT + r"))"),
    ("on", r"(?=\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|" + _WD + r"))"),
    (r"\d{1,2}", r"(?=(?:st|nd|rd|th)?(?:\s*[-–]|\s*to|\s*and|\s+[jfmasond])"
                  r"|(?:[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s+(?:mon|tue|wed|thu|fri|sat|sun))"),
    (r"\d+", r"(?=\s+(?:days|years?\s+ago\s))"),
    *((w, r"(?=\s+(?:days|years\s+ago\s))") for w in ("two", "three", "four", "five", "six")),
    *((w, r"(?=\s+years?\s+ago\s)") for w in ("a", "one")),
    ("the", r"(?=\s+weekend)"), ("at", r"(?=\s+the\s+weekend)"), ("to", r"(?=\s+date)"),
    ("by", r"(?=\s+(?:the\s+(?:middle|beginning|start)\s+of\s+)?" + _MONTH_WORDS + ")"), ("of", r"(?=\s+(?:19|20))"),
    *((w, r"(?=\s+(?:" + _MONTHS + r"\s+)?(?:19|20)\d\d\s)") for w in ("between", "from")),
    *((w, r"(?=\s+(?:last\s+)?" + _WD + _WD_TO + r")") for w in ("between", "from")), ("night", r"(?=\s+of\s)"),
    *((w, r"(?=\s+(?:[0-3]?\d\s+)?" + _MONTHS + r")") for w in ("between", "from")),
    *((w, r"(?=\s+(?:morning|afternoon|evening|night)|['’]s|" + _WD_TO + "|" + _WD_EVENT + ")") for w in _WEEKDAYS),
)


def _by_first_character(forms: tuple[tuple[str, str], ...]) -> str:
    """The forms as one alternation branching first on their first character (a digit: "\\d"), in their order
    within each branch: re then tries one branch at a word start instead of every form, and finds the same
    matches (forms with different first characters never both match at one place)."""
    groups: dict[str, list[str]] = {}
    for word, after in forms:
        first = r"\d" if word.startswith(r"\d") else word[0]
        groups.setdefault(first, []).append(word + after if first == r"\d" else word[1:] + after)
    alts = []
    for first, rests in groups.items():
        body = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        alts.append(body if first == r"\d" else first + body)
    # (?<!\w) is the \b of a word start, and every form starts with a word character; unlike \b it does not
    # also try the forms at every word's end.
    return r"(?<!\w)(?:" + "|".join(alts) + ")"


# Every expression of _EXPR starts where one of _START_FORMS matches (each of _EXPR's alternatives opens with
# \b and one of these words or a digit), so _EXPR need only be tried there. tests/test_dates.py checks no
# expression is lost, and that this pattern finds what the plain alternation of the forms finds.
_EXPR_START = re.compile(_by_first_character(_START_FORMS), re.IGNORECASE)

_TRIGGER_LOW, _EXPR_LOW = (lower_pattern(p) for p in (_TRIGGER, _EXPR))

# _EXPR_START for the lower-cased sentence (lower_pattern(_EXPR_START), which the tests compare it with), written
# as re scans it fastest, for the lower-cased sentence with a space put before it: the character
# before the word is matched (consumed) instead of looked behind at, as one of a set re tests in a table
# ([^a-z0-9_]), so that re skips from one such character to the next instead of starting the pattern at every
# character. Each match starts one character early, at that character: in the text without the space, at the
# word itself. The set is every character that is not \w in a lower-cased text (a-z, 0-9, "_") and also the
# other word characters (non-ASCII letters and digits): a word after one of those starts no expression
# (_EXPR opens every alternative with \b), so a place found there only costs a failed try. For the
# character before a word to be there to match, no form may take the white space after it: "\s" after a word
# becomes a look-ahead (the same places still match; each ends a character earlier, where no form starts).
# After that character, a look-ahead on the characters a form starts with (a digit, or the first letter of a
# word) leaves at once a word that starts none ("people", "civilians") instead of trying each letter's branch.
_START_FIRSTS = "".join(sorted({w[0] for w, _ in _START_FORMS if not w.startswith("\\")})) + r"\d"
_START_AFTER_SOURCE = ("[^a-z0-9_](?=[" + _START_FIRSTS + "])" + _by_first_character(
    tuple((w, r"(?=\s)" if after == r"\s" else after) for w, after in _START_FORMS)).removeprefix(r"(?<!\w)"))
# (compiled as lower_pattern would compile it, without first compiling it with re.IGNORECASE, which takes
# longer: with no upper-case escape and no group name in it, lower_pattern's source is the lower-cased source)
assert not re.search(r"\\[A-Z]|\(\?P", _START_AFTER_SOURCE)
_START_AFTER_CHAR = re.compile(_START_AFTER_SOURCE.lower())


def _expressions(sentence: str) -> Iterator[re.Match]:
    """The matches of _EXPR.finditer(sentence), found three times faster: _EXPR is tried only where
    one can start (tests/test_extract_regression.py checks the two agree)."""
    return _expressions_in(sentence, lowered(sentence))


@lru_cache(maxsize=4096)  # pure on the sentence: a sentence recurs in reports of other dates (dates._hits is per date)
def dated_expressions(sentence: str, low: str | None) -> tuple[re.Match, ...] | None:
    """The matches of _EXPR in the sentence (`_expressions_in`; `low` is lowered(sentence)), or None when the sentence
    has no trigger word (_TRIGGER), where dates._hits reads no expression. Over `low`, the lower-cased scan for
    expressions costs little more than the trigger words' test, which comes after it, and mostly over an expression
    found (a trigger word in it is one in the sentence)."""
    if low is None:
        return tuple(_expressions_in(sentence, None)) if _TRIGGER.search(sentence) else None
    found = tuple(_expressions_in(sentence, low))
    if not found or not (any(_TRIGGER_LOW.search(low, m.start(), m.end()) for m in found) or _TRIGGER_LOW.search(low)):
        return None
    return found


def _expressions_in(sentence: str, low: str | None) -> Iterator[re.Match]:
    """_expressions, over `low` (the sentence lower-cased by extract.rx.lowered, or None) when given.

    The matches are then of the lower-cased sentence: same offsets and groups up to case, which
    every reader of them ignores (_kind, _resolve). A sentence whose words can hold no expression
    (may_hold_expression) is not scanned.
    """
    if not may_hold_expression(sentence, low):
        return iter(())
    return _scanned(sentence, low)


def _scanned(sentence: str, low: str | None) -> Iterator[re.Match]:
    """_expressions_in without the word test first (the long way of tests/test_speed18_shortcuts.py)."""
    if low is None:
        text, starts, expr = sentence, _EXPR_START.finditer(sentence), _EXPR
    else:  # (a match of _START_AFTER_CHAR in " " + low starts where the form does in low: see above)
        text, starts, expr = low, _START_AFTER_CHAR.finditer(" " + low), _EXPR_LOW
    pos = 0
    for c in starts:
        p = c.start()
        if p < pos:
            continue
        m = expr.match(text, p)
        if m:
            yield m
            pos = m.end()


# Which sentences can hold an expression at all: one test of the sentence's word set (extract/wordset.words_of,
# which the other stages have made for the sentence already) before the scan, which tries every word start.
# Every expression of _EXPR starts with a word of _START_FORMS or a digit, and each start word begins one only
# with certain other words of the sentence: "in" only with a unit of time ("in the past two weeks"), "period",
# a month's name or a year; "on" only with a month or a weekday; "the" only with "weekend"; "two" only with
# "days"; "since", a month or a weekday alone. Those words stand whole in an expression (\b, \s, "." or "," around
# each), so they are words of the sentence. _NEEDS lists the words of which a sentence needs one: those that
# start an expression alone and every word a start word may need (a year among them). A digit starts one only
# before "days" ("3 days ago", in _NEEDS) or a month, perhaps as the head of a longer word ("3-5 May", "3rd
# May"; "3 to 5 decades": _EXPR's span of days has no \b after its month): _DIGIT_MONTH_LOW looks for that where
# no word of _NEEDS is.
# tests/test_speed18_shortcuts.py checks on generated sentences of date words that a sentence ruled out here
# has no match of _EXPR.
_UNIT_WORDS = "hour hours day days week weeks month months year years period weekend night date far"
_MONTH_TOKENS = ("january february march april may june july august september october november december "
                 "jan feb mar apr jun jul aug sep sept oct nov dec")
_ALONE = ("since throughout months years weeks today tonight now overnight yesterday mid monday tuesday wednesday "
          "thursday friday saturday sunday morning afternoon evening")
_NEEDS = frozenset(f"{_UNIT_WORDS} {_MONTH_TOKENS} {_ALONE}".split()).union(str(y) for y in range(1900, 2100))
_DIGIT_MONTH_LOW = re.compile(r"[0-9](?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def may_hold_expression(sentence: str, low: str | None) -> bool:
    """False only when no match of _EXPR can be in `sentence` (see above); `low` is lowered(sentence) or None.

    Only an ASCII sentence is ruled out: words_of folds its letters as re.IGNORECASE does, and no digit of it
    but 0-9 is one that \\d matches (so _DIGIT_MONTH_LOW reads [0-9], a table test, not \\d's Unicode test)."""
    if low is None or not sentence.isascii() or not _NEEDS.isdisjoint(words_of(sentence)):
        return True
    return _DIGIT_MONTH_LOW.search(low) is not None
