"""Interview transcripts printed inside articles: labelled turns as direct quotes of the labelled
speaker, continuation paragraphs, stage notes, and colons that are no labels."""

from __future__ import annotations

from typing import Any

from documents import text_document
from storyline.extract.entities import find_entities
from storyline.extract.quotes import find_quotes
from storyline.records import Quote


def quotes_of(nlp: Any, text: str) -> tuple[tuple[Quote, ...], dict[str, str]]:
    document = text_document(text, None)
    parsed = nlp(text)
    entities, mentions = find_entities(document, parsed)
    return find_quotes(document, parsed, entities, mentions), {e.key: e.name for e in entities}


def containing(quotes: tuple[Quote, ...], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, f"{len(found)} quotes contain {words!r}: {[q.text for q in quotes]}"
    return found[0]


def mention(text: str, quote: Quote) -> str:
    assert quote.speaker_start is not None and quote.speaker_end is not None
    return text[quote.speaker_start : quote.speaker_end]


QUOTED = (
    "Harbour plan divides the valley.\n\n"
    "On Sunday the radio host Tom Reyes spoke with Maria Santos, the governor, about the harbour.\n\n"
    "A partial transcript follows:\n\n"
    '"REYES: Governor, why build the new harbour now?\n\n'
    '"SANTOS: Because the old quay floods every winter. The boats cannot wait another decade.\n\n'
    '"We have the money and we have the engineers.\n\n'
    '"(CROSSTALK.)\n\n'
    '"REYES: But the fishermen say they were never asked.\n\n'
    '"SANTOS: I met them twice (LAUGHTER) and I will meet them again."\n\n'
    "The vote on the plan is set for March."
)


def test_a_labelled_paragraph_in_marks_is_a_direct_quote_of_the_label_s_person(nlp: Any) -> None:
    quotes, names = quotes_of(nlp, QUOTED)
    answer = containing(quotes, "old quay floods")
    assert answer.kind == "direct"
    assert answer.text.startswith("Because the old quay")  # no label, no colon, no stray mark
    assert mention(QUOTED, answer) == "SANTOS"
    assert answer.speaker is not None and names[answer.speaker] == "Maria Santos"
    question = containing(quotes, "why build the new harbour")
    assert mention(QUOTED, question) == "REYES"
    assert question.speaker is not None and names[question.speaker] == "Tom Reyes"


def test_an_unlabelled_paragraph_in_marks_continues_the_turn(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, QUOTED)
    answer = containing(quotes, "old quay floods")
    assert "we have the engineers" in answer.text
    assert not answer.text.rstrip().endswith('"')
    assert [q for q in quotes if "the engineers" in q.text] == [answer]


def test_stage_notes_are_no_quotes_and_are_cut_from_a_turn(nlp: Any) -> None:
    quotes, names = quotes_of(nlp, QUOTED)
    assert not any("CROSSTALK" in q.text for q in quotes)
    last = containing(quotes, "I met them twice")
    assert "LAUGHTER" not in last.text and "meet them again" in last.text
    assert len(last.parts) == 2
    assert last.speaker is not None and names[last.speaker] == "Maria Santos"
    assert not last.text.endswith('"')


BARE = (
    "Rail strike talks resume.\n\n"
    "Mr. Ivan Petrov, the union leader, answered questions from readers on Tuesday.\n\n"
    "Q: When will the trains run again?\n\n"
    "MR. PETROV: When the company pays what it promised in the spring.\n\n"
    "That promise was written down and signed by both sides in front of witnesses.\n\n"
    "Q: And if it does not pay?\n\n"
    "MR. PETROV: Then the strike goes on.\n\n"
    "The company did not answer a request for comment."
)


def test_q_and_a_labels_without_marks(nlp: Any) -> None:
    quotes, names = quotes_of(nlp, BARE)
    question = containing(quotes, "When will the trains run")
    assert mention(BARE, question) == "Q"
    assert question.speaker is None  # nobody the document names: no guess
    answer = containing(quotes, "pays what it promised")
    assert mention(BARE, answer) == "MR. PETROV"
    assert answer.speaker is not None and names[answer.speaker] == "Ivan Petrov"
    assert answer.cue == ":"


def test_without_marks_a_paragraph_continues_a_turn_only_when_the_exchange_resumes(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, BARE)
    answer = containing(quotes, "pays what it promised")
    assert "signed by both sides" in answer.text  # the next label is a speaker already heard
    assert not any("request for comment" in q.text for q in quotes)  # after the last turn


def test_an_unknown_label_keeps_its_mention_with_no_speaker(nlp: Any) -> None:
    text = (
        "Dockers vote to strike.\n\n"
        "Lena Fischer chairs the dockers' council.\n\n"
        "FISCHER: We voted to strike because the cranes are unsafe.\n\n"
        "MODERATOR: How long will it last?\n\n"
        "FISCHER: As long as it takes to fix them."
    )
    quotes, names = quotes_of(nlp, text)
    question = containing(quotes, "How long will it last")
    assert mention(text, question) == "MODERATOR" and question.speaker is None
    assert question.speaker_name == "Moderator"
    answer = containing(quotes, "As long as it takes")
    assert answer.speaker is not None and names[answer.speaker] == "Lena Fischer"


def test_a_one_off_heading_with_a_colon_is_no_speaker(nlp: Any) -> None:
    text = (
        "Ferry fares rise.\n\n"
        "The ferry company raised fares by a tenth on Monday.\n\n"
        "UPDATE: The company said later that pensioners will pay the old fare until June.\n\n"
        "CLARIFICATION: An earlier version gave the wrong date for the rise."
    )
    quotes, _ = quotes_of(nlp, text)
    assert not any(q.speaker_name and q.speaker_name.lower() in ("update", "clarification") for q in quotes)
    assert not any(q.text.startswith("An earlier version") for q in quotes)


def test_a_headline_naming_a_person_of_the_article_before_its_colon_is_their_quote(nlp: Any) -> None:
    text = (
        "Santos: Harbour Will Open Before The Winter Storms Arrive.\n\n"
        "Governor Maria Santos told reporters on Monday that the work was ahead of plan."
    )
    quotes, names = quotes_of(nlp, text)
    headline = containing(quotes, "Harbour Will Open")
    assert headline.speaker is not None and names[headline.speaker] == "Maria Santos"
    assert mention(text, headline) == "Santos"


def test_a_heading_word_before_a_headline_colon_is_no_source(nlp: Any) -> None:
    text = "Exclusive: 'We will close the mine'\n\nThe mine employs 400 people."
    quotes, _ = quotes_of(nlp, text)
    assert not any(q.speaker_name == "Exclusive" for q in quotes)


def test_two_capitalised_run_ins_that_neither_recur_nor_name_anyone_are_no_transcript(nlp: Any) -> None:
    text = (
        "Council backs the new tram line.\n\n"
        "SHOCKER: The council voted for the tram line by a wide margin on Tuesday night.\n\n"
        "The line will cost more than the budget allows, the treasurer warned.\n\n"
        "GAME OVER: Opponents have no second vote left before the works begin."
    )
    quotes, _ = quotes_of(nlp, text)
    assert not any(q.speaker_name in ("Shocker", "Game Over") for q in quotes)


def test_a_full_name_label_and_a_surname_label_are_one_speaker(nlp: Any) -> None:
    text = (
        "Budget talks stall.\n\n"
        "KATE LIND: Why did the talks stall?\n\n"
        "MARK OBI: Nobody would move on the pension question.\n\n"
        "We sat for nine hours and nobody moved an inch on it.\n\n"
        "LIND: Will you go back next week?\n\n"
        "OBI: Only if the other side brings a new offer."
    )
    quotes, _ = quotes_of(nlp, text)
    answer = containing(quotes, "pension question")
    assert "nine hours" in answer.text  # the exchange resumes with the same interviewer
    assert containing(quotes, "Will you go back").speaker_name == "Lind"


def test_a_titled_headline_source_is_the_person_the_article_names(nlp: Any) -> None:
    text = (
        "Sen. Santos: Harbour Will Open Before The Winter Storms Arrive.\n\n"
        "Maria Santos, a senator, told reporters on Monday that the work was ahead of plan."
    )
    quotes, names = quotes_of(nlp, text)
    headline = containing(quotes, "Harbour Will Open")
    assert headline.speaker is not None and names[headline.speaker] == "Maria Santos"


_LETTERED = (
    "Talking ports with the harbour master.\n\n"
    "Dana Orlov has run the harbour for ten years. We spoke with her on Friday.\n\n"
    "Q. Why are the ships leaving the port this year?\n\n"
    "A. The fees went up twice and the yards cannot keep up with the repairs.\n\n"
    "Q. What would bring them back?\n\n"
    "A. Lower fees, and a dredged channel so the bigger ships can come in.\n\n"
    "The board will vote next week."
)


def test_question_and_answer_letters_with_a_full_stop_label_turns(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, _LETTERED)
    answer = containing(quotes, "dredged channel")
    assert answer.text == "Lower fees, and a dredged channel so the bigger ships can come in."
    assert mention(_LETTERED, answer) == "A"
    assert answer.speaker is None  # the letter names no one
    assert mention(_LETTERED, containing(quotes, "bring them back")) == "Q"


def test_a_lone_letter_with_a_full_stop_is_an_initial(nlp: Any) -> None:
    text = "The board met on Friday.\n\nA. Lee said the fees went up twice this year."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "fees went up").text == "the fees went up twice this year"
