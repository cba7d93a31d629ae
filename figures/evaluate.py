"""``figures evaluate``: score the extractor against a gold file in the NewsQuant format.

A gold file is a JSON list of ``{"text": ..., "quantities": [...]}``; each
quantity has ``value`` (a number, or "low-high" for a range),
``normalized_unit``, and optionally ``change`` (default "=") and
``referred_concepts`` (default "-").

Matching is one to one within a sentence: each gold quantity takes the first
unused row with the same value (a range only matches a range with the same
ends), preferring one whose unit matches too.  Then:

- value: the value matched;
- value+unit: and the unit matched (case-insensitive; no unit is "-");
- value+change: and the change matched (a gold ">" or "<" also accepts ">=" / "<=");
- value+concept: and the concept shares a word with the gold one.

Precision divides by the rows extracted, recall by the gold quantities.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from figures.pipeline import find
from figures.records import Figure

Value = float | tuple[float, float]
METRICS = ("value", "value+unit", "value+change", "value+concept")


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold quantity."""

    value: Value
    unit: str
    change: str
    concept: frozenset[str]


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold quantity not found (``row`` None), found with a wrong unit or change,
    or a row no gold quantity took (``gold`` None)."""

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
    misses: list[Miss] = field(default_factory=list)

    def prf(self, metric: str) -> tuple[float, float, float]:
        """Precision, recall and F1 (in percent) of ``metric``."""
        hits = self.matched[metric]
        p = hits / self.extracted if self.extracted else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


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
        change=str(q.get("change", "=")).strip() or "=",
        concept=concept_words(q.get("referred_concepts", "-")),
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
    """A unit for comparison: lowercase, "-" when there is none."""
    if unit is None or (isinstance(unit, float) and math.isnan(unit)):
        return "-"
    return str(unit).strip().lower() or "-"


def concept_words(concept: object) -> frozenset[str]:
    """The lowercase words of a concept ("-" when it is empty)."""
    if concept is None or (isinstance(concept, float) and math.isnan(concept)):
        concept = ""
    if isinstance(concept, (list, tuple)):
        concept = " ".join(str(c) for c in concept)
    words = {w.lower() for w in re.split(r"[,\s]+", str(concept)) if w}
    return frozenset(words or {"-"})


def row_value(row: Figure) -> Value:
    """A row's value as gold files write it: a range as its two ends."""
    if not math.isnan(row.low) and not math.isnan(row.high) and not _close(row.low, row.high):
        return row.low, row.high
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
            same = [r for r in unused if _same_value(gold.value, row_value(r))]
            if not same:
                score.misses.append(Miss(text, gold, None))
                continue
            row = next((r for r in same if normalized_unit(r.unit) == gold.unit), same[0])
            unused.remove(row)
            unit_ok = normalized_unit(row.unit) == gold.unit
            change_ok = _same_change(gold.change, row.change)
            score.matched["value"] += 1
            score.matched["value+unit"] += unit_ok
            score.matched["value+change"] += change_ok
            score.matched["value+concept"] += bool(gold.concept & concept_words(row.concept))
            if not (unit_ok and change_ok):
                score.misses.append(Miss(text, gold, row))
        score.misses.extend(Miss(text, None, r) for r in unused)
    return score


def report(score: Score, path: str | Path, errors: int = 0) -> str:
    """The score as text: the first ``errors`` misses, then a P/R/F1 table."""
    lines = []
    for miss in score.misses[:errors]:
        lines.append(f"- {miss.text}")
        g = miss.gold
        concept = " ".join(sorted(g.concept)) if g else ""
        lines.append("   gold: " + (f"{g.change} {g.value} {g.unit} ({concept})" if g else "-"))
        r = miss.row
        got = f"{r.change} {row_value(r)} {normalized_unit(r.unit)} ({r.concept}) {r.surface!r}" if r else "-"
        lines.append("   got:  " + got)
    lines.append(f"{path}: {score.sentences} sentences, {score.gold} gold, {score.extracted} extracted")
    lines.append(f"{'':16}{'P':>7}{'R':>7}{'F1':>7}")
    for metric in METRICS:
        p, r, f = score.prf(metric)
        lines.append(f"{metric:16}{p:7.1f}{r:7.1f}{f:7.1f}")
    return "\n".join(lines) + "\n"
