"""figures: the numeric facts of news text, as one tidy table."""

import sys

from figures.frames import extract_frame
from figures.pipeline import extract, find
from figures.records import Figure

__version__ = "0.1.0"
__all__ = ["Figure", "__version__", "extract", "extract_frame", "find"]

if "pandas" in sys.modules:  # register the .figures accessor now ...
    import figures.accessor  # noqa: F401
else:  # ... or as soon as pandas is imported, without importing it here (it is slow)
    from figures.accessor_hook import register_after_pandas

    register_after_pandas()
