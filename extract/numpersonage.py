"""A person named before an age in commas: "The minister, 58, has served", "John Okafor, 34,", "Mr Okafor, 34,".

The age in apposition, its person nouns and the name shapes before it (extract/numcontext.py re-exports
`appositive_age`, `PERSON_NOUNS` and `AGE_COMMA_FIRST`, which the number layer reads from there).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.dateexpr import _WEEKDAYS
from extract.numkinds import MONTH_WORDS, tail
from extract.numnameage import opening_name_age
from extract.personnames import AGE_TITLES

if TYPE_CHECKING:
    from extract.numscan import _Atom

_CAP_WORD = re.compile(r"[A-Z][a-z]+")


# A person named before an age in commas: "The minister, 58,", "a father of three, 41,", "John Okafor, 34,".
PERSON_NOUNS = frozenset(
    "man woman boy girl child baby teenager person father mother son daughter husband wife brother sister "
    "grandfather grandmother grandson granddaughter uncle aunt widow widower pensioner mother-of-two "
    "minister president premier chancellor senator governor mayor leader chief chairman chairwoman spokesman "
    "spokeswoman spokesperson commander general colonel captain officer soldier fighter sergeant major "
    "journalist reporter photographer editor writer author poet artist singer actor actress musician director "
    "teacher doctor nurse surgeon farmer driver worker shopkeeper trader merchant engineer lawyer judge "
    "student pupil player striker midfielder defender goalkeeper coach manager captain owner founder "
    "resident victim survivor suspect defendant prisoner detainee hostage refugee activist volunteer medic "
    "imam priest pastor cleric monk nun businessman businesswoman executive ceo economist scientist "
    "veteran candidate lawmaker mp deputy envoy ambassador diplomat official politician king queen prince "
    "princess chef cook baker butcher tailor mechanic electrician plumber carpenter builder labourer laborer "
    "cleaner waiter waitress guard policeman policewoman firefighter paramedic pilot sailor fisherman miner "
    "vendor seller salesman clerk accountant banker midwife pharmacist dentist vet professor lecturer "
    "researcher analyst historian filmmaker designer architect athlete runner cyclist boxer swimmer climber "
    "dancer rapper comedian novelist blogger entrepreneur investor retiree housewife neighbour neighbor "
    "friend relative cousin nephew niece toddler infant youth teen councillor rebel gunman militant "
    "shepherd herder villager patient passenger pedestrian motorist tourist migrant mother-of-three "
    "father-of-two father-of-three visitor fan spectator customer member employee attendee viewer guest participant "
    "applicant reader "
    # the roles of a team's players and of a race's riders: "their quarterback, 29, threw"
    "quarterback linebacker receiver pitcher catcher batter batsman batswoman bowler wicketkeeper keeper winger "
    "fullback full-back jockey trainer golfer sprinter skier skater rider gymnast wrestler playmaker".split()
)
_PERSON_SUFFIX = re.compile(r"[a-z]{3,}(?:ist|ian)")
_TITLES = AGE_TITLES  # (extract/personnames.py)
_NOT_NAME_START = frozenset("In At On The From Of And For By With Near To A An As Across Outside Inside Since "
                            "After Before During Around Between Over Under".split())


_AGE_COMMA = re.compile(r"(?:,|[.;)—](?!\w))(?:[\s\u00a0]|$)")  # the comma (or stop) after an age
AGE_COMMA_FIRST = frozenset(",.;)—")  # what follows an age in apposition (numbers.py tests it first)


def _pet(word: str) -> bool:
    """An animal whose age stands in commas as a person's does ("the spaniel, now 11,"; [spoken_numbers] pets)."""
    from extract.numspoken import pet_nouns  # (numspoken imports this module)

    return word.lower() in pet_nouns()


def appositive_age(text: str, a: _Atom) -> bool:
    """A small whole number set off by commas right after a person: an age ("The minister, 58, has").

    The person is a person noun ("minister", "father of three" is not needed: the noun is last
    before the comma), or a name of two capitalised words not led by a preposition or article
    ("John Okafor, 34,"), or a title and a name ("Mr Okafor, 34,").
    """
    if text[a.end : a.end + 1] not in AGE_COMMA_FIRST:
        return False  # the usual case, first: no comma or stop after the number
    if not (a.digits.isdigit() and len(a.digits) <= 3 and 1 <= a.value <= 115 and a.scale == 1 and a.unit == "count"):
        return False
    if not _AGE_COMMA.match(text[a.end : a.end + 2]):
        return False
    words, _ = tail(text, a.start)
    if not words or not words[-1].endswith(","):
        return False
    head = words[-1][:-1].strip("’'\"”)")
    if head.lower() in PERSON_NOUNS or _PERSON_SUFFIX.fullmatch(head) or _pet(head):
        return True  # "The chef, 44,", "an activist, 29,"
    if len(words) < 2 or words[-2].endswith((".", "!", "?", ":")) and words[-2] not in _TITLES:  # one name opening
        # the sentence or line: "Rahmah, 61, lost"
        return head not in MONTH_WORDS and opening_name_age(text, a.end, words, head)  # (extract/numnameage.py)
    if not _CAP_WORD.fullmatch(head.split("-")[-1].capitalize()) or not head[:1].isupper():
        return False
    prev = words[-2]
    if not _AFTER_NAME_AGE.match(text, a.end):
        return False  # "Deir Ezzor, 30, Homs, 12": a list of places and tolls
    if prev in _TITLES:
        return True
    return bool(_CAP_WORD.fullmatch(prev)) and prev not in _NOT_NAME_START and prev not in MONTH_WORDS and (
        head not in MONTH_WORDS or _month_surname(head, prev))


def _month_surname(head: str, prev: str) -> bool:
    """A surname spelt like a month after a given name ("Ahmad Jan, 47,", "Maria May, 33,"): title case, no stop, and
    the word before is no weekday ("Sunday May, 30," reads as a date)."""
    return head.istitle() and not head.endswith(".") and prev.lower() not in _WEEKDAYS


# After "Name, 34" an age goes on in lower case ("Ana Lima, 34, a nurse") or ends the sentence.
_AFTER_NAME_AGE = re.compile(r"(?:,[\s\u00a0]+[a-z]|[.;)—](?!\w)(?:[\s\u00a0]|$))")
