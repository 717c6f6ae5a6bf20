"""Features of transcript sentence units for ad detection (see :mod:`storyline.clean.ads`).

Only signals that carry over from one show to another: cue phrases (data files), the shape of
web addresses read aloud ("dot com slash"), offers and prices, imperatives in the second person,
and where a sentence stands relative to cues and to the edges of the episode. No word of a
particular brand is a feature.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache

import numpy as np
from numpy.typing import NDArray

from storyline.clean.lexicon import phrases, words

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Web addresses read aloud; ASR often writes "dot com" as one word, "dicom".
URL = re.compile(
    r"\b(?:www|[a-z0-9-]+)\s?(?:dot|\.)\s?(?:com|org|net|edu|gov|co|io|fm|ly|us|tv|uk|app|ai|info|news)\b|\bdicom\b|\bslash\b|https?:|www\b",
    re.IGNORECASE,
)
PROMO = re.compile(
    r"\b(?:promo|offer|discount|coupon)\s+code\b|\buse\s+(?:the\s+)?code\b|\bcode\s+[A-Z0-9]{2,}\b", re.I
)
PRICE = re.compile(r"\$\s?\d|\b\d+\s?(?:%|percent)\b|\bdollars?\b|\bfree\b|\boff\b", re.IGNORECASE)
SECOND = frozenset({"you", "your", "you're", "yours", "yourself", "you'll", "you've", "you'd"})
FIRST_SINGULAR = frozenset({"i", "i'm", "me", "my", "i've", "i'd", "i'll"})
# Context windows (in sentence units): ad reads run 3 to 15 sentences in the dev episodes, so
# cues are looked for up to a dozen units away.
NEAR = 3
FAR = 12
# Words "away" from a sentence are more than this many sentences off (longer than most ad reads).
TOPIC_GAP = 15
# The longest host-read ads in the dev episodes run about 30 sentences.
LONG = 30

BASE_NAMES = (
    "bias",
    "start_cue",
    "break_cue",
    "return_cue",
    "url",
    "promo",
    "price",
    "commerce",
    "second_person",
    "first_singular",
    "imperative",
    "length",
    "question",
    "edge",
    "lexical",
    "topical",
    "show_id",
)


def normalise(text: str) -> str:
    return " " + " ".join(WORD.findall(text.lower().replace("’", "'"))) + " "


@cache
def _phrase_pattern(lexicon: str) -> re.Pattern[str]:
    return re.compile(" (?:" + "|".join(re.escape(p) for p in phrases(lexicon)) + ") ")


def has_phrase(padded: str, lexicon: str) -> float:
    return 1.0 if _phrase_pattern(lexicon).search(padded) else 0.0


def base_features(texts: list[str], word_scores: Mapping[str, float]) -> NDArray[np.float64]:
    """One row of :data:`BASE_NAMES` features per sentence.

    ``word_scores`` are the smoothed ad/show log-odds of words seen in several training
    episodes (so no brand name is among them); ``lexical`` is their mean over the sentence.
    """
    commerce = words("ad_commerce.txt")
    imperatives = words("ad_imperatives.txt")
    n = len(texts)
    out = np.zeros((n, len(BASE_NAMES)))
    for i, text in enumerate(texts):
        padded = normalise(text)
        toks = padded.split()
        k = max(len(toks), 1)
        first = toks[0] if toks else ""
        second = toks[1] if len(toks) > 1 else ""
        imperative = first in imperatives or (
            first in {"just", "so", "and", "now", "simply", "please"} and second in imperatives
        )
        out[i] = (
            1.0,
            has_phrase(padded, "ad_start_cues.txt"),
            has_phrase(padded, "ad_break_cues.txt"),
            has_phrase(padded, "ad_return_cues.txt"),
            max(1.0 if URL.search(text) else 0.0, has_phrase(padded, "podcast_address_cues.txt")),
            1.0 if PROMO.search(text) else 0.0,
            1.0 if PRICE.search(text) else 0.0,
            min(sum(t in commerce for t in toks) / 3.0, 1.0),
            min(sum(t in SECOND for t in toks) / k * 5.0, 1.0),
            min(sum(t in FIRST_SINGULAR for t in toks) / k * 5.0, 1.0),
            1.0 if imperative else 0.0,
            math.log1p(len(toks)) / 4.0,
            1.0 if text.rstrip().endswith("?") else 0.0,
            1.0 if min(i, n - 1 - i) < 3 else 0.0,
            sum(word_scores.get(t, 0.0) for t in toks) / k,
            0.0,
            has_phrase(padded, "show_id_cues.txt"),
        )
    out[:, BASE_NAMES.index("topical")] = topicality([normalise(t).split() for t in texts])
    return out


def topicality(tokens: list[list[str]]) -> NDArray[np.float64]:
    """How much each sentence's longer words recur in the episode away from it.

    An ad read talks about its product, a word the rest of the episode never uses; show talk
    returns to the episode's subject. Words of five letters or more stand in for content words.
    """
    content = [[t for t in toks if len(t) >= 5] for toks in tokens]
    total: dict[str, int] = {}
    for words_ in content:
        for t in words_:
            total[t] = total.get(t, 0) + 1
    n = len(content)
    out = np.zeros(n)
    near: dict[str, int] = {}  # word counts of the sentences within TOPIC_GAP of i, kept sliding
    for j in range(min(n, TOPIC_GAP + 1)):
        for t in content[j]:
            near[t] = near.get(t, 0) + 1
    for i, words_ in enumerate(content):
        if words_:
            out[i] = sum(min(total[t] - near[t], 5) for t in words_) / (5.0 * len(words_))
        entering, leaving = i + TOPIC_GAP + 1, i - TOPIC_GAP
        if entering < n:
            for t in content[entering]:
                near[t] = near.get(t, 0) + 1
        if leaving >= 0:
            for t in content[leaving]:
                near[t] -= 1
    return out


def _window(values: NDArray[np.float64], lo: int, hi: int, reducer: str) -> NDArray[np.float64]:
    """For each i, the max or mean of ``values[i+lo : i+hi+1]`` (clipped at the edges; 0 if empty)."""
    n = len(values)
    total = np.zeros(n)
    count = np.zeros(n)
    best = np.full(n, -np.inf)
    for off in range(lo, hi + 1):
        a, b = max(0, -off), min(n, n - off)  # positions i whose i+off lies inside
        if a >= b:
            continue
        seg = values[a + off : b + off]
        total[a:b] += seg
        count[a:b] += 1
        best[a:b] = np.maximum(best[a:b], seg)
    if reducer == "max":
        return np.where(count > 0, best, 0.0)
    return np.divide(total, count, out=np.zeros(n), where=count > 0)


def _decayed_since(flags: NDArray[np.float64], horizon: int) -> NDArray[np.float64]:
    """1 at a flagged unit, falling linearly to 0 ``horizon`` units after it (the flag looks ahead)."""
    n = len(flags)
    out = np.zeros(n)
    last = -(10**9)
    for i in range(n):
        if flags[i]:
            last = i
        gap = i - last
        if gap <= horizon:
            out[i] = 1.0 - gap / (horizon + 1)
    return out


def _decayed_until(flags: NDArray[np.float64], horizon: int) -> NDArray[np.float64]:
    return _decayed_since(flags[::-1].copy(), horizon)[::-1].copy()


CONTEXT_NAMES = (
    "start_cue_before",
    "start_cue_prev",
    "break_cue_prev",
    "return_cue_next",
    "return_cue_after",
    "url_after",
    "url_before",
    "url_near",
    "commerce_near",
    "second_near",
    "imperative_near",
    "first_singular_near",
    "price_near",
    "lexical_near",
    "lexical_wide",
    "start_or_break_long",
    "url_after_long",
    "return_after_long",
    "start_cue_next",
    "return_cue_prev",
    "topical_near",
    "show_id_near",
)


def context_features(base: NDArray[np.float64]) -> NDArray[np.float64]:
    col = {name: base[:, k] for k, name in enumerate(BASE_NAMES)}
    ctx = [
        _decayed_since(col["start_cue"], FAR),
        _window(col["start_cue"], -NEAR, -1, "max"),
        _window(col["break_cue"], -NEAR, -1, "max"),
        _window(col["return_cue"], 1, NEAR, "max"),
        _decayed_until(col["return_cue"], FAR),
        _decayed_until(col["url"], FAR),
        _decayed_since(col["url"], NEAR),
        _window(col["url"], -NEAR, NEAR, "max"),
        _window(col["commerce"], -NEAR, NEAR, "mean"),
        _window(col["second_person"], -NEAR, NEAR, "mean"),
        _window(col["imperative"], -NEAR, NEAR, "mean"),
        _window(col["first_singular"], -NEAR, NEAR, "mean"),
        _window(col["price"], -NEAR, NEAR, "mean"),
        _window(col["lexical"], -1, 1, "mean"),
        _window(col["lexical"], -NEAR * 2, NEAR * 2, "mean"),
        _decayed_since(np.maximum(col["start_cue"], np.roll(col["break_cue"], 1) * (np.arange(len(base)) > 0)), LONG),
        _decayed_until(col["url"], LONG),
        _decayed_until(col["return_cue"], LONG),
        _window(col["start_cue"], 1, 1, "max"),
        _window(col["return_cue"], -NEAR, -1, "max"),
        _window(col["topical"], -NEAR, NEAR, "mean"),
        _window(col["show_id"], -1, 1, "max"),
    ]
    return np.column_stack([base, *ctx])


SCORE_NAMES = ("p", "p_prev", "p_next", "p_before", "p_after", "p_near_max", "p_wide")


def score_features(p: NDArray[np.float64]) -> NDArray[np.float64]:
    """Neighbours' first-stage scores: an ad sentence sits among ad sentences."""
    return np.column_stack(
        [
            p,
            _window(p, -1, -1, "max"),
            _window(p, 1, 1, "max"),
            _window(p, -NEAR, -1, "mean"),
            _window(p, 1, NEAR, "mean"),
            _window(p, -NEAR, NEAR, "max"),
            _window(p, -FAR, FAR, "mean"),
        ]
    )


def word_log_odds(
    episodes: list[tuple[list[str], list[bool]]], min_episodes: int, smoothing: float
) -> dict[str, float]:
    """Log-odds of each word being in an ad sentence, for words in ``min_episodes`` episodes or more."""
    seen: dict[str, set[int]] = {}
    ad_counts: dict[str, float] = {}
    show_counts: dict[str, float] = {}
    for e, (texts, labels) in enumerate(episodes):
        for text, is_ad in zip(texts, labels, strict=True):
            for t in set(normalise(text).split()):
                seen.setdefault(t, set()).add(e)
                target = ad_counts if is_ad else show_counts
                target[t] = target.get(t, 0.0) + 1.0
    n_ad = sum(sum(labels) for _, labels in episodes) or 1
    n_show = sum(len(labels) - sum(labels) for _, labels in episodes) or 1
    scores = {}
    for t, eps in seen.items():
        if len(eps) < min_episodes:
            continue
        a = (ad_counts.get(t, 0.0) + smoothing) / (n_ad + 2 * smoothing)
        b = (show_counts.get(t, 0.0) + smoothing) / (n_show + 2 * smoothing)
        scores[t] = round(math.log(a / b), 3)
    return scores


def feature_names() -> tuple[str, ...]:
    return BASE_NAMES + CONTEXT_NAMES
