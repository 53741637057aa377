"""Claim cues inside one sentence: who says it, with which verb, and how far the verb reaches.

"X said/says/claimed/reported/documented/verified/told …", "according to X",
"citing X", "(Sources: X, Y)", "asked by X", "…, X said.", "X: …", and
passive "the 180 deaths acknowledged by X". Each cue records where its name
starts (the first named wins) and where it ends; a scope break (";",
", after", ", with", …) between a cue and a number cuts the cue off.
The cues outside the sentence (signatures, tweet headers, relayed-quote
tags, pronouns) are in extract/nearby.py; names are read from noun phrases in extract/names.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import memo_list
from extract.cuescan import CLAUSE_CUT_LOW, has_any, tail_search
from extract.cueverbs import _VERB, _VERBS, verb_matches, verb_spans  # noqa: F401  (verb_matches: for the tests)
from extract.lexicon import clean_name, lexicon, lookup
from extract.names import Named, first_named
from extract.rx import ascii_lower, guarded
from extract.wordset import folded, words_of

@dataclass(frozen=True, slots=True)
class Cue:
    name: str  # "" when the verb has no subject of its own ("… but gave a toll of 78")
    start: int  # where the name starts in the sentence (for "first named")
    end: int  # where the cue ends (scope starts after it)
    verb: str
    after: bool = False  # the cue follows what it attributes ("…, according to X")
    backward: bool = False  # reaches only what stands before it ("…, the World Bank estimates, and …")


_NEEDS_COUNT_WORD = {"put", "puts", "gave", "gives", "give", "recorded", "records"}
_COUNT_WORD = guarded(r"^\W*(?:\S+\s+){0,5}?(?:(?:death\s+)?(?:toll|figure|number|count|tally|estimate|total)s?|"
                      r"loss(?:es)?|casualt(?:y|ies))\b|^\s+the\s+dead\s+at\b"
                      r"|^\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|"
                      r"almost\s+|over\s+)?\d", re.I)  # "put the toll at", "puts its losses at", "recorded 500 shells"
RELAY_VERBS = {"report", "reports", "reported", "posted", "posts", "tweeted", "tweets", "wrote", "writes", "cited", "cites"}
CONFIRM_VERBS = guarded(r"^(?:document|verif|confirm|record)", re.I)
_CONFIRM_STEMS = ("document", "verif", "confirm", "record")


def is_confirm_verb(verb: str) -> bool:
    """bool(CONFIRM_VERBS.match(verb)): the verb, folded as IGNORECASE compares, opens with a stem."""
    return ascii_lower(verb).startswith(_CONFIRM_STEMS)

# "claimed responsibility", "claimed the lives of 32": the verb is not one of saying
_NOT_A_CLAIM = guarded(
    r"^\s+(?:responsibility|credit)\b|^\s+(?:by|to be|as)\b|^\s+(?:the\s+)?(?:lives?|life)\b|^\s+(?:\S+\s+){1,3}lives\b", re.I
)

_ACCORDING = guarded(
    r"\b(?P<verb>according to|citing|quoting|as reported by|reported by|as cited by)\s+(?P<np>[^,;:()\n]{1,80})", re.I
)
_SOURCES_PAREN = guarded(r"\(?\bSources?\s*:\s*(?P<np>[^,;()\n]{1,60})", re.I)
_ASKED_BY = guarded(r"\basked by\s+(?P<np>[^,;:()\n]{1,60}?)\s+(?:if|whether|about|why|how)\b", re.I)
_POST_SAID = guarded(
    r"[,”\"]\s*(?:(?P<np1>[^,;:”\"\n]{1,60}?)(?:\s*,\s*(?P<appos>[^,;:”\"\n]{1,40}?)\s*,)?\s+(?P<v1>said|says|added|reported|claimed|estimated|told (?:the\s+)?[A-Z][\w ]{0,30}?|told (?:reporters|journalists|us))"
    r"|(?P<v2>said|says|added|reported|claimed|according to)\s+(?P<np2>[^,;:”\"\n]{1,60}?)(?:\s*,\s*(?P<role>[^;]{0,80}?))?)"
    r"(?:\s+(?:on|in|late|earlier|last)\s+\w+(?:\s+\w+){0,3}?)?(?:\s+(?:by\s+(?:phone|telephone)|in\s+an\s+interview))?"
    r"(?:\s+(?:published|released|issued|posted|sent|carried|quoted)\s+(?:on|by|in)\s+[\w ]{1,30}?)?"
    r"(?:\s+(?:seen|obtained|reviewed)\s+by\s+[\w ]{1,40}?)?"
    r"(?:\s*[.;]?[”\"]?\s*$|,\s+(?:in|as|after|amid|with|without|calling|describing|bringing|raising|taking|adding|"
    r"putting|pushing|making|marking|noting|warning|urging|up|down)\b[^\n]{0,160}$)"
)
# Words each pattern needs: _ACCORDING's and _POST_SAID's verbs (folded; _POST_SAID is case-sensitive),
# _SOURCES_PAREN's "source", _ASKED_BY's "asked by". tests/test_attribution.py checks them on generated text.
_ACCORDING_KEYS = ("according to", "citing", "quoting", "reported by", "cited by")
# Each of _ACCORDING's phrases holds one of these words standing whole (its match ends in white space).
_ACCORDING_WORDS = frozenset(("according", "citing", "quoting", "by"))
_POST_SAID_KEYS = ("said", "says", "added", "reported", "claimed", "estimated", "told", "according to")
_AGED = re.compile(r"\b\d{1,3}-year-old\s+")
_UP_FROM_AFTER = re.compile(r",\s+(?:up|down)\s+from\b")
_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")  # "Jane Roe", "Artur K. Lis"
_COLON = guarded(r"^\s*(?P<np>[^:\n]{1,50}?)\s*:\s+\S")
# ";", " – ", or ", after"…: written to open with the set of its first characters (each branch checks which
# one it took), so re skips in C to the next ";", "," or space (tests/test_attribution.py checks it against
# the plain ";|\s[–—-]\s|,\s*(?:after|…)\b").
_SCOPE_BREAK = re.compile(
    r"[;,\s](?:(?<=;)|(?<=\s)[–—-]\s|(?<=,)\s*(?:after|amid|following|despite|while|although|though|but(?!\s+that)|"
    r"when|which|with|as|before|since|until|whereas)\b)",
    re.I,
)
_CLAUSE_CUT = guarded(r"(?<!\d),|,(?!\d)|[;:()\[\]–—]|\s-\s|\b(?:that|which|who|when|while|as|if|because|after|before|but|and then)\b", re.I)
_TRIM_TAIL_WORDS = (
    r"(?:also|have|has|had|is|are|was|were|will|would|could|can|may|might|did|does|do|just|previously|"
    r"reportedly|now|later|quickly|then|been|first|earlier|today|again|already|initially|separately|both|"
    r"repeatedly|further|officially|publicly|still|only|immediately|yesterday|on \w+|late \w+|quoted|"
    r"(?:was|were|is|been) quoted(?: as)?)"
)
# (?:\s+WORD)+$, written to open with one \s (not a repeat), so re skips in C to the next space.
_TRIM_TAIL = re.compile(rf"\s\s*{_TRIM_TAIL_WORDS}(?:\s+{_TRIM_TAIL_WORDS})*$", re.I)
# What the last word (between white space, folded) of a text _TRIM_TAIL matches in is: one of its words,
# or any word after "on" or "late" ("on Monday"); see `_trim_tail`.
_TRIM_LAST = frozenset(
    "also have has had is are was were will would could can may might did does do just previously reportedly now "
    "later quickly then been first earlier today again already initially separately both repeatedly further "
    "officially publicly still only immediately yesterday quoted as".split()
)
_TRIM_HEAD = guarded(
    r"^(?:(?:and|but|while|as|so|yet|then|however|meanwhile|moreover|also|later|earlier|now|today|yesterday|"
    r"separately|in addition|in a statement|on \w+(?: \w+)?|last \w+|this \w+|in \w+|at least|both)\b[\s,]*)+",
    re.I,
)
# Small patterns of the functions below, compiled once (re.match(r"…") looks each up in re's cache per call).
_POSSESSIVE_TAIL = re.compile(r"['’]s\s+.*$")
_THAT_NEXT = re.compile(r"\s+that\b")
_COMMA_END = re.compile(r",\s*$")
_COMMA_NEXT = re.compile(r"\s*,")
_DIGIT = re.compile(r"\d")
_NOUN_START = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|our)\b|[A-Z])")
# A piece set off by commas between a claimant and its verb: "A survivor, now 58, said", "HRW, in a 1999 study,
# estimated", "Its census, released in February, counted".
_ASIDE_PIECE = re.compile(r"\s*(?:(?:now|aged)\s+\d{1,3}|\d{1,3}"
                          r"|in\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:study|report|statement|interview|"
                          r"survey|review|analysis|paper|letter|briefing|assessment|post|tweet)"
                          r"|(?:[a-z]+ed|written|seen|shown|made|drawn)\s+(?:in|on|by|at|last|earlier|this|from)\b[^,]{0,40})"
                          r"\s*", re.I)
_PARTICIPLE_TAIL = re.compile(r"\s+(?:[a-z]+ed|written|seen|shown|made|drawn)\s+(?:in|on|by|at|last|earlier|this|"
                              r"from)\b.*\Z", re.S)
_RELAY_START = re.compile(r"\s*(?:citing|quoting|according to|speaking|writing|responding)\b", re.I)
_CAPITAL_WORD = re.compile(r"[A-Z](?<!\w.)")  # \b[A-Z], opening with the class (re skips to it)
_NAME_START = re.compile(r"\s*(?:the\s+)?[A-Z]")
_CONJUNCTION = re.compile(r"\s\s*(?:and|but|or)\s+")  # \s+(?:and|but|or)\s+, opening with one \s
_ED_WORD = re.compile(r"\b\w+ed\b")
_NUMBER_IN_NAME = re.compile(r"\d(?<![A-Za-z]\d)\d+(?!-)")  # (?<![A-Za-z])\d{2,}(?!-), opening with \d
_LETTER = re.compile(r"[A-Za-z]")

PRONOUNS = {"he", "she", "they", "it"}
# Definite references ("the group says") take an earlier name when there is one.
DEFINITE = {"group", "official", "spokesman", "spokeswoman", "ministry", "agency", "organisation", "organization",
             "monitor", "observatory", "army", "military", "militia", "department", "committee", "committees", "network",
             "coalition", "government", "council", "panel", "mission", "office"}
SELF = {"i", "we", "you", "me", "us"}
GENERIC = {"reports", "report", "later reports", "other reports", "media reports", "some", "others", "many",
            "people", "this", "that", "there", "which", "who", "what", "video", "footage", "photos", "images"}
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
    cues: list[Cue] = []
    low = folded(sentence)  # (a pattern is searched only when a word it needs is in the sentence)
    if not _ACCORDING_WORDS.isdisjoint(words_of(sentence)) and has_any(low, _ACCORDING_KEYS):
        for m in _ACCORDING.finditer(sentence):
            np = first_named(m.group("np"))
            if np:
                cues.append(Cue(np, m.start("np"), m.end(), m.group("verb"), after=True))
    if "source" in low:
        for m in _SOURCES_PAREN.finditer(sentence):
            np = first_named(m.group("np"))
            if np:
                cues.append(Cue(np, m.start("np"), m.end(), "reported", after=True))
    if "asked by" in low:
        for m in _ASKED_BY.finditer(sentence):
            np = _POSSESSIVE_TAIL.sub("", m.group("np"))
            cues.append(Cue(np, m.start("np"), m.end(), "asked"))
    last_name = ""
    for v_start, v_end in verb_spans(sentence, low):
        verb = sentence[v_start:v_end]  # (as written)
        rest = sentence[v_end:]
        lead = rest.lstrip()
        if not lead or lead[0] in ".!?" or _NOT_A_CLAIM.match(rest):
            continue  # "… reported." is a participle; "claimed responsibility" is about the act
        verb_low = verb.lower()
        if verb_low in ("estimated", "reported", "confirmed", "documented") and tail_search(
                _ADJECTIVE_USE, sentence, v_start, 4):
            continue  # "an estimated 300", "the reported toll": an adjective, not a verb of saying
        if verb_low in ("found", "concluded") and not _THAT_NEXT.match(rest):
            continue  # "bodies were found": only "X found that …" reports
        if verb_low in _NEEDS_COUNT_WORD and not _COUNT_WORD.match(rest):
            continue
        if verb_low in ("told", "tell", "tells") and _DIRECTIVE.match(rest):
            continue  # "told the units to send more troops" is an order, not a report
        if verb_low in _NOUNISH and _noun_use(sentence[:v_start], verb, rest):
            continue
        if verb[0].isupper() and not verb.isupper() and _NAME_LAST.search(sentence, 0, v_start):
            continue  # "Ahmed Said, a farmer, said …": part of a name
        np, np_start = _subject(sentence, v_start, low)
        if np is None:
            if last_name and tail_search(_ELIDED_SUBJECT, sentence, v_start, 3):
                cues.append(Cue("", v_start, v_end, verb))  # "… confirmed X but gave a toll of 78"
            continue
        last_name = np
        if np_start > 0 and _COMMA_END.search(sentence[:np_start]) and _COMMA_NEXT.match(rest):
            cues.append(Cue(np, np_start, v_end, verb, after=True, backward=True))  # "…, X estimates, and …"
            continue
        cues.append(Cue(np, np_start, v_end, verb))
    m = _POST_SAID.search(sentence) if has_any(sentence, _POST_SAID_KEYS) else None
    if m:
        np = m.group("np1") or m.group("np2")
        role = m.group("role") or m.group("appos")
        if m.group("appos") and _PERSON_NAME.fullmatch(m.group("appos")):
            np, role = m.group("appos"), np  # "…, the region's ombudsman, Jane Roe, told reporters": the person
        np = first_named(_AGED.sub("", np)) if np else None  # "said a 52-year-old trader"
        if np and role:
            np = Named(np)
            np.role = role.strip(" .”\"")
        if np and not _DIGIT.search(np):
            cues.append(Cue(np, m.start(), m.end(), (m.group("v1") or m.group("v2")).split()[0], after=True))
    m = _COLON.match(sentence) if ":" in sentence else None
    if m:
        np = m.group("np").strip()
        if not np.startswith("#") and not _DIGIT.search(np) and (lookup(np) or _typed_by_rule(np)):
            cues.append(Cue(np, m.start("np"), m.end("np") + 1, ":"))
    return cues


# Tests on what stands right before a position (searched with endpos, so "$" is that position).
_ELIDED_SUBJECT = guarded(r"\b(?:and|but)\s*$")
_ADJECTIVE_USE = guarded(r"\b(?:an|a|the|some|its)\s*$", re.I)
_PRONOUN_LAST = guarded(r"\b(he|she|they|it|we|i)\s*$", re.I)
_NAME_LAST = guarded(r"\b[A-Z][\w'’-]*\s+$")
_AND_CLAUSE = guarded(r",\s*and\s+(?!that\b)", re.I)
_INSIDE_SUBJECT = guarded(r",\s*(?:which|who|whose|that)\b|\(", re.I)
_DIRECTIVE = guarded(r"^\s+(?:(?!that\b)[A-Za-z'’-]+\s+){1,6}?to\s+(?!be\b|have\b)[a-z]+")
_NOUNISH = {"estimates", "reports", "claims", "posts", "tweets", "records", "notes", "states", "report", "claim",
            "estimate", "document", "documents", "record", "tells"}
_DETERMINERS = guarded(
    r"\b(?:the|all|these|those|such|some|many|other|its|their|his|her|our|my|your|latest|new|recent|early|initial|"
    r"reliable|conflicting|unconfirmed|official|media|news|several|most|first|earlier|later|previous|similar|a|an)\s*$",
    re.I,
)
_NOUN_FOLLOWERS = guarded(
    r"^\s+(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|say|says|said|are|were|have|"
    r"had|is|was|of|from|circulated|emerged|put|citing|spread|appeared|vary|differ|range|"
    r"(?:leaked|released|published|obtained|seen|issued|drawn\s+up|written|compiled|prepared)\s+(?:in|on|by|at|last|"
    r"earlier|this|to)|recorded|counted|listed|lists|list|puts|gives|gave)\b",
    re.I,
)


def _trim_tail(seg: str) -> str:
    """_TRIM_TAIL.sub("", seg) for a text without trailing white space, tried only when its last words
    can end a match (tests/test_attribution.py checks the two agree)."""
    words = seg.split()
    if words and (ascii_lower(words[-1]) in _TRIM_LAST or (len(words) > 1 and ascii_lower(words[-2]) in ("on", "late"))):
        return _TRIM_TAIL.sub("", seg)
    return seg


def _noun_use(before: str, verb: str, rest: str) -> bool:
    """"All the reliable estimates show …": a plural noun, not a verb of saying."""
    if verb.lower() not in _NOUNISH:
        return False
    return bool(_DETERMINERS.search(before) or _NOUN_FOLLOWERS.match(rest))


def _typed_by_rule(np: str) -> bool:
    return any(p.search(clean_name(np)) for p, _ in lexicon().rules[:-1])


def applicable(cues: list[Cue], sentence: str, pos: int, end: int) -> list[Cue]:
    """Cues whose scope reaches the number: before it with no scope break between, or after it."""
    out = []
    for c in cues:
        if c.after and c.start >= end:
            if ";" not in sentence[end : c.start]:
                out.append(c)
        elif c.end <= pos and not c.backward:
            gap = sentence[c.end : pos]
            if not _SCOPE_BREAK.search(gap) and not (_AND_CLAUSE.search(gap) and any(
                    d.after and d.start >= end and d.name and ";" not in sentence[end : d.start] for d in cues)):
                out.append(c)  # "X said 438 were kidnapped, and 362,000 are displaced, according to Y": Y's
        elif c.name and not c.after and c.start < pos and end <= c.end and _INSIDE_SUBJECT.search(sentence[c.start : pos]):
            out.append(c)  # "The mission, which has deployed about 400 officers, said …": the subject's own count
        elif c.after and c.name and c.start < pos and end <= c.end and _UP_FROM_AFTER.search(sentence, c.start, pos):
            out.append(c)  # "rose to 79, the government said, up from 50": the earlier figure is the same source's
    # A nearer speaker takes over: in "Russia said 20 died and Ukraine said 50", 50 is Ukraine's,
    # and in "the Observatory said activists reported 20 deaths", the activists are the original claimant.
    speakers = [c for c in out if c.name and not c.after and c.end <= pos]
    if speakers:  # (whether a cue is a speaker depends on its fields only: the test, not `in`, which compares them all)
        out = [c for c in out if not (c.name and not c.after and c.end <= pos)
               or not any(d.start >= c.end for d in speakers)]
    # An empty-subject verb borrows the name of the cue before it.
    filled: list[Cue] = []
    for c in out:
        if not c.name:
            prev = [d for d in cues if d.name and d.start < c.start]
            if prev:
                filled.append(Cue("", c.start, c.end, c.verb, c.after))
                if prev[-1] not in out:
                    filled.append(prev[-1])
                continue
        filled.append(c)
    return filled


def _subject(sentence: str, verb_at: int, low: str | None = None) -> tuple[str | None, int]:
    """The noun phrase right before a verb (its subject), with where it starts; None if there is none.

    Walks back over clause pieces: an empty piece ("…, Ali Shamkhani, said"), a relative
    clause ("X, which is run by Y, said") or a relay phrase ("X, citing Y, said") is skipped.
    For a participle ("X dismissed it, saying") the subject is the head of the clause before.
    `low` is folded(sentence), when the caller has it.
    """
    before = sentence[:verb_at]
    if tail_search(_ELIDED_SUBJECT, before, verb_at, 3):
        return None, verb_at  # "… confirmed the blast but gave …": the subject is elided
    pieces: list[tuple[int, int, str]] = []  # (start, end, the cut that opens the piece)
    pos, opener = 0, ""
    # The cuts, found on the lower-cased copy of an ASCII sentence (extract/cuescan.py); the opener as written.
    if sentence.isascii():
        cuts = CLAUSE_CUT_LOW.finditer(low if low is not None else sentence.lower(), 0, verb_at)
    else:
        cuts = _CLAUSE_CUT.finditer(before)
    for c in cuts:
        a, b = c.span()
        pieces.append((pos, a, opener))
        pos, opener = b, before[a:b]
    pieces.append((pos, len(before), opener))
    participle = sentence[verb_at:].split(None, 1)[0].lower().endswith("ing") if sentence[verb_at:].strip() else False
    role = ""
    k = len(pieces) - 1
    while k >= 0:
        a, b, op = pieces[k]
        seg = before[a:b]
        if (op.lower() in ("which", "who", "that") and k == len(pieces) - 1
                and _NOUN_START.match(seg)):
            break  # "the faction, which the army estimates has …": the verb's subject is inside the clause
        if (not seg.strip() or op.lower() in ("which", "who", "that", "(")
                or _RELAY_START.match(seg)
                or _DISCOURSE.fullmatch(seg.strip())
                or (op == "," and k > 0 and _ASIDE_PIECE.fullmatch(seg))):
            k -= 1  # an empty piece, a relative clause, "(RSF)", a relay phrase, ", however,", ", now 58,"
            continue
        if participle and k < len(pieces) - 1 and k > 0 and _VERB_FIRST.match(seg):
            k -= 1  # "X claimed the attack in a message, saying …": the subject is before the verb
            continue
        if (op == "," and 0 < k < len(pieces) - 1 and _APPOSITION.match(seg)
                and _CAPITAL_WORD.search(before[pieces[k - 1][0] : pieces[k - 1][1]])):
            role = role or seg.strip()  # "JNIM, an al-Qaeda-linked group, said": the name before the apposition
            k -= 1
            continue
        break
    if k < 0:
        return None, verb_at
    a, b, op = pieces[k]
    seg = before[a:b]
    if not role and op == "," and k >= 1 and _NAME_START.match(seg):
        desc = before[pieces[k - 1][0] : pieces[k - 1][1]].strip()
        if _DESCRIPTOR.fullmatch(desc):
            role = desc  # "One of the militias, the Radaa Force, said": the description types the name
    if participle and k < len(pieces) - 1:
        head = _CLAUSE_HEAD.match(seg)
        if head and head.group(1).strip():
            seg = head.group(0)[: len(head.group(1)) + (len(head.group(0)) - len(head.group(0).lstrip()))]
            seg = before[a : a + len(seg)]
    raw = seg
    seg = _trim_tail(seg.rstrip())
    trimmed = _TRIM_HEAD.sub("", seg.lstrip())
    offset = a + (len(raw) - len(raw.lstrip())) + (len(seg.lstrip()) - len(trimmed))
    # "X said activists had counted": the subject starts after an earlier verb of saying.
    inner = [m for m in _VERB.finditer(trimmed)
             if not _noun_use(trimmed[: m.start()], m.group("verb"), trimmed[m.end() :])]  # not "a working document"
    if inner and trimmed[inner[-1].end():].strip():
        offset += inner[-1].end()
        rest = trimmed[inner[-1].end():]
        offset += len(rest) - len(rest.lstrip())
        trimmed = rest.lstrip()
    last = tail_search(_PRONOUN_LAST, trimmed, len(trimmed), 4)
    if last:
        return last.group(1), offset + last.start()  # "video they said showed …"
    # "… died and the rebels said": only the conjunct next to the verb is the subject.
    parts = _CONJUNCTION.split(trimmed)
    if len(parts) > 1 and (_DIGIT.search(trimmed) or _VERB.search(" ".join(parts[:-1]))
                           or _ED_WORD.search(" ".join(parts[:-1]))):
        offset += len(trimmed) - len(parts[-1])
        trimmed = parts[-1]
    name = clean_name(_PARTICIPLE_TAIL.sub("", trimmed))  # "a document leaked in 2009 recorded"
    if name and not lookup(name):
        name = first_named(name) or name  # "the Observatory and activists said": the first named
    if not name or len(name.split()) > 8 or _NUMBER_IN_NAME.search(name):
        return None, verb_at  # a number, not a name ("M23 spokesman" is a name)
    if not _LETTER.search(name):
        return None, verb_at
    first = name.split()[0].casefold()
    if first in {"with", "in", "on", "at", "by", "for", "from", "of", "to", "into", "only", "not", "no", "if"}:
        return None, verb_at
    if role:
        name = Named(name)
        name.role = role
    return name, offset


_DESCRIPTOR = guarded(r"(?:(?:one|two|some)\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:militias?|groups?|factions?|outlets?|channels?|station|radio\s+station|agency|newspaper|"
                         r"broadcaster|website|monitors?|organi[sz]ations?|charity|network|office)", re.I)
_DISCOURSE = guarded(r"however|meanwhile|though|too|also|in turn|for its part|for their part|in response|"
                        r"separately|in a statement|instead|in contrast|by contrast", re.I)
# A clause piece that opens with its verb (its subject stands in an earlier piece).
_VERB_FIRST = guarded(rf"\s*(?:(?:also|then|later|had|has|have)\s+)?(?:{_VERBS}|[a-z]+ed)\b", re.I)
# "a monitoring group", "an al-Qaeda-linked group": a noun phrase set off by commas after a name.
# Only an organisation's apposition gives way to the name; a person's role ("Yusuf Said, a shopkeeper,")
# is how the text names its claimant.
_APPOSITION = guarded(r"\s*(?:a|an)\s+[\w'’ -]{0,50}\b(?:group|organi[sz]ation|agency|network|monitor|project|"
                         r"coalition|movement|militia|alliance|charity|body|office|force|faction|committee|"
                         r"council|institute|centre|center|outlet|channel|newspaper|broadcaster)s?"
                         r"(?:\s+(?:based|headquartered)\s+in\s+[\w'’ -]{1,30}|\s+in\s+[\w'’ -]{1,30})?\s*$", re.I)
# The subject of a clause that a participle ("…, saying") hangs on: the words before its first verb.
_CLAUSE_HEAD = guarded(rf"\s*((?:[^\s]+\s+){{0,5}}?)(?:[a-z]+ed|has|had|have|is|was|were|are|{_VERBS})\b")
