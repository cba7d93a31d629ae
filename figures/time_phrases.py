"""Time phrases in a sentence: where they stand, what shape they have, what preposition leads them.

A time phrase is found by one cheap pattern ("in 2023", "last month", "the
third quarter of 2004", "Q3 2024", "the 2008 contest", "over the past five
years", "from July to August"); the preposition before it ("by", "since",
"from", "than") is read with it, since it decides what the phrase says about
a fact (figures/date_attachment.py).  Nothing here resolves a date:
``figures.dates`` does, from the phrase's ``kind`` and ``core``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from figures import lexicon


@dataclass(frozen=True, slots=True)
class TimePhrase:
    """A time phrase: its span (preposition included) and the words naming the time.

    ``kind`` names the shape of ``core`` (the group of the pattern that found
    it): "year", "month", "mdy" ("Jan. 24"), "quarter", "half", "fiscal",
    "season" ("fall 2013"), "decade", "span" ("past five years"), "ago",
    "earlier" ("a year earlier": counted from another time of the sentence),
    "step" ("last month"), "yearend", "relday" ("today", "currently"), "weekday",
    "weekend", "yrange" ("1996-97"), "clock" ("5:40 a.m.": a time of day, no day
    named).  ``prep`` is the preposition that leads it, lowercase ("" for none);
    ``possessive`` marks "today's"; ``ranged`` a range ("from 2004 to 2009",
    "2004-09": ``core`` is its start); ``modifier`` a bare year or month before a
    noun ("the 2008 contest", "December delivery").
    """

    start: int
    end: int
    core: str
    kind: str
    prep: str = ""
    possessive: bool = False
    ranged: bool = False
    modifier: bool = False

    @property
    def day(self) -> bool:
        """Whether the phrase names one day ("Tuesday", "yesterday", "May 4")."""
        return self.kind in ("iso", "mdy", "dmy", "relday", "weekday")


_NUMBER = r"(?:\d+|a|an|few|several|couple\s+of|{words})"
_UNITS = r"(?:day|week|month|quarter|year|decade|centur(?:y|ie))s?"


@functools.cache
def _finder() -> re.Pattern[str]:
    words = lexicon.time_words()
    full = [w for w, k in words.items() if k == "month" and (len(w) > 4 or w in ("may", "june", "july"))]
    short = [w for w, k in words.items() if k == "month" and w not in full]
    weekdays = [w for w, k in words.items() if k == "weekday"]
    seasons = [w for w, k in words.items() if k == "season"]
    periods = sorted((w for w, k in words.items() if k == "period"), key=len, reverse=True)
    counted = "|".join(w for w, (_, kind) in lexicon.number_words().items() if kind in ("unit", "teen", "ten"))
    cap = lambda names: "(?-i:" + "|".join(sorted((w.capitalize() for w in names), key=len, reverse=True)) + ")"  # noqa: E731
    number = _NUMBER.format(words=counted)
    month = rf"(?:{cap(full)}|{cap(short)}\.?)"
    pattern = rf"""
      (?P<iso> {_YEAR}-\d\d-\d\d )
    | (?P<yrange> {_YEAR} \s*[-–/]\s* (?:{_YEAR}|\d\d)\b (?:\s+season)? )     # 2004-2009, the 1996-97 season
    | (?P<mdy> {month} \s+ {_DAY} (?:,?\s+{_YEAR})? )(?![\d,]\d)               # Jan. 24, June 13, 2001
    | (?P<dmy> {_DAY} \s+ (?:of\s+)? {month} (?:,?\s+{_YEAR})? )              # 2 December 2019
    | (?P<monthyear> {month} ,?\s+ (?:of\s+)? {_YEAR} )                       # March 2021
    | (?P<quarter>                                                            # third quarter of 2004, Q3 2024
          {_ORDINAL} [\s-]+ quarter (?:\s+of\s+(?:{_YEAR}|(?:the|this|last|next)\s+year))?
        | (?-i:Q[1-4]) (?:\s*(?:{_YEAR}|['’]\d\d))?\b
        | {_YEAR} \s+ (?-i:Q[1-4])\b )
    | (?P<half>                                                               # first half of 2024, H2 2023
          (?:first|second) \s+ half \s+ of \s+ (?:{_YEAR}|(?:the|this|last|next)\s+year)
        | (?:first|second)-half | (?-i:H[12]) \s+ {_YEAR} )
    | (?P<fiscal> (?:fiscal(?:\s+year)?|(?-i:FY)) \s*['’]?(?:{_YEAR}|\d\d)\b )  # fiscal 2024, FY24
    | (?P<season> (?:{"|".join(seasons)}) \s+ (?:of\s+)? {_YEAR} )            # fall 2013
    | (?P<decade> (?:1[0-9]|20)\d0s | ['’]\d0s )                              # the 1980s
    | (?P<span> (?:past|last|next|coming|previous) \s+ {number} \s+ {_UNITS} )  # past five years
    | (?P<ago> {number} \s+ {_UNITS} \s+ ago )
    | (?P<earlier>                                                            # a year earlier, the year before
          (?:a|one|{number}) \s+ {_UNITS} \s+ (?:earlier|before|prior|previously)\b
        | the\s+ (?:previous|prior|preceding) \s+ (?:day|week|month|quarter|year)\b
        | the\s+ (?:day|week|month|quarter|year) \s+ (?:before|earlier)\b )
    | (?P<step> (?:(?:earlier|later)\s+)? (?:last|next|this|past|previous|coming) \s+
          (?:{"|".join(periods)}|{"|".join(seasons)}|decade|{cap(weekdays)}|{cap(full)})
          (?!\s+{_YEAR}) )                                                    # last month, this fall
    | (?P<yearend> year[\s-]end | (?:end|start|beginning)\s+of\s+(?:the|this)\s+(?:year|month) )
    | (?P<clock> (?:[01]?\d|2[0-3]) : [0-5]\d (?:\s*[ap]\.?m\b\.?)? | (?:1[0-2]|0?[1-9]) \s*[ap]\.?m\b\.? )  # 5:40 a.m.
    | (?P<relday> yesterday | today | tomorrow | tonight | currently | presently )  # "currently": today
    | (?P<weekday> {cap(weekdays)} (?:\s+(?:morning|afternoon|evening|night))? )
    | (?P<weekend> the\s+(?:[a-z]+\s+)?weekend )                             # the (holiday) weekend
    | (?P<month> {month} )
    | (?P<year> {_YEAR} )
    """
    return re.compile(rf"(?<![\w$£€¥.,])(?:{pattern})(?P<poss>['’]s\b|(?<=year|\d{{4}})s\b)?(?![\w%])",
                      re.VERBOSE | re.IGNORECASE)


_YEAR = r"(?:1[0-9]|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

# The preposition and determiners that may lead a time phrase, read backwards
# from its start over a bounded window.
_lead = re.compile(
    r"""
    (?= [a-z] | $ )                                                           # a quick no but at letters
    (?:\b(?P<prep> as\s+of | compared\s+(?:with|to) | than(?:\s+in)? | in | on | at | since | by
        | until | till | through | from | during | for | before | after | over | within | of
        | between | throughout | around | circa | versus | vs\.? | against | to | and | starting ) \s+ )?
    (?: (?:the\s+)? (?:end|start|beginning|middle|close|turn) \s+ of \s+ )?     # the end of 2024
    (?: (?:the|this|that|its|their|his|her|our|an?|same) \s+ )?               # the 1991 Hajj
    (?: (?:early|late|mid)[\s-]+ )?                                           # mid-2024
    $""",
    re.VERBOSE | re.IGNORECASE,
)
_LEAD_REACH = 48
_EARLY_YEAR_PREPS = frozenset({"in", "since", "by", "from", "until", "till", "during", "before", "after",
                               "circa", "around", "through", "between", "to", "and"})
_noun_after = re.compile(r"[\s-]+([a-z][a-z-]*)").match


@functools.cache
def _clock_after() -> re.Pattern[str]:
    """What makes four digits a time of day after them: a time zone (``time_zones.tsv``),
    "hours", "local", "am"/"pm"."""
    zones = "|".join(sorted(lexicon.word_set("time_zones.tsv"), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{zones}|hours|h|local|[AP]\.?M)\b)", re.IGNORECASE)


def find(text: str, start: int, end: int, taken: list[tuple[int, int]] = ()) -> list[TimePhrase]:  # type: ignore[assignment]
    """The time phrases of ``text[start:end]`` in text order; ``taken`` are spans
    of quantities, whose numbers are never years ("2000 people")."""
    delivery: bool | None = None
    found: list[TimePhrase] = []
    reached = start
    for m in _candidates(text, start, end, taken):
        if m.start() < reached:
            continue
        reached = m.end()
        kind = m.lastgroup if m.lastgroup != "poss" else _core_group(m)
        if kind in ("year", "yrange") and any(s < m.end(kind) and m.start() < e for s, e in taken):
            continue  # "2000 people": the numbers stage read a quantity, not a year
        lead = _lead.search(text, max(start, m.start() - _LEAD_REACH), m.start())
        prep = " ".join(lead.group("prep").lower().split()) if lead and lead.group("prep") else ""
        if kind == "month" and delivery is None:
            delivery = mentions_delivery(text, start, end)
        if not _stands_as_time(text, m, kind, prep, bool(delivery)):
            continue
        phrase = TimePhrase(
            start=lead.start() if lead else m.start(), end=m.end(), core=_core(text, m, kind), kind=kind,
            prep=prep, possessive=bool(m.group("poss")),
            ranged=kind == "yrange", modifier=kind in ("year", "month") and not prep,
        )
        if found and _joins(found[-1], phrase, text):
            phrase = _joined(found.pop(), phrase, text)
        elif found and _beside(found[-1], phrase, text):
            phrase = _day_of(found.pop(), phrase)
        found.append(phrase)
    return found


def _beside(first: TimePhrase, second: TimePhrase, text: str) -> bool:
    """ "at 5:40 a.m. on Monday", "Sunday, 02:00": a clock time and the day it falls on."""
    return "clock" in (first.kind, second.kind) and (first.day or second.day) and second.start - first.end < 16 \
        and _between_day_and_clock.fullmatch(text, first.end, second.start) is not None


# What may stand between a clock time and its day: "local time", a zone ("GMT"), commas.
_between_day_and_clock = re.compile(r"[\s,]*(?:local\s+time|[A-Z]{2,4})?[\s,]*")


def _day_of(first: TimePhrase, second: TimePhrase) -> TimePhrase:
    day = first if first.day else second
    return TimePhrase(first.start, second.end, day.core, day.kind, first.prep)


def _candidates(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The pattern's matches, tried only at the few word starts just before a word
    a time phrase needs ("third" before "quarter", "past nine" before "days")."""
    reached = start
    for anchor in _anchor().finditer(text, start, end):
        if anchor.end() <= reached or text[anchor.start()].isdigit() and _inside(anchor, taken):
            continue
        ceiling = min(end, anchor.end() + _ANCHOR_REACH)
        for word in _word_start.finditer(text, max(reached, anchor.start() - _ANCHOR_REACH), anchor.end()):
            if word.start() < reached:
                continue
            m = _finder().match(text, word.start(), ceiling)
            if m:
                yield m
                reached = m.end()


def _inside(anchor: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether digits stand inside a quantity ("2000 people"), so no year starts there."""
    return any(s <= anchor.start() and anchor.end() <= e for s, e in taken)


_word_start = re.compile(r"(?<![\w$£€¥.,'’])[\w'’]")


def _core_group(m: re.Match[str]) -> str:
    return next(name for name, value in m.groupdict().items() if value is not None and name != "poss")


def _core(text: str, m: re.Match[str], kind: str) -> str:
    core = " ".join(m.group(kind).split())
    if kind == "yrange":
        return re.split(r"\s*[-–/]\s*", core)[0]
    return core


def _stands_as_time(text: str, m: re.Match[str], kind: str, prep: str, delivery: bool) -> bool:
    """Whether a bare year, month or weekend found is a time and not a number or a name."""
    if kind == "year":
        year = int(m.group(kind))
        if _clock_after().match(text, m.end()):
            return False  # "at 1930 GMT"
        return 1900 <= year <= 2099 or prep in _EARLY_YEAR_PREPS  # "in 1850", not "of 1709 children"
    if kind == "month":
        word = m.group(kind).lower().rstrip(".")
        if prep:
            return True
        if word == "may" or len(word) <= 4 and word not in ("june", "july"):
            return False  # "may", "Dec": a month only after a preposition
        noun = _noun_after(text, m.end())  # "the March meeting", "December Brent", not "December has"
        return bool(noun) and noun.group(1) not in lexicon.word_set("stopwords.tsv") or delivery
    if kind == "weekend":
        return bool(prep)
    return True


def _joins(first: TimePhrase, second: TimePhrase, text: str) -> bool:
    """ "from July to August", "between 2014 and 2017": two phrases making one range."""
    return first.prep in ("from", "between") and second.prep in ("to", "through", "until", "till", "and") \
        and not text[first.end : second.start].strip()


def _joined(first: TimePhrase, second: TimePhrase, text: str) -> TimePhrase:
    return TimePhrase(first.start, second.end, first.core, first.kind, first.prep, ranged=True)


_ANCHOR_REACH = 24  # how far a time phrase reaches from the word it needs ("third quarter of last year")


@functools.cache
def _anchor() -> re.Pattern[str]:
    """Any word a time phrase needs (a month, "ago", a year): a cheap first pass over the sentence.
    Lowercase or capitalized, as written in running text (faster than ignoring case)."""
    units = ["day", "days", "weeks", "months", "years", "quarters", "decade", "decades", "century", "centuries"]
    words = {w.lower() for w in [*lexicon.time_words(), *units, "ago", "half", "fiscal", "season", "currently",
                                 "presently"]}
    cased = [*words, *(w.capitalize() for w in words)]
    initials = "".join(sorted({w[0] for w in cased} | set("0123456789'’QHF")))  # what each alternative starts with
    return re.compile(rf"(?=[{re.escape(initials)}])\b(?:{lexicon.phrase_pattern(cased)}\b|(?:1[0-9]|20)\d\d|['’]\d0s\b"
                      r"|Q[1-4]|H[12]|FY|\d\d?:\d\d|\d\d?\s?[ap]\.?m\b)")  # and clock times: 5:40, 9 a.m.


_delivery = functools.cache(lambda: re.compile(
    rf"\b{lexicon.phrase_pattern(w for w, k in lexicon.pairs('date_cues.tsv').items() if k == 'delivery')}\b",
    re.IGNORECASE))


def mentions_delivery(text: str, start: int, end: int) -> bool:
    """Whether the sentence speaks of traded contracts ("for December delivery")."""
    return _delivery().search(text, start, end) is not None
