"""Typed records that flow through the pipeline.

A capture comes in (:class:`Capture`), cleaning turns it into a :class:`Document` that keeps
the raw text, the clean text, the exact offset map between them and every removal with its
reason. Per-document extraction fills a :class:`DocAnalysis` whose items point at spans of the
clean text and at document-local entities (:class:`LocalEntity`). Corpus-level stages resolve
local entities into corpus-wide :class:`Entity` records and merge event mentions into
:class:`StoryEvent` records. All records are frozen; stages return new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from storyline.offsets import OffsetMap

CaptureFormat = Literal["text", "html", "vtt", "srt"]
Kind = Literal["article", "transcript"]
Role = Literal["host", "guest", "clip", "unknown"]
QuoteKind = Literal["direct", "indirect", "mixed"]
# What a quote reports (see extract/quote_acts.py): a statement, a belief, an intention, evidence.
# What an attribution reports: words said ("speech"), or a stance the writer attributes: a belief
# ("thought"), a plan ("intention"), what something shows ("evidence"), or a noun phrase a verb of
# speaking is about, with no words reported ("topic": "criticized her record").
QuoteAct = Literal["speech", "thought", "intention", "evidence", "topic"]
Status = Literal["occurred", "expected", "planned", "claimed", "denied", "hypothetical"]
MentionForm = Literal["name", "nominal", "pronoun"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character span ``[start, end)`` of one document's clean text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about a capture beyond its text. None means unknown."""

    title: str | None = None
    outlet: str | None = None
    program: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    dateline: str | None = None
    language: str | None = None
    url: str | None = None

    def merged_over(self, guessed: Metadata) -> Metadata:
        """These values where given, ``guessed`` ones elsewhere (given metadata wins)."""
        return Metadata(
            **{
                name: getattr(self, name) if getattr(self, name) is not None else getattr(guessed, name)
                for name in self.__dataclass_fields__
            }
        )


@dataclass(frozen=True, slots=True)
class Capture:
    """One item as it came in: the raw content and whatever metadata was given with it."""

    source: str  # path or URL; for JSON Lines, the record's own "source"
    content: str  # decoded raw text or HTML
    format: CaptureFormat = "text"
    kind: Kind | None = None  # given kind, else detected when cleaning
    given: Metadata = field(default_factory=Metadata)
    origin: str | None = None  # the file it was read from, when that differs from source
    line: int | None = None  # line in ``origin`` (JSON Lines)
    warnings: tuple[str, ...] = ()  # e.g. "not valid UTF-8; decoded as cp1252"


@dataclass(frozen=True, slots=True)
class Removal:
    """A part of the raw capture that cleaning took out, and why."""

    raw_start: int
    raw_end: int
    text: str
    reason: str  # "ad", "boilerplate", "duplicate", "caption-credit", ...


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading kept in the clean text (clean offsets)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker turn of a transcript, over the clean text."""

    start: int
    end: int
    speaker_name: str | None = None
    role: Role = "unknown"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned capture: raw and clean text, the offset map between them, removals, metadata."""

    id: str
    source: str
    kind: Kind
    format: CaptureFormat
    raw: str
    text: str
    offsets: OffsetMap
    metadata: Metadata
    removed: tuple[Removal, ...] = ()
    headings: tuple[Heading, ...] = ()
    captions: tuple[Heading, ...] = ()
    turns: tuple[Turn, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Description:
    """A title or role attached to an entity, as of a date ("South Korean Defense Minister")."""

    text: str
    as_of: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of a document-local entity in the clean text."""

    start: int
    end: int
    text: str
    entity: str  # LocalEntity.key
    form: MentionForm = "name"


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """An entity as one document knows it; the resolve stage links it across documents."""

    key: str  # unique within the document
    name: str
    type: str  # spaCy/OntoNotes label
    aliases: tuple[str, ...] = ()
    descriptions: tuple[Description, ...] = ()
    why: tuple[str, ...] = ()  # why mentions with different names were grouped
    # The words around a name that decided its type ("a thing owned or counted"); empty when
    # the tagger's guesses did. Resolution lets such a type outweigh other documents' guesses.
    type_cue: str = ""


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression normalised TIMEX3-style against an anchor date."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker: the content span, the cue and the speaker mention."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None  # LocalEntity.key
    speaker_name: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    from_turn: bool = False
    # A quotation split by its cue clause ('"A," she said, "B."'), or an interview turn over
    # several paragraphs or around a stage note: each part's span, in order.
    # Empty for a quote in one piece; ``start``/``end`` then run from the first part to the last.
    parts: tuple[tuple[int, int], ...] = ()
    act: QuoteAct = "speech"
    # A quotation with no cue of its own whose speaker was named in an earlier sentence
    # ('"We looked at every option," Lee said. "None of them worked."'): the quote stage knows it
    # when it carries the speaker over, and the export reads it (a mention naming the speaker is
    # not the words at the quote).
    floating: bool = False

    @property
    def is_speech(self) -> bool:
        """Whether the quote reports words someone said or wrote, not a belief, plan or evidence
        the writer attributes (those are stances: kept, but not listed as what anybody said)."""
        return self.act == "speech"


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date of an event and what it rests on."""

    value: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    basis: Literal["clause", "sentence", "document", "context"] = "clause"


@dataclass(frozen=True, slots=True)
class Event:
    """One mention of an event in one document; ``start``/``end`` span its trigger."""

    key: str  # unique within the document
    start: int
    end: int
    trigger: str
    type: str
    lemma: str
    participants: tuple[str, ...] = ()  # LocalEntity keys
    place: str | None = None  # LocalEntity key, else a name
    date: EventDate | None = None
    status: Status = "occurred"
    claimed_by: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    quantity: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    modality: str | None = None  # the hedge or cue that set the status ("could have", "denied")


@dataclass(frozen=True, slots=True)
class DocAnalysis:
    """Everything per-document extraction found in one document."""

    doc: str
    entities: tuple[LocalEntity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world referent across the whole corpus."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[Description, ...] = ()
    mentions: tuple[Span, ...] = ()
    members: tuple[tuple[str, str], ...] = ()  # (doc id, LocalEntity.key) merged into it
    why: tuple[str, ...] = ()  # why variants were merged


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    doc: str
    published: str | None


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """Event mentions merged across documents, with disagreements kept."""

    id: str
    type: str
    participants: tuple[str, ...]  # Entity ids
    date: EventDate | None
    place: str | None
    status: Status
    events: tuple[tuple[str, str], ...]  # (doc id, Event.key)
    sources: tuple[str, ...]
    conflicts: tuple[Conflict, ...] = ()
    summary: str = ""
    salience: float = 0.0
    reported: tuple[Report, ...] = ()
    lemma: str | None = None


__all__ = [
    "Capture",
    "CaptureFormat",
    "Conflict",
    "Description",
    "DocAnalysis",
    "Document",
    "Entity",
    "Event",
    "EventDate",
    "Heading",
    "Kind",
    "LocalEntity",
    "Mention",
    "MentionForm",
    "Metadata",
    "Quote",
    "QuoteAct",
    "QuoteKind",
    "Removal",
    "Report",
    "Role",
    "Span",
    "Status",
    "StoryEvent",
    "TimeExpression",
    "Turn",
]
