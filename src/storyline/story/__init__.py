"""Story: event mentions merged across documents into one timeline."""

from storyline.story.merge import build_story

__all__ = ["build_story"]
