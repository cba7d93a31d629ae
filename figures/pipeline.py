"""The stages in order: text -> sentences -> numbers -> quantities -> units -> context -> rows."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from figures import context, date_attachment, excerpt, numbers, quantities, sentences, si, table, unit_links, units
from figures.records import Figure

if TYPE_CHECKING:
    import pandas as pd


def find(
    text: str,
    *,
    ref_date: dt.date | str | None = None,
    doc_id: str | None = None,
) -> list[Figure]:
    """Every quantity mentioned in ``text``, as records in text order."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    ref = reference_date(ref_date)
    doc = "" if doc_id is None else str(doc_id)
    out: list[Figure] = []
    for sentence in sentences.split(text):
        found = numbers.find(text, sentence.start, sentence.end)
        if not found:
            continue
        read = quantities.read(text, found, sentence.start, sentence.end)
        attached = [units.attach(text, q, sentence.start, sentence.end) for q in read]
        read, attached = unit_links.settle(text, read, attached, sentence.start, sentence.end)
        when = date_attachment.dates_of(text, sentence.start, sentence.end, [(u.start, u.end) for u in attached], ref)
        abouts = context.concepts(text, sentence, read, attached)
        for q, unit, date, about in zip(read, attached, when, abouts, strict=True):
            previous = Figure(
                doc_id=doc,
                sentence=sentence.index,
                start=unit.start,
                end=unit.end,
                surface=text[unit.start : unit.end],
                value=q.value,
                low=q.low,
                high=q.high,
                change=q.change,
                unit=unit.name,
                unit_surface=unit.surface,
                dimension=unit.dimension,
                concept=about,
                date=date,
                context=excerpt.around(sentence, unit.start, unit.end),
                **si.columns(unit.name, unit.dimension, q.change, q.value, q.low, q.high),
            )
            out.append(previous)
    return out


def extract(
    text: str,
    *,
    ref_date: dt.date | str | None = None,
    doc_id: str | None = None,
) -> pd.DataFrame:
    """The table of every quantity in ``text``: one row per mention, in text order.

    ``ref_date`` (a date or "YYYY-MM-DD", default today) resolves time phrases
    such as "last month"; ``doc_id`` fills the ``doc_id`` column.
    """
    return table.frame(find(text, ref_date=ref_date, doc_id=doc_id))


def reference_date(ref_date: dt.date | str | None) -> dt.date:
    """``ref_date`` as a date: today when None; ValueError/TypeError for anything else."""
    if ref_date is None:
        return dt.date.today()
    if isinstance(ref_date, dt.datetime):
        return ref_date.date()
    if isinstance(ref_date, dt.date):
        return ref_date
    if isinstance(ref_date, str):
        try:
            return dt.date.fromisoformat(ref_date.strip())
        except ValueError:
            raise ValueError(f"ref_date must be a date or 'YYYY-MM-DD', not {ref_date!r}") from None
    if isinstance(ref_date, float) and math.isnan(ref_date):
        return dt.date.today()
    raise TypeError(f"ref_date must be a date or 'YYYY-MM-DD', not {type(ref_date).__name__}")
