"""Throughput of figures.extract against quantulum3's parser on the same news.

    python benchmarks/speed.py [--rounds 5] [--dev PATH] [--quick]

Documents: the sample articles (data/news_sample.txt) and, when present,
the NewsQuant dev sentences (../shared/eval/newsquant_dev.json) joined 20 to
a document.  Each round times both systems on every document, alternating,
so that machine noise hits both; the result is the ratio of the medians.
With spaCy installed, the figures component is timed too, through
``nlp.pipe`` on a blank English pipeline (sentences/s).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "newsquant_dev.json"
REF_DATE = "2025-06-01"


def documents(dev: Path) -> list[tuple[str, int]]:
    """(text, number of sentences) for every benchmark document."""
    import figures.sentences

    sample = (ROOT / "data" / "news_sample.txt").read_text(encoding="utf-8")
    docs = [(sample, sum(1 for _ in figures.sentences.split(sample)))]
    if dev.exists():
        texts = [item["text"] for item in json.loads(dev.read_text(encoding="utf-8"))]
        for i in range(0, len(texts), 20):
            chunk = texts[i : i + 20]
            docs.append((" ".join(chunk), len(chunk)))
    return docs


def time_figures(docs: list[tuple[str, int]]) -> float:
    import figures

    started = time.perf_counter()
    for text, _ in docs:
        figures.extract(text, ref_date=REF_DATE)
    return time.perf_counter() - started


def time_quantulum(docs: list[tuple[str, int]]) -> float:
    from quantulum3 import parser

    started = time.perf_counter()
    for text, _ in docs:
        parser.parse(text)
    return time.perf_counter() - started


def time_spacy(docs: list[tuple[str, int]], rounds: int) -> float | None:
    """Median sentences/s of the figures component in ``nlp.pipe``; None without spaCy."""
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("figures", config={"ref_date": REF_DATE})
    texts = [text for text, _ in docs]
    sentences = sum(n for _, n in docs)
    speeds = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        speeds.append(sentences / (time.perf_counter() - started))
    return statistics.median(speeds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--quick", action="store_true", help="one small round (for the test suite)")
    args = ap.parse_args(argv)

    docs = documents(args.dev)
    if args.quick:
        docs, args.rounds = docs[:2], 1
    sentences = sum(n for _, n in docs)

    started = time.perf_counter()
    time_figures(docs[:1])
    first_figures = time.perf_counter() - started
    started = time.perf_counter()
    time_quantulum(docs[:1])
    first_quantulum = time.perf_counter() - started

    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(sentences / time_figures(docs))
        theirs.append(sentences / time_quantulum(docs))
    mine, base = statistics.median(ours), statistics.median(theirs)
    print(f"documents: {len(docs)}, sentences: {sentences}, rounds: {args.rounds}")
    print(f"first call: figures {first_figures:.2f} s, quantulum3 {first_quantulum:.2f} s")
    print(f"figures:    {mine:8.0f} sentences/s (median; rounds {', '.join(f'{x:.0f}' for x in ours)})")
    print(f"quantulum3: {base:8.0f} sentences/s (median; rounds {', '.join(f'{x:.0f}' for x in theirs)})")
    print(f"ratio: {mine / base:.1f}x")
    component = time_spacy(docs, args.rounds)
    if component is not None:
        print(f"spaCy component: {component:8.0f} sentences/s (nlp.pipe, blank English pipeline)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
