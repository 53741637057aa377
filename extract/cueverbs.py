"""The verbs of saying a claim cue is built on, and where they stand in a sentence (extract/cues.py).

`verb_spans` finds them word by word in an ASCII sentence (extract/cuescan.py `word_spans`), and with
the regex `_VERB` (on the lower-cased copy when that finds the same matches) otherwise.
"""

from __future__ import annotations

import re

from extract.cuescan import word_spans
from extract.rx import guarded, lower_pattern, lowered
from extract.trie import trie_alternation

_VERBS = (
    r"say|says|said|saying|claim|claims|claimed|clai+ms|claiming|report|reports|reported|reporting|"
    r"document|documents|documented|verif(?:y|ies|ied)|confirm|confirms|confirmed|told|tell|tells|"
    r"estimate|estimates|estimated|announce|announces|announced|declare|declares|declared|"
    r"stated|added|adds|noted|notes|warned|warns|insisted|insists|alleged|alleges|"
    r"accused|accuses|criticized|criticised|criticizes|criticises|condemned|condemns|denounced|"
    r"asserted|asserts|indicated|revealed|reveals|acknowledged|acknowledges|admitted|admits|"
    r"publicized|publicised|posted|posts|tweeted|tweets|wrote|writes|recounted|recounts|"
    r"counted|counts|recorded|records|put|puts|gave|gives|give|given|cited|cites|briefed|explained|testified|argued|"
    r"spoke|speak|speaks|told reporters|found|concluded|described|describes|describe|recalled|recalls|"
    r"revised|raised|lowered|updated|revises|raises|lowers|updates|"
    r"answered|replied|responded|countered|retorted|"
    r"registered|registers|appealed|appeals|appealing|"  # (with a count after / "for" a sum only: extract/cues.py)
    r"think|thinks|believe|believes"  # ("Local NGOs think the real number is …"; not passive: extract/cues.py)
)
# As a trie (extract/trie.py): one branch per next letter instead of 90 words tried in turn. "told reporters"
# is left out of the trie: "told" always matches first in the flat list, so it never could.
_VERB = guarded(
    r"\b(?P<verb>" + trie_alternation([w for w in _VERBS.split("|") if "(" not in w and "+" not in w and " " not in w]
                                      + ["verify", "verifies", "verified"], fold=True)
    + r"|clai+ms)\b",
    re.I,
)
_VERB_LOW = lower_pattern(_VERB)  # for a lower-cased copy of the text (extract/rx.py): skips faster
# _VERB's words as a set (all but "told reporters", see above, and the "clai+ms" typo branch).
_VERB_WORDS = frozenset([w for w in _VERBS.split("|") if "(" not in w and "+" not in w and " " not in w]
                        + ["verify", "verifies", "verified"])


def verb_matches(sentence: str):  # -> Iterator[re.Match[str]]
    """_VERB.finditer(sentence), run over the lower-cased sentence when that finds the same matches
    (extract/rx.py `lowered`); offsets are the sentence's either way, group texts are not."""
    low = lowered(sentence)
    return _VERB.finditer(sentence) if low is None else _VERB_LOW.finditer(low)


def verb_spans(sentence: str, low: str) -> list[tuple[int, int]]:
    """The span of every _VERB match of the sentence, in order (its "verb" group is the whole match).
    `low` is folded(sentence). An ASCII sentence is looked up word by word (extract/cuescan.py), unless
    it may hold the "clai+ms" typo, which only the regex knows."""
    spans = None if "claii" in low else word_spans(sentence, low, _VERB_WORDS)
    return [m.span() for m in verb_matches(sentence)] if spans is None else spans
