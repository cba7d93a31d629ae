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
    pytest.importorskip("spacy")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    monkeypatch.chdir(REPO)  # the snippets read data/articles.csv
    namespace: dict = {}
    for snippet in SNIPPETS:
        exec(compile(snippet, "README.md", "exec"), namespace)  # noqa: S102
    facts = namespace["facts"]
    assert len(facts) > 10 and "url" in facts.columns
    assert len(namespace["deaths"]) >= 3


def shell_commands() -> list[list[str]]:
    """The `figures ...` commands of the README's shell snippet on table inputs."""
    import shlex

    blocks = re.findall(r"```sh\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
    block = next(b for b in blocks if "data/articles.csv" in b)
    lines = block.replace("\\\n", " ").splitlines()
    return [shlex.split(line, comments=True) for line in lines if line.startswith("figures ")]


def test_table_snippet_runs(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    pytest.importorskip("pyarrow")
    shutil.copytree(REPO / "data", tmp_path / "data")
    commands = shell_commands()
    assert [c[1] for c in commands] == ["extract", "summary"]
    outputs = []
    for command in commands:
        done = subprocess.run(
            [sys.executable, "-m", "figures", *command[1:], *(["--ref-date", "2025-06-01"] if command[1] == "extract" else [])],
            cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert (tmp_path / "facts.parquet").exists()
    assert outputs[1].startswith("20 rows, 6 documents")
