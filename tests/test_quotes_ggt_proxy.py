"""The PolNeAR -> Gender Gap Tracker gold conversion behind ``evaluate.py polnear-ggt``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import polnear_ggt


def _span(text: str, part: str, after: int = 0) -> dict[str, object]:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def _attribution(text: str, source: str | None, cue: str, content: str) -> dict[str, object]:
    return {
        "source": _span(text, source) if source else None,
        "cue": _span(text, cue),
        "content": _span(text, content),
    }


def _quotes(text: str, attributions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The quotes the conversion makes of a document's text and its attributions."""
    return polnear_ggt.convert_document({"text": text, "attributions": attributions})["quotes"]


def test_speech_is_kept_and_beliefs_are_dropped() -> None:
    text = "Mayor Dana Whitfield said the bridge will reopen. Whitfield believes the budget is sound."
    attributions = [
        _attribution(text, "Mayor Dana Whitfield", "said", "the bridge will reopen"),
        _attribution(text, "Whitfield", "believes", "the budget is sound"),
    ]
    quotes = _quotes(text, attributions)
    assert [q["text"] for q in quotes] == ["the bridge will reopen"]
    assert quotes[0]["speaker"] == "Dana Whitfield" and quotes[0]["verb"] == "said"


def test_short_names_and_pronouns_take_the_full_name() -> None:
    text = "Dana Whitfield spoke first. Whitfield has said the port is safe. She added that fees will rise."
    attributions = [
        _attribution(text, "Whitfield", "has said", "the port is safe"),
        _attribution(text, "She", "added", "that fees will rise"),
    ]
    quotes = _quotes(text, attributions)
    assert [q["speaker"] for q in quotes] == ["Dana Whitfield", "Dana Whitfield"]
    assert quotes[0]["verb"] == "said"


def test_a_quotation_with_any_cue_is_a_quote() -> None:
    text = 'The minister was blunt: "We will not sign this deal today."'
    content = '"We will not sign this deal today."'
    attributions = [_attribution(text, "The minister", ":", content)]
    quotes = _quotes(text, attributions)
    assert len(quotes) == 1 and quotes[0]["speaker"] == "The minister" and quotes[0]["verb"] == ""


def test_a_later_sentence_of_a_quotation_floats() -> None:
    text = 'Dana Whitfield runs the port. "Fees will rise," Whitfield said. "Nobody likes it, but we must."'
    first = text.index('"Fees')
    second = text.index('"Nobody')
    attributions = [
        {
            "source": _span(text, "Whitfield", first),
            "cue": _span(text, "said"),
            "content": {
                "start": first,
                "end": len(text),
                "text": text[first:],
                "fragments": [[first, text.index(" Whitfield said")], [second, len(text)]],
            },
        }
    ]
    quotes = _quotes(text, attributions)
    assert [q["text"][:6] for q in quotes] == ['"Fees ', '"Nobod']
    assert quotes[1]["speaker"] == "Dana Whitfield"
    assert quotes[1]["speaker_mention"] is None and quotes[1]["verb"] == ""


def test_an_apposition_after_the_name_is_not_the_speaker() -> None:
    text = "Ruth B. Okoye, a professor at Ridge University, said the levy is fair to everyone."
    attributions = [
        _attribution(text, "Ruth B. Okoye, a professor at Ridge University,", "said", "the levy is fair to everyone")
    ]
    assert _quotes(text, attributions)[0]["speaker"] == "Ruth B. Okoye"


def test_a_pronoun_source_is_no_name_for_the_pronouns_after_it() -> None:
    text = "Dana Whitfield spoke first. He said the port is safe for ships. He added that fees will rise soon."
    attributions = [
        _attribution(text, "Dana Whitfield", "spoke", "first"),
        _attribution(text, "He", "said", "the port is safe for ships"),
        {
            "source": _span(text, "He", text.index("He added")),
            "cue": _span(text, "added"),
            "content": _span(text, "that fees will rise soon"),
        },
    ]
    quotes = _quotes(text, attributions)
    assert [q["speaker"] for q in quotes] == ["Dana Whitfield", "Dana Whitfield"]


def test_a_party_bracket_before_an_apposition_is_not_in_the_name() -> None:
    text = "Rep. Ruth Okoye (D-Ore.), a member of the panel, said the levy is fair to everyone."
    source = "Rep. Ruth Okoye (D-Ore.), a member of the panel,"
    attributions = [_attribution(text, source, "said", "the levy is fair to everyone")]
    assert _quotes(text, attributions)[0]["speaker"] == "Ruth Okoye"


def test_a_title_description_takes_the_name_written_after_that_title() -> None:
    text = (
        "Vice President Tom Lee and Mayor Ana de Souza opened the quay. "
        "The mayor said the quay will open on time. The vice president said nothing else."
    )
    attributions = [_attribution(text, "The mayor", "said", "the quay will open on time")]
    assert _quotes(text, attributions)[0]["speaker"] == "Ana de Souza"
    assert polnear_ggt._titled_name(["the", "president"], text, len(text)) == ""  # "Vice President" is another title


def test_titles_sentence_openers_and_headline_capitals_are_no_part_of_a_name() -> None:
    text = (
        "Harbour Mom Corners Whitfield On Fees\n\n"
        "German Chancellor Dana Whitfield spoke first. Secretary of State Ana Okoye said the port is safe. "
        "Many Democrats say the fees are too high. Whitfield said the fees will rise next year."
    )
    attributions = [
        _attribution(text, "Secretary of State Ana Okoye", "said", "the port is safe"),
        _attribution(text, "Many Democrats", "say", "the fees are too high"),
        _attribution(text, "Whitfield", "said", "the fees will rise next year"),
    ]
    quotes = _quotes(text, attributions)
    assert [q["speaker"] for q in quotes] == ["Ana Okoye", "Democrats", "Dana Whitfield"]
