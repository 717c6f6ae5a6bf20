"""Sign-ins beyond the host's own: journalists who sign in to narrate a piece of the show.

News shows hand the microphone to colleagues: "I'm Ana Ruiz, a reporter based in Denver."
The one signing in narrates the piece that follows (their own interviews, their own tape)
until the next one signs in or the host takes the show back ("We'll be right back.",
"That's it for today."). Their sign-ins say their newsroom job, which a show's host does not
say of themself; the host's sign-in sits in the show's frame ("That's it for the show. I'm
NAME."), which matters when the opening sign-in was lost to the ear.
"""

from __future__ import annotations

import functools
import re

from storyline.speakers.lexicon import alternation, phrase_pattern

# How far after the name the job may come: its own clause or the next sentence ("I'm NAME.
# I'm a national correspondent based in ...").
JOB_CHARS = 60
FRAME_CHARS = 80  # the sentence before a sign-in that holds the show's frame


@functools.cache
def _job() -> re.Pattern[str]:
    roles = alternation("newsroom_roles")
    return re.compile(
        rf"^\s*(?:[,.]\s*)?(?:and\s+)?(?:I'm|I am)?\s*,?\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{roles})\b",
        re.IGNORECASE,
    )


def newsroom_sign_in(text: str, name_end: int) -> bool:
    """The sign-in whose name ends at ``name_end`` goes on to say a newsroom job."""
    return _job().match(text[name_end : name_end + JOB_CHARS]) is not None


# The show's closing line before the host's last sign-in: "That's the Morning Ledger for this
# Tuesday.", "That's all the time we have.", "That's it for today."
CLOSING = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:that's|that is|this has been)\s+(?:it|all|[\w'\u2019 ]{1,40}?)\s+"
    r"(?:for\s+(?:today|tonight|now|this\s+\w+)|the time we have)\b",
    re.IGNORECASE,
)
SIGN_IN = re.compile(r"\bI(?:'m|\u2019m| am)\s+[A-Z]|\b[Tt]his is\s+[A-Z]")


SELF_NAMING = re.compile(r"\bI(?:'m|\u2019m| am)\b|\b[Tt]his is\s+[A-Z]")


def names_oneself(text: str) -> bool:
    """The text holds "I'm ..." or "this is NAME": with a host's name, that host signing in."""
    return SELF_NAMING.search(text) is not None


def closes_before_sign_in(text: str, next_text: str) -> bool:
    """``text`` closes the show and ``next_text`` signs in: one host says both ("That's the show
    for today." "I'm Dana Whitlock.")."""
    return CLOSING.search(text) is not None and SIGN_IN.search(next_text) is not None


def framed_sign_in(text: str, at: int) -> bool:
    """The sign-in at ``at`` follows the show's frame in the sentence before it ("That's it for
    the show.", "Welcome to ...")."""
    before = text[max(0, at - FRAME_CHARS) : at]
    return phrase_pattern("host_cues").search(before) is not None


__all__ = ["closes_before_sign_in", "framed_sign_in", "names_oneself", "newsroom_sign_in"]
