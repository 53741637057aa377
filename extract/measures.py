"""The measure of a number no verb acts on, from the kind of thing counted.

extract/classify.py asks this when the words around a number name what it counts but no verb of the
lexicon acts on it: a toll word before it ("a death toll of 78") makes a death count; refugees are
displaced, troops and weapons held are forces, munitions make attacks, "only 35 doctors" is capacity;
equipment counted among a side's losses was destroyed; equipment and weapons outside a war are no claim.
The classes and words are those of assets/lexicons/claims.toml.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.coffins import coffins_as_goods
from extract.convoys import civilian_convoy
from extract.crowdacts import crowd_acting
from extract.peacetolls import losses_in_peace
from extract.phrase import Phrase
from extract.records import Quantity
from extract.tailwords import FILLER_LASTS, last_token, strip_fillers
from extract.triggers import cue_in, cue_search, lexicon, measure_for, names_a_war, norm
from extract.wordset import cuts_word, folded, words_of

# "the number displaced … rose to 1.5 million": a count named by "number" and a participle before it.
_NUMBER_OF = re.compile(r"\bnumber\s+(?:of\s+(?:people\s+|civilians\s+|those\s+|residents\s+)?)?([a-z]+)\b[^.;\d]{0,120}$",
                        re.IGNORECASE)
_A_COUNT_OF_DEAD = re.compile(r"\s+(?:was|is)\s+(?:a|the|an?\s+\w+)\s+(?:count|number|tally|toll)\s+of\s+(?:the\s+)?"
                              r"(?:bodies|dead|deaths|fatalities)\b", re.IGNORECASE)
_SEIZED_NEAR = re.compile(r"\b(?:captured|seized|taken|(?<!" + r"\s)(?<!".join(
    ("flares", "bombs", "shells", "rockets", "missiles", "mortars", "rounds", "bullets", "rain", "snow", "darkness",
     "night", "temperatures")) + r"\s)(?:fallen|fell)|haul|looted|removed|took)\b"
                          r"(?!\s+to\s+(?:the\s+)?hospitals?\b|\s+(?:part|place)\b)", re.IGNORECASE)
# (not "taken to hospital", nor "took part", "taken place": "8,000 soldiers and 160 aircraft took part in the parade";
# nor what fell from the sky or came with the night: "The first flares fell at about 7.20 p.m.", "night fell")
# People who arrived somewhere after an attack, or crossed a river or border: fled (no verb of the lexicon says it).
_FLEEING_CLASSES = frozenset({None, "people", "civilian", "demonym"})
_FLED_WORDS = frozenset({"arrived", "arrive", "arriving", "reached", "reach", "reaching", "crossed", "left"})  # _FLED_HERE
# (people who arrived, reached or "left for" a place after or since violence: "300 families from 14 villages had
# left for the city since the offensive began"; where they came from may stand between)
_FLED_HERE = re.compile(r"(?:\s+from\s+(?:\w+\s+){1,3}?(?:villages?|towns?|districts?|areas?|camps?))?"
                        r"\s+(?:(?:who|that)\s+)?(?:have\s+|had\s+|has\s+)?(?:now\s+)?(?:(?:arrived|arrive|arriving|reached|"
                        r"reach|reaching|left\s+for)\b[^.;]{0,80}?\b(?:after|since|fleeing|escaping|following)\b[^.;]{0,40}?\b"
                        r"(?:attacks?|fighting|violence|clashes|offensive|raids?|bombing|war)\b|crossed\s+(?:the\s+)?"
                        r"(?:[A-Z][\w-]*\s+){1,2}(?:river|border|frontier)\s+into\b)")
_FAR = 200  # how far back a toll word may stand when no other number stands between it and the number
_LOSSES_BEFORE = re.compile(r"\blosses\b[^.;:]{0,80}$")
_WHAT_IS_LEFT = frozenset({"only", "now", "remain", "remaining", "left", "just"})  # medical staff counted as what is left
_TOLL_CLASSES = frozenset({None, "people", "civilian", "fighter"})


# A plural noun in lower case right after a number ("the two governments"), not one the lexicon counts.
_PLURAL_AFTER = re.compile(r" (?!(?:dead|killed|wounded|injured|missing|others|more)\b)[a-z]{3,}s\b")


_ADVERB_AFTER = re.compile(r"\s*(?:,\s*)?(?:[a-z]+ly\s+)?")  # ("two physicians independently abstracted the data")


def _study_authors(ctx: SentenceContext, np_end: int) -> bool:
    """Whether the medical staff counted (their noun ending at `np_end`) do a study's work, a verb of [cues] study_work
    right after them ("Two emergency physicians abstracted the data"): its authors, no capacity."""
    keys = lexicon().keys["cue:study_work"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False
    m = _ADVERB_AFTER.match(ctx.text, np_end, ctx.end)
    return m is not None and lexicon().cues["study_work"].match(ctx.text, m.end(), ctx.end) is not None


def default_measure(ctx: SentenceContext, q: Quantity, ph: Phrase) -> str | None:
    """The measure when no verb acts on the number: from the kind of thing counted."""
    lex = lexicon()
    cls = ph.cls
    sentence = ctx.sentence
    if cls in ("toll",):  # ("the carpenter made 300 coffins": goods, extract/coffins.py)
        return None if coffins_as_goods(ctx.text, ctx.start, q.char_start, q.char_end, ph.np_end) else "killed"
    if cls == "injury":
        return "wounded"
    if cls is None and ctx.text[max(0, q.char_start - 4) : q.char_start].lower() == "the " and _PLURAL_AFTER.match(
            ctx.text, q.char_end, ctx.end):
        return None  # "according to figures from the two governments": the number of a noun the lexicon does not
        # count, named as known ("the"), is no toll the sentence's toll words tell
    if cls in _TOLL_CLASSES:
        # "a death toll of 78", "the figure for total mortality is around 125,000", "casualties included 5 police"
        text, k = ctx.text, q.char_start
        a = max(ctx.start, k - 100)
        # (a toll word in the stretch is a word of the sentence, unless the stretch cuts a word at an end)
        keys = lex.keys["cue:toll"]
        in_sentence = keys is None or not keys.isdisjoint(words_of(sentence))
        if in_sentence and cls != "fighter" and crowd_acting(text, max(ph.np_end, q.char_end), ctx.end):
            return None  # "The toll rose to 86, as hundreds of relatives kept up a sit-in" (extract/crowdacts.py)
        if (in_sentence or cuts_word(text, k) or (a > ctx.start and cuts_word(text, a))) and cue_search(
                "toll", text[a:k]) and (cls is None or not _toll_after(lex, text, q.char_end, ph.np_end)) and not (
                _other_toll(ctx)):
            return "killed"
        if in_sentence and a > ctx.start and _far_toll(text, max(ctx.start, k - _FAR), k) and (
                cls is None or not _toll_after(lex, text, q.char_end, ph.np_end)) and not _other_toll(ctx):
            return "killed"  # "The death toll from a weekend attack by gunmen on the town of … has risen to 79"
    if cls is None:
        if ctx.text.startswith((" was", " is"), q.char_end) and _A_COUNT_OF_DEAD.match(ctx.text, q.char_end, ctx.end):
            return "killed"  # "26 was a count of bodies brought to the hospital"
        named = _count_named_before(ctx, q)
        if named:
            return named  # "Refugee exodus tops 400,000", "abductions top 300"
        lo = max(ctx.start, q.char_start - _FAR)  # (the pattern needs "number", in any case: folded, "number")
        m = _NUMBER_OF.search(ctx.text, lo, q.char_start) if folded(ctx.text).find(
            "number", lo, q.char_start) >= 0 else None
        group = lex.verb_group.get(norm(m.group(1))) if m else None
        if group is None and m is not None:
            group = _relative_verb(ctx, m.start(1))  # "puts the number who have crossed into Senegal at 2,000",
            # "the number of people forced from their homes has doubled to 40,000" (a verb of more than one word)
        if group and measure_for(group, None):
            return measure_for(group, None)  # "the number displaced … to an estimated 1.5 million"
    if cls == "homicide":  # "the state tallies over 3,000 murders": a death count where there is armed conflict
        return "killed" if names_a_war(ctx.text) else None
    if cls in _FLEEING_CLASSES and not _FLED_WORDS.isdisjoint(words_of(sentence)) and _FLED_HERE.match(
            ctx.text, ph.np_end, ctx.end):
        return "displaced"  # "11,000 people reach the port after the attack", "crossed the Mbomou river into"
    if cls == "arrival":  # "12,000 new arrivals in the camps": people who came fleeing, where a war is told of
        return "displaced" if names_a_war(ctx.text) else None
    if cls == "captive":
        return "captured"
    if cls == "displaced":
        return "displaced"
    if cls == "population":
        return "displaced" if cue_in("siege", sentence) else None
    if cls == "medical":  # "only 35 doctors remain"; not "the health service recruited 1,100 nurses" outside a war
        if _study_authors(ctx, ph.np_end):
            return None  # "Two emergency physicians abstracted the data": a study's authors at work
        return "capacity" if names_a_war(ctx.text) or not _WHAT_IS_LEFT.isdisjoint(words_of(sentence)) else None
    if cls in ("fighter", "peacekeeper"):  # "about 400 lightly armed Dutch peacekeepers"
        return None if cue_in("picture", sentence) else "forces"
    if cls in ("munition", "weapon", "equipment") and "losses" in sentence and _LOSSES_BEFORE.search(
            ctx.text, ctx.start, q.char_start):
        return "destroyed"  # "puts the enemy's losses at 4,000 soldiers and 130 drones"
    if cls == "munition":
        return "attacks"
    if cls in ("weapon", "equipment") and not names_a_war(ctx.text):
        return None  # "the airline will buy 150 jets", "the bridge carries 40,000 vehicles": no war, no forces
    if cls == "weapon":
        return "forces"
    if cls == "equipment":
        if civilian_convoy(ctx.text, ctx.start, q.char_start, ph.subject):
            return None  # "the convoy of around 200 vehicles was travelling ..." (extract/convoys.py)
        window = " ".join(ctx.neighbour(i) for i in (-2, -1, 0, 1, 2))
        if _SEIZED_NEAR.search(window):  # (not "taken to hospital")
            return "seized"
        return "forces"
    if cls == "civil_facility":
        mods = ctx.text[q.char_end : ph.np_end]
        if ph.only or lex.cues_remain.search(mods) or _facility_stock(ctx, q, ph):
            return "capacity"
        return None
    return None


_HAS = re.compile(r"\b(?:has|have|had|still\s+has|now\s+has)\s+(?:(?:about|around|some|only|just|nearly|almost|over|"
                  r"more\s+than|fewer\s+than|at\s+least|a\s+total\s+of)\s+)?\Z", re.IGNORECASE)


# A health facility "with" the number right before it: "A field hospital with 60 beds opened".
_WITH = re.compile(r"\s+with\s+(?:(?:about|around|some|only|just|nearly|almost|over|more\s+than|fewer\s+than|"
                   r"at\s+least|a\s+total\s+of)\s+)?\Z", re.IGNORECASE)


def _facility_stock(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """Whether a health facility named before the number "has" it as a stock of beds, incubators or ambulances
    ([cues] medical_holder, medical_stock): "The hospital has 650 beds", "the clinic had 12 incubators", or is
    described "with" it right after its name ("a field hospital with 60 beds opened"), in a report of war (a hotel's
    650 beds or a new hospital's plans outside a war are no claim)."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 40)
    has = _HAS.search(text, lo, k)
    with_ = None if has else _WITH.search(text, lo, k)
    if has is None and with_ is None:
        return False
    lex = lexicon()
    if lex.cues["medical_stock"].match(text, q.char_end + 1, ph.np_end) is None:
        return False
    if with_ is not None:  # the facility's name must end right before "with"
        holder = None
        for holder in lex.cues["medical_holder"].finditer(text, max(ctx.start, with_.start() - 25), with_.start()):
            pass
        return holder is not None and holder.end() == with_.start() and names_a_war(ctx.text)
    return lex.cues["medical_holder"].search(text, ctx.start, k) is not None and names_a_war(ctx.text)


_REL_AUX = re.compile(r"(?:(?:who|that)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been|now|since|already)\s+)?)?",
                      re.IGNORECASE)


def _relative_verb(ctx: SentenceContext, at: int) -> str | None:
    """The verb group of the verb after "number" (of people), maybe in a relative clause ("the number who have
    crossed into Senegal", "the number that were detained", "the number of people forced from their homes"): what
    befell the people counted."""
    rel = _REL_AUX.match(ctx.text, at, ctx.end)
    verb = lexicon().verb_re.match(ctx.text, rel.end(), ctx.end) if rel else None
    return lexicon().verb_group.get(norm(verb.group(0))) if verb else None


def _other_toll(ctx: SentenceContext) -> bool:
    """Whether the sentence's "toll" is one of a road or a bridge ([cues] toll_other: "the toll road carried
    40,000 cars"), and no death toll besides."""
    if losses_in_peace(ctx):
        return True  # "The firm's losses rose to 1,900" where no war is named (extract/peacetolls.py)
    return cue_in("toll_other", ctx.sentence) and not cue_in("civilian_toll", ctx.sentence) and "death" not in (
        ctx.sentence.lower())


def _toll_after(lex, text: str, start: int, end: int) -> bool:
    """`lex.cues["toll"].search(text, start, end)`, on the folded document when the cue has a folded twin."""
    fast = lex.folded_re["cue:toll"]
    return bool(fast.search(folded(text), start, end) if fast else lex.cues["toll"].search(text, start, end))


def _far_toll(text: str, a: int, k: int) -> bool:
    """A toll word in text[a:k] with no number after it before k: the subject of a long sentence whose
    verb of change ("has risen to") stands far from it."""
    stretch = text[a:k]
    m = None
    for m in lexicon().cues["toll"].finditer(stretch):
        pass
    return m is not None and not any(ch.isdigit() for ch in stretch[m.end():])



_COUNT_REACH = 60  # how far before the number a noun naming a count may stand ("exodus tops")


def _count_named_before(ctx: SentenceContext, q: Quantity) -> str | None:
    """The measure of a noun naming a count ([count_before]) shortly before a number with no noun of its own,
    joined to it by a verb of level with no comma or other number between: "the Rohingya exodus tops 400,000"
    (displaced), "abductions top 300" (captured), "attacks in the province rose to 171" (attacks)."""
    lex = lexicon()
    keys = lex.count_keys
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)) and not cuts_word(ctx.text, q.char_start):
        return None  # (a cheap test first: most sentences name no such count)
    k = q.char_start
    token = last_token(ctx.text, ctx.start, k)  # (cheap: most numbers follow no link and no qualifier)
    if token is not None and token[0] not in lex.count_links and token[0] not in FILLER_LASTS:
        return None
    stop = strip_fillers(ctx.text, ctx.start, k)
    last = ctx.text[max(ctx.start, stop - 12) : stop].split()
    if not last or last[-1].lower() not in lex.count_links:
        return None
    a = max(ctx.start, k - _COUNT_REACH)
    stretch = ctx.text[a:k]
    best = None
    for measure, pattern in lex.count_before.items():
        for m in pattern.finditer(stretch):
            if best is None or m.end() > best[0]:
                best = (m.end(), measure)
    if best is None or any(ch.isdigit() or ch in ",;:." for ch in stretch[best[0]:]):
        return None
    return best[1]


_HARM_CLASSES = frozenset({"toll", "injury"})  # nouns that are themselves a count of the dead or the wounded
_HARM_MEASURES = frozenset({"killed", "wounded"})


def own_harm_of_part(cls: str | None, whole_measure: str) -> str | None:
    """The measure a part keeps when its own noun names a harm the whole's measure does not: "40 soldiers, including
    12 wounded", "held 30 people, among them 4 dead" - the wounded are wounded, whatever the whole counts (a force,
    people held). None when the part's noun names no harm, or the whole is already a toll ("killed 19 people,
    including 5 dead children" stays the whole's)."""
    if cls not in _HARM_CLASSES or whole_measure in _HARM_MEASURES:
        return None
    return measure_for(None, cls)


# Verbs of being cut off that the lexicon counts as displacing people ("5,000 civilians are trapped").
_SIEGE_VERBS = ("trapped", "besieged", "encircled", "surrounded", "stranded", "cut off")
_FORCE_CLASSES = frozenset({"fighter", "peacekeeper"})


def force_under_siege(text: str, verb_start: int, cls: str | None, measure: str | None) -> str | None:
    """A force cut off is still a force, not displaced people: "Some 200 troops were trapped in the valley", "the
    rebels besieged 400 soldiers in the fort" -> forces (its size), where civilians trapped are displaced."""
    if measure == "displaced" and cls in _FORCE_CLASSES and text[verb_start : verb_start + 9].lower().startswith(
            _SIEGE_VERBS):
        return "forces"
    return measure


# "over 1,400 held", "1,434 held in Urumqi": people held, said by the bare participle at the end of a clause (a
# headline's or a list's); not "held in reserve" (a force kept back), nor "held by" (the lexicon's verb).
_BARE_HELD = re.compile(r"\s+(?:(?:are|were|now|still)\s+)?held(?=\s*(?:$|[,;.:)—–]|\s+(?:in|at|after|since|over|across|"
                        r"without|overnight)\b(?!\s+reserve)))", re.IGNORECASE)
# Where the people came from, between them and the verb: "700 people from the six ships were held at the port"
# (a determiner, then at most three words with no verb or clause mark among them; a bare "held" must follow).
_FROM_WHERE = re.compile(r" from\s+(?:the|their|its|these|those|both|all)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+(?:are|were)"
                         r"\s+held\b)", re.IGNORECASE)


def bare_held(text: str, after: int, end: int, words: frozenset[str]) -> tuple[str, int] | None:
    """("right", where "held" starts) for people a bare "held" ends the clause of: "China says toll rises to 156;
    over 1,400 held" (captured, not the toll's dead), also past where they came from ("700 people from the six
    ships were held at the port"); None otherwise. `words`: the sentence's words (the gate)."""
    if "held" not in words:
        return None
    m = _BARE_HELD.match(text, after, end)
    if m is None and text.startswith(" from ", after) and (came := _FROM_WHERE.match(text, after, end)):
        m = _BARE_HELD.match(text, came.end(), end)  # "700 people from the six ships were held at Ashdod"
    return ("right", m.end() - 4) if m else None


# Words of an exchange of prisoners: "China handed back 1,636 Vietnamese, and Vietnam returned 238 Chinese".
_EXCHANGE_WORDS = frozenset({"handed", "exchange", "exchanged", "swap", "swapped", "prisoners", "pows", "captives"})
_RETURN_VERBS = ("returned", "returning", "repatriated", "repatriating", "sent back", "handed back")
_EXCHANGED = frozenset({None, "people", "demonym", "fighter"})  # (not refugees or civilians who go home)


def returned_prisoners(text: str, ph: Phrase, measure: str | None, words: frozenset[str]) -> str | None:
    """People a side "returned", "repatriated" or "handed back" in an exchange of prisoners were held, not displaced:
    captured; named only by where they come from ("1,636 Vietnamese"), they are counted as prisoners (`ph` is set
    so: class captive, whose side is unknown). Refugees and civilians who return home stay displaced; `words` are
    the sentence's words."""
    if measure not in ("displaced", "captured") or ph.cls not in _EXCHANGED or _EXCHANGE_WORDS.isdisjoint(words):
        return measure
    verb_start = ph.verb_start
    if not text[verb_start : verb_start + 12].lower().startswith(_RETURN_VERBS):
        return measure
    # returned by someone: the verb before the people ("returned 238 Chinese") or a passive ("40 were returned"),
    # not people who returned of themselves ("500 people returned to the town")
    if ph.verb_side != "left" and not text[max(0, verb_start - 6) : verb_start].rstrip().endswith(("were", "was", "been")):
        return measure
    if ph.cls in (None, "people", "demonym"):
        ph.cls, ph.subject = "captive", "prisoners"
    return "captured"
