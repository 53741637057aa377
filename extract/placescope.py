"""Where a claim's place may come from: its own clause, its own sentence, or the sentences around it
(for extract/places.py).

A sentence that is a story of its own (a total over a period of the war, "since 2015"; an event of another year,
"In a similar bombing in 2021") names its own place or none. A clause break ("as", "; ", ", which", "reported
that") separates the places of two events in one sentence. A place people were taken or fled to is no place of
another sentence's event. A country labelling a headline ("Syria: ...") is its topic, not its event's place.
A row of a table of figures ("Internally displaced in Cote d'Ivoire (estimated): 1,000,000 (700,000)") is a story
of its own, as a total over a period is.
"""

from __future__ import annotations

import re
from datetime import date

from extract.context import SentenceContext, per_sentence
from extract.countrywide import SPREAD_WORDS
from extract.gazetteer import Mention
from extract.rx import guarded
from extract.tablerows import read_row
from extract.trie import trie_alternation

# Where one clause of a sentence ends and another, which may be about another place, begins: "; ", ": ", a dash,
# "as"/"while"/"after"/"bringing"..., ", which"/", some", and "reported that" (the reporter's place is not the
# event's: "Our correspondent in Deir ez-Zor reported that air strikes killed 21 in al-Muhassan").
_CLAUSE_BREAK = re.compile(r";\s|:\s|\s[—–]\s|,?\s+(?:as|while|whereas|after|before|but|bringing|when)\s+"
                           r"|,\s+(?:which|some|most|and\s+that)\s+"
                           # a partitive part of the count before it: "arrested 342 men across the province, 116
                           # of them in the capital" (the part's place is not the whole's)
                           r"|,\s+(?=(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
                           r"|thousands)\s+of\s+(?:them|whom)\s)"
                           r"|\b(?:said|says|say|reported|reports|added|stated)\s+(?:on\s+\w+\s+)?that\s+")
# _CLAUSE_BREAK behind a look-ahead on the characters a match can start with (a space, ",", ":", ";", or the first
# letter of a reporting verb): re leaves every other position at once instead of trying the six alternatives there.
_CLAUSE_BREAK_SCAN = re.compile(r"(?=[\s,:;sra])(?:" + _CLAUSE_BREAK.pattern + ")")


@per_sentence
def clauses(ctx: SentenceContext) -> list[int]:
    """The document offsets where the sentence's clauses after the first begin ([] for a sentence of one)."""
    return [ctx.start + m.end() for m in _CLAUSE_BREAK_SCAN.finditer(ctx.sentence)]


def label(text: str, m: Mention) -> bool:
    """Whether a mention labels its line ("Syria: 8 killed in ..."): a heading's topic, not the event's place."""
    return text.startswith(":", m.end) and (m.start == 0 or text[m.start - 1] == "\n")


# "since Friday", "since dawn", "since July 12": the days of the report's own event, not a period of the war
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_SINCE_DAYS = guarded(r"\bsince\s+(?:(?:last|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                      r"|Sunday|yesterday|dawn|morning|the\s+weekend|" + _MONTH + r"\s+\d{1,2}\b(?!,?\s+\d))",
                      re.IGNORECASE)
# a year the sentence dates something to ("in 2021", "since 2015", "July 2016"), not a number that looks like one
# ("Around 2000 people", "2000 IS fighters")
_YEAR = guarded(r"\b(?:in|during|of|since|by|early|late|mid-?|" + _MONTH + r")\s+((?:19|20)\d\d)\b(?![,.]?\d)")
# the sentence points back at a place named before it ("the city", "the enclave", "there"): that place is its place
_BACK_TO_PLACE = guarded(r"\b(?:the|this|that)\s+(?:city|town|village|camp|district|neighbou?rhood|enclave)\b"
                         r"|\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might)\b)")


@per_sentence
def own_story(ctx: SentenceContext) -> bool:
    """Whether the sentence counts over a period of the war ("since 2015", "this year", "in the first three months
    of the year") or dates its event to another year than the report's ("In a similar bombing in 2021"): its
    place is the one it names itself, if any, and never one of the sentences around it (another story)."""
    return period_text(ctx.sentence, ctx.published) or table_row(ctx.sentence)


# A row of a table of figures whose label names its area ("Internally displaced in Cote d'Ivoire (estimated):
# 1,000,000 (700,000)", "Health facilities damaged in the west: 26 (19)"), a line of its own.
_ROW_AREA = re.compile(r"\bin\s+(?:[A-Z]|the\s+(?:north|south|east|west|centre|center)(?:ern|-east|-west)?\b)")


def table_row(sentence: str) -> bool:
    """Whether a sentence is a row of a table of figures (extract/tablerows.py) whose label names its area
    (_ROW_AREA): the row is a figure of its own, over the area its label names (even the report's main country),
    and borrows no place from the sentences around it. (A row whose label names no area borrows one as any sentence.)"""
    if ":" not in sentence or "in " not in sentence or "\n" in sentence.rstrip("\n"):
        return False
    row = read_row(sentence)
    return row is not None and _ROW_AREA.search(sentence, row.start("label"), row.end("label")) is not None


# A superlative measured against the past ("the worst fighting since the civil war ended in 1990", "the deadliest
# attack since 2015"): the year is the benchmark's, not the event's, and no period is counted over.
_WORST_SINCE = guarded(r"\b(?:worst|deadliest|bloodiest|heaviest|biggest|largest|fiercest|highest|greatest"
                       r"|most\s+(?:violent|serious|intense|severe|lethal|deadly))\b[^.;:]{0,60}?"
                       r"\bsince\b[^,;:.()]*")


def period_text(sentence: str, pub: date | None) -> bool:
    """own_story for a sentence's text and the report's published date."""
    from extract.dates import names_period  # (dates.py imports places.py, which imports this module)

    if "since" in sentence and ("est " in sentence or "worst" in sentence or "most " in sentence):  # (_WORST_SINCE's)
        sentence = _WORST_SINCE.sub("", sentence)
    if _BACK_TO_PLACE.search(sentence):
        return False
    if names_period(sentence, pub) and not _SINCE_DAYS.search(sentence):  # (pub: hits already found)
        return True
    return any(pub is None or int(y) != pub.year for y in _YEAR.findall(sentence))


# Where people were taken or went ("fled to Dori", "refugees arriving in Cox's Bazar", "bodies driven to Bucharest",
# "deported to Sinai", "buried at Pasir Putih cemetery", "ferries sail for Surabaya", "being treated at the
# regional hospital in Dori", "taken to hospitals in Ouallam and Niamey", "sought shelter in evacuation centres in
# Iligan", "still live in tents in Ingushetia", "held in camps at Raha Leo"): not where the event of another sentence
# happened. A hospital where the attack was ("wounded 21 in the
# town's hospital in Jisr al-Shughur") is no refuge: the words of taking or treating must come before it.
_REFUGE_BEFORE = re.compile(
    r"(?:(?:treated|taken|brought|admitted|rushed|transferred|evacuated|shelter(?:ing)?|refuge)\b[^.;]{0,50}?"
    r"\b(?:hospitals?|clinics?|morgues?|shelters?|centres?|centers?|camps?|homes)\s+(?:\w+\s+){0,3}?in"
    r"|(?:taken|evacuated|brought|rushed|transferred|arriving|arrived|fled|flee|fleeing|refuge|shelter|crossed"
    r"|driven|trucked|bus+ed|shipped|deported)"  # ("the bodies were driven to Bucharest to be burned")
    r"\s+(?:to|in|into|at)|\b(?:displaced|relocated)\s+(?:to|into)"  # ("16,000 displaced to Agok town": where they went)
    # "too sick to walk the 30 km to Butare", "trucks still run the road to Butare": where a way leads
    # (not "bodies on the road to Maliana": the road is the scene; a verb of going along it must come first)
    r"|\b(?:run|runs|ran|walk|walks|walked|walking|drive|drives)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?to"
    r"|\b(?:into|to)(?=\s+(?:the\s+)?neighbou?ring\s)"
    # "carried 1,087 people out on the 18-hour crossing to Benghazi": where a journey by sea or land ends
    r"|\b(?:crossing|journey|voyage|passage)\s+to"
    # "fled the capital on foot towards Safim": where they went
    r"|\b(?:fled|flee|flees|fleeing|fled)\b[^.;]{0,50}?\btowards?"
    # "buried in the mass grave at Pasir Putih cemetery": where the dead were laid, not where they died
    r"|\b(?:buried|reburied|interred)\b[^.;]{0,40}?\b(?:in|at)"
    # "the ferries sail for Surabaya", "a convoy bound for Goma": where people or ships are going
    # ("Sailed 0915 for Pusan": a diary's four-figure time between)
    r"|\b(?:[Ss]ail(?:s|ed|ing)?|bound|depart(?:s|ed|ing)?|head(?:s|ed|ing)|leav(?:e|es|ing)|left)\s+(?:\d{4}\s+)?for"
    # "a bus travelling from Gilgit to Rawalpindi", "on its way from Herat to Kabul": where the journey was to go
    r"|\b(?:travel+ing|travel+ed|heading|headed|on\s+(?:its|their)\s+way|en\s+route|driving|moving|bound)\s+from"
    r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?\s+to"
    # "evacuated 130, 11 of them children, to Mombasa": where they were taken, past the words between
    r"|\b(?:evacuated|deported|airlifted|ferried|shipped|flown)\b[^.;]{0,40}?\bto"
    # "The freed hostages were flown to Israel by way of Nairobi", "evacuated via Djibouti": a stop on their way out
    r"|\b(?:evacuated|deported|airlifted|ferried|shipped|flown|taken|driven|sent|repatriated|returned|freed)\b[^.;]{0,50}?"
    r"\b(?:by\s+way\s+of|via)"
    # "left aboard the royal yacht and are now in Dar es Salaam", "nearly all still live in tents in Ingushetia",
    # "held in camps at Raha Leo": where people stay now or are held
    r"|\b(?:are|is)\s+now\s+(?:in|at)"
    r"|\b(?:still|now)\s+(?:live|lives|living|stay|stays|staying)\b[^.;]{0,40}?\bin"
    r"|\b(?:held|detained|interned|imprisoned|kept)\s+in\s+(?:\w+\s+){0,2}?(?:camps?|prisons?|jails?|detention"
    r"|cells?|barracks)\b[^.;]{0,30}?\b(?:at|in))"
    r"\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(?:[A-Z][\w'’-]*\s+(?:and|or)\s+)?$")


# A word one of which every match of _REFUGE_BEFORE holds (a match of its last alternative, "into the neighbouring
# <place>", has "neighbo" before the place: its look-ahead cannot pass the end of the window).
_REFUGE_WORDS = ("treated", "taken", "brought", "admitted", "rushed", "transferred", "evacuated", "shelter", "refuge",
                 "arriv", "fled", "flee", "crossed", "neighbo", "driven", "trucked", "bused", "bussed", "shipped",
                 "deported", "buried", "interred", " for ", "still liv", "now liv", "still stay", "now stay", "held in",
                 "detained in", "interned in", "imprisoned in", "kept in", "now in", "now at", "airlift", "ferried",
                 "travel", "heading from", "headed from", "way from", "route from", "driving from", "moving from",
                 "bound from", "displaced to", "displaced into", "relocated", "run the",
                 "runs the", "ran the", "walk", "drive ", "crossing to", "journey to", "voyage to", "passage to",
                 "flown", "by way of", "via ")


_REFUGE_GATE = re.compile(trie_alternation(_REFUGE_WORDS))  # any word of _REFUGE_WORDS, as `w in window` finds it


def refuge(text: str, m: Mention) -> bool:
    """Whether a mention is where people were taken or went (_REFUGE_BEFORE), or a hospital.

    The window before the mention is searched only when it holds a word of _REFUGE_WORDS (one search of a
    trie-shaped pattern; the search tries the pattern at each of its 90 characters)."""
    if text.endswith("Hospital", m.start, m.end):
        return True
    a = m.start - 90 if m.start > 90 else 0
    if _REFUGE_GATE.search(text, a, m.start) is None:  # (one trie-shaped search, not one `in` per word)
        return False
    return bool(_REFUGE_BEFORE.search(text, a, m.start))


def destinations_after(text: str, mentions: list[Mention], number_end: int) -> bool:
    """Whether a sentence's places (`mentions`) are all where people went (refuge) in clauses after a semicolon after
    the number: "some 20,000 children were evacuated abroad; 3,840 of them sailed for Southampton" (the destination
    of the 3,840, not of the 20,000). Not past a comma only ("evacuated 300 survivors, 40 of them children, to
    Niamey": the 300's). A hospital named as such is where the hurt lay, but also where shells hit: no destination."""
    return bool(mentions) and all(text.find(";", number_end, m.start) >= 0
                                  and not text.endswith("Hospital", m.start, m.end) and refuge(text, m)
                                  for m in mentions)


_ACROSS = SPREAD_WORDS  # (capitalised too: "Across Kenya more than 250,000 people have fled")


# A country followed by the whole span of a lasting unrest: "more than 100 have died in Madagascar since the unrest
# began" (a total over all of it, not over the capital's day of shooting the sentences around tell).
_SINCE_IT_BEGAN_AFTER = re.compile(r"\s+since\s+the\s+(?:unrest|war|conflict|crisis|uprising|insurgency|revolution"
                                   r"|troubles|protests|violence)\s+(?:began|started|erupted|broke\s+out)\b")


def whole_country(text: str, m: Mention) -> bool:
    """Whether a country's mention names all of it as the place of a count ("689 dead across Romania", "throughout
    Cambodia", "died in Madagascar since the unrest began"): then the report's own country says where, as "across
    the country" does, and no town nearby is lent in its stead. A str.endswith over the few characters before it,
    or " since" just after it."""
    if m.place.precision != "country":
        return False
    if text.endswith(_ACROSS, m.start - 15 if m.start > 15 else 0, m.start):
        return True
    return text.startswith(" since ", m.end) and _SINCE_IT_BEGAN_AFTER.match(text, m.end) is not None


def whole_region(text: str, m: Mention, start: int, end: int) -> bool:
    """Whether a region's mention names all of it ("mobs attacked neighbourhoods across Gujarat") in the paragraph
    of the sentence [start, end): the sentences of that paragraph naming no place (a state's toll, the injured) are
    then the region's, not a town's named further back (the first incident's "Godhra"). As whole_country; a
    region-wide sentence of another paragraph ("raids across Bajaur" after the attack) lends nothing so."""
    if m.place.precision != "admin1" or not text.endswith(_ACROSS, m.start - 15 if m.start > 15 else 0, m.start):
        return False
    return "\n" not in (text[m.end : start] if m.end <= start else text[end : m.start])


# "in the region", "in the province": the sentence points back at a region named before, not at a town of it
_REGION_ANAPHOR = re.compile(r"\bin\s+the\s+(?:region|province|peninsula|governorate)\b(?!\s+of\b)")


def region_anaphor(sentence: str) -> bool:
    """Whether the sentence names its place as "the region" or "the province" (_REGION_ANAPHOR): its place from
    the sentences around it is a region's rank ("More than 130,000 people in the region have fled"), not a town's."""
    return "in the " in sentence and _REGION_ANAPHOR.search(sentence) is not None


# "in the city", "in the city's hotels", "the town still", a force "sent to the city", "in the capital", "the
# capital's main hospital": the sentence points back at a town named before. Not "treated in 12 hospitals across the
# city": where the wounded were treated, not where they were hurt (the scene named before is their place).
_TOWN_ANAPHOR = guarded(r"\b(?:(?:in|across|around)(?<!hospitals in)(?<!hospitals across)(?<!hospitals around)"
                        r"|inside|into|(?:sent|deployed|dispatched|rushed)\s+to)"
                        r"\s+the\s+(?:city|town|capital)\b(?!\s+(?:of|centre|center|hall)\b)"
                        r"|\b[Tt]he\s+(?:city|capital)['’]s\s+(?:main\s+|largest\s+|central\s+)?"
                        r"(?:hospitals?|morgue)\b")


TOWN_REACH = 30  # sentences searched back for the town "the city" points at


# "Police count 86 dead on the island", "the island toll": the island the text names ("on Utøya island"), not the
# "island of X" that names one itself.
_ISLAND_ANAPHOR = re.compile(r"\b[Tt]he\s+island\b(?!\s+of\b)")


def the_island(text: str, sentence: str, mentions: tuple[Mention, ...]) -> Mention | None:
    """For a sentence that names its place as "the island": the one island the document names ("<Name> island"),
    else None. A substring test first."""
    if "he island" not in sentence or _ISLAND_ANAPHOR.search(sentence) is None:
        return None
    islands = [m for m in mentions if text.startswith((" island", " Island"), m.end)]
    return islands[0] if len({m.place.name for m in islands}) == 1 else None


def town_anaphor(sentence: str) -> bool:
    """Whether the sentence names its place as "the city", "the town" or "the capital" (_TOWN_ANAPHOR): its place
    from the sentences around it is a town's rank ("Some 60 people were wounded in the city", "shops in the capital
    were looted"), not a hotel's or a street's."""
    return ("the city" in sentence or "the town" in sentence or "he capital" in sentence or "he city's" in sentence) \
        and _TOWN_ANAPHOR.search(sentence) is not None


def anaphor_clause(sentence: str, start: int, breaks: list[int], number_start: int) -> bool:
    """Whether the number's own clause (between the clause breaks around `number_start`; `start` is the sentence's
    offset, `breaks` clauses()'s) points back at a town ("60 people have been killed in the city since Sunday, most
    of them in the shelling of the Bairro Militar district"): its place is that town, not the district another
    clause names. A substring test first."""
    if "the city" not in sentence and "the town" not in sentence and "the capital" not in sentence:
        return False
    lo = max((b for b in breaks if b <= number_start), default=start) - start
    hi = min((b for b in breaks if b > number_start), default=start + len(sentence)) - start
    return _TOWN_ANAPHOR.search(sentence, lo, hi) is not None
