"""Rules that hold for every input: no exception, offsets that point at the
surface, ordered intervals, and rows that do not depend on the text around
their sentence."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

import figures

REF = "2025-06-01"
SETTINGS = settings(max_examples=150, deadline=None)


def check_rows(text: str) -> list[figures.Figure]:
    rows = figures.find(text, ref_date=REF)
    for r in rows:
        assert text[r.start : r.end] == r.surface
        assert r.start < r.end
        assert r.context in text
        assert not math.isnan(r.value)
        if not math.isnan(r.low) and not math.isnan(r.high):
            assert r.low <= r.value <= r.high
        if r.change in (">", ">="):
            assert r.low == r.value and math.isnan(r.high)
        if r.change in ("<", "<="):
            assert r.high == r.value and math.isnan(r.low)
    starts = [r.start for r in rows]
    assert starts == sorted(starts)
    return rows


@SETTINGS
@given(st.text(max_size=300))
def test_any_unicode(text: str) -> None:
    check_rows(text)


@SETTINGS
@given(st.text(alphabet="0123456789 ,.-–−+/%$€£½:()aAmMkbnKtoandthe\u00a0\u202f", max_size=120))
def test_number_like_noise(text: str) -> None:
    check_rows(text)


numbers = st.one_of(
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(str),
    st.floats(0, 10**4, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.sampled_from(["one", "six", "twenty-five", "a dozen", "two hundred", "thousands of",
                     "tens of thousands of", "a third of", "½", "3/4"]),
)
phrases = st.builds(
    lambda bound, mark, number, scale, unit: f"{bound}{mark}{number}{scale}{unit}",
    st.sampled_from(["", "about ", "more than ", "at least ", "up to ", "nearly ", "between 2 and ",
                     "rose ", "fell by ", "from 5 to "]),
    st.sampled_from(["", "", "$", "€", "US$", "£"]),
    numbers,
    st.sampled_from(["", "", " million", "bn", "m", " billion"]),
    st.sampled_from(["", " people", "%", " per cent", " km", " students a day", " dollars",
                     " times", "-year-old", " tonnes", " troops a month"]),
)


@SETTINGS
@given(phrases)
def test_generated_quantities(phrase: str) -> None:
    check_rows(f"Officials said {phrase} last month.")


def key(r: figures.Figure, offset: int) -> tuple:
    return (r.start - offset, r.end - offset, r.surface, r.value, r.low, r.high, r.change,
            r.unit, r.dimension, r.date)


@SETTINGS
@given(st.lists(phrases, min_size=1, max_size=3))
def test_a_sentence_alone_and_inside_a_document(parts: list[str]) -> None:
    sentence = "Officials said " + " and ".join(parts) + " were counted."
    before = "The report came out on Friday. "
    document = before + sentence + " Nobody else commented."
    alone = [key(r, 0) for r in check_rows(sentence)]
    inside = [
        key(r, len(before)) for r in check_rows(document)
        if len(before) <= r.start < len(before) + len(sentence)
    ]
    assert alone == inside
