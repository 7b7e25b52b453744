"""A vocabulary's alternation factored as a trie (`regexcache.factored`) finds the same text,
in the same order, as the plain alternation it stands for: in any case, after any prefix, with
backtracking into it from what follows, at any start and end of the scanned span."""

from __future__ import annotations

import random
import re

import pytest

from sourcecheck import cachedir, regexcache
from sourcecheck.extract.framedata import alternation as frame_alternation
from sourcecheck.frames.attribution import alternation as attribution_alternation

# Words of the shapes vocabularies hold: prefixes of one another, several words, apostrophes
# of both kinds, case variants, hyphens and dots; none taken from a story.
WORDS = [
    "de", "de la", "de l'", "des", "du", "d'après", "D'après", "dé", "Dé", "della", "dell’",
    "selon", "Selon", "selon le", "selon les", "sel", "a", "à", "a dit", "a-t-il", "a.m.",
    "the", "The", "the town of", "town", "towns", "to", "said", "Said", "says", "sa",
    "l'agence", "l’agenzia", "la", "La", "le", "les", "lo", "S.p.A.", "x", "X",
]  # fmt: skip
TEXTS = [
    "Selon la préfecture, de la pluie ; D'après l’agenzia, the Town of Ashby said 3. "
    "Dé de  la des dell’ agenzia S.p.A. a-t-il a.m. a dit à x X The towns say sa",
    "selon les  autorités, SELON LE maire, de l'agence, the town of  Belport says so",
]


def _flat_and_ours(words: list[str], build) -> tuple[str, str]:
    ours = build(words)
    with pytest.MonkeyPatch.context() as mp:  # the plain alternation: no trie
        mp.setattr(regexcache, "factored", lambda flat, phrases: flat)
        flat = build(words)
    return flat, ours


def _matches(pattern: str, flags: int, text: str) -> list:
    p = re.compile(pattern, flags)
    out = [m.span() for m in p.finditer(text)]
    for lo in range(0, len(text), 7):  # spans cut anywhere: pos and endpos
        hi = min(len(text), lo + 23)
        out += [(lo, hi, m.span()) for m in p.finditer(text, lo, hi)]
    return out


@pytest.mark.parametrize("build", [frame_alternation, attribution_alternation])
@pytest.mark.parametrize("seed", range(12))
def test_the_trie_matches_what_the_alternation_matches(build, seed, monkeypatch) -> None:
    monkeypatch.setattr(cachedir, "entry", lambda kind, key: None)  # built here, not read
    rng = random.Random(seed)
    words = rng.sample(WORDS, rng.randint(2, len(WORDS)))
    flat, ours = _flat_and_ours(words, build)
    for text in TEXTS:
        for flags in (0, re.I):
            for shape in (
                "(?:{})",
                r"(?<![\w'’])(?:{})\b",
                r"(?:{})\s+\w+",  # backtracking into the alternation from what follows
                r"(?:{})(?:\s+la)?\s*$",
                r"(?:{}).{{0,3}}?said",
            ):
                assert _matches(shape.format(ours), flags, text) == _matches(
                    shape.format(flat), flags, text
                ), (words, shape, flags)


def test_a_vocabulary_becomes_a_trie(monkeypatch) -> None:
    monkeypatch.setattr(cachedir, "entry", lambda kind, key: None)
    assert frame_alternation(["comune di", "comune", "città"]) == r"c(?:omune(?:\s+di)?|ittà)"
    # siblings that one character may match in either case keep their order, unfactored
    assert frame_alternation(["Dé", "de", "du"]) == "(?:Dé|de|du)"


def test_a_shorter_word_tried_first_keeps_the_plain_alternation() -> None:
    flat = "comune|comune di"
    assert regexcache._trie(flat, [list("comune"), list("comune di")]) == flat


def test_units_that_do_not_make_the_alternation_keep_it() -> None:
    assert regexcache._trie("a|b", [["a"], ["c"]]) == "a|b"


def test_a_trie_is_read_back_from_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCECHECK_CACHE", str(tmp_path))
    built = []

    def phrases():
        built.append(1)
        return [list("ab"), list("ac")]

    assert regexcache.factored("ab|ac", phrases) == "a(?:b|c)"
    assert regexcache.factored("ab|ac", phrases) == "a(?:b|c)"
    assert built == [1]
