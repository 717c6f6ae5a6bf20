"""Turn boundaries and voices in unlabelled news transcripts written for the purpose."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

MORNING_SHOW = """Good morning. I'm Carla Mendes.
And I'm Owen Pryce, and this is The Early Edition.
The city council votes today on a plan to close two river bridges for repairs.
WRN's Hana Okafor has been following the plan.
Good morning, Hana.
Good morning, Owen.
So what would the closures mean for commuters?
Well, the detours would add twenty minutes to most trips across town.
I think the council knows that and will phase the work.
Hana, thanks.
Thank you, Owen.
That's WRN's Hana Okafor.
Next, the storm along the coast.
Here's Mayor Dolores Quint speaking to reporters last night.
We are opening the shelters at six and we need people to come early.
Carla, what else are you watching today?
The fuel prices keep climbing this week, Owen.
I'm Owen Pryce.
And I'm Carla Mendes.
"""


def test_correspondent_co_hosts_and_a_clip_named_before(nlp: Any) -> None:
    document, turns = _turns(nlp, MORNING_SHOW)
    assert _voice(document, turns, "Good morning, Owen.") == ("Hana Okafor", "guest")
    assert _voice(document, turns, "Thank you, Owen.") == ("Hana Okafor", "guest")
    assert _voice(document, turns, "Good morning, Hana.") == ("Owen Pryce", "host")
    assert _voice(document, turns, "We are opening the shelters") == ("Dolores Quint", "clip")
    # a co-host spoken to by name is not the one speaking, and answers next
    assert _voice(document, turns, "Carla, what else") == ("Owen Pryce", "host")
    assert _voice(document, turns, "The fuel prices keep climbing") == ("Carla Mendes", "host")


PANEL = """From WRN, I'm Tomas Reyes.
We are joined by Ingrid Solberg, a professor of economics at Lakeshore University.
Ingrid, why are food prices still rising?
Well, I think the drought is the main story this year.
The wheat harvest came in far below the forecasts.
Farmers planted less because fertilizer cost twice as much.
And the shipping lanes stayed expensive for months.
So it adds up to a very tight market.
The drought is not over yet.
Forecasters expect another dry spring.
Ingrid, what can governments do about it?
They can release reserves, but those are small.
"""


def test_an_answer_keeps_its_last_sentences_before_the_lead_in(nlp: Any) -> None:
    document, turns = _turns(nlp, PANEL)
    assert _voice(document, turns, "The wheat harvest")[1] == "guest"
    assert _voice(document, turns, "So it adds up to a very tight market.") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "Ingrid, what can governments") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "They can release reserves") == ("Ingrid Solberg", "guest")


LIST_ANSWER = """From WRN, I'm Tomas Reyes.
We are joined by Ingrid Solberg, a professor of economics at Lakeshore University.
Ingrid, which countries are buying the most grain?
Well, I think the buyers are the usual ones.
I would say Egypt, Indonesia, Turkey, all of them, are importing more than last year.
Ingrid, will prices fall next year?
Probably not before the summer.
"""


def test_places_listed_between_commas_are_not_a_name_spoken_to(nlp: Any) -> None:
    document, turns = _turns(nlp, LIST_ANSWER)
    assert _voice(document, turns, "I would say Egypt, Indonesia, Turkey") == ("Ingrid Solberg", "guest")


NEWSCAST = """From KLM News, I'm Dana Whitfield.
The ferry workers' strike entered its second week, and the island routes are still closed.
KLM's Victor Osei reports from the terminal.
The car lanes at the terminal have been empty since Monday.
Shops on the island say deliveries have dried up.
Union leaders say the talks will not resume until the pay offer improves.
The ferry company says the offer is final.
For KLM News, I'm Victor Osei at the ferry terminal.
In other news, the county opened two new cooling centres ahead of the heat.
I'm Dana Whitfield.
"""


def test_a_reporters_piece_runs_from_the_hand_over_to_the_sign_off(nlp: Any) -> None:
    document, turns = _turns(nlp, NEWSCAST)
    assert _voice(document, turns, "KLM's Victor Osei reports") == ("Dana Whitfield", "host")
    assert _voice(document, turns, "Shops on the island") == ("Victor Osei", "guest")
    assert _voice(document, turns, "For KLM News, I'm Victor Osei") == ("Victor Osei", "guest")
    assert _voice(document, turns, "In other news") == ("Dana Whitfield", "host")


FLOOD = """This is The Evening Desk. I'm Rachel Byrne.
Flooding has forced thousands from their homes in the valley.
Hydrologist Tomas Ekberg joins us now from the flood centre.
Tomas, how high is the water now?
It rose another half metre overnight, and more rain is coming.
What are the crews doing?
They are building sand walls along the old town.
Tomas Ekberg, thank you.
Thank you, Rachel.
"""


def test_a_guest_who_joins_us_answers_the_question_put_by_name(nlp: Any) -> None:
    document, turns = _turns(nlp, FLOOD)
    assert _voice(document, turns, "Tomas, how high") == ("Rachel Byrne", "host")
    assert _voice(document, turns, "It rose another half metre") == ("Tomas Ekberg", "guest")
    assert _voice(document, turns, "What are the crews doing?") == ("Rachel Byrne", "host")
    assert _voice(document, turns, "They are building sand walls") == ("Tomas Ekberg", "guest")
    assert _voice(document, turns, "Thank you, Rachel.") == ("Tomas Ekberg", "guest")


WORKSHOP = """From WRN, I'm Tomas Reyes.
Lena Marsh builds violins in a garage behind her house.
Lena Marsh says the wood matters more than anything.
I look for spruce that has dried for ten years, at least.
So why did Lena Marsh leave her job at the bank to do this?
The answer starts with her grandfather.
He repaired fiddles for half the valley.
"""


def test_a_question_about_the_guest_is_put_to_the_listener(nlp: Any) -> None:
    document, turns = _turns(nlp, WORKSHOP)
    assert _voice(document, turns, "I look for spruce") == ("Lena Marsh", "guest")
    assert _voice(document, turns, "The answer starts with her grandfather.") == ("Tomas Reyes", "host")


STATED = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest today is Ingrid Solberg, a soil scientist who studies old farms.
Ingrid, welcome to the show.
Thanks for having me.
Why do old fields hold water so well?
Well, the roots of a hundred years leave channels everywhere.
Rain runs down them like pipes.
Most farmers never see it.
That idea runs through much of your book, that the soil remembers.
Yes.
The first surveys of those fields went back to the eighteen nineties.
And we found the same channels after a century of ploughing.
Ingrid Solberg's book is The Memory of Fields.
"""


def test_after_a_lone_yes_to_a_statement_put_to_the_guest_the_guest_goes_on(nlp: Any) -> None:
    document, turns = _turns(nlp, STATED)
    assert _voice(document, turns, "That idea runs through") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "Yes.") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "The first surveys") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "And we found the same channels") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "Ingrid Solberg's book is") == ("Tomas Reyes", "host")
