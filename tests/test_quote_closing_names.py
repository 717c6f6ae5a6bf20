"""A name between a quotation's closing mark and its cue is the cue's source, however the
parser hung the words around it. The parses below are written out by hand: they are the
misreadings the small parser makes in longer articles."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from storyline.extract.quote_subjects import subject_of


def _doc(nlp: Any, rows: list[tuple[str, str, str, int]], ents: list[tuple[int, int, str]]) -> Doc:
    """A parsed Doc from (word, pos, dep, head) rows and (start, end, label) entities."""
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows])
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    return doc


def _verb(doc: Doc, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_a_titled_name_after_the_closing_mark_beats_a_subject_inside_the_quotation(nlp: Any) -> None:
    # "We will win," Tulsa fire Chief Ana Torres said. The parser hung "said" on "win" as a
    # conjunct (so it shares "We") and took "Tulsa" for a verb.
    rows = [
        ("\u201c", "PUNCT", "punct", 3),
        ("We", "PRON", "nsubj", 3),
        ("will", "AUX", "aux", 3),
        ("win", "VERB", "ROOT", 3),
        (",", "PUNCT", "punct", 3),
        ("\u201d", "PUNCT", "punct", 3),
        ("Tulsa", "VERB", "dep", 3),
        ("fire", "NOUN", "compound", 8),
        ("Chief", "PROPN", "dobj", 6),
        ("Ana", "PROPN", "compound", 10),
        ("Torres", "PROPN", "appos", 8),
        ("said", "VERB", "conj", 3),
        (".", "PUNCT", "punct", 3),
    ]
    doc = _doc(nlp, rows, [(6, 7, "GPE"), (9, 11, "PERSON")])
    source = subject_of(_verb(doc, "said"))
    assert source is not None and source.text == "Torres"


def test_a_described_name_after_the_closing_mark_beats_a_name_after_the_cue(nlp: Any) -> None:
    # "It is late," Brandt, a director, said on "Morning Show." The parser made the show's name
    # the subject and hung "Brandt" on the quotation.
    rows = [
        ("\u201c", "PUNCT", "punct", 2),
        ("It", "PRON", "nsubj", 2),
        ("is", "AUX", "ccomp", 11),
        ("late", "ADJ", "acomp", 2),
        (",", "PUNCT", "punct", 2),
        ("\u201d", "PUNCT", "punct", 6),
        ("Brandt", "PROPN", "appos", 3),
        (",", "PUNCT", "punct", 6),
        ("a", "DET", "det", 9),
        ("director", "NOUN", "appos", 6),
        (",", "PUNCT", "punct", 11),
        ("said", "VERB", "ROOT", 11),
        ("on", "ADP", "prep", 11),
        ("\u201c", "PUNCT", "punct", 11),
        ("Morning", "PROPN", "compound", 15),
        ("Show", "PROPN", "nsubj", 11),
        (".", "PUNCT", "punct", 11),
        ("\u201d", "PUNCT", "punct", 11),
    ]
    doc = _doc(nlp, rows, [(6, 7, "PERSON"), (14, 16, "WORK_OF_ART")])
    source = subject_of(_verb(doc, "said"))
    assert source is not None and source.text == "Brandt"


def test_a_clause_between_the_closing_mark_and_the_cue_keeps_the_parsed_subject(nlp: Any) -> None:
    # "It is late," Lee wrote, and Ana Torres said so: another verb stands between.
    rows = [
        ("\u201c", "PUNCT", "punct", 2),
        ("It", "PRON", "nsubj", 2),
        ("is", "AUX", "ccomp", 7),
        ("late", "ADJ", "acomp", 2),
        (",", "PUNCT", "punct", 2),
        ("\u201d", "PUNCT", "punct", 7),
        ("Lee", "PROPN", "nsubj", 7),
        ("wrote", "VERB", "ROOT", 7),
        (",", "PUNCT", "punct", 7),
        ("and", "CCONJ", "cc", 7),
        ("Ana", "PROPN", "compound", 11),
        ("Torres", "PROPN", "nsubj", 12),
        ("said", "VERB", "conj", 7),
        ("so", "ADV", "advmod", 12),
        (".", "PUNCT", "punct", 7),
    ]
    doc = _doc(nlp, rows, [(6, 7, "PERSON"), (10, 12, "PERSON")])
    source = subject_of(_verb(doc, "said"))
    assert source is not None and source.text == "Torres"


def test_a_dash_read_as_a_second_subject_is_not_the_source(nlp: Any) -> None:
    # The figures were made public ― Lee boasted, "Good." The parser took the dash for a noun
    # and gave "boasted" two subjects, the dash first.
    rows = [
        ("The", "DET", "det", 1),
        ("figures", "NOUN", "nsubjpass", 3),
        ("were", "AUX", "auxpass", 3),
        ("made", "VERB", "ROOT", 3),
        ("public", "ADJ", "amod", 5),
        ("\u2015", "NOUN", "nsubj", 7),
        ("Lee", "PROPN", "nsubj", 7),
        ("boasted", "VERB", "ccomp", 3),
        (",", "PUNCT", "punct", 3),
        ("\u201c", "PUNCT", "punct", 3),
        ("Good", "ADJ", "ccomp", 3),
        (".", "PUNCT", "punct", 3),
        ("\u201d", "PUNCT", "punct", 3),
    ]
    doc = _doc(nlp, rows, [(6, 7, "PERSON")])
    source = subject_of(_verb(doc, "boasted"))
    assert source is not None and source.text == "Lee"


def test_a_description_set_off_after_a_name_is_its_apposition_not_the_source(nlp: Any) -> None:
    # Ann Lee, the head of the agency, vowed to act. The parser gave "vowed" two subjects, the
    # name and the description after it.
    rows = [
        ("Ann", "PROPN", "compound", 1),
        ("Lee", "PROPN", "nsubj", 8),
        (",", "PUNCT", "punct", 8),
        ("the", "DET", "det", 4),
        ("head", "NOUN", "nsubj", 8),
        ("of", "ADP", "prep", 4),
        ("the", "DET", "det", 7),
        ("agency", "NOUN", "pobj", 5),
        ("vowed", "VERB", "ROOT", 8),
        ("to", "PART", "aux", 10),
        ("act", "VERB", "xcomp", 8),
        (".", "PUNCT", "punct", 8),
    ]
    doc = _doc(nlp, rows, [(0, 2, "PERSON")])
    source = subject_of(_verb(doc, "vowed"))
    assert source is not None and source.text == "Lee"


def test_a_participle_after_said_shares_its_subject_however_it_is_hung(nlp: Any) -> None:
    # Lee said, going on to say that taxes rose, voters do not care. The parser hung "going"
    # on "care", whose subject is "voters".
    rows = [
        ("Lee", "PROPN", "nsubj", 1),
        ("said", "VERB", "parataxis", 14),
        (",", "PUNCT", "punct", 1),
        ("going", "VERB", "advcl", 14),
        ("on", "ADP", "prt", 3),
        ("to", "PART", "aux", 6),
        ("say", "VERB", "xcomp", 3),
        ("that", "SCONJ", "mark", 9),
        ("taxes", "NOUN", "nsubj", 9),
        ("rose", "VERB", "ccomp", 6),
        (",", "PUNCT", "punct", 14),
        ("voters", "NOUN", "nsubj", 14),
        ("do", "AUX", "aux", 14),
        ("not", "PART", "neg", 14),
        ("care", "VERB", "ROOT", 14),
        (".", "PUNCT", "punct", 14),
    ]
    doc = _doc(nlp, rows, [(0, 1, "PERSON")])
    doc[1].tag_, doc[3].tag_ = "VBD", "VBG"
    source = subject_of(_verb(doc, "say"))
    assert source is not None and source.text == "Lee"
