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
    ("hyphen range", "Fit a 20-40W bulb.", "20-40W", 30, 20, 40, "="),
    ("shared scale", "We expect six to seven thousand fans.", "six to seven thousand fans", 6500, 6000, 7000, "="),
    ("own scales", "Villas sell for $900,000 to $1.5 million.", "$900,000 to $1.5 million", 1.2e6, 9e5, 1.5e6, "="),
    ("not a wider scale", "Bids run from $300 to $2 million.", "from $300 to $2 million", 1000150, 300, 2e6, "="),
    ("unit said twice", "Fees may be 3 per cent to 12 per cent.", "3 per cent to 12 per cent", 7.5, 3, 12, "="),
    ("word range with or", "It took three or four years.", "three or four years", 3.5, 3, 4, "="),
    ("more than", "More than 1,200 people fled.", "More than 1,200 people", 1200, 1200, NAN, ">"),
    ("over", "Over 300 homes burned.", "Over 300 homes", 300, 300, NAN, ">"),
    ("at least", "It spans at least 21 countries.", "at least 21 countries", 21, 21, NAN, ">="),
    ("or more", "It needs 50 people or more.", "50 people or more", 50, 50, NAN, ">="),
    ("under", "It costs under $5.", "under $5", 5, NAN, 5, "<"),
    ("less than", "It took less than 2 hours.", "less than 2 hours", 2, NAN, 2, "<"),
    ("up to", "The plant will employ up to 650 workers.", "up to 650 workers", 650, NAN, 650, "<="),
    ("within", "They left within six days.", "within six days", 6, NAN, 6, "<="),
    ("about", "About 500,000 were hurt.", "About 500,000", 500000, 500000, 500000, "~"),
    ("around", "It moved around 120,000 residents.", "around 120,000 residents", 120000, 120000, 120000, "~"),
    ("nearly", "The drum turns nearly 900 times an hour.", "nearly 900 times an hour", 900, 900, 900, "~"),
    ("some", "Some 300 residents left.", "Some 300 residents", 300, 300, 300, "~"),
    ("rose", "Sales rose 8% last year.", "8%", 8, 8, 8, "up"),
    ("fell", "Profits fell 65% in 2024.", "65%", 65, 65, 65, "down"),
    ("gained by", "The index gained by 2 percent.", "2 percent", 2, 2, 2, "up"),
    ("were up", "Bank stocks were up 2.8% today.", "2.8%", 2.8, 2.8, 2.8, "up"),
    ("signed percentage", "In Europe: FTSE -0.6% today.", "-0.6%", -0.6, -0.6, -0.6, "down"),
    ("minus temperature is no fall", "It was minus 5 degrees Celsius.", "minus 5 degrees Celsius", -5, -5, -5, "="),
    ("target of a rise", "Shares rose 8% to 3.65.", "3.65", 3.65, 3.65, 3.65, "="),
    ("vague amount", "Thousands of migrants came.", "Thousands of migrants", 5500, 1000, 10000, "="),
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
    ("closed interval", "The count was more than 70 and less than 90.", "more than 70 and less than 90", 80, 70, 90, "="),
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
    found = rows("The Nikkei shed 410 points, or 1.3%, on Monday.")
    assert [(r.surface, r.change) for r in found] == [("410 points", "down"), ("1.3%", "down")]


def test_bracketed_equivalent_shares_the_bound() -> None:
    found = rows("Savers holding over 2 million euros (US$2.2 million) pay the levy.")
    assert [r.change for r in found] == [">", ">"]


def test_particle_up_is_no_rise() -> None:
    assert only("Every year we sign up 6,500 students.").change == "="


# The bound grammar, composed: (name, text, surface, change)
BOUNDS = [
    ("no more than", "Each team fields no more than 11 players.", "no more than 11 players", "<="),
    ("not fewer than", "Not fewer than 40 buses ran.", "Not fewer than 40 buses", ">="),
    ("no less than", "The fine is no less than $500.", "no less than $500", ">="),
    ("comparative or equal to", "Scores greater or equal to 90 pass.", "greater or equal to 90", ">="),
    ("comparative or equal than", "Keep it lower or equal than 15.", "lower or equal than 15", "<="),
    ("equal to or comparative than", "Loads equal to or less than 8 tonnes are fine.", "equal to or less than 8 tonnes", "<="),
    ("hedged comparative", "It cost slightly more than $40.", "slightly more than $40", ">"),
    ("hedged preposition", "Prices stayed well below 3%.", "well below 3%", "<"),
    ("just under", "The bridge is just under 2 km long.", "just under 2 km", "<"),
    ("exceeding", "Claims exceeding $10,000 need a form.", "exceeding $10,000", ">"),
    ("exceeded", "Turnout exceeded 70% in the north.", "exceeded 70%", ">"),
    ("surpassed", "Its debt surpassed 90 billion euros.", "surpassed 90 billion euros", ">"),
    ("topped", "Attendance topped 45,000 on Sunday.", "topped 45,000", ">"),
    ("under the age of", "Children under the age of 12 were let in.", "under the age of 12", "<"),
    ("over the age of", "Drivers over the age of 70 must retest.", "over the age of 70", ">"),
    ("sub- prefix", "They sell sub-200 models.", "sub-200 models", "<"),
    ("in excess of", "Winds in excess of 120 km/h hit the coast.", "in excess of 120 km/h", ">"),
    ("a maximum of", "Guests may bring a maximum of 2 bags.", "a maximum of 2 bags", "<="),
    ("plus after", "They hired 30-plus engineers.", "30-plus", ">="),
    ("glued plus sign", "It drew 500+ visitors.", "500+", ">="),
    ("or fewer", "Firms with 9 staff or fewer qualify.", "9 staff or fewer", "<="),
    ("or so", "We waited an hour or 40 minutes or so.", "40 minutes or so", "~"),
    ("or less after an approximation", "It weighs about 6 kilos or less.", "about 6 kilos or less", "<="),
    ("or greater than a number bounds that one", "It is 12 or greater than 10.", "12", "="),
    ("or greater than at the end", "Its value is 12 or greater than.", "12 or greater", ">="),
    ("glued sign after a letter", "Keep t>5 and u<9.", ">5", ">"),
    ("barely", "Barely 300 people came.", "Barely 300 people", "~"),
    ("closer to", "The toll is closer to 90.", "closer to 90", "~"),
    ("as many as", "As many as 80 homes burned.", "As many as 80 homes", "<="),
    ("as much as", "Rain of as much as 90 mm fell.", "as much as 90 mm", "<="),
    ("a bound before the level", "It closed above the 5,000 mark.", "above the 5,000", ">"),
    ("a bound before the level and a unit", "Gold fell under the $1,800 an ounce level.", "under the $1,800 an ounce", "<"),
    ("crossing a level of money", "Copper passed $9,000 a tonne.", "passed $9,000 a tonne", ">"),
    ("crossing a bare level", "The index broke 20,000 on Monday.", "broke 20,000", ">"),
    ("past a level", "Bitcoin surged past $70,000.", "past $70,000", ">"),
    ("crossing a count is no bound", "Lawmakers passed 3 bills.", "3 bills", "="),
    ("past after a determiner is time", "In the past 4 weeks it slid.", "4 weeks", "="),
]


@pytest.mark.parametrize("text, surface, change", [c[1:] for c in BOUNDS], ids=[c[0] for c in BOUNDS])
def test_bound(text: str, surface: str, change: str) -> None:
    assert (surface, change) in [(r.surface, r.change) for r in rows(text)]


# Rises and falls, and the levels around them: (name, text, [(surface, change), ...])
CHANGES = [
    ("verb by amount then level", "Revenue increased by $3 billion to $51 billion.",
     [("$3 billion", "up"), ("$51 billion", "=")]),
    ("fell by then to", "The rate fell by 2 points to 41 points.", [("2 points", "down"), ("41 points", "=")]),
    ("move then level, marks on both", "Gold fell $12.40 to $1,905.10.", [("$12.40", "down"), ("$1,905.10", "=")]),
    ("adverb move then level", "Acme (up $0.85 to $14.20) led.", [("$0.85", "up"), ("$14.20", "=")]),
    ("move as a range", "Shares may rise 5 to 10 percent.", [("5 to 10 percent", "up")]),
    ("by-amount with the verb left out", "Sales grew 4%, and its payout by 3c to 21c a share.",
     [("4%", "up"), ("3c", "="), ("21c a share", "=")]),
    ("verb of change from-to: two levels", "Enrolment went from 16,000 to 21,000.",
     [("16,000", "="), ("21,000", "=")]),
    ("rose from-to: two levels", "Deaths rose from 120 to 150.", [("120", "="), ("150", "=")]),
    ("falling from-to: two levels", "Output dropped from 9.5 to 8.1 tonnes.", [("9.5", "="), ("8.1 tonnes", "=")]),
    ("from-to with no verb of change is a range", "From 300 to 400 people attended.",
     [("From 300 to 400 people", "=")]),
    ("ranging from-to is a range", "Seats range from $40 to $95.", [("from $40 to $95", "=")]),
    ("noun after: a drop", "Shares saw a 12 percent drop.", [("12 percent", "down")]),
    ("noun after: an increase", "It reported a 5% increase in sales.", [("5%", "up")]),
    ("noun after with a modifier", "They forecast a 3% annual rise.", [("3%", "up")]),
    ("noun after: money", "The board approved a $2 million cut.", [("$2 million", "down")]),
    ("plural noun after is a count", "The plan brings 200 job cuts.", [("200 job cuts", "=")]),
    ("noun of: an increase of", "It expects an increase of 4% next year.", [("4%", "up")]),
    ("noun of: a decline of", "Analysts saw a decline of $6 billion.", [("$6 billion", "down")]),
    ("noun with a copula", "The reduction was 2.8 points.", [("2.8 points", "down")]),
    ("transitive verb with by", "The bank cut its forecast by 0.5 percentage points.",
     [("0.5 percentage points", "down")]),
    ("raised by", "The firm raised prices by 7%.", [("7%", "up")]),
    ("raised money is no rise", "The startup raised $40 million.", [("$40 million", "=")]),
    ("added jobs", "Employers added 95,000 jobs.", [("95,000 jobs", "up")]),
    ("reduced by", "Emissions were reduced by 11%.", [("11%", "down")]),
    ("down after a noun", "Tech shares down 3.5% today.", [("3.5%", "down")]),
    ("up after a name", "Acme up 2% on the news.", [("2%", "up")]),
    ("up as a particle", "Volunteers signed up 80 members.", [("80 members", "=")]),
    ("edged up", "The index edged up 0.4%.", [("0.4%", "up")]),
    ("warmed", "The lake warmed 2 degrees Celsius.", [("2 degrees Celsius", "up")]),
    ("cooled by", "Nights cooled by 3 degrees.", [("3 degrees", "down")]),
    ("up from is a baseline", "Sales were 5 million, up from 4 million.", [("5 million", "="), ("4 million", "=")]),
    ("bound wins over a move", "Profits rose more than 8%.", [("more than 8%", ">")]),
    ("either ... or by", "Costs may rise by either 12 percent or by 9 percent.", [("12 percent", "up"), ("9 percent", "up")]),
    ("comparative after the amount", "The index ended 41.5 points lower.", [("41.5 points", "down")]),
    ("higher after a percentage", "Shares finished 6% higher.", [("6%", "up")]),
    ("higher than is a difference", "Rents are 6% higher than in May.", [("6%", "=")]),
    ("or apposition shares the move", "Oil slid 2 dollars, or 3%.", [("2 dollars", "down"), ("3%", "down")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_change(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.surface, r.change) for r in rows(text)] == expected


# Intervals: (name, text, surface, low, high)
INTERVALS = [
    ("closed upper first", "Bring at most 60 and at least 15 cups.", "at most 60 and at least 15 cups", 15, 60),
    ("closed with no more / no less", "Keep it no more than 75 and no less than 35.",
     "no more than 75 and no less than 35", 35, 75),
    ("closed with a comma", "Use above 10, below 30 for this.", "above 10, below 30", 10, 30),
    ("between reversed", "It lies between 50 and 20 metres deep.", "between 50 and 20 metres", 20, 50),
    ("from reversed with no move", "Temperatures from 30 to 18 degrees.", "from 30 to 18 degrees", 18, 30),
    ("mark and scale on both ends", "It will cost between US$40 million and US$45 million.",
     "between US$40 million and US$45 million", 40e6, 45e6),
    ("decimals run down with a dash", "A ratio of 4.8-4.7 was seen.", "4.8-4.7", 4.7, 4.8),
]


@pytest.mark.parametrize("text, surface, low, high", [c[1:] for c in INTERVALS], ids=[c[0] for c in INTERVALS])
def test_interval(text: str, surface: str, low: float, high: float) -> None:
    row = next(r for r in rows(text) if r.surface == surface)
    assert (row.low, row.high) == (pytest.approx(low), pytest.approx(high))


# Not quantities, or not bounds: (name, text, surfaces)
NOT = [
    ("score after won", "They won 112-104 in overtime.", []),
    ("score before lead", "It was a 9-2 lead at the break.", []),
    ("score running down", "Spain beat Italy 3-1.", []),
    ("tie", "The match ended 0-0.", []),
    ("vote tally", "The Senate passed it 52-48.", []),
    ("ascending score with a score word", "They suffered a 2-3 loss.", []),
    ("a range with a counted noun stays", "Groups of 4-6 people are best.", ["4-6 people"]),
    ("over a duration after a quantity is a period", "Prices grew 5% over 25 years.", ["5%", "25 years"]),
    ("over a duration alone is a bound", "She served over 25 years.", ["over 25 years"]),
]


@pytest.mark.parametrize("text, surfaces", [c[1:] for c in NOT], ids=[c[0] for c in NOT])
def test_not_a_quantity_or_bound(text: str, surfaces: list[str]) -> None:
    assert [r.surface for r in rows(text)] == surfaces
