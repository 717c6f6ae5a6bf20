"""Names the tagger ran together with a person's name the document gives elsewhere.

The small model often reads an office and its holder as one organisation ("... of the Navy for
Research Ann Lee": the office, then the person) and a country abbreviation that ends a sentence
as the start of the next one's name ("sold in the U.S. Lee also said": "U.S. Lee"). When the
document names that person on their own, the run is cut in two: the organisation or place, then
the person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_tokens import Candidate

# Words that join the person to what comes before into one name ("Bill & Melinda Gates", "Duke
# of Edinburgh"): no cut after them.
_JOINING = frozenset({"&", "and", "of", "de", "van", "von", "the"})
_SPLITTABLE = frozenset({"ORG", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "NORP"})


def split_trailing_people(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Cut a person's name off the end of a longer non-person name.

    The tail must be a full name the document tags as a person elsewhere, or the surname of one
    after a known place ("U.S. Lee"): a surname alone after any other name is too often part of
    it ("Johnson & Johnson").
    """
    people = {c.name for c in found if c.label == "PERSON" and len(c.name.split()) >= 2}
    surnames = {name.split()[-1] for name in people}
    out: list[Candidate] = []
    for cand in found:
        cut = _person_tail(text, cand, people, surnames, lex) if cand.label in _SPLITTABLE else None
        if cut is None:
            out.append(cand)
            continue
        head = clean_surface(text[cand.start : cut].rstrip())
        head_end = cand.start + len(text[cand.start : cut].rstrip())
        out.append(replace(cand, end=head_end, name=head, note="name cut before a person's name"))
        out.append(Candidate(cut, cand.end, text[cut : cand.end], "PERSON", note="person's name cut off a longer name"))
    return out


def _person_tail(text: str, cand: Candidate, people: set[str], surnames: set[str], lex: Lexicon) -> int | None:
    """Where the person's name at the end of ``cand`` starts, if it has one."""
    span = text[cand.start : cand.end]
    for person in people:
        if span.endswith(" " + person) and len(span) > len(person) + 1:
            before = span[: -len(person)].split()
            if before[-1].lower() in _JOINING:
                return None  # "Bill & Melinda Gates" names both
            return cand.end - len(person)
    words = span.split()
    if len(words) >= 2 and words[-1] in surnames:
        head = name_key(" ".join(words[:-1]))
        known = lex.known.get(head)
        if known is not None and known.type == "GPE":
            return cand.end - len(words[-1])
    return None


# "Secretary of the Navy for Research Ann Lee": an office's portfolio after 'for', then maybe
# the holder's two or three capitalised names.
_PORTFOLIO_TAIL = re.compile(r"\s+for\s+[A-Z][a-z]+(?P<holder>(?:\s+[A-Z][a-z'-]+){2,3})?$")
_OFFICE_BEFORE = re.compile(r"\b(?P<title>[A-Za-z]+)\s+of\s+(?:the\s+)?$")


def cut_office_portfolio(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'Assistant Secretary of the Air Force for Research Ann Lee': after a title's 'of', the body
    is the name; 'for Research' is the title's portfolio and a name after it is the holder's. A
    body whose head takes 'for' itself ("Institute for Peace") keeps it."""
    out: list[Candidate] = []
    for cand in found:
        tail = _PORTFOLIO_TAIL.search(text, cand.start, cand.end) if cand.label == "ORG" else None
        office = _OFFICE_BEFORE.search(text[max(0, cand.start - 40) : cand.start])
        body = text[cand.start : tail.start()].split() if tail is not None else []
        if (
            tail is None
            or office is None
            or office.group("title").lower() not in lex.titles
            or body[-1] in lex.org_heads  # "Director of the Institute for Peace": the institute's own name
        ):
            out.append(cand)
            continue
        end = tail.start()
        out.append(replace(cand, end=end, name=clean_surface(text[cand.start : end]), note="office portfolio cut off"))
        holder = tail.group("holder")
        if holder:
            start = tail.end() - len(holder.lstrip())
            out.append(Candidate(start, tail.end(), text[start : tail.end()], "PERSON", note="office holder"))
    return out


_SPACED_PAIR = re.compile(r"^([A-Z][\w.&' ]*?[\w.]) - ([A-Z][\w.&' ]*)$")


def split_spaced_pairs(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'Reuters - Apple': a span of two names around a spaced dash is two mentions when either
    word is a name of its own, named alone in the document or a known place or body; one word, a
    dash and one word that never stand alone ("Wal - Mart", text tokenised before it was joined)
    stay one name. A bare hyphen ("Rolls-Royce", "Boeing-Air Force") is left to the tagger."""
    alone: dict[str, str] = {}
    for c in found:
        alone.setdefault(name_key(c.name), c.label)
    out: list[Candidate] = []
    for cand in found:
        pair = _SPACED_PAIR.match(text[cand.start : cand.end])
        if pair is None or cand.form != "name" or name_key(cand.name) in lex.known:
            out.append(cand)
            continue
        parts = [(cand.start + pair.start(g), cand.start + pair.end(g)) for g in (1, 2)]
        found_labels = [_own_label(text[s:e], alone, lex) for s, e in parts]
        if found_labels == [None, None]:
            out.append(cand)
            continue
        for (start, end), label in zip(parts, found_labels, strict=True):
            name = clean_surface(text[start:end])
            out.append(
                replace(
                    cand, start=start, end=end, name=name, label=label or cand.label, note="two names around a dash"
                )
            )
    return out


def _own_label(name: str, alone: dict[str, str], lex: Lexicon) -> str | None:
    key = name_key(name)
    if key in alone:
        return alone[key]
    known = lex.known.get(key)
    return known.type if known is not None else None


# "Zenbook and Zenbook Pro": two names sharing their first word, coordinated in one span.
_REPEATED_FIRST = re.compile(r"^(?P<a>(?P<w>[A-Za-z][\w-]+)(?: [\w.-]+)*) (?:and|or|&) (?P<b>(?P=w)(?: [\w.-]+)+)$")


def split_repeated_heads(text: str, found: list[Candidate]) -> list[Candidate]:
    """'the Zenbook and Zenbook Pro': a span coordinating two names that begin with the same word
    names two things; "Johnson & Johnson" repeats the whole name and stays one."""
    out: list[Candidate] = []
    for cand in found:
        pair = _REPEATED_FIRST.match(text[cand.start : cand.end]) if cand.form == "name" else None
        if pair is None or pair.group("a") == pair.group("b"):
            out.append(cand)
            continue
        for group in ("a", "b"):
            start, end = cand.start + pair.start(group), cand.start + pair.end(group)
            name = clean_surface(text[start:end])
            out.append(replace(cand, start=start, end=end, name=name, note="two names coordinated in one span"))
    return out


__all__ = ["cut_office_portfolio", "split_repeated_heads", "split_spaced_pairs", "split_trailing_people"]
