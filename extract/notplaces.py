"""Place names the text uses for something else (for extract/placementions.py).

A gazetteer spelling is no place of an event when the sentence uses it as:

- a tribe or a clan ("elders of the Shinwari tribe"), a self-styled polity ("the Sulu sultanate"), and a state whose
  force is counted ("30 Abkhazia soldiers");
- a people counted by a number ("84 loyalist Kikuyu, mostly women, killed"): the name is the counted noun, with
  no preposition between the number and it, and nothing after it that it could qualify;
- an aircraft's type ("its Mirage and Kfir jets shot down two"): a name before a noun of aircraft;
- a person: an author cited at the head of a reference ("Anderson, The War of the Dispossessed (1981), p. 127"), or
  a name after a title of rank or address ("Captain Hull said"), or a given name between a lower-case role word and a
  capitalised surname ("our correspondent Rania Haddad", "security minister Katana Mwaro"), or a given name before
  one or two names and ", who" ("Madan Mohan Malaviya, who led ..."). One sense per discourse: the surname is a person
  wherever else the document writes it ("about 2,000 (Anderson)");
- a member of a list of states in brackets ("the guarantor states (Argentina, Brazil, Chile and the United
  States) will send ..."): the states act, nothing happens in them;
- a ship named after a town ("the Houston carried 180 men", "The Leeds sank at dawn"): the town's name after the
  article, with a verb only a vessel does right after it (towns take no article, and do not sail or run aground);
- the owner of a part a total takes in ("430 killed to date, ..., the Lari dead included"): the place of the part,
  not of the total.
- the field of a superlative ("the insurgency, one of Asia's longest, has killed ..."): a benchmark, not the place;
- a battle a person fought in, named by its place ("a veteran of Waterloo"): another war's, not the event's place.
- a list of stations, and the sites after them, in a town named at the clause's end ("at Atocha, El Pozo and Santa
  Eugenia stations and near Calle Tellez in Madrid"): no one of them holds the count, the town that holds them all
  does (`station_lists`, asked after the other tests, of every mention with its sites).

Each test starts from a cheap look at the characters around the name; most mentions fail it at once.
"""

from __future__ import annotations

import re

from extract.gazetteer import Mention
from extract.rx import guarded

_NUMBER_WORDS = r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands"
# A number and at most two lower-case words before the name, none a preposition or an article: the name is counted.
_COUNTED_BEFORE = re.compile(r"(?<![\w,.])(?:" + _NUMBER_WORDS + r")\s+(?:(?!(?:in|at|of|from|near|to|into|on|over|across"
                             r"|around|outside|inside|toward|towards|against|with|behind|beyond|under|along|through"
                             r"|between|among|off|onto|upon|via|the|a|an|and|or|by|for)\b)[a-z][a-z-]+\s+){0,2}$")
# What follows a counted people: a comma, a stop, a verb of what befell them; not a noun it qualifies ("12 Aleppo
# residents", where the town is theirs).
_COUNTED_AFTER = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:were|was|had|have|killed|dead|died|wounded|and\b)")
_AIRCRAFT_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]*)?(?:\s+(?:transport|cargo|attack|troop|tanker|patrol|spy"
                             r"|reconnaissance|military|passenger))?"  # ("Hercules transport planes")
                             r"\s+(?:jets?|fighters?|fighter-bombers?|bombers?|aircraft"
                             r"|warplanes?|planes?|interceptors?|helicopters?|gunships?|airliners?)\b")
# An aircraft's model designator, letters, a hyphen and digits ("C-130", "Mi-24", "MiG-29", "AH-64"), just before the
# name: the name is the type's ("a C-130 Hercules landed", "two Mi-24 Hind gunships"), not a town; a road's number
# ("the M-5 highway") is followed by no name of a town that way, and a "highway"/"road" after the name keeps it.
_DESIGNATOR_BEFORE = guarded(r"(?<![\w-])[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?\s$")
_ROAD_AFTER = re.compile(r"[\s-]+(?:[A-Z][\w-]*\s+)?(?:highway|road|motorway|expressway|route)\b", re.IGNORECASE)
# "Anderson, The War of the Dispossessed (1981)": an author, a title of capitalised words, the year in brackets.
_CITATION_AFTER = re.compile(r",\s+(?:[A-Z][\w'’:-]*\s+)(?:(?:[A-Z][\w'’:-]*|of|the|and|in|a|an|on|for|to)\s+){0,10}?"
                             r"\(\d{4}\)")
_TITLE_BEFORE = guarded(r"\b(?:Mr|Mrs|Ms|Dr|Professor|Prof|Captain|Capt|Colonel|Col|Major|Maj|Lieutenant|Lt"
                           r"|Sergeant|Sgt|Corporal|Trooper|Private|Admiral|Commander|Brigadier|Judge|General"
                           r"|Inspector|Constable"
                           r")\.?\s+(?:[A-Z][a-z]+\s+)?$")
# A given name: one or two capitalised words after the name, then ", who" ("Madan Mohan Malaviya, who led the
# inquiry"): a relative clause of a person. (A body's words after a name, "Syria Civil Defence, who", have already
# made it part of a name: extract/placementions.py.)
_PLACE_PART = (r"(?:Street|Road|Avenue|Police|Station|District|County|Province|State|Region|Camp|City|Town|Village"
               r"|River|Hospital|Airport|Market|Bridge|Forest|Valley|Hills?|Lake|Old|New|Square|Gate|Park|Gardens"
               r"|Quarter|Port|Bay|Island|Mountains?|Border|Crossing|Municipality|Governorate)\b")
_GIVEN_NAME_AFTER = re.compile(r"(?:\s+(?!" + _PLACE_PART + r")[A-Z][a-z][\w'’-]*){1,2},\s+who\b")
# A lower-case role word just before a given name ("our correspondent Rania Haddad", "the minister Katana Mwaro").
_ROLE_BEFORE = re.compile(r"\b(?:correspondent|reporter|journalist|presenter|editor|photographer|spokes(?:man|woman|person)"
                          r"|minister|governor|commissioner|commander|envoy|ambassador|senator|president|chairman"
                          r"|chairwoman|secretary|director|official|officer|chief|analyst|researcher|activist|mayor)\s+$")
# _ROLE_BEFORE's words: one of them ends every match, just before its white space (a cheap test first: str.endswith)
_ROLE_WORDS = ("correspondent", "reporter", "journalist", "presenter", "editor", "photographer", "spokesman",
               "spokeswoman", "spokesperson", "minister", "governor", "commissioner", "commander", "envoy", "ambassador",
               "senator", "president", "chairman", "chairwoman", "secretary", "director", "official", "officer", "chief",
               "analyst", "researcher", "activist", "mayor")
# A capitalised surname after the given name, not a word that makes the name a place's ("Garsen Police Station").
_SURNAME_AFTER = re.compile(r"\s+(?!(?:Street|Road|Avenue|Police|Station|District|County|Province|State|Region|Camp"
                            r"|City|Town|Village|River|Hospital|Airport|Market|Bridge|Forest|Valley|Hills?|Lake)\b)"
                            r"[A-Z][a-z][\w'’-]*\b(?!\s+(?:Street|Road|District|County|Province|State|Police))")
# (not "countries": "floods in three countries (Kenya, Uganda and Tanzania)" are the places of a count)
_PART_INCLUDED_AFTER = re.compile(r"\s+(?:dead|toll|victims|casualties|losses|figures?)\s+included\b")
# A vessel's verbs right after "the <Town>": what a ship does or undergoes.
_VESSEL_AFTER = re.compile(r"\s+(?:carried|sailed|sank|steamed|docked|ran\s+aground|went\s+down|capsized"
                           r"|was\s+(?:hit|sunk|torpedoed|scuttled|holed|beached))\b")
_MEMBERS_BEFORE = re.compile(r"\b(?:states|powers|governments|members|guarantors|allies)\s+\($")
# A people's tribe or clan ("elders of the Shinwari tribe", "Hawiye clansmen"): people, not a place.
# A self-styled polity named by its land ("a spokesman for the Sulu sultanate", "the Caucasus Emirate") is a party too.
_TRIBE_AFTER = re.compile(r"\s+(?:tribes?|tribesmen|tribal\s+elders|clans?|clansmen|sub-clans?|[Ss]ultanate|[Ee]mirate"
                          r"|[Cc]aliphate)\b")
# The nouns of a force whose state a name before them gives ("30 Abkhazia soldiers"): whose, not where.
_FORCE_AFTER = re.compile(r"\s+(?:soldiers|troops|servicemen|policemen|police\s+officers|border\s+guards|militiamen)\b")


def counted_people(text: str, m: Mention) -> bool:
    """Whether the name is a people counted by a number before it ("84 loyalist Kikuyu, ... killed")."""
    if m.place.precision == "country" or not _COUNTED_AFTER.match(text, m.end):
        return False
    a = m.start - 40 if m.start > 40 else 0
    return _COUNTED_BEFORE.search(text, a, m.start) is not None


def tribe(text: str, m: Mention) -> bool:
    """Whether the name is a tribe's, a clan's or a self-styled polity's ("elders of the Shinwari tribe", "Marehan
    clansmen", "the Sulu sultanate")."""
    return text.startswith(" ", m.end) and _TRIBE_AFTER.match(text, m.end) is not None


def force_state(text: str, m: Mention) -> bool:
    """Whether a state's or a region's name gives the side of a counted force ("captured 30 Abkhazia soldiers",
    "12 Georgia police officers"): the soldiers' state, not where anything happened."""
    if m.place.precision not in ("country", "admin1") or not text.startswith(" ", m.end) \
            or _FORCE_AFTER.match(text, m.end) is None:
        return False
    a = m.start - 40 if m.start > 40 else 0
    return _COUNTED_BEFORE.search(text, a, m.start) is not None


def aircraft_type(text: str, m: Mention) -> bool:
    """Whether the name is an aircraft's type ("Mirage jets", "its Mirage and Kfir jets", "Hercules transport
    planes"), or follows a model designator ("a C-130 Hercules landed": _DESIGNATOR_BEFORE, asked only when a digit
    stands two characters before the name)."""
    if text.startswith(" ", m.end) and _AIRCRAFT_AFTER.match(text, m.end) is not None:
        return True
    k = m.start - 2  # the designator's last character ("C-130 ", "Mi-24 ") or a letter after its digits ("F-16C ")
    if k < 2 or not (text[k].isdigit() or (text[k].isupper() and text[k - 1].isdigit())):
        return False
    return _DESIGNATOR_BEFORE.search(text, max(0, m.start - 12), m.start) is not None \
        and _ROAD_AFTER.match(text, m.end) is None


def _titled_at(text: str, k: int) -> bool:
    """Whether a title (and maybe a given name) stands just before offset `k`, after a blank (_TITLE_BEFORE). Its
    last word before the blank holds a capital ("Captain ", "Mr. ", "Reginald "): the word before most names is
    lower-case ("in ", "of "), and then the search is not made (str.islower: no capital, at least one letter)."""
    a = k - 28 if k > 28 else 0
    w = text.rfind(" ", a, k - 1)
    if text[w + 1 if w >= a else a : k - 1].islower():
        return False
    return _TITLE_BEFORE.search(text, a, k) is not None


def _person(text: str, m: Mention, who: bool = True) -> bool:
    """Whether the name is a person's here: an author cited, or a name after a title (module doc); `who`: whether
    the document holds ", who" at all (else no given name before a relative clause is looked for)."""
    if text.startswith(",", m.end) and m.place.precision != "country" and _CITATION_AFTER.match(text, m.end):
        return True
    if who and text.find(", who", m.end, m.end + 40) > 0 and m.place.precision not in ("country", "admin1") \
            and text.startswith(" ", m.end) and _SURNAME_AFTER.match(text, m.end) is not None \
            and _GIVEN_NAME_AFTER.match(text, m.end) is not None:
        return True  # "Madan Mohan Malaviya, who ...": a given name
    if text[m.start - 1 : m.start] != " ":
        return False
    if _titled_at(text, m.start):
        return True
    if m.place.precision == "country":
        return False
    a = m.start - 28 if m.start > 28 else 0
    if text.startswith(" ", m.end) and text[m.start - 2 : m.start - 1].isalpha() \
            and text.endswith(_ROLE_WORDS, a, m.start - 1) \
            and _SURNAME_AFTER.match(text, m.end) is not None and _ROLE_BEFORE.search(text, a, m.start) is not None:
        return True
    # (the given name _surname_after_role needs opens with a capital within the 15 characters before the space:
    # a stretch with no capital there has none, and most places follow lower-case words: "shelling in Homs")
    return not text[m.start - 16 if m.start > 16 else 0 : m.start - 1].islower() and _surname_after_role(text, m.start)


def _surname_after_role(text: str, start: int) -> bool:
    """Whether a given name and a role word (perhaps with a comma) stand before the name at `start`: a surname
    ("the court reporter, Tom Aldridge, walks", "our correspondent Ivo Sarajevo"). The word before must be
    capitalised and the rest lower-case (a given name), not a compass word ("North Waziristan")."""
    k = text.rfind(" ", start - 16 if start > 16 else 0, start - 1)
    given = text[k + 1 : start - 1]
    if k < 2 or len(given) < 2 or not given[0].isupper() or not given[1:].islower() or not given.isalpha() \
            or given in _NOT_GIVEN:
        return False
    j = k - 1 if text[k - 1] == "," else k
    if not text.endswith(_ROLE_WORDS, j - 16 if j > 16 else 0, j):
        return False
    role = next(w for w in _ROLE_WORDS if text.endswith(w, 0, j))
    return not text[j - len(role) - 1 : j - len(role)].isalpha()  # (a whole word: not "subeditor")


# Capitalised words before a name that make it part of a place's name, not a surname ("the commander, North Kivu").
_NOT_GIVEN = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower New Old Greater"
                       " Port Fort Mount Saint San Santa Al El".split())


def vessel(text: str, m: Mention) -> bool:
    """Whether the town's name is a ship's after "the" ("the Houston carried about 180 men", "The Leeds sank")."""
    return (text[m.start - 4 : m.start] in ("the ", "The ") and text.startswith(" ", m.end)
            and m.place.precision != "country" and _VESSEL_AFTER.match(text, m.end) is not None)


def in_members_list(text: str, m: Mention) -> bool:
    """Whether a country is one of a bracketed list after a noun of states ("the guarantor states (Argentina, Brazil,
    Chile and the United States)")."""
    if m.place.precision != "country":
        return False
    a = m.start - 120 if m.start > 120 else 0
    k = text.rfind("(", a, m.start)
    if k < 0 or text.find(")", k, m.start) >= 0 or "\n" in text[k : m.start]:
        return False
    return _MEMBERS_BEFORE.search(text, k - 30 if k > 30 else 0, k + 1) is not None


# "one of Asia's longest", "among Africa's deadliest": the field a superlative ranks the war in.
_SUPERLATIVE_AFTER = re.compile(r"['’]s\s+(?:longest|deadliest|bloodiest|worst|oldest|largest|biggest|most\s+\w+)\b")


def benchmark(text: str, m: Mention) -> bool:
    """Whether the name is the field of a superlative after "one of" or "among" ("one of Asia's longest")."""
    return text.startswith(("'s ", "’s "), m.end) and text.endswith(("one of ", "among "), m.start - 7 if m.start > 7
                                                                      else 0, m.start) \
        and _SUPERLATIVE_AFTER.match(text, m.end) is not None


def battle_fought(text: str, m: Mention) -> bool:
    """Whether the name is a battle's a person fought in ("a 22-year-old veteran of Waterloo", "veterans of Verdun")."""
    return text.endswith(("veteran of ", "veterans of "), m.start - 12 if m.start > 12 else 0, m.start)


def _titled_elsewhere(text: str, found: list[Mention], persons: set[str]) -> set[str]:
    """The names of `found` the document writes elsewhere after a title (or after a role word and a given name: "the
    court reporter, Tom Aldridge,"), where the gazetteer took them for no place
    ("troops under Brigadier-General Reginald Dyer": a run of capitalised words is no mention): a person there, so
    a person wherever else ("Dyer brought 90 soldiers"). Only the occurrences that are no mention are looked at."""
    out: set[str] = set()
    names = [text[m.start : m.end] for m in found if m.place.precision != "country"]
    starts: set[int] = set()  # (the mentions' starts, made once: only for a name written more often than mentioned)
    for name in set(names).difference(persons):
        if text.count(name) <= names.count(name):
            continue  # every occurrence is a mention, each already asked (a count first: mostly no other)
        starts = starts or {m.start for m in found}
        k = text.find(name)
        while k >= 0:
            if k not in starts and k > 1 and text[k - 1] == " " \
                    and not text[k + len(name) : k + len(name) + 1].isalpha() \
                    and (_titled_at(text, k) or _surname_after_role(text, k)):
                out.add(name)
                break
            k = text.find(name, k + 1)
    return out


def not_places(text: str, found: list[Mention], named: list[Mention] | None = None) -> list[Mention]:
    """`found` less the names used as a people, a tribe, a force's state, an aircraft, a ship, a person (and the same name elsewhere in the
    document), a member of a list of states, a part's owner ("the Lari dead included"), a superlative's field or a battle fought.
    A person is looked for among `named` when given (every mention, also those that act: "troops under General
    Reginald Dyer opened fire" makes "Dyer" a person wherever the document writes it)."""
    who = ", who" in text
    persons = {text[m.start : m.end] for m in (found if named is None else named) if _person(text, m, who)}
    persons |= _titled_elsewhere(text, found, persons)
    return [m for m in found if text[m.start : m.end] not in persons and not counted_people(text, m)
            and not aircraft_type(text, m) and not in_members_list(text, m) and not vessel(text, m)
            and not tribe(text, m) and not force_state(text, m) and not benchmark(text, m) and not battle_fought(text, m)
            and not (text.startswith(" ", m.end) and _PART_INCLUDED_AFTER.match(text, m.end))]


# After "stations": the rest of the clause up to "in" and the town that holds them ("stations and near Calle Tellez
# in Madrid").
_STATIONS_IN = re.compile(r" stations\b[^.;:()]{0,60}?\bin\s+(?:the\s+)?$")
# Between two names of one list: a comma, "and", or both; or other names the gazetteer lacks ("Atocha, El Pozo").
_LIST_JOINT = re.compile(r"(?:,\s+(?:[A-Z][\w'’-]+\s+){0,2})*,?\s+(?:and\s+)?|,\s+")


def station_lists(text: str, found: list[Mention]) -> list[Mention]:
    """`found` less a list of stations (the name just before " stations" and the names joined to it before) and the
    mentions after it up to the town that holds them, named after "in" in the same clause (module doc). A
    substring test first."""
    if " stations" not in text:
        return found
    drop: set[int] = set()
    for k, m in enumerate(found):
        if not text.startswith(" stations", m.end):
            continue
        for j in range(k + 1, len(found)):
            town = found[j]
            if town.start - m.end > 80:
                break
            if town.place.precision in ("city", "district") and town.place is not m.place \
                    and _STATIONS_IN.match(text[m.end : town.start]) is not None:
                first = k
                while first > 0 and _LIST_JOINT.fullmatch(text, found[first - 1].end, found[first].start):
                    first -= 1  # ("at Central, Riverside and Santa Eugenia stations": the list's earlier names)
                drop.update(range(first, j))
                break
    return [m for k, m in enumerate(found) if k not in drop] if drop else found
