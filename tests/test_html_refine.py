"""Refinement of extracted web text: reworded headlines and closing furniture go, the body stays."""

from __future__ import annotations

from storyline.clean.cuts import apply_cuts
from storyline.clean.html import refine_page_text

TITLE = "Harbour ferry fares rise for the second time this year"
BODY = [
    "The harbour authority raised ferry fares on Monday by ten percent, citing fuel and wage costs.",
    "Commuters said the rise would push more of them onto the already crowded coastal road.",
]


def refined(raw: str, title: str | None = TITLE) -> tuple[str, list[str]]:
    cuts, marks = refine_page_text(raw, title)
    cleaned = apply_cuts(raw, cuts, marks)
    return cleaned.text, sorted(r.reason for r in cleaned.removed)


def test_reworded_headline_near_the_top_is_cut() -> None:
    raw = "Harbour ferry fares rise again for the second time this year\n" + "\n".join(BODY) + "\n"
    text, reasons = refined(raw)
    assert text == "\n".join(BODY) + "\n"
    assert reasons == ["title"]


def test_verbatim_title_inside_the_text_is_cut_but_a_short_echo_stays() -> None:
    raw = f"{BODY[0]}\n{TITLE}\n{BODY[1]}\nFerry fares 2025\n"
    text, _ = refined(raw)
    assert TITLE not in text
    assert "Ferry fares 2025" in text


def test_a_first_line_sharing_some_words_with_the_title_stays() -> None:
    raw = "Ferry fares rise at the harbour: what commuters pay now\n" + "\n".join(BODY) + "\n"
    text, _ = refined(raw)
    assert text.startswith("Ferry fares rise at the harbour")


def test_closing_contact_and_newsletter_lines_are_cut() -> None:
    tail = [
        "Jane Doe contributed reporting from the port.",
        "Write to John Roe at john.roe@example.com",
        "Get the day's headlines delivered to your inbox by subscribing to our newsletter.",
    ]
    text, reasons = refined("\n".join(BODY + tail) + "\n")
    assert text == "\n".join(BODY) + "\n"
    assert reasons == ["boilerplate"] * 3


def test_furniture_lines_before_the_last_body_line_stay() -> None:
    raw = "\n".join([BODY[0], "Write to John Roe at john.roe@example.com", BODY[1]]) + "\n"
    text, reasons = refined(raw)
    assert "john.roe@example.com" in text
    assert reasons == []


def page_with(header: str, after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><header>{header}</header>"
        f'<div class="body">{paragraphs}</div>{after}</article></body></html>'
    )


def test_standfirst_from_a_heading_outside_the_body_is_cut() -> None:
    dek = "Commuters face a second rise as the authority passes on its fuel costs"
    page = page_with(f"<h2>{dek}</h2>")
    raw = "\n".join([dek, *BODY]) + "\n"
    cuts, marks = refine_page_text(raw, TITLE, page)
    assert apply_cuts(raw, cuts, marks).text == "\n".join(BODY) + "\n"


def test_heading_inside_the_body_container_stays() -> None:
    heading = "What the new fares mean for you"
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = f'<html><body><div class="body"><h2>{heading}</h2>{paragraphs}</div></body></html>'
    raw = "\n".join([heading, *BODY]) + "\n"
    cuts, marks = refine_page_text(raw, TITLE, page)
    assert apply_cuts(raw, cuts, marks).text == raw


def test_run_of_linked_headlines_is_cut_with_its_label() -> None:
    links = ["Coastal road to get a bus lane next spring", "Port workers vote on a new wage offer"]
    items = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(links))
    page = page_with("", f"<p><strong>Elsewhere today</strong></p><ul>{items}</ul>")
    raw = "\n".join([*BODY, "Elsewhere today", *(f"- {t}" for t in links)]) + "\n"
    cuts, marks = refine_page_text(raw, TITLE, page)
    cleaned = apply_cuts(raw, cuts, marks)
    assert cleaned.text == "\n".join(BODY) + "\n"
    assert {r.reason for r in cleaned.removed} == {"related"}


def test_a_single_linked_line_stays() -> None:
    line = "Read the authority's full fare table"
    page = page_with("", f'<p><a href="/fares">{line}</a></p>')
    raw = "\n".join([*BODY, line]) + "\n"
    cuts, marks = refine_page_text(raw, TITLE, page)
    assert apply_cuts(raw, cuts, marks).text == raw


def test_opening_date_line_is_cut() -> None:
    raw = "\n".join(["Monday, 3 March 2025 - 14:05", *BODY]) + "\n"
    text, reasons = refined(raw, None)
    assert text == "\n".join(BODY) + "\n"
    assert reasons == ["boilerplate"]


def test_opening_sentence_with_a_date_stays() -> None:
    raw = "\n".join(["On 3/3/2025 at 14:05 the ferry left.", *BODY]) + "\n"
    text, _ = refined(raw, None)
    assert text == raw


def test_promotion_lines_and_share_buttons_go_but_their_sentences_stay() -> None:
    raw = (
        "\n".join(
            [
                BODY[0],
                "SEE MORE: Coastal road to get a bus lane next spring",
                "Fares have doubled in a decade.Click To Tweet",
                BODY[1],
            ]
        )
        + "\n"
    )
    text, reasons = refined(raw, None)
    assert text == "\n".join([BODY[0], "Fares have doubled in a decade.", BODY[1]]) + "\n"
    assert reasons == ["boilerplate", "boilerplate"]


def test_unrendered_shortcode_and_closing_comment_prompt_are_cut() -> None:
    raw = "\n".join([BODY[0], '[button link="https://example.org/send" type="big"] Send us your story', BODY[1]])
    raw += "\nTell us what you think...\n"
    text, reasons = refined(raw, None)
    assert text == "\n".join(BODY) + "\n"
    assert reasons == ["boilerplate", "boilerplate"]


def test_heading_of_a_closing_appeal_goes_with_it_but_a_last_section_stays() -> None:
    appeal = "If you enjoyed this article, join our members' club for more."
    raw = "\n".join([*BODY, "Before you go", appeal]) + "\n"
    text, reasons = refined(raw, None)
    assert text == "\n".join(BODY) + "\n"
    assert reasons == ["boilerplate", "boilerplate"]
    raw = "\n".join([BODY[0], "What happens next", BODY[1]]) + "\n"
    assert refined(raw, None)[0] == raw


def test_hover_card_inside_a_sentence_is_cut_and_the_name_stays() -> None:
    card = (
        '<span class="card"><img src="p.jpg"><a href="/p">Jane Doe</a>'
        '<a href="/a">Mayor opens new bridge</a> <a href="/b">Council passes budget</a></span>'
    )
    sentence = f'<p>The plan was backed by Mayor <span><a href="/p">Jane Doe</a>{card}</span> on Monday.</p>'
    page = page_with("", sentence)
    raw = "\n".join(
        [*BODY, "The plan was backed by Mayor Jane DoeJane DoeMayor opens new bridge Council passes budget on Monday."]
    )
    cuts, marks = refine_page_text(raw + "\n", TITLE, page)
    text = apply_cuts(raw + "\n", cuts, marks).text
    assert text.endswith("The plan was backed by Mayor Jane Doe on Monday.\n")
