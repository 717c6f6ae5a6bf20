"""Sponsor reads, underwriting credits and promos in podcast transcripts, found as spans.

Most ad sentences carry no keyword ("We all shop online a lot."), so sentences are scored in
context and then grouped into blocks:

1. each sentence unit (:mod:`storyline.clean.units`) gets general features
   (:mod:`storyline.clean.adfeatures`): cue phrases, web addresses read aloud, offers, second
   person and imperatives, and how far it stands from a start cue, a break cue, a return cue or
   an address;
2. a logistic model scores it; a second logistic model rescores it with its neighbours' scores;
3. a two-state Viterbi pass turns the scores into blocks, paying a fixed cost for every switch
   between show and ad, so isolated high scores do not become ads and short dips inside a read
   do not split it.

The weights come from ``benchmarks/train_ads.py`` and ship as ``data/clean/ad_model.json``;
inference needs only numpy.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from storyline.clean.adfeatures import (
    BASE_NAMES,
    base_features,
    context_features,
    feature_names,
    has_phrase,
    normalise,
    score_features,
)
from storyline.clean.cuts import Cut
from storyline.clean.units import Unit, split_units
from storyline.errors import ModelError
from storyline.nlp import load_pipeline
from storyline.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)
# The word before "dot com" in an address read aloud: the name of the site.
DOMAIN = re.compile(
    r"\b([a-z0-9-]+)\s?(?:dot|\.)\s?(?:com|org|net|edu|gov|co|io|fm|ly|us|tv|uk|app|ai|info|news)\b", re.IGNORECASE
)
# A web address with a path ("sitename dot com slash show"; ASR also hears "dot com" as "dicom"):
# a listener offer, which a show almost never reads out for anything but a read or an appeal.
PATH_ADDRESS = re.compile(
    r"(?:\b(?:dot\s?(?:com|org|net)|dicom)|\.(?:com|org|net))(?:'s)?\s+slash\s+[a-z0-9]", re.IGNORECASE
)
# A path address outside every block anchors a read of its own, grown backward over the units
# before it while their score stays above this: a host-read offer woven into banter scores low
# throughout, yet its sentences still score a little above the show's (0.05: leave-one-episode-out
# on ads-dev: 0.08 and up lose most of such a read; 0.01 to 0.03 gain on one episode by reaching
# units that score no higher than show talk, which on other shows would be content).
ANCHOR_GROW = 0.05
# "Before we get back to the show, ..." announces a break, though it holds a return cue.
BEFORE_RETURN = re.compile(r"\bbefore (?:we|i) (?:get |go |come )?back\b", re.IGNORECASE)
# A promo for another show, which carries no sponsor cue, opens with its host introducing
# themself ("Hi, I'm ..."): the unit before such a block is its first line.
INTRO = re.compile(r" (?:hi|hello|hey)(?: there| everyone| everybody)? (?:i'm|i am|this is|it's) ")
# A bare thanks ends a talk or an interview: before a read's first cue or address it is the
# show signing off, and the read starts after it.
THANKS = re.compile(r"(?:thank you|thanks)(?: (?:so|very) much)?(?: (?:all|everyone|everybody))?")
# Edge units of a block stay only when the model itself is more sure than not, with a small
# margin: a short "Thank you." or "Bye." just before a sponsor cue scores a little over 0.5 from
# its neighbours (0.55: leave-one-episode-out on ads-dev, 0.5 to 0.65 tried; 0.6 and up lose reads).
EDGE_KEEP = 0.55
# Units after a read's last web address stay only when the model is fairly sure: the show's own
# outro and the next segment follow right after, scoring high from their ad neighbours (0.8:
# leave-one-episode-out on ads-dev, 0.5 to 0.9 tried; see benchmarks/train_ads.py).
TAIL_KEEP = 0.8
# Before a sponsor cue, a unit this short ("Thank you.", "My pleasure.", "Hey.") is the end of
# the talk before the read, however high its neighbours lift its score (2 words: leave-one-
# episode-out on ads-dev; 1 word changes nothing there, 3 words also drops a read's first line).
SHORT_REPLY = 2
# A read often closes with a call to act after its address ("Go check it out right now."): up
# to this many imperative units right after the last address stay in the read ("Do not wait.
# Stop putting it off. Come join us."; 3: leave-one-episode-out on ads-dev, 2 to 4 tried; 4 also
# takes in a show line).
CLOSING = 3
# A closing imperative the verb list misses is short: "Do not wait.", "Stay safe, my friends."
# (6 words: leave-one-episode-out on ads-dev, 3 to 12 tried; 8 and up also take in show lines).
CLOSING_WORDS = 6


@dataclass(frozen=True, slots=True)
class AdModel:
    stage1: NDArray[np.float64]
    stage2: NDArray[np.float64]
    threshold: float  # logit added against the ad state in the block pass
    switch_cost: float  # cost of entering or leaving an ad block
    word_scores: Mapping[str, float]
    tail_keep: float = TAIL_KEEP  # trailing units after a block's last address stay above this score

    def score(self, units: list[Unit], base: NDArray[np.float64] | None = None) -> NDArray[np.float64]:
        """Second-stage ad probability of each unit (``base``: their base features, if computed)."""
        if not units:
            return np.zeros(0)
        if base is None:
            base = base_features([u.text for u in units], self.word_scores)
        x = context_features(base)
        p1 = sigmoid(x @ self.stage1)
        x2 = np.column_stack([x, score_features(p1)])
        return sigmoid(x2 @ self.stage2)

    def blocks(self, probs: NDArray[np.float64]) -> list[tuple[int, int]]:
        """``(first, last)`` unit indices of each ad block."""
        return viterbi_blocks(probs, self.threshold, self.switch_cost)


def sigmoid(z: NDArray[np.float64]) -> NDArray[np.float64]:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def viterbi_blocks(probs: NDArray[np.float64], threshold: float, switch_cost: float) -> list[tuple[int, int]]:
    """Best show/ad labelling: ad gain ``logit(p) - threshold`` per unit, ``switch_cost`` per switch."""
    n = len(probs)
    if n == 0:
        return []
    p = np.clip(probs, 1e-6, 1 - 1e-6)
    gain = np.log(p / (1 - p)) - threshold
    score = np.zeros((n, 2))
    back = np.zeros((n, 2), dtype=np.int8)
    score[0] = (0.0, gain[0] - switch_cost)
    for i in range(1, n):
        stay0, from1 = score[i - 1, 0], score[i - 1, 1] - switch_cost
        back[i, 0] = 0 if stay0 >= from1 else 1
        score[i, 0] = max(stay0, from1)
        stay1, from0 = score[i - 1, 1], score[i - 1, 0] - switch_cost
        back[i, 1] = 1 if stay1 >= from0 else 0
        score[i, 1] = max(stay1, from0) + gain[i]
    state = int(np.argmax(score[-1]))
    labels = np.zeros(n, dtype=np.int8)
    for i in range(n - 1, -1, -1):
        labels[i] = state
        state = int(back[i, state])
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if labels[i]:
            j = i
            while j + 1 < n and labels[j + 1]:
                j += 1
            blocks.append((i, j))
            i = j + 1
        else:
            i += 1
    return blocks


def trim_blocks(
    units: list[Unit],
    probs: NDArray[np.float64],
    blocks: list[tuple[int, int]],
    base: NDArray[np.float64] | None = None,
    tail_keep: float = TAIL_KEEP,
    settings: Settings | None = None,
) -> list[tuple[int, int]]:
    """Blocks cut to their cues: a read starts after a break cue or at its start cue, and ends
    at its last web address or promo code, or before a return cue, or before the show names
    itself again ("From NPR, this is ...", "You're listening to ...") after that address. It
    also starts after the show's last sign-off, self-naming or preview of the episode ("That's it
    for the show", "See you tomorrow", "Today on the show ...") or bare thanks that comes before
    its first cue or address. A block without sponsor cue takes in the host's greeting just before
    it ("Hi, I'm ..."), and up to :data:`CLOSING` calls to act after its last address stay in it.

    The context features let show sentences next to a read score moderately; besides the cue
    rules, leading units before the first start cue and trailing units after the last address
    are dropped while their own score is below :data:`EDGE_KEEP` (``tail_keep`` for the trailing ones,
    unless a start cue after the address opens another read); leading units of one or two words
    before the start cue are dropped whatever their score.
    A show-naming unit that also opens a read ("This is NPR. Support for this podcast ...") does
    not end it. A block in the episode's outro whose addresses all name the show is dropped
    (:func:`_own_outro`). A path address that no block covers anchors a read of its own
    (:func:`_anchored_reads`). The closing check parses with the pipeline of ``settings``.
    """
    if not units:
        return []
    if base is None:
        base = base_features([u.text for u in units], {})
    col = {name: base[:, k] for k, name in enumerate(BASE_NAMES)}
    preview = np.array([has_phrase(normalise(u.text), "show_preview_cues.txt") for u in units])
    back = np.maximum(col["return_cue"], col["show_id"] * (1 - col["start_cue"]))
    back[[bool(BEFORE_RETURN.search(u.text)) for u in units]] = 0.0
    thanks = np.array([bool(THANKS.fullmatch(normalise(u.text).strip())) for u in units])
    settings = settings or Settings()
    trimmed = []
    for first, last in _split_at_show(blocks, col, back):
        span = range(first, last + 1)
        ends = [i for i in span if col["url"][i] or col["promo"][i]]
        breaks = [i for i in span if col["break_cue"][i] and (not ends or i < ends[0])]
        if breaks:
            first = breaks[-1] + 1
        opens = [i for i in range(first, last + 1) if col["start_cue"][i] or col["url"][i] or col["promo"][i]]
        signoffs = [i for i in range(first, opens[0] if opens else first) if back[i] or preview[i] or thanks[i]]
        if signoffs:
            first = signoffs[-1] + 1
        returns = [i for i in range(first, last + 1) if back[i] and (not ends or i > ends[-1])]
        if returns:
            last = returns[0] - 1
        cues = [i for i in range(first, last + 1) if col["start_cue"][i]]
        if cues:
            while first < cues[0] and (probs[first] < EDGE_KEEP or _is_short_reply(units[first])):
                first += 1
        if first > 0 and not cues and INTRO.match(normalise(units[first - 1].text)) and not back[first - 1]:
            first -= 1
        ends = [i for i in range(first, last + 1) if col["url"][i] or col["promo"][i]]
        if ends and not col["start_cue"][ends[-1] + 1 : last + 1].any():  # else a read without address follows
            while last > ends[-1] and probs[last] < tail_keep:
                last -= 1
            while (
                last + 1 < len(units)
                and last - ends[-1] < CLOSING
                and _is_closing(units[last + 1], col, last + 1, settings)
            ):
                last += 1
        if first <= last and not _own_outro(units, col, first, last):
            trimmed.append((first, last))
    return sorted(trimmed + _anchored_reads(units, probs, col, back, trimmed))


def _is_closing(unit: Unit, col: dict[str, NDArray[np.float64]], i: int, settings: Settings) -> bool:
    """Whether the unit can close a read: a call to act from the imperative list, or a short
    sentence the parser reads as an imperative ("Do not wait.", "Stay safe, my friends."): its
    root a verb in the base form with no subject."""
    if col["imperative"][i]:
        return True
    text = unit.text.strip()
    if not text or len(text.split()) > CLOSING_WORDS or text.endswith("?"):
        return False
    nlp = _parser(settings.model, settings.max_nlp_chars)
    if nlp is None:
        return False
    root = next(iter(nlp(text).sents)).root
    return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


@cache
def _parser(name: str, max_length: int) -> Language | None:
    """The spaCy pipeline the document stage uses (the same cached object); without it only the
    imperative list closes a read."""
    try:
        return load_pipeline(name, max_length)
    except ModelError:
        log.warning("no spaCy pipeline: ad reads close only on listed imperatives")
        return None


def _is_short_reply(unit: Unit) -> bool:
    return len(normalise(unit.text).split()) <= SHORT_REPLY


def _anchored_reads(
    units: list[Unit],
    probs: NDArray[np.float64],
    col: dict[str, NDArray[np.float64]],
    back: NDArray[np.float64],
    blocks: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Reads ending at a path address that no block covers: each grows backward while the units
    before it score at least :data:`ANCHOR_GROW`, stopping at another block, a break cue, the show
    naming itself or a return cue. The show's own outro appeal is not one (:func:`_own_outro`)."""
    covered = np.zeros(len(units), dtype=bool)
    for first, last in blocks:
        covered[first : last + 1] = True
    reads = []
    for i, unit in enumerate(units):
        if covered[i] or not PATH_ADDRESS.search(unit.text):
            continue
        first = i
        while first > 0 and not covered[first - 1] and probs[first - 1] >= ANCHOR_GROW:
            if col["break_cue"][first - 1] or back[first - 1]:
                break
            first -= 1
        if not _own_outro(units, col, first, i):
            reads.append((first, i))
            covered[first : i + 1] = True
    return reads


# The outro: the last tenth of the episode, where the show thanks its team and gives its own
# addresses (the show's own blocks in the ads-dev episodes start past 0.95). Earlier on, a promo
# for the show's newsletter or a pledge drive at its own address is counted as an ad.
OUTRO = 0.9


def _own_outro(units: list[Unit], col: dict[str, NDArray[np.float64]], first: int, last: int) -> bool:
    """Whether the block is the show's own outro: near the episode's end, no sponsor cue, and
    every address in it names the show ("how I built this at npr dot org" in an episode that
    says "this is How I Built This from NPR"). A block there with no web address but the show's
    own "subscribe wherever you get your podcasts" is the outro too."""
    if first < OUTRO * len(units) or col["start_cue"][first : last + 1].any():
        return False
    naming: set[str] = set()
    for i, unit in enumerate(units):
        if col["show_id"][i] and not col["start_cue"][i]:
            naming.update(t for t in normalise(unit.text).split() if len(t) > 2)
    domains = [m.group(1).lower() for u in units[first : last + 1] for m in DOMAIN.finditer(u.text)]
    if not domains:  # the show's own "subscribe wherever you get your podcasts"
        return any(has_phrase(normalise(u.text), "podcast_address_cues.txt") for u in units[first : last + 1])
    return all(d in naming for d in domains)


def _split_at_show(
    blocks: list[tuple[int, int]], col: dict[str, NDArray[np.float64]], back: NDArray[np.float64]
) -> list[tuple[int, int]]:
    """Blocks split where the show names itself or signs off between one read's address and the
    next read's cue or address: two reads with a stretch of show between them."""
    ends = np.maximum(col["url"], col["promo"])
    opens = np.maximum(ends, col["start_cue"])
    out = []
    for first, last in blocks:
        for i in range(first + 1, last):
            if back[i] and ends[first:i].any() and opens[i + 1 : last + 1].any():
                out.append((first, i - 1))
                first = i + 1
        out.append((first, last))
    return out


@cache
def load_model() -> AdModel:
    path = resources.files("storyline.data").joinpath("clean", "ad_model.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != feature_names():
        log.warning("ad model was trained on other features; retrain with benchmarks/train_ads.py")
    return AdModel(
        stage1=np.asarray(data["stage1"], dtype=float),
        stage2=np.asarray(data["stage2"], dtype=float),
        threshold=float(data["threshold"]),
        switch_cost=float(data["switch_cost"]),
        word_scores={str(k): float(v) for k, v in data["word_scores"].items()},
        tail_keep=float(data.get("tail_keep", TAIL_KEEP)),
    )


def find_ads(
    raw: str,
    start: int = 0,
    end: int | None = None,
    model: AdModel | None = None,
    settings: Settings | None = None,
) -> list[Cut]:
    """Cuts (reason ``ad``) for the ad blocks of the transcript ``raw[start:end]``."""
    model = model or load_model()
    units = split_units(raw, start, end)
    base = base_features([u.text for u in units], model.word_scores)
    probs = model.score(units, base)
    cuts = []
    for first, last in trim_blocks(units, probs, model.blocks(probs), base, model.tail_keep, settings):
        stop = units[last + 1].start if last + 1 < len(units) else units[last].end
        cuts.append(Cut(units[first].start, stop, "ad"))
    return cuts
