"""Stage 6b: the ISO date a time phrase names, seen from the document's reference date.

The date keeps the precision the text gives: a year ("2023", "last year"), a
month ("March", "March 2023": "2023-03") or a day ("Jan. 24", "on Thursday":
"2023-01-24"; "last week" and "last month" as dateparser gives them, a day).
Spans are given by their start: a quarter or a half by its first month ("third
quarter of 2004": "2004-07"), a season by the month it begins in ("fall 2013":
"2013-09"), a weekend by its Saturday, a decade by its first year ("the 1980s":
"1980"), "the 1996-97 season" by "1996", "over the past five years" by the year
five years back.  Spans ahead ("over the next decade", "in the next five
years") are targets and given by their end.  Relative phrases count from the
reference date as dateparser does (past preferred), except that a weekday may
be the reference date itself ("on Tuesday" in Tuesday's paper) and that a
future fact ("will vote on Tuesday", "for December delivery") looks forward.

The common shapes are resolved here; only the rest goes to dateparser, which
is slow, once per phrase and reference date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from figures import lexicon
from figures.date_spans import BY_KIND, shifted
from figures.time_phrases import TimePhrase

__all__ = ["resolve", "shifted", "value"]


def value(phrase: TimePhrase, ref: dt.date, *, future: bool = False) -> str | None:
    """The ISO date ``phrase`` names, seen from ``ref``; ``future`` when its fact lies ahead."""
    kind, core = phrase.kind, phrase.core
    if kind in ("year", "yrange"):
        return core
    if kind in BY_KIND:
        return BY_KIND[kind](core, ref, future)
    if kind == "weekend":
        return _weekend(ref, future)
    if kind == "earlier":
        return None  # counted from another time of the sentence: see ``shifted``
    if kind == "clock":
        return ref.isoformat()  # a time of day, no day named: the reference day
    return _resolve(core, ref, future)


def resolve(phrase: str, ref_date: dt.date) -> str | None:
    """The ISO date (or year, or year-month) that the text ``phrase`` names, seen from ``ref_date``."""
    return _resolve(_prefix.sub("", " ".join(phrase.split())), ref_date, False)


@functools.lru_cache(maxsize=8192)
def _resolve(phrase: str, ref_date: dt.date, future: bool) -> str | None:
    relative = _relative_year.fullmatch(phrase)
    if relative:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(relative.group(1).lower(), 0)
        return str(ref_date.year + step)
    if re.fullmatch(r"1[0-9]\d\d|20\d\d", phrase):
        return phrase
    fast = _resolve_common(phrase, ref_date, future)
    if fast is not None:
        return fast
    month_year = re.fullmatch(r"([A-Za-z]+)\.?,?\s+(?:of\s+)?((?:1[0-9]|20)\d\d)", phrase)
    if month_year and month_year.group(1).lower()[:3] in _MONTH_NUMBER:
        return f"{month_year.group(2)}-{_MONTH_NUMBER[month_year.group(1).lower()[:3]]:02d}"
    parsed = _dateparser_parse(phrase, ref_date)
    if parsed is None:
        return None
    if re.fullmatch(r"[A-Za-z]+", phrase) and lexicon.time_words().get(phrase.lower()) == "month":
        return parsed.strftime("%Y-%m")
    return parsed.date().isoformat()


_relative_year = re.compile(r"(?:(?:earlier|later)\s+)?(last|this|next|past|previous|coming)\s+year", re.I)
_prefix = re.compile(r"^(?:in|since|during|by|until|from|of|early|late|mid|throughout|on)[\s-]+", re.I)


def _dateparser_parse(phrase: str, ref_date: dt.date) -> dt.datetime | None:
    import dateparser  # slow to import: only for a phrase the fast path cannot read

    base = dt.datetime(ref_date.year, ref_date.month, ref_date.day, 12)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    return dateparser.parse(phrase, languages=["en"], settings=settings)


# ------------------------------------------------------- the common shapes, fast
#
# dateparser takes milliseconds a phrase; these shapes make up most news time
# phrases and are resolved here as dateparser resolves them with the settings
# above (tests/test_dates.py checks the two agree), except where the module
# docstring says otherwise (months and quarters keep their precision, a weekday
# may be the reference date itself, a future fact looks forward).

_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "currently": 0, "presently": 0}
_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
_common = re.compile(
    r"""(?:(?:earlier|later)\s+)?(?:(?P<step>last|this|next|previous|past|coming)\s+)?
          (?P<period>weekend|week|month|quarter|decade)
      | (?:(?P<wstep>last|on|next|this|coming)\s+)?(?P<weekday>[A-Za-z]+day)(?:\s+(?:morning|afternoon|evening|night))?
      | (?P<month>[A-Za-z]+)\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?
      | (?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Za-z]+)(?:,?\s+(?P<year2>\d{4}))?
      | (?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week)s?\s+ago
      | (?P<iso>\d{4}-\d\d-\d\d)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MONTH_NUMBER = {name: i for i, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _resolve_common(phrase: str, ref: dt.date, future: bool = False) -> str | None:
    """The ISO date of a common time phrase, or None to leave it to dateparser."""
    low = phrase.lower().removesuffix("'s").removesuffix("’s")
    if low in _RELATIVE_DAYS:
        return (ref + dt.timedelta(days=_RELATIVE_DAYS[low])).isoformat()
    named = _step_month.fullmatch(phrase)
    stepped = _stepped_month(named.group(1).lower(), named.group(2), ref) if named else None
    if stepped is None and named:
        stepped = _stepped_season(named.group(1).lower(), named.group(2).lower(), ref)
    if stepped is not None:
        return stepped
    m = _common.fullmatch(phrase)
    if m is None:
        return None
    try:
        if m.group("period"):
            return _period(m.group("step"), m.group("period").lower(), ref, future)
        if m.group("weekday"):
            return _weekday(m.group("weekday").lower(), ref, future, (m.group("wstep") or "").lower())
        if m.group("count"):
            count = _COUNTS.get(m.group("count").lower()) or int(m.group("count"))
            days = count * (7 if m.group("unit").lower() == "week" else 1)
            return (ref - dt.timedelta(days=days)).isoformat()
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso")).isoformat()
        month, day, year = (m.group("month"), m.group("day"), m.group("year")) if m.group("month") \
            else (m.group("month2"), m.group("day2"), m.group("year2"))
        return _month_day(month, day, year, ref, future)
    except ValueError:  # "February 30": let dateparser decide
        return None


_step_month = re.compile(r"(last|this|next|coming|past)\s+([A-Za-z]+)", re.IGNORECASE)


def _stepped_month(step: str, month: str, ref: dt.date) -> str | None:
    """ "last August": the latest August before this month; "next March": the first after."""
    if lexicon.time_words().get(month.lower()) != "month" or len(month) < 4 and month.lower() != "may":
        return None
    number = _MONTH_NUMBER[month.lower()[:3]]
    if step in ("last", "past"):
        year = ref.year if number < ref.month else ref.year - 1
    elif step == "this":
        year = ref.year
    else:
        year = ref.year if number > ref.month else ref.year + 1
    return f"{year}-{number:02d}"


# Meteorological seasons (northern hemisphere), by the month they begin in.
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _stepped_season(step: str, season: str, ref: dt.date) -> str | None:
    """ "last spring": the month that season began in ("2025-03"), seen from ``ref``.

    "this" is the season of the current year, except that until the end of
    March "this winter" is the winter that began last December (the season
    still running, or just over); "last" is the latest such season begun
    before the current one, "next" the first after it.
    """
    if season not in _SEASON_START:
        return None
    begins = _SEASON_START[season]
    if step == "this":
        return f"{ref.year - (begins == 12 and ref.month <= 3)}-{begins:02d}"
    # Seasons counted from year 0, four a year, spring first; winter 2024 holds Jan 2025.
    current = (ref.year * 12 + ref.month - 3) // 3
    target = current - current % 4 + (begins - 3) // 3
    if step in ("last", "past") and target >= current:
        target -= 4
    elif step in ("next", "coming") and target <= current:
        target += 4
    months = target * 3 + 2  # months since January of year 0
    return f"{months // 12}-{months % 12 + 1:02d}"


def _period(step: str | None, period: str, ref: dt.date, future: bool = False) -> str | None:
    """ "last week" and "last month" as dateparser gives them (a day: the first of
    the month); a quarter by its first month, as every quarter; a decade by its
    year; a weekend by its Saturday."""
    if step is None:
        return _weekend(ref, future) if period == "weekend" else None
    k = _STEP[step.lower()]
    if period == "week":
        return (ref + dt.timedelta(days=7 * k)).isoformat()
    if period == "weekend":
        return _this_weekend(ref, future, k)
    if period == "decade":
        return str(ref.year // 10 * 10 if k == 0 else ref.year + 10 * k)
    months = 3 if period == "quarter" else 1
    month = (ref.month - 1) // months * months + k * months
    first = dt.date(ref.year + month // 12, month % 12 + 1, 1)
    return f"{first:%Y-%m}" if period == "quarter" else first.isoformat()


def _this_weekend(ref: dt.date, future: bool, step: int) -> str:
    """ "this weekend": the one of this Monday-to-Sunday week, or early in the
    week (Monday to Wednesday) of a fact not in the future, the one just past."""
    saturday = ref + dt.timedelta(days=5 - ref.weekday())
    if step == 0 and ref.weekday() <= 2 and not future:
        saturday -= dt.timedelta(days=7)
    return (saturday + dt.timedelta(days=7 * step)).isoformat()


def _weekend(ref: dt.date, future: bool) -> str:
    """ "over the weekend": the latest Saturday-and-Sunday up to ``ref``, or the next one."""
    if future:
        return (ref + dt.timedelta(days=(5 - ref.weekday()) % 7)).isoformat()
    back = (ref.weekday() - 5) % 7
    return (ref - dt.timedelta(days=back)).isoformat()


def _weekday(name: str, ref: dt.date, future: bool = False, step: str = "") -> str | None:
    """The latest such weekday up to ``ref`` (``ref`` itself included: "on Tuesday" in
    Tuesday's paper), or for a future fact the next from it; "last Tuesday" is
    strictly before ``ref``, "next Tuesday" strictly after."""
    if name not in _WEEKDAYS:
        return None
    day = _WEEKDAYS.index(name)
    if step == "last":
        return (ref - dt.timedelta(days=(ref.weekday() - day - 1) % 7 + 1)).isoformat()
    if step in ("next", "coming"):
        return (ref + dt.timedelta(days=(day - ref.weekday() - 1) % 7 + 1)).isoformat()
    if future:
        return (ref + dt.timedelta(days=(day - ref.weekday()) % 7)).isoformat()
    return (ref - dt.timedelta(days=(ref.weekday() - day) % 7)).isoformat()


def _month_day(month: str, day: str | None, year: str | None, ref: dt.date, future: bool = False) -> str | None:
    number = _MONTH_NUMBER.get(month.lower()[:3])
    if number is None or (len(month) > 3 and lexicon.time_words().get(month.lower()) != "month"):
        return None
    if day is None:
        if year is not None:
            return f"{year}-{number:02d}"
        if future:
            return f"{ref.year if number >= ref.month else ref.year + 1}-{number:02d}"
        return f"{ref.year if number <= ref.month else ref.year - 1}-{number:02d}"
    if year is not None:
        return dt.date(int(year), number, int(day)).isoformat()
    for step in range(0, 9):  # Feb. 29 waits for a leap year
        try:
            date = dt.date(ref.year + (step if future else -step), number, int(day))
        except ValueError:
            continue
        if (date >= ref) if future else (date <= ref):
            return date.isoformat()
    return None

