"""Stage 3: the numbers of a sentence, and only those that can be quantities.

Where a number phrase starts (digits, a number word, a vague amount such as
"thousands"), the grammar in ``number_phrases`` reads it ("1,200",
"$7.36bn", "twenty-five", "two-thirds of", "5 1/2", "one in five") and this
stage keeps it as a ``Number`` unless it is no quantity: a date, a clock time,
an ordinal, a year, or a name or label ("iPhone 12", "COVID-19",
"Section 427", "category-5", "GMT+3"); those are dropped here, so no later
stage sees them.  The rules for labels, years and decades are in ``labels``,
those for places in a series ("day five") and scores ("1 – 0") in ``series``;
"a"/"an" after a bound is one of the unit after it ("about an hour").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from figures import bounds, counted, labels, lexicon, number_phrases, number_tokens, series, unit_grammar, unit_index
from figures.number_phrases import Phrase
from figures.records import Number

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_INITIALS = "".join(sorted({month[0] for month in _MONTHS.split("|")}))
_MAX_DIGITS = 21  # a longer run of digits is an identifier or noise, not an amount

# Digits that are never quantities, matched from the digits' own start:
# clock times, days of a month, ISO and slashed dates, ordinals, decades.
_blocked_from = re.compile(
    rf"""
      \d{{1,2}}:\d{{2}}                                  # 8:10, 20:45:10
    | \d{{1,2}}(?:\.\d{{2}})?\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)  # 10pm, 1.05am, 5 a.m.
    | \d{{1,2}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?:{_MONTHS})\b
                                                         # 2 December, 3rd of May, 16-17 Sept
    | \d{{4}}-\d{{2}}-\d{{2}}\b | \d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b  # 2019-03-01, 3/1/2019
    | \d+(?:st|nd|rd|th)\b                               # 10th
    | \d+/\d+/                                           # 9/11/
    | \d{{4}}s\b                                          # the 1990s
    | \d+(?:-\d+){{2,}}\b                                # 3888-2-1, phone numbers
    """,
    re.VERBOSE,
).match
_clock_and_zone = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s?([A-Z]{1,5}|hrs)\b").match


def _zoned_clock(text: str, s: int, ceiling: int) -> re.Match[str] | None:
    """ "2353 UTC", "0800 ET": a time of day in hours and minutes before a time zone."""
    m = _clock_and_zone(text, s, ceiling)
    return m if m and m.group(1) in lexicon.word_set("time_zones.tsv") else None


# ... and the text before digits that makes them part of a date or time.
_blocked_before = re.compile(
    rf"""
    (?= (?i:[{_MONTH_INITIALS}]) | \d | ' )                            # a quick no where none can start
    (?:
      (?:\b(?i:{_MONTHS})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)$   # Dec. 2 | June 2018 | May 5, 2019
    | (?:\d:|\d/|(?<!\d)')$                                            # 8:10, 9/11, '90s (not 5'11")
    )
    """,
    re.VERBOSE,
).search

# Where digits start: a run of digits or a vulgar fraction.  Checked in code, not by
# look-behind, so that ``re`` can skip ahead to the next digit quickly.
_find_digits = re.compile(r"\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]").finditer
_list_comma = re.compile(r",\d").match  # "1,2,3"
_below_zero = re.compile(
    r"(?:\s?(?:degrees?|deg|°)\.?\s?(?:[CF]\b|celsius|fahrenheit|centigrade)?)?\s+below\s+zero\b", re.I
).match
_zero_of_temperature = re.compile(r"(?:degrees?|°|\b[CF]|celsius|fahrenheit|\d)\s+(?:below|above)\s+$", re.I).search
_range_to_below_zero = re.compile(r"\s*(?:to|-|–|and)\s*").fullmatch
# "three days ago", "[Ten] years ago" (an editor's brackets around the number): a date
_ago = re.compile(r"\]?[\s-]*(?:days?|weeks?|months?|years?|decades?|centuries)\s+ago\b", re.I).match
_word_before = re.compile(r"(\w+)\W*$").search
_word_after = re.compile(r"\s+(\w+)").match
_suspended_hyphen = re.compile(r"-(?![^\W\d_])").match  # "two-, three- and four-door"

_ORDINAL_BEFORE = frozenset("first second third fourth last the this next past latter former".split())
_PRONOUN_ONE_BEFORE = frozenset("no the this that which every any each someone anyone".split()) | _ORDINAL_BEFORE
# After "one" as a pronoun: "one another", and the modal verbs ("one can", "one should").
_AFTER_PRONOUN_ONE = frozenset("another can could may might must shall should will would".split())
_OF_LIKE = frozenset("of the a an its their his her our your these those".split())


@functools.cache
def _words_scanner() -> re.Pattern[str]:
    """Number words (ordinals, plurals and "-fold" forms included) and vague amounts."""
    vocab = number_tokens.vocabulary()
    words = [w for w, (kind, _, _) in vocab.items() if kind not in ("and", "a", "point", "of", "fold")]
    words += [w + "s" for w, (kind, _, _) in vocab.items() if kind in ("ord", "part", "dozen")]
    words += [w + "fold" for w, (kind, _, _) in vocab.items() if kind in ("unit", "teen", "ten", "hundred", "scale")]
    vague = lexicon.phrase_pattern(lexicon.vague_amounts())
    # the letters they start with: a quick no at most places, before the word trie is tried
    initials = "".join(sorted({w[0] for w in [*words, *lexicon.vague_amounts()]}))
    return re.compile(rf"(?=[{re.escape(initials)}])\b(?:(?P<vague>{vague})|{lexicon.phrase_pattern(words)})\b",
                      re.IGNORECASE)


# "a"/"an" after a space (a bound word stands before it) and before a word
_article_scanner = re.compile(r"[ \t](?P<article>[Aa]n?)[ \t]+(?=[^\W\d_])")


@functools.cache
def _bound_ends() -> frozenset[str]:
    """The last words of the bound and approximation phrases ("than", "about", "least")."""
    return frozenset(p.split()[-1] for p in bounds.phrases_before() if p[-1].isalpha())


# A preposition of a span before the bound: the time a clause's event is spread over,
# not a fact of its own ("built over more than a century").
_span_before = re.compile(r"\b(?:over|during|throughout|across)\s+$", re.IGNORECASE).search


def _one_unit(text: str, m: re.Match[str], floor: int, ceiling: int) -> Number | None:
    """ "about an hour", "more than a year", "nearly a mile": "a"/"an" after a bound or an
    approximation is one of the unit after it; not "a year ago" (a date) nor "a dozen"
    (a number word), not a counted noun ("more than a game"), and not after a
    preposition of a span ("over more than a century")."""
    s, e = m.span("article")
    j = m.start()
    while j > floor and text[j - 1].isalpha():
        j -= 1
    if text[j : m.start()].lower() not in _bound_ends():
        return None
    bound = bounds.before(text, s, floor)
    if bound is None or _span_before(text, max(floor, bound.start - 12), bound.start):
        return None  # "over more than a century"
    after = _word_after(text, e, e + 16)
    if after is not None and after.group(1).lower() in number_tokens.vocabulary():
        return None  # "almost a quarter of": a number of its own
    found = unit_grammar.match(text, e, ceiling)
    if found is None or found.dimension == "count" or found.glued or _ago(text, e, ceiling):
        return None
    return Number(s, e, 1.0, 1.0, 1.0, "words")


def find(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """The numbers in ``text[start:end]`` that may be quantities, in text order."""
    end = len(text) if end is None else end
    candidates = [m for m in _find_digits(text, start, end) if _digits_start_ok(text, m.start(), start)]
    candidates += list(_words_scanner().finditer(text, start, end))
    candidates.sort(key=lambda m: m.start())
    found: list[Number] = []
    dropped_end = blocked_end = -1
    for m in candidates:
        s = m.start()
        if s < blocked_end or (found and s < found[-1].end):
            continue  # inside a date, or inside a number already read ("2 and a half")
        is_digits = m.re is not _words_scanner()
        if is_digits and s > start and text[s - 1] == "." and (s - 1 == start or not text[s - 2].isalnum()):
            s -= 1  # ".534"
        head = number_tokens.numeral(text, s, end) if is_digits else None
        head_end = head.end() if head else m.end()
        if is_digits and "/" not in text[s:head_end]:
            blocked_end = _blocked_until(text, s, head_end, start, end)
            if blocked_end >= 0:
                dropped_end = blocked_end  # "Sept. 16-17": the day after the dash too
                continue
        if dropped_end >= 0 and series.goes_on(text, dropped_end, s, head_end):
            dropped_end = head_end
            continue  # "ISO 3888-2", "Korea 1 – 0": the rest of a dropped label
        mark = _currency_mark(text, s)  # read once, for every later stage
        number = _number(text, m, s, head_end, mark, start, end)
        if number is None:
            dropped_end = head_end
            continue
        if found and number.signed == "-" and _below_zero(text, number.end) and not found[-1].signed \
                and _range_to_below_zero(text, found[-1].end, number.start):
            found[-1] = _negated(found[-1])  # "10 to 20 degrees below zero": both ends below
        found.append(_with_mark(number, mark))
        dropped_end = -1
    return _with_ones(text, found, start, end)


def _with_ones(text: str, found: list[Number], start: int, end: int) -> list[Number]:
    """``found`` with the "a"/"an" read as one of a unit ("about an hour") put in order."""
    for m in _article_scanner.finditer(text, start, end):
        one = _one_unit(text, m, start, end)
        if one is None:
            continue
        at = bisect.bisect_left([n.start for n in found], one.start)
        if (at == 0 or found[at - 1].end <= one.start) and (at == len(found) or one.end <= found[at].start):
            found.insert(at, one)
    return found


def _number(
    text: str, m: re.Match[str], s: int, head_end: int,
    mark: tuple[unit_index.UnitInfo, int] | None, floor: int, ceiling: int,
) -> Number | None:
    """The number whose phrase starts at ``s``, or None when it is no quantity."""
    if m.re is _words_scanner() and m.group("vague"):
        low, high = lexicon.vague_amounts()[" ".join(m.group().lower().split())]
        return Number(m.start(), m.end(), (low + high) / 2, low, high, "vague")
    phrase = number_phrases.read(text, s, floor, ceiling, money=mark is not None)
    if phrase is None:
        return None
    if m.re is _words_scanner():
        kept = _words_kept(text, phrase, floor)
    else:
        kept = _digits_kept(text, phrase, s, head_end, mark, floor, ceiling)
    if kept is None or _ago(text, kept.end, ceiling):
        return None  # "three days ago" is a date, not a duration
    if kept.value == 0 and _zero_of_temperature(text, max(floor, kept.start - 32), kept.start):
        return None  # "20 degrees below zero": part of the temperature before it
    if not kept.signed and _below_zero(text, kept.end):
        kept = _negated(kept)  # "20 degrees below zero"
    if mark is not None and not kept.signed and _debit(text, mark[1], kept.end, floor):
        kept = _negated(kept)  # "($99.99)": a debit, in the accounts' brackets
    return kept


def _currency_mark(text: str, s: int) -> tuple[unit_index.UnitInfo, int] | None:
    """The currency mark before the digits at ``s``, a sign between allowed ("$-50.8bn")."""
    mark = unit_index.currency_before(text, s)
    if mark is None and s > 1 and text[s - 1] in "-−+":
        mark = unit_index.currency_before(text, s - 1)
    return mark


_amount_before = re.compile(r"\d[^()]{0,40}$").search


def _debit(text: str, mark_start: int, end: int, floor: int) -> bool:
    """Money in brackets that stand alone ("revenue was ($99.99)"), not an amount
    restated in another currency ("7 billion rupees (US $84 million)")."""
    if text[mark_start - 1 : mark_start] != "(" or text[end : end + 1] != ")":
        return False
    return _amount_before(text, max(floor, mark_start - 41), mark_start - 1) is None


def _negated(n: Number) -> Number:
    return dataclasses.replace(n, value=-n.value, low=-n.high, high=-n.low, signed="-")


def _with_mark(n: Number, mark: tuple[unit_index.UnitInfo, int] | None) -> Number:
    """``n`` with the currency mark written before it, read once for every later stage."""
    if mark is None:
        return n
    return dataclasses.replace(n, currency=mark[0].name, mark_start=mark[1])


def _as_number(p: Phrase) -> Number:
    return Number(p.start, p.end, p.value, p.value, p.value, p.kind, p.scale, p.signed)


def _digits_start_ok(text: str, s: int, floor: int) -> bool:
    """Digits not inside a longer number ("1,200", "2.5"), nor an exponent ("km^2")."""
    if s <= floor:
        return True
    before = text[s - 1]
    if before == "." and s > 1 and (text[s - 2].isdigit() or text[s - 2].isalnum()):
        return False
    return not (before.isdigit() or before in ",^")


def _blocked_until(text: str, s: int, e: int, floor: int, ceiling: int) -> int:
    """Where the date, clock time, ordinal or the like that the digits at ``s``-``e``
    belong to ends; -1 when they belong to none."""
    whole = _blocked_from(text, s, ceiling)
    if whole:
        return whole.end()
    zone = _zoned_clock(text, s, ceiling)
    if zone:
        return zone.end()  # "2353 UTC", "0800 ET", "1930 hrs"
    score = series.score_in_words(text, s, e, floor, ceiling)
    if score >= 0:
        return score  # "defeated them 62 points to 14"
    before = _blocked_before(text, max(floor, s - 20), s)
    if before is None:
        return -1
    # after a month name: a day (1-2 digits) or a year, not "March 5,000"
    digits = text[s:e]
    if len(digits) <= 2 or (len(digits) == 4 and digits.isdigit()) or before.group()[-1:] in ":/'":
        return e
    return -1


# --------------------------------------------------------------------- digits


def _digits_kept(
    text: str, p: Phrase, s: int, e: int,
    mark: tuple[unit_index.UnitInfo, int] | None, floor: int, ceiling: int,
) -> Number | None:
    """The number read from digits, unless the digits name, date or list something."""
    raw = text[s:e]
    if len(raw) > _MAX_DIGITS or _list_comma(text, e):
        return None  # a run of digits, or a list "1,2,3"
    digits_alone = p.end == e
    if labels.is_label(text, s, e, raw, floor, mark, p.bare) or (digits_alone and _in_brackets_alone(text, s, e)) \
            or (p.bare and _list_marker(text, s, e, floor)):
        return None
    if p.bare and mark is None and raw.isdigit() and (
            series.named_by_noun(text, s, e, floor) or series.named_by_plural(text, s, e, floor)):
        return None  # "on day 3", "Al-Qaeda's number 2", "posts 542 and 543"
    if p.bare:
        decade = labels.decade(text, s, e, raw, floor, ceiling)
        if decade is not None:
            return decade or None  # False: the years of a decade ("the 90s"), not a quantity
        if labels.is_year(text, s, e, raw, mark):
            return None
    if not labels.glued_ok(text, p.end):
        return None
    return _as_number(p)


def _in_brackets_alone(text: str, s: int, e: int) -> bool:
    """ "(4)" after a name, "[3]" as a reference: a number standing alone in brackets.

    A bare "(450)" is read so, not as an accountant's debit: without a currency
    mark a news reader cannot tell it from a reference; "($450)" is -450.
    """
    return s > 0 and text[s - 1] in "([" and text[e : e + 1] in ")]"


def _list_marker(text: str, s: int, e: int, floor: int) -> bool:
    """ "1) explains ... 2) cautions": the number of an item in a list, closed by a bracket never opened."""
    return text[e : e + 1] == ")" and e - s <= 2 and "(" not in text[max(floor, s - 40) : s]


# ---------------------------------------------------------------------- words


def _words_kept(text: str, p: Phrase, floor: int) -> Number | None:
    """The number read from words, unless it is an ordinal ("a third time"),
    a pronoun ("no one"), periods ("in three quarters") or a suspended hyphen."""
    prev = _word_before(text, max(floor, p.start - 16), p.start)
    prev_word = prev.group(1).lower() if prev else ""
    nxt = _word_after(text, p.end, p.end + 16)
    next_word = nxt.group(1).lower() if nxt else ""
    surface = text[p.start : p.end].lower()
    if p.kind == "fraction":
        if prev_word in _ORDINAL_BEFORE:
            return None  # "the second half", "the third quarter"
        if p.ordinal and next_word not in _OF_LIKE and next_word.isalpha() \
                and next_word not in lexicon.word_set("stopwords.tsv"):
            return None  # "a third time": an ordinal; not "a quarter and a half"
        if surface.endswith("quarters") and next_word != "of" and _period_before(prev_word):
            return None  # "in three quarters": periods
        if text.startswith("-", p.end) and text[p.end + 1 : p.end + 2].isalpha():
            return None  # "a third-party review"
    if surface == "one" and (
        prev_word in _PRONOUN_ONE_BEFORE or next_word in _AFTER_PRONOUN_ONE or next_word[:1].isdigit()
    ):
        return None  # "no one", "one another", "one can", "one 52,000-barrel refinery"
    if surface == "one" and _pronoun_one(text, p, prev_word, next_word):
        return None  # "a hard decision, but one that was made", "the fair, one of the best in Asia"
    if _suspended_hyphen(text, p.end):
        return None  # "two-, three- and four-door": a suspended hyphen
    if p.kind == "words" and series.named_by_noun(text, p.start, p.end, floor):
        return None  # "day five of the trial": a place in a series
    if _ends_in_pair(surface):
        if next_word not in ("of", "more"):
            return None  # "a couple who met": two people, not a number
        return dataclasses.replace(_as_number(p), kind="approximate")  # "a couple of days": about two
    return _as_number(p)


def _ends_in_pair(surface: str) -> bool:
    """Whether a number phrase ends in a "pair" word ("a couple"): about so many."""
    last = surface.rsplit(None, 1)[-1]
    return lexicon.number_words().get(last, (0.0, ""))[1] == "pair"


_CONJUNCTIONS = frozenset("but and or yet".split())
_RELATIVES = frozenset("that which who".split())
# "one of the (most) popular in": an adjective and no noun after it
_of_the_adjective = re.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+(?:(?:most|least)\s+)?([a-z]+)\W+([a-z]*)")


def _pronoun_one(text: str, p: Phrase, prev_word: str, next_word: str) -> bool:
    """ "one" standing for a noun said before it: after a conjunction or a comma before a
    relative ("a hard choice, but one that paid off"), or in an apposition that
    ranks it with no noun ("the fair, one of the most popular in Asia")."""
    comma = text[max(0, p.start - 2) : p.start].strip() in (",", "-", "–", "—")
    if next_word in _RELATIVES:
        return prev_word in _CONJUNCTIONS or comma
    if _after_determiner_and_adjective(text, p.start) and "NOUN" not in counted.parts_of_speech(next_word):
        return True  # "a commercial one", "the current one"
    if next_word != "of" or not comma:
        return False
    m = _of_the_adjective.match(text, p.end, p.end + 60)
    if m is None:
        return False
    adjective, after = counted.parts_of_speech(m.group(1)), m.group(2)
    noun_after = bool(after) and "NOUN" in counted.parts_of_speech(after)
    return "ADJ" in adjective and "NOUN" not in adjective and not noun_after


_two_words_before = re.compile(r"\b(a|an|the|this|that|another|each|every)\s+([a-z]+)\s+$", re.IGNORECASE).search


def _after_determiner_and_adjective(text: str, start: int) -> bool:
    """A determiner and a word that can be an adjective before ``start`` ("a commercial ")."""
    m = _two_words_before(text, max(0, start - 30), start)
    if m is None:
        return False
    return "ADJ" in counted.parts_of_speech(m.group(2).lower())


def _period_before(word: str) -> bool:
    """A word after which "quarters" are periods of a year ("in", "over the last")."""
    return word in lexicon.word_set("stopwords.tsv") or word in lexicon.time_words() or word in _ORDINAL_BEFORE
