"""Claim cues inside one sentence: who says it, with which verb, and how far the verb reaches.

"X said/says/claimed/reported/documented/verified/told …", "according to X",
"citing X", "(Sources: X, Y)", "asked by X", "…, X said.", "X: …", "the
toll, provided by X, …", "footage verified by X shows", "the figure … comes
from X", "X's latest figures show", and passive "the 180 deaths acknowledged
by X". Each cue records where its name starts (the first named wins) and where
it ends; which cues reach a number (scope breaks, speech taken up again, a
nearer speaker) is extract/cuescope.py.
The cues outside the sentence (signatures, tweet headers, relayed-quote
tags, pronouns) are in extract/nearby.py; the name before a verb is read back over its clause in
extract/claimants.py, and names from noun phrases in extract/names.py.
"""

from __future__ import annotations

import re

from extract.context import memo_list
from extract.claimants import _DIGIT, _NOUNISH, _noun_use, claimant_before
from extract.elidedsubject import elided_subject
from extract.claimanttrim import _trim_tail
from extract.cuetails import (APPEAL_VERBS, BODY_VERBS, asks_for_money, closes_after_time, named_after_role,
                              names_a_body, opening_subject, owned_before_colon, participle_with_adverb)
from extract.cueforms import CLOSING_VERBS, POST_SAID_VERBS, closes, set_against
from extract.absolute import ABSOLUTE_VERBS, absolute_cues
from extract.asksmoney import ASK_WORDS, ask_spans
from extract.bracketname import bracketed_name
from extract.verbsenses import not_saying
from extract.reliefcues import placed_relief, relief_cues
from extract.sourcephrases import _MEANS, source_phrase_cues
from extract.cuerecord import Cue
from extract.studycolon import study_before_colon
from extract.pledges import PLEDGE_VERBS, pledges_money
from extract.datetallies import all_told_at
from extract.cuebefore import (_ADJECTIVE_USE, _ADVERB_BEFORE, _CAPITAL_NEXT, _LOWER_WORD_LAST, _NAME_LAST,  # noqa: F401
                               _NEGATED, _PARTICIPLE_AT)  # (_ADJECTIVE_USE: for the tests too)
from extract.cuescan import closing_tag_search, tail_search
from extract.entrystamps import entry_lead
from extract.cueverbs import event_subject, passive_or_noun, role_subject, without_place_adverb, _VERB, verb_matches, verb_spans  # noqa: F401  (_VERB, verb_matches: for the tests)
from extract.linelabels import label_speaker, post_lead
from extract.lexicon import clean_name, lexicon, lookup, type_of
from extract.names import Named, first_named
from extract.nosource import in_no_source_list
from extract.rx import ascii_lower, guarded
from extract.wordset import folded, words_of
from extract.vocab import BODY_SOURCE_TYPES

# Verbs that report a figure only with a count word after them ("put the toll at", "revised the toll to").
_NEEDS_COUNT_WORD = {"put", "puts", "gave", "gives", "give", "given", "recorded", "records", "registered", "registers",
                     "list", "lists", "listed",  # "the ministry lists 261 people as missing"
                     "revised", "raised", "lowered", "updated", "revises", "raises", "lowers", "updates"}
_POINTED_OUT = re.compile(r"\s+out\s+that\b", re.I)
# A reply is speech only when it says something: "Asmara answered that …" (not "troops answered the fire").
_NEEDS_THAT = frozenset(("answered", "replied", "responded", "countered", "retorted"))

_COUNT_WORD = guarded(r"^\W*(?:\S+\s+){0,5}?(?:(?:death\s+)?(?:toll|figure|number|count|tally|estimate|total)s?|"
                      r"loss(?:es)?|casualt(?:y|ies)|account|picture|version|range|damages?|costs?|bill)\b|^\s+the\s+dead\s+at\b"
                      # "Quito gives its own dead as 13": the dead a party counts of its own
                      r"|^\s+(?:its|their|his|her)\s+(?:own\s+)?(?:dead|wounded)\s+(?:as|at)\b"
                      # "put the garrison's dead at", "puts your dead at", "put Viet Minh dead at", "put the 44th
                      # Division's dead nearer 4,700": whose dead, in up to four words, then the figure
                      r"|^\s+(?:[\w'’-]+\s+){1,4}?(?:dead|wounded|losses)\s+(?:as|at|nearer|closer\s+to)\s+\S"
                      r"|^\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|"
                      r"almost\s+|over\s+|between\s+)?\d"
                      # "some historians put it at up to 800,000": "it" is the figure asked about
                      r"|^\s+(?:it|them)\s+at\s+[\"“]?(?:(?:up\s+to|about|around|some|nearly|almost|over|more\s+than|"
                      r"at\s+least|between|roughly|fewer\s+than|just\s+under|just\s+over)\s+)*(?:\d|(?:dozens|hundreds|"
                      r"thousands|tens)\b)", re.I)  # "put the toll at", "puts its losses at", "recorded 500 shells"
# "put the force sent to the city at some 3,000 paratroopers": "put" with any object, then "at" and a count (not a
# clock time) within a few words.
_PUT_AT = guarded(r"^\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,6}?at\s+(?:(?:some|about|around|roughly|nearly|"
                  r"almost|over|more\s+than|at\s+least|up\s+to|between|just\s+under|just\s+over)\s+)?\d[\d,.]*"
                  r"(?!\s*(?::\d|[ap]\.?m\b|o['’]clock|GMT|UTC|hours?\b|local\b))", re.I)
# A number right after a bare "count" makes it a verb ("Police count 86 dead", "officials count at least 40").
_COUNT_NEXT = guarded(r"^\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
                      r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                      r"sixty|seventy|eighty|ninety|hundreds|thousands|dozens)\b)", re.I)
# ... unless a word before it makes it a noun ("the body count 40", "our final count 12") or the writer counts what
# is in view ("i count 9 tanks" in a comment on a video: the commenter's own sighting, not a report).
_COUNT_NOUN_BEFORE = guarded(r"\b(?:the|a|an|our|their|its|his|her|body|death|final|head|official|latest|total|vote|"
                             r"i|we)\s+$",
                             re.I)
RELAY_VERBS = {"report", "reports", "reported", "posted", "posts", "tweeted", "tweets", "wrote", "writes", "cited", "cites"}
CONFIRM_VERBS = guarded(r"^(?:document|verif|confirm|record)", re.I)
_CONFIRM_STEMS = ("document", "verif", "confirm", "record")


def is_confirm_verb(verb: str) -> bool:
    """bool(CONFIRM_VERBS.match(verb)): the verb, folded as IGNORECASE compares, opens with a stem."""
    return ascii_lower(verb).startswith(_CONFIRM_STEMS)

# "claimed responsibility", "claimed the lives of 32": the verb is not one of saying
_NOT_A_CLAIM = guarded(
    r"^\s+(?:responsibility|credit)\b|^\s+(?:by(?!\s+" + _MEANS + r")|to be|as(?!\s+(?:many|much|few|high|low|little)\s+as\b))\b|^\s+(?:the\s+)?(?:lives?|life)\b|^\s+(?:\S+\s+){1,3}lives\b"
    # "reservists who had reported for duty": reporting in person, not reporting a figure
    r"|^\s+(?:for|to|back\s+(?:for|to))\s+(?:duty|work|base|barracks|service|their\s+units?)\b|^\s+back\b",
    re.I,
)

_ASKED_BY = guarded(r"\basked by\s+(?P<np>[^,;:()\n]{1,60}?)\s+(?:if|whether|about|why|how)\b", re.I)
# Whom a figure was told to when that names no person: "…, the minister told parliament", "…, he told a press conference".
_TOLD_AUDIENCE = (r"(?:(?:the|a|an)\s+)?(?:parliament|senate|congress|assembly|legislature|lawmakers|legislators|deputies|"
                  r"(?:(?:\w+\s+)?(?:press|news)\s+)?(?:conference|briefing))")
_POST_SAID = guarded(
    r"[,”\"]\s*(?:(?P<np1>[^,;:”\"\n]{1,80}?)(?:\s*,\s*(?P<appos>[^,;:”\"\n]{1,40}?)\s*,)?\s+(?P<v1>said|says|added|reported|claimed|estimated|ruled|told (?:the\s+)?[A-Z][\w ]{0,30}?|told (?:reporters|journalists|us)|told "
    + _TOLD_AUDIENCE + r")"
    r"|(?P<v2>said|says|added|reported|claimed|according to)\s+(?P<np2>[^,;:”\"\n]{1,60}?)(?:\s*,\s*(?P<role>[^;]{0,80}?))?)"
    r"(?:\s+(?:on|in|late|earlier|last)\s+\w+(?:\s+\w+){0,3}?|\s+(?:tonight|today|yesterday|overnight))?"
    r"(?:\s+(?:by\s+(?:phone|telephone)|in\s+an\s+interview))?"
    r"(?:\s+(?:published|released|issued|posted|sent|carried|quoted)\s+(?:on|by|in)\s+[\w ]{1,30}?)?"
    r"(?:\s+(?:seen|obtained|reviewed)\s+by\s+[\w ]{1,40}?)?"
    # ("…, the city government said tonight: 15 rebels, six civilians …": the list after the colon is the same speech)
    r"(?:\s*[.;]?[”\"]?\s*$|:\s+[^\n]{1,200}$|,\s+(?:in|as|after|amid|with|without|calling|describing|bringing|raising|taking|adding|"
    r"putting|pushing|making|marking|noting|warning|urging|up|down|at)\b[^\n]{0,160}$)"
)
# Words each pattern needs: _POST_SAID's verbs (folded; _POST_SAID is case-sensitive), _ASKED_BY's "asked by"
# (the source phrases' own: extract/sourcephrases.py). tests/test_attribution.py checks them on generated text.
_POST_SAID_KEYS = ("said", "says", "added", "reported", "claimed", "estimated", "ruled", "told", "according to")
_AGED = re.compile(r"\b\d{1,3}-year-old\s+")
_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")  # "Jane Roe", "Artur K. Lis"
_COLON = guarded(r"^\s*(?P<np>[^:\n]{1,50}?)\s*:\s+\S")
# A row of a list of figures, "Civilians killed: 2", "Displaced people registered: 6,312 (of whom 3,480 children)":
# the label is what is counted, not who says it (unlike "Activists: 15 dead after a strike on the bakery").
_COUNT_AFTER_COLON = re.compile(r"\s*:\s*(?:(?:about|some|around|at\s+least|more\s+than|over|nearly)\s+)*\d[\d,.]*"
                                r"\s*(?:\([^()\n]*\))?\s*[.;]?\s*$")
# ";", " – ", or ", after"…: written to open with the set of its first characters (each branch checks which
# one it took), so re skips in C to the next ";", "," or space (tests/test_attribution.py checks it against
# the plain ";|\s[–—-]\s|,\s*(?:after|…)\b").
_SCOPE_BREAK = re.compile(
    r"[;,\s](?:(?<=;)|(?<=\s)[–—-]\s|(?<=,)\s*(?:after|amid|following|despite|while|although|though|but(?!\s+that)|"
    r"when|which|with|as|before|since|until|whereas)\b)",
    re.I,
)
# Small patterns of the functions below, compiled once (re.match(r"…") looks each up in re's cache per call).
_POSSESSIVE_TAIL = re.compile(r"['’]s\s+.*$")
_THAT_NEXT = re.compile(r"\s+that\b")
_CONTRACTED = re.compile(r"(I|we|you|they|he|she)['’](?:d|ll|ve|m|re)", re.I)  # "I'd", "we've" (a pronoun's)
_COMMA_QUOTE_END = re.compile(r',[”"]?\s*$')  # ('"…," he lamented.': a closing quote after the comma)
_COMMA_NEXT = re.compile(r"\s*,")

PRONOUNS = {"he", "she", "they", "it"}
# Definite references ("the group says") take an earlier name when there is one.
DEFINITE = {"group", "official", "spokesman", "spokeswoman", "ministry", "agency", "organisation", "organization",
             "monitor", "observatory", "army", "military", "militia", "department", "committee", "committees", "network",
             "coalition", "government", "council", "panel", "mission", "office", "commission", "tribunal", "inquiry", "museum"}
SELF = {"i", "we", "you", "me", "us"}
GENERIC = {"reports", "report", "later reports", "other reports", "media reports", "some", "others", "many",
            "people", "this", "that", "there", "which", "who", "what", "video", "footage", "photos", "images",
            "radio message", "radio messages",  # (a message picked up names nobody: who sent it is not said)
            "infobox"}  # (a wiki page's own box speaks in the page's voice)
# Words that stand where a claimant's name would and name nobody (a pronoun, "we", "reports", "the group").
NOT_NAMES = PRONOUNS | SELF | GENERIC | DEFINITE
# "the 180 deaths acknowledged by the coalition": a passive cue bound to the number's own phrase.
PASSIVE_BY = guarded(
    r"^\W*(?:[\w'’-]+\s+){0,4}?(?P<verb>acknowledged|reported|claimed|confirmed|documented|verified|recorded|announced|"
    r"given|cited|counted|estimated|registered)\s+by\s+(?P<np>[^,;:()\n]{1,60}?)"
    # the name ends where the sentence's verb begins ("… claimed by Islamic State killed 16 people")
    r"(?=\s+(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|left|leaving|destroyed|destroying|hit|"
    r"struck|targeted|was|were|is|are|has|have|had|late|early|earlier|later|on|last|this|yesterday|today|"
    r"overnight)\b|[,;:()\n]|$)",
    re.I,
)
# "3 explosions claimed by X": a claim of responsibility for attacks, not a claim of their number.
RESPONSIBILITY_NOUNS = guarded(
    r"\b(?:attacks?|explosions?|blasts?|bombings?|bombs?|strikes?|assaults?|raids?|ambush(?:es)?|operations?)\b",
    re.I,
)


@memo_list()  # pure on the sentence; asked once per number in it
def sentence_cues(sentence: str) -> list[Cue]:
    low = folded(sentence)  # (a pattern is searched only when a word it needs is in the sentence)
    cues: list[Cue] = source_phrase_cues(sentence, low)  # "according to X", "X's figures show" … (sourcephrases.py)
    relief = relief_cues(sentence, low)  # "MSF treated 136 …" (reliefcues.py): added last, once the speakers are known
    np: str | None  # the claimant read, where one is
    m: re.Match[str] | None
    if "asked by" in low:
        for m in _ASKED_BY.finditer(sentence):
            np = _POSSESSIVE_TAIL.sub("", m.group("np"))
            cues.append(Cue(np, m.start("np"), m.end(), "asked"))
    noun_cues = {c.start for c in cues if c.verb == "claimed"}  # where a claim named as a noun opens
    no_source = "no " in low and (" source" in low or " record" in low)  # (extract/nosource.py's words)
    last_name = ""
    # "3/ Army source tells me …": a thread's post number is no part of the subject (blanked, offsets kept)
    post = post_lead(sentence) if sentence[:1] in _POST_OPENERS else 0
    subject_text = " " * post + sentence[post:] if post else sentence
    subject_low = " " * post + low[post:] if post else low
    for v_start, v_end in verb_spans(sentence, low):
        verb = sentence[v_start:v_end]  # (as written)
        rest = sentence[v_end:]
        lead = rest.lstrip()
        verb_low = verb.lower()
        if verb_low == "count" and (not _COUNT_NEXT.match(rest) or _COUNT_NOUN_BEFORE.search(sentence, 0, v_start)):
            continue  # "the death count rose": a noun; "Police count 86 dead": a verb with its number right after
        ends = not lead or lead[0] in ".!?" or (lead[0] in "\"”" and not lead.strip(" .!?\"”"))  # ('…," X said".')
        # "…, the panel found.", "…, the government said in a statement read on state radio.": a closing cue
        # (_POST_SAID below reads "…, X said." for its own verbs already)
        closing = verb_low in CLOSING_VERBS and ((ends and verb_low not in POST_SAID_VERBS)
                                                 or (not ends and len(rest) < 100 and closes(rest)))
        if (ends and not closing) or _NOT_A_CLAIM.match(rest) or (closing and set_against(sentence, v_start)):
            continue  # "… reported." is a participle; "claimed responsibility" is about the act; "…, far more than
            # the army says." is the writer's comparison (extract/cueforms.py)
        if noun_cues and v_start in noun_cues:
            continue  # "have seen reports circulating on social media that …": the claim's noun (claimnoun.py)
        if v_start and sentence[v_start - 1] in "-‐":
            continue  # "a government-declared zone": part of an adjective
        if v_start and sentence[v_start - 1] == "(" and rest[:1] == ")":
            continue  # "Displaced (estimated): 1,000,000": a label's qualifier in brackets, not a verb of saying
        if verb_low in ("estimated", "reported", "confirmed", "documented") and tail_search(
                _ADJECTIVE_USE, sentence, v_start, 4):
            continue  # "an estimated 300", "the reported toll": an adjective, not a verb of saying
        if verb_low in ("cited", "reported", "estimated", "quoted") and tail_search(_ADVERB_BEFORE, sentence, v_start, 12):
            continue  # "the figure most often cited": a participle describing the figure
        if participle_with_adverb(verb_low, rest):
            continue  # "the toll cited most often": the same, the adverb after it (extract/cuetails.py)
        if verb_low == "estimated" and _PARTICIPLE_AT.match(rest) and sentence[:v_start].rstrip().endswith(","):
            continue  # "the attackers, estimated at more than 100,": the estimate is the outer speaker's
        if tail_search(_NEGATED, sentence, v_start, 40):
            continue  # "Reuters could not independently verify …": a doubt, not a claim
        if verb_low in ("found", "concluded", "ruled", "rules") and not _THAT_NEXT.match(rest) and not closing:
            continue  # "bodies were found", "ruled out": only "X found/ruled that …" (or "…, X ruled.") reports
        if verb_low in _NEEDS_COUNT_WORD and not _COUNT_WORD.match(rest) and not (
                verb_low in ("put", "puts") and _PUT_AT.match(rest)) and not (
                verb_low in ("recorded", "records") and _THAT_NEXT.match(rest)):  # "the coroner recorded that …"
            continue
        if verb_low in PLEDGE_VERBS and not pledges_money(rest):
            continue  # "promised to withdraw": only a sum promised is the promiser's claim (extract/pledges.py)
        if verb_low in APPEAL_VERBS and not asks_for_money(rest):
            continue  # "appealed for calm": only a sum appealed for is the appealer's figure (extract/cuetails.py)
        if verb_low in ("pointed", "points") and not _POINTED_OUT.match(rest):
            continue  # only "X pointed out that …" says something ("pointed a gun", "points to" do not)
        if verb_low in _NEEDS_THAT and not (_THAT_NEXT.match(rest) or closing or _COMMA_NEXT.match(rest)):
            continue  # "countered the attack": not a reply
        if verb_low in _OTHER_SENSES and not_saying(verb_low, sentence, v_start, rest):
            continue  # "the ward admitted 127 people", "40 are believed dead" (extract/verbsenses.py)
        if verb_low in ("told", "tell", "tells") and _DIRECTIVE.match(rest):
            continue  # "told the units to send more troops" is an order, not a report
        if verb_low == "told" and all_told_at(sentence, v_start):
            continue  # "All told, 12 soldiers were killed": a tally's words (extract/datetallies.py), no speaker
        if verb_low in _NOUNISH and _noun_use(sentence[:v_start], verb, rest):
            continue
        if verb[0].isupper() and not verb.isupper() and _NAME_LAST.search(sentence, 0, v_start):
            continue  # "Ahmed Said, a farmer, said …": part of a name
        if verb[0].isupper() and v_start and _LOWER_WORD_LAST.search(sentence, 0, v_start) and _CAPITAL_NEXT.match(rest):
            continue  # "on the Tell Hamra road": a capitalised verb amid lower-case words, before a name, is a name
        np, np_start = claimant_before(subject_text, v_start, subject_low)
        if np is None:
            if last_name and elided_subject(sentence, v_start):
                cues.append(Cue("", v_start, v_end, verb))  # "… confirmed X but gave a toll of 78"
            elif not last_name and elided_subject(sentence, v_start):
                opening = opening_subject(sentence, v_start) or role_subject(sentence, v_start)  # "Kyiv welcomed the
                # deal but said 40 …" (cuetails.py); "A neighbour came running and said …" (cueverbs.py)
                if opening:
                    cues.append(Cue(opening, 0, v_end, verb))
            continue
        if no_source and in_no_source_list(sentence, np_start):
            continue  # "no source - official, hospital or local - that gives …": no claimant (extract/nosource.py)
        if len(np) < 7 and (short := _CONTRACTED.fullmatch(np)):
            np = short.group(1)  # "I'd put their dead at …": the pronoun, as SELF and PRONOUNS know it
        if passive_or_noun(sentence, v_start, verb_low, lead, np_start) or event_subject(np):
            continue  # "the results were announced", "strikes on border posts; …", "Fighting claimed 40 victims" (cueverbs.py)
        if sentence[v_start - 2 : v_start].startswith(")"):
            np = bracketed_name(sentence, np, v_start)  # "Park management (African Parks) confirms" (bracketname.py)
        if verb_low in BODY_VERBS and not (lookup(np) or _typed_by_rule(np) or names_a_body(np)):
            continue  # "Disarmament registered 72,490 …": only a body registers or appeals (extract/cuetails.py)
        last_name = np
        if closing:
            if np_start > 0 and _COMMA_QUOTE_END.search(sentence[:np_start]):
                cues.append(Cue(np, np_start, v_end, verb, after=True))  # "…, the panel found in its report."
            continue  # (no comma before the subject: "Three deaths were reported." is no cue)
        if np_start > 0 and _COMMA_QUOTE_END.search(sentence[:np_start]) and (
                _COMMA_NEXT.match(rest) or lead[:1] == ";" or closes_after_time(rest)):
            cues.append(Cue(np, np_start, v_end, verb, after=True, backward=True))  # "…, X estimates, and …"
            # ('"…," she said, and asked why …': a quotation's tag going on with another verb) ("…; …")
            continue
        cues.append(Cue(np, np_start, v_end, verb))
    if ("named " in low or "identified " in low) and (m := _NAMED_COUNT.match(sentence)) is not None and (
            (np := first_named(m.group("np"))) and (lookup(np) or _typed_by_rule(np) or names_a_body(np))):
        cues.append(Cue(np, m.start("np"), m.end("verb"), m.group("verb")))  # "Police have named nine bombers"
    m = closing_tag_search(_POST_SAID, sentence, _POST_SAID_KEYS)  # (_POST_SAID.search: extract/cuescan.py)
    if m:
        np = m.group("np1") or m.group("np2")
        role = m.group("role") or m.group("appos")
        if role and _CLAUSE_NOT_ROLE.match(role):
            role = None  # "…, according to Iraqi officials, and Ankara says …": a new clause, not an apposition
        if m.group("appos") and _PERSON_NAME.fullmatch(m.group("appos")):
            np, role = m.group("appos"), np  # "…, the region's ombudsman, Jane Roe, told reporters": the person
        elif np and role and named_after_role(np, role, _PERSON_NAME):
            np, role = role.strip(" .”\""), np  # "…, according to the club's director, Jane Roe.": the person
        np = first_named(_trim_tail(_AGED.sub("", without_place_adverb(np)).rstrip())) if np else None  # "said a 52-year-old trader"
        if np and role:
            np = Named(np)
            np.role = role.strip(" .”\"")
        if np and m.group("v2") and np.casefold() in _MADE_BY_NOUNS and any(
                c.verb == "according to" and c.name and m.start() <= c.start < m.end() for c in cues):
            np = None  # "according to a list released by the district administration": the list's maker, as
            # extract/sourcephrases.py reads it (the tail here takes "released by …" for a statement's release)
        if np and not _DIGIT.search(np):
            cues.append(Cue(np, m.start(), m.end(), (m.group("v1") or m.group("v2")).split()[0], after=True))
    if not ASK_WORDS.isdisjoint(words_of(sentence)):
        for a, b in ask_spans(sentence):  # "The WFP has asked donors for $4.5 million" (extract/asksmoney.py)
            np, np_start = claimant_before(sentence, a, low)
            if np and (lookup(np) or (_typed_by_rule(np) and type_of(np) in BODY_SOURCE_TYPES)):
                # (a body asks for money: not "Families asked for $500")
                cues.append(Cue(np, np_start, b, sentence[a:b]))
    if not ABSOLUTE_VERBS.isdisjoint(words_of(sentence)):
        for np, a, b, verb in absolute_cues(sentence):  # "…, the ministry putting the figure at 526" (extract/absolute.py)
            name = first_named(np)
            if name:
                cues.append(Cue(name, a, b, verb))
    owned = owned_before_colon(sentence) if ":" in sentence else None
    if owned and (np := first_named(owned[0])):
        cues.append(Cue(np, owned[1], owned[2], "reported"))  # "The figure … is the army's: 212 …" (cuetails.py)
    if ":" in sentence and (study := study_before_colon(sentence)) is not None:
        cues.append(Cue(study[0], study[1], study[2], "reported"))  # "A Caritas survey … gives a sense of the
        # scale: there, the dead numbered 900" (extract/studycolon.py)
    stamp = (entry_lead(sentence) or post_lead(sentence)) if ":" in sentence else 0  # "17:10 - Health ministry: …"
    # (extract/entrystamps.py), "4/ Defence ministry: …" (a thread's post number, extract/linelabels.py)
    m = _COLON.match(sentence[stamp:] if stamp else sentence) if ":" in sentence and not owned else None
    if m and not _COUNT_AFTER_COLON.match(sentence, stamp + m.end("np")):  # (not a row "Civilians killed: 2" of a list)
        np = label_speaker(m.group("np").strip())  # ("Defence ministry statement tonight: …", linelabels.py)
        if not np.startswith("#") and not _DIGIT.search(np) and (lookup(np) or _typed_by_rule(np)):
            cues.append(Cue(np, stamp + m.start("np"), stamp + m.end("np") + 1, ":"))
    if relief:  # each reaching only its verb's count; none under a closing "…, the army said." (reliefcues.py)
        cues.extend(Cue(*c) for c in placed_relief(relief, [c.start for c in cues if c.after and c.name], sentence))
    return cues


_MADE_BY_NOUNS = frozenset(("list", "lists", "figures", "data", "report", "reports", "statement", "statements", "tally",
                            "count", "records", "statistics", "imagery", "satellite imagery", "footage", "images", "photos"))
# A body opening the sentence that has named or identified the people counted, the count right after the verb:
# "Police have named nine suicide bombers", "The Interior Ministry has identified 14 of the gunmen" (the body's count
# of them; "DNA tests have identified seven of them" names no body, "a man named Ali" no count).
_NAMED_COUNT = guarded(
    r"\W*(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:now|also|so\s+far|since)\s+)?(?P<verb>named|identified)\s+(?:(?:at\s+least|more\s+than|about|some|all)\s+)*"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
    r"fifty|dozens|scores|hundreds)\b(?!\s*(?:years?|months?|weeks?|days?|times)\b)")
_OTHER_SENSES = frozenset(("think", "thinks", "believe", "believes", "believed", "admitted", "admits"))  # (verbsenses.py)
_POST_OPENERS = frozenset("0123456789(")  # what a thread's post number opens with (extract/linelabels.py)


# A role after "according to X," that is a new clause instead: "…, and Ankara says …".
_CLAUSE_NOT_ROLE = re.compile(r"\s*(?:and|but|or|nor|while|whereas|as|which|who|although|though|after|before|when|"
                              r"because|so|since|until|with|without|adding|saying)\b", re.I)
_DIRECTIVE = guarded(r"^\s+(?:(?!that\b)[A-Za-z'’-]+\s+){1,6}?to\s+(?!be\b|have\b)[a-z]+")
def _typed_by_rule(np: str) -> bool:
    return any(p.search(clean_name(np)) for p, _ in lexicon().rules[:-1])
