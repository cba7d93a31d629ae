"""Digits that name, date or span rather than count: labels, years and decades.

The numbers stage asks these rules of digits it has read:

- a label: a capitalised or label-shaped word right before a bare integer
  names the thing ("Section 427", "Game 6", "iPhone 12", "S&P 500") unless a
  unit follows ("Rotate 90°"), or the word is a place after a preposition
  and a plural follows ("in Gaza 20 people"); a sentence's first word only
  if it is no verb ("Buy 3"); a word joined to the digits by a hyphen or a
  sign ("COVID-19", "category-5", "GMT+3", "s-1") unless it is a sign,
  bound, function or measure word ("minus-40", "mid-30s", "0-to-60",
  "magnitude-5"); a lowercase
  noun before an integer that a singular noun follows ("stage 4 cancer":
  a count above one takes a plural); an integer before "is", "was" or "has"
  after a word ("the ftse 250 was flat": a count above one takes a plural
  verb, even across a relative: "the 747, which has"); letters glued before the
  digits ("S23", "A320"); a capitalised model
  name after them ("787 Dreamliner"); the signs of "number" ("No. 5", "#1",
  ``identifiers.tsv``);
- a year: four digits from 1000 to 2200 after a preposition of time ("in
  1999") or alone from 1900 to 2100, unless a unit, a currency mark or a bound
  word says it is an amount, or a plural noun follows where no determiner or
  name stands before ("1999 people were hurt", "sent 2000 troops"); a
  singular noun that names the number after it is no unit ("Cup 2018 day five");
- a decade: "the 90s" (years, no quantity), "in her 40s" (an age),
  "the mid-70s" of temperatures, "the over-65s" (an age group).
"""

from __future__ import annotations

import functools
import math
import re

from figures import counted, lexicon, unit_index
from figures.records import Number

_letters_before = re.compile(r"[A-Za-z$=.]+$").search
_word_joined_before = re.compile(r"(?<![\w.])([A-Za-z&]+)[-+−]$").search  # not "5k-20k"
_token_before = re.compile(r"([^\s(]+)\s+$").search
_name_after = re.compile(r"\s([A-Z][\w-]*)(?:\s+([\w-]+))?").match
_noun_after = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?([a-z][\w-]*)").match
_next_word = re.compile(r"\s+([a-z][a-z-]*)\b").match
_unit_word_after = re.compile(r"\s?([%$€£°]|[^\W\d_][\w/-]*)").match
_year_word_before = re.compile(r"([\w.]+?)\.?[\s,]*$").search
_glued_after = re.compile(r"[A-Za-zµμ°/%]+").match

_year_context = frozenset(
    "in since by of from until till through to and between during before after early late "
    "mid circa year years the summer winter spring autumn fall season fiscal its their his her our "
    "a.d a.d. b.c b.c. ad bc".split()
)
# After these, four digits are a year even before a plural ("In 2000 troops were sent").
_YEAR_ONLY_AFTER = frozenset("in since by until till during before after circa early late mid".split())
# Words joined to digits by a hyphen that leave them a number: "minus-40", "mid-30s", "sub-200".
_JOINED_NOT_LABEL = frozenset("minus negative plus sub mid early late low lower high upper".split())


def is_label(text: str, s: int, e: int, raw: str, floor: int,
             mark: tuple[unit_index.UnitInfo, int] | None, bare: bool = True) -> bool:
    """Whether the digits ``text[s:e]`` name something ("S&P 500", "COVID-19") rather than count it;
    ``bare``: they stand alone, no scale word or fraction read with them."""
    before = text[max(floor, s - 24) : s]
    if mark is not None and not (before[-1:].isalpha() and _glued_label(before)):
        return False  # "CHF 20", "Rs 500": a currency code, not a name
    if before and before[-1].isalpha():
        glued = _letters_before(before)
        word = glued.group() if glued else ""
        at = len(before) - len(word)
        free = at == 0 or before[at - 1] in " \t\n(["
        return not free or not unit_index.is_currency_mark(word)
    joined = _word_joined_before(before)
    if joined:
        return not _leaves_number(joined.group(1).lower())  # "COVID-19", "category-5", "GMT+3"
    if before.endswith("#"):
        return True  # "#1"
    if "," in raw or "." in raw or not bare:
        return False
    prev = _token_before(before)
    if prev is None:
        return False
    token = prev.group(1)
    word = token.rstrip(".,:").lower()
    if (word in lexicon.word_set("identifiers.tsv") or token.lower() in lexicon.word_set("identifiers.tsv")) \
            and not unit_follows(text, e):
        return True
    if _appositive_age(text, e, token, raw):
        return True
    at = s - len(prev.group(0))
    first_word = at - floor <= 8 and not text[floor:at].strip(" \t\n\"'“‘(")
    if token[-1] not in ",;:" and _names_thing(token, first_word) and not unit_follows(text, e) \
            and not (_place_before(text, s - len(prev.group(0)), floor) and plural_follows(text, e)):
        return True  # "Section 427 applies", "Nasdaq 100 futures"; not "in Gaza 20 people died"
    if _singular_verb_follows(text, e) and word not in measure_nouns() \
            and (_noun_like(word, plural=True) or word in ("the", "this", "that")):
        return True  # "the ftse 250 was flat", "the 486, which is": a count above one takes a plural verb
    if token.islower() and _noun_like(token) and _singular_noun_follows(text, e) \
            and (_determined(text, at, floor) or _known_noun_follows(text, e)):
        return True  # "stage 4 cancer", "under level 3 lockdown"; not "it cost 20 markka"
    nxt = _name_after(text[e : e + 40])
    # "787 Dreamliner", "11 Pro Max": a model name after the digits, no counted noun;
    # a capitalised plural is what is counted ("27 Israelis", "100 Toyotas")
    if nxt is None or s == 0 or counted.is_plural(nxt.group(1)) or plural_follows(text, e + nxt.end(1)):
        return False
    name = nxt.group(1).lower()
    return name not in lexicon.time_words() and name not in lexicon.word_set("stopwords.tsv") \
        and not unit_follows(text, e)


# Prepositions of place: a name after one ends a phrase, so a count may follow ("in Gaza 20 people").
_PLACE_PREPOSITIONS = frozenset("in at from across near outside inside throughout".split())
_word_ending = re.compile(r"(\w+)\W*$").search


def _place_before(text: str, at: int, floor: int) -> bool:
    m = _word_ending(text, max(floor, at - 16), at)
    return m is not None and m.group(1).lower() in _PLACE_PREPOSITIONS


def _leaves_number(word: str) -> bool:
    """Whether a word joined to digits by a hyphen leaves them a number ("minus-40", "mid-30s")."""
    return word in _JOINED_NOT_LABEL or word in lexicon.word_set("stopwords.tsv") \
        or word in lexicon.bounds() or word in lexicon.directions() or word in measure_nouns()  # "magnitude-5"


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


@functools.lru_cache(maxsize=1 << 16)
def _names_thing(token: str, first_word: bool = False) -> bool:
    """A word that names what follows ("iPhone", "Section", "S&P", "Automotive"): capitalised
    and no function, bound or time word; a sentence's first word only if it is no verb ("Buy 3")."""
    low = token.lower()
    if _label_shaped(token):
        return True
    if token[0].isupper() and not (
        low in lexicon.word_set("stopwords.tsv") or low in lexicon.bounds()
        or low in lexicon.directions() or low in lexicon.time_words()
        or low in _year_context
    ) and (not first_word or _noun_like(low)):
        return True
    return False


def _label_shaped(token: str) -> bool:
    """A word shaped like a name: mixed case ("iPhone", "eBay"), capitals with a mark ("S&P",
    "S&P/ASX") or two or more capitals ("FTSE", "TA")."""
    word = token.rstrip(".,:;")
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not all(c.isalpha() or c in "&/-" for c in word):
        return False
    if word.isupper():
        return word.lower() not in lexicon.word_set("stopwords.tsv")
    return len(word) > 2 and word[1:] != word[1:].lower() and word.isalpha()


@functools.lru_cache(maxsize=1 << 16)
def _noun_like(word: str, plural: bool = False) -> bool:
    """A lowercase word that may be a singular noun (``plural``: or a name of any shape):
    no function, bound, time or verb word, and no ending of a verb, adverb or plural."""
    low = word.lower()
    if not low.isalpha() or len(low) < (2 if plural else 3):
        return False
    if low in lexicon.word_set("stopwords.tsv") or low in lexicon.bounds() or low in lexicon.directions() \
            or low in lexicon.time_words() or low in lexicon.word_set("verbs.tsv") or low in _year_context \
            or low in _JOINED_NOT_LABEL:
        return False
    if low.endswith(("ed", "ing", "ly")):
        return False
    return plural or not low.endswith("s") or low.endswith(("ss", "us", "is"))


# The singular forms of "be" and "have": after a count above one they tell it names a thing.
_SINGULAR_VERBS = frozenset({"is", "was", "has"})
_verb_after = re.compile(r"(?:,?\s+(?:which|that))?\s+([a-z]+)\b").match  # "the 747, which has"


def _singular_verb_follows(text: str, e: int) -> bool:
    m = _verb_after(text, e, e + 16)
    return m is not None and m.group(1) in _SINGULAR_VERBS


@functools.cache
def measure_nouns() -> frozenset[str]:
    """Nouns whose number is their value ("age 87", "temperature 30")."""
    entities = lexicon.quantulum_data()[1]
    return lexicon.word_set("measure_nouns.tsv") | {name for name in entities if name.isalpha()}


def _singular_noun_follows(text: str, e: int) -> bool:
    m = _next_word(text, e, e + 30)
    if m is None:
        return False
    word = m.group(1)
    return _noun_like(word) and not _plural(word) and unit_index.lookup([word], glued=False) is None


def _known_noun_follows(text: str, e: int) -> bool:
    """A noun the lexicon knows after the digits ("cancer"; not "markka", "baht")."""
    m = _next_word(text, e, e + 30)
    return m is not None and "NOUN" in counted.parts_of_speech(m.group(1))


def _determined(text: str, at: int, floor: int) -> bool:
    """Whether a determiner or a preposition stands before ``at``: the word there is a noun
    ("under level 3", "a stage 4"), not a verb ("it cost 20")."""
    m = _word_ending(text, max(floor, at - 16), at)
    return m is not None and m.group(1).lower() in lexicon.word_set("stopwords.tsv") \
        and m.group(1).lower() not in _PRONOUNS


_PRONOUNS = frozenset("i you he she it we they who which that this".split())


def plural_follows(text: str, e: int) -> bool:
    m = _noun_after(text[e : e + 40])
    return m is not None and _plural(m.group(1))


def _counted_noun_follows(text: str, e: int) -> bool:
    """A plural noun right after the digits ("1999 people", "2000 troops")."""
    m = _next_word(text, e, e + 30)
    return m is not None and _plural(m.group(1))


def _plural(word: str) -> bool:
    """Whether a lowercase word is a plural noun ("troops", "people"), not a time word."""
    return counted.is_plural(word) and word not in lexicon.time_words()


def unit_follows(text: str, e: int) -> bool:
    m = _unit_word_after(text[e : e + 24])
    if not m:
        return False
    word = m.group(1)
    if _heads_label(text, e, e + m.end()):
        return False  # "World Cup 2018 day five": the noun names the number after it
    glued = not text[e : e + 1].isspace()
    if word in ("%", "°") or unit_index.lookup([word], glued) is not None:
        return True
    top, _, bottom = word.partition("/")  # "J/m^2": a quotient of units, single letters included
    return bool(bottom) and all(unit_index.lookup([w.rstrip("^")], glued=True) for w in (top, bottom))


_number_after = re.compile(r"[ \t]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE).match
_one_before = re.compile(r"(?<![\d.,])1$").search


def _heads_label(text: str, e: int, word_end: int) -> bool:
    """Whether the singular noun after a count above one at ``e`` names the number that
    follows it instead ("2018 day five"): a count above one takes a plural."""
    word = text[e:word_end]
    if not word[:1].isspace():
        return False  # "640bhp 5.2 litre": a symbol glued on
    word = word.strip()
    return word.isalpha() and word.islower() and "NOUN" in counted.parts_of_speech(word) \
        and not counted.is_plural(word) \
        and _number_after(text, word_end) is not None and _one_before(text, max(0, e - 3), e) is None


def is_year(text: str, s: int, e: int, raw: str, mark: tuple[unit_index.UnitInfo, int] | None) -> bool:
    """Whether four digits stand for a year ("in 2023", "2019 Rich List", "A.D. 1260")."""
    if len(raw) != 4 or not raw.isdigit() or not 1000 <= int(raw) <= 2200:
        return False
    prev = _year_word_before(text[max(0, s - 16) : s])
    prev_word = prev.group(1).lower() if prev else ""
    if mark is not None or (unit_follows(text, e) and not _period_of_year(text, e, prev_word)):
        return False
    if _year_noun_follows(text, e) or _year_span(text, s, e, int(raw)):
        return True  # "below 1990 levels", "over 2000-2050", "from 2000 to 2050"
    if prev_word in lexicon.bounds() or prev_word in ("than", "of") and _bound_phrase_ends(text, s):
        return False  # "more than 2000 people"
    if prev_word in _YEAR_ONLY_AFTER or prev_word in lexicon.time_words():
        return True
    if _range_of_counts(text, e):
        return False  # "between 2000 and 2500 troops"
    if prev_word in _year_context and not _counted_noun_follows(text, e):
        return True  # "the summer of 1999"; not "a survey of 1709 schoolchildren"
    if _counted_noun_follows(text, e) and not (prev and prev.group(1)[:1].isupper()) \
            and not _possessive_before(text, s):
        return False  # "1999 people were hurt", "sent 2000 troops"; not "the firm's 2018 sales"
    return 1900 <= int(raw) <= 2100


def _year_noun_follows(text: str, e: int) -> bool:
    """A noun naming a period's measures after the digits ("1990 levels", "2018 sales")."""
    m = _word_after(text, e, e + 24)
    return m is not None and m.group(1) in lexicon.word_set("year_nouns.tsv")


_span_after = re.compile(r"\s*[-–]\s*|\s+(?:to|and|through|until)\s+")
_span_before = re.compile(r"(\d{4})(?:\s*[-–]\s*|\s+(?:to|and|through|until)\s+)$")


def _year_span(text: str, s: int, e: int, year: int) -> bool:
    """Two years joined as a span ("2000-2050", "from 1990 to 2010"), no plural after."""
    if _counted_noun_follows(text, e):
        return False  # "between 2000 and 2500 troops"
    after = _span_after.match(text, e)
    tail = text[after.end() : after.end() + 5] if after else ""
    if len(tail) >= 4 and tail[:4].isdigit() and not tail[4:].isdigit():
        later = int(tail[:4])
        return year < later <= year + 200 and not _counted_noun_follows(text, after.end() + 4)
    before = _span_before.search(text, max(0, s - 16), s)
    return before is not None and int(before.group(1)) < year <= int(before.group(1)) + 200


_then_counted = re.compile(r"[\d,.]+(?:\s+(?:million|billion|thousand|hundred))?").match


def _range_of_counts(text: str, e: int) -> bool:
    """Whether a number after "and"/"to" goes on to a counted noun ("2000 and 2500 troops")."""
    after = _span_after.match(text, e)
    if after is None:
        return False
    number = _then_counted(text, after.end())
    return number is not None and _counted_noun_follows(text, number.end())


_DETERMINERS = frozenset("the its their his her our this that".split())
_word_after = re.compile(r"\s+([a-z]+)\b").match


def _period_of_year(text: str, e: int, prev_word: str) -> bool:
    """ "the 1988 quarter", "its 2019 winter": a period (singular) a determiner names by its year;
    "the 2000 years since" is a count."""
    m = _word_after(text, e, e + 24)
    return m is not None and prev_word in _DETERMINERS and lexicon.time_words().get(m.group(1)) in ("period", "season")


_possessive = re.compile(r"\w(?:['’]s|s['’])\s+$").search


def _possessive_before(text: str, s: int) -> bool:
    """ "the firm's 2018 sales", "the banks' 2019 results": an owner before the digits."""
    return _possessive(text, max(0, s - 8), s) is not None


def _bound_phrase_ends(text: str, s: int) -> bool:
    low = text[max(0, s - 24) : s].lower().rstrip()
    return any(low.endswith(p) for p in lexicon.bounds())


def glued_ok(text: str, e: int) -> bool:
    """Whether letters glued to the number leave it a quantity: a unit ("640bhp", "$15.4/hour",
    "10km/hr") or lowercase letters of a unit the index lacks ("10kmph"); not a name ("3D", "4WD")."""
    glued = _glued_after(text, e)
    if glued is None:
        return True
    word = glued.group()
    if word in ("%",) or unit_index.lookup([word], glued=True) is not None:
        return True
    top, _, bottom = word.partition("/")
    if bottom and unit_index.lookup([bottom], glued=True) is not None:
        return not top or unit_index.lookup([top], glued=True) is not None or top.islower()  # a rate
    return len(word) > 1 and word.isalpha() and word.islower()


# "in her 40s", "the mid-30s", "the over-65s": a span of ten years or degrees, not seconds.
_plural_s = re.compile(r"'?s(?![\w'])").match
_decade_before = re.compile(
    r"\b(?:(?P<owner>his|her|their|my|your|our|its)|the)\s+(?:(?P<part>early|mid|late|low|lower|high|upper)[\s-]+)?$",
    re.IGNORECASE,
).search
_group_before = re.compile(r"\b(?P<side>over|under)-$", re.IGNORECASE).search
_DECADE_PART = {"early": (0, 3), "low": (0, 3), "lower": (0, 3), "mid": (4, 6),
                "late": (7, 9), "high": (7, 9), "upper": (7, 9), None: (0, 9)}


def decade(text: str, s: int, e: int, raw: str, floor: int, ceiling: int) -> Number | bool | None:
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
