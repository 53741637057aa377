"""Readings of a count no verb of the lexicon acts on, in the loose forms of telegrams, logs, catalogues and
bulletins (batch 23): each rule is its own module, asked here in turn so that extract/classify.py asks once.

- a participle of harm after a set-off description: "84 loyalist villagers, mostly women and children, killed;"
  (extract/setoffharm.py);
- missions flown, rounds fired or fallen and times attacked: "have flown more than 60 missions", "6 rounds fell in
  the harbour", "attacked at least 40 times" (extract/firedrounds.py);
- fighters under a name the lexicon lacks: "some 1,000 Mau Mau attacked", "some 250 jebali, guerrillas of the
  Front," (extract/attackers.py);
- the dead in the words of memory: "the memorial carries 165 names", "lost her husband and two sons"
  (extract/deadnamed.py).
"""

from __future__ import annotations

from extract.attackers import ATTACK_VERBS, named_attackers
from extract.carriedharm import CARRIED
from extract.context import SentenceContext
from extract.deadnamed import GATE as _DEAD_GATE, dead_named
from extract.firedrounds import fired_rounds, flown_missions, times_attacked
from extract.partof import Kind
from extract.phrase import Phrase
from extract.records import Quantity
from extract.setoffharm import SET_OFF_WORDS, set_off_harm
from extract.sides import resolve_side


def loose_kind(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> Kind | None:
    """The kind of a count with no verb (`ph.verb` None) in one of the module's forms, else None; `words`: the
    sentence's words (extract/wordset.py), the gates."""
    text, end = ctx.text, q.char_end
    if not SET_OFF_WORDS.isdisjoint(words) and "," in text[end : ph.np_end + 30]:
        harm = set_off_harm(text, end, ctx.end)
        if harm is not None:
            subject = ph.subject if ph.cls in CARRIED else "people"
            assert subject is not None  # (a phrase's class and subject are set together)
            return Kind(harm, subject, resolve_side(ctx, q, harm, ph.cls if ph.cls in CARRIED else None, subject, "",
                                                    np_end=ph.np_end))
    if ph.cls == "out":
        if ph.subject == "rounds" and fired_rounds(ctx, q, ph.np_end):
            return Kind("attacks", "round", resolve_side(ctx, q, "attacks", "munition", "round", "", np_end=ph.np_end))
        if ph.subject == "times" and times_attacked(ctx, q):  # "have been attacked at least 40 times"
            return Kind("attacks", "attack", resolve_side(ctx, q, "attacks", None, "attack", "", np_end=ph.np_end))
        return None
    if (ph.cls is None or ph.cls == "people") and not _DEAD_GATE.isdisjoint(words) and (
            dead := dead_named(ctx, q, words)) is not None:
        return Kind("killed", dead, resolve_side(ctx, q, "killed", "toll", dead, "", np_end=ph.np_end))  # "carries 165
        # names", "lost her husband and two sons" (extract/deadnamed.py)
    if ph.cls is not None:
        return None
    if "missions" in words and (flown := flown_missions(ctx, q)) is not None:
        return Kind("attacks", "mission", resolve_side(ctx, q, "attacks", "munition", "mission", "", np_end=flown))
    if (not ATTACK_VERBS.isdisjoint(words) or "," in text[end : end + 40]) and named_attackers(ctx, q):
        return Kind("forces", "fighters", resolve_side(ctx, q, "forces", "fighter", "fighters", "", np_end=end))
    return None
