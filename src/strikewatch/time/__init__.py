"""Temporal expressions: recognition and TimeML normalisation (``find_timexes``)."""
from .timex import find_timexes

__all__ = ["find_timexes"]
