"""Readers: every input form becomes captures with the right format, text and given metadata."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from storyline import CaptureError, Settings
from storyline.ingest import document_id, iter_captures
from storyline.ingest.decoding import decode
from storyline.records import Capture

VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lena Morrow>Good morning, and welcome.\n"
SRT = "1\n00:00:01,000 --> 00:00:04,000\nGood morning, and welcome.\n"
HTML = "<!doctype html><html><head><title>T</title></head><body><p>Talks resumed on Monday.</p></body></html>"


def read(*paths: str, **settings: object) -> list[Capture | CaptureError]:
    return list(iter_captures(paths, Settings(**settings)))  # type: ignore[arg-type]


def captures(*paths: str) -> list[Capture]:
    items = read(*paths)
    assert all(isinstance(i, Capture) for i in items), [str(i) for i in items]
    return [i for i in items if isinstance(i, Capture)]


def test_each_suffix_keeps_the_raw_content_with_its_format(tmp_path: Path) -> None:
    files = {"a.txt": "Talks resumed on Monday in the capital.\n", "b.html": HTML, "c.vtt": VTT, "d.srt": SRT}
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    got = {Path(c.source).name: (c.format, c.content) for c in captures(str(tmp_path))}
    assert got == {
        "a.txt": ("text", files["a.txt"]),
        "b.html": ("html", HTML),
        "c.vtt": ("vtt", VTT),
        "d.srt": ("srt", SRT),
    }


def test_folders_are_read_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in ("b/c/z.txt", "b/a.txt", "m.txt", ".git/x.txt", ".hidden.txt", "README.md", "b/LICENSE"):
        (tmp_path / name).write_text(f"Text of {name} for the reader test.\n")
    names = [Path(c.source).relative_to(tmp_path).as_posix() for c in captures(str(tmp_path))]
    assert names == ["b/a.txt", "b/c/z.txt", "m.txt"]


def test_unsupported_file_in_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "ok.txt").write_text("A capture that is fine and gets stored.\n")
    items = read(str(tmp_path))
    errors = [i for i in items if isinstance(i, CaptureError)]
    assert len(errors) == 1 and errors[0].source == str(tmp_path / "notes.docx")
    assert "not a capture file type (.docx" in errors[0].message


def test_globs_expand_to_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "in.txt").write_text("Inside a folder that the glob names.\n")
    (tmp_path / "one.txt").write_text("A file that the glob names directly.\n")
    (tmp_path / "two.vtt").write_text(VTT)
    names = sorted(Path(c.source).name for c in captures(str(tmp_path / "*")))
    assert names == ["in.txt", "one.txt", "two.vtt"]
    assert [Path(c.source).name for c in captures(str(tmp_path / "**" / "in.txt"))] == ["in.txt"]


def test_json_lines_given_metadata_wins_and_format_follows_the_source(tmp_path: Path) -> None:
    records = [
        {"source": "https://example.org/a", "html": HTML, "title": "Given", "published": "2024-05-02"},
        {"source": "ep.vtt", "text": VTT, "kind": "transcript", "outlet": "Radio Kestrel"},
        {"source": "b.txt", "text": "Plain text.", "published": "May 3, 2024", "program": ""},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\ufeff" + "\n\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    got = captures(str(path))
    assert [(c.source, c.format, c.line, c.origin) for c in got] == [
        ("https://example.org/a", "html", 1, str(path)),
        ("ep.vtt", "vtt", 3, str(path)),
        ("b.txt", "text", 5, str(path)),
    ]
    assert got[0].given.title == "Given" and got[0].given.published == "2024-05-02"
    assert got[1].kind == "transcript" and got[1].given.outlet == "Radio Kestrel"
    assert got[2].given.published == "2024-05-03"  # normalised to ISO
    assert got[2].given.program is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"source": "a.txt", "text": ', "malformed JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"text": "no source here"}', 'missing "source"'),
        ('{"source": "a.txt", "text": "  "}', 'non-empty "html" or "text"'),
        ('{"source": "a.txt", "text": 5}', '"text" must be a string'),
        ('{"source": "a.txt", "text": "x", "kind": "poem"}', '"kind" must be article or transcript'),
    ],
)
def test_json_lines_problems_name_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"source": "ok.txt", "text": "Fine."}) + "\n" + line + "\n")
    items = read(str(path))
    assert isinstance(items[0], Capture)
    error = items[1]
    assert isinstance(error, CaptureError)
    assert (error.source, error.line) == (str(path), 2)
    assert reason in error.message
    assert str(error).startswith(f"{path}:2: ")


def test_json_lines_bad_given_date_is_a_warning_not_a_value(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"source": "a.txt", "text": "Fine.", "published": "sometime in spring"}) + "\n")
    (capture,) = captures(str(path))
    assert capture.given.published is None
    assert any("not a date" in w for w in capture.warnings)


def test_json_lines_with_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"source": "a.txt", "text": "caf\xe9"}\n' + json.dumps({"source": "b", "text": "ok"}).encode())
    items = read(str(path))
    assert isinstance(items[0], CaptureError) and items[0].line == 1 and "invalid UTF-8" in items[0].message
    assert isinstance(items[1], Capture)


def test_stdin_text_html_vtt_and_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    def from_stdin(data: bytes) -> list[Capture | CaptureError]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return read("-")

    (text,) = from_stdin(b"Talks resumed on Monday.\n")
    assert isinstance(text, Capture) and (text.source, text.format) == ("<stdin>", "text")
    (page,) = from_stdin(HTML.encode())
    assert isinstance(page, Capture) and page.format == "html"
    (subs,) = from_stdin(VTT.encode())
    assert isinstance(subs, Capture) and subs.format == "vtt"
    (srt,) = from_stdin(SRT.encode())
    assert isinstance(srt, Capture) and srt.format == "srt"
    lines = from_stdin(b'{"source": "a.txt", "text": "One."}\n{"source": "b.txt", "text": "Two."}\n')
    assert [c.source for c in lines if isinstance(c, Capture)] == ["a.txt", "b.txt"]
    (empty,) = from_stdin(b"")
    assert isinstance(empty, CaptureError) and empty.source == "<stdin>"


def test_decode_utf8_with_and_without_bom() -> None:
    assert decode("Zürich".encode(), "x") == ("Zürich", ())
    assert decode(b"\xef\xbb\xbfZ\xc3\xbcrich", "x") == ("Zürich", ())


def test_decode_utf16_by_its_bom() -> None:
    text, warnings = decode("Zürich talks".encode("utf-16"), "x")
    assert text == "Zürich talks"
    assert warnings == ("decoded as utf-16 (byte order mark)",)


def test_decode_single_byte_encoding_with_a_warning() -> None:
    data = "Le café de la gare a rouvert ses portes après la grève, selon la mairie.".encode("cp1252")
    text, warnings = decode(data, "x")
    assert "café" in text and "grève" in text
    assert len(warnings) == 1 and warnings[0].startswith("not valid UTF-8; decoded as")


def test_decode_damaged_utf8_keeps_the_rest() -> None:
    data = "Zürich, Genève and Lausanne".encode() + b"\xe2\x82" + b" agreed on Monday." * 20
    text, warnings = decode(data, "x")
    assert text.startswith("Zürich, Genève") and "\ufffd" in text
    assert warnings and "invalid UTF-8: 1 byte(s) replaced" in warnings[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b" \n\t\n", "empty file"), (b"\x00\x01\x02abc" * 10, "binary file")],
)
def test_decode_rejects_empty_and_binary(data: bytes, reason: str) -> None:
    with pytest.raises(CaptureError, match=reason):
        decode(data, "x")


def test_subtitles_without_cues_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.vtt").write_text("WEBVTT\n\nJust some words.\n")
    (error,) = read(str(tmp_path / "a.vtt"))
    assert isinstance(error, CaptureError) and "no cue timings" in error.message


def test_text_capture_without_a_date_carries_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ferry service resumes\n\nThe ferry runs again, the operator said.\n")
    (capture,) = captures(str(tmp_path / "a.txt"))
    assert capture.warnings == ("no publication date found; relative dates have no anchor",)


def test_document_id_depends_on_content_and_format_only() -> None:
    a = Capture(source="a.txt", content="Same words.")
    assert document_id(a) == document_id(Capture(source="elsewhere/b.txt", content="Same words."))
    assert document_id(a) != document_id(Capture(source="a.txt", content="Same words.", format="html"))
    assert document_id(a) != document_id(Capture(source="a.txt", content="Other words."))


def test_json_lines_lone_surrogates_are_replaced_and_storable(tmp_path: Path) -> None:
    from storyline import SQLiteStore, ingest

    path = tmp_path / "c.jsonl"
    path.write_text('{"source": "a.txt", "text": "Broken \\ud800 escape in a capture.", "title": "T\\udc00"}\n')
    (capture,) = captures(str(path))
    assert capture.content == "Broken \ufffd escape in a capture." and capture.given.title == "T\ufffd"
    assert "lone surrogate escapes replaced with U+FFFD" in capture.warnings
    store = SQLiteStore(str(tmp_path / "s.db"))
    assert ingest([str(path)], Settings(until="clean"), store).added == 1
    store.close()


def test_the_store_in_the_folder_or_glob_is_not_a_capture(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A capture next to the store file.\n")
    for name in ("story.db", "story.db-wal"):
        (tmp_path / name).write_bytes(b"SQLite format 3\x00")
    for path in (str(tmp_path), str(tmp_path / "*")):
        items = read(path, db=str(tmp_path / "story.db"))
        assert [Path(i.source).name for i in items if isinstance(i, Capture)] == ["a.txt"]
        assert not [i for i in items if isinstance(i, CaptureError)]


def test_decode_utf16_without_bom() -> None:
    text, warnings = decode("Talks resumed on Monday in Tesk.\n".encode("utf-16-le"), "x")
    assert text == "Talks resumed on Monday in Tesk.\n"
    assert warnings == ("decoded as utf-16-le (no byte order mark)",)
