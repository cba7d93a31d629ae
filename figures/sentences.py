"""Stage 1: split a document into sentences, keeping their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from figures import lexicon
from figures.records import Sentence

_find_breaks = re.compile(
    r"""
    [.!?]+["'”’)\]]*(?=\s)   # a sentence mark, closing quotes, then white space
    | \n                     # or a line break
    """,
    re.VERBOSE,
).finditer
_initials = re.compile(r"(?:[A-Za-z]\.)+$").match
_last_word = re.compile(r"\S+$").search


def split(text: str) -> Iterator[Sentence]:
    """The sentences of ``text`` in order, each without surrounding white space."""
    abbreviations = lexicon.word_set("abbreviations.tsv")
    index, begin = 0, 0
    for match in _find_breaks(text):
        end = match.end()
        if match.group() != "\n":
            word = _last_word(text, max(begin, match.start() - 24), match.start() + 1)
            token = word.group() if word else ""
            if token in abbreviations or _initials(token) or not _starts_sentence(text, end):
                continue
        sentence = _trimmed(text, begin, end, index)
        if sentence:
            yield sentence
            index += 1
        begin = end
    sentence = _trimmed(text, begin, len(text), index)
    if sentence:
        yield sentence


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the text after ``pos`` (past white space) can open a sentence."""
    rest = text[pos : pos + 8].lstrip()
    rest = rest.lstrip("\"'“‘([")
    return not rest or rest[0].isupper() or rest[0].isdigit()


def _trimmed(text: str, start: int, end: int, index: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(index, start, end, text[start:end]) if end > start else None
