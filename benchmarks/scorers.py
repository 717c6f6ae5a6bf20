"""Where ../shared lives, and its scorers loaded as modules, for the scripts beside this one."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
# The benchmark data and scorers, kept outside the repository: beside it, or where
# STORYLINE_SHARED says.
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))


def load_scorer(path: Path, name: str) -> ModuleType:
    """The scorer at ``path`` imported under ``name``, its folder on the path for its own imports."""
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
