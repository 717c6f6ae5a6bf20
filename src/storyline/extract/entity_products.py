"""Products the words around a name reveal, where the tagger calls them firms or people.

A maker's name before a proper noun ("Chevrolet Volt") and a possessive or an indefinite article
before a one-word name ("its iPods"). The products found from name shapes live beside this:
model designations in :mod:`storyline.extract.entity_models`, brand words and versions in
:mod:`storyline.extract.entity_brands`; their names are imported here too, so that one import
gives every product finder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.entity_brands import BRAND_WORD, ELIDED_NOTE, brand_words, elided_models, with_version
from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_models import (
    BARE_MODEL,
    ECHO_NOTE,
    MODEL,
    NUMBERED_NAME_NOTE,
    maker_models,
    model_echoes,
    model_numbers,
    numbered_names,
)
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_tokens import Candidate, capitalised, doc_text, is_title, token_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def maker_names(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'Chevrolet Volt', 'Chevy Volt': a maker's name and a proper noun the tagger left untagged
    right after it name a product. Only in sentence-case text (a title-case headline capitalises
    every word) and never over a title ("Boeing Chief ...") or an organisation word."""
    taken = {c.start for c in found}
    out = list(found)
    for cand in found:
        if cand.label != "ORG":
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or doc[span.end].idx != cand.end + 1:
            continue
        run: list[Token] = []
        k = span.end
        while k < len(doc) and len(run) < 2 and _model_word(doc[k], lex):
            run.append(doc[k])
            k += 1
        if not run or (k < len(doc) and capitalised(doc[k])) or run[0].idx in taken or _title_case(span.sent):
            continue
        end = token_end(run[-1])
        out = [c for c in out if c is not cand]
        out.append(
            Candidate(
                cand.start, end, clean_surface(doc_text(doc)[cand.start : end]), "PRODUCT", note="maker and model name"
            )
        )
    return out


def _model_word(token: Token, lex: Lexicon) -> bool:
    return (
        token.pos_ == "PROPN"
        and capitalised(token)
        and not token.ent_type_
        and not is_title(token, lex)
        and token.text not in lex.org_heads
        and name_key(token.text) not in lex.designators
    )


def _title_case(sent: Span) -> bool:
    """Most words capitalised: a headline in title case, where capitals say nothing."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


# Determiners before a thing one owns or counts, not before a firm's name: "its iPod", "an iPod".
_OWNED = frozenset({"a", "an", "its", "their", "his", "her", "my", "your", "our"})
PRODUCT_CUE_NOTE = "a thing owned or counted"


def product_cue(doc: Doc, cand: Candidate, lex: Lexicon) -> Candidate:
    """'its iPods', 'an iPod': a one-word name the tagger called a firm, a person or an unknown
    place, heading a noun phrase after a possessive or an indefinite article, is a product. A name
    that only modifies the head ("a Ryanair spokesman", "its Apple shares") is left as it is."""
    if cand.label not in {"ORG", "PERSON", "GPE"} or cand.form != "name" or " " in cand.name:
        return cand
    if cand.label == "GPE" and name_key(cand.name) in lex.known:
        return cand  # "its Georgia office" aside, a known place stays one
    span = doc.char_span(cand.start, cand.end)
    if span is None:
        return cand
    before = span.start - 1
    while before > 0 and doc[before].pos_ == "ADJ" and span.start - before <= 2:
        before -= 1  # "an old iPod", "its new black iPod"
    if before < 0 or doc[before].lower_ not in _OWNED:
        return cand
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "NUM"} or after.lower_ in {"'s", "’s"}):
        return cand
    return Candidate(cand.start, cand.end, cand.name, "PRODUCT", cand.form, cand.descriptions, note=PRODUCT_CUE_NOTE)


__all__ = [
    "BARE_MODEL",
    "BRAND_WORD",
    "ECHO_NOTE",
    "ELIDED_NOTE",
    "MODEL",
    "NUMBERED_NAME_NOTE",
    "PRODUCT_CUE_NOTE",
    "brand_words",
    "elided_models",
    "maker_models",
    "maker_names",
    "model_echoes",
    "model_numbers",
    "numbered_names",
    "product_cue",
    "with_version",
]
