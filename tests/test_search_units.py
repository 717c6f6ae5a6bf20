"""Search units: the sentence splitter and what one document offers to search."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from storyline.offsets import OffsetMap
from storyline.records import Capture, DocAnalysis, Document, Event, LocalEntity, Mention, Metadata, Quote
from storyline.search.sentences import MAX_SENTENCE, split_sentences
from storyline.search.units import units_of
from storyline.store import StoredDocument


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_sentence_ends_and_lines() -> None:
    text = 'The ferry left at noon. "It was late," a clerk said! Was it?\nNew paragraph here'
    assert sentences(text) == [
        "The ferry left at noon.",
        '"It was late," a clerk said!',
        "Was it?",
        "New paragraph here",
    ]


def test_keeps_abbreviations_and_initials_inside_a_sentence() -> None:
    text = "Dr. Vance met Mr. J. Ortiz in the U.S. Senate. They spoke."
    assert sentences(text) == ["Dr. Vance met Mr. J. Ortiz in the U.S. Senate.", "They spoke."]


def test_cuts_run_on_text() -> None:
    text = "word " * 400
    spans = list(split_sentences(text))
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE for s, e in spans)


@given(st.text(alphabet=st.sampled_from("ab .!?\n\"'AZ"), max_size=200))
def test_sentences_are_ordered_trimmed_spans(text: str) -> None:
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        last = end


def _stored() -> StoredDocument:
    text = (
        'Port officials closed the harbour. "Nobody sails today," said Ines Varga. Varga claimed the storm was early.'
    )
    q_start = text.index("Nobody")
    q_end = text.index(",", q_start)
    claim = text.index("claimed")
    doc = Document(
        "d1",
        "s.txt",
        "article",
        "text",
        text,
        text,
        OffsetMap.identity(len(text)),
        Metadata(title="Harbour", published="2024-02-01"),
    )
    analysis = DocAnalysis(
        "d1",
        entities=(LocalEntity("e0", "Ines Varga", "PERSON"),),
        mentions=(Mention(text.index("Ines"), text.index("Ines") + 10, "Ines Varga", "e0"),),
        quotes=(Quote(q_start, q_end, text[q_start:q_end], "direct", speaker="e0", speaker_name="Ines Varga"),),
        events=(
            Event("ev0", text.index("closed"), text.index("closed") + 6, "closed", "close", "close"),
            Event("ev1", claim, claim + 7, "claimed", "claim", "claim", participants=("e0",), status="claimed"),
        ),
    )
    return StoredDocument(Capture("s.txt", text), doc, analysis, "extract")


def test_units_cover_sentences_quotes_claims_and_events() -> None:
    stored = _stored()
    units = units_of(stored)
    kinds = [u.kind for u in units]
    assert kinds.count("sentence") == 3 and kinds.count("quote") == 1
    assert kinds.count("claim") == 1 and kinds.count("event") == 1
    for unit in units:
        assert stored.document.text[unit.start : unit.end] == unit.text
        assert unit.date == "2024-02-01" and unit.title == "Harbour"
    quote = next(u for u in units if u.kind == "quote")
    assert quote.text == "Nobody sails today" and "Ines Varga" in quote.entities
    event = next(u for u in units if u.kind == "event")
    assert event.text == "Port officials closed the harbour."
    claim = next(u for u in units if u.kind == "claim")
    assert claim.text.startswith("Varga claimed") and claim.entities == ("Ines Varga",)


def test_a_topic_is_no_claim_of_its_own() -> None:
    stored = _stored()
    assert stored.analysis is not None
    text = stored.document.text
    start = text.index("the storm")
    topic = Quote(start, start + 9, "the storm", "indirect", speaker="e0", cue="discuss", act="topic")
    belief = Quote(start, start + 19, "the storm was early", "indirect", speaker="e0", cue="think", act="thought")
    for quote, claims in ((topic, 1), (belief, 2)):
        analysis = dataclasses.replace(stored.analysis, quotes=(*stored.analysis.quotes, quote))
        units = units_of(dataclasses.replace(stored, analysis=analysis))
        assert [u.kind for u in units].count("claim") == claims
