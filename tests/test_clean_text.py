"""Cleaning text captures of web pages: chrome, photo credits, a repeated caption, headings."""

from __future__ import annotations

from storyline.clean import clean_capture
from storyline.records import Capture, Document
from storyline.settings import Settings

CAPTION = "The mayor of Eastbrook cuts a ribbon at the new river bridge on Monday morning in front of residents."

PAGE = f"""Listen Live
Next Up:
0:00 0:00
Share

Eastbrook opens its new river bridge after three years of work

{CAPTION}
Maria Lopez
Eastbrook Times via Getty Images
{CAPTION}

EASTBROOK — The new bridge over the Ash River opened to traffic on Monday, the city said.

Advertisement

Traffic during the first hours

About 4,000 cars crossed it before noon, according to the transport office.

Copyright 2025 Eastbrook Radio
"""


def clean(text: str, **fields: str) -> Document:
    capture = Capture(source=fields.get("source", "page.txt"), content=text, kind=None)
    return clean_capture(capture, Settings())


def reasons(doc: Document) -> dict[str, str]:
    return {r.text.strip(): r.reason for r in doc.removed}


def test_page_chrome_and_credits_are_removed_with_reasons() -> None:
    doc = clean(PAGE)
    got = reasons(doc)
    for line in ("Next Up:", "0:00 0:00", "Share", "Advertisement", "Copyright 2025 Eastbrook Radio"):
        assert got.get(line) == "boilerplate", line
        assert line not in doc.text
    assert got["Eastbrook Times via Getty Images"] == "caption-credit"
    assert got["Maria Lopez"] == "caption-credit"
    assert "Maria Lopez" not in doc.text


def test_repeated_caption_is_kept_once_and_marked() -> None:
    doc = clean(PAGE)
    assert doc.text.count(CAPTION) == 1
    assert reasons(doc)[CAPTION] == "duplicate"
    assert [doc.text[c.start : c.end] for c in doc.captions] == [CAPTION]


def test_headings_are_kept_and_listed() -> None:
    doc = clean(PAGE)
    headings = [doc.text[h.start : h.end] for h in doc.headings]
    assert "Eastbrook opens its new river bridge after three years of work" in headings
    assert "Traffic during the first hours" in headings
    assert "About 4,000 cars crossed it before noon, according to the transport office." in doc.text


def test_body_sentences_survive() -> None:
    doc = clean(PAGE)
    assert "The new bridge over the Ash River opened to traffic on Monday, the city said." in doc.text


def test_repeated_lines_far_apart_are_kept() -> None:
    line = "Step one: mix the flour and the water well."
    text = "\n\n".join([line, "Then wait.", "More text here.", "Another line.", "And more.", line]) + "\n"
    assert clean(text).text.count(line) == 2
