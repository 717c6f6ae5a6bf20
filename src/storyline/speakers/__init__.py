"""Speakers: turn-by-turn who is talking in a transcript."""

from storyline.speakers.turns import find_turns

__all__ = ["find_turns"]
