"""Organisation and product names the tagger leaves untagged or mistypes, found from the words
around them.

- after an organisation class noun in apposition: "the technology blog Gizmodo", "budget
  airline Skyvar" (the class nouns are ``org_classes.txt``); after a product class noun, a
  product: "web browser Safari" (``product_classes.txt``);
- capitals joined by an ampersand: "AT&T", "P&G" (a firm's initials, never a common word);
- "Air" before a country the tagger found alone: "Air China", "Air Canada" (flag carriers); a
  name beginning with "Air" read as a person or place ("Air Berlin") is an airline too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface
from storyline.extract.entity_tokens import Candidate, capitalised, doc_text, is_title, token_end, usage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLASS_NOUN_NOTE = "name after an organisation class noun"
PRODUCT_CLASS_NOTE = "name after a product class noun"
_AMPERSAND_INITIALS = re.compile(r"(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])")

# Longest name taken after a class noun; longer capitalised runs are headlines or titles.
_MAX_WORDS = 3


def cued_names(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Untagged organisation or product names after a class noun, and organisations written as
    ampersand initials."""
    taken = [(c.start, c.end) for c in found]
    spans: list[tuple[int, int, str, bool, bool]] = []
    labels: dict[int, str] = {}
    for token in doc:
        run = _after_class_noun(doc, token, lex)
        if run:
            product = token.lower_ in lex.product_classes
            note = PRODUCT_CLASS_NOTE if product else CLASS_NOUN_NOTE
            spans.append((run[0].idx, token_end(run[-1]), note, *usage(doc[run[0].i : run[-1].i + 1])))
            labels[run[0].idx] = "PRODUCT" if product else "ORG"
    for m in _AMPERSAND_INITIALS.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        actor, locative = usage(span) if span is not None else (False, False)
        spans.append((m.start(), m.end(), "ampersand initials", actor, locative))
    out: list[Candidate] = []
    for start, end, note, actor, locative in spans:
        if any(s < end and start < e for s, e in taken):
            continue
        name = clean_surface(doc_text(doc)[start:end])
        out.append(Candidate(start, end, name, labels.get(start, "ORG"), actor=actor, locative=locative, note=note))
        taken.append((start, end))
    return out


AIRLINE_NOTE = "a name beginning with Air: an airline"


def air_carriers(text: str, found: list[Candidate]) -> list[Candidate]:
    """'Air China': a place the tagger found right after the word "Air" is the airline's name;
    'Air Berlin' read as a person or a place is an airline too (no one's name begins with "Air")."""
    out = []
    for c in found:
        after_air = c.start >= 4 and text[c.start - 4 : c.start] == "Air "
        if after_air and c.label == "GPE" and c.form == "name" and (c.start == 4 or not text[c.start - 5].isalnum()):
            c = replace(c, start=c.start - 4, name=f"Air {c.name}", label="ORG", note=AIRLINE_NOTE)
        elif c.label in {"PERSON", "GPE", "LOC"} and c.form == "name" and re.fullmatch(r"Air [A-Z][\w-]+", c.name):
            c = replace(c, label="ORG", note=AIRLINE_NOTE)
        out.append(c)
    return out


def product_class_fix(doc: Doc, cand: Candidate, lex: Lexicon) -> Candidate:
    """'web browser Safari': a one-word name the tagger called a person, a firm or a people, right
    after a product class noun, is a product."""
    if cand.form != "name" or " " in cand.name or cand.label not in {"PERSON", "ORG", "NORP", "GPE"}:
        return cand
    span = doc.char_span(cand.start, cand.end)
    if span is None or span.start == 0:
        return cand
    before = doc[span.start - 1]
    if not before.text.islower() or before.lower_ not in lex.product_classes:
        return cand
    return replace(cand, label="PRODUCT", note=PRODUCT_CLASS_NOTE)


def _after_class_noun(doc: Doc, token: Token, lex: Lexicon) -> list[Token] | None:
    """'blog' + 'Gizmodo': the capitalised proper nouns right after a lower-case class noun that
    itself follows a modifier or an article ("the technology blog", "budget airline")."""
    if token.i == 0 or not token.text.islower() or token.lower_ not in lex.org_classes | lex.product_classes:
        return None
    if doc[token.i - 1].pos_ not in {"DET", "NOUN", "ADJ", "PROPN"}:
        return None
    run: list[Token] = []
    k = token.i + 1
    while (
        k < len(doc)
        and len(run) <= _MAX_WORDS
        and doc[k].pos_ == "PROPN"
        and capitalised(doc[k])
        and not doc[k].ent_type_
        and not is_title(doc[k], lex)
        and not doc[k].is_sent_start
    ):
        run.append(doc[k])
        k += 1
    if not run or len(run) > _MAX_WORDS or (k < len(doc) and capitalised(doc[k])):
        return None
    return run


__all__ = [
    "AIRLINE_NOTE",
    "CLASS_NOUN_NOTE",
    "PRODUCT_CLASS_NOTE",
    "air_carriers",
    "cued_names",
    "product_class_fix",
]
