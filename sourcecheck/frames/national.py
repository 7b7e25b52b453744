"""A national body's share: the figure a country's own force gives is that country's.

Why
---
In an operation told across several countries, each national force gives its own country's
share without writing the place ("la Guardia di Finanza ha arrestato 12 persone", "Norway's
police reported six arrests", "la police judiciaire suisse a interpellé 5 suspects"): the
source is the place. Left with no place of its own, the share reads as the operation's
whole (the agency's total) and the two become a false value-conflict. A count with no place
and no whole of its own whose source is one country's body (a police force with a `country` in
`data/sources.yaml`, or a force every country has written with a country's possessive or
adjective) gets that country as its place, when the case counts other countries too and
the case has a larger whole-scope count of the same concept for it to be a part of
(`frames.placed`): a national body repeating the whole operation's total ("in all, 48
arrests across Europe") keeps its figure the whole's.

Example
-------
>>> rows = [
...     {"claim_id": "a.md#10", "doc": "a.md", "start": 10, "value": 52, "concept": "arrest",
...      "scope": "", "part_of": "", "source": "Europol"},
...     {"claim_id": "b.md#40", "doc": "b.md", "start": 40, "value": 31, "concept": "arrest",
...      "scope": "Italy", "part_of": "", "source": "Carabinieri"},
...     {"claim_id": "b.md#90", "doc": "b.md", "start": 90, "value": 6, "concept": "arrest",
...      "scope": "", "part_of": "", "source": "Norway's federal police"},
... ]
>>> from sourcecheck.extract.sources import load_sources
>>> national_scopes(rows, load_sources())
['', 'Italy', 'Norway']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcecheck.extract.pointers import place_concepts
from sourcecheck.frames.origin import is_country
from sourcecheck.frames.placed import field_text, placed_parts

if TYPE_CHECKING:
    from sourcecheck.extract.sources import Sources


def national_scopes(rows: list[dict], sources: Sources) -> list:
    """The `scope` of each row of a case's claims (the columns `placed_parts` reads, and
    `source`): its own, else the country of its national body's source where that makes it
    a part of a whole-scope count (module docstring); `sources` the case's lexicon of them."""
    scopes = [row.get("scope") for row in rows]
    places = place_concepts()  # a force's count of countries is the operation's, not its share
    at = _placed_figures(rows)
    told = {
        i: country
        for i, row in enumerate(rows)
        if not field_text(row, "scope")
        and not field_text(row, "part_of")
        and field_text(row, "concept") not in places  # "8 countries": no one country's share
        and (country := source_country(field_text(row, "source"), sources))
        and not at.get((row.get("doc"), field_text(row, "concept"), country), set())
        - {row["value"]}
    }
    named = {s for row in rows if is_country(s := field_text(row, "scope"))}
    named |= set(told.values())
    if not told or len(named) < 2:
        return scopes
    tried = [{**row, "scope": told.get(i, row.get("scope"))} for i, row in enumerate(rows)]
    parts = placed_parts(tried)
    for i, country in told.items():
        if parts[i]:
            scopes[i] = country
    return scopes


def _placed_figures(rows: list[dict]) -> dict[tuple, set]:
    """(document, concept, place) → the figures the document gives of the concept there.

    Why: a national force that gives its own country's share at that country ("In Italia
    sono state arrestate 3 persone … In tutto gli arresti sono stati 11") gives its unplaced
    figure as the whole, not as a second share of its country."""
    out: dict[tuple, set] = {}
    for row in rows:
        if scope := field_text(row, "scope"):
            key = (row.get("doc"), field_text(row, "concept"), scope)
            out.setdefault(key, set()).add(row["value"])
    return out


def source_country(source: str, sources: Sources) -> str:
    """The country whose own police force `source` is: the country of the possessive that
    opens it or of the country adjective that ends it (lowercase, as French and Italian
    write it) or opens it (capitalised, as English does), else its force's `country` in the
    sources data. Only a police force (`kind: police`) acts for its country alone: a civil
    protection or a fire brigade is sent abroad, a regional one counts its region.

    >>> from sourcecheck.extract.sources import load_sources
    >>> lex = load_sources()
    >>> source_country("Sweden's federal police", lex), source_country("police fédérale belge", lex)
    ('Sweden', 'Belgium')
    >>> source_country("Carabinieri", lex), source_country("Vigili del fuoco", lex)
    ('Italy', '')
    >>> source_country("Gazzetta Italiana", lex), source_country("federal police", lex)
    ('', '')
    """
    found = sources.mentions(source)
    body = found[0].source if found else ""
    own = sources.country.get(body, "")
    if not own or sources.kind_of(body) != "police":
        return ""
    from sourcecheck.extract.places import DEMONYMS, countries_named

    words = source.split()
    if m := _POSSESSIVE.match(source):
        named = countries_named(m.group(1))
        return named[0] if len(named) == 1 and is_country(named[0]) else ""
    if len(words) > 1 and words[-1].islower() and (country := DEMONYMS.get(words[-1])):
        return country
    if len(words) > 1 and words[0][:1].isupper() and (country := DEMONYMS.get(words[0].lower())):
        return country
    return own if own != "any" else ""


_POSSESSIVE = re.compile(r"([A-Z][\w .-]*?)['’]s\s")


__all__ = ["national_scopes", "source_country"]
