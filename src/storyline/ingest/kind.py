"""Is a capture an article or a transcript? General signals of speech against those of print.

Transcript signals: subtitles, episode and transcript markers, sponsor reads and sign-ins
(``data/ingest/transcript_markers.txt``), speaker-label lines, a high density of first- and
second-person words outside quotation marks, and short hard-wrapped lines of speech. Article
signals: a dateline (the pattern metadata reads, :mod:`storyline.ingest.datelines`), a byline,
a labelled publication date.
"""

from __future__ import annotations

import re

from storyline.ingest import lexicon
from storyline.ingest.datelines import DATELINE
from storyline.records import Capture, Kind

# Reading the first 30,000 characters is enough to decide and keeps long transcripts cheap.
SAMPLE_CHARS = 30_000
# Score at which a capture counts as a transcript; one strong marker (2) is not enough alone,
# two signals of different kinds are. Checked on the transcripts and articles of ../shared/bench.
TRANSCRIPT_SCORE = 3

_QUOTED = re.compile(r"[\"“][^\"“”]{0,600}[\"”]")
_PERSONAL = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|you|you're|your|we|we're|us|our)\b", re.IGNORECASE)
_WORD = re.compile(r"\b\w+\b")
# "Jane Roe: ...", "ARI SHAPIRO, HOST: ...", "Speaker 1 (00:01:05): ..."
_SPEAKER_LINE = re.compile(
    r"^\s*([A-Z][A-Za-z.'’-]*(?: (?:[A-Z][A-Za-z.'’-]*|\d{1,2})){0,3}|[A-Z][A-Z .,'’-]{1,40})"
    r"(?:\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?:\s+\S"
)
_BYLINE = re.compile(r"^\s*by\s+[A-Z][a-z]+\s+[A-Z]", re.MULTILINE)
_PUBLISHED = re.compile(
    r"^\s*(?:(?:last )?updated|(?:first |originally )?published|posted)\b", re.IGNORECASE | re.MULTILINE
)


def detect_kind(capture: Capture, text: str) -> Kind:
    """``transcript`` or ``article`` for a capture whose kind was not given."""
    if capture.kind is not None:
        return capture.kind
    if capture.format in ("vtt", "srt"):
        return "transcript"
    # Text extracted from HTML has one paragraph a line, so its line layout says nothing.
    score = transcript_score(text, layout=capture.format != "html")
    return "transcript" if score >= TRANSCRIPT_SCORE else "article"


def transcript_score(text: str, layout: bool = True) -> int:
    """Transcript evidence minus article evidence (see the module docstring).

    ``layout``: whether the line breaks are the capture's own (plain text) and may count.
    """
    sample = text[:SAMPLE_CHARS]
    lines = [line for line in sample.splitlines() if line.strip()]
    if not lines:
        return 0
    score = 0
    for cue in lexicon.weighted_patterns("transcript_markers.txt", re.IGNORECASE | re.MULTILINE):
        if cue.pattern.search(sample):
            score += cue.weight
    # "TOMAS VEY, HOST" and later "TOMAS VEY" are one speaker.
    labels = [match[1].split(",")[0].strip() for line in lines if (match := _SPEAKER_LINE.match(line))]
    # Interviews label most turns and at least two speakers more than once; "Iowa: ...",
    # "Bonds: ..." lists in articles label each line differently.
    repeated = [label for label in set(labels) if labels.count(label) >= 2]
    if len(labels) >= 4 and len(labels) >= 0.15 * len(lines) and len(repeated) >= 2:
        score += 3
    score += _personal_density_score(sample)
    if layout:
        score += _speech_line_score(sample, lines)
    if any(DATELINE.match(line) for line in lines[:40]):
        score -= 2
    if _BYLINE.search(sample[:3000]):
        score -= 1
    if _PUBLISHED.search(sample[:3000]):
        score -= 1
    return score


def _personal_density_score(sample: str) -> int:
    """First- and second-person words per 100 words outside quotes: news prose uses few."""
    unquoted = _QUOTED.sub(" ", sample)
    words = len(_WORD.findall(unquoted))
    if words < 100:
        return 0
    density = 100 * len(_PERSONAL.findall(unquoted)) / words
    # Measured on ../shared/bench: news articles median 0, 97th percentile 2.5-4.2 (opinion
    # pieces up to 8); podcast transcripts 3.0-11.5, most above 5.
    if density >= 5:
        return 2
    return 1 if density >= 3 else 0


def _speech_line_score(sample: str, lines: list[str]) -> int:
    """Transcripts come as many short lines without blank lines between; articles as paragraphs.

    No article of ../shared/bench (527) has 20+ lines averaging under 110 characters with
    fewer than one blank line per ten lines; every transcript there does.
    """
    if len(lines) < 20:
        return 0
    mean_length = sum(len(line) for line in lines) / len(lines)
    return 2 if sample.count("\n\n") < len(lines) / 10 and mean_length < 110 else 0


__all__ = ["TRANSCRIPT_SCORE", "detect_kind", "transcript_score"]
