"""The shortcuts extraction takes for speed hold only while the patterns keep a shape: these
tests fail when a pattern changes so that a shortcut would change what is extracted."""

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
