"""Bad input gets a clear answer and loses nothing: each line of the README's
"Input and errors" table, through the command, for every kind of source."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

import figures
from conftest import run
from figures import inputs, markup

REPO = Path(__file__).resolve().parent.parent
REF = "2025-06-01"
GOOD = "More than 1,200 people crossed the border.\n"


def surfaces(csv: str) -> list[str]:
    return list(pd.read_csv(io.StringIO(csv), dtype=str, keep_default_na=False)["surface"])


def table(csv: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(csv), dtype=str, keep_default_na=False)


# --- every source, every encoding -------------------------------------------------

FIGURES = "About 300 people fled Zürich, and €5 million was pledged."
FILLER = "No figures here.\n" * 700  # > 8 KB: with small parts, the document is read in several
EXPECTED = ["About 300 people", "€5 million"]

HTML = ("<!DOCTYPE html><html><body><p>About <b>300</b> people fled Zürich,\n and &euro;5 million "
        "was pledged.</p><script>var n = 99;</script>\n" + "<p>No figures here.</p>\n" * 700 + "</body></html>")

# (case, the document's text, how it is encoded, what stderr says, exit status)
DOCUMENTS = [
    ("utf-8", FIGURES + "\n" + FILLER, "utf-8", "", 0),
    ("utf-8 with a byte-order mark", FIGURES + "\n" + FILLER, "utf-8-sig", "", 0),
    ("utf-16 with its mark", FIGURES + "\n" + FILLER, "utf-16", "", 0),
    ("utf-32 with its mark", FIGURES + "\n" + FILLER, "utf-32", "", 0),
    ("windows-1252", FIGURES + "\n" + FILLER, "cp1252", "not UTF-8, read as Windows-1252", 0),
    ("html", HTML, "utf-8", "", 0),
    ("binary", FIGURES + "\n" + FILLER, "binary", "skipped, a binary file, not text", 1),
]
SOURCES = ["file", "file in a directory", "html file by suffix", "stdin", "stdin with no PATH",
           "large file in parts", "stdin in parts", "csv table"]


def _encoded(text: str, codec: str) -> bytes:
    return b"\x00\x01\x02" + text.encode() if codec == "binary" else text.encode(codec)


CASES = [(d, s) for d in DOCUMENTS for s in SOURCES if s != "html file by suffix" or d[1] == HTML]


@pytest.mark.parametrize("source, text, codec, note, code", [(s, *d[1:]) for d, s in CASES],
                         ids=[f"{d[0]}-{s}" for d, s in CASES])
def test_every_source_is_read_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    source: str, text: str, codec: str, note: str, code: int,
) -> None:
    html_suffix = source == "html file by suffix"
    if html_suffix:
        text = text.replace("<!DOCTYPE html><html><body>", "")  # the suffix alone says HTML
    if source.endswith("in parts"):
        monkeypatch.setattr(inputs, "PART_BYTES", 64)  # reads of 64 bytes after the 8 KB head
    path = tmp_path / ("page.html" if html_suffix else "doc.txt")
    data = _encoded(text, codec)
    args = [str(path)]
    if source == "file in a directory":
        args = [str(tmp_path)]
    elif source.startswith("stdin"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        monkeypatch.setattr(inputs, "stdin_is_piped", lambda: True)
        args = [] if source == "stdin with no PATH" else ["-"]
    elif source == "csv table":
        path = tmp_path / "articles.csv"
        data = _encoded('id,text\na1,"' + text.replace('"', '""') + '"\n', codec)
        args = [str(path), "--id-column", "id"]
    path.write_bytes(data)
    got, out, err = run(capsys, "extract", "-j", "1", "--ref-date", REF, *args)
    assert got == code, err
    assert note in err
    if code:
        assert surfaces(out) == []
        return
    rows = table(out)
    assert list(rows["surface"]) == EXPECTED
    if source != "csv table":  # offsets refer to the document's text, read whole
        whole = markup.html_to_text(text) if text.startswith("<") or html_suffix else text
        for start, end, surface in zip(rows["start"], rows["end"], rows["surface"]):
            assert whole[int(start) : int(end)] == surface
    assert "Zürich" in rows["context"][0] and "<" not in rows["context"][0]


def test_a_binary_cell_or_non_text_cell_is_a_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [{"text": GOOD}, {"text": "About 40 people\u0000 came."}, {"text": 1234}, {"text": "About 40 people came."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", "-j", "1", "--ref-date", REF, str(tmp_path / "a.jsonl"))
    assert code == 1
    assert surfaces(out) == ["More than 1,200 people", "About 40 people"]
    assert f"{tmp_path / 'a.jsonl'} line 2: skipped, binary data, not text in column 'text'" in err
    assert f"{tmp_path / 'a.jsonl'} line 3: skipped, a int, not text in column 'text'" in err
    assert list(table(out)["doc_id"]) == ["0", "3"]  # row numbers count the bad rows


# --- tables -----------------------------------------------------------------------

BAD_TABLES = [
    ("csv: a record with too many fields", "a.csv", 'id,text\n1,"More than 1,200 people crossed."\n2,x,y\n3,"About 40 people came."\n',
     ["line 3: skipped, 3 fields where the header has 2"]),
    ("csv: a record with too few fields", "a.csv", 'id,text\n1,"More than 1,200 people crossed."\n2\n3,"About 40 people came."\n',
     ["line 3: skipped, 1 fields where the header has 2"]),
    ("csv: a bad record over several lines", "a.csv",
     'id,text\n1,"More than 1,200 people crossed."\n2,"two\nlines",z\n3,"About 40 people came."\n',
     ["lines 3-4: skipped, 3 fields where the header has 2"]),
    ("jsonl: a line that is not JSON", "a.jsonl",
     '{"id": 1, "text": "More than 1,200 people crossed."}\n{"id": 2, "text": \n{"id": 3, "text": "About 40 people came."}\n',
     ["line 2: skipped, not JSON"]),
    ("jsonl: a line that is no object", "a.jsonl",
     '{"id": 1, "text": "More than 1,200 people crossed."}\n[1, 2]\n\n{"id": 3, "text": "About 40 people came."}\n',
     ["line 2: skipped, a JSON list, not an object"]),
]


@pytest.mark.parametrize("name, content, notes", [b[1:] for b in BAD_TABLES], ids=[b[0] for b in BAD_TABLES])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_row_is_skipped_with_its_line_and_the_rest_is_done(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, notes: list[str], jobs: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "extract", "-j", jobs, "--ref-date", REF, str(tmp_path / name), "--id-column", "id")
    assert code == 1
    assert surfaces(out) == ["More than 1,200 people", "About 40 people"]
    assert list(table(out)["doc_id"]) == ["1", "3"]
    for note in notes:
        assert f"figures: {tmp_path / name} {note}" in err.splitlines()[0]
    assert err.splitlines()[-1] == "figures: 2 documents read, 0 skipped, 1 table rows skipped, 2 rows written"


def test_a_legacy_csv_is_decoded_like_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes('text\n"Prices rose 8% in Zürich, to €5."\n'.encode("cp1252"))
    code, out, err = run(capsys, "extract", "--ref-date", REF, str(path))
    assert code == 0
    assert err.splitlines()[0] == f"figures: {path}: not UTF-8, read as Windows-1252"
    assert surfaces(out) == ["8%", "€5"] and "Zürich" in table(out)["context"][0]


DATED = pd.DataFrame(
    {
        "published": ["2025-05-02", "01/06/2025", "", "June 1, 2025", "soon"],
        "body": [
            "About 40 people fled last month.",
            "About 50 people fled last month.",
            "LONDON, March 3, 2024 (Reuters) - About 60 people fled last month.",
            "About 70 people fled last month.",
            "About 80 people fled last month.",
        ],
    }
)


@pytest.mark.parametrize("ref", [[], ["--ref-date", REF]], ids=["no ref-date", "ref-date"])
def test_an_unreadable_date_cell_is_reported_once_and_its_rows_get_no_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ref: list[str]
) -> None:
    path = tmp_path / "a.csv"
    DATED.to_csv(path, index=False)
    code, out, err = run(capsys, "extract", "-j", "1", str(path), "--text-column", "body",
                         "--date-column", "published", *ref)
    assert code == 0
    notes = [line for line in err.splitlines() if "no readable date" in line]
    assert notes == [
        f"figures: {path}: 3 rows with no readable date in column 'published' (first: line 3: '01/06/2025'); "
        "they take --ref-date, else their dateline, else no date"
    ]
    fallback = "2025-05-01" if ref else ""  # never today's
    dated_by_dateline = "2025-05-01" if ref else "2024-02-01"
    assert list(table(out)["date"]) == ["2025-04-01", fallback, dated_by_dateline, "2025-05-01", fallback]


def test_a_dateline_dates_an_article_when_no_other_date_is_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "WASHINGTON, Sept. 4, 2015 (Reuters) - About 40 people fled last month."
    pd.DataFrame({"text": [body]}).to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "a.txt").write_text("Floods\n\n" + body, encoding="utf-8")
    code, out, _ = run(capsys, "extract", "-j", "1", str(tmp_path / "a.csv"), str(tmp_path / "a.txt"))
    assert code == 0 and list(table(out)["date"]) == ["2015-08-01", "2015-08-01"]
    code, out, _ = run(capsys, "extract", "-j", "1", "--ref-date", REF, str(tmp_path / "a.txt"))
    assert list(table(out)["date"]) == ["2025-05-01"]  # a date given wins


def test_extract_frame_reads_datelines_and_never_dates_by_today() -> None:
    frame = pd.DataFrame({"body": ["September 4, 2015\nAbout 40 people fled last month.",
                                   "About 50 people fled last month."],
                          "published": [None, "not a date"]})
    by_column = figures.extract_frame(frame, text="body", ref_date="published")
    assert list(by_column["date"].fillna("")) == ["2015-08-01", ""]
    by_none = figures.extract_frame(frame, text="body")
    assert by_none["date"][0] == "2015-08-01"


# --- the rest of the table ----------------------------------------------------------


def test_strict_stops_at_the_first_bad_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "facts.csv"
    code, _, err = run(capsys, "extract", "--strict", "-j", "1", "--ref-date", REF, str(tmp_path), "-o", str(out))
    assert code == 1
    assert err.splitlines()[-1] == (
        f"figures: stopped (--strict): {tmp_path / 'b.txt'}: skipped, a binary file, not text; nothing written to {out}"
    )
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_strict_on_stdout_says_what_was_written(tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.csv").write_text('text\n"About 40 people came."\nx,y\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", "--strict", "-j", jobs, "--ref-date", REF, str(tmp_path / "a.txt"),
                         str(tmp_path / "b.csv"))
    assert code == 1
    assert surfaces(out) == ["More than 1,200 people"]
    assert err.splitlines()[-1].endswith("; 1 rows written to stdout before it")
    assert "line 3: skipped, 2 fields where the header has 1" in err


def test_without_strict_every_readable_document_is_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text("About 40 people came.", encoding="utf-8")
    code, out, err = run(capsys, "extract", "-j", "1", "--ref-date", REF, str(tmp_path))
    assert code == 1
    assert surfaces(out) == ["More than 1,200 people", "About 40 people"]
    assert err.splitlines()[-1] == f"figures: 2 documents read, 1 skipped ({tmp_path / 'b.txt'}), 2 rows written"


def test_empty_file_gives_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "extract", "--ref-date", REF, str(tmp_path / "empty.txt"))
    assert (code, err) == (0, "") and surfaces(out) == []


def test_a_long_line_gives_bounded_contexts_and_output_linear_in_its_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sizes = []
    for n in (200, 400):
        (tmp_path / "line.txt").write_text("about 40 people and " * n, encoding="utf-8")
        code, out, _ = run(capsys, "extract", "--ref-date", REF, str(tmp_path / "line.txt"))
        rows = table(out)
        assert code == 0 and len(rows) == n
        assert rows["context"].str.len().max() <= 2 * 250 + 20
        sizes.append(len(out))
    assert sizes[1] < 2.1 * sizes[0]


def test_large_file_in_parts_gives_the_rows_of_one_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = "Officials said more than 1,200 people fled. About 40 km away, 3 homes burned.\n\n"
    text = paragraph * 400
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    code, whole, _ = run(capsys, "extract", "-j", "1", "--ref-date", REF, str(tmp_path / "big.txt"))
    monkeypatch.setattr(inputs, "PART_BYTES", 1000)  # now the file is done in parts
    code2, parts, _ = run(capsys, "extract", "-j", "2", "--ref-date", REF, str(tmp_path / "big.txt"))
    assert code == code2 == 0
    assert parts == whole
    rows = pd.read_csv(io.StringIO(parts))
    for start, end, surface in zip(rows["start"], rows["end"], rows["surface"]):
        assert text[start:end] == surface
    assert rows["sentence"].max() == 799


def test_a_large_file_counts_as_one_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "PART_BYTES", 1000)
    (tmp_path / "big.txt").write_bytes(("Prices in Zürich rose 8%.\n" * 2000).encode("cp1252"))
    code, _, err = run(capsys, "extract", "-j", "1", "--ref-date", REF, str(tmp_path / "big.txt"))
    assert code == 0
    assert err.splitlines() == [f"figures: {tmp_path / 'big.txt'}: not UTF-8, read as Windows-1252",
                                "figures: 1 documents read, 0 skipped, 2000 rows written"]


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: figures.extract(None), TypeError),
        (lambda: figures.extract(b"5 people"), TypeError),
        (lambda: figures.extract(5), TypeError),
        (lambda: figures.extract("5 people", ref_date="yesterday"), ValueError),
        (lambda: figures.extract("5 people", ref_date=20250601), TypeError),
    ],
    ids=["None", "bytes", "int", "bad date string", "date as int"],
)
def test_api_refuses_wrong_arguments(call, error) -> None:
    with pytest.raises(error) as info:
        call()
    assert "must be" in str(info.value)


# (text, [(surface, value)]): number formats, each decision stated in the README
FORMATS = [
    ("thousands with commas", "It cost 1,200 dollars.", [("1,200 dollars", 1200.0)]),
    ("no-break space group", "It cost 1\u00a0200 euros.", [("1\u00a0200 euros", 1200.0)]),
    ("thin space group", "It cost 1\u202f200 euros.", [("1\u202f200 euros", 1200.0)]),
    ("plain space is two numbers", "Buy 3 200-page books.", [("3", 3.0), ("200-page", 200.0)]),
    ("unicode minus", "It was −5 degrees Celsius.", [("−5 degrees Celsius", -5.0)]),
    ("vulgar fraction", "About ½ of voters agreed.", [("About ½", 0.5)]),
    ("mixed fraction", "It grew 1½ times.", [("1½ times", 1.5)]),
    ("slash fraction", "Some 3/4 of voters agreed.", [("Some 3/4", 0.75)]),
    ("word fraction", "Two-thirds of voters agreed.", [("Two-thirds", 2 / 3)]),
    ("slash date is no fraction", "Since 9/11 and 24/7.", []),
    ("european grouping", "He paid 10.000.000 lira.", [("10.000.000 lira", 1e7)]),
    ("european decimal after groups", "A bill of 1.234,56 euros.", [("1.234,56 euros", 1234.56)]),
    ("one dot is a decimal point", "It is 1.234 km long.", [("1.234 km", 1.234)]),
    ("a list is no number", "Steps 1,2,3 follow.", []),
    ("a run of digits is no amount", "Code 1234567890123456789012345 here.", []),
]


@pytest.mark.parametrize("text, expected", [f[1:] for f in FORMATS], ids=[f[0] for f in FORMATS])
def test_number_formats(text: str, expected: list[tuple[str, float]]) -> None:
    rows = figures.find(text, ref_date=REF)
    assert [(r.surface, pytest.approx(r.value)) for r in rows] == expected


# --- the README's table, line by line -------------------------------------------------

# The first words of each line of the README's "Input and errors" table -> the tests
# (in this module unless named with their module) that hold it.
README_LINES = {
    "UTF-8 text": ["test_every_source_is_read_the_same_way"],
    "UTF-16 or UTF-32": ["test_every_source_is_read_the_same_way", "test_inputs.py::test_decoding"],
    "text not in UTF-8": ["test_every_source_is_read_the_same_way", "test_a_legacy_csv_is_decoded_like_text"],
    "a binary file": ["test_every_source_is_read_the_same_way", "test_a_binary_cell_or_non_text_cell_is_a_bad_row"],
    "HTML": ["test_every_source_is_read_the_same_way", "test_inputs.py::test_html_fed_in_parts_gives_the_same_text"],
    "a large file": ["test_large_file_in_parts_gives_the_rows_of_one_document", "test_a_large_file_counts_as_one_document"],
    "a long sentence": ["test_a_long_line_gives_bounded_contexts_and_output_linear_in_its_length"],
    "an empty file": ["test_empty_file_gives_no_rows"],
    "standard input piped": ["test_cli.py::test_piped_stdin_without_a_path_is_read"],
    "a table row that cannot be read": ["test_a_bad_row_is_skipped_with_its_line_and_the_rest_is_done",
                                        "test_a_binary_cell_or_non_text_cell_is_a_bad_row"],
    "a table date cell": ["test_an_unreadable_date_cell_is_reported_once_and_its_rows_get_no_date"],
    "an article that opens with a dateline": ["test_a_dateline_dates_an_article_when_no_other_date_is_given"],
    "a missing file": ["test_cli.py::test_bad_usage"],
    "`--strict`": ["test_strict_stops_at_the_first_bad_document", "test_strict_on_stdout_says_what_was_written"],
    "Ctrl-C": ["test_cli.py::test_ctrl_c_prints_one_line_exits_130_and_leaves_no_file"],
}


def test_every_line_of_the_readme_input_table_has_its_tests() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Input and errors") :]
    lines = re.findall(r"^\| (?!input |---)(.+?) \|", section.split("\n\n## ")[0], re.M)
    assert len(lines) == len(README_LINES)
    for line in lines:
        key = next((k for k in README_LINES if line.startswith(k)), None)
        assert key is not None, f"README line without tests: {line}"
        for test in README_LINES[key]:
            module, _, name = test.rpartition("::")
            source = (REPO / "tests" / (module or "test_bad_input.py")).read_text(encoding="utf-8")
            assert f"def {name}(" in source, test
