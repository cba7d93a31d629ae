"""The lexicons in figures/data: self-describing, well-formed, no duplicate keys."""

from __future__ import annotations

import pytest

from figures import lexicon

FILES = sorted(p.name for p in lexicon.data_path().glob("*.tsv"))
# the number of tab-separated fields each file's header documents
FIELDS = {
    "abbreviations.tsv": 1, "adjectives.tsv": 1, "line_continues.tsv": 1, "bounds.tsv": 3, "currencies.tsv": 2,
    "directions.tsv": 2, "identifiers.tsv": 1, "not_plural.tsv": 1, "number_words.tsv": 3,
    "plurals.tsv": 2, "prefixes.tsv": 2, "scales.tsv": 2, "stopwords.tsv": 1, "cue_words.tsv": 2,
    "time_words.tsv": 2, "units_extra.tsv": 3, "vague.tsv": 3, "verbs.tsv": 1,
}


def test_every_file_is_listed() -> None:
    assert set(FILES) == set(FIELDS)


@pytest.mark.parametrize("name", FILES)
def test_file_is_well_formed(name: str) -> None:
    text = (lexicon.data_path() / name).read_text(encoding="utf-8")
    assert text.startswith("#"), "a lexicon opens with a comment describing its fields"
    keys = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) == FIELDS[name], line
        assert all(f == f.strip() and f for f in fields), line
        keys.append(fields[0])
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, duplicates


def test_values_parse() -> None:
    assert lexicon.scales()["billion"] == 1e9
    assert lexicon.vague_amounts()["tens of thousands"] == (10000.0, 100000.0)
    assert all(change in ("~", ">", ">=", "<", "<=", "=") for change, _ in lexicon.bounds().values())
    assert set(lexicon.directions().values()) == {"up", "down"}


def test_quantulum_data_is_read_without_its_loader() -> None:
    units, entities = lexicon.quantulum_data()
    assert units["dollar"]["entity"] == "currency" and "length" in entities
