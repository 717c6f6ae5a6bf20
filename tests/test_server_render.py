"""The document renderer: any text and any overlapping spans give well-formed, escaped HTML."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from storyline.server.render import Mark, render_marked

TAGS = {"s": 0, "mark": 1, "span": 2, "a": 5}


class _Checker(HTMLParser):
    """Collects text and checks that elements nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


marks = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(sorted(TAGS)), st.text(max_size=8)), max_size=8
)


@given(st.text(alphabet=st.sampled_from(list("ab <>&\"'=/\n")), max_size=60), marks)
def test_rendering_keeps_the_text_and_nests_elements(raw: str, spans: list[tuple[int, int, str, str]]) -> None:
    found = [
        Mark(min(a, b), max(a, b), TAGS[tag], tag, "c", title=title, href="/x" if tag == "a" else None)
        for a, b, tag, title in spans
        if min(a, b) < max(a, b) <= len(raw)
    ]
    out = str(render_marked(raw, found))
    checker = _Checker()
    checker.feed(out)
    checker.close()
    assert checker.stack == []
    assert "".join(checker.text) == raw
    assert set(checker.tags) <= set(TAGS)


def test_removal_reason_follows_the_struck_text() -> None:
    out = str(render_marked("keep <b>ad</b> keep", [Mark(5, 14, 0, "s", "removed", after="ad <i>")]))
    assert out == 'keep <s class="removed">&lt;b&gt;ad&lt;/b&gt;</s><span class="reason">[ad &lt;i&gt;]</span> keep'


def test_ids_only_on_the_first_piece_of_a_split_span() -> None:
    out = str(render_marked("abcdef", [Mark(0, 4, 2, "span", "quote", id="q0"), Mark(2, 6, 1, "mark", "hl", id="hl")]))
    assert out.count('id="q0"') == 1 and out.count('id="hl"') == 1
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == "abcdef"
