"""Section boundaries: headline, body, update, excerpt, comment (own sentences, not seed text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.sections import READER_COMMENT, split_sections


def kind_at(text: str, needle: str) -> tuple[str, str | None]:
    at = text.index(needle)
    for s in split_sections(text):
        if s.start <= at < s.end:
            return s.kind, s.voice
    raise AssertionError(f"{needle!r} is in no section")


def test_first_line_is_the_headline_and_the_rest_body():
    text = "Strikes Resume Over Northern Towns\n\nWarplanes returned over the valley at dawn, killing 6 farmers.\n"
    assert kind_at(text, "Strikes Resume") == ("headline", None)
    assert kind_at(text, "killing 6") == ("body", None)


def test_a_single_sentence_is_body_not_a_headline():
    text = "Medics said 4 people were hurt in the blast."
    assert kind_at(text, "4 people") == ("body", None)


def test_standalone_title_case_lines_are_headlines():
    text = (
        "Weekly Digest\n\nThe first item describes a quiet week in the south.\n\n"
        "Militia Ambush Kills 9 Near River Crossing\n\nThe ambush happened on a dirt road.\n"
    )
    assert kind_at(text, "Militia Ambush") == ("headline", None)
    assert kind_at(text, "dirt road") == ("body", None)


def test_see_links_are_headlines_even_without_title_case():
    text = "Digest\n\nSome body text here.\n\nSee Earlier report: over 30 shells fell on the port\n\nMore text.\n"
    assert kind_at(text, "See Earlier") == ("headline", None)


def test_lines_ending_with_a_colon_or_full_stop_are_not_headlines():
    text = "Digest\n\nFootage Of The Aftermath:\n\nAll Of Them Were Evacuated By Noon.\n"
    assert kind_at(text, "Footage Of") == ("body", None)
    assert kind_at(text, "All Of Them") == ("body", None)


def test_credit_lines_in_brackets_are_not_headlines():
    text = "Digest\n\nBody text.\n\n(Writing By Jane Roe; Editing By Max Poe)\n"
    assert kind_at(text, "Writing By") == ("body", None)


def test_update_runs_from_its_stamp_to_the_next_stamp():
    text = (
        "Live Page\n\nUPDATE 2210 GMT: Rescuers pulled 3 survivors from the rubble.\n\n"
        "More rescue news follows here.\n\nUPDATE 1905 GMT: A second blast was heard.\n\n"
        "ORIGINAL ENTRY: The day began with shelling of 5 villages.\n\nLater body text.\n"
    )
    assert kind_at(text, "3 survivors") == ("update", None)
    assert kind_at(text, "More rescue news") == ("update", None)
    assert kind_at(text, "second blast") == ("update", None)
    assert kind_at(text, "shelling of 5") == ("body", None)
    assert kind_at(text, "Later body") == ("body", None)


@pytest.mark.parametrize("stamp", ["UPDATE 6:40 p.m. IST:", "UPDATE 0915 EAT:", "Update 11:05 a.m. AEST:",
                                   "UPDATE 14:00 UTC+3:", "UPDATE 9.30am local time:"])
def test_an_update_stamp_may_name_any_time_zone(stamp: str) -> None:
    text = f"Live: clashes\n\nBody before.\n\n{stamp} The toll rose to 54.\n"
    assert kind_at(text, "toll rose") == ("update", None)
    assert kind_at(text.replace(stamp, "The update at 6:40 p.m. IST:"), "toll rose") == ("body", None)


def test_an_original_post_ends_the_updates_above_it():
    """Live blogs head their first entry "ORIGINAL POST" as often as "ORIGINAL ENTRY"; it is the body."""
    text = ("Live: strikes on the coast\n\nUPDATE 11:40 a.m.: Two more ships were hit.\n\n"
            "ORIGINAL POST, 7:00 a.m. GMT: Overnight, 4 drones were shot down.\n\n"
            "The original post goes on.\n")
    assert kind_at(text, "Two more ships") == ("update", None)
    assert kind_at(text, "4 drones") == ("body", None)
    assert kind_at(text, "original post goes on") == ("body", None)
    assert kind_at("Notes\n\nUPDATE: a.\n\nORIGINAL POSTER says hi.\n", "POSTER") == ("update", None)


def test_each_update_is_a_section_of_its_own():
    """A stamp starts a new section, so what an update says (its stamp's date, a doubt on "either figure")
    stays inside it."""
    text = (
        "Live Page\n\nUPDATE 2210 GMT: Rescuers pulled 3 survivors from the rubble.\n\n"
        "More rescue news follows here.\n\nUPDATE 1905 GMT: A second blast was heard.\n"
    )
    sections = [s for s in split_sections(text) if s.kind == "update"]
    assert [text[s.start : s.end].split(":")[0] for s in sections] == ["UPDATE 2210 GMT", "UPDATE 1905 GMT"]
    assert "More rescue news" in text[sections[0].start : sections[0].end]


def test_update_ends_at_the_next_heading():
    text = "Live Page\n\nUPDATE 0915 GMT: Two convoys arrived.\n\nCourt Rules On Detainees\n\nThe court sat for an hour.\n"
    assert kind_at(text, "Two convoys") == ("update", None)
    assert kind_at(text, "Court Rules") == ("headline", None)
    assert kind_at(text, "court sat") == ("body", None)


def test_update_stamp_variants():
    for stamp in ("UPDATE 0705 GMT:", "UPDATE 7:05 am:", "Update, March 3:", "UPDATE:"):
        text = f"Live Page\n\n{stamp} Eleven trucks crossed.\n"
        assert kind_at(text, "Eleven trucks") == ("update", None), stamp


def test_excerpt_is_closed_by_a_source_line_and_speaks_for_its_outlet():
    text = (
        "Roundup\n\nThe ceasefire collapsed within hours, and 12 people died in the first exchange.\n\n"
        "Residents fled toward the coast.\n\n"
        "Source: Ceasefire collapses in the north – Coastal Herald\n\n"
        "Our own analysis follows.\n"
    )
    assert kind_at(text, "12 people") == ("excerpt", "Coastal Herald")
    assert kind_at(text, "Residents fled") == ("excerpt", "Coastal Herald")
    assert kind_at(text, "Source: Ceasefire") == ("excerpt", "Coastal Herald")
    assert kind_at(text, "Our own analysis") == ("body", None)


def test_excerpt_starts_after_the_line_that_introduces_it():
    text = (
        "Roundup\n\nWe begin with our own notes on the front.\n\nA regional paper wrote:\n\n"
        "Gunmen seized 7 trucks on the highway.\n\nSource: Highway raid | World | Valley Times\n"
    )
    assert kind_at(text, "own notes") == ("body", None)
    assert kind_at(text, "A regional paper") == ("body", None)
    assert kind_at(text, "7 trucks") == ("excerpt", "Valley Times")


def test_excerpt_voice_prefers_a_wire_dateline():
    text = (
        "Roundup\n\nFirst part.\n\nSource: Old story – Daily Paper\n\n"
        "AMMAN (Reuters) – Officials said 20 refugees crossed the border.\n\n"
        "Source: Border opens to refugees – U.K.\n"
    )
    assert kind_at(text, "20 refugees") == ("excerpt", "Reuters")


def test_excerpt_without_an_outlet_has_no_voice():
    text = "Roundup\n\nFirst part.\n\nSource: Old story – Daily Paper\n\nA quoted passage.\n\nSource: Exclusive: a scoop\n"
    assert kind_at(text, "A quoted passage") == ("excerpt", None)


def test_quoted_block_before_a_source_line_is_the_excerpt():
    text = (
        "Roundup\n\nOur reporter counted 8 craters.\n\n> Another outlet counted 15 craters.\n> It said more fell later.\n\n"
        "Source: Craters in the field – Plains Post\n"
    )
    assert kind_at(text, "8 craters") == ("body", None)
    assert kind_at(text, "15 craters") == ("excerpt", "Plains Post")


def test_comments_after_related_posts():
    text = "Report\n\nThe article says 10 houses burned.\n\nRelated Posts\n\n  1. A reader thinks 50 burned.\n"
    assert kind_at(text, "10 houses") == ("body", None)
    assert kind_at(text, "50 burned") == ("comment", READER_COMMENT)


def test_comments_after_leave_a_comment():
    text = "Report\n\nThe article says 10 houses burned.\n\nLeave a Comment\n\nI heard 50 burned.\n"
    assert kind_at(text, "50 burned") == ("comment", READER_COMMENT)


def test_comments_start_at_an_indented_numbered_thread():
    text = "Report\n\nThe article body mentions 4 tanks.\n\n  1. First reader says 6 tanks.\n\n    • A reply says 2 tanks.\n"
    assert kind_at(text, "4 tanks") == ("body", None)
    assert kind_at(text, "6 tanks") == ("comment", READER_COMMENT)
    assert kind_at(text, "2 tanks") == ("comment", READER_COMMENT)


def test_comments_start_at_comment_metadata():
    text = (
        "Report\n\nThe body mentions 4 tanks.\n\nkestrel77 says:\nMarch 3, 2019 at 4:12 pm\n\n"
        "Nonsense, there were 9 tanks.\n\nReply\n"
    )
    assert kind_at(text, "4 tanks") == ("body", None)
    assert kind_at(text, "kestrel77") == ("comment", READER_COMMENT)
    assert kind_at(text, "9 tanks") == ("comment", READER_COMMENT)


def test_a_handle_over_a_date_stamp_starts_the_comments():
    text = "Report\n\nThe body mentions 4 tanks.\n\nHeron\nMarch 5, 2020 at 3:41 pm\n\nThey lost 40 tanks.\n"
    assert kind_at(text, "4 tanks") == ("body", None)
    assert kind_at(text, "Heron") == ("comment", READER_COMMENT)
    assert kind_at(text, "40 tanks") == ("comment", READER_COMMENT)


def test_a_says_line_in_the_body_does_not_start_comments():
    text = "Report\n\nThe envoy says:\n\nWe counted 40 trucks at the crossing.\n\nMore body text.\n"
    assert kind_at(text, "40 trucks") == ("body", None)
    assert kind_at(text, "More body") == ("body", None)


def test_comment_count_heading_is_a_boundary():
    text = "Report\n\nBody text with 3 shells.\n\n14 Comments\n\nWhat about the 20 shells yesterday?\n"
    assert kind_at(text, "20 shells") == ("comment", READER_COMMENT)


def test_source_lines_and_stamps_inside_comments_stay_comments():
    text = (
        "Report\n\nBody.\n\nLeave a Comment\n\nUPDATE 1200 GMT: a reader's own update with 7 dead.\n\n"
        "Source: something – Some Paper\n"
    )
    assert kind_at(text, "7 dead") == ("comment", READER_COMMENT)
    assert kind_at(text, "Source: something") == ("comment", READER_COMMENT)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_sections_cover_the_text_in_order(text):
    sections = split_sections(text)
    if not text:
        assert sections == []
        return
    assert sections[0].start == 0
    assert sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:]):
        assert a.end == b.start
    assert all(s.kind in {"headline", "body", "update", "excerpt", "comment"} for s in sections)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "Title Line Here", "", "Plain sentence with 3 dead.", "UPDATE 1200 GMT: news.", "ORIGINAL ENTRY: text.",
    "Source: Story – Some Times", "Related Posts", "  1. a comment", "> quoted 4 words", "See Another Post",
]), max_size=25))
def test_sections_cover_structured_documents(lines):
    text = "\n".join(lines)
    sections = split_sections(text)
    if text:
        assert sections[0].start == 0 and sections[-1].end == len(text)
        assert all(a.end == b.start for a, b in zip(sections, sections[1:]))
        # Once comments begin, they run to the end.
        kinds = [s.kind for s in sections]
        if "comment" in kinds:
            assert set(kinds[kinds.index("comment"):]) == {"comment"}


# --------------------------------------------------------------------------- shortcuts == the long way

import re  # noqa: E402

import pytest  # noqa: E402

from extract import sections as S  # noqa: E402


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The pattern without the guard extract/rx.py puts in front (hypothesis cannot generate look-aheads)."""
    from extract.rx import REGISTRY

    return next((plain for plain, fast in REGISTRY if fast is pattern), pattern)


_PRECHECKS = {
    "comment date": (S._COMMENT_DATE, lambda line: ":" in line),
    "says": (S._SAYS, lambda line: "says:" in line),
    "thread": (S._THREAD_START, lambda line: line.startswith((" ", "\t"))),
    "update": (S._UPDATE, lambda text: "UPDATE" in text or "Update" in text),
    "source line": (S._SOURCE_LINE, lambda text: "Source" in text),
}


@pytest.mark.parametrize("name", sorted(_PRECHECKS))
def test_line_precheck_holds_wherever_its_pattern_matches(name):
    pattern, precheck = _PRECHECKS[name]

    @settings(max_examples=150, deadline=None)
    @given(st.from_regex(_plain(pattern)))
    def check(line):
        if pattern.match(line):
            assert precheck(line), line

    check()


def _split_sections_long_way(text: str) -> list:
    """split_sections as first written: separate heading and update passes, every pattern on every line."""
    if not text:
        return []
    lines = S._lines(text)
    n = len(lines)
    kinds, voices = ["body"] * n, [None] * n
    comment_from = n
    seen = 0
    for i, (_, _, line) in enumerate(lines):
        if seen >= 1:
            if S._COMMENT_BOUNDARY.match(line) or S._THREAD_START.match(line):
                comment_from = i
                break
            if S._COMMENT_META.match(line) or S._COMMENT_DATE.match(line):
                comment_from = S._meta_cluster_start(lines, i)
                break
            if S._SAYS.match(line):
                nxt = next((j for j in range(i + 1, n) if lines[j][2].strip()), None)
                if nxt is not None and S._COMMENT_DATE.match(lines[nxt][2]):
                    comment_from = i
                    break
        if line.strip():
            seen += 1
    for i in range(comment_from, n):
        kinds[i], voices[i] = "comment", S.READER_COMMENT
    first = next((i for i in range(comment_from) if lines[i][2].strip()), None)
    headline = [False] * n
    for i in range(comment_from):
        line = lines[i][2]
        if (i == first and S._is_title_line(line)) or S._is_heading(line, lines, i):
            headline[i] = True
    in_update = False
    stamps = set()
    for i in range(comment_from):
        line = lines[i][2]
        if S._UPDATE.match(line):
            in_update = True
            stamps.add(i)
        elif S._ORIGINAL.match(line) or (headline[i] and line.strip()):
            in_update = False
        if in_update:
            kinds[i] = "update"
        if headline[i]:
            kinds[i] = "headline"
    floor = 0 if first is None else first + 1
    for i in range(floor, comment_from):
        m = S._SOURCE_LINE.match(lines[i][2])
        if not m:
            continue
        start = S._excerpt_start(lines, i, floor, headline)
        voice = S._excerpt_voice(lines, start, i, m.group("rest"))
        for j in range(start, i + 1):
            kinds[j], voices[j] = "excerpt", voice
        floor = i + 1
    return S._merge(text, lines, kinds, voices, stamps)


_LINES = [
    "Shelling Kills Dozens in Aleppo", "UPDATE 1530 GMT: The toll rose.", "Update: more dead.", "ORIGINAL ENTRY",
    "Rebels said 12 died.", "  1. First comment", "Jane says:", "May 6, 2016 at 3:41 pm", "Reply", "12 Comments",
    "Source: Clashes continue – Example News", "> quoted line", "ALEPPO (Reuters) - Shells fell.", "See Also Here",
    "", "   ", "Related Posts", "He wrote: fine", "X reported:", "A Title Line", "the end.",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=14), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_split_sections_equals_the_long_way(lines, sep):
    text = sep.join(lines)
    assert split_sections(text) == _split_sections_long_way(text)


_BLANK_NEVER = {
    "comment boundary": S._COMMENT_BOUNDARY, "thread": S._THREAD_START, "comment meta": S._COMMENT_META,
    "comment date": S._COMMENT_DATE, "says": S._SAYS, "original": S._ORIGINAL,
}


@pytest.mark.parametrize("name", sorted(_BLANK_NEVER))
def test_no_comment_pattern_matches_a_blank_line(name):
    """_comment_start skips blank lines, and the update pass tries ORIGINAL ENTRY on a non-blank line only
    inside an update: neither pattern can match a blank line."""
    pattern = _BLANK_NEVER[name]

    @settings(max_examples=150, deadline=None)
    @given(st.one_of(st.from_regex(_plain(pattern)), st.text(alphabet=" \t\r\u00a0\u2003\x0b", max_size=8)))
    def check(line):
        if pattern.match(line):
            assert line.strip(), repr(line)

    check()
