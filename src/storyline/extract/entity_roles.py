"""Titles and roles around person names, and where a name span must be cut.

A title glued to a name or a capitalised run ending in a title before it ("South Korean Defense
Minister"), an appositive after it ("Jean Lee, the former ... bureau chief") and a copula
("Jenny Town is director of ...") become descriptions dated by the document.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.extract.entity_names import clean_surface, name_key
from storyline.extract.entity_tokens import capitalised, doc_text, is_title, token_end
from storyline.records import Description

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


TITLE_GLUE = frozenset({"of", "and", "for", "the", "'s", "’s", "-", "former", "deputy", "acting", "vice", "then"})

# Title words that also start company names ("General Motors", "Executive Jet"): never a sign
# that an organisation-tagged span is a person.
_COMPANY_TITLES = frozenset(
    {"general", "chief", "executive", "head", "director", "officer", "chair", "host", "founder", "justice", "king"}
)

# A line of at most this many words that a name runs over is a caption or credit line, not
# wrapped prose (transcripts wrap lines at about 12 to 15 words).
_SHORT_LINE_WORDS = 6

# Appositive descriptions longer than this are clauses, not roles.
_MAX_DESCRIPTION_TOKENS = 16


# Forms of address, not roles.
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "sir", "dame", "madam"})


def titled_person(tokens: list[Token], lex: Lexicon) -> bool:
    """A title then two or more proper nouns that name no organisation ("General Motors" has one)."""
    if len(tokens) < 3 or not is_title(tokens[0], lex) or tokens[0].lower_ in _COMPANY_TITLES:
        return False
    rest = tokens[1:]
    return all(
        t.pos_ == "PROPN" and t.text not in lex.org_heads and name_key(t.text) not in lex.designators for t in rest
    )


def make_description(start: int, end: int, text: str, published: str | None) -> Description:
    words = clean_surface(text[start:end])
    words = re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.IGNORECASE)
    return Description(words, as_of=published, start=start, end=end)


def split_short_lines(tokens: list[Token]) -> list[list[Token]]:
    """Split a span at a line break when the line it starts on is a short caption/credit line."""
    text = doc_text(tokens[0].doc)
    pieces: list[list[Token]] = [[tokens[0]]]
    for prev, token in itertools.pairwise(tokens):
        if _short_line_break(text, token_end(prev), token.idx):
            pieces.append([token])
            continue
        pieces[-1].append(token)
    return [p for p in pieces if any(t.is_alpha for t in p)]


def split_spaced_dashes(tokens: list[Token]) -> list[list[Token]]:
    """ "San Jose - Cisco": a dash with spaces around it separates clauses, never joins a name
    ("Wal-Mart", "Rolls-Royce" have none). A tagged span of one word, a hyphen and one word
    ("Wal - Mart", from text tokenised before it was joined) is left whole here;
    :func:`storyline.extract.entity_splits.split_spaced_pairs` cuts it when each word is a name
    of its own."""
    text = doc_text(tokens[0].doc)
    if len(tokens) == 3 and tokens[1].text == "-" and all(t.is_alpha and t.is_title for t in tokens[::2]):
        return [tokens]  # not "LONDON - Shares", a dateline
    pieces: list[list[Token]] = [[]]
    for token in tokens:
        after = text[token_end(token) : token_end(token) + 1]
        if token.text in {"-", "–", "—"} and token.idx > 0 and text[token.idx - 1].isspace() and after == " ":
            pieces.append([])
            continue
        pieces[-1].append(token)
    return [p for p in pieces if p]


def split_possessive(tokens: list[Token]) -> list[list[Token]]:
    """ "Apple Computer's Mac OS": the owner and the owned thing are two names."""
    for k, token in enumerate(tokens[1:-1], 1):
        if token.lower_ in {"'s", "’s"}:
            return [tokens[:k], tokens[k + 1 :]]
    return [tokens]


def _short_line_break(text: str, left: int, right: int) -> bool:
    """Is there a line break between ``left`` and ``right`` that ends a short (caption) line?"""
    if "\n" not in text[left:right]:
        return False
    line_start = text.rfind("\n", 0, left) + 1
    return len(text[line_start:left].split()) <= _SHORT_LINE_WORDS


def preceding_title(first: Token, lex: Lexicon, published: str | None) -> list[Description]:
    """'South Korean Defense Minister' before 'Shin Won-sik': capitalised run ending in a title."""
    doc = first.doc
    i = first.i - 1
    run: list[Token] = []
    while i >= 0:
        token = doc[i]
        after = run[0] if run else first
        if token.is_space:
            if "\n\n" in token.text or _short_line_break(doc_text(doc), token.idx, after.idx):
                break
            i -= 1
            continue
        gap = doc_text(doc)[token_end(token) : after.idx]
        if after.is_sent_start or "\n\n" in gap or _short_line_break(doc_text(doc), token_end(token), after.idx):
            break
        if token.ent_type_ == "PERSON":
            break  # "Mr. Kerry and Mr. Obama": another person's name ends the title
        modifier = token.dep_ in {"compound", "amod"} and token.i < token.head.i < first.i
        proper = token.text[:1].isupper() and token.pos_ in {"PROPN", "ADJ", "NOUN"}
        if is_title(token, lex) or token.lower_ in TITLE_GLUE or proper or modifier:
            run.insert(0, token)
            i -= 1
            continue
        break
    while run and (
        run[0].lower_ in TITLE_GLUE
        or (run[0].is_sent_start and not is_title(run[0], lex) and run[0].pos_ not in {"PROPN", "ADJ"})
    ):
        run.pop(0)  # "As National Security Advisor ...": the sentence's first word is no title
    if not run or not is_title(run[-1], lex) or all(t.lower_ in _HONORIFICS for t in run):
        return []  # "Mr." says nothing about a role
    return [make_description(run[0].idx, token_end(run[-1]), doc_text(doc), published)]


def appositive(span: Span, published: str | None, lex: Lexicon) -> list[Description]:
    """The role after a name: 'Jean Lee, the former ... bureau chief', 'Angela Stent, Director of ...',
    and 'Jenny Town is director of ...'."""
    roles = []
    for token in span:
        for child in token.children:
            if child.dep_ == "appos" and child.i >= span.end and _role_word(child, lex):
                roles.append(child)
    roles = sorted(roles, key=lambda t: t.i)[:1]  # a second appositive describes the first one's object
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        roles += [c for c in root.head.children if c.dep_ == "attr" and c.i > root.i and c.lower_ in lex.titles]
    out = []
    for role in roles:
        tokens = list(role.subtree)
        cut = next((k for k, t in enumerate(tokens) if t.i > role.i and _ends_role(t)), None)
        tokens = tokens[:cut] if cut is not None else tokens
        if tokens and len(tokens) <= _MAX_DESCRIPTION_TOKENS:
            out.append(make_description(tokens[0].idx, token_end(tokens[-1]), doc_text(span.doc), published))
    return out


def _ends_role(token: Token) -> bool:
    """A bracket, dash or semicolon ends a role; a comma too unless a list of names goes on."""
    if token.text in {"(", "—", "–", ";"}:
        return True
    if token.text != ",":
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "and" and token.i + 2 < len(doc):
        nxt = doc[token.i + 2]
    return nxt is None or not capitalised(nxt)


def _role_word(token: Token, lex: Lexicon) -> bool:
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in lex.titles)


__all__ = [
    "TITLE_GLUE",
    "appositive",
    "make_description",
    "preceding_title",
    "split_possessive",
    "split_short_lines",
    "split_spaced_dashes",
    "titled_person",
]
