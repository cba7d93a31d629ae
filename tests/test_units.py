"""Stage 5: currencies, physical units, counted nouns, rates and ages."""

from __future__ import annotations

import pytest

from conftest import rows

# (name, text, surface, unit, dimension)
CASES = [
    ("dollar sign", "It costs $200.", "$200", "dollar", "currency"),
    ("US$", "It rose to US$58.24.", "US$58.24", "dollar", "currency"),
    ("euro sign", "A fine of €50m was set.", "€50m", "euro", "currency"),
    ("pound sign", "It sold for £2.7m.", "£2.7m", "pound sterling", "currency"),
    ("ringgit", "It rose to RM23.50.", "RM23.50", "malaysian ringgit", "currency"),
    ("shekels", "Turnover was 1.23 billion shekels.", "1.23 billion shekels", "shekel", "currency"),
    ("yuan", "The plant cost 4 billion yuan.", "4 billion yuan", "chinese yuan", "currency"),
    ("code", "The sum was USD10m.", "USD10m", "dollar", "currency"),
    ("cents", "It was up 19 cents.", "19 cents", "cent", "currency"),
    ("code with a space", "A ticket is CHF 20.", "CHF 20", "swiss franc", "currency"),
    ("rupees", "It costs Rs 500.", "Rs 500", "indian rupee", "currency"),
    ("crore", "A ₹500 crore plan.", "₹500 crore", "indian rupee", "currency"),
    ("pence glued", "A 50p coin.", "50p", "penny", "currency"),
    ("mpg", "It gets 30 mpg.", "30 mpg", "mile per gallon", "fuel economy"),
    ("degrees celsius glued", "It was 30°C today.", "30°C", "celsius", "temperature"),
    ("fahrenheit glued", "It was 86°F.", "86°F", "fahrenheit", "temperature"),
    ("square feet", "A 10,000 square feet house.", "10,000 square feet", "square foot", "area"),
    ("km", "The road is 40 km long.", "40 km", "kilometre", "length"),
    ("miles", "It drove 287 miles.", "287 miles", "mile", "length"),
    ("mph", "Winds reached 155mph.", "155mph", "mile per hour", "speed"),
    ("km/h", "It goes 0 to 80km/h fast.", "0 to 80km/h", "kilometre per hour", "speed"),
    ("per cent", "It rose 5 per cent.", "5 per cent", "percentage", "percentage"),
    ("percent sign", "It rose 5%.", "5%", "percentage", "percentage"),
    ("gigawatts", "It plans 30 gigawatts of wind.", "30 gigawatts", "gigawatt", "power"),
    ("litre", "A 3.6 litre six-cylinder motor.", "3.6 litre", "litre", "volume"),
    ("millilitre", "Eight million 250ml bottles.", "250ml", "millilitre", "volume"),
    ("celsius", "It reached 41 degrees Celsius.", "41 degrees Celsius", "celsius", "temperature"),
    ("micrometre, Greek mu", "A 40 μm fibre.", "40 μm", "micrometre", "length"),
    ("times", "Losses are five times higher.", "five times", "count", "count"),
    ("countries", "It spans at least 21 countries.", "at least 21 countries", "country", "count"),
    ("irregular plural", "About 400 young Nepali men signed.", "About 400 young Nepali men", "man", "count"),
    ("residents", "It moved 120,000 residents.", "120,000 residents", "resident", "count"),
    ("compound noun", "Petronas said one of its gas pipelines burst.", "one of its gas pipelines", "gas pipeline", "count"),
    ("superlative dropped", "It is one of the biggest coal mines.", "one of the biggest coal mines", "coal mine", "count"),
    ("comparative dropped", "Two larger tremors followed.", "Two larger tremors", "tremor", "count"),
    ("participle dropped, noun kept", "The five surviving crew members spoke.", "five surviving crew members",
     "crew member", "count"),
    ("adjective dropped by its last part", "Three non-violent protests were held.", "Three non-violent protests",
     "protest", "count"),
    ("adverb and adjective before the noun", "It bought the four most profitable ports.",
     "four most profitable ports", "port", "count"),
    ("adverb and superlative after one of", "It is one of the least visited parks.",
     "one of the least visited parks", "park", "count"),
    ("a time unit after a modifier", "Reply within ten working days.", "within ten working days", "day", "time"),
    ("a time unit after of", "It took a couple of weeks.", "a couple of weeks", "week", "time"),
    ("a level noun counts nothing", "Shares fell to the 2,500 level.", "2,500", None, "number"),
    ("a quantifier is no counted noun", "Rescuers saved 40 more.", "40", None, "number"),
    ("a plural noun that is also a verb", "Three home runs were hit.", "Three home runs", "home run", "count"),
    ("a plural by the verb it agrees with", "The two party elects were sworn in.", "two party elects",
     "party elect", "count"),
    ("one and a people's name", "One Uzbek, a driver, was held.", "One Uzbek", "uzbek", "count"),
    ("one before a title's common noun", "One Republic sang.", "One", None, "number"),
    ("one before a verb", "One said no.", "One", None, "number"),
    # "a"/"an" after a bound or an approximation is one of the unit after it
    ("about an hour", "The storm passed in about an hour.", "about an hour", "hour", "time"),
    ("more than a year", "The strike lasted more than a year.", "more than a year", "year", "time"),
    ("nearly a mile", "The queue stretched nearly a mile.", "nearly a mile", "mile", "length"),
    ("less than an inch", "Less than an inch of rain fell.", "Less than an inch", "inch", "length"),
    ("a decimal counts a plural", "Women have 1.8 children here.", "1.8 children", "child", "count"),
    ("a decimal before a singular noun counts nothing", "A 7.1 quake hits Peru.", "7.1", None, "number"),
    ("a range of whole numbers counts a compound", "It won two or three test matches.",
     "two or three test matches", "test match", "count"),
    # an earthquake's magnitude has no unit and counts nothing
    ("magnitude takes no counted noun", "A magnitude 5.9 tremor shook the coast.", "5.9", None, "magnitude"),
    ("moment magnitude before a headline verb", "Moment magnitude 7.2 quake hits Chile", "7.2", None, "magnitude"),
    ("magnitude joined by a hyphen", "A magnitude-4.4 shock was felt.", "4.4", None, "magnitude"),
    ("magnitude of", "None was above a magnitude of 3.9 so far.", "3.9", None, "magnitude"),
    ("Richter scale", "It measured 5.5 on the Richter scale.", "5.5", None, "magnitude"),
    ("nationality dropped", "It owns five Japanese islets.", "five Japanese islets", "islet", "count"),
    ("people", "It hurt more than 100 people.", "more than 100 people", "people", "count"),
    ("hyphenated count", "A four-cylinder engine.", "four-cylinder", "cylinder", "count"),
    ("people a day", "It lost more than 1,200 people a day.", "more than 1,200 people a day", "people per day", "rate"),
    ("troops a month", "About 10,000 Russian troops a month died.", "About 10,000 Russian troops a month", "troop per month", "rate"),
    ("dollars a month", "She pays a $1200 a month lease.", "$1200 a month", "dollar per month", "rate"),
    ("barrels a day", "Output reached 650,000 barrels a day.", "650,000 barrels a day", "barrel per day", "rate"),
    ("barrel-a-day", "A new 90,000 barrel-a-day plant opened.", "90,000 barrel-a-day", "barrel per day", "rate"),
    ("cents per share", "It earned 47 cents per share.", "47 cents per share", "cent per share", "rate"),
    ("per square foot", "Rent is about $75 per square foot.", "about $75 per square foot", "dollar per square foot", "rate"),
    ("every year", "Every year we sign up about 6,500 students.", "about 6,500 students", "student per year", "rate"),
    ("each month closing the clause", "Some 40 ships dock there each month.", "Some 40 ships", "ship per month",
     "rate"),
    ("each year in another clause", "About 30 guests, who come each year, left.", "About 30 guests", "guest",
     "count"),
    ("second before a part of a series", "They won with two second half goals.", "two second half goals", "goal",
     "count"),
    ("second before a hyphened part", "Two second-round picks were traded.", "Two second-round picks",
     "second-round pick", "count"),
    ("second as a unit before a noun", "It has a 5 second delay.", "5 second", "second", "time"),
    ("year-old", "It ended a 200-year-old tradition.", "200-year-old", "year of age", "age"),
    ("month-old", "Her 18 month-old daughter.", "18 month-old", "month of age", "age"),
    ("aged", "Men aged 30 to 49 were asked.", "30 to 49", "year of age", "age"),
    ("years old", "He is 35 years old.", "35 years old", "year of age", "age"),
    ("bare", "The index closed at 13176.", "13176", None, "number"),
    ("or shares the unit", "Tickets run about 6 or $7.", "about 6", "dollar", "currency"),
    ("part of a whole", "The fund spent 40 million of its 90 million euros.", "40 million", "euro", "currency"),
    ("code after", "They earned 1000 USD.", "1000 USD", "dollar", "currency"),
    ("lowercase code after", "They earned 1000 usd.", "1000 usd", "dollar", "currency"),
    ("degrees C", "Body temperature is 37 degrees C.", "37 degrees C", "celsius", "temperature"),
    ("deg celsius", "It is 40 deg celsius outside.", "40 deg celsius", "celsius", "temperature"),
    ("degrees F", "It hit 98.6 degrees F.", "98.6 degrees F", "fahrenheit", "temperature"),
    ("spaced degree sign", "It was 12° C at noon.", "12° C", "celsius", "temperature"),
    ("bare degrees of weather", "Highs of 25 to 28 degrees are expected.", "25 to 28 degrees", "degree", "temperature"),
    ("degree sign of a thermostat", "Set the thermostat to 68°.", "68°", "degree", "temperature"),
    ("degrees of an angle", "The ramp rises at an angle of 30 degrees.", "30 degrees", "degree", "angle"),
    ("below zero", "It is 20 degrees below zero.", "20 degrees below zero", "degree", "temperature"),
    ("decade of age", "A woman in her 40s was hurt.", "40s", "year of age", "age"),
    ("decade of degrees", "Temperatures will be in the 40s.", "40s", None, "number"),
    ("age group", "The over-65s are most at risk.", "over-65s", "year of age", "age"),
    ("years of age", "She was 30 years of age.", "30 years of age", "year of age", "age"),
    ("inches after feet are one height", "He is 5 ft 11 in tall.", "5 ft 11 in", "foot", "length"),
    ("by shares the unit", "The room measures 10 by 12 feet.", "10", "foot", "length"),
    ("x shares the unit", "The box is 10 x 12 x 8 inches.", "12", "inch", "length"),
    ("times sign shares the unit", "The board is 20×30 cm.", "20", "centimetre", "length"),
    ("capitalized currency name", "It costs 5 Swiss francs.", "5 Swiss francs", "swiss franc", "currency"),
    ("bucks", "I paid twenty bucks.", "twenty bucks", "dollar", "currency"),
    ("bitcoin", "She sold 1 bitcoin.", "1 bitcoin", "bitcoin", "currency"),
    ("money a thing", "Oil traded at $80 a barrel.", "$80 a barrel", "dollar per barrel", "rate"),
    ("money each", "The dividend is $5 a share.", "$5 a share", "dollar per share", "rate"),
    ("pounds of weight", "The parcel weighs 2.5 pounds.", "2.5 pounds", "pound-mass", "mass"),
    ("pounds of money", "The firm lost 5 million pounds.", "5 million pounds", "pound sterling", "currency"),
    ("turned an age", "He turned 40 last year.", "40", "year of age", "age"),
    ("turned in words", "He will turn forty.", "forty", "year of age", "age"),
    ("turned a percentage", "The stock turned 5% higher.", "5%", "percentage", "percentage"),
    ("a month earlier is no rate", "It fell to 3.7% from 3.9% a month earlier.", "3.9%", "percentage", "percentage"),
    ("points abbreviated", "The index fell 1.5 pts.", "1.5 pts", "point", "count"),
    ("year-olds", "The 30-year-olds were there.", "30-year-olds", "year of age", "age"),
    ("money a while ago is no rate", "It raised $1 million a few weeks ago.", "$1 million", "dollar", "currency"),
    ("pounds beside heavy fighting", "Bread costs 3 pounds after heavy fighting.", "3 pounds", "pound sterling", "currency"),
    ("code that is a word", "He made 12 cad drawings.", "12 cad drawings", "cad drawing", "count"),
    ("code that is a word, in capitals", "It cost 500 CAD.", "500 CAD", "canadian dollar", "currency"),
    ("prefix on the name of a unit written with a sign", "Use a 2 kOhm resistor.", "2 kOhm", "kiloohm",
     "electrical resistance"),
    ("nautical miles", "It has a range of 400 nautical miles.", "400 nautical miles", "nautical mile", "length"),
    # a unit grammar over the whole database
    ("metre spaced", "The wall is 1 m high.", "1 m", "metre", "length"),
    ("prefixed name", "The plant makes 7 gigajoules an hour.", "7 gigajoules an hour", "gigajoule per hour", "rate"),
    ("prefix from the language file", "The chip runs at 3 THz.", "3 THz", "terahertz", "frequency"),
    ("glued product", "The farm made 12 GWh last year.", "12 GWh", "gigawatt hour", "energy"),
    ("spaced product", "The battery holds 60 kW h.", "60 kW h", "kilowatt hour", "energy"),
    ("glued quotient", "The train ran at 180km/hr.", "180km/hr", "kilometre per hour", "speed"),
    ("p for per", "The truck did 90 kmph.", "90 kmph", "kilometre per hour", "speed"),
    ("power glued", "A 3 km2 park.", "3 km2", "square kilometre", "area"),
    ("caret power", "A 70 m^2 flat.", "70 m^2", "square metre", "area"),
    ("superscript power", "A 12 cm² chip.", "12 cm²", "square centimetre", "area"),
    ("power after", "The lake covers 8 km squared.", "8 km squared", "square kilometre", "area"),
    ("square before", "It covers 15 square miles.", "15 square miles", "square mile", "area"),
    ("cubic before", "It holds 40 cubic metres.", "40 cubic metres", "cubic metre", "volume"),
    ("inverse", "The rate is 3 s-1 here.", "3 s-1", "inverse second", "frequency"),
    ("composed name", "A flux of 7 W/m^2 per day.", "7 W/m^2 per day", "watt per square metre per day", "rate"),
    ("dose", "A dose of 5 mg/kg/day.", "5 mg/kg/day", "milligram per kilogram per day", "rate"),
    ("dotted", "It went 70 m.p.h. on the road.", "70 m.p.h.", "mile per hour", "speed"),
    ("case variant", "The chip runs at 3 Ghz.", "3 Ghz", "gigahertz", "frequency"),
    ("capitals", "The race is 10 KM long.", "10 KM", "kilometre", "length"),
    ("degrees and a scale", "It was 21 degrees Fahrenheit.", "21 degrees Fahrenheit", "fahrenheit", "temperature"),
    ("misspelt scale", "It was 30 degrees celcius.", "30 degrees celcius", "celsius", "temperature"),
    ("a hyphenated unit", "A 6-kilometre walk.", "6-kilometre", "kilometre", "length"),
    # currencies from ISO 4217
    ("colón after", "The fare is 500 ₡ now.", "500 ₡", "costa rican colón", "currency"),
    ("lari glued after", "It cost 40₾ in town.", "40₾", "georgian lari", "currency"),
    ("lowercase code before", "It cost usd 70 in all.", "usd 70", "dollar", "currency"),
    ("code and dollar sign", "It cost cad$ 35.", "cad$ 35", "canadian dollar", "currency"),
    ("spaced country prefix", "It cost HK $ 900.", "HK $ 900", "hong kong dollar", "currency"),
    ("country name prefix", "It cost Mex$ 300.", "Mex$ 300", "mexican peso", "currency"),
    ("bare francs", "It raised 80 million francs.", "80 million francs", "franc", "currency"),
    ("francs with their country", "It raised 80 million Swiss francs.", "80 million Swiss francs", "swiss franc", "currency"),
    ("historic currency", "It paid 700 million Finnish markka.", "700 million Finnish markka", "finnish markka", "currency"),
    # ambiguous symbols read by context
    ("kt of wind", "Winds reached 65 kt at sea.", "65 kt", "knot", "speed"),
    ("kt of a bomb", "The bomb yielded 20 kt.", "20 kt", "kiloton", "energy"),
    ("c of money", "The dividend rose to 23c a share.", "23c a share", "cent per share", "rate"),
    ("F of a capacitor", "The capacitor holds 3 F.", "3 F", "farad", "capacitance"),
    ("F glued", "It was 95F outside.", "95F", "fahrenheit", "temperature"),
    ("in of length", "The board is 3 in thick.", "3 in", "inch", "length"),
    ("bps of rates", "The bank cut rates by 50 bps.", "50 bps", "basis point", "percentage"),
    # percentage points are no percentages
    ("percentage points", "Support fell 4 percentage points.", "4 percentage points", "percentage point", "percentage"),
    ("basis points", "Yields rose 12 basis points.", "12 basis points", "basis point", "percentage"),
    # ages
    ("yo", "A 64 yo woman was seen.", "64 yo", "year of age", "age"),
    ("age is", "Her age is no more than forty.", "no more than forty", "year of age", "age"),
    # rates
    ("slash rate on money", "They pay $22.5/hour now.", "$22.5/hour", "dollar per hour", "rate"),
    ("more before per", "It asks 30 cents more per gallon.", "30 cents more per gallon", "cent per gallon", "rate"),
    ("rate after the of phrase", "It burns 3 million tonnes of coal a year.", "3 million tonnes of coal a year", "tonne per year", "rate"),
    # counted nouns from a lemmatizer
    ("latin plural", "They found 7 viruses.", "7 viruses", "virus", "count"),
    ("greek plural", "It pooled 4 meta-analyses.", "4 meta-analyses", "meta-analysis", "count"),
    ("people stays", "It hired 30 personnel.", "30 personnel", "personnel", "count"),
    ("quantifier inside", "It sent eight other doctors.", "eight other doctors", "doctor", "count"),
    ("more inside", "It ordered 15 more buses.", "15 more buses", "bus", "count"),
    ("unmarked plural", "Some 300 staff were sent home.", "Some 300 staff", "staff", "count"),
    ("pieces are counted", "It sold 40 pieces.", "40 pieces", "piece", "count"),
    ("unmarked plural after modifiers", "It bought 9 cargo aircraft.", "9 cargo aircraft", "cargo aircraft", "count"),
    ("unit in braces", "The load is 35 {kg} in all.", "35 {kg}", "kilogram", "mass"),
    ("unit in angle brackets", "The load is 35 <lb> in all.", "35 <lb>", "pound-mass", "mass"),
    ("scale in lower case", "Set it to 40 degrees c now.", "40 degrees c", "celsius", "temperature"),
    ("irregular plural of a unit", "It bid 320 pence a share.", "320 pence a share", "penny per share", "rate"),
    ("tons are tons", "It shipped 9,000 tons.", "9,000 tons", "ton", "mass"),
]


@pytest.mark.parametrize(
    "text, surface, unit, dimension", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_unit(text: str, surface: str, unit: str | None, dimension: str) -> None:
    found = {r.surface: r for r in rows(text)}
    assert surface in found, list(found)
    assert (found[surface].unit, found[surface].dimension) == (unit, dimension)


def test_unit_surface_is_as_written() -> None:
    (row,) = rows("The Russian military lost more than 1,200 people a day.")
    assert row.unit_surface == "people a day"


@pytest.mark.parametrize("text", ["He arrived at 5 in the morning.", "We met 3 a week later."])
def test_short_words_are_no_units(text: str) -> None:
    assert all(r.unit is None for r in rows(text))


# (name, text, rows as (surface, value, unit))
ROWS = [
    ("a capitalised plural is counted", "Nearly 400 Danes voted.", [("Nearly 400 Danes", 400, "dane")]),
    ("a capitalised plural of a make", "She sold 12 Volvos.", [("12 Volvos", 12, "volvo")]),
    ("feet and inches", "The fence is 6 ft 3 in high.", [("6 ft 3 in", 6.25, "foot")]),
    ("feet and inches spelt", "He stood 6 feet and 6 inches.", [("6 feet and 6 inches", 6.5, "foot")]),
    ("dollars and cents in words", "It cost twelve dollars thirty cents.", [("twelve dollars thirty cents", 12.3, "dollar")]),
    ("dollars and a bare number", "It cost 40 dollars and 25.", [("40 dollars and 25", 40.25, "dollar")]),
    ("code and a bare number", "It cost 9 EUR 50.", [("9 EUR 50", 9.5, "euro")]),
    ("dollar sign between", "It cost 20 $ 75 cent.", [("20 $ 75 cent", 20.75, "dollar")]),
    ("hours and minutes", "The flight took 3 hours 20 minutes.", [("3 hours 20 minutes", 3 + 1 / 3, "hour")]),
    ("metric units stay apart", "The rope is 7 m 5 dm long.", [("7 m", 7, "metre"), ("5 dm", 5, "decimetre")]),
    ("a list is no compound", "It took 2 hours, 10 minutes, and 5 seconds.",
     [("2 hours", 2, "hour"), ("10 minutes", 10, "minute"), ("5 seconds", 5, "second")]),
    ("suspended hyphen", "Choose an 8- or 10-inch pan.", [("8", 8, "inch"), ("10-inch", 10, "inch")]),
    ("parallel phrase", "It sold 40 flats by auction and 15 by private sale.",
     [("40 flats", 40, "flat"), ("15", 15, "flat")]),
    ("power is no number", "A 9km^2 farm.", [("9km^2", 9, "square kilometre")]),
    ("product code", "Order part 58120L404 today.", []),
    ("code after a word and hyphen", "The file abc-42m was lost.", []),
    ("model name", "It flew an Airbus 330F home.", []),
    ("form name", "The 10K filing was late.", []),
    ("glued unit keeps its number", "It hit 250km/hr.", [("250km/hr", 250, "kilometre per hour")]),
    ("percent before of", "per cent of 75", [("75", 75, "percentage")]),
    ("a bound after the compound", "It is 9 ft 4 in or so.", [("9 ft 4 in or so", 9 + 1 / 3, "foot")]),
    ("compared with the one before", "Sales hit 5.1 million cars, up from 4.2 million.",
     [("5.1 million cars", 5.1e6, "car"), ("4.2 million", 4.2e6, "car")]),
    ("closing quote is no inch", 'She said "forty-two" twice.', [("forty-two", 42, None), ("twice", 2, "count")]),
    ("letter and hyphen before digits", "Ask for 3519 K-77 now.", []),
    ("feet and inches glued", "The player is 6ft11 tall.", [("6ft11", 6 + 11 / 12, "foot")]),
    ("feet and inches glued with the inch", "A 4ft9in gap.", [("4ft9in", 4.75, "foot")]),
    ("feet and inches in marks", "She is 5'4\" tall.", [("5'4\"", 5 + 4 / 12, "foot")]),
    ("hours and minutes glued", "The stage took 3h15.", [("3h15", 3.25, "hour")]),
    ("a sentence's dot after a one-letter unit", "The dividend is 14c.", [("14c", 14, "cent")]),
    ("a fund's unit is no money", "It shipped 900units.", [("900units", 900, "unit")]),
    ("prefixed SI name the database lists bare", "Crews got 12 millisieverts.", [("12 millisieverts", 12, "millisievert")]),
    ("prefixed SI symbol", "A 3 mSv scan.", [("3 mSv", 3, "millisievert")]),
    ("revolutions per minute", "It idles at 800 rpm.", [("800 rpm", 800, "revolution per minute")]),
    ("-fold is a multiple", "Costs rose sixfold.", [("sixfold", 6, "count")]),
    ("twice a day is a rate", "She calls twice a day.", [("twice a day", 2, "count per day")]),
    ("thrice is a multiple", "He was warned thrice.", [("thrice", 3, "count")]),
    ("one of the N nouns", "It is one of the seven wonders.", [("one", 1, "wonder"), ("seven wonders", 7, "wonder")]),
    ("hyphened -fold", "It saw a 4-fold jump.", [("4-fold", 4, "count")]),
    ("verb before a currency noun is no label", "It cost 40 tugrik.", [("40 tugrik", 40, "mongolian tugrik")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in ROWS], ids=[c[0] for c in ROWS])
def test_rows(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.surface, pytest.approx(r.value), r.unit) for r in rows(text)] == expected


def test_ratio_takes_no_counted_noun() -> None:
    from figures import counted
    from figures.records import Quantity

    q = Quantity(0, 11, 0, 11, 0.2, 0.2, 0.2, "=", "ratio")
    assert counted.counted("one in five adults", q, 18, lambda w: None) is None
