"""Stage 6a: what each quantity is about — its ``concept``.

The concept joins two noun phrases: the thing counted or measured (the
counted noun, "60 per cent of *its revenue*", "a 25% *tax*") and the
subject of the clause the number stands in ("*The Russian military* lost
more than 1,200 people a day").  Plain word rules, no model.
"""

from __future__ import annotations

import re

from figures import lexicon
from figures.records import Quantity, Unit

_DETERMINERS = frozenset(
    "the a an its their his her our your my these those this that some any each every".split()
)
# Where a clause begins: a comma or dash, or a conjunction.
_clause_break = re.compile(r"[,;:—–(]\s*|\s(?:and|but|while|whereas|as|that|which|who)\s", re.I)
_word = re.compile(r"[^\W\d_][\w'’&.-]*|\d[\d,.]*|[^\w\s]")
_of_phrase = re.compile(r"\s+(?:of|in|for|on)\s+")


def concept(text: str, floor: int, ceiling: int, q: Quantity, unit: Unit) -> str:
    """The concept of quantity ``q``: its thing and its clause's subject, comma-joined."""
    parts = []
    if unit.noun_start >= 0:
        parts.append(text[unit.noun_start : unit.noun_end])
    else:
        thing = _thing_after(text, unit.end, ceiling)
        if thing:
            parts.append(thing)
    subject = _subject(text, floor, q.start)
    if subject and all(subject.lower() not in p.lower() for p in parts):
        parts.append(subject)
    return ", ".join(parts)


def _thing_after(text: str, pos: int, ceiling: int) -> str:
    """The noun phrase of "of ..." after the unit, or the noun the quantity modifies."""
    m = _of_phrase.match(text, pos, ceiling)
    if m:
        return _leading_phrase(text, m.end(), ceiling, 4)
    if re.search(r"\b(?:a|an|the|its|their)\s+\S*$", text[max(0, pos - 40) : pos]):
        return _leading_phrase(text, pos, ceiling, 4)
    return ""


def _leading_phrase(text: str, pos: int, ceiling: int, most: int) -> str:
    """The noun phrase at ``pos``: words up to a stop word, determiners skipped."""
    stop = lexicon.word_set("stopwords.tsv")
    words: list[str] = []
    for m in _word.finditer(text, pos, min(ceiling, pos + 80)):
        w = m.group()
        low = w.lower()
        if not words and low in _DETERMINERS:
            continue
        if not w[0].isalpha() or low in stop or _verbish(w) or len(words) == most:
            break
        words.append(w)
    return " ".join(words)


def _verbish(word: str) -> bool:
    low = word.lower()
    return word.islower() and (
        low in lexicon.directions()
        or (low.endswith("ed") and len(low) > 4)
        or low in ("says", "said", "told", "reported", "announced")
    )


def _subject(text: str, floor: int, pos: int) -> str:
    """The subject of the clause holding ``pos``, or of the nearest clause before it that has one."""
    starts = [floor] + [m.end() for m in _clause_break.finditer(text, floor, pos)]
    for start in reversed(starts):
        phrase = _leading_phrase(text, start, pos, 6)
        if phrase and not phrase[0].isdigit():
            return phrase
    return ""
