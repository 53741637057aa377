"""Words a cue's noun phrase carries that are no part of the claimant's name, cut before the name is typed.

- a verb the phrase was read back over: "(Your report) repeated the Angolan government's figure" names the
  government, not "repeated the Angolan government";
- a person's role written in lower case before the name: "the witness A. Saidov testified" names "A. Saidov"
  (the role still types the person through the sentence: a witness is a local source);
- the possessive of a place noun: "the city's crisis staff says" names the "crisis staff" (a named owner stays:
  "Togo's football federation");
- a participle phrase after plural people: "Refugees reaching West Timor say" names the "Refugees";
- where a body's people stand: "UNESCO monitors inside the walls reported" names the "UNESCO monitors" ("sources
  inside the ministry" keep the ministry: it says whose sources they are);
- the adverb of where they are: "Doctors there say" names the "Doctors", "Officials here said" the "Officials";
- a description after the name and a comma, in lower case: "ACLED, the conflict monitor: 378 ..." names "ACLED".
`people_type` types unnamed people with no office ("engineers say") as local sources.
"""

from __future__ import annotations

import re

from extract.names import Named

__all__ = ["people_type", "tidy_claimant"]

_LEADING_VERB = re.compile(r"[a-z]{3,}ed\s+(?:the\s+)(?=[A-Z])")
# Roles a person is introduced by, in lower case, before the name ("the witness A. Saidov").
_PERSON_ROLES = ("witness|defendant|accused|plaintiff|farmer|resident|survivor|villager|trader|shopkeeper|teacher|"
                 "student|victim|refugee|lawyer|prosecutor|nurse|doctor|priest|imam|pastor|historian|scholar|archivist|"
                 "researcher")
_ROLE_BEFORE_NAME = re.compile(rf"(?:the\s+)?(?:{_PERSON_ROLES})\s+(?=(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)*$)")
_PLACE_POSSESSIVE = re.compile(r"(?:[Tt]he\s+)?(?:city|town|village|district|province|region|country)['’]s\s+(?=[a-z])")
_NOT_PARTICIPLES = frozenset(("during", "including", "regarding", "concerning", "according", "following", "during",
                              "notwithstanding", "pending", "excluding"))
_PARTICIPLE_TAIL = re.compile(r"(?P<head>(?:[\w'’-]+\s+){0,2}?[\w'’-]+s)\s+(?P<ing>[a-z]+ing)\s+\S.*", re.S)
_WHERE_TAIL = re.compile(r"(?P<head>.*?\S)\s+(?:inside|within|outside)\s+(?:the\s+)?\S.*", re.S)
_SOURCE_HEAD = re.compile(r"\bsources?$", re.I)
# A name with its description after a comma, the whole taken as a line's label: "ACLED, the conflict monitor".
_APPOSED_TAIL = re.compile(r"(?P<head>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}),\s+(?:the|a|an)\s+[a-z][\w'’ -]{1,50}")


def tidy_claimant(name: str) -> str:
    """`name` without the words around it that are no part of the claimant's name (see the module's docstring);
    `name` itself (the same object) when there are none."""
    if not name or " " not in name:
        return name
    out = name
    m = _LEADING_VERB.match(out)
    if m:
        out = out[m.end():]
    m = _ROLE_BEFORE_NAME.match(out)
    if m:
        out = Named(out[m.end():])
        out.role = m.group(0).strip()  # (the role types the person: "witness")
    m = _PLACE_POSSESSIVE.match(out)
    if m:
        out = out[m.end():]
    if "ing " in out:
        m = _PARTICIPLE_TAIL.fullmatch(out)
        if m and m.group("ing") not in _NOT_PARTICIPLES:
            out = m.group("head")
    if "side " in out or "ithin " in out:
        m = _WHERE_TAIL.fullmatch(out)
        if m and not _SOURCE_HEAD.search(m.group("head")):
            out = m.group("head")
    if out.endswith((" there", " here")):
        out = out[:out.rindex(" ")]  # "Doctors there say", "Officials here said": where they are, not who
    if ", " in out:
        m = _APPOSED_TAIL.fullmatch(out)
        if m:
            out = m.group("head")  # "ACLED, the conflict monitor: 378 ...": the name, not its description
    return name if out == name else out


# People with no office who tell what they saw ("engineers say", "friends in the town tell me", "Refugees say"):
# local sources, as the lexicon's residents and witnesses are (assets/lexicons/sources.json types those).
_LOCAL_PEOPLE = re.compile(r"(?:the\s+|some\s+|local\s+)?(?:engineers|refugees|friends|displaced\s+people|evacuees|"
                           r"passengers|pilgrims|travell?ers|drivers)(?:\s+(?:in|at|from|of)\s+(?:the\s+)?[\w'’ -]{1,30})?",
                           re.I)


def people_type(source: str) -> str | None:
    """"activists" for unnamed people with no office ("engineers", "friends in the town"), else None."""
    return "activists" if _LOCAL_PEOPLE.fullmatch(source) else None
