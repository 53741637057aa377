"""Who speaks a figure in subtitle files, court records, guides and notes (session 14, batch 24's attribution).

Every sentence here is written for the test: speaker tags in brackets (extract/bracketturns.py), a record's role
labels and the person behind them (extract/witnessname.py), a voice heard saying a figure, "put X's dead at",
museums and archive studies as monitors, a person's apposition, a log that records and records that document
(extract/writtenrecords.py), the document's own earlier edition (extract/ownedition.py), and a figure called too
high (extract/toohigh.py). Each has a negative case beside it.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extract import extract_claims
from extract.bracketturns import bracket_labels
from extract.cues import sentence_cues
from extract.speakers import turns


def _who(text: str, outlet: str = "Reel Co") -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in extract_claims(text, outlet=outlet)}


_SUBTITLES = """Harbour Nights - English subtitles, reel 1

1
00:01:02,000 --> 00:01:06,500
[NARRATOR] By the end of May 1941 the harbour garrison numbered some 3,200 soldiers.

2
00:01:07,000 --> 00:01:11,000
[JOHN KESTREL, veteran, 4th Battalion] Ninety of our soldiers were killed on the first night.

3
00:01:11,500 --> 00:01:15,000
[MARTA VOSS, field surgeon] By June more than 700 soldiers were wounded.

4
00:01:15,500 --> 00:01:18,000
[JOHN KESTREL] Another 60 soldiers were killed at the pier.

5
00:01:18,500 --> 00:01:21,000
And 25 soldiers were killed on the road.
"""


def test_bracketed_speaker_tags_give_each_cue_its_speaker() -> None:
    who = _who(_SUBTITLES)
    assert who["Ninety"] == ("John Kestrel", "activists", "claimed")  # a veteran: a witness of his own war
    assert who["700"] == ("Marta Voss", "activists", "claimed")
    assert who["60"] == ("John Kestrel", "activists", "claimed")  # the bare tag keeps the role it was given before
    assert who["25"] == ("John Kestrel", "activists", "claimed")  # an untagged cue goes on with the last speaker


def test_a_narrators_tag_is_the_outlets_voice() -> None:
    assert _who(_SUBTITLES)["3,200"] == ("Reel Co", "publication", "asserted")


def test_sound_cues_and_editors_brackets_are_no_speakers() -> None:
    text = ("Storm at sea - subtitles\n\n[THUNDER] The crew said 14 sailors were killed.\n\n[GUNFIRE] Then 9 sailors "
            "were killed.\n\n[End of reel. The navy later said 30 sailors were killed.]\n")
    assert bracket_labels(text, frozenset({"narrator"})) == []
    assert not turns(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["[NARRATOR] ", "[ANA REY, nurse] ", "[ANA REY] ", "[MUSIC] ", "[x] ", "12 ", "said ",
                                 "\n", "\n\n", "[", "]", "A, b", "00:01:02,000 --> 00:01:03,000"]), max_size=30))
def test_bracket_labels_open_lines_and_come_in_order(parts: list[str]) -> None:
    text = "".join(parts)
    labels = bracket_labels(text, frozenset({"narrator"}))
    assert labels == sorted(labels)
    assert len(labels) != 1
    for start, name, _role in labels:
        assert text[start] == "[" and (start == 0 or text[start - 1] == "\n")
        assert text.startswith(name, start + 1)


_RECORD = """Hearing of the mill strike, 3 May 1975: examination of a witness (translated record)

Harbour Archive, box 3.

JUDGE: State your name.
WITNESS: Maria Lopes Duarte, 31. Clerk.
JUDGE: How many soldiers were killed?
WITNESS: I know of 40 soldiers killed. On the radio we heard Radio Liberdade say 90 soldiers were killed.
JUDGE: The Interior Ministry puts your dead at more than 60 soldiers. Do you dispute that?
WITNESS: No. Another 30 soldiers were wounded at the gate.
PRESIDENT OF THE COURT: The court notes that its own records show 55 soldiers killed.
"""


def test_a_witness_label_speaks_as_the_person_it_names_once() -> None:
    who = _who(_RECORD, outlet="Harbour Archive")
    assert who["40"] == ("Maria Lopes Duarte", "activists", "claimed")
    assert who["30"] == ("Maria Lopes Duarte", "activists", "claimed")


def test_a_witness_never_named_stays_the_witness() -> None:
    text = _RECORD.replace("Maria Lopes Duarte, 31. Clerk.", "I would rather not say.")
    assert _who(text, outlet="Harbour Archive")["40"] == ("Witness", "activists", "claimed")


def test_a_heading_names_the_witness() -> None:
    text = _RECORD.replace("examination of a witness", "examination of the witness Tomas Ferro").replace(
        "Maria Lopes Duarte, 31. Clerk.", "I would rather not say.")
    assert _who(text, outlet="Harbour Archive")["40"][0] == "Tomas Ferro"


def test_a_figure_quoted_inside_a_turn_is_its_source() -> None:
    who = _who(_RECORD, outlet="Harbour Archive")
    assert who["90"][0] == "Radio Liberdade"  # "we heard Radio Liberdade say 90"
    assert who["60"][:2] == ("Interior Ministry", "official")  # "puts your dead at more than 60"
    assert who["55"] == ("Court", "official", "confirmed")  # "its own records show 55": documented


def test_a_listener_who_heard_no_speaker_keeps_the_claim() -> None:
    who = _who("We heard shots all night, and in the morning we counted 12 bodies in the square.", outlet="Desk")
    assert who["12"][0] == "Desk"


def test_radio_rebelde_is_state_media() -> None:
    assert _who("We heard Radio Rebelde say 70 soldiers were killed.")["70"][:2] == ("Radio Rebelde", "state_media")


def test_put_whose_dead_at_names_the_claimant() -> None:
    who = _who("The navy put the garrison's dead at about 900. Later historians put rebel dead at an estimated "
               "4,000. Polish archive studies since the 1990s put the brigade's dead at about 1,200.")
    assert who["900"] == ("Navy", "official", "claimed")
    assert who["4,000"] == ("Later historians", "monitor", "claimed") or who["4,000"][1:] == ("monitor", "claimed")
    assert who["1,200"] == ("Polish archive studies", "monitor", "claimed")  # studies: research, not an office


def test_put_without_a_figure_after_it_is_no_claim_of_the_subject() -> None:
    who = _who("The medics put the wounded on trucks, and 40 soldiers were killed in the ambush.", outlet="Desk")
    assert who["40"][0] == "Desk"


def test_a_contracted_pronoun_is_the_speaker_in_a_turn() -> None:
    text = ("HOST: Welcome back.\nDANA ORLOV (historian): From the files I've seen, I'd put their dead at between "
            "800 and 1,300.\nHOST: Thank you, Dana Orlov.\n")
    assert _who(text, outlet="Radio Desk")["800 and 1,300"][0] == "Dana Orlov"


def test_a_fronted_for_phrase_is_not_the_subject() -> None:
    assert _who("For the northern side the Ruritanian General Staff gives 6,692 dead.")["6,692"][0] == (
        "Ruritanian General Staff")


def test_museums_count_as_monitors() -> None:
    who = _who("The county museum in Tralee counts 57 dead of the regiment. The town museum has documented 402 of "
               "the dead by name.", outlet="Sleeve Co")
    assert who["57"] == ("County museum", "monitor", "claimed")
    assert who["402"][1:] == ("monitor", "confirmed")


def test_the_museum_named_in_a_speakers_tag_is_the_museum_meant() -> None:
    text = ("Relics - subtitles\n\n[NARRATOR] The fort fell in 1917.\n\n[ANA REY, Harbour War Museum] The museum has "
            "documented 812 of the dead soldiers by name.\n")
    assert _who(text)["812"] == ("Harbour War Museum", "monitor", "confirmed")


def test_a_persons_apposition_types_the_person() -> None:
    who = _who("Alan Marsh, the Ruritanian official historian, counted some 620 soldiers killed on that first day.",
               outlet="Guide Co")
    assert who["620"] == ("Alan Marsh", "official", "claimed")


def test_an_indefinite_apposition_is_left_as_it_was() -> None:
    assert _who("Alan Marsh, a shopkeeper, said 5 stalls burned.", outlet="Desk")["5"][0] == "Shopkeeper"


def test_an_organisations_apposition_still_names_the_organisation() -> None:
    who = _who("Human Rights Watch, the New York-based group, said 12 people were killed.", outlet="Desk")
    assert who["12"][0] == "Human Rights Watch"


def test_a_log_records_as_its_writer_says() -> None:
    who = _who("The harbourmaster's log records about 2,000 wounded soldiers on the quay by evening. "
               "According to Colonel Ward's despatch, 79 soldiers were killed.", outlet="Guide Co")
    assert who["2,000"] == ("Harbourmaster", "official", "claimed")  # a log writes it down: not a verification
    assert who["79"][0] == "Colonel Ward"


def test_a_body_that_records_still_confirms() -> None:
    assert _who("The health ministry recorded 112 deaths in the shelling.")["112"][2] == "confirmed"


def test_records_that_are_not_its_own_do_not_confirm() -> None:
    assert _who("The tribunal notes that the defence's records show 55 soldiers killed.")["55"][2] != "confirmed"


def test_our_own_earlier_edition_corrected_is_disputed() -> None:
    who = _who("The regimental museum counts 578 dead of the regiment; the first pressing of these notes said 600 "
               "dead, and we have corrected it.", outlet="Hollow Records")
    assert who["600"] == ("Hollow Records", "publication", "disputed")
    assert who["578"][2] == "claimed"


def test_our_own_earlier_edition_not_corrected_stays_ours() -> None:
    who = _who("The first pressing of these notes said 600 soldiers were killed.", outlet="Hollow Records")
    assert who["600"] == ("Hollow Records", "publication", "asserted")


def test_our_earlier_bulletin_giving_another_owners_figure_is_that_owners() -> None:
    who = _who("The Ruritanian Army gives its dead as 527. Our May bulletin gave 474 dead, the army's figure of "
               "July 1999; the army has since revised it up.", outlet="Stamp Society")
    assert who["474"][:2] == ("Ruritanian Army", "official")


_TOO_HIGH = ("Northern headquarters announced that it had captured 40 tanks, took 1,300 prisoners, and counted 22,000 "
             "enemy dead. Later archive studies put the enemy dead at about 4,700; the northern figure is now thought "
             "far too high. Northern losses were 900 killed, by the northern army's own count.")


def test_a_figure_called_too_high_is_disputed() -> None:
    assert _who(_TOO_HIGH)["22,000"][2] == "disputed"


def test_the_doubt_spares_the_owners_other_figures_and_later_ones() -> None:
    who = _who(_TOO_HIGH)
    assert who["40"][2] == "claimed" and who["1,300"][2] == "claimed"  # tanks and prisoners: not the doubted kind
    assert who["4,700"][2] == "claimed"  # the counter-figure
    assert who["900"][2] == "claimed"  # after the doubt


def test_later_historians_keep_their_adjective_but_a_later_army_does_not() -> None:
    cues = sentence_cues("The rebel dead were never counted: army officers put them at \"about 300\", while later "
                         "historians give between 300 and 900.")
    names = [c.name for c in cues]
    assert "army officers" in names  # "put them at \"about 300\"": a quoted figure after "at"
    assert "later historians" in names
    assert _who("Later the navy said 40 sailors were killed.")["40"][0] == "Navy"
