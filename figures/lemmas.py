"""lemminflect, the English lexicon of lemmas and inflections, imported once.

The one place that imports lemminflect, on first use.  lemminflect imports
spaCy when it is installed, to register token extensions on it; that costs a
third of a second and changes spaCy for the caller, so the import is made
with spaCy out of its reach (unless the caller has imported spaCy already).
"""

from __future__ import annotations

import functools
import importlib.abc
import sys
from typing import Any


class _NoSpacy(importlib.abc.MetaPathFinder):
    """Answers "not installed" for spaCy while lemminflect is imported."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.partition(".")[0] == "spacy":
            raise ModuleNotFoundError("spaCy is kept out of lemminflect's import", name=name)
        return None


@functools.cache
def lemminflect() -> Any:
    """The lemminflect module, imported once (``lemminflect().getAllLemmas("rose")``)."""
    if "spacy" in sys.modules:
        import lemminflect as module

        return module
    finder = _NoSpacy()
    sys.meta_path.insert(0, finder)
    try:
        import lemminflect as module
    finally:
        sys.meta_path.remove(finder)
    return module
