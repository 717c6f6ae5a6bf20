"""A title the parser split off a name as a second subject ("Board chair Ann Lee said", read
with "chair" and "Lee" both subjects of "said"): the name is the source."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from storyline.extract.quote_subjects import subject_of


def _split_parse(nlp: Any) -> Doc:
    words = ["Board", "chair", "Rosa", "Tew", "said", "the", "vote", "was", "close", "."]
    heads = [1, 4, 3, 4, 4, 6, 7, 4, 7, 4]
    deps = ["compound", "nsubj", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NN", "NN", "NNP", "NNP", "VBD", "DT", "NN", "VBD", "JJ", "."]
    pos = ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)


def test_name_after_a_split_title_is_the_source(nlp: Any) -> None:
    doc = _split_parse(nlp)
    source = subject_of(doc[4])
    assert source is not None and source.text == "Tew"


def test_two_subjects_apart_keep_the_first(nlp: Any) -> None:
    words = ["Officials", "and", "Tew", "said", "it", "was", "close", "."]
    heads = [3, 0, 0, 3, 5, 3, 5, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=["NNS", "CC", "NNP", "VBD", "PRP", "VBD", "JJ", "."])
    source = subject_of(doc[3])
    assert source is not None and source.text == "Officials"
