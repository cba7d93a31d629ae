"""Bounded work on hostile input: long lines built to make regular expressions
backtrack, or to make per-quantity work grow with the sentence.

    python benchmarks/adversarial.py [--size 100000] [--limit 10] [--document-size 2000000]

Each line is about ``--size`` characters; the run fails (exit 1) when one takes
longer than ``--limit`` seconds.  Times grow linearly: doubling ``--size``
should about double them.

Then whole documents go through the command (``figures extract FILE -j 1 -o
out.csv``, as a process of its own): a document of one line of prose with no
sentence end, and an HTML page, each ``--document-size`` bytes; their time,
peak memory (resident set) and output size are printed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import figures

LINES = {
    "digits": lambda n: "7" * n,
    "numbers and spaces": lambda n: "12 " * (n // 3),
    "number words": lambda n: "one " * (n // 4),
    "word number chain": lambda n: "twenty-one and " * (n // 15),
    "commas": lambda n: "1," * (n // 2),
    "dots": lambda n: "1." * (n // 2),
    "money": lambda n: "$5 " * (n // 3),
    "bounds": lambda n: "more than " * (n // 10) + "5",
    "ranges": lambda n: "5 to " * (n // 5),
    "hyphens": lambda n: "5-" * (n // 2),
    "months": lambda n: "May 5 " * (n // 6),
    "percent signs": lambda n: "%" * n,
    "quantities in one sentence": lambda n: "about 40 people and " * (n // 20),
    "letters": lambda n: "a" * n,
    "degrees": lambda n: "5 degrees " * (n // 10),
    "below zero": lambda n: "20 degrees below zero " * (n // 22),
    "decades": lambda n: "temperatures in the 40s " * (n // 24),
    "age groups": lambda n: "the over-65s " * (n // 13),
    "closed intervals": lambda n: "more than 5 and less than 10 and " * (n // 33),
    "tildes": lambda n: "1~" * (n // 2),
    "feet and inches": lambda n: "5 ft 11 in " * (n // 11),
    "and a half": lambda n: "two and a half " * (n // 15),
    "long word after a number": lambda n: "5 " + "a" * (n - 2),
    "spaces after a number": lambda n: "5" + " " * (n - 2) + "x",
    "fractions": lambda n: "three fifths " * (n // 13),
    "ordinal chain": lambda n: "twenty fifth " * (n // 13),
    "hyphen chain": lambda n: "twenty - " * (n // 9),
    "and chain after scales": lambda n: "one hundred and " * (n // 16),
    "point chain": lambda n: "one point " * (n // 10),
    "mixed numbers": lambda n: "5 1/2 " * (n // 6),
    "slashes": lambda n: "1/" * (n // 2),
    "scientific notation": lambda n: "2.1×10^30 " * (n // 10),
    "carets": lambda n: "1^" * (n // 2),
    "e notation": lambda n: "1e" * (n // 2),
    "ratios": lambda n: "one in five " * (n // 12),
    "over chain": lambda n: "1 over " * (n // 7),
    "dozens": lambda n: "dozen " * (n // 6),
    "articles": lambda n: "a " * (n // 2) + "third",
    "minus words": lambda n: "minus " * (n // 6) + "5",
    "signs": lambda n: "-" * (n - 1) + "5",
    "accounting brackets": lambda n: "($5) " * (n // 5),
    "decimal commas": lambda n: "1,5 and " * (n // 8),
    "scale suffixes": lambda n: "5bn " * (n // 4),
    "line breaks": lambda n: "5\n" * (n // 2),
    "wrapped lines": lambda n: "the\n" * (n // 4),
    "sentence marks": lambda n: "!" * n,
    "spaces before a line break": lambda n: " " * (n - 2) + "\nx",
    "mixed": lambda n: ("S&P 500 rose 2% to $3.5bn last month, or 1,200 people a day; " * (n // 60)),
}


def hostile_documents(size: int) -> dict[str, tuple[str, str]]:
    """Name -> (file name, content) of documents of about ``size`` bytes: one line of
    prose without a sentence end, and an HTML page of paragraphs and scripts."""
    sample = (Path(__file__).resolve().parent.parent / "data" / "news_sample.txt").read_text(encoding="utf-8")
    prose = re.sub(r"[.!?]\s+", ", ", sample).replace("\n", " ")
    line = (prose * (size // len(prose) + 1))[:size]
    paragraphs = [p for p in sample.split("\n") if p.strip()]
    body = "".join(f'<p class="story">{p}</p>\n<script>var n = {i};</script>\n' for i, p in enumerate(paragraphs))
    page = "<!DOCTYPE html><html><head><title>News</title><style>p { margin: 0 }</style></head><body>\n"
    page += body * (size // len(body) + 1) + "</body></html>\n"
    return {"one-line document": ("line.txt", line), "HTML page": ("page.html", page)}


def run_documents(size: int, limit: float) -> float:
    """Run the command on each hostile document; print time, peak memory and output size;
    return the slowest time."""
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (file_name, content) in hostile_documents(size).items():
            path = Path(tmp) / file_name
            path.write_text(content, encoding="utf-8")
            out = Path(tmp) / "out.csv"
            command = [sys.executable, "-m", "figures", "extract", str(path), "-j", "1",
                       "--ref-date", "2025-01-01", "-o", str(out)]
            started = time.perf_counter()
            process = subprocess.Popen(command, stderr=subprocess.DEVNULL, cwd=tmp)  # the installed package
            _, status, usage = os.wait4(process.pid, 0)
            took = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            worst = max(worst, took)
            size_mb = path.stat().st_size / 1e6
            print(f"{name:28} {size_mb:6.1f} MB {took:8.2f} s  peak {usage.ru_maxrss / 1024:6.0f} MB"
                  f"  output {out.stat().st_size / 1e6 if out.exists() else 0:6.1f} MB  exit {process.returncode}")
    print(f"slowest document: {worst:.2f} s (limit {limit} s)")
    return worst


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--limit", type=float, default=10.0)
    ap.add_argument("--document-size", type=int, default=2_000_000, help="bytes of each whole document (0: none)")
    ap.add_argument("--document-limit", type=float, default=60.0)
    args = ap.parse_args(argv)
    figures.extract("warm up: 5 people", ref_date="2025-01-01")
    worst = 0.0
    for name, make in LINES.items():
        line = make(args.size)
        started = time.perf_counter()
        rows = len(figures.find(line, ref_date="2025-01-01"))
        took = time.perf_counter() - started
        worst = max(worst, took)
        print(f"{name:28} {len(line):>8} chars {rows:>7} rows {took:8.3f} s")
    print(f"slowest: {worst:.3f} s (limit {args.limit} s)")
    slowest_document = run_documents(args.document_size, args.document_limit) if args.document_size else 0.0
    return 0 if worst <= args.limit and slowest_document <= args.document_limit else 1


if __name__ == "__main__":
    sys.exit(main())
