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
