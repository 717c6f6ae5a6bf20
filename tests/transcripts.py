"""Helpers for the speakers tests: run cleaning and turn finding on a written transcript, and
read who holds the turn at some words."""

from __future__ import annotations

import dataclasses
from typing import Any

from storyline.clean import clean_capture
from storyline.records import Capture, Document, Turn
from storyline.settings import Settings
from storyline.speakers import find_turns


def transcript_turns(nlp: Any, text: str) -> tuple[Document, tuple[Turn, ...]]:
    capture = Capture(source="show.txt", content=text, format="text", kind="transcript")
    document = dataclasses.replace(clean_capture(capture, Settings()), kind="transcript")
    return document, find_turns(document, nlp(document.text))


def voice_at(document: Document, turns: tuple[Turn, ...], words: str) -> tuple[str | None, str]:
    """The speaker name and role of the turn holding the first occurrence of ``words``."""
    at = document.text.index(words)
    turn = next(t for t in turns if t.start <= at < t.end)
    return turn.speaker_name, turn.role
