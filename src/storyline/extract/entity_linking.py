"""Group one document's name mentions into document-local entities, and say why.

Mentions with one name key are one entity; then, in this order:

1. a gazetteer name or alias takes its canonical name and type ("U.S." -> United States, GPE);
2. an acronym in brackets right after a name, or equal to the initials of exactly one longer
   name of the document, is that name ("UAW", "GM" = "General Motors");
3. a one-word name equal to the first or last word of a person's full name is that person
   ("says Cho" -> "Cho Han-bum", "Putin" -> "Vladimir Putin");
4. a name equal to a longer name less organisation designators or a facility class word is that
   organisation or facility ("Wagner" = "Wagner Group", "Vostochny" = "Vostochny Cosmodrome");
5. facility names with one distinctive name and synonymous class words are one facility
   ("Vostochny spaceport" = "Vostochny Cosmodrome");
6. two full names with one surname whose first names sound alike are one person: transcripts
   garble names ("Gene Lee" for "Jean Lee"), and one document rarely names two such people;
7. a capital used as an actor anywhere in the document ("Pyongyang and Moscow cooperate",
   "Russia has paid Pyongyang back") stands for its country's government, and with one sense
   per discourse (Gale, Church and Yarowsky 1992) all its mentions in the document do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from storyline.extract.entity_fixes import ORG_NOUN_NOTE
from storyline.extract.entity_lexicon import Lexicon, lexicon
from storyline.extract.entity_mentions import Candidate
from storyline.extract.entity_names import initials, is_acronym, name_key, person_key, sound_key
from storyline.extract.entity_products import PRODUCT_CUE_NOTE
from storyline.records import Description, LocalEntity, Mention

# Notes of mentions typed from the words around them rather than by the tagger.
_TYPE_EVIDENCE = frozenset({ORG_NOUN_NOTE, PRODUCT_CUE_NOTE})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Words a headline has at most: longer first lines are a paragraph, not a headline (news
# headlines run 5-15 words).
_HEADLINE_WORDS = 20


@dataclass
class _Group:
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

    def first(self) -> int:
        return min(c.start for c in self.members)


class _Groups:
    """Union-find over group keys."""

    def __init__(self) -> None:
        self.groups: dict[str, _Group] = {}
        self.parent: dict[str, str] = {}
        self.key_of: dict[tuple[int, int], str] = {}  # mention span -> the key it was added under

    def add(self, key: str, cand: Candidate, canonical: str | None, kind: str | None) -> None:
        if key not in self.groups:
            self.groups[key] = _Group(key, canonical, kind)
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

    def roots(self) -> list[_Group]:
        return sorted(self.groups.values(), key=lambda g: g.first())


def link_mentions(cands: list[Candidate], text: str) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    """Document-local entities and their mentions from the document's name mentions."""
    lex = lexicon()
    groups = _Groups()
    for cand in cands:
        key, canonical, kind = _identify(cand, lex)
        groups.add(key, cand, canonical, kind)
    _link_bracketed_acronyms(groups, cands, text)
    _link_initials(groups, lex)
    _link_person_parts(groups)
    _link_designators(groups, lex)
    _link_org_parts(groups, lex, _headline_end(text))
    _link_facility_synonyms(groups, lex)
    _link_sound_alike(groups)
    _link_capitals(groups, lex, text)
    return _build(groups.roots(), text)


def _identify(cand: Candidate, lex: Lexicon) -> tuple[str, str | None, str | None]:
    if cand.target is not None:
        return (
            name_key(cand.target),
            cand.target,
            lex.known[name_key(cand.target)].type if name_key(cand.target) in lex.known else cand.label,
        )
    key = name_key(cand.name)
    known = lex.known.get(key)
    if known is None:
        return key, None, None
    if cand.label == "PERSON" and key not in lex.strong:
        return key, None, None  # "Victoria", "Hamilton": small capitals named like people
    if cand.label in {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"} and " " not in key:
        return key, None, None  # "Jordan" shoes, "Victoria" the film
    if cand.label == "ORG" and key in lex.cities:
        return key, None, None  # "Toyota" the carmaker: a city that is no capital, used as a firm
    return name_key(known.name), known.name, known.type


def _link_bracketed_acronyms(groups: _Groups, cands: list[Candidate], text: str) -> None:
    starts = {c.start: c for c in cands}
    for cand in cands:
        after = text[cand.end : cand.end + 2]
        inner = starts.get(cand.end + 2) if after in {" (", "(\u200b"} else None
        if inner is None:
            inner = starts.get(cand.end + 1) if text[cand.end : cand.end + 1] == "(" else None
        if (
            inner is not None
            and is_acronym(inner.name)
            and text[inner.end : inner.end + 1] == ")"
            and inner.name[:1].upper() == cand.name[:1].upper()
            and " " in cand.name
        ):  # "Singapore Airlines (SIA)", not "WASHINGTON (AP)"
            groups.merge(
                groups.key_of[(inner.start, inner.end)],
                groups.key_of[(cand.start, cand.end)],
                f"'{inner.name}' is given in brackets after '{cand.name}'",
            )


def _spelt_initials(name: str, lex: Lexicon) -> set[str]:
    """Initials of a name with and without its designators: "General Motors Corp." -> GMC, GM."""
    words = name.split()
    out = {initials(name)}
    while len(words) > 2 and name_key(words[-1]) in lex.designators:
        words = words[:-1]
        out.add(initials(" ".join(words)))
    return out


def _link_initials(groups: _Groups, lex: Lexicon) -> None:
    roots = groups.roots()
    for group in roots:
        names = {c.name for c in group.members if c.form == "name"}
        acronym = next((n for n in names if is_acronym(n)), None)
        if acronym is None or len(group.words) != 1:
            continue
        letters = acronym.replace(".", "").upper()
        matches = [
            g
            for g in roots
            if g is not group and len(g.words) >= 2 and any(letters in _spelt_initials(c.name, lex) for c in g.members)
        ]
        if len({groups.find(g.key) for g in matches}) == 1:
            groups.merge(group.key, matches[0].key, f"'{acronym}' is the initials of '{_display(matches[0])}'")


def _link_person_parts(groups: _Groups) -> None:
    roots = groups.roots()
    people = [g for g in roots if g.label() == "PERSON" and len(g.words) >= 2]
    for group in roots:
        if len(group.words) != 1 or group.canonical is not None or group in people:
            continue
        if group.label() not in {"PERSON", "ORG", "GPE", "PRODUCT", "NORP", "LOC", "FAC"}:
            continue
        word = group.words[0]
        owners = [p for p in people if word in (p.words[0], person_key(p.key).split()[-1])]
        if not owners:
            continue
        owners.sort(key=lambda p: -len(p.members))
        # The first word is a given name in Western order and a family name in Korean or Chinese
        # order ("Kim" of "Kim Jong Un"), so it is only called a short form.
        role = "the surname" if word == person_key(owners[0].key).split()[-1] else "a short form"
        groups.merge(group.key, owners[0].key, f"'{group.members[0].name}' is {role} of '{_display(owners[0])}'")


def _link_designators(groups: _Groups, lex: Lexicon) -> None:
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
                why = f"'{_display(by_key[base])}' is '{_display(group)}' without '{rest}'"
            elif lex.facility_class(rest):
                why = f"'{_display(by_key[base])}' names the {rest} '{_display(group)}'"
            else:
                continue
            if by_key[base].label() in {"PERSON"} and group.label() != "PERSON":
                continue
            if by_key[base].label() in _PLACES and group.label() not in _PLACES:
                continue  # "Qatar" the country is not "Qatar Airways"
            groups.merge(base, group.key, why)
            break


def _headline_end(text: str) -> int:
    """End of a headline: a short first line followed by a blank line, else 0."""
    end = text.find("\n\n")
    return end if end > 0 and len(text[:end].split()) <= _HEADLINE_WORDS and "\n" not in text[:end] else 0


def _link_org_parts(groups: _Groups, lex: Lexicon, body: int = 0) -> None:
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
            groups.merge(group.key, owners[0].key, f"'{_display(group)}' is short for '{_display(owners[0])}'")


def _class_word(key: str, lex: Lexicon) -> bool:
    """An organisation designator, head or class noun: a word of many names, not a name."""
    return key in lex.designators or key in lex.org_classes or key.capitalize() in lex.org_heads


def _first_in_body(group: _Group, body: int) -> int:
    """The group's first mention after the headline; a headline-only group counts as unplaced."""
    return min((c.start for c in group.members if c.start >= body), default=10**9)


def _link_facility_synonyms(groups: _Groups, lex: Lexicon) -> None:
    seen: dict[tuple[str, str], _Group] = {}
    for group in groups.roots():
        signature = lex.facility_signature(group.key) if group.label() == "FAC" else None
        if signature is None:
            continue
        if signature in seen:
            first = seen[signature]
            groups.merge(group.key, first.key, f"'{_display(group)}' and '{_display(first)}' name one {signature[1]}")
        else:
            seen[signature] = group


def _link_sound_alike(groups: _Groups) -> None:
    people = [g for g in groups.roots() if g.label() == "PERSON" and len(g.words) == 2]
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if a.words[-1] != b.words[-1] or a.words[0] == b.words[0]:
                continue
            if sound_key(a.words[0]) and sound_key(a.words[0]) == sound_key(b.words[0]):
                small, big = (a, b) if len(a.members) < len(b.members) else (b, a)
                groups.merge(
                    small.key,
                    big.key,
                    f"'{_display(small)}' sounds like '{_display(big)}' (same surname, same document)",
                )


def _link_capitals(groups: _Groups, lex: Lexicon, text: str) -> None:
    for group in groups.roots():
        country = lex.capitals.get(group.key)
        if country is None or not any(c.actor and not c.locative for c in group.members):
            continue
        if any(_placed_in(text, c, country) for c in group.members):
            continue  # "serves Bangkok, Thailand": the document places the city in its country
        country_key = name_key(country)
        if country_key not in groups.groups and country_key not in groups.parent:
            groups.groups[country_key] = _Group(country_key, country, "GPE")
            groups.parent[country_key] = country_key
        groups.merge(group.key, country_key, f"'{_display(group)}' (the capital) acts for '{country}' in this document")


def _placed_in(text: str, cand: Candidate, country: str) -> bool:
    """'Bangkok, Thailand': the city with its country after a comma."""
    after = re.match(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", text[cand.end : cand.end + 60])
    return after is not None and name_key(after.group(1)) == name_key(country)


def _display(group: _Group) -> str:
    return group.canonical or _best_name(group)


def _best_name(group: _Group) -> str:
    names = [c.name for c in group.members if c.form == "name" and c.target is None] or [c.name for c in group.members]
    counts = Counter(names)
    order = {n: i for i, n in reversed(list(enumerate(names)))}
    return max(counts, key=lambda n: (not is_acronym(n), len(n.split()), counts[n], -order[n]))


def _build(roots: list[_Group], text: str) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    entities: list[LocalEntity] = []
    mentions: list[Mention] = []
    for number, group in enumerate(g for g in roots if g.members):
        key = f"e{number}"
        name = _display(group)
        aliases = []
        for cand in sorted(group.members, key=lambda c: c.start):
            if cand.name != name and cand.name not in aliases:
                aliases.append(cand.name)
        descriptions: list[Description] = []
        seen: set[str] = set()
        for cand in sorted(group.members, key=lambda c: c.start):
            for d in cand.descriptions:
                if name_key(d.text) not in seen and name_key(d.text) != name_key(name):
                    seen.add(name_key(d.text))
                    descriptions.append(d)
        why = list(dict.fromkeys(group.why + [f"found by rule: {c.note}" for c in group.members if c.note]))
        entities.append(LocalEntity(key, name, group.label(), tuple(aliases), tuple(descriptions), why=tuple(why)))
        for cand in group.members:
            mentions.append(Mention(cand.start, cand.end, text[cand.start : cand.end], key, cand.form))
    mentions.sort(key=lambda m: (m.start, m.end))
    return tuple(entities), tuple(mentions)


__all__ = ["link_mentions"]
