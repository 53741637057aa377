"""The field vocabularies of a claim: the one place that lists allowed values.

They follow ../shared/gold/GUIDELINES.md. The warehouse's data dictionary, the
evaluation and the dashboard's filters all read them from here.
"""

from __future__ import annotations

from extract.currencies import currency_units

MEASURES: dict[str, str] = {
    "killed": "people killed, dead, died, death toll, bodies",
    "wounded": "people wounded, injured",
    "captured": "people captured, arrested, detained, abducted, kidnapped, taken prisoner",
    "displaced": "refugees, displaced, deported, evacuated, besieged or trapped people",
    "destroyed": "equipment, buildings or facilities destroyed or knocked out",
    "damaged": "equipment or facilities damaged, hit or put out of service",
    "seized": "equipment or facilities captured (bases, depots, gas fields, airports)",
    "attacks": "munitions used or attacks made: barrel bombs, airstrikes, car bombs, shells, explosive weight",
    "forces": "sizes of forces: troops, fighters, aircraft, and weapons a side holds or receives",
    "rate": "currency exchange rate",
    "funding": "money for aid, arms or war costs",
    "capacity": "counts of remaining medical or civil capacity in a war zone",
}

# Measures that describe the same kind of event, for incident linking.
MEASURE_FAMILIES: dict[str, str] = {
    "killed": "casualties",
    "wounded": "casualties",
    "captured": "casualties",
    "displaced": "displacement",
    "destroyed": "materiel",
    "damaged": "materiel",
    "seized": "materiel",
    "attacks": "attacks",
    "forces": "forces",
    "rate": "economy",
    "funding": "economy",
    "capacity": "capacity",
}

QUALIFIERS: dict[str, str] = {
    "exact": "the number as stated: 40",
    "approx": "about, around, some, roughly, an estimated",
    "at_least": "at least, more than, over, 40+ (low bound; high is null)",
    "at_most": "up to, nearly, almost, fewer than (high bound; low is null)",
    "range": "between 7 and 9, 7-9 (best is the midpoint)",
    "vague": "dozens (24), scores (40), hundreds (200), thousands (2000), tens of thousands (20000)",
}

UNITS: dict[str, str] = {
    "count": "things counted",
    "ratio": "a rate such as 580:1 (first side over the second)",
    "percent": "a percentage",
    "usd": "US dollars",
    "syp": "Syrian pounds",
    "rub": "Russian roubles",
    "eur": "euros (beyond the guidelines' list: other conflicts' money)",
    "gbp": "pounds sterling",
    "jpy": "Japanese yen",
    "inr": "Indian rupees",
    "uah": "Ukrainian hryvnias",
    "tons": "explosive weight in tons",
}
# and money in every other currency in use, by its lower-case ISO 4217 code ("chf": "Swiss Franc";
# extract/currencies.py)
UNITS.update({code: name for code, name in currency_units().items() if code not in UNITS})

SIDES: dict[str, str] = {
    "civilian": "civilians, and unidentified people killed by bombing of a populated area",
    "regime": "Assad forces, pro-Assad militia, Iranian-led units, Hezbollah",
    "opposition": "rebels, FSA, insurgents, Islamist factions",
    "isis": "Islamic State",
    "jihadist": "Jabhat al-Nusra / Jabhat Fatah al-Sham",
    "kurdish": "YPG, SDF",
    "russia": "Russian forces",
    "us": "US forces",
    "unknown": "third parties, UN staff, rates, or not stated",
}

SOURCE_TYPES: dict[str, str] = {
    "publication": "the outlet's own voice",
    "wire_or_outlet": "another named news organisation",
    "monitor": "documentation groups: LCC, SOHR, VDC, SNHR, SAMS, Airwars",
    "activists": "unnamed activists, local sources, residents",
    "state_media": "SANA, State TV, regime officials",
    "partisan_media": "pro-regime or pro-rebel outlets and accounts, Amaq",
    "official": "governments, armies, UN, ministries, spokesmen",
    "armed_group": "a faction's own claim",
    "social_media": "named social media accounts",
    "reader_comment": "an unnamed reader comment",
}

# Groups of source types that rules ask about. Each caller composes its set from these (`OUTLET_SOURCE_TYPES |
# {"social_media"}`), so a new source type joins every rule that means its group by being added here once.
# A party's own media: a state's press or TV, an armed group's or a camp's outlets and accounts.
PARTY_MEDIA_SOURCE_TYPES: frozenset[str] = frozenset(("state_media", "partisan_media"))
# News organisations other than the document's outlet: what a report credits ("Reuters reported", "SANA said").
MEDIA_SOURCE_TYPES: frozenset[str] = frozenset(("wire_or_outlet",)) | PARTY_MEDIA_SOURCE_TYPES
# The press that belongs to no party: the outlet's own voice, another named news organisation.
PRESS_SOURCE_TYPES: frozenset[str] = frozenset(("publication", "wire_or_outlet"))
# Every news organisation: the document's outlet and the ones it credits, a party's media among them.
OUTLET_SOURCE_TYPES: frozenset[str] = MEDIA_SOURCE_TYPES | PRESS_SOURCE_TYPES
# The parties to a conflict: a state (its government, army, ministries) and an armed group.
PARTY_SOURCE_TYPES: frozenset[str] = frozenset(("official", "armed_group"))
# Bodies that speak for themselves, in their own name: a party, its state media, a monitor.
BODY_SOURCE_TYPES: frozenset[str] = PARTY_SOURCE_TYPES | frozenset(("monitor", "state_media"))

STANCES: dict[str, str] = {
    "asserted": "said as fact, in the outlet's own voice or a reader comment's",
    "claimed": "attributed to someone else and not verified",
    "confirmed": "verified, confirmed or documented",
    "disputed": "the writer casts doubt on it",
}

SECTIONS: dict[str, str] = {
    "headline": "titles and item headings, including 'See ...' titles of linked posts",
    "body": "the article's own text",
    "update": "text under an UPDATE time stamp",
    "excerpt": "a passage quoted from another outlet",
    "comment": "reader comments after the article",
}

DATE_PRECISIONS: dict[str, str] = {
    "day": "the event's day is known",
    "week": "known to within a week (a weekend, 'last week')",
    "month": "known to within a month",
    "year": "known to within a year",
}

VOCABULARIES: dict[str, dict[str, str]] = {
    "measure": MEASURES,
    "qualifier": QUALIFIERS,
    "unit": UNITS,
    "side": SIDES,
    "source_type": SOURCE_TYPES,
    "stance": STANCES,
    "section": SECTIONS,
    "date_precision": DATE_PRECISIONS,
}
