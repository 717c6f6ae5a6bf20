"""Through the whole pipeline: removals reach the export, nothing is extracted from removed text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from test_clean_transcript import EPISODE, READ


def test_ads_are_exported_as_removals_and_yield_no_items(run_captures: Callable[..., dict[str, Any]]) -> None:
    export = run_captures([{"source": "harbor.txt", "text": EPISODE, "kind": "transcript"}])
    (doc,) = export["documents"]
    ads = [r for r in doc["removed"] if r["reason"] == "ad"]
    assert ads and all(EPISODE[r["raw_start"] : r["raw_end"]] == r["text"] for r in ads)
    ad_text = " ".join(READ)
    assert "Cloudnest" not in doc["text"]
    for entity in export["entities"]:
        for mention in entity["mentions"]:
            assert doc["text"][mention["start"] : mention["end"]] != "Cloudnest"
    for quote in export["quotes"]:
        assert not quote["text"] or quote["text"] not in ad_text
