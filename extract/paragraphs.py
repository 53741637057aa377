"""Where a sentence stands among its paragraphs, and who says it: what extract/stance.py reads around a doubt.

A doubt reaches the sentences of its own paragraph (`same_paragraph`), a caveat paragraph opens after a blank line
(`_opens_paragraph`), a flat rejection ("False.") opening the next paragraph rejects the one before
(`_rejected_by_next_paragraph`), and a sentence said by a named speaker is someone else's (`someone_elses`).
extract/stance.py re-exports these for the modules that import them from there.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.cues import sentence_cues
from extract.rx import guarded

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FIRST_PERSON = re.compile(r"\b(?:we|i|us|our)\b", re.I)
# A speaker after a comma at the end of a sentence: "…, residents said."
_ATTRIBUTED = guarded(r"[,”\"]\s*(?:[\w'’-]+\s+){1,4}(?:said|says|say|claimed|claim|added|told\s+\w+)\s*[.”\"]*\s*$", re.I)
# A flat rejection opening a paragraph: "False.", "Not true."
_REJECTION = guarded(
    r"^\W*(?:false|not true|untrue|wrong|nonsense|rubbish|fake|lies?|that(?:'s|’s| is) (?:a lie|false|not true|wrong))\b\W*(?:$|[.!])",
    re.I,
)


def same_paragraph(ctx: SentenceContext, offset: int) -> bool:
    """Whether the sentence `offset` away from ctx's stands in its section and paragraph (no blank line between)."""
    i = ctx.index + offset
    if not 0 <= i < len(ctx.sentences):
        return False
    # the text between the two sentences, whichever comes first (a negative offset looks back)
    a, b = (ctx.sentences[ctx.index][1], ctx.sentences[i][0]) if offset >= 0 else (ctx.sentences[i][1], ctx.start)
    s, e = ctx.sentences[i]
    if not (ctx.section.start <= s and e <= ctx.section.end):
        return False
    return ctx.text.count("\n", a, b) < 2 or not _PARAGRAPH_BREAK.search(ctx.text, a, b)



def someone_elses(sentence: str) -> bool:
    """Whether `sentence` is said by someone other than the writer: a named speaker's cue ("…, said the army
    spokesman", "according to the Red Cross", "he said") or a speaker after a comma (_ATTRIBUTED); "as we said"
    is the writer's own."""
    if _ATTRIBUTED.search(sentence):
        return True
    return any(c.name and not _FIRST_PERSON.search(c.name) for c in sentence_cues(sentence))


def _rejected_by_next_paragraph(ctx: SentenceContext) -> bool:
    """The next paragraph opens with a flat rejection ("False.") of this one."""
    text = ctx.text
    end = ctx.section.end
    nl = text.find("\n", ctx.end, end)
    if nl < 0:
        return False  # no line break after this sentence in its section, so no paragraph break
    brk = _PARAGRAPH_BREAK.search(text, nl, end)  # (a break starts with a line break: none before nl)
    if not brk:
        return False
    # This sentence must end its paragraph's last line, or share the paragraph with it.
    i = ctx.index + 1
    while i < len(ctx.sentences) and ctx.sentences[i][0] < brk.start():
        i += 1
    if i >= len(ctx.sentences) or ctx.sentences[i][1] > ctx.section.end:
        return False
    s, e = ctx.sentences[i]
    return bool(_REJECTION.match(text[s:e]))


def _opens_paragraph(ctx: SentenceContext, offset: int) -> bool:
    """Whether the sentence `offset` after this one starts a paragraph (a blank line before it)."""
    start = ctx.sentences[ctx.index + offset][0]
    prev_end = ctx.sentences[ctx.index + offset - 1][1]
    return bool(_PARAGRAPH_BREAK.search(ctx.text, prev_end, start))
