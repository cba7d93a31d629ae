"""The grammar of changes: the words that make a number the size of a move.

Words of change are lemmas in ``data/changes.tsv``, matched in every
inflection through lemminflect: a verb before the number ("rose 8%", "cut
prices by 5%"), a noun before it ("an increase of 5%", "the drop was 3%") or
after it ("a 40 percent drop"), "up"/"down" after a noun or a linking verb
("shares down 8.3%"), or a comparative after the amount ("ended 52.9 points
lower").  A verb of change with no direction ("went", "moved") makes "from X to
Y" two levels; the quantities stage asks ``moves_before`` for that.
"""

from __future__ import annotations

import functools
import re

from figures import lemmas, lexicon

# "up" and "down" say a change after a linking verb, a noun or at a clause start
# ("shares were up 2%", "Stoxx down 1%"); after another verb they are particles ("sign up 500").
_LINKING = frozenset(
    "is are was were be been being closed ended finished edged moved trading traded "
    "inched ticked opened stood remained stayed".split()
)
_SKIPPABLE = frozenset(
    "by either slightly sharply steeply marginally just only some another further nearly almost "
    "about around roughly modestly substantially significantly dramatically nearly back a "
    "an".split()
)
_COPULAS = frozenset("is are was were be been amounted totaled totalled came stood".split())
words_and_marks = re.compile(r"[A-Za-z][\w'’-]*|[,;:—–(]").findall  # words and the marks that end a clause


@functools.cache
def _changes() -> dict[str, tuple[str, str]]:
    """Lemma of change -> (part of speech, direction)."""
    return {row[0]: (row[1], row[2]) for row in lexicon.rows("changes.tsv")}


@functools.lru_cache(maxsize=65536)
def change_of(word: str, part: str) -> str:
    """The direction ("up", "down", "move") of ``word`` read as a ``part`` ("verb",
    "by-verb" or "noun") of change, or ""."""
    low = word.lower()
    for lemma in _lemmas(low, part):
        entry = _changes().get(lemma)
        if entry is not None and (entry[0] == part or entry[0] == "both" and part != "by-verb"):
            return entry[1]
    return ""


def _lemmas(word: str, part: str) -> tuple[str, ...]:
    """The lemmas of ``word`` as a verb or a noun, the word itself first."""
    found = lemmas.lemminflect().getAllLemmas(word, upos="NOUN" if part == "noun" else "VERB")
    return (word, *(lemma for forms in found.values() for lemma in forms))


@functools.cache
def directions() -> dict[str, str]:
    """Every inflected form of a word of change -> its direction (for other stages'
    word tests: a form of "rise" is no noun of a phrase)."""
    getAllInflections = lemmas.lemminflect().getAllInflections  # noqa: N806

    out: dict[str, str] = {}
    for lemma, (part, direction) in _changes().items():
        if direction == "move":
            continue
        upos = "VERB" if part in ("verb", "both") else "NOUN"
        for forms in getAllInflections(lemma, upos=upos).values():
            for form in forms:
                out.setdefault(form, direction)
        out.setdefault(lemma, direction)
    return out


def words_before(text: str, at: int, floor: int) -> list[str]:
    return words_and_marks(text[max(floor, at - 60) : at])


def before(text: str, at: int, floor: int) -> str:
    """ "up" or "down" when a word of change governs the number at ``at``: a verb
    ("rose 8%", "cut prices by 5%"), a noun ("an increase of 5%", "the drop was 3%"),
    or "up"/"down" after a noun or a linking verb ("shares down 8.3%")."""
    words = words_before(text, at, floor)
    by = False
    while words and words[-1].lower() in _SKIPPABLE:
        by = by or words[-1].lower() == "by"
        words.pop()
    if not words:
        return ""
    word = words[-1].lower()
    if word in ("up", "down"):
        return word if _adverb_of_change(words) else ""
    move = change_of(word, "verb")
    if move:
        return move if move != "move" else ""
    if word == "of" or word in _COPULAS:
        noun = words[-2] if len(words) > 1 else ""
        move = change_of(noun, "noun")
        return move if move in ("up", "down") else ""
    if by:
        return _verb_before_object(words)  # "cut its forecast by 5%"
    return ""


def _adverb_of_change(words: list[str]) -> bool:
    """Whether "up"/"down" (the last of ``words``) says a change: after a linking verb,
    a noun or at a clause start, not as a verb's particle ("signed up")."""
    if len(words) < 2:
        return True
    before = words[-2]
    low = before.lower()
    if low in _LINKING or not before[0].isalpha():
        return True
    if before[0].isupper():
        return True  # "Nvidia up 3%"
    return low.endswith("s") and not low.endswith("ss") and not change_of(low, "verb")


def _verb_before_object(words: list[str]) -> str:
    """The direction of a verb of change a few words before "by" ("raised prices by")."""
    for word in reversed(words[-4:]):
        if not word[0].isalpha():
            return ""
        move = change_of(word.lower(), "verb") or change_of(word.lower(), "by-verb")
        if move in ("up", "down"):
            return move
    return ""


def moves_before(text: str, at: int, floor: int) -> bool:
    """Whether a verb or noun of change (any direction) stands right before ``at``
    ("rose from", "went from", "an increase from")."""
    words = words_before(text, at, floor)
    while words and words[-1].lower() in _SKIPPABLE:
        words.pop()
    if not words:
        return False
    word = words[-1].lower()
    return bool(change_of(word, "verb") or change_of(word, "by-verb")
                or change_of(word, "noun"))


_noun_after_number = re.compile(
    r"""(?: \s?% | \s*-?\s*(?:per\s?cent|percent|percentage[\s-]points?|points?|basis[\s-]points?) )?  # the unit
        [\s-]+ (?P<first>[a-z][\w-]*) (?:\s+(?P<second>[a-z]+))?  # a noun, or a modifier and a noun
    """,
    re.VERBOSE | re.IGNORECASE,
)


_comparative = re.compile(
    r"""(?: \s?% | \s*-?\s*(?:per\s?cent|percent|percentage[\s-]points?|points?|basis[\s-]points?|cents?) )?
        \s+(?P<word>higher|lower)\b(?!\s+than\b)""",
    re.VERBOSE | re.IGNORECASE,
)


def _comparative_after(text: str, end: int, ceiling: int) -> str:
    """ "ended 52.9 points lower", "closed 3% higher": a move said after the amount (not
    "3% higher than last year", a difference)."""
    m = _comparative.match(text, end, min(ceiling, end + 40))
    if m is None:
        return ""
    return "up" if m.group("word").lower() == "higher" else "down"


def _noun_after(text: str, end: int, ceiling: int) -> str:
    """ "a 40 percent drop", "a 3% annual rise", "a $2 billion cut": a singular noun of
    change that the number modifies."""
    m = _noun_after_number.match(text, end, min(ceiling, end + 48))
    if m is None:
        return ""
    for noun in (m.group("first"), m.group("second")):
        noun = (noun or "").lower()
        move = change_of(noun, "noun") if noun else ""
        if move in ("up", "down"):
            return "" if noun.endswith("s") and not noun.endswith("ss") else move
    return ""


def after(text: str, end: int, ceiling: int) -> str:
    """ "up" or "down" when the words after an amount ending at ``end`` say a move: a
    singular noun of change it modifies ("a 40 percent drop") or a comparative
    ("ended 52.9 points lower")."""
    return _noun_after(text, end, ceiling) or _comparative_after(text, end, ceiling)
