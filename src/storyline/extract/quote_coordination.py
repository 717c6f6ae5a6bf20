"""Two cues of one speaker in one sentence: "Lee said [the port would close], adding that [...]".

News prose chains what a speaker said: "said A and warned that B", "said A, but she denied B",
"said A, arguing that B", "said A, though she acknowledged B". Each cue gives its own quote
with the same speaker; the first content stops where the second cue's clause begins. The
parser hangs the second cue either on the first cue or on the last verb of its content ("run"
in "said the ferry would run late and warned ..."), so both places are looked at:

- a coordinated verb ("and warned ...", "but she denied ...") that is a cue, or, hung on the
  first cue itself, any verb sharing its subject ("said A and left the room");
- on the content's verb, a coordinated cue that cannot share that verb's inflection (a finite
  "warned" after "would run": the modal does not reach it), that has a subject of its own, or
  that is a verb of speech in the cue's tense with a complement of its own ("said the plan
  was absurd and urged them to ...");
- a participle cue after a comma ("..., adding that ...") or a concessive clause with a cue and
  its own subject ("..., though she acknowledged ...").

The second cue's speaker is the first cue's (unless it names its own): the parse would give it
the subject of the content's verb ("the ferry ... warned").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import lexicon

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
    if head.i == verb.i:
        return None
    if verb.dep_ in _CONTENT and is_cue(head) and _second_cue(verb, head, is_cue):
        return head  # "said the ferry was late and warned ...", "warned" read as a complement
    if head.dep_ in _CONTENT and head.head.i != head.i and is_cue(head.head) and _second_cue(verb, head.head, is_cue):
        return head.head
    return None


def _second_cue(token: Token, verb: Token, is_cue: Callable[[Token], bool]) -> bool:
    """Whether ``token``, hung on the cue ``verb`` or on its content's verb, starts a clause of
    the speaker's own rather than continuing the content."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    subject = _own_subject(token)
    if subject is None and not _after_conjunction(token):
        # "they will not attend and others have said ...": a noun before the verb is its
        # subject, misread as part of the content.
        return False
    if token.dep_ == "conj":
        if subject is None and _state_of_mind(token):
            # "said her client was relieved and hoped to repay ...": a hope or a fear is known
            # only from what was said, so the verb continues the content, whoever it belongs to.
            return False
        if token.head.i == verb.i:
            return is_cue(token) or (subject is None and token.tag_ == verb.tag_)
        if not is_cue(token) or token.tag_ not in _FINITE:
            return False
        if subject is not None or token.tag_ != token.head.tag_:
            return True
        # Same form as the content's verb ("said the plan was absurd and urged them to ..."): a
        # verb of speech with a complement of its own, in the cue's tense, reports again.
        complement = any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in token.children)
        return token.tag_ == verb.tag_ and complement and token.lemma_.lower() in lexicon().speech
    if token.dep_ == "ccomp" and token.head.i == verb.i:
        # "said the ferry was late and warned that ...": a second clause of the cue's read as
        # its complement, with no subject: a predicate of the speaker's.
        return is_cue(token) and subject is None and token.tag_ in _FINITE
    if token.dep_ != "advcl" or not is_cue(token):
        return False
    doc = token.doc
    if token.tag_ == "VBG" and subject is None:
        left = token.left_edge.i
        return left > 0 and doc[left - 1].text == ","
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return subject is not None and bool(marks & _CONCESSIVE)


def _state_of_mind(token: Token) -> bool:
    """A verb of thought or feeling ("hoped", "feared", "believed") that is no verb of speech."""
    from storyline.extract.quote_syntax import cue_lemma  # quote_syntax imports this module

    lex = lexicon()
    lemma = cue_lemma(token)
    return lemma in lex.cognition and lemma not in lex.speech


def _after_conjunction(token: Token) -> bool:
    """Whether a conjunction or a comma (or a dash) stands right before the verb's clause."""
    left = token.left_edge.i
    return left > 0 and (token.doc[left - 1].dep_ == "cc" or token.doc[left - 1].is_punct)


def _own_subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in _SUBJECTS), None)


__all__ = ["first_cue", "next_cue_start"]
