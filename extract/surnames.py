"""A person named again by the surname alone ("…, Enanga said") is the person the text named in full before
("police spokesman Fred Enanga"), or family name first with a hyphenated given name ("Kim Dong-su", later "Mr Kim"):
the claimant takes the full name first given.

Only a one-word claimant no list knows, and only a full name of two words given as a person's is (after a
lower-case word, a comma or at a line's start: "spokesman Fred Enanga", "in Moscow, Egidijus Bičkauskas"); a title
("Lord Chelmsford", "Staff Anatoly Nogovitsyn" of "General Staff") or a body's name ("the Catholic Church") is no
given name.
"""

from __future__ import annotations

import re

from extract.personnames import COURTESY, NOT_GIVEN_NAMES

_TITLES = NOT_GIVEN_NAMES  # words before a surname that are no given name (extract/personnames.py)

# A given name before the surname: at a line's start, after a comma or bracket, or after a lower-case word.
# A rank in capitals ("SP", "CSP") or a courtesy title ("Mr", "Alhaji") may stand between: "PPRO, SP Muhammad Shehu".
# (Its titles are not personnames.COURTESY: no "Miss", and "Alhaji", "Hon" ...; kept as written: same output.)
_GIVEN = (r"(?:^|[\n,(][ \t]*|\b[a-z][\w'’-]*[ \t]+)(?:(?:[A-Z]{2,4}|Mr|Mrs|Ms|Dr|Alhaji|Alhaja|Hon|Maulana|Mallam)"
          r"\.?[ \t]+)?(?P<given>[A-Z][^\W\d_]+)[ \t]+")


# "Mr Rhule", "Ms Adler", "Dr Okafor": a courtesy title before a surname (the full name drops it).
_COURTESY = re.compile(r"(?:" + COURTESY + r")\.?\s+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:\s+[A-Z][^\W\d_]+"
                       r"(?:-[A-Z][^\W\d_]+)?){0,2})")
_COURTESY_STARTS = frozenset(("Mr", "Mi", "Ms", "Dr"))


def full_name(source: str, text: str, before: int) -> str:
    """The full name given before offset `before` for a claimant named by a surname alone (or by a courtesy title
    and the surname: "Mr Rhule"), else `source`."""
    if source[:2] in _COURTESY_STARTS and (titled := _COURTESY.fullmatch(source)) is not None:
        surname = titled.group(1)
        if " " in surname:
            return surname  # "Mr Carl Bennett-Lowe": the name without the courtesy title
        full = full_name(surname, text, before)
        return full if full != surname else source
    if " " in source or len(source) < 3 or not source[:1].isupper() or not source[1:].islower():
        return source
    if text.find(source, 0, before) < 0:
        return source
    from extract.lexicon import lexicon, lookup  # (the lexicon is loaded once; imported here as attribution's other helpers)

    if lookup(source):
        return source
    found = None
    for m in re.compile(_GIVEN + re.escape(source) + r"\b").finditer(text, 0, before):
        if m.group("given") not in _TITLES:
            found = m
            break
    if found is None:
        # A name given family name first, with a hyphenated given name ("Kim Dong-su", later "Mr Kim")
        first = re.compile(r"(?:^|[\n,(][ \t]*|\b[a-z][\w'’-]*[ \t]+)" + re.escape(source)
                           + r"[ \t]+(?P<given>[A-Z][^\W\d_]+-[a-z][^\W\d_]*)\b").search(text, 0, before)
        return source + " " + first.group("given") if first else source
    full = found.group("given") + " " + source
    return source if any(p.search(full) for p, _ in lexicon().rules) else full  # ("the Catholic Church": a body)
