"""Groups of one document's name mentions, merged by the linking rules, with the type each takes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from storyline.extract.entity_names import is_acronym
from storyline.extract.entity_products import PRODUCT_CUE_NOTE
from storyline.extract.entity_tokens import Candidate
from storyline.extract.entity_types import BUSINESS_NOTE, ORG_NOUN_NOTE

# Notes of mentions typed from the words around them rather than by the tagger.
_TYPE_EVIDENCE = frozenset({ORG_NOUN_NOTE, PRODUCT_CUE_NOTE, BUSINESS_NOTE})


@dataclass
class Group:
    key: str
    canonical: str | None = None  # gazetteer name, when known
    kind: str | None = None  # gazetteer type, when known
    members: list[Candidate] = field(default_factory=list)
    why: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.key.split()

    def label(self) -> str:
        if self.kind:
            return self.kind
        # Full names decide: the tagger types "Trump" alone as an ORG far more often than
        # "Donald Trump", so one-word mentions vote only when no longer name is there.
        names = [c for c in self.members if c.form == "name"] or self.members
        full = [c for c in names if " " in c.name]
        # A type read from the words around a one-word name ("Ryanair CEO", "its iPods") beats
        # the tagger's guesses on the bare word.
        evidence = Counter(c.label for c in names if c.note in _TYPE_EVIDENCE)
        if evidence and not full:
            return evidence.most_common(1)[0][0]
        counts = Counter(c.label for c in full or names)
        return counts.most_common(1)[0][0]

    def type_cue(self) -> str:
        """The note of a mention whose surrounding words gave the group its type, else ''."""
        label = self.label()
        return next((c.note for c in self.members if c.note in _TYPE_EVIDENCE and c.label == label), "")

    def first(self) -> int:
        return min(c.start for c in self.members)


class Groups:
    """Union-find over group keys."""

    def __init__(self) -> None:
        self.groups: dict[str, Group] = {}
        self.parent: dict[str, str] = {}
        self.key_of: dict[tuple[int, int], str] = {}  # mention span -> the key it was added under

    def add(self, key: str, cand: Candidate, canonical: str | None, kind: str | None) -> None:
        if key not in self.groups:
            self.groups[key] = Group(key, canonical, kind)
            self.parent[key] = key
        group = self.groups[self.find(key)]
        group.members.append(cand)
        self.key_of[(cand.start, cand.end)] = key

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def merge(self, small: str, big: str, why: str) -> None:
        a, b = self.find(small), self.find(big)
        if a == b:
            return
        self.parent[a] = b
        into, come = self.groups[b], self.groups.pop(a)
        into.members.extend(come.members)
        into.why.extend(come.why)
        into.why.append(why)
        if into.canonical is None and come.canonical is not None:
            into.canonical, into.kind = come.canonical, come.kind

    def roots(self) -> list[Group]:
        return sorted(self.groups.values(), key=lambda g: g.first())


def display(group: Group) -> str:
    return group.canonical or best_name(group)


def best_name(group: Group) -> str:
    names = [c.name for c in group.members if c.form == "name" and c.target is None] or [c.name for c in group.members]
    counts = Counter(names)
    order = {n: i for i, n in reversed(list(enumerate(names)))}
    return max(counts, key=lambda n: (not is_acronym(n), len(n.split()), counts[n], -order[n]))


__all__ = ["Group", "Groups", "best_name", "display"]
