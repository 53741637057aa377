"""Arrests in a report whose only words of war are policing's or peace's: no captives of a war.

extract/nonclaims.py `peacetime` drops arrests and detentions in a report naming no war ("Police arrested 14
people"). A report may name a war only as a figure of speech: "a war on drugs" ([cues] drug_wars) is a campaign of
policing, and its arrests are of suspects, not captives of an armed conflict; "the 1984 miners' strike", "the
battle of the bands" and the other uses of peace of extract/peacetolls.py `war_words_of_peace` name no war either.
With those words left out, a report that names no other war word is one whose arrests are no claims. A drug war's
killings are not this module's: they stay a toll (extract/peacetolls.py asks nothing of [cues] drug_wars).
"""

from __future__ import annotations

from functools import lru_cache

from extract.rx import blank
from extract.triggers import cue_in, lexicon, names_a_war


@lru_cache(maxsize=16)  # pure on the document; asked for each of its arrests
def policing_words_of_war(text: str) -> bool:
    """Whether every word of war in the document (which names one) stands in a war on drugs ([cues] drug_wars) or a
    use of peace (`war_words_of_peace`)."""
    from extract.peacetolls import war_words_of_peace  # (peacetolls imports what imports nonclaims' helpers)

    if war_words_of_peace(text):
        return True
    if not cue_in("drug_wars", text):
        return False  # (the usual case: a test of the document's words first)
    blanked = lexicon().cues["drug_wars"].sub(blank, text)
    return not names_a_war(blanked) or war_words_of_peace(blanked)
