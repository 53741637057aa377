"""The writer's doubt about a number: what makes a claim `disputed`.

Doubt can sit in the sentence itself ("the unsupported claim that …",
"…, but the real number is much higher"), in the next sentence of the same
paragraph ("There is no independent verification of the toll.", "I suspect
none of this will arrive."), or open the next paragraph as a flat rejection
("False.", "Not true.") of what was quoted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.comparatives import describes_a_noun
from extract.context import SentenceContext
from extract.cues import sentence_cues
from extract.cuescan import has_any
from extract.dualdoubt import dual_is_full
from extract.figurenouns import ACCOUNT_ALT, FIGURE_ALT
from extract.nosupport import finds_no_support, points_at_own_figure
from extract.partysilence import only_party_silence
from extract.setdoubt import points_over_paragraph
from extract.breakdowns import is_breakdown  # noqa: F401  (extract/attribution.py reads it here)
from extract.paragraphs import (_ATTRIBUTED, _PARAGRAPH_BREAK, _REJECTION, _opens_paragraph,  # noqa: F401
                               _rejected_by_next_paragraph, same_paragraph, someone_elses)
from extract.rx import guarded
from extract.wordset import folded

# Missing evidence doubts a count only when it is evidence of the count itself: "without proof", "no evidence for
# these figures", "no evidence of the killings"; evidence "of", "for" or "about" anything else ("released without any
# proof of charges", "no evidence of chemical weapons use") doubts that, not the figures around it.
_ABOUT = (r"(?!\s+(?:of|for|about|against)\s+(?!(?:it|this|that|these|those|them)\b|(?:[\w'’-]+\s+){0,3}?(?:figures?|numbers?|"
          r"claims?|tolls?|counts?|tall(?:y|ies)|totals?|estimates?|deaths?|dead|killings?|casualt(?:y|ies)|losses)\b))")
# Doubt anywhere in the sentence or the next one.
_DOUBT = guarded(
    r"\b(?:unsupported|unsubstantiated|unverified|unverifiable|dubious|questionable|bogus|fabricated|"
    r"exaggerated|inflated|implausible|baseless|spurious|false|fake)\s+(?:(?:social\s+media|online)\s+)?(?:claims?|reports?|"
    r"figures?|assertions?|numbers?|allegations?|tolls?|counts?|estimates?|statements?|posts?)\b"
    r"|\bno\s+(?:independent\s+)?(?:verification|confirmation|corroboration)\b"
    # "Neither account could be verified", "none of it has been confirmed"; "Neither side offers any proof", "no one
    # has produced evidence for these figures" (not "Neither side has given evidence of chemical weapons use": _ABOUT)
    r"|\b(?:neither|none|no\s+one|nobody|no-one)\b[^.;]{0,40}?\b(?:(?:could|can|was|were|has|have|had)\s+(?:ever\s+|yet\s+)?"
    r"(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed|corroborated|checked)\b"
    r"|(?:offers?|offered|gives?|gave|provides?|provided|produces?|produced|presents?|presented|shows?|showed|shown|"
    r"has\s+given|have\s+given)\s+(?:any\s+)?(?:evidence|proof)\b" + _ABOUT + ")"
    r"|\b(?:claims?|figures?|tolls?|numbers?|reports?|accounts?|counts?|estimates?)\s+(?:is|are|was|were|remains?|seems?|looks?)\s+"
    r"(?:(?:still|also|highly|wholly|entirely|largely)\s+)?(?:unsupported|unsubstantiated|unverified|unconfirmed|"
    r"dubious|questionable|implausible|exaggerated|inflated|false|doubtful)\b"
    r"|\b(?:could|can)\s*(?:not|n[o’']t)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)"
    r"|\b(?:has|have|had|was|were|is|are)\s+not\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed|corroborated)\b"
    r"|\b(?:no\s+way|unable|not\s+(?:been\s+)?able|impossible|not\s+possible|difficult)\s+to\s+(?:independently\s+)?"
    r"(?:verify|confirm|corroborate|check)\b"
    r"|\b(?:has|have|had)\s+never\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed|corroborated)\b"
    r"|\b(?:without\s+(?:(?:offering|giving|providing|producing|presenting|showing|citing)\s+)?(?:any\s+)?|no\s+)"
    r"(?:evidence|proof)\b" + _ABOUT +  # "without proof", "without presenting any evidence", "no evidence of the deaths"
    # "Nobody in the villages believes either number": nobody takes the figures as true
    r"|\b(?:nobody|no\s+one|no-one|few)\b[^.;]{0,40}?\b(?:believes?|believed|trusts?|trusted|accepts?|accepted)\s+"
    r"(?:(?:either|both|any|the|these|those|this|that|their|its|his|her|such)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{ACCOUNT_ALT}|{FIGURE_ALT})\b"  # (extract/figurenouns.py)
    # "Almost nobody on the hill believes it.": the figure just given, as a pronoun closing the sentence
    r"|\b(?:nobody|no\s+one|no-one|few)\b[^.;]{0,40}?\b(?:believes?|believed|trusts?|trusted|accepts?|accepted)\s+"
    r"(?:it|them|this|that)\s*(?:[.!;]|$)"
    r"|\bno\s+(?:obvious\s+|visible\s+|clear\s+)?(?:signs?|traces?)\s+of\b"
    # "a figure no British or Omani record supports", "No other source supports that"; a wiki's "with no citation"
    r"|\bno\s+(?:other\s+)?(?:[\w-]+\s+){0,3}?(?:records?|sources?|documents?|archives?)\s+(?:\w+\s+)?supports\b"
    # "We found no source - official, hospital or local - that gives a figure of 55": nobody gives it (a list of
    # the kinds of source looked at may stand between dashes)
    r"|\bno (?:other |single |independent )?(?:sources?|records?)(?:\s+[–—-]\s[^.;–—\n]{1,60}?\s[–—-])?"  # (single
    # spaces, so that DOUBT_KEYS hold every match)
    r"\s+(?:that|which)\s+(?:gives?|gave|puts?|supports?|confirms?|backs?|shows?|lists?|names?)\b"
    r"|\b(?:with\s+no|without\s+(?:a|any))\s+citations?\b"
    # "it cannot be taken seriously", "not to be taken seriously": the writer's verdict on the figure
    r"|\b(?:(?:could|can)\s*(?:not|n[o’']t)|not\s+to)\s+be\s+taken\s+seriously\b"
    # "nothing ever supported it", "nothing has confirmed them": no support found for the figure just given
    r"|\bnothing\s+(?:has\s+|had\s+)?(?:ever\s+)?(?:supported|supports|confirmed|confirms)\s+(?:it|them|this|that)\b"
    # "the city's figure is not believed by historians": those who study it reject it
    r"|\b(?:is|are|was|were)\s+not\s+(?:widely\s+|generally\s+)?believed\s+by\b",
    re.I,
)
# A verdict on figures named elsewhere ("Historians regard the figures in Source A as far too high", "… now call it
# propaganda"): used where the sentence points at the figures it judges (extract/docheads.py, extract/pointeddoubt.py).
VERDICT = guarded(r"\b(?:far|much|greatly|grossly|wildly|vastly)\s+too\s+(?:high|low)\b|\bpropaganda\b"
                  r"|\b(?:exaggerated|inflated|unreliable|fabricated)\b", re.I)
# A counter-figure: disputes what came before it (after the number, or in the next sentence).
_COUNTER = guarded(
    r"\b(?:the\s+)?(?:real|actual|true|most\s+reliable|more\s+reliable|reliable|accurate|correct)\s+"
    r"(?:number|figure|toll|death\s+toll|count|estimate|total)s?\b"
    r"|\b(?:much|far|considerably|significantly)\s+(?:higher|lower|larger|smaller)\b"
    r"|\b(?:exaggerat|overstat|understat|underestimat|overestimat)\w*|\binflat(?:es|ed|ing)\b"
    r"|\bnot\s+true\b|\bI\s+(?:suspect|doubt)\b|\bnever\s+happened\b"
    # (not a count's breakdown by circumstance: "…, Bulgaria two, none of them in combat")
    r"|\bnone\s+of\s+(?:this|these|it|them)\b(?!\s+(?:in|on|at|during|from|by|through|under|as|through)\s)"
    # (nor a verbless apposition saying what the count was not: "11 people died, none of them Americans, and …")
    r"(?!\s+(?:(?!(?:is|are|was|were|has|have|had|can|could|will|would|may|might|should|must|do|does|did|seems?|"
    r"appears?|be|been|being|not|ever|yet)\b)[\w'’-]+(?<!ed)\s+){0,2}?(?!(?:is|are|was|were|has|have|had|can|could|will|"
    r"would|may|might|should|must|do|does|did|seems?|appears?|be|been|not|ever|yet|true|false|real|accurate|correct|"
    r"verified|confirmed|reliable)\b)[\w'’-]+(?<!ed)\s*(?:[,;)]|\.(?!\w)|\band\b|$))"
    r"|\b(?:skeptical|sceptical|doubtful)\b",
    re.I,
)
# The counter-figures of _COUNTER that give a figure of their own ("the real toll", "much higher").
_FIGURE_COUNTER = re.compile(
    r"(?:the\s+)?(?:real|actual|true|most\s+reliable|more\s+reliable|reliable|accurate|correct)\s+"
    r"(?:number|figure|toll|death\s+toll|count|estimate|total)s?"
    r"|(?:much|far|considerably|significantly)\s+(?:higher|lower|larger|smaller)", re.I)
# A speech verb between the number and a counter-figure makes the counter-figure someone's claim.
_SPEECH = guarded(r"\b(?:says?|said|adds?|added|notes?|noted|warns?|warned|acknowledges?|acknowledged|believes?|estimates?|"
                  r"thinks?|reckons?|"
                  r"cautions?|cautioned|concedes?|conceded|admits?|admitted|stresses|stressed|insists?|insisted|"
                  r"accuses|accused|accusing)\b", re.I)  # ("…, and accused the authorities of hiding the true figure")
_TOLD = guarded(r"\b(?:told|tells)\b", re.I)  # speech to someone: "A priest told our reporter the real number was …"


def disputed_after(sentence: str, end: int) -> bool:
    """A counter-figure after sentence[end:] not given as someone's claim: "…, but the real number is
    much higher" (not "…, but says the actual toll is higher"): the doubt in a sentence that depends on where
    the number ends; callers may skip it when `has_counter(sentence)` is False."""
    counter = _COUNTER.search(sentence, end)
    while counter and describes_a_noun(sentence, counter.start()):  # "a much smaller army" (extract/comparatives.py)
        counter = _COUNTER.search(sentence, counter.end())
    return bool(counter and not _SPEECH.search(sentence, end, counter.start())
                and not _SPEECH_GOES_ON.search(sentence, end, counter.start()))


# "X says it documented 5,800 deaths, and that the true number is higher": the doubt is still X's speech.
_SPEECH_GOES_ON = re.compile(r"\b(?:and|but)\s+that\b", re.I)


# "…, a figure Baghdad has never confirmed": doubt set in apposition to a figure of its own sentence.
_APPOSED_FIGURE = re.compile(r",\s*(?:a|an|the)\s+(?:figure|claim|number|toll|count|estimate|tally|total)s?\b[^,;.]{0,50}$", re.I)


@lru_cache(maxsize=4096)
def _appositive_doubt(sentence: str) -> bool:
    """Whether every doubt in the sentence is set in apposition to one of its own figures: such doubt
    belongs to that figure, not to the sentence before."""
    found = False
    for m in _DOUBT.finditer(sentence):
        found = True
        if not _APPOSED_FIGURE.search(sentence, 0, m.start()):
            return False
    return found


def doubt_reach(sentence: str) -> int:
    """How far into the sentence its own doubt reaches: -1 with no doubt, else the whole sentence, or
    up to the semicolon that closes the clause of the last doubt ("The toll could not be verified; a
    doctor said she saw dozens of bodies": the doctor's count is not the doubted one)."""
    if not _has_doubt(sentence):
        return _misreported_reach(sentence)
    last = None
    for last in _DOUBT.finditer(sentence):
        pass
    semi = sentence.find(";", last.end()) if last else -1
    own = own_clause_after(sentence, last.end()) if last else -1  # "…, and our own count is 23"
    if own >= 0 and (semi < 0 or own < semi):
        return own
    return semi if semi >= 0 else len(sentence)


# ", and our own coded count …", ", but we counted …", ", while my colleagues saw …": the writer's own clause.
_OWN_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:our|we|my|I)\b")


def own_clause_after(sentence: str, at: int) -> int:
    """Where a clause of the writer's own opens after sentence[at] (the end of the last doubt), else -1: "Neither side
    offers evidence, and our own count for that ambush is 23 dead": the writer turning to its own count after the
    doubt leaves that count undoubted, as a clause after ";" is."""
    if "," not in sentence[at:]:
        return -1
    m = _OWN_CLAUSE.search(sentence, at)
    return m.start() if m else -1


# A correction: "We wrongly reported that 250 …", "the ministry mistakenly said 40 …": the writer calls the figure
# said wrong. Only in its own sentence (not a doubt on the sentence before, as _DOUBT's are).
_MISREPORTED = guarded(r"\b(?:wrongly|mistakenly|erroneously|incorrectly|falsely|inaccurately)\s+(?:reported|said|stated|"
                       r"claimed|gave|put|wrote|announced|published|listed)\b", re.I)
_MISREPORTED_KEYS = ("wrongly", "mistakenly", "erroneously", "incorrectly", "falsely", "inaccurately")


def _misreported_reach(sentence: str) -> int:
    """doubt_reach of a sentence holding no _DOUBT: how far a correction's "wrongly reported" reaches (to the
    semicolon closing its clause, or the whole sentence), -1 without one."""
    if not has_any(folded(sentence), _MISREPORTED_KEYS):
        return -1
    m = _MISREPORTED.search(sentence)
    if m is None:
        return -1
    semi = sentence.find(";", m.end())
    return semi if semi >= 0 else len(sentence)


COUNTERED = "countered"  # `around`: doubted only by a counter-figure in the next sentence
OWNED = "owned:"  # `around`: doubted by a next sentence that names whose figure it doubts ("owned:government")
# "The government's figure could not be independently verified": whose figures (one or more) a doubt opens by naming.
OWNED_FIGURES_TAIL = (r"['’]s?\s+(?:own\s+|official\s+|latest\s+)?(?:(?P<one>figure|number|claim|toll|count|tally|estimate|"
                      r"account)|figures|numbers|claims|tolls|counts|tallies|estimates|accounts)\b")
_OWNER_OPENING = re.compile(r"\W*(?:the\s+)?(?P<owner>[\w'’ -]{2,40}?)" + OWNED_FIGURES_TAIL, re.I)
# The earlier figure a later one replaces, right before it: "246 had been killed, up from 103", "now confirm 22 dead,
# up from 18" (extract/attribution.py, extract/tolldoubt.py).
EARLIER_FIGURE = re.compile(r"\b(?:up|down|rising|risen|revised|raised|lowered)\s+from\s+(?:about\s+|some\s+)?\Z")
ONE = "#1"  # after an owner's word: the doubt names one figure of the owner's ("the government's figure"), its toll


# Nouns standing for the claimant just named, whatever its name ("the group's figures" after "Al-Shabaab said").
_BACK_NOUNS = frozenset(("group", "groups", "organisation", "organization", "movement", "agency", "body", "charity",
                         "side", "sides", "faction", "militia", "party", "campaign", "network", "coalition", "alliance",
                         "its", "their", "his", "her"))


def named_owner(sentence: str) -> str | None:
    """The claimant (its last word, casefolded: "government") whose figures a doubting sentence opens by naming
    ("The government's figures could not be verified."), with ONE after it when the doubt names one figure of theirs
    ("The government's figure could not be verified.": "government#1"), or None."""
    if "'" not in sentence and "’" not in sentence:
        return None
    m = _OWNER_OPENING.match(sentence)
    doubt = _DOUBT.search(sentence) if m else None
    if not (m and doubt and m.end() <= doubt.start()):
        return None
    return m.group("owner").split()[-1].casefold() + (ONE if m.group("one") else "")


def around(ctx: SentenceContext) -> str | None:
    """Why the sentence is doubted from around it (the next sentence of the paragraph, a flat rejection opening
    the next paragraph, or a later "neither account could be verified"): COUNTERED when only by a
    counter-figure in the next sentence ("The real toll is in the hundreds.", _FIGURE_COUNTER), OWNED and the owner's
    word when the next sentence names whose figures it doubts ("owned:government"), "doubted" for any other doubt,
    None without any. A counter-figure disputes someone else's figure: a writer giving a count in
    its own voice and then a higher "real toll" is not doubting its own count (extract/attribution.py)."""
    countered = False
    if same_paragraph(ctx, 1):
        nxt = ctx.neighbour(1)
        if (_has_doubt(nxt) and not _appositive_doubt(nxt) and not points_at_own_figure(nxt)) or _REJECTION.match(nxt):
            owner = named_owner(nxt)  # ("The government's figure could not be verified": the government's only;
            # "The group's figures could not be confirmed": the claimant just named, whoever it is)
            return OWNED + owner if owner and owner.removesuffix(ONE) not in _BACK_NOUNS else "doubted"
        counter = _COUNTER.search(nxt) if has_counter(nxt) else None
        lead = nxt[: counter.start()] if counter else ""
        speech = _SPEECH.search(lead) or _TOLD.search(lead)  # "Our sources say" is ours; "X told our reporter" X's
        others = speech and not re.search(r"\b(?:our|we|i)\b", lead[:speech.start()], re.I)
        # not "The real toll is far higher, residents said.": that doubt is the residents' claim
        if counter and not _ATTRIBUTED.search(nxt) and not others:
            if not all(_FIGURE_COUNTER.fullmatch(m.group()) for m in _COUNTER.finditer(nxt)):
                return "doubted"  # "I suspect none of this will arrive": doubt, not a figure of one's own
            countered = True
    if _rejected_by_next_paragraph(ctx) or _doubt_on_all_accounts(ctx):
        return "doubted"
    return COUNTERED if countered else None


# Every match of _DOUBT (of _COUNTER) holds one of these, folded as IGNORECASE compares (wordset.folded):
# a sentence without any of them needs no search. tests/test_attribution.py checks both on generated text.
DOUBT_KEYS = ("unsupported", "unsubstantiated", "verif", "dubious", "questionable", "bogus", "fabricated",
              "exaggerated", "inflated", "implausible", "baseless", "spurious", "false", "fake", "confirm",
              "doubtful", "corroborat", "neither", "evidence", "proof", "sign", "trace", "check", "believ", "trust",
              "accept", "supports", "supported", "citation", "seriously", "no source", "no record", "no other", "no single",
              "no independent")
COUNTER_KEYS = ("real", "actual", "true", "reliable", "accurate", "correct", "higher", "lower", "larger", "smaller",
                "exaggerat", "overstat", "understat", "underestimat", "overestimat", "inflat", "suspect", "doubt",
                "none", "happened", "skeptical", "sceptical")


@lru_cache(maxsize=4096)  # each sentence is asked as itself and as the next one of up to three others
def _has_doubt(sentence: str) -> bool:
    if has_any(folded(sentence), DOUBT_KEYS) and (doubts := list(_DOUBT.finditer(sentence))) and not (
            only_party_silence(sentence, doubts)):  # ("Cambodia has not confirmed the loss": another party's
        return True  # silence is no doubt, extract/partysilence.py)
    return finds_no_support(sentence)  # ("The Commission finds no support for that account": extract/nosupport.py)


@lru_cache(maxsize=4096)  # no counter-figure anywhere in the sentence: none after any of its numbers
def has_counter(sentence: str) -> bool:
    return has_any(folded(sentence), COUNTER_KEYS) and bool(_COUNTER.search(sentence))


def _doubt_on_all_accounts(ctx: SentenceContext) -> bool:
    """A later sentence of the section doubting every account given ("There was no way to confirm
    either account.", "Neither figure could be verified.")."""
    sentences, index, section_end = ctx.sentences, ctx.index, ctx.section.end
    for k in range(1, _SIDES_REACH + 1):
        i = index + k
        if i >= len(sentences):
            return False
        if sentences[i][1] > section_end:
            return False
        nxt = ctx.neighbour(k)  # (the memo's copy: its hash is known to _has_doubt's cache)
        if k > 3:  # a caveat opening its paragraph with "Neither side's figures …" covers the story so far
            if _BOTH_SIDES_LEAD.match(nxt) and _has_doubt(nxt):
                return _opens_paragraph(ctx, k)
            continue
        if _has_doubt(nxt):
            if k > 1 and not _opens_paragraph(ctx, k) and _two_accounts_in_its_paragraph(ctx, k):
                return False  # "… Ethiopia said 23,000; Asmara answered 10,000. Neither claim was ever checked.":
                # the two accounts a caveat inside a later paragraph covers stand in its own paragraph
            if points_over_paragraph(nxt):
                return same_paragraph(ctx, k)  # "either set of figures", "these numbers" (extract/setdoubt.py)
            every = _EVERY_ACCOUNT.search(nxt)
            if every and "toll" in every.group().casefold() and _TOLL_ONLY.search(every.group()):
                return False  # "could not verify either toll": the tolls only, once their measure is known
                # (extract/tolldoubt.py)
            if every and every.group("these"):
                return same_paragraph(ctx, k)  # "None of these figures could be verified.": its paragraph's
            if every and dual_is_full(ctx, k, every.group()):
                return False  # "Neither claim …" has its two claimants between (extract/dualdoubt.py)
            if every:
                return True  # "either account", "neither figure": every claim before it
            if _ALL_ACCOUNTS.search(nxt) and not any(
                    _NUMBER_WORD.search(ctx.neighbour(j)) for j in range(1, k)):
                return True  # "the Ukrainian numbers cannot be verified": the nearest figures only
            return False
    return False


def _two_accounts_in_its_paragraph(ctx: SentenceContext, k: int) -> bool:
    """Whether the sentence `k` after this one stands in a later paragraph that already gives two claimants'
    accounts before it: "neither claim" / "either account" covers those two, not this sentence's (a later
    paragraph with only one account, "A local official said dozens died. There was no way to confirm either
    account.", pairs it with the one before)."""
    opening = next((j for j in range(k - 1, 0, -1) if _opens_paragraph(ctx, j)), 0)
    if not opening:
        return False  # the same paragraph
    names = {c.name.casefold() for j in range(opening, k) for c in sentence_cues(ctx.neighbour(j)) if c.name}
    return len(names) >= 2


# How many sentences back a caveat paragraph "Neither side's figures could be verified." reaches: the two
# sides' statements, each of a paragraph or two, stand before it. (An embedded "…, but the claims of both
# sides could not be verified" reaches only the sentences next to it, as any doubt on all accounts.)
_SIDES_REACH = 8
_BOTH_SIDES_LEAD = re.compile(r"\W*(?:neither|either|both)\s+(?:side|party|parties|camp)(?:s|['’]s?)?\b", re.I)


_NUMBER_WORD = guarded(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|thousands)\b",
                          re.I)
# "either account", "neither figure", "either delegation's figures", "all the claims"; "none of these figures",
# "any of the numbers" (group `these`) are the figures just given, in the caveat's own paragraph (the paragraphs
# before are not "these").
_EVERY_ACCOUNT = guarded(r"\b(?:either|neither|both|all\s+(?:the|these|those|of\s+the)"
                            r"|(?P<these>(?:none|any|each)\s+of\s+(?:these|those|the)))\s+(?:\w+(?:['’]s|s['’])?\s+)?"
                            r"(?:accounts?|claims?|figures?|tolls?|numbers?|versions?|sides?|reports?|counts?|"
                            r"tall(?:y|ies)|statistics)\b", re.I)


_TOLL_ONLY = re.compile(r"\b(?:either|neither|both)\s+(?:death\s+)?tolls?\b", re.I)
_ALL_ACCOUNTS = guarded(r"\b(?:either|neither|both|all\s+(?:the|these|those|of\s+the))\s+(?:\w+\s+)?"
                           r"(?:accounts?|claims?|figures?|tolls?|numbers?|versions?|sides?|reports?|counts?)\b"
                           r"|\b(?:the|these|those|their|its)\s+(?:[\w'’-]+\s+){0,2}(?:figures|numbers|claims|tolls|counts|"
                           r"tallies)\b"
                           r"|\b(?:the|this|that)\s+(?:death\s+)?(?:number|toll|figure|count)\s+of\s+(?:the\s+)?"
                           r"(?:dead|deaths|casualties|victims|killed)\b", re.I)
