"""The relevance stage: does a report (and which of its sentences) tell an event in scope?"""
from __future__ import annotations

from .model import RelevanceModel, fit
from .sentences import sentence_spans
from .stage import Assessment, Relevance, load_relevance

__all__ = ["Assessment", "Relevance", "RelevanceModel", "fit", "load_relevance", "sentence_spans"]
