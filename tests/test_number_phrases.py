"""The number-phrase grammar: which words and numerals make one number, and its value.

Read through the numbers stage (``numbers.find``), which calls the grammar
where a number starts; each case names the rule of English it checks.
"""

from __future__ import annotations

import pytest

from figures import number_tokens, numbers

# (rule, text, [(surface, value)]): every number found, in order
CARDINALS = [
    ("hyphen", "He owns ninety-three goats.", [("ninety-three", 93)]),
    ("spaced hyphen", "It took sixty - four days.", [("sixty - four", 64)]),
    ("spaced tens and units", "We counted thirty seven birds.", [("thirty seven", 37)]),
    ("and after hundred", "It cost four hundred and nine pounds.", [("four hundred and nine", 409)]),
    ("and after thousand", "A thousand and one nights.", [("A thousand and one", 1001)]),
    ("hundreds of a teen", "In nineteen hundred it rained.", [("nineteen hundred", 1900)]),
    ("hundreds of a compound", "Some twenty-five hundred fans came.", [("twenty-five hundred", 2500)]),
    ("two scales", "About five million three hundred thousand voted.", [("five million three hundred thousand", 5.3e6)]),
    ("scale chain", "It holds four lakh crore rupees.", [("four lakh crore", 4e12)]),
    ("a scale", "A thousand million stars.", [("A thousand million", 1e9)]),
    ("nought", "The score stayed at nought.", [("nought", 0)]),
    ("naught", "It came to naught.", [("naught", 0)]),
    ("digits then scale and digits", "They sold 6 hundred and 45 bikes.", [("6 hundred and 45", 645)]),
    ("decimal digits times a hundred", "It is 3.5 hundred metres.", [("3.5 hundred", 350)]),
    ("two numbers, no and", "Rooms 4000 5 hundred.", [("4000", 4000), ("5 hundred", 500)]),
    ("and between ranges stays", "between two thousand and five hundred", [("two thousand", 2000), ("five hundred", 500)]),
    ("units do not chain", "one two three", [("one", 1), ("two", 2), ("three", 3)]),
]

POINT_DECIMALS = [
    ("point and digit words", "It rose three point five percent.", [("three point five", 3.5)]),
    ("point after hundred", "It weighs four hundred point zero seven grams.", [("four hundred point zero seven", 400.07)]),
    ("point and a teen", "Nought point twelve of it.", [("Nought point twelve", 0.12)]),
    ("point then a scale", "It sold two point four million copies.", [("two point four million", 2.4e6)]),
    ("point joined by hyphens", "A six-point-two quake hit.", [("six-point-two", 6.2)]),
    ("point and a scale joined by hyphens", "It lost two-point-three-million jobs.", [("two-point-three-million", 2.3e6)]),
]

SCALES = [
    ("glued trillion with money", "A $4.5T budget.", [("4.5T", 4.5e12)]),
    ("spaced abbreviation", "It raised 3 bln euros.", [("3 bln", 3e9)]),
    ("spaced k", "It has 7.25 k fans.", [("7.25 k", 7250)]),
    ("M before a currency code", "Losses of 12 MUSD were booked.", [("12 M", 12e6)]),
    ("M after words before a currency code", "It lost nine MCHF.", [("nine M", 9e6)]),
    ("lakh after digits", "It cost 2.5 lakh rupees.", [("2.5 lakh", 2.5e5)]),
    ("line break before a scale", "It made $3.1\nbillion.", [("3.1\nbillion", 3.1e9)]),
    ("t without money is a unit", "A 40t truck.", [("40", 40)]),
    ("glued K before a plural", "It has 250K subscribers.", [("250K", 2.5e5)]),
    ("glued rate of units", "It hit 90km/hr there.", [("90", 90)]),
    ("glued lowercase unit the index lacks", "It does 30mpkwh.", [("30", 30)]),
    ("glued capitals name a thing", "A new 3D film.", []),
    ("glued K before a singular is a label", "A new 8K camera.", [("8", 8)]),
]

DOZENS = [
    ("dozen after a word", "She bought four dozen eggs.", [("four dozen", 48)]),
    ("dozens after digits", "It took 2 dozens.", [("2 dozens", 24)]),
    ("dozen abbreviation", "Order 5 dzs now.", [("5 dzs", 60)]),
    ("dozens after the units of a hundred", "five hundred and three dozens", [("five hundred and three dozens", 536)]),
    ("half a dozen", "Half a dozen cars burned.", [("Half a dozen", 6)]),
]

FRACTIONS = [
    ("plural ordinal", "Two fifths of voters agreed.", [("Two fifths", 0.4)]),
    ("ordinal from -t", "Seven eighths of it melted.", [("Seven eighths", 0.875)]),
    ("ordinal from -y", "Three twentieths of a mile.", [("Three twentieths", 0.15)]),
    ("ordinal from -ve", "Eleven twelfths of them.", [("Eleven twelfths", 11 / 12)]),
    ("ordinal from -e", "Four ninths of the land.", [("Four ninths", 4 / 9)]),
    ("ordinal of a scale", "It is a millionth of a metre.", [("a millionth", 1e-6)]),
    ("compound ordinal", "Three twenty-fifths of it.", [("Three twenty-fifths", 0.12)]),
    ("hyphenated", "One-sixth of the budget.", [("One-sixth", 1 / 6)]),
    ("spaced hyphen", "nine - tenths of them", [("nine - tenths", 0.9)]),
    ("one and a singular ordinal ends a clause", "It fell by one seventh.", [("one seventh", 1 / 7)]),
    ("longest denominator", "one hundred twenty fifths", [("one hundred twenty fifths", 4)]),
    ("hyphen keeps the numerator whole", "fifty-six hundredths", [("fifty-six hundredths", 0.56)]),
    ("and makes an improper fraction whole", "one hundred and forty fifths", [("one hundred and forty fifths", 28)]),
    ("slash fraction", "Add 3/8 of a cup.", [("3/8", 0.375)]),
    ("slash fraction before of", "It is 1/25 of the total.", [("1/25", 0.04)]),
    ("fraction slash", "Use 5⁄16 inch bolts.", [("5⁄16", 0.3125)]),
    ("no day of a month under the slash", "It lasts 1/60 of a beat.", [("1/60", 1 / 60)]),
    ("slash and a day after on is a date", "They met on 4/12 in town.", []),
    ("vulgar fraction", "Add ¾ cup.", [("¾", 0.75)]),
    ("negative slash fraction", "The slope is -2/3.", [("-2/3", -2 / 3)]),
]

MIXED = [
    ("and a fraction", "It is thirty and two thirds.", [("thirty and two thirds", 30 + 2 / 3)]),
    ("and a quarter", "Two and a quarter hours.", [("Two and a quarter", 2.25)]),
    ("and one eighth", "six and one eighth", [("six and one eighth", 6.125)]),
    ("and three quarters", "four and three quarters miles", [("four and three quarters", 4.75)]),
    ("after a hundred and units", "two hundred and six and a half", [("two hundred and six and a half", 206.5)]),
    ("digits and a half", "It ran 10 and a half km.", [("10 and a half", 10.5)]),
    ("digits and a slash fraction", "Wait 12 and 1/2 minutes.", [("12 and 1/2", 12.5)]),
    ("digits and a slash fraction, spaced", "A 7 3/4 inch pipe.", [("7 3/4", 7.75)]),
    ("digits and a vulgar fraction", "It is 3 ½ feet.", [("3 ½", 3.5)]),
    ("a scale and a half", "Some four billion and a half.", [("four billion and a half", 4.5e9)]),
    ("a scale and a quarter", "It cost 7 million and a quarter.", [("7 million and a quarter", 7.25e6)]),
    ("and a half of a scale", "two and a half million people", [("two and a half million", 2.5e6)]),
    ("a smaller scale added", "one trillion and a half billion", [("one trillion and a half billion", 1.0005e12)]),
]

FRACTIONS_OF_SCALES = [
    ("half a scale", "Half a billion people.", [("Half a billion", 5e8)]),
    ("a quarter of a scale", "A quarter of a million fled.", [("A quarter of a million", 2.5e5)]),
    ("quarters of a scale", "three quarters of a million homes", [("three quarters of a million", 7.5e5)]),
    ("half scale", "It has half million users.", [("half million", 5e5)]),
    ("quarter scale", "A quarter billion dollars.", [("A quarter billion", 2.5e8)]),
]

POWERS = [
    ("times ten to a power", "Light goes 3.0×10^8 m/s.", [("3.0×10^8", 3e8)]),
    ("x and caret", "It is 6.02x10^23 atoms.", [("6.02x10^23", 6.02e23)]),
    ("minus sign exponent", "A charge of 1.6×10−19 C.", [("1.6×10−19", 1.6e-19)]),
    ("superscript exponent", "About 5 × 10⁶ cells.", [("5 × 10⁶", 5e6)]),
    ("e notation", "A mass of 9.1e-31 kg.", [("9.1e-31", 9.1e-31)]),
    ("capital E notation", "Roughly 2E6 copies.", [("2E6", 2e6)]),
    ("caret power", "It is 2^10 bytes.", [("2^10", 1024)]),
    ("negative power", "Take 4^-1 of it.", [("4^-1", 0.25)]),
    ("sign after the power", "It is -3^2.", [("-3^2", -9)]),
]

SIGNS = [
    ("minus word", "It was minus 12 outside.", [("minus 12", -12)]),
    ("minus hyphen", "It hit minus-3 overnight.", [("minus-3", -3)]),
    ("minus sign", "The index is −7 today.", [("−7", -7)]),
    ("negative word", "Growth was negative eight.", [("negative eight", -8)]),
    ("after a comparison sign", "Keep it <-15 degrees.", [("-15", -15)]),
    ("accounting brackets", "Net income was ($12.50).", [("12.50", -12.5)]),
    ("restated money is no debit", "It paid 7 billion rupees (US $84 million).", [("7 billion", 7e9), ("84 million", 84e6)]),
]

DECIMAL_COMMAS = [
    ("decimal comma before percent", "Turnout was 12,5%.", [("12,5", 12.5)]),
    ("decimal comma with two digits", "It costs 0,75 euro.", [("0,75", 0.75)]),
    ("thousands group stays", "It costs 1,250 euros.", [("1,250", 1250)]),
    ("lakh grouping", "A bill of 3,45,000 rupees.", [("3,45,000", 345000)]),
    ("a list stays a list", "Pick 4,5,6 or none.", []),
]

RATIOS = [
    ("one in a word", "One in four adults smoke.", [("One in four", 0.25)]),
    ("out of", "Some 2 out of 3 doctors agree.", [("2 out of 3", 2 / 3)]),
    ("in with digits", "About 9 in 10 voters.", [("9 in 10", 0.9)]),
    ("in a scale", "It is one in a thousand.", [("one in a thousand", 0.001)]),
    ("larger first stays two", "He saw six out of five.", [("six", 6), ("five", 5)]),
    ("a unit after is a time", "He ran 5 in 10 minutes.", [("5", 5), ("10", 10)]),
    ("a year after is a date", "It sold 3 in 2019.", [("3", 3)]),
    ("over as division", "The odds are two over five.", [("two over five", 0.4)]),
    ("over digits", "It is 10 over 4.", [("10 over 4", 2.5)]),
    ("over before a counted noun is no division", "It won 30 over 3 games.", [("30", 30), ("3", 3)]),
]

FOLDS = [
    ("fold word", "Sales rose fourfold.", [("fourfold", 4)]),
    ("hyphen fold", "A 12-fold increase.", [("12-fold", 12)]),
    ("a hundredfold", "It grew a hundredfold.", [("a hundredfold", 100)]),
    ("twice", "She was warned twice.", [("twice", 2)]),
    ("thrice", "He rang thrice today.", [("thrice", 3)]),
]

PAIRS = [
    ("a couple of", "It took a couple of weeks.", [("a couple", 2)]),
    ("a couple more", "Wait a couple more days.", [("a couple", 2)]),
    ("a couple and a scale", "It cost a couple thousand euros.", [("a couple thousand", 2000)]),
    ("a couple dozen", "She baked a couple dozen pies.", [("a couple dozen", 24)]),
]

CASES = CARDINALS + POINT_DECIMALS + SCALES + DOZENS + FRACTIONS + MIXED + FRACTIONS_OF_SCALES \
    + POWERS + SIGNS + DECIMAL_COMMAS + RATIOS + FOLDS + PAIRS


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_phrase(text: str, expected: list[tuple[str, float]]) -> None:
    got = [(text[n.start : n.end], n.value) for n in numbers.find(text)]
    assert [g[0] for g in got] == [e[0] for e in expected]
    assert [g[1] for g in got] == pytest.approx([e[1] for e in expected])


KINDS = [
    ("a ratio is its own kind", "One in five adults.", "ratio"),
    ("a fraction", "Two thirds of it.", "fraction"),
    ("a fraction of a scale counts", "Half a million people.", "words"),
    ("a mixed number is no fraction", "Two and a half days.", "words"),
    ("fold is times", "A tenfold rise.", "times"),
    ("twice is times", "It rose twice.", "times"),
    ("a couple is approximate", "It took a couple of hours.", "approximate"),
]


@pytest.mark.parametrize("text, kind", [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_kind(text: str, kind: str) -> None:
    assert [n.kind for n in numbers.find(text)] == [kind]


ORDINALS = [
    ("four", "fourth"), ("five", "fifth"), ("eight", "eighth"), ("nine", "ninth"), ("twelve", "twelfth"),
    ("twenty", "twentieth"), ("ninety", "ninetieth"), ("hundred", "hundredth"), ("billion", "billionth"),
]


@pytest.mark.parametrize("cardinal, ordinal", ORDINALS, ids=[c for c, _ in ORDINALS])
def test_ordinal_morphology(cardinal: str, ordinal: str) -> None:
    assert number_tokens.ordinal(cardinal) == ordinal


def test_irregular_ordinals_are_data() -> None:
    vocab = number_tokens.vocabulary()
    assert vocab["third"][:2] == ("ord", 3) and "oneth" not in vocab and "threeth" not in vocab
