"""figures as a spaCy pipeline component: ``nlp.add_pipe("figures")``.

The ``spacy_factories`` entry point (``pip install 'news-figures[spacy]'``)
registers the factory, so a pipeline finds it without importing figures.
The component reads the document's text, needs no trained model, and
writes ``doc.spans["figures"]``: one span per row of the table, in text order,
labelled with the row's ``dimension``; ``span._.figure`` is the row's
:class:`figures.Figure`.  Where a row starts or ends inside a token ("5km"
is one token for some tokenizers), the token is split so that the span's
text is the row's ``surface``.
"""

# No ``from __future__ import annotations``: spaCy validates the factory's
# settings against its annotations, which must be real types.

import dataclasses
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from figures import pipeline
from figures.records import Figure

SPANS_KEY = "figures"  # doc.spans[SPANS_KEY]
_ROW = "figures.row"  # doc.user_data[(_ROW, start, end)]: a row's fields, which Doc.to_bytes keeps


@Language.factory("figures", default_config={"ref_date": None})
def make_figures(nlp: Language, name: str, ref_date: Optional[str]) -> "FiguresComponent":  # noqa: UP045
    """The figures component; ``ref_date`` ("YYYY-MM-DD", default today) resolves "last month"."""
    return FiguresComponent(ref_date)


class FiguresComponent:
    """Finds the quantities of a Doc's text and marks them as spans."""

    def __init__(self, ref_date: Optional[str] = None) -> None:  # noqa: UP045
        if ref_date is not None:
            pipeline.reference_date(ref_date)  # a bad date fails now, not on the first document
        self.ref_date = ref_date
        if not Span.has_extension("figure"):
            Span.set_extension("figure", getter=figure_of)

    def __call__(self, doc: Doc) -> Doc:
        found = pipeline.find(doc.text, ref_date=self.ref_date)
        _split_tokens(doc, {edge for f in found for edge in (f.start, f.end)})
        spans = []
        for row in found:
            span = doc.char_span(row.start, row.end, label=row.dimension)
            if span is None:  # cannot happen once tokens are split; a row is never lost for it
                span = doc.char_span(row.start, row.end, label=row.dimension, alignment_mode="expand")
            doc.user_data[(_ROW, span.start_char, span.end_char)] = dataclasses.astuple(row)
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


def figure_of(span: Span) -> Optional[Figure]:  # noqa: UP045
    """The row the figures component made ``span`` from; None for any other span."""
    fields = span.doc.user_data.get((_ROW, span.start_char, span.end_char))
    return None if fields is None else Figure(*fields)


def _split_tokens(doc: Doc, edges: set[int]) -> None:
    """Split every token that one of the character offsets ``edges`` falls inside."""
    cuts = []
    for token in doc:
        inside = sorted(e for e in edges if token.idx < e < token.idx + len(token))
        if inside:
            cuts.append((token, [token.idx, *inside, token.idx + len(token)]))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for token, bounds in cuts:
            pieces = [doc.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
