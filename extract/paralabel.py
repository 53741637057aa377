"""A paragraph opened by a label naming its subject, as an analysis weighing several sources writes one paragraph
per source: "Human Rights Watch. Its researchers … put the toll at 21. They also documented 17 homes burned." or
"The inquiry. On 21 April the findings of a commission of inquiry were published. It found that …".

The label is a sentence of its own at the start of a paragraph: a few words, no number, a listed or typed body
("Human Rights Watch.", "The UN.") or "The" and a noun that refers back to a body ("The inquiry.", "The army.").
"It", "They", "Its researchers" in that paragraph speak for the label, not for a claimant of the paragraph before
(extract/nearby.py antecedent asks `paragraph_label` when it meets the label on its way back). A label that is a
definite noun takes the body's fuller form when the paragraph names it before the pronoun ("a commission of
inquiry" for "The inquiry").

A line of a box of key figures labelled by its source ("- Government (May): 400 killed", "UN (June): 251 killings
confirmed") is that source's figure: `row_label` reads the label (a listed or typed body, as above; "Displaced:
1.4 million" names none). A row whose label is what is counted and whose brackets name a body ("Deaths since
1 March (health ministry): 498") is that body's figure.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"(?:The\s+(?P<np1>\w[\w'’.-]*(?:\s+[\w'’.-]+){0,3})|(?P<np>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}))\.")
# "a commission of inquiry", "the board of inquiry": the body a label's "inquiry" stands for.
# A row's label: an optional bullet, a capitalised name, an optional "(May)", a colon, then the number.
_ROW = re.compile(r"\s*(?:[-–•*]\s+)?(?P<label>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s*(?:\((?P<aside>[^()]{1,40})\)\s*)?:\s+"
                  r"(?:(?:about|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|~)\s*)?\Z")
_LABEL_LINKS = frozenset({"of", "for", "the", "and", "on", "in", "de", "du", "des"})
# A row that says its figure is verified ("251 killings confirmed").
_ROW_CONFIRMED = re.compile(r"\b(?:confirmed|verified|documented)\b")
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


def row_label(sentence: str, pos: int) -> tuple[str, str] | None:
    """(label, verb) when the number at `pos` of a one-line `sentence` opens the value of a row labelled by a body
    ("Government (May): 400 killed"); the verb is "confirmed" when the row says so, else "gives". None otherwise."""
    if pos > 90 or ":" not in sentence[:pos] or "\n" in sentence.strip():
        return None
    m = _ROW.match(sentence[:pos])
    if m is None:
        return None
    from extract.lexicon import type_of
    from extract.nearby import known_body  # (nearby imports this module)

    verb = "confirmed" if _ROW_CONFIRMED.search(sentence, pos) else "gives"
    if (aside := m.group("aside")) and (named := known_body(aside)) is not None and type_of(named) != "activists":
        return named, verb  # "Deaths since 1 March (health ministry): 498": the row's source in brackets
    words = m.group("label").split()
    if not all(w[:1].isupper() or w in _LABEL_LINKS for w in words[1:]):
        return None  # ("Police said: 40 killed": a clause, not a label)
    label = known_body(m.group("label"))
    if label is None or type_of(label) == "activists":
        return None  # ("Civilians killed: 2": the people counted, not a source)
    return label, verb
