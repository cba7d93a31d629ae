"""The command's outputs: the table written as CSV, JSON lines or Parquet, piece by
piece, to standard output or atomically to a file."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

FORMATS = ("csv", "jsonl", "parquet")


class OutputError(ValueError):
    """An output the command cannot write."""


def format_of(path: Path | None, given: str | None) -> str:
    """The output format: ``--format``, else the suffix of ``-o`` (none: CSV), else CSV.

    Raise OutputError for a suffix the command cannot write (``out.xlsx``), rather
    than writing CSV under that name.
    """
    if given:
        return given
    if path is None or not path.suffix:
        return "csv"
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise OutputError(
            f"cannot write {path.suffix} files: name the output .csv, .jsonl or .parquet, or give --format"
        )
    return suffix


def write(frames: Iterable[Any], empty: Any, fmt: str, path: Path | None) -> int:
    """Write the tables ``frames`` (in order) as one table; return the rows written.

    ``empty`` is the empty table, for the header and the schema.  A file is
    written to a temporary name beside it and renamed when all is written, so
    an interrupted run leaves no half-written file.
    """
    if path is None:
        if fmt == "parquet":
            raise OutputError("Parquet is binary: write it to a file with -o FILE.parquet")
        return _write_text(frames, empty, fmt, sys.stdout, flush=True)
    if not path.parent.is_dir():
        raise OutputError(f"no such directory for the output: {path.parent}")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if fmt == "parquet":
            os.close(fd)
            rows = _write_parquet(frames, empty, Path(tmp))
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                rows = _write_text(frames, empty, fmt, out, flush=False)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private: use the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return rows


def _write_text(frames: Iterable[Any], empty: Any, fmt: str, out: TextIO, flush: bool) -> int:
    rows = 0
    if fmt == "csv":
        out.write(empty.to_csv(index=False))
    for frame in frames:
        if frame is None or not len(frame):
            continue
        frame = frame.reindex(columns=empty.columns)  # --keep columns on every row
        if fmt == "csv":
            out.write(frame.to_csv(index=False, header=False))
        else:
            out.write(frame.to_json(orient="records", lines=True, date_format="iso"))
        rows += len(frame)
        if flush:
            out.flush()
    return rows


def _write_parquet(frames: Iterable[Any], empty: Any, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError("writing .parquet needs pyarrow: pip install 'news-figures[parquet]'") from None
    rows = 0
    writer = None
    try:
        for frame in frames:
            if frame is None or not len(frame):
                continue
            frame = frame.reindex(columns=empty.columns)
            batch = pa.Table.from_pandas(frame, preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(path, batch.schema)
            writer.write_table(batch.cast(writer.schema))
            rows += len(frame)
        if writer is None:
            pq.write_table(pa.Table.from_pandas(empty, preserve_index=False), path)
    finally:
        if writer is not None:
            writer.close()
    return rows
