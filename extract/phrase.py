"""What a number counts: the noun phrase after it and the verb acting on it.

"killing at least 40 Syrian troops" -> verb group "kill" (left, active), noun "troops" (class fighter);
"two armored vehicles were destroyed" -> noun "armored vehicle" (class equipment), verb "destroy" (right);
"destroying Sunni mosques by the hundreds" -> the noun and verb stand before the number.
The words are those of assets/lexicons/claims.toml (extract/triggers.py, whose `measure_for` states which
measure a verb group gives for each class of counted thing). The verb before the number is read
backwards by extract/tailwords.py; compounds, lists and wounds treated by extract/phraseparts.py, a verb shared
with a number before by extract/sharedverb.py, members of a force ("55 members of the security forces") by
extract/membersof.py; the auxiliaries between the noun phrase and its verb, extract/phraseaux.py. This
runs for every number, so a pattern that cannot match is skipped after a cheaper test of the same
condition (each checked against the pattern in tests/test_classify_shortcuts.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import SentenceContext
from extract.numwords import NUMBER_WORDS
from extract.notreturned import not_returned
from extract.phraseaux import AUX as _AUX, F_AUX as _F_AUX
from extract.phraselead import _NP_LEAD, _may_coordinate, _next_in, _np_lead  # noqa: F401 (_NP_LEAD: tests)
from extract.relclause import main_verb_after
from extract.releasedarms import released_munitions
from extract.leftplace import left_a_place, never_came_back
from extract.membersof import members_of
from extract.captives import freed_after_capture, still_held
from extract.freedcaptives import freed_captives
from extract.movingaway import MOVERS, fled_or_camped
from extract.phraseparts import (ROLE_ASIDE, SAID_ASIDE, compound, lost_as_adjective, men_of_a_force_sent, model_plural,
                                 people_verb_at, right_verb, role_aside, skip_space, treated_for_wounds, weapon_modifier, wounds_after)
from extract.records import Quantity
from extract.sharedverb import CONJUNCTION_ENDS, shared_verb
from extract.tailwords import FILLER_LASTS as _FILLER_LASTS, last_token, last_word_start, verb_ending
from extract.triggers import HUMAN, lexicon, measure_for, names_a_war, norm, people_noun_at
from extract.treatedwar import INTAKE_VERBS, casualties_at, treated_in_war
from extract.unitmen import men_of_units
from extract.wordset import fold, folded, words_of


@dataclass(slots=True)
class Phrase:
    """What the number counts: the noun phrase after it and the verb acting on it."""

    cls: str | None = None  # noun class from the lexicon, "demonym", or None
    subject: str | None = None
    np_end: int = 0  # document offset where the noun phrase ends
    verb: str | None = None  # verb group
    verb_side: str = ""  # "left" (active: "killed 40") or "right" (passive: "40 were killed")
    verb_start: int = 0
    only: bool = False  # "only 35 doctors"
    owner_cls: str | None = None  # class of a noun modifying the head: "civilian" in "19 civilian deaths"


# --------------------------------------------------------------------------- words around the number

_MORE = re.compile(r"\s+more\s+\Z", re.IGNORECASE)  # (matched up to where the walk starts)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\s+\Z", re.IGNORECASE)  # (the same; "of those abducted": extract/ofthese.py)
_OF_THEM_THEN = re.compile(r"\s+of\s+(?:them|whom)\s+(?:later|subsequently|eventually|then)\s+\Z", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’.#@-]*\w[’']?s?|[&]")
_STOP = frozenset(
    """in on at for from to by with who that which were was have has had are is be being been will would could
    should may might said say says but while after before since as when where during across near around inside
    outside per each a an the than into over under through including among between like via not also reportedly
    allegedly so today yesterday tonight this these those there here it its their his her our your my we they
    he she you i them him me what how why if or nor then now already still only just more most less""".split()
)
_ASIDE = re.compile(r"\s*(?:,\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|mostly|mainly|"
                    r"all|both|some\s+of\s+them)\b[^,;.]{0,60},|\([^()]{0,60}\)|"
                    r",\s*(?:(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|over|some)\s+)?(?:half|a\s+third|"
                    r"a\s+quarter|a\s+fifth|two-thirds|three-quarters|one\s+in\s+\w+)\s+of\b[^,;]{0,60},|"
                    r",\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|whom)\s+[^,;.]{1,60},|"  # ("14 civilians, four
                    + ROLE_ASIDE + "|" + SAID_ASIDE + r")",  # of them children, had been treated": the part told aside,
                    re.IGNORECASE)  # the verb the whole's; "ten of its members, serving as polling staff, were killed")
# One person described between the count and its verb: ", a 32-year-old local man,", ", the commander of the unit,".
_ONE_ASIDE = re.compile(r",\s*(?:an?|the|his|her)\s+[^,;.()]{1,50},")
_PP = re.compile(r"\s+(?:from|of|in|on|at|near|inside|outside|around|across|within|belonging\s+to|owned\s+by|further|farther)\s+"
                 r"(?:[\w’'-]+\s+){0,5}?(?:alone\s+)?(?=(?:were|was|have|has|had|are|is|to\s+(?:flee|leave))\b)", re.IGNORECASE)
_WHO = re.compile(r"(?:who|that|which)\s+", re.IGNORECASE)
BUILT = frozenset({"civil_facility", "military_facility", "settlement"})  # places built: "30 churches that had been burned"
_UNIT_MEMBERS = (" members", " personnel", " officers", " soldiers")  # after a unit named by its arms ("Rifles")
_AUX_START = re.compile(r"(?:were|was|have|has|had|are|is|been|being)\b", re.IGNORECASE)
_NOT = re.compile(r"(?:not|never|n[’']t)\b", re.IGNORECASE)
# The dead named by what is left of them: what the clause after denies is done to the bodies, not the deaths.
_REMAINS_OF = re.compile(r"(?:bodies|remains|corpses)\s+of\b", re.IGNORECASE)
_REMAINS = re.compile(r"(?:of\s+)?(?:[\w-]+\s+)?(?:bodies|remains|corpses)\b", re.IGNORECASE)
_COORD = re.compile(r"\s*(?:and|&|or)\s+", re.IGNORECASE)
_TOKEN_GAP = re.compile(r"[,.;:()]|\b(?:were|was|have|has|had|are|is|in|on|at|by|from|to|who|that)\b", re.I)
# What may follow a side named where the noun should be ("2000 IS", "40 Hezbollah"): the clause's end, a verb, or a
# preposition of place that _PP reads past to a verb after it ("captured 40 Russians near the camp").
_AFTER_NAME = re.compile(r"\s*(?:$|[^\w\s]|(?:and|vs|versus|or|in|on|at|from|near|outside|inside|around|across|within|"
                         r"were|are|was|have|had|has)\b)", re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"\b(?:only|just)\s+$")
_BY_THE = re.compile(r"\bby\s+the\s*$", re.IGNORECASE)  # tried only where the text ends with "the"
_CO_MODIFIER = re.compile(r"([\w-]+)\s+(?:and|&|or)\s+$")  # "civilian and military [deaths]"
_AND_OR = re.compile(r"(?:and|&|or)\s", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*[a-z][\w-]*\s+")
_STILL = re.compile(r"\b(?:still|remain|remained|remains)\b")  # on the folded text
_COPULA = re.compile(r"\s+(?:were|are|was|is)(?:\s+(?:all|mostly|mainly|largely))?\s+", re.IGNORECASE)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ians|ans|ites|is|ese|ds|ks|os|ens)$")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) \Z")  # a capitalised word and one space before a demonym


def nationality(lex, text: str, at: int, word: str) -> str:
    """The demonym `word` at `at`, with the capitalised first word of a two-word nationality before it ([cues]
    nation_prefix): "13 South Africans" -> "South Africans", "two Sri Lankans" -> "Sri Lankans"; else `word`."""
    m = _WORD_BEFORE.search(text, max(0, at - 12), at)
    if m is not None and m.group(1).lower() in lex.keys["cue:nation_prefix"]:
        return f"{m.group(1)} {word}"
    return word


def read_phrase(ctx: SentenceContext, q: Quantity) -> Phrase:
    """The noun phrase after the number and the verb acting on it (this runs for every number: the
    state is kept in local variables, and patterns are tried only where a cheap test lets them match)."""
    lex = lexicon()
    text = ctx.text
    ftext = folded(text)  # (what `_F_AUX`, sharedverb's `_F_CONJUNCT` and the lexicon's folded side names run on)
    noun_re, verb_re = lex.noun_re, lex.verb_re
    sentence_start, end = ctx.start, ctx.end
    verbs = lex.verb_group
    k, q_end = q.char_start, q.char_end
    cls = subject = owner_cls = None
    np_end = q_end
    pos = lead = _np_lead(text, q_end, end)
    walked = 0  # plain words walked over before the walk stopped ("14 community leaders had been killed")
    participle = None  # a participle before the noun and what it says befell it: "six burned houses"
    for _ in range(7):
        if pos >= end:
            break
        member = members_of(text, pos, end) if text.startswith(("m", "M"), pos) else None
        if member is not None:  # "55 members of the security forces", "45 members of the rival group" (membersof.py)
            cls, subject, np_end = member
            break
        m = noun_re.match(text, pos, end)
        key = " ".join(fold(m.group(0)).split()) if m else ""  # norm()
        if key[-1:] != "s" and m and weapon_modifier(lex, text, m, key, end):
            m = None  # "recoilless rifle rounds": the singular weapon only modifies (extract/phraseparts.py)
        if m:
            if key in lex.out_of_scope:
                cls, subject = "out", key
            else:
                cls, subject = lex.noun_class[key]
            np_end = m.end()
            if cls in ("weapon", "equipment") and m.group(0)[:1].isupper() and text.startswith(_UNIT_MEMBERS, np_end):
                cls, subject = "fighter", "fighters"  # "300 Rifles members": a unit's name, its members counted
                np_end = text.index(" ", np_end + 1) if text.find(" ", np_end + 1, end) > 0 else end
                break
            if cls != "out":  # (compound stops at once for a noun out of scope)
                p = np_end
                while p < end and text[p] in " \t\u00a0":
                    p += 1
                if noun_re.match(text, p, end):
                    m, key, cls, subject, owner_cls, np_end = compound(lex, cls, subject, text, m, key, end)
            if m.start() - q_end >= 4:  # (the shortest _CO_MODIFIER matches: "x & ")
                co = _CO_MODIFIER.search(text[q_end : m.start()])
                if co and norm(f"{co.group(1)} {key.split()[-1]}") in lex.noun_class:
                    subject = f"{co.group(1).lower()} and {subject}"
            more = _COORD.match(text, np_end, end) if _may_coordinate(text, np_end, end) else None
            if more:
                next_noun = noun_re.search(text, more.end(), min(end, more.end() + 40))
                if next_noun and not _TOKEN_GAP.search(text, more.end(), next_noun.start()):
                    np_end = next_noun.end()
                    for _ in range(2):  # "17 soldiers and four civilian volunteers"
                        head = noun_re.match(text, skip_space(text, np_end, end), end)
                        if not head or norm(head.group(0)) in lex.verb_group:
                            break
                        np_end = head.end()
            break
        t = _TOKEN.match(text, pos, end)
        if not t:
            break
        word = t.group(0)
        low = word.lower()
        if low in _STOP and word not in lex.side_cs:
            break
        if (word[0].isdigit() or low in NUMBER_WORDS) and not (walked <= 1 and "of" in ftext[q_end:pos].split() and (
                walked == 0 or ftext[q_end:pos].rstrip().endswith(("'s", "’s")))):
            break  # another number starts another phrase ("up from 370,000 three days ago"), unless partitive:
            # "29 of 31 drones", "three of the capital's 11 hospitals"
        if lex.verb_re.fullmatch(word) and not lex.cues_remain.fullmatch(word):
            nxt = skip_space(text, t.end(), end)
            if participle is None and low.endswith(("ed", "en", "nt", "-out")) and lex.noun_re.match(text, nxt, end):
                participle = (verbs[norm(word)], t.start())  # "six burned houses", "two damaged tanks", "15 burned-out
                # police cars"
                pos = nxt
                continue
            if low == "lost" and not walked and (gone := lost_as_adjective(text, k, t.start(), end)):
                np_end = gone  # "the city's 3 lost cinemas": things gone, no one's loss (extract/phraseparts.py)
            break
        if "-" in word and not low.startswith(("anti-", "counter-")):  # "assad-troops", "US-made"; not "anti-ship"
            tail = norm(word.rsplit("-", 1)[1])
            if tail in lex.noun_class:
                cls, subject = lex.noun_class[tail]
                np_end = t.end()
                break
            model = model_plural(lex, text, word, sentence_start, k)  # "two Russian-made S-300s", "MiG-23s"
            if model is not None:
                cls, subject, np_end = "equipment", model, t.end()
                break
        if _DEMONYM.match(word) and not noun_re.match(text, skip_space(text, t.end(), end), end) and not (
                _noun_after_next(lex, text, t.end(), end)):  # "320 Sudanese army soldiers"
            if norm(word) not in lex.side_of:
                cls, subject, np_end = "demonym", nationality(lex, text, t.start(), word), t.end()
                break
        elif walked == 0 and word[:1].isupper() and word[1:].islower() and norm(word) not in lex.side_of and (
                (aux := _F_AUX.match(ftext, t.end(), end)) is not None
                and people_verb_at(lex, text, aux.end(), t.end(), end)):
            cls, subject, np_end = "demonym", word, t.end()  # a people's name ending like no nationality: "Hutus fled"
            break
        nxt = skip_space(text, t.end(), end)
        if nxt < end and text[nxt] == ",":
            break
        if text.startswith("/", nxt) and word.isupper() and text[nxt + 1 : nxt + 2].isupper():
            nxt += 1  # "9 IPOB/ESN terrorists": two names of one group, then the noun
        pos = nxt
        walked += 1
        if _AND_OR.match(text[pos:pos + 4]):
            pos = skip_space(text, pos + text[pos:].index(" "), end)
            if text.startswith(("a ", "an "), pos):  # "5 porters and a driver were killed": one more of them
                pos = skip_space(text, text.index(" ", pos), end)
    # a side named where a noun should be: "2000 IS", "40 Hezbollah"
    if cls is None:
        fast = lex.folded_re["side"]  # (the same matches on the folded text)
        m = lex.side_cs_re.match(text, lead, end) or (
            fast.match(ftext, lead, end) if fast else lex.side_re.match(text, lead, end))
        if m and _AFTER_NAME.match(text, m.end(), end):
            name = text[m.start() : m.end()]
            cls, subject, np_end = "fighter", name if _DEMONYM.fullmatch(name) else "fighters", m.end()  # a people
            # named as a side ("12 Americans", "300 Russians"): they are the subject, as "32 Kenyans" are
    if subject == "men" and cls == "people" and (unit_men := men_of_units(
            text, sentence_start, k, subject, words_of(text[k - 40 if k > 40 else 0 : k]))):
        cls, subject = "fighter", unit_men  # "3 battalions, some 2,000 men, crossed": their strength, whatever the verb
    lo = max(sentence_start, k - 80)
    if cls is None and text[lo:k].rstrip()[-3:].lower() == "the" and _BY_THE.search(text[lo:k]):
        nouns = [m for m in lex.noun_re.finditer(text, lo, k)]
        if nouns and norm(nouns[-1].group(0)) in lex.noun_class:
            cls, subject = lex.noun_class[norm(nouns[-1].group(0))]
            cut = nouns[-1].start()
            left = None
            for _ in range(3):  # the verb may stand before one or two modifiers: "destroying Sunni mosques"
                left = verb_ending(verbs, text, lo, cut)
                pre = last_word_start(text, lo, cut)
                if left or pre is None:
                    break
                cut = pre
            if left and measure_for(left[0], cls):
                return Phrase(cls, subject, q_end, left[0], "left", left[1], False, owner_cls)
            return Phrase(cls, subject, q_end, None, "", 0, False, owner_cls)
    # the verb: before the number (active), else after the noun phrase (passive or participle)
    last = last_token(text, lo, k)  # (asked once: the tests below that need a word at the end start from it)
    left = verb_ending(verbs, text, lo, k, last)
    if left is not None and left[0] == "free" and cls == "munition" and (
            got := released_munitions(text, left[1], np_end)):
        left = (got, left[1])  # "the jets released 4 bombs": dropped (extract/releasedarms.py)
    only = False
    if k > sentence_start and text[k - 1].isspace() and (last is None or last[0].endswith(("only", "just"))):
        before = text[max(sentence_start, k - 12) : k].lower()  # (the regex needs a space at the end)
        if before.rstrip().endswith(("only", "just")):  # as the regex needs
            only = bool(_ONLY_BEFORE.search(before))
    after_np = np_end
    if cls is None and walked <= 3 and (at := pos if walked and _AUX_START.match(text, pos, end) else role_aside(
            text, pos, end)):
        after_np = at  # the verb after an unknown noun: "14 community leaders had been killed", "ten of its members, ..."
    elif cls is None and walked == 0 and pos > np_end and (_MORE.match(text, np_end, pos) or _OF_THEM.match(
            text, np_end, pos)) and (_AUX_START.match(text, pos, end) or verb_re.match(text, pos, end)):
        after_np = pos  # "Dozens more were injured", "150 more surrendered": more of the people counted before, and
        # the verb after them; "40 of them were captured": a part of them, and what befell it
    elif cls is None and 0 < walked <= 3 and verb_re.match(text, pos, end) and _OF_THEM_THEN.match(text, np_end, pos):
        after_np = pos  # "87 were wounded, three of whom later died": a part, and what befell it after
    elif cls is None and walked == 0 and text.startswith("more,", pos):
        after_np = pos + 4  # "5,000 more, most of them children, are trapped": the aside after "more" (below)
    aside = _ASIDE.match(text, after_np, end) if _next_in(text, after_np, end, ",(") else None
    if aside is None and q.value == 1 and cls in HUMAN and text.startswith(",", after_np):
        aside = _ONE_ASIDE.match(text, after_np, end)  # "One suspect, a 32-year-old local man, is in custody"
    if aside:
        after_np = aside.end()
    aux = _F_AUX.match(ftext, after_np, end)
    assert aux is not None  # (it matches the empty string)
    aux_end = aux.end()
    pp = _PP.match(text, after_np, end) if cls and after_np < end and text[after_np].isspace() and _next_in(
        text, after_np, end, _PP_FIRST) else None
    if pp and not verb_re.match(text, aux_end, end):
        after_np = pp.end()
        aux = _F_AUX.match(ftext, after_np, end)
        assert aux is not None  # (it matches the empty string)
        aux_end = aux.end()
    after_np = aux_end
    if cls == "toll" and after_np > np_end and _COPULA.fullmatch(text, np_end, after_np):
        who = people_noun_at(text, after_np, end)  # "Twelve of the dead were reservists": who the dead were
        if who:
            owner_cls, subject, _ = who
    if (cls in HUMAN or cls in BUILT) and text.startswith(("w", "t", "W", "T"), after_np):
        rel = _WHO.match(text, after_np, end)  # "800 people who fled", "30 men who were detained"
        if rel:
            aux = _AUX.match(text, rel.end(), end)
            assert aux is not None  # (it matches the empty string)
            after_np = aux.end()
    if text.startswith("never", after_np) and (cls is None or cls in MOVERS) and never_came_back(ctx, after_np, cls, k):
        return Phrase(cls or "people", subject or "people", np_end, "displace", "right", after_np, only, owner_cls)
    if text.startswith(("n", "N"), after_np) and _NOT.match(text, after_np, end) and "," not in text[np_end:after_np] and not (
            left and left[0] == "kill" and _REMAINS_OF.match(text, left[1])) and not (  # ("the bodies of 21 were never
            cls == "toll" and _REMAINS.match(text, skip_space(text, q_end, end), np_end)):  # given back", "scores of
        # bodies were never recovered": what is denied is done to what is left of the dead, not their deaths)
        if cls in MOVERS and not_returned(text, after_np, end):  # "800 families have not returned to their farms"
            return Phrase(cls, subject, np_end, "displace", "right", after_np, only, owner_cls)  # (notreturned.py)
        return Phrase("out", subject, np_end, None, "", 0, only, owner_cls)  # "20 soldiers were not hurt"
    right_m = verb_re.match(text, after_np, end)
    if text.find(" who ", np_end, np_end + 24) >= 0 and (main := main_verb_after(text, np_end, end, verb_re, right_m)):
        right_m, after_np = main  # "Two porters who had been asleep were killed", "four gunmen who had fired on the
        # post were killed" (extract/relclause.py)
    if right_m is not None:
        right = right_verb(verbs, verb_re, text, ftext, right_m, np_end, after_np, lo, k, end)
        if right is not None and right[0] == "out":
            return Phrase("out", subject, np_end, None, "", 0, only, owner_cls)  # "taken to hospital after the concert"
    elif ftext.startswith("open", after_np) and _STILL.search(ftext, np_end, after_np):
        right = ("remain", after_np)  # "three hospitals were still open" (the auxiliaries took "still")
    elif cls in HUMAN and ftext.startswith("held", after_np) and still_held(ftext, np_end, after_np, end):
        right = ("capture", after_np)  # "13 of its soldiers are still held" (extract/captives.py)
    else:
        right = None
    if right is not None and right[0] == "remain" and cls in MOVERS and left_a_place(ctx, after_np):
        right = None  # "residents have left Mosul": a departure, not what is left (extract/leftplace.py)
    if (right is None or right[0] == "spare") and (left is None or measure_for(left[0], cls) is None) and fled_or_camped(
            lex, ctx, cls, after_np, text[q_end : max(np_end, pos)].split()[-1:]):  # (the noun's last word)
        # "6,000 Burundians streamed across the border", "8,000 living in makeshift camps"
        return Phrase(cls or "people", subject or "people", np_end, "displace", "right", after_np, only, owner_cls)
    if (left and left[0] == "free" or right and right[0] == "free") and not freed_captives(cls, ctx.sentence) and not (
            cls in HUMAN and freed_after_capture(text, np_end, end)):  # ("released 14 aid workers it had kept")
        return Phrase("out", subject, np_end, None, "", 0, only, owner_cls)  # "freed 3 people trapped in the rubble"
    if left and left[0] == "spare" and cls in HUMAN and freed_after_capture(text, np_end, end):
        return Phrase(cls, subject, np_end, "capture", "left", left[1], only, owner_cls)  # "rescued 4 men it captured"
    if (left and left[0] == "spare") or (right and right[0] == "spare" and not (
            left and "," in text[np_end : right[1]] and measure_for(left[0], cls) is not None)):
        # "two soldiers survived", "rescued 60 villagers": not a count of harm ("killed 47 rebels, rescued 31
        # hostages": the verb after the comma opens the next item of a list)
        return Phrase("out", subject, np_end, None, "", 0, only, owner_cls)
    if left and right and "," in text[left[1] : k] and measure_for(right[0], cls) is not None:
        left = None  # "12 dead, dozens hurt": the verb before the comma is the number's before it
    if left and subject == "men" and left[0] in ("deploy", "move") and men_of_a_force_sent(lex, text, left, np_end, end):
        cls, subject = "fighter", "troops"  # "Germany had sent about 5,000 men to Spain", "The Army has moved a
        # further 500 men to Londonderry" (extract/phraseparts.py)
    if left and measure_for(left[0], cls) is not None:
        return Phrase(cls, subject, np_end, left[0], "left", left[1], only, owner_cls)
    if right and measure_for(right[0], cls) is not None and not (right[0] == "attack" and cls == "munition" and (
            left is None and (last is None or last[0] in _FILLER_LASTS or last[0].endswith(CONJUNCTION_ENDS)))):
        return Phrase(cls, subject, np_end, right[0], "right", right[1], only, owner_cls)
    # (munitions "launched from" somewhere after a verb shared with a number before: that verb acts on them,
    # "shot down 18 drones, two missiles and one ballistic missile launched from Yemen")
    # a verb shared with a number before: "sending 100,000 soldiers and 16 jets", "killed the driver and 2
    # passengers" (asked last: only a number no other verb acts on needs it)
    if left is None and (last is None or last[0] in _FILLER_LASTS or last[0].endswith(CONJUNCTION_ENDS)):
        # (a last token that is no qualifier and ends with no conjunction: neither pattern can match)
        shared = shared_verb(ctx, q, verbs, text, ftext, lo, k, cls is not None)
        if shared and measure_for(shared[0], cls) is not None:
            return Phrase(cls, subject, np_end, shared[0], "left", shared[1], only, owner_cls)
    if right and measure_for(right[0], cls) is not None:
        return Phrase(cls, subject, np_end, right[0], "right", right[1], only, owner_cls)
    if participle and measure_for(participle[0], cls) is not None:
        return Phrase(cls, subject, np_end, participle[0], "left", participle[1], only, owner_cls)  # its actor: before
    if (cls is None or cls in HUMAN) and (ftext.find("treat", lo, k) >= 0 or (cls != "toll" or casualties_at(
            text, np_end)) and any(ftext.find(v, lo, k) >= 0 for v in INTAKE_VERBS)):  # ("took in 90 casualties"; not
        # "received 40 bodies")
        treated = treated_for_wounds(text, lo, k, np_end, end) or treated_in_war(ctx, k, np_end)  # "treated 125 people
        # for gunshot wounds"; "Hospitals have treated 580 people" in a war (extract/treatedwar.py)
        if treated is not None:  # (casualties treated are people hurt, not a toll of the dead)
            return Phrase("people" if cls == "toll" else cls, subject, np_end, "wound", "left", treated, only, owner_cls)
    if (cls in HUMAN or cls is None and after_np > np_end) and ftext.startswith("treat", after_np) and wounds_after(
            text, after_np + 7, end):  # (with no noun: "two of them are still being treated for their injuries")
        return Phrase(cls, subject, np_end, "wound", "right", after_np, only, owner_cls)  # "… treated for gunshot and machete wounds"
    return Phrase(cls, subject, np_end, None, "", 0, only, owner_cls)


_PP_FIRST = "fFoOiInNaAwWbBİı"  # the first letters of _PP's prepositions, and what IGNORECASE takes for "i"


def _noun_after_next(lex, text: str, pos: int, end: int) -> bool:
    """Whether the word after the next one is a lexicon noun ("Sudanese [army] soldiers"; not after a preposition:
    "Georgians from villages")."""
    w = _NEXT_WORD.match(text, pos, end)
    return bool(w and w.group(0).strip().lower() not in _STOP and lex.noun_re.match(text, w.end(), end))
