"""Stage 2: words, numbers and marks with their offsets, scanned on demand.

Later stages read a few tokens around a number (the unit after it, the words
before it) rather than tokenizing whole documents up front.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_scan = re.compile(
    r"""
      (?P<number> \d(?:[\d,.]*\d)? )                 # 12, 1,200, 3.5
    | (?P<word> [^\W\d_] (?: [\w&] | [-'’./](?=\w) )* )  # first-team, S&P, km/h, U.S
    | (?P<mark> [^\w\s] )                             # any other mark, one at a time
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

    @property
    def lower(self) -> str:
        return self.text.lower()


def scan(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of ``text[start:end]``, in order, with offsets into ``text``."""
    for m in _scan(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "mark"
        yield Token(m.group(), m.start(), m.end(), kind)


def before(text: str, pos: int, count: int, floor: int = 0) -> list[Token]:
    """Up to ``count`` tokens ending at or before ``pos``, nearest last."""
    window = max(floor, pos - 16 * count)
    found = list(scan(text, window, pos))
    if window > floor and found:
        found = found[1:]  # the first may be cut by the window
    return found[-count:]


def after(text: str, pos: int, count: int, ceiling: int | None = None) -> list[Token]:
    """Up to ``count`` tokens starting at or after ``pos``."""
    out = []
    for token in scan(text, pos, ceiling):
        out.append(token)
        if len(out) == count:
            break
    return out
