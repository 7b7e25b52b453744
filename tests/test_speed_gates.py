"""The shortcuts extraction takes for speed hold only while the patterns keep a shape: these
tests fail when a pattern changes so that a shortcut would change what is extracted."""

import re
from re import _constants as C
from re import _parser as P

import pytest

from sourcecheck.extract import places
from sourcecheck.frames.owner_words import vocabulary


def _assertions(items) -> list:
    """The assertions and anchors (`\\b`, `$`, lookarounds) anywhere in parsed `items`."""
    found = []
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            found.append(op)
        if op is C.SUBPATTERN:
            found += _assertions(av[3])
        elif op is C.BRANCH:
            for branch in av[1]:
                found += _assertions(branch)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            found += _assertions(av[2])
        elif op is C.ATOMIC_GROUP:
            found += _assertions(av)
    return found


@pytest.mark.parametrize("lang", [None, "en", "fr", "it"])
@pytest.mark.parametrize("name", ["anaphor_start", "maker"])
def test_document_gates_assert_nothing_past_their_lookbehind(lang, name):
    # frame_owners searches a whole document once with these and skips every clause's
    # search when it finds none: exact only when nothing after the opening lookbehind
    # depends on where the text ends
    pattern = getattr(vocabulary(lang), name)
    items = list(P.parse(pattern.pattern, pattern.flags))
    assert items[0][0] is C.ASSERT_NOT and items[0][1][0] < 0  # the opening lookbehind
    assert _assertions(items[1:]) == []


@pytest.mark.parametrize("lang", [None, "en", "fr", "it"])
def test_anaphor_start_is_anaphor_word_without_its_end(lang):
    words = vocabulary(lang)
    assert words.anaphor_word.pattern == words.anaphor_start.pattern + r"(?![\w'’])"


def test_unknown_place_leads_end_on_a_space():
    # `_unknown_place` tries no capitalised word that follows no space: every lead ends so
    leads = [*places._UNKNOWN_LEAD.values(), places._AREA_LEAD]
    assert all(p.pattern.endswith(r"\s+)$") for p in leads)


def _literals(items) -> list[str]:
    """The literal strings every branch of parsed `items` (a branch of literals) spells."""
    (op, av), *rest = items
    if op is C.SUBPATTERN:
        return _literals(list(av[3]) + rest)
    if op is C.BRANCH:
        return [w for branch in av[1] for w in _literals(list(branch) + rest)]
    if op is C.LITERAL:
        return [chr(av) + w for w in _literals(rest)] if rest else [chr(av)]
    return [""]


def test_numeric_dates_hold_a_century():
    # find_dates skips `_NUMERIC` in a sentence without "19" or "20" (`_centuries`): each
    # of its branches holds one of them as written
    from sourcecheck.extract import dates

    for branch in P.parse(dates._NUMERIC.pattern)[0][1][1]:
        text = str(list(branch))
        assert "(LITERAL, 49), (LITERAL, 57)" in text and "(LITERAL, 50), (LITERAL, 48)" in text
    assert not dates._centuries("le 14/11/3024", 0, 13)
    assert dates._centuries("le 14/11/2024", 0, 13)
    assert dates.find_dates("Le 14.11.2024, 12 blessés.", "2024-11-20", 0, 26, [])


def test_dash_gate_holds_every_dash_of_the_close():
    # `_main_clause_day` looks for a closing dash only where `_dashed` finds one
    from sourcecheck.extract import context

    dashes = P.parse(context._DASH_CLOSE.pattern)[1][1]
    assert {chr(c) for op, c in dashes if op is C.LITERAL} == set("–—-")
    assert not context._dashed("Les blessés, 12 selon la mairie, ont été transportés", 0)
    assert context._dashed("Les blessés – 12 selon la mairie – ont été transportés", 13)


def test_of_link_ends_every_of_before():
    # `_of_a_generic` searches `_OF_BEFORE` only when `_OF_LINK` finds its linking word at
    # the end of the stripped text: the two list the same words ("de la" by its "la")
    from sourcecheck.extract import sources

    before = sources._OF_BEFORE.pattern
    links = before[before.rindex("(?i:") + 4 : before.rindex(r")\s*$")].split("|")
    link = sources._OF_LINK.pattern
    assert link == "(?i:" + "|".join(w.replace(r"de\s+la", "la") for w in links) + ")$"
    assert max(len(w) for w in _literals(P.parse(link)[:1])) <= sources.LINK_CHARS
    s = sources.load_sources()
    assert s._of_a_generic("l'Ufficio provinciale della   \n protezione civile", 32)
    assert not s._of_a_generic("secondo Wexley, la protezione civile", 19)


@pytest.mark.parametrize("lang", [None, "en", "fr", "it"])
def test_times_told_cores_stand_in_their_patterns(lang):
    # `_sentence_claims` asks `stated_year` and `stated_month` only when `times_told` finds
    # in the sentence what every match of their patterns spells: a year in figures or a
    # relative year; a month's name after a space or an apostrophe (its `mprep` ends on one)
    from sourcecheck.extract import when

    relative, month, quarter = when._told(lang)
    spelled = when.alternation(when._year_offsets(lang))
    assert when.YEAR_DIGITS == r"(?:19|20)\d\d"  # looked for as the text "19", "20"
    assert relative.pattern == spelled.lower()
    for pattern in [*when._year_patterns(lang), when._year_just_before(lang)]:
        assert f"(?P<year>{when.YEAR_DIGITS})" in pattern.pattern
        assert f"(?P<rel>{spelled})" in pattern.pattern
    assert f"(?P<year>{when.YEAR_DIGITS})" in when._year_in(lang).pattern
    assert month.pattern == rf"[\s'’](?:{when._MONTH_NAMES})".lower()
    for pattern in when._month_patterns(lang):
        assert rf"(?:\s+|(?<=['’]))(?P<month>{when._MONTH_NAMES})" in pattern.pattern
    quarters = when.alternation(when._quarters(lang))
    assert quarter.pattern == quarters.lower()
    for pattern in when._quarter_patterns(lang):
        assert f"(?P<quarter>{quarters})" in pattern.pattern
    for pattern in (relative, month, quarter):  # lower case changed no escape (\S, \W, \D)
        assert not re.search(r"\\[A-Z]", pattern.pattern)
        assert pattern.flags & re.IGNORECASE == 0


def test_times_told_folds_apart_every_letter_lower_reads_otherwise():
    # a sentence is read in lower case with case-sensitive patterns, which equals the
    # patterns' IGNORECASE unless it holds a letter the two read apart (`_FOLDS_APART`)
    from sourcecheck.extract import when

    letters = sorted(
        {c for lang in (None, "en", "fr", "it") for p in when._told(lang) for c in p.pattern}
        - set("\\")
    )
    ignoring = {x: re.compile(re.escape(x), re.IGNORECASE) for x in letters}
    apart = [
        c
        for c in map(chr, range(0x10000))
        if {x for x in letters if ignoring[x].fullmatch(c)}
        != {x for x in letters if c.lower() == x}
    ]
    assert apart == [c for c in map(chr, range(0x10000)) if when._FOLDS_APART.match(c)]


def test_times_told_names_the_kinds_a_sentence_holds():
    from types import SimpleNamespace as Q

    from sourcecheck.extract import when

    body = "Le chiffre d'affaires de Quorvalt a reculé de 4 % l'an dernier, à 31 millions."
    q = Q(start=46, end=49)
    assert when.stated_year(q, [(46, 49), (68, 79)], body, 0, len(body), "fr", "2031-03-02")
    assert when.times_told(body, 0, len(body), "fr") == {"year"}
    body = "Quorvalt a vendu 4 120 véhicules en AOÛT, contre 3 900 en 2029."
    assert when.times_told(body, 0, len(body), "fr") == {"month", "year"}
    body = "Quorvalt a vendu 4 130 véhicules dans ses magasins, selon la direction."
    assert when.times_told(body, 0, len(body), "fr") == frozenset()
    assert when.times_told("Quorvalt: 4 120 \u0130", 0, 20, "fr") == {"month", "year", "quarter"}
    body = "Quorvalt a vendu 4 130 véhicules au TROISIÈME trimestre, selon la direction."
    assert when.times_told(body, 0, len(body), "fr") == {"quarter"}
    q = Q(start=17, end=22)
    assert when.stated_quarter(q, [(17, 22)], body, 0, len(body), "fr", "2031-11-02") == "2031-09"
    body = "Quorvalt a vendu 4 130 véhicules au troisième semestre, selon la direction."
    assert when.times_told(body, 0, len(body), "fr") == frozenset()


def test_refers_to_gives_no_day_without_a_usable_date():
    # `refers_to` returns at once when its sentence holds no usable date: every day it
    # returns is one of them ("depuis lundi" opens a period: none)
    from types import SimpleNamespace as Q

    from sourcecheck.extract import context
    from sourcecheck.extract.dates import find_dates

    body = "Depuis lundi, 40 personnes ont été évacuées à Quorvalt."
    dates = find_dates(body, "2031-03-05")
    assert dates and all(d.since for d in dates)
    assert context.refers_to(Q(start=14, end=16), dates, [(14, 16)], body, "fr") == ""
    body = "Mardi, 40 personnes ont été évacuées à Quorvalt."
    q = Q(start=7, end=9)
    assert context.refers_to(q, find_dates(body, "2031-03-05"), [(7, 9)], body, "fr")


def test_elided_words_are_matched_only_with_an_apostrophe():
    # `names.read_name` and `things._tokens` try their elision pattern only on a word that
    # holds an apostrophe: every match of it holds one, outside any alternative
    from sourcecheck.extract import things
    from sourcecheck.frames import names

    apostrophes = (C.IN, [(C.LITERAL, ord("'")), (C.LITERAL, ord("’"))])
    for pattern in (names._ELIDED, things._ELIDED):
        assert apostrophes in list(P.parse(pattern.pattern)), pattern.pattern
    words = vocabulary("it")
    assert names.read_name("Secondo L’Orvanta Lumera, 40", 8, 28, words) == "Orvanta Lumera"
    assert names.read_name("Secondo Orvanta Lumera, 40", 8, 26, words) == "Orvanta Lumera"


def test_makers_of_each_document_in_turn():
    # one search of a document tells whether any of its sentences names a maker
    # (`names_maker`, kept for the last document asked): a document after another is
    # searched again, and a sentence of one that names a maker still reads it
    from sourcecheck.extract.attribution import _makers

    made = "A cheese made by Tarrow Creamery was recalled."
    plain = "Tarrow Creamery recalled 40 tonnes."
    assert _makers(made, 0, len(made), "en") == [(17, 32, "Tarrow Creamery", "company")]
    assert _makers(plain, 0, len(plain), "en") == []
    assert not vocabulary("en").names_maker(plain)
    assert _makers(made, 0, len(made), "en") == [(17, 32, "Tarrow Creamery", "company")]
    assert vocabulary("en").names_maker(made)
