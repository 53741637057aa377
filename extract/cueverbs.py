"""The verbs of saying a claim cue is built on, and where they stand in a sentence (extract/cues.py).

`verb_spans` finds them word by word in an ASCII sentence (extract/cuescan.py `word_spans`), and with
the regex `_VERB` (on the lower-cased copy when that finds the same matches) otherwise.
"""

from __future__ import annotations

import re

import json
from functools import lru_cache

from extract.cuescan import word_spans
from extract.lexicon import LEXICON_PATH
from extract.rx import guarded, lower_pattern, lowered
from extract.trie import trie_alternation

_VERBS = (
    r"say|says|said|saying|claim|claims|claimed|clai+ms|claiming|report|reports|reported|reporting|"
    r"document|documents|documented|verif(?:y|ies|ied)|confirm|confirms|confirmed|told|tell|tells|"
    r"estimate|estimates|estimated|announce|announces|announced|declare|declares|declared|"
    r"stated|stating|informed|informs|added|adds|noted|notes|pointed|points|warned|warns|insisted|insists|insist|lamented|laments|alleged|alleges|"
    r"accused|accuses|criticized|criticised|criticizes|criticises|condemned|condemns|denounced|"
    r"asserted|asserts|indicated|revealed|reveals|acknowledged|acknowledges|admitted|admits|"
    r"publicized|publicised|posted|posts|tweeted|tweets|wrote|writes|recounted|recounts|"
    r"counted|counts|count|recorded|records|list|lists|listed|put|puts|gave|gives|give|given|cited|cites|briefed|explained|testified|argued|"
    r"spoke|speak|speaks|told reporters|found|concluded|ruled|rules|described|describes|describe|recalled|recalls|"
    r"revised|raised|lowered|updated|revises|raises|lowers|updates|"
    r"answered|replied|responded|countered|retorted|"
    r"registered|registers|appealed|appeals|appealing|promised|promises|"  # (with a count after / "for" a sum only: extract/cues.py)
    r"think|thinks|believe|believes|believed"  # ("Local NGOs think the real number is …", "Mr Kim believed that …";
    # not passive, nor "believed to number 200": extract/verbsenses.py)
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


# A form of "be" right before a participle makes it passive: "the results were announced", "he was told".
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.I)
# Verbs of saying that are also plural nouns: "border posts", "police reports", "land claims".
_NOUN_TOO = frozenset(("posts", "reports", "claims", "records", "counts", "notes", "estimates", "tweets", "documents"))
_COMMA_BEFORE = re.compile(r",\s*$")
_PLACE_ADVERB = re.compile(r"\s+(?:there|here)$", re.I)


def passive_or_noun(sentence: str, v_start: int, verb_low: str, lead: str, np_start: int) -> bool:
    """Whether the verb found at sentence[v_start] is no verb of saying with the subject before it: a passive
    participle after "was/were/been …" (the subject is what was said, not who said it; "announced by X" is read
    by extract/cues.py PASSIVE_BY), or a plural noun closing a phrase before ";" or ")" ("strikes on airports and
    border posts; …"), unless a comma before the subject makes it "…, X estimates; …"."""
    if not verb_low.endswith("ing") and _BE_BEFORE.search(sentence, max(0, v_start - 8), v_start):
        return True
    if verb_low in _NOUN_TOO and lead[:1] in (";", ")"):
        return not (np_start > 0 and _COMMA_BEFORE.search(sentence, 0, np_start))
    return False


def without_place_adverb(np: str) -> str:
    """A speaker without a trailing "there"/"here": "a doctor there said" -> "a doctor"."""
    return _PLACE_ADVERB.sub("", np) if np.endswith(("there", "here")) else np


# "A neighbour came running and said …", "The guard stood up and said …": a person named by a determiner and a
# noun, then a short verb phrase (a past tense first) without a comma, then "and/but said" (an adjective before the noun cannot be told
# from a verb after it here: "The old man …" is left alone).
_ROLE_SUBJECT = re.compile(r"\W*(?P<np>(?:A|An|The|One|Another)\s+[a-z][\w'’-]*)\s+"
                           r"(?:[a-z]+ed|came|ran|went|stood|got|sat|rose|stopped|knocked|woke|turned|looked)\s+"
                           r"(?:[a-z][\w'’-]*\s+){0,4}(?:and|but)\s*$")
_NOT_PEOPLE = frozenset(("report", "statement", "video", "shell", "bomb", "blast", "attack", "fire", "rain", "storm",
                         "car", "truck", "plane", "army", "government", "ministry", "police"))


def role_subject(sentence: str, verb_at: int) -> str | None:
    """The person a verb of saying after "and"/"but" shares with the clause's first verb when the subject is a
    determiner and a lower-case noun ("A neighbour came running and said …" -> "neighbour"), with no comma
    before the verb; None otherwise (extract/cuetails.py `opening_subject` reads "Kyiv welcomed … but said")."""
    before = sentence[:verb_at]
    if "," in before or ";" in before or ":" in before or len(before) > 80:
        return None
    m = _ROLE_SUBJECT.match(before)
    if m is None:
        return None
    noun = m.group("np").split()[-1]
    return None if noun.casefold() in _NOT_PEOPLE else noun


@lru_cache(maxsize=1)
def _event_subjects() -> frozenset[str]:
    """The events that are no claimant as a verb's subject (assets/lexicons/sources.json "event_subjects"), bare
    and after "the"/"this"/"that", casefolded."""
    words = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["event_subjects"]["words"]
    return frozenset(w for word in words for w in (word, "the " + word, "this " + word, "that " + word))


def event_subject(np: str) -> bool:
    """Whether a verb's subject is an event, not a claimant: "Fighting claimed 40 victims", "The shelling reported
    near the bridge left 12 dead" (an event "claims" lives; a report of it is no claim of its)."""
    return np.casefold() in _event_subjects()
