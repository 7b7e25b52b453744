"""Dates a figure describes ("le 7 mars", "on 31 January", "il 6 novembre", "mardi").

Why
---
"1,12 million le 19 janvier" and "1,28 million le 7 mars" are two days, not a conflict. A
date written without a year takes the year of the document; a weekday is the last such day
on or before the publication date. Dates that open a period ("depuis mardi", "since
Tuesday", "da martedì") are not the day a figure describes, and are skipped.

Example
-------
>>> [(d.iso, d.since) for d in find_dates("le 7 mars", "2023-03-08")]
[('2023-03-07', False)]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

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
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE = re.compile(
    rf"(?<![\w-])(?:"
    rf"(?P<d1>[0-3]?\d)(?:er|°|st|nd|rd|th)?\s+(?P<m1>{_MONTH})\.?(?:\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d)(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    rf"|(?P<wd>{_DAY})(?:\s+(?:dernier|prochain|scorso|last))?"
    rf")(?![\w-])",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"(?:depuis|since|from|da|dal|dallo|dalla|à partir de|a partire da)\s+(?:le\s+|il\s+)?$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-ZÀ-Ý' -]{3,},\s*$")


class DateMention(NamedTuple):
    start: int
    end: int
    iso: str | None  # None when no publication date lets us place it
    since: bool  # opens a period ("depuis mardi"): not the day a figure describes
    weekday: bool = False  # "mardi", "on Tuesday": ends a clause without a preposition


_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def find_dates(
    text: str, published: str | None, start: int = 0, end: int | None = None, tokens=None
):
    """Dates written in `text[start:end]` (absolute offsets), resolved against `published`.

    `tokens`: the words of that span (`sentences.words`); no month or weekday among them
    means no date, without running the date pattern.
    """
    end = len(text) if end is None else end
    pub = dt.date.fromisoformat(published) if published else None
    if tokens is None:
        windows = [(start, end)]
    else:  # only around month and weekday names: the date pattern is slow on a whole sentence
        windows = [
            (max(start, pos - 8), min(end, pos + len(w) + 12))
            for pos, w, lower in tokens
            if lower in _DATE_WORDS
        ]
    out: list[DateMention] = []
    for lo, hi in windows:
        for m in _DATE.finditer(text, lo, hi):
            if out and m.start() < out[-1].end:
                continue
            if _DATELINE.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # "PARIS, March 8 (Wire) -": the dateline, not a described day
            before = text[max(0, m.start() - 25) : m.start()]
            out.append(
                DateMention(
                    m.start(),
                    m.end(),
                    _resolve(m, pub),
                    bool(_SINCE.search(before)),
                    bool(m.group("wd")),
                )
            )
    return out


def _resolve(m: re.Match, pub: dt.date | None) -> str | None:
    if m.group("wd"):
        if pub is None:
            return None
        back = (pub.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    day = int(m.group("d1") or m.group("d2"))
    month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
    year = m.group("y1") or m.group("y2")
    if year:
        y = int(year)
    elif pub is None:
        return None
    else:
        y = pub.year
    try:
        date = dt.date(y, month, day)
    except ValueError:
        return None
    if not year and pub and date > pub + dt.timedelta(days=7):
        date = date.replace(year=y - 1)  # "le 28 décembre" in a January article
    return date.isoformat()
