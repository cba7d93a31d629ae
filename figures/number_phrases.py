"""The number-phrase grammar: the span and value of a number phrase, read from its start.

``read(text, pos, ...)`` reads the longest number phrase that starts at
``pos`` (its sign may stand before it) from the tokens of ``number_tokens``.
The grammar, in the order its rules are tried:

- a cardinal: a numeral or number words, joined by spaces, hyphens and
  spaced hyphens ("fifty - two"), "and" after a scale word ("one hundred and
  twenty", "3 hundred and 21"), scale words chained ("three lakh crore",
  "a hundred thousand") or abbreviated after digits ("$1.2bn", "3 bn",
  "100k", "45 MEUR"), dozens multiplying what comes just before them
  ("two hundred and three dozens" 236), "point" decimals ("two hundred
  point zero three", "nought point eleven");
- a fraction: a cardinal numerator and an ordinal denominator ("three
  fifths", "a trillionth", "one-eighth", "five - eighths", "half"); where the
  words allow two splits the denominator is the longest ordinal that leaves a
  numerator ("one hundred thirty fifths" 100/35; "twenty one fifths" 21/5);
  a fraction of a scale ("half a million", "a quarter million", "three
  quarters of a million", "half a dozen");
- a mixed number: a cardinal, "and", and a proper fraction ("twenty and three
  fifths", "one and a half", "two hundred and three quarters" 200.75, but
  "one hundred and forty fifths" 28), a fraction of the last scale word
  ("a million and a half", "4 million and a quarter"), or of a scale of its
  own ("four and a half million" 4.5e6, "two billion and a half million"
  1000500000); digits and a fraction ("5 1/2", "1 ½");
- numerals in scientific notation or raised to a power ("2.1×10^30",
  "1.99e-29", "1.1^23"), slash fractions ("3/4", "1⁄2");
- "-fold" after any of these ("fivefold", "5-fold"): kind ``times``, as are
  "twice" and "thrice";
- "a couple" (2), "a couple hundred" (200): the "pair" words of ``number_words.tsv``;
- a sign before it ("-5", "−5", "minus-40", "negative five"), applied last
  ("-2500^-1" is -(2500^-1)).

Two numbers joined by a word are one only where the word makes them one:

- "x over y" is x divided by y when nothing is counted after y ("one over
  three", "2000 over 3"); "30 over 3 games" stays two numbers.
- "x in y" and "x out of y" are one number of kind ``ratio``, value x/y,
  spanning the whole phrase ("one in five" 0.2, "1 in twenty-one" 0.0476,
  "3 out of 4" 0.75), when x < y, y > 1, y is no year and no unit follows y
  ("5 in 10 minutes" is a time).  Otherwise ("8 in 5", "five out of three")
  they stay two numbers.  A ratio counts no noun: "one in five adults" is
  0.2, not 1 adult.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from figures import unit_index
from figures.number_cardinals import Context, Read, cardinal, point_decimals
from figures.number_fractions import fraction, mixed, numeral
from figures.number_tokens import MOST_TOKENS, Tok, tokens


class Phrase(NamedTuple):
    """A number phrase: its span, value and what it is made of (a named tuple, like ``Tok``)."""

    start: int
    end: int
    value: float
    kind: str  # "digits", "words", "fraction", "ratio" or "times"
    scale: float = 1.0  # the largest scale word folded in ("2.5 million": 1e6)
    signed: str = ""  # the sign written before it, "-" or "+"
    ordinal: bool = False  # "a third", "one fifth": it may also be an ordinal ("a third time")
    head_end: int = -1  # the end of its first numeral or word
    bare: bool = False  # one numeral alone, digits only ("2019", "12"): the stage reads its context


_sign_word_before = re.compile(r"\b(?:minus|negative)(?:[ \t]*-[ \t]*|[ \t]+)$", re.IGNORECASE).search
_at_before = re.compile(r"\bat\s+$", re.IGNORECASE).search
_ratio_link = re.compile(r"[ \t]+(over|in|out[ \t]+of)[ \t]+", re.IGNORECASE).match
# What may follow "x over y" read as a division: the end of a clause or a verb or conjunction.
_division_ends = re.compile(r"\s*(?:$|[.,;:!?)\]]|(?:is|was|equals?|and|or|but)\b)", re.IGNORECASE).match
_word_after = re.compile(r"[ \t]*([^\W\d_][\w-]*)").match


def read(text: str, pos: int, floor: int, ceiling: int, money: bool = False) -> Phrase | None:
    """The number phrase that starts at ``pos`` (or at "a"/"an" or a sign just before),
    inside the sentence ``text[floor:ceiling]``; None when none does.

    ``money`` tells that a currency mark stands before it ("$3m" is millions).
    """
    start = _article_before(text, pos, floor) if text[pos].isalpha() else pos
    ctx = Context(text, money, start, floor)
    toks, body = _longest(text, start, ceiling, ctx)
    if body is None and start != pos:
        start = pos
        toks, body = _longest(text, start, ceiling, ctx)
    if body is None:
        return None
    end = toks[body.next - 1].end
    kind, value = body.kind, body.value
    if body.next < len(toks) and toks[body.next].kind == "fold" and toks[body.next].sep in ("", "-"):
        kind, end = "times", toks[body.next].end  # "fivefold", "a 10-fold rise"
    elif kind != "fraction":
        point = point_decimals(toks, body, ctx)
        if point is not None and not _at_before(text, max(floor, start - 4), start):
            value, end = point
    ratio = _ratio(text, value, kind, end, ceiling, ctx) if kind in ("digits", "words") else None
    if ratio is not None:
        value, end, kind = ratio
    signed, start = _sign_before(text, start, floor)
    if signed == "-":
        value = -value
    head = toks[0]
    bare = body.next == 1 and head.kind == "num" and head.form in ("int", "decimal") and end == head.end
    return Phrase(start, end, value, kind, body.scale, signed, body.ordinal, head.end, bare)


_FEW_TOKENS = 8  # most number phrases are shorter: read more only when the phrase fills them


def _longest(text: str, start: int, ceiling: int, ctx: Context) -> tuple[list[Tok], Read | None]:
    """The tokens from ``start`` and the longest reading of them."""
    toks = tokens(text, start, ceiling, _FEW_TOKENS)
    body = _body(toks, ctx) if toks else None
    if len(toks) == _FEW_TOKENS and (body is None or body.next >= _FEW_TOKENS - 1):
        toks = tokens(text, start, ceiling, MOST_TOKENS)
        body = _body(toks, ctx)
    return toks, body


def _article_before(text: str, pos: int, floor: int) -> int:
    """Where "a"/"an" before ``pos`` starts ("a dozen", "a third"), else ``pos``."""
    at = pos - 1
    while at > floor and text[at] in " \t":
        at -= 1
    if at < pos - 1 and text[at] in "aAnN":
        word_start = at - 1 if text[at] in "nN" else at
        if word_start >= floor and text[word_start] in "aA" and (
            word_start == floor or not text[word_start - 1].isalnum()
        ):
            return word_start
    return pos


def _sign_before(text: str, start: int, floor: int) -> tuple[str, int]:
    """The sign written before ``start`` ("-5", "<-30", "minus-40", "negative five") and where it starts."""
    if start > floor and text[start - 1] in "-−+" and (
        start - 1 == floor or text[start - 2] in " \t\n([$€£¥=<>≤≥~:"
    ):
        return ("+" if text[start - 1] == "+" else "-"), start - 1
    m = _sign_word_before(text, max(floor, start - 12), start)
    if m:
        return "-", m.start()
    return "", start


def _body(toks: list[Tok], ctx: Context) -> Read | None:
    """The longest reading of ``toks`` from the first: a mixed number before a fraction before a cardinal."""
    if toks[0].kind == "times":
        return Read(toks[0].value, 1, "times")  # "twice", "thrice"
    whole = cardinal(toks, 0, len(toks), ctx)
    reads = [r for r in (mixed(toks, whole, ctx), fraction(toks, 0, len(toks), ctx), whole, numeral(toks[0], ctx))
             if r is not None]
    return max(reads, key=lambda r: r.next) if reads else None


# --------------------------------------------------------------------- ratios


def _ratio(text: str, x: float, kind: str, end: int, ceiling: int, ctx: Context) -> tuple[float, int, str] | None:
    """ "one over three" (x/y), "one in five", "3 out of 4" (a ratio x/y), read after
    the first number's ``end``; None when the words join no second number into it."""
    link = _ratio_link(text, end, ceiling)
    if link is None or ctx.money:
        return None  # "$1 in 5" is an amount and a number
    toks = tokens(text, link.end(), ceiling, _FEW_TOKENS)
    if not toks:
        return None
    y = cardinal(toks, 0, len(toks), ctx)
    if y is None or y.value <= 0:
        return None
    y_end = toks[y.next - 1].end
    if y.next < len(toks) and toks[y.next].kind in ("ord", "part", "fold", "point", "dozen"):
        return None  # the second number goes on: "one in three quarters"
    first = toks[0]
    if y.next == 1 and first.kind == "num" and first.form == "int" and 1000 <= first.value <= 2200 \
            and len(text[first.start : first.end]) == 4:
        return None  # "5 in 2019": a year
    after = _word_after(text, y_end, min(ceiling, y_end + 24))
    if after is not None and unit_index.lookup([after.group(1)], glued=False) is not None:
        return None  # "5 in 10 minutes", "2 over 3 years"
    word = link.group(1).lower()
    if word == "over":
        if _division_ends(text, y_end, ceiling) is None:
            return None  # "30 over 3 games": a count over a count
        return x / y.value, y_end, kind
    if not 0 < x < y.value or y.value <= 1:
        return None  # "8 in 5", "five out of three": two numbers
    return x / y.value, y_end, "ratio"
