"""Product models the tagger misses, found from model designations.

Model designations ("A380", "777-200LR"), a maker before a model ("Boeing 787 Dreamliner"), a
three-digit model number before its name ("787 Dreamliner"), and a model named bare once its
maker named it ("the 787", "787s").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface
from storyline.extract.entity_tokens import Candidate, capitalised, doc_text, is_title, token_end

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Model designations: "A380", "KC-45", "F-16", "777-200LR", "737-800".
MODEL = re.compile(r"^(?:[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,3}|\d{3}-\d{2,3}[A-Z]{0,2})$")


# Variant designations the tokenizer cuts at the hyphen ("777", "-", "200LR"); the letter suffix
# tells them from scores and ranges ("130-120"), which stay out.
_VARIANT = re.compile(r"(?<![\w$.-])\d{3}-\d{2,3}[A-Z]{1,2}(?![\w-])")


def model_numbers(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Product model designations the tagger leaves out; known bodies ("G20") are found earlier."""
    taken = [(c.start, c.end) for c in found]
    out = []
    spans = [(m.start(), m.end()) for m in _VARIANT.finditer(doc_text(doc))]
    for token in doc:
        text = token.text[:-1] if token.text.endswith("s") and MODEL.match(token.text[:-1]) else token.text
        if MODEL.match(text):
            spans.append((token.idx, token.idx + len(text)))
    for start, end in sorted(spans):
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        out.append(Candidate(start, end, doc_text(doc)[start:end], "PRODUCT", note="model designation"))
    return out


BARE_MODEL = re.compile(r"^\d{3,4}(?:-\d{1,4}[A-Z]{0,3})?$")


def maker_models(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'Airbus A380', 'Boeing 787 Dreamliner': a maker's name before a model designation names a product."""
    out = list(found)
    for cand in found:
        if cand.label != "ORG":
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        model = doc[span.end]
        if not _designation(_singular(model.text)) or model.idx != cand.end + 1:
            continue
        last = model
        after = doc[model.i + 1] if model.i + 1 < len(doc) else None
        if (
            after is not None
            and after.pos_ in {"PROPN", "NOUN"}
            and capitalised(after)
            and after.ent_type_ != "GPE"
            and not after.is_sent_start
        ):
            last = after
        start, end = cand.start, token_end(last)
        out = [c for c in out if not (c.start < end and start < c.end)]
        out.append(Candidate(start, end, clean_surface(doc_text(doc)[start:end]), "PRODUCT", note="maker and model"))
    return out


NUMBERED_NAME_NOTE = "model number and name"

# A three-digit model number; four digits before a capitalised word are mostly years ("2010 Expo").
_MODEL_NUMBER = re.compile(r"^\d{3}$")
_QUOTES = re.compile(r"^[\"“”']$")


def numbered_names(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'the first 787 Dreamliner': a three-digit model number right before a capitalised singular
    word (no place, person or date, not a title, not opening the sentence) names a product,
    whose maker the text need not give; found names inside it give way to it."""
    out = list(found)
    for token in doc[:-1]:
        name = token.nbor(1)
        quoted = _QUOTES.match(name.text) is not None and name.i + 2 < len(doc) and _QUOTES.match(doc[name.i + 2].text)
        if quoted:
            name = name.nbor(1)  # 'the 787 "Dreamliner"': a nickname in quotes
        if (
            not _MODEL_NUMBER.match(token.text)
            or (not quoted and name.idx != token_end(token) + 1)
            or not capitalised(name)
            or not name.is_alpha
            or name.tag_ not in {"NN", "NNP"}
            or name.ent_type_ not in {"", "PRODUCT", "WORK_OF_ART", "NORP"}  # "Fortune 500 Apple" is the firm
            or name.text.isupper()  # "249 USD", a currency
            or name.is_sent_start
            or is_title(name, lex)
            or (not quoted and name.i + 1 < len(doc) and capitalised(name.nbor(1)))
        ):
            continue
        start, end = token.idx, token_end(name)
        if any(c.start < end and start < c.end and not (start <= c.start and c.end <= end) for c in out):
            continue  # part of a longer name ("Boeing 787 Dreamliner")
        out = [c for c in out if not (start <= c.start and c.end <= end)]
        label = f"{token.text} {name.text}"
        out.append(Candidate(start, end, label, "PRODUCT", note=NUMBERED_NAME_NOTE))
    return out


ECHO_NOTE = "model named earlier with its maker"


def _singular(word: str) -> str:
    """'787s' -> '787', 'Dreamliners' -> 'Dreamliner'; short words ("Bus") stay."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _designation(word: str) -> bool:
    return bool(MODEL.match(word) or BARE_MODEL.match(word))


def model_echoes(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'the 787', '46 more 787s', 'Dreamliners' after 'Boeing 787 Dreamliner': once a document names
    a maker's model, the bare designation or model name (singular or plural) is that product.

    A bare number is a product only through such an echo: alone, "787" could be any amount.
    """
    parts: set[str] = set()
    for cand in found:
        if cand.label in {"PERSON", "GPE", "LOC", "FAC", "NORP"} or " " not in cand.name:
            continue  # the tagger types "Maker 919 Skyliner" as anything from a product to a work of art
        words = [_singular(w) for w in cand.name.split()]
        designations = [w for w in words if _designation(w)]
        if len(designations) != 1 or (words.index(designations[0]) == 0 and cand.note != NUMBERED_NAME_NOTE):
            continue
        parts.update(words[words.index(designations[0]) :])
    if not parts:
        return []
    taken = [(c.start, c.end) for c in found]
    out = []
    for token in doc:
        if _singular(token.text) not in parts or (token.like_num and token.dep_ == "nummod"):
            continue  # "787 dollars" counts dollars
        end = token_end(token)
        if any(s < end and token.idx < e for s, e in taken):
            continue
        out.append(Candidate(token.idx, end, token.text, "PRODUCT", note=ECHO_NOTE))
    return out


__all__ = [
    "BARE_MODEL",
    "ECHO_NOTE",
    "MODEL",
    "NUMBERED_NAME_NOTE",
    "maker_models",
    "model_echoes",
    "model_numbers",
    "numbered_names",
]
