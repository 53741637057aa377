"""Places named for an event, resolved through the gazetteer (extract/gazetteer.py).

The place of a claim is the most specific place its sentence names (a camp or
district before a town, a town before a governorate, a governorate before a
country), nearest to the number among equals. When the sentence names none, or
only a country, the nearest sentences of the same section are searched: news
often names the place once ("The attack was on the Kamounia camp") and counts
in the next sentence. The place is returned as written, with the words that
narrow it ("eastern Aleppo city", "outskirts of Mlieha", "near Palmyra") and
with a partner joined by "and" ("Jableh and Tartous").

Not places of the event: the dateline city ("BEIRUT (Cedar Wire) —") and a byline;
a place that speaks or acts ("Moscow denied", "Kyiv says", "launched by Russia",
"Ukraine's General Staff said"). A country with a compass word ("southern
Lebanon") counts as a region. A town the gazetteer lacks is still a place when the
text says so ("the town of Kuriga", "Kayah region", "the South Hospital"): written,
unresolved. A sentence opening another story ("In a separate incident, ...") lends
its place to no other sentence, nor does a place people were taken or fled to; a
sentence that is a story of its own (a total over a period, "since 2015"; an event
of another year; a headline naming its place) takes only the place it names, even
the report's main country. Among places of different rank, the number's own clause
speaks first ("1.5 million displaced in North Darfur as the RSF besieges El Fasher"), and when it points back at
"the city" and names nothing else, that town ("killed in the city, most of them in the Bairro Militar district").
A bullet under a heading in capitals that names a place ("MASERU", "KATSE DAM") takes the heading's place when it
names none below the country itself (extract/placeheads.py). A place inside a partitive aside ("..., 300 of them in
Bukavu": extract/partitives.py) is lent to no other sentence; a count "across Romania" takes the country itself.
A count of harm that still finds no place takes the place of the incident the headline names ("Kasese clashes:
...": extract/placeincident.py), but not a force's size. The document's mentions are found once
(extract/placementions.py); what does not
depend on the number is worked out once per sentence. The places a written location
names, apart from any document, are extract/writtenplaces.py; how far a place's words reach as written
(and the Place record), extract/placeextent.py; how specific a mention is and the best of several,
extract/placerank.py.
"""

from __future__ import annotations

import bisect
import re
from itertools import zip_longest
from typing import Any

from extract.callertags import caller_area
from extract.context import SentenceContext, per_sentence
from extract.countrywide import over_whole_area, over_whole_country
from extract.currencies import codes
from extract.entryscope import bullet_line
from extract.placeahead import before_another_day
from extract.partitives import in_partitive
from extract.placeheads import heading_as_place
from extract.placeinfobox import infobox_place
from extract.placefacility import facility_back
from extract.datespans import since_began_day
from extract.placepoints import lent_across_points, point_of, refers_back
from extract.placerank import best_mention as _best, destination as _destination, in_span as _in_span
from extract.placerank import rank as _rank
from extract.placekept import all_kept, in_own_statement, kept_to_clause, other_conjunct
from extract.placelists import counted_list, inside_list
from extract.gazetteer import RANK, Mention
from extract.placeextent import Place, as_place
from extract.placementions import _main_country
from extract.placetold import event_mentions as _document_mentions  # the mentions less those where a claim was told
from extract.placetold import dateline_mention, names_a_ship
from extract.placescope import anaphor_clause, clauses, destinations_after, label, own_story, period_text, refuge
from extract.placescope import region_anaphor, the_island, whole_region
from extract.placespread import spread_over_places
from extract.placescope import town_anaphor, TOWN_REACH, whole_country
from extract.placetitle import title_place
from extract.placeincident import incident_place, lasting_incident, months_after, spread_around
from extract.storyscope import SEE_LINE as _SEE_LINE, story_neighbours
from extract.strengthplace import strength_told
from extract.records import Quantity
from extract.rx import guarded


# Money (in any currency: extract/currencies.py's codes), percentages and exchange rates describe an economy, not an
# event at a place (a rate may name its market).
_PLACELESS_UNITS = frozenset({"ratio", "percent"}) | codes()
CONTEXT_BEFORE = 5  # sentences searched back within the section when the sentence names no place
CONTEXT_AFTER = 2

# A sentence that says no place: its writer or source would not say where.
_NO_PLACE_SAID = guarded(r"\b(?:did not|didn't|would not|declined to) (?:say|specify|disclose|give) where\b"
                         r"|\bundisclosed location\b", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"\s*Source:")
# A sentence that opens another story ("In a separate incident, ...") lends its place to no other.
_SEPARATE = re.compile(r"\s*(?:In\s+an?\s+(?:separate|unrelated|other)\s+(?:incident|attack|development)|Separately|Elsewhere)\b")


def _countrywide(sentence: str) -> bool:
    """Whether the sentence counts over a whole country or region (extract/countrywide.py) or says no place: a
    substring test before each pattern."""
    if over_whole_area(sentence):
        return True
    return ("where" in sentence or "location" in sentence) and _NO_PLACE_SAID.search(sentence) is not None


def find_place(ctx: SentenceContext, q: Quantity, measure: str | None = None) -> Place | None:
    """The most specific place named for the claim's event, or None. Given the claim's measure, a count of harm
    that finds no place takes the place of the incident the headline names (extract/placeincident.py)."""
    if measure == "forces" and strength_told(ctx.text, q.char_start) and not _candidates(ctx):
        return None  # "the faction has about 2,500 fighters": a body's strength, lent no place (strengthplace.py)
    got = caller_area(ctx) or _find_place(ctx, q)  # (a caller's count "in his neighbourhood": callertags.py)
    if got is None and measure is not None and measure not in _UNCARRIED and q.unit not in _PLACELESS_UNITS:
        return _incident_place(ctx)
    return got


# Not carried from the headline's incident: a force's size (troops sent from elsewhere) and an evacuation (of
# foreign nationals, out of the place).
_UNCARRIED = frozenset(("forces",))


@per_sentence
def _incident_place(ctx: SentenceContext) -> Place | None:
    """The place of the headline's incident (placeincident.py) for a sentence of the body or of a live page's entry
    that names no place and finds none around it, is not a story of its own and moves no one out ("evacuated")."""
    if ctx.section.kind not in ("body", "update") or "evacuat" in ctx.sentence or _candidates(ctx):
        return None
    m = incident_place(ctx.text) or dateline_mention(ctx.text)  # or the dateline's town, "this town" (placetold.py)
    if m is None or spread_around(ctx) or months_after(ctx.sentence) or over_whole_country(ctx.sentence):
        return None  # ("Across the country, ... killed 800,000": the count is not the incident's; a count "across
        # the region" may be: the incident's region; "on the two battlefields": placeincident.py)
    if own_story(ctx):  # a count over a period: the headline's place only when it names a lasting conflict, whatever
        return _place_of(ctx, m) if lasting_incident(ctx.text) else None  # the sentences around name (placeincident.py)
    if _context_place(ctx) is not None:
        return None
    return _place_of(ctx, m)


def _find_place(ctx: SentenceContext, q: Quantity) -> Place | None:
    """find_place without the headline's incident."""
    if q.unit in _PLACELESS_UNITS:
        return _market_place(ctx) if q.unit == "ratio" else None
    if spread_over_places(ctx.sentence):
        return None  # "on the two battlefields": no one place (placespread.py)
    decided, got = _sentence_place(ctx)
    if town_anaphor(ctx.sentence) and _clause_points_back(ctx, q):
        return _place_of(ctx, None)  # "killed in the city, most of them in the X district": the city (placescope.py)
    if decided is None and not in_own_statement(ctx.text, got, ctx.start, ctx.end, q.char_start):
        return _place_of(ctx, None)  # "carried 68 bodies to the X morgue" is another statement's (placekept.py)
    if decided:
        if got is not None and ";" in ctx.sentence and destinations_after(ctx.text, [c[2] for c in _candidates(ctx)],
                                                                          q.char_end):
            return _place_of(ctx, None)  # "20,000 were evacuated; 3,840 sailed for Southampton" (placescope.py)
        return got
    breaks = clauses(ctx)
    if breaks:
        # the places of the number's own clause, when it names one ("1.5 million displaced in North Darfur as
        # the RSF tightens its siege of El Fasher"): the most specific of them, the nearest among equals
        lo, hi = _clause_of(ctx, breaks, q.char_start)
        own = [c for c in got if lo <= c[2].start < hi]
        if own:
            got = own
        top = min((c[0], c[1]) for c in got)
        got = [c for c in got if (c[0], c[1]) == top]
    # several mentions as specific as each other: the nearest to the number (the first of equals), one of the
    # number's own conjunct first ("75 at camps near Khost, in Afghanistan, and 13 at a plant in Khartoum")
    return _place_of(ctx, min(got, key=lambda c: (other_conjunct(ctx.text, q.char_start, q.char_end, c[2]),
                                                  abs(c[2].start - q.char_start)))[2])


def _clause_points_back(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number's own clause names no place but "the city" (placescope.anaphor_clause) while another
    clause of its sentence names one: then its place is the town named before, not the other clause's."""
    breaks = clauses(ctx)
    if not breaks or not anaphor_clause(ctx.sentence, ctx.start, breaks, q.char_start):
        return False
    lo, hi = _clause_of(ctx, breaks, q.char_start)
    return not any(lo <= c[2].start < hi for c in _candidates(ctx))


def _clause_of(ctx: SentenceContext, breaks: list[int], at: int) -> tuple[int, int]:
    """The document offsets of the clause of the sentence holding offset `at`."""
    k = bisect.bisect_right(breaks, at)
    return (breaks[k - 1] if k else ctx.start, breaks[k] if k < len(breaks) else ctx.end)


@per_sentence
def _market_place(ctx: SentenceContext) -> Place | None:
    """The town an exchange rate was quoted in, when its own sentence names one ("On the cash market in Kyiv the
    dollar fetched about 41 hryvnias"); None otherwise: a currency's rate has no place of an event to borrow."""
    towns = [c for c in _candidates(ctx) if c[0] <= RANK["city"]]
    if not towns:
        return None
    return as_place(ctx.text, min(towns, key=lambda c: (c[0], c[1], c[2].start))[2], _document_mentions(ctx.text))


@per_sentence
def _sentence_place(ctx: SentenceContext) -> tuple[bool | None, Any]:
    """(True, the place) when every number of the sentence has the same place; else (False, the
    candidates among which the number's position decides), or (None, them) when each is its own statement's only.

    The best mention is the most specific, then one that is not a destination, then the nearest to the
    number: only when two or more tie on the first two does the number matter.
    """
    here = _candidates(ctx)
    if here and all_kept(ctx.text, here):
        return None, here  # every place is its own statement's only: the number's statement decides (placekept.py)
    if len(here) > 1:
        if len({c[0] for c in here}) > 1 and clauses(ctx):
            return False, here  # the number's clause may name a place of its own (find_place)
        top = min((c[0], c[1]) for c in here)
        tied = [c for c in here if (c[0], c[1]) == top]
        if len(tied) > 1:
            return False, tied
        best: Mention | None = tied[0][2]
    else:
        best = here[0][2] if here else None
    return True, _place_of(ctx, best)


def _place_of(ctx: SentenceContext, best: Mention | None) -> Place | None:
    """The place of a claim whose sentence's best mention is `best` (None: the sentence names none)."""
    if best is None:  # "in the three municipalities": the list of three places named before (placelists.py)
        best = counted_list(ctx.text, ctx.sentence, ctx.start, _document_mentions(ctx.text))
    # the country the whole report is about says no more than no place at all, except in a sentence that is a
    # story of its own: a headline naming its place, a total over a period or an event of another year; people fled
    # into it (their place), or a count "across Romania" (all of it: placescope.py)
    if best is None:  # "Police count 86 dead on the island": the island the text names (placescope.py)
        best = the_island(ctx.text, ctx.sentence, _document_mentions(ctx.text)) \
            or facility_back(ctx.text, ctx.sentence, ctx.start, _document_mentions(ctx.text))  # "in the plantation"
    vague = best is None or (best.place.precision == "country" and best.place.name == _main_country(ctx.text)
                             and not refuge(ctx.text, best) and not whole_country(ctx.text, best))
    if bullet_line(ctx.text, ctx.start) >= 0 and ctx.section.kind != "headline" \
            and (best is None or (best.place.precision == "country") != refuge(ctx.text, best)):
        # a bullet under a place's heading ("MASERU": placeheads.py), naming no place, or a country that is not where
        # people fled, or a town or a hospital they were taken to
        head = heading_as_place(ctx.text, ctx.start)
        if head is not None:
            return head
    if vague and not (best is not None and ctx.section.kind == "headline" and not label(ctx.text, best)):
        near = _context_place(ctx)
        if near is not None and (best is None or _rank(ctx.text, near) < _rank(ctx.text, best)) \
                and not (own_story(ctx) and not since_began_day(ctx.sentence)):  # (datespans.py: "since X began
            # on Thursday" counts days, as "since Thursday")
            best = near
        elif best is None and _SAME_PERIOD.search(ctx.sentence) and own_story(ctx):
            best = _same_period_place(ctx)
        if best is None and near is None and ctx.section.kind == "body" and not own_story(ctx):
            best = title_place(ctx.text)  # the district the report's title names (placetitle.py)
    if best is None and (best := infobox_place(ctx.text)) is None:  # "Place: Czechoslovakia" (placeinfobox.py)
        return None
    memo = ctx.memo
    if memo is None:
        return as_place(ctx.text, best, _document_mentions(ctx.text))
    # every number whose place is this mention gets the same Place (a span names one mention of the document)
    key = ("as_place", best.start, best.end)
    got = memo.get(key)  # (a Place is never None; a first ask is as frequent as a hit, so no try/except KeyError)
    if got is None:
        got = memo[key] = as_place(ctx.text, best, _document_mentions(ctx.text))
    return got


@per_sentence
def _candidates(ctx: SentenceContext) -> list[tuple[int, int, Mention]]:
    """The mentions in the claim's sentence with the parts of _best's cost that do not depend on the number."""
    text = ctx.text
    return [(_rank(text, m), _destination(text, m), m) for m in _in_span(_document_mentions(text), ctx.start, ctx.end)]


_SAME_PERIOD = guarded(r"\b(?:the same|that|this) (?:period|time|year|month)\b")


def _same_period_place(ctx: SentenceContext) -> Mention | None:
    """For a total over a period that names no place but points back at one ("over the same period"): the place
    of the sentence just before it when that one is a total over a period too ("Gang violence in Haiti killed 1,554 people in the first three months of the year.
    Another 438 were kidnapped over the same period"), even a country; else None."""
    back = story_neighbours(ctx, -1, 1)
    if not back:
        return None
    s, e = ctx.sentences[back[0]]
    if not period_text(ctx.text[s:e], ctx.published):
        return None
    return _best(_in_span(_document_mentions(ctx.text), s, e), s, ctx.text)


@per_sentence
def _context_place(ctx: SentenceContext) -> Mention | None:
    """The place of the nearest sentences of the story, for a sentence that names none (or only the main
    country); None when it speaks of the whole country, opens another story or counts over months after it."""
    if _countrywide(ctx.sentence) or _SEPARATE.match(ctx.sentence) or months_after(ctx.sentence):
        return None
    if names_a_ship(ctx.text, ctx.start, ctx.end):  # what happened aboard a ship is no other sentence's place
        return None
    return _from_context(ctx, _document_mentions(ctx.text))


def _before_a_period_total(ctx: SentenceContext, ahead: list[int]) -> list[int]:
    """The sentences ahead up to the first that counts over a period of its own ("The attack brings to 112 the
    number killed in the Tana Delta since August 22"): a total's wider place is lent to no sentence before it."""
    for k, i in enumerate(ahead):
        s, e = ctx.sentences[i]
        if period_text(ctx.text[s:e], ctx.published):
            return ahead[:k]
    return ahead


def _from_context(ctx: SentenceContext, mentions) -> Mention | None:
    """The most specific place in the nearest sentence of the same story that names one.

    A heading looks only forward (the item it heads), unless it is the title of a linked post ("See ...");
    the "Source:" line closing an excerpt looks only back, over the excerpt it closes.
    """
    sentence = ctx.sentence
    if _SOURCE_LINE.match(sentence):
        order = [ctx.index - d for d in range(1, 2 * CONTEXT_BEFORE)]
    elif ctx.section.kind == "headline":
        if _SEE_LINE.match(sentence):
            return None
        order = [ctx.index + d for d in range(1, CONTEXT_AFTER + 1)]
    elif ctx.section.kind == "comment":
        # readers change the subject from one line to the next: only the line before speaks of the same thing
        back = story_neighbours(ctx, -1, 1)
        order = back
    else:
        # "in the city" points back at the town named last, however far back in the story (placescope.py)
        back = story_neighbours(ctx, -1, CONTEXT_BEFORE if not town_anaphor(sentence) else TOWN_REACH)
        ahead = before_another_day(ctx.text, ctx.sentences, story_neighbours(ctx, +1, CONTEXT_AFTER))  # placeahead.py
        ahead = _before_a_period_total(ctx, ahead)
        order = [i for pair in zip_longest(back, ahead) for i in pair if i is not None]  # one back, one ahead, ...
    order = [i for i in order if 0 <= i < len(ctx.sentences)]  # (a headline's or a source line's reach may pass an end)
    item = bullet_line(ctx.text, ctx.start)  # a list's item borrows no other item's place (extract/entryscope.py)
    if item >= 0:
        order = [i for i in order if bullet_line(ctx.text, ctx.sentences[i][0]) in (item, -1)]
    point = point_of(ctx.text, ctx.start)  # a numbered point's own places are no other point's (placepoints.py)
    if point >= 0 and refers_back(sentence):  # but one referring back to an event ("in the shelling") may borrow
        point = -1
    want_region = region_anaphor(sentence)
    want_town = not want_region and town_anaphor(sentence)  # "in the city": a town, not a hotel in it (placescope.py)
    region = None
    for i in order:
        s, e = ctx.sentences[i]
        if _SEPARATE.match(ctx.text, s):
            continue
        part = max(ctx.text.find(" of th", s, e), ctx.text.find(" of wh", s, e))  # (none: no partitive aside)
        cands = [m for m in _in_span(mentions, s, e) if _rank(ctx.text, m) < RANK["country"]
                 and not inside_list(ctx.text, mentions, m)  # (the list's first stands for it: placelists.py)
                 and (point < 0 or lent_across_points(ctx.text, point, m.start, ctx.text[m.start : m.end]))
                 and (want_town or part < 0 or not in_partitive(ctx.text, s, m.start))
                 and not kept_to_clause(ctx.text, m)]  # (a part's place
        # lends no scene, partitives.py; "the city" still points back at a town named in one)
        if want_region:  # "in the region": a region named before, not a town of it (placescope.py)
            cands = [m for m in cands if _rank(ctx.text, m) == RANK["admin1"]]
        elif want_town:
            cands = [m for m in cands if _rank(ctx.text, m) == RANK["city"]]
        got = _best(cands, s, ctx.text)
        while got is not None and refuge(ctx.text, got):  # (asked of the best only, mostly no refuge)
            cands.remove(got)
            got = _best(cands, s, ctx.text)
        if got is not None:
            if _rank(ctx.text, got) < RANK["admin1"] or (region is None and whole_region(ctx.text, got, ctx.start,
                                                                                         ctx.end)):
                return got  # (or the nearest names all of a region, "across Gujarat", placescope.py: no town)
            region = region or got  # a town further off is still more specific than a region nearer
    return region
