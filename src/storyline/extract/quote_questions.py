"""Questions put to the subject: "The mayor was asked whether ...", "Asked about the plan, ...".

A verb of asking reports the asker's words. In the passive, or as a participle set before or
beside the clause ("Asked whether ..., Lee said ...", "When asked about ...,"), its subject is
the person asked: the question is the reporter's (or someone unnamed's), and the one asked
answers, if at all, in a clause of its own. Such a verb cues no quote of the subject's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose passive subject is the one a question is put to ("was asked", "was pressed").
_QUESTIONING = frozenset({"ask", "question", "press", "quiz"})
# Dependencies a participle "Asked whether ..." takes as an adjunct of the clause it opens.
_ADJUNCT = ("advcl", "acl", "ccomp", "ROOT")


def put_to_subject(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a verb of asking whose subject (or the clause it opens) is the one
    asked: a passive "was asked", or a bare past participle with no subject of its own."""
    if lemma not in _QUESTIONING or verb.tag_ not in ("VBN", "VBD"):
        return False
    children = list(verb.children)
    if verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return True
    if any(c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass") for c in children):
        return False  # "has asked whether", "she asked whether" (a past form the tagger called VBN)
    # A past form with no subject that opens an adverbial clause ("When asked whether ...,") is
    # the participle the tagger read as finite: a finite verb there would need a subject.
    adjunct = _ADJUNCT if verb.tag_ == "VBN" else ("advcl",)
    return verb.dep_ in adjunct and _opens_clause(verb)


def _opens_clause(verb: Token) -> bool:
    """The participle starts its sentence or clause, alone or after "when", "if", "once"."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].lower_ in ("when", "if", "once", "after", "while", "as"):
        i -= 1
    return i < 0 or doc[i + 1].is_sent_start is True or doc[i].is_punct or doc[i].is_space


__all__ = ["put_to_subject"]
