"""Physical units and percentages, named through pint.

Why
---
The `unit-conversion` rule converts between what sources wrote ("42 km" vs "26 miles",
"hectares" vs "acres"); pint does that arithmetic and knows the canonical names. This module
maps the written forms of fr/en/it news to pint expressions; pint turns each into its
canonical name once (cached), from a registry created on first use only — most texts carry
no physical unit and should not pay for loading pint's definitions.
Abbreviations are case-sensitive ("MW" is not "mW"; "M" is a scale word); words are not.

Example
-------
>>> unit_of("kilomètres")
'kilometer'
>>> unit_of("MW")
'megawatt'
>>> unit_of("per cento")
'percent'
>>> unit_of("milles"), unit_of("°C")
('nautical_mile', 'degree_Celsius')
"""

from __future__ import annotations

from functools import lru_cache

from sourcecheck.quantities.lexicon import alternation, normalise

PERCENT_FORMS = ("%", "pour cent", "pourcent", "per cento", "percento", "percent", "per cent")
# A difference of percentages, never a percent (issue 12): "0.3 percentage points".
PERCENTAGE_POINT_FORMS = (
    "percentage point", "percentage points", "point de pourcentage", "points de pourcentage",
    "punto percentuale", "punti percentuali",
)  # fmt: skip

# Case-sensitive abbreviations -> pint expression.
ABBREVIATIONS: dict[str, str] = {
    "km": "kilometer",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "ha": "hectare",
    "km²": "kilometer ** 2",
    "km2": "kilometer ** 2",
    "m²": "meter ** 2",
    "m2": "meter ** 2",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "μg": "microgram",
    "µg": "microgram",
    "ug": "microgram",
    "dm": "decimeter",
    "ml": "milliliter",
    "mL": "milliliter",
    "cl": "centiliter",
    "l": "liter",
    "L": "liter",
    "hl": "hectoliter",
    "kph": "kilometer / hour",
    "kmph": "kilometer / hour",
    "km/hr": "kilometer / hour",
    "rad": "radian",
    "bit": "bit",
    "bits": "bit",
    "kbps": "kilobit / second",
    "t": "metric_ton",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kW": "kilowatt",
    "TW": "terawatt",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "km/h": "kilometer / hour",
    "mph": "mile / hour",
    "°C": "degree_Celsius",
    "ºC": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "ºF": "degree_Fahrenheit",
    "ft": "foot",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "GB": "gigabyte",
    "MB": "megabyte",
    "TB": "terabyte",
    "Gbps": "gigabit / second",
    "Mbps": "megabit / second",
}

# A degree letter glued to its figure, as wire copy writes temperatures: "45C (113F)".
# Only glued ("45 C" is no temperature: a list's label, a grade) and after at most three
# integer digits; `context.read_right` reads it.
GLUED_DEGREES: dict[str, str] = {"C": "°C", "F": "°F"}

# Words (matched in lower case) -> pint expression.
WORDS: dict[str, str] = {
    **{w: "kilometer" for w in ("kilomètre", "kilomètres", "kilometre", "kilometres")},
    **{w: "kilometer" for w in ("kilometer", "kilometers", "chilometro", "chilometri")},
    **{w: "meter" for w in ("mètre", "mètres", "metre", "metres", "meter", "meters")},
    **{w: "meter" for w in ("metro", "metri")},
    **{w: "mile" for w in ("mile", "miles", "miglio", "miglia")},
    # French writes a land mile "mile" and a sea mile "mille": "à 20 milles des côtes"
    **{w: "nautical_mile" for w in ("milles", "nautical mile", "nautical miles")},
    **{w: "nautical_mile" for w in ("mille nautique", "milles nautiques", "mille marin")},
    **{w: "nautical_mile" for w in ("milles marins", "miglio nautico", "miglia nautiche")},
    **{w: "hectare" for w in ("hectare", "hectares", "ettaro", "ettari")},
    **{w: "acre" for w in ("acre", "acres", "acri")},
    **{w: "metric_ton" for w in ("tonne", "tonnes", "tonnellata", "tonnellate")},
    **{w: "metric_ton" for w in ("metric ton", "metric tons", "tonnes métriques")},
    **{w: "ton" for w in ("ton", "tons")},
    **{w: "kilogram" for w in ("kilo", "kilos", "kilogramme", "kilogrammes", "kilogram")},
    **{w: "kilogram" for w in ("kilograms", "chilogrammo", "chilogrammi", "chili")},
    **{w: "gram" for w in ("gramme", "grammes", "gram", "grams", "grammo", "grammi")},
    **{w: "megawatt" for w in ("megawatt", "megawatts", "mégawatt", "mégawatts")},
    **{w: "gigawatt" for w in ("gigawatt", "gigawatts")},
    **{w: "kilowatt" for w in ("kilowatt", "kilowatts")},
    **{
        w: f"{prefix}watt_hour"
        for prefix in ("kilo", "mega", "giga", "tera")
        for w in (
            f"{prefix}watt-hour",
            f"{prefix}watt-hours",
            f"{prefix}watt hours",
            f"{prefix}wattheure",
            f"{prefix}wattheures",
            f"{prefix}wattora",
            f"{prefix}wattore",
        )
    },
    **{w: "megawatt_hour" for w in ("mégawattheure", "mégawattheures")},
    **{w: "terawatt_hour" for w in ("térawattheure", "térawattheures")},
    **{w: "foot" for w in ("foot", "feet", "pied", "pieds", "piede", "piedi")},
    **{w: "inch" for w in ("inch", "inches", "pouce", "pouces", "pollice", "pollici")},
    **{w: "pound" for w in ("libbra", "libbre")},
    **{w: "ounce" for w in ("ounce", "ounces", "once", "onces", "oncia", "once")},
    **{w: "gallon" for w in ("gallon", "gallons", "gallone", "galloni")},
    **{w: "liter" for w in ("litre", "litres", "liter", "liters", "litro", "litri")},
    **{w: "barrel" for w in ("baril", "barils", "barrel", "barrels", "barile", "barili")},
    **{w: "kilometer ** 2" for w in ("square kilometres", "square kilometers")},
    **{w: "kilometer ** 2" for w in ("kilomètres carrés", "chilometri quadrati")},
    **{w: "meter ** 2" for w in ("square metres", "square meters", "mètres carrés")},
    **{w: "meter ** 2" for w in ("metri quadrati", "metri quadri")},
    **{w: "centimeter" for w in ("centimètre", "centimètres", "centimetre", "centimetres")},
    **{w: "centimeter" for w in ("centimeter", "centimeters", "centimetro", "centimetri")},
    **{w: "millimeter" for w in ("millimètre", "millimètres", "millimetre", "millimetres")},
    **{w: "millimeter" for w in ("millimeter", "millimeters", "millimetro", "millimetri")},
    **{w: "hectometer" for w in ("hectomètre", "hectomètres", "hectometre", "hectometres")},
    **{w: "microgram" for w in ("microgram", "micrograms", "microgramme", "microgrammes")},
    **{w: "microgram" for w in ("microgrammo", "microgrammi")},
    **{w: "milligram" for w in ("milligram", "milligrams", "milligramme", "milligrammes")},
    **{w: "milliliter" for w in ("millilitre", "millilitres", "milliliter", "milliliters")},
    **{w: "foot ** 3" for w in ("cubic feet", "cubic foot", "pieds cubes", "piedi cubi")},
    **{w: "meter ** 3" for w in ("cubic metres", "cubic meters", "mètres cubes", "metri cubi")},
    **{w: "degree" for w in ("degree", "degrees", "degré", "degrés", "grado", "gradi")},
    **{
        f"{degree} {scale}": unit
        for degree in ("degree", "degrees", "degré", "degrés", "grado", "gradi")
        for scale, unit in (
            ("celsius", "degree_Celsius"),
            ("centigrade", "degree_Celsius"),
            ("centigradi", "degree_Celsius"),
            ("fahrenheit", "degree_Fahrenheit"),
        )
    },
    **{w: "radian" for w in ("radian", "radians", "radiant", "radianti")},
    **{w: "tablespoon" for w in ("tablespoon", "tablespoons")},
    **{w: "teaspoon" for w in ("teaspoon", "teaspoons")},
    **{w: "kilometer / hour" for w in ("kilometres per hour", "kilometers per hour")},
    **{w: "kilometer / hour" for w in ("kilomètres par heure", "chilometri orari")},
    **{w: "mile / hour" for w in ("miles per hour", "miles par heure", "miglia orarie")},
    **{w: "percent" for w in PERCENT_FORMS},
    **{w: "percentage_point" for w in PERCENTAGE_POINT_FORMS},
}

UNIT_PATTERN = alternation([*ABBREVIATIONS, *WORDS])


@lru_cache(maxsize=1)
def registry():
    """The one pint UnitRegistry of the process (created on first use), with the units news
    adds: `fraction` (two-thirds = 0.667 fraction = 66.7 percent) and `percentage_point`, a
    dimension of its own (a difference of percentages converts to nothing else)."""
    from sourcecheck.pintload import import_pint

    pint = import_pint()

    ureg = pint.UnitRegistry()
    ureg.define("fraction = 1")
    ureg.define("percentage_point = [percentage_point] = pp")
    return ureg


@lru_cache(maxsize=512)
def unit_of(written: str) -> str | None:
    """The canonical pint name of a written unit ("km" → "kilometer"), or None if unknown."""
    expr = ABBREVIATIONS.get(written) or WORDS.get(normalise(written))
    if expr is None:
        return None
    if expr == "percent":
        return "percent"
    return str(registry().Unit(expr))
