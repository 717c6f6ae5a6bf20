"""Product names the tagger misses: brand words, versions, bare model numbers."""

from __future__ import annotations

from typing import Any

from documents import entities_of
from storyline.extract.entity_names import name_key
from storyline.records import Mention


def _spans(text: str, mentions: tuple[Mention, ...]) -> set[str]:
    return {text[m.start : m.end] for m in mentions}


def test_brand_words_with_versions_are_products(nlp: Any) -> None:
    text = "Quill swamped by zPad 7 pre-orders\n\nBuyers said the zTunes shop and the zOS 3 update were slow."
    entities, mentions = entities_of(nlp, text)
    spans = _spans(text, mentions)
    assert {"zPad 7", "zTunes", "zOS 3"} <= spans
    kinds = {e.name: e.type for e in entities}
    assert kinds["zPad 7"] == "PRODUCT"


def test_dotted_versions_stay_whole(nlp: Any) -> None:
    text = "The update, zPod Software 2.1.3, works with older players. It ends in 2.1."
    _, mentions = entities_of(nlp, text)
    assert "zPod Software 2.1.3" in _spans(text, mentions)


def test_model_echoes_and_generations(nlp: Any) -> None:
    text = (
        "Polar Air ordered 14 Vandor 919 Skyliners. The 919 is late, and options cover 20 more 919s. "
        "Quill launches 3G zPad. It cost 919 dollars."
    )
    _, mentions = entities_of(nlp, text)
    spans = {(text[m.start : m.end], m.start) for m in mentions}
    assert ("919", text.index("The 919") + 4) in spans
    assert ("919s", text.index("919s")) in spans
    assert ("3G zPad", text.index("3G zPad")) in spans
    assert ("919", text.index("919 dollars")) not in spans


def test_two_names_one_space_apart_are_one(nlp: Any) -> None:
    text = "Shares of Northrop and Lockheed Martin rose on Monday. Engineers at Lockheed Martin built the jet."
    _, mentions = entities_of(nlp, text)
    spans = _spans(text, mentions)
    assert "Lockheed Martin" in spans
    assert "Martin" not in spans and "Lockheed" not in spans


def test_possessive_inside_a_known_name_stays(nlp: Any) -> None:
    text = "Envoys of the People's Republic of China met in Geneva. Quill Corp's zPad sold well."
    entities, mentions = entities_of(nlp, text)
    assert "People's Republic of China" in _spans(text, mentions)
    assert "Taiwan" not in {e.name for e in entities}


def test_variant_designations_cut_by_the_tokenizer(nlp: Any) -> None:
    text = "The new 919-300LR flies non-stop. The score was 130-120 on Sunday."
    _, mentions = entities_of(nlp, text)
    spans = _spans(text, mentions)
    assert "919-300LR" in spans
    assert "130-120" not in spans


def test_spaced_dash_ends_a_name(nlp: Any) -> None:
    text = "The firm is based in San Jose - Quillfield said so on Friday."
    _, mentions = entities_of(nlp, text)
    spans = _spans(text, mentions)
    assert not any(" - " in s for s in spans)
    assert "San Jose" in spans


def test_generation_before_or_after_is_one_key() -> None:
    assert name_key("3G zPad") == name_key("zPad 3G")
    assert name_key("4th Infantry Division") == "4th infantry division"


def test_carrier_named_without_its_class_word(nlp: Any) -> None:
    text = (
        "Polar Eastern Airlines ordered jets. Polar Eastern said the planes fly from Norland. Norland Airways did not."
    )
    entities, mentions = entities_of(nlp, text)
    polar = [e for e in entities if e.name == "Polar Eastern Airlines"]
    assert polar and "Polar Eastern" in polar[0].aliases
    norland = {e.key for e in entities if e.name == "Norland"}
    assert not norland & {m.entity for m in mentions if text[m.start : m.end] == "Norland Airways"}


def test_market_names_and_currency_codes(nlp: Any) -> None:
    text = (
        "Shares slid on Wall Street on Friday. The Standard & Poor's 500 index lost 2%, "
        "and the fee is $45 (USD) a year."
    )
    entities, mentions = entities_of(nlp, text)
    spans = _spans(text, mentions)
    assert {"Wall Street", "Standard & Poor's 500"} <= spans
    assert "USD" not in spans
    assert "S&P 500" in {e.name for e in entities}


def test_short_form_of_a_designated_company_tagged_as_a_place(nlp: Any) -> None:
    text = "Kestrel Motor Corp. overtook its rivals. Kestrel's new car outsold them all."
    entities, mentions = entities_of(nlp, text)
    company = [e for e in entities if e.name == "Kestrel Motor Corp."]
    assert company
    assert {text[m.start : m.end] for m in mentions if m.entity == company[0].key} >= {"Kestrel"}


def test_maker_and_model_name(nlp: Any) -> None:
    text = "The company's Chevrolet Volt will go on sale in 2010, the automaker said."
    entities, mentions = entities_of(nlp, text)
    assert "Chevrolet Volt" in _spans(text, mentions)
    assert {e.name: e.type for e in entities}["Chevrolet Volt"] == "PRODUCT"


def test_a_model_number_before_a_capitalised_name_is_a_product(nlp: Any) -> None:
    text = (
        "Polar Air rolls out its first 919 Skyliner to go into service. It wants 20 more Skyliners. "
        "The Fortune 500 Apple stores sold it for 249 USD."
    )
    entities, mentions = entities_of(nlp, text)
    spans = _spans(text, mentions)
    assert {"919 Skyliner", "Skyliners"} <= spans, spans
    assert "500 Apple" not in spans and "249 USD" not in spans
    assert {e.name: e.type for e in entities}["919 Skyliner"] == "PRODUCT"


def test_a_model_number_before_a_quoted_nickname_is_a_product(nlp: Any) -> None:
    text = 'The new jet, the 919 "Skyliner", flew on Tuesday. The release of the "Skyliner" is late.'
    entities, mentions = entities_of(nlp, text)
    spans = _spans(text, mentions)
    assert {'919 "Skyliner', "Skyliner"} <= spans, spans
    assert {e.name: e.type for e in entities}["919 Skyliner"] == "PRODUCT"


def test_models_listed_after_a_brand_s_first_model_share_its_brand(nlp: Any) -> None:
    text = "Besides the zPad Classic, Nano and Shuffle, Quill showed more. The zPad Pro and Max Brenn came."
    entities, mentions = entities_of(nlp, text)
    names = {e.key: e.name for e in entities}
    by_span = {text[m.start : m.end]: names[m.entity] for m in mentions}
    assert by_span.get("Nano") == "zPad Nano" and by_span.get("Shuffle") == "zPad Shuffle", by_span
    assert "Max Brenn" in by_span  # a person after the list's "and" stays whole
