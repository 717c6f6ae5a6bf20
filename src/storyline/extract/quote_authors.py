"""Whose words a statement, speech or letter that speaks holds: its author, when the text says.

"according to a speech Ann Lee gave", "the letter she wrote says", "Lee's statement said": the
words are the author's, and a reader (and GGT's annotators) name the author as the speaker,
not the document. The author is the subject of a relative clause on the noun that has no
relative pronoun of its own as subject ("a speech [that] Lee gave", not "a report that found
..."), or the noun's possessor. Only nouns of ``media_nouns`` (where or how something was said)
are read so: "a plan Lee drew up" is no one's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon, word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj"})
# A possessor or subject that can author words: a name, or a personal pronoun the resolver
# follows back to one ("her speech", "a letter he wrote").
_AUTHOR_TAGS = frozenset({"NNP", "NNPS", "PRP", "PRP$"})


def media_author(noun: Token, lex: QuoteLexicon) -> Token | None:
    """The author of the statement, speech, letter ... ``noun`` names, if the text gives one."""
    if noun.tag_ not in ("NN", "NNS") or not {noun.lemma_.lower(), noun.lower_} & lex.media_nouns:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.tag_ in _AUTHOR_TAGS:
            return child
        if child.dep_ == "relcl" and child.i > noun.i and child.lemma_.lower() in word_list("authoring_verbs.txt"):
            subjects = [c for c in child.children if c.dep_ in _SUBJECTS]
            if len(subjects) == 1 and subjects[0].tag_ in _AUTHOR_TAGS:
                return subjects[0]
    return None


__all__ = ["media_author"]
