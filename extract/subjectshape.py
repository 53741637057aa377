"""What cannot be a claimant's name, and where the subject of a verb of saying stands instead.

extract/claimants.py reads the subject back from a verb over the pieces of its clause. Some pieces stand between
the subject and its verb without being it, and some words are taken for a name without being one:

- a relative clause opened by "whose" ("The Commission, whose 1999 report drew on a sample, estimated"): skipped
  as "which"/"who" clauses are (not "report drew on a sample" read as a report naming "drew");
- a piece holding only an auxiliary ("Tutela Legal, the church's office, which sends staff, has documented"):
  the subject stands before it;
- "the border service, which said 14 more …": the relative pronoun speaks for the name it follows;
- an ability phrase between subject and verb ("it has been able to verify", "they managed to confirm"): not part
  of the subject;
- a subject pronoun opening or closing a phrase ("By this definition we", "It has been able to"): the pronoun is
  the subject (resolved by extract/attribution.py), the rest is no name.
"""

from __future__ import annotations

import re

from extract.names import first_named

# A relative clause set off between a subject and its verb, opened by "whose" or by a part of its antecedent ("many of
# whose members", "most of whom", "two of whose founders"): "The HDP, many of whose members marched, said".
WHOSE = re.compile(r"\s*(?:(?:[a-z]+|\d+)\s+(?:of|among)\s+)?(?:whose|whom)\b", re.I)
# A piece that holds only an auxiliary or adverb before the verb: ", has documented", ", had also confirmed".
AUX_ONLY = re.compile(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|also|since|then|later|now|already|"
                      r"previously|been)\s+)*(?:has|have|had|is|are|was|were|will|would|also|since|then|later|now|"
                      r"already|previously|been)\s*")
# Between a subject and its verb: "has been able to", "was unable to" (a negation: extract/cues.py), "managed to".
ABILITY_TAIL = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:(?:been|also|now|since|not)\s+)*"
                          r"(?:able|managed|tried|sought|wanted|moved|set\s+out)\s+to\s*$", re.I)
_VERB_LIKE = re.compile(r"\b[a-z]+(?:ed|ing)\b|\b(?:is|are|was|were|has|have|had|took|shot|hit|made|gave)\b")
# The subject pronouns (extract/claimants.py finds one closing a piece with them too).
SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i"))
_PRONOUNS = SUBJECT_PRONOUNS
# as written in a phrase: lower case or capitalised ("I" only capitalised)
_PRONOUN_FORMS = frozenset({w for w in SUBJECT_PRONOUNS if w != "i"} | {w.capitalize() for w in SUBJECT_PRONOUNS})
# Relay or agent words opening the piece a relative pronoun follows: "according to the border service, which said".
_RELAY_HEAD = re.compile(r"\s*(?:according\s+to|citing|quoting|as\s+reported\s+by|reported\s+by|by|from|of)\s+", re.I)


def relative_speaker(before: str, pieces: list[tuple[int, int, str]]) -> tuple[str | None, int]:
    """The name a relative pronoun speaks for when the verb follows ", which"/", who" right away: the noun phrase
    of the last piece with words before it ("according to the border service, which said" -> "border service"),
    with its start; (None, 0) when that piece is no plain noun phrase."""
    a, b = next(((a, b) for a, b, _ in reversed(pieces[:-1]) if before[a:b].strip()), (0, 0))
    seg = before[a:b]
    m = _RELAY_HEAD.match(seg)
    start = a + (m.end() if m else len(seg) - len(seg.lstrip()))
    np = seg[m.end():] if m else seg.strip()
    if not np or len(np.split()) > 8 or any(ch.isdigit() for ch in np):
        return None, 0
    if not m:
        verbs = list(_VERB_LIKE.finditer(np))
        if verbs:  # "Police questioned two men, who said …": the men, the object of the clause, speak
            start += len(np[: verbs[-1].end()]) + len(np[verbs[-1].end():]) - len(np[verbs[-1].end():].lstrip())
            np = np[verbs[-1].end():].strip()
        if not np or len(np.split()) > 5:
            return None, 0
    name = first_named(np)
    return (name, start) if name and name.casefold() not in _PRONOUNS else (None, 0)


def pronoun_subject(name: str) -> str | None:
    """The pronoun a would-be name opens or closes with, when it has more words ("By this definition we" -> "we",
    "It has been able to" -> "It"); None for a real name."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1] in _PRONOUN_FORMS and words[-1] != "I":
        return words[-1]  # (not "World War I")
    if words[0] in _PRONOUN_FORMS:
        return words[0]  # (as written: "IT ministry" is no pronoun)
    return None


_NO_NAMES = frozenset(("the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my"))


def determiner_only(name: str) -> bool:
    """Whether a would-be name is only a determiner ("The recounts showed …" read "The" as a subject)."""
    return name.casefold() in _NO_NAMES


_CAPITALISED_LAST = re.compile(r"[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+$")  # two: "But I said" is the pronoun


def roman_one(text: str, at: int) -> bool:
    """Whether the "I" at text[at] is a numeral closing a name of capitalised words ("World War I"), not the
    pronoun ("But I said", "Then I counted")."""
    return text[at:at + 1] == "I" and bool(_CAPITALISED_LAST.search(text, 0, at))
