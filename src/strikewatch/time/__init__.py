"""Temporal expressions: recognition and TimeML normalisation (``find_timexes``)."""
from .timex import dateline_date, find_timexes

__all__ = ["dateline_date", "find_timexes"]
