"""Product names the tagger misses or cuts short, found from name shapes.

Model designations ("A380", "777-200LR"), lower-case-first brand words ("iPhone", "iTunes"), a
maker before a model ("Boeing 787 Dreamliner", "Chevrolet Volt"), a model named bare once its
maker named it ("the 787", "787s"), and versions before or after a product ("iPhone 4",
"3G iPhone", "Software 1.1.1").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_tokens import Candidate, capitalised, doc_text, is_title, token_end, usage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


# Brand words written with a lower-case prefix before a capital: "iPhone", "iTunes", "iOS", "eBay".
# The small model leaves most of them untagged (in "iPhone 4 pre-orders" it tags only "4").
BRAND_WORD = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]*[a-z][A-Za-z]*$|^[a-z][A-Z]{2,4}$")


def brand_words(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Lower-case-first brand words the tagger missed; a version after them is added later."""
    taken = [(c.start, c.end) for c in found]
    out = []
    for token in doc:
        if not BRAND_WORD.match(token.text) or token.pos_ not in {"PROPN", "NOUN", "ADJ", "X"}:
            continue
        start, end = token.idx, token_end(token)
        if any(s < end and start < e for s, e in taken):
            continue
        actor, locative = usage(doc[token.i : token.i + 1])
        out.append(Candidate(start, end, token.text, "PRODUCT", actor=actor, locative=locative, note="brand word"))
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


# Version after a product name: "iPhone 4", "iOS 5", "Windows 7", "iPhone 3GS".
_VERSION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}|\d[A-Z]{1,2}S?)$")


# A network generation written before a product: "3G iPhone" (plain numbers there count things).
_GENERATION = re.compile(r"(?<![\w-])(\d[A-Z]{1,2}S?) $")


def with_version(doc: Doc, cand: Candidate) -> Candidate:
    """A product (or lower-case-first brand like "iPhone") with a version number after it, or a
    generation before it ("3G iPhone"), is one product."""
    if not (cand.label == "PRODUCT" or (cand.label == "ORG" and cand.name[:1].islower())):
        return cand
    text = doc_text(doc)
    start, end = cand.start, cand.end
    follow = re.match(r" ([\dA-Z.]+?)(?=[\s,;:!?)]|[.](?!\d)|$)", text[cand.end : cand.end + 12])
    if follow is not None and _VERSION.match(follow.group(1)):
        end = cand.end + 1 + len(follow.group(1))
    else:
        before = _GENERATION.search(text[max(0, cand.start - 6) : cand.start])
        if before is None:
            return cand
        start = cand.start - len(before.group(0))
    name = clean_surface(text[start:end])
    return Candidate(start, end, name, "PRODUCT", cand.form, cand.descriptions, note="product and version")


ELIDED_NOTE = "model listed after its brand's first model"
# ", Nano and Shuffle" after "the iPod Classic": one-word models sharing the first one's brand.
_MODEL_LIST = re.compile(r"((?:, [A-Z][a-z]+\b(?! [A-Z]))*),? and ([A-Z][a-z]+)\b(?! [A-Z])")


def elided_models(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'the iPod Classic, Nano and Shuffle': capitalised single words listed right after a brand
    word and its model are models of that brand (the tagger reads them as people or peoples).
    Words the tagger names a firm or a place, and given names, break the list."""
    text = doc_text(doc)
    out = list(found)
    for cand in found:
        words = cand.name.split()
        if len(words) != 2 or not BRAND_WORD.match(words[0]) or not words[1][:1].isupper():
            continue
        listed = _MODEL_LIST.match(text, cand.end)
        if listed is None:
            continue
        models = [m.group(0)[2:] for m in re.finditer(r", [A-Z][a-z]+", listed.group(1))] + [listed.group(2)]
        spans: list[tuple[int, int]] = []
        for model in models:
            start = text.index(model, spans[-1][1] if spans else cand.end)
            spans.append((start, start + len(model)))
        tokens = [doc.char_span(s, e) for s, e in spans]
        if any(
            t is None or t.root.ent_type_ in {"ORG", "GPE", "LOC", "FAC"} or name_key(t.text) in lex.given_names
            for t in tokens
        ):
            continue
        out = [c for c in out if not any(c.start < e and s < c.end for s, e in spans)]
        for (start, end), model in zip(spans, models, strict=True):
            out.append(Candidate(start, end, f"{words[0]} {model}", "PRODUCT", note=ELIDED_NOTE))
    return out


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
