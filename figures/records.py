"""The plain records passed between the pipeline's stages."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its index in the document and its span there."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written: digits, words, a fraction or a vague amount.

    ``start``/``end`` are document offsets; ``low``/``high`` differ from
    ``value`` only for a vague amount ("thousands").
    """

    start: int
    end: int
    value: float
    low: float
    high: float
    kind: str  # "digits", "words", "fraction" or "vague"
    scale: float = 1.0  # the scale word folded in ("2.5 million": 1e6)
    signed: str = ""  # the explicit sign written, "-" or "+"
    currency: str | None = None  # the currency of a mark written before it ("$", "US$", "EUR ")
    mark_start: int = -1  # where that mark starts; -1 when there is none


@dataclass(frozen=True, slots=True)
class Quantity:
    """One or two numbers read as a value, an interval and a change."""

    start: int  # of the whole span, bound words included
    end: int
    num_start: int  # of the numbers alone
    num_end: int
    value: float
    low: float
    high: float
    change: str
    kind: str
    currency: str | None = None  # the first number's currency mark, read by the numbers stage
    mark_start: int = -1  # where that mark starts; -1 when there is none


@dataclass(frozen=True, slots=True)
class Unit:
    """The unit of a quantity and where its words stand."""

    name: str | None
    surface: str
    dimension: str
    start: int  # span of the quantity with its unit
    end: int
    noun_start: int = -1  # the counted noun phrase, when the unit is one
    noun_end: int = -1


@dataclass(frozen=True, slots=True)
class Figure:
    """One row of the table: a quantity mention with everything known about it."""

    doc_id: str
    sentence: int
    start: int
    end: int
    surface: str
    value: float
    low: float
    high: float
    change: str
    unit: str | None
    unit_surface: str
    dimension: str
    concept: str
    date: str | None
    context: str
    si_value: float = math.nan  # value, low and high in SI units (figures/si.py); NaN with no SI form
    si_low: float = math.nan
    si_high: float = math.nan
    si_unit: str | None = None  # pint's compact symbol ("m/s", "K", "J")
