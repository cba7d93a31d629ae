"""Stage 6b: the date a quantity refers to, from the time phrases of its sentence.

A cheap pattern finds time-phrase candidates ("last month", "on Thursday",
"in 2023", "Jan. 24"); only those go to dateparser, once per phrase and
reference date.  Years and months alone keep their precision ("2023",
"2023-03"); other phrases give the full ISO date dateparser resolves.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from figures import lexicon

_NUMBER_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+"


@functools.cache
def _finder() -> re.Pattern[str]:
    words = lexicon.time_words()
    months_full = "|".join(w for w, k in words.items() if k == "month" and len(w) > 4 or w in ("may", "june", "july"))
    months = "|".join(sorted((w for w, k in words.items() if k == "month"), key=len, reverse=True))
    weekdays = "|".join(w for w, k in words.items() if k == "weekday")
    periods = "|".join(w for w, k in words.items() if k in ("period", "season"))
    cap = lambda alt: "(?-i:" + "|".join(w.capitalize() for w in alt.split("|")) + ")"  # noqa: E731
    return re.compile(
        rf"""
          \b(?:(?:earlier|later)\s+)?(?:last|next|this|past|previous|coming)\s+
             (?:{periods}|{cap(weekdays)}|{cap(months_full)})\b
        | \b(?:yesterday|today|tomorrow|tonight)\b
        | \b{cap(months)}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d\b)?
        | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{cap(months)}\b(?:,?\s+(?:19|20)\d\d\b)?
        | \b(?:in|since|during|by|until|from|of|early|late|mid|throughout)[\s-]+
             (?:{cap(months_full)}\s+)?(?:19|20)\d\d\b
        | \b(?:in|since|during|by|until|from|early|late|mid)[\s-]+{cap(months_full)}\b
        | \b{cap(months_full)}\s+(?:19|20)\d\d\b
        | \b{cap(weekdays)}\b
        | \b(?:{_NUMBER_WORDS})\s+(?:day|week|month|year)s?\s+ago\b
        | \b(?:19|20)\d\d-\d\d-\d\d\b
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@functools.cache
def _anchor() -> re.Pattern[str]:
    """Any word a time phrase needs (a month, "last", "ago", a year): a cheap first pass."""
    words = [*lexicon.time_words(), "last", "next", "this", "past", "previous", "coming", "ago"]
    return re.compile(rf"\b{lexicon.phrase_pattern(words)}\b|\b(?:19|20)\d\d\b", re.IGNORECASE)


def phrases(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The time phrases in ``text[start:end]``: (start, end, phrase)."""
    found: list[tuple[int, int, str]] = []
    reached = start
    for anchor in _anchor().finditer(text, start, end):
        if anchor.start() < reached:
            continue
        window = max(reached, anchor.start() - 24)
        for m in _finder().finditer(text, window, min(end, anchor.end() + 24)):
            if m.start() >= reached:
                found.append((m.start(), m.end(), m.group()))
                reached = m.end()
    return found


def nearest(found: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The phrase of ``found`` (in text order) closest to the span ``start``-``end``."""
    if not found:
        return None
    at = bisect.bisect_left(found, (start,))
    near = found[max(0, at - 2) : at + 2]
    best = min(near, key=lambda f: max(f[0] - end, start - f[1], 0))
    return best[2]


_year_only = re.compile(r"(?:.*?\b)?((?:19|20)\d\d)$")
_relative_year = re.compile(r"(?:(?:earlier|later)\s+)?(last|this|next|past|previous|coming)\s+year", re.I)
_prefix = re.compile(r"^(?:in|since|during|by|until|from|of|early|late|mid|throughout|on)[\s-]+", re.I)


@functools.lru_cache(maxsize=8192)
def resolve(phrase: str, ref_date: dt.date) -> str | None:
    """The ISO date (or year, or year-month) that ``phrase`` names, seen from ``ref_date``."""
    phrase = " ".join(phrase.split())
    relative = _relative_year.fullmatch(phrase)
    if relative:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(relative.group(1).lower(), 0)
        return str(ref_date.year + step)
    bare = _prefix.sub("", phrase)
    if re.fullmatch(r"(?:19|20)\d\d", bare):
        return bare
    fast = _resolve_common(bare, ref_date)
    if fast is not None:
        return fast
    month_year = re.fullmatch(r"([A-Za-z]+)\s+((?:19|20)\d\d)", bare)
    parsed = _dateparser_parse(bare, ref_date)
    if parsed is None:
        return None
    if month_year or (re.fullmatch(r"[A-Za-z]+", bare) and lexicon.time_words().get(bare.lower()) == "month"):
        return parsed.strftime("%Y-%m")
    return parsed.date().isoformat()


def _dateparser_parse(phrase: str, ref_date: dt.date) -> dt.datetime | None:
    import dateparser  # slow to import: only when a sentence has a time phrase

    base = dt.datetime(ref_date.year, ref_date.month, ref_date.day, 12)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    return dateparser.parse(phrase, languages=["en"], settings=settings)


# ------------------------------------------------------- the common shapes, fast
#
# dateparser takes milliseconds a phrase; these shapes make up most news time
# phrases and are resolved here exactly as dateparser resolves them with the
# settings above (tests/test_dates.py checks the two agree).

_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
_common = re.compile(
    r"""(?:(?P<step>last|this|next|previous|coming)\s+)?(?P<period>weekend|week|month|quarter)
      | (?:(?:last|on)\s+)?(?P<weekday>[A-Za-z]+day)
      | (?P<month>[A-Za-z]+)\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?
      | (?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Za-z]+)(?:,?\s+(?P<year2>\d{4}))?
      | (?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week)s?\s+ago
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MONTH_NUMBER = {name: i for i, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _resolve_common(phrase: str, ref: dt.date) -> str | None:
    """The ISO date of a common time phrase, or None to leave it to dateparser."""
    low = phrase.lower()
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
            return _period(m.group("step"), m.group("period").lower(), ref)
        if m.group("weekday"):
            return _weekday(m.group("weekday").lower(), ref)
        if m.group("count"):
            count = _COUNTS.get(m.group("count").lower()) or int(m.group("count"))
            days = count * (7 if m.group("unit").lower() == "week" else 1)
            return (ref - dt.timedelta(days=days)).isoformat()
        month, day, year = (m.group("month"), m.group("day"), m.group("year")) if m.group("month") \
            else (m.group("month2"), m.group("day2"), m.group("year2"))
        return _month_day(month, day, year, ref)
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

    dateparser cannot resolve seasons; a season is given as its first month,
    the precision "last August" gets.  "this" is the season of the current
    year (the winter that began last December, in January and February),
    "last" the latest such season begun before the current one, "next" the
    first after it.
    """
    if season not in _SEASON_START:
        return None
    begins = _SEASON_START[season]
    if step == "this":
        return f"{ref.year - (begins == 12 and ref.month <= 2)}-{begins:02d}"
    # Seasons counted from year 0, four a year, spring first; winter 2024 holds Jan 2025.
    current = (ref.year * 12 + ref.month - 3) // 3
    target = current - current % 4 + (begins - 3) // 3
    if step in ("last", "past") and target >= current:
        target -= 4
    elif step in ("next", "coming") and target <= current:
        target += 4
    months = target * 3 + 2  # months since January of year 0
    return f"{months // 12}-{months % 12 + 1:02d}"


def _period(step: str | None, period: str, ref: dt.date) -> str | None:
    """ "last week" and "last month" as dateparser gives them; weekends and
    quarters, which it cannot resolve, as their first day (a Saturday, a
    calendar quarter's first of the month)."""
    if step is None:
        return None
    k = _STEP[step.lower()]
    if period == "week":
        return (ref + dt.timedelta(days=7 * k)).isoformat()
    if period == "weekend":  # "this weekend": the Saturday of this Monday-to-Sunday week
        saturday = ref + dt.timedelta(days=5 - ref.weekday())
        return (saturday + dt.timedelta(days=7 * k)).isoformat()
    months = 3 if period == "quarter" else 1
    month = (ref.month - 1) // months * months + k * months
    return dt.date(ref.year + month // 12, month % 12 + 1, 1).isoformat()


def _weekday(name: str, ref: dt.date) -> str | None:
    if name not in _WEEKDAYS:
        return None
    back = (ref.weekday() - _WEEKDAYS.index(name) - 1) % 7 + 1  # strictly before ref
    return (ref - dt.timedelta(days=back)).isoformat()


def _month_day(month: str, day: str | None, year: str | None, ref: dt.date) -> str | None:
    number = _MONTH_NUMBER.get(month.lower()[:3])
    if number is None or (len(month) > 3 and lexicon.time_words().get(month.lower()) != "month"):
        return None
    if day is None:
        if year is not None:
            return f"{year}-{number:02d}"
        return f"{ref.year if number <= ref.month else ref.year - 1}-{number:02d}"
    if year is not None:
        return dt.date(int(year), number, int(day)).isoformat()
    for back in range(0, 9):  # Feb. 29 waits for a leap year
        try:
            date = dt.date(ref.year - back, number, int(day))
        except ValueError:
            continue
        if date <= ref:
            return date.isoformat()
    return None
