"""Sentence units of a transcript and the cues in each that say who is likely speaking.

A unit is a sentence of the parse, cut again at line ends when the transcript is written one
sentence a line (ASR output), so a host's question and a guest's "Well, ..." on one line are
two units. Each unit gets a guest-versus-host score: positive leans to the interviewee.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.speakers.lexicon import alternation, load_list, phrase_pattern
from storyline.speakers.reported import reported_question

if TYPE_CHECKING:
    from spacy.tokens import Doc

FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
FIRST_ANY = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours)\b", re.I)
FIRST_PLURAL = re.compile(r"\b(?:we|we're|we've|we'd|we'll|us|our|ours)\b", re.I)
SECOND = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yours)\b", re.I)
HEDGES = re.compile(r"\b(?:you know|i mean|kind of|sort of|i think|i guess|i believe|basically|actually)\b", re.I)
PAST_YOU = re.compile(r"\byou (?:\w+ly |once |also )?(?:were|had|did|saw|used|wrote|said|told|\w{3,}ed)\b", re.I)
MARKERS = re.compile(r"\bI mean\b", re.I)
# "we found", "we started taxing": a "we" that did things is the speaker's own team or family, an
# account of one's own past as "I" is; the "we" of narration is everyone, in the present ("we
# often want to change"). A show's own "we" reports how the show was made ("we contacted the
# police for this story", "we talked about that earlier"): verbs of asking and telling are left out.
WE_DID = re.compile(
    r"\bwe (?:\w+ly |had |were )?"
    r"(?!(?:contacted|talked|spoke|asked|reached|called|heard|reported|emailed|wrote|interviewed|told|mentioned|"
    r"discussed|covered|learned|said)\b)"
    r"(?:did|found|tried|ran|gave|had|looked|started|decided|wanted|went|got|made|saw|were|was|lived|\w{3,}ed)\b",
    re.I,
)
LINE_MODE_SHARE = 0.6  # lines ending in sentence punctuation: at 60% the text is one sentence a line


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    text: str

    @property
    def question(self) -> bool:
        """Ends in a question mark, and is no question the speaker quotes from their own story
        ("... called me and said, hey, do you know about this?") nor one a statement reports
        ("They asked how much it matters?", :mod:`storyline.speakers.reported`)."""
        text = self.text
        return text.rstrip().endswith("?") and not _quoted_question(text) and not reported_question(text)

    @property
    def words(self) -> int:
        return len(re.findall(r"\w+", self.text))


# A frame that quotes speech: "she said,", "I asked her,", "I thought," (up to the comma before the quote)
QUOTE_FRAME = re.compile(
    r"^(?P<frame>.*?\b(?:said|says|saying|asked|asks|asking|told \w+|thought|thinking|wondered|wondering)\b"
    r"[^,?]{0,25}),"
    r"|^(?P<like>.*?\b(?:I|I'm|I was|we were|we're)\s+like)\b",  # "I was like, ...?", ASR's "I like ...?"
    re.I,
)


def _quoted_question(text: str) -> bool:
    """The question is quoted inside the speaker's own account: the frame before it says "I" or "me"."""
    m = QUOTE_FRAME.match(text)
    return m is not None and FIRST_SINGULAR.search(m.group("frame") or m.group("like")) is not None


def line_mode(text: str) -> bool:
    """The transcript is written one sentence (one caption segment) a line, not wrapped prose."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 5:
        return False
    ended = sum(1 for ln in lines if ln[-1] in ".?!\"'")
    return ended / len(lines) >= LINE_MODE_SHARE


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@functools.cache
def _title_stop() -> re.Pattern[str]:
    """An abbreviated title and its stop at the end of the text before a cut ("Mrs ." / "Dr.")."""
    return re.compile(rf"\b(?i:{alternation('title_abbreviations')})[ \t]?\.[ \t]+$")


def _after_titles(text: str, cuts: set[int]) -> set[int]:
    """Cuts the sentence splitter made right after an abbreviated title, before a capitalized
    name on the same line ("Mrs . | Pettit told the police ..."): one sentence, not two."""
    return {
        c for c in cuts if c < len(text) and text[c : c + 1].isupper() and _title_stop().search(text, max(0, c - 12), c)
    }


def split_units(text: str, parsed: Doc | None, start: int = 0, end: int | None = None) -> list[Unit]:
    """Sentence units of ``text[start:end]``, in order, covering all its non-blank characters."""
    end = len(text) if end is None else end
    cuts = {start, end}
    if parsed is not None:
        for sent in parsed.sents:
            if start < sent.start_char < end:
                cuts.add(sent.start_char)
    else:
        cuts.update(m.end() for m in re.finditer(r"[.?!][\"')\]]?\s+(?=[A-Z\"'])", text[start:end]))
    cuts -= _after_titles(text, cuts)
    one_a_line = line_mode(text[start:end])
    for m in re.finditer(r"\n\s*\n" if not one_a_line else r"\n", text[start:end]):
        cuts.add(start + m.end())
    for m in re.finditer(r"[.?!][\"'\u201d]?[ \t]*\n", text[start:end]):  # a line ending a sentence
        cuts.add(start + m.end())
    for m in re.finditer(r"[^\n]*[,:][ \t]*\n", text[start:end]):  # "As NAME put it,\n<the clip>"
        tail = m.group(0).lower().split()[-6:]
        if any(v in " ".join(tail) for v in load_list("speech_verbs")):
            cuts.add(start + m.end())
    bounds = sorted(cuts)
    units = []
    for a, b in itertools.pairwise(bounds):
        a, b = _trimmed(text, a, b)
        if b > a:
            units.append(Unit(a, b, text[a:b]))
    return units


def answer_opener(unit: Unit) -> bool:
    lowered = unit.text.lower().lstrip("\"'\u201c- ")
    return phrase_pattern("answer_openers").match(lowered) is not None


def reply(unit: Unit) -> bool:
    """The whole unit is a reply ("Yes.", "Exactly.", "Mm hmm."): it answers another voice."""
    words = re.findall(r"[\w']+", unit.text.lower())
    return bool(words) and len(words) <= 3 and (" ".join(words) in _replies() or answers_thanks(unit))


def answers_thanks(unit: Unit) -> bool:
    """The whole unit answers thanks ("You're welcome.", "My pleasure."): it ends the speaker's turn."""
    words = re.findall(r"[\w']+", unit.text.lower())
    return " ".join(words) in load_list("thanks_replies")


def _bare_thanks(unit: Unit) -> bool:
    words = re.findall(r"[\w']+", unit.text.lower())
    return " ".join(words) in load_list("thanks_returned")


def thanks_returned(unit: Unit, previous: Unit) -> bool:
    """``unit`` is a bare thanks said back to the thanks in ``previous`` ("Ana and Marcus, thank
    you both." "Thank you."): the one thanked answers. A thanks for coming on is a hand-over."""
    thanked = re.search(r"\b(?:thanks|thank you)\b", previous.text, re.I) is not None
    return _bare_thanks(unit) and thanked and not _bare_thanks(previous) and not prompt(previous)


BACKCHANNEL = re.compile(r"^\W*(?:mm+[ -]?hmm+|mhm+|uh[ -]?huh|hmm+|mm+)\W*$", re.I)


def backchannel(unit: Unit) -> bool:
    """The whole unit is a listener's token ("Mm hmm.", "Uh huh."): it says "go on", not an answer."""
    return BACKCHANNEL.match(unit.text) is not None


# A clause that cannot stand alone: a subordinator with no main clause after a comma
FRAGMENT = re.compile(r"^(?:if|because|unless|although|though|whereas|since|than|whether)\b[^,;:?!]*[.]?$", re.I)


def continues_sentence(unit: Unit) -> bool:
    """The unit is a subordinate clause alone ("If we only stop to understand it."): the
    transcript cut one sentence in two, which one voice says."""
    return FRAGMENT.match(unit.text.lstrip("\"'\u201c(- ")) is not None


def opens_with_reply(unit: Unit) -> bool:
    """The unit opens with a reply ("Yes, that's how ...", "No, it does ...", "Exactly.")."""
    m = re.match(r"\s*([\w' ]{1,25}?)\s*[,.!]", unit.text)
    return m is not None and m.group(1).lower() in _replies()


@functools.cache
def _replies() -> frozenset[str]:
    return frozenset(load_list("replies"))


def host_cue(unit: Unit) -> bool:
    lowered = unit.text.lower()
    return phrase_pattern("host_cues").search(lowered) is not None or reaction(unit)


@functools.cache
def _reaction_pattern() -> re.Pattern[str]:
    adjectives = "|".join(re.escape(w) for w in load_list("reaction_adjectives"))
    nouns = "|".join(re.escape(w) for w in load_list("reaction_nouns"))
    return re.compile(
        rf"\bwhat i find (?:so |really |most )?(?:{adjectives})\b"
        rf"|\bthe (?:{adjectives}) thing (?:is|about)\b"
        rf"|\b(?:there's|that's|it's|this is) (?:an? )?(?:really |very |such an? |so )?(?:{adjectives}) (?:{nouns})\b",
        re.IGNORECASE,
    )


def reaction(unit: Unit) -> bool:
    """The unit weighs the point just made ("It's a counterintuitive idea.", "What I find so
    interesting about that ..."): the interviewer reacting to an answer."""
    return _reaction_pattern().search(unit.text) is not None


def prompt(unit: Unit) -> bool:
    """The unit hands the floor over ("Talk about this, Wendy")."""
    lowered = unit.text.lower()
    return phrase_pattern("prompts").search(lowered) is not None


def guest_lean(unit: Unit, previous: Unit | None) -> float:
    """Cues of one unit, summed: > 0 leans to the interviewee, < 0 to the host.

    Weights are hand-set (log-odds scale) from broadcast-interview conventions: a question
    with "you" is the host's; an opener such as "Well," right after a question is the answer;
    first-person experience leans to the interviewee, who seldom narrates.
    """
    text = unit.text
    score = 0.0
    if re.search(r",\s*right\s*[?.]$", text):  # a tag question ("..., right?") is the speaker's own point
        score += 0.5
    elif unit.question and FIRST_SINGULAR.search(text) and not SECOND.search(text):
        score -= 0.5  # "How do I do this?": a speaker thinking aloud, not asking the other
    elif unit.question:
        score -= 2.5
        if SECOND.search(text):
            score -= 1.5
    if host_cue(unit):
        score -= 1.5
    if PAST_YOU.search(text) and not unit.question:  # "you once saw", "you were at": the guest's story told to them
        score -= 1.0
    after_question = previous is not None and (previous.question or prompt(previous))
    to_you = after_question and previous is not None and SECOND.search(previous.text) is not None
    asking = unit.question or prompt(unit)  # "What is the science? Tell us about ...": one ask
    if answer_opener(unit) and not asking:
        score += 2.5 if after_question else 1.0
    elif after_question and not asking:
        score += 1.5 if to_you else 1.0
    if FIRST_SINGULAR.search(MARKERS.sub("", text)):  # "I mean" is a discourse marker, counted as a hedge
        score += 1.0
    elif WE_DID.search(text):
        score += 0.5  # half an "I": at 1.0 a guest's tape ran on into the narration after it (dev)
    elif FIRST_PLURAL.search(text):
        score += 0.3
    if HEDGES.search(text):
        score += 0.5
    return score


__all__ = [
    "FIRST_ANY",
    "FIRST_SINGULAR",
    "SECOND",
    "Unit",
    "answer_opener",
    "answers_thanks",
    "backchannel",
    "continues_sentence",
    "guest_lean",
    "host_cue",
    "line_mode",
    "opens_with_reply",
    "reply",
    "split_units",
    "thanks_returned",
]
