"""Registers the ``.figures`` accessor the moment pandas is imported, whatever the
import order (``import figures`` then ``import pandas``, as isort sorts them),
without ``import figures`` importing pandas itself.

A finder placed first on ``sys.meta_path`` waits for the import of pandas,
lets the usual finders find it, and wraps its loader so that once pandas has
run, :mod:`figures.accessor` is imported; then it takes itself off the path.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from types import ModuleType
from typing import Any


class _AfterPandas(importlib.abc.MetaPathFinder):
    """Finds nothing itself: it hooks the loader of pandas."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        """The usual spec of pandas with its loader wrapped; None for every other module."""
        if fullname != "pandas":
            return None
        _remove()
        spec = importlib.util.find_spec("pandas")
        if spec is None or spec.loader is None:
            return None
        spec.loader = _ThenRegister(spec.loader)
        return spec


class _ThenRegister(importlib.abc.Loader):
    """Runs pandas with its own loader, then registers the accessor."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        """What pandas' own loader creates."""
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        """Run pandas, give it back its own loader, and register ``.figures``."""
        self._loader.exec_module(module)
        module.__loader__ = self._loader
        if module.__spec__ is not None:
            module.__spec__.loader = self._loader
        import figures.accessor  # noqa: F401 - registers the accessor on import

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)


def register_after_pandas() -> None:
    """Put the finder on the import path, once."""
    if not any(isinstance(finder, _AfterPandas) for finder in sys.meta_path):
        sys.meta_path.insert(0, _AfterPandas())


def _remove() -> None:
    sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, _AfterPandas)]
