"""Exports: events to CSV (ACLED columns), JSON, JSONL, GeoJSON and Parquet."""
from .rows import COLUMNS, event_row
from .writers import WRITERS, export_events, geojson

__all__ = ["export_events", "geojson", "event_row", "COLUMNS", "WRITERS"]
