"""Ask about a transfer ("What does X get from Y?"): the event that answers it need not share a verb."""

from __future__ import annotations

import pytest

from documents import sqlite_store_of
from storyline.search.ask import ask
from storyline.store import SQLiteStore

pytestmark = pytest.mark.slow

# Every sentence names both countries, so the names alone cannot pick the answer out.
CAPTURES = [
    {
        "source": "https://example.org/wire/border-trade",
        "title": "Marovia and Castellan deepen ties",
        "published": "2025-05-06",
        "text": (
            "Castellan's foreign minister said on Monday that Marovia and Castellan would hold talks in June.\n\n"
            "Officials in Castellan say Marovia and Castellan have argued over fishing rights for a decade.\n\n"
            "Castellan has been shipping grain and diesel fuel to Marovia since the harvest failed, "
            "the trade ministry said.\n\n"
            "Marovia sold old radar equipment to Castellan last year, according to customs records.\n\n"
            "Analysts said Marovia and Castellan share a long border and a common language."
        ),
    }
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    return sqlite_store_of(tmp_path_factory.mktemp("transfers"), CAPTURES)


def test_a_transfer_question_finds_the_shipment_worded_otherwise(store: SQLiteStore) -> None:
    answer = ask("What does Marovia get from Castellan?", store)
    assert answer.best is not None
    assert "shipping grain" in answer.best.unit.text


def test_the_opposite_transfer_ranks_below_the_asked_one(store: SQLiteStore) -> None:
    ranked = [
        e.unit.text
        for e in sorted(ask("What does Castellan get from Marovia?", store).evidence, key=lambda e: -e.score)
    ]
    radar = next(i for i, text in enumerate(ranked) if "radar" in text)
    grain = next((i for i, text in enumerate(ranked) if "shipping grain" in text), len(ranked))
    assert radar < grain
