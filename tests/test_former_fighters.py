"""Former fighters counted: no force's size when a sum is paid to them, a claim when a verb of harm acts on them
(extract/peaceforces.py)."""

from extract import extract_claims

_CAMP = ("Fighting near the camp in the Kivu hills. Troops opened fire on the displaced on Saturday, killing dozens, a "
         "UN officer said. It says 120 former militiamen were found among the displaced at Kivu and arrested before "
         "the shooting began.")


def test_former_fighters_arrested_stay_a_claim():
    assert "120" in [c.number_text for c in extract_claims(_CAMP)]


def test_former_fighters_paid_are_no_claim():
    text = "A court ordered the state to pay 2,117 former child soldiers $1,500 each in compensation."
    assert [c.number_text for c in extract_claims(text) if c.number_text == "2,117"] == []
