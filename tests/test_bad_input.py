"""Bad input gets a clear answer and loses nothing: the command and the API."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

import figures
from conftest import run

REF = "2025-06-01"
GOOD = "More than 1,200 people crossed the border.\n"


def surfaces(csv: str) -> list[str]:
    return list(pd.read_csv(io.StringIO(csv), dtype=str, keep_default_na=False)["surface"])


def test_strict_stops_at_the_first_bad_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "facts.csv"
    code, _, err = run(capsys, "extract", "--strict", "-j", "1", "--ref-date", REF, str(tmp_path), "-o", str(out))
    assert code == 1
    assert err.splitlines()[-1].startswith("figures: stopped (--strict): ")
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_without_strict_every_readable_document_is_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text("About 40 people came.", encoding="utf-8")
    code, out, err = run(capsys, "extract", "-j", "1", "--ref-date", REF, str(tmp_path))
    assert code == 1
    assert surfaces(out) == ["More than 1,200 people", "About 40 people"]
    assert err.splitlines()[-1].startswith("figures: 2 documents read, 1 skipped (")


def test_empty_file_gives_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "extract", "--ref-date", REF, str(tmp_path / "empty.txt"))
    assert (code, err) == (0, "") and surfaces(out) == []


HTML = """<!DOCTYPE html><html><head><title>Floods</title>
<style>p { color: red }</style><script>var n = 99;</script></head>
<body><p>More than <b>1,200</b> people fled.</p><p>Aid of &euro;5 million was pledged.</p></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_html_is_read_as_its_text(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    (tmp_path / name).write_text(HTML, encoding="utf-8")
    code, out, err = run(capsys, "extract", "--ref-date", REF, str(tmp_path / name))
    assert (code, err) == (0, "")
    assert surfaces(out) == ["More than 1,200 people", "€5 million"]  # not the script's 99


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


def test_large_file_in_parts_gives_the_rows_of_one_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from figures import inputs

    paragraph = "Officials said more than 1,200 people fled. About 40 km away, 3 homes burned.\n\n"
    text = paragraph * 200
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    code, whole, _ = run(capsys, "extract", "-j", "1", "--ref-date", REF, str(tmp_path / "big.txt"))
    monkeypatch.setattr(inputs, "PART_BYTES", 1000)  # now the file is done in ~20 parts
    code2, parts, _ = run(capsys, "extract", "-j", "2", "--ref-date", REF, str(tmp_path / "big.txt"))
    assert code == code2 == 0
    assert parts == whole
    table = pd.read_csv(io.StringIO(parts))
    for start, end, surface in zip(table["start"], table["end"], table["surface"]):
        assert text[start:end] == surface
    assert table["sentence"].max() == 399
