"""The shortcuts of session 12's speed23 agree with the long way they replace (generated input; our own words).

- extract/introduced.py _role_after, _spokesman_of: a pattern compiled once and tried where the name stands, against
  re.search of the one pattern holding the name (which re compiled again for every new name).
- extract/kindnoun.py kind_noun_type: the same for the armed-body noun after a name (or before it: "the rebel group X").
- extract/lexicon.py _in_brackets: the cheap test before expand_acronym's pattern made for an acronym.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import introduced, kindnoun
from extract.lexicon import _in_brackets, expand_acronym

_LONG_ROLE = r"\s*,\s+(?P<role>(?:the|a|an)\s+[^,.;()]{{1,60}}?)\s*(?:,|\.(?=\s))"
_LONG_SPOKESMAN = r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?:chief|main|official)\s+)?spokes(?:man|woman|person)\s*,?\s+{}\b"

_PIECES = ["Tana Front", "Tana", "Front", "Tana Fronts", " ", "  ", "\t", "\n", "\u00a0", ",", ", ", ".", ". ",
           "the", "a", "an", "group", "armed", "its", "Its", "their", "Their", "chief", "spokesman", "spokeswoman",
           "spokesperson", "said", "(", ")", ";", "x", "militia", "rebels", "rebel group", "faction", "insurgency",
           "TF", "TFA", "(TF)", "( TF )"]
_NAMES = ["Tana Front", "Tana", "Front", "TF", ", Tana", " Tana", "Tana ", "a"]


def _texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
@given(_texts(), st.sampled_from(_NAMES))
@example("Tana Front, the armed group, said", "Tana Front")
@example("Tana Front , an armed group of the north.  x", "Tana Front")
def test_role_after_is_the_search_of_the_pattern_with_the_name(text: str, name: str) -> None:
    long = re.search(re.escape(name) + _LONG_ROLE.format(), text)
    short = introduced._role_after(text, name)
    # (the short match starts after the name; only the role is read)
    assert (short and (short.end(), short.span("role"), short.group("role"))) == (
        long and (long.end(), long.span("role"), long.group("role")))


@settings(max_examples=600, deadline=None)
@given(_texts(), st.sampled_from(_NAMES))
@example("The group said. Its spokesman, Tana Front said", "Tana Front")
@example("its chief spokesman  ,  Tana Fronts", "Tana Front")  # (no word boundary after the name)
@example("its spokesman ,Tana", ",Tana")
@example("their spokeswoman  Tana", " Tana")
def test_spokesman_of_is_the_search_of_the_pattern_with_the_name(text: str, name: str) -> None:
    long = re.search(_LONG_SPOKESMAN.format(re.escape(name)), text)
    assert introduced._spokesman_of(text, name) == (long.start() if long else -1)


def test_a_spokesman_still_speaks_for_the_body_before() -> None:
    text = ("The Tana Liberation Front rejects the figures. Its spokesman, Omar Kell, said 40 soldiers died. "
            "Omar Kell said more.")
    assert introduced._spokesman_of(text, "Omar Kell") == text.index("Its")
    assert introduced._spokesman_of(text, "Omar Kellner") == -1
    assert introduced._spokesman_of("Its spokesman said Omar Kell left.", "Omar Kell") == -1  # (not introduced)


@settings(max_examples=600, deadline=None)
@given(_texts(), st.sampled_from(_NAMES))
@example("the Tana Front militia seized", "Tana Front")
@example("xTana Front militia", "Tana Front")  # (no word boundary before the name)
@example("rebel group Tana Front", "Tana Front")  # (the noun before the name: "the rebel group X")
@example("the jihadist group Tana Front said", "Tana Front")  # (a noun before whose head no noun after shares)
def test_kind_noun_type_is_the_search_of_the_pattern_with_the_name(text: str, name: str) -> None:
    kindnoun.kind_noun_type.cache_clear()
    long = (len(name) >= 3 and name[:1].isupper() and name in text and any(h in text for h in kindnoun._ARMED_HEADS)
            and (re.search(rf"\b{re.escape(name)}\s+{kindnoun._ARMED_NOUNS}\b", text) or any(
                kindnoun._NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
                for m in re.finditer(rf"\b{re.escape(name)}", text))))
    assert (kindnoun.kind_noun_type(text, name) == "armed_group") == bool(long)


def test_the_noun_before_the_name_is_read_whatever_heads_the_text_holds() -> None:
    kindnoun.kind_noun_type.cache_clear()  # ("jihadist" heads only the noun before: the cheap test must know it)
    assert kindnoun.kind_noun_type("Yesterday the jihadist group Tana Front said it held the town.",
                                   "Tana Front") == "armed_group"


@settings(max_examples=600, deadline=None)
@given(_texts(), st.sampled_from(["TF", "TFA", "É", "ÉTA"]))
@example("the Tana Front ( TF ) said", "TF")
@example("the Tana Front (TF said", "TF")
def test_in_brackets_holds_wherever_the_acronym_pattern_matches(text: str, name: str) -> None:
    assert _in_brackets(text, name) == bool(re.search(r"\(\s*" + re.escape(name) + r"\s*\)", text))


def test_an_acronym_in_brackets_is_still_expanded() -> None:
    assert expand_acronym("The Tana Liberation Front (TLF) said 12 died. TLF said", "TLF") == "Tana Liberation Front"
    assert expand_acronym("The Tana Liberation Front said 12 died. TLF said", "TLF") == "TLF"  # (no brackets)
