"""The rules that link document-local entities across documents, each behind a blocking key.

Every rule looks only at entities sharing a key (a name key, a surname, a facility signature,
initials), so resolution grows with the number of entities, not its square. Each rule returns
pairs to merge with the reason shown to the user (``Entity.why``). Rules run in order over the
clusters the earlier ones built (see :func:`storyline.resolve.entities.resolve_entities`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from storyline.extract.entity_lexicon import lexicon
from storyline.extract.entity_link_products import version_of
from storyline.extract.entity_names import initials, is_acronym, name_key, sound_key
from storyline.resolve.clusters import (
    PLACE_LIKE,
    THING_LIKE,
    Clusters,
    Node,
    Rule,
    compatible,
    edit_distance,
    merge_blocks,
    merge_by_keys,
    name_of,
)
from storyline.resolve.product_rules import maker_prefix, models, plurals, product_stores, products

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


def _same_name_why(a: Node, b: Node, key: str) -> str:
    if a.name == b.name:
        return f"'{a.name}' is named in several documents"
    return f"'{a.name}' and '{b.name}' are one name up to spelling"


def same_name(clusters: Clusters) -> None:
    """Same name up to case, accents, hyphens, dots and a leading 'the' ("Kim Jong-un" = "Kim Jong Un")."""
    merge_by_keys(clusters, lambda node: (node.name_key,), _same_name_why, loose=True)


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
            merge_blocks(clusters, {"": members}, lambda a, b, k: f"'{a.name}' and '{b.name}' differ only in spacing")


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


# Leading words two long names with one acronym must share to be one body: three is the least
# that tells "European Aeronautic Defence ..." from "European Aviation Safety Agency" (EASA, EASA).
_ACRONYM_PREFIX_WORDS = 3


def acronym_siblings(clusters: Clusters) -> None:
    """Two long names that go by one acronym and begin with the same three content words are one body,
    written out in full in one document and shorter in another ("European Aeronautic Defence and
    Space Company N.V." / "European Aeronautic Defence & Space" (EADS))."""
    merge_by_keys(
        clusters,
        _acronym_prefixes,
        lambda a, b, k: f"'{a.name}' and '{b.name}' both go by '{k.split(chr(9))[0].upper()}'",
    )


def _acronym_prefixes(node: Node) -> list[str]:
    """Each acronym a long name goes by, with the name's first content words."""
    words = [w for w in node.name_key.split() if w not in _ROLE_STOP]  # "National Association of ..."
    if node.type == "PERSON" or len(words) < _ACRONYM_PREFIX_WORDS:
        return []
    prefix = " ".join(words[:_ACRONYM_PREFIX_WORDS])
    return [f"{key}\t{prefix}" for key, alias in zip(node.alias_keys, node.aliases, strict=False) if is_acronym(alias)]


def one_word_alias(clusters: Clusters) -> None:
    """'Ford' alone in one document is 'Ford Motor Co.' of another that also calls it 'Ford':
    a one-word organisation or product name joins the one entity whose documents use that word
    as its short form. Two entities with that short form ("Ford" the firm and the foundation)
    leave it alone; people go by :func:`surname`, places never join a firm. A product's name less
    its version ("zPad" of "zPad 4") carries nothing: elsewhere it may be any version."""
    carriers: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(clusters.nodes):
        if node.type in THING_LIKE:
            for key in node.alias_keys:
                # "zPad" a document calls its "zPad 4" is, elsewhere, any zPad
                if " " not in key and key != node.name_key and key != version_of(node.name_key):
                    carriers[key].add(i)
    for i, node in enumerate(clusters.nodes):
        if " " in node.name_key or node.type not in THING_LIKE or node.name_key not in carriers:
            continue
        owners = {clusters.find(j) for j in carriers[node.name_key]}
        if len(owners) == 1 and clusters.find(i) not in owners:
            owner = owners.pop()
            clusters.merge(i, owner, f"'{node.name}' is the short form of '{name_of(clusters, owner)}' elsewhere")


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
        full = name_of(clusters, owners[0])
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
                distance = edit_distance(a.name_key, b.name_key)
                shared = a.role_words & b.role_words
                if distance <= 1:
                    clusters.merge(i, j, f"'{a.name}' and '{b.name}' differ in one letter")
                elif len(shared) >= _MIN_SHARED_ROLE_WORDS or a.doc == b.doc:
                    clusters.merge(i, j, f"'{a.name}' sounds like '{b.name}' and both are '{' '.join(sorted(shared))}'")


# Letters a surname needs before a one-letter slip in it counts as a mishearing ("Lindqvist" /
# "Lindquist"); shorter surnames one letter apart are often two names ("Lee"/"Lei", "Park"/"Parr").
_MIN_MISHEARD_SURNAME = 6


def misheard_surname(clusters: Clusters) -> None:
    """One person whose surname a transcript spells two ways ("Rosa Lindqvist" / "Rosa
    Lindquist"): same document, same first name, long surnames one letter apart. Different
    documents need more (:func:`sound_alike`), as two people may share a first name there."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        words = node.name_key.split()
        if node.type == "PERSON" and len(words) == 2 and len(words[1]) >= _MIN_MISHEARD_SURNAME:
            blocks[f"{node.doc}\t{words[0]}"].append(i)
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = clusters.nodes[i], clusters.nodes[j]
                if clusters.find(i) != clusters.find(j) and edit_distance(a.name_key, b.name_key) == 1:
                    clusters.merge(i, j, f"'{a.name}' and '{b.name}' differ in one letter of the surname")


def facility(clusters: Clusters) -> None:
    """One distinctive name with synonymous class words ("Vostochny spaceport" = "Vostochny Cosmodrome")."""
    merge_by_keys(
        clusters, _facility_signature, lambda a, b, k: f"'{a.name}' and '{b.name}' name one {k.split(chr(9))[1]}"
    )


def _facility_signature(node: Node) -> list[str]:
    signature = lexicon().facility_signature(node.name_key)
    return ["\t".join(signature)] if signature is not None and node.type in PLACE_LIKE | {"ORG"} else []


def designators(clusters: Clusters) -> None:
    """'Wagner' = 'Wagner Group', 'Apple' = 'Apple Inc.': names equal up to organisation designators."""
    merge_by_keys(
        clusters,
        lambda node: () if node.type == "PERSON" else (" ".join(_without_designators(node.name_key)),),
        lambda a, b, k: f"'{a.name}' and '{b.name}' are '{k}' with or without a designator",
    )


def _without_designators(key: str) -> list[str]:
    """The words of a name key less the organisation designators that end it ("wagner group" -> "wagner")."""
    designators = lexicon().designators
    words = key.split()
    while len(words) > 1 and words[-1] in designators:
        words = words[:-1]
    return words


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
            clusters.merge(i, owner, f"'{node.name}' is the initials of '{name_of(clusters, owner)}'")


def near_names(clusters: Clusters) -> None:
    """Long organisation names spelt two ways ("... Defence & Space" / "... Defense & Space"):
    blocked by their first two words, one edit apart once designators are dropped."""
    blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, node in enumerate(clusters.nodes):
        words = _without_designators(node.name_key)
        if node.type != "PERSON" and len(words) >= 3:
            blocks[" ".join(words[:2])].append((i, " ".join(words)))
    for members in blocks.values():
        for x, (i, a) in enumerate(members):
            for j, b in members[x + 1 :]:
                if a != b and edit_distance(a, b) <= 1 and compatible(clusters.nodes[i].type, clusters.nodes[j].type):
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
    merge_by_keys(
        clusters, _formal_name, lambda a, b, k: f"'{a.name}' and '{b.name}' are one given name, formal and familiar"
    )


def _formal_name(node: Node) -> list[str]:
    """A person's formal given name and surname, middle initials left out ("tom enders" -> "thomas enders")."""
    words = node.name_key.split()
    if node.type != "PERSON" or len(words) < 2 or any(len(w) > 1 for w in words[1:-1]):
        return []
    given = lexicon().given_names
    return [f"{given.get(words[0], words[0])} {words[-1]}"]


def role_words(texts: Iterable[str]) -> frozenset[str]:
    words = {w for t in texts for w in re.findall(r"[a-z]+", t.lower())}
    return frozenset(words - _ROLE_STOP)


RULES: tuple[Rule, ...] = (
    same_name,
    spacing,
    shared_alias,
    acronym_siblings,
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
    misheard_surname,
    surname,
    products,
    maker_prefix,
    product_stores,
)

__all__ = ["RULES", "Clusters", "Node", "compatible", "role_words"]
