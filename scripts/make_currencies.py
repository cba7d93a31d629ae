"""Write ``figures/data/iso4217.tsv``: every ISO 4217 currency, current and historic,
with its English names and the symbols written for it, from the Unicode CLDR data
that Babel ships.

Run once, by hand, when Babel's CLDR data changes (Babel is not a dependency of
``figures``; install it only for this):

    pip install babel && python scripts/make_currencies.py > figures/data/iso4217.tsv
"""

from __future__ import annotations

import collections
import datetime as dt
import sys

import babel
from babel import Locale, localedata
from babel.numbers import get_territory_currencies

_TODAY = dt.date(2025, 1, 1)


def _clean(symbol: str) -> str:
    """A symbol as a mark written in English text, or "" when it is none."""
    symbol = "".join(c for c in symbol if c not in "\u200e\u200f\u00a0\u202f ")
    if any(c.isalpha() and not c.isascii() for c in symbol):
        return ""  # a mark in another script ("ر.س."): not one English text writes
    return symbol


def _symbols() -> dict[str, set[str]]:
    """Code -> the symbols CLDR writes for it in English locales and in the locales of
    the territories where it is legal tender now."""
    found: dict[str, set[str]] = collections.defaultdict(set)
    for lid in localedata.locale_identifiers():
        loc = Locale.parse(lid)
        local = set()
        if loc.territory:
            try:
                local = set(get_territory_currencies(loc.territory, _TODAY))
            except Exception:
                local = set()
        for code, symbol in loc.currency_symbols.items():
            if symbol != code and (loc.language == "en" or code in local):
                cleaned = _clean(symbol)
                if cleaned and cleaned != code:
                    found[code].add(cleaned)
    return found


def main() -> int:
    en = Locale("en")
    names = en._data["currency_names"]
    plurals = en._data["currency_names_plural"]
    symbols = _symbols()
    current = {c for t in babel.core.get_global("territory_currencies")
               for c in get_territory_currencies(t, _TODAY)}
    out = sys.stdout
    out.write(
        "# ISO 4217 currencies, current and historic, with their English names and symbols.\n"
        f"# Generated once from the Unicode CLDR data shipped with Babel {babel.__version__} by\n"
        "# scripts/make_currencies.py (see its docstring); do not edit by hand: overrides and\n"
        "# news spellings live in currency_words.tsv.\n"
        "# Fields: code<TAB>name (CLDR English, lowercase)<TAB>plural name (lowercase)\n"
        "#   <TAB>symbols (space-separated; \"-\" for none)<TAB>current (1 legal tender now, 0 historic)\n"
    )
    for code in sorted(names):
        if len(code) != 3 or not code.isupper() or code in ("XXX", "XTS"):
            continue
        name = names[code].lower()
        plural = plurals.get(code, {}).get("other", name).lower() if hasattr(plurals.get(code), "get") \
            else name
        marks = " ".join(sorted(symbols.get(code, ()))) or "-"
        out.write(f"{code}\t{name}\t{plural}\t{marks}\t{int(code in current)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
