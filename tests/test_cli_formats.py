"""figures extract on tables of articles (.csv, .jsonl, .parquet), its output
formats, and figures summary."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from figures.cli import main
from figures.table import COLUMNS

REF = "2025-06-01"
ARTICLES = pd.DataFrame(
    {
        "id": ["a1", "a2", "a3"],
        "url": ["https://e.org/1", "https://e.org/2", "https://e.org/3"],
        "published": ["2025-06-01", "2025-01-10", "2025-03-03"],
        "body": [
            "More than 1,200 people fled last month.",
            "",
            "Prices rose 8% last month, to $5.",
        ],
    }
)


def write(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"articles{suffix}"
    if suffix == ".csv":
        ARTICLES.to_csv(path, index=False)
    elif suffix == ".jsonl":
        ARTICLES.to_json(path, orient="records", lines=True)
    else:
        ARTICLES.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_table_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    source = write(tmp_path, suffix)
    code = main([
        "extract", str(source), "--text-column", "body", "--id-column", "id",
        "--keep", "url,published", "--date-column", "published",
    ])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    table = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert list(table.columns) == ["url", "published", *COLUMNS]
    assert list(table["doc_id"]) == ["a1", "a3", "a3"]
    assert list(table["url"]) == ["https://e.org/1", "https://e.org/3", "https://e.org/3"]
    assert list(table["date"]) == ["2025-05-01", "2025-02-01", "2025-02-01"]  # per article


def test_table_input_doc_id_defaults_to_row_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", "--ref-date", REF, "--text-column", "body", str(write(tmp_path, ".csv"))])
    table = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    assert code == 0 and list(table["doc_id"]) == ["0", "2", "2"]


def test_missing_column_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(write(tmp_path, ".csv"))])  # no column "text"
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith("figures: error: articles.csv has no column 'text'") and err.count("\n") == 1


@pytest.mark.parametrize("how", [["-o", "{dir}/out.jsonl"], ["-o", "{dir}/out.txt", "--format", "jsonl"]])
def test_jsonl_output(tmp_path: Path, capsys: pytest.CaptureFixture[str], how: list[str]) -> None:
    args = [a.format(dir=tmp_path) for a in how]
    assert main(["extract", "--ref-date", REF, *args]) == 0
    lines = Path(args[1]).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) > 5 and list(rows[0]) == list(COLUMNS)
    assert rows[0]["doc_id"] == "news_sample.txt"


def test_jsonl_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--ref-date", REF, "--format", "jsonl"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["surface"] == "thousands of migrants" and first["low"] == 1000


def test_parquet_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "facts.parquet"
    assert main(["extract", "--ref-date", REF, "-o", str(out)]) == 0
    table = pd.read_parquet(out)
    assert list(table.columns) == list(COLUMNS) and len(table) > 5
    assert table["value"].dtype == "float64"


def test_parquet_to_stdout_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "parquet"]) == 2
    assert "Parquet is binary" in capsys.readouterr().err


def test_empty_parquet_keeps_the_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out)]) == 0
    assert list(pd.read_parquet(out).columns) == list(COLUMNS)


def test_progress_bar_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("About 40 people came.", encoding="utf-8")
    assert main(["extract", "--ref-date", REF, "--progress", "-j", "1", str(tmp_path)]) == 0
    assert "doc" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    table = tmp_path / f"facts{suffix}"
    assert main(["extract", "--ref-date", REF, "-o", str(table)]) == 0
    capsys.readouterr()
    assert main(["summary", str(table)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("18 rows, 1 documents")
    assert "dimension" in out and "count" in out
    assert "people" in out and "median" in out


def test_summary_of_a_foreign_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["summary", str(path)]) == 2
    assert "not a figures table" in capsys.readouterr().err
