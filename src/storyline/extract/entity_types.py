"""Types read from the words around a name, overruling the tagger.

A name before or after an organisation noun or before a role is an ORG ("the Rodong Sinmun
newspaper", "Ryanair CEO", "the Kelbair spokesman"), and so is a name ending in a business word ("Harrow Aircraft"); a
name ending in a gathering word is an EVENT ("Paris Air Show"); a one-word person coordinated
with places is a place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import name_key
from storyline.extract.entity_tokens import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# Titles that go before a person's own name, never after an employer's ("Dr.", "Mr.").
_PERSONAL_TITLES = frozenset(
    {"dr.", "mr.", "mrs.", "ms.", "sir", "dame", "lord", "lady", "prof.", "rev.", "sen.", "rep."}
)

# Only an organisation class noun ("the Flyvane airline") marks a firm strongly enough to
# overrule the tagger on the bare word; a role after a name ("Ryanair CEO", "Putin aide") does not.
ORG_NOUN_NOTE = "name before an organisation noun"


def class_noun_fix(doc: Doc, cand: Candidate, lex: Lexicon) -> Candidate:
    """'the Rodong Sinmun newspaper', 'budget airline Ryanair': a name before or after an
    organisation class noun is an ORG."""
    if cand.label == "FAC":
        return cand
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return cand
    nxt = doc[span.end]
    if cand.label == "ORG":
        if not cand.note and (_class_noun_around(span, lex) or _speaks_for(span, lex)):
            return replace(cand, note=ORG_NOUN_NOTE)  # evidence for the entity's type
        return cand
    if _class_noun_before(span, lex) and cand.label in {"PERSON", "PRODUCT", "WORK_OF_ART"}:
        return replace(cand, label="ORG", note=ORG_NOUN_NOTE)
    # A role right after a one-word name ("Ryanair CEO", "Cisco spokesman") makes it the employer.
    employer = len(span) == 1 and nxt.lower_ in lex.titles and nxt.lower_ not in _PERSONAL_TITLES
    if ((nxt.pos_ == "NOUN" and nxt.lower_ in lex.org_classes) or employer) and cand.label in {
        "PERSON",
        "PRODUCT",
        "WORK_OF_ART",
        "GPE",
    }:
        if cand.label == "GPE" and name_key(cand.name) in lex.known:
            return cand  # "the Russia group": a known place stays a place
        return Candidate(
            cand.start,
            cand.end,
            cand.name,
            "ORG",
            cand.form,
            cand.descriptions,
            # a role alone is weaker evidence: "a Putin aide" names a person's aide
            note=ORG_NOUN_NOTE if nxt.lower_ in lex.org_classes or _speaks_for(span, lex) else "name before a role",
        )
    return cand


def _speaks_for(span: Span, lex: Lexicon) -> bool:
    """'the Kelbair spokesman', 'a Kelbair spokeswoman': an article, the name, a role that speaks
    for an organisation."""
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].lower_ in {"the", "a", "an"}
        and doc[span.end].lower_ in lex.speaker_roles
    )


def _class_noun_around(span: Span, lex: Lexicon) -> bool:
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return _class_noun_before(span, lex) or (
        after is not None and after.pos_ == "NOUN" and after.lower_ in lex.org_classes
    )


def _class_noun_before(span: Span, lex: Lexicon) -> bool:
    """'airline Ryanair', 'the airline, Ryanair,': a one-word name right after an organisation
    class noun, or set off by commas after one ("the company, Smith said" is no apposition)."""
    doc = span.doc
    k = span.start - 1
    if len(span) != 1 or k < 0:
        return False
    if doc[k].text == ",":
        if span.end >= len(doc) or doc[span.end].text != ",":
            return False
        k -= 1
    return k >= 0 and doc[k].pos_ == "NOUN" and doc[k].lower_ in lex.org_classes


EVENT_NOTE = "name of a gathering"


def event_name_fix(cand: Candidate, lex: Lexicon) -> Candidate:
    """'Worldwide Developers Conference', 'Paris Air Show': a name of two or more words ending in
    a gathering word is an event, not the organisation or place the tagger took it for."""
    words = cand.name.split()
    if cand.form != "name" or len(words) < 2 or words[-1] not in lex.event_heads or cand.label == "EVENT":
        return cand
    return replace(cand, label="EVENT", note=EVENT_NOTE)


BUSINESS_NOTE = "name ending in a business word"
# Types the tagger gives a company name read as a person's or a place's ("Harrow Aircraft").
_NOT_A_FIRM = frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})


def business_name_fix(cand: Candidate, lex: Lexicon) -> Candidate:
    """'Harrow Aircraft', 'Dunmore Motors': a name of two or more words ending in a business word
    (``data/entities/business_heads.txt``) is an organisation, however the tagger read the first
    word (often a surname)."""
    words = cand.name.split()
    if cand.form != "name" or len(words) < 2 or words[-1] not in lex.business_heads:
        return cand
    if cand.label == "ORG":
        return cand if cand.note else replace(cand, note=BUSINESS_NOTE)  # evidence for the entity's type
    if cand.label not in _NOT_A_FIRM:
        return cand
    return replace(cand, label="ORG", note=BUSINESS_NOTE)


def coordination_fix(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'recognizing Luhansk and Donetsk as states': a one-word person coordinated with places is a place."""
    by_token: dict[int, Candidate] = {}
    for cand in found:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None:
            by_token[span.root.i] = cand
    out = []
    for cand in found:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if cand.label == "PERSON" and span is not None and len(span) == 1:
            root = span.root
            near = [root.head] if root.dep_ == "conj" else []
            near += [t for t in root.children if t.dep_ == "conj"]
            labels = {by_token[t.i].label for t in near if t.i in by_token}
            if labels and labels <= {"GPE"}:
                cand = Candidate(
                    cand.start,
                    cand.end,
                    cand.name,
                    "GPE",
                    cand.form,
                    cand.descriptions,
                    actor=cand.actor,
                    locative=cand.locative,
                    note="coordinated with places",
                )
        out.append(cand)
    return out


__all__ = [
    "BUSINESS_NOTE",
    "EVENT_NOTE",
    "ORG_NOUN_NOTE",
    "business_name_fix",
    "class_noun_fix",
    "coordination_fix",
    "event_name_fix",
]
