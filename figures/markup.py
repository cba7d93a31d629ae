"""HTML to the text a reader sees, fed in parts so that a page of any size is read in
bounded memory.

Scripts, styles and comments are dropped; block elements (paragraphs, list
items, headings, table cells, ``<br>``) become line breaks, so that each is
a sentence of its own; other tags are removed; runs of white space inside the
text become one space, as a browser shows them; entities are decoded.  Row
offsets then refer to this text, which the ``context`` column shows.
"""

from __future__ import annotations

import html
import re

TAG_LIMIT = 2000  # a "<" with no ">" within this many characters opens no tag
_SPACE_LIMIT = 64  # white space at the end of a part is carried to the next, up to this much

# Tag names are letters; an attribute value rarely holds "<", so a tag ends at
# the first ">" before the next "<" (a stray "<" in text ends the attempt at once).
_sniff = re.compile(
    r"""
    \s*(?:<!--[^<>]{0,2000}-->\s*)?        # a comment before the first tag
    <(?:!doctype\s+html | html | head | body | meta | title | p | div | article
       | section | main | header | h[1-6] | ul | ol | table | span | br)\b
    """,
    re.IGNORECASE | re.VERBOSE,
).match
_search_hidden = re.compile(
    r"""
    <(script|style|noscript|template)\b[^<>]{0,2000}>   # an element whose content is no text
    | <!--                                               # or a comment
    """,
    re.IGNORECASE | re.VERBOSE,
).search
_ENDS = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE).search
    for name in ("script", "style", "noscript", "template")
}
_ENDS["--"] = re.compile("-->").search
_sub_space = re.compile(r"[ \t\r\n\f]+").sub
_sub_block = re.compile(
    r"""
    </?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|article|section|header|footer
          |blockquote|figure|figcaption|title|main|aside|nav|pre|dd|dt)
    \b[^<>]{0,2000}>
    """,
    re.IGNORECASE | re.VERBOSE,
).sub
_sub_tag = re.compile(r"<[!/?]?[A-Za-z][^<>]{0,2000}>").sub


def looks_like_html(text: str) -> bool:
    """Whether ``text`` opens as an HTML page or fragment (a doctype, or a tag such as
    ``<html>``, ``<body>`` or ``<p>``)."""
    return _sniff(text[:4096]) is not None


def html_to_text(markup: str) -> str:
    """The text of a whole HTML page or fragment."""
    return HtmlText().feed(markup, final=True)


class HtmlText:
    """Turns an HTML page into text part by part: :meth:`feed` each part in order
    (``final=True`` for the last); a tag, entity or script cut between two parts
    is read whole."""

    def __init__(self) -> None:
        self._carry = ""  # the unfinished end of the last part
        self._inside: str | None = None  # the dropped element we are in ("--": a comment)

    def feed(self, markup: str, final: bool = False) -> str:
        """The text of the next part of the page."""
        data, self._carry = self._carry + markup, ""
        out: list[str] = []
        pos = 0
        while True:
            if self._inside is not None:
                end = _ENDS[self._inside](data, pos)
                if end is None:
                    if not final:  # keep what may be the start of the closing tag
                        self._carry = data[_unfinished(data, pos, "<-") :]
                    return "".join(out)
                pos, self._inside = end.end(), None
            hidden = _search_hidden(data, pos)
            stop = hidden.start() if hidden else len(data)
            if hidden is None and not final:
                stop = _unfinished(data, pos, "<& ")
                self._carry = data[stop:]
            out.append(_text_of(data[pos:stop]))
            if hidden is None:
                return "".join(out)
            out.append(" ")
            self._inside = (hidden.group(1) or "--").lower()
            pos = hidden.end()


def _unfinished(data: str, pos: int, marks: str) -> int:
    """Where the end of ``data`` that must wait for the next part starts: an
    unfinished tag ("<" with no ">" after it), entity ("&" with no ";"), comment
    end or run of white space, as ``marks`` asks; ``len(data)`` when there is none."""
    cut = len(data)
    if "<" in marks:
        lt = data.rfind("<", max(pos, len(data) - TAG_LIMIT))
        if lt >= 0 and data.find(">", lt) < 0:
            cut = lt
    if "&" in marks:
        amp = data.rfind("&", max(pos, len(data) - 40))
        if 0 <= amp < cut and data.find(";", amp) < 0:
            cut = amp
    if "-" in marks:  # "--" of a comment's end
        cut = min(cut, max(pos, len(data) - 2))
    if " " in marks:  # white space, which collapses with what follows
        tail = data[max(pos, len(data) - _SPACE_LIMIT) :]
        kept = tail.rstrip(" \t\r\n\f")
        if kept:
            cut = min(cut, len(data) - len(tail) + len(kept))
    return cut


def _text_of(markup: str) -> str:
    """The text of markup with no script, style or comment in it."""
    text = _sub_space(" ", markup)
    text = _sub_block("\n", text)
    text = _sub_tag("", text)
    return html.unescape(text)
