"""The ``.figures`` accessor on pandas Series of text: ``df["body"].figures.extract()``.

Importing this module registers the accessor; ``import figures`` does so when
pandas is already imported, and the first table built does so otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from figures import frames


@pd.api.extensions.register_series_accessor("figures")
class FiguresAccessor:
    """Quantity extraction on a Series of article texts."""

    def __init__(self, series: pd.Series) -> None:
        dtype = series.dtype
        if not (pd.api.types.is_string_dtype(dtype) or pd.api.types.is_object_dtype(dtype)):
            raise AttributeError(f".figures works on a Series of text, not of {dtype}")
        self._series = series

    def extract(self, ref_date: dt.date | str | pd.Series | None = None) -> Any:
        """The table of every quantity in the Series; ``doc_id`` is the index label.

        ``ref_date`` is a date for all rows, or a Series of dates aligned on the index.
        """
        name = "text"
        data = {name: self._series}
        column: Any = ref_date
        if isinstance(ref_date, pd.Series):
            data["ref_date"] = ref_date
            column = "ref_date"
        return frames.extract_frame(pd.DataFrame(data), text=name, ref_date=column)
