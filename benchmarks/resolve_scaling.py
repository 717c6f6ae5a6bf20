"""How cross-document entity resolution scales: time at growing numbers of synthetic mentions.

    PYTHONPATH=src python benchmarks/resolve_scaling.py [--sizes 10000 100000] [--seed 1]

Builds synthetic document analyses (about 40 mentions a document) whose names vary the way news
names do: full person names and their surnames, hyphenation and transliteration variants,
organisations with and without designators and their acronyms, facilities with synonymous class
words, products and their model numbers. Prints, per size, the entity count, the seconds
``resolve_entities`` took and microseconds per mention; near-constant microseconds per mention
means near-linear scaling. A benchmark, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import string
import time

from storyline.records import DocAnalysis, LocalEntity, Mention
from storyline.resolve import resolve_entities

MENTIONS_PER_DOC = 40


def _word(rng: random.Random, length: int) -> str:
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    return "".join(rng.choice(consonants if i % 2 == 0 else vowels) for i in range(length)).capitalize()


def _names(rng: random.Random, referents: int) -> list[tuple[list[str], str]]:
    """Per referent: the surface names it goes by, and its type."""
    out: list[tuple[list[str], str]] = []
    for _ in range(referents):
        kind = rng.random()
        if kind < 0.5:
            first, last = _word(rng, rng.randint(4, 6)), _word(rng, rng.randint(5, 8))
            double = f"{last}-{_word(rng, 3).lower()}"
            forms = [f"{first} {last}", last, f"{first} {double}", f"{first[:-1]}y {last}"]
            out.append((forms, "PERSON"))
        elif kind < 0.75:
            words = [_word(rng, rng.randint(4, 7)) for _ in range(rng.randint(2, 3))]
            full = " ".join(words)
            acronym = "".join(w[0] for w in words)
            out.append(([f"{full} Group", full, acronym], "ORG"))
        elif kind < 0.85:
            base = _word(rng, 7)
            out.append(([f"{base} Cosmodrome", f"{base} spaceport"], "FAC"))
        elif kind < 0.95:
            maker = _word(rng, 6)
            model = f"{rng.choice(string.ascii_uppercase)}{rng.randint(100, 999)}"
            out.append(([f"{maker} {model} {_word(rng, 6)}", model], "PRODUCT"))
        else:
            out.append(([_word(rng, 8)], "GPE"))
    return out


def synthetic_corpus(mentions: int, seed: int = 1) -> list[DocAnalysis]:
    rng = random.Random(seed)
    # One referent per 20 mentions: a long-running story returns to the same names.
    referents = _names(rng, max(10, mentions // 20))
    docs = []
    for number in range(mentions // MENTIONS_PER_DOC):
        chosen = [rng.choice(referents) for _ in range(MENTIONS_PER_DOC // 4)]
        local: dict[str, LocalEntity] = {}
        doc_mentions = []
        for forms, kind in chosen:
            name = rng.choice(forms)
            if name not in local:
                local[name] = LocalEntity(f"e{len(local)}", name, kind)
            for _ in range(4):
                start = len(doc_mentions) * 20
                doc_mentions.append(Mention(start, start + len(name), name, local[name].key))
        docs.append(DocAnalysis(doc=f"d{number}", entities=tuple(local.values()), mentions=tuple(doc_mentions)))
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{'mentions':>9} {'documents':>9} {'local':>8} {'entities':>8} {'seconds':>8} {'us/mention':>10}")
    for size in args.sizes:
        corpus = synthetic_corpus(size, args.seed)
        local = sum(len(d.entities) for d in corpus)
        count = sum(len(d.mentions) for d in corpus)
        began = time.perf_counter()
        index = resolve_entities(corpus)
        took = time.perf_counter() - began
        per = took / count * 1e6
        print(f"{count:>9} {len(corpus):>9} {local:>8} {len(index.entities):>8} {took:>8.2f} {per:>10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
