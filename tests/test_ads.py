"""Ad spans in podcast transcripts: the block pass, the cue trimming and the shipped model."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.clean.adfeatures import BASE_NAMES, base_features
from storyline.clean.ads import find_ads, load_model, trim_blocks, viterbi_blocks
from storyline.clean.units import split_units


def test_viterbi_joins_a_dip_and_skips_a_lone_spike() -> None:
    probs = np.array([0.05, 0.9, 0.05, 0.05, 0.9, 0.95, 0.3, 0.9, 0.9, 0.05, 0.05])
    assert viterbi_blocks(probs, threshold=0.0, switch_cost=3.0) == [(4, 8)]


# The opening of a sponsor read: its cue and its address.
FERNWAY_READ = ["Support for this podcast comes from Fernway.", "Visit fernway dot com."]
FERNWAY_QUIZ_READ = [FERNWAY_READ[0], "Visit fernway dot com slash quiz."]
# A read and two lines of the show after it.
TRAILING = [*FERNWAY_QUIZ_READ, "Anyway, where were we.", "Right, the second round."]
# Reads trimmed to their cues: the lines of a transcript, the model's score of each unit (one
# score for all, or one a unit), the blocks found (None: the whole text), tail_keep (None: the
# shipped default) and the blocks left.
READS = [
    pytest.param(
        [
            "Support for this podcast comes from Fernway.",
            "Fernway plants a tree for every order.",
            "Learn more at fernway dot com.",
            "From the studio, this is the Evening Quiz.",
            "Our first caller is on the line.",
        ],
        0.9,
        None,
        None,
        [(0, 2)],
        id="block ends where the show names itself after the address",
    ),
    pytest.param(
        [
            "Learn more at fernway dot com.",
            "This is the Evening Quiz, and support for this podcast comes from Dunmore.",
            "Dunmore makes warm boots.",
        ],
        0.9,
        None,
        None,
        [(0, 2)],
        id="show naming that opens a read does not end it",
    ),
    pytest.param(
        [*FERNWAY_QUIZ_READ, "And when you sign up, use the promo code quiz.", "Right, the second round."],
        [0.9, 0.9, 0.6, 0.6],
        [(0, 3)],
        0.7,
        [(0, 2)],
        id="a promo code ends the read like an address",
    ),
    pytest.param(
        [
            *FERNWAY_READ,
            "The big story today is the storm on the coast.",
            "That's it for the Evening Quiz.",
            "Dunmore boots keep your feet warm all winter.",
            "Learn more at dunmore dot com.",
        ],
        [0.9, 0.9, 0.6, 0.9, 0.9, 0.9],
        [(0, 5)],
        None,
        [(0, 1), (4, 5)],
        id="a block splits where the show signs off between two reads",
    ),
    pytest.param(
        [
            *FERNWAY_READ,
            "We're also brought to by Dunmore.",  # ASR drops the "you"
            "Dunmore boots keep your feet warm all winter.",
        ],
        [0.9, 0.9, 0.6, 0.6],
        [(0, 3)],
        None,
        [(0, 3)],
        id="a read without address after another read is kept",
    ),
    pytest.param(
        [
            "Welcome back, I'm your host.",
            "Today on the show, why bread costs more in small towns.",
            "Fernway boots keep your feet warm all winter.",
            "Visit fernway dot com.",
        ],
        0.9,
        [(1, 3)],
        None,
        [(2, 3)],
        id="a read starts after the hosts preview of the episode",
    ),
    pytest.param(
        [*FERNWAY_QUIZ_READ, "Go check it out today.", "Anyway, where were we."],
        [0.9, 0.9, 0.3, 0.6],
        [(0, 3)],
        0.8,
        [(0, 2)],
        id="a call to act after the address closes the read",
    ),
    pytest.param(
        [
            "We argued about the best pizza topping for an hour.",
            "Okay, I have to tell you about these socks.",
            "They never slip down, even when I run.",
            "Get your first pair half off at woolhop dicom slash banter.",
            "Anyway, back to pizza.",
        ],
        [0.01, 0.12, 0.08, 0.2, 0.01],
        [],
        None,
        [(1, 3)],
        id="a path address outside every block anchors a read",
    ),
    pytest.param(
        ["We'll be right back.", "These socks never slip down.", "Get a pair at woolhop dot com slash banter."],
        0.2,
        [],
        None,
        [(1, 2)],
        id="an anchored read stops at a break cue",
    ),
    pytest.param(
        [*FERNWAY_QUIZ_READ, "Do not delay.", "Anyway, where were we."],
        [0.9, 0.9, 0.3, 0.6],
        [(0, 3)],
        0.8,
        [(0, 2)],
        id="a short imperative the verb list misses closes the read",
    ),
    pytest.param(
        [*FERNWAY_QUIZ_READ, "I'm Dana Holt.", "Welcome to the show."],
        [0.9, 0.9, 0.6, 0.6],
        [(0, 3)],
        0.8,
        [(0, 1)],
        id="a short statement of the show after the address is not a closing",
    ),
    pytest.param(
        ["That is how the river towns came back.", "Thank you.", "For more talks like this, visit fernway dot com."],
        [0.4, 0.9, 0.9],
        [(0, 2)],
        None,
        [(2, 2)],
        id="a read starts after the thanks that ends a talk",
    ),
    pytest.param(
        [
            *FERNWAY_READ,
            "And before we get back to the show, one more thing.",
            "It is called River Towns.",
            "Find it at rivertowns dot org.",
        ],
        0.9,
        [(0, 4)],
        None,
        [(0, 4)],
        id="before we get back to the show does not split a read",
    ),
    pytest.param(
        [*FERNWAY_QUIZ_READ, "Do not delay.", "Stop putting it off.", "Come join us.", "Anyway, where were we."],
        [0.9, 0.9, 0.3, 0.3, 0.3, 0.6],
        [(0, 5)],
        0.8,
        [(0, 4)],
        id="three calls to act after the address close the read",
    ),
    pytest.param(
        [
            "And that was the week.",
            "Hi, I'm Dana Holt, host of River Towns.",
            "If you like small places, join me each week for River Towns.",
            "Find it at rivertowns dot org.",
        ],
        [0.1, 0.2, 0.9, 0.9],
        [(2, 3)],
        None,
        [(1, 3)],
        id="a promo for another show starts at its hosts greeting",
    ),
    pytest.param(
        TRAILING,
        [0.9, 0.9, 0.6, 0.95],
        [(0, 3)],
        0.7,
        [(0, 3)],
        id="trailing units after the address need a confident score: kept",
    ),
    pytest.param(
        TRAILING,
        [0.9, 0.9, 0.6, 0.6],
        [(0, 3)],
        0.7,
        [(0, 1)],
        id="trailing units after the address need a confident score: cut",
    ),
    pytest.param(
        TRAILING,
        [0.9, 0.9, 0.6, 0.6],
        [(0, 3)],
        0.5,
        [(0, 3)],
        id="trailing units after the address need a confident score: lower bar",
    ),
    pytest.param(
        [
            "That's it for the Evening Quiz.",
            "See you tomorrow.",
            "Fernway boots keep your feet warm all winter.",
            "Visit fernway dot com.",
        ],
        0.9,
        [(0, 3)],
        None,
        [(2, 3)],
        id="a read starts after the show signs off",
    ),
    pytest.param(
        [
            "Thanks for listening to the Evening Quiz.",
            "Support for this podcast comes from Fernway.",
            "Fernway boots keep your feet warm all winter.",
            "Visit fernway dot com.",
        ],
        0.9,
        [(0, 3)],
        None,
        [(1, 3)],
        id="a read starts after the show signs off: before a start cue too",
    ),
    pytest.param(
        [*FERNWAY_READ, "Now onto our final round.", "Who won?"],
        0.9,
        [(0, 3)],
        None,
        [(0, 1)],
        id="the show moving on ends a read: Now onto our final round.",
    ),
    pytest.param(
        [*FERNWAY_READ, "Thanks so much for sticking around.", "Who won?"],
        0.9,
        [(0, 3)],
        None,
        [(0, 1)],
        id="the show moving on ends a read: Thanks so much for sticking around.",
    ),
    pytest.param(
        [*FERNWAY_READ, "Thanks so much for listening, everyone.", "Bye now."],
        0.9,
        [(0, 3)],
        None,
        [(0, 1)],
        id="the outro thanks and team name the show: Thanks so much for listening, everyone.",
    ),
    pytest.param(
        [*FERNWAY_READ, "Our team includes Ana and Bo.", "Bye now."],
        0.9,
        [(0, 3)],
        None,
        [(0, 1)],
        id="the outro thanks and team name the show: Our team includes Ana and Bo.",
    ),
    pytest.param(
        ["Bye now.", "Support for this podcast comes from Fernway.", "Visit fernway dot com."],
        [0.53, 0.9, 0.9],
        [(0, 2)],
        None,
        [(1, 2)],
        id="a short reply before the sponsor cue needs more than an even score",
    ),
    pytest.param(
        ["Here is something I love.", "Support for this podcast comes from Fernway.", "Visit fernway dot com."],
        [0.7, 0.9, 0.9],
        [(0, 2)],
        None,
        [(0, 2)],
        id="a longer line before the sponsor cue stays with an even score",
    ),
    pytest.param(
        ["Thank you.", "My pleasure.", "Support for this podcast comes from Fernway.", "Visit fernway dot com."],
        [0.8, 0.8, 0.9, 0.9],
        [(0, 3)],
        None,
        [(2, 3)],
        id="a reply of two words before the sponsor cue is never the read",
    ),
]


@pytest.mark.parametrize(("lines", "probs", "blocks", "tail_keep", "expected"), READS)
def test_a_read_is_trimmed_to_its_cues(
    lines: list[str],
    probs: float | list[float],
    blocks: list[tuple[int, int]] | None,
    tail_keep: float | None,
    expected: list[tuple[int, int]],
) -> None:
    units = split_units("\n".join(lines))
    scores = np.full(len(units), probs) if isinstance(probs, float) else np.array(probs)
    found = [(0, len(units) - 1)] if blocks is None else blocks
    options = {} if tail_keep is None else {"tail_keep": tail_keep}
    assert trim_blocks(units, scores, found, **options) == expected


SHOW = [
    "Welcome back to Tidewater, the show about life on the coast.",
    "Today we are talking about the oyster farms in the bay.",
    "My guest has farmed oysters here for twenty years.",
    "The water has been warmer every summer, and the oysters grow faster.",
    "But the warm water also brings disease, so the farmers watch it closely.",
    "Some farms have moved their cages into deeper water to keep them cool.",
]
READ = [
    "Support for this podcast comes from Saltbox.",
    "Saltbox delivers fresh fish from small boats straight to your door.",
    "Every box is packed on ice and shipped the same day it is caught.",
    "Go to saltbox dot com slash tide and use code tide for twenty percent off your first box.",
]
OUTRO = [
    "You are listening to Tidewater, from the coast.",
    "The farmers say next year will tell whether the deeper cages work.",
    "Until then, they are counting every oyster in the bay.",
    "Thanks for listening, and see you next week.",
]


def test_shipped_model_cuts_the_read_and_keeps_the_show() -> None:
    assert load_model().tail_keep >= 0.8
    text = "\n".join(SHOW + READ + OUTRO)
    cuts = find_ads(text)
    removed = " ".join(text[c.start : c.end] for c in cuts)
    assert all(c.reason == "ad" for c in cuts)
    assert "saltbox dot com slash tide" in removed
    assert "listening to Tidewater" not in removed
    for line in SHOW[1:]:
        assert line not in removed


def test_the_shows_own_addresses_at_the_end_are_its_outro() -> None:
    talk = [f"Point number {k} of the interview." for k in range(20)]
    for site, kept in (("northwave dot org", False), ("fernway dot com", True)):
        lines = [
            "You're listening to Market Street from Northwave.",
            *talk,
            "If you liked this conversation, tell a friend.",
            f"Find every episode at {site}.",
        ]
        units = split_units("\n".join(lines))
        probs = np.full(len(units), 0.9)
        block = (len(units) - 2, len(units) - 1)
        assert trim_blocks(units, probs, [block]) == ([block] if kept else []), site
    # a sponsor cue makes it a read, whatever the address
    lines[-2] = "Support for this podcast comes from Northwave members."
    lines[-1] = "Find every episode at northwave dot org."
    units = split_units("\n".join(lines))
    assert trim_blocks(units, probs, [block]) == [block]


def test_where_to_find_a_podcast_is_read_as_its_address() -> None:
    base = base_features(["Find it wherever you get your podcasts.", "We asked around town."], {})
    url = BASE_NAMES.index("url")
    assert base[0, url] == 1.0
    assert base[1, url] == 0.0


def test_asking_to_subscribe_to_the_show_at_the_end_is_its_outro() -> None:
    lines = [
        "You're listening to Market Street.",
        *(f"Point number {k} of the interview." for k in range(20)),
        "Thanks for listening.",
        "You can subscribe wherever you get your podcasts.",
    ]
    units = split_units("\n".join(lines))
    probs = np.full(len(units), 0.9)
    block = (len(units) - 1, len(units) - 1)
    assert trim_blocks(units, probs, [block]) == []
    # the same words early in the episode close a promo for another show
    early = (1, 1)
    units = split_units("\n".join([lines[0], lines[-1], *lines[1:-1]]))
    assert trim_blocks(units, probs, [early]) == [early]


def test_dot_com_heard_as_one_word_is_an_address() -> None:
    row = base_features(["Find them at woolhop dicom."], {})[0]
    assert row[BASE_NAMES.index("url")] == 1.0
