"""Offline geoparsing: find the places a text names and put them on the map.

``geoparse(text)`` recognises toponyms (spaCy entities, gazetteer matches,
context patterns) and resolves them against an embedded GeoNames gazetteer
(:func:`get_gazetteer`); with ``spans`` it resolves exactly those spans.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..models import Location, Toponym
from ..nlp import text_of
from .clues import area_clues
from .focus import report_country, text_hints
from .gazetteer import Gazetteer, get_gazetteer
from .resolve import Mention, candidates, resolve
from .toponyms import mention, recognize

__all__ = ["geoparse", "resolvable", "report_location", "get_gazetteer", "Gazetteer", "Mention"]


def geoparse(text: str, *, doc: Doc | None = None, spans: list[tuple[int, int]] | None = None,
             outlet: str | None = None) -> list[Toponym]:
    """Toponyms of ``text`` sorted by start, each resolved to a Location (or None).

    ``doc`` is an optional spaCy Doc of exactly ``text`` (not re-parsed then);
    ``spans`` switches recognition off and resolves only those spans (the
    countries, provinces and counties named elsewhere in the text still serve
    as context). Names the gazetteer lacks come back with ``location=None``. The report's focus
    (:mod:`strikewatch.place.focus`) comes from all its names, demonyms, armed groups and ``outlet``.
    """
    gaz = get_gazetteer()
    hints = text_hints(gaz, text, outlet)
    if spans is not None:
        mentions = [mention(text, s, e, gaz, widen=False) for s, e in spans if 0 <= s < e <= len(text)]
        wanted = {(m.start, m.end) for m in mentions}
        clues = area_clues(text, gaz, sorted(wanted))
        return [t for t in resolve(gaz, text, mentions + clues, hints) if (t.start, t.end) in wanted]
    if doc is None:
        from ..nlp import load_nlp

        doc = load_nlp()(text)
    if text_of(doc) != text:
        raise ValueError("doc is not a parse of text")
    return resolve(gaz, text, recognize(doc, gaz), hints)


def report_location(text: str, toponyms: list[Toponym], *, outlet: str | None = None) -> Location | None:
    """The country ``text`` is about (precision "country"), from its resolved ``toponyms``, its
    demonyms, armed groups and ``outlet`` (:func:`strikewatch.place.focus.report_country`), when they
    point at one clearly: where to put an event the report places nowhere more precise."""
    gaz = get_gazetteer()
    return report_country(gaz, toponyms, text_hints(gaz, text, outlet))


def resolvable(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``spans`` that ``geoparse(text, spans=...)`` could resolve: those whose names the gazetteer
    (or a fallback form) knows. The others come back with ``location=None`` whatever else the text
    names, so a caller that wants only resolved places of some spans can skip the joint resolution
    when none of them is resolvable."""
    gaz = get_gazetteer()
    return [(s, e) for s, e in spans if 0 <= s < e <= len(text)
            and len(candidates(gaz, text, mention(text, s, e, gaz, widen=False)).ids)]
