"""A claimant described by what it does, with its name in brackets: "Park management (African Parks) confirms …",
"The camp's operator (Norwegian Refugee Council) said …". The name in brackets is who says it (GUIDELINES.md:
"who makes the claim, as named"); an acronym in brackets after a name ("Reporters Without Borders (RSF)") is only
the name again (but a listed acronym after a description is the name: "Peacekeepers of the UN mission (MONUSCO)
said"), and a proper name before the brackets ("Oxfam (Great Britain) said") stays the claimant.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup

__all__ = ["bracketed_name"]

# "(African Parks) " right before the verb: capitalised words with a lower-case letter (not an acronym alone).
_BRACKETED = re.compile(r"\(\s*(?:the\s+)?(?P<name>[A-Z][a-z][\w'’.&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.&-]*)){0,6})"
                        r"\s*\)\s*$")
# A description: a common noun phrase, every word after its first (capitalised when it opens the sentence) in
# lower case, of two to five words ("Park management", "the camp's operator").
_DESCRIPTION = re.compile(r"(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[a-z][\w'’-]*){1,4}")
# A description naming its body by an acronym ("Peacekeepers of the UN mission"), then a listed acronym in brackets:
# the acronym names the body ("(MONUSCO)").
_DESCRIPTION_ACRONYM = re.compile(r"(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+(?:[a-z][\w'’-]*|[A-Z]{2,5})){1,5}")
_ACRONYM = re.compile(r"\(\s*(?P<name>[A-Z]{2,10})\s*\)\s*$")


def bracketed_name(sentence: str, np: str, verb_at: int) -> str:
    """The name in brackets right before the verb when `np` (the claimant read before it) only describes who it
    is ("Park management (African Parks) confirms" -> "African Parks"); `np` itself otherwise."""
    if not sentence[:verb_at].rstrip().endswith(")") or lookup(np):
        return np
    if not _DESCRIPTION.fullmatch(np):
        if _DESCRIPTION_ACRONYM.fullmatch(np) and (m := _ACRONYM.search(sentence, 0, verb_at)) and (
                lookup(m.group("name")) or any(w.isupper() and lookup(w) for w in np.split()[1:])) and (
                np in sentence[: m.start()]):  # (the acronym listed, or the description naming a listed body)
            return m.group("name")  # "Peacekeepers of the UN mission (MONUSCO) said"
        return np
    m = _BRACKETED.search(sentence, 0, verb_at)
    return m.group("name") if m and np in sentence[: m.start()] else np
