"""Capture JSON Lines (docs/export-contract.md, input): one capture per line, its given metadata
winning over what is guessed; a bad line is a :class:`CaptureError` naming the line, and the
file goes on."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from storyline.errors import CaptureError
from storyline.ingest.dates import normalise_iso
from storyline.ingest.formats import _check_html, _format_from_name, _too_large
from storyline.ingest.metadata import inspect_metadata
from storyline.records import Capture, CaptureFormat, Metadata
from storyline.settings import Settings

METADATA_KEYS = ("title", "outlet", "program", "author", "published", "dateline", "language", "url")
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def _str_or_none(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _SURROGATE.sub("\ufffd", value.strip() if isinstance(value, str) else str(value))


__all__ = ["METADATA_KEYS", "capture_from_record", "read_jsonl"]
