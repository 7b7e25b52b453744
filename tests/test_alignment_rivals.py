"""Rival accounts are one quantity: in one sentence ("57 millions selon la mairie, 63 millions
pour les élus") the noun and the year one of them takes from another account are the other's
too; in a sentence that turns against the one before ("Mais le maire en compte 450") the rival
count is of the place of the count it answers. Sentences written for these tests, with
invented names and figures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment_echoes import _case, _claim  # noqa: E402

from sourcecheck.align.repeats import contrast  # noqa: E402
from sourcecheck.align.rivals import rival_pairs, rivals_named, rivals_placed  # noqa: E402
from sourcecheck.align.turned import turned_places  # noqa: E402
from sourcecheck.pipeline import check  # noqa: E402


def _told(tmp_path: Path, *docs: tuple[str, str]):
    """The checked case of documents (language, body), each of one wire, on one day."""
    dated = [(lang, f"Wire {i}", "2029-05-11", body) for i, (lang, body) in enumerate(docs)]
    return check(_case(tmp_path, *dated), validate=False)


_MARKET = [
    (
        "en",
        "Harbour Wire",
        "2029-05-04",
        "The new covered market will cost 57 million euros, the town council said.",
    ),
    (
        "en",
        "Coastal Press",
        "2029-05-04",
        "The covered market, which will cost 57 million euros, opens in 2031, the council said.",
    ),
]


def test_the_rival_of_a_figure_named_elsewhere_takes_its_noun_and_year(tmp_path: Path) -> None:
    result = check(
        _case(
            tmp_path,
            *_MARKET,
            (
                "fr",
                "Le Courrier de Orvelle",
                "2029-05-05",
                "Au conseil, les chiffres divergent : 57 millions selon la mairie, 63 millions "
                "pour les élus d'opposition.",
            ),
        ),
        validate=False,
    )
    rival = _claim(result, "63 millions")
    assert rival["subject"] == _claim(result, "57 millions")["subject"]
    assert rival["subject"] == _claim(result, "57 million euros")["subject"]
    found = [f for f in result.findings.to_dict("records") if f["rule"] == "value-conflict"]
    assert {c["claim_id"] for c in found[0]["claims"]} >= {rival["claim_id"]}


def test_the_rival_of_a_yearly_cost_dated_elsewhere_is_of_that_year(tmp_path: Path) -> None:
    # "per l'Istat": an elided article after "per" cites a source as "per la" does
    result = check(
        _case(
            tmp_path,
            (
                "it",
                "Agenzia Levanta",
                "2029-10-14",
                "La misura principale è la riduzione dell'Irpef per il ceto medio, che costa "
                "7,4 miliardi l'anno nel triennio 2030-2032.",
            ),
            (
                "en",
                "Harbour Wire",
                "2029-10-14",
                "The main measure is an income tax cut for middle earners, which will cost "
                "7.4 billion euros a year, the Treasury said.",
            ),
            (
                "it",
                "Gazzetta di Sarno",
                "2029-10-15",
                "Ieri, in audizione alla Camera, il presidente della Corte dei conti, Ottavio "
                "Vescari, ha contestato le stime sulla riforma fiscale: 7,4 miliardi l'anno "
                "secondo il ministero, 4,4 per l'Istat, che considera la crescita dei redditi.",
            ),
        ),
        validate=False,
    )
    rival = _claim(result, "4,4")
    assert rival["moment"] == "2030"
    assert rival["subject"] == _claim(result, "7.4 billion euros")["subject"]


def test_two_figures_of_one_source_are_no_rivals() -> None:
    quote = "Le chantier coûtera 57 millions selon la mairie, puis 12 millions par an."
    sentences = [(quote, [(20, 31, 0), (52, 63, 1)])]
    nouns = ["~chantier", "~chantier"]
    frame = (["mairie", "mairie"], [quote, quote], ["fr", "fr"], ["money", "money"])
    assert rival_pairs(nouns, *frame, sentences) == []
    other = rival_pairs(nouns, ["mairie", "Cour"], *frame[1:], sentences)
    assert rivals_named(nouns, ["cost", "~chantier"], other) == []  # no contrast


def test_an_elided_article_after_per_or_pour_cites_a_source() -> None:
    assert contrast("7,4 miliardi secondo il ministero, 4,4 per l'Istat.", "it")
    assert contrast("57 millions selon la mairie, 63 pour l’Observatoire.", "fr")
    # a common noun after the article is no source: "per l'anno prossimo"
    assert not contrast("Il piano vale 7,4 miliardi secondo il ministero per l'anno prossimo.")


_TURNED = [
    (
        "fr",
        "Selon la préfecture, 260 personnes ont été évacuées à Vernasque mardi soir. Mais le "
        "maire, Mathis Carrel, conteste ce chiffre : « Nous avons au moins 450 habitants hors "
        "de chez eux ».",
        "au moins 450",
    ),
    (
        "en",
        "According to the prefecture, 260 people were evacuated in Tarnholm on Tuesday. But the "
        'mayor, Julia Brandt, disputes the figure: "At least 450 of our residents are out of '
        'their homes."',
        "At least 450",
    ),
    (
        "it",
        "Secondo la prefettura, martedì gli sfollati a Roccaverde erano 260. Ma il sindaco Luca "
        "Valsecchi non ci sta: «Fuori casa ci sono almeno 450 residenti».",
        "almeno 450",
    ),
]


@pytest.mark.parametrize(("lang", "body", "rival"), _TURNED)
def test_a_rival_count_in_a_sentence_that_turns_is_of_the_place_it_answers(
    tmp_path: Path, lang: str, body: str, rival: str
) -> None:
    # 450 against 260 at a town: well above it, yet no whole of a larger area, a rival count
    result = check(_case(tmp_path, (lang, "Wire", "2029-05-09", body)), validate=False)
    assert _claim(result, rival)["subject"] == _claim(result, "260")["subject"]
    assert [f["rule"] for f in result.findings.to_dict("records")] == ["value-conflict"]


@pytest.mark.parametrize(
    ("lang", "body", "rival"),
    [
        (
            "fr",
            "Jeudi, à Vernasque, la police a dénombré 17 000 manifestants. Les syndicats, eux, "
            "en revendiquent 47 000.",
            "47 000",
        ),
        (
            "it",
            "Giovedì a Roccaverde la questura ha contato 17mila persone in corteo. Gli "
            "organizzatori parlano invece di 47mila manifestanti.",
            "47mila",
        ),
        (
            "en",
            "Police counted 17,100 protesters in Tarnholm on Thursday. Organisers, for their "
            "part, said 40,000 protesters had taken part.",
            "40,000",
        ),
    ],
)
def test_a_source_that_answers_the_sentence_before_gives_a_rival_of_its_place(
    tmp_path: Path, lang: str, body: str, rival: str
) -> None:
    result = _told(tmp_path, (lang, body))
    counted = [c for c in result.claims.to_dict("records") if c["text"] != rival]
    assert _claim(result, rival)["subject"] == counted[0]["subject"]


def test_a_count_of_the_same_source_after_a_turn_keeps_no_place() -> None:
    quotes = ["Selon la préfecture, 260 évacués à Borgnac.", "Mais la préfecture en compte 900."]
    args = (["a", "a"], [1.0, 2.0], quotes, ["evacuee"] * 2, ["count"] * 2, ["Borgnac", ""])
    assert turned_places(*args, ["préfecture", "préfecture"]) == ["Borgnac", ""]
    # a sentence that does not turn: another count, perhaps of a larger area
    plain = [quotes[0], "Le maire en compte 900 dans le département."]
    assert turned_places(*args[:2], plain, *args[3:], ["préfecture", "maire"])[1] == ""


@pytest.mark.parametrize(
    ("lang", "body", "low", "high"),
    [
        (
            "fr",
            "Jeudi à Vernasque, ils étaient 17 000 selon la police et 47 000 d'après les "
            "syndicats.",
            "17 000",
            "47 000",
        ),
        (
            "it",
            "Secondo la questura giovedì a Roccaverde erano in 17mila, 47mila per gli "
            "organizzatori.",
            "17mila",
            "47mila",
        ),
    ],
)
def test_nounless_rivals_in_one_sentence_are_one_quantity(
    tmp_path: Path, lang: str, body: str, low: str, high: str
) -> None:
    # the pronoun names nothing: the two sources' figures are their sentence's own quantity
    result = check(_case(tmp_path, (lang, "Wire", "2029-05-11", body)), validate=False)
    assert _claim(result, low)["subject"] == _claim(result, high)["subject"] != ""
    assert [f["rule"] for f in result.findings.to_dict("records")] == ["value-conflict"]


def test_nounless_figures_of_one_source_or_of_two_sentences_stay_apart(tmp_path: Path) -> None:
    result = _told(
        tmp_path,
        (
            "fr",
            "Ils étaient 17 000 jeudi selon la police, puis 9 000 vendredi. Le lendemain, "
            "ils étaient 47 000 selon les syndicats.",
        ),
    )
    assert all(not c["subject"] for c in result.claims.to_dict("records"))


def test_a_rival_after_a_placed_account_in_its_sentence_is_of_that_place(tmp_path: Path) -> None:
    # 47 000 against 17 000 at a town: well above it, yet the place is written once only
    result = _told(
        tmp_path,
        (
            "fr",
            "Des milliers de manifestants ont défilé jeudi à Vernasque. Ils étaient 17 000 "
            "selon la police, 47 000 selon les syndicats.",
        ),
        ("en", "Police counted 17,100 protesters in Vernasque on Thursday."),
    )
    assert _claim(result, "47 000")["subject"] == _claim(result, "17,100")["subject"]


def test_a_figure_before_a_placed_one_keeps_its_own_place() -> None:
    sentences = [("q", [(0, 6, 0), (30, 36, 1)])]
    assert rivals_placed(["", "Belgium"], [(0, 1), (1, 0)], sentences) == ["", "Belgium"]
    # partners of two places give none
    three = [("q", [(0, 6, 0), (20, 26, 1), (40, 46, 2)])]
    pairs = [(2, 0), (2, 1)]
    assert rivals_placed(["Lyon", "Nice", ""], pairs, three) == ["Lyon", "Nice", ""]
