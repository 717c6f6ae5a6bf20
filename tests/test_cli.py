"""The command line: every command has help and is documented; errors are one clear line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_command_has_help_and_is_in_the_readme() -> None:
    runner = CliRunner()
    readme = README.read_text(encoding="utf-8")
    assert main.commands, "no commands registered"
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert (command.help or "").strip(), f"{name} has no help text"
        assert re.search(rf"storyline {re.escape(name)}\b", readme), f"`storyline {name}` is not in the README"


def test_ingest_export_round_trip(tmp_path: Path) -> None:
    capture = tmp_path / "note.txt"
    capture.write_text("Mayor Ada Brenn opened the new bridge in Talvik on Friday.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(capture), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output
    again = runner.invoke(main, ["ingest", str(capture), "--db", db])
    assert "0 added" in again.output and "1 unchanged" in again.output
    out = tmp_path / "e.json"
    assert runner.invoke(main, ["export", "--db", db, "-o", str(out)]).exit_code == 0
    data = json.loads(out.read_text())
    assert len(data["documents"]) == 1
    shown = runner.invoke(main, ["show", "note.txt", "--db", db])
    assert shown.exit_code == 0 and "Ada Brenn" in shown.output


def test_missing_store_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "none.db" in lines[0] and "no store" in lines[0]
