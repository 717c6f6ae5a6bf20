"""Mentions the tagger misses or cuts short, found from data files and name shapes.

Organisation names around a head word ("Institute for National Security Strategy"), facilities
named by a class word ("Vostochny spaceport"), gazetteer places and bodies and designators
("Chrysler LLC"). Product names are in :mod:`storyline.extract.entity_models`,
:mod:`storyline.extract.entity_brands` and :mod:`storyline.extract.entity_products`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_tokens import ARTICLES, Candidate, capitalised, doc_text, is_title, token_end, usage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def org_rule(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Capitalised runs around an organisation head word: 'Institute for National Unification'."""
    out = []
    for token in doc:
        if token.text not in lex.org_heads:
            continue
        left = token.i
        while (
            left > 0
            and capitalised(doc[left - 1])
            and not is_title(doc[left - 1], lex)
            and doc[left - 1].lower_ not in ARTICLES
        ):
            left -= 1
        right = token.i
        k = token.i + 1
        while (
            k + 1 < len(doc)
            and doc[k].lower_ in {"for", "of", "on", "and", "&"}
            and capitalised(doc[k + 1])
            and doc[k + 1].ent_type_ not in {"DATE", "TIME"}  # "the Office on June 18 upheld"
            and not _starts_other_name(doc[k], doc[k + 1])
        ):
            k += 1
            while (
                k < len(doc)
                and doc[k].ent_type_ != "PERSON"  # "Secretary of the Air Force for Acquisition Ann Lee"
                and (capitalised(doc[k]) or (doc[k].lower_ == "the" and k + 1 < len(doc) and capitalised(doc[k + 1])))
            ):
                right = k
                k += 1
        right = _listed_field_end(doc, right)
        if right == left or (right + 1 < len(doc) and is_title(doc[right + 1], lex)):
            continue  # "Pyongyang Bureau Chief" is a role, not an organisation
        start, end = doc[left].idx, token_end(doc[right])
        if "\n" in doc_text(doc)[start:end]:
            continue
        actor, locative = usage(doc[left : right + 1])
        out.append(
            Candidate(
                start,
                end,
                clean_surface(doc_text(doc)[start:end]),
                "ORG",
                actor=actor,
                locative=locative,
                note="organisation head word",
            )
        )
    return out


def _possessive_name(lex: Lexicon, key: str) -> bool:
    """A known name written with its own possessive ("Standard & Poor's")."""
    known = lex.known.get(key)
    return known is not None and known.name.endswith(("'s", "’s"))


def _starts_other_name(joiner: Token, token: Token) -> bool:
    """'our Company and Aeroflot': after 'and' the tagger begins a name of its own, a second party."""
    return joiner.lower_ in {"and", "&"} and token.ent_iob_ == "B"


def _listed_field_end(doc: Doc, right: int) -> int:
    """'Center for Eurasian, Russian, and East European Studies': a comma list of capitalised words
    that ends in a plural field name ("Studies", "Affairs") belongs to the name."""
    k = right + 1
    last = right
    while k + 1 < len(doc) and doc[k].lower_ in {",", "and"}:
        k += 1
        if doc[k].lower_ == "and":
            k += 1
        if k >= len(doc) or not capitalised(doc[k]):
            break
        while k < len(doc) and capitalised(doc[k]):
            last = k
            k += 1
    if last != right and doc[last].tag_ in {"NNPS", "NNS"}:
        return last
    return right


def facility_rule(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """A proper name followed by a facility class word: 'Vostochny spaceport', 'Baikonur Cosmodrome'."""
    out = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ in {"NORP", "PERSON"} or not capitalised(token):
            continue
        for width in (3, 2, 1):
            words = doc[token.i + 1 : token.i + 1 + width]
            if len(words) == width and lex.facility_class(" ".join(t.lower_ for t in words)):
                left = token.i
                while left > 0 and doc[left - 1].pos_ == "PROPN" and capitalised(doc[left - 1]):
                    left -= 1
                start, end = doc[left].idx, token_end(words[-1])
                name = clean_surface(doc_text(doc)[start:end])
                out.append(Candidate(start, end, name, "FAC", note="name before a facility class word"))
                break
    return out


def gazetteer_rule(doc: Doc, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    """Known places and bodies the tagger missed ("Luhansk and Donetsk") or cut short ("Standard &
    Poor's" of "Standard & Poor's 500"): proper nouns looked up. A match may overlap the tagger's
    spans only by containing them; :func:`overlay` then puts it in their place."""
    spans = sorted((c.start, c.end) for c in found)
    tokens = list(doc)
    heads = [_gazetteer_word(t) for t in tokens]
    inner = [h or t.like_num or t.text in {"&", "-", "'s", "’s"} for h, t in zip(heads, tokens, strict=True)]
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        hit = 0
        if heads[i]:
            for width in (5, 4, 3, 2, 1):
                last = i + width - 1
                if last >= len(tokens) or not all(inner[i + 1 : last + 1]) or tokens[last].text in {"-", "&"}:
                    continue  # "US-China": no name ends in its joining mark
                start, end = tokens[i].idx, token_end(tokens[last])
                key = name_key(doc_text(doc)[start:end])
                if key in lex.strong and _free_or_containing(spans, start, end):
                    if width > 1 and tokens[last].text in {"'s", "’s"} and not _possessive_name(lex, key):
                        continue  # "Russia's Sberbank": a possessive, not part of the name
                    hit = width
                    break
        if not hit:
            i += 1
            continue
        span = doc[i : i + hit]
        known = lex.known[name_key(span.text)]
        actor, locative = usage(span)
        out.append(
            Candidate(
                span.start_char,
                span.end_char,
                clean_surface(span.text),
                known.type,
                actor=actor,
                locative=locative,
                note="gazetteer name",
            )
        )
        i += hit
    return out


def _free_or_containing(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap no span, or strictly contain every span it overlaps?"""
    overlapping = [(s, e) for s, e in spans if s < end and start < e]
    return all(start <= s and e <= end and (s, e) != (start, end) for s, e in overlapping)


def with_designators(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'Chrysler' + 'LLC' tagged apart: the designator belongs to the name before it."""
    by_start = {c.start: c for c in found}
    out = []
    dropped: set[int] = set()
    for cand in sorted(found, key=lambda c: c.start):
        if cand.start in dropped:
            continue
        nxt = by_start.get(cand.end + 1)
        if (
            cand.label == "ORG"
            and nxt is not None
            and name_key(nxt.name) in lex.designators
            and doc_text(doc)[cand.end : cand.end + 1] == " "
        ):
            dropped.add(nxt.start)
            name = clean_surface(doc_text(doc)[cand.start : nxt.end])
            cand = Candidate(cand.start, nxt.end, name, "ORG", cand.form, cand.descriptions, actor=cand.actor)
        out.append(cand)
    return [c for c in out if name_key(c.name) not in lex.designators]


def _gazetteer_word(token: Token) -> bool:
    if not capitalised(token) or token.pos_ not in {"PROPN", "NOUN"}:
        return False
    return not token.is_stop or token.text.isupper()


def overlay(found: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """Rule spans replace the tagger's spans they overlap when they are at least as long."""
    out = list(found)
    for rule in rules:
        overlapping = [c for c in out if c.start < rule.end and rule.start < c.end]
        if any(c.end - c.start > rule.end - rule.start for c in overlapping):
            continue
        out = [c for c in out if c not in overlapping]
        descriptions = tuple(d for c in overlapping for d in c.descriptions)
        out.append(
            Candidate(
                rule.start,
                rule.end,
                rule.name,
                rule.label,
                descriptions=descriptions,
                actor=rule.actor,
                locative=rule.locative,
                note=rule.note,
            )
        )
    return out


__all__ = [
    "facility_rule",
    "gazetteer_rule",
    "org_rule",
    "overlay",
    "with_designators",
]
