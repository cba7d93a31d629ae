"""figures evaluate: the project's own scorer, on small gold files of our own."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from figures import cli, evaluate


def gold_file(tmp_path: Path, items: list[dict]) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    return path


def q(value: str, unit: str, change: str = "=", concept: str = "-") -> dict:
    return {"value": value, "normalized_unit": unit, "change": change, "referred_concepts": concept}


# (name, gold items, expected F1 for value, value+unit, value+change, value+concept,
# value+concept_exact; None: not checked).  The rules are the shared NewsQuant scorer's.
CASES = [
    (
        "all right, the reporting clause is no concept",
        [{"text": "The ministry said more than 900 people fled the town.",
          "quantities": [q("900", "people", ">", "-")]}],
        (100.0, 100.0, 100.0, 100.0, 100.0),
    ),
    (
        "range matches a range",
        [{"text": "There are 2,000 to 3,000 students in the city.",
          "quantities": [q("2000-3000", "student", "=", "students, city")]}],
        (100.0, 100.0, 100.0, 100.0, 100.0),
    ),
    (
        "range does not match its midpoint",
        [{"text": "There are 2,000 to 3,000 students in the city.",
          "quantities": [q("2500", "student")]}],
        (0.0, 0.0, 0.0, 0.0, 0.0),
    ),
    (
        "wrong unit and change",
        [{"text": "Shares rose 8% on Monday.",
          "quantities": [q("8", "dollar", "=", "shares")]}],
        (100.0, 0.0, 0.0, 100.0, 100.0),
    ),
    (
        "gold > accepts >=",
        [{"text": "It has offices in at least 14 countries.",
          "quantities": [q("14", "country", ">")]}],
        (100.0, 100.0, 100.0, 100.0, 100.0),
    ),
    (
        "extra row lowers precision",
        [{"text": "The 3 trucks carried 40 tonnes.",
          "quantities": [q("40", "tonne")]}],
        (pytest.approx(2 / 3 * 100, abs=0.1), pytest.approx(2 / 3 * 100, abs=0.1), None, None, None),
    ),
    (
        "sentence without quantities",
        [{"text": "Nothing to count here.", "quantities": []},
         {"text": "About 500 kids ran home.", "quantities": [q("500", "kid", "~")]}],
        (100.0, 100.0, 100.0, 100.0, 100.0),  # no concept on either side: "-" matches "-"
    ),
    (
        "one shared word is a partial concept, not an exact one",
        [{"text": "Tesla shares rose 3%.", "quantities": [q("3", "percentage", "up", "Tesla stock")]}],
        (100.0, 100.0, 100.0, 100.0, 0.0),
    ),
    (
        "concept words in any order, commas and case ignored",
        [{"text": "Imports from Peru dropped 6%.", "quantities": [q("6", "percent", "down", "peru IMPORTS")]}],
        (100.0, 100.0, 100.0, 100.0, 100.0),
    ),
    (
        "unit aliases: metric ton is tonne",
        [{"text": "The ship carried 40 tonnes of grain.", "quantities": [q("40", "metric ton")]}],
        (100.0, 100.0, None, None, None),
    ),
    (
        "physical units exactly: a kilometre is no metre",
        [{"text": "The road is 12 km long.", "quantities": [q("12", "metre")]}],
        (100.0, 0.0, None, None, None),
    ),
    (
        "counted nouns by head word, singular",
        [{"text": "The club signed 3 young Brazilian strikers.", "quantities": [q("3", "striker")]}],
        (100.0, 100.0, None, None, None),
    ),
    (
        "counted false: a counted noun is no unit error",
        [{"text": "The club signed 3 strikers.",
          "quantities": [{"value": "3", "normalized_unit": "-", "counted": False}]}],
        (100.0, 100.0, None, None, None),  # change and concept are not annotated: not judged
    ),
    (
        "counted false still judges physical units",
        [{"text": "The road is 12 km long.",
          "quantities": [{"value": "12", "normalized_unit": "-", "counted": False}]}],
        (100.0, 0.0, None, None, None),
    ),
]


@pytest.mark.parametrize("items, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_f1(tmp_path: Path, items: list[dict], expected: tuple) -> None:
    score = evaluate.evaluate(gold_file(tmp_path, items))
    for metric, want in zip(evaluate.METRICS, expected):
        if want is not None:
            assert score.prf(metric)[2] == want, metric


VALUES = [
    ("12.5", 12.5),
    ("35000-37000", (35000.0, 37000.0)),
    ("3.0 - 4.0", (3.0, 4.0)),
    ("-5", -5.0),
    ("-50800000000.0", -50800000000.0),
    (7, 7.0),
]


@pytest.mark.parametrize("raw, value", VALUES, ids=[str(v[0]) for v in VALUES])
def test_parse_value(raw: object, value: object) -> None:
    assert evaluate.parse_value(raw) == value


def test_not_annotated_figures_are_not_judged(tmp_path: Path) -> None:
    items = [{"text": "The road is 12 km long.", "quantities": [{"value": "12", "normalized_unit": "kilometre"}]}]
    score = evaluate.evaluate(gold_file(tmp_path, items))
    assert not score.judged("value+change") and not score.judged("value+concept_exact")
    assert score.judged("value+unit")
    text = evaluate.report(score, "gold.json")
    (line,) = [line for line in text.splitlines() if line.startswith("value+concept_exact")]
    assert line.endswith("(not annotated in this file)")


def test_concept_misses_listed(tmp_path: Path) -> None:
    items = [{"text": "Tesla shares rose 3%.", "quantities": [q("3", "percentage", "up", "bitcoin")]}]
    score = evaluate.evaluate(gold_file(tmp_path, items))
    (miss,) = score.misses
    assert miss.gold is not None and miss.row is not None  # unit and change right, concept wrong
    assert "(bitcoin)" in evaluate.report(score, "gold.json", errors=5)


def test_concept_words() -> None:
    assert evaluate.concept_words("Russian military, casualty rate") == {
        "russian", "military", "casualty", "rate"}
    assert evaluate.concept_words("") == {"-"}
    assert evaluate.concept_words(math.nan) == {"-"}


def test_misses_listed(tmp_path: Path) -> None:
    items = [{"text": "The bridge is 2 km long.", "quantities": [q("3", "kilometre")]}]
    score = evaluate.evaluate(gold_file(tmp_path, items))
    kinds = {(m.gold is not None, m.row is not None) for m in score.misses}
    assert kinds == {(True, False), (False, True)}  # a gold not found, a row not taken
    text = evaluate.report(score, "gold.json", errors=5)
    assert "The bridge is 2 km long." in text and "value+concept" in text


def test_cli_prints_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = [{"text": "About 500 homes were flooded.", "quantities": [q("500", "home", "~")]}]
    assert cli.main(["evaluate", str(gold_file(tmp_path, items))]) == 0
    out = capsys.readouterr().out
    assert "1 sentences, 1 gold, 1 extracted" in out
    assert "value+unit" in out and "100.0" in out


BAD = [
    ("not json", "{oops"),
    ("not a list", '{"text": "x"}'),
    ("missing quantities", '[{"text": "x"}]'),
    ("bad value", '[{"text": "x", "quantities": [{"value": "abc", "normalized_unit": "-"}]}]'),
]


@pytest.mark.parametrize("content", [b[1] for b in BAD], ids=[b[0] for b in BAD])
def test_cli_bad_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    assert cli.main(["evaluate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("figures: error:") and err.count("\n") == 1
