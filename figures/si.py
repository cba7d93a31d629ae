"""SI values: a row's unit read by pint and its numbers converted to SI.

A unit name ("kilometre per hour", "megawatt hour", "degree celsius") is
spelled for pint by rule, or through ``data/si_names.tsv`` where pint spells
it otherwise; pint's own definitions convert it.  The SI unit is written in
base units (m, kg, s, A, K, mol, cd, rad) unless a named coherent unit says
it more simply (``data/si_units.tsv``: J, W, Pa, W/m**2), so every row of one
physical dimension gets the same ``si_unit``.  Counts, money, percentages,
counted-noun rates and what ``data/si_none.tsv`` lists have no SI form:
:func:`reason` says why.  pint is imported on the first physical unit; each
unit is read once.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from figures import lexicon, unit_atoms

_MOVES = frozenset({"up", "down"})  # a rise or fall: a difference, not a level
_LENGTH_AND_TIME = frozenset({"meter", "second"})
_spelled = re.compile(r"[\s-]+").sub  # "nautical mile" -> "nautical_mile"


@dataclass(frozen=True, slots=True)
class Conversion:
    """A number in a unit as ``x * scale + offset`` in the SI unit ``unit`` (pint's "~C" form)."""

    scale: float
    offset: float  # non-zero only for temperatures on a scale with another zero (°C, °F)
    unit: str


class _NoSIForm(ValueError):
    """A unit, or a part of it, that has no SI form; the message says why."""


def columns(unit: str | None, dimension: str, change: str, value: float, low: float,
            high: float) -> dict[str, Any]:
    """The ``si_value``, ``si_low``, ``si_high`` and ``si_unit`` of a row.

    A rise or fall of a temperature ("rose 5 °F") is a difference, converted
    without the scale's zero (2.78 K); a level ("90 °F") is absolute (305.37 K).
    """
    conv = conversion(unit, dimension)
    if conv is None:
        return {"si_value": math.nan, "si_low": math.nan, "si_high": math.nan, "si_unit": None}
    offset = 0.0 if change in _MOVES else conv.offset
    return {
        "si_value": value * conv.scale + offset,
        "si_low": low * conv.scale + offset,
        "si_high": high * conv.scale + offset,
        "si_unit": conv.unit,
    }


@functools.lru_cache(maxsize=4096)
def conversion(unit: str | None, dimension: str) -> Conversion | None:
    """How to write a number in ``unit`` (a row's unit and dimension) in SI; None when
    it has no SI form."""
    if unit is None or _outright_reason(unit, dimension) is not None:
        return None
    quantity, _ = _quantity(unit)
    return None if quantity is None else _convert(quantity)


def reason(unit: str | None, dimension: str) -> str | None:
    """Why ``unit`` (of a row of ``dimension``) has no SI form; None when it converts."""
    if unit is None:
        return "a bare number names no unit"
    why = _outright_reason(unit, dimension)
    if why is not None:
        return why
    quantity, why = _quantity(unit)
    if quantity is None:
        return why
    if _convert(quantity) is None:
        return f"pint cannot convert {unit!r} to SI units"
    return None


@functools.cache
def nameable_units() -> dict[str, str]:
    """Every unit name the unit stage can give a row, with its dimension.

    The atoms of the unit grammar (quantulum3's units with their prefixes, the
    words of ``unit_words.tsv``, the currencies) and the ages ("year of age").
    Products, powers and rates ("square kilometre", "X per Y") are composed
    from these by the grammar, and converted part by part.  This is the one
    list the SI tests walk.
    """
    table = unit_atoms.atoms()
    names: dict[str, str] = {}
    for atom in table.names.values():
        names.setdefault(atom.name, atom.dimension)
    for readings in table.symbols.values():
        for atom in readings:
            names.setdefault(atom.name, atom.dimension)
    for period in ("year", "month", "week", "day"):  # units.attach: "25-year-old", "6 months of age"
        names.setdefault(f"{period} of age", "age")
    return names


def _outright_reason(unit: str, dimension: str) -> str | None:
    """Why a row of ``unit`` and ``dimension`` has no SI form, seen without pint."""
    none_by_dimension, _ = _no_si_form()
    if dimension in none_by_dimension:
        return f"{dimension}: {none_by_dimension[dimension]}"
    known = nameable_units().get(unit)
    if known is not None and known != dimension and dimension != "rate":
        return f"{unit!r} read as {dimension}, while the unit database knows it as {known}"
    return None


def _quantity(name: str) -> tuple[Any, str]:
    """(``name`` as a pint quantity, "") or (None, why it has no SI form)."""
    import pint

    try:
        return _read(name), ""
    except _NoSIForm as error:
        return None, str(error)
    except pint.errors.PintError as error:  # "degree celsius per hour": an offset unit in a compound
        return None, f"pint cannot read {name!r}: {error}"


def _read(name: str) -> Any:
    """``name`` as a pint quantity (of magnitude 1 unless pint lacks the unit and
    ``si_names.tsv`` defines it); raises _NoSIForm with the reason when it has none."""
    ureg = _registry()
    spelled = _pint_names().get(name)
    if spelled is not None:
        return ureg.parse_expression(spelled)
    _check_part(name)
    single = _single_unit(name)
    if single is not None:
        return ureg.Quantity(1, single)
    if " per " in name:
        top, *bottoms = name.split(" per ")
        quantity = _read(top)
        for bottom in bottoms:
            quantity = quantity / _read(bottom)
        return quantity
    for word, power in (("square ", 2), ("cubic ", 3), ("inverse ", -1)):
        if name.startswith(word):
            return _read(name[len(word):]) ** power
    if name.endswith(" of age"):
        return _read(name[: -len(" of age")])
    return _product(name)


def _product(name: str) -> Any:
    """ "megawatt hour", "horsepower-hour": two units side by side, the longest first part first."""
    for sep in (" ", "-"):
        words = name.split(sep)
        for cut in range(len(words) - 1, 0, -1):
            try:
                return _read(sep.join(words[:cut])) * _read(sep.join(words[cut:]))
            except _NoSIForm:
                continue
    raise _NoSIForm(f"{name!r} is no unit the unit database names")


def _check_part(name: str) -> None:
    """Raise _NoSIForm when ``name`` (a unit or a part of one) is listed as having no SI form."""
    none_by_dimension, none_by_unit = _no_si_form()
    if name in none_by_unit:
        raise _NoSIForm(f"{name}: {none_by_unit[name]}")
    dimension = nameable_units().get(name)
    if dimension in none_by_dimension:
        raise _NoSIForm(f"{name!r} is {dimension}: {none_by_dimension[dimension]}")


def _single_unit(name: str) -> str | None:
    """pint's name for ``name`` when it names one unit the unit database knows (alone or
    after a prefix: "millisievert"); spelled by rule ("degree celsius" -> degree_Celsius)."""
    base = name
    for prefix in _prefix_names():
        if name.startswith(prefix) and name[len(prefix):].lstrip() in nameable_units():
            base = name[len(prefix):].lstrip()
            break
    if base not in nameable_units():
        return None
    if base != name:
        _check_part(base)  # "gigapixel" is pixels
    ureg = _registry()
    prefix = name[: len(name) - len(base)].strip()
    words = base.split(" ")
    if words[0] == "degree" and len(words) > 1:  # pint capitalizes scales named after people
        words = ["degree", *(w.capitalize() for w in words[1:])]
    spelled = prefix + _spelled("_", " ".join(words))
    if ureg.parse_unit_name(spelled):
        return spelled
    return None


def _convert(quantity: Any) -> Conversion | None:
    """The conversion of ``quantity``'s unit to SI; None when pint cannot convert it or
    it is not a plain scale and offset (a logarithmic unit)."""
    import pint

    ureg = _registry()
    try:
        target = _si_unit(quantity)

        def to_si(x: float) -> float:
            return float(ureg.Quantity(x * quantity.magnitude, quantity.units).to(target).magnitude)

        offset = to_si(0.0)
        scale = to_si(1.0) - offset
        check = to_si(1000.0)
    except (pint.errors.PintError, ValueError, TypeError, ZeroDivisionError):
        return None
    if not scale > 0 or not math.isclose(check, 1000.0 * scale + offset, rel_tol=1e-9, abs_tol=1e-12):
        return None
    return Conversion(scale, offset, format(target, "~C"))


def _si_unit(quantity: Any) -> Any:
    """The SI unit of ``quantity``: base units, or the named coherent unit (times powers of
    metre and second) that writes them with the fewest factors."""
    ureg = _registry()
    _, base = ureg.get_base_units(quantity.units)
    dims = _exponents(base)
    best: tuple = (sum(abs(e) for e in dims.values()), len(dims), math.inf, None, {})  # a tie goes to a named unit
    names = {name for name, _ in quantity.unit_items()}
    for order, (named, use, named_dims) in enumerate(_named_units()):
        if use == "defined" and not any(_defined_through(n, named) for n in names):
            continue
        rest = {k: dims.get(k, 0) - named_dims.get(k, 0) for k in dims.keys() | named_dims.keys()}
        rest = {k: e for k, e in rest.items() if e}
        if rest and (use != "any" or not rest.keys() <= _LENGTH_AND_TIME):
            continue
        best = min(best, (1 + sum(abs(e) for e in rest.values()), 1 + len(rest), order, named, rest),
                   key=lambda c: c[:3])
    _, _, _, named, rest = best
    if named is None:
        return base
    unit = ureg.Unit(named)
    for key, power in rest.items():
        unit = unit * ureg.Unit(key) ** power
    return unit


def _exponents(unit: Any) -> dict[str, float]:
    """pint unit -> {unit name: exponent}."""
    return dict(_registry().Quantity(1, unit).unit_items())


def _defined_through(name: str, named: str) -> bool:
    """Whether pint unit ``name`` is ``named`` or defined as a multiple of it ("rem" of sievert)."""
    ureg = _registry()
    for _ in range(8):  # a chain of definitions is short
        parsed = ureg.parse_unit_name(name)
        if not parsed:
            return False
        name = parsed[0][1]
        if name == named:
            return True
        definition = getattr(ureg, "_units", {}).get(name)
        reference = dict(getattr(definition, "reference", None) or {})
        if len(reference) != 1 or next(iter(reference.values())) != 1:
            return False
        name = next(iter(reference))
    return False


@functools.cache
def _registry() -> Any:
    """pint's unit registry, built on first use (about 0.1 s)."""
    import pint

    return pint.UnitRegistry()


@functools.cache
def _named_units() -> tuple[tuple[str, str, dict[str, float]], ...]:
    """(pint name, use, base units) of each named coherent SI unit, in si_units.tsv's order."""
    ureg = _registry()
    return tuple((name, use, _exponents(ureg.get_base_units(name)[1]))
                 for name, use in lexicon.rows("si_units.tsv"))


@functools.cache
def _pint_names() -> dict[str, str]:
    """Unit name -> pint expression, for the names pint spells otherwise or lacks."""
    return {row[0]: row[1] for row in lexicon.rows("si_names.tsv")}


@functools.cache
def _no_si_form() -> tuple[dict[str, str], dict[str, str]]:
    """(dimension -> reason, unit name -> reason) of what has no SI form."""
    by: dict[str, dict[str, str]] = {"dimension": {}, "unit": {}}
    for what, name, why in lexicon.rows("si_none.tsv"):
        by[what][name] = why
    return by["dimension"], by["unit"]


@functools.cache
def _prefix_names() -> tuple[str, ...]:
    """SI prefix names, longest first ("mega", "kilo")."""
    return tuple(sorted(set(lexicon.prefixes().values()), key=len, reverse=True))
