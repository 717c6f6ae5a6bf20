"""Two cues of one speaker in one sentence: "Lee said [the port would close], adding that [...]".

News prose chains what a speaker said: "said A and warned that B", "said A, but she denied B",
"said A, arguing that B", "said A, though she acknowledged B". Each cue gives its own quote
with the same speaker; the first content stops where the second cue's clause begins. The
parser hangs the second cue either on the first cue or on the last verb of its content ("run"
in "said the ferry would run late and warned ..."), so both places are looked at:

- a coordinated verb ("and warned ...", "but she denied ...") that is a cue, or, hung on the
  first cue itself, any verb sharing its subject ("said A and left the room");
- on the content's verb, a coordinated cue that cannot share that verb's inflection (a finite
  "warned" after "would run": the modal does not reach it) or that has a subject of its own;
- a participle cue after a comma ("..., adding that ...") or a concessive clause with a cue and
  its own subject ("..., though she acknowledged ...").

The second cue's speaker is the first cue's (unless it names its own): the parse would give it
the subject of the content's verb ("the ferry ... warned").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_FINITE = ("VBD", "VBZ", "VBP")
# Marks of a clause that concedes or contrasts: what follows is said next to the content.
_CONCESSIVE = frozenset({"though", "although", "while", "but", "whereas"})
# Content clauses of a cue, as the parser labels them.
_CONTENT = ("ccomp",)


def next_cue_start(verb: Token, content: Token, is_cue: Callable[[Token], bool]) -> int | None:
    """The character where a second cue's clause starts after the content ``content`` of the
    cue ``verb`` (the cc and punctuation before it included), or None when there is none."""
    found = [c for c in (*verb.children, *content.children) if c.i > content.i and _second_cue(c, verb, is_cue)]
    if not found:
        return None
    first = min(found, key=lambda c: c.left_edge.i).left_edge
    doc = first.doc
    i = first.i
    # Back over "and", "but" and commas between the content and the second clause.
    while i - 1 > content.i and (doc[i - 1].dep_ in ("cc", "punct") or doc[i - 1].lower_ in _CONCESSIVE):
        i -= 1
    return doc[i].idx


def first_cue(verb: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    """The cue whose speaker a second cue ``verb`` shares, when ``verb`` is one of its chain and
    names no speaker of its own."""
    if _own_subject(verb) is not None:
        return None
    head = verb.head
    if head is verb:
        return None
    if head.dep_ in _CONTENT and head.head is not head and is_cue(head.head) and _second_cue(verb, head.head, is_cue):
        return head.head
    return None


def _second_cue(token: Token, verb: Token, is_cue: Callable[[Token], bool]) -> bool:
    """Whether ``token``, hung on the cue ``verb`` or on its content's verb, starts a clause of
    the speaker's own rather than continuing the content."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    subject = _own_subject(token)
    if token.dep_ == "conj":
        if token.head is verb:
            return is_cue(token) or (subject is None and token.tag_ == verb.tag_)
        if not is_cue(token) or token.tag_ not in _FINITE:
            return False
        return subject is not None or token.tag_ != token.head.tag_
    if token.dep_ != "advcl" or not is_cue(token):
        return False
    doc = token.doc
    if token.tag_ == "VBG" and subject is None:
        left = token.left_edge.i
        return left > 0 and doc[left - 1].text == ","
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return subject is not None and bool(marks & _CONCESSIVE)


def _own_subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in _SUBJECTS), None)


__all__ = ["first_cue", "next_cue_start"]
