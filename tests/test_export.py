"""The export follows contract v1 and validates against the shipped JSON Schema."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.export import load_schema, validate_export

ARTICLE = (
    "Harbour talks resume in Valmora\n\n"
    "VALMORA, Estoria — Foreign Minister Lena Dorsett met her Corvian counterpart Tomas Ruiz on Monday.\n\n"
    '"We have agreed to reopen the harbour," Dorsett said. Ruiz said the talks would continue in March.\n'
)


def test_export_has_every_section_and_validates(run_captures: Callable[..., dict[str, Any]]) -> None:
    export = run_captures([{"source": "valmora.txt", "text": ARTICLE, "published": "2025-02-03", "outlet": "Gazette"}])
    assert export["version"] == 1
    assert set(export) >= {"documents", "entities", "times", "quotes", "events", "story"}
    assert validate_export(export) == []
    doc = export["documents"][0]
    assert doc["source"] == "valmora.txt"
    assert doc["published"] == "2025-02-03"
    assert doc["outlet"] == "Gazette"
    for entity in export["entities"]:
        for mention in entity["mentions"]:
            assert doc["text"][mention["start"] : mention["end"]] == mention["text"]


def test_schema_rejects_a_broken_export() -> None:
    broken = {"version": 1, "documents": [{"id": "x"}], "entities": [], "times": [], "quotes": [], "events": []}
    problems = validate_export(broken)
    assert any("story" in p for p in problems)
    assert any("documents/0" in p for p in problems)
    assert load_schema()["properties"]["version"] == {"const": 1}
