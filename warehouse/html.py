"""HTML to text through trafilatura, keeping reader comments as a labelled section."""

from __future__ import annotations

COMMENTS_MARKER = "Leave a Comment"


def html_to_text(html: str) -> tuple[str, str | None]:
    """(text, title) of a page. Comments follow the article under a 'Leave a Comment' line."""
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
