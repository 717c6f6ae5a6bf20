"""Fast iteration on temporal expressions: parse TimeBank once, re-run only ``find_times``.

    python benchmarks/timex_dev.py [--show-errors N] [--only PREFIX] [--captures FILE] [--explain TEXT]

Cleans every capture as the pipeline does, caches the spaCy parses (DocBin under
``/tmp/storyline-timex-cache``), runs :func:`storyline.extract.times.find_times`, writes an
export-shaped JSON holding only ``documents`` and ``times`` (the times as the export writes
them) and runs the shared scorer on it.
``--explain TEXT`` also prints, for every found expression containing TEXT, its value, the
tense read from the parse, the governing verb and the sentence: the inputs of the value.
Exits 2 when ../shared is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from scorers import SHARED

if TYPE_CHECKING:
    from spacy.tokens import Doc

CACHE = Path("/tmp/storyline-timex-cache")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captures", default=str(SHARED / "bench/timex-timebank/captures.jsonl"))
    parser.add_argument("--gold", default=str(SHARED / "bench/timex-timebank/gold.json"))
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--only", default="", help="only sources starting with this prefix")
    parser.add_argument("--out", default="/tmp/storyline-timex-dev.json")
    parser.add_argument("--explain", default="", help="print tense and sentence for times containing this")
    args = parser.parse_args()
    if not Path(args.captures).exists():
        print(f"missing {args.captures}", file=sys.stderr)
        return 2

    from spacy.tokens import DocBin

    from storyline.clean import clean_capture
    from storyline.export.contract import export_times
    from storyline.extract.times import find_times
    from storyline.ingest.readers import iter_captures
    from storyline.nlp import load_pipeline
    from storyline.records import Capture, DocAnalysis
    from storyline.settings import Settings

    settings = Settings()
    nlp = load_pipeline(settings.model, settings.max_nlp_chars)
    captures = [c for c in iter_captures([args.captures], settings) if isinstance(c, Capture)]
    captures = [c for c in captures if c.source.startswith(args.only)]
    documents = [clean_capture(c, settings) for c in captures]
    key = hashlib.sha1("\0".join(d.text for d in documents).encode()).hexdigest()[:16]
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"{key}.spacy"
    if cached.exists():
        parses = list(DocBin().from_disk(cached).get_docs(nlp.vocab))
    else:
        parses = [nlp(d.text) for d in documents]
        DocBin(store_user_data=False, docs=parses).to_disk(cached)
    began = time.perf_counter()
    found = [find_times(document, parsed) for document, parsed in zip(documents, parses, strict=True)]
    elapsed = time.perf_counter() - began
    export: dict[str, list[dict[str, object]]] = {"documents": [], "times": []}
    for document, parsed, times in zip(documents, parses, found, strict=True):
        export["documents"].append(
            {
                "id": document.id,
                "source": document.source,
                "text": document.text,
                "published": document.metadata.published,
            }
        )
        export["times"].extend(export_times(document, DocAnalysis(document.id, times=times)))
        for t in times:
            if args.explain and args.explain.lower() in t.text.lower():
                explain(document.source, parsed, t.start, t.end, f"{t.text!r} {t.type} {t.value}")
    Path(args.out).write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, str(SHARED / "eval/timex.py"), args.out, args.gold]
    if args.show_errors:
        command += ["--show-errors", str(args.show_errors)]
    result = subprocess.run(command, check=False)
    print(f"find_times: {1000 * elapsed / max(1, len(documents)):.2f} ms/document over {len(documents)} documents")
    return result.returncode


def explain(source: str, parsed: Doc, start: int, end: int, what: str) -> None:
    from storyline.extract.timex.tense import _governing_verb, tense_at

    span = parsed.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span.root) if span is not None and len(span) else None
    tense = tense_at(parsed, start, end)
    sentence = span.sent.text.replace("\n", " ") if span is not None and len(span) else ""
    print(f"{source}: {what} tense={tense} verb={verb} | {sentence}")


if __name__ == "__main__":
    sys.exit(main())
