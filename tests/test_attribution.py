"""Attribution cues, source types and stance, on sentences written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution_probe import attribution_at, body, context_at
from extract.attribution import attribute, canonical_source
from extract.lexicon import type_of
from extract.records import Quantity

OUTLET = "Harbour Gazette"


def attr(text: str, number: str, *, outlet: str | None = OUTLET, occurrence: int = 0) -> tuple[str | None, str, str]:
    """(source, source_type, stance) of the claim at the `occurrence`-th `number` in `text`."""
    return attribution_at(text, number, outlet=outlet, published=date(2020, 3, 4), occurrence=occurrence)


# --------------------------------------------------------------------------- voice


def test_unattributed_body_number_is_the_outlets_assertion():
    assert attr(body("Shelling damaged 14 homes in the old quarter."), "14") == (OUTLET, "publication", "asserted")


def test_headline_is_the_outlets_voice_even_with_a_verb():
    text = "Medics Say 23 Dead After Market Blast\n\nBody.\n"
    assert attr(text, "23") == (OUTLET, "publication", "claimed")


def test_plain_headline_is_asserted():
    text = "Blast Kills 23 At Market\n\nBody.\n"
    assert attr(text, "23") == (OUTLET, "publication", "asserted")


@pytest.mark.parametrize("head", ["Claims: 40 Fighters Surrender In The Hills", "Reportedly 40 Fighters Surrender In The Hills"])
def test_hedged_headline_is_claimed(head):
    assert attr(head + "\n\nBody.\n", "40") == (OUTLET, "publication", "claimed")


def test_hedge_word_makes_the_outlets_own_number_claimed():
    assert attr(body("Another 8 people were reportedly killed overnight."), "8") == (OUTLET, "publication", "claimed")


def test_hedge_far_from_the_number_does_not_count():
    text = body("Guards held 30 travellers at the crossing for allegedly carrying forged permits.")
    assert attr(text, "30") == (OUTLET, "publication", "asserted")


def test_reader_comment_without_a_name():
    text = body("Body.", "Leave a Comment", "My cousin saw 60 trucks leave the base.")
    assert attr(text, "60") == ("reader comment", "reader_comment", "asserted")


def test_excerpt_number_is_its_outlets():
    text = body("Our intro.", "Gunmen burned 5 lorries on the ring road.", "Source: Lorries burned – Northern Chronicle")
    assert attr(text, "5") == ("Northern Chronicle", "wire_or_outlet", "asserted")


# --------------------------------------------------------------------------- cue patterns


@pytest.mark.parametrize("verb", ["say", "said", "claimed", "reported", "told a radio station that", "estimated"])
def test_subject_verb_cue(verb):
    text = body(f"Pro-government accounts {verb} 31 insurgents were captured near the dam.")
    assert attr(text, "31") == ("Pro-government accounts", "partisan_media", "claimed")


@pytest.mark.parametrize("verb", ["documented", "verified", "confirmed"])
def test_confirming_verbs_make_the_claim_confirmed(verb):
    text = body(f"The Syrian Network for Human Rights {verb} 57 civilian deaths in March.")
    assert attr(text, "57") == ("Syrian Network for Human Rights", "monitor", "confirmed")


def test_according_to():
    text = body("At least 19 shops were looted, according to residents of the district.")
    assert attr(text, "19") == ("Residents of the district", "activists", "claimed")


def test_post_posed_speaker():
    text = body("Some 26 fighters were killed in the assault, the Observatory said on Friday.")
    assert attr(text, "26")[:2] == ("Observatory", "monitor")


def test_said_then_speaker_with_apposition():
    text = body("The toll climbed to 48, said Ruth Amadi, a spokeswoman for the provincial government.")
    assert attr(text, "48") == ("Ruth Amadi", "official", "claimed")


def test_apposition_types_an_unknown_speaker():
    text = body("“We buried 17 neighbours this week,” said Halima Noor, a teacher in the village.")
    assert attr(text, "17") == ("Halima Noor", "activists", "claimed")


def test_colon_cue_with_a_known_source():
    text = body("Activists: 15 dead after a strike on the bakery queue.")
    assert attr(text, "15") == ("Activists", "activists", "claimed")


def test_colon_after_a_hashtag_is_not_a_source():
    text = body("Body.", "Leave a Comment", "#Hama: rebels say 6 vehicles were hit.")
    assert attr(text, "6") == ("Rebels", "armed_group", "claimed")


def test_sources_in_brackets_take_the_first_named():
    text = body("Body.", "Leave a Comment", "Final push begins: 3000 militia vs 900 defenders (Sources: VDC, a local journalist)")
    assert attr(text, "3000") == ("VDC", "monitor", "claimed")
    assert attr(text, "900") == ("VDC", "monitor", "claimed")


def test_a_nearer_speaker_takes_over():
    text = body("The army said 20 soldiers died and the rebels said 50 were killed.")
    assert attr(text, "20")[0] == "Army"
    assert attr(text, "50")[0] == "Rebels"


def test_nested_report_goes_to_the_original_claimant():
    text = body("The Observatory said activists had counted 31 bodies in the square.")
    assert attr(text, "31")[:2] == ("Activists", "activists")


def test_several_named_sources_take_the_first():
    text = body("According to Airwars and local journalists, 12 strikes hit the suburb.")
    assert attr(text, "12") == ("Airwars", "monitor", "claimed")


def test_asked_by_a_reporter():
    text = body("Asked by Sky News's correspondent whether 4 clinics had been bombed, the minister smiled.")
    assert attr(text, "4") == ("Sky News", "wire_or_outlet", "claimed")


def test_citing_takes_the_original_claimant():
    text = body("A radio host, citing the Violations Documentation Center, said 70 detainees were freed.")
    assert attr(text, "70") == ("Violations Documentation Center", "monitor", "claimed")


def test_wire_citing_sources_relays_the_sources():
    text = body("Reuters, citing two security sources, said 33 militants were killed.")
    assert attr(text, "33") == ("Security sources", "official", "claimed")


def test_pronoun_takes_the_earlier_speaker():
    text = body("A senior defence official briefed reporters on Monday.", "He said the ministry is buying 90 armoured cars.")
    assert attr(text, "90") == ("Senior defence official", "official", "claimed")


def test_coordinated_verb_borrows_the_subject_and_its_own_stance():
    text = body("State television confirmed the blast but gave a toll of only 9.")
    assert attr(text, "9") == ("State television", "state_media", "claimed")


def test_confirming_one_thing_and_saying_another():
    text = body("The Local Coordination Committees verified the list and said 22 more were missing.")
    assert attr(text, "22") == ("Local Coordination Committees", "monitor", "claimed")


def test_who_claimed_the_act_is_not_who_counted():
    text = body("A jihadist group claimed responsibility for blasts that killed 61 people at the station.")
    assert attr(text, "61") == (OUTLET, "publication", "asserted")


def test_scope_break_ends_a_speakers_claim():
    text = body("Both governments announced a pause in the fighting, after a month of raids that killed 410 people.")
    assert attr(text, "410") == (OUTLET, "publication", "asserted")


def test_with_clause_goes_to_its_own_according_to():
    text = body("The faction has claimed a wave of raids on the coast, with 52 people dead according to local monitoring groups.")
    assert attr(text, "52") == ("Local monitoring groups", "monitor", "claimed")


def test_trailing_signature_in_a_comment():
    text = body("Body.", "Leave a Comment", "Militia columns lost 7 trucks on the ridge.—Desert Owl")
    assert attr(text, "7") == ("Desert Owl", "social_media", "claimed")


def test_trailing_signature_after_a_later_sentence_on_the_line():
    text = body("Body.", "Leave a Comment", "ITEM: 4 jets grounded at the base. Smoke seen all day. –Kite Watcher.")
    assert attr(text, "4") == ("Kite Watcher", "social_media", "claimed")


def test_trailing_outlet_signature_keeps_the_lexicon_type():
    text = body("Body.", "Leave a Comment", "Fighters took 11 prisoners in the raid – Orient TV")
    assert attr(text, "11")[1] == "partisan_media"


def test_hyphenated_place_at_the_end_is_not_a_signature():
    text = body("Two depots lost 13 trucks on the road to al-Bab.")
    assert attr(text, "13") == (OUTLET, "publication", "asserted")


def test_en_dash_route_names_are_not_signatures():
    text = body("Body.", "Leave a Comment", "Rebels cut 3 roads near the Hama–Aleppo Highway")
    assert attr(text, "3") == ("reader comment", "reader_comment", "asserted")
    text = body("Rebels cut 3 roads near the old Hama—Aleppo Highway.")
    assert attr(text, "3") == (OUTLET, "publication", "asserted")


def test_relayed_claim_keeps_the_first_claimant_over_the_signature():
    text = body("Body.", "Leave a Comment", "Jaish al-Islam reports 17 attackers killed near the farms—Desert Owl")
    assert attr(text, "17") == ("Jaish al-Islam", "armed_group", "claimed")


def test_tag_after_a_relayed_quote_names_the_original_claimant():
    text = body("Body.", "Leave a Comment", "Desert Owl reports: “Raiders captured 14 guards at the gate. A tribal source told us.” –Desert Owl.")
    assert attr(text, "14") == ("Tribal source", "activists", "claimed")


def test_tweet_header_above():
    text = body("Body.", "Leave a Comment", "Sandgrouse @sandgrouse_sy 3h3 hours ago\n  21 gunmen surrendered at the mill")
    assert attr(text, "21") == ("Sandgrouse", "social_media", "claimed")


def test_paragraph_introduced_by_a_posting_account():
    text = body("Body.", "Leave a Comment", "Meanwhile Kite Watcher posts:", "“Drone footage shows 8 burnt vehicles.")
    assert attr(text, "8") == ("Kite Watcher", "social_media", "claimed")


def test_speaker_named_where_a_quotation_closes():
    text = body("“The shelling flattened 14 houses. Nobody was spared,” the mayor of the town said.")
    assert attr(text, "14") == ("Mayor of the town", "official", "claimed")


def test_signature_with_a_source_label():
    text = body("Body.", "Leave a Comment", "Convoy of 20 trucks reached the airbase.—Source: Sand Grouse")
    assert attr(text, "20") == ("Sand Grouse", "social_media", "claimed")


def test_later_verification_of_the_toll():
    text = body(
        "Over 35 people died when the shelter was hit.", "The shelter stood near the old mill.",
        "The Violations Documentation Center verified the toll and said 60 were hurt.",
    )
    assert attr(text, "35") == ("Violations Documentation Center", "monitor", "confirmed")
    assert attr(text, "60") == ("Violations Documentation Center", "monitor", "claimed")


def test_noun_use_of_a_verb_is_not_a_cue():
    text = body("Leave a Comment", "All the serious estimates show 300 dead in the siege.")
    assert attr(text, "300") == ("reader comment", "reader_comment", "asserted")


def test_first_person_in_a_comment_stays_the_reader():
    text = body("Body.", "Leave a Comment", "I counted 12 helicopters over the town.")
    assert attr(text, "12") == ("reader comment", "reader_comment", "asserted")


def test_outlet_naming_itself_is_its_own_voice():
    text = body("Harbour Gazette reported that 16 boats sank.")
    assert attr(text, "16")[:2] == (OUTLET, "publication")


def test_passive_by_binds_to_its_own_number():
    text = body("According to tallies kept by Airwars, raids killed 950 civilians, far above the 75 deaths admitted by "
                "the coalition and the 60 deaths acknowledged by the air force.")
    assert attr(text, "950")[:2] == ("Airwars", "monitor")
    assert attr(text, "60")[:2] == ("Air force", "official")


def test_figures_compiled_by_names_the_compiler():
    text = body("According to figures compiled by the Syrian Network for Human Rights, 88 medics have died.")
    assert attr(text, "88")[:2] == ("Syrian Network for Human Rights", "monitor")


def test_relative_clause_between_subject_and_verb():
    text = body("The provincial health office, which is run by the rebels, said 37 patients were moved.")
    assert attr(text, "37")[:2] == ("Provincial health office", "official")


def test_participle_takes_the_subject_of_its_clause():
    text = body("The air force rejected the report, saying only 2 jets were lost.")
    assert attr(text, "2")[:2] == ("Air force", "official")


def test_an_order_is_not_a_report():
    text = body("The general told his units to bring 500 more shells to the front.")
    assert attr(text, "500") == (OUTLET, "publication", "asserted")


def test_capitalised_verb_inside_a_name_is_not_a_cue():
    text = body("Yusuf Said, a shopkeeper, said 5 stalls burned.")
    assert attr(text, "5") == ("Shopkeeper", "activists", "claimed")


def test_outlet_run_by_a_party_is_partisan():
    text = body("Rebel-run Radio Kafr said 4 aircraft were shot down.")
    assert attr(text, "4")[1] == "partisan_media"


def test_possessive_of_a_listed_outlet():
    assert type_of("Al Jazeera's correspondent") == "wire_or_outlet"
    assert type_of("the Islamic State group's Amaq agency") == "partisan_media"


# --------------------------------------------------------------------------- stance: the writer's doubt


def test_doubt_in_the_next_sentence():
    text = body("Regime media claimed 120 insurgents were killed. There is no independent verification of the figure.")
    assert attr(text, "120") == ("Regime media", "state_media", "disputed")


def test_unsupported_claim_in_the_same_sentence():
    text = body("Loyalist outlets keep spreading the unsupported claim that 400 fighters defected.")
    assert attr(text, "400")[2] == "disputed"


def test_counter_figure_after_the_number():
    text = body("Officials said 14 people died, but the real number is much higher.")
    assert attr(text, "14") == ("Officials", "official", "disputed")


def test_a_sources_own_caveat_is_not_the_writers_doubt():
    text = body("The monitoring mission has verified 812 deaths but says the actual toll is considerably higher.")
    assert attr(text, "812")[2] == "confirmed"


def test_counter_figure_in_the_next_sentence():
    text = body("The president announced that 500 advisers had arrived. Our sources say the actual number is far lower.")
    assert attr(text, "500")[2] == "disputed"


def test_a_counter_figure_sentence_is_not_disputing_itself():
    text = body("Leave a Comment", "The most reliable figure for the war is about 90,000.")
    assert attr(text, "90,000") == ("reader comment", "reader_comment", "asserted")


def test_flat_rejection_opening_the_next_paragraph():
    text = body("Leave a Comment", "The rebels lost 2,000 men in that battle.", "False. Their own lists show far fewer.")
    assert attr(text, "2,000") == ("reader comment", "reader_comment", "disputed")


def test_doubt_in_another_paragraph_does_not_leak():
    text = body("Leave a Comment", "The rebels lost 2,000 men in that battle.", "I doubt anyone will read this.")
    assert attr(text, "2,000")[2] == "asserted"


def test_could_not_be_verified():
    text = body("The ministry said 75 soldiers were freed. The claim could not be independently verified.")
    assert attr(text, "75") == ("Ministry", "official", "disputed")


# --------------------------------------------------------------------------- names and types


@pytest.mark.parametrize("alias, canonical", [
    ("SOHR", "Syrian Observatory for Human Rights"),
    ("the Syrian Observatory", "Syrian Observatory for Human Rights"),
    ("LCC", "Local Coordination Committees"),
    ("The Local Coordination Committees", "Local Coordination Committees"),
    ("SAMS", "Syrian American Medical Society"),
    ("Sohr", "Syrian Observatory for Human Rights"),
    ("AFP", "Agence France-Presse"),
])
def test_canonical_source_aliases(alias, canonical):
    assert canonical_source(alias) == canonical


@pytest.mark.parametrize("name, kind", [
    ("SANA", "state_media"), ("State TV", "state_media"), ("Syrian state television", "state_media"),
    ("regime officials", "state_media"), ("Amaq", "partisan_media"), ("pro-rebel outlets", "partisan_media"),
    ("Reuters", "wire_or_outlet"), ("AP", "wire_or_outlet"), ("Valley Times", "wire_or_outlet"),
    ("Airwars", "monitor"), ("VDC", "monitor"), ("a monitoring group", "monitor"),
    ("activists", "activists"), ("a local source", "activists"), ("residents", "activists"),
    ("a rebel spokesman", "armed_group"), ("JN source", "armed_group"), ("Hezbollah commander", "armed_group"),
    ("the Pentagon", "official"), ("a UN spokesman", "official"), ("the health ministry", "official"),
    ("@sandgrouse_sy", "social_media"), ("Taliban spokesman Qari Noor", "armed_group"),
    ("Kremlin spokesman Ivan Petrov", "official"), ("EA sources", "activists"), ("Reuters reporters", "wire_or_outlet"),
    ("SANA correspondent", "state_media"), ("Is it", "official"),
])
def test_source_types(name, kind):
    assert type_of(name) == kind


def test_unknown_name_in_a_comment_is_an_account():
    assert type_of("Kite Watcher", in_comment=True) == "social_media"


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=60))
def test_canonical_source_is_stable(name):
    once = canonical_source(name)
    assert canonical_source(once) == once
    assert isinstance(type_of(name), str)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200), st.data())
def test_attribute_never_fails_and_stays_in_vocabulary(text, data):
    from extract.vocab import SOURCE_TYPES, STANCES

    text = "Title\n\n" + text + " 7 dead."
    source, kind, stance = attr(text, "7", occurrence=text.count("7") - 1)
    assert kind in SOURCE_TYPES and stance in STANCES


# --------------------------------------------------------------------------- seeds


def test_seed_gold_attribution_accuracy(seeds, gold):
    """Sections and attribution on every gold claim's own span meet the issue's targets."""
    meta = {json.loads(x)["doc"]: json.loads(x) for x in (seeds / "metadata.jsonl").read_text().splitlines() if x}
    totals = {"source": 0, "source_type": 0, "stance": 0, "section": 0}
    n = 0
    for path in sorted(gold.glob("*.claims.jsonl")):
        for row in map(json.loads, path.read_text().splitlines()):
            text = (seeds / row["doc"]).read_text()
            at = text.index(row["quote"]) + row["quote"].index(row["number_text"])
            m = meta[row["doc"]]
            ctx = context_at(text, at, outlet=m["outlet"], published=date.fromisoformat(m["published"]))
            a = attribute(ctx, Quantity(1, 1, 1, "exact", "count", row["number_text"], at, at + len(row["number_text"])))
            n += 1
            totals["source"] += canonical_source(row["source"]).casefold() == canonical_source(a.source or "").casefold()
            totals["source_type"] += row["source_type"] == a.source_type
            totals["stance"] += row["stance"] == a.stance
            totals["section"] += row["section"] == ctx.section.kind
    acc = {k: v / n for k, v in totals.items()}
    assert acc["source"] >= 0.85 and acc["source_type"] >= 0.85, acc
    assert acc["stance"] >= 0.80 and acc["section"] >= 0.95, acc


def test_attacks_claimed_by_a_group_are_a_claim_of_responsibility_not_of_the_count():
    text = body("Monitors confirmed that 4 blasts claimed by the Desert Brigade killed 11 people near the bridge.")
    assert attr(text, "4") == attr(text, "11")
    assert attr(text, "4")[0] == "Monitors"


def test_a_passive_claimant_ends_where_the_verb_begins():
    text = body("The 25 deaths counted by Airwars late on Monday were all in the old city.")
    assert attr(text, "25")[:2] == ("Airwars", "monitor")
    text = body("Some 12 strikes reported by the Eastern Command hit the depot.")
    assert attr(text, "12")[0] == "Eastern Command"


def test_claimed_the_lives_of_is_not_a_verb_of_saying():
    text = body("A car bomb in Jaramana, Damascus, claimed the lives of 45 people this morning.")
    assert attr(text, "45") == (OUTLET, "publication", "asserted")
    text = body("The blast claimed 12 lives in the market.")
    assert attr(text, "12") == (OUTLET, "publication", "asserted")


def test_our_correspondent_speaks_in_the_outlets_voice():
    text = body("Our correspondent in Hama reported that at least 300 families were displaced.")
    assert attr(text, "300") == (OUTLET, "publication", "asserted")


def test_exchange_dealers_are_local_sources():
    text = body("The pound fell to 230:1 against the dollar, exchange dealers told Levant Radio.")
    assert attr(text, "230:1")[1] == "activists"


@pytest.mark.parametrize("sentence,source,source_type", [
    ("A source at the police command said 12 people were killed.", "Source at the police command", "official"),
    ("A source in the army said 40 fighters were killed near the dam.", "Source in the army", "official"),
    ("A source within the rebel command said 30 soldiers died.", "Source within the rebel command", "armed_group"),
    ("A medical source at the clinic said 14 bodies were brought in.", "Medical source at the clinic", "activists"),
])
def test_where_an_unnamed_source_sits_says_whose_source_it_is(sentence, source, source_type):
    number = next(w for w in sentence.split() if w.isdigit())
    assert attr(body(sentence), number)[:2] == (source, source_type)


# --------------------------------------------------------------------------- shortcuts == the long way
# Each cheap test that lets attribution skip a regex is checked against the regex on generated text made
# of the patterns' own words, case variants (including the letters IGNORECASE takes for ASCII ones) and
# the punctuation they look for.

import re  # noqa: E402

from extract import attribution as A  # noqa: E402
from extract import claimantof as CO  # noqa: E402
from extract import headlines as H  # noqa: E402
from extract import cues as CU  # noqa: E402
from extract import sourcephrases as SP  # noqa: E402
from extract import claimants as CL  # noqa: E402
from extract import elidedsubject as ES  # noqa: E402
from extract import claimanttrim as CT  # noqa: E402
from extract import nearby as N  # noqa: E402
from extract import stance as SN  # noqa: E402
from extract.wordset import folded, words_of  # noqa: E402

_TOKENS = (
    "by acknowledged reported claimed confirmed documented verified recorded announced given cited counted estimated "
    "registered killed were the coalition attacks explosions claim claims report reports reportedly allegedly "
    "unconfirmed rumor rumours say says allege alleges accuse accuses purported purportedly said to be have "
    "believed rumored it is are was responsibility lives credit told us me said confirmed source JN Reuters "
    "unsupported unsubstantiated unverified unverifiable dubious questionable bogus fabricated exaggerated inflated "
    "implausible baseless spurious false fake figures figure toll tolls numbers no independent verification "
    "confirmation corroboration neither could can not n't cannot be been independently verify corroborate has "
    "unable impossible possible difficult without any evidence obvious signs sign traces of real actual true most "
    "reliable more accurate correct number death count estimate total much far higher lower larger smaller "
    "exaggerating overstated understated underestimate overestimated inflates I suspect doubt none this these it "
    "them never happened skeptical sceptical doubtful according to citing quoting as cited Sources Source asked "
    "if whether added estimated told reporters journalists Observatory Said Ahmed 40 3"
).split()
_ODD = ["ſ", "K", "İ", "ı", "S", "I", "ſaid", "claımed", "ſources", "—", "–", "-", "--", "\n", ",", ";", ":", ".",
        "“", "”", '"', "(", ")", "—Johnny Six", " – Orient TV", "@handle"]


def _case(word: str, how: int) -> str:
    return (word, word.upper(), word.capitalize())[how % 3]


_texts = st.lists(
    st.tuples(st.sampled_from(_TOKENS + _ODD), st.integers(0, 2), st.sampled_from([" ", " ", "", ", ", "\n", "  "])),
    max_size=16,
).map(lambda parts: "".join(_case(w, h) + sep for w, h, sep in parts).strip())


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 40))
def test_word_prechecks_never_skip_a_match(text, cut):
    cut = min(cut, len(text))
    low = folded(text)
    words = words_of(text)
    if CU.PASSIVE_BY.match(text[cut:]):
        assert "by" in words
    if H._HEADLINE_HEDGE.search(text):
        assert not H._HEADLINE_HEDGE_WORDS.isdisjoint(words)
    if A._HEDGE.search(text) or A._HEDGE.search(" ".join(text[cut:].split()[:4])):
        assert any(k in low for k in A._HEDGE_KEYS)
        assert A._hedged(text, cut, cut) == (any(m.start() < cut for m in A._HEDGE.finditer(text))
                                             or bool(A._HEDGE.search(" ".join(text[cut:].split()[:4]))))
    else:
        assert not A._hedged(text, cut, cut)
    assert SN._has_doubt.__wrapped__(text) == bool(SN._DOUBT.search(text))
    assert SN.has_counter.__wrapped__(text) == bool(SN._COUNTER.search(text))
    if SP._ACCORDING.search(text):
        assert any(k in low for k in SP._ACCORDING_KEYS)
    if SP._SOURCES_PAREN.search(text):
        assert "source" in low
    if CU._ASKED_BY.search(text):
        assert "asked by" in low
    if CU._POST_SAID.search(text):
        assert any(k in text for k in CU._POST_SAID_KEYS)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_signature_shortcuts_find_what_the_regexes_find(text):
    m = N._handle_tail.__wrapped__(text)
    assert (m.span() if m else None) == (lambda x: x.span() if x else None)(N._HANDLE_TAIL.search(text))
    removed = text[: m.start()] + text[m.end():] if m else text
    assert removed == N._HANDLE_TAIL.sub("", text)  # the one match, at the end
    if not any(d in text for d in N._DASHES):
        assert not N._SPACED_TAIL.search(text)
    if N._NEXT_TAG.match(N._HANDLE_TAIL.sub("", text).strip()):
        assert not N._TAG_VERBS.isdisjoint(words_of(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \t\n.ab", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_paragraph_break_shortcut(text, a, b):
    brk = re.compile(r"\n[ \t]*\n")
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    shortcut = text.count("\n", a, b) < 2 or not SN._PARAGRAPH_BREAK.search(text, a, b)
    assert shortcut == (not brk.search(text[a:b]))
    nl = text.find("\n", a, b)
    found = SN._PARAGRAPH_BREAK.search(text, nl, b) if nl >= 0 else None
    plain = brk.search(text, a, b)
    assert (found.span() if found else None) == (plain.span() if plain else None)


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The pattern without the guard extract/rx.py puts in front (hypothesis cannot generate look-aheads)."""
    from extract.rx import REGISTRY

    return next((plain for plain, fast in REGISTRY if fast is pattern), pattern)


_PRECHECKS = {
    "passive": (CU.PASSIVE_BY, lambda s: "by" in words_of("x " + s)),
    "headline hedge": (H._HEADLINE_HEDGE, lambda s: not H._HEADLINE_HEDGE_WORDS.isdisjoint(words_of(s))),
    "hedge": (A._HEDGE, lambda s: any(k in folded(s) for k in A._HEDGE_KEYS)),
    "doubt": (SN._DOUBT, lambda s: any(k in folded(s) for k in SN.DOUBT_KEYS)),
    "counter": (SN._COUNTER, lambda s: any(k in folded(s) for k in SN.COUNTER_KEYS)),
    "according": (SP._ACCORDING, lambda s: any(k in folded(s) for k in SP._ACCORDING_KEYS)),
    "sources": (SP._SOURCES_PAREN, lambda s: "source" in folded(s)),
    "asked by": (CU._ASKED_BY, lambda s: "asked by" in folded(s)),
    "post said": (CU._POST_SAID, lambda s: any(k in s for k in CU._POST_SAID_KEYS)),
    "handle tail": (N._HANDLE_TAIL, lambda s: any(d in s for d in N._DASHES)),
    "spaced tail": (N._SPACED_TAIL, lambda s: any(d in s for d in N._DASHES)),
}


@pytest.mark.parametrize("name", sorted(_PRECHECKS))
def test_precheck_holds_wherever_its_pattern_matches(name):
    pattern, precheck = _PRECHECKS[name]

    @settings(max_examples=150, deadline=None)
    @given(st.from_regex(_plain(pattern)))
    def check(text):
        if pattern.search(text):
            assert precheck(text), text

    check()


@settings(max_examples=150, deadline=None)
@given(st.from_regex(_plain(N._NEXT_TAG), fullmatch=True), st.sampled_from(["", "—Johnny Six", " – Orient TV", "--JN"]))
def test_tag_verb_precheck_holds_with_a_signature(tag, tail):
    nxt = tag + tail
    if N._NEXT_TAG.match(N._HANDLE_TAIL.sub("", nxt).strip()):
        assert not N._TAG_VERBS.isdisjoint(words_of(nxt)), nxt


@settings(max_examples=300, deadline=None)
@given(st.one_of(_texts, st.from_regex(_plain(CU._VERB)), st.text(max_size=40)))
def test_verb_scan_on_the_lowered_sentence_finds_what_the_plain_scan_finds(text):
    fast = [(m.span(), m.span("verb")) for m in CU.verb_matches(text)]
    assert fast == [(m.span(), m.span("verb")) for m in CU._VERB.finditer(text)]


# --------------------------------------------------------------------------- faster scans == the plain patterns
# extract/cuescan.py and the patterns rewritten to open with a character class (so re skips to where a
# match can start), each against the pattern as first written, on text of the patterns' own words.

from extract import cuescan as CS  # noqa: E402
from extract import names as NM  # noqa: E402
from extract.rx import ascii_lower  # noqa: E402

_SCAN_TOKENS = _TOKENS + (
    "and but then that which who when while as if because after before amid with despite and then also have has "
    "is was were will quoted on Monday late Sunday earlier today yesterday he she they it we i an a the some its "
    "figures data statistics estimates tallies tally count counts records numbers in at last this & saying "
    "verifies verify documents unsaid saidx claiims claims 12 1990 M23 x1 _said said_ 2-1 A1"
).split() + ["1,000", "3-", "—", "–", " - ", "(", ")", "[", "]", ":", ";", "\t", "\u00a0", "\u2003", "é", "É"]
_scan_texts = st.lists(
    st.tuples(st.sampled_from(_SCAN_TOKENS + _ODD), st.integers(0, 2),
              st.sampled_from([" ", " ", "", ", ", ",", "\n", "  ", " - ", "; "])),
    max_size=18,
).map(lambda parts: "".join(_case(w, h) + sep for w, h, sep in parts))


def _spans(pattern: re.Pattern, text: str, *args: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, *args)]


@settings(max_examples=400, deadline=None)
@given(_scan_texts)
def test_word_lookup_of_verbs_finds_what_the_verb_pattern_finds(text):
    assert CU.verb_spans(text, folded(text)) == _spans(CU._VERB, text)


@settings(max_examples=300, deadline=None)
@given(_scan_texts, st.integers(0, 60))
def test_clause_cuts_on_the_lowered_sentence_are_the_plain_cuts(text, end):
    if text.isascii():
        end = min(end, len(text))
        assert _spans(CS.CLAUSE_CUT_LOW, text.lower(), 0, end) == _spans(CL._CLAUSE_CUT, text[:end])


def test_ascii_space_is_what_re_calls_space():
    assert CS.ASCII_SPACE == "".join(c for c in map(chr, range(128)) if re.match(r"\s", c))


@settings(max_examples=300, deadline=None)
@given(_scan_texts, st.integers(0, 60))
def test_tail_search_finds_what_a_search_from_the_start_finds(text, end):
    end = min(end, len(text))
    for pattern, longest in ((ES._ELIDED_SUBJECT, 3), (CU._ADJECTIVE_USE, 4), (CL._PRONOUN_LAST, 4)):
        fast, plain = CS.tail_search(pattern, text, end, longest), pattern.search(text, 0, end)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)


# (pattern now, pattern as first written, flags)
_REWRITTEN = [
    (CU._SCOPE_BREAK, r";|\s[–—-]\s|,\s*(?:after|amid|following|despite|while|although|though|but(?!\s+that)|when|"
                      r"which|with|as|before|since|until|whereas)\b", re.I),
    (CT._TRIM_TAIL, rf"(?:\s+{CT._TRIM_TAIL_WORDS})+$", re.I),
    (CL._CAPITAL_WORD, r"\b[A-Z]", 0),
    (CL._CONJUNCTION, r"\s+(?:and|but|or)\s+", 0),
    (CL._NUMBER_IN_NAME, r"(?<![A-Za-z])\d{2,}(?!-)", 0),
    (NM._CAPITAL, r"\b[A-Z]", 0),
    (NM._SAID_TAIL, r"\s+(?:said|says|reported|reports)\b.*$", 0),
    (NM._DATA_AFTER, r"\s+(?:figures?|data|statistics|estimates?|tallies|tally|counts?|records|numbers)\s*$", re.I),
    (NM._NAME_CUT, r"\s+(?:and|&)\s+|,|\s+(?:on|in|at|that|who|which|after|as|last|this)\s+", 0),
]


@settings(max_examples=400, deadline=None)
@given(_scan_texts)
def test_patterns_opening_with_a_class_match_as_first_written(text):
    for pattern, plain, flags in _REWRITTEN:
        plain = re.compile(plain, flags)
        assert _spans(pattern, text) == _spans(plain, text), pattern.pattern
        assert pattern.split(text) == plain.split(text)
        assert pattern.sub("", text) == plain.sub("", text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_scan_texts, st.sampled_from(["ſtatistics", "DATA", "counts", "verIfied", "conﬁrm", "KOUNT"])))
def test_word_shortcuts_of_attribution_are_the_patterns(text):
    assert CU.is_confirm_verb(text) == bool(CU.CONFIRM_VERBS.match(text))
    if CO._DATA_NOUN.fullmatch(text):
        assert ascii_lower(text).endswith(CO._DATA_NOUN_ENDS)
    for keys in (A._HEDGE_KEYS, SN.DOUBT_KEYS, SP._ACCORDING_KEYS, N._DASHES):
        assert CS.has_any(text, keys) == any(k in text for k in keys)


_NAME_PRECHECKS = {
    "data by": (NM._DATA_BY, lambda w: not (NM._DATA_BY_NOUNS.isdisjoint(w) or NM._DATA_BY_PREPS.isdisjoint(w))),
    "proper in": (NM._PROPER_IN, lambda w: not NM._PROPER_IN_WORDS.isdisjoint(w)),
    "described": (NM._DESCRIBED, lambda w: not NM._DESCRIBED_NOUNS.isdisjoint(w)),
    "source within": (NM._SOURCE_WITHIN, lambda w: not NM._SOURCE_WORDS.isdisjoint(w)),
}


@pytest.mark.parametrize("name", sorted(_NAME_PRECHECKS))
def test_first_named_word_prechecks_hold_wherever_the_pattern_matches(name):
    pattern, precheck = _NAME_PRECHECKS[name]

    @settings(max_examples=150, deadline=None)
    @given(st.one_of(st.from_regex(_plain(pattern)), _scan_texts))
    def check(text):
        np = text.strip()
        if pattern.match(np):
            assert precheck(frozenset(ascii_lower(np).split())), np

    check()


@settings(max_examples=300, deadline=None)
@given(st.one_of(_scan_texts, st.from_regex(_plain(N._TOLL_CHECK)), st.from_regex(_plain(N._NUMBER))))
def test_toll_check_shortcuts_are_the_patterns(text):
    if N._TOLL_CHECK.match(text):
        assert CS.has_any(ascii_lower(text), N._TOLL_VERBS)
    halves = bool(N._DIGIT.search(text)) or not N._NUMBER_WORDS.isdisjoint(words_of(text))
    assert halves == bool(N._NUMBER.search(text))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_texts, _scan_texts, st.from_regex(_plain(N._HANDLE_TAIL))))
def test_handle_tail_opening_with_the_dash_is_the_plain_pattern(text):
    fast, plain = N._HANDLE_TAIL_FAST.search(text), N._HANDLE_TAIL.search(text)
    assert (fast and (fast.span(), fast.group("h"))) == (plain and (plain.span(), plain.group("h")))


@settings(max_examples=400, deadline=None)
@given(st.one_of(_scan_texts, st.from_regex(_plain(CT._TRIM_TAIL)), st.from_regex(_plain(SP._ACCORDING))))
def test_trim_tail_and_according_prechecks_are_the_patterns(text):
    seg = text.rstrip()
    assert CT._trim_tail(seg) == CT._TRIM_TAIL.sub("", seg)
    if SP._ACCORDING.search(text):
        assert not SP._ACCORDING_WORDS.isdisjoint(words_of(text))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_texts, _scan_texts, st.from_regex(_plain(N._SPACED_TAIL)), st.from_regex(_plain(N._NEXT_TAG))))
def test_spaced_tail_and_tag_shortcuts_are_the_patterns(text):
    fast, plain = N._SPACED_TAIL_FAST.search(text), N._SPACED_TAIL.search(text)
    assert (fast and fast.group("h")) == (plain and plain.group("h"))
    nxt = text.strip()
    if nxt.isascii() and N._NEXT_TAG.match(nxt):
        assert ascii_lower(nxt.rstrip(N._ASCII_NON_WORD)).endswith(N._TAG_ENDS)
    assert N._ASCII_NON_WORD == "".join(c for c in map(chr, range(128)) if re.match(r"\W", c))


_OWNED_WORDS = ["The", "the", "agency's", "UNHCR’s", "Monitor's", "latest", "own", "figures", "data", "toll",
                "estimates", "show", "shows", "put", "suggest", "that", "3,400", "died", "s", "'s", "’s", "X.Y-Z"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OWNED_WORDS), max_size=12), st.sampled_from([" ", "  ", "\n"]))
def test_owned_data_is_searched_only_where_its_tail_is(words: list[str], sep: str) -> None:
    """cues tries _OWNED_DATA only in a sentence where its tail pattern matches: every match holds one."""
    from extract.sourcephrases import _OWNED_DATA, _OWNED_TAIL_SCAN

    sentence = sep.join(words)
    if _OWNED_DATA.search(sentence):
        assert _OWNED_TAIL_SCAN.search(sentence)
