"""figures.extract_frame, the .figures accessor, and the same call on Dask."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import figures
from figures.table import COLUMNS

REF = "2025-06-01"


@pytest.fixture
def articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "url": ["u1", "u2", "u3", "u4"],
            "published": pd.to_datetime(["2025-06-01", "2025-01-10", "2024-03-07", None]),
            "body": [
                "More than 1,200 people fled last month.",
                None,
                "Prices rose 8% last month, to $5.",
                "",
            ],
            "key": ["a", "b", "c", "d"],
        },
        index=[10, 11, 12, 13],
    )


def test_keep_columns_come_first_with_their_dtypes(articles: pd.DataFrame) -> None:
    out = figures.extract_frame(articles, text="body", keep=["url", "published"], ref_date=REF)
    assert list(out.columns) == ["url", "published", *COLUMNS]
    assert out["published"].dtype == articles["published"].dtype
    assert list(out["url"]) == ["u1", "u3", "u3"]
    assert list(out["surface"]) == ["More than 1,200 people", "8%", "$5"]


def test_doc_id_is_the_index_label_or_the_id_column(articles: pd.DataFrame) -> None:
    by_index = figures.extract_frame(articles, text="body")
    by_key = figures.extract_frame(articles, text="body", id="key")
    assert list(by_index["doc_id"]) == ["10", "12", "12"]
    assert list(by_key["doc_id"]) == ["a", "c", "c"]


def test_ref_date_per_row_from_a_column(articles: pd.DataFrame) -> None:
    out = figures.extract_frame(articles, text="body", ref_date="published")
    # "last month" seen from each article's own publication date
    assert list(out["date"]) == ["2025-05-01", "2024-02-01", "2024-02-01"]


@pytest.mark.parametrize("ref", [REF, dt.date(2025, 6, 1)])
def test_ref_date_for_all_rows(articles: pd.DataFrame, ref: object) -> None:
    out = figures.extract_frame(articles, text="body", ref_date=ref)
    assert list(out["date"]) == ["2025-05-01", "2025-05-01", "2025-05-01"]


def test_empty_and_missing_texts_give_no_rows() -> None:
    frame = pd.DataFrame({"text": [None, "", "   ", float("nan")]}, dtype=object)
    out = figures.extract_frame(frame)
    assert out.empty and list(out.columns) == list(COLUMNS)


def test_caller_frame_is_not_modified(articles: pd.DataFrame) -> None:
    before = articles.copy()
    figures.extract_frame(articles, text="body", keep=["url"], ref_date="published")
    articles["body"].figures.extract()
    pd.testing.assert_frame_equal(articles, before)


BAD_CALLS = [
    ("not a frame", lambda a: figures.extract_frame("text"), TypeError),
    ("no such text column", lambda a: figures.extract_frame(a, text="nope"), ValueError),
    ("no such keep column", lambda a: figures.extract_frame(a, text="body", keep=["nope"]), ValueError),
    ("no such id column", lambda a: figures.extract_frame(a, text="body", id="nope"), ValueError),
    ("text not strings", lambda a: figures.extract_frame(a, text="published"), TypeError),
    ("bad ref_date", lambda a: figures.extract_frame(a, text="body", ref_date="June 1"), ValueError),
    ("keep clashes", lambda a: figures.extract_frame(a.rename(columns={"url": "value"}), text="body", keep=["value"]), ValueError),
]


@pytest.mark.parametrize("call, error", [b[1:] for b in BAD_CALLS], ids=[b[0] for b in BAD_CALLS])
def test_wrong_arguments_raise_clearly(articles: pd.DataFrame, call, error) -> None:
    with pytest.raises(error):
        call(articles)


def test_accessor(articles: pd.DataFrame) -> None:
    out = articles["body"].figures.extract(ref_date=REF)
    assert list(out.columns) == list(COLUMNS)
    assert list(out["doc_id"]) == ["10", "12", "12"]
    dated = articles["body"].figures.extract(ref_date=articles["published"])
    assert list(dated["date"]) == ["2025-05-01", "2024-02-01", "2024-02-01"]


def test_accessor_refuses_a_non_text_series() -> None:
    with pytest.raises(AttributeError):
        pd.Series([1, 2, 3]).figures


def test_dask_on_a_local_cluster(articles: pd.DataFrame) -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    ddf = dd.from_pandas(pd.concat([articles] * 3, ignore_index=True), npartitions=3)
    lazy = figures.extract_frame(ddf, text="body", keep=["url", "published"], ref_date="published")
    assert type(lazy).__module__.startswith("dask")
    assert list(lazy.columns) == ["url", "published", *COLUMNS]
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster, distributed.Client(cluster):
        got = lazy.compute()
    want = figures.extract_frame(ddf.compute(), text="body", keep=["url", "published"], ref_date="published")
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))
    assert dict(lazy.dtypes) == dict(got.dtypes)  # meta matches what partitions return


@pytest.mark.parametrize(
    "imports",
    ["import figures\nimport pandas as pd", "import pandas as pd\nimport figures",
     "import figures\nfrom pandas import Series\nimport pandas as pd"],
    ids=["figures first", "pandas first", "pandas by a from-import"],
)
def test_the_accessor_is_there_in_either_import_order(imports: str) -> None:
    import subprocess
    import sys

    script = imports + "\nprint(list(pd.Series(['About 40 people came.']).figures.extract(ref_date='2025-06-01')['unit']))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, "['people']\n"), done.stderr


def test_import_figures_does_not_import_pandas() -> None:
    import subprocess
    import sys

    script = "import sys, figures; print(sorted(m for m in ('pandas', 'numpy', 'dateparser') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr
