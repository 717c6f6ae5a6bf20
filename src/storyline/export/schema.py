"""The JSON Schema of the export, shipped with the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_schema() -> dict[str, Any]:
    text = resources.files("storyline.data").joinpath("export.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def validate_export(export: dict[str, Any]) -> list[str]:
    """Schema violations of ``export`` as readable lines (empty when valid). Needs jsonschema."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema())
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in validator.iter_errors(export)
    ]
