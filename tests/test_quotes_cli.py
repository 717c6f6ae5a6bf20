"""``storyline quotes``: rows with speaker, kind and document, filtered by speaker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from documents import ingested_with_cli
from storyline import MemoryStore
from storyline.cli import main
from storyline.cli.quotes import quote_rows

CAPTURE = {
    "source": "harbour.txt",
    "title": "Harbour strike enters second week",
    "published": "2025-03-04",
    "text": (
        "Dock workers in Valparaiso stayed off the job on Monday.\n\n"
        '"We will not go back without a contract," said union leader Marta Diaz.\n\n'
        "The port authority said talks would resume on Thursday."
    ),
}


def test_rows_carry_speaker_kind_and_document(store_of: Callable[..., MemoryStore]) -> None:
    rows = list(quote_rows(store_of([CAPTURE])))
    direct = [r for r in rows if "without a contract" in r.text]
    assert direct and direct[0].kind == "direct"
    assert "Marta Diaz" in direct[0].speaker
    assert direct[0].title == "Harbour strike enters second week"
    assert direct[0].published == "2025-03-04"


def test_speaker_filter(store_of: Callable[..., MemoryStore]) -> None:
    rows = list(quote_rows(store_of([CAPTURE]), speaker="diaz"))
    assert rows and all("Diaz" in r.speaker for r in rows)
    assert not any("talks would resume" in r.text for r in rows)


def test_command_lists_quotes(tmp_path: Path) -> None:
    db = ingested_with_cli(tmp_path, [CAPTURE])
    runner = CliRunner()
    result = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Diaz"])
    assert result.exit_code == 0, result.output
    assert "Diaz" in result.output
    assert "1 quote(s)" in result.output
    nobody = runner.invoke(main, ["quotes", "--db", db, "--speaker", "nobody-by-this-name"])
    assert "0 quote(s)" in nobody.output


def test_act_filter_keeps_what_was_said(store_of: Callable[..., MemoryStore]) -> None:
    capture = {
        "source": "tram.txt",
        "text": "Ada Brennan said the tram will run in May. Brennan believes the budget will hold.",
    }
    store = store_of([capture])
    said = list(quote_rows(store, act="speech"))
    assert [r.text for r in said] == ["the tram will run in May"]
    assert [r.text for r in quote_rows(store)] == ["the tram will run in May"]
    assert len(list(quote_rows(store, act="all"))) == 2
