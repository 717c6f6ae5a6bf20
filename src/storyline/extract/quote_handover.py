"""Who an uncued quotation belongs to when the narrative hands the word to someone new between
it and the last quotation: "Ann said ... / Lee identified cost as the reason. / '...'" is Lee's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def new_speaker(parsed: Doc, start: int, end: int, lex: QuoteLexicon) -> Token | None:
    """The named subject of the last sentence between ``start`` and ``end`` (the last quotation's
    end and the uncued one's start) whose main verb is an act of speaking or presenting."""
    verbs = lex.cue_verbs | lex.topic_verbs | lex.characterizing | lex.presenting
    found = None
    for sent in parsed.sents:
        if sent.start_char < start or sent.end_char > end:
            continue
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in verbs:
            continue
        subjects = [t for t in root.children if t.dep_ in _SUBJECTS and t.pos_ == "PROPN"]
        if subjects:
            found = subjects[0]
    return found


__all__ = ["new_speaker"]
