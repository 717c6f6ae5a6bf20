"""Definite descriptions that refer back to named entities: "the company", "the carrier", "the
agency", "the government", "the plane", "the two leaders".

News names an entity once and then calls it by its kind. One resolver serves every stage that
meets such a description (quote speakers, event participants), so "the company" is the same
firm for a quote and for an event of one sentence. The referent is what a reader takes:

- a fitting name inside the noun phrase ("the budget airline Skyvolt", "the leaders of A and
  B", "the government in Oslo" for Norway, "the German government" for Germany);
- else, for a definite noun ("the", "this", "both", a number), the entities of a fitting kind
  named last before it, within a few sentences (``LOOKBACK``); a plural takes as many as it
  counts ("the two leaders");
- else the entity of that kind the report mentions most (what it is about).

A noun of several kinds tries them in order, and a later kind only when the report names
nothing of the earlier one: "the plane" is the aircraft the report is about before the maker
named last.

Fitting kinds come from ``data/entities/descriptions.tsv``: a firm is no public body; an agency
is an organisation that is no firm, party, school or charity; a country is one the gazetteer
knows; "the airline" wants a firm named or called an airline, else the firm named last. An
outlet that carried the news ("told Reuters", "(AP) -", a known outlet's name) is neither firm
nor agency. A reporter of the clause is never among its referents ("aide X said the leaders
may sign"). Unresolved descriptions keep their words and no entity: never a guess dressed as a
fact.

The nouns and the word lists of kinds live in :mod:`storyline.extract.description_words`; the
full names, outlets and most mentioned entity read from the mentions in
:mod:`storyline.extract.description_mentions`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.extract.description_mentions import _is_outlet, full_names, most_mentioned
from storyline.extract.description_words import (
    _WORD,
    DescriptionNoun,
    _civil_words,
    _countries,
    _designators,
    _last_word,
    _same_kind,
    _words,
    description_nouns,
    public_body_words,
)
from storyline.extract.entity_lexicon import lexicon as entity_lexicon
from storyline.extract.entity_names import name_key
from storyline.ingest.outlets import is_known_outlet
from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How far back (in tokens) a description may point: about two to three sentences of news
# prose, beyond which the nearest fitting name is rarely the one meant.
LOOKBACK = 80
# Determiners that make a noun refer back, and the number of referents they ask for.
_DEFINITE = {"the": 1, "this": 1, "these": 2, "both": 2, "two": 2, "three": 3, "four": 4}
# Modifiers that make the noun another entity than the one named ("a rival company").
_OTHER = frozenset({"other", "another", "rival", "second", "parent", "sister"})
# A new organisation is another than the ones named ("the new company"); a new product is
# mostly the one the report is about ("the new phone").
_NEW = frozenset({"new"})
# Letters a nationality shares with its country's name ("Germ-an", "Chin-ese", "Mexi-can");
# shorter stems match other countries ("Ir-ish", "Ir-an").
_STEM = 4
# Dependents that narrow a person's role ("the minority leader").
_ROLE_MODIFIERS = frozenset({"amod", "compound"})
# Verbs whose subject reports the clause below them.
_REPORTING = frozenset({"say", "tell", "add", "state", "announce", "report"})
# Characters either side of a mention searched for the kind noun ("the budget airline Jetwing",
# "Jetwing, a carrier based in ..."): a short apposition or a class noun before the name.
_AROUND = 40
# A class noun stands right before the name, at most this many words before it ("the low-cost
# airline Jetwing"); punctuation ends the search either way.
_CLASS_WORDS = 3
_CLAUSE_BREAK = re.compile(r"[,.;:()\n]")


@dataclass(frozen=True, slots=True)
class Reference:
    """A description and what it refers to: ``entities`` is empty when nothing fits."""

    start: int  # characters of the head noun
    end: int
    noun: str
    entities: tuple[str, ...] = ()
    basis: str = ""  # "named" (inside the phrase), "recent", "salient" or "" (unresolved)


@dataclass
class DescriptionResolver:
    """Resolves the definite descriptions of one parsed document to its entities."""

    parsed: Doc
    entities: dict[str, LocalEntity]
    by_token: dict[int, str] = field(default_factory=dict)  # token index -> entity key
    order: list[tuple[int, str, Mention]] = field(default_factory=list)  # by token index
    _outlets: set[int] = field(default_factory=set)  # mention starts that are outlets
    _kinds: dict[tuple[str, int], bool] = field(default_factory=dict)  # (noun, mention start) -> fits
    text: str = ""
    _cache: dict[int, Reference | None] = field(default_factory=dict)  # token index -> reference
    full: dict[str, str] = field(default_factory=dict)  # short name key -> full name key

    @classmethod
    def for_document(
        cls, parsed: Doc, entities: Iterable[LocalEntity], mentions: Iterable[Mention]
    ) -> DescriptionResolver:
        """The one resolver every stage of a document shares; a person's short name stands for
        the full name the document uses, so one person is one referent everywhere."""
        entities, mentions = tuple(entities), tuple(mentions)
        return cls.build(parsed, entities, mentions, full_names(entities, mentions))

    @classmethod
    def build(
        cls,
        parsed: Doc,
        entities: Iterable[LocalEntity],
        mentions: Iterable[Mention],
        full: dict[str, str] | None = None,
    ) -> DescriptionResolver:
        """``full`` maps short names to the entity they stand for ("Putin" -> "Vladimir Putin")."""
        full = full or {}
        resolver = cls(parsed, {e.key: e for e in entities}, text=parsed.text, full=full)
        for mention in mentions:
            span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or mention.entity not in resolver.entities:
                continue
            key = full.get(mention.entity, mention.entity)
            for token in span:
                resolver.by_token.setdefault(token.i, key)
            resolver.order.append((span.start, key, mention))
            if _is_outlet(resolver.text, span, mention):
                resolver._outlets.add(mention.start)
        resolver.order.sort(key=lambda item: (item[0], item[2].start))
        return resolver

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    # -- descriptions -----------------------------------------------------------------------------
    def resolve(self, token: Token) -> Reference | None:
        """What the description headed by ``token`` refers to; None when it is no description."""
        if token.i not in self._cache:
            self._cache[token.i] = self._resolve(token)
        return self._cache[token.i]

    def _resolve(self, token: Token) -> Reference | None:
        entry = description_nouns().get(token.lower_)
        if entry is None or token.i in self.by_token or token.pos_ not in {"NOUN", "PROPN"}:
            return None
        end = token.idx + len(token.text)
        named = self._named_inside(token, entry)
        if named is not None:
            return Reference(token.idx, end, entry.noun, tuple(named), "named" if named else "")
        determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "predet"}}
        other = _OTHER | _NEW if entry.kind else _OTHER  # "the new aircraft" is the one described
        if not determiners & _DEFINITE.keys() or any(w.lower_ in other for w in token.lefts):
            return Reference(token.idx, end, entry.noun)
        if entry.types == ("PERSON",) and any(c.dep_ in _ROLE_MODIFIERS and c.is_lower for c in token.children):
            # "the minority leader", "the former president": a role of its own, not the person
            # named last (a title is written capitalised: "the Prime Minister")
            return Reference(token.idx, end, entry.noun)
        count = max((_DEFINITE.get(d, 1) for d in determiners), default=1)
        if token.tag_ in {"NNS", "NNPS"} and count == 1:
            count = 2
        # "aide X said the leaders may sign ...": the reporter is not one of the leaders
        reporters = self._reporters(token)
        if count == 1:
            found, basis = self._one(token, entry, reporters)
        else:
            found, basis = self._recent(token, entry, set(entry.types), count, reporters), "recent"
        return Reference(token.idx, end, entry.noun, tuple(found), basis if found else "")

    def _one(self, token: Token, entry: DescriptionNoun, reporters: set[str]) -> tuple[list[str], str]:
        """The one entity a singular description refers to, and on what basis."""
        # "the store" after "the Lumen Music Store": a name that ends in the noun is the one meant
        found = self._recent(token, entry, set(entry.types), 1, reporters, head=token.lemma_.lower())
        if found:
            return found, "recent"
        # "the plane" after "Airbus" and "the A380": the first type listed comes first, and a
        # later one stands in only when the report names nothing of the first ("the plane" is
        # the product the report is about, though its maker was named last)
        for kind in entry.types:
            found = self._recent(token, entry, {kind}, 1, reporters)
            if found:
                return found, "recent"
            # "the aircraft" with no fitting name in the last sentences: the document's main
            # entity of that kind (what the report is about)
            found = self._salient(token, entry, {kind}, reporters)
            if found:
                return found, "salient"
        if not entry.markers:
            return [], "salient"
        # "the airline" when no firm is named or called one (an acronym, "ANA"): the firm
        # named last, as for "the company"
        plain = dataclasses.replace(entry, noun=f"{entry.noun}*", markers=frozenset())
        return self._recent(token, plain, set(entry.types), 1, reporters), "recent"

    def _named_inside(self, token: Token, entry: DescriptionNoun) -> list[str] | None:
        """ "the budget carrier Skyvolt", "the leaders of A and B": the names the phrase holds;
        None when it holds none. A name of another kind only modifies the phrase ("a Norwegian
        law firm", "the US manufacturer", "a GOP leader"); a nationality names no country we
        can tell ("the Irish government" is not the country named last): no referent then."""
        inner = [c for c in token.children if c.dep_ in {"appos", "compound", "nmod", "amod"}]
        named = list(dict.fromkeys(self.by_token[c.i] for c in inner if c.i in self.by_token))
        fitting = [k for k in named if self.type_of(k) in entry.types]
        if fitting:
            return fitting
        if "GPE" in entry.types and any(c.ent_type_ == "NORP" or c.i in self.by_token for c in inner):
            # "the Mexican government": the country the nationality is named after, when the
            # document names it; never the country named last
            return [k for c in inner if c.ent_type_ == "NORP" for k in self._country_named(c.text)][:1]
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                # "the leaders of China and Japan", "the government of France": the named
                # parties stand for them
                objects = [o for p in prep.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
                keys = [k for o in objects for k in self._named_or_described(o)]
                if keys:
                    return list(dict.fromkeys(keys))
            elif prep.dep_ == "prep" and prep.lower_ == "in" and entry.kind == "state":
                # "the government in Kabul": the seat of a government stands for its country
                places = [self.by_token[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in self.by_token]
                keys = [self._country_of(k) for k in places if self.type_of(k) == "GPE"]
                if keys:
                    return keys[:1]
        return None

    def _country_named(self, nationality: str) -> list[str]:
        """The one country of the document whose name shares its stem with ``nationality``
        ("Mexican" - "Mexico", "Saudi" - "Saudi Arabia"); none when several or none do."""
        stem = nationality.lower()[:_STEM]
        found = [
            k
            for k, e in self.entities.items()
            if e.type == "GPE" and len(stem) == _STEM and any(w.lower().startswith(stem) for w in e.name.split())
        ]
        return found if len(found) == 1 else []

    def _country_of(self, key: str) -> str:
        """The country a capital is the seat of, when the document names it; else the place."""
        country = entity_lexicon().capitals.get(name_key(self.entities[key].name))
        if country is None:
            return key
        wanted = name_key(country)
        return next((k for k, e in self.entities.items() if e.type == "GPE" and name_key(e.name) == wanted), key)

    def _named_or_described(self, token: Token) -> list[str]:
        key = self.by_token.get(token.i)
        if key is not None:
            return [key]
        reference = self.resolve(token)
        return list(reference.entities) if reference else []

    def _fits(self, key: str, mention: Mention, entry: DescriptionNoun) -> bool:
        """Whether the entity named by ``mention`` is of the noun's kind (asked once per pair)."""
        fits = self._kinds.get((entry.noun, mention.start))
        if fits is None:
            fits = self._kinds[(entry.noun, mention.start)] = self._kind_fits(key, mention, entry)
        return fits

    def _kind_fits(self, key: str, mention: Mention, entry: DescriptionNoun) -> bool:
        entity = self.entities[key]
        if entry.kind == "state":
            return entity.type == "GPE" and name_key(entity.name) in _countries()
        if entity.type == "ORG" and mention.start in self._outlets:
            return False  # an outlet that carried the news is neither the firm nor the agency
        if entry.kind and is_known_outlet(entity.name):
            return False  # "a New York Times report found ... the agency said": the agency
        if entry.kind == "body":
            # "the agency": a body of government, which its name need not say ("Immigration and
            # Customs Enforcement"); not a firm, a party, a school or a charity
            words = _words(entity.name)
            return entity.type == "ORG" and not words & (_civil_words() | _designators())
        if entry.kind == "firm":
            if entity.type != "ORG" or _words(entity.name) & public_body_words():
                return False
            return not entry.markers or self._called(entity, mention, entry)
        return True

    def _called(self, entity: LocalEntity, mention: Mention, entry: DescriptionNoun) -> bool:
        """Whether the firm's name or a description of it holds one of the kind's words, or this
        mention stands with a noun of the kind ("the budget airline Jetwing", "Jetwing, a carrier")."""
        nouns = _same_kind(entry)
        markers = entry.markers | nouns
        if _words(entity.name) & markers or any(_words(d.text) & markers for d in entity.descriptions):
            return True
        text = self.text
        before = _WORD.findall(_CLAUSE_BREAK.split(text[max(0, mention.start - _AROUND) : mention.start])[-1])
        if {w.lower() for w in before[-_CLASS_WORDS:]} & nouns:
            return True
        after = text[mention.end : mention.end + _AROUND]
        return after.startswith(",") and bool(_words(_CLAUSE_BREAK.split(after[1:])[0]) & nouns)

    def _candidates(self, token: Token, entry: DescriptionNoun, types: set[str], skip: set[str]) -> Iterable[str]:
        """Fitting entities named before ``token``, the last first; an empty key marks the first
        one beyond ``LOOKBACK``."""
        for i, key, mention in reversed(self.order):
            if i >= token.i or key in skip or self.type_of(key) not in types:
                continue
            if self._fits(key, mention, entry):
                yield key if i >= token.i - LOOKBACK else ""

    def _recent(
        self, token: Token, entry: DescriptionNoun, types: set[str], count: int, skip: set[str], head: str = ""
    ) -> list[str]:
        """The last ``count`` distinct fitting entities named within ``LOOKBACK`` tokens before;
        with ``head``, only those whose name ends in that word."""
        found: list[str] = []
        for key in self._candidates(token, entry, types, skip):
            if not key:
                break
            if head and _last_word(self.entities[key].name) != head:
                continue
            if key not in found:
                found.append(key)
                if len(found) == count:
                    break
        return found

    def _salient(self, token: Token, entry: DescriptionNoun, types: set[str], skip: set[str]) -> list[str]:
        """The fitting entity mentioned most often before ``token``, if any."""
        return most_mentioned(
            key
            for i, key, mention in self.order
            if i < token.i and key not in skip and self.type_of(key) in types and self._fits(key, mention, entry)
        )

    def _reporters(self, token: Token) -> set[str]:
        """Entities that report the clause ``token`` is in (subjects of a speech verb above it)."""
        keys: set[str] = set()
        for head in token.ancestors:
            if head.pos_ == "VERB" and head.lemma_.lower() in _REPORTING:
                for subject in (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}):
                    # "their adviser Jean Dupont said": the name may be an apposition of the subject
                    for item in (subject, *(c for c in subject.children if c.dep_ in {"appos", "compound"})):
                        if item.i in self.by_token:
                            keys.add(self.by_token[item.i])
        return keys


__all__ = [
    "LOOKBACK",
    "DescriptionNoun",
    "DescriptionResolver",
    "Reference",
    "description_nouns",
    "full_names",
    "most_mentioned",
]
