"""Stage 5: the unit of each quantity: currency, physical unit, counted noun or rate.

In order: the currency mark the numbers stage read before the number ("$",
"US$", "RM"); an age ("200-year-old", "87 yo"); a unit the unit grammar reads
after it ("km/h", "per cent", "GWh", "4 km squared"), an ambiguous one read by
the words around it (``figures.unit_cues``); else the counted noun ("21
countries" -> ``country``).  A following "a day", "per share" or "/h" makes it
a rate.  ``figures.unit_links`` then settles what quantities share.
"""

from __future__ import annotations

import functools
import re

from figures import counted, unit_cues, unit_grammar
from figures.records import Quantity, Unit
from figures.unit_cues import NO_UNIT, Around

IDENTIFIER = "identifier"  # the dimension of a number that names a thing ("24703L202"): no row
_TIME_UNITS = frozenset(
    "second minute hour day night week month quarter year decade century".split()
)
_age = re.compile(
    r"""[-\s]?(?: (?P<unit>year|month|week|day)s?
        (?: [-\s]olds?\b | \s+of\s+age\b                        # 25-year-old(s), 30 years of age
          | (?=\s+(?:and|or)\s+(?:older|younger|over|under)\b) )  # 65 years and older
      | (?P<yo> y\.?\s?o\b\.? | y/o\b ) )                        # an 87 yo man, 87 y/o
    """,
    re.IGNORECASE | re.VERBOSE,
)
_rate = re.compile(
    r"""(?:\s+(?:more|less|extra|higher|lower))?                 # 20 cents more per litre
        \s*(?: /\s?(?:per\s)?\s?(?P<slash>[^\W\d_]+)             # /h, /yr, C/ per security
         | \s(?P<link>per|a|an|each|every)[\s-]
           (?P<word>[^\W\d_][\w-]*(?:\s[a-z][\w-]*){0,2})        # per share, a day, per square foot
         | -a-(?P<hyphen>[^\W\d_]+) )                            # barrel-a-day
    """,
    re.VERBOSE | re.IGNORECASE,
)
# After a counted noun, its "of" phrase before the rate: "tonnes of grain a week".
_of_phrase = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){0,3}?(?=(?:a|an|per|each|every)\s)", re.IGNORECASE)
# Words after "a" that start a phrase of time or amount, not the thing money is per.
_NOT_PER = frozenset("few couple lot number total full whole half single new second further record".split())
_time_ago = re.compile(r"\s+(?:earlier|ago|later|before|after|prior|previously)\b", re.IGNORECASE)
_every_period = re.compile(r"\b(?:every|each)\s+(day|week|month|year)\b", re.IGNORECASE)
_SLASH_TIME = {"h": "hour", "hr": "hour", "yr": "year", "y": "year", "d": "day", "mo": "month",
               "wk": "week", "min": "minute", "s": "second", "sec": "second"}
_percent_of = re.compile(r"(?:^|[^\d\s]\s*)\b(?:per\s?cent|percent)\s+of\s+$", re.IGNORECASE)


def attach(text: str, q: Quantity, floor: int, ceiling: int) -> Unit:
    """The unit of quantity ``q`` in the sentence ``text[floor:ceiling]``."""
    if q.currency is not None:
        start = min(q.start, q.mark_start)
        return _with_rate(text, Unit(q.currency, text[q.mark_start : q.num_start].strip(),
                                     "currency", start, q.end), ceiling)
    if q.kind in ("age decade", "age group"):  # "in her 40s", "the over-65s"
        return Unit("year of age", "", "age", q.start, q.end)
    if q.kind == "decade":  # "temperatures in the 40s": a span of the number alone
        return Unit(None, "", "number", q.start, q.end)
    if q.kind == "times":  # "fivefold", "twice": a multiple, as "five times"; "twice a day": a rate
        return _with_rate(text, Unit("count", "", "count", q.start, q.end), ceiling)
    age = _age.match(text, q.num_end, ceiling)
    if age and (age.group("unit") or q.value == int(q.value)):
        name = f"{(age.group('unit') or 'year').lower()} of age"
        return Unit(name, age.group().strip(" -"), "age", q.start, max(q.end, age.end()))
    if _is_age(text, q, floor):
        return Unit("year of age", "", "age", q.start, q.end)
    if _is_magnitude(text, q, floor, ceiling):
        return Unit(None, "", "magnitude", q.start, q.end)  # "a magnitude 6.3 earthquake": no count
    found = _physical(text, q, floor, ceiling) or _inches_after_feet(text, q, floor, ceiling)
    if found is not None:
        return found if found.dimension == IDENTIFIER else _with_rate(text, found, ceiling)
    noun = counted.counted(text, q, ceiling, _named_by_noun)
    if noun is not None:
        return _with_rate(text, noun, ceiling, floor)
    if _percent_of.search(text, max(floor, q.start - 20), q.start):  # "per cent of 210"
        return Unit("percentage", "", "percentage", q.start, q.end)
    return Unit(None, "", "number", q.start, q.end)


_age_before = re.compile(
    r"\b(?:aged|ages|age\s+of|(?:age|aged?)\s+(?:is|was|will\s+be|of)|age)\s+(?:of\s+)?"
    r"(?:(?:no|not)\s+(?:less|more|older|younger)\s+than\s+|(?:over|under|about|around)\s+)?$",
    re.IGNORECASE,
)
_turned_before = re.compile(r"\b(?:turn|turns|turned|turning)\s+$", re.IGNORECASE)
# After "turned 40": the end of the clause or a word that is no unit ("turned 40 last year").
_clause_goes_on = re.compile(
    r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:on|in|this|last|next|and|but|when|after|before|while|at|years?)\b", re.IGNORECASE
)


def _is_age(text: str, q: Quantity, floor: int) -> bool:
    """ "aged 25", "the age of 21", "her age is no more than forty", "turned 40"."""
    first = q.low if q.kind == "range" else q.value
    if q.kind not in ("digits", "words", "range") or not 0 < first < 130 or first != int(first):
        return False
    if _age_before.search(text, max(floor, q.num_start - 40), q.num_start):
        return True
    return bool(_turned_before.search(text, max(floor, q.start - 10), q.start)) \
        and _clause_goes_on.match(text, q.end) is not None


# "magnitude 6.3", "moment magnitude 7", "a magnitude-5.4", "a magnitude of 3.6"; "6.1 on the Richter scale"
_magnitude_before = re.compile(r"\bmagnitude(?:\s+of)?(?:\s+|-)$", re.IGNORECASE)
_richter_after = re.compile(r"\s+on\s+the\s+richter\b", re.IGNORECASE)


def _is_magnitude(text: str, q: Quantity, floor: int, ceiling: int) -> bool:
    """A number that is an earthquake's magnitude: it has no unit and counts nothing
    after it ("a magnitude 6.3 earthquake" is one earthquake)."""
    before = max(floor, q.num_start - 14)
    return bool("agnitude" in text[before : q.num_start] and _magnitude_before.search(text, before, q.num_start)
                or text.startswith(" on ", q.num_end) and _richter_after.match(text, q.num_end, ceiling))


def _physical(text: str, q: Quantity, floor: int, ceiling: int) -> Unit | None:
    """A unit the grammar reads right after the number ("5km", "3 per cent", "GWh"),
    read by its context where it is ambiguous; an identifier where letters or digits
    run on from it ("24703L202")."""
    pos = q.num_end
    if text.startswith("-", pos) and pos + 1 < ceiling and text[pos + 1].isalpha():
        pos += 1  # "2.4-liter", "5-kilometre"
    found = unit_grammar.match(text, pos, ceiling)
    if found is None:
        return None
    start = pos + (text[pos] in " \t\u00a0")
    glued = found.glued and pos == q.num_end
    name, dimension = found.name, found.dimension
    if found.code or (glued and _after_hyphened_word(text, q.num_start)):
        return _identifier(q, found.end)  # "24703L202", "scp-173m"
    rule = unit_cues.choose(found.spelling, Around(text, q.num_start, start, found.end, floor, ceiling,
                                                   glued)) if found.spelling else None
    if rule is not None:
        if rule.reading == NO_UNIT:
            return _identifier(q, found.end) if rule.condition == "code" else None
        name = rule.reading
        dimension = rule.dimension if rule.dimension != NO_UNIT else _dimension_of(rule.reading, dimension)
    if dimension == "count" and counted.is_english_word(found.spelling.lower()) \
            and counted.singular(found.spelling) not in (name, "time"):
        return None  # "pieces": a counted noun, not the database's "set"
    end = found.end - (rule is not None and found.spelling.endswith("."))  # "21c.": the sentence's dot
    unit = Unit(name, text[start:end], dimension, q.start, max(end, q.end))
    return _below_zero(text, unit, ceiling)


def _identifier(q: Quantity, end: int) -> Unit:
    return Unit(None, "", IDENTIFIER, q.start, max(q.end, end))


_hyphened_word = re.compile(r"[A-Za-z]+-$")


def _after_hyphened_word(text: str, start: int) -> bool:
    """Digits glued to a word and a hyphen before them ("scp-173m"): a name."""
    return _hyphened_word.search(text, max(0, start - 12), start) is not None


@functools.lru_cache(maxsize=4096)
def _dimension_of(name: str, fallback: str) -> str:
    found = unit_grammar.match(" " + name, 0, len(name) + 1)
    return found.dimension if found is not None and found.name == name else fallback


_zero_after = re.compile(r"\s+(?:below|above)\s+zero\b", re.IGNORECASE)


def _below_zero(text: str, unit: Unit, ceiling: int) -> Unit:
    """ "20 degrees below zero": the words taken into the temperature."""
    if unit.dimension != "temperature":
        return unit
    zero = _zero_after.match(text, unit.end, ceiling)
    return Unit(unit.name, unit.surface, unit.dimension, unit.start, zero.end()) if zero else unit


_feet_before = re.compile(r"(?:\bft\.?|\bfeet|\bfoot|\d')\s*$", re.IGNORECASE)
_spaced_in = re.compile(r"\s(in)(?![\w-])|([\"″])", re.IGNORECASE)


def _inches_after_feet(text: str, q: Quantity, floor: int, ceiling: int) -> Unit | None:
    """ "5 ft 11 in", 5'11": "in" (a preposition elsewhere) and a double quote are inches after feet."""
    m = _spaced_in.match(text, q.num_end, ceiling)
    if m is None or not _feet_before.search(text, max(floor, q.start - 8), q.start):
        return None
    return Unit("inch", m.group(m.lastindex or 1), "length", q.start, m.end())


@functools.lru_cache(maxsize=1 << 16)
def _named_by_noun(word: str) -> tuple[str, str] | None:
    """The unit a counted noun's head word names ("pounds"), with its dimension."""
    found = unit_grammar.match(" " + word, 0, len(word) + 1)
    return (found.name, found.dimension) if found is not None and found.end == len(word) + 1 else None


def _with_rate(text: str, unit: Unit, ceiling: int, floor: int | None = None) -> Unit:
    """``unit`` made a rate when "a day", "per share" or "/h" follows it (or its "of" phrase)."""
    at = unit.end
    m = _rate.match(text, at, ceiling)
    if m is None:
        of = _of_phrase.match(text, at, ceiling)  # "3 million tonnes of grain a week"
        if of is not None:
            m = _rate.match(text, of.end() - 1, ceiling)
    if m is not None and m.group("word") and \
            _time_ago.match(text, m.start("word") + len(m.group("word").split(" ")[0]), ceiling):
        m = None  # "3.9% a month earlier": when, not how often
    per = _per_unit(m, money=unit.dimension == "currency") if m is not None else None
    if m is not None and per is not None:
        name, end = per
        words = text[unit.end : end]
        return Unit(f"{unit.name} per {name}", f"{unit.surface}{words}".strip(), "rate",
                    unit.start, end, unit.noun_start, unit.noun_end)
    if floor is not None and unit.dimension == "count":
        every = _every_period.search(text, max(floor, unit.start - 200), unit.start) \
            or _every_period_after(text, unit.end, ceiling)
        if every:
            return Unit(f"{unit.name} per {every.group(1).lower()}", unit.surface, "rate",
                        unit.start, unit.end, unit.noun_start, unit.noun_end)
    return unit


# The rest of a clause up to "each"/"every" and a period: no mark, number or clause word between.
_clause_rest = re.compile(
    r"(?:\s+(?!(?:that|which|who|whom|where|when|while|because|but|and|or|if|as)\b)[^\W\d_][\w'’-]*){1,8}?"
    r"\s+(?=(?:every|each)\s)",
    re.IGNORECASE,
)


def _every_period_after(text: str, end: int, ceiling: int) -> re.Match[str] | None:
    """ "each year" closing the clause of a count ("millions of pilgrims arrive in Mecca
    each year"): how often, as "every year" before it."""
    rest = _clause_rest.match(text, end, min(ceiling, end + 80))
    return _every_period.match(text, rest.end(), ceiling) if rest else None


def _per_unit(m: re.Match[str], money: bool = False) -> tuple[str, int] | None:
    """The rate's denominator after "per", "a" or "/", and where its words end.

    After "a" or "each" it is a period ("1,200 people a day"), or, for money,
    any noun ("$80 a barrel", "$5 a share")."""
    if m.group("slash"):
        word = m.group("slash")
        if word.lower() in _SLASH_TIME:
            return _SLASH_TIME[word.lower()], m.end()
        named = _named_by_noun(word)
        return (named[0], m.end()) if named else (counted.singular(word), m.end()) if money else None
    if m.group("hyphen"):
        lemma = counted.singular(m.group("hyphen"))
        return (lemma, m.end()) if lemma in _TIME_UNITS else None
    words = m.group("word").split(" ")
    first = counted.singular(words[0])
    if first in _TIME_UNITS:
        return first, m.start("word") + len(words[0])
    if m.group("link").lower() != "per":
        from figures import lexicon

        noun = money and words[0].isalpha() and words[0].islower() \
            and words[0] not in lexicon.word_set("stopwords.tsv") and words[0] not in _NOT_PER \
            and not any(counted.singular(w) in _TIME_UNITS for w in words)  # "$1m a few weeks ago"
        return (first, m.start("word") + len(words[0])) if noun else None
    found = unit_grammar.match(" " + m.group("word"), 0, len(m.group("word")) + 1)
    if found is not None and found.dimension not in ("count", "currency"):
        return found.name, m.start("word") + found.end - 1
    return first, m.start("word") + len(words[0])
