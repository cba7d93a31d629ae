"""``figures evaluate``: score the extractor against a gold file in the NewsQuant format.

A gold file is a JSON list of ``{"text": ..., "quantities": [...]}``; each
quantity has ``value`` (a number, or "low-high" for a range) and
``normalized_unit``, and optionally ``change``, ``referred_concepts`` ("-" for
none) and ``"counted": false``.  A file that leaves ``change`` or
``referred_concepts`` out does not annotate that figure: it is not judged.
``"counted": false`` marks a file that does not annotate counted nouns ("50
cars" has unit "-" there), so a counted noun is no unit error.

Matching is one to one within a sentence: each gold quantity takes the first
unused row with the same value (a range only matches a range with the same
ends), preferring one whose unit matches too.  Then:

- value: the value matched;
- value+unit: and the unit matched: physical units and currencies (quantulum3's
  unit names, after aliases such as ``tonne`` = ``metric ton``) exactly, a
  counted noun by its head word, singular ("Brazilian strikers" = "striker"),
  "X per Y" part by part;
- value+change: and the change matched (a gold ">" or "<" also accepts ">=" / "<=");
- value+concept: and the concept shares a word with the gold one;
- value+concept_exact: and the concept has exactly the gold one's words
  (lowercase, split on spaces and commas).

Precision divides by the rows extracted, recall by the gold quantities.  These
are the rules of the shared NewsQuant scorer, so both print the same figures.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from figures import lexicon
from figures.pipeline import find
from figures.records import Figure

Value = float | tuple[float, float]
METRICS = ("value", "value+unit", "value+change", "value+concept", "value+concept_exact")
# Spellings of one unit: gold files and the extractor use either.
ALIASES = {
    "metric ton": "tonne", "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "degree angle": "degree", "cubic centimetre": "millilitre", "parts-per-million": "part per million",
    "per cent": "percentage", "percent": "percentage", "united states dollar": "dollar",
}
_AGES = ("year of age", "month of age", "week of age", "day of age")


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold quantity; ``change`` and ``concept`` are None where the file does not annotate them."""

    value: Value
    unit: str
    change: str | None
    concept: frozenset[str] | None
    counted: bool = True


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold quantity not found (``row`` None), found with a wrong unit, change or exact
    concept, or a row no gold quantity took (``gold`` None)."""

    text: str
    gold: Gold | None
    row: Figure | None


@dataclass(slots=True)
class Score:
    """Counts over a gold file, and the misses."""

    sentences: int = 0
    gold: int = 0
    extracted: int = 0
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    annotated: dict[str, int] = field(default_factory=lambda: {"change": 0, "concept": 0})
    misses: list[Miss] = field(default_factory=list)

    def prf(self, metric: str) -> tuple[float, float, float]:
        """Precision, recall and F1 (in percent) of ``metric``."""
        hits = self.matched[metric]
        p = hits / self.extracted if self.extracted else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f

    def judged(self, metric: str) -> bool:
        """Whether the file annotates what ``metric`` compares."""
        kind = metric.removeprefix("value+").removesuffix("_exact")
        return self.annotated.get(kind, 1) > 0


def load(path: str | Path) -> list[tuple[str, list[Gold]]]:
    """The sentences of a gold file and their gold quantities.

    Raises ValueError with a one-line message when the file is not in the format.
    """
    try:
        items = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a JSON list of sentences")
    out = []
    for n, item in enumerate(items):
        try:
            golds = [_gold(q) for q in item["quantities"]]
            out.append((str(item["text"]), golds))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: sentence {n}: not in the gold format ({exc})") from None
    return out


def _gold(q: dict) -> Gold:
    return Gold(
        value=parse_value(q["value"]),
        unit=normalized_unit(q.get("normalized_unit")),
        change=str(q["change"]).strip() if "change" in q else None,
        concept=concept_words(q["referred_concepts"]) if "referred_concepts" in q else None,
        counted=q.get("counted") is not False,
    )


_range = re.compile(r"\s*(-?[\d.eE+]+)\s*-\s*(-?[\d.eE+]+)\s*")


def parse_value(raw: object) -> Value:
    """ "12.5" -> 12.5; "35000-37000" -> (35000.0, 37000.0); "-5" -> -5.0."""
    if isinstance(raw, (int, float)):
        return float(raw)
    text = str(raw).strip()
    try:
        return float(text)
    except ValueError:
        pass
    m = _range.fullmatch(text)
    if m is None:
        raise ValueError(f"bad value {raw!r}")
    return float(m.group(1)), float(m.group(2))


def normalized_unit(unit: object) -> str:
    """A unit for comparison: lowercase, aliases resolved, "-" when there is none."""
    if unit is None or (isinstance(unit, float) and math.isnan(unit)):
        return "-"
    name = str(unit).strip().lower() or "-"
    return ALIASES.get(name, name)


def concept_words(concept: object) -> frozenset[str]:
    """The lowercase words of a concept, split on spaces and commas ("-" when it is empty)."""
    if concept is None or (isinstance(concept, float) and math.isnan(concept)):
        concept = ""
    if isinstance(concept, (list, tuple)):
        concept = " ".join(str(c) for c in concept)
    words = {w.lower() for w in re.split(r"[,\s]+", str(concept)) if w}
    return frozenset(words or {"-"})


@functools.cache
def physical_units() -> frozenset[str]:
    """The names of physical units and currencies, compared exactly: quantulum3's units
    with their SI-prefixed forms, the aliases' names and ages."""
    units, _ = lexicon.quantulum_data()
    prefixes = lexicon.prefixes()
    names = set(ALIASES.values()) | set(_AGES)
    for name, unit in units.items():
        names.add(name.lower())
        names.update((prefixes[p] + name).lower() for p in unit.get("prefixes", []) if p in prefixes)
    return frozenset(names)


def _head(noun: str) -> str:
    """The head word of a counted noun, roughly singular: 'Brazilian strikers' -> 'striker'."""
    word = noun.split()[-1].removesuffix("'s").removesuffix("’s")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def unit_matches(gold: str, row: str) -> bool:
    """Physical units and currencies exactly; counted nouns by head word; rates part by part."""
    if gold == row:
        return True
    g_parts, r_parts = gold.split(" per "), row.split(" per ")
    if len(g_parts) != len(r_parts):
        return False
    physical = physical_units()
    for g, r in zip(g_parts, r_parts, strict=True):
        g, r = ALIASES.get(g, g), ALIASES.get(r, r)
        if g == r:
            continue
        if g in physical or r in physical or "-" in (g, r):
            return False
        if _head(g) != _head(r) or _head(g) in physical:  # "watt hour" is no "megawatt hour"
            return False
    return True


def row_value(row: Figure) -> Value:
    """A row's value as gold files write it: a range as its two ends."""
    if not math.isnan(row.low) and not math.isnan(row.high) and not _close(row.low, row.high):
        return row.low, row.high
    if math.isnan(row.value):
        return row.low
    return row.value


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def _same_value(gold: Value, row: Value) -> bool:
    if isinstance(gold, tuple) != isinstance(row, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(row, tuple):
        return _close(gold[0], row[0]) and _close(gold[1], row[1])
    return _close(gold, row)  # type: ignore[arg-type]


def _same_change(gold: str, row: str) -> bool:
    return row == gold or (gold in (">", "<") and row == gold + "=")


def _unit_ok(gold: Gold, unit: str) -> bool:
    """The unit matched, or the file does not annotate counted nouns and this is one."""
    if unit_matches(gold.unit, unit):
        return True
    return not gold.counted and gold.unit == "-" and unit not in physical_units() and " per " not in unit


def evaluate(path: str | Path) -> Score:
    """Score :func:`figures.find` on the gold file at ``path``."""
    score = Score()
    for text, golds in load(path):
        rows = find(text)
        score.sentences += 1
        score.gold += len(golds)
        score.extracted += len(rows)
        unused = list(rows)
        for gold in golds:
            _judge(score, text, gold, unused)
        score.misses.extend(Miss(text, None, r) for r in unused)
    return score


def _judge(score: Score, text: str, gold: Gold, unused: list[Figure]) -> None:
    """Match ``gold`` with a row of ``unused`` (taking it) and count what agrees."""
    score.annotated["change"] += gold.change is not None
    score.annotated["concept"] += gold.concept is not None
    same = [r for r in unused if _same_value(gold.value, row_value(r))]
    if not same:
        score.misses.append(Miss(text, gold, None))
        return
    row = next((r for r in same if unit_matches(gold.unit, normalized_unit(r.unit))), same[0])
    unused.remove(row)
    unit_ok = _unit_ok(gold, normalized_unit(row.unit))
    change_ok = gold.change is None or _same_change(gold.change, row.change.strip() or "=")
    concept_ok = True
    if gold.concept is not None:
        words = concept_words(row.concept)
        score.matched["value+concept"] += bool(gold.concept & words)
        concept_ok = gold.concept == words
        score.matched["value+concept_exact"] += concept_ok
    score.matched["value"] += 1
    score.matched["value+unit"] += unit_ok
    score.matched["value+change"] += change_ok
    if not (unit_ok and change_ok and concept_ok):
        score.misses.append(Miss(text, gold, row))


def report(score: Score, path: str | Path, errors: int = 0) -> str:
    """The score as text: the first ``errors`` misses (unit, change or concept), then a P/R/F1 table."""
    lines = []
    for miss in score.misses[:errors]:
        lines.append(f"- {miss.text}")
        g = miss.gold
        if g is None:
            lines.append("   gold: -")
        else:
            concept = "(not annotated)" if g.concept is None else " ".join(sorted(g.concept))
            lines.append(f"   gold: {g.change or '='} {g.value} {g.unit} ({concept})")
        r = miss.row
        got = f"{r.change} {row_value(r)} {normalized_unit(r.unit)} ({r.concept or '-'}) {r.surface!r}" if r else "-"
        lines.append("   got:  " + got)
    lines.append(f"{path}: {score.sentences} sentences, {score.gold} gold, {score.extracted} extracted")
    lines.append(f"{'':20}{'P':>7}{'R':>7}{'F1':>7}")
    for metric in METRICS:
        if not score.judged(metric):
            lines.append(f"{metric:20}   (not annotated in this file)")
            continue
        p, r, f = score.prf(metric)
        lines.append(f"{metric:20}{p:7.1f}{r:7.1f}{f:7.1f}")
    return "\n".join(lines) + "\n"
