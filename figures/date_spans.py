"""Spans of time dateparser cannot resolve, each given by one ISO date.

A quarter or a half-year is given by its first month ("the third quarter of
2004", "Q3 2004": "2004-07"; "the first half of 2024": "2024-01"), a fiscal
year by its number, a season by the month it begins in ("fall 2013":
"2013-09"; meteorological northern-hemisphere seasons), a decade by its first
year ("the 1980s": "1980").  A span counted back from the reference date is
given by its start at the precision of its unit ("the past five years" seen
from 2025: "2020"; "the past nine days": a day); one counted forward ("the
next five years", "within the next decade") by its end, the date it reaches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from figures import lexicon

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_YEAR_STEP = {"this": 0, "the": 0, "last": -1, "next": 1}

_part = re.compile(
    r"""(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)
          (?:\s+of\s+(?:(?P<year>\d{4})|(?P<step>the|this|last|next)\s+year))?
      | (?P<letter>[QH])(?P<n>[1-4])(?:\s*(?:(?P<year2>\d{4})|['’](?P<yy>\d\d)))?
      | (?P<year3>\d{4})\s+Q(?P<n3>[1-4])
    )""",
    re.VERBOSE | re.IGNORECASE,
)


def part_of_year(core: str, ref: dt.date, future: bool = False) -> str | None:
    """A quarter or a half-year, by its first month: "Q3 2024" -> "2024-07".

    Without a year it is the latest such part begun by ``ref`` ("second-quarter
    profit" in August is this year's), or for a future fact the next one.
    """
    m = _part.fullmatch(core)
    if m is None:
        return None
    if m.group("ord"):
        n, size = _ORDINALS[m.group("ord").lower()], 3 if m.group("unit").lower() == "quarter" else 6
        year = m.group("year") or (ref.year + _YEAR_STEP[m.group("step").lower()] if m.group("step") else None)
    elif m.group("letter"):
        n, size = int(m.group("n")), 3 if m.group("letter").upper() == "Q" else 6
        year = m.group("year2") or (2000 + int(m.group("yy")) if m.group("yy") else None)
    else:
        n, size, year = int(m.group("n3")), 3, m.group("year3")
    first = (n - 1) * size + 1
    if first > 12:
        return None  # "third half"
    if year is None:
        begun = first <= ref.month
        year = ref.year + (0 if begun else -1) if not future else ref.year + (first + size <= ref.month)
    return f"{year}-{first:02d}"


def fiscal_year(core: str, ref: dt.date, future: bool = False) -> str | None:
    """ "fiscal 2024", "FY24": the year."""
    digits = re.search(r"\d+$", core)
    if digits is None:
        return None
    year = int(digits.group())
    return str(year if year >= 100 else 2000 + year)


def season_of_year(core: str, ref: dt.date, future: bool = False) -> str | None:
    """ "fall 2013": the month it begins in, "2013-09"."""
    season, _, year = core.lower().replace(" of ", " ").partition(" ")
    return f"{year.strip()}-{_SEASON_START[season]:02d}" if season in _SEASON_START else None


def decade(core: str, ref: dt.date, future: bool = False) -> str | None:
    """ "1980s": "1980"; "'90s": the latest such decade begun by ``ref``."""
    digits = re.search(r"\d+", core).group()  # type: ignore[union-attr]
    if len(digits) == 4:
        return digits
    year = ref.year // 100 * 100 + int(digits)
    return str(year if year <= ref.year else year - 100)


def year_end(core: str, ref: dt.date, future: bool = False) -> str | None:
    """ "year-end", "the end of this year", "the start of the year": the year; "the end of the month": the month."""
    return f"{ref:%Y-%m}" if core.lower().endswith("month") else str(ref.year)


_counted = re.compile(r"(?:(?P<dir>past|last|next|coming|previous|following)\s+)?(?P<n>\S+(?:\s+of)?)\s+"
                      r"(?P<unit>day|week|month|quarter|year|decade|centur)(?:y|ie)?s?(?:\s+ago)?", re.IGNORECASE)
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "centur": 1200}


def counted(core: str, ref: dt.date, future: bool = False) -> str | None:
    """ "past five years", "three weeks ago": the start of the span back from ``ref``;
    "next five years": its end.  At the precision of the unit; None for "few"."""
    m = _counted.fullmatch(core)
    if m is None:
        return None
    n = _count(m.group("n"))
    if n is None:
        return None
    sign = 1 if (m.group("dir") or "").lower() in ("next", "coming", "following") else -1
    unit = m.group("unit").lower()
    if unit in ("day", "week"):
        return (ref + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))).isoformat()
    months = ref.year * 12 + ref.month - 1 + sign * n * _UNIT_MONTHS[unit]
    if unit in ("month", "quarter"):
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(months // 12)


def _count(word: str) -> int | None:
    """The number a span counts: digits, a number word, "a"."""
    low = word.lower()
    if low.isdigit():
        return int(low)
    if low in ("a", "an"):
        return 1
    known = lexicon.number_words().get(low)
    return int(known[0]) if known and known[1] in ("unit", "teen", "ten") else None


_earlier = re.compile(
    r"(?:(?!the\b)(?P<n>\S+)\s+(?P<unit>day|week|month|quarter|year)s?\s+(?:earlier|before|prior|previously)"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<unit2>day|week|month|quarter|year)"
    r"|the\s+(?P<unit3>day|week|month|quarter|year)\s+(?:before|earlier))",
    re.IGNORECASE,
)


def shifted(anchor: str, core: str) -> str | None:
    """ "a year earlier" counted back from the ISO date ``anchor``, at its precision:
    ("2024-08", "a year earlier") -> "2023-08".  None when the anchor is too coarse
    for the step ("2024", "a month earlier")."""
    m = _earlier.fullmatch(" ".join(core.split()))
    if m is None:
        return None
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    n = _count(m.group("n")) if m.group("n") else 1
    if n is None:
        return None
    parts = [int(p) for p in anchor.split("-")]
    if len(parts) == 3:
        date = dt.date(*parts)
        if unit in ("day", "week"):
            return (date - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        parts = parts[:2]
    if unit in ("day", "week"):
        return None
    if len(parts) == 1:
        return str(parts[0] - n) if unit == "year" else None
    months = parts[0] * 12 + parts[1] - 1 - n * _UNIT_MONTHS[unit]
    return f"{months // 12}-{months % 12 + 1:02d}"


BY_KIND: dict[str, Callable[[str, dt.date, bool], str | None]] = {
    "quarter": part_of_year, "half": part_of_year, "fiscal": fiscal_year, "season": season_of_year,
    "decade": decade, "yearend": year_end, "span": counted, "ago": counted,
}
