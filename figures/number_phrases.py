"""The number-phrase grammar: the span and value of a number phrase, read from its start.

``read(text, pos, ...)`` reads the longest number phrase that starts at
``pos`` (its sign may stand before it) from the tokens of ``number_tokens``.
The grammar, in the order its rules are tried:

- a cardinal: a numeral or number words, joined by spaces, hyphens and
  spaced hyphens ("fifty - two"), "and" after a scale word ("one hundred and
  twenty", "3 hundred and 21"), scale words chained ("three lakh crore",
  "a hundred thousand") or abbreviated after digits ("$1.2bn", "3 bn",
  "100k", "45 MEUR"), dozens multiplying what comes just before them
  ("three hundred and two dozens" 324), "point" decimals ("two hundred
  point zero three", "nought point eleven");
- a fraction: a cardinal numerator and an ordinal denominator ("three
  fifths", "a trillionth", "one-eighth", "five - eighths", "half"); where the
  words allow two splits the denominator is the longest ordinal that leaves a
  numerator ("one hundred thirty fifths" 100/35; "twenty one fifths" 21/5);
  a fraction of a scale ("half a million", "a quarter million", "three
  quarters of a million", "half a dozen");
- a mixed number: a cardinal, "and", and a proper fraction ("twenty and three
  fifths", "one and a half", "one hundred and three quarters" 100.75, but
  "one hundred and thirty fifths" 26), a fraction of the last scale word
  ("a million and a half", "3 million and a quarter"), or of a scale of its
  own ("five and a half million" 5.5e6, "one billion and a half million"
  1000500000); digits and a fraction ("5 1/2", "1 ½");
- numerals in scientific notation or raised to a power ("2.1×10^30",
  "1.99e-29", "1.1^23"), slash fractions ("3/4", "1⁄2");
- "-fold" after any of these ("fivefold", "5-fold"): kind ``times``;
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
from dataclasses import dataclass, replace

from figures import lexicon, unit_index
from figures.number_tokens import MOST_TOKENS, Tok, tokens

_WORDS = frozenset({"unit", "teen", "ten"})
_NUMERATOR = frozenset({"a", "unit", "teen", "ten", "hundred", "scale", "and", "num"})
_TYPICAL_BOTTOMS = frozenset({2, 3, 4, 8, 16, 32, 64})  # "3/5", "9/11" alone are more often dates
# Words after "35m" that make it metres: "35m long", "10m high".
_MEASURE_WORDS = frozenset(
    "long tall high wide deep thick away across below above underwater underground "
    "apart offshore inland east west north south upstream downstream".split()
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A number phrase: its span, value and what it is made of."""

    start: int
    end: int
    value: float
    kind: str  # "digits", "words", "fraction", "ratio" or "times"
    scale: float = 1.0  # the largest scale word folded in ("2.5 million": 1e6)
    signed: str = ""  # the sign written before it, "-" or "+"
    ordinal: bool = False  # "a third", "one fifth": it may also be an ordinal ("a third time")
    head_end: int = -1  # the end of its first numeral or word
    bare: bool = False  # one numeral alone, digits only ("2019", "12"): the stage reads its context


@dataclass(frozen=True, slots=True)
class _Read:
    value: float
    next: int  # the index of the token after it
    kind: str
    scale: float = 1.0  # the largest scale word
    last_scale: float = 0.0  # the scale word it ends with, 0 if it ends with none
    ordinal: bool = False


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    money: bool  # a currency mark stands before the phrase
    between: bool  # "between"/"from" before it: "and" joins two numbers, not one


_sign_word_before = re.compile(r"\b(?:minus|negative)(?:[ \t]*-[ \t]*|[ \t]+)$", re.IGNORECASE).search
_between_before = re.compile(r"\b(?:between|from)\s+\S{0,3}$", re.IGNORECASE).search
_at_before = re.compile(r"\bat\s+$", re.IGNORECASE).search
_ratio_link = re.compile(r"[ \t]+(over|in|out[ \t]+of)[ \t]+", re.IGNORECASE).match
# What may follow "x over y" read as a division: the end of a clause or a verb or conjunction.
_division_ends = re.compile(r"\s*(?:$|[.,;:!?)\]]|(?:is|was|equals?|and|or|but)\b)", re.IGNORECASE).match
_word_after = re.compile(r"[ \t]*([^\W\d_][\w-]*)").match
_lower_word = re.compile(r"\s+([a-z][\w-]*)").match


def read(text: str, pos: int, floor: int, ceiling: int, money: bool = False) -> Phrase | None:
    """The number phrase that starts at ``pos`` (or at "a"/"an" or a sign just before),
    inside the sentence ``text[floor:ceiling]``; None when none does.

    ``money`` tells that a currency mark stands before it ("$3m" is millions).
    """
    start = _article_before(text, pos, floor) if text[pos].isalpha() else pos
    ctx = _Context(text, money, _between_before(text, max(floor, start - 20), start) is not None)
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
    elif kind != "fraction" and not _at_before(text, max(floor, start - 4), start):
        point = _point_decimals(toks, body, ctx)
        if point is not None:
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


def _longest(text: str, start: int, ceiling: int, ctx: _Context) -> tuple[list[Tok], _Read | None]:
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


def _body(toks: list[Tok], ctx: _Context) -> _Read | None:
    """The longest reading of ``toks`` from the first: a mixed number before a fraction before a cardinal."""
    reads = [r for r in (_mixed(toks, ctx), _fraction(toks, 0, len(toks), ctx),
                         _cardinal(toks, 0, len(toks), ctx), _numeral(toks[0], ctx)) if r is not None]
    return max(reads, key=lambda r: r.next) if reads else None


# ------------------------------------------------------------------ cardinals


def _cardinal(toks: list[Tok], i: int, stop: int, ctx: _Context) -> _Read | None:
    """The longest cardinal in ``toks[i:stop]`` from ``i``: "two hundred and five",
    "3 hundred and 21", "2.5 million", "three lakh crore", "a dozen"."""
    first = toks[i]
    if first.kind == "a" and i + 1 < stop and toks[i + 1].kind in ("hundred", "scale", "dozen") \
            and toks[i + 1].sep == " ":
        small, last, j = 1.0, "unit", i + 1  # "a hundred", "a million", "a dozen"
    elif first.kind in _WORDS or (first.kind == "num" and first.form in ("int", "decimal")):
        small, last, j = first.value, first.kind, i + 1
    else:
        return None
    total = hundreds = big = 0.0
    top = 1.0
    done = j  # the tokens read so far make a number up to here
    before_and = ""
    while j < stop:
        t = toks[j]
        k = t.kind
        if k == "unit" and t.sep in (" ", "-", " - ") and last in ("ten", "hundred", "scale", "and"):
            small += t.value
        elif k in ("teen", "ten") and t.sep == " " and last in ("hundred", "scale", "and"):
            small += t.value
        elif k == "num" and last == "and" and t.form == "int" and t.value < (100 if before_and == "hundred" else big):
            small += t.value  # "3 hundred and 21"
        elif k == "hundred" and last in ("unit", "teen", "ten", "num") and small > 0 and hundreds == 0 \
                and t.sep in (" ", "-"):
            hundreds, small = small * 100, 0.0
            top = max(top, 100.0)
        elif k in ("scale", "abbr") and _joins_scale(t, toks, j, last, ctx):
            group = hundreds + small
            if group > 0 and (big == 0 or t.value < big):
                total += group * t.value
            elif group == 0 and last == "scale" and t.value > big:
                total *= t.value  # "three lakh crore", "a hundred thousand trillion"
            else:
                break
            hundreds = small = 0.0
            big = t.value
            top = max(top, t.value)
            k = "scale"
        elif k == "dozen" and last in ("unit", "teen", "ten", "num") and small > 0 and t.sep in (" ", "-", ""):
            small *= t.value  # "3 dozens", "three hundred and two dozens"
        elif k == "and" and last in ("hundred", "scale") and t.sep == " " and not ctx.between:
            before_and, last = last, "and"
            j += 1
            continue  # read only if a number follows
        else:
            break
        last = k
        j += 1
        done = j
    kind = "digits" if first.kind == "num" else "words"
    end = toks[done - 1]
    last_scale = end.value if end.kind in ("hundred", "scale", "abbr") else 0.0
    return _Read(total + hundreds + small, done, kind, top, last_scale)


def _joins_scale(t: Tok, toks: list[Tok], j: int, last: str, ctx: _Context) -> bool:
    """Whether the scale word or suffix ``t`` multiplies the number before it."""
    if t.kind == "scale":
        return last in ("unit", "teen", "ten", "num", "hundred", "scale") and (
            t.sep in (" ", "-") or (t.sep == "" and last == "num"))
    return last == "num" and t.sep in ("", " ") and _abbreviation_ok(t, ctx)


def _abbreviation_ok(t: Tok, ctx: _Context) -> bool:
    """Whether a scale suffix after digits multiplies them: "$3bn", "25k", "1.2m people";
    a single letter is also a unit ("5m" metres, "5t", "5K"), read as a scale only with money
    or, for a glued "m", before a counted noun ("35m of its devices", not "35m long")."""
    raw = t.form
    if len(raw) > 1 and raw != "mark":
        return True
    if raw == "mark" or raw == "k" or ctx.money:
        return True
    if raw.lower() != "m" or t.sep != "":
        return False
    nxt = _lower_word(ctx.text, t.end, t.end + 24)
    stop = lexicon.word_set("stopwords.tsv") - {"of"}
    return bool(nxt) and nxt.group(1) not in stop and nxt.group(1) not in _MEASURE_WORDS


def _point_decimals(toks: list[Tok], body: _Read, ctx: _Context) -> tuple[float, int] | None:
    """ "two hundred point zero three" 200.03, "nought point eleven" 0.11, "three point five million"."""
    j = body.next
    if j >= len(toks) or toks[j].kind != "point" or toks[0].kind == "num" or body.kind != "words":
        return None
    j += 1
    digits = ""
    while j < len(toks) and toks[j].kind == "unit" and toks[j].sep == " ":
        digits += str(int(toks[j].value))
        j += 1
    if not digits and j < len(toks) and toks[j].kind in ("teen", "ten"):
        after = _cardinal(toks, j, min(len(toks), j + 2), ctx)  # "point eleven", "point twenty five"
        if after is not None:
            digits, j = str(int(after.value)), after.next
    if not digits:
        return None
    value = body.value + float("0." + digits)
    if j < len(toks) and toks[j].kind == "scale" and body.value < 1000 and toks[j].sep == " ":
        value *= toks[j].value
        j += 1
    return value, toks[j - 1].end


# ------------------------------------------------------------------ fractions


def _fraction(toks: list[Tok], i: int, stop: int, ctx: _Context) -> _Read | None:
    """A fraction from ``i``: "three fifths", "a trillionth", "one-eighth", "half",
    and a fraction of a scale ("half a million", "three quarters of a million")."""
    k = i
    while k < stop and toks[k].kind in _NUMERATOR and (k == i or toks[k].kind != "num"):
        k += 1
    if k >= stop or toks[k].kind not in ("ord", "part"):
        return None
    den = toks[k]
    if k == i:  # no numerator: "half the votes", "half a million", "quarter million"
        if den.kind != "part" or den.plural:
            return None
        read = _scaled_fraction(toks, k + 1, stop, 1 / den.value, False)
        return read if den.value == 2 or read.last_scale else None
    for m in range(i + 1, k + 1):  # the longest denominator that leaves a numerator
        if toks[m].sep not in (" ", "-", " - ") or (m < k and toks[m].sep != " "):
            continue  # "fifty-four hundredths" is 54/100, not 50/400
        bottom = _denominator(toks, m, k, ctx)
        top = _numerator(toks, i, m, ctx) if bottom else None
        if bottom is None or top is None or (top != 1 and not den.plural):
            continue  # "three fifths", "one fifth"; "the 1988 quarter" is no fraction
        one = top == 1 and m == i + 1 and m == k and toks[m].sep != "-"
        ordinal = one and not den.plural and not (den.kind == "part" and den.value == 2)
        return _scaled_fraction(toks, k + 1, stop, top / bottom, ordinal)
    return None


def _numerator(toks: list[Tok], i: int, m: int, ctx: _Context) -> float | None:
    if m == i + 1 and toks[i].kind == "a":
        return 1.0
    top = _cardinal(toks, i, m, ctx)
    return top.value if top is not None and top.next == m else None


def _denominator(toks: list[Tok], m: int, k: int, ctx: _Context) -> float | None:
    """The value of the ordinal phrase ``toks[m:k+1]`` ("fifths" 5, "twenty fifths" 25,
    "one thousand fifth" 1005); None when the words make no ordinal."""
    den = toks[k]
    if m == k:
        return None if den.kind == "ord" and den.value < 3 else den.value  # "one second" is a time
    if den.kind == "part" or toks[m].kind not in _WORDS:
        return None
    words = [*toks[m:k], replace(den, kind=den.form or "unit")]
    whole = _cardinal(words, 0, len(words), ctx)
    return whole.value if whole is not None and whole.next == len(words) else None


def _scaled_fraction(toks: list[Tok], j: int, stop: int, value: float, ordinal: bool) -> _Read:
    """The fraction, times the scale word after it ("half a million", "a quarter million",
    "three quarters of a million", "half a dozen")."""
    k = j
    if k < stop and toks[k].kind == "of":
        k += 1
        if k >= stop or toks[k].kind != "a":
            return _Read(value, j, "fraction", ordinal=ordinal)
    if k < stop and toks[k].kind == "a":
        k += 1
    if k < stop and toks[k].kind in ("hundred", "scale", "dozen") and toks[k].sep == " " and not toks[k].plural:
        scale = toks[k].value
        return _Read(value * scale, k + 1, "words", scale, scale)
    return _Read(value, j, "fraction", ordinal=ordinal)


def _numeral(tok: Tok, ctx: _Context) -> _Read | None:
    """A numeral read alone: a slash or vulgar fraction, scientific notation, a power."""
    if tok.kind != "num":
        return None
    if tok.form == "power":
        return _Read(tok.value, 1, "digits")
    if tok.form in ("slash", "fraction slash", "vulgar") and _fraction_ok(tok, ctx, mixed=False):
        return _Read(tok.value, 1, "fraction" if tok.value < 1 else "digits")
    return None


def _fraction_ok(tok: Tok, ctx: _Context, mixed: bool) -> bool:
    """Whether digits with a slash are a fraction ("3/4", "1/40 of", "5 1/2"), not a date ("9/11")."""
    if tok.form == "vulgar":
        return True
    if not 0 < tok.top < tok.bottom:
        return False
    if tok.form == "fraction slash" or mixed or tok.bottom in _TYPICAL_BOTTOMS:
        return True
    after = _word_after(ctx.text, tok.end, tok.end + 24)
    if after is None:
        return ctx.text[tok.start - 1 : tok.start] in "-−" and tok.start > 0  # "-4/5"
    word = after.group(1)
    return word.lower() == "of" or unit_index.lookup([word], glued=False) is not None


# -------------------------------------------------------------- mixed numbers


def _mixed(toks: list[Tok], ctx: _Context) -> _Read | None:
    """A whole number and a proper fraction: "twenty and three fifths", "one and a half",
    "a million and a half", "five and a half million", "5 1/2"; the longest reading."""
    whole = _cardinal(toks, 0, len(toks), ctx)
    if whole is None:
        return None
    if whole.next < len(toks):
        t = toks[whole.next]
        if t.kind == "num" and t.form in ("slash", "fraction slash", "vulgar") and t.sep == " " \
                and whole.next == 1 and toks[0].form == "int" and t.value < 1 and _fraction_ok(t, ctx, mixed=True):
            return _Read(whole.value + t.value, 2, whole.kind)  # "5 1/2", "2  1/4"
    if ctx.between:
        return None
    reads = []
    for j in range(1, min(len(toks) - 1, whole.next + 1)):  # "one hundred and three | and | quarters"
        if toks[j].kind != "and":
            continue
        before = _cardinal(toks, 0, j, ctx)
        if before is not None and before.next == j:
            read = _whole_and_part(toks, j, before, ctx)
            if read is not None:
                reads.append(read)
    return max(reads, key=lambda r: r.next) if reads else None


def _whole_and_part(toks: list[Tok], j: int, whole: _Read, ctx: _Context) -> _Read | None:
    """``whole``, "and" at ``j``, then a proper fraction: its value, or None."""
    nxt = toks[j + 1]
    if nxt.kind == "num" and nxt.form in ("slash", "fraction slash", "vulgar") and nxt.value < 1 \
            and _fraction_ok(nxt, ctx, mixed=True):
        return _Read(whole.value + nxt.value, j + 2, whole.kind, whole.scale)  # "3 and 1/2"
    part = _fraction(toks, j + 1, len(toks), ctx)
    if part is None:
        return None
    if part.last_scale:  # "a half million" after a whole
        fraction = part.value / part.last_scale
        if fraction >= 1:
            return None
        if whole.scale > part.last_scale:  # "one billion and a half million"
            value = whole.value + part.value
        else:  # "five and a half million"
            value = (whole.value + fraction) * part.last_scale
        return _Read(value, part.next, whole.kind, max(whole.scale, part.last_scale))
    if part.value >= 1:
        return None  # "one hundred and thirty fifths" is 130/5, not 100 + 6
    if whole.last_scale and nxt.kind == "a":  # "a million and a half", "3 million and a quarter"
        return _Read(whole.value + part.value * whole.last_scale, part.next, whole.kind, whole.scale)
    return _Read(whole.value + part.value, part.next, whole.kind, whole.scale)


# --------------------------------------------------------------------- ratios


def _ratio(text: str, x: float, kind: str, end: int, ceiling: int, ctx: _Context) -> tuple[float, int, str] | None:
    """ "one over three" (x/y), "one in five", "3 out of 4" (a ratio x/y), read after
    the first number's ``end``; None when the words join no second number into it."""
    link = _ratio_link(text, end, ceiling)
    if link is None:
        return None
    toks = tokens(text, link.end(), ceiling)
    if not toks:
        return None
    y = _cardinal(toks, 0, len(toks), ctx)
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
