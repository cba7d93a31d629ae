"""The README's promises: its quick-start commands, CI running them, commands documented."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import pytest

import figures
from figures.cli import build_parser, main

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
CI_RUN = REPO / ".ci" / "run"


def quick_start_commands() -> list[str]:
    """The shell commands in the README's "Quick start" section, one per line."""
    section = re.search(r"^## Quick start\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert section, "README has no '## Quick start' section"
    blocks = re.findall(r"^```sh\n(.*?)^```", section.group(1), re.M | re.S)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def subcommands() -> dict[str, str | None]:
    """Each subcommand of ``figures`` and its one-line help."""
    parser = build_parser()
    action = next(
        a for a in parser._actions if isinstance(a, argparse._SubParsersAction)
    )
    return {choice.dest: choice.help for choice in action._choices_actions}


def test_quick_start_has_two_one_line_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    install, test = commands
    assert install.startswith("python3 -m venv .venv && ")
    assert "figures extract" in install
    assert test.startswith("python3 -m venv .venv && ")
    assert "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    test_command = quick_start_commands()[1]
    ci_lines = [line.strip() for line in CI_RUN.read_text().splitlines()]
    assert test_command in ci_lines
    assert "set -euo pipefail" in ci_lines
    assert os.access(CI_RUN, os.X_OK)
    assert '[ "$status" -eq 5 ]' in CI_RUN.read_text()  # pytest's "no tests" never passes as 5


def test_readme_has_the_sample_table_and_every_column() -> None:
    assert "<!-- SAMPLE TABLE -->" in README
    for column in ["doc_id", "sentence", "start", "end", "surface", "value", "low",
                   "high", "change", "unit", "unit_surface", "dimension", "concept",
                   "date", "context"]:  # fmt: skip
        assert f"`{column}`" in README


def test_there_are_subcommands() -> None:
    assert "extract" in subcommands()


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_subcommand_is_documented(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert subcommands()[name], f"'figures {name}' has no help line"
    assert f"figures {name}" in README
    assert main([name, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: figures {name}")
    assert len(out.splitlines()) > 3  # a description and options, not just usage


def concept_examples() -> list[tuple[str, str, str]]:
    """The README's table of concept examples: (sentence, number, concept)."""
    block = README.split("| sentence | number | concept |", 1)[1].split("\n\n", 1)[0]
    rows = []
    for line in block.splitlines()[2:]:
        sentence, number, concept = (cell.strip() for cell in line.strip("|").split("|"))
        concept = re.sub(r"\*\(.*?\)\*", "", concept).strip()  # an italic note is no part of it
        rows.append((sentence, number, concept))
    return rows


@pytest.mark.parametrize("sentence, number, concept", concept_examples())
def test_readme_concept_examples_hold(sentence: str, number: str, concept: str) -> None:
    found = {r.surface: r.concept for r in figures.find(sentence, ref_date="2025-06-01")}
    assert found[number] == concept
