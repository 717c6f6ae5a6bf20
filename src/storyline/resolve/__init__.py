"""Resolve: document-local entities linked into corpus-wide entities."""

from storyline.resolve.entities import EntityIndex, resolve_entities

__all__ = ["EntityIndex", "resolve_entities"]
