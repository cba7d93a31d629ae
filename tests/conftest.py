"""Shared helpers: every test pins the reference date; none depends on today."""

from __future__ import annotations

import pytest

import figures
from figures.cli import main

REF = "2025-06-01"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``figures ARGS`` in-process; return (exit status, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rows(text: str) -> list[figures.Figure]:
    """The records of ``text`` seen from the pinned reference date."""
    return figures.find(text, ref_date=REF)


def only(text: str) -> figures.Figure:
    """The one record of ``text``."""
    found = rows(text)
    assert len(found) == 1, [r.surface for r in found]
    return found[0]
