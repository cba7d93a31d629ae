"""quantulum3's unit database as lookup tables of our own.

quantulum3's loader imports inflect and takes seconds; its JSON files take
milliseconds.  This module reads them (with SI prefixes expanded as
quantulum3 does) and adds ``units_extra.tsv``, which wins where both name a
surface.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures import lexicon

# quantulum3's entities read as our dimension names.
_DIMENSIONS = {"dimensionless": "count", "currency": "currency"}

# Symbols too much like words or letters to be a unit unless glued to the
# digits ("10s", "5m"); spaced, "5 in" or "3 a" are not units.
_GLUED_ONLY_MAX_LEN = 1
_ENGLISH_WORDS = frozenset({"cad"})  # currency codes that are also words, read only in capitals


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit's canonical name and dimension."""

    name: str
    dimension: str


@dataclass(frozen=True, slots=True)
class UnitIndex:
    """Surfaces (lowercase) and symbols (as written) -> unit."""

    surfaces: dict[str, UnitInfo]
    symbols: dict[str, UnitInfo]
    currencies: dict[str, UnitInfo]  # marks written before an amount
    extras: dict[str, UnitInfo]  # units_extra.tsv, as written; checked first
    longest: int  # most words in a surface


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word == "foot":
        return "feet"
    return word + "s"


def _plural_phrase(surface: str) -> str:
    """ "mile per hour" -> "miles per hour"; "kilowatt hour" -> "kilowatt hours"."""
    words = surface.split(" ")
    if "per" in words:
        at = words.index("per") - 1
    else:
        at = len(words) - 1
    words[at] = _plural(words[at])
    return " ".join(words)


def _expanded(units: dict) -> dict:
    """quantulum3's units with SI-prefixed units added, as its loader does."""
    names = lexicon.prefixes()
    out = dict(units)
    for name, unit in units.items():
        for prefix in unit.get("prefixes", []):
            if prefix not in names:
                continue
            pname = names[prefix] + name
            out.setdefault(pname, {
                "surfaces": [names[prefix] + s for s in unit.get("surfaces", [])],
                "symbols": [prefix + s for s in unit.get("symbols", [])],
                "entity": unit["entity"],
            })
    return out


@functools.cache
def index() -> UnitIndex:
    """The unit index, built once."""
    units, _ = lexicon.quantulum_data()
    surfaces: dict[str, UnitInfo] = {}
    symbols: dict[str, UnitInfo] = {}
    currencies: dict[str, UnitInfo] = {}
    for name, unit in _expanded(units).items():
        entity = unit.get("entity", "dimensionless")
        if name in ("unk", "dimensionless"):
            continue
        info = UnitInfo(name.lower(), _DIMENSIONS.get(entity, entity))
        for surface in unit.get("surfaces", []):
            s = " ".join(surface.lower().split())
            surfaces.setdefault(s, info)
            surfaces.setdefault(_plural_phrase(s), info)
        for symbol in unit.get("symbols", []):
            symbols.setdefault(symbol, info)
            if entity == "currency" and not (symbol.isalpha() and len(symbol) < 3):
                currencies.setdefault(symbol, info)
    extras: dict[str, UnitInfo] = {}
    for surface, (name, dimension) in lexicon.extra_units().items():
        info = UnitInfo(name, dimension)
        extras[surface] = info  # ours win over quantulum3's ("ml": millilitre, not cm³)
        if surface.islower() and any(c.isalpha() for c in surface):
            surfaces[surface] = info
            if not surface.endswith("s") and len(surface) > 2:
                extras.setdefault(_plural_phrase(surface), info)
    for mark, name in lexicon.currency_marks().items():
        currencies[mark] = UnitInfo(name, "currency")
        if len(mark) == 3 and mark.isupper() and mark.isalpha():  # "1000 USD", "1000 usd": a code after
            extras[mark] = currencies[mark]
            if mark.lower() not in _ENGLISH_WORDS:  # "12 cad drawings"
                extras[mark.lower()] = currencies[mark]
    longest = max(len(s.split(" ")) for s in surfaces)
    return UnitIndex(surfaces, symbols, currencies, extras, longest)


def lookup(words: list[str], glued: bool) -> tuple[UnitInfo, int] | None:
    """The unit named by the longest prefix of ``words``, and how many words it took.

    ``glued`` tells whether the first word touches the digits ("5km").
    """
    idx = index()
    for n in range(min(len(words), idx.longest), 0, -1):
        phrase = " ".join(words[:n]).replace("μ", "µ")  # Greek mu as the micro sign
        info = idx.extras.get(phrase) or idx.extras.get(phrase.lower())
        if info is not None and (glued or len(phrase) > 1 or not phrase.isalpha()):
            return info, n
        info = idx.symbols.get(phrase)
        if info is not None:
            if n == 1 and not glued and phrase.isalpha() and (
                len(phrase) <= _GLUED_ONLY_MAX_LEN or phrase.lower() in _spaced_words()
            ):
                continue
            return info, n
        info = idx.surfaces.get(phrase.lower())
        if info is not None:
            return info, n
    return None


@functools.cache
def _spaced_words() -> frozenset[str]:
    """Words that are also unit symbols ("in", "a", "US"): units only when glued."""
    return lexicon.word_set("stopwords.tsv") | {"us", "min", "mi", "ha", "cal", "gal", "ct", "pt"}


def is_currency_mark(mark: str) -> bool:
    """Whether ``mark`` is written before amounts of money ("$", "US$", "EUR")."""
    return mark in index().currencies


@functools.cache
def _currency_tail() -> re.Pattern[str]:
    """A currency mark at the end of a string, longest mark first."""
    marks = sorted(index().currencies, key=len, reverse=True)
    alt = "|".join(re.escape(m).replace(r"\ ", r"\s?") for m in marks)
    return re.compile(rf"(?:^|(?<=[\s(\[/]))(?:{alt})\s?$")


def currency_before(text: str, pos: int) -> tuple[UnitInfo, int] | None:
    """The currency mark ending at ``pos`` (white space allowed between), and its start."""
    m = _currency_tail().search(text, max(0, pos - 6), pos)
    if m is None:
        return None
    mark = re.sub(r"\s+", " ", m.group().strip())
    info = index().currencies.get(mark) or index().currencies.get(mark.replace(" ", ""))
    return (info, m.start()) if info else None
