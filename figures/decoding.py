"""Bytes to text, the same way for every input: a file, standard input, a table.

UTF-8 (with or without a byte-order mark), or UTF-16 / UTF-32 when a byte-order
mark says so.  A byte that is not part of valid UTF-8 is read as Windows-1252,
the usual legacy encoding of Western news text (it also reads Latin-1 letters),
so a legacy file, or a UTF-8 file with a few stray legacy bytes, loses nothing.
Data with NUL bytes and no UTF-16/32 mark is not text.
"""

from __future__ import annotations

import codecs
import functools
import re

HEAD_BYTES = 8192  # how much of a document the binary check looks at

# Byte-order marks, longest first: UTF-32-LE's mark starts with UTF-16-LE's.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A byte that was not UTF-8, kept by the "surrogateescape" error handler as
# the lone surrogate U+DC80..U+DCFF.
_search_escaped = re.compile("[\udc80-\udcff]").search


class Binary(ValueError):
    """Data that is not text (NUL bytes and no UTF-16/32 byte-order mark)."""


def encoding_of(head: bytes) -> str:
    """The codec of data that starts with ``head``: by its byte-order mark, else UTF-8.

    Raise :class:`Binary` when ``head`` holds a NUL byte and no mark explains it.
    """
    for mark, codec in _MARKS:
        if head.startswith(mark):
            return codec
    if b"\x00" in head[:HEAD_BYTES]:
        raise Binary("a binary file, not text")
    return "utf-8"


class Decoder:
    """Decodes one document's bytes block by block (a character may straddle two blocks).

    ``legacy`` tells, once some text is decoded, whether any byte had to be
    read as Windows-1252.
    """

    def __init__(self, head: bytes) -> None:
        self.codec = encoding_of(head)
        self._utf8 = self.codec.startswith("utf-8")
        errors = "surrogateescape" if self._utf8 else "replace"
        self._decode = codecs.getincrementaldecoder(self.codec)(errors).decode
        self.legacy = False

    def decode(self, data: bytes, final: bool = False) -> str:
        """The text of the next block of bytes; ``final`` for the last one."""
        text = self._decode(data, final)
        if self._utf8 and _search_escaped(text):
            self.legacy = True
            text = text.translate(_windows_1252())
        return text


def decode(data: bytes) -> tuple[str, bool]:
    """The text of ``data`` and whether some bytes were read as Windows-1252."""
    decoder = Decoder(data[:HEAD_BYTES])
    return decoder.decode(data, final=True), decoder.legacy


@functools.cache
def _windows_1252() -> dict[int, str]:
    """Escaped byte (U+DC80..U+DCFF) -> its Windows-1252 character (U+FFFD for the
    five bytes that code page leaves undefined)."""
    return {0xDC00 + b: bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0x100)}
