"""The clusters cross-document resolution builds: document-local entities as nodes of a union-find.

The rules of :mod:`storyline.resolve.rules` and :mod:`storyline.resolve.product_rules` merge
nodes through :func:`merge_by_keys`, :func:`merge_blocks` or :meth:`Clusters.merge`, each merge with its reason.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storyline.extract.entity_lexicon import lexicon

# Types the tagger confuses for one referent ("Vostochny" ORG / FAC, "Crimea" GPE / LOC);
# a person is never merged with a non-person.
PLACE_LIKE = frozenset({"GPE", "LOC", "FAC"})
THING_LIKE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", "FAC"})


@dataclass
class Node:
    """One document-local entity with what the rules compare."""

    doc: str
    key: str  # LocalEntity.key
    name: str
    type: str
    mentions: int
    name_key: str
    alias_keys: tuple[str, ...]
    aliases: tuple[str, ...]
    role_words: frozenset[str]
    why: tuple[str, ...] = ()
    type_cue: str = ""  # LocalEntity.type_cue: the type was read from the words around the name


@dataclass
class Clusters:
    """Union-find over nodes, with the reasons of every merge."""

    nodes: list[Node]
    parent: list[int] = field(init=False)
    why: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: dict[int, tuple[str, int]] = field(init=False)  # per root: longest, then commonest name

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.nodes)))
        self.names = {i: (n.name, n.mentions) for i, n in enumerate(self.nodes)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def merge(self, a: int, b: int, why: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.why[ra]) > len(self.why[rb]):
            ra, rb = rb, ra
        self.parent[ra] = rb
        self.names[rb] = max(self.names.pop(ra), self.names[rb], key=lambda nm: (len(nm[0].split()), nm[1]))
        self.why[rb].extend(self.why.pop(ra, []))
        self.why[rb].append(why)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.nodes)):
            out[self.find(i)].append(i)
        return out

    def type_of(self, members: Iterable[int]) -> str:
        """The type of the documents that read it from the words around the name ("its iPods",
        "Harrow Aircraft") if any, by mentions; else the tagger's commonest. A cue is evidence, a
        tagger's guess on a bare name is not, however many documents repeat it."""
        cued: Counter[str] = Counter()
        votes: Counter[str] = Counter()
        for i in members:
            node = self.nodes[i]
            votes[node.type] += node.mentions
            if node.type_cue:
                cued[node.type] += max(node.mentions, 1)
        if cued:
            return max(cued, key=lambda t: (cued[t], votes[t]))
        return votes.most_common(1)[0][0]


def compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if "PERSON" in (a, b):
        return False
    return (a in PLACE_LIKE and b in PLACE_LIKE) or (a in THING_LIKE and b in THING_LIKE)


Rule = Callable[[Clusters], None]


def merge_blocks(
    clusters: Clusters, blocks: dict[str, list[int]], why: Callable[[Node, Node, str], str], loose: bool = False
) -> None:
    """Merge the type-compatible members of each block (``loose``: one-word names mistagged too)."""
    for block_key, members in blocks.items():
        if len(members) < 2:
            continue
        one_word = loose and " " not in block_key
        unknown_place = one_word and block_key not in lexicon().known
        if one_word:
            members = sorted(members, key=lambda i: -clusters.nodes[i].mentions)
        by_type: list[int] = []
        for i in members:
            for j in by_type:
                a, b = clusters.nodes[i].type, clusters.nodes[j].type
                if compatible(a, b) or (one_word and _mistagged(a, b, unknown_place)):
                    clusters.merge(i, j, why(clusters.nodes[i], clusters.nodes[j], block_key))
                    break
            else:
                by_type.append(i)


def merge_by_keys(
    clusters: Clusters,
    keys: Callable[[Node], Iterable[str]],
    why: Callable[[Node, Node, str], str],
    loose: bool = False,
) -> None:
    """Block the nodes by the keys ``keys`` gives each (none, one or several), in node order, and
    merge each block as :func:`merge_blocks` does."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        for key in keys(node):
            blocks[key].append(i)
    merge_blocks(clusters, blocks, why, loose)


def _mistagged(a: str, b: str, unknown_place: bool = False) -> bool:
    """One word tagged a person in one document and an organisation or product in another
    ("Ryanair", "Pixar"): the tagger's commonest error on single words. Places stay apart,
    unless no gazetteer knows the word as a place ("AirTran" tagged GPE once)."""
    names = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"}
    if {a, b} <= names:
        return True
    return unknown_place and {a, b} <= names | {"GPE"} and {a, b} & {"ORG", "PRODUCT"} != set()


def name_of(clusters: Clusters, root: int) -> str:
    return clusters.names[clusters.find(root)][0]


def edit_distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    previous = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        current = [x]
        for y, cb in enumerate(b, 1):
            current.append(min(previous[y] + 1, current[y - 1] + 1, previous[y - 1] + (ca != cb)))
        previous = current
    return previous[-1]


__all__ = [
    "PLACE_LIKE",
    "THING_LIKE",
    "Clusters",
    "Node",
    "Rule",
    "compatible",
    "edit_distance",
    "merge_blocks",
    "merge_by_keys",
    "name_of",
]
