"""Later uses of a name the tagger found once but missed elsewhere ("Jobs", "iTunes", "Airbus")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_models import BARE_MODEL, MODEL
from storyline.extract.entity_names import name_key
from storyline.extract.entity_tokens import Candidate, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Capitalised words that also begin sentences as ordinary words; never propagated as names.
_COMMON_CAPITALISED = frozenset(
    {"the", "this", "that", "new", "first", "one", "president", "mac", "will", "may", "march", "june"}
)


UNIT_NOTE = "a firm's name and a business head after it"
# Up to three capitalised words after a firm's name, the last a business head ("Commercial Airplanes").
_UNIT_TAIL = re.compile(r"(?: [A-Z][a-z]+){1,3}\b")


def _business_unit(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """'Boeing Commercial Airplanes' where the tagger found only 'Boeing' elsewhere: a firm's name
    followed by capitalised words ending in a business head word is the name of one of its units."""
    tail = _UNIT_TAIL.match(text, end)
    if tail is None:
        return None
    words = tail.group(0).split()
    last = max((k for k, w in enumerate(words) if w in lex.business_heads), default=None)
    if last is None or any(w.lower() in lex.titles for w in words[: last + 1]):
        return None
    return start, end + len(" ".join(words[: last + 1])) + 1


def repeated_names(doc: Doc, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Later uses of a name the tagger found once but missed elsewhere ("Jobs", "iTunes", "Airbus").

    One name keeps one sense in a document; a match must not run into a longer capitalised name.
    Person names also lend their surname and first name.
    """
    labels: dict[str, str] = {}
    for c in found:
        if c.form != "name" or len(c.name) < 3:
            continue
        labels.setdefault(c.name, c.label)
        words = c.name.split()
        if c.label == "PERSON" and len(words) >= 2:
            for word in (words[0], words[-1]):
                if len(word) >= 3 and word[0].isupper() and word.lower() not in lex.titles:
                    labels.setdefault(word, "PERSON")
        if c.label == "PRODUCT" and len(words) >= 2:
            for word in words[1:]:  # "the 787" and "Dreamliner" of "Boeing 787 Dreamliner"
                if (MODEL.match(word) or BARE_MODEL.match(word) or word[:1].isupper()) and len(word) >= 3:
                    labels.setdefault(word, "PRODUCT")
    labels = {n: t for n, t in labels.items() if name_key(n) not in lex.junk and n.lower() not in _COMMON_CAPITALISED}
    if not labels:
        return []
    pattern = re.compile(
        r"(?<![\w.-])(?:" + "|".join(re.escape(n) for n in sorted(labels, key=len, reverse=True)) + r")(?![\w-])"
    )
    taken = sorted((c.start, c.end) for c in found)
    out = []
    text = doc_text(doc)
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        after = re.match(r"\s*(\S+)", text[m.end() :])
        if after and after.group(1)[:1].isupper() and not re.match(r"[\s,;:.!?]*\n", text[m.end() :]):
            unit = _business_unit(text, m.start(), m.end(), lex) if labels[m.group(0)] == "ORG" else None
            if unit is not None and not any(s < unit[1] and unit[0] < e for s, e in taken):
                out.append(Candidate(*unit, text[unit[0] : unit[1]], "ORG", note=UNIT_NOTE))
                taken.append(unit)
            continue  # "Apple Corps": part of a longer name
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1 and span[0].like_num and span[0].dep_ == "nummod":
            continue  # "787 dollars": a model number repeated as an amount
        before = text[: m.start()].rstrip()
        if (
            before
            and re.search(r"[A-Z][\w.-]*$", before)
            and not re.search(r"[.!?:\"”]\s*$", text[: m.start()])
            # "The iPod sold": an article opening a sentence or a paragraph
            and not re.search(r"(?:^|[.!?]\s+|\n\s*)(?:The|A|An)$", before)
        ):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), labels[m.group(0)], note="name repeated in the document"))
        taken.append((m.start(), m.end()))
    return out


__all__ = ["UNIT_NOTE", "repeated_names"]
