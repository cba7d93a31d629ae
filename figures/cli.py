"""The ``figures`` command: a thin layer over :func:`figures.extract`.

``figures extract [PATH ...]`` writes the table of figures as CSV to stdout or
to ``-o FILE``. It holds no extraction logic: it reads documents, calls
``figures.extract`` once per document and concatenates the tables.
``figures evaluate GOLD.json`` scores the extractor against a gold file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import NoReturn

import pandas as pd

import figures

STDIN = "-"  # the PATH that means standard input
STDIN_DOC_ID = "stdin"  # the doc_id of a document read from standard input
SAMPLE_NAME = "news_sample.txt"  # the sample run when no PATH is given
HEAD_LINES = 5  # how many first lines of a document may state its date

_finditer_iso_date = re.compile(
    r"""
    (?<!\d)            # not inside a longer number
    \d{4}-\d{2}-\d{2}  # YYYY-MM-DD
    (?!\d)
    """,
    re.VERBOSE,
).finditer
_fullmatch_iso_date = re.compile(r"\d{4}-\d{2}-\d{2}").fullmatch


class UsageError(Exception):
    """A mistake in the command line or its inputs: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises :class:`UsageError` instead of printing usage."""

    def error(self, message: str) -> NoReturn:
        """Raise the parse error so that :func:`main` reports it in one line."""
        raise UsageError(message)


def _iso_date(text: str) -> dt.date:
    """Parse ``--ref-date``: a date written exactly as YYYY-MM-DD."""
    try:
        if _fullmatch_iso_date(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {text!r}")


def _positive(text: str) -> int:
    """Parse ``--jobs``: a whole number of at least 1."""
    if text.isdigit() and int(text) >= 1:
        return int(text)
    raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")


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


class Skipped(Exception):
    """A document that cannot be read as text: named on stderr, the batch goes on."""


def _read(path: Path) -> tuple[str, str | None]:
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
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), f"{path}: not UTF-8, read as Windows-1252"


def _files(paths: list[str]) -> list[str | Path]:
    """Expand the PATH arguments into files (a directory gives its .txt files, sorted).

    Every path is checked before any document is read, so a typo fails fast.
    """
    files: list[str | Path] = []
    for arg in paths:
        if arg == STDIN:
            files.append(STDIN)
            continue
        path = Path(arg)
        if path.is_dir():
            texts = (p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
            files.extend(sorted(texts, key=lambda p: p.name))
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"no such file or directory: {arg}")
    return files


Task = tuple[str, "str | Path", "dt.date | None"]  # doc_id, text or file, --ref-date


def _tasks(paths: list[str], ref_date: dt.date | None) -> Iterator[Task]:
    """One task per document; files are read by whoever runs the task."""
    if not paths:
        sample = resources.files("figures").joinpath("sample", SAMPLE_NAME)
        yield SAMPLE_NAME, sample.read_text(encoding="utf-8"), ref_date
        return
    for file in _files(paths):
        if isinstance(file, Path):
            yield file.name, file, ref_date
        else:
            yield STDIN_DOC_ID, sys.stdin.read(), ref_date


def _csv_rows(task: Task) -> tuple[str, str | None, bool]:
    """The CSV rows (no header) of one document's table, a note for stderr, and
    whether the document was skipped."""
    doc_id, source, ref_date = task
    note = None
    if isinstance(source, Path):
        try:
            text, note = _read(source)
        except Skipped as exc:
            return "", str(exc), True
    else:
        text = source
    when = ref_date or stated_date(doc_id, text) or dt.date.today()
    frame = figures.extract(text, ref_date=when, doc_id=doc_id)
    return (frame.to_csv(index=False, header=False) if len(frame) else ""), note, False


def csv_chunks(
    paths: list[str], ref_date: dt.date | None, jobs: int = 1, skipped: list[str] | None = None
) -> Iterator[str]:
    """The CSV of every document's figures: the header, then each document's rows
    in input order, produced as documents are done (so output starts early and
    memory stays flat).  ``jobs`` > 1 spreads documents over that many processes.

    Without ``ref_date``, each document counts time phrases from its stated date,
    else from today.  Notes on documents decoded or skipped go to stderr as
    they come; skipped ones are added to ``skipped``.
    """
    yield figures.extract("").to_csv(index=False)
    tasks = _tasks(paths, ref_date)
    if jobs <= 1:
        results: Iterable[tuple[str, str | None, bool]] = map(_csv_rows, tasks)
        yield from _noted(results, skipped)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from _noted(pool.imap(_csv_rows, tasks, chunksize=4), skipped)


def _noted(
    results: Iterable[tuple[str, str | None, bool]], skipped: list[str] | None
) -> Iterator[str]:
    for rows, note, was_skipped in results:
        if note:
            print(f"figures: {note}", file=sys.stderr)
        if was_skipped and skipped is not None:
            skipped.append(note or "")
        yield rows


def table(paths: list[str], ref_date: dt.date | None) -> pd.DataFrame:
    """The figures of every document in one table (for callers who want a frame)."""
    import io

    return pd.read_csv(io.StringIO("".join(csv_chunks(paths, ref_date))))


def _write_file(path: Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to ``path`` atomically: a temporary file beside it, renamed
    when all is written, so an interrupted run leaves no half-written file."""
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            for chunk in chunks:
                out.write(chunk)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private: use the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_stdout(chunks: Iterable[str]) -> None:
    """Write ``chunks`` to stdout as they come; a reader that stops early (``| head``) is fine."""
    try:
        for chunk in chunks:
            sys.stdout.write(chunk)
            sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the flush at exit cannot fail


def _cmd_extract(args: argparse.Namespace) -> int:
    """Run ``figures extract``: write the table as CSV."""
    output: Path | None = args.output
    if output is not None and not output.parent.is_dir():
        raise UsageError(f"no such directory for the output: {output.parent}")
    list(_files(args.paths))  # every path checked before any output
    jobs = args.jobs or os.cpu_count() or 1
    skipped: list[str] = []
    csv = csv_chunks(args.paths, args.ref_date, jobs, skipped)
    if output is None:
        _write_stdout(csv)
    else:
        try:
            _write_file(output, csv)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    return 1 if skipped else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    """Run ``figures evaluate``: print P/R/F1 against a gold file."""
    from figures import evaluate

    try:
        score = evaluate.evaluate(args.gold)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    _write_stdout([evaluate.report(score, args.gold, args.errors)])
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The parser of the ``figures`` command line, with one subparser per command."""
    parser = _Parser(
        prog="figures",
        description="Pull the numeric facts out of news text into one table.",
    )
    parser.add_argument(
        "--version", action="version", version=f"figures {figures.__version__}"
    )
    commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", dest="command", required=True
    )

    extract = commands.add_parser(
        "extract",
        help="write the table of figures in news text as CSV",
        description=(
            "Write one CSV row per quantity mentioned in the documents. "
            "A PATH is a text file, a directory (its .txt files, sorted) or - "
            "for stdin; "
            "with no PATH, the bundled sample of news articles is used. "
            "doc_id is the file name."
        ),
    )
    extract.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="text file, directory of .txt files, or - for stdin",
    )
    extract.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the CSV to FILE instead of stdout",
    )
    extract.add_argument(
        "--ref-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date time phrases ('last month') count from "
        "(default: the date in the file's name or first lines, else today)",
    )
    extract.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="documents processed at once, in N processes (default: all cores); "
        "the output is the same, in input order",
    )
    extract.set_defaults(run=_cmd_extract)

    evaluate = commands.add_parser(
        "evaluate",
        help="score the extractor against a gold file (NewsQuant format)",
        description=(
            "Print precision, recall and F1 for value, value+unit, value+change "
            "and value+concept against GOLD, a JSON list of "
            '{"text": ..., "quantities": [{"value", "normalized_unit", "change", '
            '"referred_concepts"}]}; a range value is written "low-high".'
        ),
    )
    evaluate.add_argument("gold", type=Path, metavar="GOLD", help="the gold file (JSON)")
    evaluate.add_argument(
        "--errors", type=int, default=0, metavar="N", help="also print the first N misses"
    )
    evaluate.set_defaults(run=_cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return its status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except UsageError as exc:
        print(f"figures: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
