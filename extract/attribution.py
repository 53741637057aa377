"""Who makes a claim, what kind of source that is, and with what stance.

Cues, tried in order (the first that yields a claimant wins):

1. a passive bound to the number ("the 180 deaths acknowledged by X");
2. in the sentence (extract/cues.py): "X said/says/claimed/reported/
   documented/verified/told …", "according to X", "citing X", "(Sources: X,
   Y)", "asked by X", "…, X said.", "X: …"; the nearest speaker before the
   number unless a scope break (", after", ", with", ";", …) cuts it off, then
   the first named; "citing X" beats its relayer. A pronoun ("He said") takes
   a name from earlier in the sentence or the three sentences before;
3. a short tag after a relayed quote ("JN source told us."), which replaces
   a relaying account ("Y reports: …");
4. a "—Handle" signature closing the sentence or its line (any name in
   comments, a listed or outlet-like name elsewhere), or a tweet header line
   ("Name @handle 5h") above;
5. the speaker named where a quotation opened in this sentence closes, or a
   paragraph ending "X posts:" just before;
6. "X verified the death toll" within the next two sentences;
7. otherwise the voice of the section: the document's outlet, the excerpt's
   outlet, or "reader comment".

The type comes from the lexicon (extract/lexicon.py, assets/lexicons/sources.json).
Stance (GUIDELINES.md, Conventions): disputed when the writer casts doubt
(extract/stance.py); confirmed when the verb nearest the number is
confirm/verify/document; claimed for any other named claimant or a hedged
own voice ("reportedly"); asserted for the voice of the outlet or a reader.
Headlines are always the outlet's: claimed if hedged ("Claims:", "X Says"),
else asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import SentenceContext, per_sentence
from extract.cues import (
    CONFIRM_VERBS,
    DEFINITE,
    GENERIC,
    PASSIVE_BY,
    PRONOUNS,
    RELAY_VERBS,
    RESPONSIBILITY_NOUNS,
    SELF,
    applicable,
    first_named,
    sentence_cues,
)
from extract.lexicon import canonical_source, clean_name, expand_acronym, is_outlet_name, lookup, type_of
from extract.records import Quantity
from extract.sections import READER_COMMENT
from extract.stance import is_disputed
from extract.rx import guarded

__all__ = ["Attribution", "attribute", "canonical_source"]


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str | None
    source_type: str
    stance: str


class _Handle(str):
    """A claimant known only by a signature ("—Johnny Six") or a tweet header."""


_HEDGE = guarded(
    r"\b(?:reportedly|allegedly|unconfirmed|purported(?:ly)?|"
    r"claimed(?!\s+(?:responsibility|credit|(?:the\s+)?lives?\b|(?:\S+\s+){1,3}lives\b))|"
    r"said to (?:be|have)|reported to (?:be|have)|"
    r"believed to (?:be|have)|rumou?red|it is claimed|are said|is said|were said|was said)\b",
    re.I,
)
_HEADLINE_HEDGE = guarded(
    r"^\s*(?:claims?|claimed|reports?|reported|reportedly|allegedly|unconfirmed|rumou?rs?)\b"
    r"|\b(?:reportedly|allegedly|unconfirmed|claims?|claimed|says?|alleges?|accuses?)\b"
    r"(?!\s+(?:responsibility|credit|(?:the\s+)?lives?\b|(?:\S+\s+){1,3}lives\b))",
    re.I,
)
_SOURCE_LINE = guarded(r"^\s*Source\s*:")
_HEADLINE_SPEAKER = guarded(r"^\s*([A-Z][\w.'’ -]{0,30}?)\s*:\s+\S")
_OUTLET_ROLE = guarded(r"\b(?:outlet|newspaper|news\s+site|news\s+website|broadcaster|news\s+agency|magazine|"
                          r"daily|weekly|news\s+portal)\b", re.I)
_DATA_NOUN = guarded(r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:tally|tallies|count|counts|estimate|estimates|figures?|data|"
                        r"statistics|numbers|records)", re.I)
_COMMENT_HEADER = guarded(r"^\s*\S.{0,40}\s+(?:says|said|wrote|writes):\s*$")
_HANDLE_TAIL = guarded(
    r"(?:(?<=[\w.)”\"’!?])[—–]{1,2}|(?<=[.)”\"’!?])-{1,2}|(?<=[.)”\"’!?]\s)-{1,2}|(?<=[.”\"’)!?]\s)[—–]|^[—–-]{1,2})\s*"
    r"(?:Source\s*:\s*)?[\"“]?(?P<h>[@A-Z][\w'’.@-]*(?:\s+[\w'’.@-]+){0,4}?)[\"”]?\s*[.”\"]*\s*$"
)
# "… in the raid – Orient TV": a spaced dash after a plain word, only for a listed or outlet-like name.
_SPACED_TAIL = guarded(r"\w\s[—–-]\s+(?P<h>[A-Z][\w'’.@-]*(?:\s+[\w'’.@-]+){0,4}?)\s*\.?\s*$")
_TWEET_HEADER = guarded(r"^\s*(?P<name>[^@\n]{1,40}?)\s+@\w{1,30}\s+\d+\s*[smhd](?![a-z])")
_NEXT_TAG = guarded(
    r"^[“\"]?(?P<np>[^,;:.\n]{1,40}?)\s+(?P<verb>told (?:us|me|him|her|them)|said|says|reported|confirmed|claimed)\W*$", re.I
)
_TOLL_CHECK = guarded(
    r"^(?P<np>.{1,60}?)\s+(?:has\s+|have\s+|had\s+)?(?P<verb>verified|confirmed|documented)\s+(?:the|this|that)\s+"
    r"(?:death\s+)?(?:toll|figure|number|count|tally|casualt)",
    re.I,
)
_NUMBER = guarded(r"\d|\b(?:dozens|hundreds|thousands|scores|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def attribute(ctx: SentenceContext, q: Quantity) -> Attribution:
    """Source, source type and stance of the claim made by `q` in its sentence."""
    voice, voice_type = _voice(ctx)
    sentence = ctx.sentence
    pos, end = q.char_start - ctx.start, q.char_end - ctx.start
    kind = ctx.section.kind
    if kind == "headline":
        lead = _HEADLINE_SPEAKER.match(sentence)  # "UN: more than 2,500 killed": a listed source speaks
        hedged = _HEADLINE_HEDGE.search(sentence) or (lead and (lookup(lead.group(1)) or _typed_by_role(lead.group(1))))
        return Attribution(voice, voice_type, "claimed" if hedged else "asserted")
    if kind == "excerpt" and _SOURCE_LINE.match(_line_of(ctx)):
        return Attribution(voice, voice_type, "asserted")

    name, verb = _claimant(ctx, sentence, pos, end)
    disputed = is_disputed(ctx, pos, end)
    if name is None or _same_as_voice(name, voice, ctx):
        if disputed:
            stance = "disputed"
        elif verb and CONFIRM_VERBS.match(verb):
            stance = "confirmed"
        elif verb or _hedged(sentence, pos, end):
            stance = "claimed"
        else:
            stance = "asserted"
        return Attribution(voice, voice_type, stance)
    source = expand_acronym(ctx.text, clean_name(name))
    if kind == "comment" and _RELATIVE.match(source):
        return Attribution(voice, voice_type, "disputed" if disputed else "claimed")  # "my cousin says …"
    if source.casefold() in SELF or (kind != "comment" and _OWN_STAFF.match(source)):
        return Attribution(voice, voice_type, "disputed" if disputed else "asserted")  # "we", "our correspondent"
    if isinstance(name, _Handle):
        hit = lookup(source)
        stype = hit[1] if hit else "social_media"  # a signature is an account unless listed
    else:
        stype = type_of(source, in_comment=kind == "comment")
        role = getattr(name, "role", "")
        if role and not lookup(source) and _typed_by_role(role):
            stype = type_of(role)  # "Hassan Omar, a village elder": typed by the apposition
        elif role and not lookup(source) and _OUTLET_ROLE.search(role):
            stype = "wire_or_outlet"  # "Mediazona, an independent Russian outlet"
    if disputed:
        stance = "disputed"
    elif verb and CONFIRM_VERBS.match(verb):
        stance = "confirmed"
    else:
        stance = "claimed"
    return Attribution(_display(source), stype, stance)


# --------------------------------------------------------------------------- voice


_RELATIVE = guarded(r"(?:my|our)\s+\w+", re.I)
# the outlet's own people speak in its voice: "our correspondent in Palmyra reported"
_OWN_STAFF = guarded(r"our\s+(?:own\s+)?(?:correspondents?|reporters?|journalists?|team|staff|stringers?)\b", re.I)


def _typed_by_role(role: str) -> bool:
    from extract.lexicon import lexicon

    clean = clean_name(role)
    return bool(lookup(clean)) or any(p.search(clean) for p, _ in lexicon().rules)


def _hedged(sentence: str, pos: int, end: int) -> bool:
    """A hedge word before the number, or within a few words after it ("20 were reportedly killed")."""
    after = " ".join(sentence[end:].split()[:4])
    before = any(m.start() < pos for m in _HEDGE.finditer(sentence))  # whole sentence: lookaheads see past the number
    return before or bool(_HEDGE.search(after))


@per_sentence  # depends on the sentence only; asked for every number in it
def _voice(ctx: SentenceContext) -> tuple[str | None, str]:
    section = ctx.section
    if section.kind == "comment":
        return READER_COMMENT, "reader_comment"
    if section.voice and section.voice != READER_COMMENT:
        hit = lookup(section.voice)
        if ctx.outlet and canonical_source(section.voice).casefold() == canonical_source(ctx.outlet).casefold():
            return ctx.outlet, "publication"
        return section.voice, hit[1] if hit else "wire_or_outlet"
    return ctx.outlet, "publication"


def _same_as_voice(name: str, voice: str | None, ctx: SentenceContext) -> bool:
    """Whether a named claimant is the section's own voice (the outlet citing itself)."""
    if not name.strip():
        return True
    key = canonical_source(name).casefold()
    return any(v and key == canonical_source(v).casefold() for v in (voice, ctx.outlet))


def _display(name: str) -> str:
    """Lower-case generic claimants get a capital ("activists" -> "Activists")."""
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def _line_of(ctx: SentenceContext) -> str:
    text, s = ctx.text, ctx.start
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return text[a : b if b >= 0 else len(text)]


# --------------------------------------------------------------------------- cues


def _claimant(ctx: SentenceContext, sentence: str, pos: int, end: int) -> tuple[str | None, str | None]:
    """(name, verb) of whoever makes the claim at sentence[pos:end]; (None, verb) for the section's voice."""
    m = PASSIVE_BY.match(sentence[end:])
    if m and m.group("verb").lower() == "claimed" and RESPONSIBILITY_NOUNS.search(sentence[end:end + m.start("verb")]):
        m = None  # "3 explosions claimed by X": responsibility for the attacks, not a claim of their number
    if m:
        np = first_named(m.group("np"))
        if np:
            return np, m.group("verb")
    cues = applicable(sentence_cues(sentence), sentence, pos, end)
    named = [c for c in cues if c.name]
    verb = min(cues, key=lambda c: abs(c.end - pos)).verb if cues else None
    relay_only = bool(named) and all(c.verb.lower() in RELAY_VERBS or c.verb == ":" for c in named)

    tag = _next_tag(ctx)
    if tag and (not named or relay_only):
        return tag
    if named:
        relayed = [c for c in named if c.verb.lower() in ("citing", "quoting")]
        first = min(relayed or named, key=lambda c: c.start)
        name = first.name
        if name.casefold() in PRONOUNS:
            earlier = [c for c in sentence_cues(sentence) if c.name and c.start < first.start
                       and c.name.casefold() not in PRONOUNS | SELF | GENERIC]
            name = earlier[0].name if earlier else _antecedent(ctx) or ""
            if not name:
                return None, verb
        elif name.casefold() in DEFINITE:
            name = _antecedent(ctx, like=name) or name
        if name.casefold() in GENERIC or _DATA_NOUN.fullmatch(name):
            return None, verb  # "according to the most widely cited tally": no claimant named
        return name, verb
    for finder in (_trailing_handle, _tweet_header):
        found = finder(ctx)
        if found:
            return _Handle(found), "said"
    found = _quote_speaker(ctx) or _colon_intro(ctx)
    if found:
        return found, "said"
    toll = _toll_check(ctx)
    if toll:
        return toll
    return None, verb


def _antecedent(ctx: SentenceContext, like: str | None = None) -> str | None:
    """The nearest named claimant in the three sentences before, within the section.

    With `like` ("group"), only a name containing that word or a listed source qualifies.
    """
    for k in range(1, 4):
        i = ctx.index - k
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            break
        prev = ctx.neighbour(-k)
        if _COMMENT_HEADER.match(prev.splitlines()[-1] if prev.strip() else prev) or _COMMENT_HEADER.match(
                prev.strip().splitlines()[0] if prev.strip() else ""):
            break  # "Farah says:" opens a reader comment; it names the commenter, not a claimant
        cues = [c for c in sentence_cues(prev) if c.name and c.name.casefold() not in PRONOUNS | GENERIC]
        named = [c for c in cues if c.name.casefold() not in DEFINITE]
        if like:
            named = [c for c in named if like.casefold() in c.name.casefold()]
        elif not named:
            named = cues  # "The army said … . Around 30 were wounded, it said.": "it" is the army
        if named:
            return min(named, key=lambda c: c.start).name
    return None


def _in_section(ctx: SentenceContext, offset: int) -> bool:
    i = ctx.index + offset
    if not 0 <= i < len(ctx.sentences):
        return False
    s, e = ctx.sentences[i]
    return ctx.section.start <= s and e <= ctx.section.end


def _same_line(ctx: SentenceContext, offset: int) -> bool:
    a = ctx.sentences[ctx.index][1]
    b = ctx.sentences[ctx.index + offset][0]
    return "\n" not in ctx.text[a:b]


@per_sentence  # depends on the sentence only; asked for every number in it
def _quote_speaker(ctx: SentenceContext) -> str | None:
    """The speaker named where a quotation opened in this sentence closes ("… damaged,” the mayor said.")."""
    sentence = ctx.sentence
    if sentence.count("“") > sentence.count("”"):
        closer = "”"
    elif sentence.count('"') % 2 == 1 and sentence.lstrip().startswith('"'):
        closer = '"'
    else:
        return None
    for k in range(1, 5):
        if not _in_section(ctx, k) or not _same_paragraph(ctx, k):
            return None
        nxt = ctx.neighbour(k)
        close = nxt.find(closer)
        if close >= 0:
            after = nxt[close:]
            named = [c for c in sentence_cues(after) if c.name]
            if not named:
                return None
            name = named[0].name
            if name.casefold() in PRONOUNS:
                name = _antecedent(ctx) or ""
            return name if name and name.casefold() not in SELF | GENERIC else None
    return None


def _same_paragraph(ctx: SentenceContext, offset: int) -> bool:
    a = ctx.sentences[ctx.index][1]
    b = ctx.sentences[ctx.index + offset][0]
    return not re.search(r"\n[ \t]*\n", ctx.text[a:b])


@per_sentence  # depends on the sentence only; asked for every number in it
def _next_tag(ctx: SentenceContext) -> tuple[str, str] | None:
    """A short tag after a relayed quote naming its original source ("JN source told us.")."""
    if not _in_section(ctx, 1) or not _same_line(ctx, 1):
        return None
    nxt = ctx.neighbour(1)
    nxt = _HANDLE_TAIL.sub("", nxt).strip()
    m = _NEXT_TAG.match(nxt)
    if not m or len(m.group("np").split()) > 5:
        return None
    name = clean_name(m.group("np"))
    if not name or name.casefold() in PRONOUNS | SELF | GENERIC:
        return None
    return name, m.group("verb").split()[0]


@per_sentence  # depends on the sentence only; asked for every number in it
def _trailing_handle(ctx: SentenceContext) -> str | None:
    """A "—Handle" closing this sentence or a later one on the same line."""
    for k in range(0, 4):
        if k and (not _in_section(ctx, k) or not _same_line(ctx, k)):
            break
        sentence = ctx.neighbour(k)
        m = _HANDLE_TAIL.search(sentence)
        if m:
            handle = clean_name(m.group("h"))
            known = lookup(handle) or is_outlet_name(handle)
            if m.start() > 0 and sentence[m.start() - 1].isalnum() and sentence[m.start()] == "–":
                # "the Damascus–Aleppo road": an en dash joining words is no signature
                if not re.match(r"–\s*[“\"@]", sentence[m.start():]) and not known:
                    continue
            # Outside the comments only a listed or outlet-like name signs a sentence.
            if handle and handle.casefold() not in SELF and (ctx.section.kind == "comment" or known):
                return handle
        m = _SPACED_TAIL.search(sentence)
        if m and (lookup(m.group("h")) or is_outlet_name(m.group("h"))):
            return clean_name(m.group("h"))
    return None


@per_sentence  # depends on the sentence only; asked for every number in it
def _tweet_header(ctx: SentenceContext) -> str | None:
    """"Name @handle 48m" on the line just above (a pasted tweet)."""
    a = ctx.text.rfind("\n", 0, ctx.start)
    if a < 0:
        return None
    b = ctx.text.rfind("\n", 0, a)
    line = ctx.text[b + 1 : a]
    if b + 1 < ctx.section.start:
        return None
    m = _TWEET_HEADER.match(line)
    return clean_name(m.group("name")) if m else None


@per_sentence  # depends on the sentence only; asked for every number in it
def _colon_intro(ctx: SentenceContext) -> str | None:
    """The speaker of "X posts:" closing the paragraph just before this one."""
    text = ctx.text
    para_start = text.rfind("\n\n", ctx.section.start, ctx.start)
    if para_start < 0:
        return None
    prev_end = para_start
    while prev_end > ctx.section.start and text[prev_end - 1].isspace():
        prev_end -= 1
    prev_start = max(text.rfind("\n\n", ctx.section.start, prev_end) + 2, ctx.section.start)
    prev = text[prev_start:prev_end].strip()
    if not prev.endswith(":"):
        return None
    last = re.split(r"(?<=[.!?])\s+", prev)[-1]
    named = [c for c in sentence_cues(last[:-1] + " …") if c.name and c.verb != ":"]
    if not named:
        return None
    name = min(named, key=lambda c: c.start).name
    return None if name.casefold() in PRONOUNS | SELF | GENERIC else name


@per_sentence  # depends on the sentence only; asked for every number in it
def _toll_check(ctx: SentenceContext) -> tuple[str, str] | None:
    """"X verified the death toll" in one of the next two sentences, with no number in between."""
    for k in (1, 2):
        if not _in_section(ctx, k):
            return None
        nxt = ctx.neighbour(k)
        m = _TOLL_CHECK.match(nxt)
        if m:
            return clean_name(m.group("np")), m.group("verb")
        if _NUMBER.search(nxt):
            return None
    return None
