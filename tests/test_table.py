"""Stage 7: the table of the public contract."""

from __future__ import annotations

import pandas as pd

import figures
from figures.table import COLUMNS

REF = "2025-06-01"
SAMPLE = "The Russian military lost more than 1,200 people a day last month. About 40 km away, 3 homes burned."


def test_columns_in_contract_order() -> None:
    frame = figures.extract(SAMPLE, ref_date=REF, doc_id="d1")
    assert list(frame.columns) == list(COLUMNS)


def test_empty_text_keeps_columns_and_dtypes() -> None:
    empty = figures.extract("")
    full = figures.extract(SAMPLE, ref_date=REF)
    assert empty.empty
    assert list(empty.dtypes.astype(str)) == list(full.dtypes.astype(str))


def test_rows_in_text_order_with_offsets() -> None:
    frame = figures.extract(SAMPLE, ref_date=REF, doc_id="d1")
    assert list(frame["surface"]) == ["more than 1,200 people a day", "About 40 km", "3 homes"]
    assert list(frame["start"]) == sorted(frame["start"])
    for start, end, surface in zip(frame["start"], frame["end"], frame["surface"]):
        assert SAMPLE[start:end] == surface
    assert set(frame["doc_id"]) == {"d1"}
    assert list(frame["sentence"]) == [0, 1, 1]


def test_dtypes() -> None:
    frame = figures.extract(SAMPLE, ref_date=REF)
    for column in ("sentence", "start", "end"):
        assert frame[column].dtype == "int64"
    for column in ("value", "low", "high"):
        assert frame[column].dtype == "float64"
    assert pd.api.types.is_string_dtype(frame["surface"])
    assert frame["high"].isna().tolist() == [True, False, False]  # "more than": no upper end
    assert frame["unit"].tolist() == ["people per day", "kilometre", "home"]
    assert frame["date"].tolist()[0] == "2025-05-01"


def test_find_gives_the_same_rows() -> None:
    records = figures.find(SAMPLE, ref_date=REF, doc_id="d1")
    frame = figures.extract(SAMPLE, ref_date=REF, doc_id="d1")
    assert [r.surface for r in records] == list(frame["surface"])
    assert all(isinstance(r, figures.Figure) for r in records)
