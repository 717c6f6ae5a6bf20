"""Metadata from the text of a capture: title, outlet, program, author, published date, dateline.

Everything is read from general signals of news and podcast pages, never from one site's
layout: the podcast line "<Program> from <Outlet> - <Episode>", labelled date lines ("Updated
...", "Episode Date: ..."), bylines, datelines ("SEOUL, South Korea —"), copyright lines and
sign-ins. :func:`inspect_metadata` also says what it could not find or read, so a missing or
broken date becomes a document warning instead of a silent gap.
"""

from __future__ import annotations

import re

from storyline.ingest import lexicon
from storyline.ingest.datelines import DATELINE
from storyline.ingest.dates import find_date, normalise_iso
from storyline.ingest.header import Lines, is_chrome, split_lines, word_count
from storyline.ingest.kind import TRANSCRIPT_SCORE, detect_kind, transcript_score
from storyline.ingest.outlets import is_known_outlet, read_program_line, split_outlet_suffix, vote_outlet
from storyline.records import Metadata

# A headline has a few words and rarely more than 25; a body paragraph has more than 40.
MIN_TITLE_WORDS, MAX_TITLE_WORDS, BODY_WORDS = 3, 30, 40
# The first paragraph of a story has more words than this; headlines and credits have fewer.
BODY_START_WORDS = 12
# A full sentence ending in a period with more than this many words is body text, not a headline.
MAX_SENTENCE_TITLE_WORDS = 14

# A story's "Published" and "Updated" lines are at most a byline or a credit line apart.
DATE_GROUP_LINES = 3
# Below 30 words the function-word share varies too much to say a text is not English.
MIN_LANGUAGE_WORDS = 30
ENGLISH_SHARE = 0.10
_WORD_FOR_LANGUAGE = re.compile(r"[^\W\d_]+")

_BYLINE = re.compile(r"^(?:by|written by|words by)[:\s]+(?P<rest>\S.*)$", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(r"^(?:author|authors|reporter|byline):\s*(?P<rest>\S.*)$", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"^(?:title|headline|episode title):\s*(?P<title>\S.*)$", re.IGNORECASE)
_NAME = re.compile(
    r"^(?:[A-Z][\w.'’-]*\.?|de|van|von|da|del|la|bin|al)(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|la|bin|al)){1,4}$"
)
_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}:(?:\s|$)")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
_WEEKDAY_OR_TIME = re.compile(
    rf"\b{_WEEKDAY}|\b\d{{1,2}}(?:[:.]\d{{2}})+\s*(?:[ap]\.?m\.?)?|\b[ap]\.?m\.?(?!\w)|\bat\b"
    r"|(?-i:\b[A-Z]{2,4}\b)|[^\w\s]",  # time zones: "ET", "GMT", "CEST"
    re.IGNORECASE,
)
_LEADING_WEEKDAY = re.compile(rf"\s*{_WEEKDAY},?\s*", re.IGNORECASE)
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")


def guess_metadata(text: str, source: str) -> Metadata:
    """What the text of a capture says about itself; None where it says nothing."""
    return inspect_metadata(text, source)[0]


def inspect_metadata(text: str, source: str) -> tuple[Metadata, tuple[str, ...]]:
    """The metadata of :func:`guess_metadata` and warnings about what is missing or unreadable."""
    del source  # the text decides; kept so readers can name the file in future warnings
    lines = split_lines(text)
    warnings: list[str] = []
    spoken = not lines.subtitles and transcript_score(text) >= TRANSCRIPT_SCORE
    program_line = None if lines.subtitles else read_program_line(lines, spoken)
    agency: dict[str, int] = {}
    dateline = None if lines.subtitles else _dateline(lines, agency)
    title = _labelled_title(lines)
    if title is None and program_line is not None:
        title = program_line.title
    if title is None and not lines.subtitles:
        title = _headline(lines)
    suffix_votes = {}
    if title is not None:
        title, suffix = split_outlet_suffix(title, None)
        if suffix:
            suffix_votes[suffix] = 2
    outlet = vote_outlet(lines, program_line, {**agency, **suffix_votes})
    if title is not None and outlet is not None:
        title = split_outlet_suffix(title, outlet)[0]
        if title.lower() == outlet.lower() and program_line is None:
            title = _headline(lines, skip=title)  # the site's name above the headline
    published = _published(lines, warnings)
    metadata = Metadata(
        title=_tidy_title(title) if title else None,
        outlet=outlet,
        program=program_line.program if program_line else None,
        author=None if lines.subtitles else _author(lines),
        published=published,
        dateline=dateline,
        language=guess_language(text),
        url=next((line for line in lines.header[:10] if _URL_LINE.match(line)), None),
    )
    return metadata, tuple(warnings)


def guess_language(text: str) -> str | None:
    """ "en" for English text, None for text in another language (too short to tell: "en").

    English prose has 20-30% of its words among the commonest function words
    (``data/ingest/english_function_words.txt``); other languages using the Latin script
    have under 5%, mostly from shared words like "a" or "in".
    """
    words = _WORD_FOR_LANGUAGE.findall(text[:5000].lower())
    if len(words) < MIN_LANGUAGE_WORDS:
        return "en"
    common = set(lexicon.entries("english_function_words.txt"))
    share = sum(1 for word in words if word in common) / len(words)
    return "en" if share >= ENGLISH_SHARE else None


def _labelled_title(lines: Lines) -> str | None:
    for line in lines.header[:12]:
        match = _TITLE_LABEL.match(line)
        if match:
            return match["title"].strip()
    return None


def _headline(lines: Lines, skip: str | None = None) -> str | None:
    """The first line after the site chrome that reads as a headline (and is not ``skip``)."""
    for number, line in enumerate(lines.header):
        words = word_count(line)
        if is_chrome(line) or _URL_LINE.match(line) or _is_metadata_line(line) or DATELINE.match(line):
            continue
        if line == skip or is_known_outlet(line):
            continue
        if words > BODY_WORDS:
            return None  # reached the body without a headline
        alphabetic = sum(1 for word in line.split() if any(ch.isalpha() for ch in word))
        if _is_turn(line):
            return None  # the conversation has begun: no headline comes after a speaker's turn
        if alphabetic < MIN_TITLE_WORDS or words > MAX_TITLE_WORDS:
            continue
        if line.endswith(".") and words > MAX_SENTENCE_TITLE_WORDS and not _title_case(line):
            return None  # a sentence of body text comes first: no headline in this capture
        if line.endswith((";", ",", ":")) and number + 1 < len(lines.header):
            return f"{line} {lines.header[number + 1]}"  # a headline with a deck line
        return line
    return None


def _title_case(line: str) -> bool:
    """Most words capitalised, as in "Senate Passes Budget After Long Night"."""
    words = [word for word in line.split() if word[:1].isalpha() and len(word) > 3]
    return bool(words) and sum(word[:1].isupper() for word in words) >= 0.8 * len(words)


def _is_turn(line: str) -> bool:
    """A transcript turn ("HOST: Welcome back."), not a kicker headline ("FIX IS IN: Moderators Ignore ...")."""
    match = _SPEAKER_LABEL.match(line)
    if not match:
        return False
    words = line[match.end() :].split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    return not words or capitalised < len(words) * 0.6


def _is_metadata_line(line: str) -> bool:
    if _BYLINE.match(line) or _AUTHOR_LABEL.match(line):
        return True
    start = _label_end(line)
    if start is not None and find_date(line[start : start + 40], numeric=True):
        return True
    return _date_line(line) is not None


def _tidy_title(title: str) -> str:
    """One-spaced, without the full stop some sites put after a headline (also inside a quote)."""
    title = re.sub(r"\s+", " ", title).strip()
    title = re.sub(r"(?<=\w)\.([’'”\"])$", r"\1", title)
    if title.endswith(".") and not title.endswith("..") and not _ABBREVIATION_END.search(title):
        title = title[:-1].rstrip()
    return title


def _label_end(line: str) -> int | None:
    """Where the date of a labelled date line starts ("Updated ", "Episode Date: "), else None."""
    for pattern in lexicon.patterns("date_labels.txt", re.IGNORECASE):
        match = pattern.match(line)
        if match and (match.end() == len(line) or not line[match.end()].isalpha()):
            return match.end()
    return None


def _only_date(line: str, date_text: str) -> bool:
    """True for a line that holds a date and little else ("Tuesday, June 18, 2024 10:05 AM ET")."""
    rest = _WEEKDAY_OR_TIME.sub(" ", line.replace(date_text, " "))
    return word_count(rest) <= 1


def _published(lines: Lines, warnings: list[str]) -> str | None:
    """The newest date of the first group of labelled date lines, else a byline date, a date
    line or an ISO date in the header; labelled lines in the footer when the header has none."""
    for part in (lines.header, tuple(line for line in lines.footer if line not in lines.header)):
        labelled = _labelled_dates(part, warnings)
        if labelled:
            # "Published ..." and "Updated ..." stand together; dates further down belong to
            # related stories or other episodes. The newest is the one the text speaks from.
            group = [labelled[0]]
            for number, iso in labelled[1:]:
                if number - group[-1][0] > DATE_GROUP_LINES:
                    break
                group.append((number, iso))
            return max(iso for _, iso in group)
    if lines.subtitles:
        # Subtitle comments ("NOTE Evening news, March 7, 2025") hold no body text to confuse.
        dates = [found.iso for line in lines.header if (found := find_date(line)) and found.iso]
        return dates[0] if dates else None
    for test in (_byline_date, _date_line, _iso_date, _url_date):
        for line in lines.header:
            value = test(line)
            if value:
                return value
    if not lines.subtitles:
        warnings.append("no publication date found; relative dates have no anchor")
    return None


def _labelled_dates(lines: tuple[str, ...], warnings: list[str]) -> list[tuple[int, str]]:
    """``(line number, ISO date)`` of the labelled date lines; unreadable ones become warnings."""
    dates = []
    for number, line in enumerate(lines):
        start = _label_end(line)
        if start is None:
            continue
        found = find_date(line[start:], numeric=True)
        if found is None or found.start > 20:
            if found is None and any(ch.isdigit() for ch in line[start : start + 40]):
                warnings.append(f"cannot read the date in {_shorten(line)!r}")
            continue
        if found.iso is None:
            warnings.append(f"no such day: {found.text!r} in {_shorten(line)!r}")
            continue
        dates.append((number, found.iso))
    return dates


def _byline_date(line: str) -> str | None:
    if not _BYLINE.match(line):
        return None
    found = find_date(line)
    return found.iso if found else None


def _date_line(line: str) -> str | None:
    """The date of a line that is a date ("Tue 4 Mar 2025 18.40 GMT") or starts with one
    ("March 4, 2025 6:40 PM GMT Updated 2 hours ago")."""
    found = find_date(line)
    if found is None or found.iso is None:
        return None
    prefix = line[: found.start]
    if not prefix.strip() or _LEADING_WEEKDAY.fullmatch(prefix) or _only_date(line, found.text):
        return found.iso
    return None


def _iso_date(line: str) -> str | None:
    match = re.search(r"\b(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)", line)
    if not match:
        return None
    found = find_date(match.group(0))
    return found.iso if found else None


def _url_date(line: str) -> str | None:
    """The date in a page address ("https://news.example/2025/03/04/ferry-strike/")."""
    if not _URL_LINE.match(line):
        return None
    match = re.search(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/", line)
    return normalise_iso(f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}") if match else None


def _shorten(line: str, limit: int = 60) -> str:
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _author(lines: Lines) -> str | None:
    for line in lines.header:
        match = _BYLINE.match(line) or _AUTHOR_LABEL.match(line)
        if match:
            names = _names(match["rest"])
            if names:
                return names
    return None


def _names(rest: str) -> str | None:
    """ "Jane Doe and John Roe" from "JANE DOE and John Roe, Reuters | June 3, 2024"."""
    rest = re.split(r"\s+[|•·–—-]\s+|\s*\|\s*", rest)[0]
    found = []
    for part in re.split(r",\s*|\s+and\s+|\s*&\s*", rest):
        part = part.strip()
        if not part:
            continue
        if part.isupper():
            part = _capitalise(part)
        stops = set(lexicon.entries("byline_stops.txt"))
        if not _NAME.match(part) or find_date(part) or is_known_outlet(part) or stops & set(part.lower().split()):
            break
        found.append(part.rstrip(".") if not re.search(r"\b[A-Z]\.$", part) else part)
    return " and ".join(found) if found else None


def _dateline(lines: Lines, agency: dict[str, int]) -> str | None:
    """The place of a dateline opening the body ("SEOUL, South Korea — ..." gives "Seoul").

    Only the first two paragraphs count (a run-in heading further down, "MEDICAL CLAIMS — For
    years ...", looks the same); a photo caption shown twice is not a paragraph of the body.
    """
    paragraphs = [line for line in lines.header if word_count(line) > BODY_START_WORDS]
    body = [line for line in paragraphs if paragraphs.count(line) == 1][:2]
    for line in body:
        match = DATELINE.match(line)
        if match:
            if match["agency"]:
                agency[match["agency"].strip()] = 1
            return _capitalise(match["place"])
    return None


def _capitalise(name: str) -> str:
    """ "SEOUL" -> "Seoul", "NEW YORK" -> "New York"; keeps "U.S." and "D.C." as written."""
    words = []
    for word in name.split():
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


__all__ = ["detect_kind", "guess_language", "guess_metadata", "inspect_metadata"]
