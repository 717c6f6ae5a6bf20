"""Reported speech the parser misreads, and how its parts are found again.

- "said in a statement [that workers would strike]": the "that" clause read as a relative clause
  of the medium it was said in;
- "told a meeting of mayors [that towns would pay]": the "that" clause read as a relative clause
  of the hearers;
- "asked the students [if they were serious]": the question read as a condition;
- "The runner spoke out; he says [he fears ...]": a clause before a semicolon taken as the cue's;
- "Still, he added, ...": framing words before a parenthetical cue taken for content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.extract.quote_lexicon import QuoteLexicon

# Verbs whose "if" or "whether" clause is the question put, never a condition ("asked if ...").
_QUESTIONING = frozenset({"ask", "wonder", "inquire", "enquire", "question"})
# Dependents that frame a clause without saying anything of it: "Still, ...", "At the same time,
# ...", "With the vote near, ...". What stands before a parenthetical cue and is made only of
# these is no content of its own (the clause after the cue is).
_FRAMING = frozenset({"advmod", "prep", "npadvmod", "advcl", "cc", "mark", "punct", "intj"})
# Punctuation that closes a clause as a sentence of its own.
_CLOSERS = (";", ":", "\u2014", "\u2013", "--")


def medium_clause(verb: Token, lex: QuoteLexicon) -> tuple[int, int] | None:
    """ "said in a statement that workers would strike": the parser reads the "that" clause as
    a relative clause of the statement; with a subject of its own it is what was said."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in lex.media_nouns:
                continue
            for clause in noun.children:
                opener = clause.left_edge
                subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != opener.i for c in clause.children)
                if clause.dep_ == "relcl" and opener.lower_ == "that" and clause.i > noun.i and subject:
                    return opener.idx, _end(clause.right_edge)
    return None


def addressee_clause(verb: Token) -> tuple[int, int] | None:
    """ "told a meeting of mayors that towns would pay", "yelled to the officers that he was
    unarmed": the parser reads the "that" clause as a relative clause of the hearers. A relative
    "that" fills a role in its clause ("the mayors that she met"); one that does not, before a
    subject of its own, opens what was said."""
    for hearer in _hearers(verb):
        for clause in hearer.children:
            opener = clause.left_edge
            subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != opener.i for c in clause.children)
            role = opener.dep_ in _ROLES or opener.head.i != clause.i
            if clause.dep_ == "relcl" and opener.lower_ == "that" and not role and subject:
                return opener.idx, _end(clause.right_edge)
    return None


def _hearers(verb: Token) -> list[Token]:
    """The object of a cue, or the object of its "to" ("said to reporters")."""
    after = [c for c in verb.children if c.i > verb.i]
    objects = [c for c in after if c.dep_ == "dobj"]
    addressed = [g for c in after if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return objects + addressed


# Roles a relative "that" fills in its clause ("the mayors that met", "the mayors that she met").
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "advmod"})


def question_asked(verb: Token, lemma: str) -> tuple[int, int] | None:
    """ "asked the students if they were serious": the "if" or "whether" clause of a verb of asking."""
    if lemma not in _QUESTIONING:
        return None
    for child in verb.children:
        marked = any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children)
        if child.dep_ == "advcl" and child.i > verb.i and marked:
            return child.left_edge.idx, _end(child.right_edge)
    return None


def closed_before(clause: Token, verb: Token) -> bool:
    """Whether a semicolon, colon or dash stands between a clause and the cue after it."""
    doc = verb.doc
    return any(doc[i].text in _CLOSERS for i in range(clause.right_edge.i, verb.i))


def only_framing(head: Token, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds only framing dependents of ``head`` (not ``head`` itself)."""
    inside = [c for c in head.children if start <= c.idx < end]
    return bool(inside) and not (start <= head.idx < end) and all(c.dep_ in _FRAMING for c in inside)


def _end(token: Token) -> int:
    return token.idx + len(token.text)


__all__ = ["addressee_clause", "closed_before", "medium_clause", "only_framing", "question_asked"]
