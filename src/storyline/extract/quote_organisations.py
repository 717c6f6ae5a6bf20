"""Which named organisation a definite description refers back to: "the company said", "the
carrier says", "the government said".

News names an organisation once and then calls it by its kind. The referent is the last
organisation named before of a fitting kind: a firm for "the company" (no ministry, party or
outlet), a firm whose name or whose description holds the kind for "the airline" ("... Airways",
"the airline Qantas"), a public body for "the agency", a country for "the government" (and for
"the ministry" when no ministry is named). Without such a name the speaker stays
unresolved and keeps its own words.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import lexicon as entity_lexicon
from storyline.extract.entity_names import name_key
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_syntax import doc_text
from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Token

_WORD = re.compile(r"\w+")
# Modifiers that make the noun another organisation than the one named ("a rival company").
_OTHER = frozenset({"other", "another", "rival", "second", "new", "parent", "sister"})
# Characters either side of a mention searched for the kind noun ("the budget airline Jetwing",
# "Jetwing, a carrier based in ..."): a short apposition or a class noun before the name.
_AROUND = 40


def referred_organisation(
    token: Token,
    parsed: Doc,
    mentions: Sequence[Mention],
    entities: dict[str, LocalEntity],
    quoted: Callable[[int], bool],
    lex: QuoteLexicon,
) -> str | None:
    """The key of the organisation a "the NOUN" subject refers back to, or None."""
    kind = lex.organisation_nouns.get(token.lower_)
    if kind is None or token.tag_ not in ("NN", "NNP") or not _definite(token):
        return None
    if any(w.lower_ in _OTHER for w in token.lefts):
        return None
    family, markers = kind
    nouns = _same_kind(token.lower_, lex) if markers else frozenset()
    text = doc_text(parsed)
    before = bisect.bisect_left([m.start for m in mentions], token.idx)
    for m in reversed(mentions[:before]):  # the last fitting one named before
        entity = entities[m.entity]
        if family == "state":
            fits = entity.type == "GPE" and name_key(entity.name) in _countries()
        elif family == "body":
            fits = entity.type == "ORG" and bool(_words(entity.name) & lex.public_bodies)
        else:
            fits = entity.type == "ORG" and not _words(entity.name) & lex.public_bodies
            if fits and markers:
                fits = _called(entity, m, text, markers | nouns, nouns)
        if fits and not quoted(m.start) and not _outlet(parsed, m):
            return m.entity
    return None


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _same_kind(noun: str, lex: QuoteLexicon) -> frozenset[str]:
    """The nouns sharing ``noun``'s name words: "carrier" for "airline" and back."""
    markers = lex.organisation_nouns[noun][1]
    return frozenset(n for n, (_, words) in lex.organisation_nouns.items() if words and words == markers)


def _called(entity: LocalEntity, mention: Mention, text: str, markers: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether the organisation's name or a description of it holds one of ``markers``, or this
    mention stands with one of ``nouns`` ("the budget airline Jetwing", "Jetwing, a carrier")."""
    if _words(entity.name) & markers or any(_words(d.text) & markers for d in entity.descriptions):
        return True
    before = _WORD.findall(_CLAUSE_BREAK.split(text[max(0, mention.start - _AROUND) : mention.start])[-1])
    if {w.lower() for w in before[-_CLASS_WORDS:]} & nouns:
        return True
    after = text[mention.end : mention.end + _AROUND]
    return after.startswith(",") and bool(_words(_CLAUSE_BREAK.split(after[1:])[0]) & nouns)


# A class noun stands right before the name, at most this many words before it ("the low-cost
# airline Jetwing"); punctuation ends the search either way.
_CLASS_WORDS = 3
_CLAUSE_BREAK = re.compile(r"[,.;:()\n]")


def _outlet(parsed: Doc, mention: Mention) -> bool:
    """ "told Reuters", "(AP)", "Reuters reported", "according to the Times": an outlet that
    carried the news is not the firm it reports on (a firm "reports" results: an object)."""
    text = doc_text(parsed)
    if text[max(0, mention.start - 1) : mention.start] == "(" and text[mention.end : mention.end + 1] == ")":
        return True
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() == "report":
        return not any(c.dep_ == "dobj" for c in head.children)
    if root.dep_ == "pobj" and head.lower_ == "to":
        if head.head.lower_ == "according":
            return True
        root, head = head, head.head  # "spoke to Reuters", "said to the BBC"
    return root.dep_ in ("dobj", "dative", "prep") and head.lemma_.lower() in ("tell", "speak", "talk", "say")


@functools.cache
def _countries() -> frozenset[str]:
    """Name keys of countries and of the names they go by ("U.S.")."""
    lex = entity_lexicon()
    names = set(lex.capitals.values())
    return frozenset(key for key, known in lex.known.items() if known.type == "GPE" and known.name in names)


__all__ = ["referred_organisation"]
