"""Stage 7: the figures as one pandas DataFrame, the table of the public contract."""

from __future__ import annotations

import numpy as np
import pandas as pd

from figures.records import Figure

# Column -> dtype, in the contract's order (see README).  ``str`` is pandas'
# string dtype (``object`` before pandas 3); a missing string is NaN.
COLUMNS: dict[str, type] = {
    "doc_id": str,
    "sentence": np.int64,
    "start": np.int64,
    "end": np.int64,
    "surface": str,
    "value": np.float64,
    "low": np.float64,
    "high": np.float64,
    "change": str,
    "unit": str,
    "unit_surface": str,
    "dimension": str,
    "concept": str,
    "date": str,
    "context": str,
}


def frame(figures: list[Figure]) -> pd.DataFrame:
    """The table of ``figures``, built column by column (an empty table keeps the dtypes)."""
    data = {}
    for name, dtype in COLUMNS.items():
        values = [getattr(f, name) for f in figures]
        data[name] = pd.array(values, dtype=str) if dtype is str else np.array(values, dtype=dtype)
    return pd.DataFrame(data)
