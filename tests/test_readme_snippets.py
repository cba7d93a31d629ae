"""Every README snippet runs as written, each on its own, as on a fresh virtual
environment made by the quick start plus the extra the text before it names.

A fresh environment per extra would take minutes to build; instead each snippet
runs in a process where the packages that only other extras bring cannot be
imported (a ``sitecustomize`` module refuses them), which is what a fresh
environment without them does.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
DISTRIBUTION = "news-figures"

# Refuses, in every process started with it on the path, the modules named in
# FIGURES_TEST_BLOCK, as if their distributions were not installed.
# An uninstalled module: ``import`` raises ModuleNotFoundError (and leaves no
# trace in sys.modules), ``importlib.util.find_spec`` answers None (pint asks it).
BLOCKER = '''
import importlib.util, os, sys
_BLOCKED = frozenset(filter(None, os.environ.get("FIGURES_TEST_BLOCK", "").split(",")))
class _Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in _BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (not installed by the extras named)", name=name)
        return None
sys.meta_path.insert(0, _Blocked())
_find_spec = importlib.util.find_spec
def _blocked_find_spec(name, package=None):
    return None if name.partition(".")[0] in _BLOCKED else _find_spec(name, package)
importlib.util.find_spec = _blocked_find_spec
'''

# Run after a Python snippet: the size (and surfaces) of every DataFrame it made.
EPILOGUE = '''
if __name__ == "__main__":
    import json as _json, os as _os
    _frames = {k: v for k, v in list(globals().items()) if type(v).__name__ == "DataFrame"}
    _report = {k: {"rows": len(v), "surface": list(v["surface"]) if "surface" in v else []} for k, v in _frames.items()}
    with open(_os.environ["FIGURES_SNIPPET_OUT"], "w", encoding="utf-8") as _out:
        _json.dump(_report, _out)
'''


@dataclass(frozen=True)
class Snippet:
    language: str  # "python" or "sh"
    code: str
    extras: tuple[str, ...]  # the extras named in the prose just before it
    section: str


def snippets() -> list[Snippet]:
    """The README's code blocks after the quick start, each with the extras that the
    prose of its section names before it (``'.[dask]'``)."""
    found = []
    # the README with its code blocks blanked out, so that a "# comment" is no heading
    prose_only = re.sub(r"^```.*?^```", lambda m: re.sub(r"\S", " ", m.group()), README, flags=re.M | re.S)
    for match in re.finditer(r"^```(python|sh)\n(.*?)^```", README, re.M | re.S):
        heading = list(re.finditer(r"^#+ (.+)$", prose_only[: match.start()], re.M))[-1]
        if heading.group(1) == "Quick start":
            continue
        prose = prose_only[heading.end() : match.start()]
        extras = tuple(dict.fromkeys(re.findall(r"'\.\[(\w+)\]'", prose)))
        found.append(Snippet(match.group(1), match.group(2), extras, heading.group(1)))
    return found


SNIPPETS = snippets()


@cache
def _modules_of() -> dict[str, set[str]]:
    """Distribution (canonical name) -> the top-level modules it installs."""
    from importlib import metadata

    from packaging.utils import canonicalize_name

    out: dict[str, set[str]] = {}
    for module, dists in metadata.packages_distributions().items():
        for dist in dists:
            out.setdefault(canonicalize_name(dist), set()).add(module)
    return out


@cache
def _closure(extras: frozenset[str]) -> frozenset[str]:
    """The distributions that installing this package with ``extras`` brings in."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(DISTRIBUTION, extras)]
    while todo:
        name, wanted = todo.pop()
        key = (canonicalize_name(name), wanted)
        if key in seen:
            continue
        seen.add(key)
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in (*wanted, "")):
                todo.append((req.name, frozenset(req.extras)))
    return frozenset(name for name, _ in seen)


def blocked(extras: tuple[str, ...]) -> set[str]:
    """The modules that only extras other than ``extras`` install."""
    from importlib import metadata

    offered = set(metadata.metadata(DISTRIBUTION).get_all("Provides-Extra") or []) - {"test"}
    unknown = set(extras) - offered
    assert not unknown, f"the README names extras pyproject.toml lacks: {unknown}"
    modules = _modules_of()

    def installed(dists: frozenset[str]) -> set[str]:
        return {m for d in dists for m in modules.get(d, ())}

    return installed(_closure(frozenset(offered))) - installed(_closure(frozenset(extras)))


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A directory like the checkout's root for the snippets (data/), with the blocker."""
    shutil.copytree(REPO / "data", tmp_path / "data")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    return tmp_path


def _environment(workdir: Path, extras: tuple[str, ...]) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(workdir / "site")
    env["FIGURES_TEST_BLOCK"] = ",".join(sorted(blocked(extras)))
    env["FIGURES_SNIPPET_OUT"] = str(workdir / "report.json")
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")  # the `figures` command
    env["MPLBACKEND"] = "Agg"
    return env


def test_there_are_snippets_in_every_section() -> None:
    sections = {s.section for s in SNIPPETS}
    assert {"Use", "From Python", "A DataFrame of articles", "Dask: the same call, on many cores or a cluster"} <= sections
    assert sum(s.language == "python" for s in SNIPPETS) >= 5


def test_the_blocker_blocks_what_the_extras_bring() -> None:
    assert {"pyarrow", "dask", "distributed", "matplotlib"} <= blocked(())
    assert "matplotlib" not in blocked(("plot",)) and "pyarrow" in blocked(("plot",))
    assert {"dask", "distributed"}.isdisjoint(blocked(("dask",)))
    assert "pandas" not in blocked(()) and "figures" not in blocked(())


def run_python(snippet: Snippet, workdir: Path) -> dict[str, dict]:
    """Run a Python snippet as a script; return what its epilogue reports."""
    script = workdir / "snippet.py"
    script.write_text(snippet.code + EPILOGUE, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=workdir, env=_environment(workdir, snippet.extras),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads((workdir / "report.json").read_text(encoding="utf-8"))


def shell_lines(snippet: Snippet) -> list[str]:
    """The commands of a shell snippet, one per line (continuations joined)."""
    return [line for line in snippet.code.replace("\\\n", " ").splitlines() if line.strip()]


PYTHON = [s for s in SNIPPETS if s.language == "python"]
SHELL = [s for s in SNIPPETS if s.language == "sh"]


@pytest.mark.parametrize("snippet", PYTHON, ids=[f"{s.section}-{i}" for i, s in enumerate(PYTHON)])
def test_python_snippet_runs(snippet: Snippet, workdir: Path) -> None:
    if "dask" in snippet.code:
        pytest.importorskip("distributed")
    report = run_python(snippet, workdir)
    assert all(frame["rows"] > 0 for frame in report.values()), report
    if "facts" in report and "articles" in snippet.code:
        assert report["facts"]["rows"] >= 15


@pytest.mark.parametrize("snippet", SHELL, ids=[f"{s.section}-{i}" for i, s in enumerate(SHELL)])
def test_shell_snippet_runs(snippet: Snippet, workdir: Path) -> None:
    for line in shell_lines(snippet):
        done = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=workdir,
                              env=_environment(workdir, snippet.extras), capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (line, done.stderr[-3000:])
        assert done.stdout or "-o " in line, line
        if line.startswith("figures summary"):
            assert done.stdout.startswith("20 rows, 6 documents")
        if line.startswith("figures evaluate"):
            assert "value+unit" in done.stdout


def test_every_shell_command_runs_figures() -> None:
    commands = [line for s in SHELL for line in shell_lines(s)]
    assert len(commands) >= 6
    assert all(re.match(r"(cat \S+ \| )?figures (extract|evaluate|summary)\b", c) for c in commands), commands


# The casualty figures of data/articles.csv, read by hand: the dead, not the
# injured, the sheltered or a magnitude.
CASUALTIES = {"at least 14 people", "31", "8 people", "23", "12 people"}


def _plot_snippet() -> Snippet:
    return next(s for s in PYTHON if "deaths" in s.code)


def test_the_casualty_recipe_finds_casualties(workdir: Path) -> None:
    report = run_python(_plot_snippet(), workdir)
    picked = set(report["deaths"]["surface"])
    assert len(picked & CASUALTIES) >= 2, picked


def test_the_casualty_recipe_picks_only_casualties(workdir: Path) -> None:
    report = run_python(_plot_snippet(), workdir)
    assert set(report["deaths"]["surface"]) <= CASUALTIES
