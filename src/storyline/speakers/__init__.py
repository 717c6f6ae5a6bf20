"""Speakers: turn-by-turn who is talking in a transcript, and their words as quotes."""

from storyline.speakers.quotes import turn_quotes
from storyline.speakers.turns import find_turns

__all__ = ["find_turns", "turn_quotes"]
