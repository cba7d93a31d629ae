"""lemminflect is imported once, without pulling spaCy in."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_extracting_does_not_import_spacy() -> None:
    pytest.importorskip("spacy")  # only telling where spaCy is installed
    code = "import sys, figures; figures.find('Sales rose 8% to 5 million cars.'); print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"


def test_lemmas_are_read() -> None:
    from figures import lemmas

    assert lemmas.lemminflect().getAllLemmas("rose")["VERB"] == ("rise",)
