"""What the genre-probe tests share: whether an event sits where a gold event says; a text's events."""
import datetime as dt
import math

import pytest

from strikewatch.models import Report
from strikewatch.pipeline import load_pipeline


def _km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _placed(gold, event):
    """Within the gold's tolerance of its point; a gold with no point: in its country."""
    loc = event.location
    if gold["lat"] is None or loc is None or loc.lat is None:
        return loc is not None and loc.country_code == gold["country"]
    return _km(gold["lat"], gold["lon"], loc.lat, loc.lon) <= gold["tolerance_km"]


@pytest.fixture(scope="session")
def placed():
    return _placed


def _report_events(text, published=dt.date(2023, 5, 10)):
    return load_pipeline().run([Report(id="b", text=text, published=published)], merge=False).report_events


@pytest.fixture(scope="session")
def events_of():
    """``events_of(text, published=2023-05-10)``: the unmerged events of one report."""
    return _report_events


@pytest.fixture(scope="session")
def types_of():
    """``types_of(text, published=2023-05-10)``: (sub-event type, place name) of each of its events."""
    return lambda text, published=dt.date(2023, 5, 10): [
        (e.sub_event_type, e.location.name if e.location else None) for e in _report_events(text, published)]
