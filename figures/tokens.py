"""Stage 2: words, numbers and marks with their offsets, scanned on demand.

Later stages read a few tokens after a number (the counted noun, the noun
phrase a quantity is about) rather than tokenizing whole documents up front;
``scan`` gives them, with offsets into the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_scan = re.compile(
    r"""
      (?P<number> \d[\d,.]* )                                   # 12, 1,200, 3.5
    | (?P<word> [^\W\d_] [\w'’&-]* (?: \.(?=\w) [\w'’&-]* )* )  # first-team, S&P, Airbnb’s, U.S
    | (?P<mark> [^\w\s] )                                       # any other mark, one at a time
    """,
    re.VERBOSE,
).finditer


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or mark and its document offsets."""

    text: str
    start: int
    end: int
    kind: str  # "word", "number" or "mark"


def scan(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of ``text[start:end]``, in order, with offsets into ``text``."""
    for m in _scan(text, start, len(text) if end is None else end):
        yield Token(m.group(), m.start(), m.end(), m.lastgroup or "mark")


def fields(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """The tokens of ``text[start:end]`` as plain (text, start, end, kind) tuples: for a
    reader of whole sentences, to whom a ``Token`` for every word costs a third more time."""
    return [(m.group(), m.start(), m.end(), m.lastgroup or "mark") for m in _scan(text, start, end)]
