"""Actors: the alias table and actor finding / role assignment."""
from __future__ import annotations

from .actors import ActorMention, assign_roles, find_mentions, role_of
from .aliases import ActorName, AliasTable, build_table, load_aliases

__all__ = ["ActorMention", "ActorName", "AliasTable", "assign_roles", "build_table", "find_mentions",
           "load_aliases", "role_of"]
