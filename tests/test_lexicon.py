"""The lexicons in figures/data: self-describing, well-formed, no duplicate keys."""

from __future__ import annotations

import pytest

from figures import lexicon

FILES = sorted(p.name for p in lexicon.data_path().glob("*.tsv"))
# the number of tab-separated fields each file's header documents
FIELDS = {
    "abbreviations.tsv": 1, "adjectives.tsv": 1, "bounds.tsv": 3, "currency_words.tsv": 3,
    "changes.tsv": 3, "score_words.tsv": 1, "identifiers.tsv": 1, "number_words.tsv": 3, "iso4217.tsv": 5,
    "prefixes.tsv": 2, "scales.tsv": 2, "stopwords.tsv": 1, "cue_words.tsv": 2,
    "time_words.tsv": 2, "unit_words.tsv": 3, "vague.tsv": 3, "verbs.tsv": 1,
    "ambiguous_units.tsv": 4, "unit_families.tsv": 3, "unit_renames.tsv": 2,
    "date_cues.tsv": 2, "reporting_forms.tsv": 1, "line_continues.tsv": 1, "time_zones.tsv": 1, "year_nouns.tsv": 1, "level_nouns.tsv": 1,
    "function_words.tsv": 2, "reporting_verbs.tsv": 1, "measure_verbs.tsv": 1,
    "measure_nouns.tsv": 1,
}
FIELDS |= {"si_names.tsv": 3, "si_none.tsv": 3, "si_units.tsv": 2}  # figures/si.py
# files whose key is more than the first field: one spelling has several readings
# ("C" in ambiguous_units.tsv), one word several roles ("more" in bounds.tsv)
KEY_FIELDS = {"ambiguous_units.tsv": 4, "bounds.tsv": 2, "si_none.tsv": 2}


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
        keys.append("\t".join(fields[: KEY_FIELDS.get(name, 1)]))
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, duplicates


def test_values_parse() -> None:
    assert lexicon.scales()["billion"] == 1e9
    assert lexicon.vague_amounts()["tens of thousands"] == (10000.0, 100000.0)
    assert all(change in ("~", ">", ">=", "<", "<=", "=") for change, _ in lexicon.bounds().values())
    assert set(lexicon.directions().values()) == {"up", "down"}
    assert {part for _, part, _ in lexicon.rows("changes.tsv")} == {"verb", "by-verb", "noun", "both"}


def test_quantulum_data_is_read_without_its_loader() -> None:
    units, entities = lexicon.quantulum_data()
    assert units["dollar"]["entity"] == "currency" and "length" in entities
