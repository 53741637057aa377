"""A letter's signature line, "Name, (description,) Town": one grammar, read in two dialects.

A letter to the editor is signed on a line of its own: the writer's name, perhaps a lower-case description of the
writer, then the town ("Mae Okoro, Leeds", "Tom Hale, retired nurse, York"). `signature_line` is that line's grammar
(name, comma, an optional description and comma, the town); two readers use it, each with its own gates:

- extract/letters.py (`LETTER_SIGNATURE`, matched against a whole line): on a page titled "Letters" with at least two
  signed paragraphs, each letter is its signer's voice, and the town is no place of its figures. Those gates are
  strong, so the line reads loosely: a courtesy title ("Dr."), initials ("A. J. Smith"), name particles ("de",
  "van", "al-"), a description of any lower-case words up to 31 characters, and a town with its country ("Lisbon,
  Portugal"); blanks are any whitespace.
- extract/placesignoff.py (`SIGNOFF_NL`, searched through a whole text after a newline put before it): anywhere in
  a text, the town of a line after a finished sentence, whose name the gazetteer reads as no place, is the writer's
  home. That gate is weaker, so the line reads strictly: two or three proper-case words (a middle initial allowed),
  no title, a description of one to five lower-case words, a town of one to three proper-case words and no comma;
  blanks are spaces and tabs only, and no blank before a comma.

The two dialects differ only in the word patterns and blanks (the list above); their structure is this module's.
Making the dialects one would move the snapshot (a looser sign-off reads "Dr. Ann Lee, Bath" after any sentence;
a stricter letters page loses "Lisbon, Portugal"), so each keeps its own words. `NAME_LINE` / `PLACE_LINE` are a
letter's two-line signature ("Manuel Tati" / "Lisbon"), in the letters page's words.
"""

from __future__ import annotations

import re

__all__ = ["LETTER_SIGNATURE", "NAME_LINE", "PLACE_LINE", "SIGNOFF_NL", "signature_line"]


def signature_line(name: str, description: str, town: str, blank: str, before_comma: str = "") -> str:
    """The grammar of a signature line (no anchors): group `name`, a comma, an optional `description` and comma,
    group `place` (the town); `blank` is what may follow each comma, `before_comma` what may precede the first."""
    return (rf"(?P<name>{name}){before_comma},{blank}(?:{description},{blank})?(?P<place>{town})")


# The letters page's words (extract/letters.py): "Dr. A. J. Smith", "Ana de Sousa"; "retired nurse"; "Lisbon, Portugal".
LETTER_NAME = (r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev)\.?\s+)?[A-Z][\w'’.-]+"
               r"(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al-\w+)){1,3}")
LETTER_DESCRIPTION = r"[a-z][\w'’ -]{2,30}"
LETTER_PLACE = r"[A-Z][\w'’.-]+(?:[ ,]+[A-Z][\w'’.-]+){0,2}"
LETTER_SIGNATURE = re.compile(r"\s*" + signature_line(LETTER_NAME, LETTER_DESCRIPTION, LETTER_PLACE, r"\s*", r"\s*")
                              + r"\s*$")  # (fullmatch against one line)
NAME_LINE = re.compile(r"\s*" + LETTER_NAME + r"\s*,?\s*$")  # "Manuel Tati", "Dr. A. J. Smith,"
PLACE_LINE = re.compile(r"\s*" + LETTER_PLACE + r"\s*$")  # "Lisbon", "Lisbon, Portugal"

# A sign-off's words anywhere in a text (extract/placesignoff.py): "Harold Pruitt", "Mary J. Ortega"; "retired
# teacher"; "Broken Arrow".
_SIGNOFF_WORD = r"[A-Z][a-z][\w'’-]*+"
SIGNOFF_NAME = _SIGNOFF_WORD + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _SIGNOFF_WORD + r"){1,2}"
SIGNOFF_DESCRIPTION = r"[a-z][a-z'’-]*+(?:[ \t]+[a-z][a-z'’-]*+){0,4}"
SIGNOFF_TOWN = _SIGNOFF_WORD + r"(?:[ \t]+" + _SIGNOFF_WORD + r"){0,2}"
# After a newline (the reader puts one before the text), to the line's end.
SIGNOFF_NL = re.compile(r"\n[ \t]*+" + signature_line(SIGNOFF_NAME, SIGNOFF_DESCRIPTION, SIGNOFF_TOWN, r"[ \t]*+")
                        + r"[ \t]*(?=\n|\Z)")
