"""Whose figure, and of what whole: the owner and the part-of relation of each figure.

Why
---
Two fines are two quantities when two companies pay them: "l'amende de Veltro" and "the fine
imposed on Corvane" must never be compared, however alike the nouns. A farm-only damage
estimate is not the region's total, and "250 landslides, of which 120 in the province" is a
part and its whole, not a source contradicting itself. The frame reads both from the
figure's own clause, between the figures around it, so alignment and the rules can tell them
apart:

- `owner`: the company, body or person a figure belongs to, by its name as written with
  company forms dropped from its end ("Veltro Systems Inc" → "Veltro Systems"), or a sector
  id ("agriculture") when the clause gives an amount to a sector ("i danni agricoli",
  "dégâts à l'agriculture"), or a country for the help it sends and its national accounts
  (`frames/origin.py`) or the money it gives ("la Norvège a débloqué 2 millions, l'Espagne 1
  million"); a later figure of the same clause keeps it (`frames/carry.py`), and
  what a company has (sales, staff) with no owner named is the last company's;
- `part_of`: the `claim_id` of the figure this one is a part of ("dont 120", "di cui 120",
  "of which 120", "including 120", "Di questi, 120" opening the next sentence).

The words are data (`frames/data/owner.yaml`, fr/en/it); this module holds how they combine.

Example
-------
>>> body = "Brussels fined Veltro Systems Inc €3 million, of which €1 million is suspended."
>>> rows = [{"doc": "a.md", "start": 34, "end": 44, "sentence": 0},
...         {"doc": "a.md", "start": 55, "end": 65, "sentence": 0}]
>>> [(r["owner"], r["part_of"]) for r in frame_owners(rows, body, "en", [(0, len(body))])]
[('Veltro Systems', ''), ('Veltro Systems', 'a.md#34')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from sourcecheck import regexcache
from sourcecheck.extract.ages import AGE
from sourcecheck.frames.carry import carried
from sourcecheck.frames.names import described, name_before, proper, read_name
from sourcecheck.frames.origin import (
    charged_to,
    country_before,
    has_apostrophe_s,
    is_country,
    national,
    sender,
)
from sourcecheck.frames.owner_words import _norm, _Words, vocabulary
from sourcecheck.frames.parts import whole_of

PAID_REACH = 40  # characters after an owner's name where a `took` verb makes it the payer
STATE = "State"  # the owner of public money a government gives
SECTOR_AFTER = 30  # characters after an amount where a sector word gives its owner
COST_REACH = 60  # characters after a clause where the cost an amount estimates may be named
OWNED_AFTER = 30  # characters after a figure where a company's noun makes it the company's
LISTED_GAP = 40  # characters between two amounts of a list of gifts, the next donor between
MAX_HOST_WORDS = 4  # capitalised words the name a sentence opens on runs to
NOT_SOLE_REACH = 30  # characters before a sector word where "notamment" makes it one of several


def frame_owners(
    rows: list[dict],
    body: str,
    lang: str | None,
    sentences: Sequence,
    nouns: Callable[[str], bool] | None = None,
    referent: Callable[[int, str], str | None] | None = None,
) -> list[dict]:
    """`rows` (one document's figures in text order, with `doc`, `start`, `end`, `sentence`)
    with `owner` and `part_of` set; `sentences` give each sentence's (start, end); `nouns`
    tells a counted noun ("Firefighters" opening a sentence is no name); `referent` tells
    the organisation a generic actor at an offset stands for ("the group" → the company the
    document named). A name read as the owner is no place: a `scope` equal to it is
    cleared."""
    words = vocabulary(lang)
    # what no clause can hold when the document holds none: one search each, not one a figure
    # (neither pattern asserts anything at its end, which a clause's end would change)
    anaphors = referent is not None and words.anaphor_start.search(body) is not None
    makers = words.names_maker(body)
    wholes: dict[int, int] = {}  # part → whole, by row index
    last = ""  # the last name that owned a figure or opened a sentence: "the company"
    seen = -1  # the last sentence whose opening name was read
    owned: set[int] = set()  # the sentences with an owned figure
    company = ""  # the last name that owned a figure
    for k, row in enumerate(rows):
        passed = range(seen + 1, row["sentence"])  # the sentences read since the last figure
        seen = max(seen, row["sentence"] - 1)
        s_start, s_end = _bounds(sentences[row["sentence"]])
        before = rows[k - 1] if k and rows[k - 1]["sentence"] == row["sentence"] else None
        after = (
            rows[k + 1]
            if k + 1 < len(rows) and rows[k + 1]["sentence"] == row["sentence"]
            else None
        )
        lo = before["end"] if before else s_start
        hi = after["start"] if after else s_end
        # an amount: a currency, or a bare figure with a scale word ("una multa da 40 milioni")
        money = bool(row.get("currency") or (row.get("scale") and not row.get("thing")))
        subject = _subject(body, s_start, row["start"], words, nouns)
        if subject and before is None:
            last = subject  # "Le SNCA a suspendu … contre 400 réclamés par le syndicat"
        else:  # (a sentence whose figure had an owner left it in `last`)
            unowned = [sentences[i] for i in reversed(passed) if i not in owned]
            last = _last_named(body, unowned, words, nouns, makers) or last
        row["owner"] = owner(
            body,
            row["start"],
            row["end"],
            lo,
            hi,
            words,
            money=money,
            last=(_standing_for(body, lo, hi, row, words, referent) if anaphors else None) or last,
            nouns=nouns,
            subject=subject,
            followed=after is not None,
        )
        if not row["owner"] and before is not None:  # "…, la Norvège 2 millions"
            verbs = words.gives if money else words.sent  # "…, la Croatie 2 Canadair"
            row["owner"] = _listed_giver(body, s_start, lo, row["start"], words, verbs)
        if not row["owner"] and (
            words.own_pronoun.search(body, lo, row["start"])
            or words.given_to_own.search(body, lo, row["start"])
        ):
            # "Orvane Energy deployed its 4 crews", "La Société … (SFN) a engagé ses 3 barges",
            # "Orvane Energy said its count gave it 40 votes"; a single word opening the
            # sentence may be no body ("All of its 40 staff")
            named = subject if " " in subject or subject.isupper() else ""
            row["owner"] = named or _opening_body(body, s_start, row["start"])
        if not row["owner"] and row.get("unit") == "percent":  # "40% of teachers"
            # before a share of the sentence is carried: "19 % in the civil service, of
            # which 27 % among teachers" gives the second to teachers
            row["owner"] = _share_sector(body, lo, hi, row["end"], words)
        if not row["owner"] and before is not None and before.get("owner"):
            row["owner"] = carried(body, before, row, words)
        if not row["owner"]:  # "Chez Norvelle, 31 % des techniciens ont débrayé"
            row["owner"] = _host(body, s_start, row, words, nouns)
        if not row["owner"] and not money:  # "60 vigili del fuoco dalla Romania"
            row["owner"] = sender(body, row["start"], row["end"], s_start, hi, words)
        if row["owner"] and row.get("scope") == row["owner"] and not is_country(row["owner"]):
            row["scope"] = ""  # a name that owns the figure is no place ("une amende à Veltro")
        row["part_of"] = ""
        whole = whole_of(rows, k, wholes, body, (s_start, lo, hi), words)
        if whole is not None and whole != k:
            wholes[k] = whole
            row["part_of"] = f"{rows[whole]['doc']}#{rows[whole]['start']}"
            if not row["owner"]:
                row["owner"] = rows[whole].get("owner") or ""  # a part of Veltro's figure
        if not row["owner"] and company and _owned_noun(body, row, lo, hi, words.owned):
            row["owner"] = company  # "Selon Bruxelles, les ventes ont atteint 4,3 milliards"
        if (
            not row["owner"]
            and _counted(row, money)
            and _owned_noun(body, row, lo, hi, words.company_owned)
        ):
            # in a company's release, "L'effectif compte 4 120 collaborateurs", "38% of its
            # staff walked out" before any name owned a figure (not "i lavoratori", a public
            # figure too; an amount is left to alignment, `_counted`)
            row["owner"] = _document_company(body, row, words, referent, nouns)
        if row["owner"] and " " not in row["owner"] and row["owner"] not in words.sector_ids:
            row["owner"] = _full_name(body, row["owner"], row["start"], words, nouns)
        if row["owner"] and row["owner"] not in words.sector_ids:
            if not _division(body, row["owner"], s_start, s_end, words):
                last = company = row["owner"]
            owned.add(row["sentence"])
    return _owners_no_place(_aged(_respective(rows, body, sentences, words), body))


def _aged(rows: list[dict], body: str) -> list[dict]:
    """`rows` with each age (concept `age`) given to the person named right before it in
    apposition ("Jeanne Morel, 61 ans"), a nickname in quotes skipped.

    Why: an age is a person's own; left unowned, or given the company of the clause, two
    people's ages of one story read as one figure of one owner.

    >>> body = "Le maire, Jeanne Morel, 61 ans, et Paolo «Lupo» Serra, 34 anni."
    >>> rows = [{"concept": "age", "start": body.index(f), "owner": o} for f, o in
    ...         (("61", ""), ("34", "Morel"))]
    >>> [r["owner"] for r in _aged(rows, body)]
    ['Jeanne Morel', 'Paolo Serra']
    """
    for row in rows:
        if row.get("concept") != AGE:
            continue
        before = _NICKNAME.sub("", body[max(0, row["start"] - 80) : row["start"]])
        m = _APPOSED.search(before)
        if m:
            row["owner"] = m.group(1)
    return rows


_NICKNAME = regexcache.compile(r"\s*[«“\"][^«»“”\"]{1,30}[»”\"]")  # "Paolo «Lupo» Serra"
_APPOSED = regexcache.compile(
    rf"(?<![\w'’])((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){{0,{MAX_HOST_WORDS - 1}}}[A-ZÀ-ÖØ-Þ][\w'’-]*)"
    r"\s*,\s*$"
)  # a name and the comma that sets the age after it apart


def _respective(rows: list[dict], body: str, sentences: Sequence, words: _Words) -> list[dict]:
    """`rows` with the figures of each sentence that says `respectively` given, in order, to
    the names listed before the first of them, when there are as many names as figures
    ("Norvik and Belmar cut 300 and 200 jobs respectively": 300 Norvik's, 200 Belmar's); a
    country by its English name.

    Why: read one at a time, both figures took the name nearest before them, or the last
    one of the list: two owners' figures given one owner, which alignment merges.

    >>> body = "Norvik and Belmar cut 300 and 200 jobs respectively."
    >>> rows = [{"sentence": 0, "start": 22, "owner": ""}, {"sentence": 0, "start": 30, "owner": ""}]
    >>> [r["owner"] for r in _respective(rows, body, [(0, len(body))], _vocabulary("en"))]
    ['Norvik', 'Belmar']
    """
    told: dict[int, list[dict]] = {}
    for row in rows:
        told.setdefault(row["sentence"], []).append(row)
    for sentence, figures in told.items():
        start, end = _bounds(sentences[sentence])
        first = figures[0]["start"]
        if not words.respectively.search(body, start, end):
            continue
        lists = list(words.listed_names.finditer(body, start, first))
        if not lists or _after_locative(body, start, lists[-1].start(), words):
            continue  # "In Montferrine and Lavanne, 40 and 30 homes": places
        items = words.list_items.split(lists[-1].group())
        names = [
            country_before(i, 0, len(i)) or read_name(i, _article_end(i, words), len(i), words)
            for i in items
        ]
        if len(names) == len(figures) and all(names) and len(set(names)) == len(names):
            for row, name in zip(figures, names, strict=True):
                row["owner"] = _unsuffixed(name, words)
    return rows


def _after_locative(body: str, start: int, at: int, words: _Words) -> bool:
    """Whether the word before `at` (in the sentence from `start`) only says where ("in",
    "à", "nel"): the names after it are places."""
    before = body[start:at].split()
    return bool(before) and before[-1].lower() in words.place_words


def _article_end(item: str, words: _Words) -> int:
    """Where the name of a listed item starts, past its article ("l'Espagne", "the Acme")."""
    m = words.list_article.match(item)
    return m.end() if m else 0


def _division(body: str, name: str, s_start: int, s_end: int, words: _Words) -> bool:
    """Whether the sentence body[s_start:s_end] names `name` as a part of a company, a
    `divisions` word right before it ("La divisione Frigoriferi ha realizzato ricavi per
    1.300 milioni").

    Why: a division's figures are its own, but a later "il gruppo contava 9.400 dipendenti"
    is the whole company's; the division taken for the last company named gave the group's
    staff to the division.

    >>> body = "La divisione Frigoriferi ha realizzato ricavi per 1.300 milioni."
    >>> _division(body, "Frigoriferi", 0, len(body), _vocabulary("it"))
    True
    """
    at = body.find(name, s_start, s_end)
    return at >= 0 and words.division.search(body, s_start, at) is not None


def _owners_no_place(rows: list[dict]) -> list[dict]:
    """`rows` with each `scope` that names the owner of a figure of its sentence cleared,
    unless that owner is a country.

    Why: "L'amende infligée à Brindmoor s'élève à 18 millions, celle de Tessaline à 7
    millions" gives both amounts the place "Brindmoor" read after "à"; a name that owns a
    figure of the sentence is a company, no place of its other figures either.

    >>> rows = [{"sentence": 0, "owner": "Brindmoor", "scope": ""},
    ...         {"sentence": 0, "owner": "Tessaline", "scope": "Brindmoor"}]
    >>> [r["scope"] for r in _owners_no_place(rows)]
    ['', '']
    """
    owners: dict[int, set[str]] = {}
    for row in rows:
        if row["owner"]:
            owners.setdefault(row["sentence"], set()).add(row["owner"])
    for row in rows:
        scope = row.get("scope")
        if scope and scope in owners.get(row["sentence"], ()) and not is_country(scope):
            row["scope"] = ""
    return rows


def owner(
    body: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    words: _Words,
    *,
    money: bool = True,
    last: str = "",
    nouns: Callable[[str], bool] | None = None,
    subject: str = "",
    followed: bool = False,
) -> str:
    """The owner of the figure at body[start:end] from its clause body[lo:hi], or "".

    For an amount (`money`): after it, the first name a `to` word hands it to ("une amende de
    3 millions à Veltro"; after a count, "3 morti a Pontello" names a place; when a figure
    follows at `hi` (`followed`), not the name of its item: "…, quella a Tessaline di 7"), else the name
    before a `took` verb ("Veltro was fined"; for a count, "Police reported" names a source).
    For a count, the name before a `holds` verb ("Veltro cancelled 110 flights"). A subject
    that stands for a name ("the company", "l'azienda", "It") is `last`, the name that owned
    the figures before. An amount a name estimates as a cost is its own ("Veltro a chiffré
    à 13 millions le coût de la grève"). A verb joined to an earlier one ("… et réclame 400 agents") has the
    sentence's `subject`, the name opening it. For any figure: the nearest name before it that a verb, a possessive
    or a head noun with `of` gives it. Else a sector of the clause.
    """
    reach = _next_item(body, end, hi, words) if followed else hi
    for m in words.to.finditer(body, end, reach) if money else ():
        name = read_name(body, described(body, m.end(), hi, words), hi, words)
        if proper(name, body, nouns):
            return name
    if money and proper(name := _paid_after(body, end, hi, words), body, nouns):
        return name
    if money and (country := charged_to(body, end, reach, words)):
        return country  # "dont 350 millions à la charge de l'Espagne"
    if not money and proper(name := _candidate(body, lo, start, end, hi, words, last), body, nouns):
        return name  # "Orvik polled 38%", "Dalmas 12 400 voix (41 %) ; Brun 9 800 voix"
    verbs = words.took if money else words.holds
    for m in reversed(list(verbs.finditer(body, lo, start))):
        if proper(name := name_before(body, lo, m.start(), words, last), body, nouns):
            return name
        if subject and words.conj_end.search(body, lo, m.start()):
            return subject  # "Le SNCA proteste contre … et réclame 400 agents"
    if money and (name := _giver(body, lo, start, words)):
        return name  # "Norvalia pledged $4 million", "la Norvège a débloqué 2 millions"
    if not money and proper(name := _scorer(body, lo, start, end, hi, words), body, nouns):
        return name  # "Rossi con il 52%", "38.1% for Bianchi"
    if money and _cost_named(body, lo, hi, words):  # "Veltro a chiffré à 13 millions le coût"
        for m in reversed(list(words.estimates.finditer(body, lo, start))):
            if sector := _sector(body, m.end(), start, words, money=True, start=start, end=end):
                return sector  # "les hôteliers chiffrent le manque à gagner du tourisme à 9 …"
            if proper(name := name_before(body, lo, m.start(), words, last), body, nouns):
                return name
    for m in reversed(list(words.stock.finditer(body, lo, start))):
        # "Veltro shares slipped 1.8%", "l'action Veltro a cédé 1,8 %", "il titolo Veltro"
        for name in (
            name_before(body, lo, m.start(), words),
            read_name(body, m.end(), start, words),
        ):
            if proper(name, body, nouns):
                return name
    for pattern in (words.verb, words.possessive, words.of):
        if pattern is words.possessive and not has_apostrophe_s(body, lo, start):
            continue  # (its lookahead at every word makes it the slowest scan of a clause)
        for m in reversed(list(pattern.finditer(body, lo, start))):
            if pattern is words.possessive and not _possessor_at(body, lo, m.start(), start, words):
                continue  # "Turnout in Sunday's vote"; "Inc's" in "Veltro Systems Inc's"
            if proper(name := read_name(body, m.end(), start, words), body):
                if pattern is words.possessive and (sector := _sector_owned(body, m, name, words)):
                    return sector  # "the losses of Brenmoor's hotel sector at £7 million"
                if pattern is words.verb and (held := _held_by(body, m.end(), start, name)):
                    return held[0]  # "fined Norvik's cloud host, Belmar Data, $4.9 million"
                return name
    if name := national(body, lo, start, words):
        return name  # "la dette de la France", "Italy's public debt"
    if proper(name := _agent(body, end, hi, words, last), body, nouns):
        return name
    if m := words.of_after.match(body, end, hi):  # "58 dipendenti della Casearia"
        if proper(name := read_name(body, m.end(), hi, words), body, nouns):
            return name
    if last and words.anaphor_of.search(body, lo, start):
        return last  # "the company's $15 billion buyback"
    if m := words.pronoun_of.search(body, lo, start):  # "Its revenue fell to €900 million"
        if proper(name := read_name(body, lo, m.start(), words), body, nouns):
            return name  # "Veltro said its revenue rose to …"
        if last and last not in words.sector_ids:
            return last
    if money and words.state_actor.search(body, lo, start) and words.funds.search(body, lo, start):
        return STATE  # "il governo ha stanziato 20 milioni", "l'État a débloqué 20 millions"
    return _sector(body, lo, hi, words, money=money, start=start, end=end)


def _held_by(body: str, at: int, start: int, name: str) -> tuple[str] | None:
    """When the object a verb names at `at` is `name`'s thing ("fined Norvik's cloud host"):
    the thing's own name set in commas after it, before the figure at `start` ("…, Belmar
    Data, $4.9 million"), or "" (an owner the clause does not name); None when the object
    is `name` itself.

    Why: the fine of a company's supplier is the supplier's, not the company's; read as the
    company's, it met the company's own fine as one quantity.

    >>> _held_by("fined Norvik's host, Belmar Data, $4 million", 6, 35, "Norvik")
    ('Belmar Data',)
    >>> _held_by("fined Norvik's host $4 million", 6, 20, "Norvik"), _held_by("fined Norvik $4", 6, 13, "Norvik")
    (('',), None)
    """
    m = _HELD.match(body, body.find(name, at) + len(name), start)
    if not m:
        return None
    return (m.group("name") or "",)


# a possessive, the thing it owns in lowercase words, that thing's name in commas maybe
_HELD = regexcache.compile(
    r"['’]s\s+(?:(?-i:[a-z][\w-]*)\s*){1,3}"
    r"(?:,\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w&'’.-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w&'’.-]*){0,3})\s*,)?"
)


def _next_item(body: str, end: int, hi: int, words: _Words) -> int:
    """Where the words after an amount (body[end:hi], up to the next figure) open the next
    item of a list, its own owner named right before its figure ("18 milioni di euro,
    quella a Tessaline di 7 milioni"); else `hi`.

    Why: a `to` word after an amount hands it to the name after it ("una multa da 3
    milioni a Veltro"); the name of the next item is the next figure's, not this one's.

    >>> body = "La multa a Brindmoor è di 18 milioni, quella a Tessaline di 7 milioni."
    >>> body[_next_item(body, 36, 60, _vocabulary("it")):60]
    ', quella a Tessaline di '
    """
    m = words.item.search(body, end, hi)
    return m.start() if m else hi


def _possessor_at(body: str, lo: int, at: int, start: int, words: _Words) -> bool:
    """Whether the possessive looked ahead from `at` may give the figure its owner: not
    when the word before its "'s" names no one (a day: "Turnout in Sunday's vote"), nor
    when `at` opens on a later word of a name of capitalised words that runs on before it
    (past `lo`), which the match at its first word reads whole.

    Why: the possessive pattern looks ahead from every word; "Turnout in Sunday's vote"
    owns nothing, and "Veltro Systems Inc's fine" is Veltro Systems', not Inc's.

    >>> en = _vocabulary("en")
    >>> body = "Turnout in Sunday's vote; Veltro Systems Inc's fine"
    >>> [_possessor_at(body, 0, at, len(body), en) for at in (0, 26, 33)]
    [False, True, False]
    """
    m = _POSSESSED_BY.match(body, at, start)
    if not m or m.group("last") in words.not_names:
        return False  # "Turnout in Sunday's vote": a day owns nothing
    if not _POSSESSOR.match(body, at, start):
        return True  # lowercase words before the "'s": read as before
    before = _WORD_BEFORE.search(body, lo, at)
    return not before or before.group(1) in words.not_names


# a possessor's name: capitalised words (a company form among them) up to its "'s"
_POSSESSOR = regexcache.compile(
    r"(?-i:[^\W\d_a-zà-ÿ])[\w&.-]*(?:\s(?-i:[^\W\d_a-zà-ÿ])[\w&.-]*){0,3}['’]s\b"
)
_POSSESSED_BY = regexcache.compile(r"(?:[^\W\d_][\w&.-]*\s){0,3}(?P<last>[^\W\d_][\w&.-]*)['’]s\b")
_WORD_BEFORE = regexcache.compile(r"(?<![\w'’])((?-i:[^\W\d_a-zà-ÿ])[\w&.-]*) $")


def _host(body: str, s_start: int, row: dict, words: _Words, nouns) -> str:
    """The body a sentence opens on, its name and a comma after a `hosts` word ("Chez
    Norvelle, 31 % des techniciens…", "At bus operator Tramlink, 38% of drivers…", "Presso
    la Vetreria Orsa (VO), l'adesione…"): its acronym in brackets, else a name of
    capitalised words; "" when there is none, or it is a place or the figure's own scope.

    Why: the share of a company's staff on strike and the public sector's, told side by
    side, are two quantities; the body opening the sentence is all that tells them apart.
    """
    m = words.host.match(body, s_start, row["start"])
    if not m or any(_complement(w, words) for w in m.group("described").split()):
        return ""  # "À la conférence de Orsenac, …": the name is a complement's, a place's
    name = m.group("acronym") or m.group("name").strip()
    if not m.group("acronym") and (
        len(name.split()) > MAX_HOST_WORDS or not all(w[:1].isupper() for w in name.split())
    ):
        return ""
    if not proper(name, body, nouns) or words.is_place(name) or name == row.get("scope"):
        return ""
    return _unsuffixed(name, words)


def _complement(word: str, words: _Words) -> bool:
    """Whether `word`, describing a name, is a preposition that makes the name a
    complement ("de" in "la conférence de Orsenac", "dell'" in "dell'ospedale").

    >>> _complement("de", _vocabulary("fr")), _complement("opérateur", _vocabulary("fr"))
    (True, False)
    """
    return bool(words.preposition.fullmatch(word.split("'")[0] + ("'" if "'" in word else "")))


def _share_sector(body: str, lo: int, hi: int, end: int, words: _Words) -> str:
    """The sector a share's clause body[lo:hi] names (`share_sectors`: "45 % de grévistes
    chez les enseignants", "31% of school staff", "nella scuola ha scioperato il 20%"),
    not one among others ("notamment dans l'enseignement"; a word before the share, which
    ends at `end`, makes the share one among others, not its sector: "including 31% of
    school staff"); else "".

    Why: the share of teachers on strike and the share of the whole civil service, told in
    one sentence, are two quantities; only the sector tells them apart.
    """
    found = list(words.share_sector.finditer(body, lo, hi))
    # the words right after the share first ("27.5% of teachers"), then the nearest before
    for m in [m for m in found if m.start() >= end] + [m for m in found if m.start() < end][::-1]:
        near = max(lo, m.start() - NOT_SOLE_REACH, end if m.start() >= end else lo)
        if not words.not_sole.search(body, near, m.start()):
            return words.share_sector_of[_norm(m.group())]
    return ""


def _sector_owned(body: str, m: re.Match, name: str, words: _Words) -> str:
    """The sector a possessive gives a place's or a body's name to, right after its "'s":
    "Brenmoor's tourism", "the region's farm sector"; else "".

    Why: the amount is the sector's, which the name only locates; two regions' farm losses
    differ by place, which the figure's scope keeps.
    """
    after = _POSSESSIVE_END.match(body, m.end() + len(name))
    if not after:
        return ""
    found = words.sector.match(body, after.end())
    return words.sector_of[_norm(found.group())] if found else ""


_POSSESSIVE_END = regexcache.compile(r"['’]s\s+")


def _standing_for(body: str, lo: int, hi: int, row: dict, words: _Words, referent) -> str | None:
    """The organisation a generic actor of the figure's clause body[lo:hi] stands for
    (`referent`): the nearest one before the figure, else the first after it ("la société
    investira 400 millions", "i 40 milioni pagati dal gruppo"); None when there is none or
    it names no body.

    Why: an anaphor's owner was the last name read before, which may be a dateline ("MILANO
    –"), a place or a word opening a sentence; the body of the noun's kind the document
    named is what the noun points back to.
    """
    if referent is None:
        return None
    found = list(words.anaphor_word.finditer(body, lo, hi))
    found = [m for m in found if m.end() <= row["start"]][::-1] + [
        m for m in found if m.start() >= row["end"]
    ]
    for m in found:
        if name := referent(m.start(), m.group()):
            return _unsuffixed(name, words)
    return None


def _counted(row: dict, money: bool) -> bool:
    """Whether the figure of `row` is a count or a share, not an amount (`money`).

    Why: a count or a share of a company's own things (its staff, its stores, the share of
    its staff on strike) takes the company the document is about; an amount without a
    name is left to alignment, which gives it the owner its other accounts state (measured
    on the benches: owning amounts from the document split a misprinted scale and a
    rounding from the company's figure; owning shares kept a company's strike rate apart
    from the public sector's).
    """
    return not money


def _document_company(body: str, row: dict, words: _Words, referent, nouns) -> str:
    """The company the document is about at the figure of `row`, as `referent` resolves a
    generic "the company" there (the last company named, else a company publishing its own
    release), its company form dropped; "" when it names none or no proper name.

    Why: a company's own count ("l'effectif compte 4 120 collaborateurs", "the workforce
    stands at 2,300") names no owner in its clause when the release or the story
    is about one company; the last name read may be a dateline or a place.
    """
    if referent is None:
        return ""
    for word in words.company:
        name = referent(row["start"], word) or ""
        if name[:1].isupper() and proper(name, body, nouns) and _named_before(body, name, row):
            return _unsuffixed(name, words)
    return ""


def _named_before(body: str, name: str, row: dict) -> bool:
    """Whether the text names `name` before the figure of `row`, not only as a dateline's
    outlet in brackets ("TURIN, March 4 (Tidewell Post) -"): a publisher the copy never
    names is no company the story is about.

    >>> _named_before("PARIS (Norline) - Sales rose to 3", "Norline", {"start": 32})
    False
    >>> _named_before("Norline said sales rose to 3", "Norline", {"start": 27})
    True
    """
    at = body.find(name, 0, row["start"])
    while at >= 0:
        if not body[:at].endswith("("):
            return True
        at = body.find(name, at + 1, row["start"])
    return False


def _unsuffixed(name: str, words: _Words) -> str:
    """`name` with company forms dropped from its end, never its first word ("Quimel SA" →
    "Quimel"), as an owner named in its clause is.

    >>> _unsuffixed("Quimel SA", _vocabulary("fr")), _unsuffixed("Groupe", _vocabulary("fr"))
    ('Quimel', 'Groupe')
    """
    taken = name.split()
    while len(taken) > 1 and taken[-1] in words.suffixes:
        taken.pop()
    return " ".join(taken)


def _giver(body: str, lo: int, start: int, words: _Words) -> str:
    """The country that gives the amount at `start`, the subject of a `gives` verb before it
    in its clause body[lo:start] ("la Norvège a débloqué 2 millions", "Norway pledged $2
    million", "la Norvegia ha stanziato 2 milioni"), by its English name; else "".

    Why a country only: its English name is one owner in every language, where a body's name
    is written differently in each ("Union européenne", "European Union") and would split
    one donor's figures.
    """
    for m in reversed(list(words.gives.finditer(body, lo, start))):
        if country := country_before(body, lo, m.start()):
            return country
    return ""


def _listed_giver(
    body: str, s_start: int, lo: int, start: int, words: _Words, verbs: re.Pattern
) -> str:
    """The country an item of a list of gifts names right before its figure, the giving or
    sending verb (`verbs`) given once before the list: "L'Agence a débloqué 4 millions, la
    Norvège 2 millions et le Canada 1 million", "Greece sent 2 Canadair and Croatia 3"
    (`lo` is the end of the figure before); else "".
    """
    if not verbs.search(body, s_start, lo):
        return ""
    gap = body[lo:start]
    if len(gap) > LISTED_GAP or words.carry_stop.search(gap) or not words.next_item.match(gap):
        return ""
    return country_before(gap, 0, len(gap))


def _scorer(body: str, lo: int, start: int, end: int, hi: int, words: _Words) -> str:
    """The name a share or count of a list of results belongs to: before it with a `scores`
    word ("Rossi con il 52%", "Labour with 34%"; the subject of a result verb before
    them, not its object: "Orvik won the mayoralty of Castelbruno with 52%"), or after it
    with a `scored_for` word ("38.1% for Bianchi", "41 % pour Dupont"); else ""."""
    if m := words.score.search(body, lo, start):
        at = _stripped_end(body, m.start())
        for won in reversed(list(words.won.finditer(body, lo, at))):
            # "Orvik has won the mayoralty of Castelbruno with 52%": the verb's subject
            if name := name_before(body, lo, won.start(), words):
                return name
        if name := _possessed(body, lo, at, name_before(body, lo, at, words), words):
            return name
    if m := words.scored_for.match(body, end, hi):
        return read_name(body, m.end(), hi, words)
    if _set_against(body, lo, start, end, hi, words):
        if m := words.scored_to.match(body, end, hi):  # "contre 37,8 % à Ferro"
            return read_name(body, m.end(), hi, words)
    return ""


def _set_against(body: str, lo: int, start: int, end: int, hi: int, words: _Words) -> bool:
    """Whether the figure at body[start:end] is a result set against another one: an
    `against` word right before it and a `ballots` word in its clause body[lo:hi] ("51,3 %
    des suffrages, contre 37,8 % à Ferro", "128.400 voti contro i 97.100 di Ferro").

    Why: the name after such a result is whose it is; the contrast and the ballots keep
    "le chômage atteint 7,1 %, contre 6,6 % à Lavanne" (a place's rate) out.

    >>> body = "Polli 51,3 % des voix, contre 37,8 % à Ferro."
    >>> _set_against(body, 12, 30, 36, len(body), _vocabulary("fr"))
    True
    """
    return bool(words.against.search(body, lo, start) and words.ballots.search(body, lo, hi))


def _candidate(body: str, lo: int, start: int, end: int, hi: int, words: _Words, last: str) -> str:
    """The candidate or list a result belongs to: a share, or a count of votes or seats (a
    `ballots` word right after it), whose clause body[lo:hi] names it before a `wins` verb
    right before the figure ("Orvik polled 38%", "Dalmas a recueilli 12 400 voix", "la
    lista Orsina ha raccolto il 31%"), or a count of votes or seats a list names right
    before it ("Risultati: Orsina 8.120 voti (31,2%); Orizzonte 6.940 voti"); else "".

    Why: an election's results give each candidate and each list a share and a count; they
    are as many quantities as there are names, and only the name right before each figure
    tells them apart (the clause's own words: a donor or a forecaster further off is not
    read here). The rest of the field ("altre liste 8.120 voti", "other parties took 6%")
    is one owner of its own, by its English gloss (`others`): no named list's votes.

    >>> body = "Sindaco: Orsina Vessi 8.120 voti; Dino Parra 6.940 voti."
    >>> _candidate(body, 0, 22, 27, 32, _vocabulary("it"), "")
    'Orsina Vessi'
    """
    ballots = words.ballots.match(body, end, hi)
    if not _result(body, {"start": start, "end": end}, hi, words):
        return ""
    if m := words.others.search(body, lo, start):  # "altre liste 8.120 voti"
        return words.others_of[_norm(m.group(1))]
    if m := words.wins.search(body, lo, start):
        name = name_before(body, lo, m.start(), words, last)
        return _possessed(body, lo, m.start(), name, words)
    if ballots and (m := _LISTED_NAME.search(body, lo, start)):
        return read_name(body, m.start("name"), m.end("name"), words)
    return ""


_PERCENT = regexcache.compile(r"%|per\s?cent|pour\s+cent", re.I)
# a name right before a figure, opening a clause or an item of a list ("…; Dino Parra 6.940")
_LISTED_NAME = regexcache.compile(
    r"(?:^|[:;,]|\s)\s*(?P<name>(?-i:[^\W\d_a-zà-ÿ])[\w'’.-]*"
    r"(?:\s+(?-i:[^\W\d_a-zà-ÿ])[\w'’.-]*){0,3})\s+$"
)


def _result(body: str, row: dict, hi: int, words: _Words) -> bool:
    """Whether the figure of `row` may be a candidate's or a list's result: a share, or a
    count of votes (a `ballots` word right after it, before `hi`).

    >>> _result("Orvik 8,120 votes", {"start": 6, "end": 11}, 17, _vocabulary("en"))
    True
    """
    return bool(
        words.ballots.match(body, row["end"], hi) or _PERCENT.search(body, row["start"], row["end"])
    )


def _opening_body(body: str, s_start: int, at: int) -> str:
    """The body a sentence opens on as its subject, its name written out before its acronym
    in brackets and a verb ("La Société fluviale de Norvanne (SFN) a engagé ses 3 barges":
    "Société fluviale de Norvanne"), before `at`; else "".

    Why: a body's name with lowercase words in it is no run of capitalised words; its
    acronym after it marks where the name ends.

    >>> _opening_body("La Société fluviale de Norvanne (SFN) a engagé ses 3 barges.", 0, 51)
    'Société fluviale de Norvanne'
    """
    m = _OPENING_BODY.match(body, s_start, at)
    return m.group("name") if m else ""


_OPENING_BODY = regexcache.compile(
    r"\s*(?:(?:La|Le|Les|The|Il|Lo|Gli|I)\s+|L['’])?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[^()\d.;:,]{2,60}?)\s*\((?-i:[A-Z]{2,8})\)\s+(?-i:[a-zà-ÿ])"
)


def _full_name(body: str, name: str, at: int, words: _Words, nouns=None) -> str:
    """The full name a one-word owner stands for, the first one the text wrote before `at`
    ending on it (a person is named in full where first met), one or two capitalised words before it ("Ilaria Senzi" for "Senzi"); else
    `name`. A word that is no name (`_first_name`) opens none.

    Why: a story names a candidate in full once and by surname after; the figures of both
    mentions are one person's, and a list's next item read from its last word alone
    ("… and independent Ilaria Senzi 9%": "Senzi") is the same person too.

    >>> _full_name("Ilaria Senzi led. Later Senzi won 9%.", "Senzi", 30, _vocabulary("en"))
    'Ilaria Senzi'
    """
    for m in _FULL_NAME.finditer(body, 0, at):
        if m.group("last") != name:
            continue
        first = m.group("first").split()
        while first and not _first_name(first[0], body, words, nouns):
            first.pop(0)
        if first:
            return " ".join([*first, name])
    return name


def _first_name(word: str, body: str, words: _Words, nouns) -> bool:
    """Whether `word`, capitalised before a name, may be part of it: not an article, a day
    or a function word, not a possessive ("Italy's Orvik"), not a common noun the
    document writes in lower case or counts (`proper`), nor the head of a word that stands
    for a body ("Carrier Orvik", as "the carrier").

    >>> en = _vocabulary("en")
    >>> _first_name("Carrier", "", en, None), _first_name("L'azienda", "", en, None)
    (False, False)
    >>> _first_name("Ilaria", "", en, None), _first_name("D'Arco", "", en, None)
    (True, True)
    """
    tail = re.split(r"['’]", word)[-1]  # "L'azienda": an article before a common noun
    return not (
        word in words.not_names
        or not tail[:1].isupper()
        or not _referent(word)
        or _POSSESSIVE.search(word)
        or not proper(word, body, nouns)
        or word.lower() in words.anaphor_heads
    )


_POSSESSIVE = regexcache.compile(r"['’]s$")  # "Italy's Veltro": the name is after it
_FULL_NAME = regexcache.compile(
    r"(?<![\w'’])(?P<first>(?:(?-i:[A-ZÀ-Ý])[\w'’-]+\s+){1,2})(?P<last>(?-i:[A-ZÀ-Ý])[\w'’-]+)\b"
)


def _possessed(body: str, lo: int, at: int, name: str, words: _Words) -> str:
    """The subject of body[lo:at] that `name` read before its verb stands for: the name
    `name` owns by a possessive, when it owns one ("Orvik's Civic Union list came first
    with 31%" is Civic Union's result, not Orvik's), else `name` itself; "" when the
    possessed subject is no name ("Orvik's list"). With no `name` read, the name any
    possessive of the clause owns.

    >>> _possessed("Orvik's Civic Union list came first with", 0, 35, "Orvik", _vocabulary("en"))
    'Civic Union'
    """
    owns = regexcache.compile(rf"{re.escape(name)}['’]s\s+") if name else _OWNS
    m = owns.search(body, lo, at)
    return read_name(body, m.end(), at, words) if m else name


_OWNS = regexcache.compile(r"(?<=\w)['’]s\s+")  # "Orvik's Civic Union list came first"


def _stripped_end(body: str, pos: int) -> int:
    """`len(body[:pos].rstrip(" ,"))`, read backwards from `pos` without copying the
    document up to it.

    >>> _stripped_end("Rossi , con", 7), _stripped_end(" ,", 2)
    (5, 0)
    """
    while pos > 0 and body[pos - 1] in " ,":
        pos -= 1
    return pos


def _cost_named(body: str, lo: int, hi: int, words: _Words) -> bool:
    """Whether a cost noun stands in the clause body[lo:hi] or after it in its sentence, past
    the same amount in another currency: "a chiffré à 13 millions de livres (15,3 millions
    d'euros) le coût du mouvement"."""
    stop = body.find(". ", hi)
    reach = min(len(body), hi + COST_REACH, stop if stop >= 0 else len(body))
    return bool(words.costs.search(body, lo, max(hi, reach)))


def _owned_noun(body: str, row: dict, lo: int, hi: int, owned: re.Pattern) -> bool:
    """Whether the figure counts or measures something a company has (`owned`: revenue,
    sales, employees, shares…), named before it in its clause or right after it ("the fine
    equaled 2% of annual revenue", "i ricavi sono saliti a 3 miliardi")."""
    return bool(
        owned.search(body, lo, row["start"])
        or owned.search(body, row["end"], min(hi, row["end"] + OWNED_AFTER))
    )


def _last_named(
    body: str, latest_first: Sequence, words: _Words, nouns, makers: bool = True
) -> str:
    """The name the last of the sentences `latest_first` (latest first) that leaves one
    (`_named`; `makers`: whether the text names a maker at all) leaves for a later "the
    company"; "" when none does.

    Why: only the latest name counts, so the sentences before it are never read; nor are
    any when the figure's own sentence opens on its subject (the caller's shortcut).
    """
    for sentence in latest_first:
        if name := _named(body, _bounds(sentence), words, nouns, makers):
            return name
    return ""


def _named(body: str, bounds: tuple[int, int], words: _Words, nouns, makers: bool = True) -> str:
    """The name a sentence without figures leaves for a later "the company": the maker of a
    product it names ("… un stracchino prodotto dalla Latteria Monteluce"; `makers`: whether
    the text names one at all), else the name opening it ("Nortavia ha annunciato ricorso.
    … il gruppo impiega 850"); else ""."""
    start, end = bounds
    for m in reversed(list(words.maker.finditer(body, start, end))) if makers else ():
        if proper(name := read_name(body, m.end(), end, words), body, nouns):
            return name
    opening = read_name(body, start, end, words)
    return opening if proper(opening, body, nouns) and _referent(opening) else ""


def _referent(name: str) -> bool:
    """Whether the name opening a sentence may be what a later "the company" stands for:
    not a single word that never names anyone (alignment's function words: "Pour
    restaurer…", "Sono 420 gli esuberi", "More than…"), which only its capital made a name.

    >>> _referent("Sono"), _referent("Pour"), _referent("Veltro"), _referent("Sono Motors")
    (False, False, True, True)
    """
    return " " in name or name.lower() not in _function_words()


@cache
def _function_words() -> frozenset[str]:
    from sourcecheck.align.anchors import function_words  # alignment's list: no name

    return function_words()


def _subject(
    body: str, start: int, at: int, words: _Words, nouns: Callable[[str], bool] | None
) -> str:
    """The name opening a sentence as its subject, a verb after it ("Le SNCA a suspendu…";
    not a dateline, "PARIS (ACP) –"), or "". A single word must be an acronym or named
    before: "Ministers offered…" opens with a common noun."""
    name = read_name(body, start, at, words)
    if not proper(name, body, nouns) or not _referent(name):
        return ""
    m = _FOLLOWED.match(body, body.find(name, start) + len(name))
    if not m or not (" " in name or name.isupper() or body.find(name) < start):
        return ""
    return name


_FOLLOWED = regexcache.compile(r" (?-i:[a-zà-ÿ])")


def _agent(body: str, end: int, hi: int, words: _Words, last: str) -> str:
    """The agent of a passive after a figure: "400 réclamés par le syndicat", "the 12
    flights cancelled by Aviora", "i 40 milioni pagati da Veltro"; else ""."""
    m = words.agent.match(body, end, hi)
    if not m:
        return ""
    if last and words.anaphor_at.match(body, m.end(), hi):
        return last
    return read_name(body, m.end(), hi, words)


def _paid_after(body: str, end: int, hi: int, words: _Words) -> str:
    """The name a relative clause right after an amount gives it to, by a `took` verb: "the
    €390 million that Tallis Retail was ordered to pay", "les 390 millions que Tallis a
    payés", "i 390 milioni che Tallis ha pagato"; else ""."""
    m = words.relative_after.match(body, end, hi)
    if not m:
        return ""
    name = read_name(body, m.end(), hi, words)
    if not name:
        return ""
    reach = body[m.end() : min(hi, m.end() + len(name) + PAID_REACH)]
    return name if words.took.search(reach, len(name)) else ""


def _sector(
    body: str, lo: int, hi: int, words: _Words, *, money: bool, start: int, end: int
) -> str:
    """The sector a figure belongs to. An amount: the sector word nearest before it in its
    clause ("les pertes des viticulteurs à 60 millions"), else one right after it ("40
    milioni all'agricoltura"); not one further on ("…, an estimate that leaves out farm
    losses"), nor one among others ("notamment à l'agriculture"). A count: a sector its
    counted noun names ("1,200 farms", "2 500 hectares de vignes")."""
    if not money:
        m = words.counted_sector.match(body, end, hi)
        return words.sector_of[_norm(m.group(1))] if m else ""
    found = [m for m in words.sector.finditer(body, lo, start)][::-1]
    found += [m for m in words.sector.finditer(body, end, min(hi, end + SECTOR_AFTER))]
    for m in found:
        if words.not_sole.search(body, max(lo, m.start() - NOT_SOLE_REACH), m.start()):
            continue
        if _LISTED_BEFORE.search(body, lo, m.start()) or words.conj_after.match(body, m.end()):
            continue  # one of a list: "losses to olive groves, vineyards and beehives"
        return words.sector_of[_norm(m.group())]
    return ""


_LISTED_BEFORE = regexcache.compile(r",\s*$")


def _bounds(sentence) -> tuple[int, int]:
    return (sentence.start, sentence.end) if hasattr(sentence, "start") else tuple(sentence)


_vocabulary = vocabulary  # the name the doctests of names.py use


__all__ = ["frame_owners", "owner"]
