"""Stage 6: the concept of each quantity (its thing and its subjects)."""

from __future__ import annotations

import pytest

from conftest import rows

# (name, text, surface, words the concept must hold)
CASES = [
    ("clause subject", "The Russian military lost more than 1,200 people a day.", "more than 1,200 people a day", ["Russian military"]),
    ("counted noun with modifier", "There are 35,000 to 37,000 African students in Russia.", "35,000 to 37,000 African students", ["African students", "Russia"]),
    ("complement of a count", "We sign up about 6,500 students from Africa every year.", "about 6,500 students", ["Africa"]),
    ("subject after a fronted phrase", "From the start of the war, Russia has seen about 500,000 personnel killed.", "about 500,000 personnel", ["Russia"]),
    ("subject of a later clause", "Nvidia advanced 8%, and Broadcom gained 3%.", "3%", ["Broadcom"]),
    ("noun the quantity modifies", "China had a 25% tax on imported vehicles.", "25%", ["tax"]),
    ("of complement", "It makes more than 60 per cent of its revenue from ads.", "more than 60 per cent", ["revenue"]),
    ("noun before of", "It plans the evacuation of around 120,000 people.", "around 120,000 people", ["evacuation"]),
    ("hyphenated head", "India ended a 200-year-old tradition.", "200-year-old", ["tradition"]),
    ("bracketed restatement", "It is the hub for 8 miles (13 kilometers) of new tunnels.", "13 kilometers", ["new tunnels"]),
    ("noun before a relative clause", "A defense that gave up 517 rushing yards lost.", "517 rushing yards", ["defense"]),
    ("noun before which", "Shares in banks, which were up 2.8%, led.", "2.8%", ["banks"]),
    ("noun before ranging", "It had $12.4 million of claims, ranging from $200 to $4 million.", "from $200 to $4 million", ["claims"]),
    ("ing modifier kept", "It will boost the driving range by about 35 miles.", "about 35 miles", ["driving range"]),
    ("continued quantity", "The driving range grows by about 35 miles - from 252 miles to 287 miles.", "from 252 miles to 287 miles", ["driving range"]),
    ("a number is no owner", "He raised 280 million of the 1.5 billion shekels.", "1.5 billion shekels", []),
    ("different dimension is no restatement", "Height was 1.2mm (80% of the nozzle diameter).", "80%", ["nozzle diameter"]),
]


@pytest.mark.parametrize("text, surface, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_concept(text: str, surface: str, words: list[str]) -> None:
    found = {r.surface: r for r in rows(text)}
    assert surface in found, list(found)
    for word in words:
        assert word in found[surface].concept
    if surface == "1.5 billion shekels":
        assert "million" not in found[surface].concept


def test_bare_counted_noun_is_left_to_the_unit() -> None:
    (row,) = rows("They have two kids.")
    assert "kids" not in row.concept and row.unit == "kid"


def test_context_is_the_sentence() -> None:
    text = "Prices rose. Then 40 people left the town. Nothing more."
    (row,) = rows(text)
    assert row.context == "Then 40 people left the town." and row.sentence == 1
