"""A run of ``figures extract``: the units of work done in order, in this process or
in a pool of workers, with the notes and counts the command reports on stderr."""

from __future__ import annotations

import collections
import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from figures import inputs


class Tally:
    """What a run did, for the messages on stderr."""

    def __init__(self, strict: bool = False, output: Path | None = None) -> None:
        self.strict = strict
        self.output = output
        self.documents = 0
        self.rows = 0  # rows handed to the writer
        self.noted = False
        self.skipped: list[str] = []
        self.bad_rows = 0
        self.undated: dict[str, tuple[int, str, str]] = {}  # table -> (rows, the first, the column)

    def line(self) -> str:
        """The closing line: documents read and skipped, rows written."""
        skipped = f"{len(self.skipped)} skipped" + (" (" + ", ".join(self.skipped) + ")" if self.skipped else "")
        bad = f", {self.bad_rows} table rows skipped" if self.bad_rows else ""
        return f"figures: {self.documents} documents read, {skipped}{bad}, {self.rows} rows written"

    def written(self) -> str:
        """What the output holds when the run ends early."""
        if self.output is not None:
            return f"nothing written to {self.output}"
        if self.rows:
            return f"{self.rows} rows written to stdout before it"
        return "no rows written"

    def undated_lines(self) -> list[str]:
        """One line per table with date cells that could not be read."""
        return [
            f"figures: {label}: {count} rows with no readable date in column {column!r} (first: {first}); "
            "they take --ref-date, else their dateline, else no date"
            for label, (count, first, column) in self.undated.items()
        ]


class StrictStop(Exception):
    """--strict: the first input that could not be read (or bad table row) ends the run."""


def results(
    work: Iterable[inputs.Unit], jobs: int, tally: Tally, progress: bool = False
) -> Iterator[Any]:
    """The table of every unit of work, in input order, as each is done.

    ``jobs`` > 1 spreads the units over that many processes.  Notes on
    documents decoded or skipped go to stderr as they come and are counted in
    ``tally``.
    """
    if progress:
        from tqdm import tqdm

        work = tqdm(work, unit="doc", file=sys.stderr, leave=False)
    if jobs <= 1:
        yield from _noted(map(inputs.run, work), tally)
        return
    import multiprocessing

    # Workers ignore Ctrl-C (the parent ends them), so that it prints one line.  While
    # they start, it is blocked rather than ignored, so that one pressed then is not lost.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_ignore_interrupts)
    except BaseException:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        raise
    with pool:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        yield from _noted(_in_order(pool, work, ahead=2 * jobs), tally)


def _in_order(pool: Any, work: Iterable[inputs.Unit], ahead: int) -> Iterator[inputs.Result]:
    """``inputs.run`` over ``work`` in the pool, results in input order, with at most
    ``ahead`` batches in flight (``Pool.imap`` would read all input at once)."""
    pending: collections.deque = collections.deque()
    for batch in _batches(work):
        pending.append(pool.apply_async(_run_batch, (batch,)))
        if len(pending) >= ahead:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _batches(work: Iterable[inputs.Unit], most: int = 16) -> Iterator[list[inputs.Unit]]:
    """Units in small batches: files by name go 16 at a time, text and table parts alone."""
    batch: list[inputs.Unit] = []
    for unit in work:
        batch.append(unit)
        if len(batch) == most or not isinstance(unit.source, Path):
            yield batch
            batch = []
    if batch:
        yield batch


def _run_batch(batch: list[inputs.Unit]) -> list[inputs.Result]:
    return [inputs.run(unit) for unit in batch]


def _noted(done: Iterable[inputs.Result], tally: Tally) -> Iterator[Any]:
    for result in done:
        for note in result.notes:
            print(f"figures: {note}", file=sys.stderr)
            tally.noted = True
        if result.undated:
            count, first, _ = tally.undated.get(result.label, (0, result.undated_first, ""))
            tally.undated[result.label] = (count + result.undated, first, result.date_column)
        tally.bad_rows += result.bad_rows
        if result.skipped:
            tally.skipped.append(result.skipped)
        if tally.strict and (result.skipped or result.bad_rows):
            raise StrictStop(result.notes[0] if result.notes else "an input could not be read")
        tally.documents += result.documents
        if result.frame is not None:
            tally.rows += len(result.frame)
            yield result.frame


def _ignore_interrupts() -> None:
    """In a worker: ignore Ctrl-C, then take signals again."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
