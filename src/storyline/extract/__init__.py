"""Extract: entities, times, quotes and events of one document."""

from storyline.extract.analyse import analyse

__all__ = ["analyse"]
