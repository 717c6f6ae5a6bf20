"""Where a name begins and ends: names cut in two, run on, or given a short form.

Two names one space apart are one ("Lockheed" + "Martin"); a name ending in a joining word ends
before it; a surname run into a common noun in a headline is the surname alone; "the North"
refers to a place the document names in full.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_roles import TITLE_GLUE
from storyline.extract.entity_tokens import Candidate, doc_text, is_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
        elided = prev is not None and _elided_surname(text, prev, cand)
        if prev is not None and (
            elided
            or (
                cand.start == prev.end + 1
                and text[prev.end] == " "
                and text[cand.start].isalnum()
                and prev.form == cand.form == "name"
                and (_runs_on(prev, cand) or _of_name(prev, cand))
            )
        ):
            name = clean_surface(text[prev.start : cand.end])
            if elided:
                name = _ELIDED_GAP.sub("'", name)  # "D' Angelo" -> "D'Angelo", as usually written
            out[-1] = Candidate(
                prev.start,
                cand.end,
                name,
                prev.label,
                prev.form,
                prev.descriptions + cand.descriptions,
                actor=prev.actor or cand.actor,
                locative=prev.locative,
                note="surname after its prefix's apostrophe" if elided else "two names one space apart",
            )
            continue
        out.append(cand)
    return out


# A surname prefix with its apostrophe ("O'", "D'") and the space a tokeniser put after it.
_ELIDED_GAP = re.compile(r"(?<=\b[A-Z])['’]\s(?=[A-Z])")


def _elided_surname(text: str, prev: Candidate, cand: Candidate) -> bool:
    """'Maria D' + 'Angelo' in "Maria D' Angelo": a person's name cut after a one-letter surname
    prefix and its apostrophe goes on into the capitalised name after it."""
    return (
        prev.label == "PERSON"
        and re.fullmatch(r"[A-Z]", prev.name.split()[-1]) is not None
        and re.fullmatch(r"['’] ?", text[prev.end : cand.start]) is not None
        and cand.name[:1].isupper()
        and " " not in cand.name
    )


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


# A nickname in marks between a given name and a surname: 'Thomas "Tip" Okafor'.
_NICKNAME = re.compile(
    r"""\s+(?:"[A-Z][\w.'-]*"|\u201c[A-Z][\w.'-]*\u201d|'[A-Z][\w.-]*'|\u2018[A-Z][\w.-]*\u2019)"""
    r"\s+[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\b"
)


def with_nicknames(text: str, found: list[Candidate]) -> list[Candidate]:
    """'Thomas' in 'Thomas "Tip" Okafor': a given name the tagger stopped before a nickname in
    marks runs on over the nickname and the surname after it. Title-cased lines are left alone
    ('Lee "Lied" About Taxes' is a headline's quoted verb)."""
    grown: list[Candidate] = []
    for c in found:
        m = _NICKNAME.match(text, c.end)
        if c.label == "PERSON" and c.form == "name" and " " not in c.name and m and not _in_title_line(text, c):
            c = replace(c, end=m.end(), name=clean_surface(text[c.start : m.end()]), note="nickname in marks")
        grown.append(c)
    spans = [(g.start, g.end) for g in grown if g.note == "nickname in marks"]
    return [c for c in grown if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)]


def _in_title_line(text: str, cand: Candidate) -> bool:
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    return _title_cased(text[line_start : line_end if line_end >= 0 else len(text)])


_OPENING = {"(": ")", "[": "]"}


def split_open_brackets(tokens: list[Token]) -> list[list[Token]]:
    """'Software Development Kit (SDK': a bracket the span opens but does not close (or closes
    without opening) is the tagger running a name into the short form given after it; the two
    are two mentions, which :func:`storyline.extract.entity_link_names.link_bracketed_acronyms`
    joins. A bracket closed inside the span ('Defence (UK) Ltd') is part of the name."""
    pieces: list[list[Token]] = [[]]
    for k, token in enumerate(tokens):
        closing = _OPENING.get(token.text)
        opened = closing is not None and all(t.text != closing for t in tokens[k + 1 :])
        closed = token.text in _OPENING.values() and all(_OPENING.get(t.text) != token.text for t in tokens[:k])
        if opened or closed:
            pieces.append([])
            continue
        pieces[-1].append(token)
    return [p for p in pieces if p]


def without_trailing_title(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """'Boeing Executive' in "Boeing Executive Vice President Scott Carson": title words the
    tagger ran an organisation into, with more of the title or the holder's name after them,
    belong to the title; the organisation ends before them."""
    keep = len(tokens)
    while keep > 1 and is_title(tokens[keep - 1], lex):
        keep -= 1
    following = tokens[-1].nbor(1) if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if keep == len(tokens) or following is None or not following.text[:1].isupper():
        return tokens
    if tokens[keep - 1].lower_ in TITLE_GLUE or not tokens[keep - 1].text[:1].isupper():
        return tokens  # "Office of the President ...": the title word is the body's own
    return tokens[:keep]


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


def trim_common_nouns(found: list[Candidate], text: str) -> list[Candidate]:
    """'Clinton Plan' in a headline: a surname of the document's people plus a word the document
    also writes in lower case is the surname alone. So is 'Lee Says' or 'Lee Hid Past Records'
    in a title-cased line: a surname the document also uses, followed by words the document never
    writes after it outside such lines, is the subject of the headline's verb, not a longer name."""
    surnames = {c.name.split()[-1] for c in found if c.label == "PERSON" and " " in c.name}
    lower = set(re.findall(r"\b[a-z]+\b", text))
    out = []
    for c in found:
        words = c.name.split()
        if c.label != "PERSON" or len(words) < 2 or words[0] not in surnames:
            out.append(c)
            continue
        if (len(words) == 2 and words[1].lower() in lower) or _headline_subject(c, text):
            c = Candidate(c.start, c.start + len(words[0]), words[0], "PERSON", c.form, c.descriptions, note=c.note)
        out.append(c)
    return out


# A line is title-cased when at least this share of its words of four letters or more are
# capitalised: headlines capitalise every such word, a sentence of prose seldom half of them.
_TITLE_CASE_SHARE = 0.8


def _title_cased(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'\u2019-]{3,}", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _headline_subject(cand: Candidate, text: str) -> bool:
    """Whether ``cand`` stands in a title-cased line and its words after the first are never
    written after that first word in the document's other lines."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not _title_cased(line):
        return False
    surface = text[cand.start : cand.end]
    body = [ln for ln in text.split("\n") if not _title_cased(ln)]
    return not any(surface in ln for ln in body)


__all__ = [
    "adjacent_names",
    "short_forms",
    "split_open_brackets",
    "trim_common_nouns",
    "with_nicknames",
    "without_trailing_joiners",
    "without_trailing_title",
]
