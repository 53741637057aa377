"""How a claimant's name is shown: a body kept with the place that says which one it is, an agency by its name.

- "the government at Stormont", "Army headquarters at Lisburn", "the government in Bishkek": an institution
  named by its seat is written with it (the place tells which government; GUIDELINES.md: the source "as named").
  Only an institution noun before "at"/"in" and a capitalised place after it: "activists in Homs" stays cut to
  its people (extract/names.py), and so does "the army in the north".
- "International Commission on Missing Persons": a body named for what it deals with keeps its "on …".
- "the MENA news agency" -> "MENA" (`agency_name`): a name followed by the kind of outlet it is is that name;
  typed first as the outlet the whole phrase says it is, then shown by its name.
- "COPREFA's own daily bulletins" -> "COPREFA" (`documents_owner`): a body's documents speak for it, and are typed
  as it ("COPREFA" is the army's press office, not an outlet); so does "an army statement read on state television".
"""

from __future__ import annotations

import re

from extract.bodywords import body_words
from extract.dateexpr import _MONTH_WORDS, _WD
from extract.lexicon import lookup
from extract.writtenrecords import ACCOUNT_NOUNS, written_account

# An institution named by its seat: "government at Stormont", "Army headquarters at Lisburn".
_SEAT_WORDS = ("government", "headquarters", "command", "embassy", "consulate", "representation", "administration",
               "parliament", "authorities", "garrison", "presidency")
_PLACED_BODY = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _SEAT_WORDS)  # "Government" or "government"
    + r")\s+(?:at|in)\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?")
_SEATS = tuple(w[1:] for w in _SEAT_WORDS)  # the cheap test: a seat word, whatever the case of its first letter
# "the MENA news agency", "the Anadolu news agency": a name, then the kind of outlet it is.
_AGENCY_TAIL = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})\s+(?:news\s+agency|"
                          r"press\s+agency|wire\s+service)")  # (in lower case: "Syrian Arab News Agency" is a name)
# "COPREFA's own daily bulletins": a body's documents speak for the body.
# ("the Bahraini Government's written evidence", "the General Staff's figures published in 1994": its own too)
_OWNED_DOCUMENTS = re.compile(r"(?P<owner>\S.*?)['’]s\s+(?:own\s+)?(?:(?:daily|weekly|monthly|official|latest|"
                              r"regular|final|first|press|written|oral|published|revised)\s+){0,2}(?:bulletins?|"
                              r"communiqu[eé]s?|statements?|briefings?|releases?|reports?|evidence|submissions?|surveys?|"
                              r"figures|statistics|data|" + "|".join(ACCOUNT_NOUNS) + r")"  # (a log, diary or despatch:
                              r"(?:\s+(?:published|released|issued|given|submitted)\b.*)?")  # extract/writtenrecords.py)


# A body named for what it deals with: "International Commission on Missing Persons", "Committee on Human Rights".
_BODY_ON = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Commission|Committee|Council|Conference|Panel|"
                      r"Cent(?:re|er)|Institute|Bureau|Office|Task\s+Force|Working\s+Group)\s+on\s+(?:the\s+)?"
                      rf"(?!(?:{_WD}|{_MONTH_WORDS})\b)"  # ("the army on Monday": a time, no subject)
                      r"[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}(?=\s*$|\s*[,;(]|\s+[a-z])")


def body_on(np: str) -> str | None:
    """The whole name of a body named for its subject ("International Commission on Missing Persons", whose "on"
    is no cut before a time or place as in "the army on Monday"), else None."""
    if " on " not in np:
        return None
    m = _BODY_ON.match(np.strip())
    return m.group(0) if m else None


def placed_body(np: str) -> str | None:
    """The whole phrase when `np` is an institution named by its seat ("the government at Stormont"), else None."""
    if " at " not in np and " in " not in np or not any(s in np for s in _SEATS):
        return None
    m = _PLACED_BODY.fullmatch(np.strip(" .,;:"))
    return m.group(0) if m else None


def agency_name(source: str) -> str:
    """"MENA news agency" -> "MENA" (the name an outlet is shown by; typed before, as the outlet it says it is)."""
    if "agency" in source or "wire service" in source:
        m = _AGENCY_TAIL.fullmatch(source)
        if m and "'" not in m.group("name") and "’" not in m.group("name"):
            return m.group("name")
    return source


# "Medecins Sans Frontieres doctor", "ICRC official": one of a listed body's people speaks for the body.
_STAFF_OF = re.compile(r"(?P<org>[A-Z]\S*(?:\s+\S+){0,6}?)\s+(?:doctors?|nurses?|surgeons?|officials?|workers?|staff|"
                       r"officers?|researchers?|representatives?|delegates?)")  # (not "M23 spokesman": shown as written)


# What a written or sent document is called (extract/docheads.py finds headings by them too).
DOCUMENT_NOUNS = ("statement", "report", "broadcast", "speech", "letter", "telegram", "cable", "signal", "message",
                  "minute", "memorandum", "despatch", "dispatch", "summary", "communique", "communiqué")
# "Intel summary from X Corps G-2", "Signal from TF 7": a document labelled with its sender speaks for the sender.
_DOCUMENT_FROM = re.compile(r"(?:[\w-]+\s+){0,2}?(?i:" + "|".join(DOCUMENT_NOUNS) + r")\s+(?:from|by)\s+(?:the\s+)?"
                            r"(?P<owner>[A-Z0-9].*)")


# "Army statement read on state television", "police communique issued overnight": a body's statement, named by
# the body before the noun, speaks for the body.
_ISSUED_DOCUMENT = re.compile(r"(?P<owner>[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)\s+(?:statement|communiqu[eé]|bulletin|"
                              r"press\s+release|charge\s+sheet)(?:\s+(?:read|issued|released|published|broadcast|carried|posted|sent)"
                              r"\b.*)?", re.I)


def _qualified_body(owner: str) -> bool:
    """Whether a lower-case owner names a body by a word before its body word ("state government", "provincial
    council"), not a bare "the ministry" (which gives no name)."""
    words = owner.split()
    return len(words) > 1 and words[0].casefold() not in ("the", "a", "an", "its", "their") and (
        words[-1].capitalize() in body_words())


def documents_owner(source: str) -> str:
    """"COPREFA's own daily bulletins" -> "COPREFA": a body's documents speak for the body (and are typed as it);
    "Medecins Sans Frontieres doctor" -> the listed body whose staff he is; "Intel summary from X Corps" -> X Corps."""
    if " from " in source or " by " in source:
        m = _DOCUMENT_FROM.fullmatch(source)
        if m:
            source = m.group("owner")
    if "'s " in source or "’s " in source:
        m = _OWNED_DOCUMENTS.fullmatch(source)
        if m and (m.group("owner")[:1].isupper() or (written_account(source) and " " not in m.group("owner"))
                  or _qualified_body(m.group("owner"))):
            return m.group("owner")  # (a log's or diary's writer in lower case too: "the beachmaster's log"; a body
            # in lower case named by what it is: "state government's own survey")
    if " " in source and ("tatement" in source or "ommuniq" in source or "ulletin" in source or "elease" in source
                          or "charge sheet" in source):
        m = _ISSUED_DOCUMENT.fullmatch(source)
        if m and m.group("owner").split()[-1].capitalize() in body_words():
            return m.group("owner")  # (only a body's: "the Army statement", not "a witness statement")
    if " " in source and source[:1].isupper():
        m = _STAFF_OF.fullmatch(source)
        if m and lookup(m.group("org")):
            return m.group("org")
    return source
