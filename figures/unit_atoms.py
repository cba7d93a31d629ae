"""The atoms of the unit grammar: every unit's names and symbols, read once.

From quantulum3's JSON files (never its loader, which takes seconds):
``units.json`` and ``_lang/en_US/units.json``, each expanded with SI prefixes
before the two are merged, as quantulum3 itself does; SI prefixes also go on
every unit the database prefixes anywhere ("gigajoule", "THz"). From our data
files: ``unit_words.tsv`` (units the database lacks), ``unit_renames.tsv``
(our canonical names), and the currencies (``iso4217.tsv``,
``currency_words.tsv``, read by ``figures.currency_atoms``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures import lexicon

# quantulum3's entities read as our dimension names.
_DIMENSIONS = {"dimensionless": "count"}
_SKIP = frozenset({"unk", "dimensionless"})
# Prefixes put on any prefixable unit; the rarer ones ("da", "f", "a") only where the
# database lists them, so that "am" or "ft" never read as attometre or femtotonne.
_COMMON_PREFIXES = frozenset({"k", "M", "G", "T", "P", "m", "µ", "n", "c"})


@dataclass(frozen=True, slots=True)
class Atom:
    """One unit: its canonical name, dimension, and the unprefixed unit it is made from."""

    name: str
    dimension: str
    base: str = ""  # the unit without its SI prefix ("watt" for "megawatt"); "" when none
    prefix: str = ""  # the prefix's name ("mega"), "" when none
    generated: bool = False  # made by prefixing, not listed in the database


@dataclass(frozen=True, slots=True)
class Atoms:
    """The lookup tables of the grammar."""

    symbols: dict[str, tuple[Atom, ...]]  # as written ("km", "C"): every reading, default first
    folded: dict[str, Atom]  # lowercase, dots dropped ("ghz", "mph"): only where one unit has it
    names: dict[str, Atom]  # lowercase phrases, singular and plural ("square kilometres")
    first_words: frozenset[str]  # first word of every multi-word name, to stop early
    longest: int  # most words in a name
    products: dict[tuple[tuple[str, int], ...], str]  # unprefixed bases and powers -> dimension


def plural(word: str) -> str:
    """The regular plural of a unit word ("inch" -> "inches", "foot" -> "feet")."""
    if word.endswith("foot"):
        return word[:-4] + "feet"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es" if not word.endswith(("ius", "hertz", "siemens")) else word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural_phrase(phrase: str) -> str:
    """ "mile per hour" -> "miles per hour"; "kilowatt hour" -> "kilowatt hours"."""
    words = phrase.split(" ")
    at = words.index("per") - 1 if "per" in words and words.index("per") > 0 else len(words) - 1
    words[at] = plural(words[at])
    return " ".join(words)


@functools.cache
def families() -> dict[tuple[str, str], float]:
    """(larger unit, smaller unit) -> smaller units in one larger ("foot", "inch": 12),
    the units English states together for one amount ("5 ft 2 in")."""
    return {(a, b): float(n) for a, b, n in lexicon.rows("unit_families.tsv")}


# The smaller unit's amount glued after a larger one, its unit written or left out:
# "11" in "5ft11", "11in" in "5ft11in", "30" in "2h30"; not the rest of a code ("24703L202").
glued_minor = re.compile(r"(\d{1,2})(?:in|inches|min|m|[\"″])?(?![\w.,]?\d|\w)").match


@functools.cache
def renames() -> dict[str, str]:
    """The database's name -> ours, from unit_renames.tsv."""
    return {row[0]: row[1] for row in lexicon.rows("unit_renames.tsv")}


def database() -> dict[str, dict]:
    """quantulum3's units by name, SI prefixes expanded (see ``lexicon.quantulum_data``)."""
    return lexicon.quantulum_data()[0]


def _prefixed(name: str, units: dict[str, dict]) -> tuple[str, str]:
    """(prefix name, base unit) of a prefixed unit's name ("kilogram" -> kilo, gram)."""
    for pname in sorted(set(lexicon.prefixes().values()), key=len, reverse=True):
        if name.startswith(pname) and name[len(pname):] in units:
            return pname, name[len(pname):]
    return "", ""


def _prefixable(units: dict[str, dict]) -> set[str]:
    """Units the database prefixes somewhere, and the SI units with special names
    (``si_units.tsv``, from the SI Brochure: "millisievert", "kilohertz"): the SI
    prefixes go on all of them."""
    out = {n for n, u in units.items() if u.get("prefixes")}
    out |= {_prefixed(n, units)[1] for n in units} - {""}
    out |= {row[0] for row in lexicon.rows("si_units.tsv") if row[0] in units}
    return {n for n in out if units[n].get("entity") not in ("currency", "time", "dimensionless")}


@functools.cache
def atoms() -> Atoms:
    """The atoms, built once."""
    from figures import currency_atoms

    units = database()
    symbols: dict[str, list[Atom]] = {}
    names: dict[str, Atom] = {}
    products: dict[tuple[tuple[str, int], ...], str] = {}

    def add_name(surface: str, atom: Atom) -> None:
        phrase = " ".join(surface.lower().split())
        forms = {phrase, plural_phrase(phrase), phrase.replace("-", " ")}
        for form in forms:
            if phrase == atom.name:
                names[form] = atom  # "tons" is the ton's, before the short ton's
            else:
                names.setdefault(form, atom)

    prefixable = _prefixable(units)
    for name, unit in units.items():
        if name in _SKIP or "entity" not in unit:
            continue
        atom = _atom(name, unit, units)
        for symbol in unit.get("symbols", []):
            symbols.setdefault(symbol, []).append(atom)
        for surface in unit.get("surfaces", []):
            add_name(surface, atom)
        add_name(name, atom)
        if len(unit.get("dimensions", [])) > 1:
            key = tuple(sorted((_prefixed(d["base"], units)[1] or d["base"], d["power"])
                               for d in unit["dimensions"]))
            products.setdefault(key, atom.dimension)
    _add_prefixed(units, prefixable, symbols, add_name)
    for surface, name, dimension in lexicon.rows("unit_words.tsv"):
        atom = Atom(name, dimension)
        if surface.islower() or " " in surface:
            names[surface] = atom
            names[plural_phrase(surface)] = atom
        else:
            symbols.setdefault(surface, []).insert(0, atom)
    unit_symbols = {s.lower() for s in symbols}
    for symbol, atom in currency_atoms.after_marks().items():
        if not (symbol.isalpha() and symbol.lower() in unit_symbols and len(symbol) != 3):
            symbols.setdefault(symbol, []).append(atom)  # not "KM" (a convertible mark) for km
    for surface, atom in currency_atoms.names().items():
        names.setdefault(surface, atom)
    names.update(currency_atoms.word_overrides())
    readings = {s: tuple(_ordered(a)) for s, a in symbols.items()}
    longest = max(len(n.split(" ")) for n in names)
    first_words = frozenset(n.split(" ")[0] for n in names if " " in n)
    return Atoms(readings, _folded(readings, names), names, first_words, longest, products)


def _atom(name: str, unit: dict, units: dict[str, dict]) -> Atom:
    entity = unit["entity"]
    pname, base = _prefixed(name, units)
    own = renames().get(name.lower(), name.lower())
    return Atom(own, _DIMENSIONS.get(entity, entity), base, pname, "generated_from" in unit)


def _add_prefixed(units: dict[str, dict], prefixable: set[str],
                  symbols: dict[str, list[Atom]], add_name: object) -> None:
    """SI prefixes on the symbols and names of every prefixable unit not listed already
    ("GJ", "gigajoule", "THz"): listed units keep their own entries."""
    for base in sorted(prefixable):
        unit = units[base]
        dimension = _DIMENSIONS.get(unit["entity"], unit["entity"])
        for symbol, pname in lexicon.prefixes().items():
            if symbol not in _COMMON_PREFIXES and symbol not in unit.get("prefixes", ()):
                continue
            name = pname + base
            atom = Atom(renames().get(name, name), dimension, base, pname, name not in units)
            for s in [*unit.get("symbols", []), *_ascii_symbols(base, unit.get("symbols", []))]:
                if s.isalpha() and symbol + s not in symbols:
                    symbols[symbol + s] = [atom]
            if name not in units:
                for surface in unit.get("surfaces", []):
                    add_name(pname + surface, atom)  # type: ignore[operator]


def _ascii_symbols(name: str, symbols: list[str]) -> list[str]:
    """Where every symbol of a unit is a sign outside ASCII ("Ω"), its name in their place,
    so that the prefixes go on it as written without the sign ("kOhm", "Mohm")."""
    if not symbols or any(s.isascii() for s in symbols) or not (name.isascii() and name.isalpha()):
        return []
    return [name, name.capitalize()]


def _ordered(readings: list[Atom]) -> list[Atom]:
    """Readings of one symbol, each unit once: ours first, then listed, then made by prefixing."""
    seen: dict[str, Atom] = {}
    for atom in sorted(readings, key=lambda a: a.generated):
        seen.setdefault(atom.name, atom)
    return list(seen.values())


def _folded(symbols: dict[str, tuple[Atom, ...]], names: dict[str, Atom]) -> dict[str, Atom]:
    """Symbols read case-blind and without dots ("KM", "Ghz", "m.p.h."), where that is
    unambiguous: one unit has the folded form, and it is no English word ("in", "min")."""
    from figures import counted

    found: dict[str, set[str]] = {}
    atom_of: dict[str, Atom] = {}
    for symbol, readings in symbols.items():
        key = symbol.lower()
        found.setdefault(key, set()).update(a.name for a in readings)
        atom_of.setdefault(key, readings[0])
    return {
        key: atom_of[key] for key, units in found.items()
        if len(units) == 1 and len(key) > 1 and key.isalpha() and key not in names
        and not counted.is_english_word(key)
    }
