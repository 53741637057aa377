"""HTML pages keep the structure that section splitting reads (real trafilatura, own page)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.sections import READER_COMMENT, split_sections
from warehouse.html import COMMENTS_MARKER, html_to_text

PAGE = """<html><head><title>Valley Daily: Dam Road Clashes | Valley Monitor Blog</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1 class="entry-title">Valley Daily: Dam Road Clashes</h1>
<div class="entry-content">
<p><strong>UPDATE 1645 GMT:</strong> Activists say 18 people were killed when a shell hit the bus depot.</p>
<p><strong>ORIGINAL ENTRY:</strong> Fighting spread along the dam road on Thursday, and 5 bridges were closed.</p>
<p>The Violations Documentation Center documented 27 deaths in the district this week.</p>
<h2>Militia Says It Took 12 Armoured Cars</h2>
<p>A militia commander said his men seized 12 armoured cars at the quarry.</p>
<blockquote><p>Loyalist units lost at least 30 soldiers in the quarry battle.</p></blockquote>
<p>Source: Quarry battle rages – Riverside Chronicle</p>
</div>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on "Valley Daily: Dam Road Clashes"</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Heron</b>
<span class="says">says:</span><time>March 5, 2020 at 3:41 pm</time></footer>
<div class="comment-content"><p>They lost 40 cars, not 12, I watched the footage.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>
</ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>
</div>
<footer>Copyright</footer>
</body></html>
"""


def sections_of(text: str) -> dict[str, tuple[str, str | None]]:
    """Section (kind, voice) of a few marker phrases."""
    out = {}
    for needle in ("Valley Daily", "18 people", "5 bridges", "27 deaths", "Militia Says", "seized 12", "30 soldiers",
                   "Source: Quarry", "40 cars"):
        at = text.index(needle)
        for s in split_sections(text):
            if s.start <= at < s.end:
                out[needle] = (s.kind, s.voice)
    return out


def test_page_text_has_title_blocks_and_comments_after_the_marker():
    text, title = html_to_text(PAGE)
    assert title == "Valley Daily: Dam Road Clashes"
    assert text.startswith("Valley Daily: Dam Road Clashes\n\n")
    assert "\n\nMilitia Says It Took 12 Armoured Cars\n\n" in text  # heading on its own line
    assert text.index(COMMENTS_MARKER) < text.index("40 cars")
    assert "Copyright" not in text and "Home" not in text


def test_page_structure_gives_every_section():
    text, _ = html_to_text(PAGE)
    got = sections_of(text)
    assert got["Valley Daily"] == ("headline", None)
    assert got["18 people"] == ("update", None)
    assert got["5 bridges"] == ("body", None)
    assert got["27 deaths"] == ("body", None)
    assert got["Militia Says"] == ("headline", None)
    assert got["seized 12"] == ("body", None)
    assert got["30 soldiers"] == ("excerpt", "Riverside Chronicle")
    assert got["Source: Quarry"] == ("excerpt", "Riverside Chronicle")
    assert got["40 cars"] == ("comment", READER_COMMENT)


def test_blockquote_without_a_source_line_stays_body():
    page = "<html><body><article><h1>Plain Title Here</h1><p>Intro paragraph of the story.</p>" \
           "<blockquote><p>We buried 6 neighbours today, a farmer said.</p></blockquote>" \
           "<p>More of the story follows in this paragraph.</p></article></body></html>"
    text, _ = html_to_text(page)
    at = text.index("6 neighbours")
    kind = next(s.kind for s in split_sections(text) if s.start <= at < s.end)
    assert kind == "body"


def test_empty_page():
    assert html_to_text("") == ("", None)
    assert html_to_text("<html><body></body></html>")[0] == ""


def test_claims_from_a_page_carry_section_and_source():
    text, _ = html_to_text(PAGE)
    by_number = {}
    for c in extract_claims(text, outlet="Valley Monitor Blog"):
        by_number.setdefault(c.number_text, c)
    assert (by_number["18"].section, by_number["18"].source, by_number["18"].stance) == ("update", "Activists", "claimed")
    c = by_number["27"]
    assert (c.section, c.source_type, c.stance) == ("body", "monitor", "confirmed")
    assert (by_number["40"].section, by_number["40"].source_type) == ("comment", "reader_comment")
    assert c.confidence > by_number["40"].confidence


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(alphabet="abcdefgh 0123456789.<>&", max_size=40), max_size=6))
def test_any_paragraphs_convert_without_error(paragraphs):
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    text, _ = html_to_text(page)
    assert isinstance(text, str)
    assert "<p>" not in text
