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


def test_nearest_phrase_wins() -> None:
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


# Phrases dateparser cannot resolve, given the first day or month of the span they name.
SPANS = [
    ("last spring", "2025-03"), ("last summer", "2024-06"), ("this summer", "2025-06"),
    ("last fall", "2024-09"), ("last autumn", "2024-09"), ("next fall", "2025-09"),
    ("last winter", "2024-12"), ("this winter", "2025-12"), ("next spring", "2026-03"),
    ("last quarter", "2025-01-01"), ("this quarter", "2025-04-01"), ("next quarter", "2025-07-01"),
    ("last weekend", "2025-05-24"), ("this weekend", "2025-05-31"), ("next weekend", "2025-06-07"),
]


@pytest.mark.parametrize("phrase, expected", SPANS)
def test_seasons_quarters_and_weekends(phrase: str, expected: str) -> None:
    assert dates.resolve(phrase, REF) == expected


@pytest.mark.parametrize(
    "phrase, ref, expected",
    [("last winter", dt.date(2027, 1, 10), "2025-12"), ("this winter", dt.date(2027, 1, 10), "2026-12"),
     ("this spring", dt.date(2027, 1, 10), "2027-03"), ("last fall", dt.date(2026, 11, 25), "2025-09"),
     ("last spring", dt.date(2026, 11, 25), "2026-03"), ("last quarter", dt.date(2025, 1, 15), "2024-10-01")],
)
def test_spans_across_the_year(phrase: str, ref: dt.date, expected: str) -> None:
    assert dates.resolve(phrase, ref) == expected


def test_season_in_a_sentence() -> None:
    (row,) = figures.find("Enrolment fell 4% last spring.", ref_date=REF)
    assert row.date == "2025-03"


def test_unresolved_phrases_give_no_date() -> None:
    assert dates._resolve_common("late Tuesday", REF) is None  # left to dateparser
    assert dates.resolve("previous fortnight", REF) is None  # which cannot say either
