"""Stage 6a: what each quantity is about — its ``concept``.

The concept joins two noun phrases: the thing counted or measured (the
counted noun, "60 per cent of *its revenue*", "a 25% *tax*") and the
subject of the clause the number stands in ("*The Russian military* lost
more than 1,200 people a day").  Plain word rules, no model.
"""

from __future__ import annotations

import re

from figures import lexicon, tokens
from figures.records import Quantity, Unit

# How far before a quantity its subject is looked for, so that the work per
# quantity does not grow with the sentence (a 100,000-character "sentence").
_REACH = 300
_DETERMINERS = frozenset(
    "the a an its their his her our your my these those this that some any each every".split()
)
# Words passed over at the start of a clause before its subject.
_LEADING = _DETERMINERS | frozenset(
    "and but or while whereas although though because so yet if when where as however "
    "meanwhile also still now then instead indeed overall separately similarly moreover "
    "furthermore finally last next earlier later until so far".split()
)
# Where a clause begins: a comma or dash, or a conjunction.
_clause_break = re.compile(r"[,;:—–(]\s*|\s(?:and|but|while|whereas|as|that|which|who)\s", re.I)
_of_phrase = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:of|in|for|on|from)\s+")
_noun_before_of = re.compile(r"((?:[^\W\d_][\w'’&-]*\s+){1,3})(?:of|for)\s+\S*$")


def concept(text: str, floor: int, ceiling: int, q: Quantity, unit: Unit) -> str:
    """The concept of quantity ``q``: the thing it counts or measures, then its subjects.

    Parts, in order and without repeats: the counted noun phrase or the noun
    the quantity modifies ("a 25% *tax*", "60% *of revenue*"); the noun it
    belongs to ("the *evacuation* of 120,000 people"); the noun phrase just
    before it ("the *driving range* by 35 miles"); the subject of its clause
    and of its sentence.
    """
    start = min(q.start, unit.start)
    if unit.noun_start >= 0:
        noun = text[unit.noun_start : unit.noun_end]
        # a bare counted noun only repeats the unit ("two kids"); with modifiers
        # it says more ("African students")
        things = [noun if " " in noun.strip() else ""]
        if text[unit.noun_start - 1 : unit.noun_start] == "-":
            things.append(_leading_phrase(text, unit.end, ceiling, 3))  # "four-cylinder engine"
        else:
            things.append(_complement(text, unit.end, ceiling))  # "students from Africa"
    else:
        things = [_thing_after(text, unit.end, ceiling)]
    things += [
        _owner_before(text, floor, start),
        _phrase_before(text, floor, start),
        _subject(text, floor, start),
        _leading_phrase(text, floor, start, 6, _LEADING),
    ]
    parts: list[str] = []
    for part in things:
        if part and not any(part.lower() in p.lower() for p in parts):
            parts.append(part)
    return ", ".join(parts[:4])


_restatement = re.compile(r"\s*\(\s*(?:[A-Z]{1,3}\s?)?")


_continuation = re.compile(r"\s*[-–—,;]?\s*(?:or|and|to|from)?\s*")


def continues(text: str, previous_end: int, start: int) -> bool:
    """Whether a quantity at ``start`` goes on from the one ending at ``previous_end``
    ("35 miles - from 252 to 287 miles")."""
    return start - previous_end <= 12 and _continuation.fullmatch(text, previous_end, start) is not None


def restates(text: str, previous_end: int, start: int) -> bool:
    """Whether a quantity starting at ``start`` restates the one ending at
    ``previous_end`` in brackets ("8 miles (13 kilometers)", "9 billion yuan (US$1.3 billion)")."""
    return _restatement.fullmatch(text, previous_end, start) is not None


def _phrase_before(text: str, floor: int, pos: int) -> str:
    """The noun phrase right before ``pos``, past a few function words ("Osler has 59")."""
    stop = lexicon.word_set("stopwords.tsv")
    words = text[max(floor, pos - 60) : pos].split()
    skipped = 0
    while words and skipped < 3 and (words[-1].lower() in stop or _verbish(words[-1])):
        words.pop()
        skipped += 1
    if words and words[-1].islower() and words[-2:-1] and words[-2].lower() == "to":
        return ""  # "appeared to imply": a verb, not a noun phrase
    phrase: list[str] = []
    while words and len(phrase) < 3:
        raw = words[-1]
        w = raw.strip(",;:()\"“”")
        if raw[-1:] in ",;:)\"”" or not w or not w[0].isalpha() or w.lower() in stop \
                or _verbish(w, ing=False) or _numeric_word(w):
            break  # a word that ends a clause belongs to the clause before
        phrase.insert(0, w)
        if w != raw:
            break  # "(US": the phrase starts here
        words.pop()
    return " ".join(phrase)


def _owner_before(text: str, floor: int, pos: int) -> str:
    """The noun before "of" in "the evacuation of 120,000 people", "sales of 5835 units"."""
    window = text[max(floor, pos - 60) : pos]
    m = _noun_before_of.search(window)
    if m is None:
        return ""
    words = m.group(1).split()
    stop = lexicon.word_set("stopwords.tsv")
    if words and _numeric_word(words[-1]):
        return ""  # "280 million of the 1.5 billion": a number, not an owner
    while words and (words[0].lower() in stop or words[0].lower() in _DETERMINERS):
        words.pop(0)
    if any(w.lower() in stop for w in words):
        words = words[[i for i, w in enumerate(words) if w.lower() in stop][-1] + 1 :]
    return " ".join(words)


def _thing_after(text: str, pos: int, ceiling: int) -> str:
    """The noun phrase of "of ..." after the unit, or the noun the quantity modifies
    ("a 51 per cent stake", "50 foot building lots")."""
    m = _of_phrase.match(text, pos, ceiling)
    if m:
        return _leading_phrase(text, m.end(), ceiling, 4)
    return _leading_phrase(text, pos, ceiling, 4)


def _complement(text: str, pos: int, ceiling: int) -> str:
    """The noun phrase of "of/in/for/from ..." right after ``pos``."""
    m = _of_phrase.match(text, pos, ceiling)
    return _leading_phrase(text, m.end(), ceiling, 4) if m else ""


def _leading_phrase(text: str, pos: int, ceiling: int, most: int, skip: frozenset[str] = _DETERMINERS) -> str:
    """The noun phrase at ``pos``: words up to a stop word, leading ``skip`` words passed over."""
    stop = lexicon.word_set("stopwords.tsv")
    words: list[str] = []
    for token in tokens.scan(text, pos, min(ceiling, pos + 80)):
        w = token.text
        low = w.lower()
        if not words and (low in skip or low in lexicon.time_words()):
            continue
        if not w[0].isalpha() or low in stop or _verbish(w, ing=bool(words)) or len(words) == most:
            break
        words.append(w)
    return " ".join(words)


def _numeric_word(word: str) -> bool:
    low = word.lower()
    return low in lexicon.scales() or low in lexicon.number_words()


def _verbish(word: str, ing: bool = True) -> bool:
    """A lowercase word that looks like a verb; with ``ing`` false, "-ing" words
    count as nouns ("building lots", "funding")."""
    low = word.lower()
    return word.islower() and (
        low in lexicon.directions()
        or low in lexicon.word_set("verbs.tsv")
        or (low.endswith("ed") and len(low) > 4)
        or (ing and low.endswith("ing") and len(low) > 4)
    )


def _subject(text: str, floor: int, pos: int) -> str:
    """The subject of the clause holding ``pos``, or of the nearest clause before it that has one."""
    floor = max(floor, pos - _REACH)
    breaks = [(floor, floor)] + [(m.start(), m.end()) for m in _clause_break.finditer(text, floor, pos)]
    for begin, start in reversed(breaks):
        relative = (
            _relative.match(text, start, pos)
            or text[begin:start].strip().lower() in _RELATIVE
            or (text[begin:start].startswith(",") and _participle.match(text, start, pos))
        )
        if relative and begin > floor:
            # "a defense that gave up 517 yards", "Nissan, which is 43% owned": the noun before
            nouns = _phrase_before(text, floor, begin)
            if nouns:
                return nouns
        phrase = _leading_phrase(text, start, pos, 6, _LEADING)
        if phrase:
            return phrase
    return ""


_RELATIVE = ("that", "which", "who")
# ", ranging from $200 to $4 million": about the noun before the comma
_participle = re.compile(r"(?:ranging|including|totall?ing|amounting|representing|equall?ing|worth)\b")
_relative = re.compile(r"(?:that|which|who)\b", re.IGNORECASE)
