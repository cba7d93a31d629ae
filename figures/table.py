"""Stage 7: the figures as one pandas DataFrame, the table of the public contract."""

from __future__ import annotations

import pandas as pd

from figures.records import Figure

# Column -> dtype, in the contract's order (see README).
COLUMNS: dict[str, str] = {
    "doc_id": "object",
    "sentence": "int64",
    "start": "int64",
    "end": "int64",
    "surface": "object",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "change": "object",
    "unit": "object",
    "unit_surface": "object",
    "dimension": "object",
    "concept": "object",
    "date": "object",
    "context": "object",
}


def frame(figures: list[Figure]) -> pd.DataFrame:
    """The table of ``figures``, built column by column."""
    data = {
        name: pd.Series([getattr(f, name) for f in figures], dtype=dtype)
        for name, dtype in COLUMNS.items()
    }
    return pd.DataFrame(data)
