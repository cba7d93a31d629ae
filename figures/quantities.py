"""Stage 4: numbers read as quantities: ranges, bounds, approximations and changes.

"35,000 to 37,000" and "between 5 and 10" become one quantity with low and
high; "more than 1,200" a lower bound; "about 500,000" an approximation;
"rose 8%" a rise.  The span grows to take in the words that say so; the
phrases themselves are the grammars of ``figures.bounds`` and
``figures.changes``.

Readings this stage settles:

- ``up``/``down`` is only ever the size of a move: "increased by $3 billion
  to $51 billion" is a rise of 3 billion and a level of 51 billion, and
  "went from 16,000 to 21,000" after a verb of change is an old and a new
  level (two rows, both ``=``), while "from 300 to 400 people attended" is a
  range.
- A bound or an approximation wins the ``change`` column over a move in the
  same phrase ("lost more than 60%" is ``>``, "up about 15%" is ``~``).
- Two integers joined by a dash in a score or a tally ("won 112-104", "a 9-2
  lead", "passed 52-48") are no quantity.
"""

from __future__ import annotations

import math
import re

from figures import bounds, changes, lexicon
from figures.records import Number, Quantity

NAN = math.nan

_SPANS = frozenset({"vague", "decade", "age decade", "age group"})  # numbers that are intervals already
_DASHES = frozenset("-–—~〜")  # "20-30", "20~30": a range whatever the order of the ends

# Between two numbers: the words that make them one range.
_range_gap = re.compile(
    r"""
    # a unit said twice: "3 per cent to 12 per cent"
    ^\s*(?P<echo> [^\d\s,;:()\-–—][^\d\s,;:()]* (?:\s[^\d\s,;:()]+)? )?
    \s*(?P<link> to | -\s+to | - | – | — | ~ | 〜 | and | or | -to- | through )\s*$   # "18- to 24-year-olds"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_between_before = re.compile(r"\b(?:between|from)\s+\S{0,3}$", re.I)
_score_gap = re.compile(r"\s?[-–]\s?$").match
_time_after = re.compile(r"\s*-?\s*(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries)\b", re.I).match


def read(text: str, numbers: list[Number], floor: int = 0, ceiling: int | None = None) -> list[Quantity]:
    """The quantities of one sentence ``text[floor:ceiling]``, from its numbers in text order."""
    ceiling = len(text) if ceiling is None else ceiling
    out: list[Quantity] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        second = numbers[i + 1] if i + 1 < len(numbers) else None
        if second is not None and _is_score(text, first, second, floor, ceiling):
            i += 2  # "won 112-104": a score, no quantity
        elif second is not None and _is_range(text, first, second, floor):
            out.append(_interval(text, first, second, floor, ceiling))
            i += 2
        else:
            single = _single(text, first, floor, ceiling, out[-1] if out else None)
            if out and _closes_interval(text, out[-1], single):
                single = _bounded_interval(out.pop(), single)
            out.append(single)
            i += 1
    return out


# ------------------------------------------------------------------ intervals

_interval_gap = re.compile(r"\s*,?\s*(?:and|but)?\s*").fullmatch


def _closes_interval(text: str, one: Quantity, other: Quantity) -> bool:
    """ "more than 70 and less than 90", "at most 60 and at least 15": two bounds of
    opposite sides, next to each other, that close an interval."""
    sides = {one.change[:1], other.change[:1]}
    if sides != {"<", ">"} or "age group" in (one.kind, other.kind):
        return False
    lower, upper = (one, other) if one.change.startswith(">") else (other, one)
    return lower.value < upper.value and _interval_gap(text, one.end, other.start) is not None


def _bounded_interval(one: Quantity, other: Quantity) -> Quantity:
    lower, upper = (one, other) if one.change.startswith(">") else (other, one)
    return Quantity(one.start, other.end, one.num_start, other.num_end,
                    (lower.value + upper.value) / 2, lower.value, upper.value, "=", "range",
                    one.currency, one.mark_start)


def _is_range(text: str, a: Number, b: Number, floor: int) -> bool:
    b_front = _front(b)
    gap = _range_gap.match(text[a.end : b_front])
    if gap is None or a.kind in _SPANS or b.kind in _SPANS:
        return False
    if b.currency is not None and b.currency != a.currency:
        return False  # "$5 to €10", "8 to $9"
    link = gap.group("link").lower()
    if link in _DASHES and (a.kind != b.kind or text[a.end : b_front].count(" ") > 2):
        return False
    opened = _between_before.search(text[max(floor, a.start - 20) : _front(a)])
    if link == "and" and not opened:
        return False
    if link == "or" and (a.kind != "words" or b.kind != "words"):
        return False
    echo = gap.group("echo")
    if echo and not text[b.end : b.end + len(echo) + 1].lstrip().startswith(echo.strip()):
        return False
    if opened and opened.group().lower().startswith("from") \
            and changes.moves_before(text, _front(a) - len(opened.group()), floor):
        return False  # "went from 16,000 to 21,000": an old and a new level
    if link == "to" and _moved_to_level(text, a, b, echo, floor):
        return False  # "increased by $3 billion to $51 billion", "fell $1.21 to $63.05": a move, a level
    if opened or link in _DASHES:
        return True  # "between 50 and 20", "4.8-4.7": a range whatever the order
    # "10 to 20 degrees below zero": both ends below zero, counted away from it
    return _scaled(a, b)[0] <= b.value or a.value < 0 and b.value < 0


def _scaled(a: Number, b: Number) -> tuple[float, bool]:
    """The first number of a range with the second's scale word, if it lacks its own
    ("four to five thousand" -> 4000, "1.5 to 2 billion"; not "$200 to $4 million")."""
    if a.scale != 1.0 or b.scale == 1.0 or a.value == 0:
        return a.value, False
    if a.value * b.scale <= b.value:
        return a.value * b.scale, True
    return a.value, False


def _interval(text: str, a: Number, b: Number, floor: int, ceiling: int) -> Quantity:
    low, _ = _scaled(a, b)
    high = b.value
    low, high = min(low, high), max(low, high)
    front = _front(a)
    start = front
    m = _between_before.search(text[max(floor, front - 20) : front])
    if m:
        start = front - (len(text[max(floor, front - 20) : front]) - m.start())
    bound = bounds.before(text, start, floor)
    change = bound.change if bound else "="
    if change in ("<", "<=", ">", ">="):
        change = "="  # "up to 252 to 287 miles" reads as the range
    end = b.end
    after = bounds.after(text, b.end, ceiling) if change == "=" else None
    if after is not None and after.change == "~":
        change, end = "~", after.end  # "20 to 30 or so"
    if change == "=":
        change = changes.before(text, start, floor) or "="  # "may rise 5 to 10 percent"
    return Quantity(
        min(start, bound.start if bound else start), end, a.start, b.end,
        (low + high) / 2, low, high, change, "range", a.currency, a.mark_start,
    )


def _is_score(text: str, a: Number, b: Number, floor: int, ceiling: int) -> bool:
    """ "won 112-104", "a 9-2 lead", "a 2-3 loss": two integers joined by a dash that
    count points or votes, not a range: a score word stands next to them, or the
    pair runs downwards ("4-0", "52-48") with no unit after it."""
    if a.kind != "digits" or b.kind != "digits" or a.currency or b.currency or a.signed or b.signed:
        return False
    if not (_score_gap(text[a.end : b.start]) and a.value.is_integer() and b.value.is_integer()):
        return False
    if _between_before.search(text[max(floor, a.start - 20) : a.start]):
        return False
    before = changes.words_and_marks(text[max(floor, a.start - 40) : a.start])[-3:]
    after = changes.words_and_marks(text[b.end : min(ceiling, b.end + 24)])[:1]
    scores = lexicon.word_set("score_words.tsv")
    if any(w.lower() in scores for w in before + after):
        return True
    return a.value >= b.value and not _unit_like_after(text, b.end, ceiling)


_unit_like = re.compile(r"\s?(?:%|[^\W\d_]+)").match


def _unit_like_after(text: str, end: int, ceiling: int) -> bool:
    """A unit or a counted noun after a number ("5-3 metres", "3-2 people")."""
    m = _unit_like(text, end, ceiling)
    if m is None:
        return False
    word = m.group().strip().lower()
    return word == "%" or word.endswith("s") or len(word) <= 3 and word not in ("in", "on", "at", "to", "and")


# -------------------------------------------------------------------- singles


def _single(text: str, n: Number, floor: int, ceiling: int, previous: Quantity | None) -> Quantity:
    front = _front(n)
    bound = bounds.before(text, front, floor)
    if bound is None and _level_noun_after(text, n.end, ceiling):
        bound = bounds.before_the(text, front, floor)  # "above the 11,000 mark"
    if bound is not None and _is_period(text, bound, n, previous):
        bound = None  # "grew 5% over 25 years": a period, no bound
    if bound is not None and bound.crossing and not _a_level(text, n, ceiling):
        bound = None  # "passed 2 laws": a count, not a level crossed
    change = bound.change if bound else ""
    if not change and n.kind == "approximate":
        change = "~"  # "a couple of days": the number word says it is about so many
    start = bound.start if bound else front
    end = n.end
    if n.kind not in _SPANS and change in ("", "~", "="):
        after = bounds.after(text, n.end, ceiling)  # bounded: linear
        if after is not None and (not change or after.change != "~"):
            change, end = after.change, after.end  # "about 500 or less" is at most 500
    if not change and n.kind == "age group":
        change = "<" if math.isnan(n.low) else ">"  # "the under-18s", "the over-65s"
    value, low, high = n.value, n.low, n.high
    if change in (">", ">="):
        low, high = value, NAN
    elif change in ("<", "<="):
        low, high = NAN, value
    if not change:
        change = changes.before(text, start, floor) or changes.after(text, n.end, ceiling)
    if not change and n.signed and _signed_move(text, n):
        change = "down" if n.signed == "-" else "up"  # "FTSE -0.6%", "$-50.8bn"
    if not change and previous is not None and previous.change in ("up", "down"):
        if _or_apposition(text[previous.num_end : front]):
            change = previous.change  # "shed 410 points, or 1.3%"
    if not change and previous is not None and previous.change != "=":
        if _equivalent(text[previous.num_end : front]):
            change = previous.change  # "over 2 million euros (US$2.2 million)"
    return Quantity(min(start, n.start), end, n.start, n.end, value, low, high, change or "=", n.kind,
                    n.currency, n.mark_start)


_equivalent = re.compile(r"(?:\s*[^\W\d]+){0,3}\s*\(\s*[^\w\s]{0,2}(?:[A-Z]{1,3}\s?[^\w\s]?)?").fullmatch
_or_apposition = re.compile(r"(?:\s*[^\W\d]+){0,3}\s*,?\s*or\s+(?:by\s+)?[$€£]?").fullmatch
_clause_mark = re.compile(r"[;:.!?]")


def _is_period(text: str, bound: bounds.Bound, n: Number, previous: Quantity | None) -> bool:
    """ "over 25 years" after another quantity of its clause is the period of that
    quantity ("grew 5% over 25 years", "$3 billion over five years"), not a bound."""
    if previous is None or text[bound.start : bound.start + 4].lower() != "over":
        return False
    if not _time_after(text, n.end):
        return False
    between = text[previous.end : bound.start]
    return len(between) < 60 and _clause_mark.search(between) is None


_next_words = re.compile(r"%?((?:\s+[\w.$-]+){1,4})").match
_word_next = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)?\s*([a-z]+)?")


def _level_noun_after(text: str, end: int, ceiling: int) -> bool:
    """A noun of a level within a few words after the number ("11,000 mark", "$95 per barrel mark")."""
    m = _next_words(text, end, min(ceiling, end + 40))
    levels = lexicon.word_set("level_nouns.tsv")
    return m is not None and any(w.lower().strip(".,") in levels for w in m.group(1).split())


def _a_level(text: str, n: Number, ceiling: int) -> bool:
    """Whether the number after a verb of crossing is a level: money, a percentage, a noun of
    a level, or nothing counted after it ("passed $94", "broke 11,000 on Friday")."""
    if n.currency is not None or _level_noun_after(text, n.end, ceiling):
        return True
    m = _word_next.match(text, n.end, min(ceiling, n.end + 24))
    word = m.group(1) if m else None
    return not word or word in lexicon.word_set("stopwords.tsv") or text[n.end : m.start(1)].strip() != ""


def _signed_move(text: str, n: Number) -> bool:
    """A written sign on a percentage or an amount of money reads as a move."""
    if text[n.start] not in "-−+":
        return False  # "minus 233 Celsius" is a temperature, not a fall
    return text.startswith("%", n.end) or n.currency is not None


def _front(n: Number) -> int:
    """Where the number's words begin: at its currency mark, if it has one ("more than $5")."""
    return n.mark_start if n.mark_start >= 0 else n.start


def _moved_to_level(text: str, a: Number, b: Number, echo: str | None, floor: int) -> bool:
    """Whether "``a`` to ``b``" is a move and the level it reached: ``a`` is the size of
    a move ("increased by $3 billion to", "fell $1.21 to") and ``b`` has a mark or unit
    of its own ("$63.05", "5 percent to 7 percent"), or ``a`` follows "by" after a verb
    of change or with a mark on both ("its payout by 3c to 21c"); "rose 5 to 10
    percent" is a range."""
    own_mark = b.currency is not None or bool(echo)
    if changes.words_before(text, _front(a), floor)[-1:] == ["by"]:
        return own_mark or bool(changes.before(text, _front(a), floor))  # "(lifted) its payout by 3c to 21c"
    return own_mark and bool(changes.before(text, _front(a), floor))
