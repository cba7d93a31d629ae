"""The PATH arguments of ``figures extract`` as a list of sources: files, the files
of a directory that match ``--glob``, standard input, or the bundled sample.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from figures.texts import HTML_SUFFIXES

STDIN = "-"  # the PATH that means standard input
STDIN_DOC_ID = "stdin"  # the doc_id of a document read from standard input
SAMPLE_NAME = "news_sample.txt"
DEFAULT_GLOB = "*.txt"


class SourceError(ValueError):
    """A PATH that names nothing, or a --glob that is no pattern."""


@dataclass(frozen=True)
class Source:
    """One input: a file (``path``), or standard input or the sample (``path`` None)."""

    doc_id: str  # the file's name, its path below the directory given, "stdin"
    path: Path | None
    label: str  # how notes name it: the path as given or found, or "stdin"

    @property
    def is_html(self) -> bool:
        """Whether the file's suffix says HTML (otherwise its first bytes may)."""
        return self.path is not None and self.path.suffix.lower() in HTML_SUFFIXES


def sources(paths: list[str], glob: str = DEFAULT_GLOB, stdin_piped: bool = False) -> list[Source]:
    """The sources the PATH arguments name, every path checked before any is read.

    A directory gives its files whose path below it matches ``glob``
    (case-insensitive; ``*`` and ``?`` stay within a folder name, ``**/`` spans
    folders), sorted by that path, which is their ``doc_id``; hidden files and
    folders (".git", ".DS_Store") are left out.  No PATH means standard input
    when it is piped, else the bundled sample.
    """
    if not paths:
        if stdin_piped:
            return [Source(STDIN_DOC_ID, None, STDIN_DOC_ID)]
        return [Source(SAMPLE_NAME, None, SAMPLE_NAME)]
    match = glob_matcher(glob)
    found: list[Source] = []
    for arg in paths:
        if arg == STDIN:
            found.append(Source(STDIN_DOC_ID, None, STDIN_DOC_ID))
            continue
        path = Path(arg)
        if path.is_dir():
            found.extend(
                Source(relative, path / relative, str(path / relative))
                for relative in _walk(path, match, recursive="/" in glob or "**" in glob)
            )
        elif path.is_file():
            found.append(Source(path.name, path, arg))
        else:
            raise SourceError(f"no such file or directory: {arg}")
    return found


def glob_matcher(glob: str) -> re.Pattern[str]:
    """The pattern matching the relative paths (with "/") that ``glob`` names."""
    if not glob or glob.startswith("/"):
        raise SourceError(f"--glob must be a pattern relative to the directory, not {glob!r}")
    parts = glob.split("/")
    regex = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            regex.append(".*" if last else "(?:[^/]+/)*")
        else:
            regex.append(_segment(part) + ("" if last else "/"))
    return re.compile("".join(regex), re.IGNORECASE | re.DOTALL)


def _segment(part: str) -> str:
    """The regex of one folder or file name pattern: ``*``, ``?`` and ``[...]``."""
    out = []
    i = 0
    while i < len(part):
        char = part[i]
        close = part.find("]", i + 2) if char == "[" else -1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif close > 0:
            inner = part[i + 1 : close]
            inner = "^" + inner[1:] if inner.startswith("!") else inner
            out.append("[" + inner.replace("\\", "\\\\") + "]")
            i = close
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _walk(top: Path, match: re.Pattern[str], recursive: bool) -> list[str]:
    """The paths below ``top`` (with "/") of the visible files that ``match`` takes, sorted."""
    found = []
    for folder, dirs, names in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")] if recursive else []
        below = Path(folder).relative_to(top).as_posix()
        for name in names:
            relative = name if below == "." else f"{below}/{name}"
            if not name.startswith(".") and match.fullmatch(relative) and (Path(folder) / name).is_file():
                found.append(relative)
    return sorted(found)
