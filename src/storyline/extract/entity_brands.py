"""Brand products the tagger misses or cuts short, found from brand words.

Lower-case-first brand words ("iPhone", "iTunes"), versions before or after a product ("iPhone 4",
"3G iPhone", "Software 1.1.1"), and one-word models listed after a brand's first model ("the iPod
Classic, Nano and Shuffle").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_tokens import Candidate, doc_text, token_end, usage

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


__all__ = ["BRAND_WORD", "ELIDED_NOTE", "brand_words", "elided_models", "with_version"]
