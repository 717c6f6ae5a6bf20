"""What a speech verb reports when the parser hangs the reported clause elsewhere.

A reported clause is read as an adverbial clause in three frames the reader takes for speech:

- a phrase between the cue and its clause: "said after the meeting [she would not run]" (the
  clause has a subject of its own and no mark, so it is no condition or time clause);
- a "that" clause hung on the verb above the cue: "continues to insist, in an interview,
  [that he wants ...]" (a "that" clause is never an adverbial clause; "so that" is);
- the question a negated cue leaves open: "have not said [when they would vote]", "did not say
  [whether the plant will close]": what was not said is what the report is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "expl")
# Words before "that" which make it a clause of purpose or degree ("so that", "such that").
_NOT_REPORTED = frozenset({"so", "such", "now", "given", "except", "provided"})
# Openers of an embedded question.
_QUESTION = frozenset({"whether", "if", "when", "how", "why", "where", "what"})
# Verbs that leave their complement's question unanswered: "declined to say whether ...".
_WITHHOLDING = frozenset({"decline", "refuse"})
_FINITE = ("VBD", "VBZ", "VBP", "MD")
# Dependents of a phrase of time or place between a cue and its clause ("after the meeting on
# Friday"), and its longest length in words.
_PHRASE = frozenset({"prep", "pobj", "det", "amod", "compound", "nummod", "poss", "case", "npadvmod", "advmod"})
_PHRASE_WORDS = 8


def misread_clause(verb: Token, speech: bool) -> tuple[Token, int] | None:
    """The reported clause of a cue verb that the parse made an adverbial clause, and where its
    words start (the clause after a phrase only for verbs of speech: "feel" or "figure" take no
    clause that way)."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i:
            continue
        opener = _opener(child)
        if _that_clause(child):
            return child, opener.idx
        if opener.lower_ in _QUESTION and _withheld(verb) and _next_to(verb, opener):
            return child, opener.idx
        subject = next((c for c in child.children if c.dep_ in _SUBJECTS and c.i < child.i), None)
        if speech and subject is not None and _after_phrase(verb, child, subject):
            # "said after the meeting she would ...": the phrase before the subject is the cue's.
            return child, subject.left_edge.idx
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        # "continues to insist, ..., that he ...": the clause hangs on "continues".
        for child in head.children:
            if child.dep_ == "advcl" and child.i > verb.i and _that_clause(child):
                return child, _opener(child).idx
    return None


def _next_to(verb: Token, opener: Token) -> bool:
    """The question follows the cue at once ("did not say when", "would not spell out how"), not
    after an object of its own ("declined to state a party when they registered")."""
    return all(t.dep_ in ("prt", "advmod") for t in verb.doc[verb.i + 1 : opener.i])


def _after_phrase(verb: Token, clause: Token, subject: Token) -> bool:
    """A clause with its own subject, no mark, and nothing but a short phrase of time or place
    between it and the cue."""
    if any(c.dep_ == "mark" or c.lower_ in _QUESTION for c in clause.children if c.i < clause.i):
        return False
    if subject.tag_ in ("WDT", "WP") or not any(
        c.dep_ == "aux" or c.tag_ in _FINITE for c in (clause, *clause.children)
    ):
        return False
    between = verb.doc[verb.i + 1 : subject.left_edge.i]
    return 0 < len(between) <= _PHRASE_WORDS and all(t.dep_ in _PHRASE for t in between)


def _opener(clause: Token) -> Token:
    """The first word of a clause (the parser may hang the comma before it on the clause)."""
    first = clause.left_edge
    while first.is_punct and first.i < clause.i:
        first = first.doc[first.i + 1]
    return first


def _that_clause(clause: Token) -> bool:
    opener = _opener(clause)
    if opener.lower_ != "that" or opener.dep_ != "mark":
        return False
    before = opener.doc[opener.i - 1] if opener.i > 0 else None
    return before is None or before.lower_ not in _NOT_REPORTED


def _withheld(verb: Token) -> bool:
    """A cue negated ("did not say") or withheld ("declined to say")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in _WITHHOLDING or any(c.dep_ == "neg" for c in head.children))


__all__ = ["misread_clause"]
