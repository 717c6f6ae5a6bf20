"""Block quotes (embedded posts) skipped by the extractor are put back where they stand."""

from __future__ import annotations

from storyline.clean.html_dom import add_quotes

BODY = [
    "The county fair opened on Friday with a record number of livestock entries from local farms.",
    "Organisers said the dry summer had not kept families away from the show grounds this year.",
    "The fair runs until Sunday evening, when the prizes for the best cattle will be announced.",
]
POST = "Our heifer just took second place at the county fair and we could not be prouder of her"
BYLINE = "— Green Hollow Farm (@greenhollow) August 9, 2024"
SIDEBAR = "Subscribe to our weekly farming digest and never miss a market report again, ever"


def page(quote_after: int) -> str:
    paragraphs = [f"<p>{p}</p>" for p in BODY]
    quote = f'<blockquote class="post"><p>{POST}</p>{BYLINE}</blockquote>'
    paragraphs.insert(quote_after + 1, quote)
    aside = f"<aside><blockquote><p>{SIDEBAR}</p></blockquote></aside>"
    return f"<html><body><article>{''.join(paragraphs)}</article>{aside}</body></html>"


def test_post_between_two_extracted_paragraphs_is_put_back_in_place() -> None:
    text = add_quotes("\n".join(BODY), page(0))
    assert text.split("\n") == [BODY[0], POST, BYLINE, BODY[1], BODY[2]]


def test_quote_outside_the_article_flow_stays_out() -> None:
    text = add_quotes("\n".join(BODY), page(0))
    assert SIDEBAR not in text


def test_quote_after_the_last_extracted_line_stays_out() -> None:
    text = add_quotes("\n".join(BODY), page(2))
    assert text == "\n".join(BODY)
