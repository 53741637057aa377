"""Who says it: the noun phrase before a verb of saying, read back over the pieces of its clause.

extract/cues.py finds the verbs ("X said", "X, which is run by Y, estimated"); `claimant_before` walks back
from one over commas, relative clauses, asides ("…, now 58, said", "…, in a 1999 study, estimated") and
relay phrases to the name that says it. Also here: the tests a claimant's words need (`noun_use`: "the
reliable estimates show" is no verb of saying; `trim_tail`: "X had earlier said" names X).
"""

from __future__ import annotations

import re

from extract.cuescan import CLAUSE_CUT_LOW, tail_search
from extract.cueverbs import _VERB, _VERBS
from extract.lexicon import clean_name, lookup
from extract.names import Named, first_named
from extract.rx import ascii_lower, guarded

_CLAUSE_CUT = guarded(r"(?<!\d),|,(?!\d)|[;:()\[\]–—]|\s-\s|\b(?:that|which|who|when|while|as|if|because|after|before|but|and then)\b", re.I)
_TRIM_TAIL_WORDS = (
    r"(?:also|have|has|had|is|are|was|were|will|would|could|can|may|might|did|does|do|just|previously|"
    r"reportedly|now|later|quickly|then|been|first|earlier|today|again|already|initially|separately|both|"
    r"repeatedly|further|officially|publicly|still|only|immediately|independently|yesterday|on \w+|late \w+|quoted|"
    r"(?:was|were|is|been) quoted(?: as)?)"
)
# (?:\s+WORD)+$, written to open with one \s (not a repeat), so re skips in C to the next space.
_TRIM_TAIL = re.compile(rf"\s\s*{_TRIM_TAIL_WORDS}(?:\s+{_TRIM_TAIL_WORDS})*$", re.I)
# What the last word (between white space, folded) of a text _TRIM_TAIL matches in is: one of its words,
# or any word after "on" or "late" ("on Monday"); see `_trim_tail`.
_TRIM_LAST = frozenset(
    "also have has had is are was were will would could can may might did does do just previously reportedly now "
    "later quickly then been first earlier today again already initially separately both repeatedly further "
    "officially publicly still only immediately independently yesterday quoted as".split()
)
_TRIM_HEAD = guarded(
    r"^(?:(?:and|but|while|as|so|yet|then|however|meanwhile|moreover|also|later|earlier|now|today|yesterday|"
    r"separately|in addition|in a statement|on \w+(?: \w+)?|last \w+|this \w+|in \w+|at least|both)\b[\s,]*)+",
    re.I,
)


_DIGIT = re.compile(r"\d")
_NOUN_START = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|our)\b|[A-Z])")
# A piece set off by commas between a claimant and its verb: "A survivor, now 58, said", "HRW, in a 1999 study,
# estimated", "Its census, released in February, counted".
_ASIDE_PIECE = re.compile(r"\s*(?:(?:now|aged)\s+\d{1,3}|\d{1,3}"
                          r"|in\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:study|report|statement|interview|"
                          r"survey|review|analysis|paper|letter|briefing|assessment|post|tweet|message|video|speech|broadcast|address|"
                          r"recording|communiqu[eé])"
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


_ELIDED_SUBJECT = guarded(r"\b(?:and|but)\s*$")


_PRONOUN_LAST = guarded(r"\b(he|she|they|it|we|i)\s*$", re.I)


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


def claimant_before(sentence: str, verb_at: int, low: str | None = None) -> tuple[str | None, int]:
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
    if len(pieces) > 2 and ("but" in before or "But" in before):
        pieces = _merge_paired_adjectives(before, pieces)
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
        if (op == "," and 0 < k < len(pieces) - 1 and (_APPOSITION.match(seg) or _THE_APPOSITION.match(seg))
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
    if trimmed[:3].lower() == "by " and trimmed[3:].strip():
        agent = first_named(trimmed[3:])  # "an earlier toll given by the army … had put": the agent says it
        return (agent, offset + 3) if agent and not _NUMBER_IN_NAME.search(agent) else (None, verb_at)
    last = tail_search(_PRONOUN_LAST, trimmed, len(trimmed), 4)
    if last:
        return last.group(1), offset + last.start()  # "video they said showed …"
    # "… died and the rebels said": only the conjunct next to the verb is the subject.
    parts = _CONJUNCTION.split(trimmed)
    if len(parts) > 1 and not lookup(trimmed) and (_DIGIT.search(trimmed) or _VERB.search(" ".join(parts[:-1]))
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
# "UKMTO, the British navy's maritime trade agency, said": a description in lower case, not a name
# ("Syria's opposition, the National Coalition, said" names the Coalition).
_THE_APPOSITION = re.compile(r"\s*[Tt]he\s+(?:[\w'’-]+\s+){0,5}(?:group|organi[sz]ation|agency|network|monitor|project|"
                             r"coalition|movement|militia|alliance|charity|body|office|force|faction|committee|council|"
                             r"institute|centre|center|outlet|channel|newspaper|broadcaster|wing|service|unit)s?\s*$")
# "a state-funded but independent body": "but" joins two adjectives of one description, not two clauses.
_ARTICLE_ADJECTIVE = re.compile(r"\s*(?:a|an)\s+[\w'’-]+\s*$", re.I)


def _merge_paired_adjectives(before: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join a piece opened by "but" to the piece before it when that one is only an article and an
    adjective and the two make an organisation's apposition ("…, a state-funded but independent body, said")."""
    out: list[tuple[int, int, str]] = []
    for a, b, op in pieces:
        if (out and op.lower() == "but" and _ARTICLE_ADJECTIVE.fullmatch(before[out[-1][0] : out[-1][1]])
                and _APPOSITION.match(before[out[-1][0] : b])):
            out[-1] = (out[-1][0], b, out[-1][2])
            continue
        out.append((a, b, op))
    return out


# The subject of a clause that a participle ("…, saying") hangs on: the words before its first verb.
_CLAUSE_HEAD = guarded(rf"\s*((?:[^\s]+\s+){{0,5}}?)(?:[a-z]+ed|has|had|have|is|was|were|are|{_VERBS})\b")
