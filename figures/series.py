"""Numbers that a noun or a game makes no amount: places in a series and scores.

The numbers stage asks these rules of the numbers ``labels`` leaves:

- a place in a series: a singular common noun right before a cardinal names a
  place with it ("on day 3", "day five of the trial", "Al-Qaeda's number 2",
  "World Cup 2018 day five"), when the noun stands after a preposition, a
  possessive, a number or at a clause's start, and neither a plural noun, a
  unit nor a plural verb follows the number ("every day 500 people", "by noon
  30 were dead" count); nouns of measure keep their number ("age 87",
  ``measure_nouns.tsv``);
- several a plural noun names: "posts 542 and 543", "rooms 12, 14 and 16",
  unless a unit or a plural follows the last ("workers 5 and 6 days a week");
- a score: after a name dropped as a label, a spaced dash and an integer are
  the rest of it ("South Korea 1 – 0"), and "N points to M" after a word of
  scores is a score in words ("defeated them 62 points to 14").
"""

from __future__ import annotations

import functools
import re

from figures import counted, labels, lexicon

_next_word = re.compile(r"\s+([a-z][a-z-]*)\b").match

_CLAUSE_MARKS = frozenset(",;:([—–")


# "posts 542 and 543", "rooms 12, 14 and 16": a plural noun naming several by their numbers
_more_numbers = re.compile(r"(?:\s*(?:,|and|or|&)\s*\d+\b)+").match
_plural_then_numbers = re.compile(r"\b([A-Za-z]{3,})\s+\d+(?:\s*(?:,|and|or|&)\s*\d+)*\s*(?:,|and|or|&)\s*$").search
_plural_before = re.compile(r"\b([A-Za-z]{3,})\s+$").search


def named_by_plural(text: str, s: int, e: int, floor: int) -> bool:
    """Whether the number at ``s``-``e`` is one of several that a plural noun before them
    names ("posts 542 and 543", "rooms 12, 14 and 16"), not a count."""
    window = max(floor, s - 60)
    before = _plural_before(text, window, s)
    following = _more_numbers(text, e)
    if before is not None and following:
        word = before.group(1).lower()
    else:
        listed = _plural_then_numbers(text, window, s)
        if listed is None:
            return False
        word = listed.group(1).lower()
    end = following.end() if following else e
    if labels.plural_follows(text, end) or labels.unit_follows(text, end):
        return False  # "workers 5 and 6 days a week": the numbers count what follows
    return counted.is_plural(word) and counted.singular(word) not in labels.measure_nouns() \
        and word not in lexicon.time_words() and word not in lexicon.word_set("stopwords.tsv")


def named_by_noun(text: str, s: int, e: int, floor: int) -> bool:
    """Whether a singular common noun right before the number at ``s``-``e`` names a
    place in a series with it ("on day 3", "day five of the trial", "Al-Qaeda's number
    2"): the noun stands after a preposition, a possessive, a number or at a clause's
    start (there no verb: "Buy 3"), and no plural noun or unit follows the number
    ("every day 500 people", "the day 30 had died" count)."""
    i = s
    while i > floor and text[i - 1] in " \t":
        i -= 1
    at = i
    while at > floor and at > s - 24 and text[at - 1].isascii() and text[at - 1].isalpha():
        at -= 1
    if at == i or i == s or (at > floor and (text[at - 1].isalnum() or text[at - 1] in "_'’-")):
        return False  # no word right before, or only the end of one ("Al-Qaeda", "it's")
    low = text[at:i].lower()
    pos = counted.parts_of_speech(low)
    if "NOUN" not in pos or counted.is_plural(low) or low in _function_words() \
            or low in lexicon.bounds() or low in lexicon.directions() or low in labels.measure_nouns() \
            or low in lexicon.number_words():
        return False
    if not _series_noun_place(text, at, floor, "VERB" in pos):
        return False
    return not (labels.plural_follows(text, e) or labels.unit_follows(text, e) or text.startswith("-", e)
                or _plural_verb_follows(text, e))
    # not "every day 500 people", "of benchmark 10-year notes", "by noon 30 were dead"


_PLURAL_VERBS = frozenset({"are", "were", "have"})


def _plural_verb_follows(text: str, e: int) -> bool:
    """A plural verb after the number: it counts what it stands for ("30 were hurt")."""
    m = _next_word(text, e, e + 8)
    return m is not None and m.group(1) in _PLURAL_VERBS


def _series_noun_place(text: str, at: int, floor: int, verb: bool) -> bool:
    """Whether what stands before the noun at ``at`` leaves it a noun that names a
    place in a series: a clause's start (for a noun that is no verb: "Buy 3"), a
    number ("2018 day five"), a preposition or a possessive (not "the day 30")."""
    i = at
    while i > floor and not (text[i - 1].isalnum() or text[i - 1] in "'’-"):
        i -= 1
    marks = text[i:at]
    j = i
    while j > floor and j > i - 24 and (text[j - 1].isalnum() or text[j - 1] in "'’-"):
        j -= 1
    word = text[j:i]
    if not word or any(c in _CLAUSE_MARKS for c in marks):
        return not verb  # "Yesterday, day five": a noun, not an order
    if word.isdigit():
        return True
    low = word.lower()
    if low == "to" and verb:
        return False  # "to make one further record": an infinitive
    return _function_words().get(low) in ("ADP", "POSS") or low.endswith(("'s", "’s", "s'", "s’"))


@functools.cache
def _function_words() -> dict[str, str]:
    return lexicon.pairs("function_words.tsv")


_label_dash = re.compile(r"[-–]|[ \t][-–][ \t]").fullmatch


def goes_on(text: str, dropped_end: int, s: int, e: int) -> bool:
    """Whether the number at ``s``-``e`` goes on a label dropped up to ``dropped_end``:
    after a dash glued to it ("ISO 3888-2"), or after a spaced dash when it is an
    integer with no unit ("South Korea 1 – 0", a score after a name)."""
    gap = _label_dash(text, dropped_end, s)
    if gap is None:
        return False
    return len(gap.group()) == 1 or text[s:e].isdigit() and not labels.unit_follows(text, e)


# "defeated them 62 points to 14": a score in words, after a word of scores.
_score_in_words = re.compile(r"[ \t]+([a-z]+s)[ \t]+to[ \t]+(\d{1,3})(?![\d.,]?\d)")
_words_before = re.compile(r"[A-Za-z][\w'’-]*").findall


def score_in_words(text: str, s: int, e: int, floor: int, ceiling: int) -> int:
    """Where "N points to M" ends when it is a score or a tally after a word of scores
    ("defeated them 62 points to 14", "won 5 seats to 3"); -1 when it is none.  Not
    after "by" ("widened its lead by 3 points to 10": a move and a level)."""
    if not text[s:e].isdigit() or e - s > 3:
        return -1
    m = _score_in_words.match(text, e, ceiling)
    if m is None or not counted.is_plural(m.group(1)) or labels.unit_follows(text, m.end()):
        return -1
    before = [w.lower() for w in _words_before(text, max(floor, s - 40), s)[-4:]]
    if not before or before[-1] == "by" or not lexicon.word_set("score_words.tsv") & set(before):
        return -1
    return m.end()
