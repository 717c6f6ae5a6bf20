"""Corrections over the found mentions: types, short forms, junk, title words, repeated names.

A name before an organisation noun or a role is an ORG ("the Rodong Sinmun newspaper",
"Ryanair CEO"); "the North" refers to a place the document names in full; a one-word person
coordinated with places is a place; page furniture is dropped; later uses of a found name are
found too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, initials, name_key
from storyline.extract.entity_products import BARE_MODEL, ECHO_NOTE, MODEL
from storyline.extract.entity_tokens import Candidate, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# Capitalised words that also begin sentences as ordinary words; never propagated as names.
_COMMON_CAPITALISED = frozenset(
    {"the", "this", "that", "new", "first", "one", "president", "mac", "will", "may", "march", "june"}
)

# Titles that go before a person's own name, never after an employer's ("Dr.", "Mr.").
_PERSONAL_TITLES = frozenset(
    {"dr.", "mr.", "mrs.", "ms.", "sir", "dame", "lord", "lady", "prof.", "rev.", "sen.", "rep."}
)

# Role heads after a portfolio ("Defense Minister", "Security Advisor"): the portfolio is no mention.
_PORTFOLIO = re.compile(r"(?:Minister|Secretary|Advisor|Adviser|Spokesman|Spokeswoman)\b")


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
        if not cand.note and _class_noun_around(span, lex):
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
            note=ORG_NOUN_NOTE if nxt.lower_ in lex.org_classes else "name before a role",
        )
    return cand


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


def short_forms(doc: Doc, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    named = {name_key(lex.known[k].name) if k in lex.known else k for k in (name_key(c.name) for c in found)}
    out: list[Candidate] = []
    for form in lex.short_forms:
        if name_key(form.target) not in named or any(name_key(a) not in named for a in form.also):
            continue
        for m in re.finditer(rf"\b{re.escape(form.phrase)}\b(?!\s+[A-Z])", doc_text(doc)):
            inside = [c for c in found if c.start < m.end() and m.start() < c.end]
            if any(c.start < m.start() or c.end > m.end() for c in inside):
                continue  # part of a longer name
            for c in inside:
                found.remove(c)
            kind = lex.known[name_key(form.target)].type if name_key(form.target) in lex.known else "GPE"
            out.append(
                Candidate(
                    m.start(),
                    m.end(),
                    m.group(0),
                    kind,
                    "nominal",
                    target=form.target,
                    note=f"short form of {form.target}",
                )
            )
    return out


# Words that join two names ("Bay of Biscay"); a name cut after one of them takes the next name.
_OF_WORDS = frozenset({"of", "de", "del", "du"})
# Joining words no name ends in ("Northrop Grumman and" is the tagger running on).
_TRAILING_JOINER = re.compile(r"(?:\s+(?:and|&|of|for|or|the|de|del|du))+$")  # lower case: "Li Du" is a name

# A currency word right after a country's name: the country only names the currency.
_CURRENCY_AFTER = re.compile(r"\s(?:dollars?|cents?|pounds? sterling|euros?|yen|yuan)\b")

# Types whose name can run on into the next name ("Lockheed" + "Martin", "iTunes" + "Music Store").
_JOINABLE = frozenset({"ORG", "PRODUCT", "LOC", "FAC", "WORK_OF_ART"})


def adjacent_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """Two names one space apart are one name the tagger cut in two: 'Lockheed' + 'Martin',
    'iPhone' + 'SDK', 'Bay of' + 'Biscay'. People and places before a name stay apart ("Apple
    Inc. Steve Jobs", "UK iTunes store"), and so does a name ending in a lower-case class word
    ("at Heathrow airport Boeing said")."""
    out: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -c.end)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and cand.start == prev.end + 1
            and text[prev.end] == " "
            and text[cand.start].isalnum()
            and prev.form == cand.form == "name"
            and (_runs_on(prev, cand) or _of_name(prev, cand))
        ):
            name = clean_surface(text[prev.start : cand.end])
            out[-1] = Candidate(
                prev.start,
                cand.end,
                name,
                prev.label,
                prev.form,
                prev.descriptions + cand.descriptions,
                actor=prev.actor or cand.actor,
                locative=prev.locative,
                note="two names one space apart",
            )
            continue
        out.append(cand)
    return out


def _runs_on(prev: Candidate, cand: Candidate) -> bool:
    return (
        prev.label in _JOINABLE
        and cand.label in _JOINABLE | {"PERSON"}
        and not (cand.label == "PERSON" and " " in cand.name)
        and prev.name.split()[-1][:1].isupper()
    )


def _of_name(prev: Candidate, cand: Candidate) -> bool:
    """'Bay of' + 'Biscay', 'University of' + 'Leeds': a name cut after its 'of' takes the name
    after it, whatever the tagger called that one; a person after 'of' is someone's ("the widow of
    Ann Lee") and stays apart."""
    return prev.name.split()[-1] in _OF_WORDS and len(prev.name.split()) >= 2 and cand.label != "PERSON"


def without_trailing_joiners(text: str, found: list[Candidate]) -> list[Candidate]:
    """'Northrop Grumman and', 'Gulf of': a span ending in a joining word that no name after it
    completed ends before that word."""
    out = []
    for c in found:
        span = text[c.start : c.end]
        cut = _TRAILING_JOINER.search(span)
        if cut is not None and c.form == "name":
            end = c.start + cut.start()
            c = replace(c, end=end, name=clean_surface(text[c.start : end]), note="joining word at the end dropped")
        out.append(c)
    return out


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


def trim_common_nouns(found: list[Candidate], text: str) -> list[Candidate]:
    """'Clinton Plan' in a headline: a surname of the document's people plus a word the document
    also writes in lower case is the surname alone."""
    surnames = {c.name.split()[-1] for c in found if c.label == "PERSON" and " " in c.name}
    lower = set(re.findall(r"\b[a-z]+\b", text))
    out = []
    for c in found:
        words = c.name.split()
        if c.label == "PERSON" and len(words) == 2 and words[0] in surnames and words[1].lower() in lower:
            c = Candidate(c.start, c.start + len(words[0]), words[0], "PERSON", c.form, c.descriptions, note=c.note)
        out.append(c)
    return out


def is_junk(cand: Candidate, lex: Lexicon) -> bool:
    if cand.note == ECHO_NOTE:
        return False  # a bare model number once named with its maker ("the 787")
    key = name_key(cand.name)
    if not key or not re.search(r"[a-z]", key) or key in lex.junk:
        return True
    if cand.form == "name" and not any(ch.isupper() for ch in cand.name):
        # names carry a capital somewhere ("iPhone" does, "iu.edu" does not); plural model
        # numbers ("777s") are names without one
        return not (cand.label == "PRODUCT" and re.fullmatch(r"\d{3}s", cand.name))
    if "@" in cand.name or re.search(r"\.(?:com|org|edu|net|gov)\b", cand.name):
        return True
    if re.search(r"[$€£¥]\s?\d", cand.name):
        return True  # "US $299": an amount the tagger took for a name
    return len(key) < 2


def is_unit(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """'a 16 GB model': a unit right after a number is no name; nor is the country that names a
    currency ("$9.99 US dollars", "the Canadian dollar" is no NORP mention either)."""
    if cand.name in lex.units and re.search(r"\d\s?$", text[max(0, cand.start - 2) : cand.start]) is not None:
        return True
    return cand.label in {"GPE", "NORP"} and _CURRENCY_AFTER.match(text, cand.end) is not None


def drop_inside_descriptions(found: list[Candidate], text: str, lex: Lexicon) -> list[Candidate]:
    """A span that is part of a capitalised title ("National Security" in "National Security Advisor
    Jake Sullivan") is no mention, unless the document names it elsewhere ("Apple CEO Steve Jobs")
    or it is a known body, the person's employer ("Federal Reserve Chairman Ben Bernanke").

    Only titles before the name count: an appositive role after it names other entities
    ("a researcher at the Korea Institute for National Unification").
    """
    spans = [
        (d.start, d.end)
        for c in found
        for d in c.descriptions
        if d.start is not None and d.end is not None and d.end <= c.start
    ]
    counts: dict[str, int] = {}
    for c in found:
        if not any(s <= c.start and c.end <= e for s, e in spans):
            counts[name_key(c.name)] = counts.get(name_key(c.name), 0) + 1
            if c.label == "ORG" and " " in c.name:
                # "GM Chief Executive ...": named elsewhere in full ("General Motors Corp.", whose
                # initials begin with the acronym)
                full = initials(c.name).lower()
                for end in range(2, len(full) + 1):
                    counts[full[:end]] = counts.get(full[:end], 0) + 1

    def in_title(c: Candidate) -> bool:
        following = text[c.end :].lstrip()
        if re.match(_PORTFOLIO, following) and c.label == "ORG":
            return True  # "a Russian Defense Minister": a portfolio, with or without a name after
        if not any(s <= c.start and c.end <= e for s, e in spans):
            return False
        known = lex.known.get(name_key(c.name))
        if known is not None and known.type == "ORG":
            return False
        return following[:1].isupper() and not counts.get(name_key(c.name))

    return [c for c in found if not in_title(c)]


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
            continue  # "Apple Corps": part of a longer name
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1 and span[0].like_num and span[0].dep_ == "nummod":
            continue  # "787 dollars": a model number repeated as an amount
        before = text[: m.start()].rstrip()
        if (
            before
            and re.search(r"[A-Z][\w.-]*$", before)
            and not re.search(r"[.!?:\"”]\s*$", text[: m.start()])
            and not re.search(r"(?:^|[.!?]\s+)(?:The|A|An)$", before)  # "The iPod sold": an article opening a sentence
        ):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), labels[m.group(0)], note="name repeated in the document"))
        taken.append((m.start(), m.end()))
    return out


__all__ = [
    "EVENT_NOTE",
    "ORG_NOUN_NOTE",
    "adjacent_names",
    "class_noun_fix",
    "coordination_fix",
    "drop_inside_descriptions",
    "event_name_fix",
    "is_junk",
    "repeated_names",
    "short_forms",
    "trim_common_nouns",
    "without_trailing_joiners",
]
