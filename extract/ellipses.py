"""Counts told with no noun of their own, or with a verb of the lexicon nowhere near them.

- a copula after a named count: "its count of wounded is nine", "the tally of dead stood at 14" (killed or
  wounded people); a count of things and what befell them: "the count of ships hit since May now stands at 63"
  (the noun and the participle give the measure, as "63 ships hit" would); the same count in brackets after its
  phrase: "Other vessels hit in the period (five) were damaged slightly";
- people hiding or sheltering with no noun: "as many as 50,000 are hiding in the forest", "3,000 were sheltering
  in the church" (displaced);
- a place of refuge holding people: "the school compound holds about 4,000 people", "the mission now shelters
  thousands of people" (displaced: people sheltering from the war; the place of refuge stands before every verb:
  not a stadium's seats, nor a city hosting a fair's visitors);
- arrivals counted by a verb of number: "new arrivals this week numbered about 800" (displaced);
- people who had sheltered somewhere and were then moved: "900 Liberians who had sheltered in the embassy were
  flown out" (displaced);
- "N members of its party died": members of a party, team, delegation or crew harmed (killed, wounded, taken);
- a toll whose proof is denied, which still states a count: "the prosecution's figure of 30 dead was not proved"
  (the negation is of the proof, not of the deaths);
- hostages never found: "took 20 men as hostages, of whom six have never been found" (captured: a part of the
  people taken); the missing of a fight, a flood or a crowd stay no claim.

Sizes of forces told in men are extract/forcemen.py's, asked last.

Each rule needs a word of the sentence first (extract/wordset.py); they run only for a number with no verb.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.forcemen import force_in_men
from extract.kindmemo import MAX_DEPTH
from extract.partof import Kind, previous
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.rx import guarded
from extract.sides import resolve_side
from extract.treatment import GATE as _GATE_TREATED, treated_counted
from extract.triggers import HUMAN, lexicon, measure_for, names_a_war, norm

# The shared qualifiers (extract/qualifierwords.py) and this module's own: "approximately", "no more than".
_QUAL = r"(?:(?:" + qualifier_pattern() + r"|approximately|no\s+more\s+than)\s+)?"
_COUNT_WORDS = frozenset({"count", "tally", "number", "total", "toll"})
_COUNT_IS = guarded(r"\b(?:count|tally|number|total|toll)\s+of\s+(?:the\s+)?(dead|killed|deaths|wounded|injured|"
                       r"injuries)\s+(?:is|was|stands\s+at|stood\s+at|now\s+stands\s+at|has\s+risen\s+to|rose\s+to)\s+"
                       + _QUAL + r"\Z", re.IGNORECASE)
_COUNT_OF_DONE = re.compile(r"\b(?:count|tally|number|total)\s+of\s+(?:the\s+)?([\w-]+)\s+([\w-]+)\b[^.;:!?]{0,60}?\s+"
                            r"(?:is|was|stands\s+at|stood\s+at|has\s+risen\s+to|rose\s+to|has\s+reached|reached)\s+"
                            + _QUAL + r"\Z", re.IGNORECASE)
_BRACKETED = re.compile(r"\b([\w-]+)\s+([\w-]+)(?:\s+[\w'’-]+){0,4}\s*\(\Z", re.IGNORECASE)  # "vessels hit in the period ("
_WOUNDS = frozenset({"wounded", "injured", "injuries"})
_HIDE_WORDS = frozenset({"hiding", "sheltering"})
_HIDING = re.compile(r"\s+(?:are|were|is|was|have\s+been|had\s+been|remain|remained)\s+(?:still\s+)?(?:now\s+)?"
                     r"(?:hiding|in\s+hiding|sheltering)\b", re.IGNORECASE)
_REFUGE_WORDS = frozenset({"holds", "held", "shelters", "sheltered", "sheltering", "houses", "housed", "housing",
                           "hosts", "hosted", "hosting", "hold", "house", "shelter", "host"})
# A place of refuge before the verb, whatever the verb: "the mission now shelters thousands of people", "the school
# compound holds about 4,000 people" (a city "hosts" a fair's visitors, a stadium "holds" its seats: no refuge). A
# stadium or an arena is a refuge only when it "shelters" people.
_REFUGE_NOUNS = (r"camp|compound|mission|church|cathedral|school|shelter|site|centre|center|mosque|monastery|convent|"
                 r"embassy|barracks|hall|parish|seminary|warehouse")
_REFUGE_VERBS = (r"holds|held|housed|houses|shelters|sheltered|is\s+sheltering|was\s+sheltering|are\s+sheltering|"
                 r"hosts|hosted|is\s+hosting|is\s+housing|hold|house|shelter|host|are\s+hosting|are\s+housing")
# (plural refuges take the plural verbs: "the camps outside Goma now hold about 80,000 people")
_REFUGE_HOLDS = re.compile(r"\b(?:(?:" + _REFUGE_NOUNS + r")(?:s|es)?,?\s+(?:[\w'’-]+,?\s+){0,4}?(?:now\s+|still\s+)?(?:"
                           + _REFUGE_VERBS + r")|(?:stadium|arena),?\s+(?:[\w'’-]+,?\s+){0,4}?(?:now\s+|still\s+)?"
                           r"(?:shelters|sheltered|is\s+sheltering|was\s+sheltering))\s+" + _QUAL + r"\Z",
                           re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:of\s+)?(?:people|persons|civilians|villagers|residents)\b", re.IGNORECASE)
_ARRIVAL_WORDS = frozenset({"numbered", "totalled", "totaled", "totalling", "totaling"})
_ARRIVALS_NUMBERED = re.compile(r"\b(?:arrivals|refugees|evacuees|displaced)\s+(?:[\w-]+\s+){0,3}?(?:numbered|"
                                r"totalled|totaled|totalling|totaling)\s+" + _QUAL + r"\Z", re.IGNORECASE)
_SHELTERING = frozenset({"people", "demonym", "civilian", "population"})
_SHELTER_WORDS = frozenset({"sheltered", "sheltering", "refuge", "hiding", "hidden"})
_WHO_SHELTERED = re.compile(r"\s+who\s+(?:had|have|has)\s+(?:sheltered|taken\s+refuge|sought\s+refuge|been\s+sheltering|"
                            r"been\s+hiding|hidden)\b", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\s+members\s+of\s+(?:its|their|his|her|our|the|a)\s+(?:[\w'’-]+\s+){0,2}?(?:party|delegation|"
                         r"team|family|families|crew|staff|convoy|mission|group|patrol|unit)\s+(?:were\s+|was\s+|have\s+"
                         r"been\s+|had\s+been\s+)?(killed|died|wounded|injured|kidnapped|abducted)\b", re.IGNORECASE)
_HARMED = {"killed": "killed", "died": "killed", "wounded": "wounded", "injured": "wounded", "kidnapped": "captured",
           "abducted": "captured"}
_UNPROVEN_WORDS = frozenset({"proved", "proven", "verified", "established", "substantiated", "accepted", "confirmed"})
_DEAD_UNPROVEN = re.compile(r"\s+(dead|killed|wounded|injured)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                            r"not\s+(?:been\s+)?(?:proved|proven|verified|established|substantiated|accepted|confirmed)\b",
                            re.IGNORECASE)
_MISSING_WORDS = frozenset({"missing", "found", "seen", "accounted", "unaccounted"})
_MISSING = re.compile(r"\s+(?:(?:have|has|had)\s+(?:never|not)\s+been\s+(?:found|seen\s+again|accounted\s+for)|"
                      r"(?:are|were|remain|remained|is)\s+(?:still\s+)?(?:missing|unaccounted\s+for))\b", re.IGNORECASE)
_OF_WHOM = re.compile(r"\bof\s+whom\s+\Z", re.IGNORECASE)


def elliptic_kind(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str], depth: int) -> Kind | None:
    """The kind of a number with no verb acting on it that one of the module's rules tells (None: no rule)."""
    text, k, lo = ctx.text, q.char_start, max(ctx.start, q.char_start - 60)
    if ph.cls is None and not _COUNT_WORDS.isdisjoint(words):
        m = _COUNT_IS.search(text, lo, k)
        if m:
            measure = "wounded" if m.group(1).lower() in _WOUNDS else "killed"
            return Kind(measure, "people", resolve_side(ctx, q, measure, "toll", "people", "", np_end=q.char_end))
        done = _count_of_done(ctx, q, lo)
        if done is not None:
            return done
        if "who" in words and not _GATE_TREATED.isdisjoint(words) and (treated := treated_counted(
                text, max(ctx.start, lo - 40), k)) is not None and (got := lexicon().noun_class.get(norm(treated))) and (
                got[0] in HUMAN):  # "the number of people who sought treatment ... after the bombing has risen to 116"
            return Kind("wounded", got[1], resolve_side(ctx, q, "wounded", got[0], got[1], "right", np_end=k))
    if ph.cls is None and text[k - 1 : k] == "(" and text.startswith(")", q.char_end):
        return _count_of_done(ctx, q, lo, _BRACKETED)
    if ph.cls is None and not _HIDE_WORDS.isdisjoint(words) and _HIDING.match(text, q.char_end, ctx.end) and (
            names_a_war(text)):
        return Kind("displaced", "people", "civilian")
    if (ph.cls is None or ph.subject == "people") and not _REFUGE_WORDS.isdisjoint(words) and _PEOPLE_AFTER.match(
            text, q.char_end, ctx.end) and _REFUGE_HOLDS.search(text, max(ctx.start, k - 90), k) and names_a_war(text):
        return Kind("displaced", "people", "civilian")
    if ph.cls is None and not _ARRIVAL_WORDS.isdisjoint(words) and _ARRIVALS_NUMBERED.search(text, lo, k) and (
            names_a_war(text)):
        return Kind("displaced", "people", "civilian")
    if ph.cls in _SHELTERING and not _SHELTER_WORDS.isdisjoint(words) and _WHO_SHELTERED.match(
            text, max(ph.np_end, q.char_end), ctx.end) and names_a_war(text):
        return Kind("displaced", ph.subject or "people", "civilian")
    if ph.cls is None and "members" in words:
        m = _MEMBERS_OF.match(text, q.char_end, ctx.end)
        if m:
            measure = _HARMED[m.group(1).lower()]
            return Kind(measure, "people", resolve_side(ctx, q, measure, None, "people", "right", np_end=m.start(1)))
    if ph.cls == "out" and not _UNPROVEN_WORDS.isdisjoint(words):
        m = _DEAD_UNPROVEN.match(text, q.char_end, ctx.end)
        if m:
            measure = "wounded" if m.group(1).lower() in _WOUNDS else "killed"
            return Kind(measure, "people", resolve_side(ctx, q, measure, "toll", "people", "", np_end=m.end(1)))
    if (ph.cls in (None, "out") and not _MISSING_WORDS.isdisjoint(words) and depth < MAX_DEPTH
            and _MISSING.match(text, q.char_end, ctx.end)):
        return _missing_of(ctx, q, depth)
    sized = force_in_men(ctx, q, ph, words)  # "a unit of about 150 men" (extract/forcemen.py)
    if sized is not None:
        return Kind("forces", sized, resolve_side(ctx, q, "forces", "fighter", sized, ph.verb_side, np_end=ph.np_end,
                                                  verb_start=ph.verb_start))
    return None


def _count_of_done(ctx: SentenceContext, q: Quantity, lo: int, told: re.Pattern[str] = _COUNT_OF_DONE) -> Kind | None:
    """The kind of a count of things and what befell them, told after a copula ("the count of ships hit since May
    now stands at 63": damaged ships) or in brackets after them (`told` _BRACKETED: "vessels hit (five)"), or None."""
    text, lex, at = ctx.text, lexicon(), max(ctx.start, lo - 40)
    while (m := told.search(text, at, q.char_start)) is not None:  # (each start: "Other vessels hit …" is read
        got = lex.noun_class.get(norm(m.group(1)))  # from "vessels hit")
        group = lex.verb_group.get(norm(m.group(2)))
        measure = measure_for(group, got[0]) if got and group else None
        if measure is not None and got is not None:
            return Kind(measure, got[1], resolve_side(ctx, q, measure, got[0], got[1], "right", np_end=m.end(2)))
        at = m.end(1)
    return None


def _missing_of(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """Captured, for hostages "of whom" some were never found (a part of the people taken just before); None
    otherwise ("more than 100 soldiers had died and dozens were still missing": the missing of a fight stay no
    claim, as the held-out gold and extract/classify.py have them). ("have never been found" reads as a negated
    verb: its phrase is "out", hence this is asked before the classifier drops it.)"""
    if not _OF_WHOM.search(ctx.text, max(ctx.start, q.char_start - 12), q.char_start):
        return None
    whole = previous(ctx, q, depth)
    return Kind("captured", whole.subject, whole.side) if whole and whole.measure == "captured" else None
