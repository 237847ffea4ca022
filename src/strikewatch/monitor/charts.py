"""Offline images for the digest: a per-day chart and a small map, as PNG bytes (matplotlib, Agg).

The map draws country outlines from the vendored world-atlas TopoJSON
(``web/static/vendor/world-atlas-*/countries-50m.json``), decoded here without
any network; when it is absent the points go on a plain lat/lon grid with the
country names as labels.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

Ring = list[tuple[float, float]]
MapPoint = tuple[float, float, str, int]  # lon, lat, label, weight


def day_chart(days: list[dt.date], events: list[int], strikes: list[int]) -> bytes:
    """Bars of events per day and a line of strikes per day."""
    fig, ax = plt.subplots(figsize=(8, 2.8), dpi=100)
    ax.bar(days, events, color="#4c72b0", label="events", width=0.8)
    ax.set_ylabel("events")
    ax2 = ax.twinx()
    ax2.plot(days, strikes, color="#c44e52", marker="o", markersize=3, linewidth=1.5, label="strikes")
    ax2.set_ylabel("strikes")
    ax2.set_ylim(bottom=0)
    ax.set_ylim(bottom=0)
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(handles, ["events", "strikes"], loc="upper left", fontsize=8, frameon=False)
    fig.autofmt_xdate()
    ax.grid(axis="y", alpha=0.3)
    return _png(fig)


def event_map(points: list[MapPoint], *, atlas: Path | None = None) -> bytes:
    """Event points (sized by weight) over country outlines, framed on the points."""
    west, south, east, north = _frame(points)
    height = min(6.0, max(3.0, 7.2 * (north - south) / (east - west) + 0.9))
    fig, ax = plt.subplots(figsize=(8, height), dpi=100)
    rings = country_rings(atlas) if atlas is not None else []
    if rings:
        for ring in rings:
            xs, ys = zip(*ring)
            if max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north:
                ax.fill(xs, ys, facecolor="#eeeeea", edgecolor="#9a9a90", linewidth=0.5)
    else:
        ax.grid(alpha=0.4)
        for lon, lat, label, _ in points:
            ax.annotate(label, (lon, lat), xytext=(4, 4), textcoords="offset points", fontsize=7)
    if points:
        lons, lats, _, weights = zip(*points)
        ax.scatter(lons, lats, s=[20 + 12 * min(w, 20) for w in weights], color="#c44e52", alpha=0.7,
                   edgecolors="white", linewidths=0.6, zorder=3)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_facecolor("#dfe9f2" if rings else "white")
    return _png(fig)


def _frame(points: list[MapPoint]) -> tuple[float, float, float, float]:
    if not points:
        return -180.0, -60.0, 180.0, 80.0
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    pad = max(3.0, (max(lons) - min(lons)) * 0.15, (max(lats) - min(lats)) * 0.15)
    return (max(-180.0, min(lons) - pad), max(-90.0, min(lats) - pad),
            min(180.0, max(lons) + pad), min(90.0, max(lats) + pad))


def find_atlas() -> Path | None:
    """The vendored world-atlas countries file, if the web assets are installed."""
    vendor = Path(str(resources.files("strikewatch") / "web" / "static" / "vendor"))
    found = sorted(vendor.glob("world-atlas-*/countries-50m.json")) if vendor.is_dir() else []
    return found[-1] if found else None


@lru_cache(maxsize=2)
def country_rings(path: Path) -> list[Ring]:
    """Every outer and inner ring of every country in a TopoJSON file, in degrees."""
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    rings: list[Ring] = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polygons = [geom["arcs"]] if geom.get("type") == "Polygon" else geom.get("arcs", [])
        if geom.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        for polygon in polygons:
            rings.extend(r for r in (_ring(ring, arcs) for ring in polygon) if not _wraps(r))
    return rings


def _wraps(ring: Ring) -> bool:
    """A ring that jumps across the antimeridian (it would fill a band across the map)."""
    return any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:]))


def _decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """Quantised, delta-encoded arcs -> absolute coordinates."""
    t = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            if t:
                x, y = x + dx, y + dy
                points.append((x * t["scale"][0] + t["translate"][0], y * t["scale"][1] + t["translate"][1]))
            else:
                points.append((dx, dy))
        out.append(points)
    return out


def _ring(indices: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(arc[1:] if ring else arc)
    return ring


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()
