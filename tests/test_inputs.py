"""The input stages on their own: decoding, HTML to text, documents in parts,
directories and --glob, datelines and date cells, the context window."""

from __future__ import annotations

import codecs
import datetime as dt
import io
from pathlib import Path

import pytest

from figures import datelines, decoding, excerpt, markup, sources, texts
from figures.records import Sentence

TODAY = dt.date(2025, 6, 1)
TEXT = "About 300 people fled Zürich, and €5 million was pledged."

# (name, bytes, text read, whether some bytes were read as Windows-1252)
ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8"), TEXT, False),
    ("utf-8 with a byte-order mark", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, False),
    ("utf-16 little-endian by its mark", TEXT.encode("utf-16"), TEXT, False),
    ("utf-16 big-endian by its mark", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, False),
    ("utf-32 by its mark", TEXT.encode("utf-32"), TEXT, False),
    ("windows-1252", TEXT.encode("cp1252"), TEXT, True),
    ("latin-1 letters", "Zürich, São Paulo".encode("latin-1"), "Zürich, São Paulo", True),
    ("utf-8 with one stray legacy byte", "Zürich costs ".encode() + b"\x805", "Zürich costs €5", True),
]


@pytest.mark.parametrize("data, text, legacy", [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_decoding(data: bytes, text: str, legacy: bool) -> None:
    assert decoding.decode(data) == (text, legacy)


@pytest.mark.parametrize("data", [b"\x00\x01\x02 5 people", b"PK\x03\x04\x00\x00"], ids=["nul bytes", "zip"])
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(decoding.Binary):
        decoding.decode(data)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "cp1252"])
@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_a_character_cut_between_blocks_is_read_whole(codec: str, size: int) -> None:
    text = TEXT * 200  # longer than the first block, which holds the head
    reader = texts.TextReader(io.BytesIO(text.encode(codec)), size=size)
    assert "".join(reader) == text


PAGE = """<!DOCTYPE html><html><head><title>Floods</title>
<style>p { color: red }</style><script>var n = 99; if (a < b) {}</script></head>
<body><!-- 77 comments --><p>More than <b>1,200</b>
people fled.</p><p>Aid of &euro;5 million&nbsp;was pledged.</p></body></html>"""
PAGE_TEXT = "\nFloods\n     \nMore than 1,200 people fled.\n\nAid of €5 million\xa0was pledged.\n"


def test_html_to_text() -> None:
    assert markup.html_to_text(PAGE) == PAGE_TEXT


@pytest.mark.parametrize("size", [1, 2, 5, 13, 50, 1000])
def test_html_fed_in_parts_gives_the_same_text(size: int) -> None:
    page = markup.HtmlText()
    parts = [page.feed(PAGE[i : i + size]) for i in range(0, len(PAGE), size)]
    assert "".join(parts) + page.feed("", final=True) == PAGE_TEXT


@pytest.mark.parametrize(
    "text, html",
    [
        ("<!DOCTYPE html><html>", True),
        ("  <html lang='en'>", True),
        ("<!-- saved page --><body>", True),
        ("<p>About 300 people</p>", True),
        ("<div class=story>", True),
        ("About 300 people", False),
        ("<5 people came", False),
        ("<unknown>tag", False),
    ],
)
def test_what_looks_like_html(text: str, html: bool) -> None:
    assert markup.looks_like_html(text) is html


@pytest.mark.parametrize(
    "markup_text",
    ["<" * 50_000, "<p" * 30_000, "<script>" + "x" * 100_000, "&" * 50_000, "<!--" * 30_000],
    ids=["open brackets", "unclosed tags", "unclosed script", "ampersands", "comment openings"],
)
def test_hostile_markup_is_read_in_linear_time(markup_text: str) -> None:
    page = markup.HtmlText()
    for i in range(0, len(markup_text), 4096):  # no quadratic re-reading of what is carried
        page.feed(markup_text[i : i + 4096])
    page.feed("", final=True)


def test_parts_join_to_the_document_and_end_at_line_breaks() -> None:
    text = "".join(f"Line {i} has {i} people.\n" for i in range(500))
    parts = list(texts.TextReader(io.BytesIO(text.encode()), size=1000))
    assert "".join(parts) == text
    assert len(parts) > 5 and all(p.endswith("\n") for p in parts)


def test_a_long_line_is_cut_between_sentences_or_words() -> None:
    line = "About 300 people came. " * 2000
    parts = list(texts.TextReader(io.BytesIO(line.encode()), size=500))
    assert "".join(parts) == line and len(parts) > 5
    assert all(p.endswith(". ") for p in parts[:-1])


def test_lines_of_a_document() -> None:
    data = "a,b\n" + "x" * 3000 + "\nlast"
    assert list(texts.lines(texts.TextReader(io.BytesIO(data.encode()), size=100))) == ["a,b\n", "x" * 3000 + "\n", "last"]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ["a.txt", "B.TXT", "page.html", "notes.md", ".hidden.txt", "sub/a.txt", "sub/deep/c.Txt",
                 ".git/x.txt", "data.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("5 people", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    "glob, expected",
    [
        ("*.txt", ["B.TXT", "a.txt"]),
        ("*.TXT", ["B.TXT", "a.txt"]),
        ("*.html", ["page.html"]),
        ("*", ["B.TXT", "a.txt", "data.csv", "notes.md", "page.html"]),
        ("**/*.txt", ["B.TXT", "a.txt", "sub/a.txt", "sub/deep/c.Txt"]),
        ("**/*", ["B.TXT", "a.txt", "data.csv", "notes.md", "page.html", "sub/a.txt", "sub/deep/c.Txt"]),
        ("sub/*", ["sub/a.txt"]),
        ("sub/**/*.txt", ["sub/a.txt", "sub/deep/c.Txt"]),
        ("[ab].txt", ["B.TXT", "a.txt"]),
        ("?.txt", ["B.TXT", "a.txt"]),
    ],
)
def test_glob_in_a_directory(tree: Path, glob: str, expected: list[str]) -> None:
    found = sources.sources([str(tree)], glob)
    assert [s.doc_id for s in found] == expected
    assert all(s.path == tree / s.doc_id for s in found)


def test_no_path_is_stdin_when_piped_else_the_sample() -> None:
    assert [s.doc_id for s in sources.sources([], stdin_piped=True)] == ["stdin"]
    assert [s.doc_id for s in sources.sources([], stdin_piped=False)] == ["news_sample.txt"]


def test_a_bad_glob_or_path_is_an_error(tree: Path) -> None:
    with pytest.raises(sources.SourceError):
        sources.sources([str(tree)], "/etc/*")
    with pytest.raises(sources.SourceError):
        sources.sources([str(tree / "nope.txt")])


DATELINES = [
    ("month day year and a dash", "September 4, 2015 — The storm hit.", dt.date(2015, 9, 4)),
    ("place, agency, no year", "WASHINGTON, Sept. 4 (Reuters) - Officials said.", dt.date(2024, 9, 4)),
    ("no year, earlier this year", "LONDON, March 3 (AP) — Prices rose.", dt.date(2025, 3, 3)),
    ("place with a region", "SAN JUAN, Puerto Rico, Sept. 4, 2015 (AP) — Power failed.", dt.date(2015, 9, 4)),
    ("day month year", "NAIROBI, 4 September 2015 - Rain fell.", dt.date(2015, 9, 4)),
    ("weekday", "Friday, June 13, 2025", dt.date(2025, 6, 13)),
    ("below a headline and byline", "Floods kill 14\nBy A. Writer\nPARIS, Jan. 9, 2024 — Water rose.", dt.date(2024, 1, 9)),
    ("en dash", "Oct. 2, 2019 – The vote.", dt.date(2019, 10, 2)),
    ("a date inside a sentence is no dateline", "The storm of September 4, 2015 killed 5.", None),
    ("a number after a month is no dateline", "May 5 people came.", None),
    ("no date in the dateline", "WASHINGTON (AP) — Officials said.", None),
    ("too far down", "a\nb\nc\nd\ne\nf\nSeptember 4, 2015 — late.", None),
    ("not a valid day", "February 30, 2015 — no such day.", None),
]


@pytest.mark.parametrize("text, expected", [d[1:] for d in DATELINES], ids=[d[0] for d in DATELINES])
def test_dateline(text: str, expected: dt.date | None) -> None:
    assert datelines.dateline(text, TODAY) == expected


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("2023-01-10-report.txt", "WASHINGTON, Sept. 4, 2015 - x", dt.date(2023, 1, 10)),
        ("a.txt", "Published 2023-01-10\nSeptember 4, 2015 — x", dt.date(2023, 1, 10)),
        ("a.txt", "September 4, 2015 — x", dt.date(2015, 9, 4)),
        ("a.txt", "Nothing dated.", None),
    ],
    ids=["name first", "iso date in the head before a dateline", "dateline", "none"],
)
def test_stated_date(name: str, text: str, expected: dt.date | None) -> None:
    assert datelines.stated_date(name, text, TODAY) == expected


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("2025-06-01", dt.date(2025, 6, 1)),
        ("2025-06-01T22:30:00-05:00", dt.date(2025, 6, 1)),
        ("2025-06-01 10:00", dt.date(2025, 6, 1)),
        ("Sun, 01 Jun 2025 10:00:00 +0000", dt.date(2025, 6, 1)),
        ("June 1, 2025", dt.date(2025, 6, 1)),
        ("1 June 2025", dt.date(2025, 6, 1)),
        ("Jun. 1, 2025", dt.date(2025, 6, 1)),
        (dt.date(2025, 6, 1), dt.date(2025, 6, 1)),
        (dt.datetime(2025, 6, 1, 23, 59), dt.date(2025, 6, 1)),
        ("01/06/2025", None),
        ("June 1", None),
        ("", None),
        ("   ", None),
        ("soon", None),
        ("2025-13-01", None),
        (None, None),
        (float("nan"), None),
        (20250601, None),
    ],
)
def test_read_date(cell: object, expected: dt.date | None) -> None:
    assert datelines.read_date(cell) == expected


def test_read_date_of_pandas_timestamps() -> None:
    import pandas as pd

    assert datelines.read_date(pd.Timestamp("2025-06-01 10:00")) == dt.date(2025, 6, 1)
    assert datelines.read_date(pd.NaT) is None


def test_month_numbers() -> None:
    numbers = datelines.month_numbers()
    assert [numbers[m] for m in ("january", "may", "sept", "sep", "dec", "december")] == [1, 5, 9, 9, 12, 12]


def _context(text: str, surface: str) -> str:
    start = text.index(surface)
    return excerpt.around(Sentence(0, 0, len(text), text), start, start + len(surface))


def test_a_short_sentence_is_the_context() -> None:
    text = "About 300 people came."
    assert _context(text, "300 people") == text


@pytest.mark.parametrize("where", [0, 0.5, 1])
def test_a_long_sentence_is_cut_around_the_quantity(where: float) -> None:
    words = ["word"] * 1000
    words.insert(int(len(words) * where), "300 people")
    text = " ".join(words)
    got = _context(text, "300 people")
    assert "300 people" in got
    assert len(got) <= 2 * excerpt.CONTEXT_SIDE + len("300 people") + 2
    assert got.startswith("…") == (where > 0) and got.endswith("…") == (where < 1)
    assert " wor…" not in got and "…ord " not in got  # cut between words
