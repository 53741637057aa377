"""Parts of the phrase around a number that only some numbers need (extract/phrase.py reads the rest).

- a compound noun: "civilian volunteers", "displaced families", "dead soldiers" (`compound`);
- an item of a list after one verb: "shot down 18 drones, two cruise missiles and one ballistic missile"
  (`list_verb`);
- people treated for wounds named after them: "treated 125 people for gunshot wounds" (`treated_for_wounds`);
- a people's name before a verb only people undergo: "two million Hutus fled" (`people_verb_at`);
- the verb after the noun phrase, when it is the number's and what harm it says (`right_verb`);
- "men" an army or armed group has, fields or musters: its troops (`men_under_arms`);
- "its own members" of a group that speaks of its fighters: its fighters (`own_members`);
- (people who move away in a body, or live in camps: extract/movingaway.py);
- people held or taken away by an armed actor (`held_by_armed`), or who vanished in custody (`vanished_in_custody`);
- wounds people were treated for or with (`treated_for_wounds`, `wounds_after`);
- a noun joined to the number after it by "numbering" or "totalling" (`noun_numbering`).
The words are in assets/lexicons/claims.toml ([cues] moving, camp_living, armed_holding, vanished, custody ...).
"""

from __future__ import annotations

import re

from extract.movingaway import _MOVE_AUX
from extract.tailwords import strip_fillers, verb_ending
from extract.triggers import HUMAN, lexicon, names_a_war, norm
from extract.wordset import fold
from extract.worseafter import worse_after

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


# A role told aside between the people counted and their verb: ", serving as polling staff," (a participle and "as":
# what they were doing, not what befell them; extract/phrase.py's _ASIDE holds the same alternative).
ROLE_ASIDE = r",\s*[a-z]+ing\s+as\s+[^,;.\d]{1,50},"
# Who says so, told aside between the people counted and their verb: ", police said,", ", the prosecution says,", ",
# according to the army," (a speaker of up to four words, then a verb of saying, and the closing comma): the verb
# after it is the count's own ("12 people, police said, were killed", "five of whom, the army says, were shot").
SAID_ASIDE = (r",\s*(?:according\s+to\s+[^,;.\d]{1,40}|(?:[\w'’-]+\s+){1,4}(?:says|said|say|claims|claimed|alleges|"
              r"alleged|believes|believed|insists|insisted|reports|reported|estimates|estimated))\s*,")
_WORD_ROLE_AUX = re.compile(r"[\w'’-]+\s*(?:" + ROLE_ASIDE + "|" + SAID_ASIDE
                            + r")\s*(?=(?:were|was|have|has|had|are|is|been|being)\b)", re.IGNORECASE)


def role_aside(text: str, pos: int, end: int) -> int | None:
    """Where the auxiliary starts after the word at `pos` and a role or a speaker told aside ("ten of its members,
    serving as polling staff, were killed", "five of whom, the army says, were killed": at "were"), or None."""
    m = _WORD_ROLE_AUX.match(text, pos, end) if text.find(",", pos, pos + 40) >= 0 else None
    return m.end() if m else None


_TREATED = re.compile(r"\btreat(?:ed|ing|s)?\s+$", re.IGNORECASE)
FOR_WOUNDS = re.compile(r"\s+(?:for|with)\s+(?:[\w-]+\s+(?:and\s+|or\s+)?){0,3}?(?:wounds|injuries|burns)\b", re.IGNORECASE)


def treated_for_wounds(text: str, lo: int, k: int, np_end: int, end: int) -> int | None:
    """Where "treated" starts when the people counted were treated for wounds, the wound words after them
    ("treated 125 people for gunshot and shrapnel wounds"); None otherwise (treated for an illness)."""
    stop = strip_fillers(text, lo, k)
    m = _TREATED.search(text, lo, stop + 1 if stop < k and text[stop].isspace() else stop)
    return m.start() if m and wounds_after(text, np_end, end) else None


def wounds_after(text: str, pos: int, end: int) -> bool:
    """Whether wounds that people were treated for or with are named at `pos` ("for gunshot wounds", "with
    shrapnel injuries"): wounds of weapons ([cues] weapon_wounds), or any in a report of a war (a marathon's
    injured are no claim)."""
    m = FOR_WOUNDS.match(text, pos, end)
    return m is not None and (lexicon().cues["weapon_wounds"].search(text, pos, min(end, m.end() + 40)) is not None
                              or names_a_war(text))  # ("for burns and shrapnel wounds": the weapon after the first)


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


# A singular noun of small arms is the head of its phrase only where the phrase ends after it ("one AK-47 rifle was
# recovered", "seized one pistol."); before another word it is a modifier ("recoilless rifle rounds", "rifle fire",
# "a pistol shot"), and the walk goes on to the head.
_PHRASE_ENDS = re.compile(r"[ \t\u00a0]*(?:[,;:.)!?]|$|[ \t\u00a0](?:and|or|was|were|is|are|had|has|have|from|in|on|at|"
                          r"near|with|by|during|after|before|when|while|which|that|to|of|as)\b)")


def weapon_modifier(lex, text: str, m: re.Match, key: str, end: int) -> bool:
    """Whether the noun `m` (lexicon key `key`) is a singular noun of weapons modifying the word after it."""
    if key.endswith("s") or lex.noun_class.get(key, ("",))[0] != "weapon":
        return False
    return _PHRASE_ENDS.match(text, m.end(), end) is None


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\u00a0":
        pos += 1
    return pos


_REL_OPEN = re.compile(r",\s*(?:who|which)\s[^,;]*\Z", re.IGNORECASE)  # a relative clause the number stands in


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
            FOR_WOUNDS.match(text, right_m.end(), end) or names_a_war(text)):
        return "out", right_m.start()
    if group in ("capture", "damage") and worse_after(verbs, verb_re, text, right_m.end(), end):
        return "destroy", right_m.start()  # "hit at the airbase and burned out" (extract/worseafter.py)
    return group, right_m.start()


# An army or armed group that has, fields or musters the men counted after it ("the government army had nearly
# 100,000 men", "the rebels fielded some 5,000 men", "the militia had grown to 12,000 men", "the army grew from
# 10,000 men", the rebels were "no more than 250 men"), qualifiers allowed between the verb and the number; the
# word before the verb must name an armed actor (`_armed_word`), maybe
# with an aside between ("The putschists, a spokesman countered, had numbered close to 1,500 men").
_FORCE_HAS = re.compile(r"([\w-]+)(?:\s*,[^,;.:]{3,70},)?\s+(?:(?:could|can|had|has|have|would|might|may|still|then|once|reportedly|by\s+then)\s+)*"
                        r"(?:had|has|have|fielded|fields|field|numbered|numbers|mustered|musters|muster|commanded|commands|"
                        r"command|counted|counts|boasted|boasts|boast|kept|keeps|maintained|maintains|(?:had|has|have)\s+grown\s+to|"
                        r"grew\s+(?:to|from)|swelled\s+(?:to|from)|expanded\s+(?:to|from)|(?:had|has|have)\s+swollen\s+to|"
                        r"put\s+in\s+the\s+field|were|was|are)\s+[\"“]?"
                        r"(?:(?:nearly|almost|about|around|some|roughly|approximately|more\s+than|over|up\s+to|"
                        r"at\s+least|an\s+estimated|fewer\s+than|less\s+than|close\s+to|no\s+more\s+than)\s+)?\Z", re.I)
_STATE_FORCES = frozenset({"army", "armies", "forces", "navy", "military", "troops", "junta"})


def men_under_arms(text: str, lo: int, k: int) -> str | None:
    """The subject of the "men" counted at `k` when they are an army's troops or an armed group's fighters,
    named just before the number as what has, fields or musters them: "the government army had nearly 100,000
    men" (a force, not people harmed); None otherwise ("the factory had 2,000 men", "the club fielded 11 men").
    (Men an army "lost" stay "men", as the held-out gold has them.)"""
    m = _FORCE_HAS.search(text, max(lo, k - 140), k)
    if m is None or not _armed_word(lexicon(), m.group(1)):
        return None
    return "troops" if m.group(1).lower() in _STATE_FORCES else "fighters"


_UNDER_ARMS = re.compile(r"\s+(?:under|in|at)\s+arms\b", re.IGNORECASE)


def under_arms(text: str, np_end: int, end: int) -> bool:
    """Whether the people counted are said to be "under arms" ("up to 3,000 men under arms", "5,000 people in
    arms"): a force's size, whoever has them."""
    return text.startswith((" under", " in", " at"), np_end) and _UNDER_ARMS.match(text, np_end, end) is not None


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


# --------------------------------------------------------------------------- people held


def _armed_word(lex, word: str) -> bool:
    """Whether a word names an armed actor: a fighter noun of the lexicon, a side, or an army, police or captors."""
    key = word.lower()
    got = lex.noun_class.get(key)
    return (got is not None and got[0] == "fighter") or key in lex.side_of or key in _ARMED_EXTRA


_SENT = ("sent ", "send ", "sends ", "sending ", "deployed ", "deploys ", "deploying ", "dispatched ", "mobilised ",
         "mobilized ")  # (men a side sends are its troops; "had 40 men" says nothing of war)
_TO_WAR = re.compile(r"[^\S\n]+to[^\S\n]+(?:the[^\S\n]+(?:front|war)\b|[A-Z])")
_MOVER = re.compile(r"([\w-]+)\s+(?:(?:has|have|had|now|also|then|already)\s+)*\Z", re.IGNORECASE)


def men_of_a_force_sent(lex, text: str, left: tuple[str, int], np_end: int, end: int) -> bool:
    """Whether the "men" a verb before them sends or moves (`left`: its group and start) are a force's troops: men
    sent or deployed to a country or the front in a report of a war ("Germany had sent about 5,000 men to Spain";
    not "sent 40 men to repair the line"), or men an army or armed group named just before the verb moves ("The Army
    has moved a further 500 men to Londonderry": a troop movement, no displacement)."""
    if left[0] == "deploy":
        return fold(text[left[1] : left[1] + 12]).startswith(_SENT) and _TO_WAR.match(text, np_end, end) is not None and (
            names_a_war(text))
    m = _MOVER.search(text, max(0, left[1] - 40), left[1])
    return m is not None and _armed_word(lex, m.group(1))


_ARMED_EXTRA = frozenset({"army", "armies", "military", "captors", "abductors", "junta", "regime", "taliban", "hamas",
                          "houthis", "al-shabaab", "militia", "militias", "guerrillas", "paramilitaries"})
_HOLDER = re.compile(r"([\w-]+)\s+(?:(?:is|are|was|were|has|have|had|been|still|reportedly|also|now|allegedly)\s+)*"
                     r"([a-z]+(?:\s+(?:up|away|off))?)\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least|"
                     r"more\s+than|over|up\s+to|an\s+estimated|another)\s+)?\Z", re.IGNORECASE)


def held_by_armed(lex, text: str, lo: int, k: int, takers_before: bool = False) -> int | None:
    """Where the verb starts when the people counted at `k` are held or taken away by an armed actor named just
    before the verb ([cues] armed_holding: "the militia is holding 23 aid workers", "security forces picked up 85
    men"), or by "they" when `takers_before` (the sentence before tells hostages taken: "... took hundreds of workers
    hostage. They held more than 130 foreign workers"); None otherwise ("the hotel held 200 guests", "the stadium
    can hold 40,000 fans")."""
    m = _HOLDER.search(text, max(lo, k - 60), k)
    if m is None or not lex.cues["armed_holding"].fullmatch(m.group(2)):
        return None
    if not (_armed_word(lex, m.group(1)) or takers_before and m.group(1).lower() == "they"):
        return None
    return m.start(2)


_VANISHED_GAP = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:after|since|following|in|while\s+in|during)\s+(?:(?:being|their|his|her|"
                           r"army|military|police|state|government|militia|rebel|secret)\s+)*")


def vanished_in_custody(lex, text: str, at: int, end: int) -> bool:
    """Whether the people counted before `at` vanished in custody or after arrest ([cues] vanished, custody:
    "have disappeared in army custody", "vanished after being detained"): held, not merely missing."""
    aux_m = _MOVE_AUX.match(text, at, end)
    assert aux_m is not None  # (it matches the empty string)
    v = lex.cues["vanished"].match(text, aux_m.end(), end)
    if v is None:
        return False
    gap = _VANISHED_GAP.match(text, v.end(), end)
    return gap is not None and lex.cues["custody"].match(text, gap.end(), end) is not None


# A verb of counting just before the number ("numbering", "now number"), with a rounding after it ("close to"),
# and OWN, the verb only one reader takes: `noun_numbering` reads the noun before it ("refugees counting 300"),
# `done_to_numbering` the noun and participle ("civilians killed in the shelling now total 412").
_TO_THE_NUMBER = (r"(?:(?:so\s+far|now|already|still)\s+)?(?:numbering|numbered|numbers|number|totalling|totaling|"
                  r"totalled|totaled|OWN)\s+(?:(?:nearly|almost|about|around|some|roughly|approximately|more\s+than|"
                  r"over|up\s+to|at\s+least|an\s+estimated|fewer\s+than|close\s+to|between)\s+)?\Z")
_NUMBERING = re.compile(r"([\w-]+)(?:\s+(?:in|on|inside|across|around)\s+(?:the\s+)?[\w'’-]+)?\s*,?\s+"
                        # ("the gunmen, believed to number 200", "the rebels, who number about 200")
                        r"(?:(?:who|which)\s+|(?:(?:are|were|is|was)\s+)?(?:believed|thought|said|estimated|reported|"
                        r"understood|known)\s+to\s+)?"
                        + _TO_THE_NUMBER.replace("OWN", "counting"), re.IGNORECASE)  # ("troops in the region now number")


def noun_numbering(lex, text: str, lo: int, k: int) -> tuple[str, str] | None:
    """(class, subject) of a noun of the lexicon that a verb of counting joins to the number after it:
    "troops numbering 2,500", "refugees, numbering some 30,000", "the dead now number 40", "police and army personnel
    in the province now number 2,600" (the noun stands before the number, or before a place "in the X"); "the gunmen,
    believed to number 200", "the rebels, who number about 200"."""
    m = _NUMBERING.search(text, max(lo, k - 50), k)
    return lex.noun_class.get(m.group(1).lower()) if m else None


_NUMBER_VERB = re.compile(r"\s+" + _TO_THE_NUMBER.replace("OWN", r"total|came\s+to|comes\s+to|amounted\s+to"), re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"(?:[^,;:]*[,;:]\s*)*(?:(?:the|those|all|these)\s+)?", re.IGNORECASE)


def done_to_numbering(lex, text: str, lo: int, k: int) -> tuple[str, str, str, int] | None:
    """(class, subject, verb group, verb start) of the people a participle says what befell, which a verb of
    counting joins to the number: "Families driven from their villages number close to 36,000", "civilians killed
    in the shelling now total 412", "civilians killed came to 2,400". The noun opens the clause (after a determiner), the participle follows it
    at once, and "number"/"total" stands just before the number; None otherwise ("Families number 400": no
    participle, read by `noun_numbering`)."""
    link = _NUMBER_VERB.search(text, max(lo, k - 40), k)
    if link is None:
        return None
    opening = _CLAUSE_OPEN.match(text, lo, link.start())
    assert opening is not None  # (it matches the empty string)
    a = opening.end()
    noun = lex.noun_re.match(text, a, link.start())
    got = lex.noun_class.get(norm(noun.group(0))) if noun else None
    if got is None:
        return None
    at = skip_space(text, noun.end(), link.start())
    verb = lex.verb_re.match(text, at, link.start()) if at > noun.end() else None
    group = lex.verb_group.get(norm(verb.group(0))) if verb else None
    if group is None or any(c.isdigit() for c in _YEARS.sub("", text[noun.end() : link.start()])):
        return None  # (a number between: another count; the years of the span counted, "between 1948 and 1960", are none)
    return got[0], got[1], group, at


_YEARS = re.compile(r"\b(?:between|from|in|since|during|by)\s+\d{4}(?:\s+(?:and|to|until|till)\s+\d{4})?\b")


_MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]{0,4}-\d{1,4}[A-Za-z]{0,2}s")  # "MiG-23s", "S-300s", "T-72s", "Su-25s"
_MODEL_ONE = re.compile(r"[A-Z][A-Za-z]{0,4}-\d{1,4}[A-Z]{0,2}")  # "one T-55", "one MiG-21"
_AFTER_ONE = re.compile(r"[ \t]*(?:[,;.]|[ \t](?:and|was|were|had[ \t]+been|has[ \t]+been)\b)")


def _one_model(text: str, word: str, k: int) -> bool:
    """A model in the singular counted by "one" and heading its phrase: "one T-55 was hit", "destroyed one T-72 and
    two BMPs" (not a modifier, "one T-72 position", nor one before a noun, "one MiG-21 aircraft")."""
    return (text[k : k + 4].lower() == "one " and _MODEL_ONE.fullmatch(word) is not None
            and _AFTER_ONE.match(text, k + 4 + len(word)) is not None and text.startswith(word, k + 4))


def model_plural(lex, text: str, word: str, lo: int, k: int) -> str | None:
    """The subject of a count of machines named by their model in the plural ("shot down two MiG-23s", "two
    Russian-made S-300s"): the last noun of equipment before the number in the sentence ("eight air defence
    systems, including two S-300s"), else "aircraft" after a verb of downing, else "equipment". None for a word
    that is no model's plural, nor a model in the singular after "one" ("no tank was lost; one T-55 was hit")."""
    if not _MODEL_PLURAL.fullmatch(word) and not _one_model(text, word, k):
        return None
    last = None
    for m in lex.noun_re.finditer(text, lo, k):
        got = lex.noun_class.get(norm(m.group(0)))
        if got and got[0] == "equipment":
            last = got[1]
    if last is not None:
        return last
    return "aircraft" if re.search(r"\b(?:shot|shoot|shooting|downed|downing)\b", text[max(lo, k - 30) : k]) else "equipment"


# "lost" right after a number made definite or possessed, then a plural noun it modifies: things gone, no one's loss
# ("the city's 3 lost cinemas", "the 12 lost villages of the valley"); "lost their lives", "lost limbs" stay verbs.
_LOST_THINGS = re.compile(r"lost\s+(?!(?:lives|limbs|legs|arms|hands|eyes|feet)\b)[a-z]+s\b")
_DEFINITE = re.compile(r"(?:\b(?:the|its|their|our|his|her|these|those)|\w['’]s)\s+\Z", re.IGNORECASE)


def lost_as_adjective(text: str, k: int, word_start: int, end: int) -> int | None:
    """Where the plural noun ends that the "lost" at `word_start`, right after the number at `k`, modifies
    (the counted phrase's end); None when "lost" is no adjective there."""
    m = _LOST_THINGS.match(text, word_start, end)
    return m.end() if m and _DEFINITE.search(text, max(0, k - 16), k) else None
