"""Ask: extractive answers made only of spans of the captures, grouped and ranked."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.search.ask import Answer, Evidence, ask, named_entities
from storyline.store import MemoryStore, SQLiteStore
from websample import build_sample

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    return SQLiteStore(build_sample(tmp_path_factory.mktemp("ask")))


def assert_extractive(answer: Answer, store: SQLiteStore) -> None:
    for evidence in answer.evidence:
        stored = store.get_document(evidence.unit.doc)
        assert stored is not None
        assert stored.document.text[evidence.unit.start : evidence.unit.end] == evidence.unit.text


def test_what_someone_said_puts_their_quote_first(store: SQLiteStore) -> None:
    answer = ask("What did Okafor say about reopening the bridge?", store)
    assert "Tomas Okafor" in answer.entities
    assert answer.groups[0][0] == "quote"
    assert answer.best is not None and answer.best.unit.text.startswith("We will not reopen")
    assert_extractive(answer, store)


def test_when_question_finds_the_dated_event(store: SQLiteStore) -> None:
    answer = ask("When will the bridge reopen?", store)
    kinds = dict(answer.groups)
    assert "event" in kinds and kinds["event"][0].unit.date == "2025-04-14"
    assert_extractive(answer, store)


def test_groups_are_ranked_and_spans_unique(store: SQLiteStore) -> None:
    answer = ask("Who criticised the city over the inspection report?", store)
    scores = [group[0].score for _, group in answer.groups]
    assert scores == sorted(scores, reverse=True)
    for _, group in answer.groups:
        keys = [(e.unit.doc, e.unit.start, e.unit.end) for e in group]
        assert len(keys) == len(set(keys))
        assert [e.score for e in group] == sorted((e.score for e in group), reverse=True)
    assert "Brennan criticised" in answer.groups[0][1][0].unit.text


def test_a_question_of_only_function_words_has_no_answer(store: SQLiteStore) -> None:
    answer = ask("What is it?", store)
    assert answer.terms == () and answer.groups == () and answer.best is None


def test_nothing_in_the_store_means_no_evidence(store: SQLiteStore) -> None:
    assert ask("zeppelin quartet", store).groups == ()


def test_named_entities_by_name_or_surname(store: SQLiteStore) -> None:
    assert "Ada Brennan" in named_entities("what did Councillor Ada Brennan want", store)
    assert "Tomas Okafor" in named_entities("Did Okafor resign?", store)
    assert named_entities("did okafor resign", store) == ()  # a lower-case surname is just a word


def test_an_answerer_may_add_a_written_answer_over_the_evidence(store: SQLiteStore) -> None:
    class Echo:
        def compose(self, question: str, evidence: Sequence[Evidence]) -> str | None:
            return f"{len(evidence)} spans for {question}"

    answer = ask("When will the bridge reopen?", store, answerer=Echo())
    assert answer.text == f"{len(answer.evidence)} spans for When will the bridge reopen?"
    assert ask("When will the bridge reopen?", store).text is None


def test_ask_works_on_any_store(store: SQLiteStore) -> None:
    memory = MemoryStore()
    for stored in store.iter_documents():
        memory.put_document(stored)
    memory.put_corpus(store.get_entities(), store.get_story())
    answer = ask("What did Okafor say about reopening the bridge?", memory)
    assert answer.best is not None and answer.best.unit.kind == "quote"


def test_cli_ask_prints_grouped_evidence_with_links(store: SQLiteStore) -> None:
    result = CliRunner().invoke(main, ["ask", "When", "will", "the", "bridge", "reopen?", "--db", store.path])
    assert result.exit_code == 0, result.output
    assert "events" in result.output and "/doc/" in result.output and "April 14" in result.output
    empty = CliRunner().invoke(main, ["ask", "zeppelin", "--db", store.path])
    assert empty.exit_code == 1 and "nothing in the store" in empty.output
