"""What was said goes to ``quotes[]``; beliefs, plans and evidence go to ``stances[]``.

The store keeps every attribution; the export, the CLI and the workspace list speech as quotes
and show the rest apart, so "what did X say?" never answers with what X is said to believe.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from documents import ingested_with_cli
from storyline import MemoryStore, build_export
from storyline.cli import main
from storyline.cli.quotes import quote_rows
from storyline.export import validate_export
from storyline.export.formats import write_export
from storyline.server.render import render_document
from storyline.server.views import entity_view

CAPTURE = {
    "source": "ferry.txt",
    "title": "Ferry timetable",
    "text": (
        "Harbour master Ines Varga said the night ferry will stop in October. "
        "Varga believes the new pier will be ready by spring. "
        "She wants to double the summer crossings."
    ),
}


def _texts(rows: list[dict[str, object]]) -> str:
    return " | ".join(str(r["text"]) for r in rows)


def test_a_belief_is_a_stance_and_a_said_clause_a_quote(store_of: Callable[..., MemoryStore]) -> None:
    export = build_export(store_of([CAPTURE]))
    assert validate_export(export) == []
    assert "night ferry will stop" in _texts(export["quotes"])
    assert "pier will be ready" not in _texts(export["quotes"])
    assert "summer crossings" not in _texts(export["quotes"])
    assert all(q["act"] == "speech" for q in export["quotes"])
    acts = {s["act"]: s["text"] for s in export["stances"]}
    assert "pier will be ready" in acts["thought"]
    assert "summer crossings" in acts["intention"]


def test_the_store_keeps_every_attribution_and_ids_follow_it(store_of: Callable[..., MemoryStore]) -> None:
    store = store_of([CAPTURE])
    stored = next(iter(store.iter_documents()))
    assert stored.analysis is not None
    export = build_export(store)
    rows = export["quotes"] + export["stances"]
    assert len(rows) == len(stored.analysis.quotes)
    for row in rows:
        number = int(row["id"].rsplit(":q", 1)[1])
        assert stored.analysis.quotes[number].start == row["start"]


def test_json_lines_and_markdown_carry_stances(store_of: Callable[..., MemoryStore]) -> None:
    export = build_export(store_of([CAPTURE]))
    out = io.StringIO()
    write_export(export, "jsonl", out)
    records = [json.loads(line)["record"] for line in out.getvalue().splitlines()]
    assert "stance" in records and "quote" in records
    out = io.StringIO()
    write_export(export, "markdown", out)
    assert "## Stances: beliefs, plans, evidence, topics" in out.getvalue()


def test_quote_rows_list_speech_unless_asked(store_of: Callable[..., MemoryStore]) -> None:
    store = store_of([CAPTURE])
    said = [r.text for r in quote_rows(store)]
    assert any("night ferry" in t for t in said)
    assert not any("pier" in t or "crossings" in t for t in said)
    thought = list(quote_rows(store, act="thought"))
    assert [r.act for r in thought] == ["thought"] and "pier" in thought[0].text
    assert len(list(quote_rows(store, act="all"))) == 3


def test_command_act_option(tmp_path: Path) -> None:
    db = ingested_with_cli(tmp_path, [CAPTURE])
    runner = CliRunner()
    said = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Varga"])
    assert said.exit_code == 0, said.output
    assert "1 quote(s)" in said.output and "pier" not in said.output
    planned = runner.invoke(main, ["quotes", "--db", db, "--act", "intention"])
    assert planned.exit_code == 0, planned.output
    assert "intention" in planned.output and "1 attribution(s)" in planned.output
    every = runner.invoke(main, ["quotes", "--db", db, "--act", "all"])
    assert "3 attribution(s)" in every.output
    assert runner.invoke(main, ["quotes", "--db", db, "--act", "rumour"]).exit_code != 0


def test_workspace_shows_stances_apart(store_of: Callable[..., MemoryStore]) -> None:
    store = store_of([CAPTURE])
    stored = next(iter(store.iter_documents()))
    index = store.get_entities()
    varga = next(e for e in index.entities if "Varga" in e.name)
    view = entity_view(store, varga.id)
    assert view is not None
    assert [s.text for s in view.quotes] and all("pier" not in s.text for s in view.quotes)
    assert any(act == "thought" and "pier" in s.text for act, s in view.stances)
    html = str(render_document(stored.document, stored.analysis, index, None))
    assert 'class="stance thought' in html and 'class="quote indirect' in html
