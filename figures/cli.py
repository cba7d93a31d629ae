"""The ``figures`` command: a thin layer over the Python API.

``figures extract [PATH ...]`` writes the table of figures (CSV, JSON lines or
Parquet) to stdout or to ``-o FILE``; ``figures evaluate GOLD.json`` scores the
extractor against a gold file; ``figures summary TABLE`` gives a first look at
a table.  No extraction logic lives here: reading inputs is ``figures.inputs``,
running the work in order ``figures.runs``, writing outputs ``figures.outputs``,
the work itself ``figures.extract`` and ``figures.extract_frame``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import figures
from figures import inputs, outputs, sources, summary
from figures.runs import StrictStop, Tally, results


class UsageError(Exception):
    """A mistake in the command line or its inputs: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises :class:`UsageError` instead of printing usage."""

    def error(self, message: str) -> NoReturn:
        """Raise the parse error so that :func:`main` reports it in one line."""
        raise UsageError(message)


_fullmatch_iso_date = re.compile(r"\d{4}-\d{2}-\d{2}").fullmatch


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


def _columns(args: argparse.Namespace) -> inputs.Columns:
    keep = tuple(k.strip() for k in args.keep.split(",") if k.strip()) if args.keep else ()
    return inputs.Columns(args.text_column, args.id_column, keep, args.date_column)


def _cmd_extract(args: argparse.Namespace) -> int:
    """Run ``figures extract``: write the table, in input order, as documents are done."""
    try:
        fmt = outputs.format_of(args.output, args.format)
        found = sources.sources(args.paths, args.glob, stdin_piped=not args.paths and inputs.stdin_is_piped())
        if args.output is not None and args.output.is_dir():
            raise UsageError(f"the output is a directory: {args.output}")
        if args.output is not None and not args.output.parent.is_dir():
            raise UsageError(f"no such directory for the output: {args.output.parent}")
        if args.output is None and fmt == "parquet":
            raise UsageError("Parquet is binary: write it to a file with -o FILE.parquet")
        inputs.check_tables(found, _columns(args))  # every table's columns before any output
    except (inputs.InputError, sources.SourceError, outputs.OutputError) as exc:
        raise UsageError(str(exc)) from None
    work = inputs.units(found, args.ref_date, _columns(args))
    jobs = args.jobs or os.cpu_count() or 1
    show = args.progress or (sys.stderr.isatty() and len(found) > 1)
    tally = Tally(args.strict, args.output)
    try:
        outputs.write(results(work, jobs, tally, show), _empty(args), fmt, args.output)
    except StrictStop as exc:
        _say(f"stopped (--strict): {exc}; {tally.written()}")
        return 1
    except KeyboardInterrupt:
        _say(f"interrupted; {tally.written()}")
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # a reader that stops early (| head) is fine
    except (inputs.InputError, outputs.OutputError) as exc:
        _say(f"error: {exc}; {tally.written()}")
        return 1
    except OSError as exc:
        _say(f"error: cannot write {args.output or 'stdout'}: {exc.strerror or exc}; {tally.written()}")
        return 1
    for line in tally.undated_lines():
        print(line, file=sys.stderr)
    implicit_stdin = not args.paths and found[0].doc_id == sources.STDIN_DOC_ID
    if implicit_stdin and not tally.rows and not tally.skipped:  # say what was read, since nothing came of it
        _say("read standard input (piped, and no PATH given): no figures in it")
    if tally.noted or show or tally.undated:
        print(tally.line(), file=sys.stderr)
    return 1 if tally.skipped or tally.bad_rows else 0


def _say(message: str) -> None:
    print(f"figures: {message}", file=sys.stderr)


def _empty(args: argparse.Namespace) -> Any:
    """The empty output table: the ``--keep`` columns, then the table's own."""
    import pandas as pd

    keep = list(_columns(args).keep)
    frame = pd.DataFrame({"text": pd.Series([], dtype=object), **{k: pd.Series([], dtype=object) for k in keep}})
    return figures.extract_frame(frame, keep=keep)


def _cmd_summary(args: argparse.Namespace) -> int:
    """Run ``figures summary``: a first look at an extracted table."""
    import pandas as pd

    path: Path = args.table
    try:
        if path.suffix.lower() == ".parquet":
            frame = pd.read_parquet(path)
        elif path.suffix.lower() == ".jsonl":
            frame = pd.read_json(path, lines=True)
        else:
            frame = pd.read_csv(path)
    except (OSError, ValueError, ImportError) as exc:
        raise UsageError(f"cannot read {path}: {str(exc).splitlines()[0]}") from None
    missing = [c for c in ("doc_id", "unit", "dimension", "value") if c not in frame.columns]
    if missing:
        raise UsageError(f"{path} is not a figures table: no column {missing[0]!r}")
    sys.stdout.write(summary.summarize(frame))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    """Run ``figures evaluate``: print P/R/F1 against a gold file."""
    from figures import evaluate

    try:
        score = evaluate.evaluate(args.gold)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    sys.stdout.write(evaluate.report(score, args.gold, args.errors))
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
            "A PATH is a text or HTML file, a table of articles (.csv, .jsonl, .parquet), "
            "a directory (its files matching --glob, sorted) or - for stdin; "
            "with no PATH, piped stdin is read, else the bundled sample of news articles. "
            "doc_id is the file name (below a directory: its path there)."
        ),
    )
    extract.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="file, directory, or - for stdin",
    )
    extract.add_argument(
        "--glob", default=sources.DEFAULT_GLOB, metavar="PATTERN",
        help="in a directory, the files to read, case-insensitive (default: *.txt; "
        "'**/*' every file in every folder below)",
    )
    extract.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the table to FILE (.csv, .jsonl or .parquet) instead of stdout",
    )
    extract.add_argument(
        "--ref-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date time phrases ('last month') count from "
        "(default: the date in the file's name, or an ISO date or dateline in its first lines, else today)",
    )
    extract.add_argument(
        "-f",
        "--format",
        choices=outputs.FORMATS,
        help="output format (default: from the suffix of -o, else csv)",
    )
    extract.add_argument(
        "--text-column", default="text", metavar="NAME",
        help="for .csv/.jsonl/.parquet inputs: the column of article text (default: text)",
    )
    extract.add_argument(
        "--id-column", metavar="NAME",
        help="for table inputs: the column that gives doc_id (default: the row number)",
    )
    extract.add_argument(
        "--keep", metavar="COL1,COL2",
        help="for table inputs: columns copied to the front of every row (e.g. url,published)",
    )
    extract.add_argument(
        "--date-column", metavar="NAME",
        help="for table inputs: the column of each article's date, for its time phrases",
    )
    extract.add_argument(
        "--progress", action="store_true",
        help="show a progress bar on stderr (shown anyway when stderr is a terminal)",
    )
    extract.add_argument(
        "--strict", action="store_true",
        help="stop at the first document or table row that cannot be read (default: skip it, go on, exit 1)",
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

    summary_cmd = commands.add_parser(
        "summary",
        help="a first look at an extracted table: rows per dimension, values per unit",
        description="Print, for a table written by figures extract (.csv, .jsonl or "
        ".parquet), the rows per dimension and the count, min, median and max value per unit.",
    )
    summary_cmd.add_argument("table", type=Path, metavar="TABLE", help="a table from figures extract")
    summary_cmd.set_defaults(run=_cmd_summary)
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
    except KeyboardInterrupt:
        print("figures: interrupted", file=sys.stderr)
        return 130
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
