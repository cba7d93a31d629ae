"""Cardinals of the number-phrase grammar: "two hundred and five", "3 hundred and 21",
"2.5 million", "$1.2bn", "three lakh crore", "two hundred and three dozens",
"two hundred point zero three".

Also the records the grammar's readers share: ``Read`` (a reading of tokens)
and ``Context`` (what the words around the phrase tell).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from figures import lexicon
from figures.number_tokens import Tok

WORDS = frozenset({"unit", "teen", "ten"})  # the kinds of number words below a hundred
# Words after "35m" that make it metres: "35m long", "10m high".
_MEASURE_WORDS = frozenset(
    "long tall high wide deep thick away across below above underwater underground "
    "apart offshore inland east west north south upstream downstream".split()
)
_lower_word = re.compile(r"\s+([a-z][\w-]*)").match


class Read(NamedTuple):
    """A reading of tokens: its value and how far it reaches (a named tuple, like ``Tok``)."""

    value: float
    next: int  # the index of the token after it
    kind: str  # "digits", "words", "fraction" or "times"
    scale: float = 1.0  # the largest scale word
    last_scale: float = 0.0  # the scale word it ends with, 0 if it ends with none
    ordinal: bool = False  # "a third": it may be an ordinal too


_between_before = re.compile(r"\b(?:between|from)\s+\S{0,3}$", re.IGNORECASE).search


class Context(NamedTuple):
    """What the text around a number phrase tells its readers (a named tuple, like ``Tok``)."""

    text: str
    money: bool  # a currency mark stands before the phrase
    start: int  # where the phrase starts
    floor: int  # where its sentence starts

    def between(self) -> bool:
        """Whether "between" or "from" stands before the phrase: "and" joins two numbers, not one.
        Read only when an "and" follows a number, which few do."""
        return _between_before(self.text, max(self.floor, self.start - 20), self.start) is not None


def cardinal(toks: list[Tok], i: int, stop: int, ctx: Context) -> Read | None:
    """The longest cardinal in ``toks[i:stop]`` from ``i``: "two hundred and five",
    "3 hundred and 21", "2.5 million", "three lakh crore", "a dozen", "a couple dozen"."""
    first = toks[i]
    if first.kind == "a" and i + 1 < stop and toks[i + 1].kind in ("hundred", "scale", "dozen") \
            and toks[i + 1].sep == " ":
        small, last, j = 1.0, "unit", i + 1  # "a hundred", "a million", "a dozen"
    elif first.kind == "a" and i + 1 < stop and toks[i + 1].kind == "pair" and toks[i + 1].sep == " ":
        small, last, j = toks[i + 1].value, "unit", i + 2  # "a couple", "a couple hundred"
    elif first.kind in WORDS or (first.kind == "num" and first.form in ("int", "decimal")):
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
        elif k in ("scale", "abbr") and _joins_scale(t, last, ctx):
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
            small *= t.value  # "3 dozens", "two hundred and three dozens"
        elif k == "and" and last in ("hundred", "scale") and t.sep == " " and not ctx.between():
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
    return Read(total + hundreds + small, done, kind, top, last_scale)


def _joins_scale(t: Tok, last: str, ctx: Context) -> bool:
    """Whether the scale word or suffix ``t`` multiplies the number before it."""
    if t.kind == "scale":
        return last in ("unit", "teen", "ten", "num", "hundred", "scale") and (
            t.sep in (" ", "-") or (t.sep == "" and last == "num"))
    if t.form == "mark":  # "45 MEUR", "twenty MUSD"
        return last in ("unit", "teen", "ten", "num", "hundred") and t.sep in ("", " ")
    return last == "num" and t.sep in ("", " ") and _abbreviation_ok(t, ctx)


def _abbreviation_ok(t: Tok, ctx: Context) -> bool:
    """Whether a scale suffix after digits multiplies them: "$3bn", "25k", "1.2m people";
    a single letter is also a unit ("5m" metres, "5t", "5K"), read as a scale only with money
    or, glued, before what it counts ("35m of its devices", not "35m long"; "100K fans")."""
    raw = t.form
    if len(raw) > 1 or raw == "k" or ctx.money:
        return True
    if raw not in ("m", "M", "K") or t.sep != "":
        return False
    nxt = _lower_word(ctx.text, t.end, t.end + 24)
    if nxt is None:
        return False
    word = nxt.group(1)
    if raw == "K":  # "100K followers"; not "a 4K screen", "the 5K run"
        return word == "of" or (word.endswith("s") and word not in lexicon.word_set("stopwords.tsv"))
    return word not in lexicon.word_set("stopwords.tsv") - {"of"} and word not in _MEASURE_WORDS


def point_decimals(toks: list[Tok], body: Read, ctx: Context) -> tuple[float, int] | None:
    """ "two hundred point zero three" 200.03, "nought point eleven" 0.11, "three point five million",
    "seven-point-four" 7.4."""
    j = body.next
    if j >= len(toks) or toks[j].kind != "point" or toks[0].kind == "num" or body.kind != "words":
        return None
    j += 1
    digits = ""
    while j < len(toks) and toks[j].kind == "unit" and toks[j].sep in (" ", "-"):
        digits += str(int(toks[j].value))
        j += 1
    if not digits and j < len(toks) and toks[j].kind in ("teen", "ten"):
        after = cardinal(toks, j, min(len(toks), j + 2), ctx)  # "point eleven", "point twenty five"
        if after is not None:
            digits, j = str(int(after.value)), after.next
    if not digits:
        return None
    value = body.value + float("0." + digits)
    if j < len(toks) and toks[j].kind == "scale" and body.value < 1000 and toks[j].sep in (" ", "-"):
        value *= toks[j].value
        j += 1
    return value, toks[j - 1].end
