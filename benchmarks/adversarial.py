"""Bounded work on hostile input: long lines built to make regular expressions
backtrack, or to make per-quantity work grow with the sentence.

    python benchmarks/adversarial.py [--size 100000] [--limit 10]

Each line is about ``--size`` characters; the run fails (exit 1) when one takes
longer than ``--limit`` seconds.  Times grow linearly: doubling ``--size``
should about double them.
"""

from __future__ import annotations

import argparse
import sys
import time

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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--limit", type=float, default=10.0)
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
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
