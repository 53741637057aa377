"""Men or members counted as a force's size, and the people a count shares with the count before it (classify.py).

Two readings extract/classify.py makes of a phrase, kept here so that the rules stay small:

- `read_armed`: "the government army had nearly 100,000 men", "the militia boasts 10,000 members", "up to 3,000
  men under arms", "Of the 250,000 men Bolivia mobilised", "six of its own members died": the men counted are
  fighters or troops (extract/phraseparts.py, extract/mobilised.py); so are men (or a people's name) in a frame of
  a force, "Lord Chelmsford's 5,300 men", "held by 139 men" (extract/forceframes.py);
- `same_people`: a count of people with no noun of its own that counts the people of a count just before it:
  "12 soldiers were killed and 40 wounded", "212 rebels have been killed, 147 captured" (extract/sharedcounts.py),
  "killed 19 soldiers, wounded dozens more", "six fighters died, four of them in an airstrike", "... two soldiers
  were killed. Another six were wounded." (extract/another.py).
"""

from __future__ import annotations

import re

from extract.anaphora import MORE_AFTER
from extract.another import same_people_before
from extract.context import SentenceContext
from extract.forceframes import force_frame
from extract.mobilised import men_raised
from extract.partof import OF_THEM, OTHERS, PEOPLE_MEASURES, Kind, elided, last_is_a_part, previous
from extract.phrase import Phrase
from extract.phraseparts import men_under_arms, own_members, under_arms
from extract.records import Quantity
from extract.triggers import ARMED, lexicon
from extract.sharedcounts import elided_in_list

_MEMBERS = re.compile(r"\s+(?:members|cadres|combatants)\b", re.IGNORECASE)


def read_armed(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> None:
    """Make the phrase's men or members a force's fighters or troops where the sentence says they are under arms."""
    text, start, end, k = ctx.text, ctx.start, ctx.end, q.char_start
    members = _MEMBERS.match(text, q.char_end, end) if ph.cls is None else None  # "the militia boasts 10,000 members"
    armed = men_under_arms(text, start, k) if (ph.subject == "men" or members) and ph.verb is None else None
    if not armed and ph.cls in ("people", None) and under_arms(text, ph.np_end, end):
        armed = "fighters"  # "they have up to 3,000 men under arms" (extract/phraseparts.py)
    if not armed and ph.subject == "men" and ph.verb is None and men_raised(ctx, ph.np_end):
        armed = "troops"  # "Of the 250,000 men Bolivia mobilised" (extract/mobilised.py)
    if armed:
        ph.cls, ph.subject = "fighter", armed  # "the government army had nearly 100,000 men"
        ph.np_end = max(ph.np_end, members.end()) if members else ph.np_end
    own = own_members(text, start, q.char_end, end) if ph.cls is None and "own" in words else None
    if own:
        ph.cls, ph.subject, ph.np_end = "fighter", "fighters", own  # "its fighters ..., and six of its own members died"
    if ph.verb in (None, "hold") and (ph.subject == "men" or ph.cls == "demonym") and force_frame(
            text, start, k, ph.np_end, end, words):  # "Lord Chelmsford's 5,300 men", "The 44th Division, about 25,000
        ph.cls, ph.subject, ph.verb = "fighter", "troops", None  # men,", "held by 139 men" (extract/forceframes.py)


def same_people(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int) -> Kind | None:
    """The count whose people a count of people harmed counts again (its subject and side are theirs), or None."""
    text, end = ctx.text, ctx.end
    shared = elided(ctx, q, depth) or (elided_in_list(ctx, q, depth) if ph.cls is None else None)
    # "12 soldiers were killed and 40 wounded", "212 rebels have been killed, 147 captured" (extract/sharedcounts.py)
    if shared is not None:
        return shared
    if text.startswith(" others", q.char_end) and OTHERS.match(text, q.char_end, end) and not last_is_a_part(ctx, q):
        whole = previous(ctx, q, depth)  # "one soldier paid the supreme price, while two others sustained injuries":
        if whole is not None and whole.measure in PEOPLE_MEASURES and (  # others of the same armed men, whatever
                lexicon().noun_class.get(whole.subject, ("",))[0] in ARMED):  # joins them (the house: others of
            return whole  # civilians or of people are "people")
    if ph.cls is None and (MORE_AFTER.match(text, q.char_end, end) or OF_THEM.match(text, q.char_end, end)):
        # "killed 19 soldiers, wounded dozens more": more of the same people; "six fighters died, four of them
        # in an airstrike": a part of them
        whole = previous(ctx, q, depth)  # ("619 defenders held the fort ...; 466 of them were taken prisoner")
        if whole is not None and (whole.measure in PEOPLE_MEASURES or whole.measure == "forces"):
            return whole
    if ph.cls is None and _LOST_BARE.search(text, max(ctx.start, q.char_start - 30), q.char_start):
        whole = previous(ctx, q, depth, reach=90)  # "Iran, which sent some 4,000 troops, lost more than 200": of them
        if whole is not None and whole.measure == "forces":
            return whole
    return same_people_before(ctx, q, depth) if ph.cls is None else None  # "... two soldiers were killed.
    # Another six were wounded.": the same people (extract/another.py)


# a bare count a force lost, right after the verb ("lost more than 200")
_LOST_BARE = re.compile(r"\b(?:lost|losing|loses)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                        r"at\s+least|an\s+estimated|only|just)\s+)?\Z", re.IGNORECASE)
_PART_OF = re.compile(r"\bof\s+(?:which|whom|them|these|those)\s*,?\s+(?:(?:about|around|some|nearly|almost|roughly|"
                      r"approximately|at\s+least|more\s+than|over|up\s+to|an\s+estimated)\s+)?\Z", re.IGNORECASE)
PART_GATE = frozenset({"which", "whom", "them", "these", "those"})  # the words _PART_OF needs


def part_of_a_force(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int) -> None:
    """Make "men" counted as a part of a force told just before them its troops: "committed about 60,000 troops and
    1,130 tanks to Hungary, of which some 2,000 men ... entered Budapest" (a force's part is a force; "of whom 40
    men were wounded" keeps its verb). The caller asks only for men with no verb, where a word of PART_GATE is."""
    if _PART_OF.search(ctx.text, max(ctx.start, q.char_start - 30), q.char_start) is None:
        return
    whole = previous(ctx, q, depth)
    if whole is not None and whole.measure == "forces":
        ph.cls, ph.subject = "fighter", "troops"
