"""What may stand between a verb of saying and the clause it closes, and verbs that report only a sum asked for
(extract/cues.py).

- "…, the governor said at the time; 5 were missing", "…, the agency said then, and …", "…, X said on Tuesday,
  and …": a time adjunct after a closing "X said" does not stop it reaching back over the numbers before it (as
  "…, X said; …" does).
- "the interior ministry had registered 140 dead": a body that registers a count claims it (only a body: see
  BODY_VERBS).
- "…, according to the club's director, Jane Roe.": a role and then the person's name in apposition; the person
  is the claimant, the role describes him (as "…, the ombudsman, Jane Roe, told reporters" already is).
- "Kyiv welcomed the deal but said 40 of its men are still held": a verb of saying whose subject is elided after
  "but"/"and" (", and then", ", then") shares the subject that opens the one-clause sentence.
- "The figure most often repeated is the army's: 212 …": the owner of a figure named before a colon claims the
  figures after it; "cited most often" there describes the figure, it is no verb of saying.
- "The UN has appealed for $20 million": an appeal names the sum its maker asks for, so the sum is the appealer's
  figure; only a sum of money after "for" makes "appeal" such a cue ("appealed for calm" is none).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.bodywords import body_words
from extract.figurenouns import FIGURE_WORD
from extract.lexicon import lookup
from extract.apposedname import apposed_opening
from extract.names import first_named
from extract.sums import SUM

__all__ = ["APPEAL_VERBS", "BODY_VERBS", "after_time_adjunct", "asks_for_money", "closes_after_time", "named_after_role", "names_a_body", "opening_subject", "owned_before_colon", "participle_with_adverb", "subject_opening"]

# A time adjunct right after the verb: "at the time", "then", "later", "at first", "afterwards", "initially".
# Also a day named after it ("…, X said on Tuesday, and …", "…, X said late on 5 March; …", "… said yesterday, …").
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
        r"|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)")
# A time or a channel of the speech after its verb ("…, X said at the time; …", "…, the master said by radio; …").
_TIME_ADJUNCT = re.compile(r"\s+(?:at\s+the\s+time|at\s+first|then|later|afterwards|initially|back\s+then|yesterday|"
                           r"today|tonight|earlier|last\s+(?:night|week|month)|(?:late\s+|early\s+)?on\s+(?:" + _DAY + r")"
                           r"|by\s+(?:radio|(?:satellite\s+)?(?:tele)?phone|telex|cable|e-?mail))\b",
                           re.I)

# Verbs of appealing for money; a cue only before "for" and a sum (extract/cueverbs.py lists them as verbs).
APPEAL_VERBS = frozenset(("appeal", "appeals", "appealed", "appealing"))
# Verbs whose subject is the claimant only when it is a body (listed, or typed by a lexicon rule: "the interior
# ministry had registered 140 dead"), not a process or a crowd ("Disarmament registered 72,490 combatants, according
# to X": X's count; "2,000 refugees registered"). extract/cues.py checks it.
BODY_VERBS = APPEAL_VERBS | {"registered", "registers", "list", "lists", "listed"}  # ("the Interior Ministry lists 261
# people as missing"; not "morgue records list 9,600 dead", the records of whoever speaks)


def names_a_body(np: str) -> bool:
    """Whether a claimant unlisted and untyped ends in a word naming an organisation ("the county prosecutor's
    office", "the district relief committee": extract/bodywords.py), so it may register or appeal as a body."""
    last = np.rsplit(None, 1)[-1].casefold() if np.strip() else ""
    return last in _BODY_WORDS_FOLDED()


@lru_cache(maxsize=1)
def _BODY_WORDS_FOLDED() -> frozenset[str]:  # noqa: N802  (a constant, read once)
    return frozenset(w.casefold() for w in body_words())
_FOR_MONEY = re.compile(r"\s+for\s+" + SUM, re.I)  # (extract/sums.py: the one pattern of a sum asked for)


def after_time_adjunct(rest: str) -> str:
    """`rest` (the text after a verb) without a time adjunct opening it ("at the time; …" -> "; …")."""
    if not rest[:1].isspace():
        return rest
    m = _TIME_ADJUNCT.match(rest)
    return rest[m.end():] if m else rest


_COMMA_NEXT = re.compile(r"\s*,")
_GOES_ON_ING = re.compile(r"\s*,\s*[a-z]+ing\b")  # "…, X said on Thursday, bringing the total to …": X's speech goes on


def closes_after_time(rest: str) -> bool:
    """Whether a time adjunct after the verb is followed by "," or ";" ("…, X said at the time; 19 …"), not by a
    participle that goes on with the speech ("…, X said on Thursday, bringing the total to …")."""
    if not rest.startswith(" ") or ("," not in rest and ";" not in rest):
        return False
    tail = after_time_adjunct(rest)
    return tail is not rest and (tail[:1] == ";" or (_COMMA_NEXT.match(tail) is not None and not _GOES_ON_ING.match(tail)))


def asks_for_money(rest: str) -> bool:
    """Whether the text after an appeal verb names a sum asked for ("for $71 million", "for up to 2 million euros")."""
    return rest[:5].lower().lstrip().startswith("for") and _FOR_MONEY.match(rest) is not None


# A role phrase: opens with a determiner or a possessive ("the club's director", "its spokesman", "a local doctor").
_ROLE_OPENING = re.compile(r"(?:the|a|an|its|their|his|her)\s+[a-z]", re.I)


def named_after_role(np: str, appos: str, person_name: re.Pattern[str]) -> bool:
    """Whether "…, according to NP, APPOS" names a person (APPOS, a full name) after a role (NP): "the club's
    director, Jane Roe" (not "Jane Roe, the club's director", nor a listed body: "the army, Amnesty International")."""
    name = appos.strip(" .”\"")
    return bool(_ROLE_OPENING.match(np)) and person_name.fullmatch(name) is not None and lookup(name) is None


# The subject opening a sentence, then its finite verb ("Kyiv welcomed", "The regional government rejected").
# (Or its verb negated: "Tanjug did not say how many were soldiers, but reported that …".)
_OPENING_SUBJECT = re.compile(r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+"
                              r"(?:[a-z]+ed|(?:has|have|had)\s+[a-z]+ed|(?:did|does|has|had|would|could)\s+not\s+[a-z]+"
                              # ("Ecuador denies it and says …": a reply in the present)
                              r"|denies|rejects|disputes|dismisses|welcomes|condemns|admits|acknowledges"
                              r"|(?:did|does|has|had|would|could)n['’]t\s+[a-z]+)\s")
# The comma that may stand before the "but" or "and" of the second clause ("…, but reported that …", "…, and then
# said", "…, then said").
_COMMA_BUT = re.compile(r",\s*(?:(?:but|and)(?:\s+(?:then|later))?|then|later)\s*$")


_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")  # a comma that is no digit group's


def opening_subject(sentence: str, verb_at: int) -> str | None:
    """The subject a verb of saying after "but"/"and" shares with the sentence's first verb ("Kyiv welcomed the
    deal but said …", "Tanjug did not say how many were soldiers, but reported …"): only in one clause (no ",", ";",
    ":" before the verb but the comma before its "but"), else None."""
    before = sentence[:verb_at]
    core = before[: m.start()] if "," in before and (m := _COMMA_BUT.search(before)) else before
    if "," in core and (named := apposed_opening(core)) is not None:
        return named  # "A Renamo spokesman, Afonso Mutumbo, dismissed the claim and said …" (extract/apposedname.py)
    if ("," in core and _CLAUSE_COMMA.search(core)) or ";" in core or ":" in core:
        return None  # (a digit group's comma, "deployed 1,000 police and say …", cuts no clause)
    m = _OPENING_SUBJECT.match(before)
    if m is None or any(ch.isdigit() for ch in m.group("np")):
        return None
    name = first_named(m.group("np"))
    return str(name) if name else None


def subject_opening(sentence: str, limit: int) -> str | None:
    """The subject opening the sentence before its first verb in the past ("The UN's emergency fund released …",
    "Baragwanath Hospital admitted …"), when that verb stands before `limit`; else None. For a closing "its office
    said" or "according to its register": whose they are."""
    m = _OPENING_SUBJECT.match(sentence, 0, limit)
    if m is None or any(ch.isdigit() for ch in m.group("np")):
        return None
    name = first_named(m.group("np"))
    return str(name) if name else None


# "is the army's: 212 …", "remains the ministry’s:" — a possessive predicate closing before a colon.
_OWNED_COLON = re.compile(r"\b(?:is|are|was|were|remains?)\s+(?P<np>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)(?:['’]s|(?<=s)['’])\s*:\s")
# FIGURE_WORD, a noun of a figure given (extract/figurenouns.py); extract/carry.py reads remarks on the figures with it.


def owned_before_colon(sentence: str) -> tuple[str, int, int] | None:
    """(owner, start, end) of "The figure … is X's: N …" (a figure word before "is"), else None."""
    if ":" not in sentence or not ("'s" in sentence or "’s" in sentence or "s'" in sentence or "s’" in sentence):
        return None  # (cheap: no colon or no possessive, no match)
    m = _OWNED_COLON.search(sentence)
    if m is None or not FIGURE_WORD.search(sentence, 0, m.start()):
        return None
    return m.group("np"), m.start("np"), m.end()


# "the toll cited most often", "the figure widely quoted": a participle describing the figure.
_ADVERB_AFTER = re.compile(r"\s+(?:most\s+|more\s+|so\s+)?(?:often|widely|commonly|frequently)\b", re.I)
_DESCRIBING = frozenset(("cited", "quoted", "reported", "given", "repeated"))


def participle_with_adverb(verb_low: str, rest: str) -> bool:
    """Whether `verb_low` followed by `rest` is a participle describing a figure ("cited most often")."""
    return verb_low in _DESCRIBING and _ADVERB_AFTER.match(rest) is not None
