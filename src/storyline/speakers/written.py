"""How a person's name is written in a transcript, as regular-expression pieces shared by the
roster, the introductions, the clips and the reporters' pieces."""

# A name as written in a transcript: one to three capitalised words (ASR may write them in capitals).
_WORD = r"(?:[A-Z][a-zA-Z\-]*(?:['\u2019][A-Z][a-zA-Z]+)?)\b(?!['\u2019]s\b)"
NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# "Georgetown University's Angela Stent": the owner before the name is not part of it
OWNER = r"(?:(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['\u2019]s\s+)?"
# Where a name said in passing ends: punctuation, "and", "from", "here", the line's end.
_END = r"(?=\s*(?:[,.!?;:]|\band\b|\bfrom\b|\bhere\b|$))"

__all__ = ["NAME", "OWNER"]
