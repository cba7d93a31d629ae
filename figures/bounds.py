"""The grammar of bounds and approximations around a number.

Phrases are composed from the closed classes in ``data/bounds.tsv``: a
comparative makes "more than", "no more than" (the inclusive opposite),
"more than or equal to", "greater or equal than" and "equal to or less
than"; a hedge may stand before ("just over", "well below", "slightly more
than"); prepositions ("over", "under", "sub-"), fixed phrases ("at least",
"up to"), verbs ("exceeded") and signs ("≥", "x>10") bound the number after
them; "or more", "and older", "-plus" bound the number before; verbs and
prepositions of crossing ("passed", "past") bound a level, not a count.
Words of change are the grammar of ``figures.changes``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures import lexicon

_INCLUSIVE = {">": ">=", "<": "<="}
_OPPOSITE_INCLUSIVE = {">": "<=", "<": ">="}  # "no more than 5" is at most 5


@dataclass(frozen=True, slots=True)
class Bound:
    """A bound or approximation phrase: its change and where it stands."""

    change: str  # > < >= <= ~ =
    start: int
    end: int
    crossing: bool = False  # "passed", "past": a bound only of a level, not of a count


@functools.cache
def _words(role: str) -> dict[str, str]:
    """The words of ``role`` in bounds.tsv -> the change they give."""
    return {row[0]: row[2] for row in lexicon.rows("bounds.tsv") if row[1] == role}


@functools.cache
def phrases_before() -> dict[str, str]:
    """Every bound or approximation phrase that stands before a number -> its change."""
    out: dict[str, str] = {}
    for comp, change in _words("comparative").items():
        out[f"{comp} than"] = change
        for inclusive in (f"{comp} than or equal to", f"{comp} or equal to", f"{comp} or equal than",
                          f"equal to or {comp} than", f"{comp} than or equal"):
            out[inclusive] = _INCLUSIVE[change]
        for no in ("no", "not"):
            out[f"{no} {comp} than"] = _OPPOSITE_INCLUSIVE[change]
    for prep, change in _words("preposition").items():
        out[prep] = change
        if not prep.endswith("-"):
            out[f"{prep} the age of"] = change
    out |= _words("phrase") | _words("verb") | _words("crossing") | _words("approximate") | _words("exact")
    return out


@functools.cache
def _before() -> re.Pattern[str]:
    words = [p for p in phrases_before() if p[-1].isalpha() or p[-1] in ".-"]
    hedges = lexicon.phrase_pattern(_words("hedge"))
    symbols = sorted(_words("symbol"), key=len, reverse=True)
    return re.compile(
        rf"""(?: (?:^|(?<=[\s(\[\"“'‘]))
                 (?P<hedge>{hedges}\s+)?                                 # "just ", "well "
                 (?P<words>{lexicon.phrase_pattern(words)})             # "more than "
               | (?P<symbol>{"|".join(re.escape(s) for s in symbols)}) )  # "x>", "≥ "
            \s*$""",
        re.IGNORECASE | re.VERBOSE,
    )


@functools.cache
def _after() -> re.Pattern[str]:
    words = lexicon.phrase_pattern(w for w in _words("after") if w != "plus")
    approximate = lexicon.phrase_pattern(w for w, c in _words("after").items() if c == "~")
    # up to two words (the unit) may stand between: "50 people or more"; not a bound going
    # on to a noun or a number ("5% and over the year", "150 or greater than 140")
    return re.compile(
        rf"""(?:\s*[^\W\d_][\w-]*){{0,2}}?
             (?: (?: \s*,?\s*(?:or|and)\s+(?P<word>{words}) | [\s-](?P<plus>plus)
                   | \s+(?P<approx>{approximate}) )\b
               | (?P<sign>\+) )
             (?!\s+(?:(?:the|a|an|this|that|its|their|his|her|our|to|of)\b|[$€£]?\d)
                |\s+than\s+\S)  # "150 or greater than 140": a bound of the number after""",
        re.IGNORECASE | re.VERBOSE,
    )


def before(text: str, at: int, floor: int) -> Bound | None:
    """The bound phrase ending just before ``at`` (white space between allowed)."""
    m = _before().search(text, max(floor, at - 40), at)
    if m is None:
        return None
    if m.group("symbol"):
        return Bound(_words("symbol")[m.group("symbol")], m.start("symbol"), at)
    phrase = " ".join(m.group("words").lower().split())
    change = phrases_before()[phrase]
    crossing = phrase in _words("crossing")
    if crossing and _determiner_before(text, m.start("words"), floor):
        return None  # "over the past three years": an adjective of time
    if m.group("hedge") and change in ("<", ">", "<=", ">="):
        return Bound(change, m.start("hedge"), at, crossing)  # "just over", "well below"
    return Bound(change, m.start("words"), at, crossing)


_the_before = re.compile(r"\bthe\s+$", re.IGNORECASE)
_determiner_at_end = re.compile(r"\b(?:the|this|that|its|their|his|her|our|last|next)\s+$", re.IGNORECASE)


def _determiner_before(text: str, at: int, floor: int) -> bool:
    return _determiner_at_end.search(text, max(floor, at - 8), at) is not None


def before_the(text: str, at: int, floor: int) -> Bound | None:
    """The bound phrase before "the" that stands before ``at`` ("above the 11,000 mark")."""
    m = _the_before.search(text, max(floor, at - 8), at)
    return before(text, m.start(), floor) if m else None


def after(text: str, end: int, ceiling: int) -> Bound | None:
    """The bound phrase after a number ending at ``end`` ("or more", "-plus", "+")."""
    m = _after().match(text, end, min(ceiling, end + 64))
    if m is None:
        return None
    if m.group("sign") and m.start("sign") != end:
        return None  # only a "+" glued to the number ("50+")
    if m.group("plus") or m.group("sign"):
        return Bound(">=", end, m.end())
    word = m.group("word") or m.group("approx")
    key = " ".join(word.lower().split())
    return Bound(_words("after")[key], end, m.end())
