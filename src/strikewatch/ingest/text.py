"""Plain-text reports: the first line is the headline, the rest the body."""
from __future__ import annotations

import datetime as dt

from ..errors import InputError
from ..models import Report
from .clean import clean_text
from .validate import (MAX_OUTLET_CHARS, MAX_TITLE_CHARS, check_field, check_id, check_unicode, check_url,
                       printable)


def build_report(report_id: str, text: str, *, title: str | None = None, has_headline: bool = False,
                 published: dt.date | None = None, outlet: str | None = None,
                 url: str | None = None, path: str | None = None) -> Report:
    """Make a Report with its clean text and offset map.

    With ``has_headline`` the first line of ``text`` is the headline: it is
    cleaned on its own so that it never runs into the body (as a title it is cut
    to MAX_TITLE_CHARS). Every field is checked (InputError: a bad id, text that is
    not valid Unicode, a title or outlet that is not a short string, a bad URL):
    nothing unchecked becomes a Report.
    """
    name = printable(report_id) if isinstance(report_id, str) else repr(report_id)
    if check_id(report_id, name) != report_id:
        raise InputError(f"{name}: a report id must be a non-blank string", code="bad_field", report_id=name)
    check_unicode(text, "text", name)
    if "\x00" in text:
        raise InputError(f"{name}: text holds NUL characters; it looks binary", code="binary", report_id=name)
    title = check_field(title, "title", name, MAX_TITLE_CHARS)
    outlet = check_field(outlet, "outlet", name, MAX_OUTLET_CHARS)
    url = check_url(url, name)
    head_end = 0
    if has_headline:
        nl = text.find("\n")
        head_end = len(text) if nl < 0 else nl
        title = " ".join(text[:head_end].split())[:MAX_TITLE_CHARS] or title
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
