"""Readers for every supported input: plain text, HTML, VTT, SRT, JSON Lines, folders, stdin.

Each reader yields :class:`Capture` records or, for a problem, the :class:`CaptureError`
that names the file (and line) so a batch can go on past it.
"""

from __future__ import annotations

import glob
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.errors import CaptureError
from storyline.records import Capture, CaptureFormat, Metadata
from storyline.settings import Settings

SUFFIX_FORMATS: dict[str, CaptureFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".vtt": "vtt",
    ".srt": "srt",
}
SUPPORTED = (*SUFFIX_FORMATS, ".jsonl")
METADATA_KEYS = ("title", "outlet", "program", "author", "published", "dateline", "language", "url")


def document_id(capture: Capture) -> str:
    """Stable id from the content: the same capture ingested twice has the same id."""
    digest = hashlib.sha256(f"{capture.format}\0{capture.content}".encode()).hexdigest()
    return digest[:16]


def iter_captures(paths: Iterable[str], settings: Settings) -> Iterator[Capture | CaptureError]:
    """Every capture under ``paths`` (files, folders, globs, ``-``), in a stable order."""
    for item in paths:
        if item == "-":
            yield from _read_stdin(settings)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            for file in files:
                yield from read_file(file, settings)
        elif path.exists():
            yield from read_file(path, settings)
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield CaptureError("no such file or folder", source=item)
            for match in matches:
                if Path(match).is_file():
                    yield from read_file(Path(match), settings)


def read_file(path: Path, settings: Settings) -> Iterator[Capture | CaptureError]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_capture_bytes:
            raise CaptureError(
                f"file is {size / 1e6:.1f} MB, over the {settings.max_capture_bytes / 1e6:.0f} MB limit "
                "(max_capture_bytes)",
                source=source,
            )
        data = path.read_bytes()
    except CaptureError as exc:
        yield exc
        return
    except OSError as exc:
        yield CaptureError(f"cannot read: {exc.strerror or exc}", source=source)
        return
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(data, source, settings)
        return
    fmt = SUFFIX_FORMATS.get(path.suffix.lower(), "text")
    try:
        text, warnings = decode(data, source)
        yield Capture(source=source, content=text, format=fmt, warnings=warnings)
    except CaptureError as exc:
        yield exc


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Text of ``data``: UTF-8 (with or without BOM), else the detected encoding."""
    if not data.strip():
        raise CaptureError("empty file", source=source)
    if b"\x00" in data[:8192]:
        raise CaptureError("binary file (NUL bytes), not a text capture", source=source)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CaptureError("not valid UTF-8 and no known encoding fits", source=source)
    return str(best), (f"not valid UTF-8; decoded as {best.encoding}",)


def read_jsonl(data: bytes, source: str, settings: Settings) -> Iterator[Capture | CaptureError]:
    try:
        text, _ = decode(data, source)
    except CaptureError as exc:
        yield exc
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield capture_from_record(json.loads(line), source, number, settings)
        except json.JSONDecodeError as exc:
            yield CaptureError(f"malformed JSON: {exc.msg} at column {exc.colno}", source=source, line=number)
        except CaptureError as exc:
            yield exc


def capture_from_record(record: object, origin: str, line: int, settings: Settings) -> Capture:
    """A capture from one JSON Lines record (see docs/export-contract.md, input)."""
    if not isinstance(record, dict):
        raise CaptureError("a capture line must be a JSON object", source=origin, line=line)
    source = record.get("source")
    if not isinstance(source, str) or not source:
        raise CaptureError('missing "source"', source=origin, line=line)
    html, text = record.get("html"), record.get("text")
    fmt: CaptureFormat
    if isinstance(html, str) and html.strip():
        content, fmt = html, "html"
    elif isinstance(text, str) and text.strip():
        content, fmt = text, _format_from_name(source)
    else:
        raise CaptureError(f'{source}: needs a non-empty "html" or "text"', source=origin, line=line)
    if len(content.encode()) > settings.max_capture_bytes:
        raise CaptureError(f"{source}: capture over the size limit", source=origin, line=line)
    kind = record.get("kind")
    if kind not in (None, "article", "transcript"):
        raise CaptureError(f'{source}: "kind" must be article or transcript, not {kind!r}', source=origin, line=line)
    given = Metadata(**{k: _str_or_none(record.get(k)) for k in METADATA_KEYS})
    return Capture(source=source, content=content, format=fmt, kind=kind, given=given, origin=origin, line=line)


def _format_from_name(name: str) -> CaptureFormat:
    fmt = SUFFIX_FORMATS.get(Path(name).suffix.lower(), "text")
    return "text" if fmt == "html" else fmt


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _read_stdin(settings: Settings) -> Iterator[Capture | CaptureError]:
    data = sys.stdin.buffer.read()
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        yield from read_jsonl(data, "<stdin>", settings)
        return
    fmt: CaptureFormat = "html" if stripped[:200].lower().startswith((b"<!doctype", b"<html")) else "text"
    if stripped.startswith(b"WEBVTT"):
        fmt = "vtt"
    try:
        text, warnings = decode(data, "<stdin>")
        yield Capture(source="<stdin>", content=text, format=fmt, warnings=warnings)
    except CaptureError as exc:
        yield exc
