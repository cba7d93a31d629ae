"""Fractions and mixed numbers of the number-phrase grammar: "three fifths",
"a trillionth", "one-eighth", "half a million", "three quarters of a million",
"twenty and three fifths", "a million and a half", "5 1/2", "3/4", "1⁄2".
"""

from __future__ import annotations

import re

from figures import unit_index
from figures.number_cardinals import WORDS, Context, Read, cardinal
from figures.number_tokens import Tok

_NUMERATOR = frozenset({"a", "unit", "teen", "ten", "hundred", "scale", "and", "num"})
_TYPICAL_BOTTOMS = frozenset({2, 3, 4, 8, 16})  # "3/5", "9/11" alone are more often dates
_MOST_DAYS = 31  # "1/40", "3/100": no day of a month, so a fraction
_word_after = re.compile(r"[ \t]*([^\W\d_][\w-]*)").match


def fraction(toks: list[Tok], i: int, stop: int, ctx: Context) -> Read | None:
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


def _numerator(toks: list[Tok], i: int, m: int, ctx: Context) -> float | None:
    if m == i + 1 and toks[i].kind == "a":
        return 1.0
    top = cardinal(toks, i, m, ctx)
    return top.value if top is not None and top.next == m else None


def _denominator(toks: list[Tok], m: int, k: int, ctx: Context) -> float | None:
    """The value of the ordinal phrase ``toks[m:k+1]`` ("fifths" 5, "twenty fifths" 25,
    "one thousand fifth" 1005); None when the words make no ordinal."""
    den = toks[k]
    if m == k:
        return None if den.kind == "ord" and den.value < 3 else den.value  # "one second" is a time
    if den.kind == "part" or toks[m].kind not in WORDS:
        return None
    words = [*toks[m:k], den._replace(kind=den.form or "unit")]
    whole = cardinal(words, 0, len(words), ctx)
    return whole.value if whole is not None and whole.next == len(words) else None


def _scaled_fraction(toks: list[Tok], j: int, stop: int, value: float, ordinal: bool) -> Read:
    """The fraction, times the scale word after it ("half a million", "a quarter million",
    "three quarters of a million", "half a dozen")."""
    k = j
    if k < stop and toks[k].kind == "of":
        k += 1
        if k >= stop or toks[k].kind != "a":
            return Read(value, j, "fraction", ordinal=ordinal)
    if k < stop and toks[k].kind == "a":
        k += 1
    if k < stop and toks[k].kind in ("hundred", "scale", "dozen") and toks[k].sep == " " and not toks[k].plural:
        scale = toks[k].value
        return Read(value * scale, k + 1, "words", scale, scale)
    return Read(value, j, "fraction", ordinal=ordinal)


def numeral(tok: Tok, ctx: Context) -> Read | None:
    """A numeral read alone: a slash or vulgar fraction, scientific notation, a power."""
    if tok.kind != "num":
        return None
    if tok.form == "power":
        return Read(tok.value, 1, "digits")
    if tok.form in ("slash", "fraction slash", "vulgar") and _fraction_ok(tok, ctx, after_whole=False):
        return Read(tok.value, 1, "fraction" if tok.value < 1 else "digits")
    return None


def _fraction_ok(tok: Tok, ctx: Context, after_whole: bool) -> bool:
    """Whether digits with a slash are a fraction ("3/4", "1/40 of", "5 1/2"), not a date ("9/11")."""
    if tok.form == "vulgar":
        return True
    if not 0 < tok.top < tok.bottom:
        return False
    signed = tok.start > 0 and ctx.text[tok.start - 1] in "-−"  # "-4/5": no date
    if tok.form == "fraction slash" or after_whole or signed or tok.bottom in _TYPICAL_BOTTOMS \
            or tok.bottom > _MOST_DAYS:
        return True
    after = _word_after(ctx.text, tok.end, tok.end + 24)
    if after is None:
        return False
    word = after.group(1)
    return word.lower() == "of" or unit_index.lookup([word], glued=False) is not None


def mixed(toks: list[Tok], whole: Read | None, ctx: Context) -> Read | None:
    """A whole number and a proper fraction: "twenty and three fifths", "one and a half",
    "a million and a half", "four and a half million", "5 1/2"; the longest reading.
    ``whole`` is the longest cardinal that ``toks`` start with."""
    if whole is None:
        return None
    if whole.next < len(toks):
        t = toks[whole.next]
        if t.sep == " " and whole.next == 1 and toks[0].form == "int" and _proper_numeral(t, ctx):
            return Read(whole.value + t.value, 2, whole.kind)  # "5 1/2", "2  1/4"
    reads = []
    for j in range(1, min(len(toks) - 1, whole.next + 1)):  # "two hundred and five | and | quarters"
        if toks[j].kind != "and":
            continue
        if ctx.between():
            return None  # after "between" or "from", "and" joins two numbers
        before = cardinal(toks, 0, j, ctx)
        if before is not None and before.next == j:
            read = _whole_and_part(toks, j, before, ctx)
            if read is not None:
                reads.append(read)
    return max(reads, key=lambda r: r.next) if reads else None


def _proper_numeral(t: Tok, ctx: Context) -> bool:
    """A slash or vulgar fraction below one, after a whole number ("5 1/2", "3 and 1/2")."""
    return t.kind == "num" and t.form in ("slash", "fraction slash", "vulgar") and t.value < 1 \
        and _fraction_ok(t, ctx, after_whole=True)


def _whole_and_part(toks: list[Tok], j: int, whole: Read, ctx: Context) -> Read | None:
    """``whole``, "and" at ``j``, then a proper fraction: its value, or None."""
    nxt = toks[j + 1]
    if _proper_numeral(nxt, ctx):
        return Read(whole.value + nxt.value, j + 2, whole.kind, whole.scale)  # "3 and 1/2"
    part = fraction(toks, j + 1, len(toks), ctx)
    if part is None:
        return None
    if part.last_scale:  # "a half million" after a whole
        share = part.value / part.last_scale
        if share >= 1:
            return None
        if whole.scale > part.last_scale:  # "two billion and a half million"
            value = whole.value + part.value
        else:  # "four and a half million"
            value = (whole.value + share) * part.last_scale
        return Read(value, part.next, whole.kind, max(whole.scale, part.last_scale))
    if part.value >= 1:
        return None  # "one hundred and forty fifths" is 140/5, not 100 + 8
    if whole.last_scale and nxt.kind == "a":  # "a million and a half", "4 million and a quarter"
        return Read(whole.value + part.value * whole.last_scale, part.next, whole.kind, whole.scale)
    return Read(whole.value + part.value, part.next, whole.kind, whole.scale)
