"""Exports: events to CSV (ACLED columns), JSON, JSONL, GeoJSON, typed Parquet and Arrow, and CSV in
ACLED's and UCDP GED's full schemas; reading a reference dataset and comparing events with it."""
from .acled import ACLED_COLUMNS, acled_row
from .arrow import events_table
from .rows import COLUMNS, event_row
from .ucdp import UCDP_COLUMNS, ucdp_row
from .writers import WRITERS, export_events, geojson, write_csv_rows

__all__ = ["export_events", "geojson", "write_csv_rows", "event_row", "COLUMNS", "WRITERS", "ACLED_COLUMNS",
           "acled_row", "UCDP_COLUMNS", "ucdp_row", "events_table"]
