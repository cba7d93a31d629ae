"""``figures summary``: a first look at an extracted table, per unit and per dimension."""

from __future__ import annotations

from typing import Any


def summarize(frame: Any) -> str:
    """A short text overview: rows per dimension, and per unit the count and the
    min / median / max value."""
    import pandas as pd

    lines = [f"{len(frame)} rows, {frame['doc_id'].nunique()} documents"]
    if not len(frame):
        return lines[0] + "\n"
    units = frame.assign(unit=frame["unit"].fillna("(none)"))
    by_dim = frame["dimension"].fillna("(none)").value_counts()
    lines.append("")
    lines.append("dimension        rows")
    lines += [f"{str(d):<16}{n:>5}" for d, n in by_dim.items()]
    stats = units.groupby("unit")["value"].agg(["count", "min", "median", "max"])
    stats = stats.sort_values("count", ascending=False)
    lines.append("")
    width = max(16, min(32, max(len(str(u)) for u in stats.index) + 2))
    lines.append(f"{'unit':<{width}}{'rows':>6}{'min':>14}{'median':>14}{'max':>14}")
    for unit, row in stats.iterrows():
        lines.append(
            f"{str(unit)[: width - 1]:<{width}}{int(row['count']):>6}"
            + "".join(f"{_num(row[c]):>14}" for c in ("min", "median", "max"))
        )
    del pd
    lines += _si_lines(frame)
    return "\n".join(lines) + "\n"


def _si_lines(frame: Any) -> list[str]:
    """Per SI unit, the rows and the min / median / max ``si_value`` (nothing for a table
    without the SI columns or SI values)."""
    if "si_unit" not in frame.columns or "si_value" not in frame.columns:
        return []
    stats = frame.groupby("si_unit")["si_value"].agg(["count", "min", "median", "max"])
    if not len(stats):
        return []
    lines = ["", f"{'SI unit':<16}{'rows':>6}{'min':>14}{'median':>14}{'max':>14}"]
    for unit, row in stats.sort_values("count", ascending=False).iterrows():
        lines.append(f"{str(unit)[:15]:<16}{int(row['count']):>6}"
                     + "".join(f"{row[c]:>14.4g}" for c in ("min", "median", "max")))
    return lines


def _num(x: float) -> str:
    if x != x:
        return "-"
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.4g}"
