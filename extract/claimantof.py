"""Who makes the claim at a number, from the sentence's cues (for extract/attribution.py).

The passive's agent ("the 25,000 deaths counted by rights groups"), reporters who saw, the owner of figures relayed,
then the cue nearest the number: a pronoun resolved to its antecedent, a definite description ("the commission") to
the full name written before, a document ("the statement said") to whoever issued it, a role ("the spokesman") to
whom it names; a court in its own judgment and a generic tally ("the most widely cited count") name nobody (the
section's voice). With no cue: the claimant carried from before, a quote going on, a list's source.
"""

from __future__ import annotations

import re

from extract.backrefs import full_name_before, proper_short_name
from extract.carry import carried_claimant
from extract.context import SentenceContext
from extract.cueforms import RELATIVE_BY
from extract.cues import DEFINITE, GENERIC, PASSIVE_BY, PRONOUNS, RELAY_VERBS, RESPONSIBILITY_NOUNS, SELF
from extract.courtcarry import court_finding_carried
from extract.courtvoice import court_itself
from extract.dataowner import OWNER_ENDS, data_owner
from extract.cuescope import applicable
from extract.cuetails import subject_opening
from extract.eyewitness import reporters_saw
from extract.headlines import typed_by_role
from extract.itsbody import body_named_before
from extract.itsowner import country_body
from extract.judgments import names_the_court
from extract.kindback import organisation_named_before
from extract.labelsource import labelled_body
from extract.listsource import listed_source
from extract.openquote import open_quote_speaker
from extract.gazetteer import gazetteer
from extract.lexicon import lookup
from extract.midquote import quote_closed_after
from extract.names import first_named
from extract.ownbodyspeaker import own_body_speaker
from extract.personpronouns import person_before
from extract.nearby import antecedent, fallback
from extract.possessedstaff import possessed_staff
from extract.quotecarry import chosen_claimant, quote_going_on, quote_left_open, quote_tagged_next
from extract.relayedfigures import relayed_owner
from extract.reportedon import reported_on
from extract.samereport import REPORT_ENDS, same_report_source
from extract.rx import ascii_lower, guarded
from extract.sentencefacts import SentenceFacts
from extract.rolenames import ROLE_WORDS, armed_actor_before, role_named
from extract.wordset import folded


_DATA_NOUN = guarded(r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:tally|tallies|count|counts|estimate|estimates|figures?|data|"
                        r"statistics|numbers|records)", re.I)
# What a name _DATA_NOUN fullmatches ends with, folded as IGNORECASE compares: other names need no match.
_DATA_NOUN_ENDS = ("tally", "tallies", "count", "counts", "estimate", "estimates", "figure", "figures", "data",
                   "statistics", "numbers", "records")


_PROPER_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")  # "Baragwanath Hospital": a body's own name
_OPENING_QUOTES = frozenset(('"', "“", "'", "‘"))  # a quote opening right after its speaker's "says:"
_NOT_SPEAKERS = SELF | PRONOUNS  # ("we", "I", "he": no speaker of a quote's "we")

def quoted_at(sentence: str, at: int) -> bool:
    """Whether sentence[at] stands inside a quotation opened before it."""
    return quote_left_open(sentence[:at])  # (extract/quotecarry.py)


# "the statement said", "the communique added": a document speaks for whoever issued it, named before.
_DOCUMENT_NOUNS = frozenset(("statement", "communique", "communiqué", "bulletin", "release", "press release", "message"))


# Where a document was posted: "(A message posted) on an Islamist web forum", "(a statement published) on its
# Telegram channel" — the medium speaks, not a speaker named before.
_POSTED_ON = re.compile(r"\s+on\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?P<np>(?:[\w'’-]+\s+){0,3}?(?:forum|website|"
                        r"site|channel|account|page|blog|feed|message\s+board))\b", re.I)

# "its statisticians", "their researchers": people of a body named before, speaking for it
_POSSESSED_STAFF = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+$")
_STAFF_OWNERS = ("its", "their")  # what a match of _POSSESSED_STAFF starts with: a test before the pattern


def claimant(ctx: SentenceContext, facts: SentenceFacts, pos: int, end: int) -> tuple[str | None, str | None]:
    """(name, verb) of whoever makes the claim at sentence[pos:end]; (None, verb) for the section's voice."""
    sentence = facts.sentence
    # PASSIVE_BY needs the word "by" after the number (folding keeps each character's place)
    if facts.may_be_passive and folded(sentence).find("by", end) >= 0:
        m = PASSIVE_BY.match(sentence[end:])
        if m and m.group("verb").lower() == "claimed" and RESPONSIBILITY_NOUNS.search(sentence[end:end + m.start("verb")]):
            m = None  # "3 explosions claimed by X": responsibility for the attacks, not a claim of their number
        if m:
            np = first_named(m.group("np"))
            if np:
                return np, m.group("verb")
    if facts.may_be_relative:
        m = RELATIVE_BY.match(sentence, end)
        if m:
            np = first_named(m.group("np"))
            if np and (lookup(np) or typed_by_role(np)):
                return np, m.group("verb")  # "the 25,000 deaths that rights groups had counted"
    if (seen := reporters_saw(sentence, pos)) is not None:
        return seen  # "… but foreign journalists at the bridge saw at least nine bodies" (eyewitness.py)
    if ":" in sentence and (owner := relayed_owner(ctx, sentence, pos)):
        return owner, "gave"  # "X gave us the ministry's figures: 25 …": the ministry's (relayedfigures.py)
    if ":" in sentence and (label := labelled_body(sentence, pos, end)):
        return label, "gave"  # "Ghana Police Service: 146 people killed": a line's label (extract/labelsource.py)
    cues = applicable(facts.cues, sentence, pos, end) if facts.cues else ()
    if not cues:
        verb = None
        named = cues
    elif len(cues) == 1:
        verb = cues[0].verb
        named = cues if cues[0].name else []
    else:
        verb = min(cues, key=lambda c: abs(c.end - pos)).verb
        named = [c for c in cues if c.name]

    tag = facts.tag
    if tag and (not named or all(c.verb.lower() in RELAY_VERBS or c.verb == ":" for c in named)):
        return tag  # no named claimant, or only relayers of the tagged source
    if len(named) > 1 and any(c.verb == "according to" for c in named):
        kept = [c for c in named if not (c.verb.lower() in _PLACE_RECORDS and gazetteer().lookup(c.name))]
        if kept and len(kept) < len(named):
            named, verb = kept, min(kept, key=lambda c: abs(c.end - pos)).verb
        # "Zamfara has recorded over 1,200 deaths …, according to figures compiled by this newspaper": a place where
        # the deaths were recorded is no claimant; the figures are the compiler's
    if named:
        first = chosen_claimant(named, sentence)  # (extract/quotecarry.py)
        name = first.name
        key = name.casefold()
        if key in SELF and quoted_at(sentence, first.start):
            speaker = next((c for c in named if c.after and c.name.casefold() not in _NOT_SPEAKERS), None) or next(
                (c for c in facts.cues if c.name and c.end <= first.start and c.name.casefold() not in _NOT_SPEAKERS
                 and sentence[c.end:first.start].strip(" :,\t") in _OPENING_QUOTES), None)
            # ('A survivor says: "I counted 40 bodies"': the speaker whose saying opens the quote)
            if speaker:  # '"We counted 23 bodies," said Ahmed': the quote's "we" is the speaker's
                return speaker.name, first.verb
            going_on = quote_going_on(ctx) or quote_tagged_next(ctx)  # '…," said Ahmed. "We counted 23 bodies."',
            if going_on:  # '"We counted 23 bodies." So said Ahmed.' (extract/quotecarry.py)
                return going_on[0], first.verb
        if key in PRONOUNS:
            earlier = [c for c in facts.cues if c.name and c.start < first.start
                       and c.name.casefold() not in PRONOUNS | SELF | GENERIC]
            if earlier:
                name = earlier[0].name
            else:  # "…, he said": a person, not the body of the sentence before (extract/personpronouns.py)
                name = (person_before(ctx) if key in ("he", "she") else None) or antecedent(ctx) or ""
            if not name:
                return None, verb
        elif key in DEFINITE:
            resolved = name if armed_actor_before(sentence, first.start, key) else antecedent(ctx, like=name) or name
            if resolved.casefold() == key:  # "the commission" named only so before: its full name in the text
                resolved = full_name_before(ctx.text, ctx.start + first.start, key) or resolved
            if resolved.casefold() == key and key.startswith("organi"):
                resolved = organisation_named_before(key, ctx.neighbour(-1)) or resolved  # "According to MSF, …
                # The organisation now says …": the one listed body named just before (extract/kindback.py)
            name = own_body_speaker(facts.cues, first, key, resolved) or resolved
        elif (full := proper_short_name(ctx.text, ctx.start + first.start, name)) is not None:
            name = full  # "the Front" after "the National Salvation Front" (extract/backrefs.py)
        elif (staff := key.startswith(_STAFF_OWNERS) and _POSSESSED_STAFF.match(key) is not None) and (
                local := country_body(sentence, first.start, name)):
            name = local  # "…, hurt in Cambodia, its defence ministry said": Cambodia's (extract/itsowner.py)
        elif staff and first.after and (opener := subject_opening(sentence, pos)) and (
                lookup(opener) or typed_by_role(opener) or _PROPER_NAME.fullmatch(opener)):
            name = opener  # "The UN's emergency fund released $2 million …, its office in Abuja said": the fund's
            # office; "Baragwanath Hospital admitted 77 …, according to its register": the hospital's
        elif staff and (said := _speaker_before(facts.cues, first.start)) is not None:
            return said  # "X said that its parishes had recorded 3,383 deaths": X's word, as X said it
        elif staff:
            owner = body_named_before(ctx) or antecedent(ctx)  # "Its statisticians gave a range of …": the body
            # named before speaks (the body named in the sentence before, if nobody speaks there: extract/itsbody.py)
            if owner and owner.casefold() in DEFINITE:
                owner = full_name_before(ctx.text, ctx.start, owner.casefold()) or owner
            name = owner or name
        elif key.endswith(REPORT_ENDS) and (issuer := same_report_source(ctx, name, facts.voice)) is not None:
            name = issuer  # "The same report said …": the publication named before (extract/samereport.py)
        elif key in _DOCUMENT_NOUNS and (medium := _POSTED_ON.match(sentence, first.end)):
            name = medium.group("np")  # "A message posted on a militant web forum claimed …": the forum's
        elif key in _DOCUMENT_NOUNS:
            name = antecedent(ctx) or name  # "…, the statement said": the statement of the last named speaker
        if name.casefold() in ROLE_WORDS:  # "the spokesman", "a spokeswoman": whom the role names (extract/rolenames.py)
            name = role_named(ctx, sentence, first.start, name)
        if (facts.judged or facts.court) and (
                names_the_court(name) or court_itself(name)):  # ("The Trial Chamber found …": courtvoice.py)
            return None, verb  # "The court finds that …" in its own judgment: the section's voice
        if name.endswith(OWNER_ENDS):
            name = data_owner(name) or name  # "A government estimate put …": the government's (extract/dataowner.py)
        if name.casefold() in GENERIC or (ascii_lower(name).endswith(_DATA_NOUN_ENDS) and _DATA_NOUN.fullmatch(name)):
            return None, (None if verb == ":" else verb)  # "according to the most widely cited tally": no claimant
            # named; a label "Tracker best estimate: 253 killed" is the document's own figure, no hedge of it
        return name, verb
    found = (fallback(ctx) or carried_claimant(ctx)
             or (None if facts.court or facts.judged else court_finding_carried(ctx))  # (extract/courtcarry.py)
             or reported_on(ctx) or quote_going_on(ctx)
             or possessed_staff(ctx)
             or open_quote_speaker(ctx) or listed_source(ctx) or quote_closed_after(ctx))
    # ('…," said X. "We counted …"': extract/quotecarry.py; "Its volunteers treated 60": extract/possessedstaff.py;
    # 'X writes: "… . …': extract/openquote.py; "The figures, from the official history, are these. …": listsource.py;
    # '"We buried them. They buried 60 more. …," he lamented.': the middle sentence, extract/midquote.py)
    return found if found else (None, verb)


_PLACE_RECORDS = frozenset(("recorded", "records", "registered", "registers"))


def _speaker_before(cues, start: int) -> tuple[str, str] | None:
    """The name and verb of a claimant named earlier in the sentence, before `start` ("The conference said that its
    parishes had recorded …"), or None."""
    for c in reversed(cues):
        if c.name and c.start < start and c.verb and not c.verb.startswith(("(", ":")) and (
                key := c.name.casefold()) not in PRONOUNS | SELF | GENERIC and not _POSSESSED_STAFF.match(key):
            return c.name, c.verb
    return None
