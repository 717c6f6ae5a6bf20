"""Quality gate: score the ../shared sets and hold each metric at its floor.

Runs when ../shared is present (skips cleanly otherwise). Floors live in benchmarks/floors.json;
a change that lowers a metric below its floor fails here. Sets sharing inputs are ingested once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import evaluate  # noqa: E402

FLOORS = {k: v for k, v in json.loads((ROOT / "benchmarks" / "floors.json").read_text()).items() if k[0] != "_"}

pytestmark = [
    pytest.mark.gate,
    pytest.mark.skipif(not evaluate.SHARED.exists(), reason="../shared is not here: no benchmark data"),
]


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gate")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_metric_floors(name: str, workdir: Path) -> None:
    export = evaluate.export_for(name, workdir)
    output, values = evaluate.score(name, export)
    # Shown by `pytest -rA` and in CI logs: the numbers behind the floors.
    print(name, json.dumps({metric: values.get(metric) for metric in sorted(values)}))
    below = {
        metric: (values.get(metric), floor)
        for metric, floor in FLOORS[name].items()
        if values.get(metric, -1.0) < floor - 1e-9
    }
    assert not below, f"{name}: below floor {below}\n{output[-3000:]}"
