"""Mentions the tagger misses or cuts short, found from data files and name shapes.

Organisation names around a head word ("Institute for National Security Strategy"), facilities
named by a class word ("Vostochny spaceport"), gazetteer places and bodies, model designations
("A380"), a maker before a model ("Boeing 787 Dreamliner"), designators ("Chrysler LLC") and
versions ("iPhone 4").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_tokens import ARTICLES, Candidate, capitalised, doc_text, is_title, token_end, usage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
                if last >= len(tokens) or not all(inner[i + 1 : last + 1]):
                    continue
                start, end = tokens[i].idx, token_end(tokens[last])
                if name_key(doc_text(doc)[start:end]) in lex.strong and _free_or_containing(spans, start, end):
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
        if len(designations) != 1 or words.index(designations[0]) == 0:
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
    "BARE_MODEL",
    "BRAND_WORD",
    "ECHO_NOTE",
    "MODEL",
    "brand_words",
    "facility_rule",
    "gazetteer_rule",
    "maker_models",
    "maker_names",
    "model_echoes",
    "model_numbers",
    "org_rule",
    "overlay",
    "with_designators",
    "with_version",
]
