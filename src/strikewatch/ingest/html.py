"""HTML pages: main text and metadata via trafilatura."""
from __future__ import annotations

import datetime as dt

from ..errors import InputError
from ..models import Report
from .text import build_report
from .validate import MAX_OUTLET_CHARS, parse_date, safe_url


def read_html(report_id: str, html: str, *, published: dt.date | None = None,
              outlet: str | None = None, path: str | None = None) -> Report:
    """Extract the article from an HTML page; its title and date fill what meta.jsonl does not."""
    import trafilatura  # heavy (lxml, htmldate, courlan): only when an HTML page is read

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise InputError(f"{report_id}: no article text found in the HTML", code="empty", report_id=report_id)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta and meta.title else None
    if published is None and meta and meta.date:
        try:
            published = parse_date(meta.date, report_id)
        except InputError:
            published = None
    url = safe_url(meta.url) if meta else None  # page metadata: a URL that is not http(s) is dropped
    site = meta.sitename if meta and isinstance(meta.sitename, str) else None
    outlet = outlet or (site if site and len(site) <= MAX_OUTLET_CHARS else None)
    text = f"{title}\n\n{body}" if title else body
    return build_report(report_id, text, has_headline=bool(title), published=published,
                        outlet=outlet, url=url, path=path)
