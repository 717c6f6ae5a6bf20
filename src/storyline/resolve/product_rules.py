"""Cross-document rules for products: parts of a product's name, model designations, plurals,
a maker's name before a product, and shops named after a product.

Each rule looks only at entities sharing a key, like those of :mod:`storyline.resolve.rules`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.extract.entity_lexicon import lexicon
from storyline.extract.entity_names import name_key
from storyline.resolve.clusters import Clusters, Node, compatible, merge_by_keys, name_of


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
            clusters.merge(i, owner, f"'{node.name}' is part of the product name '{name_of(clusters, owner)}'")


def models(clusters: Clusters) -> None:
    """'Airbus A380', 'first Airbus A380' and 'A380 superjumbo': one model designation, one product;
    a variant ("777-200LR") belongs to its family ("Boeing 777"); a maker's name before a bare
    number is also the designation its initial makes ("Airbus 380" = "Airbus A380", the way
    "B787" writes "Boeing 787")."""
    merge_by_keys(
        clusters, _model_designations, lambda a, b, k: f"'{a.name}' and '{b.name}' name the model {k.upper()}"
    )


def _model_designations(node: Node) -> list[str]:
    """The model designations a product's name gives: its family's, or its own and, after a
    maker's name, the one the maker's initial makes."""
    if node.type in {"PERSON", "GPE", "LOC"}:
        return []
    variant = _VARIANT.search(node.name)
    if variant is not None:
        return [variant.group(1).lower()]  # "777-200LR" is a 777
    words = node.name_key.split()
    designations = [w for w in words if _is_designation(w)]
    if len(designations) != 1 or len(words) < 2:
        return []
    at = words.index(designations[0])
    if at > 0 and designations[0].isdigit():
        return [designations[0], words[at - 1][0] + designations[0]]  # "Vandor 919" is the "V919"
    return [designations[0]]


# A version number after a product's name: one digit ("iOS 5"); "CAC 40", "FTSE 100" name an
# index whose bare name ("the CAC") is the same index, and "3gs" is a model name.
_VERSION = re.compile(r"^\d$")
# A variant of a model family: "777-200LR", "A320-200", "737-800" (family before the hyphen).
_VARIANT = re.compile(r"(?<![\w-])([A-Z]{0,2}\d{3})-\d{2,3}[A-Z]{0,2}(?![\w-])")


def _is_designation(word: str) -> bool:
    """A model designation ("a380", "787", "777-200lr" keyed "777 200lr"): three or more characters
    with a digit, and either a letter or three digits; "4" or "2010" are too common to tell."""
    digits = sum(ch.isdigit() for ch in word)
    return len(word) >= 3 and digits > 0 and (digits < len(word) or len(word) == 3)


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
            clusters.merge(i, owner, f"'{node.name}' is '{name_of(clusters, owner)}' after its maker's name")


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
                    clusters.merge(i, owner, f"'{node.name}' sells for the product '{name_of(clusters, owner)}'")
            break


__all__ = ["maker_prefix", "models", "plurals", "product_stores", "products"]
