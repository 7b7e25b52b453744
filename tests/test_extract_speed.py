"""Speed shortcuts of extraction give what the slow path gives (issue 15).

Each shortcut is a cheap test in front of an expensive one (a reversed `match` before a
`search` that tries every offset, a cache before a recomputation); these tests build new
sentences of each shape and check the shortcut never rejects what the expensive path finds.
"""

from __future__ import annotations

import itertools

import pytest

from sourcecheck.align import anchors

LINKS = ["de", "d'", "d’", "di", "da", "of", "à", "a", "worth", "at", "pari a", "par", "per", ":"]
QUALIFIERS = ["", "circa", "environ", "about", "around", "some", "oltre", "plus de", "more than",
              "près de", "quasi", "almost", "nearly", "up to", "jusqu'à", "jusqu’à", "fino a"]  # fmt: skip


@pytest.mark.parametrize(("link", "qualifier"), itertools.product(LINKS, QUALIFIERS))
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
