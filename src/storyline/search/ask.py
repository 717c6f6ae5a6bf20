"""Ask: an extractive answer to a question, made only of spans of the captures.

The question is reduced to its content words (``data/search/stopwords.txt``) and the entities
it names; the index is searched for any of those words; the hits are re-ranked by how many of
the question's words they hold, whether they mention a named entity and what kind they are,
then grouped (quotes, claims, events, sentences). Nothing is generated: each piece of the
answer is a span of a document's clean text with its offsets. An :class:`Answerer` (an LLM,
later) may add a written answer over that evidence; without one the answer is the evidence.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Protocol

from storyline.search.engine import Hit, Query, SearchIndex, open_index, stem
from storyline.search.units import UNIT_KINDS, SearchUnit, UnitKind

if TYPE_CHECKING:
    from storyline.store.base import Store

_TOKEN = re.compile(r"\w+")
# How many index hits are re-ranked: enough that a sentence holding every question word but
# ranked low by BM25 (long sentence) still comes up; cheap on FTS5 even at 100k units.
CANDIDATES = 80
# Evidence scoring under this share of the best is left out. Chosen by reading answers on the
# tests' sample story: spans below it shared one common word with the question and nothing else.
MIN_SHARE = 0.4


@functools.cache
def stopwords() -> frozenset[str]:
    text = resources.files("storyline.data").joinpath("search/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def question_cues() -> dict[str, frozenset[str]]:
    """Cue words by the evidence kind they ask for ("speech", "event"): data/search/question_cues.txt."""
    text = resources.files("storyline.data").joinpath("search/question_cues.txt").read_text(encoding="utf-8")
    cues: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split()
            cues.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in cues.items()}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One span of a capture that supports the answer."""

    unit: SearchUnit
    score: float
    matches: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    terms: tuple[str, ...]  # the content words searched for
    entities: tuple[str, ...]  # names of the corpus entities the question names
    groups: tuple[tuple[UnitKind, tuple[Evidence, ...]], ...]  # best group first
    text: str | None = None  # a written answer from an Answerer; None for a purely extractive one

    @property
    def best(self) -> Evidence | None:
        found = [e for _, group in self.groups for e in group]
        return max(found, key=lambda e: e.score) if found else None

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(e for _, group in self.groups for e in group)


class Answerer(Protocol):
    """Writes an answer from the evidence (an LLM, say); None when it cannot."""

    def compose(self, question: str, evidence: Sequence[Evidence]) -> str | None: ...


def ask(
    question: str,
    store: Store,
    index: SearchIndex | None = None,
    per_group: int = 5,
    answerer: Answerer | None = None,
    similar: SearchIndex | None = None,
) -> Answer:
    """The evidence for ``question`` in ``store``, grouped by kind and ranked.

    ``similar`` is a second index searched with the whole question (sentence embeddings,
    ``storyline.search.semantic``): it finds sentences that say the same in other words.
    """
    index = index or open_index(store)
    words = _TOKEN.findall(question)
    terms = tuple(dict.fromkeys(w.lower() for w in words if w.lower() not in stopwords()))
    entities = named_entities(question, store)
    if not terms:
        return Answer(question, (), entities, ())
    hits = _normalised(index.search(Query(" ".join(terms), limit=CANDIDATES, mode="any")))
    if entities:
        hits += _normalised(index.search(Query(" ".join(terms), limit=CANDIDATES, mode="any"), entities))
    if similar is not None:
        hits += _normalised(similar.search(Query(question, limit=CANDIDATES)))
    ranked = _rerank(hits, terms, entities, {w.lower() for w in words})
    if ranked:
        ranked = [e for e in ranked if e.score >= MIN_SHARE * ranked[0].score]
    groups = []
    for kind in UNIT_KINDS:
        group = tuple(e for e in ranked if e.unit.kind == kind)[:per_group]
        if group:
            groups.append((kind, group))
    groups.sort(key=lambda g: -g[1][0].score)
    answer = Answer(question, terms, entities, tuple(groups))
    if answerer is not None and answer.groups:
        answer = Answer(question, terms, entities, answer.groups, answerer.compose(question, answer.evidence))
    return answer


def named_entities(question: str, store: Store) -> tuple[str, ...]:
    """Names of corpus entities the question names (a full name or alias, or a person's surname)."""
    tokens = {t.lower() for t in _TOKEN.findall(question)}
    capitalised = {t.lower() for t in _TOKEN.findall(question) if t[:1].isupper()}
    found: list[str] = []
    for entity in store.get_entities().entities:
        for name in (entity.name, *entity.aliases):
            parts = [p.lower() for p in _TOKEN.findall(name)]
            if not parts:
                continue
            # A one-word name counts only when capitalised: in lower case it is just a word.
            whole = all(p in tokens for p in parts) and (len(parts) > 1 or parts[0] in capitalised)
            surname = entity.type == "PERSON" and len(parts) > 1 and parts[-1] in capitalised
            if whole or surname:
                found.append(entity.name)
                break
    return tuple(dict.fromkeys(found))


def _normalised(hits: list[Hit]) -> list[Hit]:
    """Scores divided by the best one, so lists from different indexes can be merged."""
    top = max((h.score for h in hits), default=1.0)
    return [dataclasses.replace(h, score=h.score / top if top > 0 else 0.0) for h in hits]


def _rerank(hits: list[Hit], terms: Sequence[str], entities: Sequence[str], words: set[str]) -> list[Evidence]:
    stems = {stem(t) for t in terms}
    wants_speech = bool(words & question_cues().get("speech", frozenset()))
    wants_event = bool(words & question_cues().get("event", frozenset()))
    best: dict[tuple[str, str, int, int], Evidence] = {}
    entity_words = {w.lower() for name in entities for w in _TOKEN.findall(name)}
    for hit in hits:
        unit = hit.unit
        unit_stems = {stem(t.lower()) for t in _TOKEN.findall(unit.text)}
        # Coverage counts the question's topic words; the entity's own words are scored apart.
        topic = stems - {stem(w) for w in entity_words} or stems
        coverage = len(topic & unit_stems) / len(topic)
        mentions = {e.lower() for e in unit.entities} | {w.lower() for w in _TOKEN.findall(unit.text)}
        names_entity = any(
            name.lower() in mentions or _TOKEN.findall(name.lower())[-1:][0] in mentions for name in entities
        )
        # Weights: BM25 orders within the candidates, covering the question matters most, a
        # named entity is a strong cue; kind priors only break near-ties.
        score = 0.35 * hit.score + 0.45 * coverage + (0.2 if names_entity else 0.0)
        if unit.kind in ("quote", "claim"):
            score += 0.1 if wants_speech else 0.03
        elif unit.kind == "event":
            score += 0.1 if wants_event else 0.03
        key = (unit.kind, unit.doc, unit.start, unit.end)
        if key not in best or best[key].score < score:
            best[key] = Evidence(unit, round(score, 4), hit.matches)
    return _absorb_sentences(list(best.values()))


def _absorb_sentences(found: list[Evidence]) -> list[Evidence]:
    """Drop a sentence that holds a quote, claim or event found too; that one gets its score.

    The more specific span says the same with its speaker or date attached; showing both
    would fill the answer with the same words twice.
    """
    sentences = [e for e in found if e.unit.kind == "sentence"]
    out: list[Evidence] = []
    absorbed: set[int] = set()
    for evidence in found:
        if evidence.unit.kind == "sentence":
            continue
        unit = evidence.unit
        holders = [
            s for s in sentences if s.unit.doc == unit.doc and s.unit.start <= unit.start and unit.end <= s.unit.end
        ]
        score = max([evidence.score, *(s.score for s in holders)])
        absorbed.update(id(s) for s in holders)
        out.append(Evidence(unit, score, evidence.matches))
    out.extend(s for s in sentences if id(s) not in absorbed)
    return sorted(out, key=lambda e: (-e.score, e.unit.doc, e.unit.start))


__all__ = ["Answer", "Answerer", "Evidence", "ask", "named_entities", "stopwords"]
