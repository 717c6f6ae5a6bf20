"""Cleaning HTML pages: main text through trafilatura, then related links and furniture out."""

from __future__ import annotations

from storyline.clean import clean_capture
from storyline.clean.cuts import apply_cuts
from storyline.clean.html import refine_page_text
from storyline.records import Capture
from storyline.settings import Settings

BODY = " ".join(
    [
        "The river authority approved a plan on Tuesday to rebuild the old flood wall along the east bank.",
        "Engineers said the wall, built in 1952, no longer meets the standard for a hundred-year flood.",
        "Work is to begin in May and last two years, and the riverside path will close during that time.",
        "Residents asked for a temporary path on the west bank, which the authority promised to study.",
    ]
)
PAGE = f"""<html><head><title>Flood wall to be rebuilt - Riverside Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood wall to be rebuilt</h1>
<p>{BODY}</p>
<h2>What the work means for the path</h2>
<p>{BODY.replace("Tuesday", "Wednesday")}</p>
<div class="share">Share this article</div>
<aside class="related"><h3>Related</h3><ul>
<li><a href="/a">Bridge repairs delayed again | Local</a></li>
<li><a href="/b">New bus line for the east side | Transport</a></li></ul></aside>
<div class="newsletter">Sign up for our newsletter</div>
</article><footer>Copyright 2025 Riverside Gazette</footer></body></html>"""


def test_html_page_keeps_body_and_drops_related_links() -> None:
    doc = clean_capture(Capture(source="page.html", content=PAGE, format="html"), Settings())
    assert "no longer meets the standard for a hundred-year flood" in doc.text
    for junk in ("Bridge repairs delayed again", "Sign up for our newsletter", "Copyright 2025", "Share this article"):
        assert junk not in doc.text
    assert doc.text[:20] in doc.raw
    assert "What the work means for the path" in [doc.text[h.start : h.end] for h in doc.headings]


def test_refinement_cuts_title_repeat_and_closing_links() -> None:
    raw = (
        "Flood wall to be rebuilt\n"
        "The river authority approved a plan on Tuesday to rebuild the old flood wall.\n"
        "Share\n"
        "Bridge repairs delayed again | Local\n"
        "New bus line for the east side | Transport\n"
    )
    cuts, marks = refine_page_text(raw, "Flood wall to be rebuilt")
    cleaned = apply_cuts(raw, cuts, marks)
    assert cleaned.text == "The river authority approved a plan on Tuesday to rebuild the old flood wall.\n"
    assert sorted(r.reason for r in cleaned.removed) == ["boilerplate", "related", "title"]
