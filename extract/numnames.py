"""Numbers that name or number things, not count them (rules learnt from general news 9).

- a version written in three or more dotted groups is one name: "Version 3.12.4", "a 1.2.10 patch" (no decimal
  has two points; a date in dots, "12.05.2024", is read before this);
- a proper noun, not at a sentence start nor in a title, and then a number is a product, a model or a release:
  "the Falcon 9 rocket", "support for Python 3.8," (a decimal after a proper noun is a release; a whole number
  is a model when a singular noun follows it: "in Aleppo 12 people died" and "Homs 12, Aleppo 5" stay counts);
- the plural of a word that heads numbered things, before a list of numbers, makes each a name: "between
  junctions 16 and 19", "Articles 5 and 6", "platforms 9, 10 and 11";
- "#1 ..., #2 ..., #3 ..." in a run is list numbering ("#41" alone stays a name, "the #1 and #2 seeds" ranks).
extract/numbers.py, numkinds.py and numdigits.py call these from small hooks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.numkinds import MONTH_WORDS, NAME_HEADS, before_words

if TYPE_CHECKING:
    from extract.numscan import _Atom

# More dotted groups after a number with a decimal point: "3.12" + ".4" (not a stop and a new number: ".4" must
# be digits with no blank, and the run must not go on into a letter, as in an IP-like code it is still a name).
_MORE_DOTTED = re.compile(r"(?:\.\d+)+(?![\d])")


def dotted_name_end(text: str, end: int, dig: str) -> int | None:
    """The end of a version in three or more dotted groups ("3.12.4") whose first two groups `dig` end at
    `end`, else None."""
    if "." not in dig or text[end : end + 1] != "." or not text[end + 1 : end + 2].isdigit():
        return None
    m = _MORE_DOTTED.match(text, end)
    return m.end() if m else None


_VERSION_WORDS = frozenset("version release patch update firmware build kernel".split())


def dotted_version(text: str, start: int, surface: str) -> bool:
    """A number in three dotted groups that the date scan read ("3.12.10") is a version after a word of software
    ("Version 3.12.10", "release 2.4.17") or when it can be no date ("0.0.10", "4.40.12"); "on 12.05.2024" and
    "by decree 3.12.10" stay dates."""
    words = before_words(text, start, 1)
    if words and words[0] in _VERSION_WORDS:
        return True
    groups = [int(g) for g in surface.split(".") if g.isdigit()]
    if len(groups) != 3:
        return False
    day, month = (groups[2], groups[1]) if groups[0] > 31 else (groups[0], groups[1])
    return not (1 <= day <= 31 and 1 <= month <= 12)


_CAP_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?")
# Capitalised words that are no product names: days, function words that start a sentence, titles of people.
_NOT_PRODUCT = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At Of For By And But Or To From With "
    "Some About Over Under Nearly Almost Only All Around Roughly Just More Less Than After Before Since Until "
    "During Between Among Another Every Each No Mr Mrs Ms Dr Sir Lord Lady Saint St Mount Lake".split()
)
_ARTICLES = frozenset({"The", "A", "An"})
# After a whole number, the noun that makes it a model: lower case, singular, no unit and no function word.
# A noun before a plural is a modifier of what is counted ("Darayya 12 barrel bombs"): no model.
_MODEL_NOUN_AFTER = re.compile(r"[\s\u00a0]+([a-z]{3,})\b(?![-\u2010\u2011]|[\s\u00a0]+"
                               r"(?!(?:was|has|is|does|its|this|his|thus|as|us|plus)\b)[a-z]*[a-rt-z]s\b)")
_NOT_MODEL_NOUN = frozenset(
    "people children men women police personnel staff crew militia youth cattle sheep fish deer aircraft "
    "and or but nor the for from with into onto than that this these those was were are has have had will would "
    "could should may might must can did does per out off via who which what when where while after before "
    "since until more less other others new old dead killed wounded injured times percent".split()
)
# A possessive or determiner before a product's name, and a singular verb of a thing for sale after its number
# ("its Ioniq 5 costs", "the new Galaxy 24 sells"): a model told as a subject; a plural verb ("the Guards 5 were")
# or a count's noun after the number is none of these.
_OWNERS = frozenset("its their his her our the The new".split())
_SINGULAR_VERB_AFTER = re.compile(r"[\s\u00a0]+(?:costs|sells|retails|starts|ships|launches|goes[\s\u00a0]+on[\s\u00a0]+sale|"
                                  r"comes[\s\u00a0]+with|offers|uses|runs[\s\u00a0]+on|weighs|is[\s\u00a0]+priced)\b")
_DECIMAL_END = re.compile(r"[\s\u00a0]*(?:[,.;:)!?]|$)|[\s\u00a0]+[a-z]")


def product_name(text: str, a: _Atom, words: list[str], fused: bool) -> bool:
    """A count right after a proper noun that names a product, model or release ("the Falcon 9 rocket",
    "Python 3.8,"); `words, fused` are tail(text, a.start). Not a count after a sentence's first word or in a
    title ("Rebels Kill 7 Soldiers"), nor one a plural or people noun follows ("in Aleppo 12 people")."""
    if fused or len(words) < 2 or a.scale != 1:
        return False
    name, prev = words[-1], words[-2]
    if not _CAP_NAME.fullmatch(name) or name in _NOT_PRODUCT or name in MONTH_WORDS:
        return False
    if not (prev.islower() and prev.isalpha()) and prev not in _ARTICLES:
        return False  # a title's run of capitals, or a sentence start after a stop
    if text[a.start - 1 : a.start] not in (" ", "\u00a0") or text[a.start - 1 - len(name) : a.start - 1] != name:
        return False  # a name ending a line or a heading before a number that starts the next
    if "." in a.digits:
        return bool(_DECIMAL_END.match(text, a.end))  # "Python 3.8, which", "Android 14.1 adds"
    if prev in _OWNERS and _SINGULAR_VERB_AFTER.match(text, a.end):
        return True  # "its Ioniq 5 costs", "the Pixel 9 sells": one model, the subject of a singular verb
    m = _MODEL_NOUN_AFTER.match(text, a.end)
    if m is None:
        return False
    noun = m.group(1)
    return not noun.endswith("s") and noun not in _NOT_MODEL_NOUN and not noun.endswith(("ing", "ed", "ly"))


_LIST_NEXT = re.compile(r"(?:,?[\s\u00a0]+(?:and|or|to|&)[\s\u00a0]+|,[\s\u00a0]*|[\s\u00a0]*[-\u2013][\s\u00a0]*)\d")
_JOINERS = frozenset({"and", "or", "to", "&"})


# "junctions", "articles", "platforms": plurals of the words that head numbered things, lower-cased.
# Not "years", "days", "points", "numbers": "between the years 2010 and 2020", "over two days 5 and 7 died".
_PLURAL_HEADS = frozenset(
    h.lower() + "s" for h in NAME_HEADS if h.isalpha() and len(h) >= 3 and not h.endswith("s")
) - {"years", "days", "points", "numbers"}


def plural_head(word: str) -> bool:
    """ "junctions", "Articles", "platforms": the plural of a word that heads numbered things."""
    return word.lower() in _PLURAL_HEADS


def listed_name(text: str, a: _Atom, words: list[str], fused: bool) -> bool:
    """A number in a list led by a plural name head: "junctions 16 and 19" (both), "Articles 5, 6 and 7"."""
    if fused or not words or "." in a.digits:
        return False
    if plural_head(words[-1]):
        return bool(_LIST_NEXT.match(text, a.end))  # the first of the list
    i = len(words) - 1
    if words[i] not in _JOINERS and not (words[i][:-1].isdigit() and words[i].endswith(",")):
        return False
    while i >= 0 and (words[i] in _JOINERS or words[i].rstrip(",").isdigit()):
        i -= 1
    return i >= 0 and i < len(words) - 1 and plural_head(words[i])


_HASH_ITEM_AFTER = re.compile(r"[\s\u00a0]+(?!(?:and|or)\b)[A-Za-z]")


def hash_list_item(text: str, s: int, end: int, v: float) -> bool:
    """ "#N" (the digits at text[s:end]) in a run of numbered items in running text: "#1 potholes, #2 street
    lighting and #3 ...". An item is followed by a word; "#1" needs a "#2" item after it, any other the item
    numbered one less before it."""
    if not _HASH_ITEM_AFTER.match(text, end) or v != int(v) or v < 1:
        return False
    if v == 1:
        return bool(re.compile(r"#2[\s\u00a0]+(?!(?:and|or)\b)[A-Za-z]").search(text, end, end + 120))
    return bool(re.compile(rf"#{int(v) - 1}[\s\u00a0]+(?!(?:and|or)\b)[A-Za-z]").search(text, max(0, s - 120), s))
