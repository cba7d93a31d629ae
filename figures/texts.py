"""One document's text from a byte stream (a file or standard input), in parts of
bounded size: decoded by :mod:`figures.decoding`, HTML turned into text by
:mod:`figures.markup`, the same way whatever the source and whatever the size.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from figures import decoding, markup

PART_BYTES = 1 << 20  # a document is read, and done, in parts of about this size
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_CUTS = ("\n\n", "\n", ". ", " ")  # where to end a part, best first


class TextReader:
    """The text of one document, in parts of about ``size`` characters.

    Iterating reads the stream once.  Parts end at a paragraph or line break
    where there is one in their second half, else after a sentence or a word,
    so that sentences are rarely cut; joined, they are the document's text.
    ``html`` forces HTML conversion; otherwise the first part decides (a
    doctype or an ``<html>`` tag).  Raises :class:`decoding.Binary` before the
    first part for data that is not text.
    """

    def __init__(self, stream: BinaryIO, html: bool = False, size: int = PART_BYTES, sniff: bool = True) -> None:
        self._stream = stream
        self._html = html
        self._sniff = sniff
        self._size = size
        self._decoder: decoding.Decoder | None = None
        self.was_html = False

    @property
    def legacy(self) -> bool:
        """Whether some bytes read so far were not UTF-8 (and read as Windows-1252)."""
        return self._decoder is not None and self._decoder.legacy

    def __iter__(self) -> Iterator[str]:
        block = self._stream.read(max(self._size, decoding.HEAD_BYTES))  # enough to tell binary
        decoder = self._decoder = decoding.Decoder(block[: decoding.HEAD_BYTES])
        page: markup.HtmlText | None = None
        carry = ""
        first = True
        while True:
            following = self._stream.read(self._size) if block else b""
            final = not following
            text = decoder.decode(block, final)
            if first:
                first = False
                self.was_html = self._html or (self._sniff and markup.looks_like_html(text))
                page = markup.HtmlText() if self.was_html else None
            if page is not None:
                text = page.feed(text, final)
            text = carry + text
            if final:
                if text:
                    yield text
                return
            cut = _cut(text)
            carry = text[cut:]
            if cut:
                yield text[:cut]
            block = following


def _cut(text: str) -> int:
    """Where to end a part of ``text``: after its last paragraph or line break in the
    second half, else after a sentence or a word there, else at its end."""
    half = len(text) // 2
    for mark in _CUTS:
        at = text.rfind(mark, half)
        if at >= 0:
            return at + len(mark)
    return len(text)


def lines(reader: TextReader) -> Iterator[str]:
    """The lines of a document, each with its line break (for the csv and json readers)."""
    pending: list[str] = []  # the start of a line that goes on in the next part
    for part in reader:
        pieces = part.split("\n")
        if len(pieces) == 1:
            pending.append(part)
            continue
        pending.append(pieces[0])
        yield "".join(pending) + "\n"
        for piece in pieces[1:-1]:
            yield piece + "\n"
        pending = [pieces[-1]]
    tail = "".join(pending)
    if tail:
        yield tail
