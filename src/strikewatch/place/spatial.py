"""Spatial relations between the candidates of a text's names: nearness, containment, sibling provinces.

:func:`relations` computes, once per text, which candidates of one name lie near or inside which
candidates of every other name (and which provinces are siblings in one country); they do not
change between resolution passes. :func:`coherence` weighs them by how likely the other names'
readings currently are.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .build import FEATURES
from .gazetteer import Gazetteer

_ADMIN1, _DISTRICT, _COUNTRY = FEATURES.index("admin1"), FEATURES.index("district"), FEATURES.index("country")
_IS_POINT = np.array([f in ("city", "district") for f in FEATURES])
Locals = dict[str, tuple[np.ndarray, np.ndarray]]  # name -> (local candidate ids, their weights)


def contained(gaz: Gazetteer, outers: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Matrix: is each of ``ids`` (rows) inside each province/district entry of ``outers`` (columns)?"""
    f = gaz.feature_code[outers][None, :]
    same = (gaz.cc_code[outers][None, :] == gaz.cc_code[ids][:, None]) & (outers[None, :] != ids[:, None])
    same &= gaz.admin1_code[outers][None, :] == gaz.admin1_code[ids][:, None]
    district = (f == _DISTRICT) & (gaz.admin2_code[outers][None, :] == gaz.admin2_code[ids][:, None])
    return same & ((f == _ADMIN1) | district)


def distance_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distances (broadcasting)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


class Relations(NamedTuple):
    """Relations of one name's candidates (rows) to every other name's local candidates (columns,
    in blocks of one name each, starting at ``starts``)."""

    others: list[str]
    starts: np.ndarray
    near: np.ndarray  # near or inside (points only)
    inside: np.ndarray  # inside a district (points only)
    sibling: np.ndarray  # another province of the same country (provinces only)


def relations(gaz: Gazetteer, ids: np.ndarray, locals_: Locals, key: str, near_km: float) -> Relations | None:
    """Which local candidates of the other names each of ``ids`` is near or inside (points), inside
    (points), or a sibling province of (provinces). They do not change between passes, only the weights."""
    feats = gaz.feature_code[ids]
    point = _IS_POINT[feats]
    # a name that is also a country or national capital ("Mexico", "Washington") is no list member
    province = (feats == _ADMIN1) & ~((feats == _COUNTRY) | gaz.is_capital[ids]).any()
    others = [k for k, (o, _) in locals_.items() if k != key and len(o)]
    if not others or (not point.any() and not province.any()):
        return None
    blocks = [locals_[k][0] for k in others]
    o = np.concatenate(blocks)
    starts = np.cumsum([0] + [len(b) for b in blocks[:-1]])
    near = distance_km(gaz.lat[ids][:, None], gaz.lon[ids][:, None], gaz.lat[o][None, :], gaz.lon[o][None, :]) < near_km
    # held by a county (not merely by a province, which holds thousands of towns)
    held = contained(gaz, o, ids)
    inside = held & point[:, None] & (gaz.feature_code[o] == _DISTRICT)[None, :]
    near = (near | held) & point[:, None]
    sibling = (gaz.feature_code[o][None, :] == _ADMIN1) & (gaz.cc_code[o][None, :] == gaz.cc_code[ids][:, None])
    sibling &= province[:, None] & (o[None, :] != ids[:, None])
    return Relations(others, starts, near, inside, sibling)


def coherence(n: int, rel: Relations | None, locals_: Locals, siblings_free: float, cap: float) -> np.ndarray:
    """For each of ``n`` candidates: how many other names (weighted) have a candidate near it or
    containing it; for a province, how many name a sibling province of its country (a list of states
    or provinces: "Louisiana" among them is the state, though a town of that name lies in one of them)."""
    if rel is None:
        return np.zeros(n)
    w = np.concatenate([locals_[k][1] for k in rel.others])[None, :]
    # a county that holds a namesake town explains both names: it counts in full even when it has namesakes
    out = np.maximum.reduceat(rel.near * np.where(rel.inside, 1.0, w), rel.starts, axis=1).sum(axis=1)
    siblings = np.maximum.reduceat(rel.sibling * w, rel.starts, axis=1).sum(axis=1)
    # one other province is no list ("Washington" beside "Virginia" is still the capital)
    out += np.maximum(siblings - siblings_free, 0.0)
    return np.minimum(out, cap)
