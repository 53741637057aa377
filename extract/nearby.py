"""Claimants named around a sentence rather than in it (extract/attribution.py asks for them).

A pronoun's or a definite reference's antecedent in the sentences before; a short tag after a relayed
quote ("JN source told us."); a "—Handle" signature closing the sentence or its line; a tweet header
line ("Name @handle 5h") above; the speaker named where a quotation opened in this sentence closes; a
paragraph ending "X posts:" just before; "X verified the death toll" in the next two sentences. All
depend on the sentence only, not on the number asked about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extract.context import SentenceContext, per_sentence
from extract.cues import DEFINITE, GENERIC, PRONOUNS, SELF, is_confirm_verb, sentence_cues
from extract.cuescan import has_any
from extract.lexicon import clean_name, is_outlet_name, lookup
from extract.paralabel import paragraph_label
from extract.publisheddoc import publisher
from extract.quotecarry import quote_left_open
from extract.rx import ascii_lower, guarded
from extract.stance import _PARAGRAPH_BREAK
from extract.wordset import words_of


class Handle(str):
    """A claimant known only by a signature ("—Johnny Six") or a tweet header."""


_COMMENT_HEADER = guarded(r"^\s*\S.{0,40}\s+(?:says|said|wrote|writes):\s*$")
_HANDLE_AFTER_DASH = r"\s*(?:Source\s*:\s*)?[\"“]?(?P<h>[@A-Z][\w'’.@-]*(?:\s+[\w'’.@-]+){0,4}?)[\"”]?\s*[.”\"]*\s*$"
_HANDLE_TAIL = guarded(
    r"(?:(?<=[\w.)”\"’!?])[—–]{1,2}|(?<=[.)”\"’!?])-{1,2}|(?<=[.)”\"’!?]\s)-{1,2}|(?<=[.”\"’)!?]\s)[—–]|^[—–-]{1,2})"
    + _HANDLE_AFTER_DASH
)
# The same, written to open with the dash itself (each branch checks what stands before the dash it took),
# so re skips in C to the next dash instead of trying the look-behinds at every position.
_HANDLE_TAIL_FAST = re.compile(
    r"[—–-](?:(?<=[\w.)”\"’!?][—–])[—–]?|(?<=[.)”\"’!?]-)-?|(?<=[.)”\"’!?]\s-)-?|(?<=[.”\"’)!?]\s[—–])"
    r"|(?<=^[—–-])[—–-]?)" + _HANDLE_AFTER_DASH
)
# "… in the raid – Orient TV": a spaced dash after a plain word, only for a listed or outlet-like name.
_SPACED_TAIL = guarded(r"\w\s[—–-]\s+(?P<h>[A-Z][\w'’.@-]*(?:\s+[\w'’.@-]+){0,4}?)\s*\.?\s*$")
# The same from its dash (the look-behind checks the word and space before it): re skips to the next dash
# instead of trying every word character. Its matches start two characters later; "h" is the same.
_SPACED_TAIL_FAST = re.compile(r"[—–-](?<=\w\s[—–-])\s+(?P<h>[A-Z][\w'’.@-]*(?:\s+[\w'’.@-]+){0,4}?)\s*\.?\s*$")
_TWEET_HEADER = guarded(r"^\s*(?P<name>[^@\n]{1,40}?)\s+@\w{1,30}\s+\d+\s*[smhd](?![a-z])")
_NEXT_TAG = guarded(
    r"^[“\"]?(?P<np>[^,;:.\n]{1,40}?)\s+(?P<verb>told (?:us|me|him|her|them)|said|says|reported|confirmed|claimed)\W*$", re.I
)
_TOLL_CHECK = guarded(
    r"^(?P<np>.{1,60}?)\s+(?:has\s+|have\s+|had\s+)?(?P<verb>verified|confirmed|documented)\s+(?:the|this|that)\s+"
    r"(?:death\s+)?(?:toll|figure|number|count|tally|casualt)",
    re.I,
)
# _NEXT_TAG's verbs; each stands whole in the tag ("told" for "told us").
_TAG_VERBS = frozenset({"told", "said", "says", "reported", "confirmed", "claimed"})
# The last word of each of _NEXT_TAG's verbs, and the ASCII characters re's \W matches.
_TAG_ENDS = ("us", "me", "him", "her", "them", "said", "says", "reported", "confirmed", "claimed")
_ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))
_DASHES = ("-", "—", "–")  # every match of _HANDLE_TAIL and _SPACED_TAIL holds one
_NUMBER = guarded(r"\d|\b(?:dozens|hundreds|thousands|scores|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
# _NUMBER's two halves: a digit, or one of its words standing whole (extract/wordset.py folds as IGNORECASE does).
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset("dozens hundreds thousands scores one two three four five six seven eight nine ten".split())
_TOLL_VERBS = ("verified", "confirmed", "documented")  # _TOLL_CHECK's verbs: a match holds one (folded)


@per_sentence  # depends on the sentence only; asked for every number without a cue of its own
def fallback(ctx: SentenceContext) -> tuple[str, str] | None:
    """A claimant from around the sentence: a signature, a tweet header, a quote's speaker, an
    "X posts:" intro, or "X verified the toll" after it; None if there is none. (The finders it
    calls depend on the sentence only too; memoising this one memoises them.)"""
    for finder in (_trailing_handle, _tweet_header):
        found = finder(ctx)
        if found:
            return Handle(found), "said"
    found = _quote_speaker(ctx) or _colon_intro(ctx)
    if found:
        return found, "said"
    return _toll_check(ctx) or None


def antecedent(ctx: SentenceContext, like: str | None = None) -> str | None:
    """The nearest named claimant in the three sentences before, within the section.

    With `like` ("group"), only a name containing that word or a listed source qualifies, and the search
    goes back eight sentences: "the panel" may take up a panel named paragraphs before.
    """
    for k in range(1, 9 if like else 4):
        i = ctx.index - k
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            break
        prev = ctx.neighbour(-k)
        if _COMMENT_HEADER.match(prev.splitlines()[-1] if prev.strip() else prev) or _COMMENT_HEADER.match(
                prev.strip().splitlines()[0] if prev.strip() else ""):
            break  # "Farah says:" opens a reader comment; it names the commenter, not a claimant
        cues = [c for c in sentence_cues(prev) if c.name and c.name.casefold() not in PRONOUNS | GENERIC]
        if not cues and len(prev) < 60 and prev[-1:] == "." and (label := paragraph_label(
                ctx.text, ctx.sentences[i][0], ctx.sentences[i][1], ctx.start, DEFINITE)) is not None:
            if not like or like.casefold() in label.casefold() or lookup(label):
                return label  # "Human Rights Watch. Its researchers …": the paragraph's own label (paralabel.py)
        if not cues and not like and (body := publisher(prev)) is not None:
            return body  # "X published its full account. It says 24 …": the account's publisher (publisheddoc.py)
        named = [c for c in cues if c.name.casefold() not in DEFINITE]
        if like:
            named = [c for c in named if like.casefold() in c.name.casefold()]
        elif not named:
            named = cues  # "The army said … . Around 30 were wounded, it said.": "it" is the army
        if named:
            name = min(named, key=lambda c: c.start).name
            if name[:4] in ("Its ", "its "):  # "Its researchers put the toll at 17. They also …": whose they are
                return antecedent(replace(ctx, index=i)) or name
            if not like and name.casefold() in DEFINITE:
                # "…, the ministry said … . Three soldiers died, it said.": "it" is the ministry named before that
                return antecedent(replace(ctx, index=i), like=name) or name
            return name
    return None


# The organisation a sentence opens with: "The banned Baloch Liberation Army (BLA) rejected …".
_LEAD_NAME = re.compile(r"\W*(?:(?:The|A|An)\s+)?(?:[a-z][\w-]*\s+){0,2}"
                        r"(?P<np>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and)){0,6})")


@per_sentence  # depends on the sentence only; asked for a bare "a spokesman" in it
def lead_type(ctx: SentenceContext) -> str | None:
    """The type of the organisation the sentence before (in the section) opens with, when the lexicon
    lists or types that name: whose spokesman "a spokesman said" is. None otherwise."""
    from extract.lexicon import type_of

    if not _in_section(ctx, -1):
        return None
    m = _LEAD_NAME.match(ctx.neighbour(-1))
    np = known_body(m.group("np")) if m else None
    return type_of(np) if np else None


def known_body(np: str) -> str | None:
    """A capitalised name opening a sentence, its dangling "of"/"for"/"and" dropped, when the lexicon lists it or
    one of its rules types it ("Baloch Liberation Army", "Indonesian Red Cross"), else None (extract/rolenames.py
    asks it too)."""
    from extract.lexicon import lexicon

    np = _DANGLING.sub("", np)
    return np if lookup(np) or any(p.search(np) for p, _ in lexicon().rules) else None


_DANGLING = re.compile(r"(?:\s+(?:of|for|and))+$")


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


def _quote_speaker(ctx: SentenceContext) -> str | None:
    """The speaker named where a quotation opened in this sentence closes ("… damaged,” the mayor said.").

    Whether one is left open is quotecarry.quote_left_open's count (the one count of quotation marks); a
    straight quote left open must open the sentence, as a curly one, which says which way it faces, need not."""
    sentence = ctx.sentence
    if not quote_left_open(sentence):
        return None
    if sentence.count("“") > sentence.count("”"):
        closer = "”"
    elif sentence.lstrip().startswith('"'):
        closer = '"'  # (left open, and no curly quote is: an odd number of straight ones)
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
                name = antecedent(ctx) or ""
            return name if name and name.casefold() not in SELF | GENERIC else None
    return None


def _same_paragraph(ctx: SentenceContext, offset: int) -> bool:
    """Whether the sentence `offset` away (after, or before when negative) stands in ctx's paragraph."""
    i = ctx.index + offset
    if offset >= 0:
        a, b = ctx.sentences[ctx.index][1], ctx.sentences[i][0]
    else:
        a, b = ctx.sentences[i][1], ctx.sentences[ctx.index][0]
    return ctx.text.count("\n", a, b) < 2 or not _PARAGRAPH_BREAK.search(ctx.text, a, b)



@lru_cache(maxsize=4096)  # pure on the sentence; a sentence is asked as itself and as a neighbour
def _handle_tail(sentence: str) -> re.Match[str] | None:
    """_HANDLE_TAIL.search(sentence), with the dash it needs looked for first."""
    if not has_any(sentence, _DASHES):
        return None
    return _HANDLE_TAIL_FAST.search(sentence)


def next_tag(ctx: SentenceContext) -> tuple[str, str] | None:
    """A short tag after a relayed quote naming its original source ("JN source told us.")."""
    if not _in_section(ctx, 1) or not _same_line(ctx, 1):
        return None
    nxt = ctx.neighbour(1)
    if _TAG_VERBS.isdisjoint(words_of(nxt)):
        return None  # the tag's verb is a whole word of the next sentence, signature or not
    m = _handle_tail(nxt)  # the signature is the one match of _HANDLE_TAIL, at the end
    if m:
        nxt = nxt[: m.start()] + nxt[m.end() :]
    nxt = nxt.strip()
    if nxt.isascii() and not ascii_lower(nxt.rstrip(_ASCII_NON_WORD)).endswith(_TAG_ENDS):
        return None  # _NEXT_TAG's verb closes the text, with only non-word characters after it
    m = _NEXT_TAG.match(nxt)
    if not m or len(m.group("np").split()) > 5:
        return None
    name = clean_name(m.group("np"))
    if not name or name.casefold() in PRONOUNS | SELF | GENERIC:
        return None
    return name, m.group("verb").split()[0]


def _trailing_handle(ctx: SentenceContext) -> str | None:
    """A "—Handle" closing this sentence or a later one on the same line."""
    for k in range(0, 4):
        if k and (not _in_section(ctx, k) or not _same_line(ctx, k)):
            break
        sentence = ctx.neighbour(k)
        if not has_any(sentence, _DASHES):
            continue  # no signature dash: neither tail pattern can match
        m = _handle_tail(sentence)
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
        m = _SPACED_TAIL_FAST.search(sentence)
        if m and (lookup(m.group("h")) or is_outlet_name(m.group("h"))):
            return clean_name(m.group("h"))
    return None


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


def _toll_check(ctx: SentenceContext) -> tuple[str, str] | None:
    """"X verified the death toll" in one of the next two sentences, with no number in between."""
    for k in (1, 2):
        if not _in_section(ctx, k):
            return None
        nxt = ctx.neighbour(k)
        m = _TOLL_CHECK.match(nxt) if has_any(ascii_lower(nxt), _TOLL_VERBS) else None
        if m:
            return clean_name(m.group("np")), m.group("verb")
        if _DIGIT.search(nxt) or not _NUMBER_WORDS.isdisjoint(words_of(nxt)):  # (_NUMBER.search, in two cheap steps)
            return None
    return None


# Someone of the outlet's own counting: "we", "our researchers", "our field teams".
_OWN_COUNTER = re.compile(r"(?:we|our\s+(?:[\w-]+\s+){0,2}[\w-]+)$", re.I)


@per_sentence  # depends on the sentence only; asked for a breakdown ("Of these, 902 …") in it
def own_count_confirmed_before(ctx: SentenceContext) -> bool:
    """Whether one of the two sentences before, in the same paragraph, gives a count the outlet's own people
    documented ("Our researchers documented 1,412 killings."): a breakdown of it in the outlet's voice
    ("Of these, 902 …", "At least 231 of the dead …") is part of the same documented count."""
    for k in (1, 2):
        i = ctx.index - k
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            return False
        if _PARAGRAPH_BREAK.search(ctx.text, ctx.sentences[i][1], ctx.sentences[i + 1][0]):
            return False
        for c in sentence_cues(ctx.neighbour(-k)):
            if c.name and not c.after and is_confirm_verb(c.verb) and _OWN_COUNTER.fullmatch(c.name.strip()):
                return True
    return False
