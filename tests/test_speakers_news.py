"""Daily news podcasts, written for the purpose (tests/data/news_podcasts): two hosts with a
reporter's piece and a two-way, an interview with a guest introduced by role, a story told in
short clips, and a call-in hour. ASR style: no labels, names misheard in places, and some lines
holding two voices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.speakers.floor import same_line_units
from storyline.speakers.roster import build_roster
from storyline.speakers.units import split_units
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

DATA = Path(__file__).parent / "data" / "news_podcasts"


def _show(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def test_a_guest_introduced_by_role_before_the_name_is_on_the_roster(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("interview"))
    assert _voice(document, turns, "Thanks for having me, Tom.") == ("Rosa Lindqvist", "guest")
    assert _voice(document, turns, "It's really bad.") == ("Rosa Lindqvist", "guest")
    assert _voice(document, turns, "I think the money is there.") == ("Rosa Lindqvist", "guest")


ROLE_FIRST = """This is Rail Week. I'm Carmen Diaz.
The night trains are coming back to the north.
My guest this week is a historian of the railways at Ferrow College, Owen Pritchard.
Owen, why did the night trains stop in the first place?
Well, the airlines were cheaper, and nobody wanted to pay for the sleeping cars.
Owen Pritchard, thank you.
My pleasure, Carmen.
"""


def test_a_role_first_introduction_in_other_words_names_the_guest(nlp: Any) -> None:
    document, turns = _turns(nlp, ROLE_FIRST)
    assert _voice(document, turns, "Well, the airlines") == ("Owen Pritchard", "guest")
    assert _voice(document, turns, "Owen Pritchard, thank you.") == ("Carmen Diaz", "host")


def test_thanks_by_full_name_is_the_hosts_and_the_answer_to_it_the_guests(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("interview"))
    assert _voice(document, turns, "Rosa Lindquist, thank you so much.") == ("Tom Kessler", "host")
    assert _voice(document, turns, "My pleasure.") == ("Rosa Lindqvist", "guest")
    document, turns = _turns(nlp, _show("two_hosts"))
    assert _voice(document, turns, "Priya Sandavol, thanks.") == ("Dana Whitlock", "host")
    assert _voice(document, turns, "You're welcome.") == ("Priya Sandoval", "guest")


def test_each_caller_put_on_the_air_is_named(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("call_in"))
    assert _voice(document, turns, "My landlord raised my rent") == ("Frank", "guest")
    assert _voice(document, turns, "Yes, hi. I'm actually a landlord") == ("Denise", "guest")
    assert _voice(document, turns, "Next up is Denise") == ("Beverly Osei", "host")
    # "Thanks for calling, Denise." ends Denise's call: the next caller is the one on the line
    assert _voice(document, turns, "I just want to say the city") == ("Ahmed", "guest")
    assert _voice(document, turns, "Ahmed, thanks for the call.") == ("Beverly Osei", "host")


CALLERS = """You're listening to Open Phones. I'm Walter Brandt.
Up next is Lucia, calling from Pine Ridge.
Hi Walter. The new school start time is too early for my kids.
Thanks, Lucia.
Marco is on the line from Eastbrook.
Yeah, I drive a school bus, and the later start would wreck my second job.
Thank you, Marco.
"""


def test_callers_handed_the_floor_in_other_words_are_named(nlp: Any) -> None:
    document, turns = _turns(nlp, CALLERS)
    assert _voice(document, turns, "The new school start time") == ("Lucia", "guest")
    assert _voice(document, turns, "I drive a school bus") == ("Marco", "guest")


def test_the_co_host_signing_in_says_the_rest_of_the_line_and_then_hands_back(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("two_hosts"))
    assert _voice(document, turns, "It's Tuesday, the fourth") == ("Marcus Oyelaran", "host")
    assert _voice(document, turns, "Dana, the big story") == ("Marcus Oyelaran", "host")
    assert _voice(document, turns, "Dock workers in Eastport") == ("Dana Whitlock", "host")
    assert _voice(document, turns, "Marcus, what else") == ("Dana Whitlock", "host")
    assert _voice(document, turns, "The city council votes") == ("Marcus Oyelaran", "host")


def test_the_closing_line_before_a_sign_in_is_the_signers(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("two_hosts"))
    assert _voice(document, turns, "That's Morning Ledger for this Tuesday.") == ("Dana Whitlock", "host")
    document, turns = _turns(nlp, _show("interview"))
    assert _voice(document, turns, "That's The Daily Brief for today.") == ("Tom Kessler", "host")
    document, turns = _turns(nlp, _show("call_in"))
    assert _voice(document, turns, "That's all the time we have.") == ("Beverly Osei", "host")


def test_a_reporters_piece_handed_over_runs_to_the_two_way(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("two_hosts"))
    assert _voice(document, turns, "Harbor Public Radio's Priya") == ("Dana Whitlock", "host")
    assert _voice(document, turns, "The picket lines went up") == ("Priya Sandoval", "guest")
    assert _voice(document, turns, "Shipping companies warn") == ("Priya Sandoval", "guest")
    assert _voice(document, turns, "We are asking both sides") == ("Helen Burrows", "clip")
    assert _voice(document, turns, "Priya, how long can the port") == ("Dana Whitlock", "host")
    assert _voice(document, turns, "Economists I spoke to") == ("Priya Sandoval", "guest")


PIECE = """From Valley Public Radio, I'm Greta Lund.
The county closed two bridges over the river today.
Valley Public Radio's Sam Okafor reports.
The older of the two bridges was built in 1931.
Inspectors found cracks in three of its supports last month.
Drivers now face a detour of twenty minutes.
Sam, when could the bridges open again?
Not before the spring, the county says.
"""


def test_a_piece_handed_over_in_other_words_is_the_reporters(nlp: Any) -> None:
    document, turns = _turns(nlp, PIECE)
    assert _voice(document, turns, "The older of the two bridges") == ("Sam Okafor", "guest")
    assert _voice(document, turns, "Drivers now face a detour") == ("Sam Okafor", "guest")
    assert _voice(document, turns, "Sam, when could") == ("Greta Lund", "host")


def test_misheard_names_of_hosts_and_guests_resolve_to_one_person(nlp: Any) -> None:
    for show, host, spelled in (
        ("two_hosts", "Dana Whitlock", "I'm Dana Wittlock."),
        ("interview", "Tom Kessler", "I'm Tom Kesler."),
        ("call_in", "Beverly Osei", "I'm Beverly Osey."),
        ("clips", "Nadia Farrow", "I'm Nadia Farow."),
    ):
        document, turns = _turns(nlp, _show(show))
        assert _voice(document, turns, spelled) == (host, "host")
        roster = build_roster(document.text, nlp(document.text))
        assert [p.name for p in roster.hosts()][:1] == [host]
    document, turns = _turns(nlp, _show("interview"))
    roster = build_roster(document.text, nlp(document.text))
    assert [p.name for p in roster.guests()] == ["Rosa Lindqvist"]
    assert "Rosa Lindquist" in roster.guests()[0].variants


def test_the_lead_in_to_a_clip_named_after_it_is_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("interview"))
    assert _voice(document, turns, "Meat takes longer") == ("Rosa Lindqvist", "guest")
    assert _voice(document, turns, "On Monday, the president promised help.") == ("Tom Kessler", "host")
    assert _voice(document, turns, "We will not leave our farmers") == ("Alma Reyes", "clip")


LEAD_IN = """This is Road Report. I'm Pia Kent.
I'm joined by Noor Haddad, a traffic engineer at the state university.
Noor, why is the ring road always jammed?
Well, it was built for half the cars it carries now.
I drive it every day and I still can't predict it.
Last week the governor vowed to widen it.
We will add two lanes in each direction by the end of next year.
That's Governor Martin Vale at the capitol.
Noor, will two more lanes help?
For a year or two, and then it fills up again.
"""


def test_a_lead_in_in_other_words_is_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, LEAD_IN)
    assert _voice(document, turns, "I drive it every day") == ("Noor Haddad", "guest")
    assert _voice(document, turns, "Last week the governor vowed") == ("Pia Kent", "host")
    assert _voice(document, turns, "We will add two lanes") == ("Martin Vale", "clip")
    assert _voice(document, turns, "For a year or two") == ("Noor Haddad", "guest")


def test_who_replies_to_a_question_in_a_word_goes_on(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("two_hosts"))
    assert _voice(document, turns, "Not yet.") == ("Priya Sandoval", "guest")
    assert _voice(document, turns, "The union says it will wait") == ("Priya Sandoval", "guest")


TWO_WAY = """From Capital Radio, I'm Ines Moreau.
The budget vote was delayed again tonight.
Our political correspondent Felix Grant is at the parliament.
Felix, has anyone changed their mind?
Not really.
The same six members still say they will vote against it.
Felix Grant, thank you.
"""


def test_a_reply_in_a_word_in_other_words_keeps_the_floor(nlp: Any) -> None:
    document, turns = _turns(nlp, TWO_WAY)
    assert _voice(document, turns, "Not really.") == ("Felix Grant", "guest")
    assert _voice(document, turns, "The same six members") == ("Felix Grant", "guest")
    assert _voice(document, turns, "Felix Grant, thank you.") == ("Ines Moreau", "host")


def test_a_newscast_signed_in_with_this_is_names_its_host_reporters_and_tape(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("newscast"))
    assert _voice(document, turns, "The state senate passed") == ("Joanna Brightwater", "host")
    # "NAME has more." hands over; the dateline sign-off ends the piece
    assert _voice(document, turns, "Farm groups fought the bill") == ("Eli Navarro", "guest")
    assert _voice(document, turns, "This bill tells a farmer") == ("Ruth Okonkwo", "clip")
    assert _voice(document, turns, "We will keep fighting it.") == ("Ruth Okonkwo", "clip")
    assert _voice(document, turns, "Senator Ruth Okonkwo led") == ("Eli Navarro", "guest")
    assert _voice(document, turns, "Eli Navarro, Capital Public Radio News") == ("Eli Navarro", "guest")
    # "Joining us now from PLACE is our ROLE, NAME."
    assert _voice(document, turns, "Hi, Joanna.") == ("Mina Saleh", "guest")
    assert _voice(document, turns, "Most of the ones I talked to") == ("Mina Saleh", "guest")
    assert _voice(document, turns, "Mina Saleh in Fresno. Thank you.") == ("Joanna Brightwater", "host")
    assert _voice(document, turns, "Thanks, Joanna.") == ("Mina Saleh", "guest")
    assert _voice(document, turns, "This is Joanna Brightwatter") == ("Joanna Brightwater", "host")


BUS_FARES = """From Valley News Radio, I'm Pedro Alves.
The county will raise bus fares in July.
Valley News Radio's Keiko Tanaka reports.
The fare goes from two dollars to two fifty.
Transit director Sam Lowe says the money will keep night routes running.
If we don't raise fares, we cut the night buses. It's that simple.
Riders we met at the main station were not happy.
Keiko Tanaka, Valley News Radio.
"""


def test_tape_in_a_piece_named_before_it_is_a_clip(nlp: Any) -> None:
    document, turns = _turns(nlp, BUS_FARES)
    assert _voice(document, turns, "The fare goes from") == ("Keiko Tanaka", "guest")
    assert _voice(document, turns, "Transit director Sam Lowe says") == ("Keiko Tanaka", "guest")
    assert _voice(document, turns, "If we don't raise fares") == ("Sam Lowe", "clip")
    assert _voice(document, turns, "It's that simple.") == ("Sam Lowe", "clip")
    assert _voice(document, turns, "Riders we met") == ("Keiko Tanaka", "guest")


NEWSCAST_ONLY = """Good evening. This is Laura Bennett with the news.
The harbor bridge will close for repairs this weekend.
Drivers should use the tunnel.
This is Laura Bennett.
"""


def test_this_is_name_signs_in_a_newscaster_but_not_a_show_name(nlp: Any) -> None:
    document, turns = _turns(nlp, NEWSCAST_ONLY)
    assert _voice(document, turns, "The harbor bridge will close") == ("Laura Bennett", "host")
    document, turns = _turns(nlp, "This is Long Story. I'm Tomas Reyes.\nThe river rose in the night.\n" * 1)
    assert _voice(document, turns, "The river rose") == ("Tomas Reyes", "host")


def test_a_brief_reaction_before_a_question_opens_the_askers_turn(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("call_in"))
    assert _voice(document, turns, "I've been in that apartment") == ("Frank", "guest")
    assert _voice(document, turns, "That's a huge jump.") == ("Beverly Osei", "host")
    assert _voice(document, turns, "Did he give you a reason?") == ("Beverly Osei", "host")


REACTION = """This is Open Phones. I'm Walter Brandt.
Our next caller is Greta from Millfield. Greta, go ahead.
Hi Walter. I waited nine months for a hip operation.
Wow, nine months.
Were you in pain the whole time?
Every single day. I could not work.
"""


def test_a_reaction_in_other_words_is_the_askers(nlp: Any) -> None:
    document, turns = _turns(nlp, REACTION)
    assert _voice(document, turns, "I waited nine months") == ("Greta", "guest")
    assert _voice(document, turns, "Wow, nine months.") == ("Walter Brandt", "host")
    assert _voice(document, turns, "Every single day.") == ("Greta", "guest")


def test_a_line_holds_one_voice_unless_a_question_or_reply_turns_it(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("call_in"))
    assert _voice(document, turns, "He said taxes went up.") == ("Frank", "guest")
    assert _voice(document, turns, "But nothing in the building has changed.") == ("Frank", "guest")


WRAPPED = """From City Radio, I'm Owen Marsh. My guest is Lena Ruiz, a housing researcher
at the state university. Lena, why are rents rising so fast? Well, mostly because nobody
has built anything for ten years. We counted the permits ourselves. So the city has known
about this for a decade.
"""


def test_in_wrapped_prose_a_line_does_not_hold_one_voice() -> None:
    units = split_units(WRAPPED, None)
    assert same_line_units(units, WRAPPED) == set()
    text = _show("call_in")
    units = split_units(text, None)
    joined = {units[k].text for k in same_line_units(units, text)}
    assert "But nothing in the building has changed." in joined
    assert "Thanks for the call, Frank." not in joined


def test_guests_introduced_with_who_or_a_role_are_people_whatever_the_tagger_says(nlp: Any) -> None:
    document, turns = _turns(nlp, _show("panel"))
    roster = build_roster(document.text, nlp(document.text))
    guests = roster.guests()
    assert len(guests) == 2  # "joined by NAME, who heads ..., and by NAME, the ..."
    assert _voice(document, turns, "Well, we have been without") == (guests[0].name, "guest")
    assert _voice(document, turns, "We have made three offers.") == ("Priscilla Tannenbaum", "guest")
    assert _voice(document, turns, "Honestly, if the class size") == (guests[0].name, "guest")
    # the misheard spellings are the same two people
    assert any(v.startswith("Marcus") for v in guests[0].variants)
    assert "Priscilla Tanenbaum" in guests[1].variants


def test_a_guest_who_says_im_name_is_speaking(nlp: Any) -> None:
    text = """From Radio Vale, I'm Ines Moreau.
Our guest is Sean Talbot, a geologist at the national survey.
Sean, what did you see on the mountain?
Well, I'm Sean Talbot, and I have climbed it forty times.
This time the glacier had pulled back a full kilometre.
"""
    document, turns = _turns(nlp, text)
    assert _voice(document, turns, "Well, I'm Sean Talbot") == ("Sean Talbot", "guest")
    assert _voice(document, turns, "This time the glacier") == ("Sean Talbot", "guest")


def test_the_host_signed_in_is_one_person_entity_with_the_sign_off_spelling(
    run_captures: Callable[..., dict[str, Any]],
) -> None:
    export = run_captures([{"source": "clips.txt", "text": _show("clips"), "kind": "transcript"}])
    entities = {e["id"]: e for e in export["entities"]}
    (document,) = export["documents"]
    hosts = {t["speaker"] for t in document["turns"] if t["role"] == "host"}
    assert len(hosts) == 1 and None not in hosts
    host = entities[hosts.pop()]
    assert host["type"] == "PERSON"
    assert not [e for e in export["entities"] if e is not host and "Farow" in e["name"]]
    assert len(host["mentions"]) == 2  # the sign-in and the sign-off


SPELLED_TWICE = """From Valley Radio, this is Field Notes. I'm Greta Holm.
My guest is a beekeeper in the hills, Stefan Marr.
How was the winter for the bees?
Hard. We lost a third of the hives to the cold.
Stephan Marr, thank you.
Thank you, Greta.
"""


def test_the_introduced_spelling_wins_over_a_later_one_heard_as_often(nlp: Any) -> None:
    document, turns = _turns(nlp, SPELLED_TWICE)
    assert _voice(document, turns, "Hard. We lost") == ("Stefan Marr", "guest")
    assert build_roster(document.text, nlp(document.text)).guests()[0].name == "Stefan Marr"


THANKED_BOTH = """From Valley Radio, this is Field Notes. I'm Greta Holm.
I'm joined by Ilse Varga, who keeps bees in the hills, and by Tomas Brenn, the county vet.
Welcome to you both.
Glad to be here.
Ilse, how was the winter?
Hard. We lost a third of the hives to the cold.
Tomas, what do the vets see?
Mostly mites, and hives that starve before spring.
Ilse Varga and Tomas Brenn, thank you both.
Thank you.
That's Field Notes. I'm Greta Holm.
"""


def test_a_bare_thanks_after_the_guests_are_thanked_is_a_guests_reply(nlp: Any) -> None:
    document, turns = _turns(nlp, THANKED_BOTH)
    assert _voice(document, turns, "thank you both.") == ("Greta Holm", "host")
    assert _voice(document, turns, "Thank you.\n") == ("Ilse Varga", "guest")
    assert _voice(document, turns, "Mostly mites") == ("Tomas Brenn", "guest")
