"""Stage 7: the figures as one pandas DataFrame, the table of the public contract."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from figures.records import Figure

if TYPE_CHECKING:
    import pandas as pd

# Column -> dtype, in the contract's order (see README).  "str" is pandas'
# string dtype (``object`` before pandas 3); a missing string is NaN.
COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "sentence": "int64",
    "start": "int64",
    "end": "int64",
    "surface": "str",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "change": "str",
    "unit": "str",
    "unit_surface": "str",
    "dimension": "str",
    "concept": "str",
    "date": "str",
    "context": "str",
    "si_value": "float64",
    "si_low": "float64",
    "si_high": "float64",
    "si_unit": "str",
}


def frame(figures: list[Figure]) -> pd.DataFrame:
    """The table of ``figures``, built column by column (an empty table keeps the dtypes)."""
    import numpy as np
    import pandas as pd  # imported on first use: ``import figures`` stays fast

    from figures import accessor  # noqa: F401 - registers .figures, now that pandas is here

    data = {}
    for name, dtype in COLUMNS.items():
        values = [getattr(f, name) for f in figures]
        data[name] = pd.array(values, dtype=_string_dtype()) if dtype == "str" else np.array(values, dtype=dtype)
    return pd.DataFrame(data, copy=False)  # the arrays are new: no need to copy them again


@functools.cache
def _string_dtype():
    """pandas' string dtype, kept in Python objects.

    Most tables are a few rows built once per ``extract`` call, where filling
    pyarrow-backed strings costs more than the extraction itself; the dtype
    still compares equal to "str" and converts to Arrow when written.
    """
    import pandas as pd

    dtype = pd.array([], dtype=str).dtype
    if isinstance(dtype, pd.StringDtype):
        return pd.StringDtype("python", na_value=dtype.na_value)
    return object  # before pandas 3 (where dtype=str gives fixed-width numpy strings)
