"""Readers for every supported input: plain text, HTML, VTT, SRT, JSON Lines, folders, stdin.

Each reader yields :class:`Capture` records or, for a problem, the :class:`CaptureError`
that names the file (and line) and the reason, so a batch goes on past it. Text is decoded as
UTF-8 (with or without a byte order mark); other encodings are detected and noted as a
capture warning, as are a few broken bytes in otherwise valid UTF-8.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.errors import CaptureError
from storyline.ingest import lexicon
from storyline.ingest.dates import normalise_iso
from storyline.ingest.metadata import inspect_metadata
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
STDIN = "<stdin>"

# Share of control characters (other than tab, newlines, form feed) above which a file is
# binary: text captures have none; 5% leaves room for a few stray bytes in a scraped page.
BINARY_CONTROL_SHARE = 0.05
# Up to this share of undecodable bytes, a UTF-8 file is UTF-8 with damage (a cut multi-byte
# character) and keeps its UTF-8 reading; above it, the file is in another encoding.
UTF8_DAMAGE_SHARE = 0.001
_SNIFF_BYTES = 8192
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_LATIN_SINGLE_BYTE = frozenset(
    ("cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9", "iso8859_15", "mac_roman", "cp850")
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SRT_START = re.compile(rb"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s+-->")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_HIDDEN = re.compile(r"<(script|style|head|template|noscript)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")


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


def _too_large(size: int, settings: Settings) -> str:
    return (
        f"file is {size / 1e6:.1f} MB, over the {settings.max_capture_bytes / 1e6:g} MB limit "
        "(setting max_capture_bytes)"
    )


def _file_capture(source: str, text: str, fmt: CaptureFormat, warnings: tuple[str, ...]) -> Capture:
    if fmt == "html":
        _check_html(text, source, None)
    elif fmt in ("vtt", "srt"):
        _check_subtitles(text, fmt, source)
    else:
        warnings = (*warnings, *inspect_metadata(text, source)[1])
    return Capture(source=source, content=text, format=fmt, warnings=warnings)


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Text of ``data``: by its byte order mark, as UTF-8, else in the detected encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise CaptureError(
                    f"not valid {encoding} despite its byte order mark: {exc.reason}", source=source
                ) from exc
            if encoding.startswith("utf-8"):
                return _check_text(text, source), ()
            return _check_text(text.lstrip("\ufeff"), source), (f"decoded as {encoding} (byte order mark)",)
    if not data.strip():
        raise CaptureError("empty file", source=source)
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _check_text(utf16[0], source), (f"decoded as {utf16[1]} (no byte order mark)",)
        raise CaptureError("binary file, not a text capture", source=source)
    if len(_CONTROL.findall(head)) > BINARY_CONTROL_SHARE * len(head):
        raise CaptureError("binary file, not a text capture", source=source)
    try:
        return _check_text(data.decode("utf-8"), source), ()
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in damaged if ord(ch) > 0x7F and ch != "\ufffd")
    # Valid multi-byte sequences elsewhere make it UTF-8 with a few damaged bytes; a file whose
    # only non-ASCII bytes are invalid is in a single-byte encoding (cp1252, Latin-1).
    if multibyte and bad <= max(1, UTF8_DAMAGE_SHARE * len(data)):
        return _check_text(damaged, source), (
            f"invalid UTF-8: {bad} byte(s) replaced with U+FFFD, first at byte {first_bad}",
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CaptureError(f"not valid UTF-8 (first bad byte at {first_bad}) and no known encoding fits", source=source)
    encoding = best.encoding
    if encoding in _LATIN_SINGLE_BYTE and _decodes(data, "cp1252"):
        # On short texts the detector cannot tell the Latin code pages apart (one "é" fits them
        # all); Windows-1252 is by far the most common of them in Western news pages.
        encoding = "cp1252"
    return _check_text(data.decode(encoding), source), (f"not valid UTF-8; decoded as {encoding}",)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte order mark: ASCII letters leave every other byte NUL."""
    head = data[:_SNIFF_BYTES]
    if len(data) % 2:
        return None
    for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return (text, encoding) if not _CONTROL.search(text[:_SNIFF_BYTES].encode("utf-8")) else None
    return None


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise CaptureError("empty file", source=source)
    return text


def _check_html(html: str, source: str, line: int | None, prefix: str = "") -> None:
    """A page whose body holds no text at all fails here, with a reason, not later."""
    visible = _HTML_TAG.sub(" ", _HTML_HIDDEN.sub(" ", html))
    if not visible.strip():
        raise CaptureError(f"{prefix}HTML page has no body text", source=source, line=line)


def _check_subtitles(text: str, fmt: CaptureFormat, source: str) -> None:
    if "-->" not in text:
        raise CaptureError(f'no cue timings ("-->") in this {fmt.upper()} file', source=source)


def read_jsonl(lines: Iterable[bytes], source: str, settings: Settings) -> Iterator[Capture | CaptureError]:
    """One capture per line of capture JSON Lines (docs/export-contract.md, input); UTF-8 as JSON is."""
    empty = True
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        empty = False
        try:
            line = raw.decode("utf-8")
            yield capture_from_record(json.loads(line), source, number, settings)
        except UnicodeDecodeError as exc:
            yield CaptureError(f"invalid UTF-8 at column {exc.start + 1}: {exc.reason}", source=source, line=number)
        except json.JSONDecodeError as exc:
            yield CaptureError(f"malformed JSON: {exc.msg} at column {exc.colno}", source=source, line=number)
        except RecursionError:
            yield CaptureError("malformed JSON: nested too deeply", source=source, line=number)
        except CaptureError as exc:
            yield exc
    if empty:
        yield CaptureError("empty file", source=source)


def capture_from_record(record: object, origin: str, line: int, settings: Settings) -> Capture:
    """A capture from one JSON Lines record; its given metadata wins over what is guessed."""
    if not isinstance(record, dict):
        raise CaptureError("a capture line must be a JSON object", source=origin, line=line)
    source = record.get("source")
    if not isinstance(source, str) or not source.strip():
        raise CaptureError('missing "source"', source=origin, line=line)
    source = _SURROGATE.sub("\ufffd", source.strip())
    html, text = record.get("html"), record.get("text")
    for key, value in (("html", html), ("text", text)):
        if value is not None and not isinstance(value, str):
            raise CaptureError(f'{source}: "{key}" must be a string', source=origin, line=line)
    fmt: CaptureFormat
    if isinstance(html, str) and html.strip():
        content, fmt = html, "html"
    elif isinstance(text, str) and text.strip():
        content, fmt = text, _format_from_name(source)
    else:
        raise CaptureError(f'{source}: needs a non-empty "html" or "text"', source=origin, line=line)
    size = len(content.encode("utf-8", errors="replace"))
    if size > settings.max_capture_bytes:
        raise CaptureError(f"{source}: {_too_large(size, settings)}", source=origin, line=line)
    kind = record.get("kind")
    if kind not in (None, "article", "transcript"):
        raise CaptureError(f'{source}: "kind" must be article or transcript, not {kind!r}', source=origin, line=line)
    warnings: list[str] = []
    if _SURROGATE.search(content):
        # JSON can spell lone surrogates ("\\ud800"), which no text encoding (nor the store) takes.
        content = _SURROGATE.sub("\ufffd", content)
        warnings.append("lone surrogate escapes replaced with U+FFFD")
    values = {k: _str_or_none(record.get(k)) for k in METADATA_KEYS}
    if values["published"] is not None:
        iso = normalise_iso(values["published"])
        if iso is None:
            warnings.append(f'given "published" {values["published"]!r} is not a date; ignored')
        values["published"] = iso
    given = Metadata(**values)
    if fmt == "html":
        _check_html(content, origin, line, prefix=f"{source}: ")
    elif fmt == "text" and given.published is None:
        warnings.extend(inspect_metadata(content, source)[1])
    return Capture(
        source=source.strip(),
        content=content,
        format=fmt,
        kind=kind,
        given=given,
        origin=origin,
        line=line,
        warnings=tuple(warnings),
    )


def _format_from_name(name: str) -> CaptureFormat:
    fmt = SUFFIX_FORMATS.get(Path(name).suffix.lower(), "text")
    return "text" if fmt == "html" else fmt


def _str_or_none(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _SURROGATE.sub("\ufffd", value.strip() if isinstance(value, str) else str(value))


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
