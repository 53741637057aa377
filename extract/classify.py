"""Measure, subject and side of a number, from the words around it.

The rules read the noun the number counts ("40 Syrian troops", "dozens of
tanks"), the verb acting on it ("killing 40", "40 were killed", "the capture of
20 tanks", "took two gas fields") and the sides named near it. All the words
live in assets/lexicons/claims.toml (see extract/triggers.py); this module holds
only the rules, which follow ../shared/gold/GUIDELINES.md:

- no noun and no verb that make it a count of the conflict -> not a claim (None);
- the verb decides the measure for the kind of thing counted (people are
  killed/wounded/captured/displaced; equipment and facilities are destroyed,
  damaged or seized; munitions make attacks; troops and weapons held are forces);
- with no verb, the kind of thing decides (extract/measures.py: refugees are displaced, troops and
  weapons are forces, barrel bombs are attacks, "only 35 doctors" is capacity);
- people held with no verb of the lexicon saying so ("held in a camp without trial", "disappeared in army
  custody", "the militia is holding 23 aid workers", "38 soldiers as prisoners of war") are captured; people
  "missing and feared dead" are killed; people who "are missing" after a war's violence are captured, those
  missing somewhere ("in the reeds") or "unaccounted for" are no claim (extract/missingheld.py);
- money is funding only when it pays for aid, arms or war; a ratio or percentage
  is a rate only when a currency is named; percentages of lost production or of
  people reached by aid are capacity;
- side: a side named on the counted noun wins ("three regime tanks"); civilians,
  refugees and civilian facilities are civilian; unidentified people killed in a
  bombing of a populated area are civilian; equipment taken or destroyed by a
  named actor belongs to the actor's opponent; otherwise the side the passage is
  about, or unknown.

Numbers that count no harm done (goals, the whole of a part, peacetime forces) are told by extract/nonclaims.py;
a number that is a part, more, or a restatement of another count ("including 5 children", "and 40 wounded",
"put the figure at 1,000") by extract/partof.py (with the words of extract/anaphora.py); money, ratios
and percentages by extract/money.py. Rows of a table under a heading of harm (extract/headrows.py), counts with the
counter's own verb (extract/countedby.py), "such cases" (extract/suchcases.py), a bare number's own verb of things
(extract/thingverbs.py), a script's notes of pictures (extract/picturenotes.py), mine accidents in a report of
landmines (extract/mineaccidents.py), a side's toll put at a number (extract/numberof.py), men a country mobilised
(extract/mobilised.py), a part named by its predicate (extract/ofthese.py), people held with no verb
(extract/heldpeople.py), verbs split around the count ("hacked 23 villagers to death", "led 40 pupils to safety":
extract/splitverbs.py), tolls, sport and works of peacetime (extract/peacetolls.py) and late readings of the phrase
(extract/rereads.py) are their modules' too; so is the last step, from a measure to the subject and side
(extract/kindends.py). The first gates, which settle a number before its phrase is read (a conditional, a
callsign, a population, an age, a disaster's toll, a sum of money), are extract/ruledout.py's.

For speed, a search for words the sentence does not hold is skipped: extract/wordset.py keeps the
set of the sentence's words (tests/test_classify_shortcuts.py checks each such test against its
pattern). A rule whose first test asks for words of the sentence is not called at all where the sentence holds none
of them: extract/classgates.py works out once per sentence which rules the sentence opens (one table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.anaphora import COUNT_WORDS, MORE_AFTER
from extract.context import SentenceContext
from extract.measures import (bare_held, default_measure, force_under_siege, own_harm_of_part,
                              returned_prisoners)
from extract.kindmemo import MAX_DEPTH, asked_again
from extract.kindends import kind_of_measure, owned_toll
from extract.kindafter import SETTLED_SUBJECTS, settled_kind
from extract.countedby import counted_by
from extract.headrows import heading_row
from extract.ofthese import part_by_predicate
from extract.rereads import reread
from extract.rx import guarded
from extract.splitverbs import to_an_end, to_safety
from extract.heldpeople import held_without_verb
from extract.hospitalkept import kept_in_hospital
from extract.otherverbs import missing_or_gone, verbs_elsewhere
from extract.countrates import event_or_figure
from extract.amongthem import force_among
from extract.aircraftraids import aircraft_attacking
from extract.agents import doers_of_harm
from extract.armedcounts import PART_GATE as _PART_GATE, part_of_a_force, read_armed
from extract.verblabels import read_shorthand
from extract.ofthewhole import whole_before
from extract.executions import executions_done
from extract.fromto import changed_to
from extract.corrections import retracted
from extract.surrenders import GATE as _SURRENDER_GATE, surrendering
from extract.suchcases import such_cases
from extract.thingverbs import own_thing_verb
from extract.labelrows import label_row
from extract.piperows import pipe_row
from extract.gapping import gapped_item
from extract.apposedforce import apposed_force
from extract.listitems import colon_item, shared_kind
from extract.conditionals import (CONDITION_WORD as _CONDITION_WORD, CONDITION_WORDS as _CONDITION_WORDS,  # noqa: F401
                                  conditional as _conditional)  # (_CONDITION_WORD: tests/test_classify_shortcuts.py)
from extract.sharedcounts import bare_update, set_against
from extract.verbreach import hospital_not_held, reach_over
from extract.peaceforces import FORMER_SUBJECTS
from extract.peacetolls import _HARM_MEASURES, harm_of_no_war
from extract.nonclaims import HARMLESS_KEYS as _HARMLESS_KEYS, no_count_of_harm, peacetime
from extract.money import (DOLLAR_BUYS as _DOLLAR_BUYS, DOLLAR_WORDS as _DOLLAR_WORDS, RATE_AFTER as _RATE_AFTER,  # noqa: F401
                           dollar_named as _dollar_named, war_rate)
# (the four named _...: tests/test_classify_shortcuts.py; extract/countrates.py reads the rates)
from extract.partof import (PART_MEASURES, Kind, inherit,
                            part_done_to, part_of_last_count, part_or_restatement, previous, restated_count,
                            said_count, shot_down_count)
from extract.mainverbs import finite_death
from extract.carriedharm import CARRIED, carried_harm
from extract.looseforms import loose_kind
from extract.tollgiven import toll_given
from extract.elidedthings import elided_things
from extract.eventparts import shared_event_count
from extract.armedmen import armed_men
from extract.countedwho import read_who
from extract.numberof import side_count
from extract.numbergiven import number_brought_to, number_given_as, numbering_read
from extract.partitive import named_part, part_of_victims, whole_of_a_part, wounded_part
from extract.partbefore import partitive_before
from extract.namebefore import _NAME_BEFORE, _capital_last  # noqa: F401 (both: tests/test_classify_shortcuts.py)
from extract.phrase import read_phrase
from extract.records import Quantity
from extract.ruledout import UNDECIDED, ruled_out
from extract.ellipses import elliptic_kind
from extract.forcemen import men_of_a_force
from extract.answerturns import turn_reading
from extract.offcounts import off_the_war
from extract.classgates import READ_HINTS_CLASSES, READ_HINTS_VERBS, open_rules
from extract.phrasehints import read_hints
from extract.sides import resolve_side
from extract.thereare import there_are_of_those
from extract.phraseparts import done_to_numbering
from extract.puttolls import estimated_noun
from extract.triggers import HUMAN, event_words, lexicon, measure_for, norm
from extract.wartimewords import lost_is_no_death, martyrs_in_peace, speaker_lost
from extract.wordset import cuts_word, words_of

_NEGATED = re.compile(r"\b(?:not|none\s+of|neither\s+of|no|nor)\s+(?:(?:of\s+)?the\s+|a\s+single\s+)?$",
                      re.IGNORECASE)
_PEOPLE_PARTICIPLE = re.compile(r"(?:captured|arrested|detained|abducted|kidnapped)\b")
_FORCE_CLASSES = frozenset({"fighter", "peacekeeper"})  # people whose count with no verb is a force's size
_COUNTING = guarded(r"(?:number|total|counting)", re.IGNORECASE)  # what noun_numbering needs before the number
_COUNTED_TO = guarded(r"(?:number|total|counting|came to|comes to|amounted to)", re.IGNORECASE)  # done_to_numbering
# The whole words some patterns cannot match without (a test of the sentence's words first, extract/wordset.py).
_NEGATION_WORDS = frozenset({"not", "none", "neither", "no", "nor"})  # _NEGATED
_TOLL_WORDS = frozenset({"number", "dead", "toll"})  # extract/numberof.py


@dataclass(frozen=True, slots=True)
class Classification:
    measure: str
    subject: str
    side: str
    event_words: tuple[str, ...] = field(default=())


# --------------------------------------------------------------------------- the entry point


def classify(ctx: SentenceContext, q: Quantity) -> Classification | None:
    """The claim's kind, or None when the number is not an in-scope claim."""
    if q.kind != "number":
        return None
    try:
        got = classify_kind(ctx, q, 0)
        if got is None or (got.measure == "rate" and not war_rate(ctx.text, got.subject)) or (
                (got.measure in _HARM_MEASURES or got.measure == "captured") and harm_of_no_war(ctx, q, *got[:2])) or (
                got.measure == "forces" and got.subject in FORMER_SUBJECTS):  # "three veterans" (peaceforces.py)
            return None  # (harm in a report of peacetime, "hostages to fortune": extract/peacetolls.py)
        if got.measure == "captured" and kept_in_hospital(ctx, q):
            got = Kind("wounded", "people", got.side)  # "treated 63 people ..., and 19 of them were still detained"
            # (extract/hospitalkept.py)
        if got.subject in SETTLED_SUBJECTS or got.measure == "displaced":  # (a set test before the call)
            got = settled_kind(ctx, q, got)  # the police's officers, who "them" is, refugees (extract/kindafter.py)
        key = (*got, event_words(ctx.sentence))
        made = _MADE.get(key)
        if made is None:
            if len(_MADE) >= 4096:
                _MADE.clear()
            made = _MADE[key] = Classification(*key)
        return made
    except (ValueError, IndexError, KeyError):  # a malformed span must not stop a whole document
        return None


# Classifications already made, by their fields: a frozen record is shared rather than made again (bounded).
_MADE: dict[tuple, Classification] = {}


def classify_kind(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """The measure, subject and side of a number (None: no claim); `depth` counts the other numbers asked on the
    way (extract/partof.py asks this again for the number a part or restatement refers to).

    A number asked again ("12 killed, including 5 children": 5 asks what 12 counts, told just before) is answered
    from the document's memo when that answer stands for the same chain of questions (extract/kindmemo.py)."""
    return asked_again(ctx, q, depth, _classify_kind)


def _classify_kind(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """classify_kind, worked out."""
    lex = lexicon()
    text = ctx.text
    start, end = ctx.start, ctx.end
    sentence = ctx.sentence
    # The searches below first ask whether the words they need are words of the sentence
    # (extract/wordset.py); a search ending where the number starts inside a word (`cut`) may match
    # the start of that word, which the set does not hold.
    words = words_of(sentence)
    opened = open_rules(ctx)  # the rules whose words the sentence holds: the others are not asked (classgates.py)
    k = q.char_start
    cut = cuts_word(text, k)
    early = ruled_out(ctx, q, lex, words, opened, cut)  # conditionals, captions, callsigns, populations, ages,
    if early is not UNDECIDED:  # disasters, sums of money, exchange rates (extract/ruledout.py)
        return early  # a Kind, or None: no claim

    if not _NEGATION_WORDS.isdisjoint(words) and _NEGATED.search(text, max(start, k - 25), k):  # "none of the 40"
        return retracted(ctx, q, depth) if depth < MAX_DEPTH and ("as" in words or text.find(
            "not", k - 5, k) > 0) else None  # (corrections.py: "as we reported", "329, not 331")
    row = (heading_row(ctx, q) or label_row(ctx, q)) if "table_row" in opened else None  # a row of a table whose
    # heading says what it counts (extract/headrows.py); a label row ("Civilians killed: 2"): the label is the
    # phrase (extract/labelrows.py)
    if row is None and "pipe_row" in opened:
        row = pipe_row(ctx, q)  # "Arrests | 2,929 | 3,160": a pipe table's row labelled by its measure (piperows.py)
    if row is not None:
        return Kind(*row)
    if ("sentences" in words or "executions" in words) and executions_done(text, q.char_end, end):
        return Kind("killed", "people", "unknown")  # "229 death sentences that were carried out" (executions.py)
    ph = read_phrase(ctx, q)
    if ph.verb_side == "right" and ph.cls in HUMAN and doers_of_harm(text, ph.np_end, ph.verb, ph.verb_start, end):
        ph.verb, ph.verb_side, ph.verb_start = None, "", 0  # "Four gunmen seized the plane": the doers (agents.py)
    if ph.cls == "injury" and ph.owner_cls == "captive":
        ph.cls = "captive"  # "took three wounded prisoners": prisoners, their wounds an adjective (not "31 wounded people")
    if ph.verb is None or ph.verb_side == "right" and not finite_death(text, ph):  # ("5 died ..., 9 were hurt")
        if ph.verb is None or ph.verb_start - ph.np_end <= 1:  # (reach_over's first test: a verb right after the noun)
            reach_over(ctx, q, ph)  # "burned the village's 40 houses", "in the hundreds" (extract/verbreach.py)
        if ph.cls is None and ph.verb is None:  # (number_given_as's first test)
            number_given_as(ctx, q, ph)  # "gave the number of drivers killed as seven" (extract/numbergiven.py)
            if "number" in words:  # (a whole word of every match of its "the number of": a cheap test first)
                number_brought_to(ctx, q, ph)  # "bringing to 9 the number of fighters killed" (the same)
    if ph.cls is None or ph.verb is None or ph.cls == "out":
        read_shorthand(ctx, q, ph)  # "placed 2 AGM-65", "Destroyed: 4 tanks, 2 carriers and 6 trucks" (verblabels.py)
    named = side_count(ctx, q) if ph.cls is None and ph.verb is None and not _TOLL_WORDS.isdisjoint(words) else None
    given = toll_given(text, start, k) if named is None and ph.verb is None and (
        ph.cls is None or ph.subject == "men") else None  # "gives its own dead as 13", "Peru's dead reach 27"
    if given is not None:  # (extract/tollgiven.py)
        side = resolve_side(ctx, q, given[0], ph.owner_cls or ph.cls, ph.subject, ph.verb_side, np_end=ph.np_end,
                            verb_start=ph.verb_start)  # ("the army gives its dead as 527": its troops, kindends.py)
        return owned_toll(ctx, q, ph, given[0], given[1], side, words) or Kind(*given, side)
    if named is not None:
        return Kind(*named)  # "the number of Americans killed at 23", "US DEAD NOW 23" (extract/numberof.py)
    if (ph.verb == "kill" and lost_is_no_death(ctx, ph)
            or "martyrs" in words and martyrs_in_peace(ctx, ph, q.char_end)):
        return None  # "The shop lost just 3 customers", "the 12 martyrs of Uganda" (extract/wartimewords.py)
    if ph.cls is None and ph.verb == "kill" and ("lost" in words or "lose" in words):
        ph.cls, ph.subject = speaker_lost(ctx, k) or (None, None)  # "The army said it lost only 4" (the same)
    if ph.verb == "capture" and hospital_not_held(ctx, ph):
        ph.verb = "wound"  # "23 people had been taken to the Mater Hospital"
    if ph.verb is None and " to " in text[ph.np_end : ph.np_end + 5]:
        ended = to_an_end(ctx, q, ph) or (  # "hacked 23 villagers to death", "reduced 60 shops to ashes",
            "displace" if to_safety(ctx, q, ph) else None)  # "escorted 800 women to safety" (extract/splitverbs.py)
        if ended:
            ph.verb, ph.verb_side, ph.verb_start = ended, "left", start
    verbs_elsewhere(ctx, q, ph, words, depth)  # moved, freed, seized, dragged off, treated, died (otherverbs.py)
    if "reread" in opened or ph.cls in ("toll", "homicide"):
        reread(ctx, q, ph, words)  # "taken hundreds of villagers hostage", "127 people with gunshot wounds",
        # "19 killings of opposition supporters" (extract/rereads.py)
    if "off_the_war" in opened and off_the_war(ctx, q, ph, words):
        return None  # people interviewed or tried, "paragraph 16", our own trucks held up (extract/offcounts.py)
    if ph.subject == "men" and ("its" in words or "their" in words):
        ph.subject = men_of_a_force(ctx, q, words) or ph.subject  # "25 of its men" (extract/forcemen.py)
    read_who(ctx, q, ph, words)  # "put its dead at 6,954", "two companies, about 200 men", "UN troops" (countedwho.py)
    if ph.cls == "fighter" and ph.verb in (None, "deploy") and not _SURRENDER_GATE.isdisjoint(words):
        surrendering(ctx, ph)  # "200 troops were seen walking south with hands raised" (extract/surrenders.py)
    if "with" in words and armed_men(ctx, ph):
        ph.cls, ph.subject = "fighter", "fighters"  # "hundreds of men with machetes were coming" (extract/armedmen.py)
    if "read_hints" in opened or ph.verb in READ_HINTS_VERBS or ph.cls in READ_HINTS_CLASSES:
        read_hints(ctx, q, ph, words)  # "the patrol was 40 strong", "wounded and later died" (extract/phrasehints.py)
    if ph.verb is None and (ph.subject == "men" or ph.cls is None and text.startswith(" of ", q.char_end)) and (
            said := apposed_force(ctx, q, ph)):
        return Kind(*said)  # "paratroopers, about 250 of them, were dropped", "may number 5,000 men" (apposedforce.py)
    said = elliptic_kind(ctx, q, ph, words, depth) if (ph.verb is None or text[k - 1 : k] == "(") and (
        "elliptic_kind" in opened) else None  # (a count in brackets, "vessels hit (five) were damaged": ellipses.py)
    if said is not None:  # "its count of wounded is nine", "a unit of about 150 men" (extract/ellipses.py, forcemen.py)
        return said
    loose = loose_kind(ctx, q, ph, words) if ph.verb is None else None
    if loose is not None:  # "84 villagers, mostly women, killed;", "6 rounds fell", "some 800 Tonton attacked"
        return loose  # (extract/looseforms.py)
    if ph.verb is None and ph.cls is None and (said := event_or_figure(ctx, q, words)) is not None:
        return said  # "89 armed incidents", "the count of bodies in the morgue was 212" (extract/countrates.py)
    held = (held_without_verb(ctx, q, ph, words) or bare_held(text, max(ph.np_end, q.char_end), end, words)  # ("over
            ) if ph.verb is None and (ph.cls is None or ph.cls in HUMAN) else None  # 1,400 held": measures.py)
    if held is None and ph.verb is None and missing_or_gone(ctx, q, ph, words):
        return None  # "dozens were still missing in the reeds" (extract/otherverbs.py)
    if ph.cls is None and ph.verb is None and "there" in words and (those := there_are_of_those(ctx, q)):
        return Kind(*those)  # '"There are 900 of those."' after "the ones who are missing" (extract/thereare.py)
    if ph.cls is None and ph.verb is None and depth < MAX_DEPTH and text.startswith(("Of ", "Among "), start):
        part = part_by_predicate(ctx, q, depth)  # "... 612 dead. Of these, 388 were civilians" (extract/ofthese.py)
        if part is not None:
            return part
    if ph.cls is None and text.find(",", max(start, k - 4), k) >= 0:
        partitive_before(ctx, q, ph)  # "Of the civilians, 19 have been confirmed dead" (extract/partbefore.py)
    if ph.cls is None and text.startswith(("Of ", "Among "), start):
        whole_before(ctx, q, ph)  # "Of the 900 homes in the valley, about 600 were burned" (extract/ofthewhole.py)
    if ph.cls is None and ph.verb in (None, "deploy") and _COUNTED_TO.search(text, max(start, k - 24), k):
        done = done_to_numbering(lex, text, start, k)  # "Families driven from their villages number close to
        if done is not None:  # 36,000": the participle says what befell them (extract/phraseparts.py)
            ph.cls, ph.subject, ph.verb, ph.verb_start = done
            ph.verb_side = "right"
    if (ph.cls is None or ph.cls == "out") and ph.verb is None and _COUNTING.search(text, max(start, k - 24), k):
        numbering_read(ph, text, start, k)  # "troops numbering 2,500", "the army numbers 4,000" (extract/numbergiven.py);
        # the verb of counting is the number's own, not the next clause's ("the attackers numbered 12 and had escaped")
    sized = False  # a force put at the number in an apposition: its size, whatever toll the sentence speaks of
    if ph.cls is None and ph.verb is None and text.find(" at ", max(start, k - 16), k) >= 0:
        estimated = estimated_noun(lex, text, start, k)
        if estimated is not None:
            ph.cls, ph.subject = estimated  # "its fighters, estimated by the army at fewer than 3,000"
            sized = estimated[0] in _FORCE_CLASSES
    if ph.cls == "out":
        return None
    if ph.cls is None or ph.cls == "people" or ph.cls == "demonym":  # "the army had nearly 100,000 men", "3,000 men
        read_armed(ctx, q, ph, words)  # under arms", "Chelmsford's 5,300 men", "held by 139 men" (armedcounts.py)
    if ph.subject == "men" and ph.verb is None and depth < MAX_DEPTH and not _PART_GATE.isdisjoint(words):
        part_of_a_force(ctx, q, ph, depth)  # "60,000 troops ..., of which some 2,000 men entered" (armedcounts.py)
    if (ph.subject == "families" or not _HARMLESS_KEYS.isdisjoint(words) or text.find(" of ", max(start, k - 40), k) >= 0
            ) and no_count_of_harm(ctx, q, ph, words):
        return None  # a goal, the whole of a part, where people or debris came from (extract/nonclaims.py)
    things = elided_things(ctx, q, ph, depth, previous) if ph.verb and depth < MAX_DEPTH else None
    if things is not None:
        return Kind(*things)  # "destroyed eight trucks and captured 11" (extract/elidedthings.py)
    if ph.cls is None:
        if ph.verb_side != "left" and k > start and text[k - 1].isspace() and _capital_last(
                text, max(start, k - 30), k) and _NAME_BEFORE.search(text, max(start, k - 30), k):
            gap = gapped_item(ctx, q, depth, previous) if depth < MAX_DEPTH else None  # "…, Hungary four" (gapping.py)
            return Kind(*gap) if gap else None  # "Base 559", "Johnny Six", "Resolution 2254" (needs a blank at the end)
        verb_text = norm(text[ph.verb_start : ph.verb_start + 30])
        passive_people = ph.verb_side == "right" and _PEOPLE_PARTICIPLE.match(verb_text)  # "60 captured"
        if ph.verb and ph.verb not in ("kill", "wound") and not passive_people and not MORE_AFTER.match(
                text, q.char_end, end) and not any(
                verb_text.startswith(v) and not verb_text[len(v) : len(v) + 1].isalpha() for v in lex.people_only):
            ph.verb = None  # "Bataillon 559 taken by rebels": a bare number needs a verb only people undergo
    if held is not None:
        ph.verb, ph.verb_side, ph.verb_start = "capture", held[0], held[1]
    if ph.verb in (None, "deploy") and depth < MAX_DEPTH:
        against = set_against(ctx, q, ph, depth) or shared_event_count(ctx, q, ph, words, depth)  # "..., against 446
        # soldiers" (extract/sharedcounts.py), "31 violations, against 12", "attributes 9 of them to" (eventparts.py)
        if against is not None:
            return against
    measure = measure_for(ph.verb, ph.cls) if ph.verb else None
    measure = "attacks" if measure == "damaged" and aircraft_attacking(text, ph) else measure  # "Twelve aircraft bombed"
    if measure in ("displaced", "captured"):  # "200 troops were trapped", "returned 238 Chinese" in a prisoner
        measure = returned_prisoners(text, ph, force_under_siege(text, ph.verb_start, ph.cls, measure), words)  # swap
    part = wounded_part(ctx, q, ph.np_end) if ph.verb is None and ph.cls is None and "of" in words else None
    if part is not None:
        return part  # "seen 530 children, 41 of them for gunshot wounds": the part (extract/partitive.py)
    if ph.verb is None and ph.cls is None:
        counted = counted_by(ctx, q, ph, words) or (  # "We coded 214 events", "Drone strikes rose: we recorded 11"
            such_cases(ctx, q, depth) if "such" in words and depth < MAX_DEPTH else None)  # "five such cases"
        if counted is not None:  # (extract/countedby.py, extract/suchcases.py)
            return Kind(*counted)
        if "from" in words and depth < MAX_DEPTH and (changed := changed_to(ctx, q, depth)) is not None:
            return changed  # "grew from about 10,000 men ... to some 250,000" (extract/fromto.py)
    if ph.verb is None and not (of_whole := whole_of_a_part(text, ph.np_end, end)) or (
            ph.verb is None and ":" in sentence):
        mine = shared_kind(ctx, q, ph, depth, classify_kind) if not of_whole else colon_item(  # list items share a verb;
            ctx, q, ph, depth, classify_kind)  # counts point back (extract/listitems.py); the whole of a part only
        # as an item after a colon ("...: two guards on Sunday, and six others, most of them workers")
        if mine is not None:  # (a list's forces at a parade, as a lone count's: "1,400 soldiers and 200 horses took
            return None if mine[0] == "forces" and peacetime(ctx, ph, "forces", q) else Kind(*mine)  # part in ...")
    elif ph.verb is None and "among" in words and (mine := shared_kind(ctx, q, ph, depth, classify_kind)) is not None:
        return None if mine[0] == "forces" and peacetime(ctx, ph, "forces", q) else Kind(*mine)  # the whole of a
        # part as a later item after "among them": "..., among them 12 doctors and 10 patients, three of them
        # children" (extract/listitems.py)
    if measure is None:
        if depth < MAX_DEPTH and ph.cls is None:
            whole = own_thing_verb(ctx, q, depth)  # "two ambulances were hit; one was burned out" (extract/thingverbs.py)
            if whole is not None:
                return whole
        if depth < MAX_DEPTH:
            whole = part_or_restatement(ctx, q, depth, ph, text, start, end, words, cut)
            if whole is not None:  # a part naming its own harm keeps it: "40 soldiers, including 12 wounded"
                own = own_harm_of_part(ph.cls, whole.measure)  # (extract/measures.py)
                return Kind(own, whole.subject, whole.side) if own else whole
        part = force_among(ctx, q, ph, words, depth, start) if (
            ph.cls in _FORCE_CLASSES or ph.subject == "men") and depth < MAX_DEPTH else None  # (men: amongthem.py)
        if part is not None:  # "among them are 8 commanders", "Among them were 18 soldiers" (extract/amongthem.py)
            return part
        measure = (ph.verb is None and ph.cls in CARRIED and text.find(" and ", max(start, k - 24), k) >= 0 and
                   carried_harm(text, start, k, ph.np_end, end)) or (  # "... dead, and 250 soldiers" (carriedharm.py)
            "forces" if sized else default_measure(ctx, q, ph))
        if measure is None:
            part = (named_part(ctx, q, ph.cls, ph.subject, depth) or (part_of_victims(ctx, q, depth) if "victims" in words
                    else None)) if depth < MAX_DEPTH else None  # ("280 of the victims were Canadians": partitive.py)
            if part is not None:
                return part  # "... fled by boat. Among them are 12 teachers" (extract/partitive.py)
            if ph.cls == "demonym" and depth < MAX_DEPTH:  # "30,000 people had fled, and thousands more Georgians …"
                assert ph.subject is not None  # (a phrase's class and subject are set together)
                whole = inherit(ctx, q, depth)
                return Kind(whole.measure, ph.subject, whole.side) if whole and whole.measure in PART_MEASURES else None
            if (read := turn_reading(ctx, q, ph, words, depth, classify_kind)) is not None:
                return Kind(*read)  # "WITNESS: About 1,400.", "Another 1,000 would follow" (extract/answerturns.py)
            if ph.cls is not None or depth >= MAX_DEPTH:
                return None
            return (inherit(ctx, q, depth) or (restated_count(ctx, q, depth) if not COUNT_WORDS.isdisjoint(words) else None)
                    or part_of_last_count(ctx, q, depth) or said_count(ctx, q, depth) or part_done_to(ctx, q, depth)
                    or shot_down_count(ctx, q) or bare_update(ctx, q, depth))
    return kind_of_measure(ctx, q, ph, measure, words, depth, cut)  # subject and side (extract/kindends.py)
