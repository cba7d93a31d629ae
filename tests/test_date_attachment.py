"""The date column: each quantity takes the time phrase that governs it, not the nearest one.

Each case is a sentence with its quantities' dates in text order, seen from the
pinned reference date (``REF``, a Sunday) unless the case names its own.
"""

from __future__ import annotations

import pytest

import figures
from conftest import REF, rows

TUESDAY = "2025-06-03"

# (rule, sentence, the dates of its quantities in order)
LISTS_WITH_YEARS = [
    ("years as modifiers, one a clause", "The 1935 storm killed 600 people; the 1969 storm killed 256.",
     ["1935", "1969"]),
    ("each amount its year, before 1900 too", "The mill employed 40 workers in 1850 and 1,200 in 1900.",
     ["1850", "1900"]),
    ("a list of amounts and years", "Revenue was $3 billion in 2021, $4 billion in 2022 and $5.5 billion in 2023.",
     ["2021", "2022", "2023"]),
    ("a season as its first year", "The club won 12 games in the 1996-97 season and 20 games in 2001.",
     ["1996", "2001"]),
    ("a phrase opening the sentence governs all", "In 2018, the firm hired 300 engineers and opened 12 offices.",
     ["2018", "2018"]),
    ("a clause after 'but' has no year", "The town had 4,000 residents in 1990, but it has 9,000 now.",
     ["1990", None]),
    ("a year modifying the subject", "The company's 2018 sales jumped 40% to $2 billion.", ["2018", "2018"]),
    ("'while' opens a clause with its own year",
     "The 2008 contest drew 5 million viewers, while the 2012 contest drew 7 million.", ["2008", "2012"]),
    ("a relative clause keeps the year of its antecedent",
     "The airline flew 2 million passengers in 2019, which was 10% more than in 2018.", ["2019", "2019"]),
]
FROM_TO_MONTHS = [
    ("to X in August from Y in July", "Unemployment fell to 4.1 percent in August from 4.4 percent in July.",
     ["2024-08", "2024-07"]),
    ("from X in March to Y in May", "Exports rose from $12 billion in March to $15 billion in May.",
     ["2025-03", "2025-05"]),
    ("down from Y in March", "Inflation eased to 2.3% in April, down from 2.8% in March.", ["2025-04", "2025-03"]),
    ("one month each", "The index fell 3% in January, rose 5% in February and slipped 1% in March.",
     ["2025-01", "2025-02", "2025-03"]),
    ("a baseline a year earlier", "Ticket sales climbed to 80,000 in June from 65,000 a year earlier.",
     ["2025-06", "2024-06"]),
    ("a month range gives its start, 'while' shares it", "Fares rose 2% from March to May, while costs rose 5%.",
     ["2025-03", "2025-03"]),
]
RELATIVE = [
    ("yesterday and last week", "Shares fell 4% yesterday after rising 2% last week.", ["2025-05-31", "2025-05-25"]),
    ("an opening phrase over ', and'", "Last month, 1,500 homes were sold, and prices rose 3%.",
     ["2025-05-01", "2025-05-01"]),
    ("one verb phrase, one day", "The storm dumped 30 cm of snow on Friday and left 2,000 homes without power.",
     ["2025-05-30", "2025-05-30"]),
    ("ago, and a clause of now", "Three weeks ago the agency had 120 staff; it now has 80.", ["2025-05-11", None]),
    ("this year against last year", "Earlier this year the fund held $2 billion, up from $1.5 billion last year.",
     ["2025", "2024"]),
    ("a year ago", "A year ago the fund had $50 million.", ["2024"]),
    ("a future weekday looks forward", "The firm will pay 3% more on Tuesday.", ["2025-06-03"]),
    ("a 'when' clause dates its clause", "Attendance reached 11,000 when the show opened in 2010.", ["2010"]),
]
TARGETS = [
    ("by a year, each its own", "The city plans to plant 10,000 trees by 2030 and 25,000 by 2040.", ["2030", "2040"]),
    ("a target after a baseline", "Emissions must fall 45% from 2010 levels by 2030.", ["2030"]),
    ("the next five years: their end", "The firm expects to hire 500 people over the next five years.",
     ["2030", None]),
    ("within the next decade", "Wind capacity should reach 30 gigawatts within the next decade.", ["2035"]),
    ("a delivery month looks forward", "Crude for December delivery settled at $80 a barrel.", ["2025-12"]),
]
PERIODS = [
    ("the past five years: their start", "Prices have risen 20% over the past five years.", ["2020", None]),
    ("since a year", "Since 2019 the charity has planted 40,000 trees.", ["2019"]),
    ("since a day keeps the day", "Since July 8 the shelter has taken in 230 dogs.", ["2024-07-08"]),
    ("from a year to a year", "The school collected $420,000 in fees from 2004 to 2009.", ["2004"]),
    ("between two months", "Between March 2020 and May 2021, 3,000 shops closed.", ["2020-03"]),
    ("over the weekend: its Saturday", "The river rose 2 metres over the weekend.", ["2025-05-31"]),
    ("a decade by its first year", "The council spent $3 million in the 1980s.", ["1980"]),
]
BASELINES = [
    ("than in a year", "Sales were 12% higher than in 2019.", [None]),
    ("from the same period last year", "Output rose 8% from the same period last year.", [None]),
    ("compared with a year earlier", "Profit climbed 15% to $3 billion, compared with a year earlier.", [None, None]),
    ("the lowest since", "The index closed at 4,200, its lowest level since 2003.", [None]),
    ("from levels of a year", "Emissions fell 10% from 2005 levels.", [None]),
    ("above an average of a year", "Output is 4% above its 2019 average.", [None]),
    ("over last year", "Shares rose 3% over last year.", [None]),
]
REPORTING = [
    ("said Monday", "The ministry said Monday that 45 people had died.", [None]),
    ("announced on Thursday", "Acme announced on Thursday a plan to cut 2,000 jobs.", [None]),
    ("reported on Friday", "Police reported 14 arrests on Friday.", [None]),
    ("released today", "A report released today shows that 30% of adults smoke.", [None]),
    ("the fact's own day after a reporting verb", "Officials said 12 people were rescued on Saturday.", ["2025-05-31"]),
    ("the report's day, the fact's month", "The firm said on Tuesday that sales rose 8% in May.", ["2025-05"]),
]
NONE = [
    ("no time phrase", "The bridge is 1,200 metres long and carries 40,000 cars a day.", [None, None]),
    ("a relative clause's year is not the main clause's",
     "The company, which was founded in 1998, employs 5,000 people.", [None]),
    ("a participle's year is not the main clause's", "The old mill, built in 1850, now houses 30 shops.", [None]),
    ("', and' ends the clause of a year", "Revenue rose 5% in 2023, and the company now has 8,000 employees.",
     ["2023", None]),
]
QUARTERS = [
    ("a quarter as an adjective", "Second-quarter profit rose 12% to $4 billion.", ["2025-04", "2025-04"]),
    ("the third quarter of a year, a year earlier",
     "Revenue in the third quarter of 2004 was $8 million, up from $6 million a year earlier.",
     ["2004-07", "2003-07"]),
    ("Q3 2024", "Shipments hit 2 million in Q3 2024.", ["2024-07"]),
    ("a season with a year", "The team scored 80 goals in fall 2013.", ["2013-09"]),
    ("a half of a year", "Net income was $5 million in the first half of 2024.", ["2024-01"]),
    ("a fiscal year", "Sales hit $900 million in fiscal 2024.", ["2024"]),
    ("for a month", "Sales for June were $4 million.", ["2025-06"]),
]
TODAY = [  # REF is 2025-06-01
    ("currently is the reference day", "The firm says 800 lorries may be currently in transit.", [REF]),
    ("presently too", "The firm presently employs 300 people.", [REF]),
    ("a clock time in the perfect: the news of the day", "A storm has hit the port at 5:40 a.m. with 90 km/h "
     "winds.", [REF]),
    ("a clock time in the past: the day is not said", "The gates shut at 21:00, and 300 fans were left outside.",
     [None]),
    ("a clock time with its day", "Trains stopped at 06:15 GMT Friday, with 40 services lost.", ["2025-05-30"]),
    ("a day in a bulletin's heading dates no item", "Tonight on City News: 40 miners trapped in a pit.", [None]),
    ("a day as a timeline's label dates its item", "Friday: 300 homes were flooded.", ["2025-05-30"]),
]

CASES = LISTS_WITH_YEARS + FROM_TO_MONTHS + RELATIVE + TARGETS + PERIODS + BASELINES + REPORTING + NONE + QUARTERS \
    + TODAY


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dates_of_quantities(text: str, expected: list[str | None]) -> None:
    assert [r.date for r in rows(text)] == expected


# (rule, sentence, reference date, the dates of its quantities)
OWN_REFERENCE = [
    ("a weekday that is the paper's own day", "On Tuesday, the council approved a $5 million budget.", TUESDAY,
     ["2025-06-03"]),
    ("the paper's weekday among others", "Shares rose 2% on Monday and fell 3% on Tuesday.", TUESDAY,
     ["2025-06-02", "2025-06-03"]),
    ("this winter, late in the season", "The resort lost $2 million this winter.", "2026-03-10", ["2025-12"]),
    ("a quarter without a year, early in the next", "Fourth-quarter sales rose 9%.", "2025-02-10", ["2024-10"]),
    ("this weekend, early in the week, is the one just past",
     "The fair drew 20,000 visitors this weekend.", "2025-06-03", ["2025-05-31"]),
]


@pytest.mark.parametrize("text, ref, expected", [c[1:] for c in OWN_REFERENCE], ids=[c[0] for c in OWN_REFERENCE])
def test_dates_from_their_own_reference(text: str, ref: str, expected: list[str | None]) -> None:
    assert [r.date for r in figures.find(text, ref_date=ref)] == expected


def test_the_reference_date_is_pinned() -> None:
    assert REF == "2025-06-01"  # a Sunday: every case above reads its weekdays from it
