"""The tokens of number phrases: numerals, number words and the words that join them.

``tokens(text, pos, end)`` reads, from ``pos``, the run of tokens a number
phrase can be made of ("two hundred and three dozens", "1.2bn", "5 1/2",
"two-thirds of a million") and stops at the first token that cannot belong
to one.  The grammar in ``number_phrases`` reads the phrase from them.

Ordinals are made from the cardinals by rule, not listed: "five" -> "fifth",
"twelve" -> "twelfth", "nine" -> "ninth", "eight" -> "eighth",
"twenty" -> "twentieth", otherwise "-th" ("hundredth", "trillionth");
plurals add "s" ("fifths", "dozens").  Only the irregular ordinals
("first", "second", "third") and the parts with names of their own ("half",
"quarter") are in ``number_words.tsv``.
"""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from figures import lexicon, unit_index

MOST_TOKENS = 24  # a number phrase is never longer; bounds the work per candidate
_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
           "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
           "⅞": (7, 8)}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")


class Tok(NamedTuple):
    """One token of a number phrase and what joins it to the token before.

    A named tuple, as are the grammar's other records (``Read``, ``Context``, ``Phrase``):
    several are made for every number read, and a tuple is made in half a dataclass's time.
    """

    kind: str  # num, unit, teen, ten, hundred, scale, abbr, dozen, ord, part, and, a, point, of, fold
    value: float  # the number; for ord and part the denominator ("fifths" 5)
    start: int
    end: int
    sep: str  # before it: "" glued, " " space, "-" hyphen, " - " spaced hyphen
    plural: bool = False
    form: str = ""  # num: int, decimal, slash, vulgar, power; ord: the kind of its cardinal
    top: int = 0  # num of form slash or vulgar: the fraction's terms
    bottom: int = 0


# A numeral, matched where digits start.
numeral = re.compile(
    r"""
    (?:
      (?P<vulgar> \d* [½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞] )                          # ½, 1½
    | (?P<slash> \d{1,3} [/⁄] \d{1,4} ) (?![\d/⁄])                   # 3/4, 1⁄2 (not 9/11/2001)
    | (?P<dots> \d{1,3} (?: \.\d{3} ){2,} (?: ,\d+ )? ) (?![\d.])    # 10.000.000, 1.234.567,8
    | (?P<dotcomma> \d{1,3} (?: \.\d{3} )+ ,\d+ ) (?![\d,])          # 1.234,56
    | (?P<indian> \d{1,2} (?: ,\d{2} )+ ,\d{3} (?: \.\d+ )? )         # 12,34,567.89: lakhs and crores
    | (?P<grouped> \d{1,3} (?: [,\u00a0\u202f\u2009] \d{3} )+ (?: \.\d+ )? )  # 1,200; 1 200 (no-break space)
    | (?P<comma> \d{1,3} ,\d{1,2} ) (?![\d,])                        # 49,46; 5,00: a decimal comma
    | (?P<plain> \d+ (?: \.\d+ )? | \.\d+ )                          # 1200, 2.5, .534
    )
    (?:                                                              # a power of ten, or a power
      [eE] (?P<e> [-+−]? \d{1,3} ) (?![\w.])                         # 1.99e-29, 1e10
    | [ ]?[×xX*·][ ]?10 (?: (?:\^|\*\*)[ ]? (?P<ten> [-−+]?\d{1,3} )  # 2.1×10^30, 6.23x10^-4
                         | (?P<tensign> [-−]\d{1,3} )                # 2.48×10−5
                         | (?P<tensup> [⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3} ) )     # 3×10⁸
    | \^ (?P<pow> [-−+]{0,2} \d{1,3} (?: \.\d+ )? )                  # 1.1^23, 2.5^-1
    )?
    """,
    re.VERBOSE,
).match

_BODIES = ("vulgar", "slash", "dots", "dotcomma", "indian", "grouped", "comma", "plain")

# What stands between two tokens: white space (one line break at most), a hyphen.
_gap = re.compile(r"(?P<lead>[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?)(?:-(?P<trail>[ \t\u00a0]*))?").match
_word = re.compile(r"[A-Za-z]+").match


def ordinal(cardinal: str) -> str:
    """The ordinal of a cardinal number word, by the rules of English spelling."""
    if cardinal.endswith("y"):
        return cardinal[:-1] + "ieth"  # twenty -> twentieth
    if cardinal.endswith("ve"):
        return cardinal[:-2] + "fth"  # five -> fifth, twelve -> twelfth
    if cardinal.endswith("t"):
        return cardinal + "h"  # eight -> eighth
    if cardinal.endswith("e"):
        return cardinal[:-1] + "th"  # nine -> ninth
    return cardinal + "th"  # four -> fourth, hundred -> hundredth


@functools.cache
def vocabulary() -> dict[str, tuple[str, float, str]]:
    """Lowercase word -> (token kind, value, the kind of the cardinal an ordinal is made from)."""
    words = lexicon.number_words()
    irregular = {value for value, kind in words.values() if kind == "ordinal"}
    out: dict[str, tuple[str, float, str]] = {}
    for word, (value, kind) in words.items():
        if kind == "scale":
            kind = "hundred" if value == 100 else "scale"
        if kind == "ordinal":
            out[word] = ("ord", value, "unit")
        else:
            out[word] = (kind, value, "")
    for word, (value, kind) in words.items():
        if kind in ("unit", "teen", "ten", "scale") and value >= 1 and value not in irregular:
            base = "hundred" if value == 100 else kind
            out.setdefault(ordinal(word), ("ord", value, base))
    for word in ("and", "a", "an", "point", "of", "fold"):
        out[word] = ("a" if word == "an" else word, 0.0, "")
    return out


@functools.cache
def abbreviations() -> dict[str, float]:
    """Scale suffixes that are not number words ("bn", "k", "mln"), lowercase -> multiplier."""
    return {w: v for w, v in lexicon.scales().items() if w not in lexicon.number_words()}


def tokens(text: str, pos: int, end: int, most: int = MOST_TOKENS) -> list[Tok]:
    """The tokens of a number phrase from ``pos``, up to the first that cannot be one
    (``most`` at most)."""
    out: list[Tok] = []
    while pos < end and len(out) < most:
        sep = ""
        if out:
            gap = _gap(text, pos, end)
            sep = _separator(gap.group("lead"), gap.group("trail"))
            if sep is None or gap.end() >= end:
                break
            pos = gap.end()
        found = _word_tokens(text, pos, end, sep) if text[pos].isalpha() else _numeral_token(text, pos, end, sep)
        if not found:
            break
        out.extend(found)
        pos = found[-1].end
        if found[-1].kind == "abbr" and found[-1].form == "mark":
            break  # "45 MEUR": the currency code after the "M" is the unit's
    return out


def _separator(lead: str, trail: str | None) -> str | None:
    if trail is None:
        return " " if lead else ""
    if not lead and not trail:
        return "-"
    if lead and trail:
        return " - "
    return None  # "twenty -5", "5- 6": no join


def _numeral_token(text: str, pos: int, end: int, sep: str) -> list[Tok] | None:
    m = numeral(text, pos, end)
    if m is None:
        return None
    body = m.lastgroup if m.lastgroup in _BODIES else next(g for g in _BODIES if m.group(g))
    raw = m.group(body)
    if body == "vulgar":
        whole = int(raw[:-1]) if raw[:-1] else 0
        top, bottom = _VULGAR[raw[-1]]
        return [Tok("num", whole + top / bottom, pos, m.end(), sep, form="vulgar",
                    top=whole * bottom + top, bottom=bottom)]
    if body == "slash":
        top, bottom = (int(x) for x in re.split("[/⁄]", raw))
        form = "slash" if "/" in raw else "fraction slash"
        return [Tok("num", top / bottom if bottom else math.nan, pos, m.end(), sep, form=form,
                    top=top, bottom=bottom)]
    value = _digits_value(raw, body)
    form = "decimal" if ("." in raw and body in ("plain", "grouped", "indian")) or body in ("comma", "dotcomma") \
        else "int"
    power = _power(m, value) if m.lastgroup not in _BODIES else None  # a power's group closes last
    if power is not None:
        value, form = power, "power"
    if not math.isfinite(value):
        return None
    return [Tok("num", value, pos, m.end(), sep, form=form)]


def _digits_value(raw: str, body: str) -> float:
    """ "1,200" 1200, "1 200" 1200, "10.000.000" 1e7, "1.234,5" 1234.5, "49,46" 49.46."""
    if body in ("dots", "dotcomma", "comma"):
        return float(raw.replace(".", "").replace(",", "."))
    for mark in ",\u00a0\u202f\u2009":
        raw = raw.replace(mark, "")
    return float(raw)


def _power(m: re.Match[str], value: float) -> float | None:
    """The value of a numeral in scientific notation or raised to a power; None if neither."""
    exponent = m.group("e") or m.group("ten") or m.group("tensign") or m.group("tensup")
    try:
        if exponent is not None:
            exp = int(exponent.translate(_SUPERSCRIPTS))
            return value * 10.0**exp
        if m.group("pow") is not None:
            raw = m.group("pow")
            signs = len(raw) - len(raw.lstrip("-−+"))
            negative = (raw[:signs].count("-") + raw[:signs].count("−")) % 2 == 1
            exp = float(raw[signs:])
            return math.pow(value, -exp if negative else exp)
    except (OverflowError, ValueError, ZeroDivisionError):
        return math.inf
    return None


def _word_tokens(text: str, pos: int, end: int, sep: str) -> list[Tok] | None:
    m = _word(text, pos, end)
    if m is None:
        return None
    raw = m.group()
    low = raw.lower()
    vocab = vocabulary()
    entry = vocab.get(low)
    if entry is not None:
        kind, value, base = entry
        return [Tok(kind, value, pos, m.end(), sep, form=base)]
    if low.endswith("s") and vocab.get(low[:-1], ("",))[0] in ("ord", "part", "dozen"):
        kind, value, base = vocab[low[:-1]]
        return [Tok(kind, value, pos, m.end(), sep, plural=True, form=base)]  # "fifths", "dozens"
    if low.endswith("fold") and vocab.get(low[:-4], ("",))[0] in ("unit", "teen", "ten", "hundred", "scale"):
        kind, value, _ = vocab[low[:-4]]
        cut = m.end() - 4
        return [Tok(kind, value, pos, cut, sep), Tok("fold", 0.0, cut, m.end(), "")]  # "fivefold"
    if low in abbreviations():
        return [Tok("abbr", abbreviations()[low], pos, m.end(), sep, form=raw)]
    if len(raw) == 4 and raw[0] == "M" and raw[1:].isupper() and unit_index.is_currency_mark(raw[1:]):
        return [Tok("abbr", 1e6, pos, pos + 1, sep, form="mark")]  # "45 MEUR": millions of euros
    return None
