"""Records that write a figure down and records that document it.

- "The harbour master's log records 30 drowned", "the colonel's diary records 12 killed": a log, diary or
  despatch *records* as a person writes: the writer's claim, not a verification (the verb "record" confirms
  elsewhere, GUIDELINES.md: documented). extract/sourcenames.py gives such a written account to its writer
  ("the harbour master").
- "The board notes that its own records show 48 prisoners held": a body citing its own records for a count
  has documented it: confirmed.

extract/attribution.py asks both.
"""

from __future__ import annotations

import re

__all__ = ["ACCOUNT_NOUNS", "built_from_records_before", "own_records_before", "written_account"]

# What a person writes as events happen or soon after: its "records" is the writer's word.
ACCOUNT_NOUNS = ("log", "logs", "logbook", "diary", "diaries", "journal", "despatch", "despatches", "dispatch",
                 "dispatches", "memoir", "memoirs", "notebook", "letter", "letters")
_ACCOUNT_END = re.compile(r"['’]s\s+(?:(?:own|official|war|daily|ship['’]s|field)\s+)?(?:" + "|".join(ACCOUNT_NOUNS) + r")$",
                          re.I)
# "its own records show", "their own records list", right before the figure (with its hedge words).
_OWN_RECORDS = re.compile(r"\b(?:its|their|our|his|her)\s+own\s+(?:records|registers?|lists?|files)\s+(?:show|showed|"
                          r"shows|list|listed|lists|count|counted|give|gave|record|recorded)\s+(?:(?:some|about|around|"
                          r"at\s+least|more\s+than|over|nearly|only|just)\s+)*$", re.I)


def written_account(name: str) -> bool:
    """Whether a claimant is a person's written account ("The beachmaster's log"): its "records" is no verification."""
    return ("'" in name or "’" in name) and bool(_ACCOUNT_END.search(name))


def own_records_before(sentence: str, pos: int) -> bool:
    """Whether the figure at `pos` follows "its own records show" (a body documenting its own count)."""
    return " own " in sentence and bool(_OWN_RECORDS.search(sentence, max(0, pos - 80), pos))


# A count the sentence says was built from documents: "Her register, built from burial records and coroners' papers,
# names 18 dead", "Roe, adding the admissions books of the infirmary, reaches 654" (GUIDELINES.md: documented).
_BUILT_FROM = re.compile(r"\b(?:(?:built|compiled|drawn|assembled|reconstructed)\s+(?:up\s+)?from|adding|(?:cross-)?checked\s+"
                         r"against)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:records|registers|ledgers|papers|"
                         r"certificates|(?:admissions?|burial|parish|hospital)\s+(?:books|lists)|files|archives)\b", re.I)
_BUILT_KEYS = (" from ", "adding", "against")  # one stands in every match
_RECORD_KEYS = ("records", "registers", "ledgers", "papers", "certificates", "books", "lists", "files", "archives")


def built_from_records_before(sentence: str, pos: int) -> bool:
    """Whether the sentence says, before the figure at `pos`, that the count was built from records (see _BUILT_FROM):
    the claimant's documented count, `confirmed`."""
    head = sentence[:pos]
    return (any(key in head for key in _BUILT_KEYS) and any(key in head for key in _RECORD_KEYS)
            and _BUILT_FROM.search(head) is not None)
