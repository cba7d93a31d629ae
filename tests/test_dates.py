"""The date column: time phrases found, and resolved as dateparser resolves them."""

from __future__ import annotations

import datetime as dt

import pytest

import figures
from figures import dates

REF = dt.date(2025, 6, 1)  # a Sunday

# (phrase in a sentence, expected date column), seen from REF
CASES = [
    ("Prices rose 5% yesterday.", "2025-05-31"),
    ("Prices rose 5% today.", "2025-06-01"),
    ("Prices rose 5% last month.", "2025-05-01"),
    ("Prices rose 5% last week.", "2025-05-25"),
    ("Prices rose 5% on Thursday.", "2025-05-29"),
    ("Prices rose 5% on Jan. 24.", "2025-01-24"),
    ("Prices rose 5% on Dec. 2.", "2024-12-02"),
    ("Prices rose 5% on Dec 2, 2019.", "2019-12-02"),
    ("Prices rose 5% on 2 December 2019.", "2019-12-02"),
    ("Prices rose 5% in 2023.", "2023"),
    ("Prices rose 5% this year.", "2025"),
    ("Prices rose 5% last year.", "2024"),
    ("Prices rose 5% earlier this year.", "2025"),
    ("Prices rose 5% in March.", "2025-03"),
    ("Prices rose 5% in July.", "2024-07"),
    ("Prices rose 5% in March 2021.", "2021-03"),
    ("Prices rose 5% three days ago.", "2025-05-29"),
    ("Prices rose 5%.", None),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_date_column(text: str, expected: str | None) -> None:
    (row,) = figures.find(text, ref_date=REF)
    assert row.date == expected


def test_each_clause_its_own_phrase() -> None:
    rows = figures.find("Sales fell 3% in 2019 but rose 7% last month.", ref_date=REF)
    assert [r.date for r in rows] == ["2019", "2025-05-01"]


PHRASES = [
    "yesterday", "today", "tomorrow", "Thursday", "Sunday", "Monday", "last week", "last month",
    "this month", "next month", "next week", "last Thursday", "Dec. 2", "Dec 2, 2019", "June 1",
    "June 5", "June 7", "2 December 2019", "3 days ago", "two weeks ago", "a week ago",
    "Jan. 24", "September 8", "Feb. 29", "1 March", "5th of May",
]
REFS = [dt.date(2025, 6, 1) + dt.timedelta(days=61 * k) for k in range(6)] + [dt.date(2024, 2, 29)]


@pytest.mark.parametrize("ref", REFS, ids=str)
def test_fast_path_agrees_with_dateparser(ref: dt.date) -> None:
    for phrase in PHRASES:
        if phrase.lower() == f"{ref:%A}".lower():
            continue  # a weekday that is the reference date itself: see test_weekday_of_the_paper
        fast = dates._resolve_common(phrase, ref)
        assert fast is not None, phrase
        slow = dates._dateparser_parse(phrase, ref)
        assert slow is not None and fast == slow.date().isoformat(), (phrase, ref)


def test_month_alone_agrees_with_dateparser() -> None:
    for ref in REFS:
        for month in ("March", "June", "July", "December"):
            slow = dates._dateparser_parse(month, ref)
            assert dates._resolve_common(month, ref) == slow.strftime("%Y-%m"), (month, ref)


@pytest.mark.parametrize(
    "phrase, expected",
    [("last August", "2024-08"), ("last June", "2024-06"), ("this August", "2025-08"),
     ("next March", "2026-03"), ("next July", "2025-07")],
)
def test_month_with_a_step(phrase: str, expected: str) -> None:
    assert dates.resolve(phrase, REF) == expected


# Phrases dateparser cannot resolve, given the first day or month of the span they name
# (a quarter, like every quarter, by its first month).
SPANS = [
    ("last spring", "2025-03"), ("last summer", "2024-06"), ("this summer", "2025-06"),
    ("last fall", "2024-09"), ("last autumn", "2024-09"), ("next fall", "2025-09"),
    ("last winter", "2024-12"), ("this winter", "2025-12"), ("next spring", "2026-03"),
    ("last quarter", "2025-01"), ("this quarter", "2025-04"), ("next quarter", "2025-07"),
    ("last weekend", "2025-05-24"), ("this weekend", "2025-05-31"), ("next weekend", "2025-06-07"),
]


@pytest.mark.parametrize("phrase, expected", SPANS)
def test_seasons_quarters_and_weekends(phrase: str, expected: str) -> None:
    assert dates.resolve(phrase, REF) == expected


@pytest.mark.parametrize(
    "phrase, ref, expected",
    [("last winter", dt.date(2027, 1, 10), "2025-12"), ("this winter", dt.date(2027, 1, 10), "2026-12"),
     ("this spring", dt.date(2027, 1, 10), "2027-03"), ("last fall", dt.date(2026, 11, 25), "2025-09"),
     ("last spring", dt.date(2026, 11, 25), "2026-03"), ("last quarter", dt.date(2025, 1, 15), "2024-10"),
     ("this winter", dt.date(2026, 3, 12), "2025-12"), ("this winter", dt.date(2026, 4, 12), "2026-12")],
)
def test_spans_across_the_year(phrase: str, ref: dt.date, expected: str) -> None:
    assert dates.resolve(phrase, ref) == expected


def test_season_in_a_sentence() -> None:
    (row,) = figures.find("Enrolment fell 4% last spring.", ref_date=REF)
    assert row.date == "2025-03"


def test_unresolved_phrases_give_no_date() -> None:
    assert dates._resolve_common("late Tuesday", REF) is None  # left to dateparser
    assert dates.resolve("previous fortnight", REF) is None  # which cannot say either


# Shapes the fast path reads itself, as the date column gives them (see the module docstring).
SHAPES = [
    ("Profit rose 5% in the third quarter of 2004.", "2004-07"),
    ("Profit rose 5% in Q3 2024.", "2024-07"),
    ("Profit rose 5% in 2024 Q4.", "2024-10"),
    ("Second-quarter profit rose 5%.", "2025-04"),
    ("Third-quarter profit rose 5%.", "2024-07"),  # Q3 2025 has not begun by June 1
    ("Profit rose 5% in the first quarter of last year.", "2024-01"),
    ("Profit rose 5% in the second half of 2023.", "2023-07"),
    ("Profit rose 5% in fiscal 2023.", "2023"),
    ("Profit rose 5% in FY24.", "2024"),
    ("Profit rose 5% in fall 2013.", "2013-09"),
    ("Profit rose 5% in the winter of 2014.", "2014-12"),
    ("Profit rose 5% in the 1990s.", "1990"),
    ("Profit rose 5% in the 2019/20 season.", "2019"),
    ("Profit rose 5% in 1866.", "1866"),
    ("Profit rose 5% over the past decade.", "2015"),
    ("Profit rose 5% over the last three months.", "2025-03"),
    ("Profit rose 5% in the past nine days.", "2025-05-23"),
    ("Profit will rise 5% over the next decade.", "2035"),
    ("Profit will rise 5% by year-end.", "2025"),
    ("Profit will rise 5% by the end of the year.", "2025"),
    ("Profit rose 5% two years ago.", "2023"),
    ("Profit rose 5% four months ago.", "2025-02"),
    ("Profit rose 5% since July 8.", "2024-07-08"),
    ("Profit rose 5% on Sunday.", "2025-06-01"),  # REF is a Sunday: the paper's own day
    ("Profit rose 5% last Sunday.", "2025-05-25"),
    ("Profit will rise 5% on Thursday.", "2025-06-05"),
    ("Profit will rise 5% in March.", "2026-03"),
    ("Profit will rise 5% this weekend.", "2025-05-31"),
    ("Profit rose 5% last weekend.", "2025-05-24"),
    ("Profit rose 5% this decade.", "2020"),
    ("Profit rose 5% in the March quarter.", "2025-03"),
]


@pytest.mark.parametrize("text, expected", SHAPES, ids=[s[0] for s in SHAPES])
def test_shapes(text: str, expected: str) -> None:
    row = figures.find(text, ref_date=REF)[0]  # "three months" in a span is a row of its own, undated
    assert row.date == expected


@pytest.mark.parametrize(
    "ref, phrase, expected",
    [("2025-06-03", "Tuesday", "2025-06-03"), ("2025-06-03", "last Tuesday", "2025-05-27"),
     ("2025-06-03", "next Tuesday", "2025-06-10"), ("2025-06-03", "Wednesday", "2025-05-28")],
)
def test_weekday_of_the_paper(ref: str, phrase: str, expected: str) -> None:
    """ "on Tuesday" in Tuesday's paper is that day; dateparser would go back a week."""
    assert dates.resolve(phrase, dt.date.fromisoformat(ref)) == expected


@pytest.mark.parametrize(
    "anchor, phrase, expected",
    [("2024-08", "a year earlier", "2023-08"), ("2024", "the previous year", "2023"),
     ("2024-08-15", "a week earlier", "2024-08-08"), ("2024", "a month earlier", None),
     ("2024-08", "two months earlier", "2024-06"), ("2024-03-01", "the year before", "2023-03")],
)
def test_counted_back_from_another_date(anchor: str, phrase: str, expected: str | None) -> None:
    assert dates.shifted(anchor, phrase) == expected
