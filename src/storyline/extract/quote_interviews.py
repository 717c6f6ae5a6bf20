"""Interview transcripts printed inside news articles: ``WALLACE: Let's start ...``, ``Q: ...``.

An article may print an exchange as a transcript: paragraphs that open with a speaker label,
often inside an opening quotation mark (``"PENCE: Well, look, ...``). Each labelled paragraph,
with the unlabelled paragraphs that continue it, is one direct quote of the labelled speaker:

- **Label.** A run of capitals or a title and a name before a colon at a paragraph's start
  ("PENCE:", "MR. OBAMA:", "Q:", "Mr. Lee:"), or the letters "Q." and "A." where both label
  paragraphs, the capitals as the speakers stage reads
  podcast labels (speakers.labels). Heading words ("UPDATE:", "EXCLUSIVE:",
  ``data/quotes/label_headings.txt``) are no speakers, and the article's first line is its
  headline (quote_colons reads it).
- **Evidence.** A label in an article may be a heading the list does not know ("BOOM:"), so
  labels count when there are two or more of them and one recurs or names a person of the
  document, or when the one label stands alone on its line ("WEISS:" and the answer below) or
  names a person of the document.
- **Continuation.** Inside marks, the paragraphs that open with a mark continue the turn while
  its quotation stays open (news style opens every paragraph of a long quotation and closes
  only the last). Without marks nothing tells the writer's own paragraphs from the speaker's,
  so unlabelled paragraphs continue a turn only when the exchange resumes after them with a
  speaker already labelled; after the last label the article's own text resumes.
- **Stage notes.** "(CROSSTALK)", "[inaudible]", "(LAUGHTER.)" (``data/quotes/stage_notes.txt``)
  are not speech: a paragraph holding only one is skipped, one inside a turn is cut out of
  its words (``parts`` keeps the spans that remain).
- **Speaker.** The label is the speaker mention; it resolves to the document's person whose
  full name or surname it spells ("PENCE" -> Mike Pence, "MR. OBAMA" -> Barack Obama), never
  to a person named only by the labels. "Q", "INTERVIEWER" or an unknown name keep the label
  with no speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.clean.lexicon import patterns
from storyline.extract.quote_lexicon import word_list
from storyline.extract.quote_marks import CLOSE, OPEN, STRAIGHT, paragraphs
from storyline.extract.quote_records import Speaker
from storyline.extract.quote_syntax import doc_text
from storyline.records import LocalEntity, Quote
from storyline.speakers.labels import UPPER_NAME
from storyline.speakers.lexicon import alternation
from storyline.speakers.names import strip_titles, tidy_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from storyline.extract.quote_speakers import SpeakerFinder

_OPENERS = STRAIGHT + OPEN
_CLOSERS = STRAIGHT + CLOSE
_NAME = r"[A-Z][\w'\u2019\-]+"
# Two labels make a transcript if one recurs or names a person; one alone needs its own line
# or a person (see the module docstring).
MIN_LABELS = 2


@dataclass(frozen=True, slots=True)
class _Paragraph:
    start: int  # after the paragraph's opening mark, if any
    end: int
    opened: bool  # opens with a quotation mark
    closed: bool  # its quotation (if it opened one) closes within it
    label: tuple[int, int] | None = None  # the label's span
    words: int = 0  # where the words after the label start
    alone: bool = False  # the label stands on its own line


# The question and answer letters with a full stop ("Q. Why now?" / "A. Because ..."), as some
# papers print an interview; read only where both letters label paragraphs (see _letters_pair).
_LETTER_LABEL = re.compile(r"(?P<label>[QA])\.(?P<gap>[ \t]+)(?=\S)")
_LETTERS = ("Q", "A")


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    titled = rf"(?i:{alternation('person_titles')})\.?\s+{_NAME}(?:\s+{_NAME})?"
    return re.compile(rf"(?P<label>{UPPER_NAME}|{titled})[ \t]*:(?P<gap>[ \t]*\n\s*|[ \t]+|$)")


@functools.cache
def _stage_note() -> re.Pattern[str]:
    notes = "|".join(re.escape(w) for w in sorted(word_list("stage_notes.txt"), key=len, reverse=True))
    return re.compile(rf"[(\[]\s*(?:{notes})\b[^)\]\n]{{0,40}}[)\]][.,]?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Interview:
    """The turns of the transcripts printed in a document, and the paragraphs inside them that
    are no one's words (stage notes, a page's closing line kept inside the quotation marks)."""

    turns: tuple[Quote, ...] = ()
    asides: tuple[tuple[int, int], ...] = ()

    def covers(self, quote: Quote) -> bool:
        """Whether ``quote`` overlaps a turn or an aside: words of the transcript that another
        finder read without the labels. A report inside a turn goes too: the words are the turn
        speaker's, as quote_reported.outside_reports holds for reports inside reported words."""
        spans = (*((t.start, t.end) for t in self.turns), *self.asides)
        return any(quote.start < end and start < quote.end for start, end in spans)


def interview_quotes(parsed: Doc, finder: SpeakerFinder) -> Interview:
    """The turns of the interview transcripts printed in the document, one direct quote each."""
    text = doc_text(parsed)
    paras = [_read(text, s, e) for s, e in paragraphs(text)]
    paras = _letters_paired(text, paras)
    labelled = [p for p in paras if p.label is not None]
    if not labelled:
        return Interview()
    spans = [p.label for p in labelled if p.label]
    persons = persons_named(finder, spans)
    speakers = {span: _resolve(text, span, finder, persons) for span in spans}
    if not _is_transcript(labelled, speakers):
        return Interview()
    out: list[Quote] = []
    asides: list[tuple[int, int]] = []
    turn: list[_Paragraph] = []  # the paragraphs of the turn being read, its label's first
    pending: list[_Paragraph] = []  # unmarked paragraphs after it, the speaker's or the writer's
    seen: set[str] = set()
    for p in paras:
        if p.label is not None:
            name = _speaker_key(speakers[p.label])
            if pending and turn and name in seen:
                turn.extend(pending)  # the exchange resumes: the paragraphs between were the answer
            out.extend(_quote(text, turn, speakers))
            turn, pending = [p], []
            seen.add(name)
        elif not turn:
            continue
        elif _is_note(text, p):
            asides.append((p.start, p.end))
        elif len(turn) == 1 and turn[0].words >= turn[0].end:
            turn.append(p)  # "WEISS:" on its own line, the answer below it
        elif not turn[0].opened:
            pending.append(p)
        elif p.opened and not turn[-1].closed and not _is_furniture(text, p):
            turn.append(p)  # the quotation runs on into this paragraph
        else:
            if p.opened and not turn[-1].closed:
                asides.append((p.start, p.end))
            out.extend(_quote(text, turn, speakers))
            turn, pending = [], []
    out.extend(_quote(text, turn, speakers))
    return Interview(tuple(out), tuple(asides))


def _letters_paired(text: str, paras: list[_Paragraph]) -> list[_Paragraph]:
    """``paras`` with the "Q." and "A." labels kept only where both letters label paragraphs:
    one alone is more likely an initial ("A. Lee said ...")."""
    letters = {text[p.label[0] : p.words].rstrip() for p in paras if p.label is not None}
    if {f"{x}." for x in _LETTERS} <= letters:
        return paras
    return [
        dataclasses.replace(p, label=None, words=0, alone=False)
        if p.label is not None and text[p.label[0] : p.words].rstrip() in {f"{x}." for x in _LETTERS}
        else p
        for p in paras
    ]


def _is_transcript(labelled: list[_Paragraph], speakers: dict[tuple[int, int], Speaker]) -> bool:
    """Whether the labels read as an interview: two or more of them, one of which recurs or
    names a person of the document; or a single one on its own line or naming a person."""
    names = [_speaker_key(s) for s in speakers.values()]
    known = any(s.entity is not None for s in speakers.values())
    if len(labelled) >= MIN_LABELS:
        return known or len(set(names)) < len(names)
    return known or labelled[0].alone


def _speaker_key(speaker: Speaker) -> str:
    """What the labels of one speaker share: "KATE LIND:" and then "LIND:", "MR. OBI:" and "OBI:"."""
    return speaker.entity or speaker.name.split()[-1].lower()


def _read(text: str, start: int, end: int) -> _Paragraph:
    """A paragraph with its opening mark and speaker label, if any."""
    while start < end and text[start].isspace():
        start += 1
    opened = text[start] in _OPENERS
    inner = start + 1 if opened else start
    closed = _closes(text[start:end]) if opened else True
    if start == 0:
        return _Paragraph(inner, end, opened, closed)  # the headline: quote_colons reads it
    m = _label_pattern().match(text, inner, end) or _LETTER_LABEL.match(text, inner, end)
    if m is None or is_heading(m.group("label")):
        return _Paragraph(inner, end, opened, closed)
    label = (m.start("label"), m.end("label"))
    alone = "\n" in m.group("gap") or m.end() >= end
    return _Paragraph(inner, end, opened, closed, label, m.end(), alone)


def is_heading(words: str) -> bool:
    """Whether ``words`` before a colon head a line without naming a source ("UPDATE", "Watch")."""
    return " ".join(words.split()).lower().rstrip(".") in word_list("label_headings.txt")


def _closes(paragraph: str) -> bool:
    """Whether the quotation a paragraph opens is closed within it: straight marks pair up,
    curly closing marks are as many as the opening ones."""
    if paragraph[0] == STRAIGHT:
        return paragraph.count(STRAIGHT) % 2 == 0
    return sum(paragraph.count(c) for c in CLOSE) >= sum(paragraph.count(c) for c in OPEN)


def _is_note(text: str, p: _Paragraph) -> bool:
    """A paragraph that holds only a stage note ("(CROSSTALK.)")."""
    inner = text[p.start : p.end].strip().rstrip(_CLOSERS).strip()
    return _stage_note().fullmatch(inner) is not None


def _is_furniture(text: str, p: _Paragraph) -> bool:
    """A page's closing line ("Follow Ann Lee on Twitter") that a stray opening mark kept from
    the cleaning stage's tail patterns: it ends the quotation, whatever its marks say."""
    return patterns("html_tail.patterns").match(text[p.start : p.end].strip().strip(_CLOSERS).strip()) is not None


def _quote(text: str, turn: list[_Paragraph], speakers: dict[tuple[int, int], Speaker]) -> list[Quote]:
    """The quote of a turn: the words of its paragraphs, without label, stray marks and stage
    notes; none for no turn or one without words."""
    if not turn or turn[0].label is None:
        return []
    speaker = speakers[turn[0].label]
    parts: list[tuple[int, int]] = []
    for n, p in enumerate(turn):
        start = p.words if n == 0 else p.start
        for s, e in _between_notes(text, start, p.end):
            s, e = _trimmed(text, s, e)
            if e > s:
                parts.append((s, e))
    if not parts:
        return []
    words = " ".join(text[s:e] for s, e in parts)
    # The colon after the label, or the full stop of a letter label ("Q. ...").
    colon = speaker.end if text[speaker.end] == "." else text.index(":", speaker.end)
    quote = Quote(
        start=parts[0][0],
        end=parts[-1][1],
        text=words,
        kind="direct",
        speaker=speaker.entity,
        speaker_name=speaker.name,
        speaker_start=speaker.start,
        speaker_end=speaker.end,
        cue=text[colon],
        cue_start=colon,
        cue_end=colon + 1,
        parts=tuple(parts) if len(parts) > 1 else (),
    )
    return [quote]


def _between_notes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for m in _stage_note().finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` without surrounding spaces and the mark closing the whole quotation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in _CLOSERS and not _balanced(text[start:end]):
        end -= 1
    return start, end


def _balanced(words: str) -> bool:
    """Whether the marks in ``words`` pair up, so a last mark closes a quotation inside them."""
    return words.count(STRAIGHT) % 2 == 0 and sum(map(words.count, CLOSE)) <= sum(map(words.count, OPEN))


def _resolve(text: str, label: tuple[int, int], finder: SpeakerFinder, persons: list[LocalEntity]) -> Speaker:
    """The label as a speaker mention, resolved to the person whose name it spells."""
    written = text[label[0] : label[1]]
    name = tidy_name(strip_titles(written))
    key = person_spelled(written, label[0], finder, persons)
    return Speaker(label[0], label[1], finder.name_of(key) if key else name, key)


def persons_named(finder: SpeakerFinder, labels: Sequence[tuple[int, int]] = ()) -> list[LocalEntity]:
    """The persons the document mentions outside ``labels``: a label names nobody by itself."""
    spans = sorted(labels)
    starts = [start for start, _ in spans]
    named = set()
    for m in finder.mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or m.start >= spans[i][1]:
            named.add(m.entity)
    return [finder.entities[k] for k in sorted(named) if finder.entities[k].type == "PERSON"]


def person_spelled(name: str, at: int, finder: SpeakerFinder, persons: list[LocalEntity]) -> str | None:
    """The one of ``persons`` named ``name`` in full, or whose surname the one word is, titles
    aside ("MR. OBAMA", "Sen. Lee"); of two bearers of the surname, the one named last before ``at``."""
    wanted = tidy_name(strip_titles(name)).lower()
    full = {e.key for e in persons if wanted in (n.lower() for n in (e.name, *e.aliases))}
    if len(full) == 1:
        return full.pop()
    words = wanted.split()
    if len(words) != 1:
        return None
    bearers = {e.key for e in persons if len(e.name.split()) > 1 and e.name.lower().split()[-1] == words[0]}
    if len(bearers) <= 1:
        return bearers.pop() if bearers else None
    closest = finder.by_surname(words[0], at)  # "CLINTON:" where two Clintons are named
    return closest if closest in bearers else None


__all__ = ["Interview", "interview_quotes", "is_heading", "person_spelled", "persons_named"]
