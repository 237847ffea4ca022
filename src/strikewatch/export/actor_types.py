"""Actor types for the ACLED and UCDP exports: ACLED's 'inter' categories from the alias table's
actor kinds, the country a state actor belongs to, and ACLED's interaction labels."""
from __future__ import annotations

import re
from functools import lru_cache

from . import codes

# ACLED's actor types (the text values of inter1/inter2) with their old numeric codes
INTER_TYPES = {
    "State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4,
    "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8,
}
_NAMES = {n: t for t, n in INTER_TYPES.items()}
# ACLED's interaction labels by code (lower actor type first; "X only" for one-sided events;
# 78 is the one label ACLED writes the other way round)
INTERACTIONS = {10 * a + b: (f"{_NAMES[a]} only" if b == 0 else f"{_NAMES[a]}-{_NAMES[b]}")
                for a in range(1, 9) for b in [0, *range(a, 9)]}
INTERACTIONS[78] = "External/Other forces-Civilians"

_KIND_TYPES = {"rebel": "Rebel group", "militia": "Political militia", "unidentified": "Political militia",
               "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
               "international": "External/Other forces"}
_IDENTITY = re.compile(r"\b(?:Ethnic|Clan|Communal|Tribal) Militia\b")
_STATE_OF = re.compile(r"^(?:Military|Police|Naval|Air) Forces of (?:the )?(?P<c>.+)$|^Government of (?:the )?(?P<g>.+)$")
# actor kinds ACLED writes with the country in brackets: "Civilians (Iraq)", "Rioters (Kenya)"
GENERIC_TYPES = {"Civilians", "Protesters", "Rioters"}


@lru_cache(maxsize=1)
def _aliases():
    from ..actors import load_aliases

    return load_aliases()


def state_country(actor: str | None) -> str | None:
    """The ISO alpha-2 code of the state in "Military Forces of Iraq" (None for other actors)."""
    m = _STATE_OF.match(actor or "")
    return codes.country_code(m.group("c") or m.group("g")) if m else None


def actor_type(actor: str | None, event_cc: str | None = None) -> str | None:
    """ACLED's type of ``actor`` in an event in country ``event_cc`` (None when unknown).

    State forces acting outside their own country are 'External/Other forces', as ACLED codes them."""
    if not actor:
        return None
    if _IDENTITY.search(actor):
        return "Identity militia"
    found = _aliases().lookup(actor) or _aliases().lookup(_aliases().canonical(actor) or "")
    kind = found.kind if found else None
    if kind == "state" or (kind is None and _STATE_OF.match(actor)):
        home = state_country(actor)
        return "External/Other forces" if home and event_cc and home != event_cc else "State forces"
    if kind is None and actor.startswith("Unidentified"):
        return "Political militia"
    return _KIND_TYPES.get(kind or "")


def interaction(type1: str | None, type2: str | None) -> str | None:
    """ACLED's interaction label of two actor types ("State forces-Civilians", "Protesters only")."""
    if type1 not in INTER_TYPES:
        return None
    a = INTER_TYPES[type1]
    if type2 not in INTER_TYPES:
        return INTERACTIONS[10 * a]
    b = INTER_TYPES[type2]
    return INTERACTIONS[10 * min(a, b) + max(a, b)]


def with_country(actor: str | None, type_: str | None, country: str | None) -> str | None:
    """ACLED's name for a generic actor: "Civilians" in Iraq is "Civilians (Iraq)"."""
    if not actor or not country or "(" in actor:
        return actor
    generic = type_ in GENERIC_TYPES or actor.startswith("Unidentified") or type_ == "Identity militia"
    return f"{actor} ({country})" if generic else actor
