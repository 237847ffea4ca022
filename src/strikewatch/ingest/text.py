"""Plain-text reports: the first line is the headline, the rest the body."""
from __future__ import annotations

import datetime as dt

from ..models import Report
from .clean import clean_text


def build_report(report_id: str, text: str, *, title: str | None = None, has_headline: bool = False,
                 published: dt.date | None = None, outlet: str | None = None,
                 url: str | None = None, path: str | None = None) -> Report:
    """Make a Report with its clean text and offset map.

    With ``has_headline`` the first line of ``text`` is the headline: it is
    cleaned on its own so that it never runs into the body.
    """
    head_end = 0
    if has_headline:
        nl = text.find("\n")
        head_end = len(text) if nl < 0 else nl
        title = text[:head_end].strip() or title
    if head_end:
        h_clean, h_offs = clean_text(text[:head_end])
        b_clean, b_offs = clean_text(text[head_end:])
        sep = "\n\n" if h_clean and b_clean else ""
        clean = h_clean + sep + b_clean
        offsets = h_offs[:-1] + [head_end] * len(sep) + [o + head_end for o in b_offs]
        body_start = len(h_clean) + len(sep)
    else:
        clean, offsets = clean_text(text)
        body_start = 0
    return Report(id=report_id, text=text, clean=clean, offsets=offsets, title=title,
                  body_start=body_start, published=published, outlet=outlet, url=url, path=path)
