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
    ("empty", "", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    found = list(sentences.split(text))
    assert [s.text for s in found] == expected
    assert [s.index for s in found] == list(range(len(expected)))
    for s in found:
        assert text[s.start : s.end] == s.text
