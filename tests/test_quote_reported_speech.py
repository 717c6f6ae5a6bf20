"""Ordinary reported speech the parser misreads: a phrase between a speaker and the cue, a clause
hung on the medium it was said in, a cue clause inside another, agencies and local titles."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import assert_quote, containing, quotes_of


def test_participle_phrase_between_the_speaker_and_the_cue(nlp: Any) -> None:
    text = (
        "But Senator Carla Mendes (D-Ore.), noting the size of the crowd, said, "
        '"We have never seen anything like this at a town meeting."'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "never seen anything")
    assert quote.speaker is not None and names[quote.speaker] == "Carla Mendes"
    # The stretch before the cue is its subject, not what was said.
    assert not any("noting the size" in q.text and q.cue == "say" for q in quotes)


def test_asked_phrase_between_the_speaker_and_a_cue_with_an_auxiliary(nlp: Any) -> None:
    text = 'The issue arose after Ms. Okafor, asked about the closures, had said, "I think the board acted too fast."'
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "board acted too fast")
    assert quote.speaker_start is not None and text[quote.speaker_start : quote.speaker_end] == "Okafor"
    assert not any(q.text.startswith("The issue arose") for q in quotes)


def test_clause_after_a_speech_verb_is_content_not_a_parenthetical_cue(nlp: Any) -> None:
    text = "In a statement, the RCMP said officers were called to the home around 3 a.m."
    quotes, _ = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["officers were called to the home around 3 a.m"]
    assert quotes[0].cue == "say"


TWO_OFFICERS = (
    "Councillor Ruth Adeyemi said the bridge would reopen in May. Const. Mark Dubois said the road was closed."
)
# A text, words of one of its quotes and what that quote must be (see quoting.quote_fields).
ONE_QUOTE = [
    # That clause after the medium of a statement.
    (
        "The union's president, Rob Hall, said in a news release that workers would strike on Friday.",
        "workers would strike",
        {"speaker": "Rob Hall"},
    ),
    # Agency named after a country speaks under its whole name.
    (
        "Environment Canada is warning that the storm could bring up to 30 centimetres of snow.",
        "storm could bring",
        {"speaker_name": "Environment Canada", "speaker_words": "Environment Canada"},
    ),
    # Second that clause after a participle cue is content.
    (
        "Mayor Ines Dorado welcomed the budget, saying it was a good start but that more work was needed.",
        "good start",
        {"text": "it was a good start but that more work was needed", "speaker": "Ines Dorado"},
    ),
    # The more clause after a speech verb is content.
    (
        "Aides say the more seats the party takes into the election, the more power it should have.",
        "more seats",
        {
            "text": "the more seats the party takes into the election, the more power it should have",
            "speaker_name": "Aides",
        },
    ),
    # A country alone still speaks as the country.
    ("Canada said it would send more doctors to the region.", "send more doctors", {"speaker": "Canada"}),
    # A local office title is not part of the speaker's name.
    (
        TWO_OFFICERS,
        "bridge would reopen",
        {"speaker": "Ruth Adeyemi"},
    ),
    (
        TWO_OFFICERS,
        "road was closed",
        {"speaker": "Mark Dubois"},
    ),
    # A quotation glued to the comma after its cue.
    (
        "Lee said,\u201cLook, the bridge has no place in this budget. The plan is dead.\u201d",
        "no place in this budget",
        {"kind": "direct", "cue": "say", "speaker": "Lee"},
    ),
    # A modal clause after a participle cue's content is content.
    (
        (
            "Nadia Frell joked about the match on Sunday, saying she was rooting for the home team "
            "but would now cheer for the visitors."
        ),
        "rooting for",
        {"text": "she was rooting for the home team but would now cheer for the visitors"},
    ),
    # A modal clause after a comma goes on about the main subject.
    (
        (
            "Ms. Reyes called the plan unfair, saying it would raise taxes on renters, "
            "but would not say how she would vote."
        ),
        "raise taxes",
        {"text": "it would raise taxes on renters"},
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ONE_QUOTE)
def test_a_reported_quote(nlp: Any, text: str, words: str, expected: dict[str, str | None]) -> None:
    assert_quote(nlp, text, words, expected)


@pytest.mark.parametrize(
    "text",
    [
        "She spoke in an interview that lasted an hour.",  # a relative clause of a medium, without its own subject
        "He will say yes if they ask him.",  # a condition after a speech verb
        "He told the bigger story of the war, the one nobody wanted.",  # an object with a comparative alone
    ],
)
def test_reports_nothing(nlp: Any, text: str) -> None:
    assert not quotes_of(nlp, text)[0]


def test_clause_closed_by_a_semicolon_before_the_cue_is_not_its_content(nlp: Any) -> None:
    text = "The runner drew attention to the abuses at the finish line; he says he fears returning home."
    quotes, _ = quotes_of(nlp, text)
    said = [q for q in quotes if q.cue == "say"]
    assert [q.text for q in said] == ["he fears returning home"]


def test_question_asked_with_if_after_the_person_asked(nlp: Any) -> None:
    text = "Then Mr. Rubin asked the students if they were always so serious."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "always so serious")
    assert quote.cue == "ask" and quote.text.startswith("if they")


def test_framing_words_before_a_parenthetical_cue_are_no_quote(nlp: Any) -> None:
    for text, words in (
        ("Still, he added, the council should vote on the plan before May.", "council should vote"),
        ("At the same time, she said, the harbour will stay open.", "harbour will stay open"),
    ):
        quotes, _ = quotes_of(nlp, text)
        assert [q.text for q in quotes] == [containing(quotes, words).text]


def test_subject_before_a_parenthetical_cue_stays_content(nlp: Any) -> None:
    # One quote around its cue (see test_quote_splits): the subject is its first part.
    quotes, _ = quotes_of(nlp, "The goal, he said, is a fair deal.")
    assert any(q.text == "The goal is a fair deal" and q.parts[0] == (0, 8) for q in quotes)


def test_report_inside_another_speakers_words_is_theirs(nlp: Any) -> None:
    text = "Karen Wu, a nurse, said she hopes the strike ends soon."
    quotes, names = quotes_of(nlp, text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text == "she hopes the strike ends soon"
    assert quote.speaker is not None and names[quote.speaker] == "Karen Wu"


def test_one_word_object_of_a_cue_is_no_quote(nlp: Any) -> None:
    text = "At the rally in Dayton, the governor attacked Hargrove and later endorsed him."
    quotes, _ = quotes_of(nlp, text)
    assert not any(q.text in ("Hargrove", "him") for q in quotes)


def test_that_clause_read_as_a_relative_clause_of_the_hearers(nlp: Any) -> None:
    text = "He told a gathering of farmers in Regina that the drought would end soon."
    quotes, _ = quotes_of(nlp, text)
    assert [(q.text, q.cue) for q in quotes] == [("that the drought would end soon", "tell")]


def test_that_clause_after_the_cue_wins_over_a_misread_clause_before_it(nlp: Any) -> None:
    text = (
        "Writing for a Boston Herald panel that all agreed Pike won the debate, Ana Ruiz noted that "
        "the way Pike carried himself was critical to his success."
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "carried himself")
    assert quote.text == "that the way Pike carried himself was critical to his success"
    assert not [q for q in quotes if "Writing for" in q.text]


def test_bracketed_aside_gives_its_content_without_the_bracket(nlp: Any) -> None:
    text = (
        "Both candidates face questions about their records, particularly after video surfaced showing an "
        "angry Tom Pike shouting at a reporter (his campaign later disclosed that he had not slept for two days)."
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "not slept")
    assert quote.text == "that he had not slept for two days"
    assert not [q for q in quotes if "face questions" in q.text]


def test_called_with_two_predicates_reads_the_first_as_the_one_called() -> None:
    # The parser sometimes reads 'Lopez called Baker a "liar"' with "Baker" and "liar" both as
    # predicates of "called" and no object; the parse is built by hand to pin that reading.
    import spacy
    from spacy.tokens import Doc

    from storyline.extract.quote_lexicon import lexicon
    from storyline.extract.quote_syntax import find_attributions

    rows = [
        ("Lopez", 1, "nsubj", "PROPN", "NNP", "Lopez"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("Baker", 1, "oprd", "PROPN", "NNP", "Baker"),
        ("a", 6, "det", "DET", "DT", "a"),
        ('"', 6, "punct", "PUNCT", "``", '"'),
        ("hopeless", 6, "amod", "ADJ", "JJ", "hopeless"),
        ("liar", 1, "oprd", "NOUN", "NN", "liar"),
        ('"', 6, "punct", "PUNCT", "''", '"'),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    spaces = [True, True, True, True, False, True, False, False, False]
    doc = Doc(
        spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas
    )
    found = [a for a in find_attributions(doc, lexicon()) if a.lemma == "call"]
    assert [doc.text[a.start : a.end] for a in found] == ['Baker a "hopeless liar"']
