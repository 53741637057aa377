"""Bytes to text and text to dates, for input that may be anything.

parse_published(): see its docstring (explicit dates only; dateparser for dates in words).

decode(): UTF-8 when it is UTF-8; a byte-order mark decides UTF-16/32; UTF-8
with a few broken sequences keeps its text (they become U+FFFD, with a
warning); otherwise charset-normalizer detects a legacy encoding (cp1252,
latin-1, cp1256, ...), with a warning. Binary data (NUL bytes, or more than 1%
control characters) and bytes no encoding explains are rejected.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import date, datetime

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:100_000]
    bad = sum(1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs", "Co"))
    return bad / len(sample)


def _checked(text: str, warnings: list[str]) -> tuple[str, list[str]] | str:
    if not text.strip():
        return "empty: no text to read"
    if _control_share(text) > 0.01:
        return "binary data (control characters): not a text document"
    return text, warnings


def decode(data: bytes) -> tuple[str, list[str]] | str:
    """(text, warnings), or the reason (a str) the bytes are not a text document."""
    if not data.strip():
        return "empty: no text to read"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                return f"invalid {enc} at byte {e.start}, after a {enc} byte-order mark"
            return _checked(text, [] if enc == "utf-8-sig" else [f"decoded as {enc} (byte-order mark)"])
    if b"\x00" in data[:8192]:
        return "binary file (NUL bytes): not a text document"
    try:
        return _checked(data.decode("utf-8"), [])
    except UnicodeDecodeError as e:
        first_bad = e.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    # Legacy encodings (cp1252, latin-1, ...) almost never form valid UTF-8 multi-byte sequences by chance: if
    # valid ones outnumber broken ones, this is UTF-8 with some damage (a cut download, a bad copy).
    if good and good >= bad:
        return _checked(text, [f"invalid UTF-8: {bad} byte sequence(s) replaced by U+FFFD "
                               f"(first at byte {first_bad})"])
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        return f"undecodable: not UTF-8 (first invalid byte at {first_bad}) and no text encoding detected"
    return _checked(str(best), [f"not UTF-8: decoded as {best.encoding} (detected)"])


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T ]\d)")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:$|[T ,]+\d)")  # 31/12/2016, 05/06/2014 10:00
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
_WORD_DATE_SETTINGS = {
    # explicit calendar dates only: relative words ("yesterday", "2 days ago") need another parser, which is
    # left out, and a weekday or a month alone lacks the parts required
    "PARSERS": ["absolute-time"],
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _numeric_date(m: re.Match) -> tuple[date | None, str | None]:
    """A date written with numbers only: day and month in either order, decided only when one is over 12."""
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if a <= 12 and b <= 12 and a != b:
        return None, "ambiguous (day/month or month/day?)"
    day, month = (a, b) if a > 12 or a == b else (b, a)
    try:
        return date(year, month, day), None
    except ValueError:
        return None, None


def _word_date(text: str) -> date | None:
    """An explicit date in words or with a time ('May 6, 2014', '6 May 2014', 'Tue, 06 May 2014 10:00:00 GMT'),
    through dateparser (the design's date parser); None when it is not one, names no four-digit year or no
    month by name (so '6 5 2014' cannot be read in a guessed order)."""
    if len(text) > 100 or not _YEAR.search(text) or not _MONTH_NAME.search(text):
        return None
    try:
        import dateparser

        found = dateparser.parse(text, languages=["en"], settings=_WORD_DATE_SETTINGS)
    except Exception:  # noqa: BLE001 - odd input must never stop an ingest; it is just not a date
        return None
    return found.date() if found is not None else None


def parse_published(value: object) -> tuple[date | None, str | None]:
    """(date, None) for an explicit publication date, or (None, warning) for anything else that is not empty,
    which is then stored as NULL.

    Accepted: date objects; ISO dates or datetimes (YYYY-MM-DD, YYYY/MM/DD, with a time); dates in words or
    RFC 2822 ('May 6, 2014', '6 May 2014', 'Tue, 06 May 2014 10:00:00 GMT'); and day and month in numbers
    when their order is certain (31/12/2016 is day-first, 12/31/2016 month-first). Rejected: relative or
    partial dates ('yesterday', 'Tuesday', 'May 2014'), two-digit years, and 05/06/2014, which is 5 June in
    one country and 6 May in another. A date with a time zone keeps the calendar day as written.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    found: date | None = None
    why: str | None = None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, str):
        text = value.strip()
        m = _ISO.match(text)
        if m:
            try:
                found = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                found = None
        elif (n := _NUMERIC.match(text)) is not None:
            found, why = _numeric_date(n)
        else:
            found = _word_date(text)
    shown = repr(value if not isinstance(value, str) else value[:40])
    if found is None and why:
        return None, f"published {shown} is {why}: stored NULL (write it as YYYY-MM-DD)"
    if found is None:
        return None, f"published {shown} is not a date (expected YYYY-MM-DD): stored NULL"
    if not 1900 <= found.year <= date.today().year + 1:
        return None, f"published {shown} is out of range (1900 to next year): stored NULL"
    return found, None
