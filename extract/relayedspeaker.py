"""Two shapes of a speaker's clause that extract/claimants.py reads back over (hooks in `claimant_before` and
`_trim_head`).

- "A foreign agency quoted travellers as saying that 4,632 bodies …", "Radio X quoted a police officer as saying
  40 …": the one quoted makes the claim, the one quoting relays it (GUIDELINES.md: a relayed claim is its original
  claimant's, as "citing X" is X's). `quoted_as` gives the quoted one.
- "The Serbian police (MUP) commander in Bujanovac told …": an acronym in brackets inside a name; the role after the
  bracket is the body's before it ("Serbian police (MUP) commander"), not a "commander" alone. `across_bracket`.
- "Three days later a spokesman said …", "Two weeks earlier the ministry gave …": a span of time opening the clause
  is no part of its subject (as "Later the ministry said" is not); nor is a place phrase opening it without a
  comma before a subject with its article ("Around Vi Xuyen the army counted …", "Near Goma the UN mission
  said …"; "In Kesh residents said" is left whole). `without_time_opening` drops both.
- "The Chairman read a letter from the police commander stating that 2 men …": a written message from someone,
  then a participle of saying: the writer makes the claim, not the one who read it out (minutes record others'
  words). `written_from` gives the writer.
"""

from __future__ import annotations

import re

from extract.names import first_named

__all__ = ["across_bracket", "quoted_as", "without_time_opening", "written_from"]

# "… quoted NP as" right before the verb ("saying", "telling"): NP, up to 60 characters, without a clause break.
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<np>[^,;:()\n]{2,60}?)\s+as\s*$", re.I)
# A span of time opening a clause: "Three days later", "Two weeks earlier", "A month after that", "10 days later".
_NUMBER_WORD = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|some|"
                r"\d{1,3})")
_TIME_OPENING = re.compile(rf"^(?:{_NUMBER_WORD}\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards|"
                           r"after\s+that|before\s+that|on)|within\s+(?:(?:a|an|the|a\s+few|two|three|several|\d+)\s+)?"
                           r"(?:minutes|hours?|days?|weeks?|months?|years?))\b[\s,]*(?=\S)", re.I)  # ("Within days the ministry")
# A place phrase: a preposition of place, a capitalised name, then the subject's article.
_PLACE_OPENING = re.compile(r"(?i:around|near|outside|inside|across|along|in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                            r"\s+(?=the\s+\w)")
_PLACE_FIRST = frozenset("AaNnOoIi")


def quoted_as(before: str) -> tuple[str, int] | None:
    """(name, where it starts) of the one quoted in a text ending "… quoted NP as" (the verb of saying follows),
    else None."""
    if "quoted" not in before:
        return None
    m = _QUOTED_AS.search(before)
    if m is None:
        return None
    np = m.group("np").strip(" \"“”'")
    name = first_named(np)
    if not name:
        return None
    at = before.find(np, m.start("np"))
    return str(name), at if at >= 0 else m.start("np")

# "… a letter from NP" right before a participle of saying ("stating", "saying"): NP, up to 60 characters.
_WRITTEN_FROM = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+(?:letter|message|note|memo|telegram|fax|"
                           r"statement|report|communication)\s+(?:\w+\s+)?from\s+(?P<np>[^,;:()\n]{2,60}?)\s*$", re.I)


def written_from(before: str) -> tuple[str, int] | None:
    """(name, where it starts) of the writer in a text ending "… a letter from NP" (a participle of saying
    follows: "stating that …"), else None."""
    if "from " not in before:
        return None
    m = _WRITTEN_FROM.search(before)
    if m is None:
        return None
    name = first_named(m.group("np"))
    if not name:
        return None
    at = before.find(str(name), m.start("np"))
    return str(name), at if at >= 0 else m.start("np")


def without_time_opening(seg: str) -> str:
    """`seg` without a span of time or a place phrase opening it ("Three days later a spokesman" -> "a
    spokesman", "Within days the ministry" -> "the ministry", "Around Vi Xuyen the army" -> "the army")."""
    if seg[:1] in _PLACE_FIRST and (m := _PLACE_OPENING.match(seg)):
        return seg[m.end():]
    low = seg[:40].lower()
    if "day" not in low and "week" not in low and "month" not in low and "year" not in low and "hour" not in low and (
            "minute" not in low):
        return seg  # (every match of _TIME_OPENING holds one of these)
    m = _TIME_OPENING.match(seg)
    return seg[m.end():] if m else seg


# A role noun opening the piece after ")" and an acronym in the brackets.
_ROLE_AFTER = re.compile(r"\s*(?:commander|spokes(?:man|woman|person)|chief|head|director|official|officials|leader|"
                         r"officer|command)\b")
_ACRONYM = re.compile(r"\s*[A-Z][A-Z0-9&.-]{1,9}\s*")


def across_bracket(before: str, body: tuple[int, int, str], bracket: tuple[int, int, str], end: int) -> tuple[int, str] | None:
    """(start, text) of the subject running from the piece `body` over an acronym in brackets (`bracket`) to the
    role after it, ending at `end` ("The Serbian police (MUP) commander in Bujanovac"), or None when the piece after
    the bracket does not open with a role or the bracket holds no acronym."""
    if not _ROLE_AFTER.match(before, bracket[1] + 1, end) or not _ACRONYM.fullmatch(before, bracket[0], bracket[1]):
        return None
    if not before[body[0]:body[1]].strip():
        return None
    return body[0], before[body[0]:end]
