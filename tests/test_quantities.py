"""Stage 4: ranges, bounds, approximations, rises and falls."""

from __future__ import annotations

import math

import pytest

from conftest import only, rows

NAN = math.nan

# (name, text, surface, value, low, high, change)
CASES = [
    ("exact", "It has 1,200 staff.", "1,200 staff", 1200, 1200, 1200, "="),
    ("range with to", "There are 35,000 to 37,000 African students.", "35,000 to 37,000 African students", 36000, 35000, 37000, "="),
    ("between and", "It weighs between 5 and 10 tonnes.", "between 5 and 10 tonnes", 7.5, 5, 10, "="),
    ("hyphen range", "They used a 5-10W laser.", "5-10W", 7.5, 5, 10, "="),
    ("shared scale", "There are four to five thousand people.", "four to five thousand people", 4500, 4000, 5000, "="),
    ("own scales", "Condos cost $800,000 to $1.3 million.", "$800,000 to $1.3 million", 1.05e6, 8e5, 1.3e6, "="),
    ("not a wider scale", "Claims range from $200 to $4 million.", "from $200 to $4 million", 2000100, 200, 4e6, "="),
    ("unit said twice", "It could rise five per cent to 20 per cent.", "five per cent to 20 per cent", 12.5, 5, 20, "="),
    ("word range with or", "It took three or four years.", "three or four years", 3.5, 3, 4, "="),
    ("more than", "More than 1,200 people fled.", "More than 1,200 people", 1200, 1200, NAN, ">"),
    ("over", "Over 300 homes burned.", "Over 300 homes", 300, 300, NAN, ">"),
    ("at least", "It spans at least 21 countries.", "at least 21 countries", 21, 21, NAN, ">="),
    ("or more", "It needs 50 people or more.", "50 people or more", 50, 50, NAN, ">="),
    ("under", "It costs under $5.", "under $5", 5, NAN, 5, "<"),
    ("less than", "It took less than 2 hours.", "less than 2 hours", 2, NAN, 2, "<"),
    ("up to", "It will hire up to 400 people.", "up to 400 people", 400, NAN, 400, "<="),
    ("within", "They left within six days.", "within six days", 6, NAN, 6, "<="),
    ("about", "About 500,000 were hurt.", "About 500,000", 500000, 500000, 500000, "~"),
    ("around", "It moved around 120,000 residents.", "around 120,000 residents", 120000, 120000, 120000, "~"),
    ("nearly", "It spins nearly 78,000 times a minute.", "nearly 78,000 times a minute", 78000, 78000, 78000, "~"),
    ("some", "Some 300 residents left.", "Some 300 residents", 300, 300, 300, "~"),
    ("rose", "Sales rose 8% last year.", "8%", 8, 8, 8, "up"),
    ("fell", "Profits fell 65% in 2024.", "65%", 65, 65, 65, "down"),
    ("gained by", "The index gained by 2 percent.", "2 percent", 2, 2, 2, "up"),
    ("were up", "Bank stocks were up 2.8% today.", "2.8%", 2.8, 2.8, 2.8, "up"),
    ("signed percentage", "In Europe: FTSE -0.6% today.", "-0.6%", -0.6, -0.6, -0.6, "down"),
    ("minus temperature is no fall", "It was minus 5 degrees Celsius.", "minus 5 degrees Celsius", -5, -5, -5, "="),
    ("target of a rise", "Shares rose 8% to 3.65.", "3.65", 3.65, 3.65, 3.65, "="),
    ("vague amount", "Thousands of migrants came.", "Thousands of migrants", 5500, 1000, 10000, "="),
    ("range moving up", "Deaths rose from 120 to 150.", "from 120 to 150", 135, 120, 150, "up"),
    ("suspended hyphen range", "Most 18- to 24-year-olds voted.", "18- to 24-year-olds", 21, 18, 24, "="),
    ("range below zero", "It was 10 to 20 degrees below zero.", "10 to 20 degrees below zero", -15, -20, -10, "="),
    ("and up to is no bound", "We need 5 and up to 10 people.", "5", 5, 5, 5, "="),
    ("age groups stay apart", "The over-18s and under-65s can apply.", "under-65s", 65, NAN, 65, "<"),
    ("word range", "The score was between twenty and thirty.", "between twenty and thirty", 25, 20, 30, "="),
    ("tilde range", "They expect 20~30 guests.", "20~30 guests", 25, 20, 30, "="),
    ("larger than", "It is larger than 20 today.", "larger than 20", 20, 20, NAN, ">"),
    ("greater than or equal to", "It is greater than or equal to 7.", "greater than or equal to 7", 7, 7, NAN, ">="),
    ("less than or equal to", "It is less than or equal to 35.", "less than or equal to 35", 35, NAN, 35, "<="),
    ("sign bound", "It should be ≥ 30.", "≥ 30", 30, 30, NAN, ">="),
    ("closed interval", "The count was more than 30 and less than 40.", "more than 30 and less than 40", 35, 30, 40, "="),
    ("signs closing an interval", "It is > 30 and <40.", "> 30 and <40", 35, 30, 40, "="),
    ("and older", "People aged 65 and older were vaccinated.", "65 and older", 65, 65, NAN, ">="),
    ("years or older", "Men 50 years or older are screened.", "50 years or older", 50, 50, NAN, ">="),
    ("and under", "Children aged 12 and under ride free.", "12 and under", 12, NAN, 12, "<="),
    ("and over the year is no bound", "Sales rose 5% and over the year doubled.", "5%", 5, 5, 5, "up"),
    ("age group", "The over-65s are most at risk.", "over-65s", 65, 65, NAN, ">"),
    ("below zero", "It is 20 degrees below zero.", "20 degrees below zero", -20, -20, -20, "="),
]


@pytest.mark.parametrize(
    "text, surface, value, low, high, change", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_quantity(text: str, surface: str, value: float, low: float, high: float, change: str) -> None:
    row = next(r for r in rows(text) if r.surface == surface)
    assert (row.value, row.change) == (pytest.approx(value), change)
    for got, want in ((row.low, low), (row.high, high)):
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want)


def test_or_apposition_shares_the_fall() -> None:
    found = rows("The Dow lost 190 points, or 0.6%, on Friday.")
    assert [(r.surface, r.change) for r in found] == [("190 points", "down"), ("0.6%", "down")]


def test_bracketed_equivalent_shares_the_bound() -> None:
    found = rows("Customers with more than 7.5 million Danish crowns (US$1.1 million) pay.")
    assert [r.change for r in found] == [">", ">"]


def test_particle_up_is_no_rise() -> None:
    assert only("Every year we sign up 6,500 students.").change == "="
