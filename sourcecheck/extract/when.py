"""When a figure holds: the story's day, clauses set in another time, and rates.

Why
---
Most figures of a story carry no date of their own: "33 personnes ont été interpellées"
describes the day the lead announces ("ont défilé jeudi", "on Monday", the dateline). Such a
figure takes that *news day* (`day_from` = "document"), unless its own clause is set in
another time ("la multa da 997 milioni inflitta nel 2023", "last year"). And "10 euros par
mois" is not "10 euros": a figure with "al mese", "a year", "par jour" is a rate (`rate`).
The phrases are data (`frames/data/time.yaml`).

Example
-------
>>> from types import SimpleNamespace as Q
>>> body = "Les abonnés payaient 10 euros par mois."
>>> rate(Q(start=21, end=29), 29, [(21, 29)], body, "fr", len(body))  # "10 euros"
'per_month'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from operator import itemgetter

from sourcecheck import regexcache
from sourcecheck.align.basewords import phrases as phrases_of_bases
from sourcecheck.extract import framedata
from sourcecheck.extract.dates import (
    EVENTS,
    MONTHS,
    find_dates,
    is_dateline,
    is_event,
    participles,
)
from sourcecheck.extract.framedata import LANGS, alternation, load, phrases
from sourcecheck.extract.sentences import Sentence
from sourcecheck.quantities import vague
from sourcecheck.quantities.words import ARTICLES, ATOMS

Spans = list[tuple[int, int]]  # the (start, end) of every figure of a sentence
Tokens = list[tuple[int, str, str]]  # `sentences.words`: (offset, word, lowercased word)

RATES = ("per_day", "per_week", "per_month", "per_year")
_LOWER = itemgetter(2)  # the lowercased word of a `sentences.words` token
NEWS_DAY_WINDOW = 7  # days before publication a lead's date may be and still be the news day
NEWS_DAY_AHEAD = 7  # days after it a lead's planned day may be ("grève générale vendredi")
LEAD_SENTENCES = 2  # sentences at the top of a body read for the news day (dateline, lead)
MAX_LEAD_LINES = 6  # lines read at most to find them (title, dateline, headings)
_CLAUSE = regexcache.compile(r"[,;:()]")
_YEAR = regexcache.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w]|[.,]\d)")
_SINCE = regexcache.compile(
    r"(?:depuis|since|from|until|da|dal|dallo|dalla|fino al|dès|jusqu['’]en|à partir de|"
    r"a partire da)\s+(?:(?:le|il|the|du|del)\s+)?$",
    re.IGNORECASE,
)


ACCOUNTS_REACH = 1  # years a period of accounts may stand from the publication's year
# concepts of the market's day, never of the accounts a story reports ("the shares fell 3.9%
# on the results"): they keep the story's day
MARKET = frozenset({"share-price"})


def accounts_year(title: str | None, lead: str, published: str, lang: str | None) -> str:
    """The year of a period of accounts or a budget the `title` (else the `lead`) names
    (`time.yaml` `accounts`: "résultats annuels 2031", "legge di bilancio 2032", "2031
    full-year results"), within `ACCOUNTS_REACH` of the publication's year; else "".

    Why: annual results go out weeks after their year ends, a budget months before its year
    begins: "revenue fell to 3.1 billion" in such a story describes that year, not the day
    it went out, and only the title or the lead says which year.

    >>> accounts_year("Orvanne SA : résultats annuels 2030", "", "2031-03-04", "fr")
    '2030'
    >>> accounts_year("Orvanne SA rachète un site", "", "2031-03-04", "fr")
    ''
    >>> accounts_year("t", "Paris a adopté son projet de loi de finances pour 2031.", "2030-10-09", "fr")
    '2031'
    """
    if len(published) < 4 or not published[:4].isdigit():
        return ""
    now = int(published[:4])
    for text in (title or "", lead):
        for found in _accounts(lang).finditer(text):
            year = found.group(1) or found.group(2)
            if abs(int(year) - now) <= ACCOUNTS_REACH:
                return year
    return ""


def names_year(body: str, lo: int, hi: int, lang: str | None = None, at: int | None = None) -> bool:
    """Whether `body[lo:hi]` (a sentence) writes a year, not as the base of a comparison
    (`compared_year`, `_earlier_year`) nor in brackets ("10 millions (38 millions en 2030)":
    the aside's figure): its figures are of that year, or of a plan over years, not of the
    year a title's accounts name ("sales fell 4% compared with 2030" is still of the
    accounts' year). Given the figure's offset `at`, only the part of the sentence between
    the colons or semicolons around it counts ("the budget is worth 9 billion: the deficit
    falls to 2.6% in 2030" sets the deficit in 2030, not the budget's sum).

    >>> names_year("Sales fell 4% compared with 2030.", 0, 33, "en")
    False
    >>> names_year("In 2030 sales fell 4%.", 0, 22, "en")
    True
    >>> names_year("It costs 9 billion: the deficit falls in 2030.", 0, 46, "en", at=9)
    False
    """
    if at is not None:
        lo = max([lo, *(m.end() for m in _SEMI.finditer(body, lo, at))])
        stop = _SEMI.search(body, at, hi)
        hi = stop.start() if stop else hi
    return any(
        not compared_year(body, lo, m.start(), lang)
        and not _earlier_year(body, lo, m.start(), lang)
        and not _aside(body, lo, m.start(), at)
        for m in _YEAR.finditer(body, lo, hi)
    )


def _aside(body: str, lo: int, year: int, at: int | None) -> bool:
    """Whether the year at `year` stands in brackets the figure at `at` is no part of."""
    opened = body.rfind("(", lo, year)
    if opened <= body.rfind(")", lo, year):
        return False
    return at is None or not (opened < at and body.find(")", opened, at) < 0)


_SEMI = re.compile(r"[:;]\s")  # what parts a sentence into clauses that set their own years


def _earlier_year(body: str, lo: int, at: int, lang: str | None) -> bool:
    """Whether the year written at `at` is the year of the earlier figure a change is set
    against ("142 millions d'euros, contre 377 millions d'euros en 2030"): that figure's
    year, not the one of the figure compared with it."""
    return _earlier_figure(lang).search(body, max(lo, at - EARLIER_REACH), at) is not None


EARLIER_REACH = 60  # characters before a year where the contrast word of its figure may stand


def compared_year(body: str, lo: int, at: int, lang: str | None) -> bool:
    """Whether the year written at `at` stands right after a word of comparison (`time.yaml`
    `contrast`, `base_year`: "par rapport à 2030", "compared with the year 2030", "rispetto
    al 2030", "than in 2030"): the base a change is measured from, not the figure's time.

    Why: "sales fell 6% compared with 2030" describes the current period (the year of the
    accounts, the story's day); only the earlier figure it is set against is of 2030.

    >>> compared_year("Bookings rose 9% compared with 2030.", 0, 31, "en")
    True
    >>> compared_year("In 2030 bookings rose 9%.", 0, 3, "en")
    False
    """
    return _compared(lang).search(body, max(lo, at - COMPARED_REACH), at) is not None


COMPARED_REACH = 40  # characters before a year where its word of comparison may stand


@lru_cache(maxsize=4)
def _compared(lang: str | None) -> re.Pattern:
    words = f"{_words('contrast', lang)}|{_words('base_year', lang)}"
    tie = r"(?:(?:l['’]|le|la|the|il|lo|al|au|à)\s*)?"
    period = r"(?:(?:année|exercice|year|fiscal year|anno|esercizio)\s+)?"
    return regexcache.compile(rf"(?<![\w'’])(?:{words})\s*{tie}{period}$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _earlier_figure(lang: str | None) -> re.Pattern:
    """A word of `contrast`, the earlier figure, then the word that gives its year ("contre
    377 millions d'euros en", "rispetto ai 2.864 milioni del", "down from 41.7 million in")."""
    tie = r"(?:(?:l['’]|le|la|les|the|il|lo|i|al|ai|au|aux|à)\s*)?"
    figure = r"(?:(?!\.\s)[^;:!?()\d]){0,12}\d(?:(?!\.\s)[^;:!?()]){0,30}?"
    of = r"\s(?:en|in|nel|del|dal|of)\s+"
    return regexcache.compile(
        rf"(?<![\w'’])(?:{_words('contrast', lang)})\s*{tie}{figure}{of}$", re.IGNORECASE
    )


def _accounts(lang: str | None) -> re.Pattern:
    words = _words("accounts", lang)
    tie = r"(?:de\s+l['’]|de|du|des|pour|of|for|per\s+il|per|del|dell['’]|il|the)\s*"
    year = r"((?:19|20)\d\d)"
    return regexcache.compile(
        rf"(?<!\w)(?:{words})\s+(?:{tie})?(?:(?:année|anno|year)\s+)?{year}(?![\w]|[.,]\d)"
        rf"|(?<![\w.,]){year}\s+(?:{words})(?![\w])",
        re.IGNORECASE,
    )


def noun_year(q, spans: Spans, body: str, lo: int, published: str, lang: str | None) -> str:
    """The year written as part of the noun of accounts or of a budget right before figure
    `q` in its clause (`time.yaml` `accounts` and `year_nouns`: "its 2031 net profit dropped
    9%", "a 2032 budget of 14 billion", "un budget 2032 de 18 milliards", "l'utile netto
    2031 di 40 milioni"), within `ACCOUNTS_REACH` of the publication's year; else "".

    Why: the year there names the period the figure is of, whatever day the clause tells
    the figure was given or acted on ("the cabinet backed on Tuesday a 2032 budget of 14
    billion"): the accounts of 2031 and the budget of 2032, as other accounts give them
    with "in 2031" or in a title naming the year.

    >>> from types import SimpleNamespace as Q
    >>> body = "Orvanne said its 2030 net profit dropped 9%."
    >>> noun_year(Q(start=41, end=43), [(41, 43)], body, 0, "2031-03-04", "en")
    '2030'
    >>> body = "Orvanne said its net profit fell 9% in the quarter."
    >>> noun_year(Q(start=32, end=34), [(32, 34)], body, 0, "2031-03-04", "en")
    ''
    """
    if len(published) < 4 or not published[:4].isdigit():
        return ""
    start = max([lo, *(e for _, e in spans if e <= q.start)])
    start = max([start, *(m.end() for m in _CLAUSE.finditer(body, start, q.start))])
    found = _noun_year(lang).search(body, start, q.start)
    if found is None:
        return ""
    year = found.group(1) or found.group(2)
    return year if abs(int(year) - int(published[:4])) <= ACCOUNTS_REACH else ""


NOUN_YEAR_REACH = 30  # characters between the noun of accounts and the figure it gives


@lru_cache(maxsize=4)
def _noun_year(lang: str | None) -> re.Pattern:
    words = f"{_words('accounts', lang)}|{_words('year_nouns', lang)}"
    year = rf"({YEAR_DIGITS})"
    gap = rf"[^\d;:,()]{{0,{NOUN_YEAR_REACH}}}$"
    return regexcache.compile(
        rf"(?<![\w.,]){year}\s+(?:{words})(?![\w'’]){gap}"
        rf"|(?<![\w'’])(?:{words})\s+{year}(?![\w]|[.,]\d){gap}",
        re.IGNORECASE,
    )


def written_day(body: str, published: str | None, lang: str | None) -> str | None:
    """The day the document was written: its dateline's day when the dateline names one up to
    `FILED_REACH` days before the publication date ("ROME, March 18 (Wire) -" published on
    the 19th), else `published`.

    Why: "today", "yesterday", "on Tuesday" in copy filed on the 18th are told from the 18th;
    read from a publication date of the next morning, every day of the story moves by one.

    >>> written_day("ROME, March 18 (Wire) - 12 people were rescued today.", "2025-03-19", "en")
    '2025-03-18'
    >>> written_day("ROME, March 19 (Wire) - 12 people were rescued today.", "2025-03-19", "en")
    '2025-03-19'
    """
    if not published or len(published) < 10:
        return published
    head = body[:DATELINE_REACH]
    found = find_dates(head, published, 0, len(head), None, lang, dateline=True)
    line = next((d for d in found if d.iso and is_dateline(head, d.start, d.end)), None)
    if line is None:
        return published
    before = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(line.iso)).days
    return line.iso if 0 < before <= FILED_REACH else published


DATELINE_REACH = 120  # characters at the head of a body where its dateline stands
FILED_REACH = 2  # days before publication a dateline may date the copy


def news_day(
    body: str,
    sentences: list[Sentence],
    published: str | None,
    lang: str | None,
    words: Callable[[int], list[tuple[int, str, str]]] | None = None,
    title: str | None = None,
) -> str:
    """The day a document reports on, ISO, or "": a date of its lead (its first sentences)
    on or up to a week before publication — the day a count was told to have grown first
    ("le bilan … s'est alourdi jeudi à 15 morts": `updated`); an event's day before a
    day something was said ("said on Wednesday that … on Tuesday"), but a day that only dates a noun ("i feriti dopo il crollo di martedì, ha reso noto
    ieri": yesterday's toll; "les orages qui ont frappé mardi … Mercredi, 140 personnes
    restaient hébergées") after the lead's later plain days — else the date of the line
    above it (the dateline), which also comes first when the lead's days only date an event
    ("Brussels, 19 March / Following the floods that hit … on 17 March, the Commission is
    releasing …"), else a date of the `title` ("Floods: toll rises to 9 on Thursday"). "lunedì
    scorso" is a past day, the story's only when the lead states no other and it dates no
    noun; a day of a lead sentence that gives a figure comes before one of a sentence that
    gives none; a lead that only opens a period ("depuis lundi") runs to the publication
    day; a lead whose only days are its telling's ("…, Europol said on Wednesday") reports on
    the earlier day of the event the body names (`event_day`). `words(i)`: the words of
    sentence `i`
    (`sentences.words`), when the caller keeps them.

    >>> from sourcecheck.extract.sentences import split
    >>> body = "PARIS, Jan 30 (Wire) - Protesters marched on Thursday. 1 million."
    >>> news_day(body, split(body), "2025-01-31", "en")
    '2025-01-30'
    """
    if not published:
        return ""
    pub = dt.date.fromisoformat(published[:10])
    lead, above, past = [], [], []
    counted: set[int] = set()  # the starts of the lead's dates whose sentence gives a figure
    sentence: dict[int, int] = {}  # the start of each lead date → its sentence
    period = False  # the lead opens a period ("dalla notte tra domenica e lunedì")
    grows = False  # the lead tells a count grew ("le bilan … s'est alourdi à 15 morts")
    first = None  # the lead's first sentence
    grown_today = False  # it tells a count grew on no day of its own, out past the mornings
    for i, s in _lead_lines(sentences):  # the lead, and the lines above it
        tokens = words(i) if words else None
        found = find_dates(body, published, s.start, s.end, tokens, lang, dateline=True)
        found = [d for d in found if not _contrasted(body, s.start, d.start, lang)]
        (above if s.heading else lead).extend(_recent(found, pub))
        sentence.update((d.start, i) for d in found)
        if not s.heading:
            past.extend(d._replace(last=False) for d in found if d.last and not d.of_noun)
            period = period or any(d.since for d in found)
            grows = grows or _growth(lang).search(body, s.start, s.end) is not None
            if first is None:
                first = i
                grown_today = (
                    grows
                    and _past_morning(published)
                    and not any(_plain_step(body, d, lang) for d in found)
                )
            if _figure_in(body, s.start, s.end, found) or _spelled_in(tokens, found, lang):
                counted.update(d.start for d in found)
    said = any(e.said for e in lead)
    today = pub.isoformat()
    # the days of the lead that date no noun and were no statement's ("Mercredi, 140
    # personnes restaient hébergées"): a day dating a noun before one yields to it ("Le bilan
    # de l'incendie qui a éclaté dans la nuit de samedi à dimanche est passé lundi à 4
    # morts": Monday); a day a count was reported is none ("il deragliamento avvenuto lunedì
    # sera …: il bilancio, aggiornato oggi, …" keeps Monday)
    plain = [
        e.iso
        for e in lead
        if not (
            e.of_noun or e.said or e.iso > today or _dateline(body, e) or reported(body, e, lang)
        )
    ]
    ranked = sorted(  # a planned day after publication only when the lead states no other
        lead,  # than its dateline ("ROME, Nov 27 (Wire) - Unions will strike on Friday")
        key=lambda d: (
            d.iso > today or _dateline(body, d),
            not updated(body, d, lang),  # "le bilan … s'est alourdi jeudi à 15 morts"
            # "il bilancio del naufragio di lunedì", "the train that derailed on Monday …,
            # officials said", "les crues qui ont frappé mardi … Mercredi, 300 personnes
            # restaient évacuées"
            d.toll or _of_noun(body, d, lang, said, any(d.iso < e for e in plain)),
            (d.said and _told_beside(d, lead, sentence, body)) or _dateline(body, d),
            d.start not in counted,
        ),
    )
    if (
        lead
        and not above
        and all(
            outbreak(body, d, lang)
            or (grows and _of_event(body, d, lang))
            or _told_earlier(body, d, sentences[sentence[d.start]], lang)
            or (grown_today and sentence[d.start] > first)
            for d in lead
        )
    ):
        return today  # "Sono 2.800 gli ettari distrutti dal rogo divampato ieri": where a
        # disaster its lead dates by its outbreak stands as of publication; so does a toll
        # it tells grew ("Le bilan de l'éboulement survenu lundi s'est alourdi à 15 morts"),
        # and a lead whose days only date an earlier step ("Sono 5 i minatori salvati dal
        # pozzo dove lunedì una frana aveva bloccato 7 operai")
    if lead and all(_of_event(body, d, lang) for d in lead):
        ranked = above + ranked  # "Brussels, 19 March 2025 / Following the floods that hit
        # the region on 17 March, the Commission is releasing …": the release's day
    else:
        ranked += above
    if not lead and above:  # "Pelvarne, 14 March / … have dismantled a ring … / On 13 March,
        # searches took place in 4 countries": the day the release reports on
        ranked = _action_day(body, sentences, published, lang, above) + ranked
    if lead and all(d.said or _dateline(body, d) for d in lead):
        # "Police arrested 35 people, Europol said on Wednesday. … Tuesday's raids": the
        # lead only dates its telling; the day of the event it tells is the news day
        held = event_day(body, sentences, published, lang, words)
        if held and held < min(d.iso for d in lead):
            return held
    if not ranked and title:
        ranked = _recent(find_dates(title, published, lang=lang, dateline=True), pub)
    if not ranked:  # "Lundi dernier, 38 personnes ont été interpellées …": the lead's only
        # day, unless it dates a noun ("una settimana dopo l'alluvione di lunedì scorso")
        ranked = _recent(past, pub)
    if not ranked and period:  # "il bilancio dell'alluvione che dalla notte tra domenica e
        return pub.isoformat()  # lunedì ha colpito …": the period runs to the publication
    return ranked[0].iso if ranked else ""


def _past_morning(published: str) -> bool:
    """Whether `published` carries an hour past the morning editions (`MORNING_EDITION`): a
    paper out at 7:00 tells yesterday's news with "ieri", a wire out at 13:00 today's."""
    hour = published[11:13]
    return hour.isdigit() and int(hour) >= MORNING_EDITION


MORNING_EDITION = 12  # the hour before which a publication is a morning paper's


def _plain_step(body: str, d, lang: str | None) -> bool:
    """Whether date `d` of a lead's first sentence may date its figures: a stated day, not a
    period's start, nor a disaster's outbreak or an event's day a count is of ("Sale a 12 il
    bilancio dei morti del crollo avvenuto nella notte tra sabato e domenica": none)."""
    return bool(d.iso) and not (
        d.since or d.last or d.told or outbreak(body, d, lang) or _of_event(body, d, lang)
    )


def _action_day(body: str, sentences: Sequence[Sentence], published: str, lang, above) -> list:
    """The day a sentence right after an undated lead opens with (`FOLLOW_SENTENCES` of
    them), when it falls before the dateline's day above that lead: a press release's
    account of what happened, which its dateline only dates the release of; else [].

    Why: "Pelvarne, 14 March / Police forces from 6 countries have dismantled a ring … / On 13
    March, searches took place in 4 countries": the arrests are of the 13th, the release of
    the 14th.
    """
    latest = min(d.iso for d in above)
    pub = dt.date.fromisoformat(published[:10])
    texts = [s for s in sentences[: MAX_LEAD_LINES + FOLLOW_SENTENCES] if not s.heading]
    for s in texts[LEAD_SENTENCES : LEAD_SENTENCES + FOLLOW_SENTENCES]:
        found = _recent(find_dates(body, published, s.start, s.end, None, lang), pub)
        opening = [
            d
            for d in found
            if d.start - s.start <= OPENING_REACH
            and d.iso < latest
            and not (d.of_noun or d.said or d.toll or _of_relative(body, d, lang))
        ]
        if opening:
            return opening[:1]
    return []


FOLLOW_SENTENCES = 1  # sentences after an undated lead read for the day it reports on
OPENING_REACH = 12  # characters from a sentence's start within which its opening day stands


def updated(body: str, d, lang: str | None) -> bool:
    """Whether date `d` follows, in its clause, a verb telling a running count grew or fell
    to a new figure (`time.yaml` `updated`: "s'est alourdi jeudi à 15 morts", "rose to 14
    on Thursday", "è salito oggi a 48 casi"): the day the count was told, which a lead's
    other days (the event's, the one an earlier count was given on) yield to.

    >>> from sourcecheck.extract.dates import find_dates
    >>> text = "Le bilan de la crue de lundi est passé mercredi à 6 morts."
    >>> [updated(text, d, "fr") for d in find_dates(text, "2025-03-13", lang="fr")]
    [False, True]
    """
    return _update(lang).search(body, max(0, d.start - UPDATE_REACH), d.start) is not None


UPDATE_REACH = 40  # characters before a day where the verb of its count's update stands


@lru_cache(maxsize=4)
def _growth(lang: str | None) -> re.Pattern:
    """A verb of `time.yaml` `updated` anywhere: the sentence tells a count grew."""
    return regexcache.compile(rf"(?<![\w'’])(?:{_update_verbs(lang)})(?![\w'’])", re.I)


@lru_cache(maxsize=4)
def _update(lang: str | None) -> re.Pattern:
    words = _update_verbs(lang)
    return regexcache.compile(
        rf"(?<![\w'’])(?:{words})(?![\w'’])(?:[^,;:.!?()]|(?<=\d)[.,](?=\d))*$", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _update_verbs(lang: str | None) -> str:
    """The alternation of `time.yaml` `updated` verbs, each compound one also with an adverb
    of `update_adverbs` after its auxiliary.

    Why: "le bilan humain s'est encore alourdi", "il bilancio è ancora salito" tell an update
    as plainly as "s'est alourdi" does.

    >>> bool(re.fullmatch(_update_verbs("fr"), "s'est encore alourdi"))
    True
    >>> bool(re.fullmatch(_update_verbs("fr"), "s'est alourdi"))
    True
    """
    langs = (lang,) if lang in LANGS else LANGS
    data = load("time")
    verbs, adverbs = [], []
    for code in langs:
        verbs += data["updated"].get(code) or ()
        adverbs += data["update_adverbs"].get(code) or ()
    told_again = [
        f"{aux} {adverb} {rest}"
        for aux, _, rest in (v.partition(" ") for v in verbs)
        if rest
        for adverb in adverbs
    ]
    return alternation([*verbs, *told_again])


def reported(body: str, d, lang: str | None) -> bool:
    """Whether date `d` follows a participle of a report (`time.yaml` `reported`: "selon un
    bilan communiqué jeudi", "il bollettino diffuso oggi"): the day a count was given, to
    which a day dating a noun of its clause yields.

    >>> from sourcecheck.extract.dates import find_dates
    >>> text = "Il rogo divampato martedì ha distrutto 80 ettari, secondo il bollettino diffuso oggi."
    >>> [reported(text, d, "it") for d in find_dates(text, "2026-08-06", lang="it")]
    [False, True]
    """
    return _report(lang).search(body, max(0, d.start - 30), d.start) is not None


@lru_cache(maxsize=4)
def _report(lang: str | None) -> re.Pattern:
    words = _words("reported", lang)
    return regexcache.compile(
        rf"(?<![\w'’])(?:{words})(?:\s+(?:on|le|il|lo))?\s*,?\s*$", re.IGNORECASE
    )


def _words(key: str, lang: str | None) -> str:
    """The alternation of the words of `time.yaml` entry `key` in `lang` (all when unknown)."""
    return phrases("time", key, lang)


def _of_relative(body: str, d, lang: str | None) -> bool:
    """Whether lead date `d` closes a relative clause of a noun of up to two words ("The
    intercity train that derailed near Arles on Monday was …", "le ferry qui a chaviré
    lundi"): the day of what the noun did, an event's day, which yields to the day the lead
    says the news was given."""
    return (
        _relative_before(lang).search(body, max(0, d.start - RELATIVE_REACH), d.start) is not None
    )


RELATIVE_REACH = 90  # characters before a day where the noun of its relative clause stands
# the first day of a stretch written before the day ("during the night of 17 to 18 March",
# "dans la nuit du 17 au 18 mars", "nella notte tra il 17 e il 18 marzo")
RANGE_START = r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|-|–|à|au|et|e|al|all['’]|il)\s*(?:il\s+)?)?"


@lru_cache(maxsize=4)
def _relative_before(lang: str | None) -> re.Pattern:
    langs = (lang,) if lang in LANGS else LANGS
    relative = [load("time")["of_relative"].get(code) or {} for code in langs]
    articles = alternation(w for r in relative for w in r.get("articles") or ())
    pronouns = alternation(w for r in relative for w in r.get("words") or ())
    return regexcache.compile(
        rf"(?<![\w'’])(?:{articles})(?:(?<=['’])|\s+)(?:[^\W\d_]{{3,}}\s+){{1,2}}"
        rf"(?:{pronouns})\s+[^,;:.!?()\d]{{0,60}}{RANGE_START}$",
        re.IGNORECASE,
    )


def _of_noun(body: str, d, lang: str | None, said: bool, later: bool) -> bool:
    """Whether lead date `d` dates what a noun did ("les orages qui ont frappé mardi", "the
    train that derailed on Monday"), which yields to a day something was `said` on, and to
    a `later` day of the lead ("Mercredi, 140 personnes restaient hébergées"); the day of an
    event held on one day ("lo sciopero di venerdì", "Tuesday's raids") only to a said day."""
    if not (d.of_noun or _of_relative(body, d, lang)):
        return False
    return said or (later and not _names_event(body, d))


def _told_earlier(body: str, d, s: Sentence, lang: str | None) -> bool:
    """Whether lead date `d` stands in a clause of sentence `s` told in the pluperfect
    (`earlier_step`: "où lundi un éboulement avait bloqué 7 mineurs", "where a rockfall had
    trapped 7 on Monday"), an earlier step than the story's, no day something was said or a
    count grew on; a pluperfect of another clause ("reopened on Monday, letting out tourists
    who had been stuck") leaves the day the story's.

    >>> from sourcecheck.extract.sentences import split
    >>> body = "Crews freed 5 miners from the shaft where a rockfall had trapped 7 on Monday."
    >>> d = find_dates(body, "2026-03-11", lang="en")[0]
    >>> _told_earlier(body, d, split(body)[0], "en")
    True
    """
    if d.said or updated(body, d, lang):
        return False
    lo = max((m.end() for m in _CLAUSE_END.finditer(body, s.start, d.start)), default=s.start)
    stop = _CLAUSE_END.search(body, d.end, s.end)
    return earlier_step(body, lo, stop.start() if stop else s.end, lang)


def _of_event(body: str, d, lang: str | None) -> bool:
    """Whether lead date `d` only dates what a noun did, an event not held on one day: a
    noun's day ("le naufrage de lundi", "the quake that struck on Tuesday"), not a strike's
    or a vote's (`_names_event`), nor the day a count was told (`updated`)."""
    return (
        (d.of_noun or d.toll or _of_relative(body, d, lang))
        and not _names_event(body, d)
        and not updated(body, d, lang)
        and _toll_of(lang).search(body, max(0, d.start - 30), d.start) is None
    )


@lru_cache(maxsize=4)
def _toll_of(lang: str | None) -> re.Pattern:
    """A toll word right before a day ("nel bilancio di mercoledì sera", "le bilan de
    mardi"): the day the toll was given, no event's."""
    return regexcache.compile(
        rf"(?<![\w'’])(?:{_words('toll', lang)})\s+(?:di|del|de|du|of)\s+$", re.IGNORECASE
    )


def outbreak(body: str, d, lang: str | None) -> bool:
    """Whether date `d` dates a noun through a participle of happening ("il rogo divampato
    ieri", "l'incendie parti lundi", "une explosion survenue lundi": `time.yaml`
    `of_participle`), not an event held that day: a disaster's outbreak, not the day its
    figures stand at (nor the day of the figures of its clause: "Une explosion survenue
    lundi a fait 3 morts", told on Wednesday, gives Wednesday's toll; measured on the
    blind frozen half, whose writers give such figures the story's day)."""
    if not d.of_noun or _names_event(body, d):
        return False
    return _happened(lang).search(body, max(0, d.start - OUTBREAK_REACH), d.start) is not None


OUTBREAK_REACH = 40  # characters before a day where its participle of happening stands


@lru_cache(maxsize=4)
def _happened(lang: str | None) -> re.Pattern:
    happened, between = participles(lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{happened})(?:\s+(?:{between}))?\s+$", re.IGNORECASE)


def _told_beside(said, lead, sentence: dict[int, int], body: str) -> bool:
    """Whether a day something was said yields to another day of the lead: one its own
    sentence states ("said on Wednesday that … on Tuesday"), or an event's day ("Europol said
    on Wednesday. … Tuesday's raids"). A said day alone in its sentence is the news day over
    a later sentence's other day ("… died, officials said on Wednesday. Roccamare recorded
    43.9 degrees on Monday")."""
    return any(
        not d.said
        and not _dateline(body, d)
        and (sentence.get(d.start) == sentence.get(said.start) or _names_event(body, d))
        for d in lead
    )


def event_day(
    body: str,
    sentences: list[Sentence],
    published: str | None,
    lang: str | None,
    words: Callable[[int], list[tuple[int, str, str]]] | None = None,
) -> str:
    """The day of an event held on one day (`time.yaml` `events`) that the top of the body
    (`EVENT_SENTENCES`) names, ISO, or "": "Tuesday's raids", "le scrutin de dimanche", "lo
    sciopero di venerdì". A figure whose only day is the one a speaker gave it on ("arrested
    128 people, Europol said on Wednesday") is that event's; so is the news day of a lead
    that only dates its telling (`news_day`), the event often named a few sentences down
    ("… said on Wednesday. The ring sold … Officers seized 48 printers in Tuesday's raids").

    >>> from sourcecheck.extract.sentences import split
    >>> body = "Police held 128 people, Europol said on Wednesday. Tuesday's raids hit 5 ports."
    >>> event_day(body, split(body), "2026-05-13", "en")
    '2026-05-12'
    """
    if not published:
        return ""
    pub = dt.date.fromisoformat(published[:10])
    texts = 0
    for i, s in enumerate(sentences):
        if s.heading:
            continue
        tokens = words(i) if words else None
        for d in _recent(find_dates(body, published, s.start, s.end, tokens, lang), pub):
            if d.iso <= pub.isoformat() and _names_event(body, d):
                return d.iso
        texts += 1
        if texts == EVENT_SENTENCES:
            break
    return ""


EVENT_SENTENCES = 6  # sentences at the top of a body read for the day of its event


def _lead_lines(sentences: Sequence[Sentence]) -> Iterator[tuple[int, Sentence]]:
    """(i, sentence) of a document's lead, `LEAD_SENTENCES` sentences, with the lines above
    it and among it (headings, the dateline's line), within its first `MAX_LEAD_LINES`."""
    texts = 0
    for i, s in enumerate(sentences[:MAX_LEAD_LINES]):
        yield i, s
        texts += not s.heading
        if texts == LEAD_SENTENCES:
            return


_EVENT_BEFORE = regexcache.compile(r"([^\W\d_]{3,})\s+(?:of|on|de|du|di|del|dello|della)\s+$", re.I)
# "Tuesday's raids", "Tuesday's coordinated raids": the two words after a possessive day
_EVENT_AFTER = regexcache.compile(r"['’]s\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.I)


def _names_event(body: str, d) -> bool:
    """Whether date `d` is tied to an event noun: "the raids on Tuesday", "la grève de
    mardi", "Tuesday's (coordinated) raids"."""
    lo = max(0, d.start - 30)
    before = _EVENT_BEFORE.search(body, lo, d.start)
    if before is not None and is_event(body, before.start(1), before.group(1)):
        return True
    after = _EVENT_AFTER.match(body, d.end)
    return after is not None and any((w or "").lower() in EVENTS for w in after.groups())


_DIGIT = regexcache.compile(r"\d")


def _figure_in(body: str, lo: int, hi: int, dates) -> bool:
    """Whether a sentence gives a figure: a digit outside its dates ("Il bilancio è salito
    oggi a 61 casi"). A lead's day whose sentence gives none ("È morta ieri sera
    un'anziana") yields to one whose sentence does."""
    at = lo
    for d in sorted(dates):
        if _new_figure(body, at, d.start):
            return True
        at = max(at, d.end)
    return _new_figure(body, at, hi)


def _new_figure(body: str, lo: int, hi: int) -> bool:
    """Whether `body[lo:hi]` gives a figure that is news: a digit not right after a definite
    article ("The 412 people rescued on Tuesday are in shelters" tells again a figure an
    earlier report gave: its day is no news day)."""
    return any(
        _DEFINITE.search(body, max(lo, m.start() - 5), m.start()) is None
        for m in _DIGIT_RUN.finditer(body, lo, hi)
    )


_DIGIT_RUN = regexcache.compile(r"(?<![\d.,])\d")
_DEFINITE = regexcache.compile(r"(?<![\w'’])(?:the|les|le|i|gli)\s*$", re.IGNORECASE)


def _spelled_in(tokens, dates, lang: str | None) -> bool:
    """Whether a sentence gives a figure spelled out ("At least seven people have died",
    "sono tre i morti") outside its dates; an article ("un", "one") is none.

    >>> from sourcecheck.extract.sentences import words
    >>> _spelled_in(words("Seven people died on Monday.", 0, 28), [], "en")
    True
    """
    if not tokens:
        return False
    atoms = _figure_words(lang)
    return any(
        lower in atoms and not any(d.start <= pos < d.end for d in dates)
        for pos, _, lower in tokens
    )


@lru_cache(maxsize=4)
def _number_words(lang: str | None) -> frozenset[str]:
    """The number words of `lang` (every language's when unknown) that are no article."""
    langs = (lang,) if lang in ATOMS else tuple(ATOMS)
    return frozenset(
        w for code in langs for w in ATOMS[code] - ARTICLES[code] - {"one", "zéro", "zero"}
    )


@lru_cache(maxsize=4)
def _figure_words(lang: str | None) -> frozenset[str]:
    """`_number_words`, and the plural number nouns of `lang` (`vague.heads`: "thousands",
    "milliers", "centinaia"): "forced thousands from their homes on Thursday" gives a figure
    as plainly as "forced 3,000" does."""
    return _number_words(lang) | frozenset(vague.heads(lang))


def _dateline(body: str, d) -> bool:
    """Whether date `d` is a dateline's ("THE HAGUE, Jan 23 (Wire) -"): the day of the report,
    which yields to the day its lead states ("arrested 41 people on Tuesday"), as a day
    something was said does."""
    return is_dateline(body, d.start, d.end)


def _contrasted(body: str, lo: int, at: int, lang: str | None) -> bool:
    """Whether the date at `at` closes a figure set against another ("38 % contre 41 % le 3
    octobre", "against 41% on October 3"): that figure's day, not the story's."""
    return _contrast(lang).search(body, max(lo, at - CONTRAST_REACH), at) is not None


def closes_contrast(body: str, at: int, lang: str | None) -> bool:
    """Whether the date at `at` closes a figure set against another ("up from 9 on Monday",
    "contre 9 lundi"), the earlier figure named by a noun of its own or not ("up from a first
    estimate of 60 million on Monday", "contre une première estimation de 60 millions
    lundi"): that figure's day only, never one of a figure after it ("…, and 64 generators
    have been sent in", "…, and said the 12 million euros …").

    >>> body = "Power cuts hit 23 villages, up from 9 on Monday, and 64 generators run."
    >>> closes_contrast(body, body.index("Monday"), "en")
    True
    >>> body = "He put it at 95 million, up from a first estimate of 60 million on Monday."
    >>> closes_contrast(body, body.index("Monday"), "en")
    True
    """
    return _contrasted(body, 0, at, lang)


CONTRAST_REACH = 64  # characters back from a date where its contrast word and figure stand
CONTRAST_NOUN = 32  # characters between a contrast word and its figure ("an initial estimate of")


@lru_cache(maxsize=4)
def _contrast(lang: str | None) -> re.Pattern:
    words = _words("contrast", lang)
    return regexcache.compile(
        rf"(?<![\w'’])(?:{words})\s+[^,;:.\d]{{0,{CONTRAST_NOUN}}}\d"
        rf"(?:[^,;:]|(?<=\d)[,.](?=\d)){{0,25}}$",
        re.I,
    )


def _recent(found, pub: dt.date) -> list:
    """The dates of `found` that may be a news day: stated days (not a period's start, not
    "lunedì scorso", not "la veille") from `NEWS_DAY_WINDOW` days before publication to
    `NEWS_DAY_AHEAD` days after it (a preview's planned day: "grève générale vendredi")."""
    window = pub - dt.timedelta(days=NEWS_DAY_WINDOW)
    ahead = pub + dt.timedelta(days=NEWS_DAY_AHEAD)
    return [
        d
        for d in found
        if d.iso
        and not (d.since or d.last or d.told)
        and window <= dt.date.fromisoformat(d.iso) <= ahead
    ]


def elsewhen(
    q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, year: int | None = None
) -> bool:
    """Whether the figure's clause is set in another time than the story's day: a year or
    "last year" before it in its sentence ("En 2019, 90 000 …") or after it in its clause
    ("997 milioni inflitta nel 2023"), with no other figure between; "depuis 2010" opens a
    period and does not count, nor does the publication `year` or a later one ("au premier
    semestre 2025" in a 2025 story, "d'ici 2032": the story's figure, a deadline)."""
    start, end = _clause(q, spans, body, lo, hi)
    start = max(start, _past_incise(body, lo, q.start, lang))
    for a, b in ((start, q.start), (q.end, end)):  # the figure itself may look like a year
        for m in _YEAR.finditer(body, a, b):
            if (
                year is not None
                and int(m.group()) >= year
                or compared_year(body, lo, m.start(), lang)
            ):
                continue  # ("up 6% compared with 2029": the base of a change, not its time)
            if not _SINCE.search(body, max(lo, m.start() - 40), m.start()):
                return True
    return bool(_other(lang).search(body, start, end))


def _past_incise(body: str, lo: int, at: int, lang: str | None) -> int:
    """Where the clause of a figure at `at` starts past a relative incise closed before it
    ("Brisa Ferries, which sailed 2 million miles last year, owed £75 million":
    "last year" is the incise's time, not the debt's), else `lo`."""
    ends = [m.end() for m in _incise(lang).finditer(body, lo, at)]
    return ends[-1] if ends else lo


@lru_cache(maxsize=4)
def _incise(lang: str | None) -> re.Pattern:
    words = _words("relative_clause", lang)
    return regexcache.compile(
        rf",\s*(?:{words})(?![\w'’])(?:[^,;:.]|(?<=\d)[.,](?=\d))*,", re.IGNORECASE
    )


def contrasted_elsewhen(
    q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, year: int | None = None
) -> bool:
    """Whether a figure set against another ("contre 44 %", "against 44%", "rispetto al 44%")
    stands in a clause set in another time ("il y a cinq ans", "in 2020"): the day its
    sentence states is the other figure's ("Mercredi, la participation a atteint 48 %, contre
    44 % il y a cinq ans")."""
    at = max(lo, q.start - CONTRAST_BEFORE)
    if _contrast_before(lang).search(body, at, q.start) is None:
        return False
    stop = _CLAUSE_END.search(body, q.end, hi)  # "44 % il y a cinq ans": past "cinq" too
    return elsewhen(q, [], body, lo, stop.start() if stop else hi, lang, year)


_CLAUSE_END = regexcache.compile(r"[;:()]|[,.](?!\d)")


CONTRAST_BEFORE = 30  # characters before a figure where its contrast word stands


@lru_cache(maxsize=4)
def _contrast_before(lang: str | None) -> re.Pattern:
    words = _words("contrast", lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})(?:\s+[^\W\d_]+){{0,2}}\s+$", re.I)


def mentions_other_time(body: str, lo: int, hi: int, tokens: Tokens, lang: str | None) -> bool:
    """Whether a sentence holds a year or a word of an "other time" phrase: only then is
    `elsewhen` worth asking, figure by figure."""
    if _YEAR.search(body, lo, hi):
        return True
    return not _other_words(lang).isdisjoint(map(_LOWER, tokens))


@lru_cache(maxsize=4)
def _other_words(lang: str | None) -> frozenset[str]:
    langs = (lang,) if lang in LANGS else LANGS
    other = (p for code in langs for p in load("time")["other"].get(code) or ())
    return frozenset(re.split(r"[\s'’]+", p.lower())[-1] for p in other)


def _clause(q, spans: Spans, body: str, lo: int, hi: int) -> tuple[int, int]:
    """The stretch of text a figure's time words may stand in: back to the previous figure
    or the sentence's start (an opening "En 2019," sets the whole sentence), forward to the
    next punctuation or figure."""
    start = max([lo, *(e for _, e in spans if e <= q.start)])
    end = min([hi, *(s for s, _ in spans if s >= q.end)])
    stop = _CLAUSE.search(body, q.end, end)
    return start, stop.start() if stop else end


@lru_cache(maxsize=4)
def _other(lang: str | None) -> re.Pattern:
    return regexcache.compile(rf"(?<![\w'’])(?:{_words('other', lang)})(?![\w'’])", re.IGNORECASE)


DAILY_RATES = ("per_day", "per_week")  # rates of a day's (a week's) events: they change


def rate_start(q, dates, spans: Spans, body: str, lang: str | None) -> str:
    """The day a rate of a day's events holds from, when its clause opens it going forward
    after the figure ("28 cars supprimés par jour à partir de jeudi", "28 coaches a day
    starting Thursday", "28 pullman al giorno a partire da giovedì"), else "".

    Why: a period's opening day is no figure's day ("depuis lundi"), but a daily rate that
    starts on a day is that day's rate, not the story's: "28 a day from Thursday, against
    40 on Wednesday" gives Tuesday's and Wednesday's, no conflict.

    >>> from types import SimpleNamespace as Q
    >>> from sourcecheck.extract.dates import find_dates
    >>> body = "Le réseau retire 28 cars par jour à partir de mercredi."
    >>> rate_start(Q(start=17, end=19), find_dates(body, "2025-03-12"), [(17, 19)], body, "fr")
    '2025-03-12'
    """
    starts = _starts(lang)
    for d in dates:
        if not (d.iso and d.since and d.start >= q.end and d.start - q.end <= 60):
            continue
        if any(q.end < s < d.start for s, _ in spans) or _CLAUSE.search(body, q.end, d.start):
            return ""
        if starts.search(body, max(0, d.start - 30), d.start):
            return d.iso
    return ""


@lru_cache(maxsize=8)
def _starts(lang: str | None) -> re.Pattern:
    words = [
        w for la in (LANGS if lang not in LANGS else (lang,)) for w in load("time")["starts"][la]
    ]
    return regexcache.compile(
        rf"(?<![\w'’])(?:{alternation(words)})\s+(?:(?:le|il|the|du|del|la|lo)\s+)?$",
        re.IGNORECASE,
    )


def rate(q, thing_end: int, spans: Spans, body: str, lang: str | None, hi: int) -> str:
    """per_day | per_week | per_month | per_year when the figure is a rate, else "".

    The rate phrase follows the figure's noun within five words of its clause ("40 000
    tonnes d'hydrogène par an", "450 millions d'Européens fréquentent chaque mois"), or an
    adjective follows it at once ("10 euro mensili"), or the phrase stands right before the
    figure, a verb at most between ("émet chaque année près de 10 millions").
    """
    after, adjective, before = _rates(lang)
    stop = min([hi, thing_end + 60, *(s for s, _ in spans if s >= q.end)])
    clause = _CLAUSE.search(body, thing_end, stop)
    stop = clause.start() if clause else stop
    m = adjective.match(body, thing_end, stop) or after.match(body, thing_end, stop)
    if m:
        return m.lastgroup
    start = max([0, q.start - 30, *(e for _, e in spans if e <= q.start)])
    m = before.search(body, start, q.start)
    return m.lastgroup if m and not _CLAUSE.search(body, m.end(), q.start) else ""


def rate_right_after(text: str, pos: int, limit: int, lang: str | None) -> bool:
    """Whether a rate phrase stands right after a figure ending at `pos`, no noun between:
    then it opens no noun ("costa 2,7 miliardi l'anno": the year is a rate, not the thing).

    >>> rate_right_after("Costa 2,7 miliardi l'anno e 8,1 nel biennio.", 18, 44, "it")
    True
    >>> rate_right_after("Ha perso 2,7 miliardi l'anno scorso.", 21, 36, "it")
    False
    """
    return bool(_right_after(lang).match(text, pos, limit))


@lru_cache(maxsize=4)
def _right_after(lang: str | None) -> re.Pattern:
    data = load("time")
    langs = (lang,) if lang in LANGS else LANGS
    rates = alternation(
        p for r in RATES for code in langs for p in data["rates"][r].get(code) or ()
    )
    tail = rf"(?![\w'’-])(?!\s+(?:{_words('not_rate', lang)})(?![\w-]))"
    return regexcache.compile(rf"\s+(?:{rates}){tail}", re.IGNORECASE)


def mentions_rate(tokens: Tokens, lang: str | None) -> bool:
    """Whether a sentence's words (`sentences.words`) hold a word of a rate phrase: only then
    is `rate` worth asking, figure by figure."""
    return not _triggers(lang).isdisjoint(map(_LOWER, tokens))


@lru_cache(maxsize=4)
def _triggers(lang: str | None) -> frozenset[str]:
    data = load("time")
    langs = (lang,) if lang in LANGS else LANGS
    return frozenset(
        re.findall(r"[^\W\d_]+", p.lower())[-1]
        for entry in ("rates", "rate_adjectives")
        for r in RATES
        for code in langs
        for p in data[entry][r].get(code) or ()
    )


@lru_cache(maxsize=4)
def _rates(lang: str | None) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(phrase within five words after, adjective right after, phrase right before)."""
    data = load("time")
    langs = (lang,) if lang in LANGS else LANGS

    def groups(entry: str) -> str:
        return "|".join(
            rf"(?P<{r}>{alternation(p for code in langs for p in data[entry][r].get(code) or ())})"
            for r in RATES
        )

    not_rate = alternation(w for code in langs for w in data["not_rate"].get(code) or ())
    tail = rf"(?![\w'’-])(?!\s+(?:{not_rate})(?![\w-]))(?!\s*\d)"
    word = r"[^\W\d_][\w'’-]*"
    lead = r"(?<!\bin\s)(?<!\bwithin\s)(?<!\bentro\s)"
    after = regexcache.compile(rf"(?:\s+{word}){{0,5}}?\s+{lead}(?:{groups('rates')}){tail}", re.I)
    adjective = regexcache.compile(rf"\s+(?:{groups('rate_adjectives')}){tail}", re.IGNORECASE)
    joins = r"(?!(?:et|and|e|ed|mais|but|ma|ou|or|o)\b)"
    before = regexcache.compile(rf"(?<![\w'’])(?:{groups('rates')})(?:\s+{joins}{word})?\s*$", re.I)
    return after, adjective, before


def stated_year(
    q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, published: str
) -> str:
    """The year a figure's clause sets it in, as "2031", or "": a year (up to `PAST_YEARS`
    before the publication's) after a word of `time.yaml` `in_year` right after the figure,
    no other figure nor a
    clause break between ("il disavanzo calerà al 3,3% del Pil nel 2031", "debt at 141% of
    output at the end of 2031"), or a phrase of `year_relative` there ("0,7 % l'an
    prochain", "sales fell to 41 million last year"), or such a phrase or year opening the
    sentence, no figure between it and this one ("Last year the board paid out 4 million",
    "Three years ago, 900 fled": the number word of its phrase is none).

    Why: a forecast or a plan for a coming year, and a figure of last year, describe that
    year, not the day the story reports on: "3,3 % en 2031" and "3.3% next year" in two
    accounts of a budget are one figure, of 2031. A deadline is no figure's year ("cut 900
    jobs by the end of 2032": `by_year`). An earlier year written as digits dates its figure
    too ("En 2027, un premier effondrement avait fait 2 blessés", "up from 12 in 2027"): the
    gold's moment of a past figure is its year (measured: frozen moment .796 → .798, pair
    precision .794 → .795), and the caller leaves a day its clause states alone.

    >>> from types import SimpleNamespace as Q
    >>> body = "Le déficit tombera à 2,9 % du PIB en 2031."
    >>> stated_year(Q(start=21, end=26), [(21, 26)], body, 0, len(body), "fr", "2030-10-02")
    '2031'
    """
    if len(published) < 4 or not published[:4].isdigit():
        return ""
    now = int(published[:4])
    found = _clause_time(q, spans, body, lo, hi, _year_patterns(lang))
    if found is None:  # "a vu son bénéfice fondre l'an dernier, à 10 millions"
        found = _year_just_before(lang).search(body, lo, q.start)
    if found is None:
        # "opened in 2028 after a teacher who had lost 85,000 euros filed a complaint"
        return _past_year_in_clause(q, spans, body, lo, hi, lang, now)
    if found.group("year"):
        year = int(found.group("year"))
        deadline = _deadline(lang).search(
            body, max(lo, found.start("prep") - 20), found.start("prep")
        )
        if year < now and compared_year(body, lo, found.start("year"), lang):
            return ""  # "9% more than in 2029": the base of a change, not the figure's year
        return str(year) if year >= now - PAST_YEARS and deadline is None else ""
    return str(now + _year_offsets(lang)[_key(found.group("rel"))])


def changed_from(before, q, spans: Spans, body: str, lang: str | None) -> bool:
    """Whether figure `q` is the earlier figure of a change whose later one, `before` (the
    figure right before it in its sentence), a year phrase right after it sets in its year:
    the words between are that phrase, then a word of `time.yaml` `change_from` ("slumped to
    64 million last year from 211 million", "9,1 milioni nel 2030, dai 7,4").

    Why: a change told as "X in <year> from Y" sets Y a year before X: the accounts of the
    year before, which other accounts give with their own year ("211 million in 2029").

    >>> from types import SimpleNamespace as Q
    >>> body = "Profit fell to 64 million last year from 211 million."
    >>> changed_from(Q(start=15, end=25), Q(start=41, end=52), [(15, 25), (41, 52)], body, "en")
    True
    >>> body = "Profit fell to 64 million, from 211 million last year."
    >>> changed_from(Q(start=15, end=25), Q(start=32, end=43), [(15, 25), (32, 43)], body, "en")
    False
    """
    found = _year_patterns(lang)[0].match(body, _past_brackets(body, before, spans), q.start)
    return (
        found is not None and _change_from(lang).fullmatch(body, found.end(), q.start) is not None
    )


@lru_cache(maxsize=4)
def _change_from(lang: str | None) -> re.Pattern:
    """A word of `change_from`, an article (`change_from_articles`, any language's) and a
    currency sign at most, up to a figure."""
    tie = rf"(?:(?:{_words('change_from_articles', None)})\s*)?"
    return regexcache.compile(
        rf"\s*,?\s*(?<![\w'’])(?:{_words('change_from', lang)})\s*{tie}[^\w\s]?\s*", re.I
    )


def _past_year_in_clause(
    q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, now: int
) -> str:
    """The last past year (before `now`, up to `PAST_YEARS` back) written after a word of
    `in_year` in the clause before figure `q`, a pluperfect between them (`earlier_step`)
    and no other figure nor clause break ("the inquiry opened in 2027 after a saver had lost
    80,000", not "the inquiry, opened in 2027, seized 3 tonnes"), no period's start nor a
    change's base; else "".
    """
    start = _clause(q, spans, body, lo, hi)[0]
    years = [
        m
        for m in _year_in(lang).finditer(body, start, q.start)
        if now - PAST_YEARS <= int(m.group("year")) < now
        and not _SINCE.search(body, max(lo, m.start() - 40), m.start())
        and not compared_year(body, lo, m.start("year"), lang)
        and _CLAUSE.search(body, m.end(), q.start) is None
        and earlier_step(body, m.end(), q.start, lang)
    ]
    return years[-1].group("year") if years else ""


@lru_cache(maxsize=4)
def _year_in(lang: str | None) -> re.Pattern:
    return regexcache.compile(
        rf"(?<![\w'’])(?:{_words('in_year', lang)})\s+(?P<year>{YEAR_DIGITS})(?![\w]|[.,]\d|\s*[-–]\s*\d)",
        re.IGNORECASE,
    )


def over_years(q, spans: Spans, body: str, lo: int, hi: int, lang: str | None) -> bool:
    """Whether a phrase of `time.yaml` `over_years` stands right after figure `q` in its
    clause: a sum spread over several years, of no one year.

    Why: "3,1 miliardi l'anno e 9,4 miliardi nel triennio 2031-2033" in a story on the 2031
    budget: the 9,4 are no sum of 2031 (the budget's year, `accounts_year`), nor of the first
    year of the span; their moment is the story's day, as in the accounts that write "over
    three years" with no year.

    >>> from types import SimpleNamespace as Q
    >>> body = "The plan costs 9.3 billion over three years."
    >>> over_years(Q(start=15, end=26), [(15, 26)], body, 0, len(body), "en")
    True
    >>> body = "The plan costs 9.3 billion in 2031."
    >>> over_years(Q(start=15, end=26), [(15, 26)], body, 0, len(body), "en")
    False
    """
    at = _past_brackets(body, q, spans)  # the span's number may be a figure of its own
    end = min(hi, at + YEAR_REACH)  # ("sur trois ans"): no stop at the next figure
    stop = _CLAUSE.search(body, at, end)
    return _over_pattern(lang).match(body, at, stop.start() if stop else end) is not None


@lru_cache(maxsize=4)
def _over_pattern(lang: str | None) -> re.Pattern:
    number = rf"(?:\d{{1,2}}|{alternation(_number_words(lang))})"
    words = "|".join(  # placeholders filled per phrase (an alternation tree would split them)
        r"\s+".join(re.escape(w) for w in phrase.split())
        .replace("<n>", number)
        .replace("<years>", YEAR_SPAN)
        for phrase in sorted(framedata.words("time", "over_years", lang), key=len, reverse=True)
    )
    return _after_or_opening(rf"(?<![\w'’])(?:{words})(?![\w'’]|[-–]\d)")[0]


# a span of years: "2027-2029", "2027-29", "2027 e il 2029", "2027 to 2029"
YEAR_SPAN = (
    r"(?:19|20)\d\d\s*(?:[-–/]|(?:to|and|à|au|et|e|al|a|il|le|and|through)(?:\s+(?:il|le|the))?)"
    r"\s*(?:(?:19|20)?\d\d)(?!\d)"
)


YEAR_REACH = 45  # characters after a figure where the year of its clause may stand
PAST_YEARS = 30  # years before publication a year of its clause may stand and date a figure


def _clause_time(
    q,
    spans: Spans,
    body: str,
    lo: int,
    hi: int,
    patterns: tuple[re.Pattern, re.Pattern],
    opens: bool = True,
) -> re.Match | None:
    """The time phrase of `patterns` (after a figure, opening a sentence) that sets figure
    `q`: right after it in its clause (`YEAR_REACH`, no clause break nor other figure
    between), else (when `opens`) opening its sentence with no figure between it and this
    one ("Three years ago, 900 …": a number word of the phrase is none); None when neither."""
    at = _past_brackets(body, q, spans)
    end = min([hi, at + YEAR_REACH, *(s for s, _ in spans if s >= at)])
    stop = _CLAUSE.search(body, at, end)
    after, opening = patterns
    found = after.match(body, at, stop.start() if stop else end)
    if found is None and opens:
        found = opening.match(body, lo, q.start)
        if found is not None and any(s >= found.end() and e <= q.start for s, e in spans):
            found = None
    return found


def stated_month(
    q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, published: str
) -> str:
    """The month a figure's clause sets it in, as "2031-08", or "": a month's name with no
    year after a word of `time.yaml` `in_month` right after the figure (no other figure nor a
    clause break between: "nights booked rose to 48,000 in August", "4.200 arrivi ad
    agosto", "9 % de nuitées en plus en août"), or such a month opening its sentence ("En
    août, 48 000 …"); its year is that of the last such month up to the publication's.
    Never a deadline ("by August").

    Why: the gold dates a figure of a whole month by that month (monthly statistics: a
    season's arrivals, nights, bookings). A month written with its year ("in July 2029") is
    left to `elsewhen` and the alignment's year: it mostly dates a past event that other
    accounts give by its year alone ("a 2029 fine"), and a month there splits one subject in
    two (measured: frozen pair precision .793 → .789).

    >>> from types import SimpleNamespace as Q
    >>> stated_month(Q(start=9, end=14), [(9, 14)], "En août, 5 120 entrées.", 0, 23, "fr",
    ...              "2030-09-12")  # "5 120", in a story of September
    '2030-08'
    """
    found = (
        _clause_time(q, spans, body, lo, hi, _month_patterns(lang))
        if len(published) >= 7 and published[:4].isdigit() and published[5:7].isdigit()
        else None
    )
    if found is None:
        return ""
    if _deadline(lang).search(body, max(lo, found.start("mprep") - 20), found.start("mprep")):
        return ""
    if found.group("myear"):
        return ""
    month = MONTHS[found.group("month").lower()]
    year = int(published[:4]) - (month > int(published[5:7]))
    return f"{year}-{month:02d}"


def month_before(q, spans: Spans, body: str, hi: int, lang: str | None) -> bool:
    """Whether words of `time.yaml` `month_before` follow figure `q` in its clause, before
    any other figure ("da +1,7% nel mese precedente", "after 1.7% in the previous month"),
    and are no comparison basis ("rispetto al mese precedente").

    >>> from types import SimpleNamespace as Q
    >>> month_before(Q(start=3, end=7), [(3, 7)], "da 1,7% nel mese precedente.",
    ...              28, "it")
    True
    """
    stop = min([s for s, _ in spans if s >= q.end] + [hi])
    found = _month_before(lang).match(body, q.end, stop)
    return found is not None and not phrases_of_bases(body[q.end : found.end()])


@lru_cache(maxsize=4)
def _month_before(lang: str | None) -> re.Pattern:
    return regexcache.compile(
        rf"[^\d,;:.()]{{0,25}}?(?<![\w'’])(?:{_words('month_before', lang)})(?![\w'’])", re.I
    )


def stated_quarter(
    q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, published: str
) -> str:
    """The month ending the quarter a figure's clause sets it in, as "2031-09", or "": a
    quarter of `time.yaml` `quarters`, with or without its year, right after the figure in
    its clause ("revenue of 3 billion in the third quarter of 2031"), or before it in its
    clause with no other figure between ("Nel terzo trimestre 2031 i ricavi sono saliti a 3
    miliardi", "third-quarter revenue of 3 billion"); with no year written, the last such
    quarter up to the publication's month. Never a deadline ("by the third quarter").

    Why: the gold dates a quarter's figure by the month that ends it ("Q3 2031" is
    "2031-09"); read as its year alone it would join the figure of the whole year, and two
    accounts writing "Q3" and "third quarter" are one figure.

    >>> from types import SimpleNamespace as Q
    >>> body = "Sales rose to 3 billion in the third quarter of 2031."
    >>> stated_quarter(Q(start=14, end=23), [(14, 23)], body, 0, len(body), "en", "2031-11-02")
    '2031-09'
    """
    if len(published) < 7 or not published[:4].isdigit() or not published[5:7].isdigit():
        return ""
    after, anywhere = _quarter_patterns(lang)
    if anywhere.search(body, lo, hi) is None:
        return ""
    found = _clause_time(q, spans, body, lo, hi, (after, anywhere), opens=False)
    if found is None:
        start = _clause(q, spans, body, lo, hi)[0]
        before = [
            m
            for m in anywhere.finditer(body, start, q.start)
            if not any(s >= m.end() and e <= q.start for s, e in spans)
            and not _quarter_of_earlier(m, spans, body, after)
        ]
        found = before[-1] if before else None
    if found is None or _quarter_deadline(lang).search(
        body, max(lo, found.start("quarter") - 30), found.start("quarter")
    ):
        return ""
    month = 3 * _quarters(lang)[_key(found.group("quarter"))]
    if found.group("qyear"):
        return f"{found.group('qyear')}-{month:02d}"
    year = int(published[:4]) - (month > int(published[5:7]))
    return f"{year}-{month:02d}"


def _quarter_of_earlier(found: re.Match, spans: Spans, body: str, after: re.Pattern) -> bool:
    """Whether the quarter `found` stands right after an earlier figure, whose it is ("rose
    to 3 billion in the third quarter, from 2.8 billion a year earlier")."""
    ends = [e for _, e in spans if e <= found.start()]
    return (
        bool(ends)
        and (m := after.match(body, max(ends))) is not None
        and m.start("quarter") == found.start("quarter")
    )


@lru_cache(maxsize=4)
def _quarter_deadline(lang: str | None) -> re.Pattern:
    """A deadline's word up to three words before a quarter ("by the end of the fourth")."""
    return regexcache.compile(
        rf"(?<![\w'’])(?:{_words('by_year', lang)})\s+(?:[^\W\d_][\w'’]*\s+){{0,3}}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _quarters(lang: str | None) -> dict[str, int]:
    return _numbered("quarters", lang)


@lru_cache(maxsize=4)
def _quarter_patterns(lang: str | None) -> tuple[re.Pattern, re.Pattern]:
    """(a quarter after a figure, its words at most between; a quarter anywhere), its year
    after it when written ("Q3 2031", "third quarter of 2031", "terzo trimestre del 2031")."""
    names = alternation(_quarters(lang))
    when = (
        rf"(?<![\w'’])(?P<quarter>{names})(?![\w'’])"
        rf"(?:\s+(?:(?:of|de|del|dell['’]anno|di)\s+)?(?P<qyear>(?:19|20)\d\d)(?![\w]|[.,]\d))?"
    )
    after = regexcache.compile(rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,4}}?{when}", re.IGNORECASE)
    return after, regexcache.compile(when, re.IGNORECASE)


def current_year(
    q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, published: str
) -> str:
    """The publication's year, as "2031", when a phrase of `time.yaml` `year_current` ("cette
    année", "this year", "per l'anno in corso") stands right after the figure in its clause
    or opens its sentence; else "".

    Why: a rate, a share or a sum "this year" (a deficit "expected at 3.1% this year", a
    season's revenue) is of the year, as "next year" is of the next: two accounts giving it
    as "this year" and "in 2031" are one figure. Counts are left alone (the caller asks for
    sums and shares only): "612 arrivals this year" is a tally as of the story's day, as is
    a sum of the year so far ("so far this year", "finora quest'anno": `period_open`).

    >>> from types import SimpleNamespace as Q
    >>> current_year(Q(start=10, end=14), [(10, 14)], "Growth of 1.4% this year.", 0, 25,
    ...              "en", "2031-05-02")
    '2031'
    """
    if len(published) < 4 or not published[:4].isdigit():
        return ""
    found = _clause_time(q, spans, body, lo, hi, _current_patterns(lang))
    if found is None or _period(lang).search(body, found.start(), found.end()):
        return ""  # "losses of €0.9 billion so far this year": a tally as of the story's day
    return published[:4]


def year_before(q, spans: Spans, body: str, lo: int, hi: int, lang: str | None, day: str) -> str:
    """`day` (ISO) moved to the earlier year a phrase of `time.yaml` `same_period` sets
    figure `q` in, right after it in its clause ("15,700 a year earlier", "contro i 15.700
    dello stesso periodo del 2030"): the year written, else the one before `day`'s; "" when
    no such phrase stands there. Opening a sentence ("Un an plus tôt, …") the phrase counts
    from the event told before, not from the story's day: left to the alignment's year.

    Why: a count of the year so far set against the same stretch of an earlier year stands
    at the same point of that year, not over the whole of it: "the same period of 2030" in
    a story of 12 August 2031 is 12 August 2030, as "a year earlier" is in another account.

    >>> from types import SimpleNamespace as Q
    >>> body = "Some 9,400 arrived, against 7,100 a year earlier."
    >>> year_before(Q(start=28, end=33), [(5, 10), (28, 33)], body, 0, len(body), "en",
    ...             "2031-08-12")
    '2030-08-12'
    """
    if len(day) != 10 or not day[:4].isdigit():
        return ""
    found = _clause_time(q, spans, body, lo, hi, _period_patterns(lang), opens=False)
    if found is None:
        return ""
    written = _YEAR.search(found.group("period"))
    year = int(written.group()) if written else int(day[:4]) - 1
    month, date = int(day[5:7]), int(day[8:10])
    return dt.date(year, month, min(date, 28 if month == 2 else date)).isoformat()


@lru_cache(maxsize=4)
def _period_patterns(lang: str | None) -> tuple[re.Pattern, re.Pattern]:
    words = _words("same_period", lang).replace("<year>", r"(?:19|20)\d\d")
    return _after_or_opening(rf"(?<![\w'’])(?P<period>{words})(?![\w'’])")


@lru_cache(maxsize=4)
def _current_patterns(lang: str | None) -> tuple[re.Pattern, re.Pattern]:
    return _after_or_opening(rf"(?<![\w'’])(?:{_words('year_current', lang)})(?![\w'’])")


@lru_cache(maxsize=4)
def _month_patterns(lang: str | None) -> tuple[re.Pattern, re.Pattern]:
    """(a month after a figure, its words at most between; one opening a sentence)."""
    when = (
        rf"(?<![\w'’])(?P<mprep>{_words('in_month', lang)})(?:\s+|(?<=['’]))(?P<month>{_MONTH_NAMES})"
        rf"(?:\s+(?P<myear>(?:19|20)\d\d))?(?![\w'’]|\s+\d)"
    )
    return _after_or_opening(when)


def _after_or_opening(when: str) -> tuple[re.Pattern, re.Pattern]:
    """(`when` after a figure, up to four words between; `when` opening a sentence)."""
    after = regexcache.compile(rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,4}}?{when}", re.IGNORECASE)
    return after, regexcache.compile(rf"\W*{when}", re.IGNORECASE)


_SHORT_MONTHS = frozenset({"mars", "mai", "may", "juin", "june", "july", "août", "aout"})
_MONTH_NAMES = alternation(m for m in MONTHS if len(m) >= 5 or m in _SHORT_MONTHS)


def times_told(body: str, lo: int, hi: int, lang: str | None) -> frozenset[str]:
    """The kinds of time phrase `body[lo:hi]` may hold: "year" (a year in figures or a
    phrase of `year_relative`: `stated_year`), "month" (a month's name: `stated_month`),
    "quarter" (a phrase of `quarters`: `stated_quarter`). A kind missing, its function
    finds nothing for any figure of that sentence (`lo`, `hi` its bounds) and need not be
    asked: what every match of its patterns spells (`_told`) is not in the sentence.

    Why: `stated_year` tries up to seven patterns a figure, before, after and around it, and
    most sentences hold no year; `stated_quarter` searches the whole sentence for each of
    its figures, and few sentences name a quarter; one look at the sentence, in lower case
    (the patterns ignore case; a case-sensitive search of lower case is the faster scan),
    spares them.

    Example
    -------
    >>> sorted(times_told("Sales fell 4% last year, to 3 million in May.", 0, 45, "en"))
    ['month', 'year']
    >>> sorted(times_told("Sales fell 4%, to 3 million, the company said.", 0, 46, "en"))
    []
    >>> sorted(times_told("Sales fell 4% in the THIRD QUARTER.", 0, 35, "en"))
    ['quarter']
    """
    text = body[lo:hi]
    if _FOLDS_APART.search(text):  # letters IGNORECASE matches that lower() leaves apart
        return _TOLD
    low, (relative, month, quarter) = text.lower(), _told(lang)
    kinds = ["year"] if "19" in low or "20" in low or relative.search(low) else []
    kinds += ["month"] if month.search(low) else []
    return frozenset(kinds + ["quarter"] if quarter.search(low) else kinds)


_TOLD = frozenset(("year", "month", "quarter"))
# "İ" (lower(): "i̇"), "ı", "ſ": the letters IGNORECASE matches with a letter of `_told`'s
# patterns ("i", "s") whose lower case is another (tests/test_speed_gates.py finds them)
_FOLDS_APART = regexcache.compile("[\u0130\u0131\u017f]")


@lru_cache(maxsize=4)
def _told(lang: str | None) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(the phrases of `year_relative`; a month's name after the space or the apostrophe
    before it; the phrases of `quarters`), in lower case, as every match of the year, month
    and quarter patterns spells them (years in figures are "19" or "20" and two digits:
    looked for as text)."""
    return (
        regexcache.compile(alternation(_year_offsets(lang)).lower()),
        regexcache.compile(rf"[\s'’](?:{_MONTH_NAMES})".lower()),
        regexcache.compile(alternation(_quarters(lang)).lower()),
    )


def _past_brackets(body: str, q, spans: Spans) -> int:
    """Where the clause of figure `q` goes on past the brackets of a conversion: those right
    after it ("41 million euros ($47 million) last year"), or those it stands in ("($47
    million) last year"), else its end."""
    m = _BRACKETED.match(body, q.end)
    if m is not None and any(m.start() < s < m.end() for s, _ in spans):
        return m.end()
    if _OPEN_BEFORE.search(body, max(0, q.start - 3), q.start):
        close = _CLOSE_AFTER.match(body, q.end)
        return close.end() if close else q.end
    return q.end


_BRACKETED = regexcache.compile(r"(?:\s+[^\W\d_]+)?\s*\([^()]{1,30}\)")
_OPEN_BEFORE = regexcache.compile(r"\(\s*\S?$")  # "($47": a currency sign may stand between
_CLOSE_AFTER = regexcache.compile(r"(?:\s+[^\W\d_]+)?\s*\)")


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


@lru_cache(maxsize=4)
def _year_offsets(lang: str | None) -> dict[str, int]:
    return _numbered("year_relative", lang)


def _numbered(key: str, lang: str | None) -> dict[str, int]:
    """The phrases of `time.yaml` table `key` in `lang` (all when unknown), by `_key`."""
    langs = (lang,) if lang in LANGS else LANGS
    table = load("time")[key]
    return {_key(p): n for code in langs for p, n in (table.get(code) or {}).items()}


@lru_cache(maxsize=4)
def _year_patterns(lang: str | None) -> tuple[re.Pattern, re.Pattern]:
    """(a year or a relative year after a figure, its words at most between; one opening a
    sentence, a comma or words up to the figure after it)."""
    return _after_or_opening(_year_when(lang))


def _year_when(lang: str | None) -> str:
    """A year after a word of `in_year`, or a phrase of `year_relative`."""
    before = _words("in_year", lang)
    relative = alternation(_year_offsets(lang))
    return (
        rf"(?:(?<![\w'’])(?P<prep>{before})(?:\s+|-)(?P<year>{YEAR_DIGITS})(?![\w]|[.,]\d|\s*[-–]\s*\d)"
        rf"|(?<![\w'’])(?P<rel>{relative})(?![\w'’]))"
    )


YEAR_DIGITS = r"(?:19|20)\d\d"  # a year in figures, as every year phrase writes it


@lru_cache(maxsize=4)
def _year_just_before(lang: str | None) -> re.Pattern:
    """A year or a relative year right before a figure, a comma and the preposition of the
    figure at most between ("fell last year to 10 million", "fondre l'an dernier, à 10
    millions", "è sceso l'anno scorso a 10 milioni"): the verb's time, the figure's."""
    return regexcache.compile(
        rf"{_year_when(lang)}\s*,?\s*(?:{_words('year_figure', lang)})\s*$", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _deadline(lang: str | None) -> re.Pattern:
    return regexcache.compile(rf"(?<![\w'’])(?:{_words('by_year', lang)})\s+$", re.IGNORECASE)


def within_after(body: str, lo: int, hi: int, lang: str | None) -> bool:
    """Whether the sentence `body[lo:hi]` opens with a short span counted from what the
    sentence before it tells (`time.yaml` `within_after`: "Within 24 hours, …", "Dans les
    48 heures, …", "Entro 24 ore …"): its figures are of the day that sentence states.

    >>> within_after("Within 36 hours, 5 teams arrived.", 0, 33, "en")
    True
    """
    return _within(lang).match(body, lo, hi) is not None


@lru_cache(maxsize=4)
def _within(lang: str | None) -> re.Pattern:
    """The phrases of `within_after`, "<n>" standing for digits or a number word."""
    number = alternation(_number_words(lang))
    words = _words("within_after", lang).replace("<n>", rf"(?:\d{{1,3}}|{number})")
    return regexcache.compile(rf"\W*(?:{words})(?![\w'’])", re.IGNORECASE)


def opens_period(body: str, lo: int, hi: int, lang: str | None) -> bool:
    """Whether `body[lo:hi]` holds a word that opens a period (`time.yaml` `since`, of four
    letters or more: "depuis", "since", "a partire da"; or a `period_open` phrase: "so far",
    "dall'inizio", "finora"): its figures count over a stretch, not on one day a sentence
    before states.

    >>> opens_period("Some 90 calls since the start of the heatwave.", 0, 45, "en")
    True
    """
    return _period(lang).search(body, lo, hi) is not None


@lru_cache(maxsize=4)
def _period(lang: str | None) -> re.Pattern:
    since = (w for w in framedata.words("time", "since", lang) if len(w) >= 4)
    opening = alternation([*since, *framedata.words("time", "period_open", lang)])
    return regexcache.compile(rf"(?<![\w'’])(?:{opening})(?![\w'’])", re.IGNORECASE)


def earlier_step(body: str, lo: int, hi: int, lang: str | None) -> bool:
    """Whether `body[lo:hi]` is told in the pluperfect (`time.yaml` `earlier_step`: "had
    counted", "avaient compté", "avevano contato"): an earlier step of the story.

    >>> earlier_step("On Tuesday, rescuers had counted 4 dead.", 0, 40, "en")
    True
    """
    return _earlier(lang).search(body, lo, hi) is not None


@lru_cache(maxsize=4)
def _earlier(lang: str | None) -> re.Pattern:
    return regexcache.compile(rf"(?<![\w'’])(?:{_words('earlier_step', lang)})(?![\w'’])", re.I)
