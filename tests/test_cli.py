"""The ``figures`` command end to end: in-process through ``main``, once as a process."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import figures
from conftest import run

REPO = Path(__file__).resolve().parent.parent
REF = "2025-06-01"  # every test pins the reference date; none depends on today
COLUMNS = [
    "doc_id", "sentence", "start", "end", "surface", "value", "low", "high",
    "change", "unit", "unit_surface", "dimension", "concept", "date", "context",
]  # fmt: skip

# Short documents, each stating at least one unmistakable quantity.
CROSSINGS = "More than 1,200 people crossed the border yesterday.\n"
EVACUATED = "The ministry said 6,500 students were evacuated yesterday.\n"


def read_table(csv: str) -> pd.DataFrame:
    """Read the CSV the command wrote, every cell as the string written."""
    return pd.read_csv(io.StringIO(csv), dtype=str, keep_default_na=False)


def check_table(csv: str) -> pd.DataFrame:
    """Check the CSV starts with the contract's columns, in order; return it read."""
    header = csv.splitlines()[0].split(",")
    assert header[: len(COLUMNS)] == COLUMNS
    return read_table(csv)


def doc_ids(frame: pd.DataFrame) -> list[str]:
    """The documents of a table, in order of first appearance."""
    return list(dict.fromkeys(frame["doc_id"]))


def test_default_runs_on_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", "--ref-date", REF)
    assert (code, err) == (0, "")
    frame = check_table(out)
    assert len(frame) > 0
    assert doc_ids(frame) == ["news_sample.txt"]
    text = (REPO / "data" / "news_sample.txt").read_text(encoding="utf-8")
    for start, end, surface in zip(frame["start"], frame["end"], frame["surface"]):
        assert text[int(start) : int(end)] == surface


def test_packaged_sample_is_the_repository_sample() -> None:
    packaged = Path(figures.__file__).parent / "sample" / "news_sample.txt"
    assert packaged.read_bytes() == (REPO / "data" / "news_sample.txt").read_bytes()


@pytest.mark.parametrize(
    ("layout", "expected_ids"),
    [
        ("file", ["b.txt"]),
        ("two files", ["b.txt", "a.txt"]),
        ("directory", ["a.txt", "b.txt"]),
        ("stdin", ["stdin"]),
        ("file and stdin", ["a.txt", "stdin"]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_paths(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    layout: str,
    expected_ids: list[str],
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "b.txt").write_text(EVACUATED, encoding="utf-8")
    (docs / "a.txt").write_text(CROSSINGS, encoding="utf-8")
    (docs / "notes.md").write_text(EVACUATED, encoding="utf-8")  # not .txt: skipped
    (docs / "sub.txt").mkdir()  # a directory, even if named .txt: skipped
    monkeypatch.setattr(sys, "stdin", io.StringIO(EVACUATED))
    paths = {
        "file": [docs / "b.txt"],
        "two files": [docs / "b.txt", docs / "a.txt"],
        "directory": [docs],
        "stdin": ["-"],
        "file and stdin": [docs / "a.txt", "-"],
    }[layout]
    code, out, err = run(capsys, "extract", "--ref-date", REF, *map(str, paths))
    assert (code, err) == (0, "")
    frame = check_table(out)
    assert doc_ids(frame) == expected_ids
    texts = {"a.txt": CROSSINGS, "b.txt": EVACUATED, "stdin": EVACUATED}
    for row in frame.itertuples():
        assert texts[row.doc_id][int(row.start) : int(row.end)] == row.surface


def test_no_documents_gives_the_header(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "extract", "--ref-date", REF, str(tmp_path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [",".join(figures.extract("").columns)]
    check_table(out)


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(CROSSINGS, encoding="utf-8")
    target = tmp_path / "out.csv"
    target.write_text("old contents\n", encoding="utf-8")  # replaced, not appended to
    code, out, err = run(
        capsys, "extract", "--ref-date", REF, str(source), "-o", str(target)
    )
    assert (code, out, err) == (0, "", "")
    frame = check_table(target.read_text(encoding="utf-8"))
    assert doc_ids(frame) == ["a.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.csv"]


@pytest.mark.parametrize(
    ("name", "text", "args", "expected"),
    [
        ("a.txt", EVACUATED, ["--ref-date", "2025-06-01"], "2025-05-31"),
        ("a.txt", EVACUATED, ["--ref-date", "2024-03-01"], "2024-02-29"),
        ("2023-01-10-report.txt", EVACUATED, [], "2023-01-09"),
        ("a.txt", "Published 2023-01-10\n\n" + EVACUATED, [], "2023-01-09"),
        ("2023-01-10.txt", EVACUATED, ["--ref-date", "2025-06-01"], "2025-05-31"),
    ],
    ids=["ref-date", "leap-day", "date-in-name", "date-in-head", "ref-date-wins"],
)
def test_reference_date(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    text: str,
    args: list[str],
    expected: str,
) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "extract", *args, str(source))
    assert (code, err) == (0, "")
    frame = check_table(out)
    rows = frame[frame["surface"].str.contains("6,500")]
    assert list(rows["date"]) == [expected]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"figures {figures.__version__}\n", "")


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"]], ids=" ".join)
def test_help(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "")
    assert out.startswith("usage: figures")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "required: COMMAND"),
        (["--bogus", "extract"], "--bogus"),
        (["nosuchcommand"], "nosuchcommand"),
        (["extract", "--bogus"], "--bogus"),
        (["extract", "--ref-date", "2025-13-01"], "2025-13-01"),
        (["extract", "--ref-date", "June 1"], "June 1"),
        (["extract", "--ref-date", "20250601"], "20250601"),
        (["extract", "--ref-date"], "--ref-date"),
        (["extract", "--ref-date", REF, "no/such/file.txt"], "no/such/file.txt"),
        (["extract", "--ref-date", REF, "-o", "no/such/dir/out.csv"], "no/such/dir"),
        (["extract", "--ref-date", REF, "-o", "out.xlsx"], ".xlsx"),
        (["extract", "--jobs", "0"], "'0'"),
        (["extract", "-j", "two"], "'two'"),
        (["evaluate"], "GOLD"),
        (["evaluate", "no/such/gold.json"], "no/such/gold.json"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_bad_usage(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith("figures: error: ")
    assert err.count("\n") == 1 and err.endswith("\n")
    assert message in err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_not_utf8_is_read_as_cp1252(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("Prices rose 8% in Zürich, to €5.".encode("cp1252"))
    code, out, err = run(capsys, "extract", "--ref-date", REF, str(source))
    assert code == 0
    assert err == (
        f"figures: {source}: not UTF-8, read as Windows-1252\n"
        "figures: 1 documents read, 0 skipped, 2 rows written\n"
    )
    frame = check_table(out)
    assert list(frame["surface"]) == ["8%", "€5"]
    assert "Zürich" in frame["context"][0]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_binary_file_is_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path, jobs: str) -> None:
    (tmp_path / "a.txt").write_text(CROSSINGS, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02 5 people")
    (tmp_path / "c.txt").write_text(EVACUATED, encoding="utf-8")
    code, out, err = run(capsys, "extract", "-j", jobs, "--ref-date", REF, str(tmp_path))
    assert code == 1
    assert err == (
        f"figures: {tmp_path / 'b.txt'}: skipped, a binary file, not text\n"
        f"figures: 2 documents read, 1 skipped ({tmp_path / 'b.txt'}), 2 rows written\n"
    )
    assert doc_ids(check_table(out)) == ["a.txt", "c.txt"]


def test_jobs_give_the_same_rows(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for n in range(9):
        (tmp_path / f"{n}.txt").write_text(CROSSINGS * (n + 1) + EVACUATED, encoding="utf-8")
    outs = [run(capsys, "extract", "-j", jobs, "--ref-date", REF, str(tmp_path)) for jobs in "123"]
    assert outs[0][0] == 0 and outs[0][1].count("\n") > 9
    assert outs[0] == outs[1] == outs[2]


def test_installed_command(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(CROSSINGS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "figures", "extract", "--ref-date", REF, str(source)],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # the installed package, not the checkout, is imported
        timeout=300,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    frame = check_table(done.stdout)
    assert doc_ids(frame) == ["a.txt"]


def _command(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """``python -m figures ARGS`` as a process, from a directory that is not the checkout."""
    return subprocess.run([sys.executable, "-m", "figures", *args], capture_output=True, text=True,
                          timeout=300, check=False, **kwargs)  # type: ignore[call-overload]


def test_piped_stdin_without_a_path_is_read(tmp_path: Path) -> None:
    done = _command("extract", "--ref-date", REF, input=CROSSINGS, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert doc_ids(check_table(done.stdout)) == ["stdin"]
    empty = _command("extract", "--ref-date", REF, input="", cwd=tmp_path)
    assert empty.returncode == 0 and empty.stdout.count("\n") == 1  # the header only
    assert "read standard input (piped, and no PATH given): no figures in it" in empty.stderr
    terminal_like = _command("extract", "--ref-date", REF, stdin=subprocess.DEVNULL, cwd=tmp_path)
    assert doc_ids(check_table(terminal_like.stdout)) == ["news_sample.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_prints_one_line_exits_130_and_leaves_no_file(tmp_path: Path, jobs: str) -> None:
    import os
    import signal
    import time

    docs = tmp_path / "docs"
    docs.mkdir()
    sample = (REPO / "data" / "news_sample.txt").read_text(encoding="utf-8")
    for n in range(400):  # far more than can be done before the signal
        (docs / f"{n:03d}.txt").write_text(sample, encoding="utf-8")
    out = tmp_path / "facts.csv"
    process = subprocess.Popen(
        [sys.executable, "-m", "figures", "extract", "-j", jobs, "--ref-date", REF, str(docs), "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not any(p.name.startswith(".facts.csv.") for p in tmp_path.iterdir()):  # writing has begun
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)
    time.sleep(1.0)  # workers busy
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert err == f"figures: interrupted; nothing written to {out}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]  # no output, no temporary file


@pytest.mark.parametrize(
    "args",
    [["-o", "out.xlsx"], ["-o", "out.txt"], ["-o", "out.csv.gz"], ["-o", "."]],
    ids=["xlsx", "txt", "gz", "a directory"],
)
def test_an_output_the_command_cannot_write_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "extract", "--ref-date", REF, *args)
    assert (code, out) == (2, "") and err.startswith("figures: error: ") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_an_output_without_suffix_is_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "extract", "--ref-date", REF, "-o", str(tmp_path / "facts"))[0] == 0
    check_table((tmp_path / "facts").read_text(encoding="utf-8"))


def test_a_directory_gives_doc_ids_relative_to_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in ["2025/a.txt", "2024/a.txt", "B.TXT", "page.html", ".hidden/c.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(CROSSINGS, encoding="utf-8")
    (tmp_path / "2024" / "u16.txt").write_bytes(EVACUATED.encode("utf-16"))  # text, not binary
    code, out, err = run(capsys, "extract", "--ref-date", REF, str(tmp_path))
    assert (code, err) == (0, "")
    assert doc_ids(check_table(out)) == ["B.TXT"]  # *.txt, whatever the case; not recursive
    code, out, err = run(capsys, "extract", "--ref-date", REF, "--glob", "**/*.txt", str(tmp_path))
    assert (code, err) == (0, "")
    assert doc_ids(check_table(out)) == ["2024/a.txt", "2024/u16.txt", "2025/a.txt", "B.TXT"]
    code, out, _ = run(capsys, "extract", "--ref-date", REF, "--glob", "**/*", str(tmp_path))
    assert doc_ids(check_table(out)) == ["2024/a.txt", "2024/u16.txt", "2025/a.txt", "B.TXT", "page.html"]
