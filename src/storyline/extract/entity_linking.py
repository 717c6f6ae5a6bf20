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
   per discourse (Gale, Church and Yarowsky 1992) all its mentions in the document do;
8. a bare product name in a document naming one version of it ("the zPad", "zPad 4") is that version.
"""

from __future__ import annotations

from storyline.extract.entity_groups import Group, Groups, display
from storyline.extract.entity_lexicon import Lexicon, lexicon
from storyline.extract.entity_link_names import (
    link_bracketed_acronyms,
    link_capitals,
    link_initials,
    link_person_parts,
    link_sound_alike,
)
from storyline.extract.entity_link_orgs import headline_end, link_designators, link_facility_synonyms, link_org_parts
from storyline.extract.entity_link_products import link_product_versions
from storyline.extract.entity_names import name_key
from storyline.extract.entity_tokens import Candidate
from storyline.records import Description, LocalEntity, Mention


def link_mentions(cands: list[Candidate], text: str) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    """Document-local entities and their mentions from the document's name mentions."""
    lex = lexicon()
    groups = Groups()
    for cand in cands:
        key, canonical, kind = _identify(cand, lex)
        groups.add(key, cand, canonical, kind)
    link_bracketed_acronyms(groups, cands, text)
    link_initials(groups, lex)
    link_person_parts(groups)
    link_designators(groups, lex)
    link_org_parts(groups, lex, headline_end(text))
    link_facility_synonyms(groups, lex)
    link_sound_alike(groups)
    link_capitals(groups, lex, text)
    link_product_versions(groups, text)
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


def _build(roots: list[Group], text: str) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    entities: list[LocalEntity] = []
    mentions: list[Mention] = []
    for number, group in enumerate(g for g in roots if g.members):
        key = f"e{number}"
        name = display(group)
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
        entities.append(
            LocalEntity(
                key,
                name,
                group.label(),
                tuple(aliases),
                tuple(descriptions),
                why=tuple(why),
                type_cue=group.type_cue(),
            )
        )
        for cand in group.members:
            mentions.append(Mention(cand.start, cand.end, text[cand.start : cand.end], key, cand.form))
    mentions.sort(key=lambda m: (m.start, m.end))
    return tuple(entities), tuple(mentions)


__all__ = ["link_mentions"]
