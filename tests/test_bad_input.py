"""Bad input never stops a batch: one clear line per problem, everything else stored.

Each case goes through the CLI (click's CliRunner) and the Python API. The per-document
stages stop after ``clean`` so these tests do not load the spaCy model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline import MemoryStore, Settings, SQLiteStore, ingest
from storyline.cli import main

ARTICLE = (
    "Harbour workers end strike after overnight talks\n\n"
    "By Mara Ilves\n"
    "Updated March 4, 2025 at 9:10 AM ET\n\n"
    "PORTOVAL, Veldra — Dock workers in the port city ended a nine-day strike on Tuesday after "
    "union leaders and the harbour authority agreed on a new shift schedule, officials said.\n"
)


def write_folder(root: Path) -> Path:
    """A folder with one good capture and one of every kind of bad input."""
    folder = root / "captures"
    (folder / "nested").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "nested" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (folder / "latin1.txt").write_bytes("Café owners in Portoval protested on Monday.\n".encode("latin-1"))
    lines = [
        json.dumps({"source": "one.txt", "text": "The council met on Monday and voted to reopen the bridge."}),
        '{"source": "two.txt", "text": "cut off',
        json.dumps({"source": "three.txt", "text": "A second record, stored despite the broken line."}),
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "nobody.html").write_text("<html><head><title>Empty</title></head><body>\n</body></html>")
    return folder


EXPECTED_ERRORS = {
    "photo.txt": "binary file",
    "empty.txt": "empty file",
    "huge.txt": "over the 20 MB limit",
    "batch.jsonl:2": "malformed JSON",
    "nobody.html": "no body text",
}


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["ingest", *args, "--until", "clean"])
    return result.exit_code, result.stdout, result.stderr


def test_cli_names_every_problem_once_and_stores_the_rest(tmp_path: Path) -> None:
    folder = write_folder(tmp_path)
    db = str(tmp_path / "s.db")
    code, out, err = run_cli(str(folder), "--db", db)
    assert code == 1
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(error_lines) == len(EXPECTED_ERRORS), err
    for name, reason in EXPECTED_ERRORS.items():
        matching = [line for line in error_lines if f"{name}:" in line]
        assert len(matching) == 1, (name, err)
        assert reason in matching[0]
    assert "latin1.txt: not valid UTF-8; decoded as" in err
    assert "5 failed" in out and "4 added" in out
    store = SQLiteStore(db)
    sources = sorted(Path(s.document.source).name for s in store.iter_documents())
    assert sources == ["good.txt", "latin1.txt", "one.txt", "three.txt"]
    assert len(store.failures()) == len(EXPECTED_ERRORS)
    store.close()


def test_cli_again_after_fixing_stores_only_what_was_missing(tmp_path: Path) -> None:
    folder = write_folder(tmp_path)
    db = str(tmp_path / "s.db")
    run_cli(str(folder), "--db", db)
    for number, name in enumerate(("nested/photo.txt", "empty.txt", "huge.txt")):
        (folder / name).write_text(f"Capture {number}: the strike ended on Tuesday, the union said.\n")
    (folder / "nobody.html").write_text("<html><body><p>The harbour reopened on Wednesday.</p></body></html>")
    text = (folder / "batch.jsonl").read_text().replace('"cut off', '"cut off, now mended"}')
    (folder / "batch.jsonl").write_text(text)
    code, out, err = run_cli(str(folder), "--db", db)
    assert code == 0, err
    assert out.startswith("5 added, 0 updated, 4 unchanged, 0 failed")
    store = SQLiteStore(db)
    assert store.count_documents() == 9
    assert store.failures() == []
    store.close()


def test_reingesting_the_same_captures_adds_nothing(tmp_path: Path) -> None:
    capture = tmp_path / "good.txt"
    capture.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert run_cli(str(capture), "--db", db)[0] == 0
    code, out, _ = run_cli(str(capture), str(tmp_path / "*.txt"), "--db", db)
    assert code == 0
    assert out.startswith("0 added, 0 updated, 2 unchanged, 0 failed; 1 documents")


def test_missing_path_is_one_error(tmp_path: Path) -> None:
    code, _, err = run_cli(str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.db"))
    assert code == 1
    assert err.strip().splitlines() == [f"error: {tmp_path / 'nowhere'}: no such file or folder"]


def test_api_reports_failures_and_keeps_going(tmp_path: Path) -> None:
    folder = write_folder(tmp_path)
    store = MemoryStore()
    report = ingest([str(folder)], Settings(until="clean"), store)
    assert not report.ok
    assert report.added == 4
    failed = {Path(f.source or "").name + (f":{f.line}" if f.line else "") for f in report.failures}
    assert failed == set(EXPECTED_ERRORS)
    assert {Path(f.source).name for f in store.failures()} == {n.split(":")[0] for n in EXPECTED_ERRORS}


def test_api_skip_policy_stores_no_failures(tmp_path: Path) -> None:
    folder = write_folder(tmp_path)
    store = MemoryStore()
    report = ingest([str(folder)], Settings(until="clean", on_error="skip"), store)
    assert len(report.failures) == len(EXPECTED_ERRORS)
    assert store.failures() == []


def test_api_raise_policy_stops_at_the_first_problem(tmp_path: Path) -> None:
    from storyline import CaptureError

    folder = write_folder(tmp_path)
    with pytest.raises(CaptureError):
        ingest([str(folder)], Settings(until="clean", on_error="raise"), MemoryStore())


def test_a_smaller_size_limit_applies_per_capture_in_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"source": f"{n}.txt", "text": "word " * (50 if n else 500)}) for n in range(2)]
    path.write_text("\n".join(lines) + "\n")
    report = ingest([str(path)], Settings(until="clean", max_capture_bytes=1000), MemoryStore())
    assert report.added == 1
    assert [(f.line, "over the" in f.message) for f in report.failures] == [(1, True)]


def test_nothing_stored_is_lost_when_a_document_fails_to_write(tmp_path: Path) -> None:
    """A write that fails half-way leaves the store as it was (one transaction per document)."""
    import dataclasses

    from storyline import StoreError
    from storyline.pipeline import process_capture
    from storyline.records import Capture

    store = SQLiteStore(str(tmp_path / "s.db"))
    first = process_capture(Capture(source="a.txt", content=ARTICLE), Settings(until="clean"))
    store.put_document(first)
    second = process_capture(Capture(source="b.txt", content=ARTICLE + "More."), Settings(until="clean"))
    broken = dataclasses.replace(second, stage=None)  # NOT NULL column: the insert fails
    with pytest.raises(StoreError):
        store.put_document(broken)  # type: ignore[arg-type]
    assert store.count_documents() == 1
    assert store.get_document(first.document.id) == first
    store.close()


def test_cli_reads_standard_input(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["ingest", "-", "--db", db, "--until", "clean"], input=ARTICLE.encode())
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1 added")
    again = CliRunner().invoke(main, ["ingest", "-", "--db", db, "--until", "clean"], input=b"")
    assert again.exit_code == 1
    assert "error: <stdin>: empty file" in again.stderr


def test_cli_raise_policy_prints_one_line_and_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = run_cli(str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db"), "--on-error", "raise")
    assert code == 1
    assert err.strip() == f"storyline: {tmp_path / 'empty.txt'}: empty file"


def test_a_record_failing_in_a_later_stage_names_file_line_and_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.pipeline.runner as runner
    from storyline import StageError

    real = runner.process_capture

    def failing(capture: object, settings: Settings) -> object:
        if getattr(capture, "source", "") == "two.txt":
            raise StageError("cannot split sentences", stage="extract", source="two.txt")
        return real(capture, settings)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "process_capture", failing)
    path = tmp_path / "batch.jsonl"
    records = [{"source": f"{name}.txt", "text": f"Record {name} of the batch."} for name in ("one", "two")]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    report = ingest([str(path)], Settings(until="clean"), MemoryStore())
    assert report.added == 1
    assert [str(f) for f in report.failures] == [f"{path}:2: two.txt: extract: cannot split sentences"]


def test_missing_or_impossible_dates_become_document_warnings(tmp_path: Path) -> None:
    (tmp_path / "undated.txt").write_text("Ferry service resumes\n\nThe ferries ran again, the operator said.\n")
    (tmp_path / "impossible.txt").write_text("Ferry service resumes\nUpdated February 30, 2025\n\nThe ferries ran.\n")
    db = str(tmp_path / "s.db")
    code, _, err = run_cli(str(tmp_path), "--db", db)
    assert code == 0
    assert f"warning: {tmp_path / 'undated.txt'}: no publication date found" in err
    assert f"warning: {tmp_path / 'impossible.txt'}: no such day: 'February 30, 2025'" in err
    store = SQLiteStore(db)
    warnings = {Path(s.document.source).name: s.document.warnings for s in store.iter_documents()}
    assert warnings["undated.txt"] == ("no publication date found; relative dates have no anchor",)
    assert any("no such day" in w for w in warnings["impossible.txt"])
    store.close()


def test_corrected_given_metadata_updates_the_document(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    record = {"source": "a.txt", "text": "The crossing reopened on Monday.", "published": "2025-03-01"}
    path.write_text(json.dumps(record) + "\n")
    store = MemoryStore()
    ingest([str(path)], Settings(until="clean"), store)
    assert ingest([str(path)], Settings(until="clean"), store).unchanged == 1
    path.write_text(json.dumps({**record, "published": "2025-03-10"}) + "\n")
    report = ingest([str(path)], Settings(until="clean"), store)
    assert (report.added, report.updated, store.count_documents()) == (0, 1, 1)
    (stored,) = store.iter_documents()
    assert stored.document.metadata.published == "2025-03-10"
