"""figures as a spaCy component: a blank pipeline, spans per row, nlp.pipe in one and two processes."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

import figures
from conftest import REF

spacy = pytest.importorskip("spacy")

TEXTS = [
    "More than 1,200 people a day crossed the border, 5 miles from the coast.",
    "Gusts reached 120km/h and fees of 5%/6% apply.",
    "It was 90 degrees Fahrenheit; about 40 students sat the exam.",
    "No numbers here.",
]


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - spaCy's Language
    pipeline = spacy.blank("en")
    pipeline.add_pipe("figures", config={"ref_date": REF})
    return pipeline


def check(doc, text: str) -> None:  # noqa: ANN001 - a spaCy Doc
    """The spans of ``doc`` are the rows of ``text``, in order, each its surface and dimension."""
    rows = figures.find(text, ref_date=REF)
    spans = list(doc.spans["figures"])
    assert [s.text for s in spans] == [r.surface for r in rows]
    assert [s.label_ for s in spans] == [r.dimension for r in rows]
    assert [s.start_char for s in spans] == sorted(s.start_char for s in spans)
    for span, row in zip(spans, rows):
        figure = span._.figure
        assert isinstance(figure, figures.Figure)
        assert (figure.surface, figure.value, figure.unit, figure.si_unit) == (row.surface, row.value, row.unit, row.si_unit)
        assert figure.si_value == row.si_value or math.isnan(figure.si_value) and math.isnan(row.si_value)


@pytest.mark.parametrize("text", TEXTS, ids=["rate-and-length", "glued-units", "temperature-and-count", "none"])
def test_spans_are_the_rows(nlp, text: str) -> None:  # noqa: ANN001
    check(nlp(text), text)


def test_a_token_split_where_a_quantity_ends_inside_it(nlp) -> None:  # noqa: ANN001
    doc = nlp(TEXTS[1])
    assert "5%/6%" not in [t.text for t in doc]  # the blank tokenizer reads "5%/6%" as one token
    assert doc.text == TEXTS[1]


def test_other_spans_have_no_figure(nlp) -> None:  # noqa: ANN001
    doc = nlp(TEXTS[0])
    assert doc[0:2]._.figure is None


@pytest.mark.parametrize("processes", [1, 2], ids=["one-process", "two-processes"])
def test_pipe(nlp, processes: int) -> None:  # noqa: ANN001
    docs = list(nlp.pipe(TEXTS * 2, n_process=processes, batch_size=2))
    assert len(docs) == len(TEXTS) * 2
    for doc, text in zip(docs, TEXTS * 2):
        check(doc, text)


def test_a_bad_reference_date_fails_at_once() -> None:
    with pytest.raises(ValueError, match="ref_date"):
        spacy.blank("en").add_pipe("figures", config={"ref_date": "yesterday"})


def test_found_by_name_without_importing_figures() -> None:
    """The spacy_factories entry point: a fresh interpreter that never imports figures itself."""
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('figures'); doc = nlp('They walked 5 miles.'); "
        "[span] = doc.spans['figures']; assert (span.text, span.label_, span._.figure.si_unit) == ('5 miles', 'length', 'm')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd="/")
    assert done.returncode == 0, done.stderr
