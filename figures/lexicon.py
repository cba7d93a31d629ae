"""The lexicons in ``figures/data``: read once, on first use, into plain dicts and sets.

Each data file documents its own fields in its header; this module only turns
the lines into Python values.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path


def _lines(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of data file ``name``, comments skipped."""
    text = resources.files("figures").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The fields of every line of data file ``name``."""
    return tuple(tuple(row) for row in _lines(name))


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The first field of every line of data file ``name``."""
    return frozenset(row[0] for row in _lines(name))


@functools.cache
def pairs(name: str) -> dict[str, str]:
    """First field -> second field of every line of two-field data file ``name``."""
    return {row[0]: row[1] for row in _lines(name)}


@functools.cache
def scales() -> dict[str, float]:
    """Scale word (lowercase) -> multiplier."""
    return {row[0].lower(): float(row[1]) for row in _lines("scales.tsv")}


@functools.cache
def number_words() -> dict[str, tuple[float, str]]:
    """Number word -> (value, kind)."""
    return {row[0]: (float(row[1]), row[2]) for row in _lines("number_words.tsv")}


@functools.cache
def vague_amounts() -> dict[str, tuple[float, float]]:
    """Vague phrase ("tens of thousands") -> (low, high)."""
    return {row[0]: (float(row[1]), float(row[2])) for row in _lines("vague.tsv")}


@functools.cache
def bounds() -> dict[str, tuple[str, str]]:
    """Every bound phrase written before a number -> (change, "before"), as the bound
    grammar composes them from bounds.tsv ("more than", "no fewer than", "just over")."""
    from figures import bounds as grammar  # the grammar reads this module's files

    return {phrase: (change, "before") for phrase, change in grammar.phrases_before().items()}


def directions() -> dict[str, str]:
    """Every form of a word of rise or fall ("rose", "cuts") -> "up" or "down"."""
    from figures import changes

    return changes.directions()


@functools.cache
def time_words() -> dict[str, str]:
    """Month, weekday and relative time word -> its kind."""
    return {row[0]: row[1] for row in _lines("time_words.tsv")}


@functools.cache
def prefixes() -> dict[str, str]:
    """SI prefix symbol -> prefix name."""
    return {row[0]: row[1] for row in _lines("prefixes.tsv")}


@functools.cache
def quantulum_data() -> tuple[dict, dict]:
    """quantulum3's units and entities, read from its JSON files (never its loader).

    Each units file is expanded with its SI prefixes before the two are merged, as
    quantulum3's loader does: a language file's entry ("terahertz": a link) completes
    a unit, never shadows the prefixed unit ("terahertz" from "hertz").  A unit made
    by prefixing carries ``generated_from``, the unit it was made from.
    """
    spec = resources.files("quantulum3")
    names = prefixes()
    units: dict = {}
    for part in (spec / "units.json", spec / "_lang" / "en_US" / "units.json"):
        for name, unit in json.loads(part.read_text(encoding="utf-8")).items():
            units.setdefault(name, {}).update(unit)
            for symbol in unit.get("prefixes", []):
                units.setdefault(names[symbol] + name, {}).update({
                    "surfaces": [names[symbol] + s for s in unit.get("surfaces", [])],
                    "symbols": [symbol + s for s in unit.get("symbols", [])],
                    "entity": unit["entity"],
                    "generated_from": name,
                })
    entities = json.loads((spec / "entities.json").read_text(encoding="utf-8"))
    return units, entities


@functools.cache
def cue_words() -> dict[str, str]:
    """Word -> what it tells a unit measures ("thermostat" -> temperature), from cue_words.tsv."""
    return {row[0]: row[1] for row in _lines("cue_words.tsv")}


@functools.cache
def _cue_finder(kind: str) -> re.Pattern[str]:
    words = [w for w, k in cue_words().items() if k == kind]
    return re.compile(rf"\b{phrase_pattern(words)}\b", re.IGNORECASE)


_CUE_REACH = 200  # how far from a number a word may tell what it measures


def mentions(kind: str, text: str, start: int, end: int, floor: int, ceiling: int) -> bool:
    """Whether a cue word of ``kind`` ("temperature", "mass") stands near the span
    ``start``-``end``, inside the sentence ``text[floor:ceiling]``."""
    near = max(floor, start - _CUE_REACH), min(ceiling, end + _CUE_REACH)
    return _cue_finder(kind).search(text, *near) is not None


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases``, as a character trie (fast in ``re``).

    A space in a phrase matches any run of white space.  Wrap the result in
    ``\b...\b`` or the like; the longest phrase is preferred where one phrase
    is a prefix of another.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def data_path() -> Path:
    """The folder of the lexicon files (for the data-integrity test)."""
    return Path(str(resources.files("figures").joinpath("data")))
