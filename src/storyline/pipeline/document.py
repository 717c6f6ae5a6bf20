"""The per-document stages: clean, speakers, extract. Pure functions of capture and settings."""

from __future__ import annotations

import dataclasses

from storyline.clean import clean_capture
from storyline.extract.analyse import analyse
from storyline.nlp import load_pipeline
from storyline.records import Capture
from storyline.settings import STAGES, Settings
from storyline.speakers import find_turns
from storyline.store.base import StoredDocument


def process_capture(capture: Capture, settings: Settings) -> StoredDocument:
    """Run the per-document stages on one capture, as far as ``settings.until``.

    Depends only on the capture and the settings, so it can run in any process or machine.
    Raises a :class:`~storyline.errors.StorylineError` subclass for a bad capture.
    """
    until = STAGES.index(settings.until)
    document = clean_capture(capture, settings)
    if until < STAGES.index("speakers"):
        return StoredDocument(capture, document, None, "clean")
    nlp = load_pipeline(settings.model, settings.max_nlp_chars)
    parsed = nlp(document.text)
    document = dataclasses.replace(document, turns=find_turns(document, parsed))
    if until < STAGES.index("extract"):
        return StoredDocument(capture, document, None, "speakers")
    return StoredDocument(capture, document, analyse(document, parsed), "extract")
