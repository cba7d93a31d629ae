"""figures: the numeric facts of news text, as one tidy table."""

from figures.pipeline import extract, find
from figures.records import Figure

__version__ = "0.1.0"
__all__ = ["Figure", "__version__", "extract", "find"]
