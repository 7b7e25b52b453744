"""Numbers that are not quantities: dates, years, ordinals, times, references, phone numbers.

Why
---
A claim is a count, an amount, a measure. "6 novembre 2020", "2020-11-12", "on 26 November",
"en 2017", "2nd", "1er", "14h30", "procedimento penale 11226/17", "art. 171-ter",
"+33 1 23 45 67 89" all hold digits and none is a claim; reading them would flood every rule
with noise. Three mechanisms, cheapest first:

1. `SKIP` alternatives in the master regex consume whole shapes (ISO and numeric dates,
   times, slash references, phone numbers, ordinals, versions) before a number can match;
2. right context: a month name after a day number ("6 novembre", "26 November");
3. left context (reversed): a month before a day or year ("November 26", "mars 2020"),
   a reference word or a name before a number ("art. 171", "n° 12", "Boeing 737",
   "Windows 11"), a year preposition before a four-digit year ("en 2017", "nel 2019"),
   an Italian time cue before "hh.mm" ("alle 14.30").

A bare four-digit integer from 1900 to 2099 with no currency, unit, scale or qualifier is a
year: news writes counts of that size with a separator ("2 000", "2,000").

Example
-------
>>> import re
>>> bool(re.match(SKIP, "2020-11-12"))
True
>>> is_year("2017")
True
"""

from __future__ import annotations

import re

from sourcecheck import regexcache
from sourcecheck.quantities.lexicon import alternation, load, reversed_alternation

_S = "[ \u00a0\u202f\u2009]"
_TAIL = r"(?![^\W\d_])"

SKIP = "|".join(
    (
        r"\d{4}-\d{1,2}-\d{1,2}(?!\d)",  # ISO date
        r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)",  # 12/11/2020, 12.11.2020
        r"\d{1,2}(?::\d{2}){1,2}(?!\d)",  # 10:30, 10:30:15
        r"\d{1,2}" + _S + r"?h" + _S + r"?\d{2}(?!\d)",  # 14h30, 14 h 30
        r"\d{1,2}h" + _TAIL,  # 14h
        r"\d{1,2}" + _S + r"?(?:[ap]\.m\.|[ap]m)" + _TAIL,  # 10 am, 11pm
        r"\d{1,12}(?:/\d{1,12}){1,3}(?!\d)",  # 11226/17, 24/7, n. 633/1941
        r"\+\d{1,3}(?:[ .\-\u00a0]?\(?\d{1,4}\)?){2,6}(?!\d)",  # +33 1 23 45 67 89
        r"0\d(?:[ .\-\u00a0]\d{2}){4}(?!\d)",  # 06 12 34 56 78
        r"\(\d{3}\)" + _S + r"?\d{3}[ .\-]\d{4}(?!\d)",  # (555) 123-4567
        r"\d{3}-\d{3}-\d{4}(?!\d)",  # 555-123-4567
        r"0\d{1,3}[ /\-]\d{5,8}(?!\d)",  # 06 1234567
        r"\d{1,6}(?:ᵉʳ|ᵉ|er|re|ère|ème|eme|e|è|nd|st|rd|th|°|ª|º)" + _TAIL,  # 1er, 2nd, 2°
        r"(?!\d{1,3}(?:\.\d{3})+(?![.\d]))\d{1,4}(?:\.\d{1,4}){2,4}(?![.\d])",  # 1.2.3, IPs
        r"(?<=[\s(]['’])\d{2}(?:s(?![^\W\d_]))?(?!\d)",  # decades: "anni '90", "the '90s"
    )
)

# What every SKIP shape starts with, tested before them (trying each shape cost as much as
# reading the number): "+", "(", "0", an apostrophe before it (decades), or leading digits
# followed by anything but a digit, a comma, a point or "%"; by a point only before digits
# and a second mark ("12.11.2020", "1.2.3"); by a space only before "h" and digits ("14 h
# 30") or "am", "pm", "a.m." ("10 am"). Most figures ("700 serveurs", "5 500", "10,7",
# "5.5", "59%", "12 hectares") fail it at once. Keep it in step with SKIP
# (tests/test_quantities_properties.py checks it wherever a shape matches).
SKIP_START = (
    r"(?=[+(0]|(?<=['’])|\d{1,12}+(?:[^\d,.%" + _S[1:-1] + r"]|\.\d{1,4}[-/.]"
    r"|" + _S + r"(?:h" + _S + r"?\d|[ap]\.?m)))"
)

MONTHS = (
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "janv.", "févr.", "avr.",
    "juil.", "sept.", "oct.", "nov.", "déc.",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "dicembre", "gen.", "genn.", "febbr.", "magg.", "mag.", "giu.",
    "lug.", "ago.", "sett.", "set.", "ott.", "dic.",
)  # fmt: skip

# Right after a number: a month name makes it a day ("6 novembre", "26 November"), so does
# a second day number and its month ("23 e 24 novembre", "des 23 et 24 novembre").
_JOINS = ("e", "et", "and", "ed", "au", "al", "à", "a", "to")
# The words (as `Grammar.token` reads them, in lower case) before the second day number:
# with a month's first word, the words `MONTH_AFTER` may begin with (`Grammar.month_words`).
MONTH_LEADS = frozenset((*_JOINS, "all", "–"))
MONTH_AFTER = (
    r"(?:(?:" + _S + r"+(?:" + "|".join(_JOINS) + ")" + _S + r"+(?:(?:il|le|the)" + _S + r"+"
    r"|l['’])?|" + _S + r"+(?:e|a)" + _S + r"+l['’]|" + _S + r"+all['’]|[-–])"
    r"(?:[0-3]?\d)(?:er|°|st|nd|rd|th)?)?" + _S + r"{1,3}" + alternation(MONTHS) + r"(?![^\W\d_])"
)

# Words that introduce a reference, not a quantity: "art. 171", "n° 12", "comma 3".
REFERENCES = (
    "art.", "art", "artt.", "article", "articles", "articolo", "articoli", "n.", "n°", "nº",
    "no.", "nr.", "num.", "numéro", "numero", "number", "§", "comma", "commi", "alinéa",
    "paragraphe", "paragraph", "paragrafo", "section", "sezione", "legge", "loi", "décret",
    "decreto", "d.lgs.", "dpr", "page", "pages", "p.", "pp.", "pag.", "chapitre", "chapter",
    "capitolo", "rue", "via", "viale", "piazza", "avenue", "boulevard", "street", "route",
    "tome", "volume", "vol.", "édition", "version", "saison", "season", "stagione", "episode",
    "épisode", "episodio", "ligne", "line", "linea", "rg", "r.g.", "procedimento", "proc.",
    "dossier", "affaire", "case", "causa", "sentenza", "arrêt", "ruling",
)  # fmt: skip

# Words a number after which is part of a name ("Boeing 737", "Windows 11", "COP 28"), and
# words that make an "hh.mm" figure a clock time ("alle 14.30"): data/names.yaml.
NAMES = tuple(load("names")["names"])
TIME_CUES = tuple(load("names")["time_cues"])
# Words around a whole hour that make it a clock time ("vers 22 heures", "alle 19 l'affluenza").
HOUR_CUES = tuple(load("names")["hour_cues"])
HOUR_WORDS = tuple(load("names")["hour_words"])
CLOCK_FOLLOWERS = tuple(load("names")["clock_followers"])
WORD_HOUR_BOUNDS = tuple(load("names")["word_hour_bounds"])

# Weekdays, and the words after "weekday + number" that make the number a day of the month
# ("Lunedì 4 sono state evacuate…", "Lundi 4, la préfecture…"): data/dates.yaml.
WEEKDAYS = tuple(w for ws in load("dates")["weekdays"].values() for w in ws)
DAY_FOLLOWERS = {lang: tuple(ws) for lang, ws in load("dates")["day_followers"].items()}

YEAR_WORDS = (
    "en", "in", "nel", "nell'", "dal", "dall'", "del", "dell'", "al", "all'", "since", "depuis",
    "dès", "des", "until", "till", "by", "jusqu'en", "fin", "début", "mi-", "since", "of",
    "from", "année", "l'année", "anno", "l'anno", "year", "the year", "summer", "été", "estate",
    "printemps", "spring", "automne", "autumn", "autunno", "hiver", "winter", "inverno",
    "entre", "between", "tra", "fra", "et", "and", "e", "à", "to", "a", "ou", "or", "o",
)  # fmt: skip

# Reversed left context before a figure: a reference word, or a month (with a day).
EXCLUDE_REVERSED = (
    _S
    + r"*(?:(?P<ref>"
    + reversed_alternation(REFERENCES + NAMES)
    + r")|(?P<day>,?"
    + _S
    + r"*\d{1,2}"
    + _S
    + r"+)?(?P<month>"
    + reversed_alternation(MONTHS)
    + r")|"
    + _S
    + r"(?P<weekday>"
    + reversed_alternation(WEEKDAYS)
    + r"))(?![^\W\d_])"
)
# Reversed left context of a four-digit figure: a word that introduces a year.
YEAR_CUE_REVERSED = _S + r"*" + reversed_alternation(YEAR_WORDS) + r"(?![^\W\d_])"
# Reversed left context of an "hh.mm" figure: a word that makes it a clock time.
TIME_CUE_REVERSED = _S + r"+" + reversed_alternation(TIME_CUES) + r"(?![^\W\d_])"
# Reversed left context of a whole hour: a cue word ("vers |22 heures"), or "alle ore |23".
HOUR_CUE_REVERSED = _S + r"+" + reversed_alternation(HOUR_CUES) + r"(?![^\W\d_])"
WORD_HOUR_BOUND_REVERSED = _S + r"+" + reversed_alternation(WORD_HOUR_BOUNDS) + r"(?![^\W\d_])"
ORE_REVERSED = (
    _S
    + r"+ero"
    + _S
    + r"+"
    + reversed_alternation(("alle", "dalle", "le", "delle"))
    + r"(?![^\W\d_])"
)
_TIME = regexcache.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


def is_time(raw: str) -> bool:
    """An "hh.mm" figure ("14.30", "9.05"), the shape of a clock time."""
    return _TIME.fullmatch(raw) is not None


def is_year(raw: str) -> bool:
    """A bare four-digit integer from 1900 to 2099 ("2017"), the shape of a year."""
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099


# Reversed left context of the second day of a month-first span: "March 17 to |18",
# "between June 3 and |5", "May 2 through |4" (the English order; "du 17 au 18 mars" and
# "dal 3 al 5 giugno" put the month last, which MONTH_AFTER reads).
_SPAN_JOINS = ("to", "and", "through", "until", "til")
# The word before such a second day (reversed, lower case, as `Grammar.token` reads it), or
# None: a figure after another word is never one (`plain.read_num` asks this first).
SPAN_LEADS_REVERSED = frozenset((*(w[::-1] for w in _SPAN_JOINS), "–"))
_SPAN_DAY_REVERSED = regexcache.compile(
    _S
    + r"*(?:"
    + "|".join(w[::-1] for w in _SPAN_JOINS)
    + "|[-–])"
    + _S
    + r"*(?:ts|dn|dr|ht)?\d{1,2}"
    + _S
    + r"+(?:"
    + reversed_alternation(MONTHS)
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# After a span's second day: punctuation, a digit or the end, not a word ("to 18, 40 homes"
# is a date; "March 3 and 4 people" leaves the 4 a count).
_NO_WORD_AFTER = regexcache.compile(r"[^\S\n]*(?:[^\w\s]|\d|$)")


def is_span_end_day(text: str, rtext: str, s: int, e: int) -> bool:
    """Whether the figure `text[s:e]` (1 to 31) ends a month-first span of days.

    Why: American and wire copy write "from March 17 to 18" or "between June 3 and 5,"; the
    first day already reads as a date, and the second must not become a figure 18 or 5.

    Example: in "Overnight from March 17 to 18, 40 homes flooded" the 18 is a day; in "On
    March 3 and 4 people died" the 4 stays a count. `rtext` is `text` reversed.
    """
    n = len(text)
    window = n - max(0, s - 30)
    return (
        _SPAN_DAY_REVERSED.match(rtext, n - s, window) is not None
        and _NO_WORD_AFTER.match(text, e) is not None
    )
