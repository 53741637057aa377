"""The kind of source a name is, from where the document introduced it.

A name the lexicon does not know is typed by the apposition that introduces it ("Tutela Legal, the Archdiocese's
human rights office, …" is a monitor), and a spokesman introduced as "Its spokesman, Sofyan Dawood" speaks for the
body the sentence before opens with ("The Free Aceh Movement disputes …": an armed group). The type holds
wherever the document names that source again ("Tutela Legal says …", "He claimed …"), not only in the sentence of
the introduction (extract/attribution.py types that one by its role already).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.headlines import typed_by_role
from extract.lexicon import type_of
from extract.rolenames import subject_body

_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"])")
# What follows the name in its apposition ("Tutela Legal, the Archdiocese's human rights office,", or to the end of
# its sentence: "… by Al Noor, the largest opposition society."), and what goes
# before it as a body's spokesman ("Its spokesman, Sofyan Dawood"). Compiled once and tried where the name stands:
# a pattern holding the name would be compiled again for every new name (tests/test_speed23_shortcuts.py checks
# both against the one pattern with the name in it).
_ROLE_AFTER = re.compile(r"\s*,\s+(?P<role>(?:the|a|an)\s+[^,.;()]{1,60}?)\s*(?:,|\.(?=\s))")
# A role without an article, where a name is first given (an obituary's "Kim Dong-su, taxi driver who …"; "Jane Roe,
# 41, farmer, said"): lower-case words up to "who" or the next comma.
_BARE_ROLE_AFTER = re.compile(r"\s*,\s+(?:\d{1,3},\s+)?(?!(?:which|who|whom|whose|that|where|when|while|and|but|or|"
                              r"as|if|is|was|has|had|said|says|now|then|though|although|because|since|after|"
                              r"before|until|not|also|still|one|some|many|most|all|both|each|either|neither)\b)"
                              r"(?P<role>[a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*){0,3})\s*(?:\bwho\b|,)")
_SPOKESMAN_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?:chief|main|official)\s+)?spokes(?:man|woman|person)\s*,?\s+")
_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=1024)  # one document and name asked for every claim of that source
def introduced_type(text: str, name: str) -> str | None:
    """The type the document's introduction of `name` gives it (see the module's doc), else None."""
    if len(name) < 3 or name not in text:
        return None
    m = _role_after(text, name)
    if m and typed_by_role(m.group("role")):
        return type_of(m.group("role"))
    bare = _BARE_ROLE_AFTER.match(text, text.find(name) + len(name))  # "Kim Dong-su, taxi driver who …"
    if bare and typed_by_role(bare.group("role")):
        return type_of(bare.group("role"))
    if "spokes" not in text:
        return None
    at = _spokesman_of(text, name)
    if at < 0:
        return None
    before = text[:at]
    starts = [s.end() for s in _SENTENCE_END.finditer(before)]
    lead = before[starts[-2] if len(starts) >= 2 and not before[starts[-1]:].strip() else (starts[-1] if starts else 0):]
    body = subject_body(lead.strip()) if lead.strip() else None
    return type_of(body) if body else None


def _role_after(text: str, name: str) -> re.Match[str] | None:
    """The first apposition after `name` in `text` (as re.search of the name followed by _ROLE_AFTER)."""
    i = text.find(name)
    while i >= 0:
        m = _ROLE_AFTER.match(text, i + len(name))
        if m:
            return m
        i = text.find(name, i + 1)
    return None


def _spokesman_of(text: str, name: str) -> int:
    """Where the first "its spokesman, `name`" of `text` starts, else -1 (as re.search of _SPOKESMAN_BEFORE
    followed by the name and a word boundary)."""
    if name[:1].isspace() or name[:1] == ",":  # (the blank or comma before the name could then end elsewhere)
        m = re.search(_SPOKESMAN_BEFORE.pattern + re.escape(name) + r"\b", text)
        return m.start() if m else -1
    for m in _SPOKESMAN_BEFORE.finditer(text):
        end = m.end()
        if text.startswith(name, end) and _BOUNDARY.match(text, end + len(name)):
            return m.start()
    return -1
