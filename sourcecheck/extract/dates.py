"""Dates a figure describes ("le 7 mars", "on 31 January", "il 6 novembre", "mardi", "hier").

Why
---
"1,12 million le 19 janvier" and "1,28 million le 7 mars" are two days, not a conflict. A
date written without a year takes the year that puts it nearest the publication date ("le 28
décembre" in a January article is last year's, "le 11 février" in a January one this year's);
a weekday is the last such day on or before the publication date ("lundi dernier", "lunedì
scorso": strictly before), except in a sentence set in the present or the future, where a
weekday that falls the day after publication is that next day ("la vigilance reste en vigueur
mercredi" in a Tuesday story, "700 officers will be deployed for Saturday's match" in a
Friday one); "hier", "ieri", "yesterday" are the day before it. A stretch between two days
("tra lunedì e martedì") opens a period. Dates that open
a period ("depuis mardi", "since Tuesday", "da martedì") are not the day a figure describes,
and are skipped. A date right after a speech verb ("said on Thursday") is the day something
was said, which yields to the day the reported clause states. Relative days and speech verbs
are data (`frames/data/time.yaml`).

Example
-------
>>> [(d.iso, d.since) for d in find_dates("le 7 mars", "2023-03-08")]
[('2023-03-07', False)]
>>> [d.iso for d in find_dates("hier, lunedì scorso", "2024-11-18")]
['2024-11-17', '2024-11-11']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from sourcecheck import regexcache
from sourcecheck.extract.framedata import LANGS, alternation, load

MONTHS = {
    **dict.fromkeys(["janvier", "january", "gennaio", "jan", "janv"], 1),
    **dict.fromkeys(["février", "fevrier", "february", "febbraio", "feb", "févr"], 2),
    **dict.fromkeys(["mars", "march", "marzo", "mar"], 3),
    **dict.fromkeys(["avril", "april", "aprile", "apr", "avr"], 4),
    **dict.fromkeys(["mai", "may", "maggio"], 5),
    **dict.fromkeys(["juin", "june", "giugno", "jun"], 6),
    **dict.fromkeys(["juillet", "july", "luglio", "jul", "juil"], 7),
    **dict.fromkeys(["août", "aout", "august", "agosto", "aug"], 8),
    **dict.fromkeys(["septembre", "september", "settembre", "sep", "sept"], 9),
    **dict.fromkeys(["octobre", "october", "ottobre", "oct", "ott"], 10),
    **dict.fromkeys(["novembre", "november", "nov"], 11),
    **dict.fromkeys(["décembre", "decembre", "december", "dicembre", "dec", "déc", "dic"], 12),
}
WEEKDAYS = {
    **dict.fromkeys(["lundi", "monday", "lunedì", "lunedi"], 0),
    **dict.fromkeys(["mardi", "tuesday", "martedì", "martedi"], 1),
    **dict.fromkeys(["mercredi", "wednesday", "mercoledì", "mercoledi"], 2),
    **dict.fromkeys(["jeudi", "thursday", "giovedì", "giovedi"], 3),
    **dict.fromkeys(["vendredi", "friday", "venerdì", "venerdi"], 4),
    **dict.fromkeys(["samedi", "saturday", "sabato"], 5),
    **dict.fromkeys(["dimanche", "sunday", "domenica"], 6),
}
# Italian abbreviations of months read only with their dot ("il 5 set.", "3 ago. 2025"):
# bare, "set", "ago", "mag" and "gen" are common words of other languages
DOTTED_MONTHS = {
    **dict.fromkeys(["gen.", "genn."], 1),
    "febbr.": 2,
    **dict.fromkeys(["mag.", "magg."], 5),
    "giu.": 6,
    "lug.": 7,
    "ago.": 8,
    **dict.fromkeys(["set.", "sett."], 9),
}
_MONTH = "|".join(re.escape(w) for w in regexcache.longest_first([*MONTHS, *DOTTED_MONTHS]))

_DAY = "|".join(regexcache.longest_first(WEEKDAYS))


def _relative() -> dict[str, int]:
    """Relative day phrase (lowercase, straight apostrophe) → days before publication."""
    return {
        p.lower().replace("’", "'"): n
        for lang in LANGS
        for p, n in (load("time")["relative"].get(lang) or {}).items()
    }


_RELATIVE = _relative()
# The night just past, no day after it ("dans la nuit", "nella notte"): the publication day
_NIGHT_ALONE = frozenset(
    p.lower().replace("’", "'")
    for lang in LANGS
    for p in load("time")["night_alone"].get(lang) or ()
)
# The last word of each relative phrase as `sentences.words` cuts it: "hier", "avant-hier",
# "hui" of "aujourd'hui", "night" of "last night".
RELATIVE_WORDS = frozenset(re.split(r"[\s'’]+", p)[-1] for p in (*_RELATIVE, *_NIGHT_ALONE))
_NIGHT_NOUNS = alternation(w for lang in LANGS for w in load("time")["night_nouns"].get(lang) or ())
_NIGHT_WORDS = frozenset(re.split(r"[\s'’]+", p)[-1] for p in _NIGHT_ALONE)
# The weekend just past ("nel fine settimana", "over the weekend"), dated by its Sunday
_WEEKEND = frozenset(
    p.lower().replace("’", "'") for lang in LANGS for p in load("time")["weekend"].get(lang) or ()
)
_WEEKEND_WORDS = frozenset(re.split(r"[\s'’]+", p)[-1] for p in _WEEKEND)
# Parts of a day and days told from another one: never a counted noun ("40 % la veille").
TIMES_OF_DAY = frozenset(
    w.lower() for lang in LANGS for w in load("time")["times_of_day"].get(lang) or ()
)


def _phrases(entry: str, key: str | None = None) -> str:
    """The alternation of the phrases of `entry` (of its `key` part) in every language."""
    data = load("time")[entry]
    return alternation(
        w for lang in LANGS for w in ((data.get(lang) or {}) if key is None else data[lang][key])
    )


def _reversed(entry: str) -> str:
    """`_phrases(entry)` written backwards, to match the reversed text before a day."""
    data = load("time")[entry]
    return alternation(w[::-1] for lang in LANGS for w in data.get(lang) or ())


_LAST, _NEXT = _phrases("last"), _phrases("next")
_STORY = {
    p.lower().replace("’", "'"): n
    for lang in LANGS
    for p, n in (load("time")["story_relative"].get(lang) or {}).items()
}
_ORDINAL = {
    p.lower().replace("’", "'"): n
    for lang in LANGS
    for p, n in (load("time")["ordinal_days"].get(lang) or {}).items()
}
_YEAR = r"(?:19|20)\d\d"
_DAYNUM = r"[0-3]?\d|1er"
# What may follow "lunedì 12" for 12 to be a day and not a figure: punctuation (not a decimal
# mark: "revendiqué mercredi 1,2 million"), a preposition ("lundi 12 au soir"), a part of the
# day ("lunedì 12 sera").
_DAY_TAIL = rf"(?=\s*[,.](?!\d)|\s*[;:)!?»]|\s+(?:{_phrases('day_tail')}|{alternation(TIMES_OF_DAY)})(?![\w-]))"
# What opens the day of a night ("dans la nuit du 12", "nella notte di lunedì")
_NIGHT_FROM = rf"{_phrases('night', 'from')}|on|del|dell['’]|du"
# A day number right after a night, with its month or the next day ("nella notte 12-13
# maggio", "dans la nuit 3 au 4 mars"): a bare figure there is a count ("a interpellé dans la
# nuit 14 personnes", "ha arrestato nella notte 14 persone"), the night alone its day
_NIGHT_DAYNUM = (
    rf"(?:{_DAYNUM})(?:er|°|st|nd|rd|th)?\s*"
    rf"(?:[-/–]|(?:{_MONTH})\.?(?![\w-])|(?:au|al|to|e|et|and)\s+\d)"
)
# A night between two numbered days, dated by the second, its month written once before
# them ("the night of March 10 to 11") or after them ("nella notte tra il 10 e l'11 marzo",
# "dans la nuit 10-11 mars"): what follows the night's word
_SFX = r"(?:er|°|st|nd|rd|th)?"
_NIGHT_TO = rf"(?:[-–]|(?:{_phrases('night', 'to')})(?:\s+(?:(?:il|le|the)\s+|l['’])?|l['’]))\s*"
_NIGHT_SPAN = (
    rf"\s+(?:(?:{_phrases('night', 'from')})\s+)?(?:(?:il|le|the)\s+)?(?:"
    rf"(?P<xm1>{_MONTH})\.?\s+(?:{_DAYNUM}){_SFX}\s*{_NIGHT_TO}(?P<xd1>{_DAYNUM}){_SFX}"
    rf"(?![\d,.]\d)(?:,?\s+(?P<xy1>{_YEAR}))?"
    rf"|(?:{_DAYNUM}){_SFX}\s*{_NIGHT_TO}(?P<xd2>{_DAYNUM}){_SFX}\s+(?P<xm2>{_MONTH})\.?"
    rf"(?:\s+(?P<xy2>{_YEAR}))?)"
)
_NIGHT_SPAN_AHEAD = re.sub(r"\?P<\w+>", "?:", _NIGHT_SPAN)  # the same, no groups: a lookahead
# The groups that hold a day of the month, its month, its year (one of each per shape)
_DAY_GROUPS, _MONTH_GROUPS = (
    ("d0", "d1", "d2", "d3", "xd1", "xd2"),
    ("m0", "m1", "m2", "m3", "xm1", "xm2"),
)
_YEAR_GROUPS = ("y0", "y1", "y2", "y3", "xy1", "xy2")
_DATE = regexcache.compile(
    rf"(?<![\w-])(?:"
    rf"(?P<night>{_phrases('night', 'words')})\s+(?:(?:{_phrases('night', 'from')})\s+)?"
    rf"(?:{_DAY})\s+(?:{_phrases('night', 'to')})\s+(?P<nb>{_DAY})"
    rf"|(?:{_phrases('night', 'words')}){_NIGHT_SPAN}"
    rf"|(?P<between>{_phrases('between', 'from')})\s+(?:{_DAY})\s+(?:{_phrases('between', 'to')})"
    rf"\s+(?P<bb>{_DAY})"
    rf"|(?P<d1>{_DAYNUM})(?:(?:st|nd|rd|th)(?:\s+of)?|er|°)?\s+(?P<m1>{_MONTH})\.?"  # "7th of March"
    rf"(?:\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>{_DAYNUM})(?:st|nd|rd|th)?(?![\d,.]\d)(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?:(?P<plast>{_phrases('last_before')})|(?P<pnext>{_phrases('next_before')})"
    rf"|(?P<this>{_phrases('this_before')}))\s+(?P<pwd>{_DAY})"
    rf"|(?P<wd>{_DAY})(?:\s+(?P<last>{_LAST})|\s+(?P<next>{_NEXT})"
    rf"|,?\s+(?P<d0>{_DAYNUM})(?:er|°|st|nd|rd|th)?\s+(?P<m0>{_MONTH})\.?(?:,?\s+(?P<y0>{_YEAR}))?"
    rf"|,?\s+(?P<m3>{_MONTH})\.?\s+(?P<d3>{_DAYNUM})(?:st|nd|rd|th)?(?![\d,.]\d)"
    rf"(?:,?\s+(?P<y3>{_YEAR}))?"
    rf"|\s+(?P<dn>{_DAYNUM})(?:er|°|st|nd|rd|th)?{_DAY_TAIL})?"
    rf"|(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>{_YEAR})"
    rf"|(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
    rf"|(?:(?<=^)|(?<=[.!?,;:(—–-]\s)|(?<=\n))(?:le|il|on\s+the)\s+"
    rf"(?P<dm>{_DAYNUM})(?:°|st|nd|rd|th)?{_DAY_TAIL}"
    rf"|(?P<rel>{alternation(_RELATIVE)})"
    rf"|(?P<lastnight>{alternation(_NIGHT_ALONE)})"  # no day after it: then it is a `night`
    rf"(?!\s+(?:(?:{_NIGHT_FROM})\s+)?(?:{_DAY})|\s+(?:{_NIGHT_FROM})\s+\d|\s+{_NIGHT_DAYNUM}"
    rf"|\s+(?:{_NIGHT_NOUNS})(?![\w'’])"  # "overnight stays": an adjective, no night
    rf"|{_NIGHT_SPAN_AHEAD})"
    rf"|(?P<weekend>{alternation(_WEEKEND)})"
    rf"|(?P<story>{alternation(_STORY)})"
    rf"|(?P<ordinal>{alternation(_ORDINAL)})"
    rf")(?![\w-])",
    re.IGNORECASE,
)
# (`_SINCE_REVERSED` reads it backwards: change both together; tests/test_extract_speed.py)
_SINCE = regexcache.compile(
    rf"(?<![\w'’])(?:(?:{_phrases('since')})\s+(?:le\s+|il\s+)?"
    rf"|(?:{_phrases('since_clause')})\s*[^\W\d][^,;:.\d]{{0,60}}\s)$",
    re.IGNORECASE,
)
# `_SINCE` read backwards from the day (a `match` on the reversed text before it): a text
# that fails it fails `_SINCE`, whose search tries every offset of its 80 characters.
_SINCE_REVERSED = regexcache.compile(
    rf"\n?(?:(?:\s+el|\s+li)?\s+(?:{_reversed('since')})"
    rf"|\s[^,;:.\d]{{0,60}}[^\W\d]\s*(?:{_reversed('since_clause')}))(?![\w'’])",
    re.IGNORECASE,
)
# Where a date written in figures may stand, by its year: "14/11/2024", "14.11.2024",
# "2024-11-14" (a pattern that opens with its separator scans a sentence fast).
_NUMERIC = regexcache.compile(r"[/.](?:19|20)\d\d(?!\d)|(?:19|20)\d\d-\d\d-\d\d")


def _centuries(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds "19" or "20", which every `_NUMERIC` match holds: two
    substring searches, where `_NUMERIC` tries its year at every digit (a sentence without
    them holds no date in figures)."""
    return text.find("20", start, end) >= 0 or text.find("19", start, end) >= 0


# "ROME/PARIS, May 13 (Wire) -", "AOSTA, Italy, Nov 25 (Wire) -": a city in capitals, its
# country or region after it
DATELINE = regexcache.compile(r"^[A-ZÀ-Ý'/. -]{3,},\s*$")
# A dateline whose city is not in capitals ("Ajaccio, 12 mai (AFP) –", "Rome, May 13
# (Reuters) -"): a capitalised name opening its line, then the date, an agency in brackets and
# a dash
_LINE_CITY = regexcache.compile(
    r"^[A-ZÀ-Ý][^\W\d_]*(?:[ /'’-]+[A-ZÀ-Ý]?[^\W\d_]*){0,3},\s*$", re.MULTILINE
)
_AFTER_DATELINE = regexcache.compile(r",?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date `text[start:end]` is a dateline's ("PARIS, March 8 (Wire) -",
    "Ajaccio, 12 mai (AFP) –"): the day of the report, not a figure's.

    >>> text = "Ajaccio, 12 mai (AFP) – Quelque 40 personnes ont été évacuées."
    >>> is_dateline(text, 9, 15), is_dateline("Selon la police, 12 mai.", 17, 23)
    (True, False)
    """
    if DATELINE.search(text[max(0, start - 40) : start]):
        return True
    return (
        _LINE_CITY.search(text, max(0, start - 40), start) is not None
        and _AFTER_DATELINE.match(text, end) is not None
    )


class DateMention(NamedTuple):
    start: int
    end: int
    iso: str | None  # None when no publication date lets us place it
    since: bool  # opens a period ("depuis mardi", "tra lunedì e martedì"): not a figure's day
    weekday: bool = False  # "mardi", "hier", "la veille": ends a clause without a preposition
    said: bool = False  # right after a speech verb ("said on Thursday"): the day of a statement
    last: bool = False  # "lundi dernier", "lunedì scorso": a past day, never the story's day
    of_noun: bool = False  # "il crollo di martedì": an event's day, not the day a toll was given
    told: bool = False  # "la veille", "the next day": told from the story's day, never it
    toll: bool = False  # "il bilancio del naufragio di lunedì": the event's day a toll is of


# A day told from another one, its article left out: "(del) giorno prima", "(la) veille"
_ARTICLE = regexcache.compile(r"^(?:le|la|il|the|l['’])\s*")
_STORY_PHRASE = regexcache.compile(
    rf"(?:{alternation(_ARTICLE.sub('', p) for p in _STORY)})(?![\w-])", re.IGNORECASE
)


def day_phrase_at(text: str, pos: int) -> bool:
    """Whether a day told from another one starts at `pos` ("giorno prima" of "il giorno
    prima erano 80", "day before"): never a counted noun."""
    return _STORY_PHRASE.match(text, pos) is not None


# Words that trigger the date pattern: month and weekday names, relative days' last words.
# A story phrase is looked for around its longest word ("veille", "previous", "giorno"): its
# last word may be a common one ("the next day").
_STORY_WORDS = frozenset(max(re.split(r"[\s'’]+", p), key=len) for p in _STORY)
_ORDINAL_WORDS = frozenset(re.split(r"[\s'’]+", p)[-1] for p in _ORDINAL)
_DATE_WORDS = (
    frozenset(MONTHS)
    | frozenset(w.rstrip(".") for w in DOTTED_MONTHS)
    | frozenset(WEEKDAYS)
    | RELATIVE_WORDS
    | _STORY_WORDS
    | _ORDINAL_WORDS
    | _WEEKEND_WORDS
)
# "Le 3, …", "Il 12 sera", "On the 3rd, …": an article and a day of the month (`dm`)
_DAY_ARTICLES = frozenset(("le", "il", "the"))
_NUMBER_AFTER = regexcache.compile(r"\s+[0-3]?\d(?!\d)")
_DATE_TRIGGERS = _DAY_ARTICLES | _DATE_WORDS  # the only words that open a window


@lru_cache(maxsize=4)
def _speech(lang: str | None) -> re.Pattern:
    langs = (lang,) if lang in LANGS else LANGS
    verbs = alternation(v for code in langs for v in load("time")["speech"].get(code) or ())
    return regexcache.compile(
        rf"(?<![\w'’])(?:{verbs})(?:\s+(?:on|le|il|lo))?\s*,?\s*$", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _inverted_speech(lang: str | None) -> re.Pattern:
    """A speech verb of an incise, its subject after it, right before a day (", a indiqué
    la préfecture jeudi", ", ha riferito la prefettura giovedì", ", said the coastguard on
    Thursday"): the day something was said, as "said on Thursday" is."""
    langs = (lang,) if lang in LANGS else LANGS
    verbs = alternation(v for code in langs for v in load("time")["speech"].get(code) or ())
    return regexcache.compile(
        rf",\s*(?:{verbs})\s+(?:la|le|les|l['’]|il|lo|i|gli|the)\s*[^\W\d_]+"
        rf"(?:\s+[^\W\d_]+){{0,3}}?\s+(?:(?:on|le|il|lo)\s+)?$",
        re.IGNORECASE,
    )


INVERTED_REACH = 60  # characters before a day where the speech verb of an incise stands


def _said(text: str, at: int, speech: re.Pattern, lang: str | None) -> bool:
    """Whether the day at `at` is the day something was said: right after a speech verb
    ("said on Thursday", "a indiqué jeudi"), or after the subject an incise puts after it."""
    if speech.search(text, max(0, at - 30), at):
        return True
    return _inverted_speech(lang).search(text, max(0, at - INVERTED_REACH), at) is not None


def _said_past(text: str, at: int, lang: str | None) -> bool:
    """Whether the day at `at` stands right after a verb of a statement already made
    (`forward` `past` of frames/data/time.yaml: "said on Monday", "a annoncé lundi", "ha
    annunciato lunedì"): the day it was said, gone by when the story went out, even when
    what was said is set in the future ("the market will cost €57 million, the council said
    on Monday" in a Friday story: the Monday before, not the one after)."""
    return _past_speech(lang).search(text, max(0, at - 30), at) is not None


@lru_cache(maxsize=4)
def _past_speech(lang: str | None) -> re.Pattern:
    words = _time_words(load("time")["forward"]["past"], lang)
    return regexcache.compile(
        rf"(?<![\w'’])(?:{words})(?:\s+(?:on|le|il|lo))?\s*,?\s*$", re.IGNORECASE
    )


def _never() -> bool:
    """No: a sentence's tense that the day's own verb of speech overrides."""
    return False


_day = lru_cache(maxsize=256)(dt.date.fromisoformat)  # a document's day, read per sentence


def find_dates(
    text: str,
    published: str | None,
    start: int = 0,
    end: int | None = None,
    tokens=None,
    lang: str | None = None,
    dateline: bool = False,
    story: str | None = None,
    opened: Callable[[], str | None] | None = None,
) -> list[DateMention]:
    """Dates written in `text[start:end]` (absolute offsets), resolved against `published`.

    `tokens`: the words of that span (`sentences.words`); no month, weekday or relative day
    among them means no date, without running the date pattern. `dateline`: keep the date of
    a dateline ("PARIS, March 8 (Wire) -"), which is the story's day, not a figure's.
    `story`: the story's day (ISO), from which "la veille", "the next day" count; the
    publication date when not given. `opened()`: the first day of the stretch the document
    opens ("depuis lundi"), from which "le premier jour", "the second day" count.
    """
    end = len(text) if end is None else end
    pub = _day(published[:10]) if published else None
    if tokens is None:
        windows = [(start, end)]
    else:  # only around month and weekday names: the date pattern is slow on a whole sentence
        windows = []
        for pos, w, lower in [t for t in tokens if t[2] in _DATE_TRIGGERS]:
            if lower in _DAY_ARTICLES and _NUMBER_AFTER.match(text, pos + len(w)):
                windows = _merged([*windows, (max(start, pos - 4), min(end, pos + 16))])
            elif lower in _DATE_WORDS:  # "le mardi 11 février 2025": one window, merged
                # "lo scorso lunedì", "the next day": phrases that open before the word
                ahead, back = (20, 16) if lower in WEEKDAYS or lower in _STORY_WORDS else (12, 8)
                if lower in _NIGHT_WORDS:  # "nel corso della notte", and the day after it
                    ahead, back = 24, 20
                if lower in _WEEKEND_WORDS:  # "nel corso del fine settimana"
                    ahead, back = 12, 30
                lo, hi = max(start, pos - back), min(end, pos + len(w) + ahead)
                if windows and lo <= windows[-1][1]:
                    lo = windows.pop()[0]
                windows.append((lo, hi))
        numeric = [
            (max(start, m.start() - 6), m.end())
            for m in (_NUMERIC.finditer(text, start, end) if _centuries(text, start, end) else ())
        ]
        if numeric:
            windows = _merged(windows + numeric)
        if not windows:
            return []
    out: list[DateMention] = []
    speech = _speech(lang)
    for lo, hi in windows:
        for m in _DATE.finditer(text, lo, hi):
            if out and m.start() < out[-1].end:
                continue
            if not dateline and is_dateline(text, m.start(), m.end()):
                continue  # "PARIS, March 8 (Wire) -": the dateline, not a described day
            if m.group("story") and _rate_then_event(text, m):
                continue  # "380 flights a day before its collapse": a rate, then an event
            before = text[max(0, m.start() - 80) : m.start()]
            of_noun = _of_noun_before(text, max(0, m.start() - 90), m.start(), lang)
            stated = _said_past(text, m.start(), lang)  # "said on Monday": gone, not coming
            iso = _resolve(
                m,
                pub,
                story,
                _never if stated else lambda: looks_ahead(text, start, end, lang),
                opened,
                _never
                if stated
                else functools.partial(_planned, text, start, end, m.start(), lang),
            )
            if iso and _spent_night(text, m):
                iso = (_day(iso) - dt.timedelta(days=1)).isoformat()
            out.append(
                DateMention(
                    m.start(),
                    m.end(),
                    _last_year(text, m, iso, pub, start, end),
                    bool(m.group("between") or _opens_period(text, m, before)),
                    any(
                        m.group(g)
                        for g in (
                            "wd",
                            "pwd",
                            "nb",
                            "bb",
                            "rel",
                            "lastnight",
                            "weekend",
                            "story",
                            "ordinal",
                        )
                    ),
                    _said(text, m.start(), speech, lang),
                    bool(m.group("last") or m.group("plast")),
                    of_noun,
                    bool(m.group("story") or m.group("lastnight")),
                    _tolled(text, m, lang, of_noun),
                )
            )
    return _told_from_stated(_spans(text, out), story or (pub.isoformat() if pub else None))


def _spent_night(text: str, m: re.Match) -> bool:
    """Whether `m`, a night between two days, is the object of a verb of spending it
    (`time.yaml` `night_spent`): a stay dated by the night's first day, the evening it began.

    >>> m = _DATE.search("Some 900 travellers spent the night of Monday to Tuesday in the hall.")
    >>> _spent_night(m.string, m)
    True
    >>> m = _DATE.search("In the night of Monday to Tuesday, 900 homes lost power.")
    >>> _spent_night(m.string, m)
    False
    """
    if not (m.group("nb") or m.group("xd1") or m.group("xd2")) or m.group("between"):
        return False
    return _SPENT.search(m.string, max(0, m.start() - SPENT_REACH), m.start()) is not None


SPENT_REACH = 40  # characters before a night's word where its verb of spending stands
_SPENT = regexcache.compile(
    rf"(?<![\w'’])(?:{_phrases('night_spent')})\s+(?:(?:la|the|a|una|l['’])\s*)?$",
    re.IGNORECASE,
)


def _rate_then_event(text: str, m: re.Match) -> bool:
    """Whether the told day `m` ("a day before") is a rate's words after a figure and its
    noun, an event after them ("the mill ran 12 shifts a week before the fire"):
    no day.

    >>> m = _DATE.search("It ran 380 flights a day before its collapse.")
    >>> _rate_then_event("It ran 380 flights a day before its collapse.", m)
    True
    """
    return (
        _RATE_ARTICLE.match(m.group("story")) is not None
        and _FIGURE_NOUN.search(text, max(0, m.start() - 40), m.start()) is not None
        and _EVENT_AFTER.match(text, m.end()) is not None
    )


_RATE_ARTICLE = regexcache.compile(r"(?:a|an|un|une)\s", re.IGNORECASE)
_FIGURE_NOUN = regexcache.compile(r"\d\s+[^\W\d_]+\s+$")
_EVENT_AFTER = regexcache.compile(
    r"\s+(?:its|the|his|her|their|this|that|sa|son|ses|la|le|les|l['’])(?![\w'’])", re.I
)


def _last_year(text: str, m: re.Match, iso: str | None, pub, lo: int, hi: int) -> str | None:
    """`iso`, in the year before the publication's when a "last year" phrase (`time.yaml`
    `last_year`) stands in the clause of a day and month written without a year ("L'an
    dernier, le 11 mars", "on March 11 last year").

    >>> m = _DATE.search("Last year, on March 11, 40 schools closed.")
    >>> _last_year("Last year, on March 11, 40 schools closed.", m, "2025-03-11", dt.date(2025, 3, 13), 0, 42)
    '2024-03-11'
    """
    if not iso or pub is None or not any(m.group(g) for g in _DAY_GROUPS):
        return iso
    if any(m.group(g) for g in _YEAR_GROUPS):
        return iso
    near = text[max(lo, m.start() - LAST_YEAR_REACH) : min(hi, m.end() + LAST_YEAR_REACH)]
    at = m.start() - max(lo, m.start() - LAST_YEAR_REACH)
    for found in _LAST_YEAR.finditer(near):
        between = near[min(found.end(), at) : max(found.start(), at + len(m.group()))]
        if not re.search(r"[.;:]", between):
            try:
                return dt.date.fromisoformat(iso).replace(year=pub.year - 1).isoformat()
            except ValueError:
                return iso
    return iso


LAST_YEAR_REACH = 30  # characters around a day and month where "last year" may stand
_LAST_YEAR = regexcache.compile(rf"(?<![\w'’])(?:{_phrases('last_year')})(?![\w'’])", re.I)


def _told_from_stated(found: list[DateMention], story: str | None) -> list[DateMention]:
    """A day told from another ("the day before", "il giorno prima", "la veille") after a day
    its sentence states counts from that day, not from the story's: "2,100 visits on Tuesday,
    up from 1,840 the day before" (Monday), "said on Friday that 15 had died, up from 12 a
    day earlier" (Thursday)."""
    if not story:
        return found
    base = None
    for k, d in enumerate(found):
        if d.told and d.iso and base is not None:
            shift = dt.date.fromisoformat(d.iso) - dt.date.fromisoformat(story)
            found[k] = d._replace(iso=(dt.date.fromisoformat(base) + shift).isoformat())
        elif d.iso and not d.told and not d.since:
            base = d.iso
    return found


def _opens_period(text: str, m: re.Match, before: str) -> bool:
    """Whether the day `m` opens a period ("depuis mardi", "since Tuesday", "une semaine après
    les crues du 3 mai"), not closes a count ("as of Tuesday") nor dates a figure through a
    possessive ("from Monday's 420"). A span after an event held that day ("four days after
    Friday's strike") does not open one: that event's figures are its day's."""
    span = _AFTER_SPAN.search(before)
    if span and EVENTS.isdisjoint(w.lower() for w in _LETTERS.findall(span.group("noun"))):
        return True  # not "quatre jours après la grève de vendredi": figures of that day
    return _since(before) and not _AS_OF.search(before) and not _POSSESSIVE.match(text, m.end())


_LETTERS = regexcache.compile(r"[^\W\d_]+")
# "two days after the", "a dieci giorni dalla frana del": a span counted from the day after it
_AFTER_SPAN = regexcache.compile(
    rf"(?<![\w'’])(?:{_phrases('after_span', 'spans')})\s+(?:{_phrases('after_span', 'words')})"
    rf"(?:(?<=['’])|(?![\w'’]))(?P<noun>[^,;:.!?()\d]{{0,60}})$",
    re.IGNORECASE,
)


# "as of Tuesday", "aggiornati a martedì": the day a count stands at (`as_of`)
_AS_OF = regexcache.compile(
    rf"(?<![\w'’])(?:{_phrases('as_of')})\s+(?:le\s+|il\s+)?$", re.IGNORECASE
)
_AND = regexcache.compile(rf"\s+(?:{_phrases('between', 'to')})\s+$", re.IGNORECASE)


def _spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two days joined by "e"/"et"/"and" ("alle regionali di domenica e lunedì") are one
    stretch: the first opens it, the second is the day it holds up to."""
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if a.weekday and b.weekday and not a.since and _AND.match(text[a.end : b.start]):
            found[k] = a._replace(since=True)
    return found


def looks_ahead(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether `text[start:end]` is set in the present or the future ("La vigilance reste en
    vigueur mercredi", "Darmanin is expected on Thursday", "costerà"): the `plan` and `ahead`
    words and the future and conditional endings of frames/data/time.yaml.

    >>> looks_ahead("La vigilance reste en vigueur mercredi.", 0, 39, "fr")
    True
    """
    return _ahead(lang).search(text, start, end) is not None


@lru_cache(maxsize=4)
def plans(lang: str | None) -> re.Pattern:
    """Words of a plan or a forecast, and future and conditional verb endings (`plan`)."""
    langs = (lang,) if lang in LANGS else LANGS
    data = load("time")["plan"]
    words = alternation(w for code in langs for w in (data.get(code) or {}).get("words") or ())
    ends = alternation(e for code in langs for e in (data.get(code) or {}).get("endings") or ())
    return regexcache.compile(
        rf"(?<![\w'’])(?:{words})(?![\w'’])|(?<=[^\W\d_]{{3}})(?:{ends})(?![\w'’])", re.I
    )


def looks_forward(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether `text[start:end]` tells a plan or a schedule ("La CGT appelle à une grève
    vendredi", "unions will strike on Friday", "sciopero previsto venerdì"): the `plan` words
    and endings and the `forward` words of frames/data/time.yaml.

    A plan word after a degree word is an adjective: "the most expected act played on
    Saturday" tells no plan.

    >>> looks_forward("Unions will strike on Friday.", 0, 29, "en")
    True
    >>> looks_forward("Il più atteso ha suonato sabato.", 0, 32, "it")
    False
    """
    degree = _degree_before(lang)
    return any(
        degree.search(text, max(start, m.start() - 12), m.start()) is None
        for m in _forward(lang).finditer(text, start, end)
    )


@lru_cache(maxsize=4)
def _degree_before(lang: str | None) -> re.Pattern:
    """A degree word right before a plan word (`forward` `degree`): "più atteso"."""
    words = _time_words(load("time")["forward"]["degree"], lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})\s+$", re.I)


def _planned(text: str, start: int, end: int, at: int, lang: str | None) -> bool:
    """Whether the date at `at` is a planned day: its sentence tells a plan, or "per",
    "pour", "for" stands right before it."""
    if looks_forward(text, start, end, lang):
        return True
    if _forward_before(lang).search(text, max(start, at - 12), at) is None:
        return False
    return _forward_past(lang).search(text, start, end) is None  # "for Friday's strike showed"


@lru_cache(maxsize=4)
def _forward_past(lang: str | None) -> re.Pattern:
    """Verbs of a statement already made (`forward` `past`): "per", "pour", "for" before a
    weekday there mark no plan."""
    words = _time_words(load("time")["forward"]["past"], lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.I)


def _time_words(data: dict, lang: str | None) -> str:
    """The alternation of a `time.yaml` entry's words (language → list) for `lang`."""
    langs = (lang,) if lang in LANGS else LANGS
    return alternation(w for code in langs for w in data.get(code) or ())


@lru_cache(maxsize=4)
def _forward(lang: str | None) -> re.Pattern:
    words = _time_words(load("time")["forward"]["words"], lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])|{plans(lang).pattern}", re.I)


@lru_cache(maxsize=4)
def _forward_before(lang: str | None) -> re.Pattern:
    """ "per", "pour", "for" right before a weekday: the day something is called for."""
    words = _time_words(load("time")["forward"]["before"], lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})\s+(?:le\s+|il\s+)?$", re.I)


@lru_cache(maxsize=4)
def _ahead(lang: str | None) -> re.Pattern:
    words = _time_words(load("time")["ahead"], lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])|{_forward(lang).pattern}", re.I)


@lru_cache(maxsize=4)
def _of_noun(lang: str | None) -> re.Pattern:
    """A noun and the word that ties a day to it, right before the day, or a relative clause
    of a noun no figure stands before ("les inondations qui ont frappé … mardi"): `of_noun`.
    `_of_noun_reversed` reads it backwards: change both together."""
    langs = (lang,) if lang in LANGS else LANGS
    words = alternation(w for code in langs for w in load("time")["of_noun"].get(code) or ())
    relative = [load("time")["of_relative"].get(code) or {} for code in langs]
    articles = alternation(w for r in relative for w in r.get("articles") or ())
    pronouns = alternation(w for r in relative for w in r.get("words") or ())
    happened, between = participles(lang)
    return regexcache.compile(
        rf"(?P<noun>[^\W\d_]{{3,}})\s+(?:{words})\s+$"
        rf"|(?<!\w)(?P<pnoun>[^\W\d_]{{3,}}),?\s+(?:{happened})(?:\s+(?:{between}))?\s+$"
        rf"|(?<![\w'’])(?:{articles})(?:(?<=['’])|\s+)[^\W\d_]{{3,}}\s+(?:{pronouns})\s+"
        rf"[^,;:.!?()\d]{{0,60}}$",
        re.IGNORECASE,
    )


def participles(lang: str | None, backwards: bool = False) -> tuple[str, str]:
    """The alternations of `time.yaml` `of_participle`: the participles of happening ("survenu",
    "avvenuto") and what may stand between one and its day ("dans la", "nella"), written
    backwards for `_of_noun_reversed`."""
    data = [load("time")["of_participle"].get(code) or {} for code in _langs(lang)]
    turn = (lambda w: w[::-1]) if backwards else (lambda w: w)
    return (
        alternation(turn(w) for d in data for w in d.get("words") or ()),
        alternation(turn(w) for d in data for w in d.get("before") or ()),
    )


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in LANGS else LANGS


def _since(before: str) -> bool:
    """Whether `before` ends with what opens a period ("depuis le ", "since "): `_SINCE`."""
    return _SINCE_REVERSED.match(before[::-1]) is not None and _SINCE.search(before) is not None


@lru_cache(maxsize=4)
def _of_noun_reversed(lang: str | None) -> re.Pattern:
    """`_of_noun` read backwards from the day, on the reversed text before it: a text that
    fails it fails `_of_noun`, whose search tries every offset of its 90 characters."""
    langs = (lang,) if lang in LANGS else LANGS
    words = alternation(w[::-1] for code in langs for w in load("time")["of_noun"].get(code) or ())
    relative = [load("time")["of_relative"].get(code) or {} for code in langs]
    articles = alternation(w[::-1] for r in relative for w in r.get("articles") or ())
    pronouns = alternation(w[::-1] for r in relative for w in r.get("words") or ())
    happened, between = participles(lang, backwards=True)
    return regexcache.compile(
        rf"\n?(?:\s+(?:{words})\s+[^\W\d_]{{3}}"
        rf"|\s+(?:(?:{between})\s+)?(?:{happened})\s+,?[^\W\d_]{{3}}"
        rf"|[^,;:.!?()\d]{{0,60}}\s+(?:{pronouns})\s+[^\W\d_]{{3,}}(?:\s+|(?=['’]))"
        rf"(?:{articles})(?![\w'’]))",
        re.IGNORECASE,
    )


def _of_noun_before(text: str, lo: int, hi: int, lang: str | None) -> bool:
    """Whether `_of_noun` finds a noun tied to the day at `hi` in `text[lo:hi]`, other than
    an event held that day ("lo sciopero di venerdì": its figures are that day's, `EVENTS`)."""
    if _of_noun_reversed(lang).match(text[lo:hi][::-1]) is None:
        return False
    m = _of_noun(lang).search(text, lo, hi)
    if m is None:
        return False
    if m.group("pnoun"):  # "le naufrage survenu lundi", "l'éruption du Palvo, survenue
        # lundi" (an apposition), not "l'accident est survenu lundi"
        return m.group("pnoun").lower() not in EVENTS | AUXILIARIES
    noun = m.group("noun")
    return not (noun and is_event(text, m.start("noun"), noun))


def is_event(text: str, at: int, word: str) -> bool:
    """Whether `word` (at `at`) names an event held on one day (`EVENTS`), or qualifies one
    right before it ("lo sciopero generale di venerdì", "la grève générale de vendredi")."""
    if word.lower() in EVENTS:
        return True
    before = _LAST_WORD.search(text, max(0, at - 30), at)
    return before is not None and before.group(1).lower() in EVENTS


_LAST_WORD = regexcache.compile(r"([^\W\d_]{3,})\s+$")


def _tolled(text: str, m: re.Match, lang: str | None, of_noun: bool) -> bool:
    """Whether the day `m` dates the event a toll is told of: a noun's day (`of_noun`) or a
    possessive day ("Monday's landslide") a few words after a toll word ("le bilan du
    naufrage survenu lundi", "the toll from Monday's landslide")."""
    if not of_noun and not _POSSESSIVE.match(text, m.end()):
        return False
    if _toll_day(lang).search(text, max(0, m.start() - TOLL_REACH), m.start()):
        return False  # "le bilan de mardi soir : 12 morts": the toll's own day
    return _toll(lang).search(text, max(0, m.start() - TOLL_REACH), m.start()) is not None


TOLL_REACH = 60  # characters before a day where the toll word of its event may stand
_POSSESSIVE = regexcache.compile(r"['’]s\s")


@lru_cache(maxsize=4)
def _toll(lang: str | None) -> re.Pattern:
    words = _time_words(load("time")["toll"], lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])[^,;:.!?()\d]{{0,50}}$", re.I)


@lru_cache(maxsize=4)
def _toll_day(lang: str | None) -> re.Pattern:
    """A toll word and its preposition right before a day ("le bilan de mardi soir", "il
    bilancio di martedì", "the toll on Tuesday"): the day the toll stands at, no event's."""
    words = _time_words(load("time")["toll"], lang)
    tie = r"(?:de|du|di|del|dello|della|on|of|at|as\s+of)"
    return regexcache.compile(rf"(?<![\w'’])(?:{words})\s+{tie}\s+$", re.IGNORECASE)


# Forms of "to be" a participle of happening follows in a main clause ("est survenu lundi",
# "è avvenuto lunedì"): its day is the clause's own, not a noun's
AUXILIARIES = frozenset(("est", "sont", "était", "étaient", "fut", "soit", "sono", "era", "erano"))


# Nouns of an event held on one day (`time.yaml` `events`), lowercased
EVENTS = frozenset(w.lower() for lang in LANGS for w in load("time")["events"].get(lang) or ())


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            before_lo, before_hi = out.pop()
            lo, hi = before_lo, max(hi, before_hi)
        out.append((lo, hi))
    return out


def _resolve(
    m: re.Match,
    pub: dt.date | None,
    story: str | None = None,
    ahead: Callable[[], bool] = lambda: False,
    opened: Callable[[], str | None] | None = None,
    forward: Callable[[], bool] = lambda: False,
) -> str | None:
    """The ISO day of date match `m`; `ahead()`: its sentence looks forward (`looks_ahead`);
    `opened()`: the first day of the document's stretch, for "le premier jour"; `forward()`:
    its sentence tells a plan (`looks_forward`), where a weekday up to `FORWARD_DAYS` ahead
    is that coming day."""
    if m.group("ordinal"):  # "dont 150 le premier jour": a day of the stretch, if one opens
        first = opened() if opened else None
        if not first:
            return None
        n = _ORDINAL[re.sub(r"\s+", " ", m.group("ordinal").lower().replace("’", "'"))]
        return (dt.date.fromisoformat(first) + dt.timedelta(days=n - 1)).isoformat()
    if m.group("ny") or m.group("iy"):  # "14/11/2024", "2024-11-14"
        day, month = (
            (m.group("nd"), m.group("nm")) if m.group("ny") else (m.group("id"), m.group("im"))
        )
        year = m.group("ny") or m.group("iy")
        if int(month) > 12 and m.group("ny"):  # "11/14/2024": month first
            day, month = month, day
        return _calendar_day(int(day), int(month), year, pub)
    year = next((m.group(g) for g in _YEAR_GROUPS if m.group(g)), None)
    if pub is None and not year:
        return None
    if m.group("story"):  # "la veille": the day before the story's day
        base = dt.date.fromisoformat(story) if story else pub
        shift = _STORY[re.sub(r"\s+", " ", m.group("story").lower().replace("’", "'"))]
        day = base + dt.timedelta(days=shift)
        event = _EVENT_DAY.match(m.string, m.end()) if shift > 0 else None
        dated = _DATE.search(event.group(), 0) if event else None
        if dated and not dated.group("story") and pub is not None:
            # "due giorni dopo il crollo di domenica": counted from the event's day
            then = _resolve(dated, pub, story, ahead, opened, forward)
            if then:
                day = min(dt.date.fromisoformat(then) + dt.timedelta(days=shift), pub)
        elif shift > 0 and pub is not None and day > pub and _OF_EVENT.match(m.string, m.end()):
            day = pub  # "Au lendemain de l'explosion, le bilan s'établit à 2 morts", no day
            # dating the explosion: the day it is written ("Le lendemain, …" stays the next)
        return day.isoformat()
    if m.group("weekend"):  # "over the weekend": its Sunday, the publication day on a Saturday
        return (
            pub - dt.timedelta(days=0 if pub.weekday() == 5 else (pub.weekday() + 1) % 7)
        ).isoformat()
    if m.group("lastnight"):  # "nella notte": the night that ends on the publication day
        return story or pub.isoformat()
    if m.group("rel"):
        back = _RELATIVE[re.sub(r"\s+", " ", m.group("rel").lower().replace("’", "'"))]
        return (pub - dt.timedelta(days=back)).isoformat()
    if m.group("dm"):  # "Le 3, 40 personnes …": the 3rd of the month, last or next
        return _month_day(_number(m.group("dm")), pub, forward())
    day = next((m.group(g) for g in _DAY_GROUPS if m.group(g)), None)
    if day:
        month = next(m.group(g) for g in _MONTH_GROUPS if m.group(g))
        iso = _calendar_day(_number(day), month_number(month), year, pub)
        if year or iso is None:
            return iso
        named = WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
        return _year_of(dt.date.fromisoformat(iso), pub, m, named, forward)
    weekday = WEEKDAYS[(m.group("nb") or m.group("bb") or m.group("pwd") or m.group("wd")).lower()]
    if m.group("dn"):  # "lunedì 12": the 12th nearest the publication, a Monday if one is
        return _numbered_day(_number(m.group("dn")), weekday, pub)
    back = (pub.weekday() - weekday) % 7
    if m.group("next") or m.group("pnext"):  # "mardi prochain": the next one after publication
        return (pub + dt.timedelta(days=7 - back)).isoformat()
    if m.group("this") and back > 3:  # "ce vendredi" written on a Wednesday: the coming one
        return (pub + dt.timedelta(days=7 - back)).isoformat()
    if back == 0 and (m.group("last") or m.group("plast")):
        back = 7  # "lundi dernier" written on a Monday: a week ago
    if back >= 7 - FORWARD_DAYS and m.group("wd") and not m.group("last") and forward():
        back -= 7  # "la grève prévue vendredi" written on a Tuesday: the coming Friday
    elif back == 6 and m.group("wd") and not m.group("last") and ahead():
        back = -1  # "reste en vigueur mercredi" written on a Tuesday: tomorrow
    return (pub - dt.timedelta(days=back)).isoformat()


# what follows "au lendemain", "a day after", "all'indomani" when an event's noun comes next
_OF_EVENT = regexcache.compile(
    r"\s*(?:(?:de|du|des|of|di|del|della|dello|dei|degli|delle|the)(?!\w)|d['’]|dell['’])",
    re.IGNORECASE,
)
# the event a day told after it names, and the day that dates it, before any clause break
# ("due giorni dopo il crollo di domenica", "two days after Sunday's collapse")
_EVENT_DAY = regexcache.compile(
    r"\s*(?:[^\W\d_][\w'’-]*\s*){1,5}?[^,;:.!?()]{0,30}?(?=[,;:.!?()]|$)"
)
FORWARD_DAYS = 4  # days ahead of publication a planned weekday may fall ("prévue vendredi")


def month_number(word: str) -> int:
    """The month (1-12) of a month's name or abbreviation ("mars", "Sept", "set.")."""
    lower = word.lower()
    return MONTHS[lower] if lower in MONTHS else DOTTED_MONTHS[lower]


def _number(day: str) -> int:
    return 1 if day.lower() == "1er" else int(day)


def _calendar_day(day: int, month: int, year: str | None, pub: dt.date | None) -> str | None:
    """The date of `day` `month`, in `year`, else in the year that puts it nearest `pub`."""
    if year:
        try:
            return dt.date(int(year), month, day).isoformat()
        except ValueError:
            return None
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):  # the year nearest the publication
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - pub).days), d > pub)).isoformat()


def _year_of(
    nearest: dt.date, pub: dt.date, m: re.Match, named: int | None, forward: Callable[[], bool]
) -> str:
    """The year of a day and month written without one, `nearest` the publication: the year
    its weekday falls on when one is named ("lunedì 3 agosto"); the last one before
    publication after "dernier", "scorso", "last", or after "lo scorso", "last" before it
    ("lo scorso 12 marzo", "last March 12"; "le 12 mars dernier" written on 2 March:
    last year's), the next one after "prochain", "prossimo"; else the last one when the
    nearest is more than `AHEAD_DAYS` ahead of a sentence that tells no plan ("On August 3,
    it fined a rival" written in March), the next one when the nearest is more than
    `BEHIND_DAYS` back in a sentence that tells one ("entrera en vigueur le 1er septembre"
    written in March).

    >>> m = _DATE.search("le 12 mars dernier")
    >>> _year_of(dt.date(2026, 3, 12), dt.date(2026, 3, 2), m, None, lambda: False)
    '2025-03-12'
    """
    years = [nearest.year - 1, nearest.year, nearest.year + 1]
    candidates = [d for d in (_replace_year(nearest, y) for y in years) if d is not None]
    if named is not None:
        fitting = [d for d in candidates if d.weekday() == named]
        if len(fitting) == 1:
            return fitting[0].isoformat()
    after = m.string[m.end() : m.end() + 12]
    past = [d for d in candidates if d < pub]
    coming = [d for d in candidates if d > pub]
    before = m.string[max(0, m.start() - 16) : m.start()]
    if (_LAST_AFTER.match(after) or _LAST_BEFORE.search(before)) and past:
        return max(past).isoformat()  # "le 12 mars dernier", "lo scorso 12 marzo", "last March 12"
    if _NEXT_AFTER.match(after) and coming:
        return min(coming).isoformat()
    ahead = (nearest - pub).days
    if ahead > AHEAD_DAYS and past and not forward():
        return max(past).isoformat()
    if -ahead > BEHIND_DAYS and coming and forward():
        return min(coming).isoformat()
    return nearest.isoformat()


AHEAD_DAYS = 90  # days after publication an unplanned day and month may fall and stay this year's
# (a day announced in the past tense: "ha annunciato un presidio il 7 novembre")
BEHIND_DAYS = 90  # days before publication a planned day and month may fall and stay that year's
_LAST_AFTER = regexcache.compile(rf"\s+(?:{_LAST})(?![\w'’])", re.IGNORECASE)
_NEXT_AFTER = regexcache.compile(rf"\s+(?:{_NEXT})(?![\w'’])", re.IGNORECASE)
# "lo scorso 12 marzo", "last March 12": the word of a past day before a day and month
_LAST_BEFORE = regexcache.compile(
    rf"(?<![\w'’])(?:{_phrases('last_before')})\s+(?:(?:on|the)\s+)?$", re.IGNORECASE
)


def _replace_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # the 29th of February
        return None


def _month_day(day: int, pub: dt.date, ahead: bool) -> str | None:
    """The last date with day-of-month `day` on or before `pub` ("Le 3, 40 personnes avaient
    été interpellées" written on 13 March: 3 March), or the next one after it in a sentence
    that tells a plan (`ahead`: "Le 20, les syndicats défileront")."""
    candidates = []
    for shift in (-1, 0, 1):
        month0 = pub.month - 1 + shift
        try:
            candidates.append(dt.date(pub.year + month0 // 12, month0 % 12 + 1, day))
        except ValueError:
            continue
    fitting = [d for d in candidates if (d > pub) == ahead]
    if not fitting:
        return None
    return (min(fitting) if ahead else max(fitting)).isoformat()


def _numbered_day(day: int, weekday: int, pub: dt.date) -> str | None:
    """The date with day-of-month `day` nearest `pub`, in its month or the ones around it,
    preferring one that falls on `weekday` ("lunedì 12" written on 14 June: 12 June)."""
    candidates = []
    for shift in (-1, 0, 1):
        month0 = pub.month - 1 + shift
        year, month = pub.year + month0 // 12, month0 % 12 + 1
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    best = min(candidates, key=lambda d: (d.weekday() != weekday, abs((d - pub).days), d > pub))
    return best.isoformat()
