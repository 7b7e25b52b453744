"""Clock times: a figure read at a stated hour of its day is a reading of that hour.

Why
---
Turnout is given at noon, at 5 pm and at the close of the polls; a rescue gives the number of
people still trapped at dawn and at noon. Those figures share their noun, day and place, so
alignment made them one quantity and reported the rise (or the fall) as sources that
disagree. An hour written before or beside the figure in its sentence ("alle ore 17 l'affluenza
era del 31%", "à midi, 12 % des inscrits", "at five in the afternoon") makes it a reading of
that hour. The split is kept to cases that give figures of one dimension at two hours or
more: a lone "the fire broke out at 3 am" beside a count does not part that count from the
other accounts of it.
(Digit hours are already no figures: `quantities.assemble.clock_hour`; hours in words are read
here with the number words of `parse_quantities`.)

Example
-------
>>> clock("Alle ore sedici i votanti in città erano il 27,5%.", "27,5%", "it")
'16:00'
>>> clock("At noon, turnout stood at 12.4%.", "12.4%", "en")
'12:00'
>>> clock("À 17 h 30, la participation atteignait 41 %.", "41 %", "fr")
'17:30'
>>> clock("Turnout reached 52% when polls closed.", "52%", "en")
''
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.shipped import LANGUAGES, align_data

BEFORE = 90  # characters before a figure where its hour may stand (a fronted "At noon, …")
AFTER = 40  # and after it ("41 % à 17 heures")
MARK = "at="


def clock(quote: str, text: str, lang: str | None) -> str:
    """ "HH:MM" of the hour stated nearest figure `text` in sentence `quote`, else ""."""
    start = quote.find(text) if text else -1
    if start < 0:
        return ""
    end = start + len(text)
    best, gap = "", len(quote) + 1
    for m in _pattern(lang or "").finditer(quote, max(0, start - BEFORE), end + AFTER):
        if m.start() < end and m.end() > start:
            continue  # the figure itself ("alle 19 regioni")
        hour = _hour(m, lang or "")
        if hour is None:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if distance < gap:
            best, gap = hour, distance
    moment, near = _moment(quote, start, end, lang or "")
    return moment if near < gap else best  # "at six in the evening": the hour


def _moment(quote: str, start: int, end: int, lang: str) -> tuple[str, int]:
    """The moment named nearest the figure at `start:end` without an hour ("en fin de
    matinée", "at the close": `clock.yaml` `moments`) and its distance, else ("", no gap)."""
    best, gap = "", len(quote) + 1
    for m in _moments_pattern(lang).finditer(quote, max(0, start - BEFORE), end + AFTER):
        distance = start - m.end() if m.end() <= start else m.start() - end
        if distance >= 0 and distance < gap:
            best, gap = _moments(lang)[" ".join(m.group().lower().split())], distance
    return best, gap


def clocked(table: pd.DataFrame) -> list[str]:
    """Per row of `table` (`subject`, `quote`, `text`, `lang`, `case`, `dimension`): its hour
    when its case gives figures of that dimension at two hours or more, else ""."""
    rows = zip(*(table[c].tolist() for c in ("subject", "quote", "text", "lang")), strict=True)
    hours = [clock(q, t, la) if s else "" for s, q, t, la in rows]
    keys = list(zip(table["case"].tolist(), table["dimension"].tolist(), strict=True))
    seen: dict[tuple, set[str]] = defaultdict(set)
    for k, h in zip(keys, hours, strict=True):
        if h:
            seen[k].add(h)
    return [h if h and len(seen[k]) > 1 else "" for k, h in zip(keys, hours, strict=True)]


def _hour(m: re.Match, lang: str) -> str | None:
    named, hour, minutes, later, after = m.group("named", "hour", "minutes", "later", "after")
    later = later or (after if after and after.lower() in _later(lang) else None)
    if named:
        value = _named(lang).get(named.lower())
        if value is None:
            return None
    else:
        value = _number(hour.lower(), lang)
        if value is None or not 0 <= value <= 24:
            return None
        if later and value < 12:
            value += 12
        if not (after or later or m.groupdict().get("ore") or minutes):
            return None  # a bare "at 5": a count as likely as an hour
    mins = int(minutes) if minutes else 0
    return f"{value % 24:02d}:{mins:02d}" if mins < 60 else None


@lru_cache(maxsize=256)
def _number(word: str, lang: str) -> int | None:
    if word.isdigit():
        return int(word)
    from sourcecheck.quantities import parse_quantities

    found = parse_quantities(word, lang or "en")
    value = found[0].value if len(found) == 1 else None
    return int(value) if value is not None and float(value).is_integer() else None


def _data(key: str, lang: str):
    data = align_data("clock.yaml")[key]
    if lang in data:
        return data[lang]
    if isinstance(next(iter(data.values())), dict):
        return {k: v for d in data.values() for k, v in d.items()}
    return [w for code in LANGUAGES for w in data.get(code) or ()]


@cache
def _named(lang: str) -> dict[str, int]:
    return {k.lower(): int(v) for k, v in _data("named", lang).items()}


@cache
def _moments(lang: str) -> dict[str, str]:
    return {" ".join(k.lower().split()): str(v) for k, v in _data("moments", lang).items()}


@cache
def _moments_pattern(lang: str) -> re.Pattern:
    words = sorted(_moments(lang), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return regexcache.compile(rf"(?<![\w'’])(?:{alt})(?![\w'’])", re.IGNORECASE)


@cache
def _later(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _data("later", lang))


@cache
def _pattern(lang: str) -> re.Pattern:
    alt = regexcache.alternatives
    cues, after, later = (_data(k, lang) for k in ("cues", "after", "later"))
    ore = [c for c in cues if c.split()[-1] == "ore"]
    cue = rf"(?:(?P<ore>{alt(ore)})|{alt(cues)})" if ore else rf"(?:{alt(cues)})"
    after_words = rf"\s*(?P<after>{alt(after)})(?!\w)" if after else r"(?P<after>(?!))"
    return regexcache.compile(
        rf"(?<!\w){cue}\s+(?:(?P<named>{alt(_named(lang))})(?!\w)"
        r"|(?P<hour>\d{1,2}|[^\W\d_]+)"
        rf"(?:\s*[h:.]\s*(?P<minutes>\d{{2}})(?!\d))?(?:{after_words})?"
        rf"(?:\s+(?P<later>{alt(later)})(?!\w))?)",
        re.IGNORECASE,
    )
