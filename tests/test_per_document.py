"""extract/context.py per_document: a helper reading the whole document is worked out once per document, in its
memo, whichever sentence asks; an answer of None is kept too; without a memo the call goes straight through."""

from __future__ import annotations

from extract.context import Section, SentenceContext, per_document


def _ctxs(text: str, memo: dict | None) -> list[SentenceContext]:
    spans = ((0, 19), (20, len(text)))
    section = Section("body", 0, len(text))
    return [SentenceContext(text, spans, i, section, None, None, memo=memo) for i in range(len(spans))]


def test_worked_out_once_per_document_whichever_sentence_asks() -> None:
    calls: list[int] = []

    @per_document
    def nothing_found(ctx: SentenceContext) -> None:
        calls.append(ctx.index)
        return None

    first, second = _ctxs("Rebels killed 12 men. Another 40 were wounded.", {})
    assert nothing_found(first) is None and nothing_found(second) is None and nothing_found(first) is None
    assert calls == [0]


def test_each_document_and_each_helper_has_its_own_answer() -> None:
    @per_document
    def length(ctx: SentenceContext) -> int:
        return len(ctx.text)

    @per_document
    def words(ctx: SentenceContext) -> int:
        return len(ctx.text.split())

    a = _ctxs("Rebels killed 12 men. Another 40 were wounded.", {})[0]
    b = _ctxs("Rebels killed 12 men. Another four were hurt in the town.", {})[1]
    assert (length(a), words(a), length(b), words(b)) == (46, 8, 57, 11)


def test_without_a_memo_every_call_goes_through() -> None:
    calls: list[int] = []

    @per_document
    def counted(ctx: SentenceContext) -> int:
        calls.append(ctx.index)
        return 1

    first, second = _ctxs("Rebels killed 12 men. Another 40 were wounded.", None)
    assert counted(first) + counted(second) + counted(first) == 3
    assert calls == [0, 1, 0]
    assert counted.uncached(first) == 1
