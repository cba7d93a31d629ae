"""Stage 3: which numbers are found, with what value, and which are not quantities."""

from __future__ import annotations

import pytest

from figures import numbers

# (name, text, [(text of the number, value, low, high)])
FOUND = [
    ("commas", "It has 1,200 staff.", [("1,200", 1200, 1200, 1200)]),
    ("decimal", "A 2.5 litre engine.", [("2.5", 2.5, 2.5, 2.5)]),
    ("scale word", "It made $7.36 billion.", [("7.36 billion", 7.36e9, 7.36e9, 7.36e9)]),
    ("glued bn", "It made $1.7bn.", [("1.7bn", 1.7e9, 1.7e9, 1.7e9)]),
    ("glued m before a noun", "Some 1.2m people voted.", [("1.2m", 1.2e6, 1.2e6, 1.2e6)]),
    ("glued m of", "It sold 35m of them.", [("35m", 35e6, 35e6, 35e6)]),
    ("m as metres", "The ship is 35m long.", [("35", 35, 35, 35)]),
    ("k", "It costs 25k.", [("25k", 25e3, 25e3, 25e3)]),
    ("word", "It took six days.", [("six", 6, 6, 6)]),
    ("compound word", "She has twenty-five cats.", [("twenty-five", 25, 25, 25)]),
    ("a count after 'of' before a plural", "A poll of 1250 voters ran.", [("1250", 1250, 1250, 1250)]),
    ("a count before a compound plural", "It fed 1840 schoolchildren.", [("1840", 1840, 1840, 1840)]),
    ("a range of counts between years", "It sent between 1900 and 2100 troops.",
     [("1900", 1900, 1900, 1900), ("2100", 2100, 2100, 2100)]),
    ("word with scale", "Some two hundred thousand fled.", [("two hundred thousand", 2e5, 2e5, 2e5)]),
    ("a dozen", "A dozen eggs.", [("A dozen", 12, 12, 12)]),
    ("one of", "One of its gas pipelines.", [("One", 1, 1, 1)]),
    ("a third of", "A third of voters.", [("A third", 1 / 3, 1 / 3, 1 / 3)]),
    ("two-thirds of", "Two-thirds of voters.", [("Two-thirds", 2 / 3, 2 / 3, 2 / 3)]),
    ("half the", "Half the condos sold.", [("Half", 0.5, 0.5, 0.5)]),
    ("thousands", "Thousands of migrants came.", [("Thousands", 5500, 1000, 10000)]),
    ("tens of thousands", "It drew tens of thousands of people.", [("tens of thousands", 55000, 10000, 100000)]),
    ("dozens", "Dozens of people were hurt.", [("Dozens", 66, 12, 120)]),
    ("hundreds", "Hundreds of homes burned.", [("hundreds", 550, 100, 1000)][:0] or [("Hundreds", 550, 100, 1000)]),
    ("millions", "Millions of people watched.", [("Millions", 5.5e6, 1e6, 1e7)]),
    ("signed", "Stocks -1.3% today.", [("-1.3", -1.3, -1.3, -1.3)]),
    ("leading dot", "He shot .534 last year.", [(".534", 0.534, 0.534, 0.534)]),
    ("currency glued", "It rose to RM23.50.", [("23.50", 23.5, 23.5, 23.5)]),
    ("year with a unit", "It has 2000 MW of capacity.", [("2000", 2000, 2000, 2000)]),
    ("and after a scale word", "It cost one hundred and twenty dollars.", [("one hundred and twenty", 120, 120, 120)]),
    ("and between two numbers", "It was between twenty and thirty.", [("twenty", 20, 20, 20), ("thirty", 30, 30, 30)]),
    ("and a half", "Two and a half million people voted.", [("Two and a half million", 2.5e6, 2.5e6, 2.5e6)]),
    ("and a half read once", "It was 2 and a half.", [("2 and a half", 2.5, 2.5, 2.5)]),
    ("a scale and a half", "It cost one million and a half.", [("one million and a half", 1.5e6, 1.5e6, 1.5e6)]),
    ("digits and a half", "My son is 2 and a half years old.", [("2 and a half", 2.5, 2.5, 2.5)]),
    ("decade of age", "A woman in her 40s was hurt.", [("40s", 44.5, 40, 49)]),
    ("early decade", "A man in his early 30s was held.", [("early 30s", 31.5, 30, 33)]),
    ("decade of degrees", "Temperatures are in the mid-70s.", [("mid-70s", 75, 74, 76)]),
    ("seconds are no decade", "He ran the race in 40s.", [("40", 40, 40, 40)]),
    ("fraction ending a clause", "It is less than one third.", [("one third", 1 / 3, 1 / 3, 1 / 3)]),
    ("plural fraction", "Two thirds voted yes.", [("Two thirds", 2 / 3, 2 / 3, 2 / 3)]),
    ("feet and inches", "She is 5'11\" tall.", [("5", 5, 5, 5), ("11", 11, 11, 11)]),
    ("count like a year before people", "1999 people were hurt.", [("1999", 1999, 1999, 1999)]),
    ("count like a year after a verb", "They sent 2000 troops.", [("2000", 2000, 2000, 2000)]),
    ("count like a year after a bound", "Nearly 1850 homes burned.", [("1850", 1850, 1850, 1850)]),
    ("one of a superlative counts one", "It is one of the largest ports.", [("one", 1, 1, 1)]),
    ("a verb before digits", "Sales exceed 3000 now.", [("3000", 3000, 3000, 3000)]),
    ("a sign word joined", "It fell to minus-5 overnight.", [("minus-5", -5, -5, -5)]),
    ("a scale range", "The range is 5k-20k.", [("5k", 5e3, 5e3, 5e3), ("20k", 2e4, 2e4, 2e4)]),
    ("a year after no determiner", "Output fell in 1998 and 2004.", []),
    ("a count after a place name", "In Homs 12 people fled.", [("12", 12, 12, 12)]),
    ("years counted after a determiner", "In the 1500 years since, it fell.", [("1500", 1500, 1500, 1500)]),
    ("a number in brackets with words", "It rose (to 5) today.", [("5", 5, 5, 5)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text: str, expected: list[tuple]) -> None:
    got = [(text[n.start : n.end], n.value, n.low, n.high) for n in numbers.find(text)]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected):
        assert g[1:] == pytest.approx(e[1:])


# (name, text): no number in these is a quantity
NOT_QUANTITIES = [
    ("month day", "It happened on Dec. 2."),
    ("month day year", "It happened on September 8, 2019."),
    ("day month year", "It happened on 2 December 2019."),
    ("month year", "It happened in June 2018."),
    ("in year", "It happened in 2023."),
    ("year before a name", "The 2019 Rich List is out."),
    ("clock time", "It started at 8:10am."),
    ("clock time with dots", "It started at 5:25 a.m. sharp."),
    ("clock time PM", "It ended at 9:35 PM."),
    ("ordinal digits", "He came 10th in the race."),
    ("ordinal word", "Kharkiv is the second-largest city."),
    ("model name", "She bought an iPhone 12 yesterday."),
    ("disease name", "COVID-19 spread fast."),
    ("section", "Section 427 applies."),
    ("index", "The S&P 500 gained."),
    ("game", "They won Game 6 easily."),
    ("model code", "The Galaxy S23 is new."),
    ("decade", "Prices were low in the 1990s."),
    ("ISO date", "Filed on 2019-03-01 by them."),
    ("jersey number", "Dak Prescott (4) ran."),
    ("no one", "No one came."),
    ("date ago", "It opened three days ago."),
    ("decade of years", "It happened in the 90s."),
    ("ordinal before a noun", "He tried a third time."),
    ("ordinal in a compound", "A third-party review was held."),
    ("quarters as periods", "Losses narrowed in three quarters."),
    ("a decade of years near a low", "Unemployment hit a record low in the 70s."),
    ("category joined by a hyphen", "A category-4 storm hit."),
    ("capitalised category", "A Category 3 hurricane hit."),
    ("level before a singular noun", "The city is under level 2 lockdown."),
    ("stage before a singular noun", "She has stage 3 cancer."),
    ("second day of a date range", "The fair runs Oct. 3-4 in town."),
    ("first day of a date range", "The fair runs 14-15 March in town."),
    ("time zone plus", "The call is at GMT+2 today."),
    ("time zone minus", "Clocks show UTC-7 there."),
    ("the one who", "She was the one who left."),
    ("which one", "Which one is yours?"),
    ("one before a modal", "By noon one could see the coast."),
    ("index name before a singular verb", "the ftse 250 was flat"),
    ("label-shaped name first", "FTSE 100 futures slipped."),
    ("a name before digits and a plural", "Traders sold Dax 40 contracts."),
    ("number sign", "He wore the No. 9 shirt."),
    ("hash number", "It ranked #1 in sales."),
    ("year after a determiner and before a plural", "The 2016 elections were close."),
    ("model name after digits", "The 747 Jumbo flew."),
    ("exponent of a unit", "An area in km^2 only."),
    ("list item numbers", "It 1) cuts costs and 2) adds staff."),
    ("a determiner, digits and a singular verb", "The 747 was retired."),
    ("a period named by its year", "The 2017 quarter was weak."),
    ("a year after a possessive", "The bank's 2016 profits fell."),
    ("a year before a noun of its measures", "Output is below 1995 levels."),
    ("a span of years after a bound", "Yields fall over 2010 - 2060 there."),
    ("a span of years", "From 1980 to 2020, rain fell."),
    ("a clock time before a time zone", "It hit at 0417 GMT."),
    ("a clock time before an American zone", "Polls close at 2000 ET."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_QUANTITIES], ids=[c[0] for c in NOT_QUANTITIES])
def test_not_quantities(text: str) -> None:
    assert [text[n.start : n.end] for n in numbers.find(text)] == []
