"""A town the gazetteer lacks, named as where harm was done: "11 people were shot dead in Ballymurphy since
Monday", "killed in an exchange of fire in Ardoyne overnight" (for extract/placenames.py).

A capitalised name right after "in", "near" or "at" ("killed near Burkapal on April 24", "died at Ombuwelo"), with a word of harm a few
words before it in the same clause and, after it, a word of time, a conjunction, the clause's end or "in" and the
name of the place it lies in ("killed in an ambush at Kampung Loma in Semporna"), is the scene; so is one the
verb of harm follows at once ("11 of our neighbours in Ashdale Terrace died", "houses in Kirkgate Row were destroyed"). Not a scene: a month or a weekday ("killed in March"), a people's or a language's word ("killed in
Israeli strikes" has a noun after it anyway; "in Arabic"),
an institution or an abstraction ("died in Parliament", "in Islam"), an opening word, or a title's words (the word
of harm must be written in lower case: "30+ Killed in Airstrike"). Each " in " followed by a
capital (and each " near ") is looked at; the window before it is searched only then.
"""

from __future__ import annotations

import re

from extract.gazetteer import gazetteer
from extract.placefold import offsets_of
from extract.rx import guarded

# The harm told right after the scene, its verb behind the counted people or things: "11 of our neighbours in
# Ashdale Terrace died when ...", "Twenty houses in Kirkgate Row were destroyed".
_HARM_AFTER_BODY = (r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:died|killed|destroyed|wounded|injured"
                    r"|shot\s+dead|burned|torched|damaged)\b")
_HARM_AFTER = re.compile(_HARM_AFTER_BODY)
# (a word may open with an abbreviation and its full stop: "Barangay Sta. Rosa", "Mt. Elgon", "St. Jude"; a name
# never ends in one)
_ABBREVIATION = r"(?:(?:Sta|Sto|St|Mt|Ft|Pt)\.\s+)?"
_NAME_AT = re.compile(r"(?P<name>" + _ABBREVIATION + r"[A-Z][a-z]+(?:[ -]" + _ABBREVIATION + r"[A-Z][a-z]+)?"
                      r"(?<!\bSta)(?<!\bSto)(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bPt))(?=\s+(?:since|overnight|on|last|this|yesterday"
                      r"|today|tonight|early|late|and|after|when|as|during|before|while|earlier|later)\b|[,.;:]"
                      r"|\s+in\s+[A-Z]|" + _HARM_AFTER_BODY + ")")
# ("killed at Kampung Loma in Semporna": a village of a town named after it)
_HARM_BEFORE = guarded(r"\b(?:killed|shot(?:\s+dead)?|wounded|injured|hurt|died|dead|attacked|ambushed"
                          r"|clash(?:es|ed)?|fighting|fire|raids?|bombing|explosion|blast|massacred?|burned|torched"
                          r"|destroyed|shelled"
                          r"|shelling)\b(?:\s+[\w-]+){0,6}?\s*$")  # (lower case: "30+ Killed in Airstrike" is a title)
_NOT_SCENE = frozenset("""January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Parliament Congress Court Islam Christianity English
    French Arabic Spanish Russian German Total Brief Short Sum Addition Particular General Practice Theory Contrast
    Response Reply Return Turn Fact Truth Summary Conclusion Retaliation God Government Senate Council Private Public
    Person Time Spring Summer Autumn Winter Fall Custody Detention Hospital Prison Jail Action Combat Battle Service
    Office Power Control Charge Command Operation Hand Part Total The A An Some All Each Christmas Easter Ramadan Eid
    Mass Dawn Night Noon Midnight Sea Home Work School Church Mosque""".split())
_PEOPLES_END = ("ian", "ese", "ish", "ic", "i", "ean", "an")


def harm_scenes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each name this module's doc sets as the scene of harm."""
    out = []
    for i, j in _after_preposition(text):
        u = _NAME_AT.match(text, j)
        if u is None:
            continue
        name = u.group("name")
        if any(w in _NOT_SCENE for w in name.replace("-", " ").split()) or name.endswith(_PEOPLES_END):
            continue
        a = i - 70 if i > 70 else 0
        window = text[a : i]
        cut = max(window.rfind("."), window.rfind(";"), window.rfind("\n"))
        harm = _HARM_AFTER.match(text, u.end("name")) is not None or _HARM_BEFORE.search(window[cut + 1 :])
        if harm and not gazetteer().mentions(name):
            out.append((j, u.end("name"), "village"))  # (a known place is the gazetteer's, with its own rules)
    return out


def _after_preposition(text: str) -> list[tuple[int, int]]:
    """(offset of the space before, offset of the name) after each " in " and " near " that a capital A-Z follows
    ("shot dead near Burkapal on Monday": a place near which harm was done is named as the scene, as one in which
    it was; and " at ": "killed in an ambush at Ombuwelo."). Only those can start a name (_NAME_AT opens with [A-Z]); one scan, each space tested in place."""
    return [(m.start(), m.end()) for m in _PREPOSITION_CAPITAL.finditer(text)]


# " in " or " near " with the capital after it looked at, not taken (a match ends where the name starts).
_PREPOSITION_CAPITAL = re.compile(r" (?:in|near|at) (?=[A-Z])")


def after_preposition_long_way(text: str) -> list[tuple[int, int]]:
    """_after_preposition as first written: every " in " and " near " (tests compare the two on generated text;
    those without a capital A-Z after them start no name)."""
    return sorted([(i, i + 4) for i in offsets_of(text, " in ")] + [(i, i + 6) for i in offsets_of(text, " near ")]
                  + [(i, i + 4) for i in offsets_of(text, " at ")])
