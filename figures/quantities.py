"""Stage 4: numbers read as quantities: ranges, bounds, approximations and changes.

"35,000 to 37,000" and "between 5 and 10" become one quantity with low and
high; "more than 1,200" a lower bound; "about 500,000" an approximation;
"rose 8%" a rise.  The span grows to take in the words that say so.
"""

from __future__ import annotations

import functools
import math
import re

from figures import lexicon
from figures.records import Number, Quantity

NAN = math.nan

# "up" and "down" say a change only after a linking verb or at a clause start
# ("shares were up 2%", "Stoxx down 1%"); elsewhere they are particles ("sign up 500").
_ADVERBS = frozenset({"up", "down"})
_LINKING = frozenset(
    "is are was were be been being closed ended finished edged moved trading traded "
    "inched ticked opened stood".split()
)
_SKIPPABLE = frozenset(
    "by slightly sharply steeply marginally just only some another further nearly almost "
    "about around roughly".split()
)


@functools.cache
def _bound_before() -> re.Pattern[str]:
    phrases = [p for p, (_, side) in lexicon.bounds().items() if side == "before"]
    return re.compile(rf"(?:^|(?<=[\s(\"“]))({lexicon.phrase_pattern(phrases)})\s*$", re.I)


@functools.cache
def _bound_after() -> re.Pattern[str]:
    phrases = [p for p, (_, side) in lexicon.bounds().items() if side == "after"]
    # up to two words (the unit) may stand between: "50 people or more"; not a
    # preposition going on ("5% and over the year", "10 and under 20")
    return re.compile(
        rf"(?:\s*[^\W\d_][\w-]*){{0,2}}?\s*,?\s*({lexicon.phrase_pattern(phrases)})\b"
        r"(?!\s+(?:(?:the|a|an|this|that|its|their|his|her|our|to)\b|[$€£]?\d))",
        re.I,
    )


# Between two numbers: the words that make them one range.
_range_gap = re.compile(
    r"""
    # a unit said twice: "5 per cent to 20 per cent"
    ^\s*(?P<echo> [^\d\s,;:()\-–—][^\d\s,;:()]* (?:\s[^\d\s,;:()]+)? )?
    \s*(?P<link> to | -\s+to | - | – | — | ~ | 〜 | and | or | -to- | through )\s*   # "18- to 24-year-olds"
    (?P<mark> [^\d\s\w]{1,2} | [A-Z]{1,3}\$? )?$     # a currency mark before the second number
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SPANS = frozenset({"vague", "decade", "age decade", "age group"})  # numbers that are intervals already
_DASHES = frozenset("-–—~〜")  # "20-30", "20~30": a range whatever the order of the ends
_between_before = re.compile(r"\b(?:between|from)\s+\S{0,3}$", re.I)


def read(text: str, numbers: list[Number], floor: int = 0) -> list[Quantity]:
    """The quantities of one sentence, from its numbers in text order.

    ``floor`` is the sentence start: no look-behind crosses it.
    """
    out: list[Quantity] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        second = numbers[i + 1] if i + 1 < len(numbers) else None
        if second is not None and _is_range(text, first, second, floor):
            out.append(_interval(text, first, second, floor))
            i += 2
        else:
            single = _single(text, first, floor, out[-1] if out else None)
            if out and _closes_interval(text, out[-1], single):
                single = _bounded_interval(out.pop(), single)
            out.append(single)
            i += 1
    return out


_interval_gap = re.compile(r"\s*,?\s*(?:and|but)\s+", re.IGNORECASE).fullmatch


def _closes_interval(text: str, lower: Quantity, upper: Quantity) -> bool:
    """ "more than 30 and less than 40": a lower bound, then the upper bound closing it."""
    return (
        lower.change in (">", ">=") and upper.change in ("<", "<=") and lower.value < upper.value
        and "age group" not in (lower.kind, upper.kind)
        and _interval_gap(text, lower.end, upper.start) is not None
    )


def _bounded_interval(lower: Quantity, upper: Quantity) -> Quantity:
    return Quantity(lower.start, upper.end, lower.num_start, upper.num_end,
                    (lower.value + upper.value) / 2, lower.value, upper.value, "=", "range")


def _is_range(text: str, a: Number, b: Number, floor: int) -> bool:
    gap = _range_gap.match(text[a.end : b.start])
    if gap is None or a.kind in _SPANS or b.kind in _SPANS:
        return False
    link = gap.group("link").lower()
    if link in _DASHES and (a.kind != b.kind or text[a.end : b.start].count(" ") > 2):
        return False
    if link == "and" and not _between_before.search(text[max(floor, a.start - 20) : a.start]):
        return False
    if link == "or" and (a.kind != "words" or b.kind != "words"):
        return False
    echo = gap.group("echo")
    if echo and not text[b.end : b.end + len(echo) + 1].lstrip().startswith(echo.strip()):
        return False
    mark = gap.group("mark")
    if mark and a.currency is None:
        return False
    # "10 to 20 degrees below zero": both ends below zero, counted away from it
    return _scaled(a, b)[0] <= b.value or link in _DASHES or a.value < 0 and b.value < 0


def _scaled(a: Number, b: Number) -> tuple[float, bool]:
    """The first number of a range with the second's scale word, if it lacks its own
    ("four to five thousand" -> 4000, "1.5 to 2 billion"; not "$200 to $4 million")."""
    if a.scale != 1.0 or b.scale == 1.0 or a.value == 0:
        return a.value, False
    if a.value * b.scale <= b.value:
        return a.value * b.scale, True
    return a.value, False


def _interval(text: str, a: Number, b: Number, floor: int) -> Quantity:
    low, _ = _scaled(a, b)
    high = b.value
    low, high = min(low, high), max(low, high)
    start = a.start
    m = _between_before.search(text[max(floor, a.start - 20) : a.start])
    if m:
        start = a.start - (len(text[max(floor, a.start - 20) : a.start]) - m.start())
    change, bound_start = _bound(text, _front(a), floor)
    if change in ("<", "<=", ">", ">="):
        change = "="  # "up to 252 to 287 miles" reads as the range
    if not change and m and m.group().lower().startswith("from"):
        change = _direction(text, start, floor)  # "rose from 120 to 150": the range moved up
    return Quantity(
        min(start, bound_start), b.end, a.start, b.end,
        (low + high) / 2, low, high, change if change else "=", "range", a.currency, a.mark_start,
    )


def _single(text: str, n: Number, floor: int, previous: Quantity | None) -> Quantity:
    change, start = _bound(text, _front(n), floor)
    end = n.end
    if not change:
        after = _bound_after().match(text, n.end, min(len(text), n.end + 64))  # bounded: linear
        if after and n.kind not in _SPANS:
            change = lexicon.bounds()[" ".join(after.group(1).lower().split())][0]
            end = after.end()
    if not change and n.kind == "age group":
        change = "<" if math.isnan(n.low) else ">"  # "the under-18s", "the over-65s"
    if not change:
        change = _direction(text, _front(n), floor)
    if not change and n.signed and _signed_move(text, n):
        change = "down" if n.signed == "-" else "up"  # "FTSE -0.6%", "$-50.8bn"
    if not change and previous is not None and previous.change in ("up", "down"):
        if _or_apposition(text[previous.num_end : n.start]):
            change = previous.change  # "lost 190 points, or 0.6%"
    if not change and previous is not None and previous.change != "=":
        if _equivalent(text[previous.num_end : n.start]):
            change = previous.change  # "more than 7.5 million crowns (US$1.1 million)"
    change = change or "="
    value = n.value
    low, high = n.low, n.high
    if change in (">", ">="):
        low, high = value, NAN
    elif change in ("<", "<="):
        low, high = NAN, value
    return Quantity(min(start, n.start), end, n.start, n.end, value, low, high, change, n.kind,
                    n.currency, n.mark_start)


_equivalent = re.compile(r"(?:\s*[^\W\d]+){0,3}\s*\(\s*[^\w\s]{0,2}(?:[A-Z]{1,3}\s?[^\w\s]?)?").fullmatch
_or_apposition = re.compile(r"(?:\s*[^\W\d]+){0,3}\s*,?\s*or\s+(?:by\s+)?[$€£]?").fullmatch


def _signed_move(text: str, n: Number) -> bool:
    """A written sign on a percentage or an amount of money reads as a move."""
    if text[n.start] not in "-−+":
        return False  # "minus 233 Celsius" is a temperature, not a fall
    return text.startswith("%", n.end) or n.currency is not None


def _front(n: Number) -> int:
    """Where the number's words begin: at its currency mark, if it has one ("more than $5")."""
    return n.mark_start if n.mark_start >= 0 else n.start


def _bound(text: str, at: int, floor: int) -> tuple[str, int]:
    """The bound phrase ending just before ``at``: its change and start."""
    m = _bound_before().search(text, max(floor, at - 32), at)  # "greater than or equal to "
    if m is None:
        return "", at
    change = lexicon.bounds()[" ".join(m.group(1).lower().split())][0]
    return change, m.start(1)


_words_and_marks = re.compile(r"[A-Za-z]+|[,;:—–(]").findall


def _direction(text: str, at: int, floor: int) -> str:
    """ "up" or "down" when a word of rise or fall stands before ``at`` ("rose 8%")."""
    words = _words_and_marks(text[max(floor, at - 48) : at])
    while words and words[-1].lower() in _SKIPPABLE:
        words.pop()
    if not words:
        return ""
    word = words[-1].lower()
    change = lexicon.directions().get(word, "")
    if change and word in _ADVERBS:
        before = words[-2].lower() if len(words) > 1 else ""
        if before and before not in _LINKING and before.isalpha():
            return ""
    return change
