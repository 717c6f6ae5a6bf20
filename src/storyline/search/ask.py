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
from collections.abc import Callable, Sequence
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


def _data_lines(name: str) -> list[str]:
    """The lines of ``data/search/NAME`` that are neither blank nor comments, stripped."""
    text = resources.files("storyline.data").joinpath("search", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def stopwords() -> frozenset[str]:
    return frozenset(_data_lines("stopwords.txt"))


@functools.cache
def question_cues() -> dict[str, frozenset[str]]:
    """Cue words by the evidence kind they ask for ("speech", "event"): data/search/question_cues.txt."""
    cues: dict[str, set[str]] = {}
    for line in _data_lines("question_cues.txt"):
        kind, word = line.split()
        cues.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in cues.items()}


@functools.cache
def question_events() -> dict[str, frozenset[str]]:
    """Event types a question word asks about ("get" -> supply, aid, sell): data/search/question_events.txt."""
    types: dict[str, set[str]] = {}
    for line in _data_lines("question_events.txt"):
        kind, word = line.split()
        types.setdefault(word, set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in types.items()}


class _EventTypes:
    """The type of an event unit's event, read from its stored document once per document."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._types: dict[str, dict[str, str]] = {}

    def of(self, unit: SearchUnit) -> str | None:
        if unit.kind not in ("event", "claim") or not unit.ref or unit.ref.startswith("q"):
            return None
        if unit.doc not in self._types:
            stored = self._store.get_document(unit.doc)
            events = stored.analysis.events if stored and stored.analysis else ()
            self._types[unit.doc] = {event.key: event.type for event in events}
        return self._types[unit.doc].get(unit.ref)


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
    related = _related_words(terms)
    if related:
        # Words for the same kind of event ("get" -> send, provide, ship): in a corpus where every
        # sentence names the same countries, they find the event the question is about.
        hits += _normalised(index.search(Query(" ".join((*terms, *related)), limit=CANDIDATES, mode="any")))
    if similar is not None:
        hits += _normalised(similar.search(Query(question, limit=CANDIDATES)))
    ranked = _rerank(hits, terms, entities, {w.lower() for w in words}, _EventTypes(store).of)
    ranked = _giver_first(ranked, question)
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


# "What does X get from Y?": the question names a recipient before a receiving verb and a giver
# after "from". News reports transfers mostly in the active voice, giver first ("Y sent X ...",
# "Y has been supplying X"), so evidence naming the giver before the recipient is nudged up and
# evidence naming them the other way round (likely the opposite transfer) is nudged down.
_RECEIVES = re.compile(
    r"(?P<recipient>.+?)\s+(?:get|gets|got|receive|receives|received|obtain|obtains|gain|gains)\b"
    r".*?\bfrom\s+(?P<giver>[^?.!,]+)",
    re.IGNORECASE,
)
GIVER_FIRST_BONUS = 0.15  # about one covered question word's worth; chosen on the tests' sample story


def _giver_first(ranked: list[Evidence], question: str) -> list[Evidence]:
    match = _RECEIVES.search(question)
    if not match:
        return ranked
    recipient = _last_name_words(match["recipient"])
    giver = _last_name_words(match["giver"])
    if not recipient or not giver:
        return ranked
    giver_at, recipient_at = _name_pattern(giver), _name_pattern(recipient)
    out = []
    for evidence in ranked:
        g, r = giver_at.search(evidence.unit.text), recipient_at.search(evidence.unit.text)
        bonus = 0.0
        if g and r:
            bonus = GIVER_FIRST_BONUS if g.start() < r.start() else -GIVER_FIRST_BONUS
        out.append(Evidence(evidence.unit, round(evidence.score + bonus, 4), evidence.matches))
    return sorted(out, key=lambda e: (-e.score, e.unit.doc, e.unit.start))


def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.IGNORECASE)


def _last_name_words(phrase: str) -> str:
    """The capitalised words that end a phrase ("what does North Korea" -> "north korea")."""
    words = phrase.split()
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or (name and word.lower() in stopwords()):
            break
        name.insert(0, word)
    return " ".join(name).lower()


def _related_words(terms: Sequence[str]) -> tuple[str, ...]:
    """Other words of the event types the question's words ask about, not already in the question."""
    by_word = question_events()
    kinds = {kind for term in terms for kind in by_word.get(term, ())}
    return tuple(sorted(word for word, types in by_word.items() if types & kinds and word not in terms))


def _normalised(hits: list[Hit]) -> list[Hit]:
    """Scores divided by the best one, so lists from different indexes can be merged."""
    top = max((h.score for h in hits), default=1.0)
    return [dataclasses.replace(h, score=h.score / top if top > 0 else 0.0) for h in hits]


def _rerank(
    hits: list[Hit],
    terms: Sequence[str],
    entities: Sequence[str],
    words: set[str],
    event_type: Callable[[SearchUnit], str | None] = lambda unit: None,
) -> list[Evidence]:
    stems = {stem(t): t for t in terms}
    wants_speech = bool(words & question_cues().get("speech", frozenset()))
    wants_event = bool(words & question_cues().get("event", frozenset()))
    best: dict[tuple[str, str, int, int], Evidence] = {}
    entity_words = {w.lower() for name in entities for w in _TOKEN.findall(name)}
    for hit in hits:
        unit = hit.unit
        unit_stems = {stem(t.lower()) for t in _TOKEN.findall(unit.text)}
        # Coverage counts the question's topic words; the entity's own words are scored apart.
        topic = set(stems) - {stem(w) for w in entity_words} or set(stems)
        # An event covers the question words that ask about its type, however its sentence puts it.
        kind_of_event = event_type(unit)
        asked = {s for s in topic if kind_of_event and kind_of_event in question_events().get(stems[s], ())}
        coverage = len(topic & (unit_stems | asked)) / len(topic)
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
    return _one_per_span(sorted(out, key=lambda e: (-e.score, e.unit.doc, e.unit.start)))


def _one_per_span(ranked: list[Evidence]) -> list[Evidence]:
    """Of evidence of one kind whose spans overlap (a claim event and its indirect quote), the best."""
    kept: list[Evidence] = []
    for evidence in ranked:
        unit = evidence.unit
        if not any(
            k.unit.kind == unit.kind and k.unit.doc == unit.doc and k.unit.start < unit.end and unit.start < k.unit.end
            for k in kept
        ):
            kept.append(evidence)
    return kept


__all__ = ["Answer", "Answerer", "Evidence", "ask", "named_entities", "stopwords"]
