"""A quotation over several paragraphs (each opened with a mark, only the last closed) is one quote."""

from __future__ import annotations

from typing import Any

from quoting import quotes_of

TEXT = (
    "The ferry will not sail until June, Minister Ada Kerr said on Monday.\n\n"
    "\u201cI know how hard this is for the island. I have asked the builder for a firm date.\n\n"
    "\u201cWe are also hiring a second crew so the boat can run longer days.\u201d\n\n"
    "The ferry was due to sail in March."
)


def test_paragraphs_of_one_quotation_are_one_quote(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    run = [q for q in quotes if "firm date" in q.text or "second crew" in q.text]
    assert len(run) == 1, [q.text for q in quotes]
    quote = run[0]
    assert TEXT[quote.start : quote.end].startswith("\u201cI know")
    assert TEXT[quote.start : quote.end].endswith("longer days.\u201d")
    assert len(quote.parts) == 2
    assert quote.speaker_name == "Ada Kerr"


def test_a_closed_quotation_is_not_joined_to_the_next(nlp: Any) -> None:
    text = TEXT.replace("firm date.\n\n", "firm date.\u201d\n\n")
    quotes, _ = quotes_of(nlp, text)
    assert len([q for q in quotes if "firm date" in q.text or "second crew" in q.text]) == 2
