"""A number that is a part, more, or a restatement of another count of its sentence (or of the sentence before).

extract/classify.py asks these for a number with no verb of its own that gives it a measure:
- a part of a toll: "killed 12 people, including 5 children", "19 people, 6 of whom were children";
- a count restated: "1,200 families, or roughly 4,000 people", "up from an initial count of 50", "bringing the
  total to 465,000", "put the figure at 1,000" (the words of which are in extract/anaphora.py);
- more of the same people: "89 militants ..., along with 21 soldiers", "killed 9 policemen and wounded 17"
  (a noun left out), "70 around Aleppo and 20 near Deir ez-Zor" (a breakdown);
- a sentence opening as a part or more of the last count of the sentence before ("Of these, 902 ...", "Another
  3,000 were stuck"), or a clause opening so ("lists 530 killings; of these, 212 ...");
- a bare count said as an update of a count before it ("Officials said 54 at 6:40.", `said_count`), a bare count
  brought down of the last thing that flies named before it ("CENTCOM says 21 shot down", `shot_down_count`), and
  a part "of them" a verb acts on ("... 90 drones. Air defences downed 114 of them.", `part_done_to`): these live in
  extract/barecounts.py and are re-exported here.
Each answers with what the other number counts (its measure, subject and side), as extract/classify.py
classifies that number: `_again` calls it back, `depth` bounding the chain (`Kind`, `_again` and `previous` live in
extract/kindbefore.py, re-exported here for the modules of parts).
"""

from __future__ import annotations

import re

from extract.barecounts import (_BARE_END, _SAID_BEFORE, _SAID_WORDS, part_done_to,  # noqa: F401  (re-exported:
                                said_count, shot_down_count)  # extract/classify.py, sharedcounts.py read them here)
from extract.anaphora import (asked_verb, count_past_aside, counts_before_doubt, earlier_count, gapped,
                              opens_clause_as_part, part_of_earlier, refers_back, told_verb)
from extract.context import SentenceContext
from extract.kindbefore import _COUNT_BEFORE, _COUNT_BEFORE_FOLDED, Kind, _again, previous  # noqa: F401
from extract.docnumbers import counts_in, numbers_before, numbers_in  # (read here by eventparts, sharedcounts, suchcases, ...)
from extract.listitems import THING_MEASURES
from extract.nonclaims import of_the_dead, of_those_done
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.elidedthings import along_with_things
from extract.elidedwho import whole_after_aside
from extract.rises import RISE_WORDS, rise_of
from extract.rx import guarded
from extract.sides import resolve_side
from extract.triggers import ARMED, HUMAN, lexicon, measure_for, norm
from extract.wordset import folded


_PART_BEFORE = guarded(r"\b(?:including|among\s+them|among\s+whom|incl\.|of\s+them|of\s+whom)\s*"
                          r"(?:(?:about|around|some|roughly|approximately|nearly|almost|at\s+least|more\s+than|"
                          r"over|up\s+to|an\s+estimated)\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+of\s+(?:whom|them|those|the\s+dead|the\s+victims|which)\b", re.IGNORECASE)
_RUNNING_TOTAL = re.compile(r"\b(?:bringing|taking|raising|pushing|putting)\s+(?:the|its|their|his|her)\s+"
                            r"(?:[\w-]+\s+){0,5}?to\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|"
                            r"roughly|an\s+estimated)\s+)?$", re.IGNORECASE)
_RESTATED = re.compile(r",\s*or\s+(?:(?:about|around|roughly|some|approximately|nearly|almost|more\s+than|over)\s+)?$",
                       re.IGNORECASE)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|"
                         r"another|over)\s+)?$", re.IGNORECASE)
_UP_FROM = guarded(r"\b(?:up|down|rising|risen|climbing|revised|raised|lowered)\s+from\s+(?:an?\s+|the\s+|its\s+)?"
                      r"(?:(?:initial|earlier|previous|first|preliminary|official)\s+)?(?:(?:death\s+)?(?:count|toll|"
                      r"figure|estimate|tally)\s+(?:of\s+)?)?(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than)\s+)?$",
                      re.IGNORECASE)
_OF_WHICH = re.compile(r"\s+of\s+which\b", re.IGNORECASE)
_PART_WORDS = frozenset({"including", "among", "incl", "them", "whom"})  # _PART_BEFORE
_TOTAL_WORDS = frozenset({"bringing", "taking", "raising", "pushing", "putting"})  # _RUNNING_TOTAL


def part_or_restatement(ctx: SentenceContext, q: Quantity, depth: int, ph: Phrase, text: str, start: int, end: int,
           words: frozenset[str], cut: bool) -> Kind | None:
    """A number with no verb of its own that is a part or a restatement of the number before it."""
    k = q.char_start
    if (ph.cls is None or ph.cls in HUMAN) and (
            (cut or not _PART_WORDS.isdisjoint(words)) and
            _PART_BEFORE.search(text, max(start, k - 30), k)
            or _PART_AFTER.match(text, q.char_end, end)):
        # a part of a toll: "killed 12 people, including 5 children", "19 people, 6 of whom were children"
        from extract.sharedcounts import claim_before, no_verb_on_part  # (local: it imports this module)
        whole = previous(ctx, q, depth)
        if whole is None:  # "83 massacres in the three municipalities, 61 of them": the count before "three"
            whole = claim_before(ctx, q, depth)
        if whole is None and ph.cls in (None, "people") and of_the_dead(ctx, q):
            return Kind("killed", "people", resolve_side(ctx, q, "killed", None, None, ""))  # "identified 6,900 of the victims"
        done = of_those_done(ctx, q) if whole is None and ph.cls in (None, "people") else None
        if done is not None:  # "46 of those abducted had not come home"
            measure = measure_for(done, None)
            assert measure is not None  # (every group of nonclaims._PART_GROUPS has a measure of people)
            return Kind(measure, "people", resolve_side(ctx, q, measure, None, None, ""))
        of_which = bool(_OF_WHICH.match(text, q.char_end, end))  # "3,450 rockets, some 680 of which"
        if whole is not None and (of_which or whole.measure in PART_MEASURES or (
                ph.cls is None and whole.measure in THING_PARTS and OF_THEM.match(text, q.char_end, end)
                and no_verb_on_part(ctx, q))):
            # ("83 raids, 61 of them by the army": a part of a count of things done)
            lex = lexicon()
            subject, cls = ph.subject, ph.cls
            if subject is None:
                lim = min(end, q.char_end + 40)
                comma = text.find(",", q.char_end, lim)  # the part's own words: "14 women, two of them pregnant, and
                m = lex.noun_re.search(text, q.char_end, lim if comma < 0 else comma)  # six men" are no men
                if m and _PLACE_OR_MEANS.search(text, q.char_end, m.start()):
                    m = None  # "20 of them in attacks", "61 of them by the army": where or how, not what the part is
                if m and norm(m.group(0)) in lex.noun_class:
                    cls, subject = lex.noun_class[norm(m.group(0))]
            if subject in _ORIGIN_NOUNS and _armed(whole.subject):
                return whole  # "98 militants killed, including 26 foreigners": foreign fighters, not civilians abroad
            side = resolve_side(ctx, q, whole.measure, cls, subject, "", np_end=ph.np_end)
            return Kind(whole.measure, subject or whole.subject,
                         side if cls and cls != "people" else whole.side)  # "including seven people": the whole's
    lo = max(start, k - 30)
    if text.find(",", lo, k) >= 0 and _RESTATED.search(text, lo, k):  # (the pattern opens with ",")
        whole = previous(ctx, q, depth)  # "1,200 families, or roughly 4,000 people": the same count restated
        if whole is not None:
            return Kind(whole.measure, ph.subject or whole.subject, whole.side)
    if ph.verb is None and (ph.cls is None or ph.cls in HUMAN) and "with" in words and _ALONG_WITH.search(
            text, max(start, k - 40), k):
        whole = previous(ctx, q, depth)  # "89 militants have been killed …, along with 21 soldiers and police"
        if whole is not None and whole.measure in PEOPLE_MEASURES:
            side = resolve_side(ctx, q, whole.measure, ph.cls, ph.subject, "", np_end=ph.np_end) if ph.cls else whole.side
            return Kind(whole.measure, ph.subject or whole.subject, side)
    if "with" in words:
        things = along_with_things(ctx, q, ph, depth, previous)  # "seized 12 tanks, together with 300 rifles"
        if things is not None:  # (extract/elidedthings.py)
            return Kind(*things)
    if ph.cls is None and "from" in words and _UP_FROM.search(text, max(start, k - 60), k):
        whole = previous(ctx, q, depth, reach=280)  # "has risen to 79, …, up from an initial count of 50": the same count
        if whole is not None:
            return whole
    if ph.cls is None and not RISE_WORDS.isdisjoint(words) and rise_of(ctx, q):
        whole = previous(ctx, q, depth, reach=200)  # "46,000 people live in camps, a rise of 8,000" (extract/rises.py)
        if whole is not None and whole.measure in PART_MEASURES:
            return whole
    if ph.cls is None and not _TOTAL_WORDS.isdisjoint(words) and _RUNNING_TOTAL.search(text, max(start, k - 80), k):
        whole = previous(ctx, q, depth)  # "lost 1,150 troops, bringing its total losses to 465,000"
        if whole is not None:
            return Kind(whole.measure, whole.subject, whole.side)
    return None


def elided(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A count of people whose noun is left out because the number before it names them: "31 of its
    civilians had been killed and 150 wounded", "killed 9 policemen and wounded 17", "three peacekeepers
    were killed and five others wounded". Its subject and side are those of that number."""
    text = ctx.text
    if not _AND_BEFORE.search(text, max(ctx.start, q.char_start - 30), q.char_start):
        return None  # (every match of _ELIDED_GAP ends so: a cheap test before the numbers of the sentence)
    before = [p for p in numbers_in(text[ctx.start : q.char_start], ctx.start) if p.kind == "number" and not (
        _MONTH_NEXT.match(text, ctx.start + p.char_end))]  # ("killed since 26 January and 80 wounded": a day, no count)
    if before and not _ELIDED_GAP.match(text, ctx.start + before[-1].char_end, q.char_start):
        aside = whole_after_aside(ctx, q, before)  # "90 civilians killed, 40 of them in May, and 200 hurt"
        kind = _again(ctx, aside, depth + 1) if aside is not None else None  # (extract/elidedwho.py)
        return kind if kind is not None and kind.measure in PEOPLE_MEASURES else None
    if not before:
        return None
    last = before[-1].shifted(ctx.start)
    if _PART_BEFORE.search(text, max(ctx.start, last.char_start - 30), last.char_start) or _PART_AFTER.match(
            text, last.char_end, q.char_start):
        # "killed 21 people, including 4 children, and wounded 29", "killed 30 civilians, eight of them children, and
        # wounded 40": a partitive names a part of the count before it, not the count after it
        return None
    kind = previous(ctx, q, depth)
    return kind if kind is not None and kind.measure in PEOPLE_MEASURES else None


def last_is_a_part(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the last number of the sentence before `q` is a part named in an aside ("killed 20 people, among them
    five soldiers, and wounded 100 others", "30 civilians, eight of them children, and 40 others"): "others" after
    it are others than the whole, not more of the part."""
    text = ctx.text
    before = counts_in(text[ctx.start : q.char_start], ctx.start)
    if not before:
        return False
    last = before[-1].shifted(ctx.start)
    return bool(_PART_BEFORE.search(text, max(ctx.start, last.char_start - 30), last.char_start) or _PART_AFTER.match(
        text, last.char_end, q.char_start))


PEOPLE_MEASURES = ("killed", "wounded", "captured")
# what a part of a count of people ("including 5 children", "200 of them in the town") shares with the whole
PART_MEASURES = ("killed", "wounded", "captured", "displaced", "forces")
# what a bare part "of them" shares with a count of things done or used ("83 raids, 61 of them by the army"): the
# measures of things a list item shares too
THING_PARTS = THING_MEASURES
OTHERS = re.compile(r"\s+others\b", re.IGNORECASE)
OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
_HURT = r"(?:killed|died|dead|wounded|injured|hurt|captured|abducted|kidnapped|arrested|detained)"
# between the two numbers: the first one's noun (and verb), then "and" (then the second one's verb, when it
# stands before it); nothing that could start another clause's subject after "and"; where, when or by what in
# between ("nine civilians were killed by shellfire and dozens wounded")
_BOUND = r"(?:" + qualifier_pattern(r"[ \t]+") + r"[ \t]+)?"  # "at least", "another" (extract/qualifierwords.py)
_AND_BEFORE = re.compile(r"[ \t]and[ \t]+(?:that[ \t]+)?(?:" + _HURT + r"[ \t]+)?" + _BOUND + r"\Z", re.IGNORECASE)
_MONTH_NEXT = re.compile(r"[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b")  # a day of a month, after its number
# (between commas, an apposition of the first noun: "Three policemen, all from the market patrol, were killed and
# seven were wounded": the seven are policemen too)
_ELIDED_GAP = re.compile(r"[ \t]+[\w \t'’-]{0,60}?(?:,[ \t]+[^,;.:()]{1,50}?,)?"
                         r"(?:[ \t]+(?:had|have|has)[ \t]+been|[ \t]+were|[ \t]+was)?[ \t]+"
                         + _HURT + r"(?:[ \t]+(?:there|here)|[ \t]+(?:in|on|at|near|during|since|by)[ \t]+[\w \t'’-]{1,40}?)?,?[ \t]+and[ \t]+"
                         r"(?:that[ \t]+)?" + _BOUND + r"\Z"
                         r"|[ \t]+[\w \t'’-]{0,60}?,?[ \t]+and[ \t]+" + _HURT + r"[ \t]+" + _BOUND + r"\Z",
                         re.IGNORECASE)


def inherit(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A bare number in a breakdown ("90 killed today, 70 around Aleppo and 20 near Deir ez-Zor",
    "250 troops ... to reinforce the 50 already there") counts what the number before it counts."""
    if not _BREAKDOWN_NEXT.match(ctx.text, q.char_end, ctx.end):  # (as on the rest of the sentence: endpos ends it)
        if gapped(ctx, q) or ctx.text[max(ctx.start, q.char_start - 8) : q.char_start].lower() == "another ":
            # "902 were attributed to the army and 510 to the rebels"; "212 people were held ..., and the families
            # of another 87 say ...": more of the count before
            whole = previous(ctx, q, depth)
            return whole if whole is not None and whole.measure in PART_MEASURES else None
        if _REMAIN_NEXT.match(ctx.text, q.char_end, ctx.end):
            whole = previous(ctx, q, depth)  # "280,000 people were held in camps; fewer than 10,000 remain"
            return whole if whole is not None and whole.measure in ("displaced", "captured") else None
        return None
    whole = previous(ctx, q, depth)
    if whole is not None and whole.measure == "funding" and q.unit == "count":
        return None  # "raised $27 million, led by three investors": a count does not inherit money
    return whole


_DOUBTED_TOLLS = frozenset({"wounded", "missing"})  # what a doubted "count" may be, when no count of the dead is near


def restated_count(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A number restating a count told before it ("Officials put the figure at 1,000 to 1,500", "Estimates
    fall between 500,000 and 800,000"): what that count counts, the number before it in the sentence, else
    the last of the sentence before, else a question of a count ("How many died?"), else the harm the sentence
    before tells of with no number ("Nobody has counted the dead."; extract/anaphora.py)."""
    if not refers_back(ctx, q):
        return None
    # (no digit or number word before it: no number to parse; _COUNT_BEFORE, faster)
    if _COUNT_BEFORE_FOLDED.search(folded(ctx.text), ctx.start, q.char_start) and any(
            p.kind == "number" for p in numbers_in(ctx.text[ctx.start : q.char_start], ctx.start)):
        if _BREAKDOWN_NEXT.match(ctx.text, q.char_end, ctx.end):
            return None  # (inherit has asked the number before already)
        return previous(ctx, q, depth, reach=200)  # "..., putting their number at between 35,000 and 50,000"
    earlier = earlier_count(ctx, q, numbers_before(ctx))
    if earlier is not None:
        earlier = _whole_of_part(*earlier)
        got = _again(*earlier, depth + 1)
        if got is None:  # "... housed in five army camps. Red Cross officials put the number nearer 5,000."
            from extract.sharedcounts import earlier_claim  # (local: it imports this module)
            got = earlier_claim(ctx, depth)
        return got
    group = asked_verb(ctx) or told_verb(ctx)
    measure = measure_for(group, None) if group else None
    if measure is None:
        past = count_past_aside(ctx, numbers_before(ctx))  # "... 338 killed. Nobody believes it. Medics put the
        if past is not None:  # number at 4,000" (extract/anaphora.py)
            return _again(*past, depth + 1)
        hurt = None  # ("… said the Government's count could not be trusted. "… the true number is well over 100"":
        for earlier in counts_before_doubt(ctx, numbers_before(ctx)):  # the latest count of the dead told before
            got = _again(*earlier, depth + 1)  # it, else of the hurt or missing)
            if got is not None and got.measure == "killed":
                return _doubting(ctx, q, got)
            if hurt is None and got is not None and got.measure in _DOUBTED_TOLLS:
                hurt = got
        return _doubting(ctx, q, hurt) if hurt is not None else None
    return Kind(measure, "people", resolve_side(ctx, q, measure, None, None, ""))


# nouns that tell only where people come from (assets/lexicons/claims.toml [nouns.civilian]): a part of armed men so
# named is of the armed men
_ORIGIN_NOUNS = frozenset({"foreigners", "nationals"})


def _armed(subject: str) -> bool:
    """Whether a subject is a noun of armed men (a [nouns] word of an ARMED class: "fighters", "troops")."""
    got = lexicon().noun_class.get(norm(subject))
    return got is not None and got[0] in ARMED


def _whole_of_part(prev: SentenceContext, p: Quantity) -> tuple[SentenceContext, Quantity]:
    """The count a restatement refers to, given the last number of the sentence before: the whole that number is a
    part of, when it is one ("… lists 79 people killed, 48 of them children. Leaders say the true number is 119";
    "45 people were killed, among them 19 foreign nationals. Its first figure was 36": the dead at large, not the
    children or the nationals), else that number itself."""
    text = prev.text
    if not (_PART_AFTER.match(text, p.char_end, prev.end)
            or _PART_BEFORE.search(text, max(prev.start, p.char_start - 30), p.char_start)):
        return prev, p
    before = counts_in(text[prev.start : p.char_start], prev.start)
    return (prev, before[-1].shifted(prev.start)) if before else (prev, p)


def _doubting(ctx: SentenceContext, q: Quantity, doubted: Kind) -> Kind:
    """A counter-figure to a doubted count ("the true number is well over 100") counts the dead (or hurt) at large:
    its measure is the doubted count's, but not its noun nor its side ("73 civilians" doubted: "people", the side
    read as for any unidentified people, extract/sides.py)."""
    return Kind(doubted.measure, "people", resolve_side(ctx, q, doubted.measure, None, None, ""))


def part_of_last_count(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A number opening its sentence as a part of the last count of the sentence before ("... documented 1,412
    killings. Of these, 902 were attributed to the army"), or as more of it ("... 300,000 people had fled.
    About 4,000 more were still waiting"), or a clause opening so after the count in its own sentence ("lists 530
    killings; of these, 212 are attributed to the rebels"): what that count counts, if it counts people harmed or
    forces."""
    if opens_clause_as_part(ctx, q):
        whole = previous(ctx, q, depth, reach=250)
        return whole if whole is not None and whole.measure in PART_MEASURES else None
    if not part_of_earlier(ctx, q):
        return None
    earlier = earlier_count(ctx, q, numbers_before(ctx))
    whole = _again(*earlier, depth + 1) if earlier is not None else None
    return whole if whole is not None and whole.measure in PART_MEASURES else None


_REMAIN_NEXT = re.compile(r"\s+(?:still\s+)?(?:remain|remained|remains|are\s+left|were\s+left)\b", re.IGNORECASE)
_BREAKDOWN_NEXT = re.compile(r"\s*(?:$|[,;.)]|around|in|near|at|from|across|on|inside|outside|already|elsewhere|"
                             r"before|after|others?|more|were|was|are\b|and\b|—|–)", re.IGNORECASE)


# A preposition between a part and a noun after it: the noun says where, when or by whom, not what the part counts.
_PLACE_OR_MEANS = re.compile(r"\b(?:in|at|on|near|by|during|from|after|before|with|inside|outside|across|around|"
                             r"among|under|over|into|through|to|towards?)\s", re.IGNORECASE)
