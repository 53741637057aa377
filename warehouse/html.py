"""HTML to text through trafilatura, keeping the page's structure for section splitting.

The text is laid out the way extract.sections.split_sections reads plain
reports: the title on the first line, every heading, paragraph and list item
on its own line with a blank line between blocks, a quoted block as "> "
lines (an excerpt when a "Source: … – Outlet" line follows it), and the
reader comments after a "Leave a Comment" line, one comment a paragraph.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

COMMENTS_MARKER = "Leave a Comment"
QUOTE_PREFIX = "> "

_BLOCKS = {"p", "head", "item", "row", "code", "graphic"}


def html_to_text(html: str) -> tuple[str, str | None]:
    """(text, title) of a page. Comments follow the article under a 'Leave a Comment' line."""
    import trafilatura

    if not html or not html.strip():
        return "", None
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_comments=True,
        include_formatting=True,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
    )
    if xml:
        try:
            return _render(ET.fromstring(xml))
        except ET.ParseError:
            pass
    return _plain(html)


def _render(doc: ET.Element) -> tuple[str, str | None]:
    title = _clean(doc.get("title") or "") or None
    blocks: list[str] = []
    main = doc.find("main")
    if main is not None:
        _walk(main, blocks, quoted=False)
    if title and not (blocks and _clean(blocks[0]).startswith(title)):
        blocks.insert(0, title)
    comments = doc.find("comments")
    comment_blocks: list[str] = []
    if comments is not None:
        _walk(comments, comment_blocks, quoted=False)
    comment_blocks = [b for b in comment_blocks if b.strip()]
    if comment_blocks:
        blocks.append(COMMENTS_MARKER)
        blocks.extend(comment_blocks)
    return "\n\n".join(b for b in blocks if b.strip()), title


def _walk(node: ET.Element, out: list[str], *, quoted: bool) -> None:
    """Append the text blocks under `node` in document order."""
    for child in node:
        tag = child.tag
        if tag == "quote":
            inner: list[str] = []
            _walk(child, inner, quoted=True)
            if not inner:
                text = _inline(child)
                inner = [text] if text else []
            lines = [QUOTE_PREFIX + line for b in inner for line in b.splitlines() if line.strip()]
            if lines:
                out.append("\n".join(lines))
        elif tag == "list":
            items = []
            for item in child:
                text = _inline(item)
                if text:
                    items.append(f"• {text}")
            if items:
                out.append("\n".join(items))
        elif tag == "table":
            rows = [" | ".join(_inline(c) for c in row) for row in child.iter("row")]
            rows = [r for r in rows if r.strip(" |")]
            if rows:
                out.append("\n".join(rows))
        elif tag in _BLOCKS:
            text = _inline(child)
            if text:
                out.append(text)
        else:
            _walk(child, out, quoted=quoted)


def _inline(node: ET.Element) -> str:
    """The text of a block, with <lb/> as line breaks and whitespace tidied."""
    parts: list[str] = []

    def rec(el: ET.Element) -> None:
        if el.text:
            parts.append(el.text)
        for sub in el:
            if sub.tag == "lb":
                parts.append("\n")
            else:
                rec(sub)
            if sub.tail:
                parts.append(sub.tail)

    rec(node)
    lines = [_clean(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _clean(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def _plain(html: str) -> tuple[str, str | None]:
    """Fallback when the structured extraction fails: trafilatura's plain text."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=True, with_metadata=True, favor_recall=True)
    if doc is None:
        return "", None
    body = (getattr(doc, "text", None) or "").strip()
    comments = (getattr(doc, "comments", None) or "").strip()
    title = getattr(doc, "title", None)
    parts = [title] if title and not body.startswith(title) else []
    parts.append(body)
    if comments:
        parts += [COMMENTS_MARKER, comments]
    return "\n\n".join(p for p in parts if p), title
