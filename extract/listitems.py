"""Numbers no verb reaches because they stand in a list: later items share the first item's verb.

extract/classify.py asks `shared_kind` for a number when the words next to it give no verb (its measure would
come from the kind of thing alone). The rules, in the order tried:

- a noun only these rules read ([rows.nouns] of assets/lexicons/claims.toml), in a report of war:
  "481 incidents" (attacks);
- the verb after the last item of a list of nouns: "12 officers, three reservists and a child had been among
  the dead", "255 members of the armed forces and the Royal Fleet Auxiliary lost their lives";
- the size of a force named by a collective noun before the number: "The garrison now numbers about 4,000",
  "an army and police force of more than 100,000";
- a part of a count of things: "burned 44 buildings, among them two banks", "seized 27 weapons, including two
  rocket launchers" (a part of a count of people is read by extract/classify.py itself);
- the items of a list after a colon: "Six ships were lost: two destroyers, two frigates";
- a later item of a list: "of whom 86 were Royal Navy, 123 Army and 27 Royal Marines";
- numbers pointing back at an earlier count (extract/backcounts.py).

Each rule starts with a cheap test of the characters or words next to the number; the recursive ones ask the
caller's classifier (`again`) about the number they point at, one level deeper, and stop at depth 3.
"""

from __future__ import annotations

import re
from typing import Callable

from extract.agents import doers_of_harm
from extract.backcounts import PEOPLE_MEASURES, pointing_back
from extract.docnumbers import counts_in
from extract.context import SentenceContext
from extract.kindmemo import MAX_DEPTH
from extract.measures import default_measure
from extract.phrase import Phrase
from extract.records import Quantity
from extract.rowwords import row_words
from extract.rx import guarded
from extract.sides import resolve_side
from extract.tailwords import FILLER_LASTS, last_token, verb_ending
from extract.triggers import HUMAN, lexicon, measure_for, names_a_war, norm
from extract.wordset import folded

Kind = tuple[str, str, str]  # (measure, subject, side)
Again = Callable[[SentenceContext, Quantity, int], "Kind | None"]

THINGS = frozenset({"weapon", "equipment", "munition", "civil_facility", "military_facility", "settlement"})
THING_MEASURES = frozenset({"destroyed", "damaged", "seized", "attacks"})

_AUX = re.compile(r"(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is|been|all|also|later|reportedly))*\s+",
                  re.IGNORECASE)
_ITEM_WORDS = re.compile(r"[\w’'-]+")
# words that end a list of nouns: another clause or a reported speech starts
_NOT_IN_LIST = frozenset("""who whom which that said says say told but while when where after before because since
    if as than were was are is have has had will would could should not""".split())
_PART = guarded(r"\b(?:including|among\s+them|among\s+which|of\s+which|of\s+them|incl\.)\s+(?:(?:about|around|some|"
                   r"roughly|nearly|almost|at\s+least|more\s+than|over|up\s+to)\s+)?\Z", re.IGNORECASE)
_LIST_BEFORE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:(?:about|around|some|roughly|nearly|almost|"
                          r"at\s+least|more\s+than|over|up\s+to|another)\s+)?\Z", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+of\s+(?:whom|them|those|which|these|the)\b", re.IGNORECASE)
_PLAIN_NOUN = re.compile(r"\s+(?:(?:more|other|further)\s+)?([a-z][a-z-]{2,})\b")


def shared_kind(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, again: Again) -> Kind | None:
    """(measure, subject, side) of a number no verb reaches, from the list or the earlier count it belongs to;
    None when no rule here applies (the caller's own rules go on).

    Asked for most numbers of a report, and most of them fit no rule: each rule's own first test (which it
    makes again) is made here, so a number it cannot fit costs no call (tests/test_listitems_shortcuts.py compares
    this with asking every rule, `_shared_kind_long_way`)."""
    cls = ph.cls
    if cls in _OWN_MEASURE:
        return None  # the dead, the wounded, captives and refugees carry their own measure ("69 killed")
    text, k = ctx.text, q.char_start
    token = last_token(text, max(ctx.start, k - 40), k)
    last = token[0] if token is not None else None  # the word before the number (None: not cheap to tell)
    got = _row_word(ctx, q, ph, last)
    if got is None and cls is not None and cls != "demonym" and text.startswith(
            _LIST_GOES_ON, _past_tail(text, ph.np_end)):
        got = _late_verb(ctx, q, ph)
    if got is None and cls is None and may_end(last, row_words().force_lasts):
        got = _force_size(ctx, q)
    if got is None and depth < MAX_DEPTH:
        if (cls is None or cls in THINGS) and may_end(last, _PART_LASTS):
            got = _part_of_things(ctx, q, ph, depth, again, last)
        if got is None and text.rfind(":", max(ctx.start, k - _LIST_REACH), k) >= 0:
            got = _after_colon(ctx, q, ph, depth, again, last)
        if got is None and may_end(last, _LIST_LASTS):
            got = _later_item(ctx, q, ph, depth, again, last)
        if got is None:
            got = pointing_back(ctx, q, ph, depth, again, last)
    return got


def may_end(last: str | None, lasts: frozenset[str]) -> bool:
    """Whether the words before a number, whose last word is `last` (None: not known), may end with one of
    `lasts` after qualifier words ("about", "more than"): the cheap test before a pattern."""
    return last is None or last in lasts or last in FILLER_LASTS


# --------------------------------------------------------------------------- nouns only these rules read


def _row_word(ctx: SentenceContext, q: Quantity, ph: Phrase, last: str | None) -> Kind | None:
    """A noun of [rows.nouns] after a number no noun of the lexicon follows ("481 incidents"), in a report of war:
    the measure its verb gives it, else its class's default."""
    if ph.cls is not None:
        return None
    text, k, rows = ctx.text, q.char_start, row_words()
    m = rows.noun_re.match(text, _skip(text, q.char_end, ctx.end), ctx.end)
    if m is None or not names_a_war(text):
        return None
    cls, subject = rows.noun_class[norm(m.group(0))]
    np_end = m.end()
    left = verb_ending(lexicon().verb_group, text, max(ctx.start, k - 80), k)
    group = left[0] if left else _right_verb(ctx, np_end)
    if group == "spare":
        return None
    measure = measure_for(group, cls) if group else None
    if measure is None:
        measure = default_measure(ctx, q, Phrase(cls, subject, np_end))
    if measure is None:
        return None
    return measure, subject, resolve_side(ctx, q, measure, cls, subject, "left" if group else "", np_end=np_end)


def _skip(text: str, pos: int, end: int) -> int:
    """`pos` after white space and a "more"/"other" ("40 more incidents")."""
    while pos < end and text[pos].isspace():
        pos += 1
    for word in ("more ", "other ", "further "):
        if text.startswith(word, pos):
            return pos + len(word)
    return pos


def _right_verb(ctx: SentenceContext, pos: int) -> str | None:
    """The verb group of a verb of the lexicon after auxiliaries at `pos` ("were damaged")."""
    aux = _AUX.match(ctx.text, pos, ctx.end)
    if aux is None:
        return None
    m = lexicon().verb_re.match(ctx.text, aux.end(), ctx.end)
    return lexicon().verb_group[norm(m.group(0))] if m else None


# --------------------------------------------------------------------------- the verb after a list of nouns


def _late_verb(ctx: SentenceContext, q: Quantity, ph: Phrase) -> Kind | None:
    """The verb after the last of a list of nouns the number's noun opens: "12 officers, three reservists and a
    child had been among the dead", "255 members of the armed forces and the Royal Fleet Auxiliary lost their
    lives". The list holds only nouns (no clause: "who", "said", an auxiliary), and "and" or "or" before its last
    item; the noun may carry a tail of where the people were ("All 259 people on board, 243 passengers and 16 crew,
    were killed": the total before its breakdown, `_NOUN_TAILS`)."""
    text, end = ctx.text, ctx.end
    pos = _past_tail(text, ph.np_end)
    if not text.startswith(_LIST_GOES_ON, pos):
        return None  # (a cheap test first: a list goes on right after the noun ...)
    stop = min(end, pos + 120)
    ftext = folded(text)
    if ftext.find(" and ", pos, stop) < 0 and ftext.find(" or ", pos, stop) < 0 and text.find("&", pos, stop) < 0:
        return None  # (... and holds "and" or "or")
    lex = lexicon()
    m = next((v for v in lex.verb_re.finditer(text, pos, stop) if v.group(0).lower() not in _AUX_WORDS), None)
    if m is None:
        return None
    aux = _last_aux(text, pos, m.start())
    stretch = text[pos:aux]
    joins = list(re.finditer(r"\b(?:and|or)\b|&", stretch))
    if not joins or not _ITEM_WORDS.search(stretch, joins[-1].end()) or any(c in stretch for c in ";:.()\"“”"):
        return None  # no list, or no item after its last "and": ", and wounded 27" opens another clause
    if _BARE_COUNT.fullmatch(stretch, joins[-1].end()):
        return None  # "among them two soldiers, and 14 wounded": the verb is the last count's own, with no noun
    if "than" in stretch:
        stretch = _COMPARED_COUNT.sub(" ", stretch)  # "22 rifles and more than 8,000 rounds": a qualifier, no clause
    if any(w.lower() in _NOT_IN_LIST for w in _ITEM_WORDS.findall(stretch)):
        return None
    if _OBJECT_COUNT.match(text, m.end(), end):
        return None  # "..., and the Maoists destroyed 28 buildings": the verb of another count
    group = lex.verb_group[norm(m.group(0))]
    measure = measure_for(group, ph.cls)
    if measure is None or group == "spare" or doers_of_harm(text, pos, group, m.start(), end):
        return None  # ("four hijackers, two X and two Y, took over the plane": the doers, extract/agents.py)
    side = resolve_side(ctx, q, measure, ph.owner_cls or ph.cls, ph.subject, "right", np_end=ph.np_end)
    return measure, ph.subject or "people", side


_BARE_COUNT = re.compile(r"\s+(?:\d[\d,.]*|dozens|scores|hundreds|thousands|one|two|three|four|five|six|seven|eight|"
                         r"nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                         r"\s*", re.IGNORECASE)
# A qualifier opening the last item's count right after its "and" ("and more than 8,000 rounds", "or fewer than 20
# vehicles"; not "…, more than 1,300 were killed", another clause).
_COMPARED_COUNT = re.compile(r"(?:(?<=\band\s)|(?<=\bor\s))(?:more|fewer|less|no\s+more|no\s+fewer|no\s+less)\s+than\s+(?=\d|(?:a|one|two|three|four|five|"
                             r"six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)\b)", re.IGNORECASE)
_LIST_GOES_ON = (",", " and ", " or ", " & ", " ,")  # what a list of nouns goes on with right after a noun
# Where the people counted were, told right after their noun and before the list that breaks them down ("All 259
# people on board, 243 passengers and 16 crew, were killed"): a tail with no noun of its own to count.
_NOUN_TAILS = (" on board", " aboard", " on the plane", " on the flight", " on the aircraft", " on the ship",
               " on the train", " on the bus")


def _past_tail(text: str, pos: int) -> int:
    """Where the noun ending at `pos` ends with its tail of `_NOUN_TAILS`, if one follows (else `pos`)."""
    if text.startswith(" ", pos) and text.startswith(("o", "a"), pos + 1):  # (a cheap test first)
        for tail in _NOUN_TAILS:
            if text.startswith(tail, pos):
                return pos + len(tail)
    return pos
_NUMBER = (r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
           r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores)\b)")
_OBJECT_COUNT = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|up\s+to|another)\s+)?"
                           + _NUMBER, re.IGNORECASE)  # a number right after a verb: its object
_AUX_WORDS = frozenset({"were", "was", "had", "have", "has", "been", "are", "is", "all", "also"})


def _last_aux(text: str, a: int, b: int) -> int:
    """Where the auxiliaries ending text[a:b] start ("... and a child had been" -> before "had")."""
    words = list(re.finditer(r"[\w’'-]+", text[a:b]))
    cut = b
    for w in reversed(words):
        if w.group(0).lower() not in _AUX_WORDS:
            break
        cut = a + w.start()
    return cut


# --------------------------------------------------------------------------- a force named by a collective noun


def _force_size(ctx: SentenceContext, q: Quantity) -> Kind | None:
    """The size of a force named by a collective noun before the number, with only linking words between: "The
    garrison now numbers about 4,000", "an army and police force of more than 100,000" (in a report of a war)."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 60)
    if not row_words().force_heads.search(folded(text), lo, k):
        return None  # (a cheap test first)
    if not row_words().force_re.search(text, lo, k) or not names_a_war(text):
        return None
    if row_words().wind_force.search(text, lo, k):
        return None  # "Wind NW force 3", "gale force 8": the Beaufort scale
    return "forces", "troops", resolve_side(ctx, q, "forces", "fighter", "troops", "", np_end=q.char_end)


# --------------------------------------------------------------------------- parts and items of a count


def _previous(ctx: SentenceContext, k: int) -> Quantity | None:
    """The last number of the sentence that ends before document offset `k` (document offsets)."""
    found = counts_in(ctx.text[ctx.start : k], ctx.start)
    return found[-1].shifted(ctx.start) if found else None


def _item_subject(text: str, q: Quantity, ph: Phrase, end: int, people: bool = False) -> str | None:
    """What a list item counts when the lexicon does not know its noun: the plain noun after the number in the
    singular ("two destroyers" -> destroyer), as written in a list of people ("nine soldiers, about 30 askars": the
    h-set writes a people's plural); None when a capitalised name or nothing follows ("123 Army")."""
    if ph.subject:
        return ph.subject
    m = _PLAIN_NOUN.match(text, q.char_end, end) if not _BREAKDOWN_NEXT.match(text, q.char_end, end) else None
    if m is None or not m.group(1).endswith("s") or m.group(1) in _STOPWORDS:
        return None  # (a plural noun: not "20 around Deir ez-Zor", "40 across the province")
    word = m.group(1)
    if people:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_STOPWORDS = frozenset("""across towards besides was has is does this thus always perhaps afterwards""".split())
# what follows a number of a breakdown, not its noun ("70 around Aleppo and 20 near Deir ez-Zor")
_BREAKDOWN_NEXT = re.compile(r"\s*(?:$|[,;.)]|(?:around|in|near|at|from|across|on|inside|outside|along|already|"
                             r"elsewhere|before|after|others?|more|were|was|and)\b|—|–)", re.IGNORECASE)


# nouns that carry their own measure: the dead, the wounded, captives, refugees
_OWN_MEASURE = frozenset({"toll", "injury", "captive", "displaced"})


_PART_LASTS = frozenset({"including", "them", "which", "incl", "."})  # the last words _PART can end with
_LIST_LASTS = frozenset({",", "and", "or", "&", "another"})  # and _LIST_BEFORE


def _fits(whole: Kind, ph: Phrase) -> bool:
    """Whether an item's own noun can share the whole's measure: people for people, things for things."""
    if ph.cls is None:
        return True
    if whole[0] in PEOPLE_MEASURES:
        return ph.cls in HUMAN
    return ph.cls in THINGS if whole[0] in THING_MEASURES else False


def _as_item(ctx: SentenceContext, q: Quantity, ph: Phrase, whole: Kind) -> Kind | None:
    """An item sharing the measure of the count it belongs to; its own noun's subject and side when it has one."""
    if not _fits(whole, ph) or ph.cls in _OWN_MEASURE or (whole[0] == "attacks" and ph.cls not in (None, "munition")):
        return None  # "11 bodies and about 20 wounded people"; "struck 80 targets, including 12 rocket launchers"
    people = ph.cls is None and (lexicon().noun_class.get(whole[1]) or ("",))[0] in HUMAN
    subject = _item_subject(ctx.text, q, ph, ctx.end, people) or whole[1]
    if ph.cls is None:
        return whole[0], subject, whole[2]
    return whole[0], subject, resolve_side(ctx, q, whole[0], ph.cls, ph.subject, "", np_end=ph.np_end)


def _part_of_things(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, again: Again,
                    last: str | None) -> Kind | None:
    """A part of a count of things destroyed, damaged, seized or used: "burned 44 buildings, among them two banks",
    "seized 27 weapons, including two rocket launchers"."""
    if ph.cls is not None and ph.cls not in THINGS or not may_end(last, _PART_LASTS):
        return None
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 30)
    if not _PART.search(text, lo, k):
        return None
    p = _previous(ctx, k)
    whole = again(ctx, p, depth + 1) if p is not None and k - p.char_end < 80 else None
    if whole is None or whole[0] not in THING_MEASURES:
        return None
    return _as_item(ctx, q, ph, (whole[0], whole[1], whole[2]))


def _after_colon(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, again: Again,
                 last: str | None) -> Kind | None:
    """An item of a list after a colon that closes a clause with a count: "Six ships were lost: two destroyers,
    two frigates, a landing ship" (each a part of the six)."""
    text, k = ctx.text, q.char_start
    colon = text.rfind(":", max(ctx.start, k - _LIST_REACH), k)
    if colon < 0 or not text[colon + 1 : colon + 2].isspace():
        return None
    if not (last == ":" or may_end(last, _LIST_LASTS) and _is_list(text[colon + 1 : k])):
        return None  # the number opens the list, or an item after "," or "and"
    if not _A_COUNT.search(text, ctx.start, colon):
        return None  # (a cheap test first: no number before the colon)
    p = _previous(ctx, colon)
    if p is None:
        return None
    whole = again(ctx, p, depth + 1)
    return _as_item(ctx, q, ph, (whole[0], whole[1], whole[2])) if whole is not None else None


_LIST_REACH = 150  # how far after a colon the items of its list may stand


def colon_item(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, again: Again) -> Kind | None:
    """The kind of a list item after a colon that is itself the whole of a part after it ("Ten people died: two
    officers on Monday, two guards on Sunday, and six others, most of them workers"): the part after it tells who
    the item's people were, not what befell them, so the item shares the count before the colon as any item does.
    None without a colon before the number (the caller keeps the whole of a part out of `shared_kind`)."""
    text, k = ctx.text, q.char_start
    if depth >= MAX_DEPTH or ph.cls in _OWN_MEASURE or text.rfind(":", max(ctx.start, k - _LIST_REACH), k) < 0:
        return None
    token = last_token(text, max(ctx.start, k - 40), k)
    return _after_colon(ctx, q, ph, depth, again, token[0] if token is not None else None)
_A_COUNT = re.compile(_NUMBER, re.IGNORECASE)


def _is_list(stretch: str) -> bool:
    """Whether `stretch` (between a colon or an earlier item and a number) holds only list items: words, numbers,
    commas and "and", no clause."""
    if any(c in stretch for c in ";:.()\"“”"):
        return False
    if "," not in stretch and " and " not in stretch and len(stretch) > 30:
        return False  # (a long stretch with no comma and no "and" is a sentence)
    return not any(w.lower() in _NOT_IN_LIST for w in _ITEM_WORDS.findall(stretch))


# a bare "one" then a word and a preposition or article: a clause told of one of the things just counted
_ONE_CLAUSE = re.compile(r"\s+[a-z]+\s+(?:through|into|onto|on|in|at|off|near|inside|short|the|a|an)\b")


def _later_item(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, again: Again,
                last: str | None) -> Kind | None:
    """A later item of a list, after a comma or "and", that shares what the item before it counts: "of whom 86
    were Royal Navy, 123 Army and 27 Royal Marines"."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 40)
    if not may_end(last, _LIST_LASTS) or not _LIST_BEFORE.search(text, lo, k) or _PART_AFTER.match(text, q.char_end):
        return None  # ("30 soldiers, 6 of whom were officers": a part, read by the caller)
    p = _previous(ctx, k)
    if p is None or k - p.char_end > 60:
        return None
    gap = text[p.char_end : k]
    words = [w.lower() for w in _ITEM_WORDS.findall(gap)]
    if any(c in gap for c in ";:.()\"“”") or any(w in _NOT_IN_LIST and w not in ("were", "was") for w in words):
        return None
    if lexicon().verb_re.search(gap):
        return None  # the item before has a verb of its own: "killed 12 soldiers, wounded 40"
    whole = again(ctx, p, depth + 1)
    if whole is not None and whole[0] in THING_MEASURES and q.value == 1 and ph.cls is None and _ONE_CLAUSE.match(
            text, q.char_end):
        return None  # "fired three bombs, and one came through the roof": one of them, told in a clause of its own
    return _as_item(ctx, q, ph, (whole[0], whole[1], whole[2])) if whole is not None else None
