"""RSS 2.0 and Atom feeds -> Reports, with ``xml.etree`` and no entity expansion.

A feed that declares a DOCTYPE (or an ENTITY) is rejected before parsing, which
rules out entity-expansion ("billion laughs") and external-entity attacks.
Each item becomes one Report: its id is ``feed-`` plus a hash of its guid (or
link, or title and date), its text the title, a blank line and the
description/content with HTML tags stripped.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from ..errors import InputError
from ..ingest import build_report
from ..ingest.validate import FIRST_YEAR, LAST_YEAR, MAX_OUTLET_CHARS, safe_url
from ..models import Report, ReportFailure

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
FORBIDDEN = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
              "section", "article", "header", "footer", "table"}
SKIP_TAGS = {"script", "style", "noscript", "template"}


def parse_feed(data: bytes, source: str) -> list[Report | ReportFailure]:
    """Every item of an RSS 2.0 or Atom document, as a Report (or a ReportFailure for a bad item)."""
    if FORBIDDEN.search(data):
        raise InputError(f"{source}: feeds with a DOCTYPE or ENTITY declaration are refused",
                         code="unsafe_xml", report_id=source)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"{source}: not well-formed XML ({exc})", code="bad_feed", report_id=source) from None
    if root.tag == f"{ATOM}feed":
        outlet = _text(root.find(f"{ATOM}title"))
        entries = [_atom_entry(e) for e in root.findall(f"{ATOM}entry")]
    elif root.tag in ("rss", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"):
        channel = _child(root, "channel")
        outlet = _text(_child(channel, "title")) if channel is not None else None
        entries = [_rss_item(i) for i in root.iter() if _local(i.tag) == "item"]
    else:
        raise InputError(f"{source}: neither RSS nor Atom (root element <{_local(root.tag)}>)",
                         code="bad_feed", report_id=source)
    return [_report(entry, outlet, source) for entry in entries]


def item_id(guid: str | None, link: str | None, title: str | None, published: str | None) -> str:
    """A stable report id for a feed item: from its guid, else its link, else its title and date."""
    key = guid or link or f"{title or ''}|{published or ''}"
    return "feed-" + hashlib.sha1(key.strip().encode("utf-8")).hexdigest()[:16]


def strip_html(html: str) -> str:
    """Text of an HTML fragment: tags removed, entities decoded, blocks on their own lines."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n" if tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "p":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _rss_item(item: ET.Element) -> dict[str, str | None]:
    guid = _text(_child(item, "guid"))
    link = _text(_child(item, "link"))
    published = _text(_child(item, "pubDate")) or _text(item.find(DC_DATE))
    body = _text(item.find(CONTENT)) or _text(_child(item, "description"))
    return {"guid": guid, "link": link, "title": _text(_child(item, "title")), "published": published, "body": body}


def _atom_entry(entry: ET.Element) -> dict[str, str | None]:
    link = None
    for el in entry.findall(f"{ATOM}link"):
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            link = el.get("href")
            break
    published = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
    body = _text(entry.find(f"{ATOM}content")) or _text(entry.find(f"{ATOM}summary"))
    return {"guid": _text(entry.find(f"{ATOM}id")), "link": link, "title": _text(entry.find(f"{ATOM}title")),
            "published": published, "body": body}


def _report(entry: dict[str, str | None], outlet: str | None, source: str) -> Report | ReportFailure:
    rid = item_id(entry["guid"], entry["link"], entry["title"], entry["published"])
    title = strip_html(entry["title"] or "").replace("\n", " ").strip()
    body = strip_html(entry["body"] or "")
    if not body and not title:
        return ReportFailure(rid, "ingest", "empty", f"{source}: feed item {rid} has no title or text")
    text = f"{title}\n\n{body}" if title and body else (title or body)
    try:  # a link that is not an absolute http(s) URL is dropped; a bad channel title is not an outlet
        return build_report(rid, text, has_headline=bool(title and body),
                            published=parse_feed_date(entry["published"]),
                            outlet=outlet if outlet and len(outlet) <= MAX_OUTLET_CHARS else None,
                            url=safe_url(entry["link"]))
    except InputError as exc:
        return ReportFailure(rid, "ingest", exc.code, f"{source}: feed item {rid}: {exc}")


def parse_feed_date(value: str | None) -> dt.date | None:
    """RFC 822 (RSS ``pubDate``) or ISO 8601 (Atom, Dublin Core) -> date; None when unparseable or
    outside the years a report can be published in (``strikewatch.ingest.validate.FIRST_YEAR``...)."""
    if not value:
        return None
    value = value.strip()
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        try:
            day = email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def _child(el: ET.Element, name: str) -> ET.Element | None:
    """A child by local name, in no namespace or any (RSS 1.0 puts items in the RSS namespace)."""
    found = el.find(name)
    if found is not None:
        return found
    return next((c for c in el if _local(c.tag) == name), None)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(el: ET.Element | None) -> str | None:
    if el is None:
        return None
    text = "".join(el.itertext()).strip()
    return text or None
