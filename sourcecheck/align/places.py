"""Places of quantities: one spelling per place, and the place a claim leaves unsaid.

Why
---
A claim's place (`scope`) is part of its subject: 81 000 in Paris is not 1.08 million
nationwide. Two things made one place look like two:

- spellings: "Città di Castello" and "Citta di Castello" are one town, so places compare
  without case and accents (each takes the spelling its case uses most);
- silence: "a 300 MW electrolyser" in one account and "300 MW at Saint-Louis-du-Rhône" in another
  are one quantity when the story gives that quantity one place only. Unknown is not
  different, as for days (`days.assign_days`): an unplaced claim takes the only place
  its quantity is given (or the one city inside every other place given: Marseille, given
  with France), and its evidence says the place was assumed.

A part is never its whole, and a whole is larger than its parts: the unplaced figure takes
the place only when it is no more than `WHOLE_RATIO` times a figure given there (300 MW and
300 MW at Saint-Louis-du-Rhône, or 350 MW against it: one quantity; 1.08 million and 80 000 in
Paris: the country and its capital), and never when its figure is unknown. The unplaced figure stays the whole when the story counts places
("in 19 countries", "dans 280 villes": a place count, `place_concepts` in
frames/data/nouns.yaml, so each named place is one of them), when it is a running count of
the story (the toll of a storm is the story's; a town's toll is a part of it), when its
quantity is given several places, or when one document gives the quantity both without a
place and at that place with another figure ("1.08 million nationwide, 80 000 in Paris").

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"case": "c", "doc": ["a", "b"], "dimension": "power",
...     "noun": "capacity", "rate": "", "scope": ["", "Saint-Louis"], "value": [300.0, 300.0],
...     "evidence": ["lexicon", "lexicon"], "refers_to": ""})
>>> assume_places(table, frozenset())["scope"].tolist()
['Saint-Louis', 'Saint-Louis']
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

import pandas as pd

from sourcecheck.align.nouns import PEOPLE
from sourcecheck.extract.places import CITY_COUNTRY, territory_stem

QUANTITY = ("case", "dimension", "noun", "rate")  # a quantity, its place left out
WHOLE_RATIO = 1.5  # an unplaced figure this much above every figure at the place is a whole


def assume_places(
    table: pd.DataFrame,
    place_counts: frozenset[str],
    running: frozenset[str] = frozenset(),
    steady: frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """`table` with each `scope` spelled one way per case, and unplaced claims given the
    only place their quantity has, or, among several, the one place giving their figure. `place_counts`: noun keys that count places (a case with
    one assumes no place); `running`: noun keys of running counts (never assumed a place)."""
    table = table.assign(scope=_spelled(table.assign(scope=_towns_of_territories(table))))
    scoped = table["scope"] != ""
    if not scoped.any():
        return table
    if steady:
        table = _one_site(table, steady)
    table = _nested(table)
    counting = set(table.loc[table["noun"].isin(place_counts), "case"].tolist())
    quantities = list(zip(*(table[c].tolist() for c in QUANTITY), strict=True))
    values = table["value"].tolist()
    telling = _telling(table, MIN_SHARED).tolist()
    given: dict[tuple, dict[str, float]] = {}
    figures: dict[tuple, dict[float, set[str]]] = {}  # quantity → figure → places giving it
    for q, scope, value in zip(quantities, table["scope"].tolist(), values, strict=True):
        if scope and value == value:  # a figure, not NaN
            at = given.setdefault(q, {})
            at[scope] = max(at.get(scope, value), value)
            figures.setdefault(q, {}).setdefault(value, set()).add(scope)
    only = {q: found for q, at in given.items() if (found := _narrowest(at))}
    whole = _wholes(table, quantities, set(only))
    scopes, notes = table["scope"].tolist(), table["evidence"].tolist()
    days, docs = table["refers_to"].tolist(), table["doc"].tolist()
    dated = _dated_figures(quantities, scopes, values, days, docs)
    for i, q in enumerate(quantities):
        if scopes[i] or not q[2] or q[2] == PEOPLE or q[0] in counting:
            continue
        if q[2] in running or values[i] < MIN_SHARED:
            place = _giving(dated, q, values[i], days[i], docs[i])
            if place:
                scopes[i] = place
                notes[i] = (
                    f"{notes[i]}; place not stated: taken as {place}, which gives it that day"
                )
                continue
            if q[2] in running:
                continue
        if q not in only:
            # several places: the one place that gives this very figure ("95,000 in Paris"
            # … "95 000 manifestants"), when one does
            at = figures.get(q, {}).get(values[i], set())
            if len(at) == 1 and telling[i]:
                scopes[i] = next(iter(at))
                notes[i] = f"{notes[i]}; place not stated: taken as {scopes[i]}, which gives it"
            continue
        place, largest = only[q]
        if q[0] in counting or (q, place) in whole or not values[i] <= WHOLE_RATIO * largest:
            continue
        scopes[i] = place
        notes[i] = (
            f"{notes[i]}; place not stated: taken as {scopes[i]}, the only place given for it"
        )
    return _story_place(table.assign(scope=scopes, evidence=notes), quantities, running)


STORY_SHARE = 0.5  # the story's place: given by at least this share of its placed figures


def _story_place(
    table: pd.DataFrame, quantities: list[tuple], running: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """Unplaced claims given the story's own place (`story_places`) when their quantity is
    given there: "4 dead" and "4 dead in Norvale", in a story about Norvale, are one toll.

    Why: unknown is not different. A figure that states no place is the story's; a figure
    at the place of the whole story is the story's too, be it a running count (the toll) or
    in a story that counts places (each counted place is inside the story's). Kept apart: a
    running count (`running` noun keys) also given at another place (a town's toll is a
    part, and which one an unplaced toll is stays unknown), a figure above `WHOLE_RATIO`
    times the place's (a whole), and a document giving the quantity both without a place
    and at the story's place with other figures. The claim's evidence says the place was
    assumed.

    Example
    -------
    >>> t = pd.DataFrame({"case": "c", "doc": ["a", "b", "b", "c"], "dimension": "count",
    ...     "noun": ["dead", "dead", "house", "dead"], "rate": "",
    ...     "scope": ["Norvale", "Norvale", "Norvale", ""], "value": [4.0, 4.0, 30.0, 5.0],
    ...     "evidence": "lexicon", "refers_to": ""})
    >>> q = list(zip(*(t[c].tolist() for c in QUANTITY)))
    >>> _story_place(t, q)["scope"].tolist()[-1]
    'Norvale'
    """
    story = story_places(table)
    if not story:
        return table
    scopes, notes = table["scope"].tolist(), table["evidence"].tolist()
    values = table["value"].tolist()
    at: dict[tuple, float] = {}
    elsewhere: set[tuple] = set()  # running counts given at another place too
    for q, scope, value in zip(quantities, scopes, values, strict=True):
        if scope and scope != story.get(q[0]):
            elsewhere.add(q)
        elif scope and value == value:
            at[q] = max(at.get(q, value), value)
    at = {q: v for q, v in at.items() if q not in elsewhere or q[2] not in running}
    if not at:
        return table
    whole = _wholes(table, quantities, set(at))
    for i, q in enumerate(quantities):
        place = story.get(q[0])
        if scopes[i] or q not in at or not q[2] or q[2] == PEOPLE:
            continue
        if (q, place) in whole or not values[i] <= WHOLE_RATIO * at[q]:
            continue
        scopes[i] = place
        notes[i] = f"{notes[i]}; place not stated: taken as {place}, the story's place"
    return table.assign(scope=scopes, evidence=notes)


def story_places(table: pd.DataFrame) -> dict[str, str]:
    """Case → the place of the whole story: the one place given to at least `STORY_SHARE`
    of the case's placed figures, in more than one document.

    Example
    -------
    >>> t = pd.DataFrame({"case": "c", "doc": ["a", "b", "b", "c"],
    ...     "scope": ["Norvale", "Norvale", "Brisk", ""]})
    >>> story_places(t)
    {'c': 'Norvale'}
    """
    out: dict[str, str] = {}
    rows = zip(*(table[c].tolist() for c in ("case", "doc", "scope")), strict=True)
    placed: dict[str, Counter] = {}
    docs: dict[tuple[str, str], set[str]] = {}
    for case, doc, scope in rows:
        if scope:
            placed.setdefault(case, Counter())[scope] += 1
            docs.setdefault((case, scope), set()).add(doc)
    for case, places in placed.items():
        (top, n), *rest = places.most_common(2)
        clear = not rest or rest[0][1] < n
        if clear and n >= STORY_SHARE * sum(places.values()) and len(docs[(case, top)]) > 1:
            out[case] = top
    return out


def _one_site(table: pd.DataFrame, steady: frozenset[str]) -> pd.DataFrame:
    """What a facility has (its capacity, a pipeline's length: `steady` noun keys) is given
    at whichever place an account names: "a 300 MW electrolyser" in France, at Saint-Louis-du-Rhône,
    near Marseille. One figure of such a quantity given at several places (or at a place and
    at none) is one figure: all take the place most accounts give it."""
    rows = table["noun"].isin(steady) & table["value"].notna() & _telling(table, MIN_SHARED)
    if not rows.any():
        return table
    at: dict[tuple, Counter] = {}
    quantities = zip(
        *(table.loc[rows, c].tolist() for c in (*QUANTITY, "value", "scope")), strict=True
    )
    for *q, value, scope in quantities:
        at.setdefault((*q, value), Counter())[scope] += 1
    best = {
        key: max(places, key=lambda p: (bool(p), places[p], p))
        for key, places in at.items()
        if len(places) > 1
    }
    if not best:
        return table
    scopes, notes = table["scope"].tolist(), table["evidence"].tolist()
    keys = zip(*(table[c].tolist() for c in (*QUANTITY, "value")), rows.tolist(), strict=True)
    for i, (*key, inside) in enumerate(keys):
        place = best.get(tuple(key)) if inside else None
        if place is not None and place != scopes[i]:
            said = scopes[i] or "no place"
            notes[i] = f"{notes[i]}; one site: {said} taken as {place}, where most give it"
            scopes[i] = place
    return table.assign(scope=scopes, evidence=notes)


def _nested(table: pd.DataFrame) -> pd.DataFrame:
    """One figure of one quantity and day given at a city in some documents and at its
    country in others ("21 arrests in Marseille", "21 arrests in France") is the city's:
    the same value, noun and day are three neighbours chance rarely shares, and a country
    whose count equals its city's says the count was the city's. Not when a document gives
    the quantity at both (then the country is the whole), nor for a figure below
    `MIN_DATED`."""
    scopes = table["scope"].tolist()
    if not any(CITY_COUNTRY.get(p) for p in scopes):
        return table
    quantities = list(zip(*(table[c].tolist() for c in QUANTITY), strict=True))
    values, days = table["value"].tolist(), table["refers_to"].tolist()
    docs = table["doc"].tolist()
    at: dict[tuple, dict[str, set[str]]] = {}  # (quantity, figure, day) → place → documents
    both: dict[tuple, set[str]] = {}  # (quantity, document) → places it gives
    for q, scope, v, day, doc in zip(quantities, scopes, values, days, docs, strict=True):
        if scope and q[2] and v == v and v >= MIN_DATED:
            at.setdefault((q, v, day), {}).setdefault(scope, set()).add(doc)
            both.setdefault((q, doc), set()).add(scope)
    moved: dict[tuple, str] = {}
    for (q, v, day), places in at.items():
        for city in places:
            country = CITY_COUNTRY.get(city)
            if country in places and not any(
                {city, country} <= both[(q, d)] for d in places[city] | places[country]
            ):
                moved[(q, v, day, country)] = city
    if not moved:
        return table
    notes = table["evidence"].tolist()
    for i, (q, scope, v, day) in enumerate(zip(quantities, scopes, values, days, strict=True)):
        city = moved.get((q, v, day, scope))
        if city:
            scopes[i] = city
            notes[i] = f"{notes[i]}; given in {city} by other accounts: {scope} taken as {city}"
    return table.assign(scope=scopes, evidence=notes)


MIN_DATED = 10  # a figure below this shared with a place on one day is still as likely chance


def _dated_figures(
    quantities: list[tuple],
    scopes: list[str],
    values: list[float],
    days: list[str],
    docs: list[str],
) -> dict[tuple, set[tuple[str, str]]]:
    """(quantity, figure, stated day) → the (place, document) pairs that give it, and
    (quantity, document) → the places the document gives the quantity at (key `None` day)."""
    out: dict[tuple, set[tuple[str, str]]] = {}
    for q, scope, value, day, doc in zip(quantities, scopes, values, days, docs, strict=True):
        if scope and value == value:
            if day and value >= MIN_DATED:
                out.setdefault((q, value, day), set()).add((scope, doc))
            out.setdefault((q, doc), set()).add((scope, doc))
    return out


def _giving(dated: dict, q: tuple, value: float, day: str, doc: str) -> str:
    """The one place another document gives this very figure of quantity `q` on the same
    stated day, when the claim's own document gives `q` at no place; else "".

    Why: a small figure or a running count is not given a place because its quantity has
    one (a toll is the story's, 12 may be chance), but "61 casi" on 4 September and "61 cas"
    in Italy on 4 September are one figure: the same value, noun and day are three
    neighbours chance rarely shares. Its own document giving the quantity at a place
    ("1.08 million nationwide, 80 000 in Paris") makes the unplaced figure a whole."""
    if not day or value != value or value < MIN_DATED or (q, doc) in dated:
        return ""
    places = {p for p, d in dated.get((q, value, day), ()) if d != doc}
    return next(iter(places)) if len(places) == 1 else ""


MIN_SHARED = 100  # below this a figure shared with one place is as likely chance
CHANCE = ("count", "percent")  # dimensions whose small figures recur by chance


def _telling(table: pd.DataFrame, floor: float) -> pd.Series:
    """Whether each figure is unlikely to recur by chance: a count or a share of `floor` or
    more, or a measure or an amount of any size ("95 km", "€40 million": a unit makes a
    figure rare).

    Why: "12 arrests" and "12 searches" coincide often; "95 km" of one pipeline given at a
    place in one account and at none in another are one figure."""
    return (table["value"] >= floor) | ~table["dimension"].isin(CHANCE)


def _narrowest(places: dict[str, float]) -> tuple[str, float] | None:
    """(place, its largest figure): the only place given, or the one city every other place
    given contains ("Marseille" with "France": the places module knows the city's country);
    None when the places are several."""
    if len(places) == 1:
        return next(iter(places.items()))
    inside = [p for p in places if all(CITY_COUNTRY.get(p) == o for o in places if o != p)]
    return (inside[0], places[inside[0]]) if len(inside) == 1 else None


def _wholes(table: pd.DataFrame, quantities: list[tuple], among: set[tuple]) -> set[tuple]:
    """(quantity, place) pairs, for quantities `among`, that some document gives both without
    a place and at the place with figures that differ: there the unplaced figure is the
    whole, the place a part."""
    figures: dict[tuple, dict[str, set[float]]] = {}
    columns = (table[c].tolist() for c in ("doc", "scope", "value"))
    rows = zip(quantities, *columns, strict=True)
    for q, doc, scope, value in rows:
        if q in among and value == value:  # not NaN
            figures.setdefault((q, doc), {}).setdefault(scope, set()).add(round(value, 6))
    out: set[tuple] = set()
    for (q, _), by_place in figures.items():
        unplaced = by_place.get("")
        for scope, values in by_place.items():
            if scope and unplaced and values != unplaced:
                out.add((q, scope))
    return out


def _towns_of_territories(table: pd.DataFrame) -> list[str]:
    """Each scope, a territory named after a town ("Veronese", `extract.places.territory_stem`)
    given as that town when its case names one place only that the stem opens ("Verona").

    Why: "nel Veronese, 40 frane" and "40 landslides in the province of Verona" are one
    figure of one place; the adjective and the town must not split it.

    >>> t = pd.DataFrame({"case": "c", "scope": ["Marsicano", "Marsica", ""]})
    >>> _towns_of_territories(t)
    ['Marsica', 'Marsica', '']
    """
    scopes = table["scope"].tolist()
    places: dict[str, set[str]] = {}
    for case, scope in zip(table["case"].tolist(), scopes, strict=True):
        if scope:
            places.setdefault(case, set()).add(scope)
    out = []
    for case, scope in zip(table["case"].tolist(), scopes, strict=True):
        stem = territory_stem(scope) if scope else ""
        towns = [
            p for p in places.get(case, ()) if stem and p.startswith(stem) and len(p) < len(scope)
        ]
        out.append(towns[0] if len(towns) == 1 else scope)
    return out


def _spelled(table: pd.DataFrame) -> list[str]:
    """Each scope as its case spells it most often, among spellings of one place key."""
    scopes = table["scope"].tolist()
    keys = [(case, place_key(s)) for case, s in zip(table["case"].tolist(), scopes, strict=True)]
    counts = Counter(zip(keys, scopes, strict=True))
    best: dict[tuple[str, str], str] = {}
    # the most used spelling; on a tie, not all capitals, then the most accented ("Forlì")
    ranked = sorted(
        counts.items(),
        key=lambda kv: (-kv[1], kv[0][1].isupper(), -len(kv[0][1].encode()), kv[0][1]),
    )
    for (k, spelling), _ in ranked:
        best.setdefault(k, spelling)
    return [best[k] for k in keys]


@lru_cache(maxsize=65536)
def place_key(place: str) -> str:
    """Matching key of a place: lower case, no accents, words only ("citta di castello")."""
    text = unicodedata.normalize("NFKD", place.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())
