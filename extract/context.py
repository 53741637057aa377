"""What each stage of claim extraction sees: a sentence in its document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of the document with one role: headline, body, update, excerpt or comment.

    `voice` is who speaks when nobody is named: the excerpt's outlet for an
    excerpt, "reader comment" for comments, None for the document's outlet.
    """

    kind: str
    start: int
    end: int
    voice: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """One sentence, with the document around it for stages that look further."""

    text: str  # the whole document
    sentences: tuple[tuple[int, int], ...]  # every sentence's (start, end) in the document, in order
    index: int  # position of this sentence in `sentences`
    section: Section
    published: date | None
    outlet: str | None

    @property
    def start(self) -> int:
        return self.sentences[self.index][0]

    @property
    def end(self) -> int:
        return self.sentences[self.index][1]

    @property
    def sentence(self) -> str:
        return self.text[self.start : self.end]

    def neighbour(self, offset: int) -> str:
        """The sentence `offset` places away ("" past either end)."""
        i = self.index + offset
        if 0 <= i < len(self.sentences):
            s, e = self.sentences[i]
            return self.text[s:e]
        return ""
