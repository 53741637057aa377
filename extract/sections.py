"""Split a document into sections: headline, body, update, excerpt, comment.

A report read as plain text keeps its layout in its lines, so the split works
line by line:

- comment: everything after the article's end, found by a boundary line
  ("Related Posts", "Leave a Comment", "12 Comments", ...), by the first
  indented "1." of a numbered comment thread, or by the first comment
  metadata line ("Jane says:", "Reply", "May 6, 2014 at 3:41 pm");
- update: from an "UPDATE 1530 GMT:" stamp to the next stamp, an
  "ORIGINAL ENTRY" or "ORIGINAL POST" line or the next heading;
- excerpt: a passage closed by a "Source: <title> – <Outlet>" line, back to
  the previous heading, Source line, stamp or a line ending with ":" that
  introduces it. Its voice is the outlet (a "CITY (Reuters) –" dateline
  first, else the last segment of the Source line when it names an outlet);
- headline: the first line, and standalone title-case lines and "See …"
  titles of linked posts;
- body: the rest.

Every section's `voice` is who speaks when nobody is named in it: the
excerpt's outlet, "reader comment" in comments, None (the document's outlet)
elsewhere.
"""

from __future__ import annotations

import re

from extract.context import Section
from extract.entrystamps import ORIGINAL as _ORIGINAL, mark_stamped_entries
from extract.figurerows import is_figure_row
from extract.tablerows import is_figure_pipe_row
from extract.rx import guarded
from extract.judgments import mark_judgments
from extract.letters import mark_letter
from extract.memosubject import HEAD_LINES, is_subject_line
from extract.numwraps import cuts_number
from extract.statements import mark_statements

READER_COMMENT = "reader comment"

_COMMENT_BOUNDARY = guarded(
    r"^\s*(?:related posts|related articles|related stories|you may also like|leave a (?:comment|reply)"
    r"|\d+\s+(?:comments?|responses?|replies|thoughts on\b.*)|comments|responses|reader comments"
    r"|join the (?:discussion|conversation)|show comments|discussion)\s*:?\s*$",
    re.I,
)
_THREAD_START = guarded(r"^[ \t]{2,}1\.\s+\S")
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_COMMENT_DATE = guarded(
    r"^\s*(?:on\s+)?" + _MONTHS + r"\.?\s+\d{1,2},?\s+\d{4}\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm)?\s*$", re.I
)
_COMMENT_META = guarded(r"^\s*(?:reply|reply\s*↓|log in to reply|report comment)\s*$", re.I)
_SAYS = guarded(r"^\s*\S.{0,40}\s+says:\s*$")
# An update's stamp: "UPDATE 1530 GMT:", "Update, March 3, 10:15 a.m. EST:"; or a wire series' numbered entry, its
# time in brackets, then a dash or colon: "UPDATE 4 (05:45) - ", "UPDATE 2: ", "Update (14:10) – ".
_UPDATE = guarded(
    r"^\s*(?:UPDATE|Update)(?:S?\s*,?\s*(?:(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2}\s*,?\s*)?"
    r"(?:\d{1,2}[:.]\d{2}|\d{3,4})?\s*(?:[apAP]\.?[mM]\.?)?\s*"
    r"(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|local time)?\s*:"  # any zone: GMT, IST, EAT, AEST, UTC+3
    r"|\s+(?=[\d(])(?:\d{1,3}\s*)?(?:\(\s*\d{1,2}[:.]?\d{2}[^()\n]{0,24}\)\s*)?[:\-–—]\s)"
)
_SOURCE_LINE = guarded(r"^\s*Source\s*:\s*(?P<rest>\S.*?)\s*$")
_DATELINE = guarded(r"^\s*[A-Z][A-Za-z .,'/-]{1,40}\(\s*(?P<outlet>[A-Z][\w .&'-]{1,30}?)\s*\)\s*[-–—]")
_SEGMENT_SPLIT = guarded(r"\s+[|–—]\s+|\s+-\s+")
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for by with from as vs vs. than into over near amid after "
    "before per via up is are was its it's off out down if so not no than about".split()
)
_QUOTED = guarded(r"^\s*>")
_SEE = re.compile(r"See\s+[A-Z“\"]")  # "See …": the title of a linked post
_NOT_HEADLINE_START = guarded(r"^\s*(?:PHOTO|PHOTOS|IMAGE|IMAGES|Source|UPDATE|ORIGINAL[ \t]+(?:ENTRY|POST))\b", re.I)


def split_sections(text: str) -> list[Section]:
    """Sections covering the whole text in order, without gaps or overlaps."""
    if not text:
        return []
    lines = _lines(text)
    n = len(lines)
    kinds: list[str] = ["body"] * n
    voices: list[str | None] = [None] * n

    comment_from = _comment_start(text, lines)
    for i in range(comment_from, n):
        kinds[i] = "comment"
        voices[i] = READER_COMMENT

    first = next((i for i in range(comment_from) if lines[i][2].strip()), None)
    headline = [False] * n
    # Headings, and updates: from a stamp to the next stamp, ORIGINAL ENTRY or heading (one pass: a line's
    # update state needs only whether it is itself a heading).
    may_update = "UPDATE" in text or "Update" in text
    in_update = False
    stamps: set[int] = set()  # lines with an update stamp: each update is a section of its own
    for i in range(comment_from):
        line = lines[i][2]
        is_heading = (i == first and _is_title_line(line)) or _is_heading(line, lines, i) or (
            i < HEAD_LINES and "S" in line and is_subject_line(line))  # a cable's "SUBJECT: …" (memosubject.py)
        if is_heading and line.rstrip()[-1:].isdigit() and cuts_number(text, lines[i][1] - 1):
            is_heading = False  # "Some 2.5\nmillion people": prose wrapped inside a number (extract/numwraps.py)
        headline[i] = is_heading
        if may_update and _UPDATE.match(line):
            in_update = True
            stamps.add(i)
        elif in_update and ((is_heading and line.strip()) or _ORIGINAL.match(line)):
            in_update = False  # (only an update can end: outside one the tests have nothing to change)
        if in_update:
            kinds[i] = "update"
        if is_heading:
            kinds[i] = "headline"

    if not stamps:
        mark_stamped_entries(lines, kinds, headline, stamps, comment_from)  # "19:40 - …" entries (extract/entrystamps.py)

    # Excerpts: back from each Source line to the previous boundary.
    floor = 0 if first is None else first + 1
    for i in range(floor, comment_from) if "Source" in text else ():
        m = _SOURCE_LINE.match(lines[i][2])
        if not m:
            continue
        start = _excerpt_start(lines, i, floor, headline)
        voice = _excerpt_voice(lines, start, i, m.group("rest"))
        for j in range(start, i + 1):
            kinds[j] = "excerpt"
            voices[j] = voice
        floor = i + 1

    if "ext of" in text or "ranslation of" in text or " below" in text:
        mark_statements(lines, kinds, voices, comment_from)  # a statement quoted in full (extract/statements.py)
    if "xtract" in text or "xcerpt" in text or "assage" in text or "ext of" in text:
        mark_judgments(text, lines, kinds, voices, comment_from)  # a judgment quoted in part (extract/judgments.py)
    head = text[:400]
    if "etter" in head or "Sir" in head or "Dear" in head or "ditor" in head:
        mark_letter(lines, kinds, voices, comment_from)  # a letter to the editor: its writer's voice (extract/letters.py)
    return _merge(text, lines, kinds, voices, stamps)


# --------------------------------------------------------------------------- lines


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end including the newline, text without newline) of every line."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, pos + len(raw), raw.rstrip("\r\n")))
        pos += len(raw)
    if not out:
        out.append((0, len(text), text))
    return out


def _merge(text: str, lines, kinds, voices, stamps: set[int]) -> list[Section]:
    sections: list[Section] = []
    cur_kind, cur_voice, cur_start = None, None, 0
    for i, ((start, _, line), kind, voice) in enumerate(zip(lines, kinds, voices)):
        if not line.strip() and cur_kind is not None:
            continue  # blank lines stay with the section before them
        if kind != cur_kind or voice != cur_voice or (i in stamps and kind == "update"):
            if cur_kind is not None:
                sections.append(Section(cur_kind, cur_start, start, cur_voice))
            cur_kind, cur_voice, cur_start = kind, voice, start
    sections.append(Section(cur_kind or "body", cur_start, len(text), cur_voice))
    return sections


def _nonblank_before(lines, i: int) -> int | None:
    j = i - 1
    while j >= 0 and not lines[j][2].strip():
        j -= 1
    return j if j >= 0 else None


# --------------------------------------------------------------------------- comments


def _comment_start(text: str, lines) -> int:
    """Index of the first line of the reader comments (len(lines) if none).

    (A pattern that needs a character or word the line lacks is not tried: tests/test_sections.py
    checks each such test against its pattern.)"""
    seen_text = 0
    for i, (_, _, line) in enumerate(lines):
        if not line.strip():
            continue  # no comment pattern matches a blank line, and it is no text seen
        if seen_text >= 1:
            if _COMMENT_BOUNDARY.match(line):
                return i
            if line.startswith((" ", "\t")) and _THREAD_START.match(line):
                return i
            if _COMMENT_META.match(line) or (":" in line and _COMMENT_DATE.match(line)):
                return _meta_cluster_start(lines, i)
            if "says:" in line and _SAYS.match(line):
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j][2].strip()), None)
                if nxt is not None and _COMMENT_DATE.match(lines[nxt][2]):
                    return i  # "Jane says:" over a comment's date stamp
        seen_text += 1
    return len(lines)


def _meta_cluster_start(lines, i: int) -> int:
    """A comment's metadata comes in a cluster ("Jane says:", a date): start at its first line."""
    j = _nonblank_before(lines, i)
    while j is not None and (_COMMENT_META.match(lines[j][2]) or _COMMENT_DATE.match(lines[j][2]) or _SAYS.match(lines[j][2])):
        i = j
        j = _nonblank_before(lines, j)
    # A handle line right above a date line belongs to the comment too (not the article's first line).
    if (
        j is not None
        and _COMMENT_DATE.match(lines[i][2])
        and len(lines[j][2].split()) <= 3
        and not lines[j][2].rstrip().endswith((".", ":", "!", "?"))
        and _nonblank_before(lines, j) is not None
    ):
        return j
    return i


# --------------------------------------------------------------------------- headings


def _is_title_line(line: str) -> bool:
    """The first line is the title unless it reads as a sentence (closing full stop)."""
    core = line.strip().rstrip("”\"’' )")
    return bool(core) and core[-1] not in ".,;:"


def _is_heading(line: str, lines, i: int) -> bool:
    """A standalone title: short, no closing full stop, title case, or a 'See …' link."""
    # (Every test before the title-case count rules the line out; the cheapest go first.)
    s = line.strip()
    if not s or len(s) > 160:
        return False
    core = s.rstrip("”\"’' )")
    if not core or core[-1] in ".,;:…" or core.endswith("..."):
        return False  # most lines: a sentence's closing full stop
    if line[:1].isspace() or s[0] in "([{•*>" or ";" in s or s.startswith(("- ", "– ")):
        return False  # indented lines are quotes or list items ("- UN (June): 251"); "(Reporting by …)" is a credit
    if _NOT_HEADLINE_START.match(s) or _SOURCE_LINE.match(s):
        return False
    if _SEE.match(s):
        return True
    if is_figure_pipe_row(s):
        return False  # "Deaths | 35 | 52": a row of figures of a pipe table (extract/tablerows.py)
    if is_figure_row(s):
        return False  # "Murder: 19 (14)": a row of a table of figures (extract/figurerows.py)
    words = s.split()  # (the runs of non-space re's [^\s]+ finds: str.split and \s share one notion of space)
    if len(words) > 22:
        return False
    checked = capital = 0
    for k, w in enumerate(words):
        w = w.strip("“”\"‘’'()[]:—–-")
        if not w or not w[0].isalpha():
            continue
        if k > 0 and w.lower() in _SMALL_WORDS:
            continue
        checked += 1
        capital += w[0].isupper()
    if checked == 0:
        return False
    if checked == 1 and len(words) == 1 and not s.isupper():
        return False  # a lone word ("Footage") is not a title
    return capital / checked >= 0.75


# --------------------------------------------------------------------------- excerpts


def _excerpt_start(lines, source_i: int, floor: int, headline: list[bool]) -> int:
    """First line of the passage a Source line closes: a "> " quoted block, else back to a boundary."""
    j = _nonblank_before(lines, source_i)
    if j is not None and j >= floor and _QUOTED.match(lines[j][2]):
        start = j
        while j is not None and j >= floor and _QUOTED.match(lines[j][2]):
            start = j
            j = _nonblank_before(lines, j)
        return start
    start = floor
    for j in range(source_i - 1, floor - 1, -1):
        s = lines[j][2].strip()
        if not s:
            continue
        if headline[j] or _UPDATE.match(lines[j][2]) or _ORIGINAL.match(lines[j][2]):
            start = j + 1
            break
        if s.endswith(":") and j < source_i - 1:
            start = j + 1  # "X reported:" introduces the passage and stays body
            break
    while start < source_i and not lines[start][2].strip():
        start += 1
    return start


def _excerpt_voice(lines, start: int, source_i: int, rest: str) -> str | None:
    """The quoted outlet: a "CITY (Outlet) –" dateline first, else the Source line's last segment."""
    for j in range(start, source_i):
        if lines[j][2].strip():
            m = _DATELINE.match(lines[j][2])
            if m:
                return m.group("outlet").strip()
    parts = [p.strip() for p in _SEGMENT_SPLIT.split(rest) if p.strip()]
    if len(parts) >= 2 and _looks_like_outlet(parts[-1]):
        return parts[-1]
    return None


def _looks_like_outlet(name: str) -> bool:
    from extract.lexicon import is_outlet_name

    return is_outlet_name(name)
