"""Paraphrases of the claim-layer misses of the unseen batches (first sight of batches 6-10): each construction
said again in other words (other verbs, tenses, voice, word order, nouns, conflicts and number forms), with the
claim it must give, and the sentences of general news it must not reach.

The misses were the sentences; the constructions are what a rule must state. These sentences were written
before any rule was changed for them, and run once on the untouched tree (main 4a16881): FIRST_SIGHT below.

First sight (the tree as the session started; main 4a16881 with only classify.py split, which moved nothing):
- the paraphrases that must give a claim (sections 1-10): 38 of 76 passed (50%); by construction: people moving
  2/10, tolls as a figure 7/10, killings attributed 5/6, detention 3/8, force sizes 5/8, ordnance cleared 4/7,
  money for relief 6/7, live-blog updates 0/6, buildings burned 3/8, other wordings 3/6;
- what they must not reach: 30 of 31 (the one false claim: "The toll road carried 40,000 cars" read as deaths);
- the known bugs: 1 of 3 (hours after a number were already a duration).
A second probe of 71 sentences of my own in still other words, run after the first rules: 60 passed; its
misses are the "second round" below (arrivals, camps, captivity, ruins, unexploded ordnance, "missing and
feared dead", wounds treated "with").
Still wrong: the strict xfails below, each with its reason.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_probe import ClaimProbe

_PROBE = ClaimProbe(date(2021, 3, 4))
claims, one, numbers = _PROBE.claims, _PROBE.one, _PROBE.numbers


def _check(text: str, number: str, measure: str, subject: str | None = None, side: str | None = None) -> None:
    """The one claim written as `number` in `text` has this measure (and subject and side, when given)."""
    got = one(text, number)
    assert got.measure == measure, claims(text)
    if subject is not None:
        assert got.subject == subject, claims(text)
    if side is not None:
        assert got.side == side, claims(text)


def _none(text: str, number: str) -> None:
    """No claim is written as `number` in `text`."""
    assert number not in numbers(text), claims(text)


# --------------------------------------------------------------------------- 1. people moving: displaced

MOVING = [
    pytest.param("Some 6,000 Burundians streamed across the border into Rwanda over the weekend, the agency said.",
                 "6,000", marks=pytest.mark.xfail(strict=True, reason="no war is named in the report: a crowd crossing a "
                                                  "border in peace is no claim, so the rule asks for one")),
    ("Fighting raged in the capital. Some 6,000 Burundians streamed across the border into Rwanda over the weekend.",
     "6,000"),
    ("About 15,000 people poured over the border into Chad after the militia attacked the town.", "15,000"),
    ("Hundreds of families had left for the provincial capital by Sunday, fleeing the fighting.", "Hundreds"),
    ("Twelve thousand Rohingya trekked into Bangladesh in three days after the army's crackdown.", "Twelve thousand"),
    ("More than 40,000 civilians have escaped to neighbouring Niger since the offensive began.", "40,000"),
    ("Between 5,000 and 8,000 villagers abandoned their homes as the rebels advanced.", "5,000 and 8,000"),
    ("Dozens of families were streaming out of the besieged city on foot on Tuesday.", "Dozens"),
    ("Some 30,000 people have sought safety across the river in Cameroon since the clashes.", "30,000"),
    ("An estimated 2,500 Congolese waded across the river into Uganda overnight as shelling hit Bunagana.",
     "2,500"),
    ("About 9,000 people have left their homes in the valley since the army's offensive began.", "9,000"),
]


@pytest.mark.parametrize("text,number", MOVING)
def test_people_moving_away_from_violence_are_displaced(text, number):
    _check(text, number, "displaced")


@pytest.mark.parametrize("text,number", [
    ("About 2,000 fans crossed into the stadium before kick-off.", "2,000"),
    ("Shoppers poured into 300 stores on the first day of the sale.", "300"),
    ("Some 5,000 tourists poured over the border for the wine festival.", "5,000"),
    ("About 300 commuters have left for the capital every morning since the new bridge opened.", "300"),
    ("The war has raged for a year. Thousands of protesters poured into Tahrir Square on Friday.", "Thousands"),
    ("The war has raged for a year. About 5,000 people streamed into Independence Square to mourn.", "5,000"),
])
def test_crowds_moving_in_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 2. a toll put as a figure

TOLLS = [
    ("The dead numbered 41, officials said after the bombing.", "41"),
    ("Officials put the toll at 63 after the market bombing.", "63"),
    ("The toll stood at 27 on Monday evening after the airstrike.", "27"),
    ("Deaths from the shelling now exceed 1,500, the ministry said.", "1,500"),
    ("The number of those killed in the attack has climbed to 88.", "88"),
    ("Fatalities from the fighting reached 240 by Friday.", "240"),
    ("Nobody knows how many people were killed in the war. The figure usually given, some 200,000, comes from "
     "a UN estimate.", "200,000"),
    ("Nobody knows how many people died in the siege. Some historians put it at close to 30,000.", "30,000"),
    ("The army's raid left 19 dead, residents said.", "19"),
    ("The bodies counted in the village after the massacre came to 73.", "73"),
]


@pytest.mark.parametrize("text,number", TOLLS)
def test_a_toll_given_as_a_figure_is_killed(text, number):
    _check(text, number, "killed")


@pytest.mark.parametrize("text,number", [
    ("The toll road carried 40,000 cars a day before the strike by workers.", "40,000"),
    ("Officials put the budget for the festival at $40 million.", "$40 million"),
    ("The number of visitors to the museum climbed to 88,000 last year.", "88,000"),
    ("The figure most often quoted, about 500,000, is the number of people who live in the city.", "500,000"),
])
def test_figures_of_peace_are_no_toll(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 3. killings attributed

ATTRIBUTED = [
    ("The commission recorded 2,300 killings in 2004. Of these, 1,100 were blamed on the army and 640 on the "
     "rebels.", "1,100"),
    ("The commission recorded 2,300 killings in 2004. Of these, 1,100 were blamed on the army and 640 on the "
     "rebels.", "640"),
    ("The monitors documented 410 conflict deaths last year; 250 were attributed to government forces.", "250"),
    ("Investigators documented 900 killings in the province. Among them, 75 were blamed on the militia.", "75"),
    ("The group counted 1,200 civilian deaths in the war, 300 of them attributed to airstrikes.", "300"),
    ("The report lists 530 conflict killings; of these, 212 are attributed to the rebels.", "212"),
]


@pytest.mark.parametrize("text,number", ATTRIBUTED)
def test_killings_put_down_to_a_party_are_killed(text, number):
    _check(text, number, "killed")


@pytest.mark.parametrize("text,number", [
    ("Of the 300 complaints, 120 were attributed to the police.", "120"),
    ("The company logged 900 faults last year. Of these, 40 were attributed to software.", "40"),
    ("The agency received 900 applications; of these, 75 were blamed on clerical errors.", "75"),
])
def test_things_attributed_in_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 4. detention

DETAINED = [
    ("Some 150 men were held in a military camp without trial during the insurgency.", "150"),
    ("Security forces picked up 85 young men during night raids in the rebel-held district.", "85"),
    ("The militia is holding 23 aid workers in the town, the UN said.", "23"),
    ("Soldiers took 40 protesters into custody during the clashes with the army.", "40"),
    ("Another 45 have vanished after being detained by the army, their families say.", "45"),
    ("More than 2,000 suspected rebels remain behind bars without charge.", "2,000"),
    ("Some 500 people have disappeared in army custody since the coup, rights groups say.", "500"),
    ("The rebels are still holding 17 soldiers captured in the ambush.", "17"),
]


@pytest.mark.parametrize("text,number", DETAINED)
def test_people_held_or_vanished_in_custody_are_captured(text, number):
    _check(text, number, "captured")


@pytest.mark.parametrize("text,number", [
    ("The museum holds 300 paintings from the war years.", "300"),
    ("The stadium can hold 40,000 fans.", "40,000"),
    ("The hotel held 200 guests for the conference.", "200"),
])
def test_holding_things_or_guests_is_no_detention(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 5. force sizes

FORCES = [
    ("The rebels fielded some 8,000 fighters in the north.", "8,000", "fighters"),
    ("The army could muster around 45,000 men at the start of the war.", "45,000", "troops"),
    ("The insurgents numbered some 5,000 men, according to Western estimates.", "5,000", "fighters"),
    ("The Taliban had about 60,000 men at the start of the offensive.", "60,000", None),
    ("Government forces had some 20,000 men in the region.", "20,000", "troops"),
    ("The junta commands an estimated 150,000 troops.", "150,000", "troops"),
    ("The militia had grown to 12,000 men by 1998.", "12,000", "fighters"),
    ("The rebel army had nearly 30,000 men under arms.", "30,000", None),
]


@pytest.mark.parametrize("text,number,subject", FORCES)
def test_a_force_counted_by_its_men_is_forces(text, number, subject):
    _check(text, number, "forces", subject)


@pytest.mark.parametrize("text,number", [
    ("The company fielded 40 engineers for the project.", "40"),
    ("The club fielded 11 men in the final.", "11"),
    ("The factory had 2,000 men on its payroll.", "2,000"),
])
def test_teams_and_staff_are_no_force(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 6. mines and ordnance destroyed

ORDNANCE = [
    ("Deminers cleared 4,500 landmines from the fields around the town last year.", "4,500"),
    ("Army engineers defused 14 roadside bombs on the highway during the offensive.", "14"),
    ("The HALO Trust says it has destroyed more than 70,000 landmines in Angola.", "70,000"),
    ("About 1,200 anti-personnel mines were destroyed by the UN team in the former war zone.", "1,200"),
    ("Bomb disposal teams made safe 62 unexploded rockets after the shelling.", "62"),
    pytest.param("The team has removed more than 20,000 mines laid during the war.", "20,000",
                 marks=pytest.mark.xfail(strict=True, reason='"removed" also tells a side\'s haul ("rebels removed '
                                         'dozens of tanks from the base": seized); the verb cannot tell clearing from '
                                         'taking')),
    ("Sappers blew up 300 unexploded shells left by the retreating army.", "300"),
]


@pytest.mark.parametrize("text,number", ORDNANCE)
def test_mines_and_ordnance_cleared_are_destroyed(text, number):
    _check(text, number, "destroyed")


@pytest.mark.parametrize("text,number", [
    ("The city cleared 400 tons of snow from its streets.", "400"),
    ("The council removed 300 parking meters in the old town.", "300"),
    ("Volunteers cleared 12 fields of stones before the spring planting.", "12"),
])
def test_clearing_in_peace_is_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 7. money spent on relief

MONEY = [
    ("The United States has spent more than $150 million on mine clearance in the country since the war.",
     "$150 million"),
    ("Donors have spent $2 billion on humanitarian relief in Yemen since 2015.", "$2 billion"),
    ("Britain has poured $300 million into aid for refugees from the war.", "$300 million"),
    ("The agency says it needs $38 million to feed the displaced until August.", "$38 million"),
    ("The agency says it needs $38 million to feed the displaced and has so far received $12 million.",
     "$12 million"),
    ("Washington has given the rebels $500 million in military aid.", "$500 million"),
    ("The UN disbursed $75 million for emergency food for the refugees.", "$75 million"),
]


@pytest.mark.parametrize("text,number", MONEY)
def test_money_spent_on_relief_or_war_is_funding(text, number):
    _check(text, number, "funding")


@pytest.mark.parametrize("text,number", [
    ("The city spent $150 million on a new stadium.", "$150 million"),
    ("The company spent $40 million on marketing last year.", "$40 million"),
    ("The country's entire health budget is about $90 million a year.", "$90 million"),
])
def test_money_of_peace_is_no_funding(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 8. elliptic live-blog updates

LIVE = [
    ("The death toll from the blast rose through the day. Officials said 54 at 6:40.", "54"),
    ("The death toll from the blast rose through the day. NDTV is saying 60+ now.", "60+"),
    ("At least 31 people were killed in the attack, police said. Hospital sources now say 38.", "38"),
    ("Rescuers say 26 people died when the shell hit the market. The governor says 29 so far.", "29"),
    ("The army said 12 soldiers were killed in the ambush. Rebels say 40.", "40"),
    ("Houthi forces fired drones at the ships overnight. CENTCOM says 21 shot down.", "21"),
    ("Russia attacked with drones overnight. The air force said 31 were shot down.", "31"),
]


@pytest.mark.parametrize("text,number", LIVE)
def test_a_bare_count_said_after_a_toll_counts_what_the_toll_counts(text, number):
    measure = "destroyed" if "shot down" in text else "killed"
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    ("The stadium holds 40,000 people. Officials said 54 at 6:40.", "54"),
    ("The company sold 300 cars in May. Analysts say 400 now.", "400"),
    ("The score was 2-1 at half time. Commentators said 3 at the end.", "3"),
    ("The striker shot down 3 rivals in the final.", "3"),  # (nothing that flies named: no count brought down)
])
def test_a_bare_count_after_no_toll_is_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 9. buildings burned

BURNED = [
    ("Reporters counted dozens of burned shops in the town after the riots.", "dozens"),
    ("Some 1,700 houses were set alight during the ethnic violence.", "1,700"),
    ("At least 120 homes were burnt to the ground by the militia.", "120"),
    ("Rioters reduced 60 shops to ashes in the clashes.", "60"),
    ("About 400 houses went up in flames when the militia attacked the village.", "400"),
    ("A team found 80 charred houses in the village after the raid.", "80"),
    ("Dozens of gutted shops lined the main street after the fighting.", "Dozens"),
    ("Mobs torched more than 300 homes and 40 shops in the district.", "40"),
]


@pytest.mark.parametrize("text,number", BURNED)
def test_buildings_burned_are_destroyed(text, number):
    _check(text, number, "destroyed")


@pytest.mark.parametrize("text,number", [
    ("The developer built 300 houses on the edge of town.", "300"),
    ("The city has 1,700 houses and two schools.", "1,700"),
    ("The chain opened 40 shops this year.", "40"),
])
def test_buildings_of_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 10. other wordings of harm

HARM = [
    ('The account said seventeen soldiers had been "wiped out".', "seventeen", "killed"),
    ("Gunmen abducted 300 pupils in May; 46 of those abducted are still missing.", "46", "captured"),
    ("The militia mowed down 40 villagers at the well.", "40", "killed"),
    ("Troops executed some 30 men in the square, witnesses said.", "30", "killed"),
    pytest.param("Snipers picked off 12 soldiers on the bridge.", "12", "killed",
                 marks=pytest.mark.xfail(strict=True, reason='"picked off" is also a word of sport ("picked off 12 '
                                         'aces"), and a bare number after a verb of killing is a claim')),
    ("Fifty civilians lost their lives in the shelling of the market.", "Fifty", "killed"),
]


@pytest.mark.parametrize("text,number,measure", HARM)
def test_other_wordings_of_harm(text, number, measure):
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    ("The tennis star picked off 12 aces in the final.", "12"),
    ("The storm wiped out 300 homes along the coast.", "300"),
    ("The council cut down 300 trees along the avenue.", "300"),  # ("cut down" is no verb of killing: trees, jobs)
])
def test_other_wordings_in_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- known bugs


def test_a_partitive_names_a_part_of_the_count_before_not_the_count_after():
    text = "Gunmen killed 30 civilians, eight of them children, and wounded 40."
    assert one(text, "eight").subject == "children"
    assert one(text, "40").measure == "wounded"
    assert one(text, "40").subject in ("civilians", "people")


def test_road_deaths_are_an_accident_not_a_claim():
    _none("The transport ministry recorded 300 road deaths last year.", "300")
    _none("Police said 1,200 traffic deaths were recorded in 2019.", "1,200")
    _check("The ministry recorded 300 deaths in the shelling of the city.", "300", "killed")


@pytest.mark.parametrize("text,claimed", [
    ("Within 48 hours of the attack, the army said 12 soldiers had been killed.", ["12"]),
    ("In the 72 hours after the strike, 30 people died.", ["30"]),
    ("Some 48 hours later, 19 bodies were found in the ruins of the shelled market.", ["19"]),
    ("The militia killed 40 people over 48 hours of fighting.", ["40"]),
    ("The rebels released the hostages within 72 hours of the raid.", []),
])
def test_hours_after_a_number_in_a_time_phrase_is_a_duration(text, claimed):
    assert numbers(text) == claimed


# --------------------------------------------------------------------------- second round
# Written after the first rules, as a fresh probe of the same constructions in still other words: arrivals,
# camps, captivity, ruins, unexploded ordnance, the missing feared dead, wounds treated "with".

SECOND = [
    ("Aid agencies recorded 12,000 new arrivals in the camps in a week, fleeing the fighting.", "12,000",
     "displaced"),
    ("Around 8,000 people are living in makeshift camps after fleeing the fighting.", "8,000", "displaced"),
    ("Some 70 soldiers are being held prisoner by the rebels.", "70", "captured"),
    ("The army freed 60 hostages but 40 remain in captivity.", "40", "captured"),
    ("The group said it was holding 38 soldiers as prisoners of war.", "38", "captured"),
    ("About 300 homes lay in ruins after the shelling.", "300", "destroyed"),
    ("Teams have cleared 2,000 items of unexploded ordnance from the town.", "2,000", "destroyed"),
    ("Engineers detonated 40 unexploded bombs in controlled explosions after the war.", "40", "destroyed"),
    ("Army engineers defused 14 IEDs on the road to Kandahar.", "14", "destroyed"),
    ("Another 12 are missing and feared dead after the boat was shelled.", "12", "killed"),
    ("At least 30 soldiers were missing, presumed killed, after the ambush.", "30", "killed"),
    ("Medics said they had treated 54 people with gunshot wounds after the attack.", "54", "wounded"),
]


@pytest.mark.parametrize("text,number,measure", SECOND)
def test_second_round_paraphrases(text, number, measure):
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    ("The airport recorded 12,000 arrivals in August.", "12,000"),
    ("Some 300 students live in the campus dormitories.", "300"),
    ("The factory employed 300 men as guards.", "300"),
    ("Dozens were still missing after the flood.", "Dozens"),
    ("Insurgents detonated 3 IEDs near the base.", "3"),  # (set off by attackers: attacks, not destroyed)
])
def test_second_round_what_it_must_not_reach(text, number):
    if number == "3":
        assert one(text, number).measure == "attacks"
    else:
        _none(text, number)


# --------------------------------------------------------------------------- third round
# A third probe (25 sentences, 21 right at sight): people who succumbed to wounds, a part "of his" men, and a part
# "of them" of a count told in the sentence before that a verb destroys.

THIRD = [
    ("A further 9 people succumbed to their injuries in hospital after the bombing.", "9", "killed", None),
    ("The drone strike killed a commander and 6 of his bodyguards.", "6", "killed", "fighters"),
    ("Russia launched 120 missiles and 90 drones overnight. Ukrainian air defences downed 114 of them.", "114",
     "destroyed", "drone"),
    ("Rebels fired 40 rockets at the town; the army said it shot down 25 of them.", "25", "destroyed", "rocket"),
    ("Rebels fired 40 rockets at the town. The army said 25 of them were shot down.", "25", "destroyed", "rocket"),
]


@pytest.mark.parametrize("text,number,measure,subject", THIRD)
def test_third_round_paraphrases(text, number, measure, subject):
    _check(text, number, measure, subject)


@pytest.mark.parametrize("text,number", [
    ("The company built 300 cars last year. Workers painted 40 of them red.", "40"),
    ("Gunmen kidnapped 80 pupils. Police later freed 20 of them.", "20"),
    ("The club signed 12 players this summer. It loaned 5 of them out.", "5"),
])
def test_third_round_what_it_must_not_reach(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- fourth round
# A fourth probe (20 sentences, 13 right at sight): people bused or forced out, the dead counted "now number", fire
# set to houses, a noun joined to its number by "numbering".

FOURTH = [
    ("About 3,000 people were bused out of the besieged enclave on Sunday.", "3,000", "displaced", None),
    ("Thousands were forced across the border by the army's offensive.", "Thousands", "displaced", None),
    ("The count of the dead stands at 47 after the airstrike, the Red Cross said.", "47", "killed", None),
    ("The dead now number 95 after the shelling.", "95", "killed", None),
    ("Arsonists set fire to 25 houses in the village during the clashes.", "25", "destroyed", "house"),
    ("Troops numbering 2,500 were flown in to the war zone.", "2,500", "forces", "troops"),
    ("Refugees, numbering some 30,000, waited at the border after the fighting.", "30,000", "displaced", "refugees"),
]


@pytest.mark.parametrize("text,number,measure,subject", FOURTH)
def test_fourth_round_paraphrases(text, number, measure, subject):
    _check(text, number, measure, subject)


@pytest.mark.parametrize("text,number", [
    ("Some 200 workers were bused out of the city to the new factory.", "200"),
    ("Visitors numbering 30,000 came to the fair.", "30,000"),
    ("The count of the votes stands at 47,000.", "47,000"),
])
def test_fourth_round_what_it_must_not_reach(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- general news the new words must not reach


@pytest.mark.parametrize("text,number", [
    ("The union said 12 workers were injured in the factory fire. Management says 9.", "9"),
    ("The union said 12 workers were injured in the factory fire. Management says 9.", "12"),
    ("The hospital treated 54 people with minor injuries after the marathon.", "54"),
    ("Deaths from the flu now exceed 1,500, the ministry said.", "1,500"),
    ("Sales rose to 300 units in March. The company says 340 now.", "340"),
    ("Police are holding 3 men over the burglary.", "3"),
    ("An estimated 20,000 tourists are staying in tents at the festival.", "20,000"),
    ("Nearly 200 houses were set alight by the wildfire.", "200"),
    ("The company numbered 300 men on its payroll.", "300"),
    ("Snow ploughs cleared 300 roads overnight.", "300"),
])
def test_general_news_gives_no_claim_with_the_new_words(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- fifth round
# Paraphrases of batch 9's misses (13 sentences, 11 right at sight): the size of a force put as a figure.


@pytest.mark.parametrize("text,number,measure,subject", [
    ("Diplomats put the strength of the army at roughly 80,000 as the war dragged on.", "80,000", "forces", "troops"),
    ("Troop levels in the province rose to 12,000 after the offensive.", "12,000", "forces", "troops"),
    ("In the capital, hundreds of displaced families were sleeping in mosques after the offensive.", "hundreds",
     "displaced", "families"),
    ("Volunteers dug 63 fresh graves after the militia attack.", "63", "killed", "people"),
    ("Bombings in the capital climbed to 48 last month.", "48", "attacks", None),
])
def test_fifth_round_paraphrases(text, number, measure, subject):
    _check(text, number, measure, subject)


def test_the_size_of_a_force_needs_a_war_named():
    _none("The number of soldiers at the parade reached 3,000.", "3,000")
    _none("Officials put the size of the crowd at roughly 8,000.", "8,000")


# --------------------------------------------------------------------------- sixth round
# A sixth probe (15 sentences, 10 right at sight): killings counted as a noun, and who a part of the dead were.


@pytest.mark.parametrize("text,number,measure,subject", [
    ("Hundreds of the killings were blamed on the army.", "Hundreds", "killed", "people"),
    ("The militia carried out 12 killings in the town.", "12", "killed", "people"),
    ("Of the dead, 17 were soldiers.", "17", "killed", "troops"),
    ("Of the dead, 17 were civilians, the ministry said after the airstrike.", "17", "killed", "civilians"),
    ("Of the injured, 40 were children.", "40", "wounded", "children"),
])
def test_sixth_round_paraphrases(text, number, measure, subject):
    _check(text, number, measure, subject)


def test_killings_counted_in_peace_are_crime_not_war():
    _none("Police recorded 300 killings in the city last year.", "300")


# --------------------------------------------------------------------------- seventh round
# Paraphrases of batch 10's ellipses (6 sentences, 5 right at sight): a sentence opening "Another N" is more of the
# count before it.


@pytest.mark.parametrize("text,number,measure,subject", [
    ("More than 20,000 people fled into Chad after the attack. Another 3,000 were stuck at the crossing, among them "
     "dozens of children.", "3,000", "displaced", None),
    ("More than 20,000 people fled into Chad after the attack. Another 3,000 were stuck at the crossing, among them "
     "dozens of children.", "dozens", "displaced", "children"),
    ("Gunmen killed 12 villagers on Monday. A further 9 were found dead in the forest.", "9", "killed", None),
    ("The rights group documented 800 killings last year. Of these, 500 were attributed to the army and 300 to the "
     "militia.", "300", "killed", None),
])
def test_seventh_round_paraphrases(text, number, measure, subject):
    _check(text, number, measure, subject)


def test_another_count_after_no_claim_is_none():
    _none("The company hired 200 workers. Another 50 will join next month.", "50")


# --------------------------------------------------------------------------- eighth round
# Headlines (12, 11 right at sight): a present-tense verb of burning. And a precision hole found on the way (it
# was there before this session): buildings pulled down in peace were a claim.


@pytest.mark.parametrize("text,number", [
    ("Haiti gangs torch 30 homes in Port-au-Prince suburb", "30"),
    ("Militia razes 12 villages in Darfur", "12"),
    ("The militia razed 12 houses in the village.", "12"),
    ("Bulldozers flattened 30 homes in the West Bank village.", "30"),
])
def test_buildings_torched_or_razed_in_violence_are_destroyed(text, number):
    _check(text, number, "destroyed")


@pytest.mark.parametrize("text,number", [
    ("The city will demolish 40 old buildings to make way for a park.", "40"),
    ("The council razed 12 houses for the new road.", "12"),
    ("The developer flattened 25 old houses along the river.", "25"),
])
def test_buildings_pulled_down_in_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- ninth round
# Analysis and aid reports (13 sentences, 10 right at sight): health facilities attacked.


@pytest.mark.parametrize("text,number,measure,subject", [
    ("The insurgents lost 200 men in the battle for the town.", "200", "killed", "men"),  # (the gold's subject: h08)
    ("The army lost 40 men in the ambush.", "40", "killed", "men"),
    ("Some 60 health facilities have been attacked since the war began.", "60", "damaged", "health facility"),
])
def test_ninth_round_paraphrases(text, number, measure, subject):
    _check(text, number, measure, subject)


def test_men_a_family_loses_in_a_flood_are_no_claim():
    _none("The family lost 3 men in the flood.", "3")


def test_a_verb_before_a_comma_belongs_to_the_count_before_it():
    text = "The explosion tore through the market. At least 12 dead, dozens hurt."
    assert one(text, "12").measure == "killed"
    assert one(text, "dozens").measure == "wounded"


# --------------------------------------------------------------------------- tenth round
# Estimates in analyses (8 sentences, 5 right at sight): a figure restating the harm the sentence before told of
# with no number, "the true figure is closer to", and people "thought to have been killed".


@pytest.mark.parametrize("text,number,measure", [
    ("Nobody has counted the dead. The most widely cited estimate, 400,000, dates from 2016.", "400,000", "killed"),
    ("Many fled the fighting. The figure usually given, some 200,000, comes from the UN.", "200,000", "displaced"),
    ("Thousands were killed in the massacre. Human Rights Watch believes the true figure is closer to 5,000.", "5,000",
     "killed"),
    ("An estimated 4,000 fighters are thought to have been killed on each side.", "4,000", "killed"),
    ("Some 300 civilians are believed to have been abducted by the militia.", "300", "captured"),
])
def test_tenth_round_paraphrases(text, number, measure):
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    ("The museum was busy all week. The official figure, 40,000, was a record.", "40,000"),
    ("The company sold many cars. The figure usually given, some 200,000, comes from the dealers.", "200,000"),
])
def test_a_figure_after_no_harm_is_no_claim(text, number):
    _none(text, number)


@pytest.mark.parametrize("text,number,expected", [
    ("The militia boasts some 10,000 members.", "10,000", ("forces", "fighters")),
    ("The insurgents had about 3,000 members in the province.", "3,000", ("forces", "fighters")),
    ("The party has 10,000 members.", "10,000", None),
])
def test_members_an_armed_group_has_are_its_fighters(text, number, expected):
    if expected is None:
        _none(text, number)
    else:
        _check(text, number, *expected)


# --------------------------------------------------------------------------- eleventh round
# Killings worded as in reports from Africa and South Asia (9 sentences, 3 right at sight): lynched, butchered,
# burned alive, fatally shot, and a verb split around its object ("hacked 23 villagers to death").


@pytest.mark.parametrize("text,number", [
    ("Attackers hacked 23 villagers to death with machetes.", "23"),
    ("At least 17 people were burned alive in their homes.", "17"),
    ("The mob lynched 4 men accused of spying for the army.", "4"),
    ("Herders butchered 38 farmers in a dawn raid.", "38"),
    ("Security forces fatally shot 12 protesters.", "12"),
    ("Soldiers beat 3 prisoners to death in the camp.", "3"),
])
def test_eleventh_round_killings(text, number):
    _check(text, number, "killed")


def test_people_sentenced_to_death_are_not_killed():
    _none("A military court sentenced 5 men to death for desertion.", "5")


@pytest.mark.parametrize("text,number,expected", [
    ("Some 25,000 civilians remain cut off in the besieged city.", "25,000", "displaced"),
    ("The army cut off 3 roads into the city.", "3", None),
    ("About 2,000 people were cut off by the floods.", "2,000", None),
])
def test_people_cut_off_by_a_siege_are_displaced(text, number, expected):
    if expected is None:
        _none(text, number)
    else:
        _check(text, number, expected)


@pytest.mark.parametrize("text,number,expected", [
    ("At least 7 people remain in critical condition after the blast.", "7", "wounded"),
    ("More than 300 people were treated in hospitals after the gas attack.", "300", "wounded"),
    ("Some 300 people were treated in hospital after eating bad fish at the wedding.", "300", None),
    ("Seven people remain in critical condition after the car crash.", "Seven", None),
])
def test_people_in_hospital_after_an_attack_are_wounded(text, number, expected):
    if expected is None:
        _none(text, number)
    else:
        _check(text, number, expected)


@pytest.mark.parametrize("text,number", [
    ("Some 40 cyclists crossed into France on the tour's fifth stage.", "40"),
    ("About 50,000 fans flooded out of the stadium after the match.", "50,000"),
    ("Some 200 students are living in tents during the music festival.", "200"),
    ("The teacher held 30 pupils back after class.", "30"),
    ("Another 40 have disappeared from the shelves since the price rise.", "40"),
    ("Officials said 54 at the press conference about the budget.", "54"),
    ("The league said 12 players were injured last season. Coaches say 15.", "15"),
    ("The bank disbursed $75 million in loans to farmers.", "$75 million"),
    ("Nearly 400 people are missing and feared dead after the ferry capsized.", "400"),
])
def test_more_general_news_with_the_new_words(text, number):
    _none(text, number)


def test_aircraft_brought_down_are_destroyed():
    _check("Two enemy helicopters were brought down over the front.", "Two", "destroyed", "helicopter")
    _none("The scandal brought down 3 ministers.", "3")


@pytest.mark.parametrize("text,number", [
    ("The army rushed 3,000 reinforcements to the front.", "3,000"),
    ("Turkey airlifted 500 commandos into the war zone.", "500"),  # (forces need a war named)
])
def test_reinforcements_and_commandos_are_forces(text, number):
    _check(text, number, "forces", "troops")


def test_a_bare_count_brought_down_at_the_end_of_a_sentence_does_not_stop_the_document() -> None:
    """A count right before a full stop or comma in a sentence about bringing things down ("shot down 12.") once
    raised AttributeError in partof.shot_down_count and took the whole document's claims with it."""
    text = "Houthi drones flew at the convoy all night. The navy said its gunners shot down 12. Two ships were hit, 4."
    assert "12" in numbers(text)


@pytest.mark.parametrize("text", [
    "The war drama took $31 million in its opening weekend, the studio said.",
    "A documentary about the siege grossed $4.5 million at the box office.",
])
def test_what_a_film_took_in_is_no_war_funding(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize("text, number", [
    ("Kidnappers took $2 million in ransom for the aid workers, the army said.", "$2 million"),
    ("The militia earned $40 million a year from oil sales to fund its war, the panel found.", "$40 million"),
])
def test_a_ransom_or_an_armed_groups_income_stays_funding(text: str, number: str) -> None:
    assert one(text, number).measure == "funding"


@pytest.mark.parametrize("text, number, subject", [
    ("Troops killed 12 guerrillas near the border on Sunday.", "12", "fighters"),
    ("The army said it had killed 30 armed cadres in the hills.", "30", "fighters"),
])
def test_guerrillas_and_cadres_are_fighters_in_any_sentence(text: str, number: str, subject: str) -> None:
    """Nouns once read only by the list rules ([rows.nouns]) are the main lexicon's now: one place for each."""
    assert one(text, number).measure == "killed"
    assert one(text, number).subject == subject
