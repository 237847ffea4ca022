import datetime as dt
import hashlib

import pytest

from strikewatch.errors import InputError
from strikewatch.models import Report, ReportFailure
from strikewatch.monitor.feeds import parse_feed, parse_feed_date, strip_html

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title>
<item><title>Depot hit near Tikrit</title><link>https://example.org/a</link><guid>urn:item:1</guid>
<pubDate>Sun, 09 Oct 2016 21:30:00 +0300</pubDate>
<description>&lt;p&gt;Jets struck a depot &amp;amp; a bridge.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;&lt;p&gt;Two died.&lt;/p&gt;</description>
</item>
<item><title>Link only</title><link>https://example.org/b</link>
<content:encoded><![CDATA[<div>Full <b>body</b> text.</div>]]></content:encoded></item>
<item><title></title><description></description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><id>tag:example.org,2016:1</id><title type="html">Shelling in &lt;i&gt;Aleppo&lt;/i&gt;</title>
<link rel="alternate" href="https://example.org/e1"/><updated>2016-10-11T06:00:00Z</updated>
<summary>Shells fell on a market.</summary></entry></feed>"""


def test_rss_items_become_reports():
    first, second, empty = parse_feed(RSS, "wire")
    assert isinstance(first, Report) and first.id == "feed-" + hashlib.sha1(b"urn:item:1").hexdigest()[:16]
    assert first.text == "Depot hit near Tikrit\n\nJets struck a depot & a bridge.\n\nTwo died."
    assert first.title == "Depot hit near Tikrit" and first.outlet == "Example Wire"
    assert first.published == dt.date(2016, 10, 9) and first.url == "https://example.org/a"
    assert second.id == "feed-" + hashlib.sha1(b"https://example.org/b").hexdigest()[:16]
    assert second.text == "Link only\n\nFull body text."
    assert isinstance(empty, ReportFailure) and empty.code == "empty"


def test_atom_entries_become_reports():
    (entry,) = parse_feed(ATOM, "atom")
    assert entry.text == "Shelling in Aleppo\n\nShells fell on a market."
    assert entry.published == dt.date(2016, 10, 11) and entry.url == "https://example.org/e1"
    assert entry.outlet == "Atom Desk"


def test_doctype_and_entities_are_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss><channel/></rss>'
    with pytest.raises(InputError) as err:
        parse_feed(bomb, "evil")
    assert err.value.code == "unsafe_xml"
    with pytest.raises(InputError, match="neither RSS nor Atom"):
        parse_feed(b"<html><body/></html>", "page")
    with pytest.raises(InputError, match="not well-formed"):
        parse_feed(b"<rss><channel>", "cut")


def test_strip_html_and_dates():
    assert strip_html("<ul><li>one</li><li>two &amp; three</li></ul><style>p{}</style>") == "one\ntwo & three"
    assert parse_feed_date("Mon, 10 Oct 2016 08:00:00 GMT") == dt.date(2016, 10, 10)
    assert parse_feed_date("2016-10-11T06:00:00Z") == dt.date(2016, 10, 11)
    assert parse_feed_date("last week") is None
