"""The README's Python snippets run, in order, as a reader would paste them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SNIPPETS = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)


def test_there_are_snippets() -> None:
    assert len(SNIPPETS) >= 4


def test_snippets_run(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    monkeypatch.chdir(REPO)  # the snippets read data/articles.csv
    namespace: dict = {}
    for snippet in SNIPPETS:
        exec(compile(snippet, "README.md", "exec"), namespace)  # noqa: S102
    facts = namespace["facts"]
    assert len(facts) > 10 and "url" in facts.columns
    assert len(namespace["deaths"]) >= 3
