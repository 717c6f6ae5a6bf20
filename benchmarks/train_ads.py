"""Train the podcast ad model and report leave-episodes-out cross-validation.

    python benchmarks/train_ads.py [--write] [--grid] [--threshold T] [--switch-cost C] [--tail-keep K] [--l2 L]

Reads ``../shared/bench/ads-dev`` (captures and per-sentence gold) plus the hand-written
episodes in ``benchmarks/ad_examples.jsonl`` (one sentence a line, ``[AD] `` before each ad
sentence), which add the underwriting credits, show promos and pledge drives of public radio.
Every episode is split into sentence units the way the cleaner splits them; a unit is an ad
when at least half of its characters lie in gold ad sentences. Both stages are L2-regularised
logistic regressions fitted by Newton's method (numpy only). The second stage is trained on
out-of-fold first-stage scores, so it sees scores as noisy as at run time. Cross-validation
holds out whole dev episodes (the hand-written ones always stay in training). ``--write`` fits
on everything and writes ``src/storyline/data/clean/ad_model.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from scorers import ROOT, SHARED
from storyline.clean.adfeatures import (
    BASE_NAMES,
    base_features,
    context_features,
    feature_names,
    normalise,
    score_features,
    word_log_odds,
)
from storyline.clean.ads import AdModel, sigmoid, trim_blocks
from storyline.clean.units import Unit, split_units

MODEL = ROOT / "src" / "storyline" / "data" / "clean" / "ad_model.json"
# Stage 2 learns from first-stage scores of episodes held out in this many groups.
INNER_FOLDS = 4
EXAMPLES = ROOT / "benchmarks" / "ad_examples.jsonl"

# Word log-odds count words seen in at least this many training episodes: brand and guest names
# stay out, the register of ad reads ("your", "free", "visit") stays in.
MIN_EPISODES = 4
SMOOTHING = 1.0
LEXICAL = BASE_NAMES.index("lexical")


@dataclass
class Episode:
    name: str
    texts: list[str]
    tokens: list[list[str]]
    base: NDArray[np.float64]  # base features with the lexical column still empty
    labels: NDArray[np.float64]

    def features(self, word_scores: dict[str, float]) -> NDArray[np.float64]:
        base = self.base.copy()
        base[:, LEXICAL] = [sum(word_scores.get(t, 0.0) for t in toks) / max(len(toks), 1) for toks in self.tokens]
        return context_features(base)


def table(episodes: list[Episode]) -> dict[str, float]:
    return word_log_odds([(e.texts, [bool(v) for v in e.labels]) for e in episodes], MIN_EPISODES, SMOOTHING)


def load_episodes() -> list[Episode]:
    bench = SHARED / "bench" / "ads-dev"
    gold = json.loads((bench / "gold.json").read_text(encoding="utf-8"))
    records = [json.loads(line) for line in (bench / "captures.jsonl").read_text(encoding="utf-8").splitlines()]
    if EXAMPLES.exists():
        records += [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    episodes = []
    for record in records:
        if "lines" in record:  # hand-written example: one sentence a line, "[AD] " marks an ad sentence
            spans, parts, pos = [], [], 0
            for line in record["lines"]:
                body = line.removeprefix("[AD] ")
                if body != line:
                    spans.append((pos, pos + len(body)))
                parts.append(body)
                pos += len(body) + 1
            record = {"source": record["source"], "text": "\n".join(parts), "ads": spans}
        text = record["text"]
        ad = np.zeros(len(text), dtype=bool)
        if record["source"] in gold:
            for s in gold[record["source"]]["sentences"]:
                if s["ad"]:
                    ad[s["start"] : s["end"]] = True
        for start, end in record.get("ads", []):  # hand-written examples give spans
            ad[start:end] = True
        units = split_units(text)
        labels = np.array([ad[u.start : u.end].mean() >= 0.5 for u in units], dtype=float)
        texts = [u.text for u in units]
        tokens = [normalise(t).split() for t in texts]
        episodes.append(Episode(record["source"], texts, tokens, base_features(texts, {}), labels))
    return episodes


def fit_logistic(
    x: NDArray[np.float64], y: NDArray[np.float64], l2: float, iterations: int = 25
) -> NDArray[np.float64]:
    """Weights of an L2-regularised logistic regression (the bias, column 0, is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(iterations):
        p = sigmoid(x @ w)
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def fit(episodes: list[Episode], l2: float) -> tuple[NDArray[np.float64], NDArray[np.float64], dict[str, float]]:
    """Stage-1 and stage-2 weights and the word table; stage 2 learns from out-of-fold scores."""
    scores = table(episodes)
    w1 = fit_logistic(
        np.vstack([e.features(scores) for e in episodes]), np.concatenate([e.labels for e in episodes]), l2
    )
    rows, ys = [], []
    for k in range(INNER_FOLDS):
        held = episodes[k::INNER_FOLDS]
        others = [e for e in episodes if all(e is not h for h in held)]
        inner = table(others)
        w_k = fit_logistic(
            np.vstack([e.features(inner) for e in others]), np.concatenate([e.labels for e in others]), l2
        )
        for e in held:
            x = e.features(inner)
            rows.append(np.column_stack([x, score_features(sigmoid(x @ w_k))]))
            ys.append(e.labels)
    w2 = fit_logistic(np.vstack(rows), np.concatenate(ys), l2)
    return w1, w2, scores


def counts(model: AdModel, episodes: list[Episode]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for e in episodes:
        x, y = e.features(dict(model.word_scores)), e.labels
        p1 = sigmoid(x @ model.stage1)
        p2 = sigmoid(np.column_stack([x, score_features(p1)]) @ model.stage2)
        pred = np.zeros(len(y), dtype=bool)
        units = [Unit(0, 0, t) for t in e.texts]
        for a, b in trim_blocks(units, p2, model.blocks(p2), tail_keep=model.tail_keep):
            pred[a : b + 1] = True
        truth = y > 0.5
        tp += int((pred & truth).sum())
        fp += int((pred & ~truth).sum())
        fn += int((~pred & truth).sum())
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(
    episodes: list[Episode], l2: float, settings: list[tuple[float, float, float]]
) -> dict[tuple[float, float, float], tuple[int, int, int]]:
    """Leave-one-episode-out counts for each (threshold, switch_cost, tail_keep)."""
    totals = {s: (0, 0, 0) for s in settings}
    dev = [e for e in episodes if not e.name.startswith("example-")]
    for k, held in enumerate(dev):
        train = [e for e in episodes if e is not held]
        w1, w2, scores = fit(train, l2)
        for s in settings:
            c = counts(AdModel(w1, w2, s[0], s[1], scores, s[2]), [held])
            totals[s] = tuple(a + b for a, b in zip(totals[s], c, strict=True))  # type: ignore[assignment]
        print(f"  fold {k + 1}/{len(dev)} done", file=sys.stderr, flush=True)
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--threshold", type=float, default=-1.5)
    parser.add_argument("--switch-cost", type=float, default=3.0)
    parser.add_argument("--tail-keep", type=float, default=0.8)
    parser.add_argument("--grid", action="store_true", help="Cross-validate a grid of threshold/switch cost/tail keep.")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"no {SHARED}", file=sys.stderr)
        return 2
    episodes = load_episodes()
    settings = [(args.threshold, args.switch_cost, args.tail_keep)]
    if args.grid:
        settings = [(t, c, k) for t in (-2.0, -1.5, -1.0) for c in (3.0, 4.0, 5.0) for k in (0.6, 0.7, 0.8, 0.9)]
    totals = cross_validate(episodes, args.l2, settings)
    for s, c in sorted(totals.items(), key=lambda kv: -f1(*kv[1])[2]):
        p, r, f = f1(*c)
        print(f"cv threshold={s[0]} switch_cost={s[1]} tail_keep={s[2]} l2={args.l2}: P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.write:
        w1, w2, scores = fit(episodes, args.l2)
        data = {
            "about": "Podcast ad model; trained by benchmarks/train_ads.py on ads-dev and hand-written examples",
            "features": list(feature_names()),
            "stage1": [round(float(v), 6) for v in w1],
            "stage2": [round(float(v), 6) for v in w2],
            "threshold": args.threshold,
            "switch_cost": args.switch_cost,
            "tail_keep": args.tail_keep,
            "word_scores": dict(sorted(scores.items())),
        }
        MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
