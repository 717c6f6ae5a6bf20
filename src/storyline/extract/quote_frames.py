"""Speakers of quotations that no cue of the lexicon introduces, from the frame around them.

Two frames of news prose attribute a quotation whatever the verb:

- a clause ending in a colon right before it: "Lee then turned to the crowd: '...'", "Her
  answer was: '...'" (the subject, or the owner of a statement noun, is the speaker);
- a short clause right after a quotation that ends on a comma, a question or an exclamation
  mark inside its marks: "'...,' Lee shot back with a laugh.", "'...,' read the statement."

The speaker must look like one: a name, a personal pronoun or a noun phrase the parse makes the
verb's subject. The verb is reported as the cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_subjects import SUBJECTS, subject_of
from storyline.extract.quote_syntax import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Subjects that never speak: dummy and demonstrative pronouns ("It was: ...", "This is: ...").
_DUMMY = frozenset({"it", "this", "that", "there", "what", "which", "these", "those"})
# Punctuation that ends the quoted words of a dialogue attribution: '"...," she shrugged.'
_OPEN_ENDINGS = ",?!\u2026-\u2014"
# Verbs of a clause after a quotation that still report it: the words run on in the same frame.
_CLAUSE_VERBS = ("VERB",)


@dataclass(frozen=True, slots=True)
class Frame:
    """The verb of the attributing clause and the token naming the speaker."""

    verb: Token
    source: Token


def colon_frame(parsed: Doc, start: int, lex: QuoteLexicon) -> Frame | None:
    """The clause a colon (or a comma after its verb) closes right before ``start``: its
    subject speaks the quotation."""
    text = doc_text(parsed)
    before = text[:start].rstrip()
    if not before.endswith((":", ",")):
        return None
    colon = parsed.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    if colon[0].text == ",":
        # 'Lee shot back, "..."': only a clause that ends in its verb (and particle or adverb)
        # hands the word on with a comma; "After the vote, '...'" does not.
        verb = colon[0].nbor(-1) if colon[0].i > 0 else colon[0]
        while verb.dep_ in ("prt", "advmod") and verb.head.i < verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or verb.i < colon[0].i - 3 or verb.dep_ in ("relcl", "advcl", "acl"):
            return None  # "everywhere she went, '...'": a subordinate clause hands nothing on
    else:
        verb = colon[0].head
        while verb.dep_ in ("prep", "pobj", "dobj", "attr", "acomp", "advmod") and verb.head != verb:
            verb = verb.head  # ":" hung on the last word of the clause rather than on its verb
    if verb.pos_ not in ("VERB", "AUX") or verb.i >= colon[0].i:
        return None
    source = subject_of(verb)
    if source is None or source.i > verb.i:
        return None
    if source.lemma_.lower() in lex.cue_nouns or source.lower_ in ("response", "reply", "answer", "message"):
        # "Her answer was: ...": the owner of the statement is the speaker.
        owner = next((c for c in source.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        source = owner
    return Frame(verb, source) if _speaker_like(source, lex) else None


def trailing_frame(parsed: Doc, end: int, lex: QuoteLexicon) -> Frame | None:
    """The short clause right after a quotation ending on ",", "?" or "!" inside its marks."""
    text = doc_text(parsed)
    inner = text[:end].rstrip("\u201d\"'\u2019\u00bb ")
    if not inner or inner[-1] not in _OPEN_ENDINGS:
        return None
    after = parsed.char_span(end, min(len(text), end + 80), alignment_mode="expand")
    if after is None or not len(after):
        return None
    first = next((t for t in after if not t.is_space and not t.is_punct), None)
    if first is None or text[end : first.idx].strip(" ,"):
        return None
    if first.pos_ in _CLAUSE_VERBS:
        # Inversion: '"...," read the statement.' The parser often takes the inverted subject
        # for an object; it must follow the verb at once.
        wanted = (*SUBJECTS, "dobj", "attr", "npadvmod")
        source = next((c for c in first.children if c.dep_ in wanted and c.left_edge.i == first.i + 1), None)
        if source is None or not _simple(first) or not _speaker_like(source, lex):
            return None
        return Frame(first, source)
    subject = first
    while subject.dep_ in ("compound", "det", "amod") and subject.head.i > subject.i:
        subject = subject.head
    if subject.dep_ != "nsubj" or subject.head.pos_ not in _CLAUSE_VERBS or subject.head.i < subject.i:
        return None
    verb = subject.head
    if not _simple(verb):
        return None
    if any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i and c.lower_ != "it" for c in verb.children):
        return None  # '"...," Lee said the plan ...': a clause of its own, not an attribution
    return Frame(verb, subject) if _speaker_like(subject, lex) else None


def _simple(verb: Token) -> bool:
    """A plain finite verb, as attributions use ("she shrugged", not "it will be resurrected")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _speaker_like(token: Token, lex: QuoteLexicon) -> bool:
    """A name, a personal pronoun, or a noun that names a source ("the statement", "officials")."""
    if token.lower_ in _DUMMY:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "we", "i", "you", "who")
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    return lemma in lex.nominal_sources or lemma in lex.cue_nouns or lemma in _WRITINGS


# Written sources that "read" or "say" a quotation: '"...," the letter read.'
_WRITINGS = frozenset({"letter", "message", "note", "sign", "editorial", "post", "tweet", "memo", "banner", "ad"})


__all__ = ["Frame", "colon_frame", "trailing_frame"]
