"""The rules that link document-local entities across documents, each behind a blocking key.

Every rule looks only at entities sharing a key (a name key, a surname, a facility signature,
initials), so resolution grows with the number of entities, not its square. Each rule returns
pairs to merge with the reason shown to the user (``Entity.why``). Rules run in order over the
clusters the earlier ones built (see :func:`storyline.resolve.entities.resolve_entities`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storyline.extract.entity_lexicon import lexicon
from storyline.extract.entity_names import initials, is_acronym, name_key, sound_key

# Types the tagger confuses for one referent ("Vostochny" ORG / FAC, "Crimea" GPE / LOC);
# a person is never merged with a non-person.
_PLACE_LIKE = frozenset({"GPE", "LOC", "FAC"})
_THING_LIKE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", "FAC"})
# Shared content words two descriptions need before sound-alike names in different documents
# count as one person ("former Pyongyang bureau chief" twice); two is the least that is not
# chance for short role phrases.
_MIN_SHARED_ROLE_WORDS = 2
_ROLE_STOP = frozenset({"the", "a", "an", "of", "for", "at", "in", "on", "and", "former", "to", "with"})
# A surname goes to the commonest full name with it when that one has this many times the
# mentions of the next: a corpus about "Kim Jong Un" that once names "Kim Yo Jong"; twice is
# the least that still leaves a clear majority.
_DOMINANCE = 2
# Letters a name needs before spacing variants of it count as one name ("Mac OSX" has six).
_MIN_COMPACT = 5


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
        votes: Counter[str] = Counter()
        for i in members:
            votes[self.nodes[i].type] += self.nodes[i].mentions
        return votes.most_common(1)[0][0]


def compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if "PERSON" in (a, b):
        return False
    return (a in _PLACE_LIKE and b in _PLACE_LIKE) or (a in _THING_LIKE and b in _THING_LIKE)


Rule = Callable[[Clusters], None]


def _merge_blocks(
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


def _mistagged(a: str, b: str, unknown_place: bool = False) -> bool:
    """One word tagged a person in one document and an organisation or product in another
    ("Ryanair", "Pixar"): the tagger's commonest error on single words. Places stay apart,
    unless no gazetteer knows the word as a place ("AirTran" tagged GPE once)."""
    names = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"}
    if {a, b} <= names:
        return True
    return unknown_place and {a, b} <= names | {"GPE"} and {a, b} & {"ORG", "PRODUCT"} != set()


def _same_name_why(a: Node, b: Node, key: str) -> str:
    if a.name == b.name:
        return f"'{a.name}' is named in several documents"
    return f"'{a.name}' and '{b.name}' are one name up to spelling"


def same_name(clusters: Clusters) -> None:
    """Same name up to case, accents, hyphens, dots and a leading 'the' ("Kim Jong-un" = "Kim Jong Un")."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        blocks[node.name_key].append(i)
    _merge_blocks(clusters, blocks, _same_name_why, loose=True)


def spacing(clusters: Clusters) -> None:
    """One name written with and without some of its spaces ("Mac OSX" = "Mac OS X", "Wal Mart" =
    "WalMart"), between type-compatible names of five letters or more (shorter ones collide:
    "AT" + "T")."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        compact = node.name_key.replace(" ", "")
        if len(compact) >= _MIN_COMPACT:
            blocks[compact].append(i)
    for members in blocks.values():
        if len({clusters.nodes[i].name_key for i in members}) > 1:
            _merge_blocks(clusters, {"": members}, lambda a, b, k: f"'{a.name}' and '{b.name}' differ only in spacing")


def shared_alias(clusters: Clusters) -> None:
    """A full name or acronym one document gives as an alias is another's name ("AP", "Yury Ushakov").

    An alias that several entities carry ("Air Force" for two air forces) links nothing.
    """
    named: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        named[node.name_key].append(i)
    carriers: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(clusters.nodes):
        for key, alias in zip(node.alias_keys, node.aliases, strict=False):
            if key != node.name_key and (len(key.split()) > 1 or is_acronym(alias)):
                carriers[key].add(i)
    for key, owners in carriers.items():
        roots = {clusters.find(i) for i in owners}
        if len(roots) != 1 or key not in named:
            continue
        owner = next(iter(owners))
        for i in named[key]:
            a, b = clusters.nodes[i], clusters.nodes[owner]
            if compatible(a.type, b.type):
                clusters.merge(i, owner, f"'{a.name}' is a name '{b.name}' also goes by")


def one_word_alias(clusters: Clusters) -> None:
    """'Ford' alone in one document is 'Ford Motor Co.' of another that also calls it 'Ford':
    a one-word organisation or product name joins the one entity whose documents use that word
    as its short form. Two entities with that short form ("Ford" the firm and the foundation)
    leave it alone; people go by :func:`surname`, places never join a firm."""
    carriers: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(clusters.nodes):
        if node.type in _THING_LIKE:
            for key in node.alias_keys:
                if " " not in key and key != node.name_key:
                    carriers[key].add(i)
    for i, node in enumerate(clusters.nodes):
        if " " in node.name_key or node.type not in _THING_LIKE or node.name_key not in carriers:
            continue
        owners = {clusters.find(j) for j in carriers[node.name_key]}
        if len(owners) == 1 and clusters.find(i) not in owners:
            owner = owners.pop()
            clusters.merge(i, owner, f"'{node.name}' is the short form of '{_name_of(clusters, owner)}' elsewhere")


def _full_people(clusters: Clusters) -> dict[int, int]:
    """Mentions per cluster root, for clusters holding a full (2+ word) person name."""
    weight: Counter[int] = Counter()
    for i, node in enumerate(clusters.nodes):
        if node.type == "PERSON" and len(node.name_key.split()) >= 2:
            weight[clusters.find(i)] += node.mentions
    return dict(weight)


def surname(clusters: Clusters) -> None:
    """A lone surname or first name is the person with that full name elsewhere ("Putin")."""
    people = _full_people(clusters)
    by_word: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        if node.type == "PERSON" and len(words) >= 2:
            by_word[words[-1]].add(clusters.find(i))
            by_word[words[0]].add(clusters.find(i))
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        if len(words) != 1 or node.type not in {"PERSON"}:
            continue
        owners = sorted({clusters.find(r) for r in by_word.get(words[0], ())}, key=lambda r: -people.get(r, 0))
        if not owners:
            continue
        if len(owners) > 1 and people.get(owners[0], 0) < _DOMINANCE * people.get(owners[1], 0):
            continue
        full = _name_of(clusters, owners[0])
        clusters.merge(i, owners[0], f"'{node.name}' is the short name of '{full}', the only person so named")


def sound_alike(clusters: Clusters) -> None:
    """Spelling, transliteration and transcription variants of one person's name.

    Blocked by surname and the first name's sound key ("Yuri"/"Yury", "Gene"/"Jean"). A one-letter
    difference is enough; a larger one needs a shared role (descriptions with common words).
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        if node.type == "PERSON" and len(words) >= 2:
            blocks[" ".join([sound_key(w) for w in words[:-1]] + [sound_key(words[-1])])].append(i)
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = clusters.nodes[i], clusters.nodes[j]
                if clusters.find(i) == clusters.find(j):
                    continue
                distance = _edit_distance(a.name_key, b.name_key)
                shared = a.role_words & b.role_words
                if distance <= 1:
                    clusters.merge(i, j, f"'{a.name}' and '{b.name}' differ in one letter")
                elif len(shared) >= _MIN_SHARED_ROLE_WORDS or a.doc == b.doc:
                    clusters.merge(i, j, f"'{a.name}' sounds like '{b.name}' and both are '{' '.join(sorted(shared))}'")


def facility(clusters: Clusters) -> None:
    """One distinctive name with synonymous class words ("Vostochny spaceport" = "Vostochny Cosmodrome")."""
    lex = lexicon()
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        signature = lex.facility_signature(node.name_key)
        if signature is not None and node.type in _PLACE_LIKE | {"ORG"}:
            blocks["\t".join(signature)].append(i)
    _merge_blocks(clusters, blocks, lambda a, b, k: f"'{a.name}' and '{b.name}' name one {k.split(chr(9))[1]}")


def designators(clusters: Clusters) -> None:
    """'Wagner' = 'Wagner Group', 'Apple' = 'Apple Inc.': names equal up to organisation designators."""
    lex = lexicon()
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        if node.type == "PERSON":
            continue
        words = node.name_key.split()
        while len(words) > 1 and words[-1] in lex.designators:
            words = words[:-1]
        blocks[" ".join(words)].append(i)
    _merge_blocks(clusters, blocks, lambda a, b, k: f"'{a.name}' and '{b.name}' are '{k}' with or without a designator")


def acronyms(clusters: Clusters) -> None:
    """An acronym is the one organisation or place of the corpus with those initials ("UAW")."""
    lex = lexicon()
    expansions: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(clusters.nodes):
        words = node.name.split()
        if node.type != "PERSON" and len(words) >= 2:
            expansions[initials(node.name)].add(clusters.find(i))
            while len(words) > 2 and name_key(words[-1]) in lex.designators:
                words = words[:-1]
                expansions[initials(" ".join(words))].add(clusters.find(i))
    for i, node in enumerate(clusters.nodes):
        if node.type == "PERSON" or not is_acronym(node.name):
            continue
        owners = {clusters.find(r) for r in expansions.get(node.name.replace(".", "").upper(), ())}
        if len(owners) == 1:
            owner = owners.pop()
            clusters.merge(i, owner, f"'{node.name}' is the initials of '{_name_of(clusters, owner)}'")


def products(clusters: Clusters) -> None:
    """A product named by part of its full name ("787", "Dreamliner" of "Boeing 787 Dreamliner").

    Full product names are those typed PRODUCT or holding a model number; the part must not be
    an organisation's or place's name (the maker "Boeing" is not its plane).
    """
    owners: dict[str, set[int]] = defaultdict(set)
    org_keys = {n.name_key for n in clusters.nodes if n.type in {"ORG", "GPE", "LOC"}}
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        if len(words) >= 2 and (node.type == "PRODUCT" or any(ch.isdigit() for ch in node.name_key)):
            if len(words) == 2 and _VERSION.match(words[1]):
                continue  # "iOS" is the family of "iOS 5", not that version
            for word in words:
                if word not in org_keys and len(word) >= 3:
                    owners[word].add(clusters.find(i))
    for i, node in enumerate(clusters.nodes):
        if node.type in {"GPE", "LOC", "FAC"} or len(node.name_key.split()) != 1 or node.name_key in org_keys:
            continue
        key = node.name_key
        plural = key[:-1] if key.endswith("s") and any(ch.isdigit() for ch in key) else None  # "777s"
        found = {clusters.find(r) for r in owners.get(key, owners.get(plural or key, ()))}
        if len(found) == 1:
            owner = found.pop()
            clusters.merge(i, owner, f"'{node.name}' is part of the product name '{_name_of(clusters, owner)}'")


def models(clusters: Clusters) -> None:
    """'Airbus A380', 'first Airbus A380' and 'A380 superjumbo': one model designation, one product;
    a variant ("777-200LR") belongs to its family ("Boeing 777")."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        if node.type in {"PERSON", "GPE", "LOC"}:
            continue
        variant = _VARIANT.search(node.name)
        designations = [w for w in node.name_key.split() if _is_designation(w)]
        if variant is not None:
            blocks[variant.group(1).lower()].append(i)  # "777-200LR" is a 777
        elif len(designations) == 1 and len(node.name_key.split()) >= 2:
            blocks[designations[0]].append(i)
    _merge_blocks(clusters, blocks, lambda a, b, k: f"'{a.name}' and '{b.name}' name the model {k.upper()}")


# A version number after a product's name: "5", "4.1", "3gs" is a model name, not a version.
_VERSION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*$")
# A variant of a model family: "777-200LR", "A320-200", "737-800" (family before the hyphen).
_VARIANT = re.compile(r"(?<![\w-])([A-Z]{0,2}\d{3})-\d{2,3}[A-Z]{0,2}(?![\w-])")


def _is_designation(word: str) -> bool:
    """A model designation ("a380", "787", "777-200lr" keyed "777 200lr"): three or more characters
    with a digit, and either a letter or three digits; "4" or "2010" are too common to tell."""
    digits = sum(ch.isdigit() for ch in word)
    return len(word) >= 3 and digits > 0 and (digits < len(word) or len(word) == 3)


def near_names(clusters: Clusters) -> None:
    """Long organisation names spelt two ways ("... Defence & Space" / "... Defense & Space"):
    blocked by their first two words, one edit apart once designators are dropped."""
    lex = lexicon()
    blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        while len(words) > 1 and words[-1] in lex.designators:
            words = words[:-1]
        if node.type != "PERSON" and len(words) >= 3:
            blocks[" ".join(words[:2])].append((i, " ".join(words)))
    for members in blocks.values():
        for x, (i, a) in enumerate(members):
            for j, b in members[x + 1 :]:
                if a != b and _edit_distance(a, b) <= 1 and compatible(clusters.nodes[i].type, clusters.nodes[j].type):
                    clusters.merge(
                        i, j, f"'{clusters.nodes[i].name}' and '{clusters.nodes[j].name}' differ in one letter"
                    )


def middle_initials(clusters: Clusters) -> None:
    """'Donald J. Trump' = 'Donald Trump': a person's name with and without middle initials."""
    full: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        if node.type == "PERSON":
            full[node.name_key].append(i)
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        bare = [w for w in words[1:-1] if len(w) > 1]
        if node.type != "PERSON" or len(words) < 3 or len(bare) == len(words) - 2:
            continue
        for j in full.get(" ".join([words[0], *bare, words[-1]]), ()):
            clusters.merge(i, j, f"'{node.name}' is '{clusters.nodes[j].name}' with a middle initial")
            break


def familiar_names(clusters: Clusters) -> None:
    """'Tom Enders' = 'Thomas Enders', 'Tim Cook' = 'Timothy D. Cook': a person's formal and
    familiar given names (``given_names.tsv``) with one surname; middle initials are left out,
    a middle name is not ("Tom Lee Enders" may be someone else)."""
    given = lexicon().given_names
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        if node.type != "PERSON" or len(words) < 2 or any(len(w) > 1 for w in words[1:-1]):
            continue
        blocks[f"{given.get(words[0], words[0])} {words[-1]}"].append(i)
    _merge_blocks(
        clusters, blocks, lambda a, b, k: f"'{a.name}' and '{b.name}' are one given name, formal and familiar"
    )


def plurals(clusters: Clusters) -> None:
    """'iPods' and 'iPod', '787 Dreamliners' and '787 Dreamliner': products named in the plural."""
    singular: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        if node.type != "PERSON":
            singular[node.name_key].append(i)
    for i, node in enumerate(clusters.nodes):
        key = node.name_key
        if node.type in {"PERSON", "GPE", "LOC"} or not key.endswith("s") or len(key.split()[-1]) < 4:
            continue
        for j in singular.get(key[:-1], ()):
            if compatible(node.type, clusters.nodes[j].type):
                clusters.merge(i, j, f"'{node.name}' is the plural of '{clusters.nodes[j].name}'")
                break


def maker_prefix(clusters: Clusters) -> None:
    """'Apple Macintosh' = 'Macintosh', 'Chevrolet Volt' = 'Volt': a maker's name before a name the
        corpus uses alone. The maker must be named alone as an organisation somewhere ("GM" of "General
    Motors" too), and the rest
        must be no place, person or class word ("Apple Computer" is not "Computer")."""
    lex = lexicon()
    makers = {k for n in clusters.nodes if n.type == "ORG" for k in (n.name_key, *n.alias_keys) if " " not in k}
    named: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        if node.type not in {"PERSON", "GPE", "LOC", "NORP"}:
            named[node.name_key].append(i)
    for i, node in enumerate(clusters.nodes):
        words = node.name.split()  # by spaces: "Boeing-Air Force" names no maker's product
        if node.type in {"PERSON", "GPE", "LOC"} or len(words) < 2 or name_key(words[0]) not in makers:
            continue
        rest = name_key(" ".join(words[1:]))
        if rest in lex.known or rest in lex.designators or rest in lex.org_classes or rest in lex.outlet_words:
            continue  # "Apple Computer", "Acme Store": a class of things, not a name
        owners = {clusters.find(j) for j in named.get(rest, ())} - {clusters.find(i)}
        if len(owners) == 1:
            owner = owners.pop()
            clusters.merge(i, owner, f"'{node.name}' is '{_name_of(clusters, owner)}' after its maker's name")


def product_stores(clusters: Clusters) -> None:
    """'Lumen Store' and 'Lumen music store' are the product 'Lumen': a shop named after what it
    sells for. The name before the shop words must be a product's; a firm's shop ("Acme Store")
    is not the firm."""
    outlet_words = lexicon().outlet_words
    named: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        named[node.name_key].append(i)
    groups = clusters.groups()
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        if node.type in {"PERSON", "GPE", "LOC"}:
            continue
        for width in (2, 1):
            if len(words) <= width or " ".join(words[-width:]) not in outlet_words:
                continue
            owners = {clusters.find(j) for j in named.get(" ".join(words[:-width]), ())}
            if len(owners) == 1:
                owner = owners.pop()
                if clusters.type_of(groups[owner]) in {"PRODUCT", "WORK_OF_ART"}:
                    clusters.merge(i, owner, f"'{node.name}' sells for the product '{_name_of(clusters, owner)}'")
            break


def _name_of(clusters: Clusters, root: int) -> str:
    return clusters.names[clusters.find(root)][0]


def _edit_distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    previous = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        current = [x]
        for y, cb in enumerate(b, 1):
            current.append(min(previous[y] + 1, current[y - 1] + 1, previous[y - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def role_words(texts: Iterable[str]) -> frozenset[str]:
    words = {w for t in texts for w in re.findall(r"[a-z]+", t.lower())}
    return frozenset(words - _ROLE_STOP)


RULES: tuple[Rule, ...] = (
    same_name,
    spacing,
    shared_alias,
    designators,
    near_names,
    middle_initials,
    familiar_names,
    plurals,
    models,
    acronyms,
    one_word_alias,
    facility,
    sound_alike,
    surname,
    products,
    maker_prefix,
    product_stores,
)

__all__ = ["RULES", "Clusters", "Node", "compatible", "role_words"]
