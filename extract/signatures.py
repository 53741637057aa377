"""A letter's signature line, "Name, (description,) Town": one grammar, read by two readers with their own gates.

A letter to the editor is signed on a line of its own: the writer's name, perhaps a lower-case description of the
writer, then the town, perhaps with its region or country ("Mae Okoro, Leeds", "Tom Hale, retired nurse, York",
"Dr. Petra Lind, Uppsala, Sweden"). Two readers use this grammar, each with its own gates:

- extract/letters.py (`LETTER_SIGNATURE`, matched against a whole line): on a page titled "Letters" with at least two
  signed paragraphs, each letter is its signer's voice, and the town is no place of its figures.
- extract/placesignoff.py (`SIGNOFF_NL`, searched through a whole text after a newline put before it): anywhere in
  a text, the town of a line after a finished sentence, whose name the gazetteer reads as no place, is the writer's
  home.

The name is two to four words: a courtesy title or a proper-case word ("Harold", "O'Neill") or initials ("A. J.",
"R.T."), then proper-case words, initials ("Mary J Ortega") or name particles ("de", "van", "al-"); an acronym ("UN
Security Council") is no name, so a heading over a dateline is no signature. The description is one to five words
opening lower-case ("former NHS nurse"). The town is one to three capitalised words, perhaps followed by one or two
more such after commas ("Leeds, Yorkshire, UK"). Blanks are any but a newline. `NAME_LINE` / `PLACE_LINE` are a
letter's two-line signature ("Manuel Tati" / "Lisbon").
"""

from __future__ import annotations

import re

__all__ = ["LETTER_SIGNATURE", "NAME_LINE", "PLACE_LINE", "SIGNATURE", "SIGNOFF_NL"]

_B = r"[^\S\n]"  # a blank within the line
_TITLE = r"(?:Dr|Prof|Mr|Mrs|Ms|Rev)\.?"
# "Pruitt", "O'Neill"; an initial "J." / "J" / "R.T."
_WORD = r"(?:[A-Z](?:[a-z]|['’][A-Z])[\w'’-]*+|[A-Z](?:\.(?:[A-Z]\.)*+)?(?![\w'’.-]))"
_PARTICLE = r"(?:de|da|van|von|al-\w+)"
NAME = rf"(?:{_TITLE}|{_WORD})(?:{_B}+(?:{_WORD}|{_PARTICLE})){{1,3}}"
DESCRIPTION = rf"[a-z][\w'’-]*+(?:{_B}+[\w'’-]+){{0,4}}"
_TOWN = rf"[A-Z][\w'’.-]+(?:{_B}+[A-Z][\w'’.-]+){{0,2}}"
PLACE = rf"{_TOWN}(?:{_B}*,{_B}*{_TOWN}){{0,2}}"  # "Broken Arrow", "Lisbon, Portugal", "Leeds, Yorkshire, UK"
# The line's grammar, without anchors: group `name`, a comma, perhaps a description and a comma, group `place`.
SIGNATURE = rf"(?P<name>{NAME}){_B}*,{_B}*(?:{DESCRIPTION}{_B}*,{_B}*)?(?P<place>{PLACE})"

LETTER_SIGNATURE = re.compile(rf"{_B}*{SIGNATURE}{_B}*")  # (fullmatch against one line)
# (after a newline, to the line's end; the lookahead for a capital spares the name's alternatives at most lines)
SIGNOFF_NL = re.compile(rf"\n{_B}*+(?=[A-Z]){SIGNATURE}{_B}*(?=\n|\Z)")
NAME_LINE = re.compile(rf"{_B}*{NAME}{_B}*,?{_B}*")  # "Manuel Tati", "Dr. A. J. Smith," (fullmatch)
PLACE_LINE = re.compile(rf"{_B}*{PLACE}{_B}*")  # "Lisbon", "Lisbon, Portugal" (fullmatch)
