"""Session 23 cost gates (cost31): a cheap test asked before a costlier one must never change the answer."""

from __future__ import annotations

from extract.placekept import _sets_off


def test_a_document_with_a_verb_of_setting_off_is_asked_further():
    assert _sets_off("The fare rise in Corrin set off the looting across the valley.")
    assert _sets_off("Police sealed off the square before dawn.")
    assert _sets_off("The arrest of a student sparked the unrest.")
    assert _sets_off("A rumour triggered the riots.")


def test_a_document_without_one_is_not():
    assert not _sets_off("Troops fired on a crowd in Corrin; the offer of talks was turned down.")
    assert not _sets_off("Officials took the day off.")
