"""The runner: stages stop where asked, workers give the same result, re-ingest adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

from storyline import MemoryStore, Settings, SQLiteStore, build_export, ingest

CAPTURES = [
    {"source": f"c{i}.txt", "text": f"Governor Mira Tal{i} visited the port of Saren on Tuesday. Trade rose {i}%."}
    for i in range(4)
]


def _write(tmp_path: Path) -> str:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in CAPTURES), encoding="utf-8")
    return str(path)


def test_until_clean_stores_documents_without_analysis(tmp_path: Path) -> None:
    store = MemoryStore()
    report = ingest([_write(tmp_path)], Settings(until="clean"), store)
    assert report.added == 4
    assert all(s.analysis is None and s.stage == "clean" for s in store.iter_documents())
    # Going on later completes the same documents without adding new ones.
    report = ingest([_write(tmp_path)], Settings(), store)
    assert report.added == 0 and report.updated == 4
    assert all(s.analysis is not None for s in store.iter_documents())


def test_two_workers_give_the_same_export(tmp_path: Path) -> None:
    path = _write(tmp_path)
    one, two = SQLiteStore(str(tmp_path / "one.db")), SQLiteStore(str(tmp_path / "two.db"))
    ingest([path], Settings(workers=1), one)
    ingest([path], Settings(workers=2), two)
    assert build_export(one) == build_export(two)


def test_reingest_adds_nothing(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "s.db"))
    path = _write(tmp_path)
    ingest([path], Settings(), store)
    report = ingest([path], Settings(), store)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
    assert store.count_documents() == 4
