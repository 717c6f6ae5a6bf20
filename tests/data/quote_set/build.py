"""Build captures.jsonl and gold.json of the self-written quote set from src/*.txt.

    python tests/data/quote_set/build.py

Each source file starts with ``# key: value`` header lines (``source``, ``outlet``, ``url``,
``split`` and one ``qN: Speaker Name`` per quote, ``-`` for a quote without a speaker), then a
blank line, then the article marked up with ``<qN>…</qN>`` (the quote's content),
``<mN>…</mN>`` (the speaker mention) and ``<vN>…</vN>`` (the cue verb). Tags may nest (a split
quote's span holds its mention and verb). The tags are removed and their character offsets into
the remaining raw text become the gold in the Gender Gap Tracker shape:
``documents[SOURCE].quotes`` = ``{text, start, end, speaker, speaker_mention, verb, verb_span}``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAG = re.compile(r"<(/?)([qmv])(\d+)>")


def parse(path: Path) -> tuple[dict[str, str], dict[str, str], str, dict[tuple[str, str], tuple[int, int]]]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta, speakers = {}, {}
    for line in head.splitlines():
        key, _, value = line.lstrip("# ").partition(":")
        (speakers if re.fullmatch(r"q\d+", key) else meta)[key] = value.strip()
    text, spans, open_at, pos = [], {}, {}, 0
    length = 0
    for m in TAG.finditer(body):
        chunk = body[pos : m.start()]
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        key = (m.group(2), m.group(3))
        if m.group(1):
            spans[key] = (open_at.pop(key), length)
        else:
            open_at[key] = length
    text.append(body[pos:])
    if open_at:
        sys.exit(f"{path.name}: unclosed tags {sorted(open_at)}")
    return meta, speakers, "".join(text).rstrip("\n") + "\n", spans


def build() -> None:
    captures, documents = [], {}
    for path in sorted((HERE / "src").glob("*.txt")):
        meta, speakers, text, spans = parse(path)
        source = meta["source"]
        quotes = []
        for qkey in sorted(speakers, key=lambda k: int(k[1:])):
            n = qkey[1:]
            start, end = spans[("q", n)]
            mention = spans.get(("m", n))
            verb = spans.get(("v", n))
            speaker = speakers[qkey]
            quotes.append(
                {
                    "text": text[start:end],
                    "start": start,
                    "end": end,
                    "speaker": None if speaker == "-" else speaker,
                    "speaker_mention": None
                    if mention is None
                    else {"text": text[mention[0] : mention[1]], "start": mention[0], "end": mention[1]},
                    "verb": "" if verb is None else text[verb[0] : verb[1]],
                    "verb_span": None if verb is None else [verb[0], verb[1]],
                }
            )
        quotes.sort(key=lambda q: (q["start"], q["end"]))
        unused = {k for k in spans if k[1] not in {q[1:] for q in speakers}}
        if unused:
            sys.exit(f"{path.name}: tags without a speaker line {sorted(unused)}")
        captures.append({"source": source, "text": text, "outlet": meta["outlet"], "url": meta["url"]})
        documents[source] = {"text": text, "split": meta["split"], "quotes": quotes}
    with (HERE / "captures.jsonl").open("w", encoding="utf-8") as out:
        for capture in captures:
            out.write(json.dumps(capture, ensure_ascii=False) + "\n")
    (HERE / "gold.json").write_text(
        json.dumps({"documents": documents}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(captures)} articles, {sum(len(d['quotes']) for d in documents.values())} quotes")


if __name__ == "__main__":
    build()
