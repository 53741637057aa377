"""Session 7 review fixes in the attribution layer, on sentences written for these tests: "admitted" with a count
still says something when a clause follows the count; missing evidence of something other than the figures
doubts no figure; a method that is doubted or supposed vouches for nothing; one list of the words that make a
name an organisation's."""

from __future__ import annotations

import json
from datetime import date

from attribution_probe import attribution_at, body
from extract.bodywords import body_word_alternation, body_words
from extract.lexicon import LEXICON_PATH
from extract.personpronouns import _is_body
from extract.placementions import _ORG_RUN_AFTER
from extract.stance import doubt_reach, own_clause_after
from extract.verbsenses import not_saying

OUTLET = "Lakeside Courier"
OWN = (OUTLET, "publication", "asserted")


def attr(text: str, number: str, occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=OUTLET, published=date(2011, 3, 9), occurrence=occurrence)


def _admit_says_nothing(sentence: str) -> bool:
    at = sentence.index("admit")
    verb = sentence[at:].split()[0]
    return not_saying(verb.lower(), sentence, at, sentence[at + len(verb):])


# --------------------------------------------------------------------------- "The army admitted 12 soldiers died"

def test_admitting_a_count_that_a_clause_goes_on_with_is_speech() -> None:
    assert attr(body("The army admitted 12 soldiers died in the ambush."), "12") == ("Army", "official", "claimed")
    assert attr(body("The army admits 12 soldiers were killed near the bridge."), "12") == ("Army", "official", "claimed")
    assert not _admit_says_nothing("The rebels admit nine of their fighters had been captured at the pass.")


def test_a_health_facility_admitting_people_takes_them_in() -> None:
    assert attr(body("The clinic admitted 40 people on Monday after the shelling."), "40") == OWN
    assert _admit_says_nothing("The district hospital admitted 35 people who were hit by shrapnel.")
    assert _admit_says_nothing("Al-Amal Hospital admitted 30 children, and more were on their way.")
    assert _admit_says_nothing("The field hospital admits 20 patients were brought in overnight.")  # subject: intake


def test_admitting_people_with_no_clause_after_them_is_intake() -> None:
    assert _admit_says_nothing("Medics admitted 30 people injured in the blast.")
    assert _admit_says_nothing("Volunteers at the school admitted dozens of families from the camps.")
    assert not _admit_says_nothing("The army admitted that 12 soldiers died.")  # no count right after the verb


# --------------------------------------------------------------------------- "without any proof of charges"

_OWN_TOLL = "Shelling hit the market on Monday, killing 12 civilians."


def test_missing_evidence_of_something_else_doubts_no_figure() -> None:
    for doubt in ("The army released the prisoners without any proof of charges.",
                  "Neither side has given any evidence of chemical weapons use.",
                  "There is no evidence of a ceasefire being planned."):
        assert attr(body(_OWN_TOLL + " " + doubt), "12") == OWN, doubt
        assert doubt_reach(doubt) == -1, doubt


def test_missing_evidence_for_the_figures_still_doubts_them() -> None:
    claim = "The rebels say 40 soldiers died in the raid."
    for doubt in ("They gave no evidence for the figure.", "Nobody has produced any proof of the killings.",
                  "They offered no proof.", "Neither side offers evidence for these claims."):
        assert attr(body(claim + " " + doubt), "40")[2] == "disputed", doubt
    assert attr(body("The rebels say 40 soldiers died in the raid, without proof."), "40")[2] == "disputed"
    assert attr(body(claim + " There is no evidence of chemical weapons use."), "40")[2] == "claimed"


def test_the_writers_clause_after_a_doubt_is_found_in_stance() -> None:
    s = "Neither side offers any proof, and our own count is 19 dead."
    assert own_clause_after(s, s.index("proof")) == s.index(", and our")
    assert own_clause_after("Neither side offers any proof.", 0) == -1


# --------------------------------------------------------------------------- "It is unclear whether each death …"

def test_a_doubted_or_supposed_method_vouches_for_nothing() -> None:
    for method in ("It is unclear whether each death was verified.",
                   "It could not be established that every death was confirmed.",
                   "If each case is verified by two monitors, the toll may rise.",
                   "Each case is verified where possible, but many could not be confirmed."):
        assert attr(body(_OWN_TOLL, method), "12") == OWN, method


def test_a_method_stated_plainly_still_vouches() -> None:
    for method in ("Every death in this report has been verified against hospital records.",
                   "We do not publish names, and each death is verified against hospital records.",
                   "We do not name the dead until each case is verified by two monitors."):
        assert attr(body(_OWN_TOLL, method), "12") == (OUTLET, "publication", "confirmed"), method


# --------------------------------------------------------------------------- one list of body words

def test_the_body_words_are_one_list_without_repeats() -> None:
    words = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["body_words"]["words"]
    assert len(words) == len(set(words))
    assert body_words() == tuple(words)
    assert "Forces" in body_word_alternation().split("|")


def test_both_readers_use_the_same_words() -> None:
    for word in ("Army", "Guard", "Ministry", "Foundation"):
        assert _is_body(f"Kachin {word}"), word
        assert _ORG_RUN_AFTER.match(f" Independence {word}"), word
    assert not _is_body("the foreign minister")
    assert not _ORG_RUN_AFTER.match(" province on Monday")
    assert not _ORG_RUN_AFTER.match(" independence army")  # a name's words are capitalised
