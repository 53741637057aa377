"""Whether a number's sentence tells of a bombing of a populated area, or of an atrocity (extract/sides.py, rule 3:
unidentified people killed or wounded there are `civilian`).

An air strike or a bomb that is no car or truck bomb, or an attack, with a populated place ([cues] aerial,
populated) in the sentence or, failing it, the passage; not a period's total ("attacks have killed thousands since
2015") nor the war at large ("the war has killed 10,000"). An atrocity: a massacre, execution or genocide told in
the sentence or near it (extract/massacretold.py). Split from extract/sides.py.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_sentence
from extract.massacretold import atrocity_near, massacre_told, own_cause
from extract.triggers import cue_in, lexicon
from extract.wordset import fold, folded, words_of

# Words of an attack (whole words, any case): a test of the sentence's word set (extract/wordset.py).
_ATTACK_WORDS = frozenset("""bomb bombs bombing bombings blast blasts explosion explosions attack attacks suicide
    ied ieds iied iieds vbied vbieds massacre strike strikes struck hit shelled raided stormed detonated shooting
    shootings gunfire gunmen raid raids""".split())


def _attack(texts: tuple[str, ...]) -> bool:
    """Whether a word of an attack stands in one of the texts."""
    for t in texts:
        if not _ATTACK_WORDS.isdisjoint(words_of(t)):
            return True
    return False


def _none_in(keys: frozenset[str] | None, texts: tuple[str, ...]) -> bool:
    """Whether no key word of a cue is a word of any of the texts (extract/wordset.py)."""
    if keys is None:
        return False
    for t in texts:
        if not keys.isdisjoint(words_of(t)):
            return False
    return True


def _cue(name: str, texts: tuple[str, ...]) -> bool:
    """Whether a cue of [cues.NAME] stands in the texts joined by spaces (a key word in one of them)."""
    lex = lexicon()
    if _none_in(lex.keys["cue:" + name], texts):
        return False
    fast = lex.folded_re["cue:" + name]
    text = " ".join(texts)
    return (fast.search(folded(text)) if fast else lex.cues[name].search(text)) is not None


_CAR_BOMB = re.compile(r"(?:car|suicide|truck|vehicle)[\s-]+$", re.I)


def _car_bomb(before: str) -> bool:
    """`_CAR_BOMB.search(before)`, skipped when none of its words is in the folded text (fold makes every
    letter IGNORECASE takes for an ASCII one that letter, extract/wordset.py)."""
    low = fold(before)
    return ("car" in low or "suicide" in low or "truck" in low or "vehicle" in low) and (
        _CAR_BOMB.search(before) is not None)


def _aerial(texts: tuple[str, ...]) -> bool:
    """An air strike or bomb in the texts joined by spaces that is not a car or truck bomb."""
    lex = lexicon()
    if _none_in(lex.keys["cue:aerial"], texts):
        return False
    text = " ".join(texts)
    fast = lex.folded_re["cue:aerial"]
    for m in fast.finditer(folded(text)) if fast else lex.cues["aerial"].finditer(text):
        if not _car_bomb(text[max(0, m.start() - 10) : m.start()]):
            return True
    return False


_TABLE: list = [None, {}]  # the lexicon it was made for (kept alive), and cue name -> (key words, pattern, folded?)


def _cue_table() -> dict[str, tuple[frozenset[str] | None, re.Pattern[str], bool]]:
    """For each cue: its key words, the pattern to search and whether that runs on folded text."""
    lex = lexicon()
    if _TABLE[0] is not lex:
        table = {}
        for name, slow in lex.cues.items():
            fast = lex.folded_re["cue:" + name]
            table[name] = (lex.keys["cue:" + name], fast or slow, fast is not None)
        _TABLE[:] = [lex, table]
    return _TABLE[1]


def _cue_in_sentence(cue: tuple, sentence: str, words: frozenset[str]) -> bool:
    """`_cue(name, (sentence,))`, given the sentence's words and the cue's `_cue_table` entry."""
    keys, pattern, on_folded = cue
    if keys is not None and keys.isdisjoint(words):
        return False
    return pattern.search(folded(sentence) if on_folded else sentence) is not None


def _aerial_in_sentence(cue: tuple, sentence: str, words: frozenset[str]) -> tuple[bool, bool]:
    """(`_cue("aerial", (sentence,))`, `_aerial((sentence,))`): an aerial cue at all, and one that is
    no car or truck bomb; read in one pass over the cue's matches."""
    keys, pattern, on_folded = cue
    if keys is not None and keys.isdisjoint(words):
        return False, False
    found = False
    for m in pattern.finditer(folded(sentence) if on_folded else sentence):
        found = True
        if not _car_bomb(sentence[max(0, m.start() - 10) : m.start()]):
            return True, True
    return found, False


@per_sentence  # depends on the sentence only; asked for every number in it
def atrocity_told(ctx: SentenceContext) -> bool:
    """A massacre, execution or genocide in the sentence, or one of this report in the two before it, or the one
    the report or the paragraph is about (extract/massacretold.py), unless the sentence puts its toll down to the
    war at large ("The war has killed 200,000") or to its own battle or accident ("exchanged fire", "crashed")."""
    return cue_in("atrocity", ctx.sentence) or (not cue_in("general_cause", ctx.sentence) and (
        atrocity_near(ctx.neighbour(-1)) or atrocity_near(ctx.neighbour(-2))
        or massacre_told(ctx.text, ctx.start, ctx.end)) and not own_cause(ctx.sentence))


@per_sentence  # depends on the sentence only; asked for every number in it
def bombing_of_populated_area(ctx: SentenceContext) -> bool:
    """Whether the sentence (or, failing it, the passage) describes bombing a populated area."""
    sentence = ctx.sentence
    words = words_of(sentence)
    table = _cue_table()
    any_aerial, aerial = _aerial_in_sentence(table["aerial"], sentence, words)
    if not aerial and _cue_in_sentence(table["period_total"], sentence, words):
        return False  # "attacks have killed thousands since 2015": a total, not one bombing
    if any_aerial or not _ATTACK_WORDS.isdisjoint(words):
        if aerial or _cue_in_sentence(table["populated"], sentence, words):
            return True
        near = (ctx.neighbour(-1), ctx.neighbour(1))
        return _aerial(near) or _cue("populated", near)
    if _cue_in_sentence(table["general_cause"], sentence, words):
        return False  # "the war has killed 10,000": a total, not one bombing
    wide = tuple(ctx.neighbour(i) for i in (-3, -2, -1, 1))
    return _aerial(wide) or (_attack(wide) and _cue("populated", wide))
