"""A date that governs a verb of saying dates the statement, not the event it counts; the incident's date goes on.

"On 9 March the ministry said 40 people had died", "On 2 May, the commission, led by a retired judge, published its
findings", "Three days later the governor put the toll at 12": the opening date (or "N days later") is the day the
figure was given, its subject and a verb of saying or publishing follow it. The claims of such a sentence take the
date of the event they count, from where the event was dated, not the statement's (GUIDELINES: the event date is
the date of the event counted): the hit becomes kind "said", which extract/dates.py sets aside as if the sentence
named no date.

A news story dates its incident once, in its lead ("Gunmen attacked a mosque in the town on Friday evening, ...";
"On the night of 3 May, militiamen entered the village ..."); later sentences about it ("The ministry later gave
the figure as 9", "Two of the gunmen were shot dead") name no date of their own. incident_date gives, once per
document, the first anchored or weekday date of an event among the document's first sentences, which
extract/dates.py lends to a later body sentence that nothing else dates.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from extract.countrywide import over_whole_area
from extract.dateaftermath import no_new_event
from extract.dateopeners import a_total
from extract.dateresolve import EventDate
from extract.datewords import REPORT_VERB_ALTERNATION
from extract.numwords import small_count
from extract.triggers import ARREST_STEMS

# After the opening date: an optional comma, the subject (at most eight words, appositive commas allowed, no verb of
# its own: no "that", "who", "which", "had", "was", "were"), then a verb of saying or publishing.
_SAY_VERBS = REPORT_VERB_ALTERNATION + r"|issued|told|put\s+(?:the|its|their|a)\s+(?:toll|figure|number)|gave" \
    r"|spoke\s+of|concluded|had\s+(?:given|put)\s+(?:the|its|their|a)\s+(?:death\s+)?(?:toll|figure)"
_SUBJECT_WORD = r"(?!(?:that|who|which|had|has|have|was|were|is|are|and)\b)[\w'’.-]+,?\s+"
# (not "On Monday, the army said, 40 rebels were killed": an attribution set off by commas; the date dates the rest)
_SAID_AFTER = re.compile(r",?\s+(?:" + _SUBJECT_WORD + r"){1,8}?(?:" + _SAY_VERBS + r")\b(?!\s*,)", re.IGNORECASE)
# What may stand before the opening date: nothing, or a paragraph's label ending in a full stop ("The army. ").
_OPENING = 30
# "Three days later", "A day later", "The next day" opening a sentence (extract/datelater.py counts the days)
_LATER_OPENS = re.compile(r"\s*(?:(?:a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+later"
                          r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))", re.IGNORECASE)
_SAID_KINDS = frozenset(("explicit", "weekday", "yesterday", "today", "monthyear", "year"))
# A noun of finding or counting just before a date: "Exhumations in July 2000 recovered 56 bodies", "a census in
# 2003 counted": the day the dead were found or counted, not the day they died.
_FOUND_BEFORE = re.compile(r"\b(?:exhumations?|autops(?:y|ies)|post-mortems?|(?:a|the)\s+(?:census|recount|head\s+count))"
                           r"\s+(?:in|on|of)\s+$", re.IGNORECASE)


# A paragraph's label before the opening date: a few words and a full stop ("The army. ", "UN agencies. ").
_LABEL = re.compile(r"[A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,3}\.[ \t]+")


def _opens(sentence: str, start: int) -> bool:
    """Whether `start` is the sentence's opening, or follows only a short label ending in a full stop."""
    return start == 0 or (start <= _OPENING and _LABEL.fullmatch(sentence, 0, start) is not None)


def _says(sentence: str, at: int) -> bool:
    """Whether the words from `at` are a subject and a verb of saying (_SAID_AFTER) that govern the sentence; not
    when a count stands before the verb ("On May 8 gunmen killed 12 villagers in the district, police said": the
    attribution trails the sentence, and the date dates the killing)."""
    m = _SAID_AFTER.match(sentence, at)
    return m is not None and not any(c.isdigit() for c in sentence[at : m.end()])


def said_dates(sentence: str, out: list) -> list:
    """The hits with an opening date that governs a verb of saying made kind "said", no date (the module's doc).
    A cheap test first: only a hit at the opening can govern the sentence's main verb."""
    if not out:
        return out
    if ";" in sentence:  # "...; on 25 April the health ministry revised the toll to about 253": a clause's opening
        out = [_clause_said(sentence, h) for h in out]
    if out[0].start > _OPENING or out[0].kind not in _SAID_KINDS:
        return out
    first = out[0]
    if first.start > 0 and _FOUND_BEFORE.search(sentence, 0, first.start):  # (a finding's date)
        return [first._replace(kind="said", date=None, anchored=False)] + list(out[1:])
    if not _opens(sentence, first.start) or not _says(sentence, first.end):
        return out
    return [first._replace(kind="said", date=None, anchored=False)] + list(out[1:])


# A clause after a semicolon opening with its date: "; on 25 April the ministry revised the toll to 253".
_AFTER_SEMICOLON = re.compile(r";\s+$")
_CLAUSE_SAY = re.compile(r",?\s+(?:" + _SUBJECT_WORD + r"){1,8}?(?:" + _SAY_VERBS
                         + r"|revised|raised|lowered|updated)\b(?!\s*,)", re.IGNORECASE)


def _clause_said(sentence: str, h):  # noqa: ANN001, ANN202 (a dates._Hit)
    """The hit made kind "said" when it opens a clause after a semicolon and its subject and a verb of saying or
    of revising a figure follow (_CLAUSE_SAY): the day the figure was given, as at a sentence's opening."""
    if h.kind not in _SAID_KINDS or h.start < 2 or not _AFTER_SEMICOLON.search(sentence, max(0, h.start - 4), h.start):
        return h
    m = _CLAUSE_SAY.match(sentence, h.end)
    if m is None or any(c.isdigit() for c in sentence[h.end : m.end()]):
        return h
    return h._replace(kind="said", date=None, anchored=False)


def later_said(sentence: str) -> bool:
    """Whether the sentence opens "Three days later the spokesman said ...": the offset dates the statement, not
    the event (extract/datelater.py then counts no days on)."""
    if "later" not in sentence and "next" not in sentence and "following" not in sentence:
        return False
    label = _LABEL.match(sentence)
    m = _LATER_OPENS.match(sentence, label.end() if label is not None and label.end() <= _OPENING else 0)
    return m is not None and _says(sentence, m.end())


_INCIDENT_KINDS = frozenset(("explicit", "weekday", "yesterday"))
_NOT_NEW = frozenset(("report", "said", "dateline"))  # hits that tell of no other event
LEAD_SENTENCES = 8  # the document's first sentences searched for its incident's date


@lru_cache(maxsize=32)
def incident_date(text: str, sentences: tuple[tuple[int, int], ...], pub: date | None
                  ) -> tuple[int, int, EventDate | None]:
    """(index of the sentence that dates the incident, index of the first sentence after it that ends the story of
    it, the incident's day): the first of the document's first LEAD_SENTENCES sentences (not in a photo caption)
    that dates an event to the day with "on <date>" or a weekday, or to the month of a run of days
    (extract/dateruns.py), unless it tells that its day passed calmly ("Polling on 16 April was largely peaceful").
    The story stays on that incident until a sentence names another date (not a statement's
    day nor a dateline), is a heading (extract/dateasides.py: a line of capitals, a short question alone) or moves
    on by weeks or more ("In the weeks that followed, mobs attacked ...": extract/datelater.py LONG_AFTER), after
    which a count is over that longer span, not of the incident's day.
    (0, 0, None) when no lead sentence dates an event."""
    from extract.dates import _hits  # (dates.py imports this module)
    from extract.dateasides import _HEADING, in_caption, question_heading
    from extract.datelater import LONG_AFTER, SPAN_AFTER, days_later, shifted  # (datelater.py imports this module)

    for i, (s, e) in _lead_sentences(text, sentences):
        if _passed_calmly(text[s:e]):
            continue  # "Polling on 16 April was largely peaceful": no incident on that day
        for h in _hits(text[s:e], pub):
            if h.date is not None and (h.kind == "wdspan" and h.anchored or h.kind in _INCIDENT_KINDS
                                       and h.date.precision == "day" and (h.anchored or h.kind != "explicit")) \
                    and not in_caption(text, s) and not _in_aside(text[s:e], h):  # (an aside's date is its own)
                day: EventDate | None
                day = h.date
                ran = ended_days_later(text, sentences, i)  # ("The siege ended four days later": its month)
                if spans_after(text, sentences, i) or ran:
                    day = shifted(day, SPAN_AFTER)  # "On 28 May ... Over the next two days ... were killed": its month
                    if ran and (end := shifted(h.date, ran)) is not None and end.value[:7] != h.date.value[:7]:
                        day = None  # (a run into the next month: no one month)
                for j in range(i + 1, len(sentences)):
                    a, b = sentences[j]
                    if not same_story(text[a:b], _hits(text[a:b], pub), h.date) or question_heading(text, a, b) \
                            or (text.startswith("\n\n", a - 2) and _HEADING.match(text, a - 2)) \
                            or days_later(text[a:b]) == LONG_AFTER:  # ("In the weeks that followed, ...")
                        return i, j, day
                return i, len(sentences), day
    return 0, 0, None



# A day that passed without an incident: "Polling on 16 April was largely peaceful", "The city was calm on Sunday".
_CALM = re.compile(r"\b(?:was|were|remained|passed(?:\s+off)?)\s+(?:largely\s+|mostly\s+|generally\s+|relatively\s+)?"
                   r"(?:peaceful(?:ly)?|calm|quiet(?:ly)?)\b", re.IGNORECASE)


def _passed_calmly(sentence: str) -> bool:
    """Whether a lead sentence tells that its day passed calmly (_CALM): its date is no incident's. A substring test
    first."""
    return ("eaceful" in sentence or "calm" in sentence or "quiet" in sentence) and _CALM.search(sentence) is not None


# A memo's heading field ("FROM: Embassy Oslo.", "REF: our brief of 23 July."), or a line with no small letter
# ("1.", "SUMMARY."): no sentence of the story's lead.
_HEAD_FIELD = re.compile(r"[A-Z]{2,}(?:[ /][A-Z]{2,})?:\s")


def _lead_sentences(text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, tuple[int, int]]]:
    """The document's first LEAD_SENTENCES sentences (with their indices), not counting a cable's or memo's heading
    fields and numbered labels (_HEAD_FIELD), which would push its summary's lead out of reach."""
    out: list[tuple[int, tuple[int, int]]] = []
    counted = 0
    for i, (s, e) in enumerate(sentences):
        if counted >= LEAD_SENTENCES:
            break
        out.append((i, (s, e)))
        if _HEAD_FIELD.match(text, s) is None and not text[s:e].isupper() and any(c.islower() for c in text[s:e]):
            counted += 1
    return out


# The incident's end told some days after its first day: "The siege ended four days later", "the stand-off was over
# three days later" (the run of days, not its first, is the incident's: its month).
_ENDED_LATER = re.compile(r"\b(?:siege|stand-?off|occupation|fighting|battle|hostage\s+crisis|raid)\s+"
                          r"(?:ended|was\s+over|was\s+broken)\s+(?P<n>a|one|two|three|four|five|six|[1-6])\s+days?\s+"
                          r"later\b", re.IGNORECASE)


def ended_days_later(text: str, sentences: tuple[tuple[int, int], ...], i: int) -> int:
    """How many days after sentence `i`'s day the incident ended, when one of the two sentences after it tells so
    (_ENDED_LATER); 0 when neither does. A substring test first."""
    for j in (i + 1, i + 2):
        if j < len(sentences):
            a, b = sentences[j]
            if text.find(" later", a, b) >= 0 and (m := _ENDED_LATER.search(text, a, b)) is not None:
                return small_count(m.group("n"))
    return 0


def spans_after(text: str, sentences: tuple[tuple[int, int], ...], i: int) -> bool:
    """Whether the sentence after sentence `i` opens a span of days after its day ("Over the next two days, ...":
    extract/datelater.py SPAN_AFTER)."""
    from extract.datelater import SPAN_AFTER, days_later  # (datelater.py imports this module)

    return i + 1 < len(sentences) and days_later(text[sentences[i + 1][0] : sentences[i + 1][1]]) == SPAN_AFTER


def same_story(sentence: str, hits: tuple, day: EventDate) -> bool:
    """Whether a later sentence with these date hits may still tell of the incident dated `day`: each hit tells of no
    other event (a statement's day, a dateline), names the incident's own day ("The army says 27 were killed
    yesterday. The clashes began before dawn on Sunday"), stands in an aside set off by commas ("the officers, who
    were deployed after last week's clashes, were overpowered": extract/daterelative.py), or is the day a count was
    made up to ("had received 11 bodies by Friday morning") or a "so far" (a state up to now)."""
    return ended(sentence) or all(k.kind in _NOT_NEW or k.date == day or _in_aside(sentence, k) or _cut_off(sentence, k)
                                  or no_new_event(sentence, k)  # (an aftermath's: dateaftermath.py)
                                  or _so_far(sentence, k) for k in hits)


def _so_far(sentence: str, hit) -> bool:  # noqa: ANN001 (a dates._Hit)
    """Whether the hit is a "so far" ("No nationals are among the victims so far"): a state up to now, no new event."""
    return hit.kind == "today" and sentence[hit.start : hit.end].lower() == "so far"


def _cut_off(sentence: str, hit) -> bool:  # noqa: ANN001 (a dates._Hit)
    """Whether the hit is the day a count was made up to ("113 bodies had been recovered by Monday afternoon":
    extract/dateends.py makes it a period), which tells of no new event: the story goes on past it."""
    return hit.kind == "period" and sentence.endswith("by ", max(0, hit.start - 3), hit.start)


_ENDING_WORDS = ("eased", "ended", "stopped", "subsided", "died down", "ceased", "abated")
# The fighting's end told with its date: "The shelling eased only at about three this morning", "The clashes ended on
# Monday": the end of the incident, whose counts stay the incident's (not a new event).
_ENDED = re.compile(r"\b(?:fighting|shelling|clashes|bombardment|battle|gunfire|firing)\s+(?:had\s+|finally\s+|only\s+)?"
                    r"(?:eased|ended|stopped|subsided|died\s+down|ceased|abated)\b", re.IGNORECASE)


def ended(sentence: str) -> bool:
    """Whether the sentence tells the end of the fighting (_ENDED); a substring test first."""
    return any(w in sentence for w in _ENDING_WORDS) and _ENDED.search(sentence) is not None


def told_before(text: str, sentences: tuple[tuple[int, int], ...], pub: date | None, index: int, lead: int) -> bool:
    """Whether sentence `index`, before the one that dates the incident (`lead`), is of its story too: every
    sentence from it to the lead names only days of telling ("Boko Haram killed 98 soldiers, the president said on
    Tuesday. An earlier toll given by the army on Monday had put the dead at 92. ... The attackers arrived before
    dawn on Monday"): the toll told before the incident is dated is of that incident."""
    from extract.dates import _hits  # (dates.py imports this module)

    if not index < lead:
        return False
    return all(k.kind in _NOT_NEW for a, b in sentences[index:lead] for k in _hits(text[a:b], pub))


def told_or_aside(sentence: str, hits: tuple, claim: str = "") -> bool:
    """Whether every date hit of an earlier sentence in the incident's story is a day of telling ("said on Tuesday")
    or stands in an aside or is a count's cut-off day ("by Monday afternoon") or a "so far", or the sentence tells the
    fighting's end: such a sentence lends no date of its own, and the lead's goes on past it."""
    return ended(sentence) or all(k.kind == "report" or k.kind == "said" or _in_aside(sentence, k) or _cut_off(sentence, k)
                                  or _so_far(sentence, k) or no_new_event(sentence, k, claim)  # (dateaftermath.py)
                                  for k in hits)


def _in_aside(sentence: str, hit) -> bool:  # noqa: ANN001 (a dates._Hit)
    from extract.daterelative import dates_an_aside

    return dates_an_aside(sentence, hit.start, hit.end, len(sentence))


# The harms of the incident, which take its date: a force's strength, the displaced, people captured or arrested,
# money are counts of other things (a deployment, a flight, a stock) that the lead's day does not date.
INCIDENT_MEASURES = frozenset(("killed", "wounded", "destroyed", "damaged"))


_HARM_STEMS = ("kill", "wound", "injur", "dead", "died", "death")


def tells_arrests(sentence: str) -> bool:
    """Whether the sentence tells of arrests or detentions (extract/triggers.py ARREST_STEMS): a later event of
    their own, whose people are not counted on the incident's day."""
    return _arrest_words_in(sentence.lower())


def _arrest_words_in(low: str) -> bool:
    """Whether a lower-cased sentence holds a word of arrest or detention (ARREST_STEMS)."""
    return any(w in low for w in ARREST_STEMS)


def only_arrests(sentence: str) -> bool:
    """Whether the sentence tells of arrests or detentions and of no killing or wounding (_HARM_STEMS): such a count
    takes no day from an earlier paragraph ("On Thursday the army flew 1,100 fans home. || The prosecutor has
    ordered the detention of 52 people": no day; extract/dates.py), while "forces had killed 42 of the attackers and
    arrested seven" stays the incident's."""
    low = sentence.lower()
    return _arrest_words_in(low) and not any(w in low for w in _HARM_STEMS)


_ROW_OPENERS = frozenset("-*•|–")
# A colon after a copula and a comparative is no row label, and a bullet ending so is a sentence: "- The figure ...,
# given on Tuesday, was higher: 45".
_COPULA_COLON = re.compile(r"\b(?:is|was|were|are|stood|stands)\s+(?:(?:even|much|far|still)\s+)?"
                           r"(?:higher|lower)\s*:\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;—–]| - |\s+and\s+that\b")
# A bullet that is a sentence telling a figure, not a row of figures: its subject and a verb of telling come before
# the number ("- The interior ministry said on Monday evening that 36 ...", "- The hospital told us it had received").
_TOLD_ITEM = re.compile(r"\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){1,6}?(?:" + REPORT_VERB_ALTERNATION + r"|told)\b",
                        re.IGNORECASE)


# An aside set off by commas that totals a count of its own ("Our players and staff, 42 people in all, sheltered ...
# where our medical staff treated 35 injured fans"): its total is not the later number's.
_TOTAL_ASIDE = re.compile(r",\s+[^,;]{0,40}?\d[^,;]{0,40}?\s(?:in\s+all|in\s+total|all\s+told|altogether),", re.IGNORECASE)


# A colon that may end a row's label: not one inside a time of the clock ("URGENT 3 (02:10) - ... received 47 bodies").
_LABEL_COLON = re.compile(r"(?<!\d):|:(?!\d)")


def _speaker_label_at(text: str, line: int) -> bool:
    """Whether a speaker's label opens the line at `line` (a turn of a transcript or a parliamentary record starts
    there: extract/speakers.py, its turns read once per document)."""
    from extract.speakers import turns  # (a heavy module, asked only of a line with a colon before a number)

    return any(t.start == line and t.speaker is not None for t in turns(text))


def carries_incident(text: str, sentence: str, at: int, start: int | None = None) -> bool:
    """Whether the number at `at` may take the incident's date: not in a row of a list or table (its line opens with
    a bullet or a bar, or a label and a colon stand before the number: "Houses destroyed: 41", key figures are
    totals), nor in a sentence telling of arrests (a later event of their own), nor in a total ("Overall the
    conflict killed 40,000": extract/dateopeners.py a_total), nor after "Across Kenya" or "nationwide" (a count over
    the whole land: extract/countrywide.py). With the sentence's offset `start`, the words after the number's clause
    (after a comma, semicolon or dash, or "and that") are not asked: "said that 36 militants, 12 police and seven
    civilians had been killed - 55 in all - and that six had been arrested" dates the 36; nor is an aside before the
    number that totals its own count (_TOTAL_ASIDE: "Our staff, 42 people in all, treated 35")."""
    line = text.rfind("\n", 0, at) + 1
    head = text[line:at].lstrip()
    own = head if start is None or line > start else text[start:at]  # (a speaker's "CORRESPONDENT:" is no label)
    if ":" in own and _speaker_label_at(text, line):  # "Mr. Jan Roe (Leeds East): Is he aware that 13 ...": the
        head = own = text[text.find(":", line, at) + 1 : at]  # speaker's turn, no row's label (extract/speakers.py)
    if ((":" in own and _LABEL_COLON.search(own)) or (head[:1] in _ROW_OPENERS and not _TOLD_ITEM.match(head, 1))) \
            and not _COPULA_COLON.search(own):  # ("- The figure ..., given on Tuesday, was higher: 45" is a sentence)
        return False
    if over_whole_area(sentence):
        return False  # "Across Kenya ... 486 have been killed": a count over the whole land, not the incident's
    if start is not None:  # what follows the number's clause tells of other counts ("36 ..., 12 ... - 55 in all -")
        from extract.dateabducted import later_event  # (it imports this module)

        if later_event(sentence, at - start):  # an arrest of the number's own clause (dateabducted.py)
            return False
        cut = _CLAUSE_END.search(sentence, at - start)
        sentence = sentence[: cut.start()] if cut is not None else sentence
        rel = at - start
        return not a_total(sentence) or not a_total(_TOTAL_ASIDE.sub(",", sentence[:rel]) + sentence[rel:])
    return not tells_arrests(sentence) and not a_total(sentence)
