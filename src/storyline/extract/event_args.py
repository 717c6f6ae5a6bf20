"""Arguments of an event trigger: participants, place and quantity, from the dependency parse.

Participants are document-local entity keys. An argument that names no entity itself is
resolved the way a reader would: a pronoun ("it", "they", a quote's "we") points back to what
the text has just been about (:mod:`storyline.extract.event_pronouns`); a description ("the
company", "the two leaders") is resolved by the entity stage's
:mod:`storyline.extract.descriptions`, the same resolver quote speakers use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.extract.description_mentions import most_mentioned
from storyline.extract.descriptions import LOOKBACK, DescriptionResolver
from storyline.extract.event_lexicon import load_lexicon
from storyline.extract.event_pronouns import pronoun_entities
from storyline.extract.event_voices import quote_voices
from storyline.records import LocalEntity, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependency labels (ClearNLP, as spaCy's English pipelines use) that carry a verb's arguments.
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
OBJECTS = {"dobj", "iobj", "dative", "attr", "oprd"}
# A noun trigger's own arguments: "Russia's invasion", "the Airbus delivery", "sales of the A380".
NOUN_ARGS = {"poss", "compound", "nmod", "amod"}
ARG_PREPS = {"of", "by", "with", "between", "to", "from", "for", "against", "among", "on", "into"}
# Prepositions of a comparison: "more orders than Airbus", "a jet like the Lumo" name
# something the event is measured against, which takes no part in it.
COMPARISON_PREPS = {"than", "like", "unlike"}
# Prepositions that place an event noun in time relative to the verb's event ("after a flight").
TEMPORAL_PREPS = {"after", "before", "during", "following"}
# Verbs that put their subject in the state a prepositional noun names ("is on leave").
STATE_VERBS = {"be", "have", "remain", "stay"}
PLACE_PREPS = {"in", "at", "to", "near", "inside", "outside", "into"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Words that take a part of what follows "of": "one of", "the first of", "some of", "many of".
PARTITIVE_POS = {"NUM", "ADJ", "DET"}


@dataclass
class EntityLocator:
    """Which entity each token belongs to, and which entities were mentioned before a token."""

    parsed: Doc
    entities: dict[str, LocalEntity]
    by_token: dict[int, str] = field(default_factory=dict)
    order: list[tuple[int, str]] = field(default_factory=list)  # (token index, entity key)
    containers: dict[str, str] = field(default_factory=dict)  # place key -> the place it lies in
    descriptions: DescriptionResolver = field(init=False)  # "the company", "the two leaders"
    voices: dict[int, list[str]] = field(default_factory=dict)  # "we" in a quote -> the speaker's side

    @classmethod
    def build(
        cls,
        parsed: Doc,
        entities: Iterable[LocalEntity],
        mentions: Iterable[Mention],
        quotes: Iterable[Quote] = (),
        descriptions: DescriptionResolver | None = None,
    ) -> EntityLocator:
        """``descriptions`` is the document's shared resolver (built here when not given)."""
        locator = cls(parsed, {e.key: e for e in entities})
        mentions = list(mentions)
        if descriptions is None:
            descriptions = DescriptionResolver.for_document(parsed, locator.entities.values(), mentions)
        full = descriptions.full
        locator.descriptions = descriptions
        locator.by_token = descriptions.by_token
        locator.order = [(i, key) for i, key, _ in descriptions.order]
        locator.containers = _containers(locator)
        locator.voices = quote_voices(parsed, quotes, locator.entities, mentions, locator.by_token, full)
        return locator

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def salient(self, before: int, types: set[str]) -> list[str]:
        """The entity of ``types`` mentioned most often before token ``before``, if any."""
        return most_mentioned(key for i, key in self.order if i < before and self.type_of(key) in types)

    def recent(self, before: int, types: set[str], count: int = 1) -> list[str]:
        """The last ``count`` distinct entities of ``types`` mentioned before token ``before``, within
        ``LOOKBACK`` tokens: a pronoun points as far back as a description does."""
        found: list[str] = []
        for i, key in reversed(self.order):
            if i >= before:
                continue
            if before - i > LOOKBACK:
                break
            if self.type_of(key) in types and key not in found:
                found.append(key)
                if len(found) == count:
                    break
        return found


def _containers(locator: EntityLocator) -> dict[str, str]:
    """Places the document locates in a larger one by apposition: "Vladivostok, Russia",
    "Toulouse, France" (the first reading given wins)."""
    found: dict[str, str] = {}
    for index, key in locator.by_token.items():
        if locator.type_of(key) not in PLACE_TYPES:
            continue
        for child in locator.parsed[index].children:
            outer = locator.by_token.get(child.i)
            if child.dep_ == "appos" and outer is not None and outer != key and locator.type_of(outer) == "GPE":
                found.setdefault(key, outer)
    return found


def entities_of(token: Token, locator: EntityLocator) -> list[str]:
    """The entities an argument token stands for, with its conjuncts ("Russia and China")."""
    keys: list[str] = []
    for item in (token, *token.conjuncts):
        for key in _entities_of_one(item, locator):
            if key not in keys:
                keys.append(key)
    return keys


def _entities_of_one(token: Token, locator: EntityLocator) -> list[str]:
    key = locator.by_token.get(token.i)
    if key is not None:
        return [key, *_named_appositions(token, key, locator)]
    if token.pos_ in PARTITIVE_POS:
        # "one of the Lumo phones", "the first of the new trucks", "some of them": the part
        # stands for the whole named after "of"
        whole = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
        return [k for c in whole if c.dep_ == "pobj" for k in entities_of(c, locator)]
    if token.pos_ == "PRON":
        return pronoun_entities(token, locator, entities_of)
    if token.pos_ in {"NOUN", "PROPN"}:
        # "the company", "the two leaders", "the plane": a description refers back
        reference = locator.descriptions.resolve(token)
        if reference is not None:
            return list(reference.entities)
        # "leader Kim Jong Un", "the ministry's spokesman": a name inside the noun phrase
        inner = (c for c in token.children if c.dep_ in {"appos", "compound", "nmod"})
        named = [locator.by_token[c.i] for c in inner if c.i in locator.by_token]
        if named:
            # "Airbus President Louis Gallois said": the person speaks, not the company
            people = [k for k in named if locator.type_of(k) == "PERSON"]
            if people:
                return people[:1]
            # "the Airbus A380 deliveries": the maker named before its product takes part too
            return list(dict.fromkeys(named))
    return []


def _named_appositions(token: Token, key: str, locator: EntityLocator) -> list[str]:
    """ "the newest Lumo, the Lumo 5, was shown": a name in apposition to a name of the same
    type is the same thing said more exactly. Places are left out: "Graz, Austria" is a place
    inside another, which :func:`_containers` reads."""
    kind = locator.type_of(key)
    if kind in PLACE_TYPES:
        return []
    found = []
    for child in token.children:
        other = locator.by_token.get(child.i)
        if child.dep_ == "appos" and other is not None and other != key and locator.type_of(other) == kind:
            found.append(other)
    return found


def argument_tokens(trigger: Token) -> list[Token]:
    """The tokens that fill a trigger's participant slots."""
    args: list[Token] = []
    if trigger.pos_ in {"VERB", "AUX"}:
        args.extend(c for c in trigger.children if c.dep_ in SUBJECTS | OBJECTS)
        for child in trigger.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ not in COMPARISON_PREPS):
                args.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "dobj":
                # "shipped shells to Syria": the recipient often hangs off the object
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ARG_PREPS - {"of"}:
                        args.extend(c for c in prep.children if c.dep_ == "pobj")
        if not any(c.dep_ in SUBJECTS for c in trigger.children):
            args.extend(_inherited_subjects(trigger))
    else:
        for child in trigger.children:
            if child.dep_ in NOUN_ARGS:
                args.append(child)
            elif child.dep_ == "prep" and child.lower_ not in COMPARISON_PREPS:
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    args.append(obj)
                    # "a delivery of arms from North Korea": the source hangs off the object
                    args.extend(g for p in obj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
        if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in load_lexicon().cues:
            # "X cancelled the summit", "X plans a visit": who plans or calls it off takes part
            args.extend(c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubjpass"})
        if trigger.dep_ in {"dobj", "attr"} and trigger.head.pos_ == "VERB":
            # "Kim made a visit", "the two sides held talks": the light verb's subject takes part
            args.extend(c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubjpass"})
            for prep in (c for c in trigger.head.children if c.dep_ == "prep"):
                args.extend(c for c in prep.children if c.dep_ == "pobj")
        if trigger.dep_ == "compound" and trigger.head.pos_ in {"NOUN", "PROPN"}:
            args.append(trigger.head)
        if trigger.dep_ == "pobj" and trigger.head.lower_ in TEMPORAL_PREPS and trigger.head.head.pos_ == "VERB":
            # "landed after a 12-hour flight": who lands made the flight
            verb = trigger.head.head
            args.extend(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
            if not any(c.dep_ in SUBJECTS for c in verb.children):
                args.extend(_inherited_subjects(verb))
        if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.lemma_ in STATE_VERBS:
            # "he would be on medical leave", "a jet it has under development": the subject is
            # in the state the noun names
            args.extend(c for c in trigger.head.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    if trigger.dep_ in {"relcl", "acl"} and trigger.pos_ in {"VERB", "AUX"}:
        args.append(trigger.head)  # "the company that sold ...", "the first A380, made by Airbus"
    return args


def _inherited_subjects(trigger: Token) -> list[Token]:
    """Subjects shared from a governing verb: "X arrived and met Y", "X is expected to meet Y",
    "X is willing to pay" (through the adjective to its copula)."""
    head = trigger
    for _ in range(3):
        if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ in {"VERB", "AUX"}:
            # "unveiled the device by walking onto the stage", "flew after lifting off": the
            # verb the preposition hangs on shares its subject
            head = head.head.head
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                return subjects
            continue
        if head.dep_ not in {"conj", "xcomp", "advcl", "acl", "acomp"} or head.head.i == head.i:
            return []
        if head.dep_ == "acl":
            return [head.head]  # "the two leaders, expected to meet ...": the noun is the subject
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in load_lexicon().object_control:
            # "asked Jan Berg to lead", "prompting Norvik to sue": the object does what follows
            controllers = [c for c in head.head.children if c.dep_ in {"dobj", "dative"} and c.i < head.i]
            if controllers:
                return controllers
        head = head.head
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects
    return []


def find_place(trigger: Token, locator: EntityLocator, origin_ok: bool = True) -> str | None:
    """A GPE/LOC/FAC in an "in/at" phrase of the trigger (or of its clause's verb), or the
    noun a "where" clause hangs on ("the city of Vladivostok, where they will meet").
    ``origin_ok=False`` (travel) leaves out "outside X": a trip outside a country is not to it."""
    if any(c.lower_ == "where" and c.dep_ == "advmod" for c in trigger.children):
        clause = trigger
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head  # "where they are expected to meet": the clause is "expected"
        if clause.dep_ == "relcl":
            for item in clause.head.subtree:
                key = locator.by_token.get(item.i)
                if key is not None and locator.type_of(key) in PLACE_TYPES and item.i < clause.i:
                    return key
    heads = [trigger]
    if trigger.pos_ not in {"VERB", "AUX"} and trigger.head.pos_ == "VERB":
        heads.append(trigger.head)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or (prep.lower_ == "outside" and not origin_ok):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # "at the Vostochny Cosmodrome", "at the United Nations": a named site is a place
                kinds = PLACE_TYPES | {"ORG"} if prep.lower_ == "at" else PLACE_TYPES
                for item in (obj, *(c for c in obj.subtree if c.dep_ in {"compound", "appos", "pobj"})):
                    key = locator.by_token.get(item.i)
                    if key is not None and locator.type_of(key) in kinds:
                        return key
    return None


_QUANTITY_HEAD = re.compile(r"\d|million|billion|thousand|hundred|dozens?|scores?", re.IGNORECASE)


def find_quantity(trigger: Token) -> str | None:
    """The amount of the thing an event moves: "as many as 5 million shells", "$2 billion"."""
    for child in trigger.children:
        if child.dep_ not in {"dobj", "nsubjpass", "attr", "pobj"} and not (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            continue
        obj = child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        numbers = [c for c in obj.children if c.dep_ in {"nummod", "quantmod"} or c.like_num]
        if numbers or any(c.dep_ == "nummod" for c in obj.subtree if c.head == obj):
            left = min(t.i for t in obj.subtree if t.i <= obj.i)
            words = obj.doc[left : obj.i + 1]
            text = words.text
            if _QUANTITY_HEAD.search(text):
                return text
    return None


__all__ = ["EntityLocator", "argument_tokens", "entities_of", "find_place", "find_quantity"]
