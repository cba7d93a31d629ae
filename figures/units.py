"""Stage 5: the unit of each quantity: currency, physical unit, counted noun or rate.

In order: a currency mark before the number ("$", "US$", "RM"); an age
("200-year-old"); a unit from quantulum3's database after it ("km/h",
"per cent", "gigawatts"); else the counted noun ("21 countries" ->
``country``).  A following "a day", "per share" or "/h" makes it a rate.
"""

from __future__ import annotations

import itertools
import re

from figures import lexicon, tokens, unit_index
from figures.records import Quantity, Unit
from figures.unit_index import UnitInfo

_TIME_UNITS = frozenset(
    "second minute hour day night week month quarter year decade century".split()
)
_DETERMINERS = frozenset("the its their his her our your these those this that a an".split())
# Words after a number, as written: runs of anything but space and hard punctuation.
_unit_words = re.compile(r"[^\s\d,;:()\[\]\"“”!?]+").finditer
_age = re.compile(
    r"""[-\s]?(?P<unit>year|month|week|day)s?
        (?: [-\s]olds?\b | \s+of\s+age\b                        # 25-year-old(s), 30 years of age
          | (?=\s+(?:and|or)\s+(?:older|younger|over|under)\b) )  # 65 years and older
    """,
    re.IGNORECASE | re.VERBOSE,
)
_rate = re.compile(
    r"""\s*(?: / \s?(?P<slash>[^\W\d_]+)                        # /h, /yr
         | \s(?P<link>per|a|an|each|every)[\s-]
           (?P<word>[^\W\d_][\w-]*(?:\s[a-z][\w-]*){0,2})        # per share, a day, per square foot
         | -a-(?P<hyphen>[^\W\d_]+) )                            # barrel-a-day
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Words after "a" that start a phrase of time or amount, not the thing money is per.
_NOT_PER = frozenset("few couple lot number total full whole half single new second further record".split())
_time_ago = re.compile(r"\s+(?:earlier|ago|later|before|after|prior|previously)\b", re.IGNORECASE)
_every_period = re.compile(r"\b(?:every|each)\s+(day|week|month|year)\b", re.IGNORECASE)
_SLASH_TIME = {"h": "hour", "hr": "hour", "yr": "year", "y": "year", "d": "day", "mo": "month",
               "wk": "week", "min": "minute", "s": "second", "sec": "second", "day": "day",
               "month": "month", "year": "year", "week": "week", "hour": "hour"}


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
    age = _age.match(text, q.num_end, ceiling)
    if age:
        name = f"{age.group('unit').lower()} of age"
        return Unit(name, age.group().strip(" -"), "age", q.start, max(q.end, age.end()))
    if _is_age(text, q, floor):
        return Unit("year of age", "", "age", q.start, q.end)
    found = _physical(text, q, ceiling) or _inches_after_feet(text, q, floor, ceiling)
    if found is not None:
        return _with_rate(text, _in_context(text, found, floor, ceiling), ceiling)
    counted = _counted(text, q, ceiling)
    if counted is not None:
        return _with_rate(text, counted, ceiling, floor)
    return Unit(None, "", "number", q.start, q.end)


_age_before = re.compile(r"\b(?:aged|ages|age\s+of|age)\s+(?:of\s+)?$", re.IGNORECASE)
_turned_before = re.compile(r"\b(?:turn|turns|turned|turning)\s+$", re.IGNORECASE)
# After "turned 40": the end of the clause or a word that is no unit ("turned 40 last year").
_clause_goes_on = re.compile(
    r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:on|in|this|last|next|and|but|when|after|before|while|at|years?)\b", re.IGNORECASE
)


def _is_age(text: str, q: Quantity, floor: int) -> bool:
    """ "aged 25", "the age of 21", "turned 40": a person's age in years."""
    first = q.low if q.kind == "range" else q.value
    if q.kind not in ("digits", "words", "range") or not 0 < first < 130 or first != int(first):
        return False
    if _age_before.search(text, max(floor, q.start - 12), q.start):
        return q.kind != "words"
    return bool(_turned_before.search(text, max(floor, q.start - 10), q.start)) \
        and _clause_goes_on.match(text, q.end) is not None


def _physical(text: str, q: Quantity, ceiling: int) -> Unit | None:
    """A unit from the unit database right after the number ("5km", "3 per cent")."""
    pos = q.num_end
    glued = pos < ceiling and not text[pos].isspace()
    if glued and text[pos] == "-":
        pos += 1  # "2.4-liter", "5-kilometre"
    matches = []
    for m in _unit_words(text, pos, min(ceiling, pos + 60)):
        if m.start() - (matches[-1].end() if matches else pos) > 1:
            break
        matches.append(m)
        if len(matches) == unit_index.index().longest:
            break
    if not matches:
        return None
    words = [m.group().rstrip(".") if i == len(matches) - 1 else m.group()
             for i, m in enumerate(matches)]
    words = [w.rstrip("-") or w for w in words]  # "287 miles- and"
    hit = unit_index.lookup(words, glued)
    if hit is None:
        hit = _compound(words[0], glued)
        if hit is None:
            return None
    info, n = hit
    end = matches[n - 1].start() + len(words[n - 1])
    return Unit(info.name, text[matches[0].start() : end], info.dimension, q.start, max(end, q.end))


_feet_before = re.compile(r"(?:\bft\.?|\bfeet|\bfoot|\d')\s*$", re.IGNORECASE)
_spaced_in = re.compile(r"\s(in)(?![\w-])|([\"″])", re.IGNORECASE)


def _inches_after_feet(text: str, q: Quantity, floor: int, ceiling: int) -> Unit | None:
    """ "5 ft 11 in", 5'11": "in" (a preposition elsewhere) and a double quote are inches after feet."""
    m = _spaced_in.match(text, q.num_end, ceiling)
    if m is None or not _feet_before.search(text, max(floor, q.start - 8), q.start):
        return None
    return Unit("inch", m.group(m.lastindex or 1), "length", q.start, m.end())


_zero_after = re.compile(r"\s+(?:below|above)\s+zero\b", re.IGNORECASE)


def _in_context(text: str, unit: Unit, floor: int, ceiling: int) -> Unit:
    """``unit`` read with the words around it: "below zero" taken into a temperature;
    bare "degrees" a temperature when the sentence speaks of one ("highs of 25
    degrees"), else an angle; "pounds" a weight beside "weighs", else money."""
    near = unit.start, unit.end, floor, ceiling
    if unit.name == "degree" or unit.dimension == "temperature":
        zero = _zero_after.match(text, unit.end, ceiling)
        if zero:
            unit = Unit(unit.name, unit.surface, "temperature", unit.start, zero.end())
        if unit.dimension == "angle" and lexicon.mentions("temperature", text, *near):
            unit = Unit(unit.name, unit.surface, "temperature", unit.start, unit.end)
    elif unit.name == "pound sterling" and unit.surface.lower().startswith("pound") \
            and lexicon.mentions("mass", text, *near):
        unit = Unit("pound-mass", unit.surface, "mass", unit.start, unit.end)
    return unit


def _compound(word: str, glued: bool) -> tuple[UnitInfo, int] | None:
    """ "kV/cm" -> kilovolt per centimetre, when both sides are units."""
    if "/" not in word:
        return None
    top, _, bottom = word.partition("/")
    a = unit_index.lookup([top], glued)
    b = unit_index.lookup([bottom], True)
    if a is None or b is None:
        return None
    return UnitInfo(f"{a[0].name} per {b[0].name}", "rate"), 1


def _counted(text: str, q: Quantity, ceiling: int) -> Unit | None:
    """The counted noun after the number ("21 countries" -> country), if one stands there."""
    if q.kind == "fraction":
        return None  # "a third of the population": the whole, not a count
    pos = q.num_end
    hyphened = text.startswith("-", pos)
    pos += hyphened
    # "of", a determiner and a noun phrase of at most five words: seven tokens at most
    scanned = itertools.islice(tokens.scan(text, pos, min(ceiling, pos + 120)), 7)
    words = [(t.text, t.start, t.end) for t in scanned]
    of = bool(words) and words[0][0].lower() == "of"
    if of:
        words = words[1:]
        if words and words[0][0].lower() in _DETERMINERS:
            words = words[1:]
    phrase = _noun_phrase(words, single=(q.value == 1 and not of) or hyphened)
    if phrase is None:
        return None
    first, head = phrase
    modifiers = [w for w, _, _ in words[first:head]]
    head_word = words[head][0]
    lemma = _lemma(head_word)
    info = unit_index.lookup([head_word], glued=False)
    if info is not None and info[0].dimension not in ("count",):
        name, dimension = info[0].name, info[0].dimension
    else:
        kept = [_base_adjective(m.lower()) for m in modifiers
                if not _droppable(m) and not _adverb_or_participle(m)]
        name, dimension = " ".join([*kept, lemma.lower()]), "count"
    start, end = words[first][1], words[head][2]
    return Unit(name, text[start:end], dimension, q.start, max(q.end, end), start, end)


def _noun_phrase(words: list[tuple[str, int, int]], single: bool) -> tuple[int, int] | None:
    """Indexes of the first word and the head noun of the phrase at the front of ``words``."""
    stop = lexicon.word_set("stopwords.tsv")
    first = None
    for i, (word, _, _) in enumerate(words[:5]):
        low = word.lower()
        if not word[0].isalpha() or low in stop:
            break
        if first is None:
            first = i
        if _is_plural(word) or (single and not _droppable(word)):
            return first, i
    return None


def _droppable(word: str) -> bool:
    """A modifier left out of the unit: nationality ("African") or a common adjective."""
    return word[:1].isupper() or word.lower() in lexicon.word_set("adjectives.tsv")


_IRREGULAR_SUPERLATIVES = {"best": "good", "worst": "bad", "most": "many", "least": "little",
                           "furthest": "far", "farthest": "far"}
# Adjectives that end in "e" ("largest" -> "large", not "larg").
_E_ADJECTIVES = frozenset(
    "large wide fine safe late close nice rare pure wise strange simple able brave cute huge "
    "loose polite ripe rude sane severe sincere sore tame true vague".split()
)
_not_superlatives = frozenset("interest honest modest forest earnest harvest protest contest request".split())


def _base_adjective(word: str) -> str:
    """ "best" -> "good", "oldest" -> "old", "earliest" -> "early", "largest" -> "large"."""
    if word in _IRREGULAR_SUPERLATIVES:
        return _IRREGULAR_SUPERLATIVES[word]
    if not word.endswith("est") or len(word) < 6 or word in _not_superlatives or "-" in word:
        return word
    base = word[:-3]
    if base.endswith("i"):
        return base[:-1] + "y"
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        return base[:-1]  # "biggest" -> "big"
    return base + "e" if base + "e" in _E_ADJECTIVES else base


def _adverb_or_participle(word: str) -> bool:
    """ "decently", "sized": modifiers of the noun left out of its unit."""
    return "-" not in word and word.endswith(("ly", "ed")) and len(word) > 4


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in lexicon.plurals():
        return True
    if low in lexicon.word_set("not_plural.tsv") or not low.isalpha() and "-" not in low:
        return False
    return (low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
            and len(low) > 3)


def _lemma(word: str) -> str:
    """The singular of a plural noun ("countries" -> "country", "men" -> "man")."""
    low = word.lower()
    irregular = lexicon.plurals().get(low)
    if irregular is not None:
        return irregular
    if not _is_plural(word):
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return low[:-2]
    return low[:-1]


def _with_rate(text: str, unit: Unit, ceiling: int, floor: int | None = None) -> Unit:
    """``unit`` made a rate when "a day", "per share" or "/h" follows it."""
    m = _rate.match(text, unit.end, ceiling)
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
        every = _every_period.search(text, max(floor, unit.start - 200), unit.start)
        if every:
            return Unit(f"{unit.name} per {every.group(1).lower()}", unit.surface, "rate",
                        unit.start, unit.end, unit.noun_start, unit.noun_end)
    return unit


def _per_unit(m: re.Match[str], money: bool = False) -> tuple[str, int] | None:
    """The rate's denominator after "per", "a" or "/", and where its words end.

    After "a" or "each" it is a period ("1,200 people a day"), or, for money,
    any noun ("$80 a barrel", "$5 a share")."""
    if m.group("slash"):
        word = m.group("slash")
        if word.lower() in _SLASH_TIME:
            return _SLASH_TIME[word.lower()], m.end()
        hit = unit_index.lookup([word], glued=True)
        return (hit[0].name, m.end()) if hit else None
    if m.group("hyphen"):
        lemma = _lemma(m.group("hyphen"))
        return (lemma, m.end()) if lemma in _TIME_UNITS else None
    words = m.group("word").split(" ")
    first = _lemma(words[0])
    if first in _TIME_UNITS:
        return first, m.start("word") + len(words[0])
    if m.group("link").lower() != "per":
        noun = money and words[0].isalpha() and words[0].islower() \
            and words[0] not in lexicon.word_set("stopwords.tsv") and words[0] not in _NOT_PER \
            and not any(_lemma(w) in _TIME_UNITS for w in words)  # "$1m a few weeks ago"
        return (first, m.start("word") + len(words[0])) if noun else None
    hit = unit_index.lookup(words, glued=False)
    if hit is not None:
        info, n = hit
        return info.name, m.start("word") + len(" ".join(words[:n]))
    return first, m.start("word") + len(words[0])


# Between two quantities that share the second one's unit: "8 or $9", "5 of the 11 members",
# "10 by 12 feet", "2 x 3 metres".
_shared_unit_gap = re.compile(
    r"""(?: \s+(?:or|by|x|of\s+the|of\s+its|of\s+their|out\s+of)\s+(?:about\s+|some\s+)?
          | \s*×\s* )\S{0,3}$""",
    re.IGNORECASE | re.VERBOSE,
)


def borrowed(text: str, unit: Unit, following: Unit, following_number: int) -> Unit:
    """``unit`` with the unit of the quantity after it, when it has none of its own and
    the two are alternatives or part and whole ("8 or $9", "280 million of the 1.5
    billion shekels")."""
    if unit.name is not None or following.name is None or following.dimension == "age":
        return unit
    if not _shared_unit_gap.match(text, unit.end, following_number):
        return unit
    return Unit(following.name, "", following.dimension, unit.start, unit.end)
