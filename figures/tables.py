"""Tables of articles (.csv, .jsonl, .parquet) read in chunks of rows.

A CSV or JSON-lines file is decoded like any text (:mod:`figures.decoding`); a
row that cannot be read (a CSV record with the wrong number of fields, a line
that is not a JSON object) is skipped with a note naming its line, and the
rest of the table is read.  Row numbers count every record, so the default
``doc_id`` of a row does not shift when an earlier row is bad.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from figures import decoding, texts

SUFFIXES = (".csv", ".jsonl", ".parquet")
CHUNK_ROWS = 500  # table rows to a unit of work
FIELD_LIMIT = 1 << 28  # the largest CSV field read (the csv module's default is 128 KiB)


class TableError(ValueError):
    """A table the command cannot start on: unreadable, or a named column missing."""


@dataclass(frozen=True)
class Chunk:
    """Some rows of a table, with where each stands and what was skipped before them."""

    rows: Any  # a pandas DataFrame (CSV and JSON: object columns); its index is the row number, from 0
    places: tuple[str, ...]  # where each row is, for notes: "line 7", "lines 7-9", "row 7"
    notes: tuple[str, ...] = ()  # rows skipped since the last chunk, decoding notes
    bad: int = 0  # how many rows were skipped


def columns_of(path: Path) -> list[str]:
    """The column names of a table, read from its header (CSV), its first record
    (JSON lines) or its schema (Parquet); :class:`figures.decoding.Binary` for a
    CSV or JSON-lines file that is not text."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return list(_parquet_file(path).schema_arrow.names)
        with path.open("rb") as stream:
            lines = texts.lines(texts.TextReader(stream, sniff=False))
            if suffix == ".csv":
                return next((fields for fields in csv.reader(lines) if fields), [])
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    return list(record) if isinstance(record, dict) else []
            return []
    except decoding.Binary:
        raise
    except (OSError, ValueError) as exc:
        raise TableError(f"cannot read {path}: {str(exc).splitlines()[0]}") from None


def chunks(path: Path) -> Iterator[Chunk]:
    """The rows of a .csv, .jsonl or .parquet table, CHUNK_ROWS at a time.

    Raises :class:`figures.decoding.Binary` for a CSV or JSON-lines file that is
    not text.
    """
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        yield from _parquet_chunks(path)
        return
    with path.open("rb") as stream:
        reader = texts.TextReader(stream, sniff=False)
        records = _csv_records if suffix == ".csv" else _json_records
        batch: list[tuple[int, str, Any]] = []
        notes: list[str] = []
        bad = 0
        legacy = False
        header: list[str] = []
        for row, place, record, problem in records(reader, header):
            if reader.legacy and not legacy:
                legacy = True
                notes.append(f"{path}: not UTF-8, read as Windows-1252")
            if problem:
                notes.append(f"{path} {place}: skipped, {problem}")
                bad += 1
                continue
            batch.append((row, place, record))
            if len(batch) == CHUNK_ROWS:
                yield _chunk(batch, header, notes, bad)
                batch, notes, bad = [], [], 0
        if batch or notes:
            yield _chunk(batch, header, notes, bad)


def _chunk(batch: list[tuple[int, str, Any]], header: list[str], notes: list[str], bad: int) -> Chunk:
    import pandas as pd

    index = [row for row, _, _ in batch]
    records = [record for _, _, record in batch]
    if header:  # CSV: lists of fields
        frame = pd.DataFrame(records, columns=header, index=index, dtype=object)
    else:  # JSON: dicts
        frame = pd.DataFrame.from_records(records, index=index) if records else pd.DataFrame()
        frame = frame.astype(object)
    return Chunk(frame, tuple(place for _, place, _ in batch), tuple(notes), bad)


def _csv_records(reader: texts.TextReader, header: list[str]) -> Iterator[tuple[int, str, Any, str]]:
    """(row number, place, fields, why the row cannot be read or "") for each CSV
    record; fills ``header`` from the first."""
    # The limit is process-wide; raising it only lets long article bodies through.
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    fields = csv.reader(texts.lines(reader))
    row = 0
    last = 0  # the last line read
    while True:
        try:
            record = next(fields)
        except StopIteration:
            return
        except csv.Error as exc:
            yield row, _lines(last + 1, fields.line_num), None, str(exc)
            row, last = row + 1, fields.line_num
            continue
        place, last = _lines(last + 1, fields.line_num), fields.line_num
        if not record:  # a blank line
            continue
        if not header:
            header.extend(record)
            continue
        if len(record) != len(header):
            yield row, place, None, f"{len(record)} fields where the header has {len(header)}"
        else:
            yield row, place, record, ""
        row += 1


def _json_records(reader: texts.TextReader, header: list[str]) -> Iterator[tuple[int, str, Any, str]]:
    """(row number, place, record, why the row cannot be read or "") for each JSON line."""
    row = 0
    for number, line in enumerate(texts.lines(reader), start=1):
        if not line.strip():
            continue
        try:
            record, problem = json.loads(line), ""
        except ValueError as exc:
            record, problem = None, f"not JSON ({str(exc).split(':')[0].lower()})"
        if not problem and not isinstance(record, dict):
            problem = f"a JSON {type(record).__name__}, not an object"
        yield row, f"line {number}", record, problem
        row += 1


def _lines(first: int, last: int) -> str:
    return f"line {first}" if last <= first else f"lines {first}-{last}"


def _parquet_file(path: Path) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise TableError("reading .parquet needs pyarrow: pip install -e '.[parquet]' in the checkout") from None
    return pq.ParquetFile(path)


def _parquet_chunks(path: Path) -> Iterator[Chunk]:
    offset = 0
    for batch in _parquet_file(path).iter_batches(batch_size=CHUNK_ROWS):
        frame = batch.to_pandas()  # columns keep their types: dates stay dates
        frame.index = range(offset, offset + len(frame))
        yield Chunk(frame, tuple(f"row {offset + i}" for i in range(len(frame))))
        offset += len(frame)
