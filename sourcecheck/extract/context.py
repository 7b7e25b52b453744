"""What surrounds a figure: its source, date, place, concept from context, and listed items.

Why
---
A figure alone says nothing a rule can compare; the words around it do. Each function here
takes one figure and what was found in its sentence (attributions, dates, places, context
words) and decides which of them belong to that figure, by position: the closest attribution
that applies, the date written next to it, the place of its clause, the list after its count.

Example
-------
"A Parigi la prefettura di polizia ha contato 81.000 manifestanti, contro i 700.000
annunciati dalla CGT": 81.000 → police (the attribution before it), 700.000 → CGT (the
passive attribution right after it); both → scope Paris.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from sourcecheck import regexcache
from sourcecheck.extract.framedata import LANGS, alternation, load, phrases
from sourcecheck.extract.lexicon import Concepts, between_words
from sourcecheck.extract.places import REGIONS, find_places
from sourcecheck.extract.pointers import part_of_last
from sourcecheck.extract.things import partitive
from sourcecheck.extract.when import RANGE_START, closes_contrast, outbreak, reported
from sourcecheck.frames.attribution import vocabulary

_TIGHT = regexcache.compile(r"[\s,]*")
_DATE_LINK = regexcache.compile(
    r"(?:\b(?:le|on|il|du|au|of|à|a|del|dello|dal)|,)\s*$", re.IGNORECASE
)
_DIGIT = regexcache.compile(r"\d")
_LIST_START = regexcache.compile(r"\s*[:(—–]\s*")
_LIST_SPLIT = regexcache.compile(r"\s*(?:[,;]|\b(?:et|and|e|ed|plus|as well as|oltre a)\b)\s*")
_ARTICLE = regexcache.compile(
    r"^(?:la|le|les|l['’]|the|il|lo|i|gli|en|aux|au|in)\s*", re.IGNORECASE
)


def _between(spans, lo: int, hi: int) -> bool:
    return any(lo <= s < hi for s, _ in spans)


def pick_attribution(q, thing_end: int, attributions, spans, body: str):
    """The attribution that applies to figure `q`, or None (DESIGN §4 `source`).

    Its own first: the attribution right after it, only its noun, place or day between and no
    other figure ("245 000 à Marseille selon la CGT et 30 000 selon la police"); labels only
    so ("23 000 (préfecture)"), and never for money ("20 millions pour la région"). Then the
    last one before it that opens what follows ("Selon X, …", "X a compté …", "et les
    syndicats 45 000"), unless it is an organisation acting where a speaker says so; then one
    that closes its clause after it (", X said", "…, secondo la polizia").
    """
    # "11,000 police officers were deployed": a source named inside the thing is not a speaker
    # (a passive right after a bare figure is none: "the 2,300 counted by the union")
    found = [
        a for a in attributions if not q.start <= a.start < thing_end or _passive_at(body, q, a)
    ]
    found = _past_colon_clause(body, found, q)
    for a in found:  # "was fined €45 million by X": the passive around the figure
        if a.how == "passive" and a.start < q.start and q.end <= a.end:
            return a
    after = [a for a in found if a.start >= q.end]
    if after:
        own = after[0]
        if own.how == "passive":  # "700.000 annunciati dalla CGT": right after its thing
            tight = _PASSIVE_GAP.fullmatch(body, min(thing_end, own.start), own.start) is not None
        else:
            tight = _tight(body, q.end, own.start, spans) and not _opens_clause(body, q.end, own)
        if own.applies != "pre" and tight and not _governed(found, q, body, spans):
            if own.applies != "label" or q.kind != "money":
                return own
    closer = next(
        (
            a
            for a in after
            if a.applies in ("both", "post")
            and ";" not in body[q.end : a.start]
            and not _OPENS_AFTER_COLON.search(body, q.end, a.start)  # "…: secondo l'Anas, …"
            and not _contrast_before(body, q.end, a)  # "…, while X said"
            and not _opens_clause(body, q.end, a)  # "…, che secondo l'Inps …"
            and not _passive_of_other(body, q, a, spans)  # "… e non i 900 indicati da X"
        ),
        None,
    )
    if closer and _listed_after_colon(body, q.end, closer, after, spans):
        closer = None
    if (said := _speaker_relative(body, q, found, spans)) is not None:
        return said  # "…, a indiqué sa porte-parole, Odile Vauquelin, qui craint 2 ans"
    openers = [a for a in found if a.end <= q.start and a.applies in ("both", "pre")]
    if openers and closer and closer.how in ("speech", "inverted"):
        if _quoted(body, q, openers[-1], closer):
            return closer  # "«…lo Stato chiederà 120 milioni…», ha dichiarato il ministro"
    if openers:
        last = openers[-1]
        if last.how != "action":
            return last
        if _own_clause(body, last.end, q.start, spans):
            # "X a inspecté l'usine, qui produit 6 tonnes": the clause has its own subject
            speech = [a for a in openers if a.how != "action"]
            return speech[-1] if speech else closer
        speech = [a for a in openers if a.how != "action"]  # "Europol said police seized…"
        if speech and not vocabulary(None).contrast.search(body, speech[-1].end, last.start):
            return speech[-1]  # (not across "while", "mentre": "…, while X closed 30 roads")
        if closer and closer.how in ("speech", "inverted") and closer.applies == "post":
            return closer  # "Police searched 30 homes and seized 2,000 devices, X said"
        # "X a déployé 45 secouristes pour le festival, qui a accueilli 60 000 spectateurs
        # selon les organisateurs": a closer right after another figure is that figure's
        return closer if closer and not _between(spans, q.end, closer.start) else last
    if closer is None and found and found[-1].end <= q.start and found[-1].how != "label":
        if vocabulary(None).and_after_close.match(body, found[-1].end):
            return None  # "…, X said, and 38 roads remained closed": the writer's clause
        return found[-1]  # "…, ha reso noto il Centro, un valore che … da oltre 40 anni"
    return closer


_WORD = regexcache.compile(r"[^\W\d_]+")


def written_conversion(q, body: str, spans, said_at: int) -> bool:
    """Is money figure `q` the writer's conversion of the amount right before it, after a
    comma and a word that converts (`data/conversions.yaml` `between`): "12 bitcoin, worth
    about $0.9 million", "30 bitcoin, circa 2 milioni di euro"? Only when the attribution
    found for it stands before that amount (`said_at`); one after it gives both ("…, soit
    environ 1,8 million d'euros, selon X").

    >>> body = "X demands 30 bitcoin, worth about $2 million."
    >>> written_conversion(SimpleNamespace(start=22), body, [(10, 20), (22, 44)], 0)
    True
    >>> written_conversion(SimpleNamespace(start=22), body, [(10, 20), (22, 44)], 46)
    False
    """
    before = [e for s, e in spans if e <= q.start]
    if not before or said_at < 0 or said_at >= q.start:
        return False
    end = max(before)
    digit = _DIGIT.search(body, q.start)
    gap = body[end : digit.start() if digit else q.start]
    words = _WORD.findall(gap.lower())
    return (
        gap.lstrip().startswith(",")
        and len(gap) <= 40
        and bool(words)
        and between_words().issuperset(words)
    )


def _past_colon_clause(body: str, found: list, q) -> list:
    """The attributions `found` that may reach figure `q`: past a marker that closes its
    figure and a colon that opens a clause of its own, only those after that colon.

    Why: "Ils étaient 96 000 selon X, 310 000 selon Y : le mouvement s'est étendu à 57
    villes" gives X and Y their counts; the 57 after the colon is the writer's.

    >>> from types import SimpleNamespace as A
    >>> body = "Ils étaient 9 000 selon la CGT : la journée a compté 40 rassemblements."
    >>> _past_colon_clause(body, [A(start=18, end=30, how="marker")], A(start=52))
    []
    """
    colon = vocabulary(None).colon_clause
    for a in reversed(found):
        if (
            a.end > q.start
            or a.how != "marker"
            or not _DIGIT.search(body, max(0, a.start - 40), a.start)
        ):
            continue
        if (m := colon.match(body, a.end)) and m.end() <= q.start:
            return [b for b in found if b.start >= m.end()]
    return found


def _passive_at(body: str, q, a) -> bool:
    """Is `a` a passive whose participle follows figure `q` with nothing between, the figure
    after a determiner ("well under the 2,300 put forward by the hauliers' federation")?
    Such a figure has no noun of its own: the participle that names who gave it is no thing
    it counts (a bare count before one is what was done: "300 evacuated by firefighters").

    >>> from types import SimpleNamespace as A
    >>> body = "the 2,300 counted by X; 300 evacuated by Y"
    >>> _passive_at(body, A(start=4, end=9), A(how="passive", start=10))
    True
    >>> _passive_at(body, A(start=24, end=27), A(how="passive", start=28))
    False
    """
    if a.how != "passive" or a.start <= q.end or body[q.end : a.start].strip():
        return False
    digit = _DIGIT.search(body, q.start, q.end)
    before = body[max(0, q.start - 12) : digit.start() if digit else q.start].split()
    return bool(before) and before[-1].lower() in vocabulary(None).det_words


# between a figure's thing and its passive's participle: two words at most, no figure and no
# new clause ("€90 a month proposed by the company", "80 euros par mois proposés par")
_PASSIVE_GAP = regexcache.compile(r"\s*(?:[^\W\d]+\s+){0,2}")


def _speaker_relative(body: str, q, found, spans):
    """The speaker named last before figure `q` by a verb of saying when a relative clause
    opens right after its name and holds `q`, no figure between ("…, a indiqué sa
    porte-parole, Odile Vauquelin, qui craint 2 ans de chantier": her fear); else None."""
    said = [a for a in found if a.end <= q.start and a.how in ("inverted", "speech")]
    if not said or _between(spans, said[-1].end, q.start):
        return None
    m = vocabulary(None).own_clause.match(body, said[-1].end)
    return said[-1] if m and m.group("rel") else None


def _opens_clause(body: str, end: int, a) -> bool:
    """Does marker `a` open a relative or reported clause after a figure ending at `end`
    ("Confermati i 300 euro per ogni apprendista, che secondo l'Inps erano 62.000", "…, qui selon
    l'Insee …")? It gives that clause's figures, never closes the clause before it."""
    if a.how != "marker":
        return False
    return vocabulary(None).clause_opened.search(body, max(end, a.start - 20), a.start) is not None


def _passive_of_other(body: str, q, a, spans) -> bool:
    """Is passive `a` the participle of a later figure, right after it and its thing ("… ha
    ottenuto 500 voti e non i 480 indicati dalla prefettura"): it tells who gave that figure
    only, never the figures of the clause before it (a comma or a noun of its own between
    the last figure and the participle leaves it closing them all)."""
    if a.how != "passive":
        return False
    ends = [e for s, e in spans if q.end <= s and e <= a.start]
    return bool(ends) and _PASSIVE_OWN.fullmatch(body, ends[-1], a.start) is not None


# between a later figure and a passive that is its own: its noun and a few words, no comma
# or figure ("… grazie ai 300 trasferimenti verso il continente disposti dalla Prefettura")
_PASSIVE_OWN = regexcache.compile(r"\s*(?:[^\W\d]+(?:['’]|\s+)){0,6}")


_OPEN_QUOTE = regexcache.compile(r"[«“]")
_CLOSE_QUOTE = regexcache.compile(r"[»”]")


def _quoted(body: str, q, opener, closer) -> bool:
    """Are figure `q` and the `opener` before it inside one quotation that closes before the
    attribution `closer` (", ha dichiarato il ministro")? A name acting in a quote is what
    the speaker says ("«lo Stato chiederà 120 milioni»"); a source before the quote ("Per la
    Federazione, …: «…»") is still the figure's."""
    opened = [m.start() for m in _OPEN_QUOTE.finditer(body, max(0, q.start - 600), q.start)]
    if not opened or opener.start < opened[-1] or _CLOSE_QUOTE.search(body, opened[-1], q.start):
        return False
    close = _CLOSE_QUOTE.search(body, q.end, closer.start)
    return close is not None and not body[close.end() : closer.start].strip(" ,")


def _own_clause(body: str, end: int, start: int, spans) -> bool:
    """Does a clause with a subject of its own open between what a body did (ending at `end`)
    and the figure at `start`: a subordinator ("…, after engineers inspected 37"), or a
    relative of a noun that is no figure ("…l'usine, qui produit 6 tonnes"; not "…30
    millions, qui s'ajoutent aux 20 millions")?"""
    v = vocabulary(None)
    for m in v.own_clause.finditer(body, end, start):
        if m.group("rel") and v.documents.search(body, end, m.start()):
            continue  # "… ha presentato il piano, che prevede 4 miliardi": the plan's content
        if not m.group("rel") or not _between(spans, end, m.start()):
            return True
    return False


_OPENS_AFTER_COLON = regexcache.compile(r":\s*$")


def _listed_after_colon(body: str, end: int, a, after, spans) -> bool:
    """Does a colon open a list of figures between a figure ending at `end` and the closing
    attribution `a`, items that other attributions after it (`after`) give too? `a` is then
    one item's, not the total's.

    Why: "25,500 homes were without power: 11,200 in the valley, according to X, and 14,300
    in Savoie, according to Y" gives X the 11,200 only; the 25,500 is the writer's sum.
    """
    colon = body.find(":", end, a.start)
    if colon < 0 or not _between(spans, colon, a.start):
        return False
    return any(b.start > a.start and b.source != a.source for b in after)  # each item its own


OWN_GAP = 80  # characters at most between a figure and its own attribution
_VERB_GAP = regexcache.compile(r"[^\d,;:.«»\"“”()]{0,25}")


def _governed(found, q, body: str, spans) -> bool:
    """Is `q` the object of a speaker's verb right before it ("la CGT en revendiquait
    140 000, « … », a précisé son secrétaire": the CGT's, not the closer's)?"""
    before = [a for a in found if a.end <= q.start and a.how in ("speech", "action")]
    if not before or before[-1].applies != "pre":
        return False
    a = before[-1]
    return _VERB_GAP.fullmatch(body, a.end, q.start) is not None and not _between(
        spans, a.end, q.start
    )


def population(q, body: str, lang: str | None) -> bool:
    """Is `q` a place's number of inhabitants ("dont le village compte 2 300 habitants", "a
    town of 12,000 inhabitants", "un comune di 3.000 abitanti")?

    Why: a place's size is the writer's description, not what the sentence's speaker reported,
    even inside an attributed sentence."""
    v = vocabulary(lang)
    return bool(v.population_after.match(body, q.end)) and bool(
        v.population_before.search(body, max(0, q.start - 40), q.start)
    )


def own_account(a, q, body: str, lang: str | None) -> bool:
    """Is attribution `a` a body's doing that gives no figure of its saying: its verb of
    having before its own staff or sites ("il gruppo conta 4 sedi e 4.150
    dipendenti", "la société emploie 850 salariés"), or what it did with its published
    accounts ("ha chiuso l'anno con ricavi per 6,3 miliardi", "qui a réalisé un chiffre
    d'affaires de 2,3 milliards")?

    Why: a body's size and its past accounts are the writer's background: the body says
    nothing there, so the figure stays the publisher's, unstated.

    Example
    -------
    >>> from types import SimpleNamespace as A
    >>> body = "La société Varmeno emploie 640 salariés."
    >>> own_account(A(text="société Varmeno emploie", end=26, how="action"), A(start=27), body, "fr")
    True
    """
    v = vocabulary(lang)
    if v.size_verb.search(a.text) and v.size_after.match(body, a.end):
        return True
    return a.how == "action" and a.end <= q.start and bool(v.results.search(body, a.end, q.start))


def _contrast_before(body: str, end: int, a) -> bool:
    """Does a word of contrast stand between a figure ending at `end` and the closing
    attribution `a`, so that `a` belongs to the contrast's own clause ("…, while the carmaker
    put it at 2,600")? Not for an inverted attribution right after the comma that closes that
    clause: it closes the sentence ("…, mentre l'utile è sceso a 350 milioni, ha comunicato il
    gruppo"). (A speaker before its verb there, "…, the group said", stays the clause's own:
    measured, the frozen half's stated total fell by one figure with it.) Nor for a speaker
    going on ("…, while in the capital it peaked at 3.1 metres, the office added"): the
    speaker named before goes on with the whole sentence."""
    found = list(vocabulary(None).contrast.finditer(body, end, a.start))
    if not found:
        return False
    if a.how == "speech" and a.applies == "post" and vocabulary(None).goes_on.search(a.text):
        return False  # "…, while in the capital it peaked at 3.1 metres, the office added"
    if a.how != "inverted":
        return True
    clause = body[found[-1].end() : a.start]
    comma = clause.rfind(",")
    return comma < 0 or len(clause[comma + 1 :].split()) > 2


def _tight(body: str, end: int, start: int, spans) -> bool:
    """Only the figure's own words between `end` and `start`: no other figure, no new clause."""
    gap = body[end:start]
    return (
        start - end <= OWN_GAP
        and gap.count(")") <= gap.count("(")  # "(12 495 271 $ US), un montant … par X"
        and not _between(spans, end, start)
        and not vocabulary(None).break_phrases.search(body, end, start)
    )


def refers_to(q, dates, spans, body: str, lang: str | None = None) -> str:
    """ISO date the figure describes, from its sentence, or "".

    A date tied to the figure right after it ("50 % le 19 janvier", "98 properties on
    Tuesday") wins, unless it only dates a noun and the sentence says when the figure was given
    ("2 dispersi dopo il crollo di martedì, ha reso noto ieri"); then the last date before
    it, unless that one is only the day something was said ("Europol said on Wednesday that
    … 98 properties on Tuesday": the clause's Tuesday) or the figure stands in a relative
    clause opened after it ("ha ispezionato ieri lo stabilimento, che produce 6 tonnellate");
    then a date after it across a comma; then the day of a statement after it ("…, police
    said Thursday").
    """
    usable = [d for d in dates if d.iso and not d.since and not d.toll]  # not a toll's event
    if not usable:
        return ""  # (every day it returns is one of them)
    end = _past_conversion(body, q, spans)  # "44.6 degrees (119 degrees F) on Monday"
    after = [
        d
        for d in usable
        if d.start >= end
        and d.start - end <= 60
        and not _between([x for x in spans if not _span_of_time(body, x)], end, d.start)
        and not _other_relative(body, q, d, lang)
    ][:1]
    if after and _opens_figure(body, after[0], spans):
        after = []  # "420 lundi, mardi 780 et mercredi 650": "mercredi" is the 650's
    said = any(d.said for d in usable)
    given = said or any(reported(body, d, lang) for d in usable)
    for d in after:
        gap = body[end : d.start]
        if d.of_noun and said:
            break  # "2 dispersi dopo il crollo di martedì, ha reso noto ieri": the collapse's day
        if not re.search(r"[,;:()]", gap) and (d.weekday or _DATE_LINK.search(body, end, d.start)):
            return d.iso  # "… en France le 7 mars", "… déclarés dans le pays mardi"
    listed = _listed_day(body, end, usable, spans, lang) if not after else ""
    if listed:
        return listed  # "contre 9 200 et 4 100 la veille": both the day before's
    before = [
        d
        for d in usable
        if d.end <= q.start
        and not _of_part(d, spans, body, lang)
        and not _relative_clause(lang).search(body, d.end, q.start)
        and not _in_incise(body, d)
        and not _other_relative(body, q, d, lang, _converted_from(body, q, spans))
        and not closes_contrast(body, d.start, lang)  # "up from 11 on Monday, and 52 …"
    ]
    if before:
        d = before[-1]
        stated = [  # "up from 12 a day earlier": the 12's day, not a figure's before it
            e
            for e in usable
            if e.start > d.end and not e.said and not (e.told and _between(spans, q.end, e.start))
        ]
        if d.said and stated:
            return stated[0].iso
        if d.of_noun and given:  # "the toll from the collapse of Monday …, police said today",
            # "… selon un bilan communiqué jeudi"
            return next(e.iso for e in usable if e.said or reported(body, e, lang))
        if outbreak(body, d, lang):
            return ""  # "il rogo divampato sabato ha percorso 3.700 ettari": the story's day
        return d.iso
    main = _main_clause_day(body, q, end, usable, spans, lang)
    if main:
        return main  # "Les blessés – 12 selon A, 15 selon B – ont été transportés mardi"
    for d in after:
        if _DATE_LINK.search(body, q.end, d.start) or d.said:
            return d.iso  # "…, le 7 mars"; "…, police said Thursday"
    closing = _closing_day(body, q, usable, spans, lang)
    if closing:
        return closing  # "rescued 86 people, including 23 children, …, on Tuesday evening."
    said_after = [d for d in usable if d.said and d.start >= q.end]
    if said_after and not after:  # "440 vols ont été annulés depuis lundi, dont …, a indiqué
        return said_after[0].iso  # hier la société": the day the count was given
    return ""


def _span_of_time(body: str, span: tuple[int, int]) -> bool:
    """Whether the figure at `span` is a span of time a measure fell in ("190 mm of rain in
    9 hours on Tuesday", "en 9 heures mardi", "in 9 ore martedì"): no figure of its own
    between another one and its day.

    >>> _span_of_time("190 mm of rain in 9 hours on Tuesday", (18, 19))
    True
    """
    return (
        _IN_BEFORE.search(body, max(0, span[0] - 12), span[0]) is not None
        and _HOURS_AFTER.match(body, span[1]) is not None
    )


_IN_BEFORE = regexcache.compile(r"(?<![\w'’])(?:in|en|within|entro)\s+$", re.IGNORECASE)
_HOURS_AFTER = regexcache.compile(r"\s*(?:hours?|heures?|ore|minutes?|minuti)(?![\w'’])", re.I)


def _listed_day(body: str, end: int, usable, spans, lang: str | None) -> str:
    """The day written right after the last of bare figures listed from `end` on, a comma or
    "et", "and", "e" alone between them ("against 9,200 and 4,100 the day before", "contro
    9.200 e 4.100 il giorno prima"): the day of each of them; "" when no such list follows,
    or no day ends it as it would end its last figure alone.

    >>> from types import SimpleNamespace as D
    >>> body = "Ils étaient 9 200 et 4 100 mardi."
    >>> _listed_day(body, 17, [D(start=27, end=32, iso="2030-03-05", weekday=True)],
    ...             [(12, 17), (21, 26)], "fr")
    '2030-03-05'
    """
    at = end
    for s, e in sorted(spans):
        if s < at:
            continue
        if _LIST_GAP.fullmatch(body, at, s) is None:
            break
        at = e
    if at == end:
        return ""
    for d in usable:
        if d.start < at or d.start - at > LISTED_REACH or _between(spans, at, d.start):
            continue
        if _other_relative(body, SimpleNamespace(start=at, end=at), d, lang):
            return ""
        gap = body[at : d.start]
        if not re.search(r"[,;:()]", gap) and (d.weekday or _DATE_LINK.search(gap)):
            return d.iso
        return ""
    return ""


LISTED_REACH = 30  # characters from the last listed figure to the day that closes the list
# between two listed bare figures: a comma or a lone coordinator
_LIST_GAP = regexcache.compile(r"\s*,\s*|\s+(?:et|and|e|ed)\s+", re.IGNORECASE)


def _other_relative(body: str, q, d, lang: str | None, start: int | None = None) -> bool:
    """Whether date `d` stands in a relative clause opened with no comma by a word of
    `time.yaml` `day_relative` ("4 dispersi nella gola dove lunedì è franato il
    sentiero", "3 hikers in the valley where a landslide struck on Monday") that is not the
    figure's own: the clause dates its noun. A clause after the figure is its own noun's
    when at most two words stand between ("300 manifestants qui ont défilé mardi"); one
    before it, when no clause break closes it first ("la vallée où lundi 300 maisons …").
    """
    found = _day_relative(lang).finditer(body, max(0, d.start - RELATIVE_DAY_REACH), d.start)
    m = next(reversed(list(found)), None)  # the nearest one before the day
    if m is None or not _restrictive(body, m.start()):
        return False
    if d.start >= q.end:
        return m.start() >= q.end and len(_WORDS.findall(body, q.end, m.start())) > 2
    start = q.start if start is None else start  # a conversion's: its figure's start
    return d.end <= start and _BREAK.search(body, d.end, start) is not None


RELATIVE_DAY_REACH = 70  # characters before a day where its relative word may stand


def _restrictive(body: str, at: int) -> bool:
    """Whether the relative word at `at` closes a noun phrase of its own, past the clause's
    first words: no comma before it ("In Morlano, where the dam overflowed on Monday, 260
    were moved that day" sets the scene), nor the clause's subject alone before it
    ("L'incendie qui ravageait le massif depuis lundi a été fixé mercredi": its main verb
    follows)."""
    before = _CLAUSE_HEAD.search(body, max(0, at - 80), at)
    return before is not None and len(_WORDS.findall(before.group(1))) >= 3


# the words since the last clause break before a relative word, none right before it
_CLAUSE_HEAD = regexcache.compile(r"(?:^|[.;:!?,()–—\n])?([^.;:!?,()–—\n]*?)(?<![,\s])\s*$")
_WORDS = regexcache.compile(r"[^\W\d_][\w'’-]*")
_BREAK = regexcache.compile(r"[;:()]|[,.](?!\d)")


@lru_cache(maxsize=4)
def _day_relative(lang: str | None) -> re.Pattern:
    words = phrases("time", "day_relative", lang)
    return regexcache.compile(
        rf"(?<![\w'’])(?:{words})(?![\w'’])(?=[^,;:.()\d–—]*{RANGE_START}$)", re.IGNORECASE
    )


def _main_clause_day(body: str, q, end: int, usable, spans, lang: str | None) -> str:
    """The day of the main clause's verb when figure `q` stands in its subject, set off by
    an incise: between dashes ("Les blessés – 12 selon la mairie, 15 selon les pompiers –
    ont été transportés mardi", the figures listed there sharing it), or with one incise
    between commas after it and no other figure ("Un homme de 62 ans, habitant de Marvel,
    a été blessé dans la nuit de mardi à mercredi"); "" when none."""
    close = _dashed(body, end) and _DASH_CLOSE.search(body, end, end + DASH_REACH)
    if close and _DASH_OPEN.search(body, max(0, q.start - DASH_REACH), q.start):
        start, gap = close.end(), _DASH_GAP
    else:
        start, gap = end, _INCISE_GAP
    for d in usable:
        if d.start < start or d.said or d.of_noun or _other_relative(body, q, d, lang):
            continue
        if gap is _INCISE_GAP and _between(spans, end, d.start):
            return ""
        m = gap.fullmatch(body, start, d.start)
        return d.iso if m is not None and (d.weekday or _DATE_LINK.search(m.group())) else ""
    return ""


DASH_REACH = 120  # characters from a figure to the dashes that set it off


def _dashed(body: str, end: int) -> bool:
    """Whether a dash stands within `DASH_REACH` characters after `end`, as every
    `_DASH_CLOSE` match there holds: three substring searches, where the pattern tries each
    space of the stretch."""
    stop, find = end + DASH_REACH, body.find
    return find("-", end, stop) >= 0 or find("–", end, stop) >= 0 or find("—", end, stop) >= 0


_DASH_OPEN = regexcache.compile(r"(?:^|\s)[–—-]\s[^–—]*$")
_DASH_CLOSE = regexcache.compile(r"\s[–—-](?:\s|$)")
_DASH_GAP = regexcache.compile(r"[^,;:()–—]{0,60}")
_INCISE_GAP = regexcache.compile(r"[^,;:()–—]{0,40},[^,;:()–—]{1,60},[^,;:()–—]{0,60}")


def _closing_day(body: str, q, usable, spans, lang: str | None = None) -> str:
    """The day that closes the sentence of figure `q` after it, a link word before it ("…
    rescued 86 people, including 23 children, from a boat on Tuesday evening."): the day of
    the clause's verb, its figures' too; "" when none, when a clause break stands between, or
    a figure that is no part of `q` ("260 tonnes escaped, six times the first figure of 40
    tonnes on Tuesday": the 40's day), or a relative ("2 were a couple whose car was swept
    away on Monday")."""
    last = [d for d in usable if d.start >= q.end and not d.said]
    if not last:
        return ""
    d = last[-1]
    if not (_SENTENCE_TAIL.match(body, d.end) or _SAID_TAIL.match(body, d.end)):
        return ""
    end = _past_conversion(body, q, spans)  # "230 mm (9 inches) of rain … on Monday"
    when = _when_clause(lang).search(body, end, d.start)
    if not _DATE_LINK.search(body, q.end, d.start) and when is None:
        return ""  # "… on Tuesday evening.", "… de la basse vallée, mardi soir."
    gap = body[end : d.start]
    if re.search(r"[;:()]", gap) or _RELATIVE.search(_PART_WORDS.sub(" ", gap)):
        return ""  # "2 were a couple whose car was swept away on Monday": the relative's day
    for s, e in spans:  # "86 people, including 23 children, …": a part may stand between,
        # a duration ("230 mm of rain … in 12 hours on Monday"), or a figure of a clause of
        # the moment ("280 passengers when 4 of its carriages overturned … on Monday")
        if end <= s < d.start and not (
            _PART_BEFORE.search(body, max(q.end, s - 30), s)
            or _DURATION.match(body, e)
            or (when is not None and when.end() <= s)
        ):
            return ""
    return d.iso


@lru_cache(maxsize=4)
def _when_clause(lang: str | None) -> re.Pattern:
    words = phrases("time", "when_clause", lang)
    return regexcache.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


_RELATIVE = regexcache.compile(
    r"(?<![\w'’])(?:whose|which|that|who|where|dont|qui|que|où|che|cui|dove)(?![\w'’])",
    re.IGNORECASE,
)
_SENTENCE_TAIL = regexcache.compile(r"(?:\s+[^\W\d_]+)?\s*(?:[.!?]|$)")
_SPEECH = alternation(w for lang in LANGS for w in load("time")["speech"].get(lang) or ())
# a source closing the sentence after the day ("… on Monday, the weather service said.",
# "… lundi, selon la préfecture."): the day still closes the clause of the figures before it
_SAID_TAIL = regexcache.compile(
    rf"(?:\s+[^\W\d_]+)?\s*,\s*(?:(?:selon|according to|secondo)\s[^,;:.!?()\d]{{0,60}}"
    rf"|[^,;:.!?()\d]{{0,60}}?(?<![\w'’])(?:{_SPEECH})(?![\w'’])[^,;:.!?()\d]{{0,30}})(?:[.!?]|$)",
    re.IGNORECASE,
)
# the unit of a duration right after a figure ("in 12 hours", "en 24 heures", "in 36 ore")
_DURATION = regexcache.compile(
    r"\s+(?:hours?|heures?|ore|days?|jours?|giorni|minutes?|minuti)(?![\w'’])", re.IGNORECASE
)
_PARTS = alternation(w for lang in LANGS for w in load("time")["part_words"][lang])
_PART_BEFORE = regexcache.compile(rf",\s*(?:{_PARTS})\s+$", re.IGNORECASE)
_PART_WORDS = regexcache.compile(rf"(?<![\w'’])(?:{_PARTS})(?![\w'’])", re.IGNORECASE)


def _past_conversion(body: str, q, spans) -> int:
    """Where the clause of figure `q` goes on: past the same figure converted in brackets
    right after it ("44.6 degrees Celsius (119 degrees Fahrenheit) on Monday", "3 200
    hectares (7 900 acres) mardi"), else its end."""
    m = _UNIT_THEN_BRACKET.match(body, q.end)  # "44.6 degrees Celsius (119 …"
    if m is None:
        return q.end
    inner = [e for s, e in spans if s == m.end()]
    close = _UNIT_THEN_CLOSE.match(body, inner[0]) if inner else None
    return close.end() if close else q.end


def _converted_from(body: str, q, spans) -> int:
    """Where the figure that `q` converts in brackets starts ("130 km/h (81 mph)": the 81's
    clause is the 130's), else `q.start`."""
    for s, e in spans:
        if e < q.start:
            m = _UNIT_THEN_BRACKET.match(body, e)
            if m is not None and m.end() == q.start:
                return s
    return q.start


def converted(body: str, q, spans) -> int | None:
    """The start of the figure that `q` converts in brackets right after it ("190 mm (7.5
    inches) of rain … on Monday": the 7.5's figure is the 190 mm), else None.

    Why: a conversion is the same quantity written in other units: it describes the day its
    figure does, though a day written after the bracket reads as the outer figure's only.

    A bracket that writes a year of its own gives an earlier figure, no conversion ("12,4
    milioni (41,7 milioni nel 2030)").

    >>> converted("It fell 190 mm (7.5 inches) on Monday.", SimpleNamespace(start=16),
    ...           [(8, 14), (16, 26)])
    8
    >>> converted("Profit of 9 million (12 million in 2030).", SimpleNamespace(start=21),
    ...           [(10, 19), (21, 31)])
    """
    start = _converted_from(body, q, spans)
    if start == q.start:
        return None
    close = body.find(")", q.start)
    return None if close > 0 and _BRACKET_YEAR.search(body, q.start, close) else start


_BRACKET_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _opens_figure(body: str, d, spans) -> bool:
    """Whether a figure follows day `d` at once, past a space or a possessive ("…, mardi 780
    et mercredi 650", "from Monday's 420 to Tuesday's 310"): the day is that figure's,
    written before it, not the one's before it; not a day its verb takes through "on" ("The
    6.1-magnitude tremor hit early on Friday some 20 miles from …")."""
    if _ON_DAY.search(body, max(0, d.start - 4), d.start):
        return False
    return any(s > d.end and body[d.end : s].strip() in ("", "'s", "’s") for s, _ in spans)


_ON_DAY = regexcache.compile(r"(?<![\w'’])on\s+$", re.IGNORECASE)


def _in_incise(body: str, d) -> bool:
    """Whether date `d` dates a noun in an incise between commas ("Il decreto, approvato il
    14 novembre, alza l'età a 67 anni", "Le feu, parti mardi après-midi, a parcouru …"): the
    noun's day, not the main clause's."""
    return (
        _INCISE_OPEN.search(body, max(0, d.start - 40), d.start) is not None
        and _INCISE_CLOSE.match(body, d.end) is not None
    )


# The endings of a past participle ("approvato", "adopté", "signed")
_PARTICIPLE_ENDS = "ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|é|ée|és|ées|ed"
# A comma, then a past participle and the day's article
_INCISE_OPEN = regexcache.compile(
    rf",\s*[^\W\d_]{{3,}}(?:{_PARTICIPLE_ENDS}|"
    r"(?<=[^aeiouy])(?:i|ie|u|ue))"  # "parti", "survenu", "venue": a consonant before
    r"\s+(?:(?:le|il|on|lo|l['’])\s*)?$",
    re.IGNORECASE,
)
_INCISE_CLOSE = regexcache.compile(r"(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?)?\s*,")  # "mardi après-midi,"


# A comma, an adverb maybe, and a past participle opening an aside ("The fund, also
# raised in Valdora, …", "Le ministre, arrivé à Brissac, …")
_PARTICIPLE_ASIDE = regexcache.compile(
    rf",\s*(?:[^\W\d_]+\s+)?[^\W\d_]{{3,}}(?:{_PARTICIPLE_ENDS})(?![\w'’])", re.IGNORECASE
)
ASIDE_REACH = 120  # characters before a place where the aside holding it may open


def _tolls_event(place, body: str, lang: str | None) -> bool:
    """Whether `place` locates the event a toll is told of: it stands a few words after a
    toll word and its preposition ("the death toll from the floods in Xland", "le bilan du
    naufrage survenu au large de l'île de X", "il bilancio della frana a X").

    Why: the toll is the whole event's, the story's own count; the place says where the
    event struck, not which part of it the figure counts ("the death toll from Monday's
    quake in Norvale rose to 14" is the quake's toll, as "14 dead" in another account).

    >>> from types import SimpleNamespace as At
    >>> text = "The death toll from the floods in Norvale rose to 14."
    >>> _tolls_event(At(start=34), text, "en")
    True
    >>> text = "Floods in Norvale killed 29 people."
    >>> _tolls_event(At(start=10), text, "en")
    False
    """
    return (
        _toll_event(lang).search(body, max(0, place.start - TOLL_EVENT_REACH), place.start)
        is not None
    )


@lru_cache(maxsize=4)
def _toll_raised(lang: str | None) -> re.Pattern:
    """A clause that brings a toll to its new figure after a comma ("…, bringing the death
    toll to 7", "…, portant le bilan à 12", "…, portando il bilancio a 9"; `time.yaml`
    `toll_raisers`, `toll`): the figure is the whole event's running toll, not a count of
    the place the clause before names.

    >>> bool(_toll_raised("en").search("found off Norvale, bringing the death toll to 7"))
    True
    >>> bool(_toll_raised("it").search("A Valdorsa il bilancio è salito a 4"))
    False
    """
    raisers, toll = phrases("time", "toll_raisers", lang), phrases("time", "toll", lang)
    return regexcache.compile(
        rf",\s*(?:{raisers})\s+(?:[^\W\d_]+['’]?\s*){{0,3}}?(?:{toll})(?![\w'’])",
        re.IGNORECASE,
    )


TOLL_EVENT_REACH = 110  # characters before a place where the toll word of its event may stand


@lru_cache(maxsize=8)
def _toll_event(lang: str | None, placed: bool = False) -> re.Pattern:
    """A toll word, its preposition and the words of the event up to a place (`time.yaml`
    `toll`, `toll_of`): no punctuation and no figure between. `placed`: the whole phrase,
    a locative and a capitalised name ending it ("the death toll from the floods in
    eastern Norvale"), anywhere.

    >>> bool(_toll_event("en", placed=True).search("bringing the toll from floods in Norvale"))
    True
    >>> bool(_toll_event("it", placed=True).search("il bilancio delle vittime è salito a 3"))
    False
    """
    toll, tie = phrases("time", "toll", lang), phrases("time", "toll_of", lang)
    phrase = rf"(?<![\w'’])(?:{toll})\s+(?:{tie})(?:\s+|(?<=['’]))[^,;:.!?()\d]{{0,90}}"
    if not placed:
        return regexcache.compile(rf"{phrase}$", re.IGNORECASE)
    at = phrases("places", "event_locatives", lang)
    return regexcache.compile(
        rf"(?i:{phrase}?(?<![\w'’])(?:{at})\s+(?:[^\W\d_]+\s+){{0,2}}?)[^\W\d_a-zà-ÿ]"
    )


def _aside(place, q, body: str, lang: str | None) -> bool:
    """Whether `place` stands in an aside that closes before figure `q`: a relative clause
    or a participle's between commas, which say where the noun before them is, not where
    the figure applies.

    Why: "The network, which ran call centres in Xland, cheated 4,000 savers": the 4,000 are
    no count of Xland's; nor is "the first summit, hosted in Valdora too, pledged €2
    billion" money of Valdora. A place that opens the sentence or stands in the figure's own
    clause ("In Xland, the network cheated 4,000 savers") still is the figure's.

    >>> from types import SimpleNamespace as At
    >>> text = "The ring, which ran call centres in Moldavo, cheated 4,000 savers."
    >>> _aside(At(start=35, end=42), At(start=52), text, "en")
    True
    >>> text = "The ring ran call centres in Moldavo, and cheated 4,000 savers."
    >>> _aside(At(start=29, end=36), At(start=50), text, "en")
    False
    """
    opener = None
    reach = max(0, place.start - ASIDE_REACH)
    for pattern in (_relative_clause(lang), _PARTICIPLE_ASIDE):
        for m in pattern.finditer(body, reach, place.start):
            if opener is None or m.end() > opener.end():
                opener = m
    if opener is None or re.search(r"[,;:.()]", body[opener.end() : place.start]):
        return False
    return "," in body[place.end : q.start]


@lru_cache(maxsize=4)
def _relative_clause(lang: str | None) -> re.Pattern:
    """A comma and a word that opens a relative clause ("…ispezionato ieri lo stabilimento,
    che produce 6 tonnellate"): a figure after it describes a noun, not the earlier day's
    event (`time.yaml` `relative_clause`)."""
    words = phrases("time", "relative_clause", lang)
    return regexcache.compile(rf",\s*(?:{words})(?![\w'’])", re.IGNORECASE)


def scope(q, places, spans, body: str, thing_end: int | None = None, lang: str | None = None):
    """The place (`places.Place`) where the figure applies, or None: a country adjective of
    its noun ("in 15 regioni italiane", "3 italiani"), else a place of its clause after it
    (labels and the figures listed with it may stand between: "23 000 (préfecture) et 40 000
    (CGT) à Lyon"), else the last one before it outside an aside (`_aside`: "The ring, which
    ran call centres in X, cheated 4,000 savers"), unless that one is listed with another
    ("à Paris et à Lyon : 18 interpellations" is about both) or is a part's ("1,1 million,
    dont 87 000 à Paris, quand la CGT en revendique 3 millions": Paris is the 87 000's).
    A list of places after the figure is about them all: the figure takes the country or
    region opening its clause, if one does (`_fronted`), else no place. A toll told of an
    event with its place ("the death toll from the floods in X rose to 6"), or brought to
    its new figure after a comma ("found off X, bringing the death toll to 7"), is the whole
    event's: no place (`_tolls_event`, `_toll_raised`)."""
    thing_end = q.end if thing_end is None else thing_end
    for p in places:
        if p.kind == "demonym" and q.end <= p.start <= thing_end + 1:
            return p
        if (
            p.kind == "demonym"
            and p.end <= q.start
            and _subject_copula(lang).fullmatch(body, p.end, q.start)
        ):
            return p  # "i clienti tedeschi sono 2.700": the subject's country adjective
        if p.kind != "demonym" and _BRACKET.fullmatch(body, p.end, q.start):
            return p  # "devant Marseille (95)": the figure in brackets after a place is its
        if p.kind != "demonym" and not p.locative and _COLON.fullmatch(body, p.end, q.start):
            return p  # "(Portugal: 14, Greece: 9)": a place labelling the figure after it
    located = [p for p in places if p.locative and not _from_point(body, p.start)]
    for p in located:
        if p.start >= q.end:
            if _market(body, q, p, spans):
                return None  # "shares closed at $184.20 in New York": the exchange's place
            if _shared_clause(body, q.end, p.start, spans):
                if not _listed_after(p, places, body):
                    return p
                return _fronted(q, located, spans, body, lang)
            break
    before = [
        p
        for p in located
        if p.end <= q.start
        and not _of_part(p, spans, body, lang)
        and not _aside(p, q, body, lang)
        and not _tolls_event(p, body, lang)
    ]
    if not before or _toll_event(lang, placed=True).search(body, before[-1].end, q.start):
        return None  # "near X, bringing the death toll from the floods in Y to 6": the event's
    if _toll_raised(lang).search(body, before[-1].end, q.start):
        return None  # "found off X, bringing the death toll to 7": the whole event's toll
    if len(before) > 1 and _locates(body, before[-2], before[-1]):
        return before[-2]  # "a Roccamare, nel cuore della Sicilia, 43,9 gradi": the town's
    if _enumerated(before[-1], places, body, q.start) or _OTHERS.match(body, before[-1].end):
        return _opening(before, places, body)  # "in Francia, Belgio e Germania, 9 arresti"
    if len(before) > 1 and _PLACE_LIST.fullmatch(body, before[-2].end, before[-1].start):
        return _opening(before, places, body)
    return before[-1]


@lru_cache(maxsize=4)
def _subject_copula(lang: str | None) -> re.Pattern:
    """What may stand between a country adjective of a count's subject and the count: up to
    two words, a copula and an adverb (`nouns.yaml` `subject_copulas`, `subject_adverbs`):
    "les clients belges recensés sont 4 600", "Dutch savers are 3,800".

    >>> bool(_subject_copula("it").fullmatch(" censite finora sono "))
    True
    >>> bool(_subject_copula("it").fullmatch(" hanno denunciato "))
    False
    """
    copulas = phrases("nouns", "subject_copulas", lang)
    adverbs = phrases("nouns", "subject_adverbs", lang)
    return regexcache.compile(
        rf"\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{copulas})\s+(?:(?:{adverbs})\s+)?", re.IGNORECASE
    )


def _enumerated(place, places, body: str, until: int) -> bool:
    """Whether `place` opens a list of three places or more that ends before `until` ("in
    Francia, Belgio, Spagna e Germania, 9 arresti"): an enumeration, no one place.

    >>> from sourcecheck.extract.places import find_places
    >>> text = "In Francia, Belgio e Spagna sono state arrestate 9 persone"
    >>> found = find_places(text, lang="it")
    >>> _enumerated(found[0], found, text, 40), _enumerated(found[1], found, text, 40)
    (True, False)
    """
    listed = 0
    while _listed_after(place, places, body, until):
        place = next(p for p in places if p.start >= place.end and p.kind != "demonym")
        listed += 1
    return listed >= ENUMERATED - 1


ENUMERATED = 3  # places listed before a figure that make it no one place's


def _opening(before, places, body: str):
    """The country or region whose locative opens the clause of the places `before` a
    figure, set apart by a comma, when those after it are its towns: "En Belgique, 3
    personnes arrêtées à Vervanne et à Ostheim, où 6 perquisitions": the 6 are Belgium's.
    None when the list names no one place ("In Francia, Belgio e Germania, 9 arresti").

    >>> from sourcecheck.extract.places import find_places
    >>> text = "En Autriche, 3 personnes arrêtées à Brennwald et à Ostheim, où 6 perquisitions"
    >>> _opening(find_places(text, lang="fr"), find_places(text, lang="fr"), text).name
    'Austria'
    """
    p = before[0]
    if p.kind not in ("country", "continent") and p.name not in REGIONS:
        return None
    lo = max(0, p.start - CLAUSE_REACH)
    opens = max((m.end() for m in _CLAUSE_STOP.finditer(body, lo, p.start)), default=lo)
    inner = all(o.kind in ("place", "city") for o in before[1:])
    fronted = _OPENS.fullmatch(body, opens, p.start) and _COMMA.match(body, p.end)
    return p if inner and fronted and not _listed_after(p, places, body) else None


_OPENS = regexcache.compile(
    r"\s*(?:en|in|au|aux|dans|nel|nella|nei|negli|nello|nell['’]|across|throughout)\s*"
    r"(?:(?:the|le|la|l['’])\s*)?",
    re.IGNORECASE,
)
_COMMA = regexcache.compile(r"\s*,")
# "in Italy and 5 other countries", "en France et dans 4 autres pays", "e in altri 5 Paesi"
_OTHERS = regexcache.compile(
    r"\s*(?:and|et|e|ed)\s+(?:(?:in|en|dans|nei|negli|in)\s+)?(?:[^\W_]+\s+){0,2}?"
    rf"(?:{alternation(w for lang in LANGS for w in load('places')['others'][lang])})\s+"
    r"(?:[^\W_]+\s+){0,2}?"
    rf"(?:{alternation(w for lang in LANGS for w in load('places')['country_counts'][lang])})"
    r"(?![\w'’])",
    re.IGNORECASE,
)


def _fronted(q, located, spans, body: str, lang: str | None = None):
    """The country or region that opens the clause of figure `q` when the places after `q`
    are a list ("En Autriche, 5 personnes arrêtées à Brennwald et à Ostheim": Austria holds
    both towns, so the figure is Austria's), else None (the list names no one place). The
    country opening a sentence with a comma holds its later figures too ("En Autriche, 5
    personnes ont été arrêtées lors de 9 perquisitions à Brennwald et à Ostheim"), unless
    a figure is a part of the one before it ("dont 4 100 à Nantes et à Lille")."""
    before = [p for p in located if p.end <= q.start]
    if not before:
        return None
    p = before[-1]
    if not (p.kind in ("country", "continent") or p.name in REGIONS):
        return None
    lo = max(0, p.start - CLAUSE_REACH)
    opens = max((m.end() for m in _CLAUSE_STOP.finditer(body, lo, p.start)), default=lo)
    # no figure before it in its clause ("9 000 bloqués en France, dont 4 100 à Nantes
    # et à Lille": France is the whole's)
    if any(opens <= s < p.start for s, _ in spans):
        return None
    if _FRONTED.fullmatch(body, p.end, q.start):  # nor between it and the figure
        return p if not any(p.end <= s < q.start for s, _ in spans) else None
    opening = _OPENING.fullmatch(body, opens, p.start) and _FRONTED.match(body, p.end)
    told = body[p.end : q.start]
    if not opening or len(told) > CLAUSE_REACH or _STOPS.search(told):
        return None
    return None if part_of_last(body, 0, q.start, lang) else p


CLAUSE_REACH = 200  # characters before a fronted place where its clause may open
_CLAUSE_STOP = regexcache.compile(r"[.;:!?\n]\s")
_FRONTED = regexcache.compile(r"\s*,\s*(?:[^\W\d_]+\s+){0,3}")  # "En Autriche, (plus de) 5"
_STOPS = regexcache.compile(r"[.;:!?()]")  # a fronted place's clause has ended
# a locative alone before a place that opens its sentence: "En ", "In ", "Au "
_OPENING = regexcache.compile(r"\s*(?:[^\W\d_]+['’]?\s*){0,2}")


def _market(body: str, q, place, spans) -> bool:
    """Whether a word of a share's price or move (`places.yaml` `market`) stands in the clause
    of figure `q` (other figures may stand between: "shares closed down 2.3% at $184.20")
    and the place after it: the place is the exchange's."""
    start = max(0, q.start - MARKET_REACH)
    stop = [m.end() for m in _TEXT_BREAK.finditer(body, start, q.start)]
    return _MARKET.search(body, stop[-1] if stop else start, place.end) is not None


MARKET_REACH = 60  # characters before a figure where its share's word may stand
_TEXT_BREAK = regexcache.compile(r"[;:()]|,(?!\d)")  # a clause break, not a decimal comma ("4,1 %")
_MARKET = regexcache.compile(
    rf"(?<![\w'’])(?:{alternation(w for lang in LANGS for w in load('places')['market'][lang])})"
    r"(?![\w'’])",
    re.IGNORECASE,
)


def _listed_after(place, places, body: str, until: int | None = None) -> bool:
    """Whether another place follows `place` in a list ("in Italy and France", "in Veneto,
    Lombardia e Francia"), ending before `until` when given: a figure before or after such a
    list is about all of them, no one place."""
    following = [p for p in places if p.start >= place.end and p.kind != "demonym"]
    return (
        bool(following)
        and (until is None or following[0].end <= until)
        and _PLACE_LIST.fullmatch(body, place.end, following[0].start) is not None
        and not _locates(body, place, following[0])
    )


def _locates(body: str, inner, outer) -> bool:
    """Whether place `outer` only locates `inner` named right before it: "Porto Vello in
    Sicily", "Sfax, in Tunisia", "a Roccamare, nel cuore della Sicilia" (a country, a region
    or a locator word, `places.yaml` `locators`), never two countries listed ("in France, in
    Italy").

    >>> from sourcecheck.extract.places import REGIONS, find_places
    >>> text = "a Roccamare, nel cuore della Sicilia"
    >>> _locates(text, *find_places(text, lang="it"))
    True
    """
    if inner.kind in ("country", "continent", "demonym") or outer.kind == "demonym":
        return False
    m = _LOCATOR_GAP.fullmatch(body, inner.end, outer.start)
    return m is not None and (
        bool(m.group("word")) or outer.kind in ("country", "continent") or outer.name in REGIONS
    )


_LOCATOR_GAP = regexcache.compile(
    r"\s*,?\s*(?:(?:in|en|nel|nella|nell['’]|dans|au|à|a|at)\s*)?(?:(?:the|la|le|l['’]|il)\s*)?"
    rf"(?:(?P<word>{alternation(w for lang in LANGS for w in load('places')['locators'][lang])})"
    r"\s+(?:(?:of|de|du|della|del|dell['’]|di|d['’])\s*)?(?:(?:the|la|le|l['’])\s*)?)?",
    re.IGNORECASE,
)


def _of_part(place, spans, body: str, lang: str | None) -> bool:
    """Whether `place` (a place or a day) follows, in its clause, a figure that is a part of
    the one before it ("dont 95 000 à Paris", "di cui 40 in Campania", "30 of them in Spain",
    "dont 150 le premier jour"): it is that part's."""
    figures = [s for s, e in spans if e <= place.start]
    if not figures:
        return False
    last = max(figures)
    end = next(e for s, e in spans if s == last)
    if re.search(r"[;:()]", body[end : place.start]):
        return False
    return part_of_last(body, 0, last, lang) or partitive(body, end, place.start, lang)


_LABEL = regexcache.compile(r"\s*\([^()]{0,40}\)")
_BRACKET = regexcache.compile(r"\s*\(\s*")
_COLON = regexcache.compile(r"\s*:\s*")
_PLACE_LIST = regexcache.compile(
    r"\s*(?:,|et|and|e|ed)\s*(?:(?:à|a|in|en|au|aux|nel|nella|ad)\s+)?", re.IGNORECASE
)
_FIGURE_LIST = regexcache.compile(r"\s*(?:et|and|e|ed|ou|or|o)\s*", re.IGNORECASE)


def _shared_clause(body: str, end: int, start: int, spans) -> bool:
    """Whether the place starting at `start` stands in the clause of the figure ending at
    `end`: no punctuation between, once labels are left out, and any figure between listed
    with it ("23 000 (préfecture) et 40 000 (intersyndicale) à Lyon")."""
    at = end
    close = _CONVERSION_CLOSE.match(body, at)
    begin = min((s for s, e in spans if e == end), default=end)
    if close and any(_CONVERSION_OPEN.fullmatch(body, e, begin) for _, e in spans if e < begin):
        at = close.end()  # "180 cm (71 inches) of snow fell on Aosta": the bracket's figure too
    for s, e in sorted(x for x in spans if end <= x[0] < start):
        gap = _LABEL.sub("", body[at:s])
        close = _CONVERSION_CLOSE.match(body, e)
        if _CONVERSION_OPEN.fullmatch(gap) and close:
            at = close.end()  # "180 cm (71 inches)": the same figure converted, in brackets
            continue
        if not _FIGURE_LIST.fullmatch(gap):
            return False
        at = e
    return not re.search(r"[,;:()]", _LABEL.sub("", body[at:start]))


_DISTANCE = load("places")["distance"]
_FROM_POINT = regexcache.compile(
    rf"(?<![\w'’])(?:{alternation(_DISTANCE['units'])})\)?\s+(?:{alternation(_DISTANCE['from'])})?"
    r"\s*(?:(?:the|la|le|les|il|lo|l['’])\s*)?$",
    re.IGNORECASE,
)


def _from_point(body: str, start: int) -> bool:
    """Whether the place at `start` is the point a distance is measured from ("35 km from
    the capital", "à 20 km de Lyon", "a 40 km dalla capitale", whose phrase holds its "da"):
    a landmark, not the place the figure is about.

    >>> _from_point("about 35 km (22 miles) from the capital", 28)
    True
    """
    return _FROM_POINT.search(body[max(0, start - 40) : start]) is not None


_CONVERSION_OPEN = regexcache.compile(r"\s*\(\s*")
_UNIT_THEN_BRACKET = regexcache.compile(r"(?:\s+[^\W\d_]+)?\s*\(\s*")
_UNIT_THEN_CLOSE = regexcache.compile(r"(?:\s+[^\W\d_]+)?\s*\)")
_CONVERSION_CLOSE = regexcache.compile(r"\s*\)")


def concept_from_context(q, contexts, concepts: Concepts, body: str = "") -> str | None:
    """Concept of money, a measure or a generic count from the nearest context word
    (`contexts`: (position, concept) pairs, `Concepts.context_words` of the sentence).

    Money and measures look across the sentence ("un montant … comme le bénéfice estimé");
    counts only near the figure ("1 200 personnes ont été évacuées"), where the verb that
    says what the people are stands.
    """
    if q.kind == "percent":
        return None
    window = None if q.kind in ("money", "unit") else COUNT_CONTEXT_WINDOW
    allowed = set(concepts.for_unit(q.unit)) if q.kind == "unit" else None
    best, distance = None, None
    for pos, cid in contexts:
        kind = concepts.kind.get(cid, "count")
        if allowed is not None:
            if cid not in allowed:
                continue
        elif kind != ("money" if q.kind == "money" else "count"):
            continue
        d = pos - q.end if pos >= q.end else q.start - pos  # "€2 million subsidy": 1
        if window is not None:
            if not q.start - window <= pos <= q.end + window:
                continue
            if re.search(r"[,;:]", body[min(pos, q.end) : max(pos, q.start)]):
                continue  # another clause: "intervenus 85 fois, et 120 personnes"
            if pos < q.start and _last_predicate(body, pos, q.start):
                continue  # the last clause's: "12 roads stayed closed and 300 people …"
        if distance is None or d < distance:
            best, distance = cid, d
    return best


COUNT_CONTEXT_WINDOW = 60  # characters around a count where its context word may stand


def _last_predicate(body: str, pos: int, start: int) -> bool:
    """Whether the context word at `pos` says what the last figure is, a conjunction opening
    the clause of the count at `start` after it, no figure between them ("12 roads stayed
    closed and 300 people …"); a verb before a list of counts is each one's ("le cortège a
    compté 7 000 (police) et 15 000 (syndicats) participants")."""
    conjunction = _CONJUNCTION.search(body, pos, start)
    return bool(conjunction) and not _DIGIT.search(body, pos, conjunction.start())


_DIGIT = regexcache.compile(r"\d")
# a conjunction that opens a count's clause: a context word before it is the last clause's
_CONJUNCTION = regexcache.compile(
    rf"(?<![\w'’])(?:{phrases('nouns', 'clause_conjunctions', None)})\s+", re.IGNORECASE
)
_CLAUSE_BREAK = regexcache.compile(r"[,;:()]")
REFINE_WINDOW = 40  # characters around a figure where "arrested", "searched"... refine it


def refine(q, thing_end: int, concept: str, contexts, concepts: Concepts, body: str = "") -> str:
    """A narrower reading of the thing from a verb next to the figure ("37 suspects …
    arrested" → arrest), or `concept` unchanged. The verb stands in the figure's clause:
    in "Of the 102 suspects, 14 were arrested" the suspects are not arrests.

    The context words of a refining concept's ancestors count too: "cancelled" is a word of
    cancellation, and "500 flights were cancelled" counts cancelled-flight (which refines
    flight and is one kind of cancellation).
    """
    candidates = concepts.refined_by[concept]
    for pos, cid in contexts:
        if q.start - REFINE_WINDOW <= pos <= thing_end + REFINE_WINDOW:
            lo, hi = (thing_end, pos) if pos >= thing_end else (pos, q.start)
            if body and _CLAUSE_BREAK.search(body, lo, hi):
                continue  # another clause
            for candidate in candidates:
                if cid in concepts.ancestors(candidate):
                    return candidate
    return concept


def listed_items(doc, i: int, q, thing_end: int, concept: str | None) -> str:
    """The items listed with a count, "; "-joined (as written), or "".

    Only from the count's own sentence ("in 11 countries, including …", "5 pays : la
    France, …"), or from the list its sentence opens with a colon or a dash right after the
    count ("… in 4 countries:" + the next line, or the list items that follow); never from
    another paragraph's list.
    """
    body, s = doc.body, doc.sentences[i]
    lang = doc.lang
    if concept == "country":
        countries = _countries(body, q.end, s.end, lang=lang)
        if len(countries) >= 2:
            # "in 14 countries, including 1,200 in Italy and 2,300 in Ireland": figures
            # between the count and its countries make them a breakdown, not a list
            return "" if _DIGIT.search(body, q.end, countries[-1].start) else _join(countries)
    m = _LIST_START.match(body, thing_end, s.end)
    if not m:
        return ""
    if m.end() >= s.end:  # the list follows the sentence: "… in 4 countries:"
        lines = _following_list(doc, i)
        if concept == "country":
            found = [c for j in lines for c in _countries(body, *_span(doc, j), lang=lang)]
            return _join(found) if len(found) >= 2 else ""
        if len(lines) == 1:
            tail = body[slice(*_span(doc, lines[0]))]
        else:
            tail = "; ".join(_BULLET.sub("", body[slice(*_span(doc, j))]) for j in lines)
    else:
        tail = body[m.end() : s.end].split(")")[0]
    items = [_ARTICLE.sub("", t).strip() for t in _LIST_SPLIT.split(tail.rstrip(" .;"))]
    items = [t for t in items if t]
    return "; ".join(items) if len(items) >= 2 else ""


_BULLET = regexcache.compile(r"\s*(?:[-•*–—]|\d{1,2}[.)])\s+")


def _span(doc, j: int) -> tuple[int, int]:
    return doc.sentences[j].start, doc.sentences[j].end


def _following_list(doc, i: int) -> list[int]:
    """The sentences a sentence ending with ":" introduces: the list items (lines opening
    with "-", "•", "1.") that follow it, else the next sentence alone."""
    sentences, body = doc.sentences, doc.body
    items = []
    for j in range(i + 1, len(sentences)):
        if not _BULLET.match(body, sentences[j].start, sentences[j].end):
            break
        items.append(j)
    if items:
        return items
    return [i + 1] if i + 1 < len(sentences) and not sentences[i + 1].heading else []


def _countries(body: str, start: int, end: int, tokens=None, lang=None):
    return [p for p in find_places(body, start, end, tokens, lang) if p.kind == "country"]


def _join(places) -> str:
    seen, out = set(), []
    for p in places:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p.name)
    return "; ".join(out)
