"""Tables of many documents: a pandas (or Dask) DataFrame of articles in, one table out.

:func:`extract_frame` is the notebook entry point; the ``.figures`` Series
accessor (``df["body"].figures.extract()``) and the command's CSV/JSONL/Parquet
inputs go through it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from figures import datelines, pipeline, table
from figures.records import Figure

if TYPE_CHECKING:
    import pandas as pd


def extract_frame(
    frame: Any,
    text: Hashable = "text",
    keep: Sequence[Hashable] = (),
    id: Hashable | None = None,  # noqa: A002 - the name users pass
    ref_date: dt.date | str | Hashable | None = None,
) -> Any:
    """One table of the quantities in every row of ``frame``.

    ``text`` names the column of article text; rows whose text is empty or
    missing give no rows.  The columns in ``keep`` (e.g. "url", "published")
    come first in every output row.  ``doc_id`` is the value of column ``id``,
    else the row's index label.  ``ref_date`` is a date ("YYYY-MM-DD" or a
    ``datetime.date``) for all rows, or the name of a column of dates, so that
    "last month" resolves per article.  A date cell that is missing or cannot
    be read gives way to the article's dateline ("WASHINGTON, Sept. 4 (Reuters)
    -"), else to no date at all, never today's; with no ``ref_date``, an
    article's dateline is its date, else today.

    A ``dask.dataframe.DataFrame`` gives a lazy Dask DataFrame with the same
    columns and dtypes, computed partition by partition.
    """
    keep = list(keep)
    date_column = _check(frame, text, keep, id, ref_date)
    if _is_dask(frame):
        meta = _empty(frame._meta, keep)
        return frame.map_partitions(
            _extract_pandas, text, keep, id, ref_date, date_column, meta=meta
        )
    return _extract_pandas(frame, text, keep, id, ref_date, date_column)


def _is_dask(frame: Any) -> bool:
    return type(frame).__module__.startswith("dask")


def _check(frame: Any, text: Hashable, keep: list, id: Hashable | None, ref_date: Any) -> bool:
    """Raise TypeError/ValueError for a wrong argument; say whether ``ref_date`` is a column."""
    import pandas as pd

    if not isinstance(frame, pd.DataFrame) and not _is_dask(frame):
        raise TypeError(f"frame must be a pandas or Dask DataFrame, not {type(frame).__name__}")
    columns = list(frame.columns)
    for role, name in [("text", text), ("id", id), *[("keep", k) for k in keep]]:
        if name is not None and name not in columns:
            raise ValueError(f"{role} column {name!r} is not in the frame (columns: {columns})")
    dtype = frame[text].dtype
    if not (pd.api.types.is_string_dtype(dtype) or pd.api.types.is_object_dtype(dtype)):
        raise TypeError(f"text column {text!r} must hold strings, not {dtype}")
    clash = set(keep) & set(table.COLUMNS)
    if clash:
        raise ValueError(f"keep columns {sorted(map(str, clash))} clash with the table's own columns")
    if ref_date is None or isinstance(ref_date, dt.date):
        return False
    if isinstance(ref_date, Hashable) and ref_date in columns:
        return True
    pipeline.reference_date(ref_date)  # raises for a bad date
    return False


def _extract_pandas(
    frame: pd.DataFrame, text: Hashable, keep: list, id: Hashable | None,
    ref_date: Any, date_column: bool,
) -> pd.DataFrame:
    """The table of one pandas frame (a whole frame, or one Dask partition)."""
    ids = frame[id].tolist() if id is not None else frame.index.tolist()
    if date_column:
        dates = frame[ref_date].tolist()
    else:
        dates = [None if ref_date is None else pipeline.reference_date(ref_date)] * len(frame)
    return rows_table(frame[text].tolist(), ids, dates, {k: frame[k] for k in keep}, date_column)


def rows_table(
    texts: Sequence[Any], ids: Sequence[Any], dates: Sequence[Any],
    kept: Mapping[Hashable, pd.Series], from_column: bool,
) -> pd.DataFrame:
    """The table of the articles ``texts`` (None or blank: no rows), with ``doc_id``
    from ``ids``, the reference date from ``dates`` and, in front, the values of the
    columns in ``kept`` repeated on every row of their article.

    A date from a column (``from_column``) that is missing or cannot be read
    gives way to the article's own dateline, else to no date at all (never
    today's); a date for all rows that is None gives way to the dateline, else today.
    """
    import pandas as pd

    figures: list[Figure] = []
    positions: list[int] = []  # the article of each figure, for the kept columns
    for i, (body, doc_id, when) in enumerate(zip(texts, ids, dates, strict=True)):
        if not isinstance(body, str) or not body.strip():
            continue
        ref = datelines.read_date(when) or datelines.stated_date("", body)
        found = pipeline.find(body, ref_date=ref, doc_id=str(doc_id))
        if ref is None and from_column:
            found = [dataclasses.replace(f, date=None) for f in found]
        figures.extend(found)
        positions.extend([i] * len(found))
    out = table.frame(figures)
    if kept:
        front = pd.DataFrame(
            {k: pd.Series(column.iloc[positions].tolist(), dtype=column.dtype) for k, column in kept.items()}
        )
        out = pd.concat([front, out], axis=1)
    return out


def _empty(meta: pd.DataFrame, keep: list) -> pd.DataFrame:
    """The empty table with ``keep`` columns typed as in ``meta``: Dask's ``meta``."""
    import pandas as pd

    out = table.frame([])
    if keep:
        front = pd.DataFrame({k: pd.Series([], dtype=meta[k].dtype) for k in keep})
        out = pd.concat([front, out], axis=1)
    return out
