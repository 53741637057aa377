"""Verbs and nouns that reach a number over words the phrase reader (extract/phrase.py) stops at.

extract/classify.py asks `reach_over` once the phrase is read, for a number the reader found no verb for:
- a possessive between the verb and the number: "soldiers burned the village's 40 houses", "shelled the town's
  two clinics" (the verb before "the village's" acts on the count after it);
- the passive verb after a participle phrase on the noun: "Two ambulances sent from the town were set on fire";
- people who died "with" the dead: "She died on Friday with two patients";
- people counted "as" a kind: "of whom it identifies 1,020 as civilians";
- people named as victims of a harm: "documented 5,794 victims of killings", "120 victims of abductions";
- a vague count "in the hundreds" after the thing counted: "puts the rockets fired in the hundreds" (as "by the
  hundreds" is read by extract/phrase.py);
- the number of a noun put at a figure: "put the number of rebels still in the field at about 3,000";
- an item of a list after a label whose verb says what befell the items: "Weapons seized: 11 rifles".
And `hospital_not_held` for people "taken to" a named hospital: wounded, not captured ("23 people had been taken
to the Mater Hospital"; the lexicon's "taken to hospital" needs the bare word).
Every rule starts with a test of a few characters next to the number.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.labelrows import row_label
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.tailwords import verb_ending
from extract.triggers import HUMAN, lexicon, measure_for, norm

# Verb groups that never reach a count from afar: sparing, and freeing (extract/freedcaptives.py weighs a release only
# where the verb stands beside the count: "after the prisoners were freed" says nothing of "500 people returned").
_NOT_REACHED = ("spare", "free")

_POSSESSIVE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+\Z|\b(?:its|their|his|her)\s+\Z",
                         re.IGNORECASE)
_VICTIMS_OF = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+)?", re.IGNORECASE)
_VICTIM_GROUPS = frozenset({"kill", "wound", "capture", "displace"})
_PUT = re.compile(r"\b(?:put|puts|putting|estimates?|estimated|estimating|places?|placed|placing)\s+(?:the|their|its)\b",
                  re.IGNORECASE)  # a verb putting a count at a figure, and the noun after it
_IN_THE = re.compile(r"\bin\s+the\s*\Z", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+([\w-]+(?:\s+[\w-]+)?)((?:\s+[\w'’-]+){0,5}?)\s+(?:at|to|as)\s+"
                        r"(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)
# a participle and its phrase after the counted noun, then the auxiliaries of a passive verb
_RELATIVE = re.compile(r"\s+[a-z]+(?:ed|en|nt|wn|ld|ght)\s+(?:from|to|in|at|by|for|into|near|on|along|across|outside|"
                       r"inside)\s+(?:[\w'’-]+\s+){0,5}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                       r"(?:(?:all|later|also|then|reportedly)\s+)?")
_DIED_WITH = re.compile(r"\b(?:died|perished|(?:was|were)\s+(?:killed|shot\s+dead|murdered))\b[^,;.:]{0,30}?\s"
                        r"(?:along\s+|together\s+)?with\s+(?:" + qualifier_pattern() + r"\s+)?\Z",
                        re.IGNORECASE)
_TAKEN_TO = re.compile(r"(?:taken|rushed|brought|carried|ferried|evacuated)\s+to\s+(?:the\s+|a\s+|an\s+)?"
                       r"(?:[A-Z][\w'’.-]*\s+){0,4}(?:[Hh]ospitals?|[Cc]linics?|[Ii]nfirmary|[Mm]edical\s+[Cc]ent(?:re|er)s?)\b")


def reach_over(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Set the phrase's verb (or its noun) when a rule of the module's docstring finds it; else leave it."""
    text, k = ctx.text, q.char_start
    if ph.verb is not None:  # a participle right after the noun ("two ambulances sent from ..."): the main verb?
        if ph.verb_side == "right" and ph.verb_start - ph.np_end <= 1:
            _main_verb(ctx, ph, ph.np_end)
        return
    if ph.cls is not None and text.startswith(" ", ph.np_end) and _main_verb(ctx, ph, ph.np_end):
        return
    if ph.cls in HUMAN and text.find(" with ", max(ctx.start, k - 20), k) >= 0 and _died_with(ctx, q, ph):
        return
    if ph.cls is not None and (text[k - 3 : k] in ("'s ", "’s ") or text[k - 4 : k] in ("its ", "eir ", "his ", "her ")):
        _possessed(ctx, q, ph)
    elif ph.subject == "people" and text.startswith(" of ", ph.np_end) and "victim" in text[q.char_end : ph.np_end]:
        _victims_of(ctx, ph)
    elif ph.cls is None and text.startswith(" as ", q.char_end):
        _counted_as(ctx, q, ph)
    elif ph.cls is None and q.qualifier == "vague" and text[k - 4 : k].lower() == "the ":
        _in_the(ctx, q, ph)
    elif ph.cls is None and text.find(" at ", max(ctx.start, k - 30), k) >= 0:
        _number_of(ctx, q, ph)
    if ph.verb is None and ph.cls is not None and text.find(":", ctx.start, k) >= 0:
        _label_verb(ctx, q, ph)


_LIST_STOPS = ".;()\"“”"  # what ends a list of items after a label's colon


def _label_verb(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """An item of a list after a label whose verb says what befell the items: "Weapons seized: 11 rifles, 2
    grenade launchers", "Houses burned: 40 in Ward 3" (a label of a few words on its own line)."""
    text, k = ctx.text, q.char_start
    a = text.rfind("\n", 0, k) + 1
    colon = text.find(":", a, k)
    if colon < 0 or k - colon > 120 or any(c in text[colon:k] for c in _LIST_STOPS):
        return
    tail = text[colon + 1 : k].split()
    if tail and not (tail[-1].endswith(",") or tail[-1].lower() in ("and", "or", "&")):
        return  # the number opens the list or follows an item: not "40 homes in two villages"
    lex = lexicon()
    if lex.verb_re.search(text, colon, k):
        return  # the items have a verb of their own
    read = row_label(text, a, colon)  # the label as a row's label is read (extract/labelrows.py)
    group, at = (read[1][2], read[1][4]) if read else (None, -1)
    if group is not None and group not in _NOT_REACHED and measure_for(group, ph.cls) is not None:
        ph.verb, ph.verb_side, ph.verb_start = group, "right", at


def _main_verb(ctx: SentenceContext, ph: Phrase, pos: int) -> bool:
    """The passive verb after a participle phrase on the counted noun acts on it: "Two ambulances sent from the
    town were set on fire" (destroyed, not sent), "three soldiers posted at the gate were killed"."""
    m = _RELATIVE.match(ctx.text, pos, ctx.end)
    if m is None:
        return False
    lex = lexicon()
    v = lex.verb_re.match(ctx.text, m.end(), ctx.end)
    if v is None:
        return False
    group = lex.verb_group[norm(v.group(0))]
    if group is None or group in _NOT_REACHED or measure_for(group, ph.cls) is None:
        return False
    ph.verb, ph.verb_side, ph.verb_start = group, "right", v.start()
    return True


def _died_with(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """People who died "with" the dead died too: "She died on Friday with two patients she would not leave", "the
    commander was killed along with three bodyguards"."""
    m = _DIED_WITH.search(ctx.text, max(ctx.start, q.char_start - 60), q.char_start)
    if m is None or ph.cls in ("toll", "injury"):
        return False
    ph.verb, ph.verb_side, ph.verb_start = "kill", "left", m.start()
    return True


def _possessed(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """The verb before a possessive acts on the count after it: "burned the village's 40 houses"."""
    text, k = ctx.text, q.char_start
    m = _POSSESSIVE.search(text, max(ctx.start, k - 50), k)
    if m is None:
        return
    left = verb_ending(lexicon().verb_group, text, max(ctx.start, m.start() - 80), m.start())
    if left is not None and measure_for(left[0], ph.cls) is not None:
        ph.verb, ph.verb_side, ph.verb_start = left[0], "left", left[1]


def _victims_of(ctx: SentenceContext, ph: Phrase) -> None:
    """Victims "of killings" were killed; of abductions captured: the harm named after "of"."""
    lex = lexicon()
    of = _VICTIMS_OF.match(ctx.text, ph.np_end, ctx.end)
    m = lex.verb_re.match(ctx.text, of.end(), ctx.end) if of else None
    group = lex.verb_group[norm(m.group(0))] if m else None
    if m is not None and group in _VICTIM_GROUPS:
        ph.verb, ph.verb_side, ph.verb_start = group, "right", m.start()


def _counted_as(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """People counted "as" a kind are of that kind: "of whom it identifies 1,020 as civilians"."""
    lex = lexicon()
    m = lex.noun_re.match(ctx.text, q.char_end + 4, ctx.end)
    got = lex.noun_class.get(norm(m.group(0))) if m else None
    if got is not None and got[0] in HUMAN and got[0] not in ("toll", "injury") and m is not None:
        (ph.cls, ph.subject), ph.np_end = got, m.end()


def _in_the(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """A vague count "in the hundreds" counts the last noun before it (or the first after a verb putting a count at
    it: "puts the rockets fired from helicopters in the hundreds"), which the verb before that noun acts on."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 80)
    if not _IN_THE.search(text, lo, k):
        return
    lex = lexicon()
    nouns = [m for m in lex.noun_re.finditer(text, lo, k) if norm(m.group(0)) in lex.noun_class]
    if not nouns:
        return
    put = _PUT.search(text, lo, nouns[-1].start())
    noun = next((m for m in nouns if m.start() > put.end()), nouns[-1]) if put else nouns[-1]  # what is put at it
    ph.cls, ph.subject = lex.noun_class[norm(noun.group(0))]
    left = verb_ending(lex.verb_group, text, lo, noun.start())
    if left is not None and measure_for(left[0], ph.cls) is not None:
        ph.verb, ph.verb_side, ph.verb_start = left[0], "left", left[1]


def _number_of(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """"the number of rebels (still in the field) at about 3,000": the noun after "number of" is counted (a force,
    by its class), or what a verb between says befell it ("the number of militants killed at 2,000")."""
    text, k = ctx.text, q.char_start
    m = _NUMBER_OF.search(text, max(ctx.start, k - 90), k)
    if m is None:
        return
    lex = lexicon()
    words = m.group(1).split()
    key = norm(m.group(1)) if norm(m.group(1)) in lex.noun_class else norm(words[0])
    if key not in lex.noun_class:
        return
    cls, subject = lex.noun_class[key]
    verb = lex.verb_re.search(text, m.start(1), k)
    group = lex.verb_group[norm(verb.group(0))] if verb else None
    if verb is not None and (group in _NOT_REACHED or measure_for(group, cls) is None):
        return  # a verb that says nothing of the noun
    ph.cls, ph.subject = cls, subject
    if verb is not None:  # "the number of militants killed at 2,000"
        ph.verb, ph.verb_side, ph.verb_start = group, "right", verb.start()


def hospital_not_held(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether the capture verb the phrase found is people "taken to" a hospital or clinic: then they are wounded."""
    return ph.verb == "capture" and _TAKEN_TO.match(ctx.text, ph.verb_start, ctx.end) is not None
