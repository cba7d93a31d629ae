"""The date an article gives for itself: a date in its file name, an ISO date or a
dateline in its first lines ("WASHINGTON, Sept. 4 (Reuters) -"), or the date
cell of its row in a table.  Time phrases ("last month") count from it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import Any

from figures import lexicon

HEAD_LINES = 5  # how many first lines of a document may state its date
HEAD_CHARS = 2000  # ... looked for within this many characters

_finditer_iso_date = re.compile(
    r"""
    (?<!\d)            # not inside a longer number
    \d{4}-\d{2}-\d{2}  # YYYY-MM-DD
    (?!\d)
    """,
    re.VERBOSE,
).finditer
_match_iso_cell = re.compile(
    r"""
    \s*(\d{4}-\d{2}-\d{2})  # YYYY-MM-DD
    (?:[T\s].*)?            # a time may follow
    """,
    re.VERBOSE | re.DOTALL,
).fullmatch


@functools.cache
def month_numbers() -> dict[str, int]:
    """Month word, lowercase ("september", "sept", "sep") -> its number.

    The full names are the month words of ``time_words.tsv`` that abbreviate no
    longer one, in the file's order (January first); an abbreviation takes the
    number of the name it starts.
    """
    words = [w for w, kind in lexicon.time_words().items() if kind == "month"]
    full = [w for w in words if not any(o != w and o.startswith(w) for o in words)]
    numbers = {name: i for i, name in enumerate(full, start=1)}
    for word in words:
        numbers.setdefault(word, next(n for name, n in numbers.items() if name.startswith(word)))
    return numbers


def _date_pattern(year: str) -> str:
    """A written date: "Sept. 4, 2015", "September 4", "4 September 2015"; ``year``
    is the quantifier of the year part ("?" optional, "" required)."""
    months = "|".join(sorted(month_numbers(), key=len, reverse=True))
    weekdays = "|".join(sorted((w for w, k in lexicon.time_words().items() if k == "weekday"), key=len, reverse=True))
    return rf"""
        (?:(?i:{weekdays}),?[ \t]+)?                       # "Friday, "
        (?: (?P<month>(?i:{months}))\.?[ \t]+(?P<day>\d{{1,2}})(?i:st|nd|rd|th)?
            (?:,?[ \t]+(?P<year>(?:1[89]|20)\d\d)){year}   # "Sept. 4, 2015"
          | (?P<day2>\d{{1,2}})(?i:st|nd|rd|th)?[ \t]+(?P<month2>(?i:{months}))\.?
            (?:,?[ \t]+(?P<year2>(?:1[89]|20)\d\d)){year}  # "4 September 2015"
        )
    """


@functools.cache
def _dateline() -> re.Pattern[str]:
    """A dateline opening a line: an optional place in capitals, a date, an optional
    agency in brackets, then a dash (or nothing more on the line)."""
    return re.compile(
        rf"""
        ^[ \t]*
        (?:[A-Z][A-Z.'-]*(?:[ \t]+[A-Z][A-Z.'-]*){{0,3}}          # "WASHINGTON", "SAN JUAN"
           (?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){{0,2}})?  # ", Puerto Rico"
           ,[ \t]+)?
        {_date_pattern("?")}
        [ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?                      # "(Reuters)"
        (?:[-\u2013\u2014]|$)                                    # a dash, or the line ends
        """,
        re.VERBOSE | re.MULTILINE,
    )


@functools.cache
def _written_date() -> re.Pattern[str]:
    """A date cell written out in words, with its year ("June 1, 2025")."""
    return re.compile(rf"\s*{_date_pattern('')}\s*", re.VERBOSE)


def stated_date(name: str, text: str, today: dt.date | None = None) -> dt.date | None:
    """The date a document states: the first valid YYYY-MM-DD date in its name, else
    in its first lines, else a dateline there (a dateline without a year takes the
    latest such day up to ``today``)."""
    head = "\n".join(text[:HEAD_CHARS].splitlines()[:HEAD_LINES])
    for place in (name, head):
        for match in _finditer_iso_date(place):
            try:
                return dt.date.fromisoformat(match.group())
            except ValueError:
                continue
    return dateline(head, today)


def dateline(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date of a dateline opening one of the first lines of ``text``:
    "September 4, 2015 —", "WASHINGTON, Sept. 4 (Reuters) -"."""
    head = "\n".join(text[:HEAD_CHARS].splitlines()[:HEAD_LINES])
    for match in _dateline().finditer(head):
        found = _date_of(match, today or dt.date.today())
        if found is not None:
            return found
    return None


def read_date(value: Any) -> dt.date | None:
    """A table cell as a date, None when it is missing or cannot be read.

    Read: dates and timestamps, ISO 8601 ("2025-06-01", "2025-06-01T10:00Z"),
    RFC 2822 as in e-mail and RSS feeds ("Sun, 01 Jun 2025 10:00:00 +0000")
    and dates in words with their year ("June 1, 2025", "1 June 2025").
    Numeric forms such as "01/06/2025" are ambiguous and not read.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "to_pydatetime"):
        return None if value != value else value.to_pydatetime().date()  # NaT != NaT
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    iso = _match_iso_cell(value)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    words = _written_date().fullmatch(value)
    if words:
        return _date_of(words, None)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _date_of(match: re.Match[str], today: dt.date | None) -> dt.date | None:
    """The date a dateline or date cell names; a missing year is taken from ``today``."""
    month, day, year = (
        (match["month"], match["day"], match["year"]) if match["month"] else
        (match["month2"], match["day2"], match["year2"])
    )
    number = month_numbers()[month.lower()]
    try:
        if year:
            return dt.date(int(year), number, int(day))
        if today is None:
            return None
        for back in range(9):  # the latest such day up to today (Feb. 29 may be years back)
            found = _valid(today.year - back, number, int(day))
            if found is not None and found <= today:
                return found
    except ValueError:
        return None
    return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
