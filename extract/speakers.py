"""Speaker labels: whose turn a sentence stands in, in a transcript or a parliamentary record.

A TV or radio transcript ("ANCHOR: …", "SAMAE: …", "Q: … A: …", each label opening its line) and a parliamentary answer
("Mr. Peter Rowlands (Minister of State for the Armed Forces): In all, …", later "Mr. Rowlands: …",
or "The Minister of State for Defence (Mr. Peter Rowlands): …", or a Hansard's "Senator GARETH EVANS—…" with its
dash, extract/hansard.py) give every line after a label, up to the
next label, to that speaker. A claim there with nobody named in its sentence is the speaker's, not the
outlet's (extract/attribution.py asks `turn_at`). The speaker is the person, named as the gold writes
names (without title or honorific, "Samae" widened to the "Nuraini Samae" the text introduces), and typed
by what the label ("(Minister of State …)") or the text ("Nuraini Samae, who heads the Southern Border
Monitor") says they are. A host's, anchor's or interviewer's turn, and a question, stay the outlet's.

A person's account quoted at length after "This is her account" is that person's turn too (extract/accounts.py), and
so is each answer of an interview printed as question paragraphs without labels (extract/qaturns.py).

Labels are read line by line, once per document. A titled speaker's turn runs over the paragraphs after
it; a bare label's only where most paragraphs open with a label (a live blog's "Zelensky: …" line is one
paragraph). A titled label ("Mr. X:", "Dr X (role):") stands on its
own; a bare one ("SAMAE:", "Samae:") only in a document with at least two label lines one of which
repeats, is a host's, or is titled, so a lone "Note:" or a dateline "KYIV: …" is no transcript. Words of
layout ("Update:", "Source:", "Photo:"), months and days, places, and sources the lexicon knows or types
("UN: …", "Activists: …", read by extract/cues.py as a cue of their own line) are no speakers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from extract.context import SentenceContext
from extract.fullname import words_before
from extract.accounts import quoted_accounts
from extract.bracketturns import bracket_labels
from extract.callertags import caller_turns
from extract.hansard import HANSARD_DASH, dash_labels
from extract.qaturns import qa_turns
from extract.lexicon import LEXICON_PATH, clean_name, lexicon, lookup, type_of
from extract.personnames import LABEL_NAME, LABEL_TITLE
from extract.scriptlabels import heard_in, is_script_label
from extract.witnessname import role_person

__all__ = ["Turn", "turn_at", "turns"]


@dataclass(frozen=True, slots=True)
class Turn:
    """A stretch of text one speaker says: [start, end) in the document."""

    start: int
    end: int
    speaker: str | None  # None: the outlet's own people (host, anchor, interviewer, a question)
    source_type: str  # the speaker's type ("" for the outlet's own)


_TITLE, _NAME = LABEL_TITLE, LABEL_NAME  # (extract/personnames.py)
# "NAME (role):", "Title NAME:", or "Office (Title NAME):" opening a line, with the turn's first words after it.
_LABEL_LINE = re.compile(
    rf"(?:(?P<title>{_TITLE})[ \t]+)?(?P<name>{_NAME})(?:[ \t]*\((?P<role>[^()\n]{{2,90}})\))?"
    r"(?:[ \t]*\(\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?)?\))?"  # a record's time stamp: "(2.31 p.m.)"
    rf"|(?P<office>(?:The[ \t]+)?[A-Z][^()\n:]{{2,90}}?)[ \t]*\((?P<title2>{_TITLE})[ \t]+(?P<name2>{_NAME})\)"
    # "The Secretary of State for the Home Department:", "The Minister of State, Foreign Office:": a minister's seat
    r"|The[ \t]+(?P<seat>[A-Z][\w'’-]*(?:,?[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){0,9})")
_LABEL_REACH = 140  # how far into its line a label's colon may stand
# Who a label may not name, from assets/lexicons/sources.json "speaker_labels" (see `_vocabulary`).
_HOST_ROLE = re.compile(r"\b(?:host|anchor|presenter|interviewer|moderator|reporter|correspondent|newsreader)\b", re.I)
# A question asked in reported speech opens the next paragraph: "Mr. Alan Forbes asked the Secretary of State …".
_ASKED = re.compile(rf"[ \t]*(?:{_TITLE}[ \t]+)?{_NAME}[ \t]+(?:further[ \t]+|also[ \t]+)?asked\b")
# Where an interview names its guest, for the "A:" of a "Q: … A: …" interview.
_GUEST = re.compile(rf"\b(?:interview(?:ed)?|spoke|speaks|talked|talks|conversation|sat\s+down)\s+(?:with|to)\s+"
                    rf"(?:{_TITLE}\s+)?(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}})")
# How a text describes a person it introduces: "Jane Roe, who heads the Delta Monitor", "Jane Roe, a spokesman for …".
_INTRO = re.compile(r"(?:\s*,\s*|\s+(?=(?:of|from|at)\s))(?:who\s+(?:heads|leads|runs|directs|chairs|founded|co-founded|"
                    r"represents|speaks\s+for|works\s+(?:for|at|with)|is|was)\s+)?(?P<role>[^,.;:\n()]{2,80})")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(hosts, answers, not speakers), casefolded, from sources.json "speaker_labels": the outlet's own people
    (their turns are its voice), the labels of an interview's answers ("A:"), and line openers that are layout
    ("Update:", "Photo:", "URGENT:"), months and days rather than speakers."""
    data = _speaker_labels()
    hosts, answers, not_speakers = (frozenset(w.casefold() for w in data[key])
                                    for key in ("hosts", "answers", "not_speakers"))
    return hosts, answers, not_speakers


@lru_cache(maxsize=1)
def _speaker_labels() -> dict:
    """sources.json "speaker_labels", read once."""
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["speaker_labels"]


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Labels naming a role in a record ("WITNESS:", "DEFENDANT:"), whose person the record names once
    (sources.json "speaker_labels" "roles", extract/witnessname.py), casefolded."""
    return frozenset(w.casefold() for w in _speaker_labels()["roles"])


@lru_cache(maxsize=256)  # pure on the document; asked once per sentence of it through turn_at
def turns(text: str) -> tuple[Turn, ...]:
    """The speaker turns of a document, in order (empty when it has no speaker labels)."""
    told = tuple(Turn(a, b, name, _teller_type(name)) for a, b, name in quoted_accounts(text))  # (extract/accounts.py)
    told += tuple(Turn(*answer) for answer in qa_turns(text))  # an unlabelled interview's answers (extract/qaturns.py)
    told += tuple(Turn(*call) for call in caller_turns(text))  # a phone-in's "Aisha, Manningham: said" (callertags.py)
    if ("\n[" in text or text[:1] == "[") and (tags := bracket_labels(text, _vocabulary()[0])):  # "[JANE ROE, surgeon] …" cues (extract/bracketturns.py)
        labels = [_Label(start, name, role, True) for start, name, role in tags]
        ends = [lab.start for lab in labels[1:]] + [len(text)]
        out = [Turn(lab.start, end, *_who(text, lab, [])) for lab, end in zip(labels, ends)]
        return _merged(out, told)
    if ":" not in text and HANSARD_DASH not in text:
        return told
    labels = _labels(text)
    if not labels or not _is_transcript(labels):
        return told
    titled_names = [lab.name for lab in labels if lab.titled]
    dense = _label_dense(text, labels)
    out = []
    people: dict[str, str | None] = {}  # a role label's person, once per role
    for i, lab in enumerate(labels):
        end = labels[i + 1].start if i + 1 < len(labels) else len(text)
        if not lab.titled and not dense:
            para = text.find("\n\n", lab.start, end)  # "Zelensky: …" lines in a live blog: a paragraph each
            end = para if para >= 0 else end
        asked = _reported_question(text, lab.start, end)
        speaker, stype = _who(text, lab, titled_names)
        if speaker and (key := lab.name.casefold()) in _roles():  # "WITNESS: Jane Roe, 41." (extract/witnessname.py)
            if key not in people:
                people[key] = role_person(text, key, text.find(":", lab.start) + 1)
            speaker = people[key] or speaker
        out.append(Turn(lab.start, asked if asked is not None else end, speaker, stype))
    return _merged(out, told) if told else tuple(out)


def _merged(labelled: list[Turn], told: tuple[Turn, ...]) -> tuple[Turn, ...]:
    """Labelled turns with the accounts and unlabelled answers that overlap none of them, in order: a line's own
    label says who speaks there ("ANCHOR: Good evening." is no guest's answer for sitting after a question)."""
    kept = [t for t in told if not any(t.start < lab.end and lab.start < t.end for lab in labelled)]
    return tuple(sorted(labelled + kept, key=lambda t: t.start))


def _teller_type(name: str) -> str:
    """The type of a person whose account is quoted at length: as the lexicon lists the name, else a witness."""
    hit = lookup(name)
    return hit[1] if hit else "activists"


def turn_at(ctx: SentenceContext, doc_turns: tuple[Turn, ...] | None = None) -> Turn | None:
    """The speaker turn the sentence stands in, if it stands in one in the body or an update (`doc_turns`:
    turns(ctx.text), when the caller has it)."""
    if ctx.section.kind not in ("body", "update"):
        return None
    for turn in turns(ctx.text) if doc_turns is None else doc_turns:
        if ctx.section.start <= turn.start <= ctx.start < turn.end:  # (a label in a headline line starts no turn)
            return turn
    return None


@dataclass(frozen=True, slots=True)
class _Label:
    start: int  # where its line starts
    name: str  # as written, without title ("Peter Rowlands", "SAMAE")
    role: str  # "(Minister of State …)" or the office before "(Mr. X)"; "" without one
    titled: bool


def _labels(text: str) -> list[_Label]:
    """Every line of `text` that opens with a speaker label (see the module's docstring for what is none)."""
    hosts, answers, not_speakers = _vocabulary()
    out = []
    for start, colon in _label_colons(text) + dash_labels(text):
        line = text[start:colon]
        m = _LABEL_LINE.fullmatch(line, 0, len(line.rstrip()))
        if not m:
            continue
        if m.group("seat"):
            if not _is_seat(m.group("seat")):
                continue  # "The Army:", "The Reason:": no minister's seat
            out.append(_Label(start, m.group("seat"), "", True))
            continue
        name = m.group("name") or m.group("name2")
        titled = bool(m.group("title") or m.group("title2"))
        role = (m.group("role") or m.group("office") or "").strip()
        caps_title = _CAPS_TITLE.match(name) if name.isupper() else None
        if caps_title:  # "DR. AMINA YUSUF:"
            name, titled = name[caps_title.end():], True
        if text[colon] == HANSARD_DASH and not (titled or name.split()[-1].isupper()):
            continue  # "Senator EVANS—", "The PRESIDENT—": a record's label; not a dateline's "Kyiv—"
        if not titled and is_script_label(name):  # "SOT (resident, subtitled):" (extract/scriptlabels.py)
            name, role, titled = heard_in(role), "", True
            if not name:
                continue
        if role and not titled and not _is_place(name):
            titled = True  # "LEILA HADDAD (UNHCR spokeswoman):": a label that says who speaks
        if not titled:
            key = name.casefold()
            if key in not_speakers or key.split()[0] in not_speakers or text[colon + 1:colon + 12].lstrip()[:1].isdigit():
                continue
            if key not in hosts and key not in answers and key not in _roles():  # (a role: "WITNESS:", "JUDGE:")
                if not _named_elsewhere(text, name, start):
                    continue  # "URGENT: …": a speaker is a person the text names besides in the label
                if _is_place(name):
                    continue  # "KYIV: …", "Aleppo: …": a dateline or a place's line
                if _is_source(name):
                    continue  # "UN: …", "Activists: …": a source's line, read in its sentence
        out.append(_Label(start, name, role, titled))
    return out


def _is_seat(seat: str) -> bool:
    """Whether a label "The …" names a minister's seat: its capitalised words before the first "of"/"for"/comma end
    in an office word (sources.json "speaker_labels" "seats": "Secretary", "Under-Secretary", "Minister", …)."""
    head = re.split(r",|\s(?:of|for|the|and)\s", seat, maxsplit=1)[0].split()
    return bool(head) and head[-1].casefold() in _seats()


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    """The office words of a minister's seat labelling a turn of a parliamentary record, casefolded."""
    return frozenset(w.casefold() for w in _speaker_labels()["seats"])


_CAPS_TITLE = re.compile(rf"(?:{_TITLE})\s+(?=\S)", re.I)


@lru_cache(maxsize=1024)  # pure on the name; a few label names recur across documents
def _is_place(name: str) -> bool:
    """Whether the gazetteer knows the name as a place ("KYIV", "Aleppo")."""
    from extract.gazetteer import gazetteer, key_of  # (loaded only for a document with labels)

    return key_of(name) in gazetteer().places


@lru_cache(maxsize=1024)  # pure on the name; a few label names recur across documents
def _is_source(name: str) -> bool:
    """Whether the lexicon lists or types a name (then "NAME: …" is a source's line, not a speaker's turn)."""
    return bool(lookup(name)) or any(p.search(name) for p, _ in lexicon().rules)


def _named_elsewhere(text: str, name: str, label_at: int) -> bool:
    """Whether the text names the label's person ("SAMAE" as "Samae", in "Nuraini Samae") outside the label."""
    written = name.title() if name.isupper() else name
    at = text.find(written)
    while at >= 0:
        if at != label_at:
            return True
        at = text.find(written, at + 1)
    return False


def _label_colons(text: str) -> list[tuple[int, int]]:
    """(line start, colon) of each line whose first colon stands within _LABEL_REACH characters of a capital
    opening the line, with text after it on the line: where a label may be. Found from the colons (few) rather
    than from every line."""
    out = []
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        if (colon - start <= _LABEL_REACH and text[start:start + 1].isupper() and text[colon + 1:colon + 2] in (" ", "\t")
                and text[colon + 1:colon + 40].strip() and ":" not in text[start:colon]):
            out.append((start, colon))
        nl = text.find("\n", colon)
        if nl < 0:
            break
        colon = text.find(":", nl)  # (one label a line: its first colon)
    return out


def _is_transcript(labels: list[_Label]) -> bool:
    """Whether the labels make a transcript or record: one titled label, or two labels of which one
    repeats or is a host's."""
    if any(lab.titled for lab in labels):
        return True
    if len(labels) < 2:
        return False
    keys = [lab.name.casefold() for lab in labels]
    return len(set(keys)) < len(keys) or any(k in _vocabulary()[0] for k in keys)


def _label_dense(text: str, labels: list[_Label]) -> bool:
    """Whether most paragraphs from the first label on open with a label, as in a transcript: then a turn
    runs over the unlabelled paragraphs after it too; elsewhere ("Zelensky: …" items of a live blog) a bare
    label's turn is its own paragraph."""
    paragraphs = sum(1 for p in text[labels[0].start:].split("\n\n") if p.strip())
    return 2 * len(labels) > paragraphs


def _reported_question(text: str, start: int, end: int) -> int | None:
    """Where a paragraph opening with a reported question ("Mr. X asked …") ends the turn, if one does."""
    at = text.find("\n\n", start, end)
    while at >= 0:
        para = at + 2
        while para < end and text[para] in "\n \t":
            para += 1
        if _ASKED.match(text, para, end):
            return para
        at = text.find("\n\n", para, end)
    return None


def _who(text: str, lab: _Label, titled_names: list[str]) -> tuple[str | None, str]:
    """(speaker, type) of a label: None for the outlet's own people; the person's full name otherwise."""
    key = lab.name.casefold()
    hosts, answers, _ = _vocabulary()
    if key in hosts or (lab.role and _HOST_ROLE.search(lab.role)):
        return None, ""
    if not lab.name[:1].isupper():
        return lab.name, _type_of_speaker(text, lab.name, lab.role)  # "resident" heard on a script's SOT
    if key in answers:
        guest = _GUEST.search(text)
        if not guest:
            return None, ""
        name = guest.group("n")
    else:
        name = _full_name(text, lab.name, titled_names)
    if _own_reporter(text, name):
        return None, ""  # "Our correspondent Pieter Venter is at the mine": a broadcaster's reporter speaks for it
    return name, _type_of_speaker(text, name, lab.role)


# The outlet's own reporter introduced by name: "Our correspondent Pieter Venter", "our chief reporter Jane Roe",
# "Jane Roe, our correspondent": the possessive "our" makes the person the outlet's own.
_OUR_ROLE = r"[Oo]ur\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:correspondent|reporter|editor|presenter|journalist)s?"
_OWN_BEFORE = re.compile(_OUR_ROLE + r",?\s+\Z")
_OWN_AFTER = re.compile(r",\s+" + _OUR_ROLE + r"\b")


def _own_reporter(text: str, name: str) -> bool:
    """Whether the text introduces `name` (at its first mention) as the outlet's own reporter (see _OUR_ROLE)."""
    at = text.find(name)
    if at < 0 or "ur " not in text:
        return False
    return bool(_OWN_BEFORE.search(text, max(0, at - 50), at) or _OWN_AFTER.match(text, at + len(name)))


def _full_name(text: str, written: str, titled_names: list[str]) -> str:
    """The fullest name the document gives the label's person: "Rowlands" -> "Peter Rowlands" (from an
    earlier label), "SAMAE" -> "Nuraini Samae" (from the text); the label in title case otherwise."""
    name = written.title() if written.isupper() else written
    last = name.split()[-1]
    for full in titled_names:
        if full != name and full.split()[-1].casefold() == last.casefold() and len(full) > len(name):
            return full
    if len(name.split()) == 1:
        m = words_before(text, last)  # \b((?:[A-Z][\w'’-]+\s+){1,2})<last>\b, with no pattern compiled per name
        if m and not _TITLE_ONLY.fullmatch(text[m[0]:m[1]].strip()):
            start = m[0]
            if _ROLE_OF_BEFORE.search(text, max(0, start - 4), start):  # "Agent in Charge Ruth Calloway": "Charge"
                start = text.index(" ", start, m[1]) + 1 if " " in text[start:m[1]].strip() else start  # ends a role
            return clean_name(text[start:m[2]])
    return name


_ROLE_OF_BEFORE = re.compile(r"\s(?:in|of|for)\s$")  # a role phrase's joint right before the words found
_TITLE_ONLY = re.compile(rf"(?:{_TITLE}|The|With|And|But|As|At|In|On)(?:\s+(?:{_TITLE}|The))*")


def _type_of_speaker(text: str, name: str, role: str) -> str:
    """The speaker's type: from the label's role, else from how the text introduces the person, else the
    lexicon's guess for the name."""
    hit = lookup(name)
    if hit:
        return hit[1]
    if role and _typed(role):
        return type_of(role)
    at = text.find(name)
    if at >= 0:
        m = _INTRO.match(text, at + len(name))
        if m and _typed(m.group("role")):
            return type_of(m.group("role"))
    return type_of(name)


def _typed(role: str) -> bool:
    """Whether the lexicon lists or types a role ("Minister of State for …", "the Southern Border Monitor")."""
    clean = clean_name(role)
    return bool(lookup(clean)) or any(p.search(clean) for p, _ in lexicon().rules)
