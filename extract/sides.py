"""Whose people, equipment or resources a number counts (the `side` of a claim).

Rules (../shared/gold/GUIDELINES.md, "Side"):
1. a side named on the counted noun wins: "three regime tanks", "40 Syrian troops", "4000 SDF troops";
2. civilians, refugees, residents, medical staff and civilian facilities are `civilian`;
   UN staff and third parties `unknown`; a rate is `unknown`; funding goes to the recipient;
3. unidentified people killed or wounded in a bombing of a populated area are `civilian` (extract/bombedarea.py);
4. munitions belong to whoever uses them (the actor of the sentence, or of the passage);
5. equipment or people taken, destroyed or killed by a named actor belong to the actor's opponent
   ("Rebels destroyed 9 tanks" -> regime); a passive report ("2 tanks destroyed") belongs to the
   side the passage is about; forces belong to the side named with them.
Side names, their opponents and the munitions whose user is known are in assets/lexicons/claims.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.entryscope import opens_timed_entry
from extract.context import SentenceContext
from extract.bombedarea import atrocity_told, bombing_of_populated_area
from extract.civiliantarget import victims_of_civilian_target, victims_of_crowd_fire, victims_of_mob_attack
from extract.civilianwords import (MOSTLY_CIVILIANS, NATIONALS_AMONG, NOT_ALL_BYSTANDERS, NOT_BYSTANDERS, apposed_civilians,
                                   armed_in_spelt_list, crew_of_passengers, of_a_named_unit, on_a_passenger_flight,
                                   set_apart_from_civilians)
from extract.crackdown import held_in_crackdown
from extract.jointforce import joined_with_another
from extract.recipient import recipient as _recipient
from extract.records import Quantity
from extract.statemen import (NATIONALITY, agent_of, at_military_post, cannot_own, home_state, named_as_place,
                              named_owner, owner_told, speakers_own, state_property, unit_told_before)
from extract.triggers import (ARMED, Mention, closing_table, find_sides, in_theatre, is_subject_like, last_cue_before,
                              lexicon, people_noun_at, side_mentions, theatre_side)
from extract.wordset import folded, words_of

_CIVILIAN_CLASSES = frozenset({"civilian", "displaced", "population", "medical", "civil_facility", "demonym",
                               "settlement"})
_UNIDENTIFIED = frozenset({None, "people", "toll", "injury"})
_FINITE = re.compile(r"(?:[\s\w-]{0,40}?)\s(?:has|have|had|is|are|was|were|will|would|did|does|claimed|said|"
                     r"carried|dropped|launched|fired|detonated)\b", re.IGNORECASE)
_SOME_CIVILIANS = re.compile(r"\s*,?\s*(?:including|among\s+them|of\s+whom)\s+[^,;.]{0,25}?\bcivilians?\b", re.IGNORECASE)
# A count of the clause's people of which the sentence says later that some were civilians ("19 people were killed
# in the shelling, 13 of them civilians", "57 deaths, at least 20 of them civilians"): the whole is mixed, so its side is
# unknown.
_PART_CIVILIANS = re.compile(r"[^.;:\d]{0,80}?,\s*(?:(?:at\s+least|about|some|more\s+than|over|nearly|almost)\s+)?"
                             r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                             r"twelve|a\s+dozen|dozens|scores|hundreds)\s+of\s+(?:them|whom)(?:\s+were)?\s+civilians\b",
                             re.IGNORECASE)
# A part of the count named as armed men ("169, of whom 32 were soldiers and police"): the whole is mixed.
_ARMED_PART = re.compile(r"\s*,?\s*(?:of\s+whom|including|among\s+them)\s+(?:at\s+least\s+|about\s+|some\s+)?"
                         r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
                         r"scores|hundreds)\s+(?:were\s+|are\s+)?", re.IGNORECASE)
# The same part told by its number first: "25 people were wounded, 13 of them police officers".
_ARMED_SHARE = re.compile(r"[^,.;:\d]{0,40}?,\s*(?:at\s+least\s+|about\s+|some\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|a\s+dozen|dozens)\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?",
                          re.IGNORECASE)
_PART_WORDS = frozenset({"whom", "including", "among", "them"})  # the words _ARMED_PART or _ARMED_SHARE needs
_CIVILIAN_WORDS = frozenset({"civilian", "civilians"})  # the words _SOME_CIVILIANS needs (whole, extract/wordset.py)
HOSTAGE = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?)\b", re.IGNORECASE)
_SEIZED_OR_INTERNED = re.compile(r"(?:seized|interned)\b", re.IGNORECASE)  # the verb acting on people: held as civilians


def _armed_part(ctx: SentenceContext, np_end: int) -> bool:
    """Whether a part of the count, told right after it, is named as soldiers, police or fighters ("169, of whom 32
    were soldiers", "25 people were wounded, 13 of them police officers")."""
    m = _ARMED_PART.match(ctx.text, np_end, ctx.end) or _ARMED_SHARE.match(ctx.text, np_end, ctx.end)
    got = people_noun_at(ctx.text, m.end(), ctx.end) if m else None
    return got is not None and got[0] in ARMED


# The people counted are missing: "93 people were missing", "76 people still missing", "12 remain missing".
_MISSING = re.compile(r"[^.;:,]{0,30}?\bmissing\b", re.IGNORECASE)


def _victims(ctx: SentenceContext, subject: str | None) -> bool:
    """Whether unidentified people harmed (killed, wounded, missing) in the sentence are the victims of an atrocity,
    a bombing of a populated area, an attack on a civilian target, armed men firing on a crowd or a mob's attack on
    a civilian target: civilians."""
    return (atrocity_told(ctx)  # "killed in ethnic violence", "executed", the genocide just told of
            or bombing_of_populated_area(ctx)
            or (subject != "suspects" and victims_of_civilian_target(ctx))  # (a passenger convoy, a village; not
            # "seven suspects killed themselves" after the train bombings: the bombers' own side word)
            or (subject != "men" and (victims_of_crowd_fire(ctx)  # troops fired on the crowd; not "lost 10 men"
                                      or victims_of_mob_attack(ctx))))  # a mob set fire to the church


_HELD_UNARMED = frozenset({"hostages", "detainees"})  # captives held as no side's fighters ("five detainees died")
# Third parties who are civilians when killed or wounded ("three journalists were among the dead"; claims.toml)
_HARMED_CIVILIANS = frozenset(closing_table("harmed_civilians")["subjects"])


def resolve_side(ctx: SentenceContext, q: Quantity, measure: str, cls: str | None, subject: str | None,
                 verb_side: str, *, np_end: int | None = None, verb_start: int = 0) -> str:
    """The side of the claim made by `q` (one of vocab.SIDES); Syria's sides only in a report about Syria."""
    side = _resolve_side(ctx, q, measure, cls, subject, verb_side, np_end, verb_start)
    return theatre_side(ctx.text, side) if side in lexicon().theatre_sides else side


def _resolve_side(
    ctx: SentenceContext,
    q: Quantity,
    measure: str,
    cls: str | None,
    subject: str | None,
    verb_side: str,
    np_end: int | None = None,
    verb_start: int = 0,
) -> str:
    """The side of the claim made by `q` (one of vocab.SIDES)."""
    lex = lexicon()
    if measure == "rate":
        return "unknown"
    if measure == "funding":
        return _recipient(ctx, q.char_start, q.char_end)
    np_end = max(np_end or q.char_end, q.char_end)
    if np_end > q.char_end and _may_name_side(lex, ctx.text, q.char_end, np_end):
        named = find_sides(ctx.text, q.char_end, np_end)  # (asked once: no cache)
        if named:
            return named[0].side
    own = speakers_own(ctx, q) if cls != "civilian" and "of " in ctx.text[q.char_end : q.char_end + 5] and (
        verb_side != "left" or lex.loss_re.match(ctx.text, verb_start)) else None  # ("killed 30 of their fighters": not)
    if own is not None:
        return own  # "A rebel spokesman said 12 of their men were killed" (extract/statemen.py)
    if np_end > q.char_end and "s " in ctx.text[q.char_end : np_end] and named_owner(ctx.text, q.char_end, np_end):
        return "unknown"  # "2,000 of Noriega's soldiers": an owner named, no side of ours (extract/statemen.py)
    if cls in _ARMED_CLASSES and _foreign_owner(ctx.text, q.char_end, np_end):
        return "unknown"  # "17 Ukrainian drones", "12 Houthi launchers": named, but no side of ours
    if cls == "demonym" and measure in ("killed", "wounded") and (set_apart_from_civilians(ctx, q, np_end)
                                                                   or of_a_named_unit(ctx, np_end)):
        return "unknown"  # "18 Europeans killed, and 177 African civilians killed": not all civilians; "Eighteen
        # Australians died: 17 of D Company": soldiers (civilianwords.py)
    if subject == "crew" and "passengers" in ctx.sentence and crew_of_passengers(ctx.text, q.char_start, q.char_end,
                                                                                 ctx.end):
        return "civilian"  # "243 passengers and 16 crew": a passenger craft's crew (civilianwords.py)
    if cls == "civil_facility" and np_end > q.char_end and state_property(ctx.text, q.char_end, np_end):
        return "unknown"  # "four ministry buildings were damaged": government property (extract/statemen.py)
    if cls == "civil_facility" and measure in ("damaged", "destroyed") and at_military_post(ctx):
        return "unknown"  # "At the army base, 14 buildings were damaged": a force's buildings (extract/statemen.py)
    if (cls in _CIVILIAN_CLASSES and measure != "forces") or measure == "displaced":  # children who fought: a force
        return "civilian"
    if cls in ("third_party", "peacekeeper", "captive", "homicide"):
        return "civilian" if subject in _HELD_UNARMED or (measure in ("killed", "wounded") and (
            subject in _HARMED_CIVILIANS)) else "unknown"  # hostages, journalists killed; prisoners may be troops
    if measure == "capacity":
        return _first(_sentence_mentions(ctx, q, np_end)) or "unknown"
    if (cls == "munition" and measure != "destroyed") or measure == "attacks":
        return lex.munition_user.get(subject or "") or _actor(ctx, q, np_end) or "unknown"
    if cls in _UNIDENTIFIED:
        if measure == "captured" and (HOSTAGE.search(ctx.sentence) or held_in_crackdown(ctx) or (
                verb_start and _SEIZED_OR_INTERNED.match(ctx.text, verb_start)) or victims_of_crowd_fire(ctx)):
            return "civilian"  # people kidnapped, hostages, held in a crackdown (crackdown.py), "1,200 people seized",
            # people arrested after troops fired on the crowd (civiliantarget.py)
        if measure == "captured" and "missing" in ctx.sentence and _MISSING.match(ctx.text, np_end, ctx.end):
            return "civilian" if _victims(ctx, subject) else "unknown"  # "93 people were missing" after a massacre
        if measure in ("killed", "wounded"):
            if _CIVILIAN_WORDS.isdisjoint(words_of(ctx.sentence)):
                if "children" in ctx.sentence and MOSTLY_CIVILIANS.match(ctx.text, np_end, ctx.end):
                    return "civilian"  # "51 wounded, most of them women and children" (extract/civilianwords.py)
            else:
                if "civilian" in ctx.text[q.char_end : np_end]:
                    return "unknown"  # "900 soldiers and civilians dead": civilians only among them
                if MOSTLY_CIVILIANS.match(ctx.text, np_end, ctx.end):
                    return "civilian"  # "183 people, most of them civilians"
                if _SOME_CIVILIANS.match(ctx.text, np_end, ctx.end) or _PART_CIVILIANS.match(ctx.text, np_end, ctx.end):
                    return "unknown"  # "21 people, including 9 civilians": not all of them civilians
            if not _PART_WORDS.isdisjoint(words_of(ctx.sentence)) and _armed_part(ctx, np_end):
                return "unknown"  # "a death toll of 169, of whom 32 were soldiers and police": a mixed toll
            if not NOT_BYSTANDERS.isdisjoint(words_of(ctx.sentence)) and NOT_ALL_BYSTANDERS.match(
                    ctx.text, np_end, ctx.end):
                return "unknown"  # "68 people died, many of them looters" (extract/civilianwords.py)
            if ":" in ctx.sentence and armed_in_spelt_list(ctx.text, np_end, ctx.end):
                return "unknown"  # "is 19: 17 civilians and two police officers" (extract/civilianwords.py)
            if ("citizen" in ctx.sentence or "national" in ctx.sentence) and NATIONALS_AMONG.match(
                    ctx.text, q.char_end, ctx.end):
                return "civilian"  # "8 of the dead were Turkish citizens and one a US citizen" (civilianwords.py)
            if "," in ctx.text[np_end : np_end + 2] and apposed_civilians(ctx.text, np_end, ctx.end):
                return "civilian"  # "five people, a woman and four children" (extract/civilianwords.py)
            if ("board" in ctx.sentence or "liner" in ctx.sentence or "assenger" in ctx.sentence) and (
                    on_a_passenger_flight(ctx.text, np_end, ctx.end)):
                return "civilian"  # "all 329 people on board Flight 182 were killed" (extract/civilianwords.py)
            return "civilian" if _victims(ctx, subject) else "unknown"
        return "unknown"
    # fighters, captives, equipment, military facilities, weapons
    if measure == "forces":
        besieger = _besieger(ctx, q, verb_side, verb_start, np_end)
        if besieger is not None:
            return _opponent(besieger, ctx.text)  # "the rebels besieged 400 soldiers": the army's men
        named = _sentence_mentions(ctx, q, np_end)
        if named and joined_with_another(ctx.text, named[0], named, ctx.end):
            return "unknown"  # "The United States and South Korea plan ... 8,000 personnel" (extract/jointforce.py)
        side = _first(named) or _state_owner(ctx, q) or _topic(ctx)
        return _state_mens(ctx, np_end, side) if cannot_own(side, subject) else side or "unknown"  # (statemen.py)
    by = _BY.match(ctx.text[np_end : ctx.end])
    if by:
        after = side_mentions(ctx.text, np_end + by.end(), min(ctx.end, np_end + by.end() + 40))
        if after and after[0].start == np_end + by.end():
            return _opponent(after[0].side, ctx.text)
    if measure == "seized":
        actor = _first(_sentence_mentions(ctx, q, np_end)) or _topic(ctx)
        return _opponent(actor, ctx.text) if actor else "unknown"
    if verb_side == "left":
        before = side_mentions(ctx.text, ctx.start, verb_start or q.char_start)
        subj = [m for m in before if is_subject_like(ctx.text, m, ctx.start)]
        home = home_state(ctx.text, before, subject) if before else None
        if home is not None:
            return home  # "gunmen attacked ... in Russia's Dagestan, killing 15 police officers" (statemen.py)
        if before and not subj and _ATTACK_ON.search(ctx.text, max(ctx.start, before[0].start - 30), before[0].start) and (
                not side_mentions(ctx.text, verb_start, np_end or q.char_end)):
            return before[0].side  # "Attack on USS Cole kills 17 sailors": the men of the side attacked
        if before:
            actor = (subj or before)[0].side
            owns = lex.loss_re.match(ctx.text, verb_start) if verb_start else None
            return actor if owns else _opponent(actor, ctx.text)
    side = _first(_sentence_mentions(ctx, q, np_end)) or (
        _topic(ctx, doers=True) if _attackers(ctx.text, q, np_end) else _topic(ctx)) or unit_told_before(ctx, subject)
    return _state_mens(ctx, np_end, side) if cannot_own(side, subject) else side or "unknown"  # ("... 12 soldiers died")


# An attack's target right after it: "Attack on USS Cole …", "a raid against the US base …" (the mention follows).
_ATTACK_ON = re.compile(r"\b(?:attacks?|assaults?|raids?|strikes?|bombings?|ambush(?:es)?)\s+(?:on|against)\s+"
                        r"(?:(?:the|a|an)\s+)?\Z", re.IGNORECASE)


def _attacker_words(*groups: str) -> re.Pattern[str]:
    """The nouns of armed men named by their deed (the `groups` of [attacker_nouns]), as whole words (built at
    import)."""
    table = closing_table("attacker_nouns")
    words = [w for group in groups for w in table[group]]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


_ATTACKER_WORDS = _attacker_words("items")
_DOER_WORDS = _attacker_words("items", "bombers")  # attackers and bombers: a munition's user named by the deed (_actor)
_HEDGED = re.compile(r"\b(?:whether|if)\s+(?:(?:the|an?)\s+)?\Z", re.IGNORECASE)  # "looking at whether IS was behind"


def _attackers(text: str, q: Quantity, np_end: int) -> bool:
    """Whether the number counts armed men named by their deed ("six of the attackers", "four gunmen"): the side
    the passage is about is the one they attacked, not theirs."""
    span = text[q.char_end : max(np_end, q.char_end)]
    return ("e" in span or "n" in span) and _ATTACKER_WORDS.search(span) is not None


def _state_mens(ctx: SentenceContext, np_end: int, side: str) -> str:
    """The side of the state's men where the passage's `side` cannot own them (extract/statemen.py): an owner the
    passage tells, else `side`'s opponent, unless the sentence names that opponent as the doer ("by the army")."""
    told = owner_told(ctx, np_end)
    if told is not None:
        return told
    other = _opponent(side, ctx.text)
    return "unknown" if other != "unknown" and other == agent_of(ctx, np_end) else other


_BY = re.compile(r"[^.;]{0,60}?\bby\s+(?:the\s+)?")
_SIEGE = re.compile(r"(?:besieged|trapped|encircled|surrounded|cut\s+off)\b", re.IGNORECASE)


def _besieger(ctx: SentenceContext, q: Quantity, verb_side: str, verb_start: int, np_end: int) -> str | None:
    """The side that besieges, traps or surrounds the force counted ("the rebels besieged 400 soldiers", "400
    soldiers were trapped by the rebels"), else None: the force is its opponent's, not the actor's."""
    text = ctx.text
    if not verb_start or not _SIEGE.match(text, verb_start):
        return None
    if verb_side == "left":
        before = side_mentions(text, ctx.start, verb_start)
        subj = [m for m in before if is_subject_like(text, m, ctx.start)]
        return (subj or before)[0].side if before else None
    by = _BY.match(text, verb_start, ctx.end)
    after = side_mentions(text, by.end(), min(ctx.end, by.end() + 40)) if by else []
    return after[0].side if after and by is not None and after[0].start == by.end() else None


def _may_name_side(lex, text: str, start: int, end: int) -> bool:
    """False only when `find_sides(text, start, end)` finds nothing: no side name matches in the stretch
    and no key word of a case-sensitive name stands in it (the test before find_sides on the words
    counted, most of which name no side; tests/test_classify_shortcuts.py)."""
    fast = lex.folded_re["side"]
    if fast is None or fast.search(folded(text), start, end):
        return True
    span = text[start:end]
    for head in lex.side_cs_heads:
        if head in span:
            return True
    return False


_ARMED_CLASSES = frozenset({"fighter", "equipment", "weapon", "munition", "military_facility"})


def _foreign_owner(text: str, start: int, end: int) -> bool:
    """A nationality word that names no side of ours on a lower-case counted noun ("320 Sudanese army soldiers")."""
    span = text[start:end]
    if span.islower():
        return False  # no capital: no nationality word
    words = span.split()
    if not words or not words[-1][:1].islower():
        return False  # a title-case headline says nothing by its capitals
    lex = lexicon()
    for m in NATIONALITY.finditer(span):
        word = m.group(0).lower()
        if word not in lex.side_of and not lex.theatre_re.fullmatch(word):
            return True
    return False


def _opponent(side: str, text: str) -> str:
    """The main opponent of a side in Syria's war ([sides.opponent]); outside Syria only when the report names
    that opponent ("US jets shot down 18 drones" over the Red Sea are not Islamic State's; in Mosul they are)."""
    other = lexicon().opponent.get(side, "unknown")
    return other if other == "unknown" or in_theatre(text) or other in sides_named(text) else "unknown"


@lru_cache(maxsize=16)  # pure on the document; asked again for each of its numbers that needs it
def sides_named(text: str) -> frozenset[str]:
    """The sides a document names anywhere (asked for few numbers: the opponent of an actor outside Syria,
    forces or arrests where no war is named)."""
    return frozenset(m.side for m in find_sides(text, 0, len(text)))


def _first(mentions: list[Mention]) -> str | None:
    return mentions[0].side if mentions else None


def _sentence_mentions(ctx: SentenceContext, q: Quantity, np_end: int) -> list[Mention]:
    """Sides named in the sentence outside the counted noun phrase."""
    return [m for m in side_mentions(ctx.text, ctx.start, ctx.end) if m.end <= q.char_start or m.start >= np_end]


# What joins a state named as a force's owner to its size: "the government's 12,000 troops", "the army has some
# 8,000 soldiers", "the junta deployed about 3,000 troops".
_OWNER_LINK = re.compile(r"(?:['’]s|\s+(?:now\s+|still\s+)?(?:has|have|had|deployed|deploys|sent|sends|stationed|"
                         r"maintains|keeps|kept|fields|fielded|amassed|massed))\s+(?:(?:some|about|around|nearly|"
                         r"almost|roughly|more\s+than|over|up\s+to|at\s+least|an\s+estimated|another|a\s+further)"
                         r"\s+)*\Z", re.IGNORECASE)


def _state_owner(ctx: SentenceContext, q: Quantity) -> str | None:
    """The government's side (regime) for a force whose owner, just before the number, is the state named by no
    side word ([cues] state_owner: "The government has 12,000 troops", "the army's 8,000 soldiers"): not the side
    the passage is about, which in a report of a rebellion is the rebels'. None when no such owner stands there."""
    last = last_cue_before("state_owner", words_of(ctx.sentence), ctx.text, max(ctx.start, q.char_start - 60),
                           q.char_start)
    return "regime" if last is not None and _OWNER_LINK.match(ctx.text, last.end(), q.char_start) else None


def _topic(ctx: SentenceContext, back: int = 3, doers: bool = False) -> str | None:
    """The side the passage is about: the first side acting in the nearest earlier sentence naming one, within the
    timed entry of a live page. With
    `doers`, for armed men named by their deed ("six of the attackers"), a state named only as the place of the
    attack is not theirs ("gunmen attacked ... in Russia's Dagestan": extract/statemen.py)."""
    for off in range(1, back + 1):
        i = ctx.index - off
        if i < 0 or opens_timed_entry(ctx.text, ctx.sentences[i + 1][0]):
            break  # (an earlier entry of a live page is another story: extract/entryscope.py)
        s, e = ctx.sentences[i]
        mentions = side_mentions(ctx.text, s, e)
        if doers:
            mentions = [m for m in mentions if not named_as_place(ctx.text, m)]
        if mentions:
            subj = [m for m in mentions if is_subject_like(ctx.text, m, s)]
            return (subj or mentions)[0].side
    return None


def _actor(ctx: SentenceContext, q: Quantity, np_end: int) -> str | None:
    """Who used a munition: a side named before the number ("the Syrian air force dropped 24 barrel
    bombs", "an insurgent attack with 40 tons"), else the subject of the clause after it ("despite
    thousands of bombings, the regime campaign has ..."), else the side the passage is about."""
    before = side_mentions(ctx.text, ctx.start, q.char_start)
    if before:
        subj = [m for m in before if is_subject_like(ctx.text, m, ctx.start)]
        if not subj and _DOER_WORDS.search(ctx.text, ctx.start, before[0].start):
            return None  # "a suicide bomber drove into the US barracks and set off 9 tons": the target's side only
        return (subj or before)[0].side
    for m in side_mentions(ctx.text, np_end, ctx.end):
        if is_subject_like(ctx.text, m, ctx.start) and _FINITE.match(ctx.text, m.end, ctx.end) and not _HEDGED.search(
                ctx.text, max(ctx.start, m.start - 12), m.start):
            return m.side  # (not a side asked about: "looking at whether Islamic State militants were behind them")
    return _topic(ctx)
