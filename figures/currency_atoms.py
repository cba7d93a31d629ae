"""Currencies for the unit grammar: marks before an amount, codes and names after it.

From the full ISO 4217 table (``iso4217.tsv``, generated from CLDR), quantulum3's
currency units (whose names win where both have a code) and ``currency_words.tsv``
(the spellings news uses that neither lists: "Rs", "NIS", "bucks").  A mark made of
a country and a shared symbol is read by rule: "US$", "HK $", "cad$ 15", "Mex$",
"$US": the currency code, the country's two letters or the first three of its name,
before or after "$", "£" or "¥".
"""

from __future__ import annotations

import functools
import re
import unicodedata

from figures import lexicon
from figures.unit_atoms import Atom, database, renames

CURRENCY = "currency"
# Symbols several currencies share; a country written beside one names which.
_SHARED = ("$", "£", "¥")
_parenthesis = re.compile(r"\s*\(.*\)$")


@functools.cache
def _iso() -> list[tuple[str, str, str, tuple[str, ...], bool]]:
    """(code, name, plural, symbols, current) of every ISO 4217 currency."""
    out = []
    for code, name, plural, symbols, current in lexicon.rows("iso4217.tsv"):
        if code.startswith("X") and current != "1":
            continue  # metals, funds and units of account ("gold", "european currency unit")
        marks = () if symbols == "-" else tuple(symbols.split(" "))
        out.append((code, _parenthesis.sub("", name), _parenthesis.sub("", plural), marks, current == "1"))
    return out


@functools.cache
def _quantulum_codes() -> dict[str, tuple[str, tuple[str, ...], frozenset[str]]]:
    """Currency code -> (our name, symbols, lowercase surfaces) of quantulum3's
    currencies; the first unit of a code names it ("dollar" before "united states dollar")."""
    out: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {}
    for name, unit in database().items():
        code = unit.get("currency_code")
        if not code or unit.get("entity") != CURRENCY:
            continue
        own, symbols, surfaces = out.get(code, (renames().get(name.lower(), name.lower()), (), frozenset()))
        symbols += tuple(unit.get("symbols", []))
        surfaces |= {s.lower() for s in unit.get("surfaces", [])}
        out[code] = (own, symbols, surfaces)
    return out


@functools.cache
def by_code() -> dict[str, Atom]:
    """ISO code -> the currency's atom: quantulum3's name where it has the code, else
    CLDR's English name; a historic currency of the same name as a current one is left out."""
    current_names = {name for _, name, _, _, current in _iso() if current}
    out: dict[str, Atom] = {}
    for code, name, _, _, current in _iso():
        if not current and name in current_names:
            continue
        own = _quantulum_codes()[code][0] if code in _quantulum_codes() else renames().get(name, name)
        out[code] = Atom(own, CURRENCY)
    return out


def _words() -> list[tuple[str, str, str]]:
    """(spelling, currency name, where it stands) from currency_words.tsv."""
    return [(row[0], row[1], row[2]) for row in lexicon.rows("currency_words.tsv")]


@functools.cache
def before_marks() -> dict[str, Atom]:
    """Marks written before an amount ("$", "US$", "CHF", "Rs", "₡"), as written."""
    from figures.counted import is_english_word

    codes = by_code()
    out: dict[str, Atom] = {}
    for code, (_, symbols, _) in _quantulum_codes().items():
        for symbol in symbols:
            if not (symbol.isascii() and symbol.isalpha() and len(symbol) == 1):
                out.setdefault(symbol, codes[code])
    for code, atom in codes.items():
        if not is_english_word(code.lower()):
            out.setdefault(code, atom)
            out.setdefault(code.lower(), atom)  # "usd 20"
    for mark, atom in {**_unique_symbols(), **_country_marks()}.items():
        out.setdefault(mark, atom)
    for spelling, name, side in _words():
        if side in ("before", "both"):
            out[spelling] = Atom(name, CURRENCY)
            if spelling.isupper() and spelling.isalpha() and not is_english_word(spelling.lower()):
                out.setdefault(spelling.lower(), out[spelling])  # "rmb 10"
    return out


@functools.cache
def after_marks() -> dict[str, Atom]:
    """Codes and symbols written after an amount ("100 USD", "100 usd", "100 ₡", "500 kr.")."""
    from figures.counted import is_english_word

    out: dict[str, Atom] = {}
    for code, atom in by_code().items():
        out[code] = atom
        if not is_english_word(code.lower()):
            out[code.lower()] = atom
    for mark, atom in {**_unique_symbols(), **_country_marks()}.items():
        if not mark.isalpha():  # "₡", "kr.", "US$"; not "FG" (a field goal after .534)
            out.setdefault(mark, atom)
    for spelling, name, side in _words():
        if side in ("after", "both") and not spelling.islower():
            out[spelling] = Atom(name, CURRENCY)
    return out


@functools.cache
def names() -> dict[str, Atom]:
    """Currency names after an amount, lowercase, singular and plural: "swiss francs",
    "costa rican colón"; and the bare noun of a currency in use ("colóns", "francs"):
    the one current currency that has it, else the noun itself ("franc"), unless
    quantulum3 names one."""
    out: dict[str, Atom] = {}
    nouns: dict[str, dict[str, set[str]]] = {}  # noun -> singular -> codes
    codes = by_code()
    for code, name, plural, _, current in _iso():
        if code not in codes:
            continue
        for form in (name, plural):
            out.setdefault(form, codes[code])
            out.setdefault(_unaccented(form), codes[code])
        single, many = name.split(" ")[-1], plural.split(" ")[-1]
        if current or single != many:  # a historic name's last word that never inflects: no noun
            for noun in {single, many}:
                nouns.setdefault(noun, {}).setdefault(single, set()).add(code + "*" * current)
    claimed = {s for _, _, surfaces in _quantulum_codes().values() for s in surfaces}
    for noun, singulars in nouns.items():
        if noun in claimed or noun in out or len(singulars) != 1:
            continue
        (single, members), = singulars.items()
        current = [c.rstrip("*") for c in members if c.endswith("*")]
        if not current:
            continue  # "unit" (of account), "markka": alone, no money in use now
        atom = codes[current[0]] if len(current) == 1 else Atom(single, CURRENCY)
        if _bare_noun_ok(noun):
            out[noun] = atom
    for noun in [n for n in out if " " not in n]:
        out.setdefault(_unaccented(noun), out[noun])  # "colon" for "colón", unless a noun of its own
    return out


@functools.cache
def word_overrides() -> dict[str, Atom]:
    """Lowercase names from currency_words.tsv, which win over the database's ("francs")."""
    return {s: Atom(n, CURRENCY) for s, n, side in _words() if side in ("after", "both") and s.islower()}


def _bare_noun_ok(noun: str) -> bool:
    """A currency's noun alone names money unless English uses it as a verb or an
    adjective ("mark", "real", "won"): those need the country."""
    from figures.counted import parts_of_speech

    return not parts_of_speech(noun) & {"VERB", "ADJ", "ADV", "ADP"}


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@functools.cache
def _unique_symbols() -> dict[str, Atom]:
    """CLDR's symbols that name one currency only ("₡", "₾", "RM", "HK$")."""
    owners: dict[str, set[str]] = {}
    for code, _, _, symbols, _ in _iso():
        for symbol in symbols:
            owners.setdefault(symbol, set()).add(code)
    codes = by_code()
    return {s: codes[next(iter(c))] for s, c in owners.items()
            if len(c) == 1 and next(iter(c)) in codes and not (s.isalpha() and len(s) == 1)}


@functools.cache
def _country_marks() -> dict[str, Atom]:
    """Marks made of a country and a shared symbol, each naming one currency only:
    "US$", "US $", "$US", "HK$", "cad$", "nzd$", "Mex$", "MEX$"."""
    from figures.counted import is_english_word

    countries = _country_names()
    made: dict[str, set[str]] = {}
    for code, _, _, symbols, current in _iso():
        if not current or code not in by_code():
            continue
        for base in _SHARED:
            if not any(base in s for s in symbols):
                continue
            country = countries.get(code[:2], "")
            lead = {code, code.lower(), code[:2], ".".join(code[:2]) + "."}  # "cad$", "nzd$"
            if len(country) > 3:
                lead |= {country[:3].upper(), country[:3].title()}
                if not is_english_word(country[:3]):
                    lead.add(country[:3])  # "mex$"; not "can $"
            for letters in lead:
                for mark in (letters + base, letters + " " + base):
                    made.setdefault(mark, set()).add(code)
            made.setdefault(base + code[:2], set()).add(code)  # "$US"
    return {m: by_code()[next(iter(c))] for m, c in made.items() if len(c) == 1}


@functools.cache
def _country_names() -> dict[str, str]:
    """Two-letter country code -> English name, from the ISO 4217 names' countries
    ("hong kong dollar" -> HK: "hong kong")."""
    out: dict[str, str] = {}
    for code, name, _, _, _ in _iso():
        words = name.split(" ")
        if len(words) > 1:
            out.setdefault(code[:2], words[0])
    return out
