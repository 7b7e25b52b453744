"""Speed shortcuts of extraction give what the slow path gives (issue 15).

Each shortcut is a cheap test in front of an expensive one (a reversed `match` before a
`search` that tries every offset, a cache before a recomputation); these tests build new
sentences of each shape and check the shortcut never rejects what the expensive path finds.
"""

from __future__ import annotations

import itertools

import pytest

from sourcecheck.align import anchors

LINKS = [*anchors.LINKS_BEFORE, "d’"]
QUALIFIERS = ["", *anchors.QUALIFIERS_BEFORE, "jusqu’à"]


@pytest.mark.parametrize(("link", "qualifier"), list(itertools.product(LINKS, QUALIFIERS)))
def test_reversed_link_keeps_every_link_before(link: str, qualifier: str) -> None:
    for case in (str.lower, str.upper):
        before = case(f"they paid a heavy fine {link} {qualifier} ".replace("  ", " "))
        assert anchors._LINK_BEFORE.search(before), before
        assert anchors._LINK_BEFORE_REVERSED.match(before[::-1]), before


def test_reversed_link_rejects_windows_without_a_link() -> None:
    for before in ("the company said it had ", "Le chiffre atteint ", "sono stati "):
        assert not anchors._LINK_BEFORE_REVERSED.match(before[::-1])
        assert not anchors._LINK_BEFORE.search(before)


def test_anchor_before_the_figure() -> None:
    assert anchors.anchor_at("Il versa une rançon de 40 000 euros.", 23, 29, "fr") == "rançon"
    assert anchors.anchor_at("The hospital counted 40 beds.", 21, 23, "en") == ""


OF_WINDOWS = [
    "les autorités sanitaires de ", "la commune de ", "le conseil départemental du ",
    "la direction de l'", "l'office d’", "the town of ", "officials of the ", "THE CITY OF ",
    "il sindaco di ", "la provincia dell'", "i vigili del ", "gli uffici degli ",
    "a dit ", "has said ", "ha detto ", "selon ", "according to ", "la ", "",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en", "it", None])
@pytest.mark.parametrize("window", OF_WINDOWS)
def test_ends_with_of_keeps_every_qualifier(lang, window: str) -> None:
    from sourcecheck.frames.attribution import ends_with_of, vocabulary

    v = vocabulary(lang)
    text = window + "Brenbridge"
    pos = len(window)
    if not ends_with_of(v, text, max(0, pos - 40), pos):
        assert not v.place_of.search(text, max(0, pos - 40), pos)
        assert not v.qualified_word.search(text, max(0, pos - 40), pos)


BEFORE_DAYS = [
    "les manifestations qui ont eu lieu depuis le ", "les pluies tombées depuis ",
    "à partir du ", "depuis qu'une crue a frappé la ville ", "the closures in place since ",
    "starting on ", "since the storm hit the coast on ", "dal ", "a partire dalla ",
    "da quando il fiume è esondato ", "le bilan de ", "the toll of ", "il bilancio di ",
    "les inondations qui ont frappé la région ", "the floods that hit the valley ",
    "gli incendi che hanno colpito l'isola ", "la crue de\n", "a dit ", "selon la préfecture, ",
    "the police said on ", "", "l'alluvione del ",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en", "it", None])
@pytest.mark.parametrize("before", BEFORE_DAYS)
def test_reversed_day_context_agrees_with_its_search(lang, before: str) -> None:
    from sourcecheck.extract import dates

    text = "Un texte. " + before + "mardi"
    hi = len(text) - len("mardi")
    lo = max(0, hi - 90)
    found = dates._of_noun(lang).search(text, lo, hi) is not None
    assert dates._of_noun_before(text, lo, hi, lang) == found
    window = text[max(0, hi - 80) : hi]
    assert dates._since(window) == (dates._SINCE.search(window) is not None)


@pytest.mark.parametrize(("link", "qualifier"), list(itertools.product(LINKS, QUALIFIERS)))
def test_link_before_starts_within_its_last_words(link: str, qualifier: str) -> None:
    for head in ("", "the regional authority imposed a very heavy ", "a-b c'd e-f g h i j k l "):
        before = f"{head}fine {link} {qualifier} ".replace("  ", " ")
        lo = anchors._last_words_at(before, anchors.LINK_BEFORE_WORDS)
        whole, bounded = (
            anchors._LINK_BEFORE.search(before),
            anchors._LINK_BEFORE.search(before, lo),
        )
        assert (whole and whole.groupdict()) == (bounded and bounded.groupdict()), before
