"""Article bodies split over several same-class containers: every chunk is kept."""

from __future__ import annotations

from storyline.clean import clean_capture
from storyline.clean.html import add_sibling_chunks
from storyline.records import Capture
from storyline.settings import Settings

PARAGRAPHS = [
    "The town council voted on Monday to extend the library's opening hours through the winter months.",
    "Members said the extra evening hours would help students who have no quiet place to work at home.",
    "The change will cost about twelve thousand dollars a year, paid from the council's reserve fund.",
    "A review of visitor numbers is planned for the spring, after which the hours may change again.",
    "Library staff welcomed the decision but asked for a second evening librarian to cover the new hours.",
    "The council said it would consider the request when it sets next year's budget in the autumn.",
]


def chunked_page(rail: str) -> str:
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    second = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:])
    return f"""<html><head><title>Library hours extended</title></head><body>
<div class="page"><div class="main">
<div class="article-body">{first}</div>
<div class="ad-rail">{rail}</div>
<div class="article-body">{second}</div>
</div></div></body></html>"""


def test_second_chunk_of_the_body_is_kept_in_order() -> None:
    page = chunked_page('<div class="ad">Advertisement</div>')
    doc = clean_capture(Capture(source="page.html", content=page, format="html"), Settings())
    positions = [doc.text.find(p) for p in PARAGRAPHS]
    assert all(pos >= 0 for pos in positions)
    assert positions == sorted(positions)
    assert "Advertisement" not in doc.text


def test_only_prose_of_sibling_chunks_is_added() -> None:
    page = chunked_page("").replace(f"<p>{PARAGRAPHS[3]}</p>", f"<p>{PARAGRAPHS[3]}</p><p>Most read this week</p>")
    text = add_sibling_chunks("\n".join(PARAGRAPHS[:3]), page)
    assert text.split("\n") == PARAGRAPHS


def test_extraction_from_many_containers_is_left_alone() -> None:
    page = chunked_page("")
    text = "\n".join(PARAGRAPHS[:3]) + "\nAn unrelated line that came from somewhere else on the page entirely."
    assert add_sibling_chunks(text, page) == text
