"""Stage 1: split a document into sentences, keeping their offsets.

A sentence ends at a sentence mark (". ", "? ", "! ", closing quotes
included) before a word that can open one, unless the mark ends an
abbreviation or initials ("U.S.", "J.D.").  Line breaks:

- a blank line always ends a sentence;
- a line break after a sentence mark ends it;
- a single line break inside running text (hard-wrapped lines) does not,
  when the text goes on in the same sentence: the next line starts in lower
  case ("$1.2\\nbillion") or the line before ends where no sentence can
  (a comma, a dash, a word such as "the" or "to");
- otherwise, and before a line that opens a list item or heading ("- ",
  "* ", "1. ", "#"), the line break ends the sentence ("Headline\\nBody").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from figures import lexicon
from figures.records import Sentence

_find_breaks = re.compile(
    r"""
    (?<![.!?])[.!?]+["'”’)\]]*(?=\s)  # a sentence mark, closing quotes, then white space
    | \r?\n(?:[ \t\r]*\n)*            # or line breaks: one, or a blank line
    """,
    re.VERBOSE,
).finditer
_initials = re.compile(r"(?:[A-Za-z]\.)+$").match
_last_word = re.compile(r"\S+$").search
_sentence_mark = re.compile(r"""[.!?]+["'”’)\]]*$""").search
_list_item = re.compile(r"[ \t]*(?:[-*•·▪–—#>]|\d{1,3}[.)](?!\d))").match


def split(text: str) -> Iterator[Sentence]:
    """The sentences of ``text`` in order, each without surrounding white space."""
    abbreviations = lexicon.word_set("abbreviations.tsv")
    index, begin = 0, 0
    for match in _find_breaks(text):
        end = match.end()
        if "\n" in match.group():
            if match.group().count("\n") == 1 and _line_goes_on(text, begin, match.start(), end, abbreviations):
                continue
        else:
            word = _last_word(text, max(begin, match.start() - 24), match.start() + 1)
            token = word.group() if word else ""
            if token in abbreviations or _initials(token) or not _starts_sentence(text, end) \
                    or _list_number(text, begin, match.start()):
                continue
        sentence = _trimmed(text, begin, end, index)
        if sentence:
            yield sentence
            index += 1
        begin = end
    sentence = _trimmed(text, begin, len(text), index)
    if sentence:
        yield sentence


def _line_goes_on(text: str, begin: int, at: int, after: int, abbreviations: frozenset[str]) -> bool:
    """Whether the sentence goes on across the single line break between ``at`` and ``after``."""
    if after >= len(text) or _list_item(text, after) or at <= begin:
        return False
    line = text[max(begin, at - 40) : at].rstrip()
    if not line:
        return False
    if _sentence_mark(line):
        word = _last_word(line)
        token = word.group() if word else ""
        return (token in abbreviations or bool(_initials(token))) and text[after].islower()
    if text[after].islower() or line[-1] in ",;:(-–—":
        return True  # "$1.2\nbillion", "according\nto", "costs,\nLondon"
    word = _last_word(line)
    return word is not None and word.group().lower() in lexicon.word_set("line_continues.tsv")


def _list_number(text: str, begin: int, at: int) -> bool:
    """Whether the mark at ``at`` closes the number of a list item ("1. Boil")."""
    head = text[begin:at].strip()
    return head.isdigit() and len(head) <= 3


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
