"""The unit grammar's answers in the shape the numbers stage asks for them.

``lookup`` reads the unit at the front of some words, ``currency_before`` the
currency mark before an amount, ``is_currency_mark`` whether a mark is one.
Thin wrappers over ``figures.unit_grammar`` and ``figures.currency_atoms``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from figures import currency_atoms, unit_cues, unit_grammar
from figures.counted import is_english_word
from figures.unit_cues import NO_UNIT, Around

_MARK_REACH = 8  # characters a mark may take before an amount ("U.S.$ ", "NZD $ ")


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit's canonical name and dimension."""

    name: str
    dimension: str


def lookup(words: list[str], glued: bool) -> tuple[UnitInfo, int] | None:
    """The unit named by the front of ``words``, and how many words it took.

    ``glued`` tells whether the first word touches the digits ("5km").  An
    ambiguous symbol is read with no context: "in", "C" or "b" spaced are no unit.
    """
    return _lookup(tuple(words), glued)


@functools.lru_cache(maxsize=1 << 14)
def _lookup(words: tuple[str, ...], glued: bool) -> tuple[UnitInfo, int] | None:
    text = ("" if glued else " ") + " ".join(words)
    found = unit_grammar.match(text, 0, len(text))
    if found is None:
        return None
    name, dimension = found.name, found.dimension
    if found.spelling:
        rule = unit_cues.choose(found.spelling, Around("", 0, 0, 0, 0, 0, found.glued))
        if rule is not None and rule.reading == NO_UNIT:
            # with no context, a word ("in", "a") is no unit; a symbol may be one ("3 F")
            word = len(found.spelling) > 1 and is_english_word(found.spelling.lower())
            rule = rule if word or found.spelling.lower() == "a" else None
        if rule is not None and rule.reading == NO_UNIT:
            return None
        if rule is not None:
            name = rule.reading
            dimension = rule.dimension if rule.dimension != NO_UNIT else dimension
    taken = len(text[: found.end].split())
    return UnitInfo(name, dimension), max(taken, 1)


def is_currency_mark(mark: str) -> bool:
    """Whether ``mark`` is written before amounts of money ("$", "US$", "EUR")."""
    return mark in currency_atoms.before_marks()


_MARK_EDGE = " \t\n([/"  # what stands before a mark: a space or an opening bracket


def currency_before(text: str, pos: int) -> tuple[UnitInfo, int] | None:
    """The currency mark ending at ``pos`` (one space allowed between), and its start;
    a space may stand inside a mark between its letters and its symbol ("HK $", "C $")."""
    marks = currency_atoms.before_marks()
    end = pos - 1 if pos > 0 and text[pos - 1] in " \u00a0" else pos
    start = _word_start(text, end, max(0, pos - _MARK_REACH))
    if start == end:
        return None
    if start > 1 and text[start - 1] == " " and not text[start].isalnum():
        lead = _word_start(text, start - 1, max(0, start - 6))
        atom = marks.get(text[lead : start - 1] + text[start:end])  # "HK $"
        if atom is not None and lead < start - 1:
            return UnitInfo(atom.name, "currency"), lead
    atom = marks.get(text[start:end])
    return (UnitInfo(atom.name, "currency"), start) if atom else None


def _word_start(text: str, end: int, floor: int) -> int:
    start = end
    while start > floor and text[start - 1] not in _MARK_EDGE:
        start -= 1
    return start if start == 0 or text[start - 1] in _MARK_EDGE else end
