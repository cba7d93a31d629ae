"""SI values: surfaces to si_value / si_low / si_high / si_unit, and the units with no SI form."""

from __future__ import annotations

import math
import subprocess
import sys
from collections import defaultdict

import pandas as pd
import pytest

import figures
from conftest import REF, only
from figures import lexicon, si

# (text, si_value, si_unit): one quantity each, converted through pint.
CONVERTED = [
    ("Gusts reached 100 km/h on the ridge.", 27.7778, "m/s"),
    ("The convoy covered 5 miles before dawn.", 8046.72, "m"),
    ("It was 90 degrees Fahrenheit in the shade.", 305.3722, "K"),
    ("Thermometers showed minus 5C at the station.", 268.15, "K"),
    ("Each crate weighs 2 tonnes.", 2000.0, "kg"),
    ("The tank holds 40 litres.", 0.04, "m**3"),
    ("The rods are 25 cm long.", 0.25, "m"),
    ("Each tablet holds 1,200 mg of salt.", 0.0012, "kg"),
    ("The new dam will produce 3 GW.", 3e9, "W"),
    ("The farm sold 500 kWh to the grid.", 1.8e9, "J"),
    ("The old engine makes 80 horsepower.", 59655.99, "W"),
    ("The tyres are pumped to 32 psi.", 220632.23, "Pa"),
    ("The fire burned 300 sq km of forest.", 3e8, "m**2"),
    ("The plot covers 3 hectares.", 30000.0, "m**2"),
    ("Drivers may not exceed 30 mph there.", 13.4112, "m/s"),
    ("The field of 3 kV/cm broke the glass.", 300000.0, "V/m"),
    ("The rig pumps 500 barrels a day.", 0.00092006, "m**3/s"),
    ("She planted a 200-year-old vine.", 200 * 365.25 * 86400, "s"),
    ("The ship sailed 12 nautical miles out.", 22224.0, "m"),
    ("The boat drifted at 4 knots.", 2.0578, "m/s"),
]


@pytest.mark.parametrize(("text", "value", "unit"), CONVERTED, ids=[c[2] + ":" + c[0][:30] for c in CONVERTED])
def test_converted(text: str, value: float, unit: str) -> None:
    row = only(text)
    assert row.si_unit == unit
    assert row.si_value == pytest.approx(value, rel=1e-4)


# (text, si_low, si_high, si_unit): ranges and bounds convert both ends; NaN stays NaN.
INTERVALS = [
    ("Winds of 100 to 120 km/h hit the coast.", 27.7778, 33.3333, "m/s"),
    ("The trail runs between 10 and 20 km.", 10000.0, 20000.0, "m"),
    ("Cars drove at more than 30 mph.", 13.4112, math.nan, "m/s"),
    ("Loads of up to 5 tonnes are allowed.", math.nan, 5000.0, "kg"),
    ("Nights stay at 10 to 15 degrees Celsius.", 283.15, 288.15, "K"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), INTERVALS, ids=[c[0][:30] for c in INTERVALS])
def test_intervals(text: str, low: float, high: float, unit: str) -> None:
    row = only(text)
    assert row.si_unit == unit
    assert row.si_low == pytest.approx(low, rel=1e-4, nan_ok=True)
    assert row.si_high == pytest.approx(high, rel=1e-4, nan_ok=True)
    middle = (row.si_low + row.si_high) / 2 if row.low != row.high and not math.isnan(row.low + row.high) else None
    if middle is not None:
        assert row.si_value == pytest.approx(middle)


# A rise or fall of a temperature is a difference: no offset of the scale's zero.
@pytest.mark.parametrize(("text", "value"), [
    ("Temperatures rose 9 degrees Fahrenheit in a week.", 5.0),
    ("Temperatures fell 4 degrees Celsius overnight.", 4.0),
    ("Temperatures rose to 40 degrees Celsius on Friday.", 313.15),  # a level
], ids=["rise-fahrenheit", "fall-celsius", "rose-to-a-level"])
def test_temperature_moves_are_differences(text: str, value: float) -> None:
    assert only(text).si_value == pytest.approx(value)


# Unit names that the unit grammar composes, read by rule: "X per Y", squares, prefixes, products.
COMPOSED = [
    ("kilowatt hour per square metre per year", "rate", 0.114077, "W/m**2"),
    ("joule per square metre per year", "rate", 3.1688e-8, "W/m**2"),
    ("megawatt hour", "energy", 3.6e9, "J"),
    ("gigawatt hour per year", "rate", 114077.1, "W"),
    ("millisievert", "radiation absorbed dose", 0.001, "Sv"),
    ("square centimetre", "area", 1e-4, "m**2"),
    ("cubic foot per second", "volumetric flow", 0.0283168, "m**3/s"),
    ("tonne per hectare", "rate", 0.1, "kg/m**2"),
    ("kilometre per hour", "rate", 0.277778, "m/s"),
    ("foot per square second", "acceleration", 0.3048, "m/s**2"),
    ("centipoise", "dynamic viscosity", 0.001, "Pa*s"),
    ("kilovolt per centimetre", "rate", 100000.0, "V/m"),
    ("mile per gallon", "fuel economy", 425143.7, "1/m**2"),
    ("ampere-hour", "charge", 3600.0, "C"),
    ("horsepower-hour", "energy", 2684519.5, "J"),
    ("curie", "radioactivity", 3.7e10, "Bq"),
    ("megahertz", "frequency", 1e6, "Hz"),
    ("celsius", "temperature", 1.0, "K"),
    ("month of age", "age", 2629800.0, "s"),
    ("decade", "time", 315576000.0, "s"),
    ("kilotonne", "mass", 1e6, "kg"),
]


@pytest.mark.parametrize(("unit", "dimension", "scale", "si_unit"), COMPOSED, ids=[c[0] for c in COMPOSED])
def test_composed_names(unit: str, dimension: str, scale: float, si_unit: str) -> None:
    conv = si.conversion(unit, dimension)
    assert conv is not None, si.reason(unit, dimension)
    assert (conv.scale, conv.unit) == (pytest.approx(scale, rel=1e-4), si_unit)


# (unit, dimension, a word of the reason): never a guess.
NO_SI_FORM = [
    ("people per day", "rate", "people"),
    ("student", "count", "number of things"),
    ("dollar", "currency", "money"),
    ("dollar per barrel", "rate", "money"),
    ("percentage", "percentage", "ratio"),
    ("ton", "mass", "ambiguous"),
    ("ton per day", "mass flow", "ambiguous"),
    ("degree", "temperature", "temperature"),
    ("gigabyte", "data storage", "information"),
    ("decibel", "sound level", "logarithmic"),
    ("gauss", "magnetic field", "Gaussian"),
    ("gigapixel", "typographical element", "pixels"),
    ("gigapixel per second", "rate", "pixels"),
    ("point per game", "rate", "count"),
    ("degree celsius per hour", "rate", "pint cannot"),
    (None, "number", "bare number"),
]


@pytest.mark.parametrize(("unit", "dimension", "why"), NO_SI_FORM, ids=[str(c[0]) for c in NO_SI_FORM])
def test_no_si_form(unit: str | None, dimension: str, why: str) -> None:
    assert si.conversion(unit, dimension) is None
    assert why in (si.reason(unit, dimension) or "")
    assert si.columns(unit, dimension, "=", 5.0, 5.0, 5.0) == {
        "si_value": pytest.approx(math.nan, nan_ok=True), "si_low": pytest.approx(math.nan, nan_ok=True),
        "si_high": pytest.approx(math.nan, nan_ok=True), "si_unit": None,
    }


@pytest.mark.parametrize(("text", "unit"), [
    ("More than 1,200 people a day crossed.", "people per day"),
    ("The fare rose to $5 a ride.", "dollar per ride"),
    ("Prices fell 3% in May.", "percentage"),
    ("Highs of 25 degrees are expected.", "degree"),
    ("About 40 students came.", "student"),
], ids=["counted-rate", "money-rate", "percentage", "degrees-no-scale", "count"])
def test_rows_with_no_si_form(text: str, unit: str) -> None:
    row = only(text)
    assert row.unit == unit
    assert math.isnan(row.si_value) and row.si_unit is None


@pytest.mark.parametrize(("unit", "dimension"), sorted(si.nameable_units().items()), ids=sorted(si.nameable_units()))
def test_every_nameable_unit_converts_or_says_why_not(unit: str, dimension: str) -> None:
    converts = si.conversion(unit, dimension) is not None
    assert converts != bool(si.reason(unit, dimension))


# Dimensions whose units pint writes in two SI units, and why that is right.
TWO_SI_UNITS = {
    "angle": {"rad", "sr"},  # quantulum3 files the steradian (a solid angle) under angle
    "radiation absorbed dose": {"Gy", "Sv"},  # absorbed and equivalent dose share J/kg, not a name
    "instance frequency": {"Hz", "rad/s"},  # revolutions per minute: pint's turn is 2 pi radians
}


def test_one_si_unit_per_dimension() -> None:
    units: dict[str, set[str]] = defaultdict(set)
    for unit, dimension in si.nameable_units().items():
        conv = si.conversion(unit, dimension)
        if conv is not None and dimension != "rate":
            units[dimension].add(conv.unit)
    mixed = {d: u for d, u in units.items() if len(u) > 1}
    assert mixed == TWO_SI_UNITS


def test_data_files_name_known_units() -> None:
    names = si.nameable_units()
    for what, name, why in lexicon.rows("si_none.tsv"):
        assert what in ("dimension", "unit") and why
        assert what == "dimension" or name in names, name
    for name, expression, why in lexicon.rows("si_names.tsv"):
        assert name in names and expression and why, name


def test_columns_and_dtypes() -> None:
    frame = figures.extract("About 40 km away, 3 homes burned.", ref_date=REF)
    assert list(frame.columns[-4:]) == ["si_value", "si_low", "si_high", "si_unit"]
    assert [frame[c].dtype for c in ("si_value", "si_low", "si_high")] == ["float64"] * 3
    assert pd.api.types.is_string_dtype(frame["si_unit"])
    assert frame["si_value"].tolist()[0] == 40000.0 and math.isnan(frame["si_value"].tolist()[1])
    assert frame["si_unit"].tolist()[0] == "m" and pd.isna(frame["si_unit"].tolist()[1])
    empty = figures.extract("", ref_date=REF)
    assert list(empty.dtypes.astype(str)) == list(frame.dtypes.astype(str))


def test_accessor_gives_the_si_columns() -> None:
    texts = pd.Series(["The lorry carried 2 tonnes.", "No numbers here."], index=["a", "b"])
    facts = texts.figures.extract(ref_date=REF)
    assert facts[["doc_id", "si_value", "si_unit"]].values.tolist() == [["a", 2000.0, "kg"]]


def test_summary_lists_si_units() -> None:
    from figures.summary import summarize

    frame = figures.extract("They ran 5 miles and 3 km, then 4 km more. 2 tonnes fell.", ref_date=REF)
    lines = summarize(frame).splitlines()
    at = lines.index(next(line for line in lines if line.startswith("SI unit")))
    assert [line.split()[:2] for line in lines[at + 1 :]] == [["m", "3"], ["kg", "1"]]
    assert "SI unit" not in summarize(frame.drop(columns=["si_unit"]))


def test_pint_loads_on_the_first_physical_unit() -> None:
    code = (
        "import sys, figures; figures.find('About 40 people came.'); assert 'pint' not in sys.modules; "
        "figures.find('About 40 km away.'); assert 'pint' in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
