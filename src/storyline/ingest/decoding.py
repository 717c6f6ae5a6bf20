"""Bytes to text: UTF-8 with or without a byte order mark, UTF-16 and UTF-32 by their mark or by
their NUL bytes; a few broken bytes in otherwise valid UTF-8 are replaced, other encodings are
detected. Each reading other than plain UTF-8 is returned as a warning for the capture;
binary and empty files are a :class:`CaptureError`."""

from __future__ import annotations

import re

from storyline.errors import CaptureError

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
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


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


__all__ = ["BINARY_CONTROL_SHARE", "UTF8_DAMAGE_SHARE", "decode"]
