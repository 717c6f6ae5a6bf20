"""Quotes: direct, split, indirect, mixed, "according to", and who said them."""

from __future__ import annotations

from typing import Any

import pytest

from documents import text_document
from quoting import assert_quote, containing, quotes_of
from storyline.extract.entities import find_entities
from storyline.extract.quote_marks import find_marked
from storyline.extract.quotes import find_quotes
from storyline.records import Quote


def test_split_direct_quote_keeps_content_only(nlp: Any) -> None:
    text = (
        "Maria Lopez runs the harbour office in Valparaiso.\n\n"
        '"The boats are late again," she says, "and the buyers will not wait for them."'
    )
    quotes, names = quotes_of(nlp, text)
    first = containing(quotes, "boats are late")
    second = containing(quotes, "buyers will not wait")
    for q in (first, second):
        assert q.kind == "direct"
        assert "she says" not in q.text
        assert q.speaker is not None and names[q.speaker] == "Maria Lopez"
        assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "she"
        assert q.cue == "say"


# A text, words of one of its quotes and what that quote must be (see quoting.quote_fields).
ONE_QUOTE = [
    # Postposed speaker with apposition.
    (
        '"Nobody planned for this," says Tomas Berg, an engineer at the port authority.',
        "Nobody planned",
        {"speaker": "Tomas Berg", "speaker_words": "Tomas Berg"},
    ),
    # Pronoun resolved across paragraphs by gender.
    (
        (
            "Peter Walsh met Susan Clarke at the embassy on Friday.\n\n"
            "The talks lasted four hours and covered the disputed river border.\n\n"
            "She said the border question would be settled within a year."
        ),
        "border question",
        {"speaker": "Susan Clarke"},
    ),
    # Short name resolves to full name.
    (
        (
            "Helen Marsh, who studies shipping at a university in Leeds, expects more delays.\n\n"
            '"The canal cannot take more traffic," adds Marsh.'
        ),
        "canal cannot take",
        {"speaker": "Helen Marsh"},
    ),
    # Unresolved speaker is not guessed.
    (
        "Officials said the bridge would reopen after the inspection.",
        "bridge would reopen",
        {"speaker": None, "speaker_name": "Officials"},
    ),
    # Denial keeps its cue.
    ("The Interior Ministry denied that its police had fired on the crowd.", "fired on the crowd", {"cue": "deny"}),
    # Multi paragraph quote continues speaker.
    (
        (
            'Rosa Klein said: "We start at dawn every day.\n\n'
            '"By noon the heat is too much, so we stop and wait for the evening."'
        ),
        "By noon",
        {"speaker": "Rosa Klein"},
    ),
    # Sentence ends at blank line.
    (
        (
            "The vote is set for next week and nobody knows how it will go.\u201d\n\n"
            "Senator Ruth Okafor, facing a hard race at home, said she would back the bill."
        ),
        "back the bill",
        {"speaker": "Ruth Okafor"},
    ),
    # Claim denied by relative clause.
    ("The broadcaster repeated a claim that the Kremlin has denied.", "claim", {"cue": "deny", "speaker": "Kremlin"}),
    # Nominal speaker is not the place it names.
    (
        "Officials in Minsk denied the report on Tuesday.",
        "the report",
        {"speaker": None, "speaker_name": "Officials in Minsk"},
    ),
    # Reportedly marks content without source.
    (
        "The two delegations reportedly agreed on a ceasefire line overnight.",
        "ceasefire line",
        {"cue": "reportedly", "speaker": None, "speaker_name": None},
    ),
    # Pronoun prefers the subject of the last sentence.
    (
        (
            "Governor Mark Hale met Daniel Ortiz in the capital on Monday.\n\n"
            "He said the two states would share the cost of the new bridge."
        ),
        "share the cost",
        {"speaker": "Mark Hale"},
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ONE_QUOTE)
def test_a_quote_of_a_text(nlp: Any, text: str, words: str, expected: dict[str, str | None]) -> None:
    assert_quote(nlp, text, words, expected)


def test_indirect_quote_is_the_complement_clause(nlp: Any) -> None:
    text = "Foreign Minister Anna Petrova said the two governments may sign a fishing treaty next month."
    quotes, names = quotes_of(nlp, text)
    q = containing(quotes, "may sign a fishing treaty")
    assert q.kind == "indirect"
    assert not q.text.startswith("said")
    assert q.speaker is not None and "Petrova" in names[q.speaker]


def test_according_to_organisation(nlp: Any) -> None:
    text = "Three ferries were cancelled on Monday, according to the Transport Ministry."
    quotes, _ = quotes_of(nlp, text)
    q = containing(quotes, "ferries were cancelled")
    assert "according" not in q.text
    assert q.cue == "according to"
    assert q.speaker_name is not None and "Ministry" in q.speaker_name


def test_organisation_speaker(nlp: Any) -> None:
    text = "The European Commission said it would review the tariffs before the summer."
    quotes, names = quotes_of(nlp, text)
    q = containing(quotes, "review the tariffs")
    assert q.speaker is not None and "European Commission" in names[q.speaker]


def test_mixed_quote_inside_reported_speech(nlp: Any) -> None:
    text = 'Governor Alan Reyes said the new budget was "a betrayal of every teacher" in the state.'
    quotes, _ = quotes_of(nlp, text)
    q = containing(quotes, "betrayal of every teacher")
    assert q.kind == "mixed"
    assert "new budget" in q.text


def test_nested_quote_stays_inside_outer_quote(nlp: Any) -> None:
    text = "\u201cThey told us \u201cwait a week\u201d and then nothing happened,\u201d said Omar Haddad, a shop owner."
    quotes, names = quotes_of(nlp, text)
    outer = containing(quotes, "wait a week")
    assert outer.text.startswith("\u201cThey told us")
    assert outer.speaker is not None and names[outer.speaker] == "Omar Haddad"


def test_belief_and_plan_are_attributed(nlp: Any) -> None:
    text = "Carlos Mendes plans to visit the flooded villages. He believes the dams were built too low."
    quotes, names = quotes_of(nlp, text)
    plan = containing(quotes, "visit the flooded villages")
    belief = containing(quotes, "dams were built too low")
    assert plan.cue == "plan"
    assert belief.cue == "believe"
    assert belief.speaker is not None and names[belief.speaker] == "Carlos Mendes"


def test_scare_quotes_without_cue_are_not_quotes(nlp: Any) -> None:
    text = 'The so-called "reset" of relations never happened.'
    quotes, _ = quotes_of(nlp, text)
    assert quotes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a "b c" d', ['"b c"']),
        ("x \u201cone\u201d y \u201ctwo\u201d", ["\u201cone\u201d", "\u201ctwo\u201d"]),
        ("''doubled marks,'' he said", ["''doubled marks,''"]),
        ("It's Bob's car.", []),
    ],
)
def test_marked_spans(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_marked(text)] == expected


def test_unclosed_paragraph_quote_chains_into_next() -> None:
    text = "\u201cFirst paragraph of it.\n\n\u201cSecond paragraph,\u201d she said."
    spans = find_marked(text)
    assert len(spans) == 2
    assert spans[0].chain == spans[1].chain
    assert not spans[0].closed


def test_export_carries_quotes(run_captures: Any) -> None:
    export = run_captures(
        [{"source": "a.txt", "text": '"We will rebuild the school," said Mayor Lena Fischer on Sunday.'}]
    )
    quotes = export["quotes"]
    assert quotes, "no quotes exported"
    q = quotes[0]
    assert q["kind"] == "direct"
    assert q["speaker_mention"] is not None
    assert q["cue"] == "said"  # the export shows the cue as written; the record keeps the lemma
    doc = export["documents"][0]
    assert doc["text"][q["start"] : q["end"]] == q["text"]


def test_mixed_mark_styles_pair_up() -> None:
    text = '"We keep going,\u201d she said. \u201cEvery day," he added.'
    assert [text[m.start : m.end] for m in find_marked(text)] == ['"We keep going,\u201d', '\u201cEvery day,"']


def test_headline_colon_attribution(nlp: Any) -> None:
    text = "Okafor: 'We will not give up the river.'\n\nThe senator spoke in Lagos on Monday."
    quotes, _ = quotes_of(nlp, text)
    q = containing(quotes, "give up the river")
    assert q.cue == ":"
    assert q.speaker_name is not None and "Okafor" in q.speaker_name


def test_interview_label_and_block_quote(nlp: Any) -> None:
    text = (
        "Hannah Weiss, the campaign manager, spoke to the station.\n\n"
        "WEISS:\n\nWe are ahead in every county that matters.\n\n"
        "In a memo, Weiss writes:\n\nThe final week will decide the race and we have the volunteers."
    )
    quotes, names = quotes_of(nlp, text)
    answer = containing(quotes, "ahead in every county")
    assert answer.speaker is not None and names[answer.speaker] == "Hannah Weiss"
    memo = containing(quotes, "final week will decide")
    assert memo.cue == "write"
    assert memo.speaker is not None and names[memo.speaker] == "Hannah Weiss"


def test_they_is_left_unresolved(nlp: Any) -> None:
    text = "The Harbour Workers Union met on Friday. They said the strike would continue."
    quotes, _ = quotes_of(nlp, text)
    q = containing(quotes, "strike would continue")
    assert q.speaker is None and q.speaker_name == "They"


def test_as_she_put_it(nlp: Any) -> None:
    text = "As the engineer Clara Voss put it, the old dam was never meant to hold this much water."
    quotes, names = quotes_of(nlp, text)
    q = containing(quotes, "never meant to hold")
    assert "put it" not in q.text
    assert q.speaker is not None and names[q.speaker] == "Clara Voss"


def test_turn_quotes_are_appended_for_transcripts(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.speakers

    text = "I think the river will flood again this spring."
    turn = Quote(start=0, end=len(text), text=text, kind="direct", speaker_name="Ana Ruiz", from_turn=True)
    monkeypatch.setattr(storyline.speakers, "turn_quotes", lambda document: (turn,), raising=False)
    document = text_document(text, None, kind="transcript")
    parsed = nlp(text)
    entities, mentions = find_entities(document, parsed)
    quotes = find_quotes(document, parsed, entities, mentions)
    assert turn in quotes
    article = find_quotes(text_document(text, None), parsed, entities, mentions)
    assert turn not in article


def test_first_person_in_a_transcript_is_the_turn_speaker(nlp: Any) -> None:
    import dataclasses

    from storyline.records import Turn

    text = "I think the river will flood again this spring."
    document = dataclasses.replace(
        text_document(text, None, kind="transcript"), turns=(Turn(0, len(text), speaker_name="Ana Ruiz", role="guest"),)
    )
    parsed = nlp(text)
    entities, mentions = find_entities(document, parsed)
    quotes = [q for q in find_quotes(document, parsed, entities, mentions) if not q.from_turn]
    q = containing(tuple(quotes), "river will flood")
    assert q.speaker_name == "Ana Ruiz"
