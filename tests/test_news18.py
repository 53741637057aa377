"""Rules learnt from general news 18, spoken and informal numbers (extract/numspoken.py, numspokentimes.py,
numphrases.py, numcontext.py, numqualifiers.py, numspanover.py, numkinds.py, numbers.py) and idioms of peace
(extract/peaceuses.py), each on sentences written for this test, with the cases each rule must not reach."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from extract import find_quantities
from number_probe import measured, only

_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _fields(q):
    return q.value, q.low, q.high, q.qualifier, q.unit, q.kind


# ------------------------------------------------------------------------------------------- informal magnitudes

@pytest.mark.parametrize("text,surface,want", [
    ("The lighthouse keeper stayed on the rock for thirty-odd years.", "thirty-odd",
     (30, 30, None, "at_least", "year", "duration")),
    ("Fifty odd protesters sat down in the road.", "Fifty odd", (50, 50, None, "at_least", "count", "number")),
    ("The club sold sixty-odd thousand shirts.", "sixty-odd thousand",
     (60000, 60000, None, "at_least", "count", "number")),
    ("She kept a hundred-odd hens on the farm.", "a hundred-odd", (100, 100, None, "at_least", "count", "number")),
    ("The baker sold a baker's dozen of rolls for the price of twelve.", "a baker's dozen",
     (13, 13, 13, "approx", "count", "number")),
    ("A score of villages lost power in the gale.", "A score", (20, 20, 20, "approx", "count", "number")),
    ("He ordered a gross of pencils for the school.", "a gross", (144, 144, 144, "approx", "count", "number")),
    ("The festival sold a couple of thousand tickets.", "a couple of thousand",
     (2000, 2000, 2000, "approx", "count", "number")),
    ("The museum had a million and a half visitors.", "a million and a half",
     (1.5e6, 1.5e6, 1.5e6, "exact", "count", "number")),
    ("The parcel weighed a kilo and a half.", "a kilo and a half", (1.5, 1.5, 1.5, "exact", "kilogram", "measurement")),
    ("The meeting ran for an hour and a half.", "an hour and a half", (1.5, 1.5, 1.5, "exact", "hour", "duration")),
    ("She has sent umpteen thousand texts this year.", "umpteen thousand",
     (2000, 2000, None, "vague", "count", "number")),
    ("The pundits called the match fifty-fifty.", "fifty-fifty", (50, 50, 50, "exact", "percent", "number")),
    ("Inflation rose by nought point three per cent.", "nought point three",
     (0.3, 0.3, 0.3, "exact", "percent", "number")),
    ("Sales reached three point two million units.", "three point two million",
     (3.2e6, 3.2e6, 3.2e6, "exact", "count", "number")),
    ("Members can buy tickets at half price on Mondays.", "half", (50, 50, 50, "exact", "percent", "number")),
    ("The new rules cut waiting times by about a third.", "a third",
     (100 / 3, 100 / 3, 100 / 3, "approx", "percent", "number")),
])
def test_informal_magnitudes(text, surface, want):
    assert _fields(only(text, surface)) == pytest.approx(want)


@pytest.mark.parametrize("text,surfaces", [
    ("She had umpteen reasons to stay.", []),  # "umpteen" alone is no number
    ("An odd noise woke 3 guests in 1962.", ["3", "1962"]),  # "odd" after no number
    ("The 3 odd-looking vessels sailed at dawn.", ["3"]),  # "odd-looking": no "-odd" after the number
    ("City won by a score of 3-1.", ["3-1"]),  # "a score of" before a result is no 20
    ("The firm's gross profit was £3m.", ["£3m"]),
    ("At one point the queue stretched round the block.", []),
    ("He had a five point lead.", ["five"]),  # "point" with no digit words after it
])
def test_informal_magnitudes_must_not_reach(text, surfaces):
    assert [q.surface for q in find_quantities(text)] == surfaces


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_TENS), st.sampled_from(["-odd", " odd"]), st.sampled_from(["", " thousand", " million"]))
def test_n_odd_is_at_least_n(tens, odd, scale):
    """ "N-odd" (and "N odd") in words always gives at least N (times its scale), never more nor an upper bound."""
    text = f"They counted {tens}{odd}{scale} birds."
    q = only(text, f"{tens}{odd}{scale}")
    n = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}[tens] * {"": 1, " thousand": 1000, " million": 1_000_000}[scale]
    assert (q.value, q.low, q.high, q.qualifier) == (n, n, None, "at_least")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([("hundred", 100), ("thousand", 1000), ("million", 1_000_000)]), st.booleans())
def test_a_couple_of_scale_is_twice_the_scale(scale, of):
    word, n = scale
    phrase = f"a couple {'of ' if of else ''}{word}"
    q = only(f"The charity raised {phrase} pounds of gifts.", phrase)
    assert (q.value, q.low, q.high, q.qualifier) == (2 * n, 2 * n, 2 * n, "approx")


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 9), st.lists(st.integers(0, 9), min_size=1, max_size=3))
def test_spoken_decimals_read_digit_by_digit(whole, digits):
    words = " ".join("nought" if d == 0 else num2words(d) for d in digits)
    first = "nought" if whole == 0 else num2words(whole)
    phrase = f"{first} point {words}"
    q = only(f"The rate was {phrase} on Friday.", phrase)
    assert q.value == pytest.approx(float(f"{whole}.{''.join(map(str, digits))}"))


# ---------------------------------------------------------------------------------------------------- money

@pytest.mark.parametrize("text,surface,want", [
    ("The busker made a tenner in an hour.", "a tenner", (10, 10, 10, "exact", "gbp", "number")),
    ("Entry costs a fiver at the door.", "a fiver", (5, 5, 5, "exact", "gbp", "number")),
    ("The cab home cost twelve quid.", "twelve", (12, 12, 12, "exact", "gbp", "number")),
    ("He paid fifteen grand for the van.", "fifteen grand", (15000, 15000, 15000, "exact", "gbp", "number")),
    ("The watch went for nearly forty grand.", "forty grand", (40000, None, 40000, "at_most", "gbp", "number")),
    ("She earns 80 grand a year.", "80 grand", (80000, 80000, 80000, "exact", "gbp", "number")),
    ("The rent is $1,200 a month, and the deposit another three grand.", "three grand",
     (3000, 3000, 3000, "exact", "usd", "number")),
    ("The roof will cost a million and a half quid, give or take.", "a million and a half",
     (1.5e6, 1.5e6, 1.5e6, "approx", "gbp", "number")),
])
def test_money_in_slang(text, surface, want):
    assert _fields(only(text, surface)) == pytest.approx(want)


@pytest.mark.parametrize("text,surfaces", [
    ("She has won 23 grand slam titles.", ["23"]),  # "grand" before a noun
    ("Hamilton won two Grand Prix races in May.", ["two"]),
    ("The hotel's grand ballroom seats 400.", ["400"]),
])
def test_grand_is_no_money_before_a_noun(text, surfaces):
    qs = find_quantities(text)
    assert [q.surface for q in qs] == surfaces and all(q.unit == "count" for q in qs)


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 99))
def test_n_grand_is_n_thousand(n):
    words = num2words(n)
    q = only(f"The car cost {words} grand.", f"{words} grand")
    assert (q.value, q.unit) == (n * 1000, "gbp")


# ------------------------------------------------------------------------------- clock times, years, scores

@pytest.mark.parametrize("text,surface,value", [
    ("The last train leaves at twenty to midnight.", "twenty to midnight", 23 + 40 / 60),
    ("We met at ten past ten in the morning.", "ten past ten", 10 + 10 / 60),
    ("The fireworks start at five past nine at night.", "five past nine", 21 + 5 / 60),
    ("Doors open at a quarter to seven.", "a quarter to seven", 6.75),
    ("She was up at half five in the morning.", "half five", 5.5),
    ("The pub shuts at eleven o'clock tonight.", "eleven o'clock", 23.0),
])
def test_clock_times_in_words(text, surface, value):
    q = only(text, surface)
    assert (q.kind, q.value) == ("time", pytest.approx(value))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["past", "to"]), st.sampled_from([5, 10, 20, 25]), st.integers(1, 11))
def test_minutes_past_or_to_an_hour(rel, minutes, hour):
    phrase = f"{num2words(minutes)} {rel} {num2words(hour)}"
    q = only(f"The bus came at {phrase} in the morning.", phrase)
    want = hour + minutes / 60 if rel == "past" else hour - minutes / 60
    assert (q.kind, q.value) == ("time", pytest.approx(want))


@settings(max_examples=30, deadline=None)
@given(st.integers(11, 19), st.integers(10, 99))
def test_years_said_in_two_pairs(first, second):
    phrase = f"{num2words(first)} {num2words(second)}"
    q = only(f"The bridge was built in {phrase}.", phrase)
    assert (q.kind, q.value) == ("year", first * 100 + second)


@pytest.mark.parametrize("text,surface,kind,value", [
    ("The band was at its height in the eighties.", "eighties", "year", 1980),
    ("Jazz boomed in the roaring twenties.", "twenties", "year", 1920),
    ("The team won three to nil at home.", "three to nil", "score", 3),
    ("The board voted 9 to nil to sell the site.", "9 to nil", "score", 9),
    ("The route is about five K along the river.", "five", "distance", 5),
])
def test_years_decades_scores_in_words(text, surface, kind, value):
    q = only(text, surface)
    assert (q.kind, q.value) == (kind, value)


@pytest.mark.parametrize("text,surfaces", [
    ("Twenty to thirty people came.", [("Twenty to thirty", "number")]),  # a range, no clock
    ("Five to six people came.", [("Five to six", "number")]),
    ("She gave half six of the apples away.", [("six", "number")]),  # "half six" with no word of time before
    ("Nineteen, twenty and twenty-one were there.", [("Nineteen", "number"), ("twenty", "number"),
                                                     ("twenty-one", "number")]),
    ("In their forties, the brothers moved abroad.", []),  # an age group, not a decade of years
])
def test_times_and_years_must_not_reach(text, surfaces):
    assert [(q.surface, q.kind) for q in find_quantities(text)] == surfaces


# ------------------------------------------------------------------------------------------ other readings

@pytest.mark.parametrize("text,surface,want", [
    ("The show hit 2 million listeners by episode 40.", "40", ("name", "name")),
    ("He ran the course in under 20 minutes.", "20", ("at_most", "minute")),
    ("The side has a 71% win rate over 300 games.", "300", ("exact", "count")),
    ("Yours faithfully, R. Patel (74), Leicester", "74", ("age", "year")),
    ("The terrier, now 9, still chases the post van.", "9", ("age", "year")),
    ("The fund passed $8 million on Monday.", "$8 million", ("at_least", "usd")),
    ("The farm cut 300 tonnes this year against 450 last year.", "450", ("measurement", "tons")),
])
def test_other_readings(text, surface, want):
    q = only(text, surface)
    got = (q.kind, q.unit) if want[0] in ("name", "age", "measurement") else (q.qualifier, q.unit)
    assert got == want


@pytest.mark.parametrize("text,surfaces", [
    ("It was a long season, but a good one.", []),  # "one" as a pronoun
    ("One May morning the fox came back.", []),
    ("A further one was found on Friday.", ["one"]),  # "a further one" adds one more
    ("Arsenal (3), Chelsea (1).", ["3", "1"]),  # brackets after no person's name stay counts
])
def test_other_readings_must_not_reach(text, surfaces):
    assert [q.surface for q in find_quantities(text)] == surfaces


def test_over_after_a_bare_rate_stays_a_bound():
    assert only("Interest rates over 5% hurt borrowers.", "5%").qualifier == "at_least"


def test_under_as_a_span_of_time_stays():
    assert only("Prices fell 4% under two years of rule.", "two").qualifier == "exact"


# ------------------------------------------------------------------------------------------- idioms of peace

@pytest.mark.parametrize("text", [
    "The senator's war chest topped $9 million after the debate.",
    "It was a massacre at the Oval: the hosts lost by 9 wickets and 140 runs were all they made.",
    "It was a slaughter at Anfield, a 7-0 win, and 3 players were booked.",
    "Passengers held hostage by a pilots' strike waited 10 hours, and 4,000 were stranded at Gatwick.",
    "The strike by cabin crew left 1,800 travellers stranded in Faro.",
    "The war film, set in Normandy in 1944, earned $40 million in its first week.",
])
def test_idioms_of_peace_give_no_claim(text):
    assert measured(text) == []


@pytest.mark.parametrize("text,claim", [
    ("Gunmen massacred 30 villagers near the border.", ("30", "killed")),
    ("An air strike on the market killed 14 people.", ("14", "killed")),
    ("A massacre at the stadium left 30 fans dead.", ("30", "killed")),
    ("Rebels held hostage 40 aid workers for a week.", ("40", "captured")),
])
def test_idioms_of_peace_must_not_reach_war(text, claim):
    assert claim in measured(text)
