"""Who holds the floor around questions, replies and sign-ins, on transcripts written for the purpose."""

from __future__ import annotations

from typing import Any

from storyline.speakers.units import Unit, guest_lean
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

SITCOM = """From WRN, this is Night Lines. I'm Tomas Reyes.
Some people seem to get everything done before breakfast.
Think of Gus Hollow from the TV series Harbor Town.
I have swum across the bay every morning for twenty years.
Nothing stops me.
Gus Hollow is a made-up character, of course.
But most of us know somebody a little like him.
"""


def test_a_character_named_with_the_show_speaks_the_clip_after(nlp: Any) -> None:
    document, turns = _turns(nlp, SITCOM)
    assert _voice(document, turns, "I have swum across the bay") == ("Gus Hollow", "clip")
    assert _voice(document, turns, "Gus Hollow is a made-up character") == ("Tomas Reyes", "host")


BEES = """I'm Shona Patel, and this is Field Notes.
Last spring I talked with Brian Lutz, a beekeeper in the hills.
He keeps forty hives on a slope above the river.
My guest today is Wendy Marsh, a biologist at Coastal University.
Wendy, welcome to the show.
Thanks for having me.
Wendy Marsh studies how bees find their way home.
Rindy says the bees remember the shape of the hills.
They fly along the ridges and count the turns until the hive comes into view.
That is the end of our show.
"""


def test_a_misheard_name_before_says_is_the_guest_named_last(nlp: Any) -> None:
    document, turns = _turns(nlp, BEES)
    assert _voice(document, turns, "Rindy says") == ("Shona Patel", "host")
    assert _voice(document, turns, "They fly along the ridges") == ("Wendy Marsh", "guest")


FERRY = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, a historian of the northern coast.
Ingrid, how did the islanders get to the mainland before the bridge?
Well, I think most of them took the old ferry.
It ran twice a day when the ice allowed.
So the whole island planned its week around that boat.
Mm hmm.
And the ferry company kept the same timetable for fifty years.
"""


def test_a_listeners_mm_hmm_is_the_hosts_and_leaves_the_answer_to_the_guest(nlp: Any) -> None:
    document, turns = _turns(nlp, FERRY)
    assert _voice(document, turns, "So the whole island planned") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "Mm hmm.") == ("Tomas Reyes", "host")


TOLLS = """From WRN, I'm Tomas Reyes.
Later in the show we talk with Ingrid Solberg, an economist at Lakeshore University.
But first, the bridge tolls.
The county raised the tolls on the river bridges twice this year.
Commuters now pay eight dollars a day.
I mean, that adds up to almost two thousand dollars a year.
The county says the money goes to repairs.
Stay with us.
"""


def test_i_mean_in_narration_is_no_answer(nlp: Any) -> None:
    document, turns = _turns(nlp, TOLLS)
    assert _voice(document, turns, "I mean, that adds up") == ("Tomas Reyes", "host")


LETTERS = """From WRN, I'm Tomas Reyes.
This week we spoke with Ingrid Solberg, a teacher in the harbour town.
Ingrid says the council ignored her letters about the school roof.
They never even answered her.
The roof fell in last winter.
Stay with us.
"""


def test_after_name_says_a_sentence_about_her_is_still_narration(nlp: Any) -> None:
    document, turns = _turns(nlp, LETTERS)
    assert _voice(document, turns, "They never even answered her.") == ("Tomas Reyes", "host")


FAREWELL = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, a historian of the northern coast.
Ingrid, what should visitors see first?
Well, I would start with the old customs house by the pier.
Ingrid Solberg, thank you for joining us today.
It was great to talk to you.
Thank you.
It was edited by Mona Fisk and our team includes Pia Lund.
I'm Tomas Reyes.
"""


def test_a_guests_courtesy_at_the_end_and_the_hosts_credits(nlp: Any) -> None:
    document, turns = _turns(nlp, FAREWELL)
    assert _voice(document, turns, "It was great to talk to you.") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "It was edited by") == ("Tomas Reyes", "host")


TWO_HOSTS = """Hello and welcome to Money Talk. I'm Nadia Brook.
And I'm Felix Amar.
Today on the show, why the price of eggs doubled in a year.
Farmers lost a third of their hens to a bird flu last spring.
Fewer hens means fewer eggs, and the shops raised prices fast.
That's the show for today.
I'm Nadia Brook.
And I'm Felix Amar.
Thanks for listening.
"""


def test_co_hosts_sign_in_on_their_own_lines_and_the_last_says_goodbye(nlp: Any) -> None:
    document, turns = _turns(nlp, TWO_HOSTS)
    assert _voice(document, turns, "And I'm Felix Amar.\nToday") == ("Felix Amar", "host")
    assert _voice(document, turns, "Hello and welcome") == ("Nadia Brook", "host")
    assert _voice(document, turns, "Thanks for listening.") == ("Felix Amar", "host")


FLOOD_NIGHT = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, who runs the bakery on River Street.
Ingrid, when did you first hear about the flood?
Well, it was late on Sunday.
My neighbour called me and said, hey, have you seen the river?
I was like, what about the river?
Then I looked out and the street was already under water.
The water reached the bakery two hours later.
"""


def test_a_question_quoted_in_the_guests_own_story_is_still_the_guests(nlp: Any) -> None:
    document, turns = _turns(nlp, FLOOD_NIGHT)
    assert _voice(document, turns, "My neighbour called me") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "I was like, what about") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "Then I looked out") == ("Ingrid Solberg", "guest")


HARBOURS = """From WRN, I'm Tomas Reyes.
Today we talk with Ingrid Solberg, an engineer who studies old harbours.
Ingrid argues that small towns can still save their harbours.
If they only start planning for the storms now.
Ingrid, welcome to the show.
Thanks for having me.
"""


def test_a_clause_cut_off_by_the_transcript_goes_with_its_sentence(nlp: Any) -> None:
    document, turns = _turns(nlp, HARBOURS)
    assert _voice(document, turns, "If they only start planning") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "Thanks for having me.") == ("Ingrid Solberg", "guest")


CHAT = """Welcome back, I'm Tomas Reyes.
My guest is Ingrid Solberg, a doctor who studies ticks.
Ingrid, where are the ticks spreading now?
Well, I think mostly north, along the river valleys.
So the deer carry them up the valleys.
That's the theory.
Right.
And they showed up along the highways first.
Why?
Because the deer cross there and the ticks drop off in the grass.
"""


def test_a_short_follow_up_question_without_you_is_put_to_the_guest(nlp: Any) -> None:
    document, turns = _turns(nlp, CHAT)
    assert _voice(document, turns, "Why?") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "Because the deer cross there") == ("Ingrid Solberg", "guest")


ORCHARD = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest is Ingrid Solberg, who grows apples on the northern coast.
Ingrid, why do you leave the old trees standing?
Well, I leave them because they carry the bees through the cold springs.
My grandfather planted them for that, and I have seen it work every year.
The bees wake up early and need the first flowers.
It's a counterintuitive idea.
Old wood that bears little fruit keeps the whole orchard alive.
So what happened in the year the old trees froze?
Well, we lost half the crop.
"""


def test_the_hosts_reaction_to_an_answer_is_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, ORCHARD)
    assert _voice(document, turns, "My grandfather planted") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "It's a counterintuitive idea.") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "Old wood that bears") == ("Tomas Reyes", "host")


LAB = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest today is Ingrid Solberg, a soil scientist on the northern coast.
Thanks for coming in.
Long winter for you.
It has been quite the winter.
It's hard to believe it's over.
After three years, we finished the survey.
So it's only now sinking in that we actually did that.
Ingrid Solberg started the survey with two students and a borrowed truck.
"""


def test_a_we_that_did_things_is_the_speakers_own_team(nlp: Any) -> None:
    document, turns = _turns(nlp, LAB)
    assert _voice(document, turns, "After three years, we finished") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "So it's only now sinking in") == ("Ingrid Solberg", "guest")


def test_the_shows_own_we_that_made_the_story_leans_no_more_than_any_we() -> None:
    def lean(text: str) -> float:
        return guest_lean(Unit(0, len(text), text), None)

    assert lean("After three years, we finished the survey.") > lean("We often want to change.")
    assert lean("We contacted the ministry last week.") == lean("We often want to change.")


def test_a_question_the_speaker_kept_asking_others_is_their_account_not_a_question() -> None:
    text = "And as we were reporting it, I kept asking people, why is this still the law?"
    assert not Unit(0, len(text), text).question


MADE = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest today is Ingrid Solberg, a soil scientist on the northern coast.
Ingrid, what did the survey find?
Well, I think the fields are losing their topsoil faster than anyone measured.
And my own farm is losing it too.
Ingrid Solberg took her samples from forty farms.
The old rule about field edges still stands in most of the country.
That was strange to me.
I had never heard of it.
We did this story because of that rule.
And as we were reporting it, I kept asking people, why is this still the law?
And the answer was always the same, money.
Ingrid Solberg says the rule costs farmers more than it saves.
"""


def test_the_host_telling_how_the_story_was_made_is_the_host(nlp: Any) -> None:
    document, turns = _turns(nlp, MADE)
    assert _voice(document, turns, "That was strange to me.") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "We did this story") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "And the answer was always") == ("Tomas Reyes", "host")
