"""Event mentions: types, participants, place, date, status, quantity, denials."""

from __future__ import annotations

from functools import partial

import pytest

from documents import Run, entity_names, events_with_trigger, export_one
from storyline.extract.event_dates import fallback_times
from storyline.extract.event_lexicon import load_lexicon

_one = partial(export_one, published="2024-05-15")


def test_vocabulary_has_cameo_codes_and_triggers() -> None:
    lexicon = load_lexicon()
    assert lexicon.types["meet"].cameo == "04"
    assert lexicon.types["sanction"].cameo == "16"
    assert lexicon.verbs["visit"] == "visit"
    assert lexicon.nouns["summit"] == "meet"
    assert lexicon.cues["deny"] == "denied"
    # every trigger names a documented type
    assert set(lexicon.verbs.values()) | set(lexicon.nouns.values()) <= set(lexicon.types)


def test_meeting_with_participants_place_and_clause_date(run_captures: Run) -> None:
    export = _one(run_captures, "Angela Merkel met Emmanuel Macron in Berlin on May 9, 2024.")
    (met,) = events_with_trigger(export, "met")
    assert met["type"] == "meet"
    assert entity_names(export, met["participants"]) == {"Angela Merkel", "Emmanuel Macron"}
    assert entity_names(export, [met["place"]]) == {"Berlin"}
    assert met["date"] == {"value": "2024-05-09", "text": "May 9, 2024", "basis": "clause"}
    assert met["status"] == "occurred"


def test_past_report_without_date_gets_the_published_date(run_captures: Run) -> None:
    export = _one(run_captures, "Germany imposed sanctions on Iran.", published="2024-02-01")
    (sanctions,) = events_with_trigger(export, "sanctions")
    assert sanctions["type"] == "sanction"
    assert {"Germany", "Iran"} <= entity_names(export, sanctions["participants"])
    assert sanctions["date"]["value"] == "2024-02-01"
    assert sanctions["date"]["basis"] == "document"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Angela Merkel will visit Paris next week.", "visit", "expected"),
        ("Angela Merkel is expected to visit Paris.", "visit", "expected"),
        ("Angela Merkel plans to visit Paris.", "visit", "planned"),
        ("Angela Merkel may visit Paris.", "visit", "hypothetical"),
        ("Angela Merkel visited Paris.", "visited", "occurred"),
    ],
)
def test_status_from_tense_modals_and_governing_verbs(run_captures: Run, text: str, trigger: str, status: str) -> None:
    (event,) = events_with_trigger(_one(run_captures, text), trigger)
    assert event["status"] == status
    if status != "occurred":
        assert event["date"] is None or event["date"]["basis"] != "document"


def test_hedged_past_is_a_claim_of_the_speaker_with_its_quantity(run_captures: Run) -> None:
    text = "Defense Minister Lee Jae-sung said that Iran could have shipped as many as 2 million rounds to Syria."
    export = _one(run_captures, text)
    (shipped,) = events_with_trigger(export, "shipped")
    assert shipped["type"] == "supply"
    assert shipped["status"] == "claimed"
    assert shipped["modality"] == "could have"
    assert shipped["quantity"] == "as many as 2 million rounds"
    assert {"Iran", "Syria"} <= entity_names(export, shipped["participants"])


def test_denial_of_the_previous_sentence(run_captures: Run) -> None:
    text = "The Pentagon said Iran shipped drones to Russia. Iran denied this."
    export = _one(run_captures, text)
    (shipped,) = events_with_trigger(export, "shipped")
    assert shipped["status"] == "claimed"
    assert entity_names(export, shipped["claimed_by"]) == {"Pentagon"}
    assert entity_names(export, shipped["denied_by"]) == {"Iran"}


def test_denial_of_a_claim_in_the_same_sentence(run_captures: Run) -> None:
    text = "Germany and France suspect Iran has been supplying drones to Russia, a claim that Iran has denied."
    export = _one(run_captures, text)
    (supplying,) = events_with_trigger(export, "supplying")
    assert supplying["status"] == "claimed"
    assert {"Germany", "France"} <= entity_names(export, supplying["claimed_by"])
    assert entity_names(export, supplying["denied_by"]) == {"Iran"}


def test_the_two_leaders_are_the_two_people_named_before(run_captures: Run) -> None:
    text = "Angela Merkel spoke with Emmanuel Macron by phone. The two leaders will meet in Berlin this week."
    export = _one(run_captures, text)
    (meet,) = events_with_trigger(export, "meet")
    assert entity_names(export, meet["participants"]) == {"Angela Merkel", "Emmanuel Macron"}
    assert meet["status"] == "expected"
    assert meet["date"]["value"] == "2024-W20"


def test_other_events_keep_their_lemma(run_captures: Run) -> None:
    export = _one(run_captures, "Toyota shuttered its factory. The decline of Nissan continued.")
    fired = events_with_trigger(export, "shuttered")
    assert fired and fired[0]["type"] == "other" and fired[0]["lemma"] == "shutter"
    assert entity_names(export, fired[0]["participants"]) == {"Toyota"}
    decline = events_with_trigger(export, "decline")
    assert decline and entity_names(export, decline[0]["participants"]) == {"Nissan"}


def test_negated_events_are_not_reported_as_happening(run_captures: Run) -> None:
    export = _one(run_captures, "Germany did not sign the treaty with France.")
    assert not events_with_trigger(export, "sign")


def test_fallback_times_resolve_explicit_and_relative_dates() -> None:
    found = {t.text: t.value for t in fallback_times("On Sept. 13, 2023 and in March, not last year.", "2024-06-18")}
    assert found == {"Sept. 13, 2023": "2023-09-13", "March": "2024-03", "last year": "2023"}


def test_every_type_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "events.md").read_text(encoding="utf-8")
    for name in load_lexicon().types:
        assert f"| `{name}` |" in doc


def test_a_short_name_is_the_person_named_in_full(run_captures: Run) -> None:
    export = _one(run_captures, "Angela Merkel met Emmanuel Macron in Berlin. On Friday, Merkel visited Paris.")
    (visited,) = events_with_trigger(export, "visited")
    assert "Angela Merkel" in entity_names(export, visited["participants"])


def test_undated_reports_take_the_day_of_the_lead(run_captures: Run) -> None:
    text = "Toyota recalled 50,000 cars yesterday. Toyota apologised to its customers."
    export = _one(run_captures, text, published="2024-05-16")
    (recalled,) = events_with_trigger(export, "recalled")
    assert recalled["date"] == {"value": "2024-05-15", "text": "yesterday", "basis": "clause"}
    (apologised,) = events_with_trigger(export, "apologised")
    assert apologised["date"]["value"] == "2024-05-15"
    assert apologised["date"]["basis"] == "context"


def test_family_roles_of_sanctions_and_votes(run_captures: Run) -> None:
    text = (
        "Germany imposed sanctions to stop Iran from selling drones. "
        "France voted to end the inquiry at the United Nations Security Council in March."
    )
    export = _one(run_captures, text)
    (sanctions,) = events_with_trigger(export, "sanctions")
    assert {"Germany", "Iran"} <= entity_names(export, sanctions["participants"])
    (voted,) = events_with_trigger(export, "voted")
    names = entity_names(export, voted["participants"])
    assert "France" in names and any("Security Council" in n for n in names)
    assert voted["date"]["value"] == "2024-03"


def test_a_dateline_dates_the_report_not_the_headline_event(run_captures: Run) -> None:
    text = "Toyota recalls cars\n\nMay 16, 2024\n\nToyota recalled 50,000 cars yesterday."
    export = _one(run_captures, text, published="2024-05-16")
    (recalls,) = events_with_trigger(export, "recalls")
    assert recalls["date"]["value"] == "2024-05-15"
    assert recalls["date"]["basis"] == "context"


def test_the_speaker_is_not_one_of_the_leaders(run_captures: Run) -> None:
    text = "Angela Merkel met Emmanuel Macron. Their adviser Jean Dupont said the two leaders may sign a treaty."
    export = _one(run_captures, text)
    (sign,) = events_with_trigger(export, "sign")
    assert entity_names(export, sign["participants"]) == {"Angela Merkel", "Emmanuel Macron"}
    assert sign["status"] == "hypothetical"
