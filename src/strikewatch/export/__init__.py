"""Exports: events to CSV (ACLED columns), JSON, JSONL, GeoJSON and Parquet."""
from .rows import COLUMNS, event_row
from .writers import WRITERS, export_events, geojson, write_csv_rows

__all__ = ["export_events", "geojson", "write_csv_rows", "event_row", "COLUMNS", "WRITERS"]
