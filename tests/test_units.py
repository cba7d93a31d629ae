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
    ("yuan", "It was valued at 9 billion yuan.", "9 billion yuan", "chinese yuan", "currency"),
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
    ("litre", "A 5.2 litre V10 engine.", "5.2 litre", "litre", "volume"),
    ("millilitre", "Eight million 250ml bottles.", "250ml", "millilitre", "volume"),
    ("celsius", "It reached 41 degrees Celsius.", "41 degrees Celsius", "celsius", "temperature"),
    ("micrometre, Greek mu", "A 352 μm pixel pitch.", "352 μm", "micrometre", "length"),
    ("times", "Losses are five times higher.", "five times", "count", "count"),
    ("countries", "It spans at least 21 countries.", "at least 21 countries", "country", "count"),
    ("irregular plural", "About 400 young Nepali men signed.", "About 400 young Nepali men", "man", "count"),
    ("residents", "It moved 120,000 residents.", "120,000 residents", "resident", "count"),
    ("compound noun", "Petronas said one of its gas pipelines burst.", "one of its gas pipelines", "gas pipeline", "count"),
    ("superlative to its base", "It is one of the biggest coal mines.", "one of the biggest coal mines", "big coal mine", "count"),
    ("nationality dropped", "It owns five Japanese islets.", "five Japanese islets", "islet", "count"),
    ("people", "It hurt more than 100 people.", "more than 100 people", "people", "count"),
    ("hyphenated count", "A four-cylinder engine.", "four-cylinder", "cylinder", "count"),
    ("people a day", "It lost more than 1,200 people a day.", "more than 1,200 people a day", "people per day", "rate"),
    ("troops a month", "About 10,000 Russian troops a month died.", "About 10,000 Russian troops a month", "troop per month", "rate"),
    ("dollars a month", "They pay a $3500 a month mortgage.", "$3500 a month", "dollar per month", "rate"),
    ("barrels a day", "A cut of 800,000 barrels a day.", "800,000 barrels a day", "barrel per day", "rate"),
    ("barrel-a-day", "One 52,000 barrel-a-day refinery.", "52,000 barrel-a-day", "barrel per day", "rate"),
    ("cents per share", "A loss of 63 cents per share.", "63 cents per share", "cent per share", "rate"),
    ("per square foot", "About $1,100 per square foot.", "About $1,100 per square foot", "dollar per square foot", "rate"),
    ("every year", "Every year we sign up about 6,500 students.", "about 6,500 students", "student per year", "rate"),
    ("year-old", "It ended a 200-year-old tradition.", "200-year-old", "year of age", "age"),
    ("month-old", "Her 18 month-old daughter.", "18 month-old", "month of age", "age"),
    ("aged", "Women aged 25 to 54 work.", "25 to 54", "year of age", "age"),
    ("years old", "He is 35 years old.", "35 years old", "year of age", "age"),
    ("bare", "The index closed at 13176.", "13176", None, "number"),
    ("or shares the unit", "It costs about 8 or $9.", "about 8", "dollar", "currency"),
    ("part of a whole", "He raised 280 million of the 1.5 billion shekels.", "280 million", "shekel", "currency"),
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
    ("inches after feet", "He is 5 ft 11 in tall.", "11 in", "inch", "length"),
    ("inch mark after feet", "She is 5'11\" tall.", "11\"", "inch", "length"),
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
    ("nautical miles", "It has a range of 400 nautical miles.", "400 nautical miles", "nautical mile", "length"),
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
