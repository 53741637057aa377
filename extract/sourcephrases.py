"""Cues a phrase of sourcing gives a figure, around it rather than by a verb of saying (extract/cues.py reads those).

"according to X", "citing X" ("citing the defeat as their reason" is no source), "by X's own count", "the figure
… comes from X", "…, the Knesset was told (by X).", a credit in brackets "12,400 (UNHCR)", a row's credit
(extract/rowcredit.py, extract/rowcomma.py), the figure most accept (extract/acceptedfigure.py), "(Sources: X)",
"the toll, provided by X,", "footage verified by X shows", "X's latest figures show", figures owned
(extract/cueforms.py) and claims by X (extract/claimnoun.py). Each pattern is searched only when a word it needs
is in the sentence (`source_phrase_cues`).
"""

from __future__ import annotations

import re

from extract.acceptedfigure import accepted_figure
from extract.claimnoun import claim_nouns, spread_online
from extract.cueforms import FIGURE_WORDS, figure_owners
from extract.cuerecord import Cue
from extract.cuescan import has_any
from extract.courtheard import court_heard
from extract.lexicon import lookup
from extract.names import first_named
from extract.rowcomma import comma_credit
from extract.rowcredit import row_credit
from extract.rx import guarded
from extract.wordset import words_of

# The means a report came by, not its source: "reported by radio that …", "told by satellite phone".
_MEANS = r"(?:radio|phone|telephone|satellite\s+phone|e-?mail|telegram|cable|fax|text\s+message|video\s+link)\b"
_ACCORDING = guarded(
    r"\b(?P<verb>according to|citing|quoting|as reported by|reported by|as cited by)\s+"
    # ("reported by radio that …", "by satellite phone": the means, not the source)
    r"(?!" + _MEANS + ")"
    r"(?P<np>[^,;:()\n]{1,80})", re.I
)
# "The figure most often cited, 50,000 dead, comes from aid agencies": the figure's source follows it.
# A figure's source named in a participle after it, before the figure is given: "The toll, provided by the
# Red Crescent, stood at 37". (After the number, extract/cues.py PASSIVE_BY binds "the 180 deaths acknowledged by X".)
_GIVEN_BY = guarded(r"\b(?:toll|figure|count|tally|estimate|number|total)s?\s*,?\s+(?P<verb>provided|given|released|compiled|"
                    r"issued|published|supplied|announced)\s+by\s+(?P<np>[^,;:()\n]{1,60})"
                    # "Footage verified by X shows 9 bodies": X vouches for what the footage shows
                    r"|\b(?:footage|videos?|images|photos|photographs|pictures)\s+(?P<vverb>verified|confirmed|geolocated|"
                    r"authenticated)\s+by\s+(?P<vnp>[^,;:()\n]{1,60}?)(?=\s+(?:shows?|showed|appears?|appeared)\b|[,;]|$)",
                    re.I)
_GIVEN_KEYS = ("provided", "given", "released", "compiled", "issued", "published", "supplied", "announced", "verified",
               "confirmed", "geolocated", "authenticated")
# "The agency's latest figures show …", "UNHCR's data suggest …": a count owned by its source.
_OWNED_TAIL = (r"(?:['’]s\s+(?:(?:latest|new|own|official|preliminary|updated|daily|initial|final)\s+)*(?:figures|data|"
               r"statistics|estimates?|tally|count|toll|records)\s+(?:show|shows|showed|suggest|suggests|suggested|"
               r"indicate|indicates|indicated|put|puts)\b"
               # "the ministry's list names six soldiers": a list of the dead names them as its owner's count
               r"|['’]s\s+(?:(?:own|official|published|final)\s+)?(?:list|roll)\s+(?:names|named|lists|listed|gives|gave)\b"
               # "The committee's report of 1970 gives …": a dated report gives its author's figures
               r"|['’]s\s+(?:(?:final|own|official)\s+)?report\s+(?:of|from)\s+(?:1[5-9]|20)\d\d\s+(?:gives|gave|puts|put)\b)")
_OWNED_DATA = re.compile(r"(?P<np>(?:[Tt]he\s+)?[A-Z\w][\w.-]*(?:\s+[\w.-]+){0,5}?)" + _OWNED_TAIL)
# Every match of _OWNED_DATA holds a match of its tail, which opens with its character and is found fast: tried
# first, it spares the sentences without one _OWNED_DATA's scan from every word (3% of a whole pass, measured).
_OWNED_TAIL_SCAN = re.compile(_OWNED_TAIL)
_DATA_WORDS = frozenset("figures data statistics estimates estimate tally count toll records list roll".split())  # _OWNED_DATA's nouns
# Only a figure comes from its source: "200 refugees came from Chad" names no source.
_COMES_FROM = guarded(r"\b(?:figures?|tolls?|numbers?|counts?|estimates?|tally|tallies|totals?|data|statistics)\b[^.;]{0,80}?"
                      r"\b(?:comes?|came|is\s+drawn|was\s+drawn|derives?|derived)\s+from\s+(?P<np>[^,;:()\n]{1,80})", re.I)
_COMES_KEYS = ("come", "came", "drawn", "derive")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]+ing|based|who|which|that)\b")
# "…, the Knesset was told (by the minister).": a closing passive of telling; whoever told it (if named) speaks.
_TOLD_CLOSING = re.compile(r",\s*(?:[^,;:()\n]{1,40}?)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+told"
                           r"(?:\s+by\s+(?P<np>[^,;:()\n]{1,60}?))?\s*[.!]?\s*$", re.I)
# A figure credited in brackets at the end of its line, as in a fact box: "Refugees since May: 12,400 (UNHCR)".
_FIGURE_CREDIT = re.compile(r"\d(?:%|\s*per\s*cent)?\s*\((?P<np>[^()\d,;]{2,40})\)$")
_SOURCES_PAREN = guarded(r"\(?\bSources?\s*:\s*(?P<np>[^,;()\n]{1,60})", re.I)
# "citing the defeat as their reason": what is cited is a reason, not a source of figures.
_CITED_REASON = re.compile(r"\sas\s+(?:the|a|an|their|his|her|its|our)\s+(?:(?:main|chief|only|sole)\s+)?(?:reasons?|"
                           r"grounds?|causes?|motives?|motivation|justification|excuse)\b", re.I)
# "buried according to Islamic rites", "according to custom", "went according to plan": the rule or plan a thing
# was done by, not who tells of it.
_RULE_NOT_SOURCE = re.compile(r"(?:(?:the|their|his|her|its|local|[A-Z][\w-]*|religious|traditional)\s+){0,2}(?:rites?|"
                              r"rituals?|customs?|traditions?|plans?|schedule|timetable|protocols?|procedures?|the\s+book)"
                              r"(?=\s*$|\s+(?:while|and|but|or|as|with|in|on|at|for|to|by|of|after|before|when)\b)")
# "By the ministry's own count", "by Kyiv's estimate": the count is the owner's, as "according to" it.
_BY_ACCOUNT = guarded(r"\b[Bb]y\s+(?P<np>(?:the\s+)?\w[^,;:()\n'’]{0,40}?)['’]s?\s+(?:(?:own|latest|official|"
                      r"initial|later|first)\s+)*(?:account|count|estimate|tally|reckoning|figures?)\b")
_BY_ACCOUNT_KEYS = ("account", "count", "estimate", "tally", "reckoning", "figure")
_ACCORDING_KEYS = ("according to", "citing", "quoting", "reported by", "cited by")
# "…, per Mayor Jane Roe.", "Per the health office, 19 …": news shorthand for "according to". Only after a comma or
# opening the sentence, before a capital or "the": "per cent", "per day", "40 per 100,000" are rates, not sources.
_PER = guarded(r"(?:^|(?<=,)\s*|(?<=—)\s*)[Pp]er\s+(?P<np>(?:the\s+\w|[A-Z])[^,;:()\n]{0,79})")
# Each of _ACCORDING's phrases holds one of these words standing whole (its match ends in white space).
_ACCORDING_WORDS = frozenset(("according", "citing", "quoting", "by"))


def source_phrase_cues(sentence: str, low: str) -> list[Cue]:
    """The cues of the sourcing phrases of `sentence` (`low`: it folded), in the order extract/cues.py lists them
    (the first named wins); it adds the cues of verbs of saying after them."""
    cues: list[Cue] = []
    if not _ACCORDING_WORDS.isdisjoint(words_of(sentence)) and has_any(low, _ACCORDING_KEYS):
        for m in _ACCORDING.finditer(sentence):
            if " as " in m.group("np") and _CITED_REASON.search(m.group("np")):
                continue  # "citing the defeat at X as their reason": a reason given, not a source
            if m.group("verb") == "according to" and _RULE_NOT_SOURCE.match(m.group("np")):
                continue  # "buried according to Islamic rites", "went according to plan": a rule followed, no source
            np = first_named(m.group("np"))
            if np:
                cues.append(Cue(np, m.start("np"), m.end(), m.group("verb"), after=True))
    if "per" in low and "per" in words_of(sentence):
        for m in _PER.finditer(sentence):
            np = first_named(m.group("np"))
            if np:  # "The toll has risen to 19, per Mayor Jane Roe.": the mayor's, as "according to" her
                cues.append(Cue(np, m.start("np"), m.end(), "according to", after=True))
    if "by" in low and ("'s" in low or "’s" in low) and has_any(low, _BY_ACCOUNT_KEYS):
        for m in _BY_ACCOUNT.finditer(sentence):
            np = first_named(m.group("np"))
            if np:  # "By the government's own account, 75,000 were deported": the government's count
                cues.append(Cue(np, m.start("np"), m.end(), "according to", after=True))
    if "from" in low and has_any(low, _COMES_KEYS):
        for m in _COMES_FROM.finditer(sentence):
            np = first_named(_PARTICIPLE_AFTER.split(m.group("np"), 1)[0])  # "aid agencies working in …"
            if np:
                cues.append(Cue(np, m.start("np"), m.end(), "reported", after=True))  # "the figure … comes from X"
    if " told" in low:
        told = _TOLD_CLOSING.search(sentence)
        if told and told.group("np"):
            np = first_named(told.group("np"))
            if np:  # "…, the parliament was told by the defence minister.": the minister told it
                cues.append(Cue(np, told.start("np"), told.end(), "told", after=True))
        elif told:  # "…, the Knesset was told.": told by someone unnamed, relayed in the writer's voice
            cues.append(Cue("", told.start(), told.end(), "told", after=True))
    tail = sentence.rstrip(" .")
    if tail.endswith(")"):
        fig = _FIGURE_CREDIT.search(tail)
        hit = lookup(fig.group("np").strip()) if fig else None
        if hit and fig and hit[1] != "wire_or_outlet":  # (a wire's credit "(AFP)" is no claimant of its own)
            cues.append(Cue(fig.group("np").strip(), fig.start("np"), fig.end(), "reported", after=True))
    if (credit := row_credit(sentence) or comma_credit(sentence)) is not None:  # "Houses burned (Public Works Office
        # count): 1,189", "Wells poisoned, police records: 212" (extract/rowcredit.py, extract/rowcomma.py)
        cues.append(Cue(credit[0], credit[1], credit[2], "reported"))
    if (held := accepted_figure(sentence, words_of(sentence))) is not None:  # "The figure most historians accept is"
        cues.append(Cue(*held))  # (extract/acceptedfigure.py)
    if "source" in low:
        for m in _SOURCES_PAREN.finditer(sentence):
            np = first_named(m.group("np"))
            if np:
                cues.append(Cue(np, m.start("np"), m.end(), "reported", after=True))
    if " by " in low and has_any(low, _GIVEN_KEYS):
        for m in _GIVEN_BY.finditer(sentence):
            group = "np" if m.group("np") else "vnp"
            np = first_named(m.group(group))
            if np:  # "The toll, provided by the Red Crescent, stood at 37"
                cues.append(Cue(np, m.start(group), m.end(), m.group("verb") or "verified"))  # (footage: X verified it)
    if ("'s " in sentence or "’s " in sentence) and (not _DATA_WORDS.isdisjoint(words_of(sentence)) or (
            "report of " in sentence or "report from " in sentence)) and \
            _OWNED_TAIL_SCAN.search(sentence):
        for m in _OWNED_DATA.finditer(sentence):
            np = first_named(m.group("np"))
            if np:  # "The agency's latest figures show that 3,400 …": the agency's count
                cues.append(Cue(np, m.start("np"), m.end(), "reported"))
    if not FIGURE_WORDS.isdisjoint(words_of(sentence)):
        cues.extend(Cue(np, a, b, "reported") for np, a, b in figure_owners(sentence))
    cues.extend(Cue(np, a, b, "claimed") for np, a, b in claim_nouns(sentence, low))  # "the claim by X that …"
    cues.extend(Cue(np, a, b, "spread", after=True) for np, a, b in spread_online(sentence, low))  # 'a figure of
    # "200 dead" spread on social media': the platform's
    if (heard := court_heard(sentence, low)) is not None:
        cues.append(Cue(*heard))  # "A court in Palu heard that the attackers numbered 150" (extract/courtheard.py)
    return cues
