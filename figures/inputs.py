"""The command's inputs as a stream of units of work: text files, folders of them,
standard input, and tables of articles (.csv, .jsonl, .parquet).

Every source goes one way: bytes are decoded by :mod:`figures.decoding`, HTML
is turned into text by :mod:`figures.markup`, in parts of bounded size
(:mod:`figures.texts`); a table's rows by :mod:`figures.tables`, its text cells
through the same HTML conversion.  Each unit is small (a small file, a part of
a large one, a chunk of table rows) and is done by :func:`run`, in this
process or in a worker; the command writes the results in input order.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

import figures
from figures import datelines, decoding, frames, markup, sentences, tables, texts
from figures.sources import SAMPLE_NAME, Source

TABLE_SUFFIXES = tables.SUFFIXES
PART_BYTES = texts.PART_BYTES  # a text file larger than this is read and done in parts


class InputError(ValueError):
    """An input the command cannot start on (missing file, missing column)."""


@dataclass(frozen=True)
class Columns:
    """Where the parts of an article are in a table input."""

    text: str = "text"
    id: str | None = None
    keep: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class Unit:
    """One piece of work: a small text file, a part of a document, or table rows."""

    doc_id: str
    source: str | Path | tables.Chunk  # the text, the file to read, or table rows
    ref_date: dt.date | None  # --ref-date; for a part, the document's own date
    label: str = ""  # the input as notes name it: its path, or "stdin"
    columns: Columns | None = None  # set for table rows
    notes: tuple[str, ...] = ()
    offset: int = 0  # for a part of a document: where it starts in the document
    first_sentence: int = 0  # ... and the index of its first sentence
    part: int = 0  # 0 for the first (or only) part of a document
    skip: str = ""  # why the input cannot be read: then the unit is only this note


@dataclass(frozen=True)
class Result:
    """What a unit of work gave: its table, notes for stderr and what it counts for."""

    frame: Any  # the unit's table; None when the input was skipped
    notes: tuple[str, ...] = ()
    documents: int = 0  # documents (or table rows with text) begun
    skipped: str = ""  # the input skipped whole, when it was
    bad_rows: int = 0  # table rows skipped
    undated: int = 0  # table rows whose date cell could not be read
    undated_first: str = ""  # ... the first of them ("line 4: 'June 1, 2025'")
    date_column: str = ""  # ... and the column
    label: str = ""


def stdin_is_piped() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, nor /dev/null)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def check_tables(found: list[Source], columns: Columns) -> None:
    """Raise InputError when a table input lacks a column the options name."""
    for source in found:
        if source.path is None or source.path.suffix.lower() not in TABLE_SUFFIXES:
            continue
        try:
            present = tables.columns_of(source.path)
        except decoding.Binary:
            continue  # skipped with a note when its turn comes
        except tables.TableError as exc:
            raise InputError(str(exc)) from None
        wanted = [("--text-column", columns.text), ("--id-column", columns.id),
                  ("--date-column", columns.date), *[("--keep", k) for k in columns.keep]]
        for option, name in wanted:
            if name is not None and name not in present:
                raise InputError(f"{source.path.name} has no column {name!r} ({option}); it has {present}")


def units(found: list[Source], ref_date: dt.date | None, columns: Columns) -> Iterator[Unit]:
    """The units of work of the sources, in input order."""
    for source in found:
        if source.path is None and source.doc_id == SAMPLE_NAME:
            sample = resources.files("figures").joinpath("sample", SAMPLE_NAME)
            yield Unit(SAMPLE_NAME, sample.read_text(encoding="utf-8"), ref_date, label=SAMPLE_NAME)
        elif source.path is None:
            yield from _stream_units(_stdin_bytes(), source, ref_date)
        elif source.path.suffix.lower() in TABLE_SUFFIXES:
            yield from _table_units(source, ref_date, columns)
        elif _size(source.path) > PART_BYTES:
            try:
                with source.path.open("rb") as stream:
                    yield from _stream_units(stream, source, ref_date)
            except OSError as exc:
                yield Unit(source.doc_id, "", ref_date, source.label, skip=_unreadable(source.label, exc))
        else:
            yield Unit(source.doc_id, source.path, ref_date, source.label)


def _stdin_bytes() -> BinaryIO:
    """Standard input as bytes (a text stream without a buffer is encoded back)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _unreadable(label: str, exc: OSError) -> str:
    return f"{label}: skipped, cannot read it: {exc.strerror or exc}"


def _stream_units(stream: BinaryIO, source: Source, ref_date: dt.date | None) -> Iterator[Unit]:
    """A document read from a stream, in parts: offsets and sentence numbers run on
    across parts, and every part takes the date the first one states."""
    reader = texts.TextReader(stream, html=source.is_html, size=PART_BYTES)
    when = ref_date
    offset = first_sentence = part = 0
    noted = False
    try:
        for part, text in enumerate(reader):
            if part == 0:
                when = ref_date or datelines.stated_date(source.doc_id, text) or dt.date.today()
            notes: tuple[str, ...] = ()
            if reader.legacy and not noted:
                noted, notes = True, (f"{source.label}: not UTF-8, read as Windows-1252",)
            yield Unit(source.doc_id, text, when, source.label, notes=notes,
                       offset=offset, first_sentence=first_sentence, part=part)
            offset += len(text)
            first_sentence += sum(1 for _ in sentences.split(text))
        if offset == 0:  # an empty document: read, no rows
            yield Unit(source.doc_id, "", when, source.label)
    except decoding.Binary as exc:
        yield Unit(source.doc_id, "", ref_date, source.label, skip=f"{source.label}: skipped, {exc}")
    except OSError as exc:
        yield Unit(source.doc_id, "", ref_date, source.label, skip=_unreadable(source.label, exc))


def _table_units(source: Source, ref_date: dt.date | None, columns: Columns) -> Iterator[Unit]:
    """A table's rows in chunks; a table that stops being readable is noted."""
    assert source.path is not None
    try:
        for chunk in tables.chunks(source.path):
            yield Unit(source.doc_id, chunk, ref_date, source.label, columns)
    except decoding.Binary as exc:
        yield Unit(source.doc_id, "", ref_date, source.label, skip=f"{source.label}: skipped, {exc}")
    except OSError as exc:
        yield Unit(source.doc_id, "", ref_date, source.label, skip=_unreadable(source.label, exc))
    except (ValueError, tables.TableError) as exc:
        note = f"{source.label}: skipped the rest, cannot read it: {str(exc).splitlines()[0]}"
        yield Unit(source.doc_id, "", ref_date, source.label, skip=note)


def run(unit: Unit) -> Result:
    """The table of one unit of work, with its notes and counts."""
    if unit.skip:
        return Result(None, (unit.skip,), skipped=unit.label, label=unit.label)
    if isinstance(unit.source, tables.Chunk):
        return _run_rows(unit, unit.source)
    notes = unit.notes
    if isinstance(unit.source, Path):
        try:
            with unit.source.open("rb") as stream:
                reader = texts.TextReader(stream, html=unit.source.suffix.lower() in texts.HTML_SUFFIXES)
                text = "".join(reader)
        except decoding.Binary as exc:
            return Result(None, (f"{unit.label}: skipped, {exc}",), skipped=unit.label, label=unit.label)
        except OSError as exc:
            return Result(None, (_unreadable(unit.label, exc),), skipped=unit.label, label=unit.label)
        if reader.legacy:
            notes = (*notes, f"{unit.label}: not UTF-8, read as Windows-1252")
    else:
        text = unit.source
    when = unit.ref_date or datelines.stated_date(unit.doc_id, text)
    frame = figures.extract(text, ref_date=when, doc_id=unit.doc_id)
    if unit.offset or unit.first_sentence:  # a part of a large document
        frame = frame.assign(
            start=frame["start"] + unit.offset, end=frame["end"] + unit.offset,
            sentence=frame["sentence"] + unit.first_sentence,
        )
    return Result(frame, notes, documents=int(unit.part == 0), label=unit.label)


def _run_rows(unit: Unit, chunk: tables.Chunk) -> Result:
    """The table of some rows of a table: a text cell that is binary or not text is a
    bad row (noted with its line); HTML cells are read as their text."""
    import pandas as pd

    c = unit.columns or Columns()
    rows = chunk.rows
    notes, bad = list(chunk.notes), chunk.bad
    bodies: list[str | None] = []
    for body, place in zip(_cells(rows, c.text), chunk.places, strict=True):
        problem = ""
        if isinstance(body, str):
            if "\x00" in body:
                problem = "binary data, not text"
            elif markup.looks_like_html(body):
                body = markup.html_to_text(body)
        elif not _missing(body):
            problem = f"a {type(body).__name__}, not text"
        if problem:
            notes.append(f"{unit.label} {place}: skipped, {problem} in column {c.text!r}")
            bad += 1
            body = None
        bodies.append(body)
    ids = _cells(rows, c.id) if c.id is not None else rows.index.tolist()
    undated: list[str] = []
    if c.date is not None:
        cells = _cells(rows, c.date)
        read = [datelines.read_date(cell) for cell in cells]
        for cell, date, body, place in zip(cells, read, bodies, chunk.places, strict=True):
            if date is None and isinstance(body, str) and body.strip():
                undated.append(f"{place}: {'(blank)' if _missing(cell) or not str(cell).strip() else repr(cell)}")
        dates: list[Any] = [date or unit.ref_date for date in read]
    else:
        dates = [unit.ref_date] * len(rows)
    kept = {k: rows[k] if k in rows else pd.Series([None] * len(rows), dtype=object) for k in c.keep}
    frame = frames.rows_table(bodies, ids, dates, kept, from_column=c.date is not None)
    documents = sum(1 for body in bodies if isinstance(body, str) and body.strip())
    return Result(frame, tuple(notes), documents=documents, bad_rows=bad, undated=len(undated),
                  undated_first=undated[0] if undated else "", date_column=c.date or "", label=unit.label)


def _cells(rows: Any, name: str) -> list[Any]:
    """The values of column ``name`` (None throughout when a JSON chunk lacks it)."""
    return rows[name].tolist() if name in rows else [None] * len(rows)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)
