"""cost18's shortcuts, each compared with the long way it replaces (same answers).

- civiliantarget.civilian_target_report: the lead is scanned only when it holds a target's key word as well as an
  attack's (a hit holds both as whole words).
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import extract.civiliantarget as ct
from extract.wordset import folded, may_occur


def _civilian_target_long(text: str) -> bool:
    """civilian_target_report before cost18: the attack words' gate only, then the scan (with the compound's look
    back for an armed word that session 24 added: "the police office building attack")."""
    lead = ct._lead(text)
    if not may_occur(ct._ATTACK_KEYS, lead):
        return False
    flead = folded(lead)
    return any(ct._ARMED.search(flead, max(0, m.start() - ct._ARMED_BEFORE) if m.group("compound") else m.start(),
                                ct._clause_end(flead, m.end()))  # (who37 s26: armed words of the hit's sentence only)
               is None for m in ct._HIT.finditer(flead))


_LEAD_PIECES = ["Gunmen", "attacked", "opened fire on", "raids on", "a village", "villages", "the market",
                "passenger vehicles", "passenger", "worshippers", "police", "soldiers", "and", "a", "in", "of",
                "Nigerian", "convoy", "near", "\n", "\n\n", ".", ",", "killing 12 people", "marketplace",
                "MARKET", "Attack", "shot", "İ", "K", "schools", "school-children", "checkpoint"]
_leads = st.lists(st.sampled_from(_LEAD_PIECES), max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_leads)
def test_civilian_target_report_as_the_long_way(text: str) -> None:
    assert ct.civilian_target_report.__wrapped__(text) == _civilian_target_long(text)


def test_civilian_target_report_examples() -> None:
    report = ct.civilian_target_report.__wrapped__
    lead = ("Gunmen kill 12 in Nigeria\n\nGunmen opened fire on a convoy of passenger vehicles near the town on "
            "Sunday, killing at least twelve people, officials said.")
    assert report(lead)
    # an attack word with no target word in the lead: the gate says no before any scan
    assert not report("Troops attacked rebel positions\n\nThe army said its troops attacked rebel positions in the "
                      "hills overnight and took a ridge from the insurgents.")
    # a target word with no attack word: no
    assert not report("Market reopens\n\nThe central market of the town reopened on Monday after weeks of calm, "
                      "traders and residents said.")


# - peacetolls.harm_of_no_war: one test of the sentence's words against the key words of mishaps, wrecks, crashes,
#   diseases, weather and crimes together before the five tests (each False without its own keys).

import extract.peacetolls as pt  # noqa: E402
from extract import extract_claims  # noqa: E402
from extract.crashes import _KEYS as _CRASH_KEYS  # noqa: E402
from extract.mishaps import _CAUSE_KEYS  # noqa: E402
from extract.triggers import lexicon  # noqa: E402
from extract.wrecks import _table as _wreck_table  # noqa: E402


def test_accident_keys_hold_every_gate_key() -> None:
    keys = pt._ACCIDENT_KEYS
    assert keys is not None
    for part in (lexicon().keys["cue:mishaps"], lexicon().keys["cue:diseases"], _wreck_table()[1], _CAUSE_KEYS,
                 _CRASH_KEYS[0], _CRASH_KEYS[2]):
        assert part is not None and part <= keys


_PEACE_PIECES = ["A roof fall killed 11 miners at the colliery.", "A ferry sank off the coast; 14 were dead.",
                 "A coach hit a lorry on the motorway, killing 9 people.", "Strokes killed 38,000 people last year.",
                 "Snow closed 230 schools.", "A gunman killed four pupils.", "The council met on Monday.",
                 "Rebels killed 12 soldiers near the border.", "An explosion at the factory injured 20 workers.",
                 "Floods displaced 3,000 residents.", "Police said 5 people were wounded.", "The war goes on."]
_peace_texts = st.lists(st.sampled_from(_PEACE_PIECES), min_size=1, max_size=6).map(lambda xs: "Report\n\n" + " ".join(xs))


def _rows(text: str) -> list[tuple]:
    return [(c.char_start, c.measure, c.subject, c.side) for c in extract_claims(text)]


@settings(max_examples=60, deadline=None)
@given(_peace_texts)
def test_harm_of_no_war_as_the_long_way(text: str) -> None:
    got = _rows(text)
    saved = pt._ACCIDENT_KEYS
    pt._ACCIDENT_KEYS = None  # the long way: the five tests, each with its own gate
    try:
        assert got == _rows(text)
    finally:
        pt._ACCIDENT_KEYS = saved


def test_accident_in_a_report_of_peace_still_no_war() -> None:
    rows = _rows("Colliery accident\n\nA roof fall killed 11 miners at the colliery on Tuesday, the company said.")
    assert not any(r[1] == "killed" for r in rows)  # a mishap of peace: no claim of war


# - claimantof.claimant: "its"/"their" at the key's start tested before _POSSESSED_STAFF, once for the three branches.

from extract.claimantof import _POSSESSED_STAFF, _STAFF_OWNERS  # noqa: E402

_KEY_PIECES = ["its", "their", "the", "it", "theirs", "itself", " ", "  ", "defence", "ministry", "staff-members",
               "statisticians", "x", "\t", "its-", "researchers"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=6).map("".join))
def test_staff_owner_prefix_is_needed_for_the_pattern(key: str) -> None:
    long_way = _POSSESSED_STAFF.match(key) is not None
    assert (key.startswith(_STAFF_OWNERS) and long_way) == long_way


def test_possessed_staff_still_names_the_body_before() -> None:
    claims = extract_claims("Clashes in the north\n\nThe Red Cross gave new figures on Monday. Its volunteers said 42 "
                            "people were killed in the fighting.")
    assert [(c.number_text, c.source) for c in claims] == [("42", "Red Cross")]  # "its" is the Red Cross
