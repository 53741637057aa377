"""Words that tell a death only for a side at war: "lost", "martyrs".

The lexicon's kill verbs hold "lost", "lost only", "lost just", "lose", "losing": "the rebels lost only 12
fighters", "The army said it lost 4". In peace the same verb counts customers, matches, jobs and seats: "The shop
lost just 3 customers", "Bayern lost only 2 matches". And whatever the report, a possessive after it that is not
"lives" or "life" names what was lost, and the people counted are not the dead: "the number of people who lost their jobs
in the recession at 5,000", "200 families lost their homes" (the lexicon's "lost their lives" stays a death).
So "lost" kills only where the document names a war, a party to one or unrest (extract/peacetolls.py), or the
people counted are armed ([nouns] fighter, peacekeeper), and never before "their jobs", "his seat", "its lead".

A force that says "it lost" a number lost its own men: "Rebels said they killed 40 soldiers in Homs. The army said
it lost only 4." counts the army's troops (a force that speaks as "it", [cues] speaking_forces: troops; an armed noun of the
lexicon: "the rebels said they lost 12" counts fighters).

An association's members "lost" over a season are its old members' deaths, not a war's ("we lost six old comrades
over the winter", "the branch lost three members this year": [cues] fellows and season_span).

"Martyrs" ([nouns] toll) are the dead as their own side names them ("We mourn two martyrs"); in a report naming no
war they are saints or the dead of history: "We remember the 12 martyrs of Uganda, canonised in 1964".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.deadnamed import KIN_WORDS
from extract.peacetolls import no_war_nor_unrest
from extract.phrase import Phrase
from extract.triggers import ARMED, lexicon, norm

# "The army said it lost only", at the end of the stretch before the number: the speaker and its pronoun.
_SPEAKER_LOST = re.compile(r"\b(?:the\s+)?(?P<who>[A-Za-z-]+)\s+(?:said|says|stated|admitted|acknowledged|conceded|"
                           r"reported)\s+(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:only\s+)?"
                           r"(?:lost|loses|lose)\s+(?:only\s+|just\s+|some\s+|about\s+)?\Z", re.IGNORECASE)
_LOST = re.compile(r"(?:lost|lose|loses|losing)\b", re.IGNORECASE)
# A possessive and a thing that is not a life after the verb: "lost their jobs", "lose his seat".
# (Not one's kin: "lost his wife and three of his five children" tells deaths.)
_LOST_THING = re.compile(r"(?:lost|lose|loses|losing)\s+(?:their|his|her|its|our|my|your)\s+(?!li(?:fe|ves)\b|own\s+li(?:fe|ves)\b|"
                         r"(?:" + "|".join(sorted(KIN_WORDS)) + r")\b)\w", re.IGNORECASE)


def lost_is_no_death(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether the phrase's verb of killing is a plain "lost" (or "lose", "losing") that tells no death: a thing of
    one's own after it ("lost their jobs"), or a report of peace with no armed people counted ("The shop lost just
    3 customers"). False for every other verb, and for "lost their lives"."""
    text, at = ctx.text, ph.verb_start
    if ph.verb != "kill" or not _LOST.match(text, at):
        return False
    if _LOST_THING.match(text, at) or _members_lost(ctx, ph):
        return True
    return ph.cls not in ARMED and no_war_nor_unrest(text)


# The count and its noun after "lost": "lost six old comrades", "lost another three of our members".
_LOST_COUNT = re.compile(r"(?:lost|lose|loses|losing)\s+(?:another\s+|a\s+further\s+)?[\w-]+\s+(?:more\s+)?(?:of\s+our\s+)?",
                         re.IGNORECASE)


def _members_lost(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether "lost" counts an association's fellows ([cues] fellows) over a season ([cues] season_span) after them in
    the clause: "we lost six old comrades over the winter"."""
    text = ctx.text
    m = _LOST_COUNT.match(text, ph.verb_start, ctx.end)
    lex = lexicon()
    fellows = lex.cues["fellows"].match(text, m.end(), ctx.end) if m else None
    if fellows is None:
        return False
    stop = min((i for i in (text.find(c, fellows.end(), ctx.end) for c in ";,") if i >= 0), default=ctx.end)
    return lex.cues["season_span"].search(text, fellows.end(), stop) is not None


def martyrs_in_peace(ctx: SentenceContext, ph: Phrase, end: int) -> bool:
    """Whether the number counts "martyrs" (ending at `end`, the number's end) in a report naming no war: saints
    or the dead of history, not a toll."""
    return (ph.cls == "toll" and "martyr" in ctx.text[end : ph.np_end].lower()
            and no_war_nor_unrest(ctx.text))


def speaker_lost(ctx: SentenceContext, k: int) -> tuple[str, str] | None:
    """(class, subject) of the men a speaking force says "it lost" just before the number at `k` ("The army said
    it lost only 4": troops; "the rebels said they lost 12": fighters); None when no force speaks so."""
    m = _SPEAKER_LOST.search(ctx.text, max(ctx.start, k - 60), k)
    if m is None:
        return None
    who, lex = m.group("who"), lexicon()
    if lex.cues["speaking_forces"].fullmatch(who):
        return "fighter", "troops"
    got = lex.noun_class.get(norm(who))
    return got if got is not None and got[0] in ARMED else None
