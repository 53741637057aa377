"""A toll or a force's size given as a figure, the noun elided: "Quito gives its own dead as 13", "the final text
gives the town's dead as \"at least 97\"", "gives the rebel army's strength as some 8,000 men", and a headline's
possessive "Peru's dead reach 27".

Two shapes, read off the words before the number:
- a verb of giving or putting ("gives", "put", "lists", "reported"), a determiner or a possessive ("its own", "the
  town's", "the rebel army's"), at most three other words, a head noun of harm ("dead", "wounded") or
  of a force's size ("strength"), then "as", "at" or "nearer" (and perhaps a quote mark and a qualifier);
- "put" (or "puts", "putting", "estimated") "the", a noun of people (perhaps a nationality), a participle of harm or
  flight ("expelled", "fleeing", "killed"; the lexicon's [verbs] groups kill, wound, capture, displace), at most
  eight words without a comma, and "at": "put the villagers expelled from or fleeing the valley at more than 60,000";
- a second head after "and", the verb of giving before it: "gives its dead as 527 and its wounded as 1,363";
- a capitalised owner with "'s", "dead" or "toll", and a verb of reaching ("reach", "tops", "rises to", "at");
- estimates of the dead spanning a range: "estimates of the dead still run from 200 to 3,000", "estimates of the
  war's total dead range from 69 to 199".
The measure is the head noun's: killed, wounded, or forces (subject troops). Not reached: "gives the figure as 13"
(extract/anaphora.py's), "put the losses at 40" (losses may be of tanks), "the dead man's son, 13" (no verb of
giving and no "as"), "the army's strength grew" (no number after a link). The side is left to extract/sides.py.
"""

from __future__ import annotations

import re

from extract.qualifierwords import QUALIFIER_WORD_SET, qualifier_pattern
from extract.rx import guarded
from extract.triggers import lexicon

_QUAL = r"(?:" + qualifier_pattern() + r"\s+)?"
_HEAD = r"(?P<head>dead|killed|wounded|injured|strength)"  # (a "toll" given is extract/verbreach.py's and classify's)
_TOLL_HEAD = r"(?P<head>dead|death\s+toll|toll)"
_LINK = r"(?:as|at|nearer(?:\s+to)?|closer\s+to)"  # ("put the division's dead nearer 4,700": an estimate set against another)
_GIVEN = guarded(
    r"\b(?:give|gives|gave|given|giving|put|puts|putting|list|lists|listed|listing|report|reports|reported|"
    r"estimate|estimates|estimated|record|records|recorded)\s+(?:(?:the|its|their|his|her|our)\s+(?:own\s+)?|"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)(?:[\w-]+\s+){0,3}?" + _HEAD + r"\s+" + _LINK + r"\s+[\"“]?" + _QUAL + r"\Z",
    re.IGNORECASE)
# A second head of the same giving, after "and": "gives its dead as 527 and its wounded as 1,363".
_AND_HEAD = re.compile(r"\band\s+(?:(?:the|its|their|his|her|our)\s+(?:own\s+)?)?" + _HEAD + r"\s+" + _LINK
                       + r"\s+[\"“]?" + _QUAL + r"\Z", re.IGNORECASE)
_GIVING = re.compile(r"\b(?:give|gives|gave|given|giving|put|puts|putting|list|lists|listed|report|reports|reported|"
                     r"estimate|estimates|estimated|record|records|recorded)\s", re.IGNORECASE)
_REACH = re.compile(r"\b[A-Z][\w-]*['’]s\s+" + _TOLL_HEAD + r"\s+(?:now\s+)?(?:reach|reaches|reached|tops|topped|hits|hit|"
                    r"rises\s+to|rose\s+to|climbs\s+to|climbed\s+to|stands\s+at|stood\s+at|at)\s+" + _QUAL + r"\Z")
_PUT_DONE = re.compile(r"\b(?:put|puts|putting|estimated|estimates)\s+the\s+[\w'’-]+\s+(?P<done>[a-z]+)\b[^,;.]{0,60}?"
                       r"\s+at\s+" + _QUAL + r"\Z")
# Estimates of a toll spanning a range: "estimates of the dead still run from 200 to 3,000", with up to three words of
# whose or which dead between ("estimates of the strike's total dead range from 69 to 199").
_ESTIMATES_RUN = re.compile(r"\b(?:estimates|counts|figures|tallies)\s+of\s+(?:the\s+)?(?:(?!of\b)[\w'’-]+\s+){0,3}?"
                            r"(?:dead|death\s+toll|toll|deaths)\s+"
                            r"(?:\w+\s+)?(?:run|ran|range|ranged|ranges|vary|varied|varies|go|went)\s+from\s+" + _QUAL + r"\Z",
                            re.IGNORECASE)
_GROUP_MEASURE = {"kill": "killed", "wound": "wounded", "capture": "captured", "displace": "displaced"}
# The last word before the number (qualifiers and a quote mark aside) in every shape.
_LINKS = frozenset("as at reach reaches reached tops topped hits hit to nearer from".split())
_MEASURE = {"dead": "killed", "toll": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded",
            "strength": "forces"}


# A headline's competing tolls listed after the noun: "Ngarbuh's dead - five, 13, 21 or 32?", "Gaza's toll: 40 or 400?".
_LISTED = re.compile(r"\b[A-Z][\w-]*['’]s\s+" + _TOLL_HEAD + r"\s*(?:[-–—:]\s*)(?:[\w.]+,?\s+(?:or\s+|and\s+)?){0,6}\Z")
_LIST_ENDS = frozenset(",?;")  # what may follow a number of the list (or " or", " and", the end of the sentence)


def toll_listed(text: str, lo: int, k: int) -> tuple[str, str] | None:
    """("killed", "people") for a number of a list of tolls after a possessive owner's "dead" or "toll" and a dash or a
    colon ("Ngarbuh's dead - five, 13, 21, 23 or 32?": one toll per number, each in the list), else None."""
    window = text[max(lo, k - 80) : k]
    if "'s" not in window and "’s" not in window or not any(c in window for c in "-–—:"):
        return None
    m = _LISTED.search(window)
    if m is None or not all(w[:1].isdigit() or w.isalpha() and w.islower() for w in window[m.end("head"):].replace(
            ",", " ").split()[1:]):
        return None
    end = text.find(" ", k)  # (the number's own end is not known here: the next blank)
    after = text[k:end if end >= 0 else len(text)].rstrip()
    return ("killed", "people") if after[-1:] in _LIST_ENDS or after[-1:].isalnum() else None


def toll_given(text: str, lo: int, k: int) -> tuple[str, str] | None:
    """(measure, subject) of a count at `k` given as a toll's or a force's figure (the module's
    docstring), or None; `lo` is where the sentence starts."""
    last = text[max(lo, k - 32) : k].replace('"', " ").replace("“", " ").split()
    while last and last[-1] not in _LINKS and last[-1].lower() in QUALIFIER_WORD_SET:
        last.pop()  # ("as \"at least 97", "at more than 60,000")
    if not last or last[-1] not in _LINKS:
        return toll_listed(text, lo, k)  # (the cheap test: every shape above ends in one of these words)
    window = text[max(lo, k - 90) : k]
    if last[-1] == "from":
        return ("killed", "people") if _ESTIMATES_RUN.search(window) else None
    m = _GIVEN.search(window) or _REACH.search(window)
    if m is None and " and " in window and (m := _AND_HEAD.search(window)) is not None and not _GIVING.search(
            window, 0, m.start()):
        m = None  # ("and its wounded as 1,363" needs a verb of giving before it)
    if m is None:
        done = _PUT_DONE.search(window) if " at " in window else None
        measure = _GROUP_MEASURE.get(lexicon().verb_group.get(done.group("done"), "")) if done else None
        return (measure, "people") if measure else None
    head = m.group("head").split()[-1].lower()
    measure = _MEASURE[head]
    return measure, "troops" if measure == "forces" else "people"
