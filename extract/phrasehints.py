"""What the phrase reader (extract/phrase.py) left unsaid about a number, read from the words around it
(extract/classify.py asks `read_hints` after the phrase is read; it may set the phrase's class, subject and verb):

- a group of armed men whose size is given as "N strong": "Our patrol was about 40 strong when it set out",
  "a rebel column some 300 strong crossed the river", "the convoy, 60 strong, reached the town". "strong" right
  after the number, and a noun of a group of armed men ([cues] force_groups of assets/lexicons/claims.toml) before
  it in the clause (no other number between), make it a force's size. A crowd "5,000 strong" or a union "40,000
  strong" names no such group and is left alone;
- people "recovered" or "found" where the sentence speaks of their bodies: "Her body was among the 27 exhumed from
  a pit", "the remains of a further 12 were found in the well" count the dead. People recovered with no word
  of their bodies ("police recovered 12 children") are no death count, and things recovered stay seized;
- weapons "found" in a search, a raid or a cache ([cues] search): "officers searching the garage uncovered 20
  detonators and three pistols", "troops raiding the camp discovered 40 mortar rounds" are seized. "Found" is no verb
  of the lexicon: "Fifteen were found along the road" must stay the people counted before;
- people wounded who then died: "nine were badly hurt and later succumbed to their wounds", "were
  wounded and later died in hospital" are dead (not "were wounded and two later died": another number);
- who the people counted were, told at the end of the sentence: "nine people had died, all of them civilians",
  "the dead numbered five by Monday, all civilians" (when the number's own noun does not say, and no tag of people
  speaking stands between: in "12 people were killed, said the local fighters, all of them rebels" the rebels
  spoke; "according to the hospital, all of them civilians" still names the dead);
- armed men who cross a river, a border or a frontier are a force on the move, not people displaced: "about 300
  troops crossed the river", "fighters numbering 500 crossed into Chad" are forces (the lexicon's crossing phrases
  are verbs of flight, right for civilians: "2,000 villagers crossed the border" stay displaced);
- things listed after "the bodies of": "police recovered the bodies of two officers and 12 rifles" - the rifles
  are no bodies, they were recovered with them (seized), not destroyed by the verb of death "bodies of" ("the
  remains of two tanks" is their wreckage, and stays destroyed);
- the lexicon's verbs "held by" and "in hospital" ([verbs] hold, hospital) only after the people they befall: "40
  soldiers are held by the militia", "22 soldiers are in hospital". Before the number they name the holders or a
  place ("the town, held by some 3,000 rebels", "in the hospital, 30 soldiers guard the gates"), and people in
  hospital are wounded only in a report of a war or for wounds ("20 people were in hospital with food poisoning"
  after a wedding are not);
- people carried off by air or sea ([cues] evacuation: "airlifted", "took off") are displaced only in a report of a
  war, after the verb ("the frigate took off another 110") or, before a passive one, taken away from a place ("300
  civilians were airlifted out of the besieged city", "486 people taken off Guadalcanal"): not "40 people took off
  their shoes", "5,000 workers were taken off the payroll", "30 workers were ferried out to the rig".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.forceframes import owned_group_before
from extract.numwords import NUMBER_WORDS
from extract.phrase import Phrase
from extract.phraseparts import noun_numbering, wounds_after
from extract.records import Quantity
from extract.triggers import ARMED, HUMAN, last_cue_before, lexicon, names_a_war, norm

_STRONG = re.compile(r"\s*,?\s+strong\b(?!\s*-)", re.IGNORECASE)
_WINDOW = 60  # characters read back for the group's noun
_BREAK = re.compile(r"[.;:!?]|\d")  # no other number nor sentence break between the group and its size
_BODY_WORDS = frozenset({"body", "bodies", "remains", "corpse", "corpses"})  # (the test of the sentence's words first)
_PEOPLE = (None, "people")  # a number with no noun, or of people
_ARMS = frozenset({"weapon", "munition", "ordnance", "equipment"})  # classes of things a search may find
_FOUND_BEFORE = re.compile(r"\b(?:found|find|finds|finding|uncovered|discovered|unearthed)\s+(?:[\w,'’-]+\s+){0,8}?\Z",
                           re.IGNORECASE)
# The verb of finding after the number (the lexicon's "recover" and "find" give no measure for people, so the
# phrase reader leaves such a number without a verb).
_FOUND_AFTER = re.compile(r"\s+(?:(?:more|others|people|victims)\s+)?(?:(?:were|was|had\s+been|have\s+been|has\s+been|"
                          r"being|so\s+far|since)\s+)*(?:recovered|found|exhumed|unearthed|retrieved|dug\s+up|pulled)\b",
                          re.IGNORECASE)


_THEN_DIED = re.compile(r"[^,;.\d]{0,30}?\s(?:and|but)\s+(?:had\s+|have\s+|has\s+)?(?:later\s+|subsequently\s+|since\s+|then\s+|"
                        r"afterwards\s+|eventually\s+)?(?:succumbed|died)\b", re.IGNORECASE)
_DEATH_WORDS = frozenset({"succumbed", "died"})
_ALL_OF_THEM = re.compile(r",\s*(?:all|both)\s+(?:of\s+them\s+|of\s+whom\s+were\s+|were\s+)?([\w-]+(?:\s+[\w-]+)?)"
                          r"\s*[.;!]?[\"”’]?\s*\Z", re.IGNORECASE)
_OTHER_COUNT = re.compile(r"[;\d]|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# A speaker's tag between the number and ", all of them X": X then tells who the speakers were.
_SAID_BETWEEN = re.compile(r"\b(?:said|says|say|told|tells|added|according\s+to|reported|claimed|stated|quoted)\b",
                           re.IGNORECASE)
_WHO_UNSAID = (None, "people", "toll")  # classes whose noun says nothing of who was counted
_CROSS_WORDS = frozenset({"cross", "crosses", "crossed", "crossing"})  # the lexicon's crossing phrases hold one
_DEAD_BODIES = ("bodies", "corpses")  # the verb of death "bodies of" (not "the remains of two tanks": their wreckage)
_LISTED = re.compile(r",|\band\b")  # the thing is a later item of the list the verb opens


def read_hints(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> None:
    """Set `ph` for a force's size given as "N strong" (fighters, verb deploy), bodies recovered (verb kill),
    weapons found in a search (verb capture), people wounded who then died (verb kill), and people said at the
    end of the sentence to be "all of them civilians" (subject and owner class). `words`: the sentence's words
    (extract/wordset.py). Drops a verb "held by" or "in hospital" standing before the number, or people in hospital
    for no wound in no war (`_placed_not_harmed`), and a verb of carrying off that is no evacuation
    (`_carried_away`)."""
    if ph.verb in _PLACED and _placed_not_harmed(ctx, ph) or ph.verb == "move" and ph.cls in _EVACUEES and (
            not _carried_away(ctx, ph)):
        ph.verb = None
    if ph.verb == "wound" and ph.verb_side == "right" and not _DEATH_WORDS.isdisjoint(words) and _THEN_DIED.match(
            ctx.text, ph.verb_start, ctx.end):
        ph.verb = "kill"
    if ph.cls in _WHO_UNSAID and ("all" in words or "both" in words):
        _who_they_all_were(ctx, q, ph)
    if ph.cls is None and "strong" in words and force_strength(ctx, q, words):
        ph.cls, ph.subject, ph.verb, ph.verb_side, ph.verb_start = "fighter", "troops", "deploy", "right", q.char_end
    elif not _BODY_WORDS.isdisjoint(words) and bodies_recovered(ctx, q, ph):
        ph.verb, ph.verb_side, ph.verb_start = "kill", "right", q.char_end
    elif ph.cls in _ARMS and ph.verb in (None, "deploy") and found_in_search(ctx, q, words):
        ph.verb, ph.verb_side, ph.verb_start = "capture", "left", ctx.start
    if ph.verb == "displace" and ph.cls is None and "numb" in ctx.text[max(ctx.start, q.char_start - 24):q.char_start]:
        got = noun_numbering(lexicon(), ctx.text, ctx.start, q.char_start)  # "The gunmen, believed to number 200,
        if got is not None:  # fled": the gunmen flee (flight, whoever flees, as "Troops numbering 300 fled"), not
            ph.cls, ph.subject = got  # civilians
    if ph.verb == "displace" and not _CROSS_WORDS.isdisjoint(words):
        _armed_crossing(ctx, q, ph)
    elif ph.verb == "kill" and ph.cls in _ARMS and ph.verb_side == "left" and not _BODY_WORDS.isdisjoint(words) and (
            ctx.text[ph.verb_start : ph.verb_start + 8].lower().startswith(_DEAD_BODIES)) and _LISTED.search(
            ctx.text, ph.verb_start, q.char_start):
        ph.verb = "recover"  # "recovered the bodies of two officers and 12 rifles": the rifles were recovered


def _armed_crossing(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Make armed men whose verb is a crossing ("crossed the river", "crossed into") a force on the move (verb
    "move"): their own noun ("300 troops crossed"), or one a verb of counting joins to the number ("troops
    numbering 300 crossed")."""
    if not ctx.text[ph.verb_start : ph.verb_start + 5].lower().startswith("cross"):
        return  # "fled into", "took refuge": flight, whoever flees
    if ph.cls is None and "numb" in ctx.text[max(ctx.start, q.char_start - 16) : q.char_start]:
        got = noun_numbering(lexicon(), ctx.text, ctx.start, q.char_start)
        if got is not None and got[0] in ARMED:
            ph.cls, ph.subject = got
    if ph.cls in ARMED:
        ph.verb = "move"


_PLACED = frozenset({"hold", "hospital"})  # verb groups of a state people are in, not a deed done to them
_WITH = re.compile(r"\s+with\b", re.IGNORECASE)  # ("in hospital with food poisoning")


def _placed_not_harmed(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether the verb "held by"/"in hospital" of `ph` says nothing of harm: it stands before the number (the holders,
    a place), or the people are in hospital with no wounds named and either no war named or another cause told
    ("with food poisoning")."""
    if ph.verb_side != "right":
        return True
    if ph.verb != "hospital":
        return False
    m = lexicon().verb_re.match(ctx.text, ph.verb_start, ctx.end)
    end = m.end() if m else ph.verb_start
    if wounds_after(ctx.text, end, ctx.end):
        return False
    return _WITH.match(ctx.text, end, ctx.end) is not None or not names_a_war(ctx.text)


_EVACUEES = (None, "people", "civilian", "displaced", "population", "medical", "third_party")  # not a force moved
# Away from a place after a passive verb of carrying: "out of" or "from" anything, "off" a name or a noun of a place
# ("off Guadalcanal", "off the island"; not "off the payroll": `_off_a_place`).
_AWAY = re.compile(r"[^.;:!?]{0,60}?(?:\b(?:out\s+of|from)\s+(?:the\s+|a\s+|an\s+|their\s+)?[\w'’-]|"
                   r"\boff\s+(?:the\s+)?(?:(?P<name>[A-Z])|(?P<noun>[a-z]+)))")


def _off_a_place(m: re.Match) -> bool:
    """Whether an `_AWAY` match is away from a place: not "off" a noun that is no place ([cues] moving_out_of,
    evacuated_off)."""
    noun = m.group("noun")
    cues = lexicon().cues
    return noun is None or bool(cues["moving_out_of"].fullmatch(noun) or cues["evacuated_off"].fullmatch(noun))


def _carried_away(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether the verb of moving at `ph.verb_start` is no verb of evacuation ([cues] evacuation), or, in a report of
    a war, it stands before the number ("took off another 110"), or after it, passive, with the people taken away from
    a place ("486 people taken off Guadalcanal", "were airlifted out of the besieged city")."""
    lex = lexicon()
    m = lex.cues["evacuation"].match(ctx.text, ph.verb_start, ctx.end)
    if m is None:
        return True
    if not names_a_war(ctx.text):
        return False
    if ph.verb_side == "left":
        return True
    if lex.cues["evacuation_active"].fullmatch(m.group(0)) is not None:
        return False  # ("Some 200 people flew out to Madrid", "40 people took off their shoes")
    away = _AWAY.match(ctx.text, m.start(), ctx.end)
    return away is not None and _off_a_place(away)


def _who_they_all_were(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Take the noun of a closing ", all of them civilians" as the subject, its class as the owner's (the side)."""
    m = _ALL_OF_THEM.search(ctx.text, q.char_end, ctx.end)
    if m is None or _OTHER_COUNT.search(ctx.text, q.char_end, m.start()):
        return  # ("30 people were arrested; the dead numbered five, all of them civilians": the five only)
    if _people_speak_between(ctx.text, q.char_end, m.start()):
        return  # ("12 people were killed, said the local fighters, all of them rebels": the speakers, not the dead)
    lex = lexicon()
    got = lex.noun_class.get(norm(m.group(1)))
    if got is not None and got[0] not in ("toll", "injury"):
        ph.owner_cls, ph.subject = got


def _people_speak_between(text: str, start: int, end: int) -> bool:
    """Whether a speaker's tag between the number and ", all of them X" names people ("said the local fighters",
    "according to medics at the clinic"): "all of them" may then be those speakers. A body or one person as speaker
    ("according to Queen Elizabeth II Hospital", "said the mayor") leaves it the count's."""
    tag = _SAID_BETWEEN.search(text, start, end)
    if tag is None:
        return False
    lex = lexicon()
    for noun in lex.noun_re.finditer(text, tag.end(), end):
        got = lex.noun_class.get(norm(noun.group(0)))
        if got is not None and got[0] in HUMAN and got[0] not in ("toll", "injury"):
            return True
    return False


def found_in_search(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the sentence speaks of a search, raid or cache and a verb of finding stands before the number
    (at most eight words between: "found a further 20 detonators and three pistols")."""
    keys = lexicon().keys["cue:search"]
    if keys is not None and keys.isdisjoint(words):
        return False
    return bool(_FOUND_BEFORE.search(ctx.text, max(ctx.start, q.char_start - 80), q.char_start))


def force_strength(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the number is followed by "strong" and a noun of an armed group stands before it in the clause."""
    if not _STRONG.match(ctx.text, q.char_end, ctx.end):
        return False
    text, k = ctx.text, q.char_start
    last = last_cue_before("force_groups", words, text, max(ctx.start, k - _WINDOW), k)
    if last is None:  # "Colonel Siilasvuo's Finns, never more than 11,500 strong" (extract/forceframes.py)
        return owned_group_before(text, ctx.start, k)
    return not _BREAK.search(text, last.end(), k) and not _named_body(text, last)


_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+\Z")


def _named_body(text: str, group: re.Match) -> bool:
    """Whether the group's noun is one that also ends the name of a civilian body ([cues] force_groups_named) and a
    capitalised word stands right before it: "The Salvation Army, 1,500 strong" (not "the rebel army")."""
    if lexicon().cues["force_groups_named"].fullmatch(group.group(0)) is None:
        return False
    name = _NAME_BEFORE.search(text, max(0, group.start() - 30), group.start())
    if name is None or text[max(0, group.start() - 4) : group.start()].lower().endswith("the "):
        return False
    lo = max(0, group.start() - 40)  # a state's army by its name: "the Czechoslovak People's Army" ([cues] army_name_words)
    return not (lexicon().cues["army_name_words"].search(text, lo, group.start()) or _DEMONYM.search(text, lo, group.start()))


_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:ian|ese|ish|vak|ch)\b(?=[^,.;]*\Z)")  # ("Czechoslovak", "Norwegian", "French")


def bodies_recovered(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """Whether what the number counts is people or nothing named, a verb of finding follows it, and a word of
    bodies stands before the number in the sentence."""
    if ph.verb is not None or ph.cls not in _PEOPLE or not _FOUND_AFTER.match(ctx.text, q.char_end, ctx.end):
        return False
    before = ctx.text[ctx.start : q.char_start].lower()
    return any(w in before for w in _BODY_WORDS)
