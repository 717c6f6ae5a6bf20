"""Events for entity timelines: which mentions an entity takes part in, and how they are dated."""

from __future__ import annotations

from functools import partial

import pytest

from documents import Run, entity_names, events_with_trigger, export_one

_one = partial(export_one, published="2031-03-12")


def test_event_noun_after_a_light_verb_is_an_event_of_the_verbs_subject(run_captures: Run) -> None:
    export = _one(run_captures, "The Zephyr Z9, a new glider, has made its maiden flight over Lake Erie.")
    (flight,) = events_with_trigger(export, "flight")
    assert flight["type"] == "other"
    assert any("Zephyr" in name for name in entity_names(export, flight["participants"]))


def test_lead_day_dates_the_undated_reports_of_the_article(run_captures: Run) -> None:
    text = (
        "Norvik Motors shows new truck\n\n"
        "Norvik Motors has presented its new truck at its plant in Ohio. "
        "Sunday was picked because the plant opened on a Sunday. "
        "Norvik Motors thanked its workers. The company also announced a bonus."
    )
    export = _one(run_captures, text, published="2031-03-12")  # a Wednesday
    (thanked,) = events_with_trigger(export, "thanked")
    assert thanked["date"]["value"] == "2031-03-09"
    assert thanked["date"]["basis"] == "context"


def test_past_perfect_and_present_states_take_no_report_date(run_captures: Run) -> None:
    text = (
        "Norvik Motors cut 200 jobs in Ohio. "
        "Norvik Motors had offered the workers a bonus. "
        "Norvik Motors owns three plants in Ohio."
    )
    export = _one(run_captures, text, published="2031-03-12")
    (cut,) = events_with_trigger(export, "cut")
    assert cut["date"]["value"] == "2031-03-12"
    (offered,) = events_with_trigger(export, "offered")
    assert offered["date"] is None
    (owns,) = events_with_trigger(export, "owns")
    assert owns["date"] is None


def test_taking_a_train_to_a_city_is_travel_to_its_country(run_captures: Run) -> None:
    text = (
        "The talks were held in Bergen, Norway, last winter. In 2030, Anna Berg took a train to Bergen to attend them."
    )
    export = _one(run_captures, text)
    (took,) = events_with_trigger(export, "took")
    assert took["type"] == "travel"
    assert {"Anna Berg", "Bergen", "Norway"} <= entity_names(export, took["participants"])
    assert took["date"]["value"] == "2030"


def test_a_trip_outside_a_country_is_not_a_trip_to_it(run_captures: Run) -> None:
    export = _one(run_captures, "It is the first trip outside Norway for Anna Berg in two years.")
    for trip in events_with_trigger(export, "trip"):
        assert "Norway" not in entity_names(export, trip["participants"])


# A text, the trigger of its one event of that trigger, and a participant's name.
TAKES_PART = [
    # A verb after a preposition shares the subject of its clause.
    ("Lena Fischer opened the fair by cutting a ribbon in Graz.", "cutting", "Lena Fischer"),
    # We in a direct quote is the organisation of its speaker.
    (
        'Norvik Motors chief executive Jan Berg said on Monday: "We are closing the old plant in Ohio."',
        "closing",
        "Norvik Motors",
    ),
    # I in a direct quote is its speaker.
    ('Jan Berg, a baker from Graz, told reporters: "I sold the bakery to my nephew."', "sold", "Jan Berg"),
    # We of a spokeswoman is the firm the report is about.
    (
        (
            "Norvik Motors cut 200 jobs in Ohio on Monday. Norvik Motors blamed weak sales. "
            'Spokeswoman Ann Lee said: "We regret the closure."'
        ),
        "regret",
        "Norvik Motors",
    ),
    # A verb after an adjective shares the subject of its copula.
    ("Norvik Motors is willing to sell the old plant in Ohio.", "sell", "Norvik Motors"),
    # A name in apposition to a name takes part too.
    ("The newest Lumophone, Lumophone 4, was shown by Norvik Motors on Monday.", "shown", "Lumophone 4"),
    # The subject of be on or in a state takes part in it.
    ("Norvik Motors is in negotiations with Brackwell Foods over the plant in Ohio.", "negotiations", "Norvik Motors"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), TAKES_PART)
def test_a_named_entity_takes_part_in_the_event(run_captures: Run, text: str, trigger: str, name: str) -> None:
    export = _one(run_captures, text)
    (event,) = events_with_trigger(export, trigger)
    assert name in entity_names(export, event["participants"])


# A text, the trigger of its one event of that trigger, and the names of all its participants.
PARTICIPANTS = [
    # They reported by one firm is that firm.
    (
        "Norvik Motors met Brackwell Foods in Ohio. Norvik Motors have said that they will sell the plant.",
        "sell",
        {"Norvik Motors"},
    ),
    # It opening a sentence continues the subject before.
    (
        "Norvik Motors was praised by Jan Berg of Brackwell Foods on Monday. It is slated to open a plant in June.",
        "slated",
        {"Norvik Motors"},
    ),
    # The object of ask or allow does what the to clause says.
    ("Brackwell Foods asked Norvik Motors to close the plant in Ohio.", "close", {"Norvik Motors"}),
]


@pytest.mark.parametrize(("text", "trigger", "names"), PARTICIPANTS)
def test_the_named_participants_of_the_event(run_captures: Run, text: str, trigger: str, names: set[str]) -> None:
    export = _one(run_captures, text)
    (event,) = events_with_trigger(export, trigger)
    assert entity_names(export, event["participants"]) == names


def test_the_day_of_a_saying_does_not_date_what_it_reports(run_captures: Run) -> None:
    text = "Norvik Motors said on Monday that Lena Fischer had joined its board."
    export = _one(run_captures, text, published="2031-03-12")
    (joined,) = events_with_trigger(export, "joined")
    assert joined["date"] is None or joined["date"]["text"] != "Monday"


def test_an_event_noun_after_a_verb_is_made_by_its_subject(run_captures: Run) -> None:
    export = _one(run_captures, "The Zephyr Z9 landed in Oslo after a long flight from Lisbon.")
    (flight,) = events_with_trigger(export, "flight")
    assert any("Zephyr" in name for name in entity_names(export, flight["participants"]))


def test_a_when_clause_with_a_date_dates_the_clause_it_modifies(run_captures: Run) -> None:
    text = "When Norvik Motors picked Lena Fischer on March 3, 2031, Karl Berg criticised the choice."
    export = _one(run_captures, text, published="2031-04-20")
    (criticised,) = events_with_trigger(export, "criticised")
    assert criticised["date"]["value"] == "2031-03-03"


def test_a_participle_modifying_the_object_keeps_its_date_to_itself(run_captures: Run) -> None:
    export = _one(
        run_captures, "Norvik Motors broke an agreement signed with Karl Berg in 2029.", published="2031-04-20"
    )
    (broke,) = events_with_trigger(export, "broke")
    assert broke["date"]["value"] != "2029"


def test_he_far_from_any_name_is_the_person_the_report_is_about(run_captures: Run) -> None:
    filler = " ".join(["The weather in the valley was mild and the roads were quiet all week."] * 8)
    text = f"Karl Berg opened a bakery in Graz. Karl Berg hired six bakers. {filler} He resigned from the board."
    export = _one(run_captures, text)
    (resigned,) = events_with_trigger(export, "resigned")
    assert "Karl Berg" in entity_names(export, resigned["participants"])


def test_a_clock_time_does_not_move_the_day_its_clause_names(run_captures: Run) -> None:
    text = "Norvik Motors tested its new truck Tuesday in Dayton, Ohio at 18:00 UTC."
    export = _one(run_captures, text, published="2031-03-12")  # a Wednesday
    (tested,) = events_with_trigger(export, "tested")
    assert tested["date"]["value"] == "2031-03-11"


def test_a_date_inside_the_object_dates_the_object_not_the_verb(run_captures: Run) -> None:
    text = "Norvik Motors broke the 1991 agreement with its workers in Ohio."
    export = _one(run_captures, text, published="2031-03-12")
    (broke,) = events_with_trigger(export, "broke")
    assert broke["date"] is None or not broke["date"]["value"].startswith("1991")


def test_one_of_a_named_thing_takes_part_as_the_thing(run_captures: Run) -> None:
    text = "Norvik Motors built ten Zephyr Z9 gliders. One of the Zephyr Z9 gliders crashed in Ohio on Monday."
    export = _one(run_captures, text)
    (crashed,) = events_with_trigger(export, "crashed")
    assert any("Zephyr" in name for name in entity_names(export, crashed["participants"]))


def test_what_an_event_is_compared_with_takes_no_part_in_it(run_captures: Run) -> None:
    text = "Norvik Motors received more orders than Brackwell Foods in 2030."
    export = _one(run_captures, text)
    for event in export["events"]:
        assert "Brackwell Foods" not in entity_names(export, event["participants"]), event["trigger"]


def test_it_standing_for_a_clause_is_no_participant(run_captures: Run) -> None:
    text = "Norvik Motors opened a plant in Ohio. It was announced that Brackwell Foods would buy the plant."
    export = _one(run_captures, text)
    for announced in events_with_trigger(export, "announced"):
        assert "Norvik Motors" not in entity_names(export, announced["participants"])


def test_an_undated_plan_holds_as_of_the_statement_that_reports_it(run_captures: Run) -> None:
    text = "Norvik Motors says that it will close its plant in Ohio. Norvik Motors owns three plants."
    export = _one(run_captures, text, published="2031-03-12")
    (close,) = events_with_trigger(export, "close")
    assert close["date"]["value"] == "2031-03-12"
    assert close["date"]["basis"] == "context"
    (owns,) = events_with_trigger(export, "owns")
    assert owns["date"] is None  # told by no dated statement


def test_a_week_in_the_lead_dates_the_undated_reports_as_that_week(run_captures: Run) -> None:
    text = "Norvik Motors unveiled a new truck this week. Norvik Motors thanked its workers."
    export = _one(run_captures, text, published="2031-03-12")  # a Wednesday
    (unveiled,) = events_with_trigger(export, "unveiled")
    assert unveiled["date"]["value"] == "2031-W11"
    (thanked,) = events_with_trigger(export, "thanked")
    assert thanked["date"]["value"] == "2031-W11"
    assert thanked["date"]["basis"] == "context"
