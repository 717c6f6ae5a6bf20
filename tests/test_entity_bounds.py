"""Where a name begins and ends, and the short forms given beside it."""

from __future__ import annotations

from typing import Any

from documents import entities_of
from storyline.extract.entity_bounds import split_open_brackets, without_trailing_title
from storyline.extract.entity_lexicon import lexicon
from storyline.extract.entity_repeats import repeated_names
from storyline.extract.entity_tokens import Candidate


def test_a_bracket_opened_and_not_closed_splits_the_span(nlp: Any) -> None:
    doc = nlp("Velgar shipped the Quorra Toolkit (QT) and the Defence (UK) Ltd unit.")
    run_on = list(doc[3:7])  # "Quorra Toolkit (QT", as the tagger may read it
    assert [[t.text for t in p] for p in split_open_brackets(run_on)] == [["Quorra", "Toolkit"], ["QT"]]
    closed = list(doc[10:14])  # "Defence (UK) Ltd"
    assert split_open_brackets(closed) == [closed]


def test_an_acronym_in_brackets_may_spell_the_last_words_of_the_name(nlp: Any) -> None:
    text = "Velgar released the Quorra Software Development Kit (SDK) on Monday. The SDK is free."
    _, mentions = entities_of(nlp, text)
    kit = {m.entity for m in mentions if text[m.start : m.end] in {"SDK", "Quorra Software Development Kit"}}
    assert len(kit) == 1, [(text[m.start : m.end], m.entity) for m in mentions]


def test_a_surname_after_its_prefix_and_apostrophe_is_one_name(nlp: Any) -> None:
    text = "The firm hired Maria D' Angelo last year."
    entities, mentions = entities_of(nlp, text)
    assert [text[m.start : m.end] for m in mentions] == ["Maria D' Angelo"]
    assert entities[0].name == "Maria D'Angelo"


def test_title_words_after_an_organisation_belong_to_the_title(nlp: Any) -> None:
    lex = lexicon()
    doc = nlp("Velgar Executive Vice President Tomas Brenn replied. The Office of the President Anna Lee did not.")
    assert [t.text for t in without_trailing_title(list(doc[0:2]), lex)] == ["Velgar"]
    office = list(doc[9:13])  # "Office of the President": the body's own title word
    assert [t.text for t in office] == ["Office", "of", "the", "President"]
    assert without_trailing_title(office, lex) == office
    alone = nlp("The Velgar Executive replied.")
    assert without_trailing_title(list(alone[1:3]), lex) == list(alone[1:3])  # nothing named after it


def test_a_name_repeated_after_an_article_opening_a_paragraph_is_found(nlp: Any) -> None:
    text = "Label sues Norvex\n\nMarch 28, 2031\n\nThe Brellows' label has sued Norvex. It was founded by the Brellows."
    later = text.rindex("Brellows")
    found = [Candidate(later, later + len("Brellows"), "Brellows", "PERSON")]
    repeated = repeated_names(nlp(text), found, lexicon())
    assert [(c.start, c.name) for c in repeated] == [(text.index("Brellows"), "Brellows")]


def test_a_firm_s_name_before_a_business_head_is_a_unit_of_it(nlp: Any) -> None:
    text = (
        "Velgar sold jets.\n\nVelgar Commercial Aircraft on Tuesday delivered one. Velgar Chief Executive Jo Lin spoke."
    )
    found = [Candidate(0, 6, "Velgar", "ORG")]
    repeated = repeated_names(nlp(text), found, lexicon())
    assert [c.name for c in repeated] == ["Velgar Commercial Aircraft"]


def test_a_possessive_before_a_head_word_alone_stays_inside_the_name(nlp: Any) -> None:
    text = "The phone was shown at the firm's 2031 Quorra Developer's Conference last week."
    _, mentions = entities_of(nlp, text)
    spans = [text[m.start : m.end] for m in mentions]
    assert "Quorra Developer's Conference" in spans and "Conference" not in spans, spans


def test_a_headline_verb_after_a_surname_is_not_part_of_the_name(nlp: Any) -> None:
    text = (
        "Varenko Seeks More Harbour Funds As He Opens New Quay.\n\n"
        "Mayor Dana Varenko asked the council on Monday for more money. "
        "Varenko said the quay was finished."
    )
    entities, mentions = entities_of(nlp, text)
    first = min(mentions, key=lambda m: m.start)
    assert text[first.start : first.end] == "Varenko"
    assert [e.name for e in entities] == ["Dana Varenko"]


def test_a_nickname_in_marks_stays_inside_the_name(nlp: Any) -> None:
    text = 'The union hired Thomas "Tip" Okafor last year. Okafor said the talks had stalled.'
    entities, _ = entities_of(nlp, text)
    people = [e for e in entities if e.type == "PERSON"]
    assert [e.name for e in people] == ['Thomas "Tip" Okafor']
    assert "Okafor" in people[0].aliases


def test_a_quoted_word_in_a_title_cased_headline_is_no_nickname(nlp: Any) -> None:
    text = 'Velgar Board Says Brenner "Misled" Investors About Costs\nThe board of Velgar met on Monday.'
    entities, _ = entities_of(nlp, text)
    assert not any('"' in e.name for e in entities)
