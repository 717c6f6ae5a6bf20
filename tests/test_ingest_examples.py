"""The bundled example captures ingest cleanly with the metadata examples/README.md promises."""

from __future__ import annotations

from pathlib import Path

from storyline import MemoryStore, Settings, ingest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

EXPECTED = {
    "karsovia-closes-lindmark-crossing.txt": (
        "article",
        "Karsovia shuts Lindmark border crossing as water dispute with Veldra deepens",
        "Northwind Radio",
        None,
        "2025-03-04",
        "Tesk",
    ),
    "the-crossing-water-talks.txt": (
        "transcript",
        "Can Veldra And Karsovia Talk Their Way Out Of A Water Fight?",
        "Northwind Radio",
        "The Crossing from Northwind Radio",
        "2025-03-06",
        None,
    ),
    "lindmark-reopening-clip.vtt": ("transcript", None, None, None, "2025-03-07", None),
}


def test_examples_ingest_with_their_metadata() -> None:
    store = MemoryStore()
    report = ingest([str(EXAMPLES)], Settings(until="clean"), store)
    assert report.ok and report.added == len(EXPECTED)
    assert report.warnings == []
    got = {}
    for stored in store.iter_documents():
        doc, meta = stored.document, stored.document.metadata
        got[Path(doc.source).name] = (doc.kind, meta.title, meta.outlet, meta.program, meta.published, meta.dateline)
    assert got == EXPECTED


def test_examples_are_of_the_promised_size() -> None:
    for name in EXPECTED:
        words = len((EXAMPLES / name).read_text(encoding="utf-8").split())
        assert 250 <= words <= 900, (name, words)
