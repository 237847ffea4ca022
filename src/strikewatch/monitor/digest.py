"""A digest of a period: counts, a per-day chart, a map, the top events with notes, open disputes.

``summarise(events, since, until)`` is pure; ``render_html`` writes one
self-contained page (inline CSS, images as ``data:`` URIs, no script, every
report-derived string HTML-escaped) and ``render_markdown`` the same content
as Markdown. ``build_digest(store, since, until, fmt)`` ties them together.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import re
from collections import Counter
from typing import Any
from urllib.parse import quote

from ..models import Event
from ..store import EventFilter, Store
from ..events.notes import event_note

TOP = 10
SHOWN_STATUSES = ("machine", "confirmed", "edited")  # not rejected by a reviewer
CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;max-width:960px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.sub{color:#666;margin:0 0 16px}.kpis{display:flex;flex-wrap:wrap;gap:10px}
.kpi{background:#f4f6f8;border-radius:6px;padding:8px 14px;min-width:90px}.kpi b{display:block;font-size:20px}
.cols{display:flex;flex-wrap:wrap;gap:18px}.cols>div{flex:1 1 260px}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{padding:3px 6px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%;border:1px solid #ddd;border-radius:4px}
.ev{margin:0 0 12px}.ev .meta{color:#666;font-size:12px}.src{font-size:12px;color:#444}
.dispute{background:#fff6e5;border-left:3px solid #e0a030;padding:6px 10px;margin:0 0 8px}
"""


def build_digest(store: Store, since: dt.date, until: dt.date, fmt: str = "html") -> str:
    """The digest of the events in ``[since, until]`` from ``store`` as HTML or Markdown."""
    from .charts import day_chart, event_map, find_atlas

    events = store.events(EventFilter(date_from=since, date_to=until, status=list(SHOWN_STATUSES)))
    summary = summarise(events, since, until)
    days = summary["days"]
    images = {
        "chart": day_chart([d for d, _, _ in days], [n for _, n, _ in days], [s for _, _, s in days]),
        "map": event_map(summary["points"], atlas=find_atlas()),
    }
    return render_markdown(summary, images) if fmt == "md" else render_html(summary, images)


def summarise(events: list[Event], since: dt.date, until: dt.date) -> dict[str, Any]:
    """Counts, per-day series, map points, top events and open disputes of ``events``. Pure."""
    per_day: dict[dt.date, list[int]] = {since + dt.timedelta(days=i): [0, 0] for i in range((until - since).days + 1)}
    for e in events:
        day = _day(e)
        if day in per_day:
            per_day[day][0] += 1
            per_day[day][1] += e.strikes or 0
    reports = {r for e in events for r in e.report_ids}
    points = [(e.location.lon, e.location.lat, e.location.name, max(1, e.strikes or 1)) for e in events
              if e.location and e.location.lat is not None and e.location.lon is not None]
    ranked = sorted(events, key=lambda e: (-_best(e.fatalities), -_best(e.injured), -(e.strikes or 0),
                                           -len(e.report_ids), e.date or "", e.id))
    return {
        "since": since, "until": until,
        "totals": {"events": len(events), "strikes": sum(e.strikes or 0 for e in events),
                   "fatalities": sum(_best(e.fatalities) for e in events),
                   "injured": sum(_best(e.injured) for e in events), "reports": len(reports),
                   "disputed": sum(1 for e in events if e.disputed)},
        "by_type": Counter(e.sub_event_type for e in events).most_common(),
        "by_area": Counter(_area(e) for e in events).most_common(TOP),
        "by_actor": Counter(e.actor1 or "unidentified" for e in events).most_common(TOP),
        "days": [(d, n, s) for d, (n, s) in sorted(per_day.items())],
        "points": points,
        "top": ranked[:TOP],
        "disputes": [e for e in events if e.disputed],
    }


def _day(e: Event) -> dt.date | None:
    if e.date and len(e.date) == 10:
        return dt.date.fromisoformat(e.date)
    if e.date_range and e.date_range[0] == e.date_range[1]:
        return dt.date.fromisoformat(e.date_range[0])
    return None


def _best(f: Any) -> int:
    if f is None:
        return 0
    return f.best if f.best is not None else (f.low or 0)


def _area(e: Event) -> str:
    loc = e.location
    if loc is None:
        return "unknown"
    return ", ".join(x for x in (loc.admin1, loc.country) if x) or loc.name


# ---------------------------------------------------------------- HTML


def render_html(s: dict[str, Any], images: dict[str, bytes]) -> str:
    """One self-contained HTML page."""
    esc = html.escape
    t = s["totals"]
    kpis = "".join(f'<div class="kpi"><b>{t[k]}</b>{k}</div>'
                   for k in ("events", "strikes", "fatalities", "injured", "reports", "disputed"))
    tables = "".join(f"<div><h3>{title}</h3>{_table(rows)}</div>" for title, rows in
                     (("By type", s["by_type"]), ("By area", s["by_area"]), ("By actor", s["by_actor"])))
    top = "".join(_event_html(e) for e in s["top"]) or "<p>No events in this period.</p>"
    disputes = "".join(_dispute_html(e) for e in s["disputes"]) or "<p>No open disputes.</p>"
    title = f"strikewatch digest, {_long(s['since'])} to {_long(s['until'])}"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
            f"<h1>{esc(title)}</h1><p class=\"sub\">Machine-coded events from news reports; "
            f"notes are generated from the coded fields.</p><div class=\"kpis\">{kpis}</div>"
            f"<h2>Events and strikes per day</h2>{_img(images['chart'], 'events and strikes per day')}"
            f"<h2>Where</h2>{_img(images['map'], 'map of event locations')}"
            f"<h2>Counts</h2><div class=\"cols\">{tables}</div>"
            f"<h2>Top events</h2>{top}<h2>Open disputes</h2>{disputes}</body></html>\n")


def _long(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _img(png: bytes, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">'


def _table(rows: list[tuple[str, int]]) -> str:
    body = "".join(f'<tr><td>{html.escape(str(k))}</td><td class="n">{n}</td></tr>' for k, n in rows)
    return f'<table><tr><th>name</th><th class="n">events</th></tr>{body or "<tr><td>none</td><td></td></tr>"}</table>'


def _event_html(e: Event) -> str:
    esc = html.escape
    sources = "; ".join(_source_html(s) for s in sorted(e.sources, key=lambda s: s.report))
    return (f'<div class="ev"><div>{esc(e.note or event_note(e))}</div>'
            f'<div class="meta">{esc(e.sub_event_type)} &middot; {esc(e.id)} &middot; '
            f"confidence {e.confidence:.2f}</div><div class=\"src\">Sources: {sources}</div></div>")


def _source_html(src: Any) -> str:
    esc = html.escape
    label = esc(src.outlet or src.report)
    if src.url and src.url.startswith(("http://", "https://")):
        label = f'<a href="{esc(src.url)}" rel="noreferrer noopener">{label}</a>'
    date = f" ({src.published:%d %b %Y})" if src.published else ""
    return f"{label}{date} <code>{esc(src.report)}</code>"


def _dispute_html(e: Event) -> str:
    esc = html.escape
    items = "".join(f"<li><b>{esc(d.field)}</b>: " + "; ".join(
        f"{esc(_value(v))} ({esc(', '.join(srcs))})" for v, srcs in zip(d.values, d.sources + [[]] * len(d.values)))
        + "</li>" for d in e.disputed)
    return f'<div class="dispute"><div>{esc(e.note or event_note(e))}</div><ul>{items}</ul></div>'


def _value(v: Any) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k} {x}" for k, x in v.items() if x is not None) or "unknown"
    return "unknown" if v is None else str(v)


# ---------------------------------------------------------------- Markdown


def render_markdown(s: dict[str, Any], images: dict[str, bytes]) -> str:
    """The digest as Markdown (images as data URIs; report text escaped)."""
    t = s["totals"]
    lines = [f"# strikewatch digest, {_long(s['since'])} to {_long(s['until'])}", "",
             " · ".join(f"**{t[k]}** {k}" for k in ("events", "strikes", "fatalities", "injured", "reports",
                                                      "disputed")), ""]
    for key, alt in (("chart", "events and strikes per day"), ("map", "map of event locations")):
        lines += [f"![{alt}](data:image/png;base64,{base64.b64encode(images[key]).decode()})", ""]
    for title, rows in (("By type", s["by_type"]), ("By area", s["by_area"]), ("By actor", s["by_actor"])):
        lines += [f"## {title}", "", "| name | events |", "|---|---:|"]
        lines += [f"| {_md(str(k))} | {n} |" for k, n in rows] + [""]
    lines += ["## Top events", ""]
    for e in s["top"]:
        srcs = "; ".join(_md(x.outlet or x.report) + _md_link(x.url) for x in sorted(e.sources, key=lambda x: x.report))
        lines += [f"- {_md(e.note or event_note(e))}  ", f"  *{_md(e.sub_event_type)}, {_md(e.id)}; sources: {srcs}*"]
    lines += ["", "## Open disputes", ""]
    for e in s["disputes"]:
        fields = "; ".join(f"{d.field}: " + " vs ".join(_md(_value(v)) for v in d.values) for d in e.disputed)
        lines.append(f"- {_md(e.note or event_note(e))} ({fields})")
    if not s["disputes"]:
        lines.append("No open disputes.")
    return "\n".join(lines) + "\n"


def _md_link(url: str | None) -> str:
    """A report URL as a Markdown autolink, or nothing: only http(s), and every character that could
    end the link or open HTML (``<``, ``>``, quotes, spaces, backslashes, ...) percent-encoded."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return ""
    return f" <{quote(url, safe=_URL_SAFE)}>"


_URL_SAFE = ":/?#@!$&()*+,;=%~-._"  # RFC 3986 delimiters, percent signs and unreserved marks; not <>"'`[]\


def _md(text: str) -> str:
    """Escape Markdown and inline-HTML syntax in report-derived text."""
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", html.escape(text, quote=False))
