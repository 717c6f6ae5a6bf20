"""Clean: a capture in, a :class:`~storyline.records.Document` out, every removal kept.

Modules, in the order a capture meets them:

- ``document``: the entry point :func:`clean_capture`; picks the cleaner by format and kind.
- ``html``: web pages; trafilatura's main text is the document's ``raw``, then refined.
- ``text``: text captures of web pages (player and share chrome, photo credits, a caption
  printed twice, headings).
- ``transcript``: podcast transcripts (page furniture and show notes, ads, ASR repeats),
  with ``ads``/``adfeatures``/``units`` for the ad model and ``repeats`` for repeats.
- ``cuts``: what every cleaner returns (:class:`~storyline.clean.cuts.Cut`) and how cuts become
  the clean text, the exact offset map and the removals.
- ``lexicon``: the word lists and patterns in ``storyline/data/clean/``.
"""

from storyline.clean.document import clean_capture

__all__ = ["clean_capture"]
