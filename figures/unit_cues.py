"""Ambiguous unit symbols read by the words around them (``ambiguous_units.tsv``).

"kt" is a knot beside "winds" and a kiloton beside "bomb"; "in" an inch before
"thick" and a preposition elsewhere; "86F" a temperature, "Boeing 777F" a name.
The cue words are ``cue_words.tsv``'s, found by ``lexicon.mentions``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures import lexicon

NO_UNIT = "-"
_next_word = re.compile(r"(?:[ \t]+|-)([^\W\d_][\w-]*)").match  # "second half", "second-round"
_name_before = re.compile(r"(?<![.!?]\s)\b[A-Z][\w-]*\s+$").search
_word_after = re.compile(r"\s+([a-z][\w-]*)").match


@dataclass(frozen=True, slots=True)
class Rule:
    """One reading of an ambiguous spelling and when it holds."""

    reading: str  # a unit name, or NO_UNIT
    dimension: str  # NO_UNIT for the unit's own
    condition: str  # a cue kind, "next:KIND", "glued", "spaced", "code" or "default"


@dataclass(frozen=True, slots=True)
class Around:
    """Where the unit stands: its text, the number's start and the sentence bounds."""

    text: str
    number_start: int
    start: int  # the unit's words
    end: int
    floor: int
    ceiling: int
    glued: bool


@functools.cache
def rules() -> dict[str, tuple[Rule, ...]]:
    """Spelling -> its readings, in the order they are tried."""
    out: dict[str, list[Rule]] = {}
    for spelling, reading, dimension, condition in lexicon.rows("ambiguous_units.tsv"):
        out.setdefault(spelling, []).append(Rule(reading, dimension, condition))
    return {k: tuple(v) for k, v in out.items()}


def rules_for(spelling: str) -> tuple[Rule, ...]:
    """The readings of ``spelling``, as written, else lowercase, else its singular; a
    final dot is an abbreviation's or the sentence's ("21c.")."""
    table = rules()
    if spelling.endswith(".") and len(spelling) > 1:
        spelling = spelling[:-1]
    low = spelling.lower()
    return table.get(spelling) or table.get(low) or (table.get(low[:-1], ()) if low.endswith("s") else ())


def choose(spelling: str, around: Around) -> Rule | None:
    """The reading of ``spelling`` where it stands (with an empty text, only "glued",
    "spaced" and "default" can hold).  None when the spelling is not ambiguous."""
    found = rules_for(spelling)
    if not found:
        return None
    for rule in found:
        if _holds(rule.condition, around):
            return rule
    return None


def _holds(condition: str, around: Around) -> bool:
    if condition == "default":
        return True
    if condition == "glued":
        return around.glued
    if condition == "spaced":
        return not around.glued
    if condition == "code":
        return around.glued and is_code(around)
    if condition == "closing":
        return closes_quote(around)
    if condition.startswith("next:"):
        m = _next_word(around.text, around.end, around.ceiling)
        return bool(m) and lexicon.cue_words().get(m.group(1).lower()) == condition[5:]
    return lexicon.mentions(condition, around.text, around.start, around.end, around.floor, around.ceiling)


def closes_quote(around: Around) -> bool:
    """Whether the mark after the number closes a quotation opened before it
    ("\"one hundred and two\""), rather than marking inches or seconds."""
    before = around.text[around.floor : around.number_start]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def is_code(around: Around) -> bool:
    """A letter glued to digits that names a model or a form, not a unit: after a name
    ("Boeing 777F") or before a noun ("13F filing")."""
    if _name_before(around.text, max(around.floor, around.number_start - 30), around.number_start):
        return True
    m = _word_after(around.text, around.end, around.ceiling)
    if m is None:
        return False
    word = m.group(1)
    return word not in lexicon.word_set("stopwords.tsv") and word not in lexicon.time_words() \
        and not lexicon.cue_words().get(word)
