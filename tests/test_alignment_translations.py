"""Two words for one thing: a noun no lexicon knows that two documents give the same two
figures as another noun is that noun (one figure, when it is an amount or a measure). The
sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims, same  # noqa: E402


def _rows(*figures: tuple[int, str, str, str]) -> list[dict]:
    """(document, noun, language, text) → a claim row of that document."""
    return [
        {"doc": f"d{d}.md", "claim_id": f"d{d}.md#{i}", "thing": noun, "lang": lang,
         "text": text, "value": float(text.replace(".", "").replace(",", "").split()[0]),
         "quote": f"Il museo ha contato {text}." if lang == "it" else f"The museum had {text}."}
        for i, (d, noun, lang, text) in enumerate(figures)
    ]  # fmt: skip


def test_two_figures_shared_across_documents_make_two_words_one_noun() -> None:
    table = claims(
        *_rows(
            (0, "ingressi", "it", "3.400 ingressi"),
            (2, "ingressi", "it", "4.100 ingressi"),
            (1, "admissions", "en", "3,400 admissions"),
            (3, "admissions", "en", "4,100 admissions"),
        )
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[2] and subjects[1] == subjects[3]
    assert "elsewhere" in " ".join(table["subject_evidence"])


@pytest.mark.parametrize(
    "figures",
    [
        # one shared figure only, in one language: another word, not a translation
        ((0, "ingressi", "it", "3.400 ingressi"), (1, "accessi", "it", "3.400 accessi"),
         (2, "ingressi", "it", "4.100 ingressi"), (3, "accessi", "it", "5.200 accessi")),
        # one shared count across languages, too small to tell
        ((0, "ingressi", "it", "34 ingressi"), (1, "admissions", "en", "34 admissions"),
         (2, "ingressi", "it", "41 ingressi"), (3, "admissions", "en", "52 admissions")),
        # a document that uses both words tells them apart
        ((0, "ingressi", "it", "3.400 ingressi"), (0, "ingressi", "it", "4.100 ingressi"),
         (0, "biglietti", "it", "900 biglietti"), (1, "biglietti", "it", "3.400 biglietti"),
         (1, "biglietti", "it", "4.100 biglietti")),
        # two nouns the lexicon knows are two concepts whatever their figures
        ((0, "morti", "it", "14 morti"), (0, "morti", "it", "22 morti"),
         (1, "feriti", "it", "14 feriti"), (1, "feriti", "it", "22 feriti")),
        # small counts recur by chance
        ((0, "ingressi", "it", "3 ingressi"), (2, "ingressi", "it", "4 ingressi"),
         (1, "admissions", "en", "3 admissions"), (3, "admissions", "en", "4 admissions")),
    ],
)  # fmt: skip
def test_two_words_stay_two_nouns_without_two_shared_figures(figures) -> None:
    table = claims(*_rows(*figures))
    first = table["thing"].iloc[0]
    other = table[table["thing"].ne(first)]
    mine = table[table["thing"].eq(first)]
    assert not set(mine["subject"]) & set(other["subject"])


def test_one_large_count_in_two_languages_makes_two_unknown_words_one_noun() -> None:
    # "La cooperativa impiega 1.340 stagionali" / "the cooperative's 1,340 seasonal workers",
    # and the next season "1.410 stagionali" / "1,480 seasonal workers": one word translated
    told = [("stagionali", "it", "1.340", "1.410"), ("seasonal workers", "en", "1,340", "1,480")]
    rows = [(d, w, la, f"{f} {w}") for d, (w, la, *fs) in enumerate(told) for f in fs]
    table = claims(*_rows(*rows))
    nouns = {s.split("|")[0] for s in table["subject"]}
    assert len(nouns) == 1
    assert "elsewhere" in " ".join(table["subject_evidence"])


def _measured(*figures: tuple[int, str, str, str, str]) -> list[dict]:
    """(document, noun, language, text, unit or currency) → a claim row of a measure."""
    return [
        {**row, "unit": unit, "currency": "", "value": float(row["text"].split()[0])}
        if unit != "EUR"
        else {**row, "currency": "EUR", "value": float(row["text"].split()[0]) * 1e6}
        for row, (*_, unit) in zip(_rows(*(f[:4] for f in figures)), figures, strict=True)
    ]


@pytest.mark.parametrize(
    "figures",
    [
        # a volume told in two languages, with two words no lexicon knows
        ((0, "ghiaia", "it", "35 milioni di metri cubi di ghiaia", "meter ** 3"),
         (1, "gravel", "en", "35 million cubic metres of gravel", "meter ** 3")),
        # an amount: the same sum of money, words the lexicon lacks in both languages
        ((0, "pedaggi", "it", "420 milioni di pedaggi", "EUR"),
         (1, "tolls", "en", "420 million euros of tolls", "EUR")),
    ],
)  # fmt: skip
def test_one_amount_or_measure_shared_makes_two_words_one_noun(figures) -> None:
    table = claims(*_measured(*figures))
    assert same(table)
    assert "elsewhere" in " ".join(table["subject_evidence"])


def test_one_shared_share_or_count_leaves_two_words_apart() -> None:
    # a share, a count and a duration recur by chance: one of them is no translation (each
    # word is given another figure elsewhere, so neither is a word only one document uses)
    for unit in ("percent", "", "day"):
        table = claims(
            *_measured(
                (0, "riempimento", "it", "34 riempimento", unit),
                (1, "admissions", "en", "34 admissions", unit),
                (2, "riempimento", "it", "51 riempimento", unit),
                (3, "admissions", "en", "47 admissions", unit),
            )
        )
        subjects = table["subject"].tolist()
        assert subjects[0] != subjects[1], unit


def test_one_count_of_what_an_owner_has_shared_makes_two_words_one_noun() -> None:
    # a gym chain's "37.500 iscritti" / "37,500 customers": what an owner has (its
    # customers, staff, users) is a count of its own, not a day's chance figure
    table = claims(
        *_rows(
            (0, "iscritti", "it", "37.500 iscritti"),
            (1, "customers", "en", "37,500 customers"),
            (2, "iscritti", "it", "41.000 iscritti"),
        )
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1]


def _nouns(table) -> list[str]:
    return table["subject"].str.split("|").str[0].tolist()


def test_two_lexicon_nouns_given_two_figures_across_documents_are_one_noun() -> None:
    table = claims(
        *_rows(
            (0, "visitors", "en", "2,400 visitors"),
            (2, "visitors", "en", "3,100 visitors"),
            (4, "visitors", "en", "1,700 visitors"),
            (1, "biglietti", "it", "2.400 biglietti"),
            (3, "biglietti", "it", "3.100 biglietti"),
        )
    )
    assert set(_nouns(table)) == {"visitor"}


@pytest.mark.parametrize(
    "figures",
    [
        # one figure shared: two counts that met once
        ((0, "visitors", "en", "2,400 visitors"), (2, "visitors", "en", "3,100 visitors"),
         (1, "biglietti", "it", "2.400 biglietti"), (3, "biglietti", "it", "3.900 biglietti")),
        # a running toll: the dead and the injured meet on figures as they grow
        ((0, "dead", "en", "120 dead"), (2, "dead", "en", "140 dead"),
         (1, "feriti", "it", "120 feriti"), (3, "feriti", "it", "140 feriti")),
        # a document that gives both tells them apart
        ((0, "visitors", "en", "2,400 visitors"), (0, "tickets", "en", "3,100 tickets"),
         (1, "visitors", "en", "3,100 visitors"), (2, "tickets", "en", "2,400 tickets")),
    ],
)  # fmt: skip
def test_two_lexicon_nouns_stay_two(figures) -> None:
    assert len(set(_nouns(claims(*_rows(*figures))))) == 2


@pytest.mark.parametrize(
    "words",
    [
        # a common noun and its translations, no letters shared
        (("riunioni", "it"), ("meetings", "en"), ("réunions", "fr")),
        (("réunions de coordination", "fr"), ("coordination meetings", "en")),
        (("gruppi criminali", "it"), ("criminal organisations", "en"), ("bandes criminelles", "fr")),
        (("cosche", "it"), ("criminal networks", "en"), ("réseaux criminels", "fr")),
        (("controlli", "it"), ("checks", "en"), ("contrôles", "fr")),
        # a noun and its synonym in one language
        (("killed", "en"), ("deaths", "en"), ("uccisi", "it"), ("morts", "fr")),
        (("people sickened", "en"), ("confirmed cases", "en"), ("contagi", "it")),
    ],
)  # fmt: skip
def test_a_common_noun_has_one_key_in_every_language(words) -> None:
    from sourcecheck.align.nouns import COGNATE, noun_key
    from sourcecheck.extract.lexicon import load_concepts

    concepts = load_concepts()
    keys = {noun_key("", word, concepts, lang).key for word, lang in words}
    assert len(keys) == 1 and not keys.pop().startswith(COGNATE)


def test_a_small_count_in_two_languages_is_one_quantity_when_its_noun_is_known() -> None:
    table = claims(
        *_rows(
            (0, "riunioni", "it", "9 riunioni"),
            (1, "meetings", "en", "9 meetings"),
            (2, "checks", "en", "9 checks"),
        )
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != subjects[2]
