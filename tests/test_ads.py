"""Ad spans in podcast transcripts: the block pass, the cue trimming and the shipped model."""

from __future__ import annotations

import numpy as np

from storyline.clean.adfeatures import BASE_NAMES, base_features
from storyline.clean.ads import find_ads, load_model, trim_blocks, viterbi_blocks
from storyline.clean.units import split_units


def test_viterbi_joins_a_dip_and_skips_a_lone_spike() -> None:
    probs = np.array([0.05, 0.9, 0.05, 0.05, 0.9, 0.95, 0.3, 0.9, 0.9, 0.05, 0.05])
    assert viterbi_blocks(probs, threshold=0.0, switch_cost=3.0) == [(4, 8)]


def test_block_ends_where_the_show_names_itself_after_the_address() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Fernway plants a tree for every order.",
        "Learn more at fernway dot com.",
        "From the studio, this is the Evening Quiz.",
        "Our first caller is on the line.",
    ]
    units = split_units("\n".join(lines))
    probs = np.full(len(units), 0.9)
    assert trim_blocks(units, probs, [(0, len(units) - 1)]) == [(0, 2)]


def test_show_naming_that_opens_a_read_does_not_end_it() -> None:
    lines = [
        "Learn more at fernway dot com.",
        "This is the Evening Quiz, and support for this podcast comes from Dunmore.",
        "Dunmore makes warm boots.",
    ]
    units = split_units("\n".join(lines))
    probs = np.full(len(units), 0.9)
    assert trim_blocks(units, probs, [(0, len(units) - 1)]) == [(0, 2)]


def test_trailing_units_after_the_address_need_a_confident_score() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com slash quiz.",
        "Anyway, where were we.",
        "Right, the second round.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.6, 0.95])
    assert trim_blocks(units, probs, [(0, 3)], tail_keep=0.7) == [(0, 3)]
    probs[3] = 0.6
    assert trim_blocks(units, probs, [(0, 3)], tail_keep=0.7) == [(0, 1)]
    assert trim_blocks(units, probs, [(0, 3)], tail_keep=0.5) == [(0, 3)]


def test_a_promo_code_ends_the_read_like_an_address() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com slash quiz.",
        "And when you sign up, use the promo code quiz.",
        "Right, the second round.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.6, 0.6])
    assert trim_blocks(units, probs, [(0, 3)], tail_keep=0.7) == [(0, 2)]


def test_a_read_starts_after_the_show_signs_off() -> None:
    lines = [
        "That's it for the Evening Quiz.",
        "See you tomorrow.",
        "Fernway boots keep your feet warm all winter.",
        "Visit fernway dot com.",
    ]
    units = split_units("\n".join(lines))
    probs = np.full(len(units), 0.9)
    assert trim_blocks(units, probs, [(0, 3)]) == [(2, 3)]
    # the same holds before a start cue, whatever the score of the sign-off
    lines = ["Thanks for listening to the Evening Quiz.", "Support for this podcast comes from Fernway.", *lines[2:]]
    units = split_units("\n".join(lines))
    assert trim_blocks(units, probs, [(0, 3)]) == [(1, 3)]


def test_a_block_splits_where_the_show_signs_off_between_two_reads() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com.",
        "The big story today is the storm on the coast.",
        "That's it for the Evening Quiz.",
        "Dunmore boots keep your feet warm all winter.",
        "Learn more at dunmore dot com.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.6, 0.9, 0.9, 0.9])
    assert trim_blocks(units, probs, [(0, 5)]) == [(0, 1), (4, 5)]


def test_the_show_moving_on_ends_a_read() -> None:
    for resume in ("Now onto our final round.", "Thanks so much for sticking around."):
        lines = ["Support for this podcast comes from Fernway.", "Visit fernway dot com.", resume, "Who won?"]
        units = split_units("\n".join(lines))
        probs = np.full(len(units), 0.9)
        assert trim_blocks(units, probs, [(0, 3)]) == [(0, 1)]


def test_a_read_without_address_after_another_read_is_kept() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com.",
        "We're also brought to by Dunmore.",  # ASR drops the "you"
        "Dunmore boots keep your feet warm all winter.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.6, 0.6])
    assert trim_blocks(units, probs, [(0, 3)]) == [(0, 3)]


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


def test_a_read_starts_after_the_hosts_preview_of_the_episode() -> None:
    lines = [
        "Welcome back, I'm your host.",
        "Today on the show, why bread costs more in small towns.",
        "Fernway boots keep your feet warm all winter.",
        "Visit fernway dot com.",
    ]
    units = split_units("\n".join(lines))
    probs = np.full(len(units), 0.9)
    assert trim_blocks(units, probs, [(1, 3)]) == [(2, 3)]


def test_the_outro_thanks_and_team_name_the_show() -> None:
    for closing in ("Thanks so much for listening, everyone.", "Our team includes Ana and Bo."):
        lines = ["Support for this podcast comes from Fernway.", "Visit fernway dot com.", closing, "Bye now."]
        units = split_units("\n".join(lines))
        probs = np.full(len(units), 0.9)
        assert trim_blocks(units, probs, [(0, 3)]) == [(0, 1)], closing


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


def test_a_short_reply_before_the_sponsor_cue_needs_more_than_an_even_score() -> None:
    lines = ["Bye now.", "Support for this podcast comes from Fernway.", "Visit fernway dot com."]
    units = split_units("\n".join(lines))
    assert trim_blocks(units, np.array([0.53, 0.9, 0.9]), [(0, 2)]) == [(1, 2)]
    lines[0] = "Here is something I love."
    units = split_units("\n".join(lines))
    assert trim_blocks(units, np.array([0.7, 0.9, 0.9]), [(0, 2)]) == [(0, 2)]


def test_a_reply_of_two_words_before_the_sponsor_cue_is_never_the_read() -> None:
    lines = ["Thank you.", "My pleasure.", "Support for this podcast comes from Fernway.", "Visit fernway dot com."]
    units = split_units("\n".join(lines))
    assert trim_blocks(units, np.array([0.8, 0.8, 0.9, 0.9]), [(0, 3)]) == [(2, 3)]


def test_a_call_to_act_after_the_address_closes_the_read() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com slash quiz.",
        "Go check it out today.",
        "Anyway, where were we.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.3, 0.6])
    assert trim_blocks(units, probs, [(0, 3)], tail_keep=0.8) == [(0, 2)]


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


def test_a_path_address_outside_every_block_anchors_a_read() -> None:
    lines = [
        "We argued about the best pizza topping for an hour.",
        "Okay, I have to tell you about these socks.",
        "They never slip down, even when I run.",
        "Get your first pair half off at woolhop dicom slash banter.",
        "Anyway, back to pizza.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.01, 0.12, 0.08, 0.2, 0.01])
    assert trim_blocks(units, probs, []) == [(1, 3)]


def test_an_anchored_read_stops_at_a_break_cue() -> None:
    lines = [
        "We'll be right back.",
        "These socks never slip down.",
        "Get a pair at woolhop dot com slash banter.",
    ]
    units = split_units("\n".join(lines))
    assert trim_blocks(units, np.full(len(units), 0.2), []) == [(1, 2)]


def test_dot_com_heard_as_one_word_is_an_address() -> None:
    row = base_features(["Find them at woolhop dicom."], {})[0]
    assert row[BASE_NAMES.index("url")] == 1.0


def test_a_short_imperative_the_verb_list_misses_closes_the_read() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com slash quiz.",
        "Do not delay.",
        "Anyway, where were we.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.3, 0.6])
    assert trim_blocks(units, probs, [(0, 3)], tail_keep=0.8) == [(0, 2)]


def test_a_short_statement_of_the_show_after_the_address_is_not_a_closing() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com slash quiz.",
        "I'm Dana Holt.",
        "Welcome to the show.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.6, 0.6])
    assert trim_blocks(units, probs, [(0, 3)], tail_keep=0.8) == [(0, 1)]


def test_a_read_starts_after_the_thanks_that_ends_a_talk() -> None:
    lines = [
        "That is how the river towns came back.",
        "Thank you.",
        "For more talks like this, visit fernway dot com.",
    ]
    units = split_units("\n".join(lines))
    assert trim_blocks(units, np.array([0.4, 0.9, 0.9]), [(0, 2)]) == [(2, 2)]


def test_before_we_get_back_to_the_show_does_not_split_a_read() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com.",
        "And before we get back to the show, one more thing.",
        "It is called River Towns.",
        "Find it at rivertowns dot org.",
    ]
    units = split_units("\n".join(lines))
    assert trim_blocks(units, np.full(5, 0.9), [(0, 4)]) == [(0, 4)]


def test_three_calls_to_act_after_the_address_close_the_read() -> None:
    lines = [
        "Support for this podcast comes from Fernway.",
        "Visit fernway dot com slash quiz.",
        "Do not delay.",
        "Stop putting it off.",
        "Come join us.",
        "Anyway, where were we.",
    ]
    units = split_units("\n".join(lines))
    probs = np.array([0.9, 0.9, 0.3, 0.3, 0.3, 0.6])
    assert trim_blocks(units, probs, [(0, 5)], tail_keep=0.8) == [(0, 4)]


def test_a_promo_for_another_show_starts_at_its_hosts_greeting() -> None:
    lines = [
        "And that was the week.",
        "Hi, I'm Dana Holt, host of River Towns.",
        "If you like small places, join me each week for River Towns.",
        "Find it at rivertowns dot org.",
    ]
    units = split_units("\n".join(lines))
    assert trim_blocks(units, np.array([0.1, 0.2, 0.9, 0.9]), [(2, 3)]) == [(1, 3)]
