"""Stage 1: sentences and their offsets."""

from __future__ import annotations

import pytest

from figures import sentences

# (name, text, expected sentences)
CASES = [
    ("two sentences", "Prices rose. Wages fell.", ["Prices rose.", "Wages fell."]),
    ("abbreviation", "The U.S. sent 5 ships. They arrived.", ["The U.S. sent 5 ships.", "They arrived."]),
    ("month abbreviation", "On Jan. 24 it rained. Then it stopped.", ["On Jan. 24 it rained.", "Then it stopped."]),
    ("initials", "US Vice President J.D. Vance spoke. He left.", ["US Vice President J.D. Vance spoke.", "He left."]),
    ("decimal point", "It grew 2.5 per cent. Good.", ["It grew 2.5 per cent.", "Good."]),
    ("quote closes", "“We sign up 6,500 students,” he said. Fine.", ["“We sign up 6,500 students,” he said.", "Fine."]),
    ("question and exclamation", "Why? Because! Yes.", ["Why?", "Because!", "Yes."]),
    ("lowercase after period", "It cost approx. 5 dollars.", ["It cost approx. 5 dollars."]),
    ("line break", "Headline 5\nBody text here", ["Headline 5", "Body text here"]),
    ("blank lines and spaces", "  One.  \n\n  Two.  ", ["One.", "Two."]),
    ("wrapped before a scale word", "Sales hit $4.8\nbillion in May.", ["Sales hit $4.8\nbillion in May."]),
    ("wrapped before lower case", "The mayor said the\nbridge will close.", ["The mayor said the\nbridge will close."]),
    ("wrapped after a preposition", "Exports fell to\n3 million tonnes.", ["Exports fell to\n3 million tonnes."]),
    ("wrapped after a comma", "In Lagos, Accra,\nDakar and Abidjan.", ["In Lagos, Accra,\nDakar and Abidjan."]),
    ("wrapped after an abbreviation", "It weighs approx.\nfour tonnes.", ["It weighs approx.\nfour tonnes."]),
    ("break after a sentence mark", "Rents rose.\nwages did not.", ["Rents rose.", "wages did not."]),
    ("blank line before lower case", "Figures\n\nand more", ["Figures", "and more"]),
    ("list items", "Highlights:\n- 5 goals\n- 2 wins", ["Highlights:", "- 5 goals", "- 2 wins"]),
    ("numbered items", "Steps\n1. Boil\n2. Serve", ["Steps", "1. Boil", "2. Serve"]),
    ("caption then a sentence", "Photo: Reuters\nSome 40 boats sank.", ["Photo: Reuters", "Some 40 boats sank."]),
    ("windows line breaks", "Rain fell.\r\nRivers rose.", ["Rain fell.", "Rivers rose."]),
    ("empty", "", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    found = list(sentences.split(text))
    assert [s.text for s in found] == expected
    assert [s.index for s in found] == list(range(len(expected)))
    for s in found:
        assert text[s.start : s.end] == s.text
