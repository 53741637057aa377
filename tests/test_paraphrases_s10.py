"""Paraphrases of the claim-layer misses that came back in two or more unseen batches (first sight of batches
14-19), each construction said again in other words (other verbs, tenses, voice, word order, nouns, conflicts and
number forms), with the claim it must give, and sentences of general news of the same shape it must not reach.

Batch 20's own misses (tests/data/firstsight/README.md: "puts the number of X killed at N", headline tolls,
"Another 400", "of whom 112", "seized two airfields", ...) are left to the rules fitted for that batch.

FIRST SIGHT: the sentences of sections 1-12 were written before any rule was changed for them, and run once on the
untouched clone (main a6c3b09):
- the paraphrases that must give a claim: 68 of 95 right (72%); by construction: 1. tolls as a figure 5/8,
  2. people missing 4/7, 3. force sizes 8/10, 4. displacement without its word 7/9, 5. buildings burned 8/8,
  6. weapons seized 6/8, 7. events logged 6/8, 8. deaths in other words 4/8, 9. parts of the count before 6/7,
  10. "N more", "a further N" 6/8, 11. people taken or given back 3/7, 12. wounded by their treatment 5/7;
- what they must not reach: 31 of 31.
After the rules (new modules extract/aftermodifier.py, missingforms.py, movedout.py, tollfigure.py,
violentevents.py, seizeverbs.py, amongthem.py, treatment.py; widened extract/captives.py and extract/ellipses.py):
87 of 95, and 31 of 31; the 8 still wrong are strict xfails, 5 of them only because a one-sentence report names no
war.

SECOND PROBE (bottom of the file): 36 sentences in still other words for those rules, and 12 of peace, written
after the rules and run once: 30 of 36 and 9 of 12. Two of the three claims of peace are the project's stance (a
death with no war named is a claim; the same sentence without the modifier gives it too), one is older than this
session. After that run the participle modifier, "got ... out of" with no verb of the lexicon, and a siege as war
enough were added: 33 of 36; the rest are strict xfails with their reasons.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_probe import ClaimProbe

_PROBE = ClaimProbe(date(2021, 3, 4))
claims, one, numbers = _PROBE.claims, _PROBE.one, _PROBE.numbers


def _check(text: str, number: str, measure: str) -> None:
    """The one claim written as `number` in `text` has this measure."""
    got = one(text, number)
    assert got.measure == measure, claims(text)


def _none(text: str, number: str) -> None:
    """No claim is written as `number` in `text`."""
    assert number not in numbers(text), claims(text)


# --------------------------------------------------------------------------- 1. a toll given as a figure, no verb
# (batches 14 "its count of wounded is nine", "the figure of 52 dead"; 15 "the dead so far number eight";
# 17 "gave the number ... as seven"; 19 "the count stands at 93", "Hanoi's figure for Chinese dead was 20,000")

TOLL_FIGURES = [
    ("The dead now number 31, the provincial governor said after the shelling.", "31", "killed"),
    ("Its tally of wounded stands at 140 after the mortar attack on the market.", "140", "wounded"),
    ("The army's own figure for rebel dead was 600, a number no one could check.", "600", "killed"),
    ("By Friday the count of bodies in the morgue was 212, after the massacre in the suburb.", "212", "killed"),
    ("The toll of injured from the bombing is 85, the ministry said.", "85", "wounded"),
    ("The rebels' count of their own fallen was 19, far below the army's claim.", "19", "killed"),
    ("The death count after the militia raid stood at 44 on Sunday.", "44", "killed"),
    ("The number of dead in Gao has reached 57 since the jihadists attacked, officials said.", "57", "killed"),
]


@pytest.mark.parametrize("text,number,measure", TOLL_FIGURES)
def test_a_toll_given_as_a_figure(text, number, measure):
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    ("The number of visitors to the fair now stands at 31,000.", "31,000"),
    ("Its tally of goals stands at 14 after the derby.", "14"),
    ("The count of ballots in the district was 212,000 on Friday.", "212,000"),
])
def test_figures_of_peace_are_no_toll(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 2. people missing after violence
# (batches 14 "14 are missing", "11 have never been found"; 15 "62 people remain missing"; 16 "3,000 Greek Cypriots
# were missing"; 18 "A further 89 people remain missing"; 19 "dozens are still missing")

MISSING = [
    ("After the raid on the camp, 35 refugees are still missing, the UN said.", "35"),
    ("Relatives say 120 men have been missing since soldiers swept through the village in March.", "120"),
    ("Some 400 Bosnians remain missing from the fighting around Srebrenica, the commission says.", "400"),
    ("The rebels attacked the convoy near Beni; eleven drivers are missing.", "eleven"),
    ("Dozens of students have gone missing since the militia took the town.", "Dozens"),
    ("Human rights groups list 2,300 people as missing after the civil war.", "2,300"),
    ("The families of 87 men who disappeared after the army's sweep through the village are still waiting.", "87"),
]


@pytest.mark.parametrize("text,number", MISSING)
def test_people_missing_after_violence_are_captured(text, number):
    _check(text, number, "captured")


@pytest.mark.parametrize("text,number", [
    ("Three hikers are missing in the mountains after the storm.", "Three"),
    ("Police say 12 children have been reported missing in the city this year.", "12"),
])
def test_people_missing_in_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 3. force sizes in other words
# (batches 14 "number about 12,000 men", "a unit of about 150 men"; 15 "about 70 submarines"; 16 "up to 3,000 men
# under arms", "a militia group of about 60 youths"; 17 "whose force in Kosovo numbers 40,000"; 18 "about 50
# strong"; 19 "now number 2,600", "Two more companies, about 200 men")

FORCE_SIZES = [
    ("The rebel column was some 800 strong when it crossed the river.", "800"),
    ("The garrison numbered no more than 300 when the siege began.", "300"),
    ("Kabila's army can field about 40,000 men, Western diplomats estimate.", "40,000"),
    ("The insurgents have at least 5,000 men under arms in the north, the army says.", "5,000"),
    pytest.param("A battalion of roughly 600 paratroopers landed near the airport.", "600",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'no war is named in a one-sentence report: the rules that keep peacetime news out need one (with'
                     ' one named it is forces)'))),
    ("The peacekeeping mission now counts 12,000 soldiers, after 3,000 more arrived from Bangladesh.", "12,000"),
    ("The peacekeeping mission now counts 12,000 soldiers, after 3,000 more arrived from Bangladesh.", "3,000"),
    ("The militia, which diplomats say numbers around 2,000 fighters, holds the port.", "2,000"),
    ("A band of about 70 gunmen rode into the village at dawn and opened fire.", "70"),
    pytest.param("The war at sea went on. The rebels' navy has 14 gunboats, the defence ministry says.", "14",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     '"gunboats" is no noun of the lexicon ([nouns.equipment] is not this helper’s to extend)'))),
]


@pytest.mark.parametrize("text,number", FORCE_SIZES)
def test_a_force_sized_in_other_words_is_forces(text, number):
    _check(text, number, "forces")


@pytest.mark.parametrize("text,number", [
    ("The choir was 60 strong for the Christmas concert.", "60"),
    ("The company numbers about 40,000 employees worldwide.", "40,000"),
    ("The club can field 22 players this season.", "22"),
])
def test_choirs_staff_and_teams_are_no_force(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 4. displacement without its word
# (batches 14 "hiding in the hills", "airlifted to Darwin", "the mission shelters tens of thousands"; 15 "nowhere
# to come back to", "have left Sukhumi by sea"; 16 "taken off nearly 1,900 foreigners", "remained trapped";
# 17 "trapped in cellars", "living in care centres"; 18 "took off another 110", "flew out 74 more"; 19 "Shipped out")

SHELTERED = [
    ("About 12,000 people are sheltering in churches and schools in Bangui after the militia attacks.", "12,000"),
    ("The navy airlifted some 900 foreigners out of Aden as the fighting spread.", "900"),
    ("Roughly 3,000 villagers are living in tents at the mission since the army burned their homes.", "3,000"),
    ("A ferry took off 1,200 civilians from the besieged port on Monday.", "1,200"),
    pytest.param("Since the shelling began, 25,000 people have crowded into the stadium in Kindu.", "25,000",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     '"crowded into" a refuge is no verb of flight (extract/phraseparts.fled_or_camped is '
                     "claims20’s)"))),
    ("Tens of thousands have nowhere to go back to after the fighting razed their villages.", "Tens of thousands"),
    ("Around 4,000 people are trapped in the old town by the fighting, the Red Cross said.", "4,000"),
    ("The camps outside Goma now hold about 80,000 people, aid workers say, after the rebel advance.", "80,000"),
    ("Buses evacuated 350 patients and staff from the hospital as the front drew near.", "350"),
]


@pytest.mark.parametrize("text,number", SHELTERED)
def test_people_sheltering_or_taken_out_are_displaced(text, number):
    _check(text, number, "displaced")


@pytest.mark.parametrize("text,number", [
    ("About 12,000 fans are sheltering from the rain in the stadium.", "12,000"),
    ("The airline flew 900 passengers to Dubai on Monday.", "900"),
    ("The camp outside the city holds about 300 scouts every summer.", "300"),
])
def test_fans_passengers_and_scouts_are_not_displaced(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 5. buildings burned
# (batches 14 "nine palaces had burned down"; 16 "a dozen houses ... torched", "torched 14 stalls"; 17 "Fourteen
# lorries were burned out", "196 are gone or burned"; 19 "Two houses ... seen burning", "Scores of houses ... still
# burning")

BURNED = [
    ("Some 40 shops in the market were burned down by the militia overnight.", "40"),
    ("The rebels torched 60 huts in the village of Kpaa.", "60"),
    ("Nine lorries were burned out on the highway after the army's ambush.", "Nine"),
    ("Dozens of homes in Bor were still burning on Tuesday morning after the raid.", "Dozens"),
    ("Satellite images show 230 houses razed in the district since the offensive.", "230"),
    ("Attackers set fire to 18 houses and a church in the village.", "18"),
    ("Three mosques went up in flames during the clashes in Jos.", "Three"),
    ("Soldiers gutted about 70 homes in Kafr Nabl with fire during the offensive.", "70"),
]


@pytest.mark.parametrize("text,number", BURNED)
def test_things_burned_in_violence_are_destroyed(text, number):
    _check(text, number, "destroyed")


@pytest.mark.parametrize("text,number", [
    ("Firefighters said 40 hectares of forest burned down in the blaze.", "40"),
    ("The bakery burned 12 loaves on Tuesday.", "12"),
    ("Nine cars burned out in a motorway pile-up on Sunday.", "Nine"),
])
def test_fires_of_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 6. weapons seized, in lists
# (batches 16 "torched 14 stalls and two lorries"; 18 "seized three armoured cars", "found a further 35
# detonators and two rifles"; 19 "seized 1,060 machetes, spears and home-made guns")

SEIZED = [
    ("Police searching the rebel camp found 40 rifles, two mortars and 300 grenades.", "40"),
    ("Police searching the rebel camp found 40 rifles, two mortars and 300 grenades.", "300"),
    ("Troops recovered 12 machine guns and 5,000 rounds of ammunition from the rebel base.", "12"),
    ("The army said it had captured 15 pick-up trucks, mortars and rocket launchers at Tessalit.", "15"),
    ("At the roadblock the militia confiscated 230 machetes and axes.", "230"),
    ("Government forces took three tanks and an armoured personnel carrier when they overran the camp.", "three"),
    ("A raid on the insurgents' warehouse turned up a further 600 detonators.", "600"),
    ("The rebels seized 27 vehicles of the UN mission near Bunia.", "27"),
]


@pytest.mark.parametrize("text,number", SEIZED)
def test_weapons_and_vehicles_taken_are_seized(text, number):
    _check(text, number, "seized")


@pytest.mark.parametrize("text,number", [
    ("Customs officers found 40 kilos of cocaine and 300 fake watches.", "300"),
    ("The museum recovered 12 paintings stolen in 1990.", "12"),
])
def test_goods_found_in_peace_are_not_seized(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 7. events logged by a monitor
# (batches 16 "We coded 214 events", "we recorded 11"; 17 "a dozen rounds"; 19 "logged 23 ceasefire violations",
# "against nine", "attributes 17 of them")

LOGGED = [
    ("Monitors logged 46 ceasefire violations on Sunday, against 30 the day before.", "46"),
    ("Monitors logged 46 ceasefire violations on Sunday, against 30 the day before.", "30"),
    ("The mission recorded 112 explosions near Donetsk airport overnight.", "112"),
    ("Our database counts 89 armed incidents in the district in June.", "89"),
    ("We documented 23 air strikes on markets, most of them by government aircraft.", "23"),
    ("Observers counted some 300 shells falling on the town in an hour.", "300"),
    ("The rebels fired a dozen rockets at the airport.", "a dozen"),
    ("UN monitors recorded 17 breaches of the truce; the army blames 12 of them on the rebels.", "17"),
]


@pytest.mark.parametrize("text,number", LOGGED)
def test_violent_events_logged_are_attacks(text, number):
    _check(text, number, "attacks")


@pytest.mark.parametrize("text,number", [
    ("The network logged 46 outages on Sunday.", "46"),
    ("The observatory recorded 112 earthquakes in the region last year.", "112"),
])
def test_events_of_peace_logged_are_no_attacks(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 8. deaths told with other nouns/verbs
# (batches 14 "three members of its party died"; 15 "Two groundsmen ... were killed", "46 sailors died", "the loss
# of all nine crew"; 16 "5 rangers and a soldier killed"; 17 "We mourn two martyrs", "lost only 12 men";
# 18 "Two other members of the unit were shot dead")

DIED = [
    ("Four crewmen of the patrol boat died when the mine exploded.", "Four"),
    ("The battalion lost 31 men in the fighting for the bridge.", "31"),
    pytest.param("The movement mourns five martyrs who fell at Jenin.", "five",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'no war is named in a one-sentence report: the rules that keep peacetime news out need one (with'
                     ' one named it is killed)'))),
    pytest.param("Seven aid workers lost their lives when the convoy was ambushed.", "Seven",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'no war is named in a one-sentence report: the rules that keep peacetime news out need one (with'
                     ' one named it is killed)'))),
    ("The ship went down with the loss of all 23 sailors after the torpedo hit.", "23"),
    ("Two guards who had been asleep in the gatehouse were shot dead by the attackers.", "Two"),
    ("Eleven pilgrims perished when the bomb went off near the shrine.", "Eleven"),
    ("The rebels said 14 of their comrades fell in the battle.", "14"),
]


@pytest.mark.parametrize("text,number", DIED)
def test_deaths_told_in_other_words_are_killed(text, number):
    _check(text, number, "killed")


@pytest.mark.parametrize("text,number", [
    ("The team lost 31 games last season.", "31"),
    ("Seven climbers lost their lives on the mountain in an avalanche.", "Seven"),
    ("The company lost 200 jobs in the crisis.", "200"),
])
def test_losses_of_peace_are_no_toll(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 9. a part of the count before
# (batches 15 "23 of them from Bender", "Among them are at least eight Dinamo players"; 16 "Among them were 18
# soldiers ... and nine children"; 17 "Four of them are students"; 18 "Among them were 93 children", "the dead
# include eight members of the Rifles"; 19 "14 civilians, four of them children")

PARTS = [
    ("Shelling wounded 60 people in Idlib on Monday. Among them were 14 children.", "14", "wounded"),
    ("The army said 90 rebels had been captured; among them are 8 commanders.", "8", "captured"),
    ("At least 200 people fled across the border, among them 45 women.", "45", "displaced"),
    ("The bombing killed 37 people. Among the dead were 11 police officers.", "11", "killed"),
    ("Militias abducted 52 villagers, of whom 19 were children.", "19", "captured"),
    ("Twenty-six soldiers died in the ambush; six of them were officers.", "six", "killed"),
    ("The hospital took in 150 wounded from the front, including 30 who needed surgery.", "30", "wounded"),
]


@pytest.mark.parametrize("text,number,measure", PARTS)
def test_a_part_of_the_count_before_shares_its_measure(text, number, measure):
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    ("The school has 600 pupils. Among them are 14 twins.", "14"),
    ("The club signed 20 players; among them were 5 goalkeepers.", "5"),
])
def test_parts_of_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 10. "N more", "a further N"
# (batches 17 "some 5,000 more ... are trapped", "a further two"; 18 "another 110", "74 more", "A further 89 people";
# 19 "Two more companies, about 200 men")

MORE = [
    ("The plane carried 140 evacuees to Nairobi on Tuesday, and a second flight took 95 more on Wednesday.", "95",
     "displaced"),
    ("Gunmen killed 12 villagers on Monday, and a further 7 died in hospital overnight.", "7", "killed"),
    ("Rebels abducted 30 pupils in Kankara; a further 15 were taken from a nearby village on Friday.", "15",
     "captured"),
    ("Some 2,000 refugees crossed into Chad on Monday, and 1,500 more arrived on Tuesday.", "1,500", "displaced"),
    ("Eight soldiers were wounded in the morning attack, and a further six in the evening.", "six", "wounded"),
    ("The army deployed 3,000 troops to the city, and 600 more on Friday.", "600", "forces"),
    ("Ten houses were destroyed in the first raid; twenty more burned in the second.", "twenty", "destroyed"),
    ("Red Cross trucks took 300 civilians out of the besieged town, and buses brought out 250 more.", "250",
     "displaced"),
]


@pytest.mark.parametrize("text,number,measure", MORE)
def test_more_of_the_same_shares_its_measure(text, number, measure):
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    ("The shop sold 30 bikes on Monday and 15 more on Tuesday.", "15"),
    ("The plane carried 140 tourists to Nairobi, and a second flight took 95 more.", "95"),
])
def test_more_of_peace_is_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 11. people taken, freed, returned
# (batches 15 "released four Djiboutian soldiers it captured"; 16 "took away three traders", "Three MDC organisers
# were taken from their homes", "taken hundreds ... hostage"; 18 "61 cases of arbitrary detention"; 19 "China handed
# back 1,636 Vietnamese")

TAKEN = [
    ("Gunmen took away four teachers from the school in Kaduna.", "four"),
    pytest.param("Five aid workers were taken from their car at a checkpoint near Mogadishu by militiamen.", "Five",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     '"taken from" reads as a removal (displaced); "by militiamen" after it is not asked'))),
    ("The rebels freed 23 soldiers they had held since the battle of Kidal.", "23"),
    ("Russia handed back 45 Ukrainian servicemen in an exchange of prisoners on Friday.", "45"),
    pytest.param("Militiamen dragged 12 men out of the bus and led them into the forest.", "12",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'no war is named in a one-sentence report: the rules that keep peacetime news out need one (with'
                     ' one named it is captured: extract/movedout.dragged_off)'))),
    ("The commission documented 140 cases of enforced disappearance by the security forces.", "140"),
    ("Rwanda returned 60 Congolese soldiers held since the border clashes.", "60"),
]


@pytest.mark.parametrize("text,number", TAKEN)
def test_people_taken_or_given_back_are_captured(text, number):
    _check(text, number, "captured")


@pytest.mark.parametrize("text,number", [
    ("Parents took away four children from the school after the flood.", "four"),
    ("The zoo handed back 45 animals to the sanctuary.", "45"),
    ("The hotel freed up 23 rooms for the conference.", "23"),
])
def test_people_and_things_taken_in_peace_are_no_claim(text, number):
    _none(text, number)


# --------------------------------------------------------------------------- 12. wounded told by their treatment
# (batches 16 "admitted 127 people with gunshot and shrapnel wounds"; 19 "14 civilians ... had been treated for
# shrapnel wounds", "I saw two Uighur men beaten")

TREATED = [
    ("Doctors at the Al-Shifa hospital treated 85 people for shrapnel wounds after the strike.", "85"),
    ("The clinic admitted 40 patients with gunshot wounds overnight, after clashes in the camp.", "40"),
    ("Some 230 people were taken to hospital after the car bomb, the health ministry said.", "230"),
    ("Medics said 19 civilians needed treatment for burns after the shelling.", "19"),
    ("Fifty-two people with bullet wounds were brought to the hospital after the army fired on the crowd.",
     "Fifty-two"),
    pytest.param("Hospitals in Homs received 120 casualties after the shelling of the old city.", "120",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'the lexicon reads "casualties" as a death count everywhere (a project-wide choice, not this '
                     "rule’s)"))),
    ("A witness said she saw three young men beaten by soldiers at the checkpoint.", "three"),
]


@pytest.mark.parametrize("text,number", TREATED)
def test_people_treated_after_violence_are_wounded(text, number):
    _check(text, number, "wounded")


@pytest.mark.parametrize("text,number", [
    ("Doctors treated 85 people for food poisoning after the wedding.", "85"),
    ("The clinic admitted 40 patients with flu overnight.", "40"),
    ("Some 230 people were taken to hospital after the heatwave.", "230"),
])
def test_patients_of_peace_are_no_wounded(text, number):
    _none(text, number)


# =========================================================================== second probe
# Sentences in still other words for the rules written after the first sight, written before they were run once
# (the score is in the module's docstring); the ones still wrong are strict xfails.

SECOND = [
    # extract/aftermodifier.py: a verb after a modifier of the noun, or after a noun the lexicon lacks
    ("Six nurses at the clinic were wounded when the mortar landed.", "Six", "wounded"),
    ("Three journalists with the convoy were abducted near Idlib.", "Three", "captured"),
    ("Twenty-two pilgrims from the village perished in the bombing.", "Twenty-two", "killed"),
    ("About 300 families from the valley fled after the army's shelling.", "300", "displaced"),
    ("Five firefighters in the brigade lost their lives in the shelling of the depot.", "Five", "killed"),
    ("Eleven mechanics died when the rebels shelled the airbase.", "Eleven", "killed"),
    ("Fourteen passengers aboard the ferry drowned when the rebels' rocket hit it.", "Fourteen", "killed"),
    ("Two interpreters working for the army were killed in the ambush.", "Two", "killed"),
    # extract/missingforms.py: gone missing, listed as missing, disappeared
    pytest.param("Since the coup, 300 activists have disappeared, rights groups say.", "300", "captured",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'no war is named in a one-sentence report: the rules that keep peacetime news out need one (a '
                     'coup is none)'))),
    ("Relatives say 19 fishermen went missing after the militia raid on the port.", "19", "captured"),
    ("The Red Cross registered 1,200 people as missing during the war.", "1,200", "captured"),
    ("Some 60 men who vanished after the militia seized the town are feared held in its prisons.", "60", "captured"),
    ("The army's sweep left 45 villagers missing, their families say.", "45", "captured"),
    # extract/movedout.py: moved out of a town or from a siege; "N more" after displaced people
    ("UN buses took 2,000 civilians out of the encircled city on Friday.", "2,000", "displaced"),
    ("Boats carried about 700 residents from the besieged port to Aden as fighting raged.", "700", "displaced"),
    ("Army trucks got 450 villagers out of the valley before the offensive.", "450", "displaced"),
    # "a second one": the pronoun "one" after an ordinal is no count (extract/numphrases.py, session 12)
    ("A first convoy evacuated 900 people from the old city, and a second one took 600 more.", "600", "displaced"),
    ("The rebels took 30 men from the village at gunpoint.", "30", "captured"),
    # extract/tollfigure.py: a count of the dead or wounded given as a figure
    ("The tally of civilian dead in the province has reached 1,300, the UN says.", "1,300", "killed"),
    ("The official count of wounded at the city's hospitals stood at 420 by nightfall after the bombing.", "420",
     "wounded"),
    ("Kyiv's figure for Russian dead was 40,000 by the summer.", "40,000", "killed"),
    ("The total of bodies recovered from the rubble is now 76 after the airstrike.", "76", "killed"),
    # extract/captives.py (widened): people released or handed back who had been held
    ("The militia released 14 aid workers it had kept for three months.", "14", "captured"),
    ("Armenia handed back 12 Azerbaijani soldiers held since the autumn fighting.", "12", "captured"),
    ("The rebels freed 40 villagers held as human shields.", "40", "captured"),
    # extract/violentevents.py: breaches of a truce, armed incidents
    ("The OSCE mission counted 310 violations of the ceasefire along the line of contact.", "310", "attacks"),
    ("Observers reported 75 shelling incidents near Kramatorsk overnight.", "75", "attacks"),
    ("We logged 12 cross-border incidents during the war's third week.", "12", "attacks"),
    # extract/seizeverbs.py: verbs of taking or finding held things
    ("Customs officers at the border confiscated 15 assault rifles bound for the rebels.", "15", "seized"),
    ("Troops unearthed 200 landmines in the insurgents' hideout.", "200", "seized"),
    ("The army said it had impounded 9 armoured vehicles of the militia.", "9", "seized"),
    # extract/ellipses.py (widened): plural refuges
    ("The churches in Bangui now shelter some 40,000 people who fled the militias.", "40,000", "displaced"),
    pytest.param("Schools across the province house about 6,000 villagers after the army's offensive.",
                 "6,000", "displaced",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'no war is named in a one-sentence report: the rules that keep peacetime news out need one'))),
    # extract/amongthem.py: "among them", "among whom" inside the sentence
    ("The rebels said they had captured 120 soldiers; among them were 11 officers.", "11", "captured"),
    ("Airstrikes killed 40 people in the market, among whom were 6 policemen.", "6", "killed"),
    ("The army has 5,000 troops in the region; among them are 300 officers.", "300", "forces"),
]


@pytest.mark.parametrize("text,number,measure", SECOND)
def test_second_probe(text, number, measure):
    _check(text, number, measure)


@pytest.mark.parametrize("text,number", [
    pytest.param("Fifteen workers at the plant died of heatstroke in the summer.", "Fifteen",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'a death told where no war is named is a claim by design (extract/peacetolls.harm_of_no_war: a '
                     'report of a raid need not name its war); the sentence without its modifier gives the same '
                      'claim'))),
    pytest.param("Four members of the band died in the 1990s.", "Four",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'a death told where no war is named is a claim by design (extract/peacetolls.harm_of_no_war: a '
                     'report of a raid need not name its war); the sentence without its modifier gives the same '
                      'claim'))),
    ("Two climbers went missing on the glacier.", "Two"),
    ("Three children vanished from the fairground last summer.", "Three"),
    ("The school bus took 40 pupils out of the city on a trip.", "40"),
    pytest.param("The number of injured players in the squad is 5.", "5",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a false claim of the tree before this session's rules (main a6c3b09 gives it too): the sport "
                     'test does not know a squad'))),
    ("The airline freed 40 passengers held up by the storm.", "40"),
    ("The league recorded 30 breaches of the salary cap.", "30"),
    ("Police logged 14 security incidents at the festival.", "14"),
    ("Police impounded 30 cars in the city centre.", "30"),
    ("The hotels in the capital house about 3,000 people.", "3,000"),
    ("Rescuers pulled 12 survivors from the rubble of the building.", "12"),
])
def test_second_probe_peace(text, number):
    _none(text, number)


# extract/treatment.py was written after the second probe: its own sentences, and the ones it must not reach.
@pytest.mark.parametrize("text,number", [
    ("About 60 people received hospital treatment for gunshot wounds after the raid.", "60"),
    ("Forty soldiers required medical care for shrapnel injuries after the ambush.", "Forty"),
])
def test_treatment_for_wounds_is_wounded(text, number):
    _check(text, number, "wounded")


@pytest.mark.parametrize("text,number", [
    ("Some 30 runners needed treatment for blisters after the marathon.", "30"),
    ("About 12 fans received treatment for minor injuries after the concert.", "12"),
])
def test_treatment_in_peace_is_no_wound(text, number):
    _none(text, number)
