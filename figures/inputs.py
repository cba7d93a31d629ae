"""The command's inputs: text files, folders of them, standard input, and tables of
articles (.csv, .jsonl, .parquet), read as a stream of units of work.

Each unit is small (one text document, or a chunk of table rows) and is done by
:func:`run`, in this process or in a worker; the command writes the results in
input order as they come.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import figures

STDIN = "-"  # the PATH that means standard input
STDIN_DOC_ID = "stdin"  # the doc_id of a document read from standard input
SAMPLE_NAME = "news_sample.txt"  # the sample run when no PATH is given
HEAD_LINES = 5  # how many first lines of a document may state its date
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
CHUNK_ROWS = 500  # table rows to a unit of work
PART_BYTES = 1 << 20  # a text file larger than this is read and done in parts

_finditer_iso_date = re.compile(
    r"""
    (?<!\d)            # not inside a longer number
    \d{4}-\d{2}-\d{2}  # YYYY-MM-DD
    (?!\d)
    """,
    re.VERBOSE,
).finditer


class InputError(ValueError):
    """An input the command cannot start on (missing file, missing column)."""


class Skipped(Exception):
    """A document that cannot be read as text: named on stderr, the batch goes on."""


@dataclass(frozen=True)
class Columns:
    """Where the parts of an article are in a table input."""

    text: str = "text"
    id: str | None = None
    keep: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class Unit:
    """One piece of work: a text document, or a chunk of a table's rows."""

    doc_id: str
    source: str | Path | Any  # the text, its file, or a pandas DataFrame chunk
    ref_date: dt.date | None
    columns: Columns | None = None  # set for table chunks
    notes: tuple[str, ...] = field(default=())
    offset: int = 0  # for a part of a large file: where it starts in the document
    first_sentence: int = 0  # ... and the index of its first sentence


def stated_date(name: str, text: str) -> dt.date | None:
    """The first valid YYYY-MM-DD date in a document's name, else its first lines."""
    head = "\n".join(text.splitlines()[:HEAD_LINES])
    for place in (name, head):
        for match in _finditer_iso_date(place):
            try:
                return dt.date.fromisoformat(match.group())
            except ValueError:
                continue
    return None


def read_text(path: Path) -> tuple[str, str | None]:
    """The text of a file and a note on how it was decoded, if not as UTF-8.

    UTF-8 first (a byte-order mark dropped); text that is not UTF-8 is read as
    Windows-1252, the usual legacy encoding of Western news text, which also
    reads Latin-1 letters.  A file with NUL bytes is not text.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Skipped(f"{path}: skipped, cannot read it: {exc.strerror}") from None
    if b"\x00" in data[:8192]:
        raise Skipped(f"{path}: skipped, a binary file, not text")
    note = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        note = f"{path}: not UTF-8, read as Windows-1252"
    if path.suffix.lower() in (".html", ".htm") or _looks_like_html(text):
        text = html_to_text(text)
    return text, note


_html_start = re.compile(r"\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_drop = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_block = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|article|section|header|footer|"
    r"blockquote|figure|figcaption|title|main|aside|nav)\b[^>]*>", re.I
)
_tag = re.compile(r"<[^>]{0,2000}>")


def _looks_like_html(text: str) -> bool:
    return _html_start.match(text[:2048]) is not None


def html_to_text(markup: str) -> str:
    """The text of an HTML page: scripts and styles dropped, block elements as line
    breaks, other tags removed, entities decoded.  Row offsets then refer to this
    text (the ``context`` column shows it), not to the markup."""
    import html

    text = _drop.sub(" ", markup)
    text = _block.sub("\n", text)
    text = _tag.sub("", text)
    return html.unescape(text)


def files(paths: list[str]) -> list[str | Path]:
    """Expand the PATH arguments into files (a directory gives its .txt files, sorted).

    Every path is checked before any document is read, so a typo fails fast.
    """
    found: list[str | Path] = []
    for arg in paths:
        if arg == STDIN:
            found.append(STDIN)
            continue
        path = Path(arg)
        if path.is_dir():
            texts = (p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
            found.extend(sorted(texts, key=lambda p: p.name))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"no such file or directory: {arg}")
    return found


def units(paths: list[str], ref_date: dt.date | None, columns: Columns) -> Iterator[Unit]:
    """The units of work of the PATH arguments, in input order."""
    if not paths:
        sample = resources.files("figures").joinpath("sample", SAMPLE_NAME)
        yield Unit(SAMPLE_NAME, sample.read_text(encoding="utf-8"), ref_date)
        return
    for file in files(paths):
        if isinstance(file, Path) and file.suffix.lower() in TABLE_SUFFIXES:
            yield from _table_units(file, ref_date, columns)
        elif isinstance(file, Path) and _size(file) > PART_BYTES:
            yield from _parts(file, ref_date)
        elif isinstance(file, Path):
            yield Unit(file.name, file, ref_date)
        else:
            yield Unit(STDIN_DOC_ID, sys.stdin.read(), ref_date)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _parts(path: Path, ref_date: dt.date | None) -> Iterator[Unit]:
    """A large text file in parts of about PART_BYTES, cut at line breaks, so that
    memory stays bounded; offsets and sentence numbers run on across parts."""
    from figures import sentences

    offset = first_sentence = 0
    with path.open("rb") as stream:
        head = stream.read(8192)
        stream.seek(0)
        if b"\x00" in head:
            yield Unit(path.name, path, ref_date)  # read_text will skip it as binary
            return
        carry = b""
        while True:
            block = stream.read(PART_BYTES)
            data = carry + block
            if not data:
                return
            cut = _cut(data) if block else len(data)
            part, carry = data[:cut], data[cut:]
            try:
                text, notes = part.decode("utf-8-sig" if offset == 0 else "utf-8"), ()
            except UnicodeDecodeError:
                text = part.decode("cp1252", errors="replace")
                notes = (f"{path}: a part not UTF-8, read as Windows-1252",)
            when = ref_date or (stated_date(path.name, text) if offset == 0 else None)
            yield Unit(path.name, text, when, notes=notes, offset=offset, first_sentence=first_sentence)
            offset += len(text)
            first_sentence += sum(1 for _ in sentences.split(text))


def _cut(data: bytes) -> int:
    """Where to end a part: after its last paragraph or line break, else at the last
    space, else at a character boundary."""
    for mark in (b"\n\n", b"\n", b" "):
        at = data.rfind(mark, len(data) // 2)
        if at >= 0:
            return at + len(mark)
    at = len(data)
    while at > 0 and data[at - 1] & 0xC0 == 0x80:  # back over UTF-8 continuation bytes
        at -= 1
    if at > 0 and data[at - 1] >= 0xC0:  # and the lead byte of the character they end
        at -= 1
    return max(at, 1)


def _table_units(path: Path, ref_date: dt.date | None, columns: Columns) -> Iterator[Unit]:
    """Chunks of a .csv, .jsonl or .parquet table of articles."""
    first = True
    for chunk in _chunks(path):
        if first:
            _check_columns(path, list(chunk.columns), columns)
            first = False
        yield Unit(path.name, chunk, ref_date, columns)


def _chunks(path: Path) -> Iterator[Any]:
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            yield from pd.read_csv(path, chunksize=CHUNK_ROWS)
        elif suffix == ".jsonl":
            yield from pd.read_json(path, lines=True, chunksize=CHUNK_ROWS)
        else:
            yield from _parquet_chunks(path)
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        raise InputError(f"cannot read {path}: {str(exc).splitlines()[0]}") from None


def _parquet_chunks(path: Path) -> Iterator[Any]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading .parquet needs pyarrow: pip install 'news-figures[parquet]'") from None
    offset = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS):
        chunk = batch.to_pandas()
        chunk.index = range(offset, offset + len(chunk))
        offset += len(chunk)
        yield chunk


def _check_columns(path: Path, present: list[str], columns: Columns) -> None:
    wanted = [("--text-column", columns.text), ("--id-column", columns.id),
              ("--date-column", columns.date), *[("--keep", k) for k in columns.keep]]
    for option, name in wanted:
        if name is not None and name not in present:
            raise InputError(f"{path.name} has no column {name!r} ({option}); it has {present}")


def run(unit: Unit) -> tuple[Any, tuple[str, ...], bool]:
    """The table of one unit of work, notes for stderr, and whether it was skipped."""
    if unit.columns is not None:
        c = unit.columns
        frame = figures.extract_frame(
            unit.source, text=c.text, keep=c.keep, id=c.id,
            ref_date=c.date if c.date is not None else unit.ref_date,
        )
        return frame, unit.notes, False
    notes = unit.notes
    if isinstance(unit.source, Path):
        try:
            text, note = read_text(unit.source)
        except Skipped as exc:
            return None, (str(exc),), True
        notes = (*notes, note) if note else notes
    else:
        text = unit.source
    when = unit.ref_date or stated_date(unit.doc_id, text) or dt.date.today()
    frame = figures.extract(text, ref_date=when, doc_id=unit.doc_id)
    if unit.offset or unit.first_sentence:  # a part of a large file
        frame = frame.assign(
            start=frame["start"] + unit.offset, end=frame["end"] + unit.offset,
            sentence=frame["sentence"] + unit.first_sentence,
        )
    return frame, notes, False
