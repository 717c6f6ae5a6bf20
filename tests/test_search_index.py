"""The SQLite FTS5 index: filled with each document, BM25 search, filters, safe queries, the CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.search import FtsIndex, Query, ScanIndex, ensure_indexed, open_index, search
from storyline.search.fts import match_expression
from storyline.store import MemoryStore, SQLiteStore
from websample import build_sample

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_sample(tmp_path_factory.mktemp("search"))


@pytest.fixture
def store(db: str) -> SQLiteStore:
    return SQLiteStore(db)


def texts(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.unit.text for h in hits]


def test_put_document_indexes_every_unit_once(store: SQLiteStore) -> None:
    for stored in store.iter_documents():
        rows = store.conn.execute(
            'SELECT start, "end", text, kind FROM search_units WHERE doc=?', (stored.document.id,)
        )
        rows = rows.fetchall()
        assert rows, stored.document.id
        assert len(rows) == len(set(rows))  # re-putting replaced, not duplicated
        for start, end, text, _ in rows:
            assert stored.document.text[start:end] == text


def test_bm25_finds_words_and_phrases(store: SQLiteStore) -> None:
    hits = search(open_index(store), Query("cracks support beams"), store)
    assert hits and "found cracks" in hits[0].unit.text
    assert hits[0].matches and all(
        hits[0].unit.text[s:e].lower() in {"cracks", "support", "beams"} for s, e in hits[0].matches
    )
    phrase = search(open_index(store), Query('"support beams"'), store)
    assert phrase and all("support beams" in h.unit.text for h in phrase)
    assert search(open_index(store), Query('"beams support"'), store) == []


def test_porter_stemming_matches_word_forms(store: SQLiteStore) -> None:
    assert any("repairing" in t for t in texts(search(open_index(store), Query("repair"), store)))


def test_all_words_first_then_any(store: SQLiteStore) -> None:
    hits = search(open_index(store), Query("welding zeppelin"), store)
    assert hits and "welding" in hits[0].unit.text


def test_removed_text_is_not_indexed(store: SQLiteStore) -> None:
    assert search(open_index(store), Query("Glimmer soap"), store) == []


def test_filters_by_entity_date_source_and_kind(store: SQLiteStore) -> None:
    index = open_index(store)
    by_entity = search(index, Query("bridge", entity="Tomas Okafor"), store)
    assert by_entity and all("Okafor" in " ".join(h.unit.entities) for h in by_entity)
    late = search(index, Query("bridge", date_from="2025-03-15"), store)
    assert late and all((h.unit.date or "") >= "2025-03-15" for h in late)
    early = search(index, Query("bridge", date_to="2025-03-05"), store)
    assert early and all((h.unit.date or "") <= "2025-03-05" for h in early)
    tribune = search(index, Query("bridge", source="Marlow Tribune"), store)
    assert tribune and {h.unit.outlet for h in tribune} == {"Marlow Tribune"}
    assert all(h.unit.kind == "quote" for h in search(index, Query("bridge", kinds=("quote",)), store))
    events = search(index, Query("reopen", kinds=("event",)), store)
    assert [h.unit.date for h in events] == ["2025-04-14"]  # the event's own date, not the report's


@pytest.mark.parametrize(
    "query", ['"', "AND OR NOT", "NEAR(a b)", "*", "col:umn", "-x", "'; DROP TABLE documents; --", "^bridge"]
)
def test_any_query_text_is_safe(store: SQLiteStore, query: str) -> None:
    search(open_index(store), Query(query), store)  # no FTS5 syntax error, ever
    assert store.count_documents() == 3


def test_match_expression_quotes_every_term() -> None:
    assert match_expression('bridge "support beams" rep*') == '"support beams" AND "bridge" AND "rep" *'
    assert match_expression("a b", mode="any") == '"a" OR "b"'
    assert match_expression(" ?! ") is None


def test_scan_index_agrees_with_fts_on_the_top_hit(store: SQLiteStore) -> None:
    memory = MemoryStore()
    for stored in store.iter_documents():
        memory.put_document(stored)
    for words in ("cracks beams", "welding plates", "shop owners"):
        fts = search(FtsIndex(store.conn), Query(words), store)
        scan = search(ScanIndex(memory), Query(words))
        assert fts[0].unit.text == scan[0].unit.text


def test_a_store_from_before_the_index_is_indexed_on_first_search(db: str, tmp_path: Path) -> None:
    copy = str(tmp_path / "old.db")
    source = sqlite3.connect(db)
    source.backup(target := sqlite3.connect(copy))
    source.close()
    target.execute("DELETE FROM search_units")
    target.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    target.commit()
    target.close()
    old = SQLiteStore(copy)
    assert search(FtsIndex(old.conn), Query("welding"), old) == []
    assert ensure_indexed(old) == 3
    assert search(open_index(old), Query("welding"), old)


def test_cli_search_prints_title_date_sentence_and_offsets(db: str) -> None:
    result = CliRunner().invoke(main, ["search", "welding", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Bridge to reopen in April" in result.output and "2025-03-20" in result.output
    assert "Engineers finished welding" in result.output and ":0-" in result.output


def test_cli_search_json_and_filters(db: str) -> None:
    result = CliRunner().invoke(
        main, ["search", "bridge", "--from", "2025-03-05", "--to", "2025-03-12", "--json", "--db", db]
    )
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert hits and all("2025-03-05" <= h["date"] <= "2025-03-12" for h in hits)
    assert all(h["link"].startswith(f"/doc/{h['doc']}?hl=") for h in hits)


def test_cli_semantic_without_the_package_says_how_to_install(db: str) -> None:
    pytest.importorskip("numpy")
    from storyline.search import semantic

    if semantic.available():
        pytest.skip("the semantic extra is installed")
    result = CliRunner().invoke(main, ["search", "bridge", "--semantic", "--db", db])
    assert result.exit_code == 1 and "storyline[semantic]" in result.output


def test_date_ranges_become_exact_year_month_and_day_tokens() -> None:
    from storyline.search.fts import date_tokens, dates_expression

    assert date_tokens("2024-03-15") == "y2024 m202403 d20240315" and date_tokens(None) == ""
    assert dates_expression("2024-11-29", "2026-02", "2020-01-01", "2030-01-01") == (
        "dates : (d20241129 OR d20241130 OR m202412 OR y2025 OR m202601 OR m202602)"
    )
    assert (
        dates_expression(None, "2021-01-02", "2020-01-01", "2030-01-01") == "dates : (y2020 OR d20210101 OR d20210102)"
    )
    assert dates_expression("2024-02-28", "2024-03-01", "x", "y") == "dates : (d20240228 OR d20240229 OR d20240301)"
    assert dates_expression("1000-02-01", "2024-06-01", "1000-02-01", "2030-01-01") is None  # too many: SQL only
    assert dates_expression("2024-13-01", None, "2020-01-01", "2030-01-01") is None


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [
        ("2025-03-01", "2025-03-01"),
        ("2025-03-02", "2025-03-19"),
        ("2025-03", None),
        (None, "2025-03-10"),
        ("2025", "2025"),
    ],
)
def test_date_tokens_filter_like_the_dates(store: SQLiteStore, date_from: str | None, date_to: str | None) -> None:
    memory = MemoryStore()
    for stored in store.iter_documents():
        memory.put_document(stored)
    query = Query("bridge council engineers", date_from=date_from, date_to=date_to, limit=100, mode="any")
    fts = {(h.unit.doc, h.unit.start, h.unit.end) for h in FtsIndex(store.conn).search(query)}
    scan = {(h.unit.doc, h.unit.start, h.unit.end) for h in ScanIndex(memory).search(query)}
    assert fts == scan
