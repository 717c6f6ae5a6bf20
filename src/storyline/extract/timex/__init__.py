"""TIMEX3-style temporal expressions: patterns from word lists, normalised against an anchor.

:func:`normalise` and :func:`annotate` work on plain text (no spaCy needed);
:func:`interval` turns a value into the days it covers, for ordering events by date;
:mod:`storyline.extract.times` adds the tense and vetoes from a parse.
"""

from storyline.extract.timex.calendar import interval
from storyline.extract.timex.normalise import Timex, annotate, normalise

__all__ = ["Timex", "annotate", "interval", "normalise"]
