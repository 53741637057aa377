"""Places the gazetteer lacks that a kind and "of", or a region word, name: "the town of Kuriga", "the village
of Togoga", "Kayah region" (for extract/placenames.py, which keeps them as written, without coordinates).

The pattern (_UNLISTED) and its fast scan: only the stretches of the text around the words every match holds are
scanned, so a document without them costs a few substring searches.
"""

from __future__ import annotations

import re

from extract.gazetteer import offsets_of
from extract.rx import first_chars

# Places the gazetteer lacks but the sentence says are places: "the town of Kuriga", "the village of Togoga",
# "Kayah region". They keep their written name and have no coordinates.
_NAMED = r"(?P<name>[A-Z][^\W\d_]+(?:[ -](?:(?:de|del|al|el)[ -])?[A-Z][^\W\d_]+){0,2})"
_UNLISTED = re.compile(
    r"\b(?P<kind>town|village|city|hamlet|neighbou?rhood|suburb|district|camp|settlement|locality|commune)\s+of\s+"
    + _NAMED + r"(?![\w-])"
    r"|" + _NAMED.replace("name", "rname") + r"\s+(?:region|province|oblast|governorate|Region|Province|Oblast)\b")
# _UNLISTED behind a look-ahead on the characters a match can start with (rx.first_chars: a capital, or the first
# letter of a kind): re leaves every other place at once instead of testing "\b" and both alternatives there.
_UNLISTED_FIRST = first_chars(_UNLISTED.pattern)
assert _UNLISTED_FIRST is not None  # (a capital, or the first letter of a kind)
_UNLISTED_SCAN = re.compile("(?=[" + "".join(map(re.escape, sorted(_UNLISTED_FIRST))) + "])(?:"
                            + _UNLISTED.pattern + ")")


# "the camp of Spotted Elk's band", "the camp of Red Cloud's followers": a leader's name after "of" and before the
# possessive of his following; the camp is his people's, and the name no place's.
_FOLLOWING_AFTER = re.compile(r"['’]s\s+(?:band|followers|warriors|men|fighters|forces|troops|army|militia"
                              r"|household|family|clan|retinue|supporters|loyalists)\b")


def leader_named(text: str, end: int) -> bool:
    """Whether the name of a "<kind> of <Name>" match ending at `end` is a leader's, his following after its
    possessive ("the camp of Spotted Elk's band")."""
    return text.startswith(("'s ", "’s "), end) and _FOLLOWING_AFTER.match(text, end) is not None


# What every match of _UNLISTED contains: "<kind> of <Capital>", or a region word. Looked for first, because
# they are found much faster than _UNLISTED (which is tried at every character): "of <Capital>" has a literal
# start re finds quickly, and the kind word is then looked for just before it.
_OF_CAPITAL = re.compile(r"of\s+[A-Z]")
_KINDS = ("town", "village", "city", "hamlet", "neighbourhood", "neighborhood", "suburb", "district", "camp",
          "settlement", "locality", "commune")  # the kinds of _UNLISTED
_REGION_WORDS = ("region", "province", "oblast", "governorate", "Region", "Province", "Oblast")


def _may_name_unlisted(text: str) -> bool:
    """False when `text` has no match of _UNLISTED (True does not promise one)."""
    for w in _REGION_WORDS:
        if w in text:
            return True
    for m in _OF_CAPITAL.finditer(text):
        j = p = m.start()
        while j > 0 and text[j - 1].isspace():  # \s is str.isspace
            j -= 1
        if j < p and text.endswith(_KINDS, 0, j):
            return True
    return False


def _unlisted_matches(text: str) -> list[re.Match]:
    """_UNLISTED_SCAN.finditer(text), scanning only the stretches of the text that can hold a match.

    Every match holds an anchor: a region word, or "of" after a kind and before a capital (as _may_name_unlisted
    looks for them), and every character of a match is a word character, whitespace or a hyphen (_STRETCH). So
    a match lies inside one maximal stretch of such characters that holds an anchor, and the stretches scanned one
    by one (each with the character after it, which the pattern's look-aheads read) give the matches of the whole
    text: none crosses from one stretch into the next. A document without an anchor costs a few substring searches.
    """
    anchors = []
    for w in _REGION_WORDS:
        if w in text:  # (most texts hold none: a substring test, not a call, for each absent word)
            anchors += offsets_of(text, w)
    for m in _OF_CAPITAL.finditer(text):
        j = p = m.start()
        while j > 0 and text[j - 1].isspace():  # \s is str.isspace
            j -= 1
        if j < p and text.endswith(_KINDS, 0, j):
            anchors.append(p)
    if not anchors:
        return []
    anchors.sort()
    n = len(text)
    backwards = text[::-1]  # (re matches forwards only: a stretch's start is its end in the reversed text)
    out: list[re.Match] = []
    scanned_to = -1  # the end of the last stretch scanned
    for a in anchors:
        if a < scanned_to:
            continue  # in the stretch just scanned
        back, ahead = _STRETCH.match(backwards, n - a), _STRETCH.match(text, a)
        assert back is not None and ahead is not None  # (it matches the empty string)
        s = n - back.end()
        e = ahead.end()
        out.extend(_UNLISTED_SCAN.finditer(text, s, min(e + 1, n)))
        scanned_to = e
    return out


# The characters a match of _UNLISTED may hold, and more: letters ([^\W\d_] is in \w), whitespace, hyphens.
_STRETCH = re.compile(r"[\w\s-]*")
