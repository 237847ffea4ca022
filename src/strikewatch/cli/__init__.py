"""Command-line interface: a thin layer over the library (``strikewatch --help``).

The groups are defined in ``cli/group.py``; each command module registers its commands on
them, and importing ``commands`` here loads every command module once.
"""
from __future__ import annotations

from . import commands  # noqa: F401 - registers every command on the groups
from .group import eval_group, main

__all__ = ["eval_group", "main"]
