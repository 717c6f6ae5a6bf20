"""Linking rules over names and people: acronyms, initials, short forms of a person's name,
sound-alike names, capitals acting for their country (see :mod:`storyline.extract.entity_linking`)."""

from __future__ import annotations

import re

from storyline.extract.entity_groups import Group, Groups, display
from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import initials, is_acronym, name_key, person_key, sound_key
from storyline.extract.entity_tokens import Candidate


def link_bracketed_acronyms(groups: Groups, cands: list[Candidate], text: str) -> None:
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
            and (inner.name[:1].upper() == cand.name[:1].upper() or _spells_tail(inner.name, cand.name))
            and " " in cand.name
        ):  # "Singapore Airlines (SIA)", not "WASHINGTON (AP)"
            groups.merge(
                groups.key_of[(inner.start, inner.end)],
                groups.key_of[(cand.start, cand.end)],
                f"'{inner.name}' is given in brackets after '{cand.name}'",
            )


def _spells_tail(acronym: str, name: str) -> bool:
    """'iPhone Software Development Kit (SDK)': the acronym spells the last words of the name."""
    words = name.split()
    letters = acronym.replace(".", "").upper()
    return len(letters) >= 2 and any(initials(" ".join(words[k:])) == letters for k in range(1, len(words) - 1))


def _spelt_initials(name: str, lex: Lexicon) -> set[str]:
    """Initials of a name with and without its designators: "General Motors Corp." -> GMC, GM."""
    words = name.split()
    out = {initials(name)}
    while len(words) > 2 and name_key(words[-1]) in lex.designators:
        words = words[:-1]
        out.add(initials(" ".join(words)))
    return out


def link_initials(groups: Groups, lex: Lexicon) -> None:
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
            groups.merge(group.key, matches[0].key, f"'{acronym}' is the initials of '{display(matches[0])}'")


def link_person_parts(groups: Groups) -> None:
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
        # A word that is one person's surname and another's given name is the surname: news
        # refers back to people by their surnames ("Joseph" after "Ann Joseph" and "Joseph Lee").
        owners.sort(key=lambda p: (word != person_key(p.key).split()[-1], -len(p.members)))
        # The first word is a given name in Western order and a family name in Korean or Chinese
        # order ("Kim" of "Kim Jong Un"), so it is only called a short form.
        role = "the surname" if word == person_key(owners[0].key).split()[-1] else "a short form"
        groups.merge(group.key, owners[0].key, f"'{group.members[0].name}' is {role} of '{display(owners[0])}'")


def link_sound_alike(groups: Groups) -> None:
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
                    f"'{display(small)}' sounds like '{display(big)}' (same surname, same document)",
                )


def link_capitals(groups: Groups, lex: Lexicon, text: str) -> None:
    for group in groups.roots():
        country = lex.capitals.get(group.key)
        if country is None or not any(c.actor and not c.locative for c in group.members):
            continue
        if any(_placed_in(text, c, country) for c in group.members):
            continue  # "serves Bangkok, Thailand": the document places the city in its country
        country_key = name_key(country)
        if country_key not in groups.groups and country_key not in groups.parent:
            groups.groups[country_key] = Group(country_key, country, "GPE")
            groups.parent[country_key] = country_key
        groups.merge(group.key, country_key, f"'{display(group)}' (the capital) acts for '{country}' in this document")


def _placed_in(text: str, cand: Candidate, country: str) -> bool:
    """'Bangkok, Thailand': the city with its country after a comma."""
    after = re.match(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", text[cand.end : cand.end + 60])
    return after is not None and name_key(after.group(1)) == name_key(country)


__all__ = ["link_bracketed_acronyms", "link_capitals", "link_initials", "link_person_parts", "link_sound_alike"]
