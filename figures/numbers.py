"""Stage 3: the numbers of a sentence, and only those that can be quantities.

Digits ("1,200", "2.5", "$7.36bn"), number words ("six", "twenty-five",
"a dozen"), fractions ("a third of", "two-thirds") and vague amounts
("thousands") become ``Number`` records.  Numbers that belong to dates,
clock times, ordinals, years and names ("iPhone 12", "COVID-19",
"Section 427") are dropped here, so no later stage sees them.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re

from figures import lexicon, unit_index
from figures.records import Number

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

# Small look-arounds, compiled once.
_list_comma = re.compile(r",\d").match  # "1,2,3"
_minus_before = re.compile(r"\bminus\s+$").search
_word_hyphen_end = re.compile(r"[A-Za-z]+-$").search
_token_before = re.compile(r"([^\s(]+)\s+$").search
_name_after = re.compile(r"\s([A-Z][\w-]*)(?:\s+([\w-]+))?").match
_noun_after = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?([a-z][\w-]*)").match
_unit_word_after = re.compile(r"\s?([%$€£]|[^\W\d_][\w/-]*)").match
_lower_word = re.compile(r"\s+([a-z][\w-]*)").match
_year_word_before = re.compile(r"([\w.]+?)\.?[\s,]*$").search
_split_words = re.compile(r"[\s-]+").split
_word_before = re.compile(r"(\w+)\s+$").search
_word_after = re.compile(r"\s+(\w+)").match


# Digits that are never quantities, matched from the digits' own start:
# clock times, days of a month, ISO and slashed dates, ordinals, decades.
_blocked_from = re.compile(
    rf"""
      \d{{1,2}}:\d{{2}}                                  # 8:10, 20:45:10
    | \d{{1,2}}(?:\.\d{{2}})?\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)  # 10pm, 1.05am, 5 a.m.
    | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b   # 2 December, 3rd of May
    | \d{{4}}-\d{{2}}-\d{{2}}\b | \d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b  # 2019-03-01, 3/1/2019
    | \d+(?:st|nd|rd|th)\b                               # 10th
    | \d+/\d                                             # 9/11, 24/7
    | \d{{4}}s\b                                          # the 1990s
    | \d+(?:-\d+){{2,}}\b                                # 3888-2-1, phone numbers
    """,
    re.VERBOSE,
).match
# ... and the text before digits that makes them part of a date or time.
_blocked_before = re.compile(
    rf"""
      (?:\b(?i:{_MONTHS})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)$   # Dec. 2 | June 2018 | May 5, 2019
    | (?:\d:|\d/|(?<!\d)')$                                            # 8:10, 9/11, '90s (not 5'11")
    """,
    re.VERBOSE,
).search


# Digits: "1,200", "1200", "2.5", ".534".  Checked in code, not by look-behind,
# so that ``re`` can skip ahead to the next digit quickly.
_VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
           "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
           "⅞": 7 / 8}
_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})  # "3/5", "5/12" are more often dates
_search_word_start = re.compile(r"[^ \t\n\"'“‘(]").search  # a character of a word, not of the gap before one
_find_digits = re.compile(
    r"""
      \d*[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]                        # ½, 1½
    | \d{1,2}/\d{1,3}(?![\d/])                       # 3/4 (checked in code: 9/11 is a date)
    | \d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])       # 10.000.000, 1.234.567,8: dots group thousands
    | \d{1,3}(?:\.\d{3})+,\d+(?![\d,])               # 1.234,56: a decimal comma after dot groups
    | \d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)? # 1,200; 1 200 with a no-break or thin space
    | \d+(?:\.\d+)?                                   # 1200, 2.5
    """,
    re.VERBOSE,
).finditer
_MAX_DIGITS = 21  # a longer run of digits is an identifier or noise, not an amount


def digits_value(raw: str) -> float | None:
    """The value of digits as written: "1,200" 1200, "1 200" 1200, "10.000.000" 1e7,
    "1.234,5" 1234.5, "1½" 1.5, "3/4" 0.75; None for a slash that is no fraction."""
    if raw[-1] in _VULGAR:
        return (int(raw[:-1]) if raw[:-1] else 0) + _VULGAR[raw[-1]]
    if "/" in raw:
        top, bottom = (int(x) for x in raw.split("/"))
        return top / bottom if 0 < top < bottom and bottom in _DENOMINATORS else None
    if raw.count(".") >= 2 or ("." in raw and "," in raw and raw.rindex(",") > raw.rindex(".")):
        return float(raw.replace(".", "").replace(",", "."))  # European grouping
    return float(raw.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", ""))


@functools.cache
def _words_scanner() -> re.Pattern[str]:
    """Number words and vague amounts, built from the lexicons."""
    words = lexicon.phrase_pattern(lexicon.number_words())
    vague = lexicon.phrase_pattern(lexicon.vague_amounts())
    # "and" joins only after a scale word: "one hundred and twenty", not "twenty and thirty"
    scale_words = [w for w, (_, kind) in lexicon.number_words().items() if kind == "scale"]
    after_scale = "|".join(f"(?<={w})" for w in scale_words)
    scales = lexicon.phrase_pattern(scale_words)
    return re.compile(
        rf"\b(?:(?P<vague>{vague})|(?P<words>{words}(?:(?:\s+|-|(?:{after_scale})\s+and\s+){words})*"
        rf"(?P<half>\s+and\s+a\s+half(?:\s+{scales})*)?))\b",
        re.IGNORECASE,
    )


@functools.cache
def _scale_after() -> re.Pattern[str]:
    """A scale word or suffix right after digits: "2.5 million", "1.2m", "$3bn"."""
    scales = lexicon.phrase_pattern(lexicon.scales())
    return re.compile(rf"\s?(?P<scale>{scales}|m)(?![^\W\d_])", re.IGNORECASE)


def find(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """The numbers in ``text[start:end]`` that may be quantities, in text order."""
    end = len(text) if end is None else end
    candidates = [m for m in _find_digits(text, start, end) if _digits_start_ok(text, m.start())]
    candidates += list(_words_scanner().finditer(text, start, end))
    candidates.sort(key=lambda m: m.start())
    found: list[Number] = []
    dropped_end = blocked_end = -1
    for m in candidates:
        if m.start() < blocked_end or (found and m.start() < found[-1].end):
            continue  # inside a date, or inside a number already read ("2 and a half")
        if m.re is not _words_scanner() and "/" not in m.group():
            blocked_end = _blocked_until(text, m.start(), m.end(), start, end)
            if blocked_end >= 0:
                dropped_end = -1
                continue
        if dropped_end >= 0 and text[dropped_end : m.start()] in ("-", "–"):
            dropped_end = m.end()
            continue  # "ISO 3888-2": the rest of a dropped label
        if m.re is _words_scanner():
            number = _vague(m) if m.group("vague") else _words(text, m)
        else:
            number = _digits(text, m, start, end)
        if number is not None and _ago(text, number.end, end):
            number = None  # "three days ago" is a date, not a duration
        elif number is not None and number.value == 0 and \
                _zero_of_temperature(text, max(start, number.start - 32), number.start):
            number = None  # "20 degrees below zero": part of the temperature before it
        if number is None:
            dropped_end = m.end()
        else:
            if found and number.signed == "-" and _below_zero(text, number.end) and not found[-1].signed \
                    and _range_to_below_zero(text, found[-1].end, number.start):
                found[-1] = _negated(found[-1])  # "10 to 20 degrees below zero": both ends below
            found.append(_with_mark(text, number))
            dropped_end = -1
    return found


_below_zero = re.compile(
    r"(?:\s?(?:degrees?|deg|°)\.?\s?(?:[CF]\b|celsius|fahrenheit|centigrade)?)?\s+below\s+zero\b", re.I
).match
_zero_of_temperature = re.compile(r"(?:degrees?|°|\b[CF]|celsius|fahrenheit|\d)\s+(?:below|above)\s+$", re.I).search
_range_to_below_zero = re.compile(r"\s*(?:to|-|–|and)\s*").fullmatch

_and_a_half_after = re.compile(r"\s+and\s+a\s+half\b", re.I).match
_ago = re.compile(r"[\s-]*(?:days?|weeks?|months?|years?|decades?|centuries)\s+ago\b", re.I).match


def _negated(n: Number) -> Number:
    return dataclasses.replace(n, value=-n.value, low=-n.high, high=-n.low, signed="-")


def _with_mark(text: str, n: Number) -> Number:
    """``n`` with the currency mark written before it, read once here for every later stage."""
    mark = unit_index.currency_before(text, n.start)
    if mark is None:
        return n
    info, mark_start = mark
    return dataclasses.replace(n, currency=info.name, mark_start=mark_start)


def _digits_start_ok(text: str, s: int) -> bool:
    """Digits not inside a longer number ("1,2,3") nor glued to a decimal point."""
    if s == 0:
        return True
    before = text[s - 1]
    if before == "." and s > 1 and (text[s - 2].isdigit() or text[s - 2].isalnum()):
        return False
    return not (before.isdigit() or before == ",")


def _blocked_until(text: str, s: int, e: int, floor: int, ceiling: int) -> int:
    """Where the date, clock time, ordinal or the like that the digits at ``s``-``e``
    belong to ends; -1 when they belong to none."""
    whole = _blocked_from(text, s, ceiling)
    if whole:
        return whole.end()
    before = _blocked_before(text, max(floor, s - 20), s)
    if before is None:
        return -1
    # after a month name: a day (1-2 digits) or a year, not "March 5,000"
    digits = text[s:e]
    if len(digits) <= 2 or (len(digits) == 4 and digits.isdigit()) or before.group()[-1:] in ":/'":
        return e
    return -1


def _vague(m: re.Match[str]) -> Number:
    low, high = lexicon.vague_amounts()[" ".join(m.group().lower().split())]
    return Number(m.start(), m.end(), (low + high) / 2, low, high, "vague")


# --------------------------------------------------------------------- digits

_letters_before = re.compile(r"[A-Za-z$=.]+$").search
_glued_after = re.compile(r"[A-Za-zµμ°/%]+").match
_year_context = frozenset(
    "in since by of from until till through to and between during before after early late "
    "mid circa year years the summer winter spring autumn fall season fiscal its their his her our "
    "a.d a.d. b.c b.c. ad bc".split()
)


def _digits(text: str, m: re.Match[str], floor: int, ceiling: int) -> Number | None:
    s, e = m.start(), m.end()
    raw = m.group()
    if raw.isdigit() and s > 0 and text[s - 1] == "." and (s == 1 or not text[s - 2].isalnum()):
        s, raw = s - 1, "." + raw  # ".534"
    if len(raw) > _MAX_DIGITS or _list_comma(text, e):
        return None  # a run of digits, or a list "1,2,3"
    value = digits_value(raw)
    if value is None or _is_label(text, s, e, raw, floor) or _in_brackets_alone(text, s, e):
        return None
    decade = _decade(text, s, e, raw, floor, ceiling)
    if decade is not None:
        return decade or None  # False: the years of a decade ("the 90s"), not a quantity
    half = _and_a_half_after(text, e) if raw.isdigit() else None
    if half:
        value, e = value + 0.5, half.end()  # "2 and a half years"
    signed = ""
    if s > 0 and text[s - 1] in "-−+" and (s == 1 or text[s - 2] in " \t\n([$€£¥="):
        signed = "-" if text[s - 1] in "-−" else "+"
        value = -value if signed == "-" else value
        s -= 1
    end, multiplier = e, 1.0
    sm = _scale_after().match(text, e)
    scale = sm.group("scale") if sm else None
    if sm and scale and _takes_scale(text, s, sm):
        multiplier = _scale_value(scale)
        value *= multiplier
        end = sm.end()
    elif _is_year(text, s, e, raw):
        return None
    elif scale is None and not _glued_ok(text, e):
        return None
    if not signed and _below_zero(text, end):
        signed, value = "-", -value  # "20 degrees below zero"
    if not signed and _minus_before(text, max(0, s - 8), s):
        signed, value = "-", -value  # "minus 387 Fahrenheit"
        s = s - len(_minus_before(text, max(0, s - 8), s).group())  # type: ignore[union-attr]
    kind = "fraction" if (raw[-1] in _VULGAR and len(raw) == 1) or "/" in raw else "digits"
    return Number(s, end, value, value, value, kind, multiplier, signed)


# "in her 40s", "the mid-30s", "the over-65s": a span of ten years or degrees, not seconds.
_plural_s = re.compile(r"'?s(?![\w'])").match
_decade_before = re.compile(
    r"\b(?:(?P<owner>his|her|their|my|your|our|its)|the)\s+(?:(?P<part>early|mid|late|low|lower|high|upper)[\s-]+)?$",
    re.IGNORECASE,
).search
_group_before = re.compile(r"\b(?P<side>over|under)-$", re.IGNORECASE).search
_DECADE_PART = {"early": (0, 3), "low": (0, 3), "lower": (0, 3), "mid": (4, 6),
                "late": (7, 9), "high": (7, 9), "upper": (7, 9), None: (0, 9)}


def _decade(text: str, s: int, e: int, raw: str, floor: int, ceiling: int) -> Number | bool | None:
    """A decade of age or degrees ("in her 40s" 40-49, "the late 30s" 37-39), or an
    age group ("the over-65s" >65); False for a decade of years ("in the 90s");
    None for anything else ("40s" as seconds)."""
    plural = _plural_s(text, e)
    if plural is None or not raw.isdigit() or int(raw) >= 200:
        return None
    value = float(raw)
    group = _group_before(text, max(floor, s - 6), s)
    if group:
        open_high = group.group("side").lower() == "over"
        low, high = (value, math.nan) if open_high else (math.nan, value)
        return Number(group.start(), plural.end(), value, low, high, "age group")
    before = _decade_before(text, max(floor, s - 24), s)
    if before is None or int(raw) % 10 or not 10 <= int(raw) <= 90:
        return None
    if not before.group("owner") and not lexicon.mentions("temperature", text, s, e, floor, ceiling):
        return False  # "in the 90s": the years, a date
    part = before.group("part")
    first, last = _DECADE_PART[part and part.lower()]
    kind = "age decade" if before.group("owner") else "decade"
    start = before.start("part") if part else s
    return Number(start, plural.end(), value + (first + last) / 2, value + first, value + last, kind)


def _is_label(text: str, s: int, e: int, raw: str, floor: int = 0) -> bool:
    """Whether the digits name something ("S&P 500", "COVID-19", "S23") rather than count it."""
    before = text[max(0, s - 24) : s]
    if unit_index.currency_before(text, s) is not None and not (before[-1:].isalpha() and _glued_label(before)):
        return False  # "CHF 20", "Rs 500": a currency code, not a name
    if before and before[-1].isalpha():
        glued = _letters_before(before)
        mark = glued.group() if glued else ""
        at = len(before) - len(mark)
        free = at == 0 or before[at - 1] in " \t\n(["
        return not free or not unit_index.is_currency_mark(mark)
    if before.endswith("-") and len(before) > 1 and before[-2].isalpha():
        word = _word_hyphen_end(before)
        return bool(word) and not word.group()[:-1].islower()
    if "," in raw or "." in raw:
        return False
    prev = _token_before(before)
    if prev is None:
        return False
    word = prev.group(1).rstrip(".,:").lower()
    if word in lexicon.word_set("identifiers.tsv") and not _unit_follows(text, e):
        return True
    token = prev.group(1)
    if _appositive_age(text, e, token, raw):
        return True
    first_word = _search_word_start(text, floor, s - len(prev.group(0))) is None  # no slice: linear
    if token[-1] not in ",;:" and _names_thing(token, first_word) and not _unit_follows(text, e) \
            and not _plural_follows(text, e):
        return True
    nxt = _name_after(text[e : e + 40])
    # "787 Dreamliner", "11 Pro Max": a model name after the digits, no counted noun
    return bool(nxt) and s > 0 and not _plural_follows(text, e + nxt.end(1)) and (
        nxt.group(1).lower() not in lexicon.time_words()
    ) and not _unit_follows(text, e)


def _appositive_age(text: str, e: int, token: str, raw: str) -> bool:
    """ "Jamie Armstrong, 25, said": an age set off by commas after a name.

    A descriptor of a person rather than a fact of the story (NewsQuant leaves
    it out too), so it is no row; "aged 25" and "a 25-year-old" are ages.
    """
    return (
        token[0].isupper() and token[:-1].isalpha() and token[-1] == ","
        and raw.isdigit() and 0 < int(raw) < 120 and text[e : e + 1] == ","
    )


def _glued_label(before: str) -> bool:
    """Letters glued to the digits that are more than a currency mark ("PLX-R18")."""
    glued = _letters_before(before)
    at = len(before) - len(glued.group()) if glued else len(before)
    return at > 0 and before[at - 1] not in " \t\n(["


def _in_brackets_alone(text: str, s: int, e: int) -> bool:
    """ "(4)" after a name, "[3]" as a reference: a number standing alone in brackets."""
    return s > 0 and text[s - 1] in "([" and text[e : e + 1] in ")]"


def _names_thing(token: str, first_word: bool = False) -> bool:
    """A word that names what follows ("iPhone", "Section", "S&P", "Automotive");
    a sentence's capitalized first word names nothing by its capital ("Buy 3")."""
    low = token.lower()
    if token[0].isupper() and not first_word and not (
        low in lexicon.word_set("stopwords.tsv") or low in lexicon.bounds()
        or low in lexicon.directions() or low in lexicon.time_words()
        or low in _year_context
    ):
        return True
    # mixed-case names: iPhone 12, eBay 3
    return len(token) > 2 and token.isalpha() and any(c.isupper() for c in token[1:])


def _plural_follows(text: str, e: int) -> bool:
    m = _noun_after(text[e : e + 40])
    return bool(m) and m.group(1).endswith("s") and m.group(1) not in lexicon.word_set("stopwords.tsv")


def _unit_follows(text: str, e: int) -> bool:
    m = _unit_word_after(text[e : e + 24])
    if not m:
        return False
    word = m.group(1)
    return word == "%" or unit_index.lookup([word], glued=not text[e : e + 1].isspace()) is not None


def _takes_scale(text: str, s: int, m: re.Match[str]) -> bool:
    """Whether the scale word or suffix ``m`` after the digits at ``s`` multiplies them."""
    scale = m.group("scale")
    low = scale.lower()
    currency = unit_index.currency_before(text, s) is not None
    if low in ("m", "b") or (low == "k" and scale == "K"):
        if low == "b" or scale == "K":
            return currency
        if currency:
            return True
        if m.group().lower().endswith(" m"):
            return False  # spaced "5 m" is metres unless money
        # "35m of its devices", "2.7m sales": millions; "100m sprint", "5m.": metres
        rest = text[m.end() : m.end() + 20]
        nxt = _lower_word(rest)
        return bool(nxt) and nxt.group(1) not in lexicon.word_set("stopwords.tsv") - {"of"} \
            and nxt.group(1) not in _MEASURE_WORDS
    return True


# Words after "35m" that make it metres: "35m long", "10m high".
_MEASURE_WORDS = frozenset(
    "long tall high wide deep thick away across below above underwater underground "
    "apart offshore inland east west north south upstream downstream".split()
)


def _scale_value(scale: str) -> float:
    low = scale.lower()
    return 1e6 if low == "m" else lexicon.scales()[low]


def _is_year(text: str, s: int, e: int, raw: str) -> bool:
    """Whether four digits stand for a year ("in 2023", "2019 Rich List", "A.D. 1260")."""
    if len(raw) != 4 or not raw.isdigit() or not 1000 <= int(raw) <= 2200:
        return False
    if unit_index.currency_before(text, s) is not None or _unit_follows(text, e):
        return False
    prev = _year_word_before(text[max(0, s - 16) : s])
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word in lexicon.bounds() or prev_word in ("than", "of") and _bound_phrase_ends(text, s):
        return False  # "more than 2000 people"
    if prev_word in _year_context or prev_word in lexicon.time_words():
        return True
    return 1900 <= int(raw) <= 2100


def _bound_phrase_ends(text: str, s: int) -> bool:
    low = text[max(0, s - 24) : s].lower().rstrip()
    return any(low.endswith(p) for p in lexicon.bounds())


def _glued_ok(text: str, e: int) -> bool:
    """Whether letters glued to the digits are a unit ("640bhp"), not a name ("3D", "5G")."""
    glued = _glued_after(text, e)
    if glued is None:
        return True
    return unit_index.lookup([glued.group()], glued=True) is not None or glued.group() in ("%",)


# ---------------------------------------------------------------------- words

_PRONOUN_ONE_BEFORE = frozenset("no the this that which every any each someone anyone".split())
_ORDINAL_BEFORE = frozenset("first second third fourth last the this next past latter former".split())
_OF_LIKE = frozenset("of the a an its their his her our your these those".split())


def _words(text: str, m: re.Match[str]) -> Number | None:
    table = lexicon.number_words()
    if m.group("half"):
        return _and_a_half(m)
    parts = [w for w in _split_words(m.group().lower()) if w != "and"]
    kinds = [table[w][1] for w in parts]
    start = m.start()
    prev = _word_before(text[max(0, start - 16) : start])
    prev_word = prev.group(1).lower() if prev else ""
    nxt = _word_after(text[m.end() : m.end() + 16])
    next_word = nxt.group(1).lower() if nxt else ""
    if kinds[0] in ("scale", "dozen", "fraction") and prev_word in ("a", "an"):
        start = m.start() - len(prev.group(0))  # type: ignore[union-attr]
        parts, kinds = ["one", *parts], ["unit", *kinds]
    elif kinds[0] in ("scale", "dozen") or (kinds[0] == "fraction" and parts[0] != "half"):
        return None  # "hundred" alone, "third" as an ordinal
    if "fraction" in kinds:
        if kinds[-1] != "fraction" or prev_word in _ORDINAL_BEFORE:
            return None
        if next_word not in _OF_LIKE and not _fraction_alone(text, m, parts, next_word):
            return None
        value = _fraction_value(parts)
        kind = "fraction"
    else:
        value = _cardinal_value(parts)
        kind = "words"
    if value is None:
        return None
    if parts == ["one"] and (
        prev_word in _PRONOUN_ONE_BEFORE or next_word == "another" or next_word[:1].isdigit()
    ):
        return None  # "no one", "one another", "one 52,000-barrel refinery"
    if text.startswith("-", m.end()) and not text[m.end() + 1 : m.end() + 2].isalpha():
        return None  # "four-, five- and six-cylinder": a suspended hyphen
    multiplier = max((table[w][0] for w in parts if table[w][1] == "scale"), default=1.0)
    signed = "-" if _below_zero(text, m.end()) else ""
    value = -value if signed else value
    return Number(start, m.end(), value, value, value, kind, multiplier, signed)


def _and_a_half(m: re.Match[str]) -> Number | None:
    """ "two and a half" -> 2.5, "three and a half million" -> 3.5e6."""
    table = lexicon.number_words()
    before = m.group("words")[: m.start("half") - m.start("words")]
    whole = _cardinal_value([w for w in _split_words(before.lower()) if w != "and"])
    scales = m.group("half").lower().split()[3:]  # the words after "and a half"
    if whole is None:
        return None
    multiplier = 1.0
    for word in scales:
        multiplier *= table[word][0]
    last = before.lower().split()[-1] if before.split() else ""
    half = 0.5 * table[last][0] if table.get(last, (0, ""))[1] == "scale" else 0.5  # "a million and a half"
    value = (whole + half) * multiplier
    return Number(m.start(), m.end(), value, value, value, "words", max(multiplier, 1.0))


def _fraction_alone(text: str, m: re.Match[str], parts: list[str], next_word: str) -> bool:
    """A fraction with no "of" after it: "two thirds", or "one third" ending a
    clause ("less than one third."); not an ordinal ("a third time", "a third-party"),
    nor periods ("in three quarters")."""
    if len(parts) < 2 or text.startswith("-", m.end()):
        return False
    if m.group().lower().endswith("quarters"):
        return False  # "in three quarters": periods
    return m.group().lower().endswith("s") or not next_word.isalpha()


def _cardinal_value(parts: list[str]) -> float | None:
    """ "two hundred thousand" -> 200000; None for a sequence that is not one number."""
    table = lexicon.number_words()
    total, current, last = 0.0, 0.0, ""
    for word in parts:
        value, kind = table[word]
        if kind in ("unit", "teen", "ten"):
            if last in ("unit", "teen") or (last == "ten" and kind != "unit"):
                return None  # "one two": two numbers, not one
            current += value
        elif kind == "dozen":
            current = (current or 1) * value
        elif value == 100:
            current = (current or 1) * 100
        else:
            total += (current or 1) * value
            current = 0.0
        last = kind
    return total + current


def _fraction_value(parts: list[str]) -> float | None:
    """ "two thirds" -> 0.667, "one half" -> 0.5, "half" -> 0.5."""
    table = lexicon.number_words()
    denominator = table[parts[-1]][0]
    numerator = _cardinal_value(parts[:-1]) if len(parts) > 1 else 1.0
    return None if numerator is None else numerator * denominator
