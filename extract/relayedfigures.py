"""Figures a person hands on as another body's: "X gave reporters the ministry's figures: 25 civilians killed …".

The relayer (an envoy, a spokesman, a contact) passes on a count that is not his own: the body whose figures they are
makes the claim (GUIDELINES.md: who makes the claim, as named; the relayer only carries it). The form is a verb of
handing on ("gave", "passed on", "provided", "read out", "shared"), then "<owner>'s figures/count/toll/list" (a
plural owner's "the rebels' list" too), then
a colon opening the figures. "The ministry" is the ministry named before in the section whose name shares a word
with the relayer's words ("Kivu's envoy … gave … the ministry's figures" after "the Kivu health ministry"), else the nearest one named. Only numbers after that colon, in the same sentence.
extract/attribution.py asks it (gated by "'s" and ":") before the sentence's own cues.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.cues import sentence_cues
from extract.wordset import words_of

__all__ = ["relayed_owner"]

_RELAYED = re.compile(
    r"\b(?:gave|gives|give|given|passed\s+on|passes\s+on|handed\s+over|provided|provides|read\s+out|reads\s+out|"
    r"shared|shares|forwarded|forwards)\b(?P<object>[^:;.]{0,60}?)(?:['’]s|(?<=s)['’])\s+"
    r"(?:own\s+|latest\s+|official\s+|new\s+|updated\s+)?(?:figures|numbers|count|toll|tally|estimates?|"
    r"statistics|list)\b[^:;.]{0,40}:", re.I)
_HANDING = frozenset("gave gives give given passed passes handed provided provides read reads shared shares forwarded "
                     "forwards".split())
_FIGURES = frozenset("figures numbers count toll tally estimate estimates statistics list".split())
_BACK = 8  # sentences back in the section for the owner's full name
_STEM = 5  # letters two words share to be the same people or place ("Kivu", "Kivutian"; "Ukraine", "Ukrainian")


def relayed_owner(ctx: SentenceContext, sentence: str, pos: int) -> str | None:
    """The owner of the figures handed on before the colon that the number at sentence[pos] follows, else None."""
    words = words_of(sentence)
    if words.isdisjoint(_HANDING) or words.isdisjoint(_FIGURES):
        return None  # (every match holds a verb of handing on and a count noun, whole words)
    m = _RELAYED.search(sentence, 0, pos)
    if m is None or ";" in sentence[m.end():pos]:
        return None
    owner = m.group("object").split()[-4:]  # the owner: the words before "'s" (a plural's "s'"), from the last "the" on
    lows = [w.casefold() for w in owner]
    if not owner:
        return None
    if "the" not in lows:  # "gave us UNICEF's figures", "gave Save the Children's …": the capitalised run as given
        run = len(owner)
        while run > 0 and owner[run - 1][:1].isupper():
            run -= 1
        return " ".join(owner[run:]) or owner[-1]
    owner = owner[len(lows) - 1 - lows[::-1].index("the"):]
    head = owner[-1].casefold()
    relayer = {w.casefold()[:_STEM] for w in re.findall(r"[A-Z][\w-]+", sentence[:m.start()])}
    nearest = None
    for k in range(1, _BACK + 1):
        i = ctx.index - k
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            break
        for c in sentence_cues(ctx.neighbour(-k)):
            if c.name and head in c.name.casefold().split():
                if relayer & {w.casefold()[:_STEM] for w in c.name.split()}:
                    return c.name
                nearest = nearest or c.name
    return nearest or " ".join(owner[1:])
