"""``storyline timeline``, ``changes`` and ``export-timelinejs`` on a small store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from documents import sqlite_store_of
from storyline.cli import main

CAPTURES = [
    {
        "source": "a.txt",
        "title": "Leaders to meet",
        "published": "2024-03-04",
        "text": "Angela Merkel and Emmanuel Macron are expected to meet in Berlin this week.",
    },
    {
        "source": "b.txt",
        "title": "Leaders met",
        "published": "2024-03-20",
        "text": "Angela Merkel and Emmanuel Macron met in Hamburg on March 6, 2024. Toyota shuttered its factory.",
    },
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    store = sqlite_store_of(tmp_path, CAPTURES)
    store.close()
    return store.path


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_timeline_text_cites_title_date_and_sentence(db: str) -> None:
    out = _run("timeline", "--db", db)
    assert "2024-03-06" in out and "occurred" in out
    assert "Leaders met (2024-03-20): Angela Merkel and Emmanuel Macron met in Hamburg on March 6, 2024." in out
    assert "conflict on place" in out


def test_timeline_as_of_shows_what_was_known(db: str) -> None:
    data = json.loads(_run("timeline", "--db", db, "--as-of", "2024-03-10", "--format", "json"))
    meets = [d for d in data if d["type"] == "meet"]
    assert [m["status"] for m in meets] == ["expected"]
    assert meets[0]["date"] == "2024-W10"
    assert all(c["published"] <= "2024-03-10" for d in data for c in d["citations"])


def test_timeline_entity_top_and_markdown(db: str) -> None:
    out = _run("timeline", "--db", db, "--entity", "Toyota", "--format", "markdown")
    assert "shutter" in out and "meet" not in out
    data = json.loads(_run("timeline", "--db", db, "--top", "1", "--format", "json"))
    assert len(data) == 1 and data[0]["type"] == "meet"


def test_bad_dates_and_unknown_entities_are_clear_errors(db: str) -> None:
    result = CliRunner().invoke(main, ["timeline", "--db", db, "--as-of", "March"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output
    result = CliRunner().invoke(main, ["timeline", "--db", db, "--entity", "Nobody Known"])
    assert result.exit_code == 1 and "no entity named" in result.output
    result = CliRunner().invoke(main, ["timeline", "--db", db, "--entity", "Toyotta"])
    assert result.exit_code == 1 and "closest known: Toyota" in result.output


def test_changes_since(db: str) -> None:
    out = _run("changes", "--db", db, "--since", "2024-03-10")
    assert "status" in out and "expected -> occurred" in out
    assert "date" in out and "2024-W10 -> 2024-03-06" in out


def test_export_timelinejs(db: str, tmp_path: Path) -> None:
    target = tmp_path / "tl.json"
    _run("export-timelinejs", "--db", db, "-o", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    dates = [e["start_date"] for e in data["events"]]
    assert {"year": "2024", "month": "3", "day": "6"} in dates
    assert all(e["text"]["headline"] for e in data["events"])
