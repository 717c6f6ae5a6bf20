"""Round-trip records to plain JSON-able values and back, driven by their type hints."""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from typing import Any, TypeVar

from storyline import records
from storyline.offsets import OffsetMap

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A record (or anything holding records) as dicts, lists and scalars."""
    if isinstance(value, OffsetMap):
        return {
            "blocks": [list(b) for b in value.blocks],
            "clean_length": value.clean_length,
            "raw_length": value.raw_length,
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value) if not f.name.startswith("_")
        }
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a record of type ``cls`` from :func:`to_plain` output."""
    return typing.cast(T, _convert(cls, data))


def _convert(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    if tp is OffsetMap:
        return OffsetMap(tuple(tuple(b) for b in data["blocks"]), data["clean_length"], data["raw_length"])
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in data)
        return tuple(_convert(a, v) for a, v in zip(args, data, strict=False))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        kwargs = {f.name: _convert(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data}
        return tp(**kwargs)
    return data


def dumps(value: Any) -> str:
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    return from_plain(cls, json.loads(text))


__all__ = ["dumps", "from_plain", "loads", "to_plain"]
