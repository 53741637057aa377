"""Mentions of places that name no event's place, by the words around them (for extract/placetold.py).

- a letter's signature (extract/letters.py): the writer's town after the name on one short line of its own
  ("Manuel Tati, Lisbon"), or on its own line under the writer's name ("Manuel Tati" / "Lisbon") in a letter
  with a salutation: where the letter was written (a byline over a dateline names the story's place);
- a place that decides in a conditional aside ("ready to send 8,000 troops if Jakarta agrees", "unless Moscow
  objects"): a government acting, not a scene;
- a part of a document that a town's name spells ("listed in Annex 2", "Article 104"): a town named Annex;
- the publisher's seat on an imprint line ("Published by the Relief Office, Dakar, on Thursday");
- where a hurt person was operated on or treated ("the goalkeeper, who needed surgery in Johannesburg");
- where a message was picked up ("a police radio message picked up in Dar es Salaam"), and a capital keeping
  troops ("Moscow keeps some 5,000 troops in the district"): a listener and a government, not a scene;
- a broadcaster named by its town ("Budapest radio spoke of 12,000 dead", "Tehran television said"): a voice, not
  a scene (but "the Kabul TV station was shelled": the building is a place).

Each test starts from a cheap look at the characters next to the mention.
"""

from __future__ import annotations

import re

from extract.gazetteer import Mention
from extract.letters import signature_places
from extract.rx import guarded

# Verbs of consent or decision after a place in an "if"/"unless" clause: "if Jakarta agrees".
_DECIDES = frozenset("""agrees agreed accepts accepted approves approved allows allowed consents consented asks asked
    requests requested invites invited decides decided objects objected refuses refused signs signed says said wants
    wanted insists insisted permits permitted""".split())
_CONDITIONS = frozenset(("if", "unless", "once", "until", "provided", "whether"))
# Words a town's name may spell that name a part of a document when a number follows ("Annex 2", "Article 104").
_DOCUMENT_PARTS = frozenset("""Annex Appendix Article Chapter Clause Exhibit Figure Page Paragraph Part Protocol
    Resolution Schedule Section Table Volume""".split())
_NUMBER_AFTER = re.compile(r" (?:\d|[IVX]+\b)")
_IMPRINT = re.compile(r"(?:^|(?<=[.:]\s)|(?<=\n))(?:Published|Issued|Produced|Compiled|Prepared|Distributed)"
                      r"\s+by\s+[^.\n]{2,80},\s*$", re.MULTILINE)
_TREATED_IN = guarded(r"\b(?:surgery|surgeries|treated|treatment|operated\s+on)\s+in\s+(?:the\s+)?$")

# Where a message or a broadcast was picked up ("a police radio message picked up in Dar es Salaam", "heard in
# Nairobi", "monitored in London"): where it was heard, not where its event happened.
_HEARD_IN = guarded(r"\b(?:picked\s+up|heard|monitored|intercepted|overheard)\s+in\s+(?:the\s+)?$")
_HEARD_ENDS = tuple(w + e for w in ("up in ", "heard in ", "monitored in ", "intercepted in ") for e in ("", "the "))
# A capital keeping forces somewhere ("Moscow keeps some 5,000 troops in the district", "Paris maintains 3,000
# soldiers there"): its government acting, not a scene.
_KEEPS_FIRST = (" keeps ", " kept ", " maintains ", " maintained ", " still keeps ", " still maintains ",
                " has kept ", " has maintained ", " stations ", " has stationed ")
_KEEPS_AFTER = re.compile(r"\s+(?:still\s+|has\s+)?(?:keeps|kept|maintains|maintained|stations|stationed)\s+"
                          r"(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?[\d,.]+"
                          r"(?:\s+\w+){0,3}?"
                          r"\s+(?:troops|soldiers|police|policemen|officers|marines|forces|men|peacekeepers)\b")

# A broadcaster named after its town ("Budapest radio", "Kabul Television"), unless its building is meant.
_BROADCASTER_AFTER = (" radio", " Radio", " television", " Television", " TV")
_BUILDING_AFTER = re.compile(r"\s+(?:[Ss]tation|[Bb]uilding|[Tt]ower|[Cc]ent(?:re|er)|[Oo]ffices?|[Hh]eadquarters|"
                             r"[Cc]ompound|[Mm]ast)\b")


def aside(text: str, m: Mention) -> bool:
    """Whether a mention names no event's place by the words around it (module doc)."""
    if text.startswith(_BROADCASTER_AFTER, m.end):
        return broadcaster(text, m)
    if text.startswith(_KEEPS_FIRST, m.end) and _KEEPS_AFTER.match(text, m.end):
        return True
    before = text[m.start - 1 : m.start] if m.start else "\n"
    if (before == "\n" or text[m.start - 2 : m.start] == ", ") and signature(text, m):
        return True
    if before != " ":
        return False
    if text.startswith(" ", m.end) and text[m.start : m.end] in _DOCUMENT_PARTS and _NUMBER_AFTER.match(text, m.end):
        return True
    # (the commonest word before a place, " in ", read at once: the same word _word_before reads there)
    word = "in" if text.endswith(" in ", 0, m.start) else _word_before(text, m.start)
    if word in _CONDITIONS:
        nxt = text[m.end : m.end + 16].split()
        return bool(nxt) and nxt[0].strip(",.;") in _DECIDES
    if word == "in":
        a = m.start - 40 if m.start > 40 else 0
        if _TREATED_IN.search(text, a, m.start) or (text.endswith(_HEARD_ENDS, a, m.start)
                                                      and _HEARD_IN.search(text, a, m.start)):
            return True
    if text[m.start - 2 : m.start] == ", " and "by " in text[max(0, m.start - 90) : m.start]:
        return _IMPRINT.search(text, max(0, m.start - 110), m.start) is not None
    return False


def broadcaster(text: str, m: Mention) -> bool:
    """Whether a mention followed by a broadcaster's word ("Budapest radio", "Tehran TV") names the broadcaster
    (a voice), not its building ("the Kabul TV station"): the word must end there."""
    word = text.find(" ", m.end + 1)
    end = len(text) if word < 0 else word
    tail = text[m.end + 1 : end].rstrip(",.;:'’s")
    return tail in ("radio", "Radio", "television", "Television", "TV") and not _BUILDING_AFTER.match(text, end)


def signature(text: str, m: Mention) -> bool:
    """Whether a mention is the place a letter is signed from (extract/letters.py `signature_places`): after the
    writer's name ("Manuel Tati, Lisbon") or under it in a letter ("Manuel Tati" / "Lisbon"; not a byline)."""
    return any(a <= m.start and m.end <= b for a, b in signature_places(text))


def _word_before(text: str, start: int) -> str:
    """The word just before `start` (past one space), lower-cased; "" when none."""
    j = start - 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()
