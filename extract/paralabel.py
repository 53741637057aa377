"""A paragraph opened by a label naming its subject, as an analysis weighing several sources writes one paragraph
per source: "Human Rights Watch. Its researchers … put the toll at 21. They also documented 17 homes burned." or
"The inquiry. On 21 April the findings of a commission of inquiry were published. It found that …".

The label is a sentence of its own at the start of a paragraph: a few words, no number, a listed or typed body
("Human Rights Watch.", "The UN.") or "The" and a noun that refers back to a body ("The inquiry.", "The army.").
"It", "They", "Its researchers" in that paragraph speak for the label, not for a claimant of the paragraph before
(extract/nearby.py antecedent asks `paragraph_label` when it meets the label on its way back). A label that is a
definite noun takes the body's fuller form when the paragraph names it before the pronoun ("a commission of
inquiry" for "The inquiry").
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"(?:The\s+(?P<np1>\w[\w'’.-]*(?:\s+[\w'’.-]+){0,3})|(?P<np>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}))\.")
# "a commission of inquiry", "the board of inquiry": the body a label's "inquiry" stands for.
_BODY_OF = r"\b(?:(?:commission|committee|board|panel|court|tribunal|council)s?\s+of\s+(?:the\s+)?)"


def paragraph_label(text: str, start: int, end: int, before: int, definite: frozenset[str] | set[str]) -> str | None:
    """The subject named by the sentence text[start:end] when it is a paragraph's label and the paragraph goes on
    to offset `before` (no blank line between); None otherwise. `definite`: the nouns that refer back to a body."""
    if end - start > 60 or (start and not text[max(0, start - 2):start].endswith("\n")):
        return None  # (a label opens its paragraph or line)
    sentence = text[start:end]
    if sentence[-1:] != "." or any(ch.isdigit() for ch in sentence):
        return None
    m = _LABEL.fullmatch(sentence)
    if m is None or "\n\n" in text[end:before]:
        return None
    np = m.group("np") or m.group("np1")
    from extract.nearby import known_body  # (nearby imports this module)

    if " " not in np and np.casefold() in definite:  # "The inquiry.": the body the paragraph names in full
        fuller = re.search(_BODY_OF + re.escape(np.casefold()) + r"\b", text[end:before], re.I)
        return fuller.group(0) if fuller else np.casefold()
    return known_body(np)
