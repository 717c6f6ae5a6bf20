"""Readers for every supported input: plain text, HTML, VTT, SRT, JSON Lines, folders, stdin.

Each reader yields :class:`Capture` records or, for a problem, the :class:`CaptureError`
that names the file (and line) and the reason, so a batch goes on past it. Text is decoded as
UTF-8 (with or without a byte order mark); other encodings are detected and noted as a
capture warning, as are a few broken bytes in otherwise valid UTF-8.

Bytes become text in :mod:`storyline.ingest.decoding`, JSON Lines records become captures in
:mod:`storyline.ingest.jsonl`, and the formats by suffix and the checks of a capture's content
live in :mod:`storyline.ingest.formats`; their public names are exported here too.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.errors import CaptureError
from storyline.ingest import lexicon
from storyline.ingest.decoding import decode
from storyline.ingest.formats import SUFFIX_FORMATS, SUPPORTED, _check_html, _check_subtitles, _too_large
from storyline.ingest.jsonl import capture_from_record, read_jsonl
from storyline.ingest.metadata import inspect_metadata
from storyline.records import Capture, CaptureFormat
from storyline.settings import Settings

STDIN = "<stdin>"
_SRT_START = re.compile(rb"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s+-->")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def document_id(capture: Capture) -> str:
    """Stable id from the content: the same capture ingested twice has the same id."""
    digest = hashlib.sha256(f"{capture.format}\0{capture.content}".encode()).hexdigest()
    return digest[:16]


def iter_captures(paths: Iterable[str], settings: Settings) -> Iterator[Capture | CaptureError]:
    """Every capture under ``paths`` (files, folders, globs, ``-``), in a stable order."""
    for item in paths:
        if item == "-":
            yield from read_stdin(settings)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_folder(path, settings)
        elif path.exists():
            yield from read_file(path, settings)
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield CaptureError("no such file or folder", source=item)
            own = _store_files(settings)
            for match in matches:
                if Path(match).resolve() in own:
                    continue
                if Path(match).is_dir():
                    yield from _read_folder(Path(match), settings)
                elif Path(match).is_file():
                    yield from read_file(Path(match), settings)


def _store_files(settings: Settings) -> set[Path]:
    """The store's own database files, which a folder or glob of captures may hold."""
    store = Path(settings.db).resolve()
    return {Path(f"{store}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}


def _read_folder(folder: Path, settings: Settings) -> Iterator[Capture | CaptureError]:
    """Every file under ``folder``, recursively, in path order.

    Hidden files and folders are skipped, and so are the files that describe a folder (README,
    LICENSE, ... in ``data/ingest/folder_skip.txt``) and the store's own database files. Any
    other file of a type storyline does not read is named as a problem: it was asked for.
    """
    skip = set(lexicon.entries("folder_skip.txt"))
    own = _store_files(settings)
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(
            Path(root, name) for name in names if not name.startswith(".") and Path(name).stem.lower() not in skip
        )
    for file in sorted(files):
        if file.resolve() in own:
            continue
        if file.suffix.lower() in SUPPORTED:
            yield from read_file(file, settings)
        else:
            kinds = ", ".join(SUPPORTED)
            yield CaptureError(
                f"not a capture file type ({file.suffix or 'no suffix'}; reads {kinds})", source=str(file)
            )


def read_file(path: Path, settings: Settings) -> Iterator[Capture | CaptureError]:
    """The capture(s) in one file: one for a page or transcript, one per line for JSON Lines."""
    source = str(path)
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl_file(path, settings)
        return
    try:
        size = path.stat().st_size
        if size > settings.max_capture_bytes:
            raise CaptureError(_too_large(size, settings), source=source)
        data = path.read_bytes()
        text, warnings = decode(data, source)
        yield _file_capture(source, text, SUFFIX_FORMATS.get(path.suffix.lower(), "text"), warnings)
    except CaptureError as exc:
        yield exc
    except OSError as exc:
        yield CaptureError(f"cannot read: {exc.strerror or exc}", source=source)


def _read_jsonl_file(path: Path, settings: Settings) -> Iterator[Capture | CaptureError]:
    """JSON Lines streamed line by line: the size limit holds per capture, not per file."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            yield from read_jsonl(handle, source, settings)
    except OSError as exc:
        yield CaptureError(f"cannot read: {exc.strerror or exc}", source=source)


def _file_capture(source: str, text: str, fmt: CaptureFormat, warnings: tuple[str, ...]) -> Capture:
    if fmt == "html":
        _check_html(text, source, None)
    elif fmt in ("vtt", "srt"):
        _check_subtitles(text, fmt, source)
    else:
        warnings = (*warnings, *inspect_metadata(text, source)[1])
    return Capture(source=source, content=text, format=fmt, warnings=warnings)


def read_stdin(settings: Settings) -> Iterator[Capture | CaptureError]:
    """Standard input: JSON Lines if it starts with ``{``, else a page, transcript or subtitles."""
    data = sys.stdin.buffer.read()
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        yield from read_jsonl(data.splitlines(), STDIN, settings)
        return
    if len(data) > settings.max_capture_bytes:
        yield CaptureError(_too_large(len(data), settings).replace("file", "input"), source=STDIN)
        return
    fmt: CaptureFormat = "text"
    if _HTML_START.match(stripped[:2000]):
        fmt = "html"
    elif stripped.startswith(b"WEBVTT"):
        fmt = "vtt"
    elif _SRT_START.match(stripped[:200]):
        fmt = "srt"
    try:
        text, warnings = decode(data, STDIN)
        yield _file_capture(STDIN, text, fmt, warnings)
    except CaptureError as exc:
        yield exc


__all__ = ["SUPPORTED", "capture_from_record", "decode", "document_id", "iter_captures", "read_file", "read_stdin"]
