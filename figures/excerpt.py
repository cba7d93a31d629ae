"""The ``context`` column: the sentence a quantity stands in, cut to a window around
the quantity when the sentence is long, so that the table grows linearly with the
text (an unbroken line of a megabyte is one "sentence").
"""

from __future__ import annotations

import re

from figures.records import Sentence

CONTEXT_LIMIT = 600  # a sentence up to this many characters is the context whole
CONTEXT_SIDE = 250  # ... a longer one is cut to this many characters each side of the quantity
ELLIPSIS = "\u2026"  # marks where a long sentence was cut
_WORD_SLACK = 40  # how far a cut may move to fall between two words

_search_space = re.compile(r"\s").search


def around(sentence: Sentence, start: int, end: int) -> str:
    """The context of the quantity at ``start:end`` (document offsets) in ``sentence``.

    A sentence of up to CONTEXT_LIMIT characters is given whole; a longer one is
    cut to about CONTEXT_SIDE characters each side of the quantity, between
    words, with "…" where it was cut.
    """
    text = sentence.text
    if len(text) <= CONTEXT_LIMIT:
        return text
    begin = max(0, start - sentence.start - CONTEXT_SIDE)
    stop = min(len(text), end - sentence.start + CONTEXT_SIDE)
    if begin > 0:
        space = _search_space(text, begin, begin + _WORD_SLACK)
        begin = space.end() if space else begin
    if stop < len(text):
        space = text.rfind(" ", stop - _WORD_SLACK, stop)
        stop = space if space > begin else stop
    return (ELLIPSIS if begin > 0 else "") + text[begin:stop] + (ELLIPSIS if stop < len(text) else "")
