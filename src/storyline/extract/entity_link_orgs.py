"""Linking rules over organisations and facilities: a name less its designators or class word,
a later short form of a longer name, synonymous facility class words (see
:mod:`storyline.extract.entity_linking`)."""

from __future__ import annotations

from storyline.extract.entity_groups import Group, Groups, display
from storyline.extract.entity_lexicon import Lexicon

_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Words a headline has at most: longer first lines are a paragraph, not a headline (news
# headlines run 5-15 words).
_HEADLINE_WORDS = 20


def link_designators(groups: Groups, lex: Lexicon) -> None:
    roots = groups.roots()
    by_key = {g.key: g for g in roots}
    for group in roots:
        words = group.words
        for cut in range(len(words) - 1, 0, -1):
            rest = " ".join(words[cut:])
            base = " ".join(words[:cut])
            if base not in by_key or by_key[base] is group:
                continue
            if all(w in lex.designators for w in words[cut:]):
                why = f"'{display(by_key[base])}' is '{display(group)}' without '{rest}'"
            elif lex.facility_class(rest):
                why = f"'{display(by_key[base])}' names the {rest} '{display(group)}'"
            else:
                continue
            if by_key[base].label() in {"PERSON"} and group.label() != "PERSON":
                continue
            if by_key[base].label() in _PLACES and group.label() not in _PLACES:
                continue  # "Qatar" the country is not "Qatar Airways"
            groups.merge(base, group.key, why)
            break


def headline_end(text: str) -> int:
    """End of a headline: a short first line followed by a blank line, else 0."""
    end = text.find("\n\n")
    return end if end > 0 and len(text[:end].split()) <= _HEADLINE_WORDS and "\n" not in text[:end] else 0


def link_org_parts(groups: Groups, lex: Lexicon, body: int = 0) -> None:
    """'Air Force' after 'United States Air Force', 'Northrop' after 'Northrop Grumman': an organisation
    named later by the end of the one longer name that has it, or a single word by the first word of
    a two-word name. News gives the full name first, so the short form must come after it; a
    headline (before ``body``) uses the short form first."""
    roots = groups.roots()
    orgs = [g for g in roots if g.label() == "ORG"]
    # One word the tagger called a place though no gazetteer knows it ("Toyota" beside "Toyota
    # Motor Corp."), or a person, may be the short form of an organisation too.
    mistyped = [
        g
        for g in roots
        if len(g.words) == 1
        and g.canonical is None
        and g.label() in {"GPE", "LOC", "PERSON"}
        and g.key not in lex.known
    ]
    for group in orgs + mistyped:
        words = group.words
        owners = []
        for other in orgs:
            longer = other.words
            while len(longer) > 2 and longer[-1] in lex.designators:
                longer = longer[:-1]  # "Ford Motor Co." is "Ford Motor" here
            if other is group or len(longer) <= len(words) or other.first() > _first_in_body(group, body):
                continue
            suffix = len(words) >= 2 and longer[-len(words) :] == words
            prefix = len(words) == 1 and len(longer) == 2 and longer[0] == words[0]
            # "Volt" after "Chevrolet Volt", "Grumman" after "Northrop Grumman"; never a class word
            # ("Bank" after "Deutsche Bank").
            suffix = suffix or (
                len(words) == 1 and len(longer) == 2 and longer[1] == words[0] and not _class_word(words[0], lex)
            )
            designated = len(other.words) > len(longer) or other.words[-1] in lex.designators
            if group.label() != "ORG" and not (prefix and designated):
                continue  # a mistyped word needs a designated name ("Toyota Motor Corp.", "Magna International")
            if suffix or prefix:
                owners.append(other)
        if len({groups.find(o.key) for o in owners}) == 1:
            groups.merge(group.key, owners[0].key, f"'{display(group)}' is short for '{display(owners[0])}'")


def _class_word(key: str, lex: Lexicon) -> bool:
    """An organisation designator, head or class noun: a word of many names, not a name."""
    return key in lex.designators or key in lex.org_classes or key.capitalize() in lex.org_heads


def _first_in_body(group: Group, body: int) -> int:
    """The group's first mention after the headline; a headline-only group counts as unplaced."""
    return min((c.start for c in group.members if c.start >= body), default=10**9)


def link_facility_synonyms(groups: Groups, lex: Lexicon) -> None:
    seen: dict[tuple[str, str], Group] = {}
    for group in groups.roots():
        signature = lex.facility_signature(group.key) if group.label() == "FAC" else None
        if signature is None:
            continue
        if signature in seen:
            first = seen[signature]
            groups.merge(group.key, first.key, f"'{display(group)}' and '{display(first)}' name one {signature[1]}")
        else:
            seen[signature] = group


__all__ = ["headline_end", "link_designators", "link_facility_synonyms", "link_org_parts"]
