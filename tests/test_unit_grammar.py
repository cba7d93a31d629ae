"""The unit grammar: atoms, prefixes, powers, products, quotients, variants, currencies."""

from __future__ import annotations

import pytest

from figures import currency_atoms, unit_grammar, unit_index


def read(after: str) -> tuple[str, str, str] | None:
    """(name, dimension, words taken) of the unit at the front of ``after``."""
    found = unit_grammar.match(after, 0, len(after))
    return None if found is None else (found.name, found.dimension, after[: found.end].strip())


# (name, text after a number, unit name, words taken)
UNITS = [
    ("symbol", " km", "kilometre", "km"),
    ("symbol glued", "kg", "kilogram", "kg"),
    ("name plural", " kilometres", "kilometre", "kilometres"),
    ("american spelling", " kilometers", "kilometre", "kilometers"),
    ("irregular plural", " feet", "foot", "feet"),
    ("prefix on a symbol the data lists", " GW", "gigawatt", "GW"),
    ("prefix on a symbol the data lacks", " GJ", "gigajoule", "GJ"),
    ("prefix on a name", " megajoules", "megajoule", "megajoules"),
    ("prefix the language file would shadow", " THz", "terahertz", "THz"),
    ("micro sign", " µg", "microgram", "µg"),
    ("greek mu", " μg", "microgram", "μg"),
    ("prefixed year", " Ma", "megayear", "Ma"),
    ("glued product", "MWh", "megawatt hour", "MWh"),
    ("glued product, other prefix", "TWh", "terawatt hour", "TWh"),
    ("spaced product", " kW h", "kilowatt hour", "kW h"),
    ("database product", " Nm", "newton metre", "Nm"),
    ("quotient", "km/h", "kilometre per hour", "km/h"),
    ("quotient with hr", "km/hr", "kilometre per hour", "km/hr"),
    ("quotient spaced", " m / s", "metre per second", "m / s"),
    ("quotient in words", " metres per second", "metre per second", "metres per second"),
    ("p for per", "kmph", "kilometre per hour", "kmph"),
    ("two quotients", " g/kg/day", "gram per kilogram per day", "g/kg/day"),
    ("quotient and a power", "A/cm2", "ampere per square centimetre", "A/cm2"),
    ("quotient then per", " W/m^2 per day", "watt per square metre per day", "W/m^2 per day"),
    ("power digit", "m2", "square metre", "m2"),
    ("power caret", "km^2", "square kilometre", "km^2"),
    ("power superscript", "km²", "square kilometre", "km²"),
    ("cube superscript", " cm³", "millilitre", "cm³"),
    ("negative power", " s-1", "inverse second", "s-1"),
    ("negative superscript", " s⁻¹", "inverse second", "s⁻¹"),
    ("sq", " sq m", "square metre", "sq m"),
    ("sq dotted", " sq. ft.", "square foot", "sq. ft"),
    ("square word", " square kilometers", "square kilometre", "square kilometers"),
    ("squared after", " km squared", "square kilometre", "km squared"),
    ("cubic word", " cubic metres", "cubic metre", "cubic metres"),
    ("cubic of a litre's root", " cubic decimetres", "litre", "cubic decimetres"),
    ("cubed after", " m cubed", "cubic metre", "m cubed"),
    ("dotted", " m.p.h.", "mile per hour", "m.p.h."),
    ("case variant", " Ghz", "gigahertz", "Ghz"),
    ("capitals", " KG", "kilogram", "KG"),
    ("full stop after", " km.", "kilometre", "km"),
    ("hyphen after", "km-long", "kilometre", "km"),
    ("degrees and a scale", " degrees Celsius", "celsius", "degrees Celsius"),
    ("degree sign and a letter", "°F", "fahrenheit", "°F"),
    ("spaced degree sign", "° C", "celsius", "° C"),
    ("misspelt scale", " farenheit", "fahrenheit", "farenheit"),
    ("misspelt name", " kilometres", "kilometre", "kilometres"),
    ("per cent", " per cent", "percentage", "per cent"),
    ("percentage points", " percentage points", "percentage point", "percentage points"),
    ("basis points", " basis points", "basis point", "basis points"),
    ("unit in braces", " {kg}", "kilogram", "{kg}"),
    ("currency code after", " EUR", "euro", "EUR"),
    ("currency code in lower case", " chf", "swiss franc", "chf"),
    ("currency symbol after", " ₡", "costa rican colón", "₡"),
    ("currency name", " Swiss francs", "swiss franc", "Swiss francs"),
    ("bare currency noun of one country", " ringgit", "malaysian ringgit", "ringgit"),
    ("bare noun of many countries", " dinars", "dinar", "dinars"),
    ("quantulum3's bare noun", " rupees", "indian rupee", "rupees"),
    ("bare francs", " francs", "franc", "francs"),
    ("historic currency", " Spanish pesetas", "spanish peseta", "Spanish pesetas"),
]


@pytest.mark.parametrize("after, name, taken", [c[1:] for c in UNITS], ids=[c[0] for c in UNITS])
def test_unit(after: str, name: str, taken: str) -> None:
    found = read(after)
    assert found is not None
    assert (found[0], found[2]) == (name, taken)


NOT_UNITS = [
    ("a word", " people"),
    ("a verb", " said"),
    ("a glued name", "xyz"),
    ("a number", " 45"),
    ("an English word that is a code", " cad"),
]


@pytest.mark.parametrize("after", [c[1] for c in NOT_UNITS], ids=[c[0] for c in NOT_UNITS])
def test_not_unit(after: str) -> None:
    assert read(after) is None


def test_code_runs_on() -> None:
    found = unit_grammar.match("L202", 0, 4)
    assert found is not None and found.code


# (name, words, glued, unit name or None, words taken)
LOOKUPS = [
    ("preposition spaced", ["in", "the"], False, None, 0),
    ("inch glued", ["in"], True, "inch", 1),
    ("article", ["a", "day"], False, None, 0),
    ("metre spaced", ["m"], False, "metre", 1),
    ("two words", ["nautical", "miles"], False, "nautical mile", 2),
    ("rate glued", ["/hour"], True, "inverse hour", 1),
    ("symbol with no context", ["F"], False, "fahrenheit", 1),
]


@pytest.mark.parametrize("words, glued, name, taken", [c[1:] for c in LOOKUPS], ids=[c[0] for c in LOOKUPS])
def test_lookup(words: list[str], glued: bool, name: str | None, taken: int) -> None:
    found = unit_index.lookup(words, glued)
    assert (found[0].name, found[1]) == (name, taken) if name else found is None


# (name, text, position of the number, currency name, mark start)
MARKS = [
    ("dollar sign", "cost $5", 6, "dollar", 5),
    ("country and sign", "cost US$5", 8, "dollar", 5),
    ("spaced country and sign", "cost HK $ 5", 10, "hong kong dollar", 5),
    ("one letter country", "cost C $ 5", 9, "canadian dollar", 5),
    ("code and sign in lower case", "cost nzd$5", 9, "new zealand dollar", 5),
    ("country name and sign", "cost Mex$ 5", 10, "mexican peso", 5),
    ("sign and country", "cost $US5", 8, "dollar", 5),
    ("code before", "cost GBP 5", 9, "pound sterling", 5),
    ("code in lower case", "cost rmb 5", 9, "chinese yuan", 5),
    ("local symbol", "cost RM5", 7, "malaysian ringgit", 5),
    ("in brackets", "cost (€5)", 7, "euro", 6),
]


@pytest.mark.parametrize("text, pos, name, start", [c[1:] for c in MARKS], ids=[c[0] for c in MARKS])
def test_currency_before(text: str, pos: int, name: str, start: int) -> None:
    found = unit_index.currency_before(text, pos)
    assert found is not None
    assert (found[0].name, found[1]) == (name, start)


@pytest.mark.parametrize("text, pos", [("go to $5", 7), ("you can $5", 9), ("cost 5", 5)])
def test_no_currency_before(text: str, pos: int) -> None:
    found = unit_index.currency_before(text, pos)
    assert found is None or found[1] == pos - 1  # at most the "$" itself


def test_every_current_iso_code_is_a_mark() -> None:
    marks = currency_atoms.before_marks()
    assert all(code in marks for code in ("USD", "EUR", "JPY", "LAK", "CRC", "NGN", "KES"))
    assert "TOP" not in marks  # a code that is an English word reads as one before digits ("TOP 10")
    assert unit_index.is_currency_mark("US$") and not unit_index.is_currency_mark("US")
