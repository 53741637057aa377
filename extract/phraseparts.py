"""Parts of the phrase around a number that only some numbers need (extract/phrase.py reads the rest).

- a compound noun: "civilian volunteers", "displaced families", "dead soldiers" (`compound`);
- an item of a list after one verb: "shot down 18 drones, two cruise missiles and one ballistic missile"
  (`list_verb`);
- people treated for wounds named after them: "treated 125 people for gunshot wounds" (`treated_for_wounds`);
- a people's name before a verb only people undergo: "two million Hutus fled" (`people_verb_at`);
- the verb after the noun phrase, when it is the number's and what harm it says (`right_verb`);
- "men" an army or armed group has: its troops (`men_under_arms`);
- "its own members" of a group that speaks of its fighters: its fighters (`own_members`).
"""

from __future__ import annotations

import re

from extract.tailwords import strip_fillers, verb_ending
from extract.triggers import HUMAN, names_a_war, norm
from extract.wordset import fold

# a number as it starts a counted phrase (digits or a number word)
NUMWORD = (r"(?:\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
           r"hundreds|thousands|millions)")


_LIST_ITEM = re.compile(r"\b" + NUMWORD + r"\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*,\s*\Z", re.IGNORECASE)


def list_verb(verbs: dict[str, str], text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The verb before the first of the counted items listed with commas before text[lo:hi]
    ("shot down 18 drones, two cruise missiles, ..."), and where it starts."""
    for _ in range(3):
        item = _LIST_ITEM.search(text, lo, hi)
        if item is None:
            return None
        verb = verb_ending(verbs, text, lo, item.start())
        if verb:
            return verb
        hi = item.start()
    return None


_TREATED = re.compile(r"\btreat(?:ed|ing|s)?\s+$", re.IGNORECASE)
FOR_WOUNDS = re.compile(r"\s+for\s+(?:[\w-]+\s+(?:and\s+|or\s+)?){0,3}?(?:wounds|injuries|burns)\b", re.IGNORECASE)


def treated_for_wounds(text: str, lo: int, k: int, np_end: int, end: int) -> int | None:
    """Where "treated" starts when the people counted were treated for wounds, the wound words after them
    ("treated 125 people for gunshot and shrapnel wounds"); None otherwise (treated for an illness)."""
    stop = strip_fillers(text, lo, k)
    m = _TREATED.search(text, lo, stop + 1 if stop < k and text[stop].isspace() else stop)
    return m.start() if m and FOR_WOUNDS.match(text, np_end, end) else None


def people_verb_at(lex, text: str, at: int, pos: int, end: int) -> bool:
    """Whether a verb only people undergo ([verbs_people_only], or one of killing or wounding) starts at `at`,
    after auxiliaries that follow a capitalised word ending at `pos`: then that word names the people counted
    ("two million Hutus fled", "500,000 Tutsi were killed")."""
    m = lex.verb_re.match(text, at, end) if at > pos else None
    if m is None:
        return False
    verb = norm(m.group(0))
    return verb in lex.people_only or lex.verb_group[verb] in ("kill", "wound")


def compound(lex, cls: str | None, subject: str | None, text: str, m: re.Match, key: str,
              end: int) -> tuple[re.Match, str, str | None, str | None, str | None, int]:
    """A noun modifying the noun after it: the later noun is the head ("civilian volunteers",
    "civilian deaths"). A toll noun keeps the people of its modifier as subject; a civilian
    modifier makes its head civilian (`owner_cls`). Words that are also verbs ("killed") stay verbs.
    Returns the head's match and key, the class, subject and owner class, and where the phrase ends."""
    owner_cls = None
    np_end = m.end()
    for _ in range(2):
        nxt = lex.noun_re.match(text, skip_space(text, m.end(), end), end)
        if not nxt or cls == "out":
            break
        head = norm(nxt.group(0))
        if head in lex.verb_group or head in lex.out_of_scope or head not in lex.noun_class:
            break
        first_cls, first_subject = cls, subject
        head_cls, head_subject = lex.noun_class[head]
        if head_cls in ("toll", "injury") and first_cls in HUMAN:
            cls, subject, owner_cls = head_cls, first_subject, first_cls
        elif first_cls in ("toll", "injury", "displaced") and head_cls in HUMAN:  # "260 wounded people", "displaced families"
            subject, owner_cls = head_subject, head_cls
        else:
            cls, subject = head_cls, head_subject
            if first_cls == "civilian" and head_cls in HUMAN:
                owner_cls = "civilian"
        np_end = nxt.end()
        m, key = nxt, head
    return m, key, cls, subject, owner_cls, np_end


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\u00a0":
        pos += 1
    return pos


_REL_OPEN = re.compile(r",\s*(?:who|which)\s[^,;]*\Z", re.IGNORECASE)  # a relative clause the number stands in
_WITH_WOUNDS = re.compile(r"\s+(?:with|for)\s+(?:[\w-]+\s+(?:and\s+|or\s+)?){0,3}?(?:wounds|injuries|burns)\b", re.I)


def right_verb(verbs: dict[str, str], verb_re: re.Pattern[str], text: str, ftext: str, right_m: re.Match,
                np_end: int, after_np: int, lo: int, k: int, end: int) -> tuple[str, int] | None:
    """The verb group after the noun phrase and where it starts (None: not the number's; "out": no harm).
    Not a main clause's verb after a relative clause the number stands in ('the assailants, who came in 100
    motorcycles, had burned'); "taken to hospital" with no wounds and no war is no harm; of "looted and set on
    fire", the worse harm."""
    if text.find(",", np_end, after_np) >= 0 and _REL_OPEN.search(text, lo, k):
        return None
    group = verbs[" ".join(fold(right_m.group(0)).split())]
    if group == "wound" and "hospital" in ftext[right_m.start() : right_m.end()] and not (
            _WITH_WOUNDS.match(text, right_m.end(), end) or names_a_war(text)):
        return "out", right_m.start()
    if group in ("capture", "damage") and text.startswith(" and ", right_m.end()):
        worse = verb_re.match(text, right_m.end() + 5, end)
        if worse and verbs[norm(worse.group(0))] == "destroy":
            return "destroy", right_m.start()
    return group, right_m.start()


# An army or armed group that has, fields or musters the men counted after it ("the government army had nearly
# 100,000 men", "the rebels fielded some 5,000 men"), qualifiers allowed between the verb and the number.
_FORCE_HAS = re.compile(r"\b(?:(army|armies|forces|navy)|militia|militias|rebels|guerrillas|insurgents|militants)\s+"
                        r"(?:had|has|have|fielded|fields|field|numbered|mustered|musters|commanded|commands)\s+"
                        r"(?:(?:nearly|almost|about|around|some|roughly|approximately|more\s+than|over|up\s+to|"
                        r"at\s+least|an\s+estimated|fewer\s+than|less\s+than)\s+)?\Z", re.IGNORECASE)


def men_under_arms(text: str, lo: int, k: int) -> str | None:
    """The subject of the "men" counted at `k` when they are an army's troops or an armed group's fighters,
    named just before the number as what has or fields them: "the government army had nearly 100,000 men"
    (a force, not people harmed); None otherwise."""
    m = _FORCE_HAS.search(text, max(lo, k - 60), k)
    if m is None:
        return None
    return "troops" if m.group(1) else "fighters"


_OWN_MEMBERS = re.compile(r"\s+of\s+(?:its|their)\s+own\s+(?:members|men|cadres|ranks)\b", re.IGNORECASE)
_ARMED_OWNER = re.compile(r"\b(?:its|their)\s+(?:fighters|militants|guerrillas|forces|troops|gunmen)\b", re.IGNORECASE)


def own_members(text: str, start: int, q_end: int, end: int) -> int | None:
    """Where the phrase "of its own members" after the number ends, when the sentence speaks of the same group's
    fighters ("its fighters had killed 19 soldiers ..., and six of its own members had died": the six are its
    fighters, not people of no side); None otherwise (a party's "five of its own members" voted against)."""
    m = _OWN_MEMBERS.match(text, q_end, end)
    if m is None or not _ARMED_OWNER.search(text, start, end):
        return None
    return m.end()
