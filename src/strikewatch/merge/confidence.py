"""Confidence grading of a merged event, in the spirit of Airwars' grading.

``Event.confidence`` (0..1) is a sum of stated terms, clipped to [0.05, 0.99]:

* base 0.35 for one report;
* +0.15 for each further *independent* source, up to +0.30 (near-duplicate
  reports, i.e. syndicated copies and light rewrites, count once; so do two
  reports of one outlet published the same day);
* +0.15 when an official release (``Source.official``) is among the sources;
* -0.10 for each disputed field, down to -0.30;
* precision: +0.10 for a known day, -0.10 for no date; +0.10 for a town-level
  place, +0.05 for a district or area, -0.10 for no place.

``grade(event)`` gives the label: ``contested`` (any dispute), ``confirmed``
(an official release among the sources), ``fair`` (two or more independent
sources), ``weak`` (a single source). ``field_confidence[field]`` is the share
of the reports giving the field that agree with the chosen value.
"""
from __future__ import annotations

from ..models import Event


def independent_sources(event: Event, duplicates: dict[str, str]) -> int:
    """Distinct stories among the sources: a near-duplicate report counts once."""
    story: dict[str, str] = {}  # report -> representative of its story
    first_of: dict[tuple, str] = {}
    for s in sorted(event.sources, key=lambda s: s.report):
        rep = duplicates.get(s.report, s.report)
        if s.outlet and s.published:
            rep = first_of.setdefault((s.outlet, s.published), rep)
        story[s.report] = rep
    return max(1, len(set(story.values())))


def score_confidence(event: Event, duplicates: dict[str, str]) -> float:
    """The 0..1 confidence of a merged event (see the module docstring)."""
    score = 0.35
    score += min(independent_sources(event, duplicates) - 1, 2) * 0.15
    if any(s.official for s in event.sources):
        score += 0.15
    score -= min(len(event.disputed), 3) * 0.10
    if event.date_precision == "day":
        score += 0.10
    elif event.date is None and event.date_range is None:
        score -= 0.10
    loc = event.location
    if loc is None:
        score -= 0.10
    elif loc.geo_precision == 1:
        score += 0.10
    elif loc.geo_precision == 2:
        score += 0.05
    return round(min(0.99, max(0.05, score)), 3)


def grade(event: Event, duplicates: dict[str, str] | None = None) -> str:
    """contested, confirmed, fair or weak (see the module docstring)."""
    if event.disputed:
        return "contested"
    if any(s.official for s in event.sources):
        return "confirmed"
    return "fair" if independent_sources(event, duplicates or {}) >= 2 else "weak"
