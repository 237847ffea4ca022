"""What the genre-probe tests share: whether an event sits where a gold event says."""
import math

import pytest


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
