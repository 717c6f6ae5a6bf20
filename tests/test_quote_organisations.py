"""A definite description as the speaker ("the company said", "the carrier says", "the
government said") refers back to the organisation or country the article named."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of


def _speaker(nlp: Any, text: str, words: str) -> tuple[str | None, str | None]:
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, words)
    return (names[quote.speaker] if quote.speaker else None), quote.speaker_name


def test_the_company_is_the_firm_named_before(nlp: Any) -> None:
    text = "Brackwell Foods cut its forecast on Tuesday. The company said demand for frozen meals had slowed."
    assert _speaker(nlp, text, "demand for frozen") == ("Brackwell Foods", "Brackwell Foods")


def test_the_company_skips_a_public_body_named_in_between(nlp: Any) -> None:
    text = "Brackwell Foods met officials of the Ministry of Agriculture. The company said the talks went well."
    assert _speaker(nlp, text, "talks went well")[0] == "Brackwell Foods"


def test_the_airline_is_a_firm_named_or_called_an_airline(nlp: Any) -> None:
    text = "Tarnow Airways bought ten jets from Holvik Aerospace. The airline said the order was its largest."
    assert _speaker(nlp, text, "order was its largest")[0] == "Tarnow Airways"
    text = (
        "Holvik Aerospace sold ten jets to Skyvolt Inc., the budget carrier. "
        "The airline said the order was its largest."
    )
    assert _speaker(nlp, text, "order was its largest")[0] == "Skyvolt Inc."


def test_the_government_is_the_country_named_before(nlp: Any) -> None:
    text = "Protests spread across Norway on Monday. The government said it would not resign."
    assert _speaker(nlp, text, "would not resign")[0] == "Norway"


def test_the_company_without_a_firm_named_stays_unresolved_with_its_words(nlp: Any) -> None:
    text = "Prices rose again in March. The company said demand had slowed."
    assert _speaker(nlp, text, "demand had slowed") == (None, "The company")


def test_an_outlet_the_news_was_told_to_is_not_the_company(nlp: Any) -> None:
    text = "A spokeswoman told Reuters on Monday that sales fell. The company said it would cut prices."
    assert _speaker(nlp, text, "cut prices")[0] is None


def test_the_agency_is_the_public_body_named_before(nlp: Any) -> None:
    text = "The Federal Aviation Administration grounded the jets. The agency said inspections would take a week."
    assert _speaker(nlp, text, "inspections would")[0] == "Federal Aviation Administration"


def test_the_ministry_without_a_ministry_named_is_the_country(nlp: Any) -> None:
    text = "France said on Monday that talks would resume. The foreign ministry said the envoy would travel to Rome."
    assert _speaker(nlp, text, "envoy would travel")[0] == "France"


def test_a_giant_with_its_trade_is_the_firm_named_before(nlp: Any) -> None:
    text = "Brackwell Foods reported record sales. The food giant said demand for frozen meals was strong."
    assert _speaker(nlp, text, "demand for frozen")[0] == "Brackwell Foods"


def test_an_outlet_that_reported_the_news_is_not_the_company(nlp: Any) -> None:
    text = "Brackwell Foods is in talks to buy a rival, Reuters reported on Monday. The company said it had no comment."
    assert _speaker(nlp, text, "no comment")[0] == "Brackwell Foods"
    text = "Brackwell Foods is in talks to buy a rival, according to Reuters. The company said it had no comment."
    assert _speaker(nlp, text, "no comment")[0] == "Brackwell Foods"


def test_a_firm_that_reported_results_is_still_the_company(nlp: Any) -> None:
    text = "Brackwell Foods reported record profits on Monday. The company said demand was strong."
    assert _speaker(nlp, text, "demand was strong")[0] == "Brackwell Foods"
