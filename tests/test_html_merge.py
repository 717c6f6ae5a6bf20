"""Lines of a second extraction fill gaps of the first, and only gaps."""

from __future__ import annotations

from storyline.clean.html_merge import add_gap_lines

PRECISE = "First paragraph of the story.\nSecond paragraph of the story.\nThird paragraph of the story."


def test_line_between_two_consecutive_lines_is_added() -> None:
    candidate = (
        "Menu\nFirst paragraph of the story.\nA short list the precise pass dropped\n"
        "Second paragraph of the story.\nThird paragraph of the story.\nMore stories"
    )
    assert add_gap_lines(PRECISE, candidate).split("\n") == [
        "First paragraph of the story.",
        "A short list the precise pass dropped",
        "Second paragraph of the story.",
        "Third paragraph of the story.",
    ]


def test_lines_between_lines_that_are_no_neighbours_or_in_capitals_are_not_added() -> None:
    # "Second" is missing from the candidate: its box sits between "First" and "Third".
    boxed = "First paragraph of the story.\nA box of other links\nThird paragraph of the story."
    assert add_gap_lines(PRECISE, boxed) == PRECISE
    shouting = "First paragraph of the story.\nCLICK HERE TO GET THE APP\nSecond paragraph of the story."
    assert add_gap_lines(PRECISE, shouting) == PRECISE
