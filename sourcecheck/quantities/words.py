"""Numbers written in words: "vingt-deux", "one hundred and six", "duemilacinquecento",
"une douzaine", "a dozen", "un centinaio".

Why
---
Wire copy spells small numbers and round figures out ("trois millions", "a dozen countries").
text2num reads spelled-out numbers well but is built for whole transcripts; here the master
regex only hands it candidate runs whose every word is a number word of the language
(checked against the atoms below, so "neuf" in "flambant neuf" still reads 9 but "treno"
never reaches text2num), and each run's reading is cached.

Approximate nouns ("une douzaine", "a dozen", "une centaine", "un migliaio") read as *about*
the number (DESIGN §5: "une douzaine" → about 12). "Un", "une", "a", "uno", "una" alone are
articles, not the number one; they count only in front of another number word
("un million", "a dozen", "un milione e mezzo").

Example
-------
>>> is_number_word("duemilacinquecento", "it")
True
>>> is_number_word("treno", "it")
False
>>> read_words("quatre-vingt-dix-neuf", "fr")
99
"""

from __future__ import annotations

from functools import lru_cache

ATOMS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
        "quinze seize vingt vingts trente quarante cinquante soixante septante huitante octante "
        "nonante cent cents mille million millions milliard milliards billion billions".split()
    ),
    "en": frozenset(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand million millions billion billions trillion".split()
    ),
    "it": frozenset(
        "zero un uno una due tre tré quattro cinque sei sette otto nove dieci undici dodici "
        "tredici quattordici quindici sedici diciassette diciotto diciannove venti vent trenta "
        "trent quaranta quarant cinquanta cinquant sessanta sessant settanta settant ottanta "
        "ottant novanta novant cento cent mille mila milione milioni miliardo miliardi "
        "bilione bilioni".split()
    ),
}

# Words that are never a number on their own (articles) but lead one: "un million".
ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"un", "une"}),
    "en": frozenset({"a", "an"}),
    "it": frozenset({"un", "uno", "una", "un'"}),
}

JOINERS: dict[str, frozenset[str]] = {
    "fr": frozenset({"et"}),
    "en": frozenset({"and"}),
    "it": frozenset({"e"}),
}

# Approximate nouns: "une douzaine" → about 12.
APPROX: dict[str, dict[str, int]] = {
    "fr": {
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
        "millier": 1000,
    },
    "en": {"dozen": 12},
    "it": {
        "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
        "quarantina": 40, "cinquantina": 50, "sessantina": 60, "centinaio": 100,
        "migliaio": 1000,
    },
}  # fmt: skip

LANGS = ("fr", "en", "it")


# Number words of one language that are common other words in another ("due to", "Sept.",
# "tu sei", "a cent"): with an unknown language they do not start a run.
FALSE_FRIENDS = frozenset({"due", "sei", "sept", "cent", "cents", "nove", "tre"})


def trigger_words(lang: str | None) -> list[str]:
    """The words a candidate run may start with (articles excluded)."""
    langs = (lang,) if lang in LANGS else LANGS
    words: set[str] = set()
    for lg in langs:
        words |= ATOMS[lg] - ARTICLES[lg]
        words |= set(APPROX[lg])
    if lang not in LANGS:
        words -= FALSE_FRIENDS
    return sorted(words)


@lru_cache(maxsize=16384)
def is_number_word(word: str, lang: str | None) -> bool:
    """True when every hyphen-separated piece of `word` is made of number atoms of `lang`."""
    word = word.lower()
    langs = (lang,) if lang in LANGS else LANGS
    return any(all(_splits(p, lg) for p in word.split("-") if p) for lg in langs)


@lru_cache(maxsize=16384)
def _splits(piece: str, lang: str) -> bool:
    """True when `piece` is a concatenation of atoms ("duemilacinquecento")."""
    if not piece or len(piece) > 60:
        return False
    atoms = ATOMS[lang]
    ok = [True] + [False] * len(piece)
    for end in range(1, len(piece) + 1):
        for start in range(max(0, end - 13), end):
            if ok[start] and piece[start:end] in atoms:
                ok[end] = True
                break
    return ok[-1]


def approx_value(word: str, lang: str | None) -> int | None:
    """The number an approximate noun stands for ("douzaine" → 12), singular forms only."""
    word = word.lower()
    langs = (lang,) if lang in LANGS else LANGS
    for lg in langs:
        if word in APPROX[lg]:
            return APPROX[lg][word]
    return None


@lru_cache(maxsize=16384)
def read_words(words: str, lang: str | None) -> int | None:
    """text2num's reading of a run of number words, or None when it is not one number."""
    from text_to_num import text2num

    langs = (lang,) if lang in LANGS else LANGS
    for lg in langs:
        try:
            return int(text2num(words.lower(), lg))
        except ValueError:
            continue
    return None
