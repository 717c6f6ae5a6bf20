"""Load a scorer of ../shared/eval as a module, for the error-listing scripts beside it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_scorer(path: Path, name: str) -> ModuleType:
    """The scorer at ``path`` imported under ``name``, its folder on the path for its own imports."""
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
