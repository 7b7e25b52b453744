"""The year of the accounts or the budget a title or lead names (`when.accounts_year`): a
sum or a share with no day nor year of its own in such a story describes that year, not
the day the story went out. Every sentence here is new, written for these tests.
"""

from __future__ import annotations

import pytest

from sourcecheck.extract import Lexicons, extract_document
from sourcecheck.extract.when import accounts_year, current_year
from sourcecheck.pipeline import check


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


def days(lex: Lexicons, lang: str, title: str, published: str, body: str) -> dict[str, str]:
    """Each figure's text → its `refers_to`."""
    doc = {
        "doc": "d",
        "title": title,
        "body": body,
        "lang": lang,
        "publisher": "Wire",
        "published": published,
    }
    return {r["text"]: r["refers_to"] for r in extract_document(doc, lex)}


@pytest.mark.parametrize(
    ("title", "lead", "lang", "year"),
    [
        ("Maison Quervel : résultats annuels 2030", "", "fr", "2030"),
        ("Tavrel Optics posts 2030 full-year results", "", "en", "2030"),
        ("Legge di bilancio 2032, via libera del governo", "", "it", "2032"),
        ("Quervel vend Brenac", "Il a clos les comptes de l'exercice 2030.", "fr", "2030"),
        ("Il bilancio delle vittime sale a 12", "", "it", ""),  # a toll, not accounts
        ("Quervel : résultats annuels 2019", "", "fr", ""),  # too far from publication
        ("Quervel ouvre un site à Brenac", "", "fr", ""),
    ],
)
def test_the_year_of_accounts_is_read_from_the_title_or_lead(title, lead, lang, year) -> None:
    assert accounts_year(title, lead, "2031-02-20", lang) == year


def test_a_sum_of_annual_results_is_of_their_year(lex) -> None:
    got = days(
        lex,
        "fr",
        "Maison Quervel : résultats annuels 2030",
        "2031-02-20T07:30",
        "Le conseil d'administration s'est réuni mercredi. Le chiffre d'affaires de Maison Quervel atteint 812 millions d'euros. "
        "Le groupe prévoit 40 millions d'euros d'investissements en 2032.",
    )
    assert got["812 millions d'euros"] == "2030"
    assert got["40 millions d'euros"] == "2032"  # its own year stands


@pytest.mark.parametrize(
    ("lang", "title", "body", "figures"),
    [
        (
            "fr",
            "Orsaline : comptes de l'exercice 2030",
            "Le conseil s'est réuni lundi. Les ventes d'Orsaline reculent à 377 millions d'euros, "
            "soit 8,2 % de moins qu'en 2029, et la marge recule de 3 % par rapport à l'année 2029.",
            ("377 millions d'euros", "8,2 %", "3 %"),
        ),
        (
            "en",
            "Pellmark 2030 full-year results",
            "The board met on Monday. Pellmark's bookings rose 11% compared with 2029 "
            "to $418 million.",
            ("11%", "$418 million"),
        ),
        (
            "it",
            "Velastra, risultati annuali 2030",
            "Il consiglio si è riunito lunedì. I ricavi di Velastra salgono a 96 milioni di euro, "
            "in crescita del 5,4% rispetto al 2029.",
            ("96 milioni di euro", "5,4%"),
        ),
    ],
)
def test_a_change_on_an_earlier_year_is_of_the_accounts_year(lex, lang, title, body, figures):
    got = days(lex, lang, title, "2031-03-04T08:00", body)
    assert [got[f] for f in figures] == ["2030"] * len(figures)


def test_a_year_that_is_no_base_of_a_change_still_sets_its_figure(lex) -> None:
    got = days(
        lex,
        "en",
        "Pellmark 2030 full-year results",
        "2031-03-04T08:00",
        "The board met on Monday. Pellmark's sales reached $418 million. In 2029 they stood "
        "at $380 million.",
    )
    assert got["$418 million"] == "2030"
    assert got["$380 million"] == "2029"  # the earlier year's own figure


def test_a_budget_sum_is_of_the_budget_year(lex) -> None:
    got = days(
        lex,
        "it",
        "Legge di bilancio 2032: approvato il testo",
        "2031-10-16T20:00",
        "Il governo ha approvato il testo mercoledì sera. Il provvedimento vale 9,6 miliardi di euro. Alla scuola vanno 700 milioni di euro.",
    )
    assert got["9,6 miliardi di euro"] == "2032"
    assert got["700 milioni di euro"] == "2032"


def test_a_count_or_another_story_keeps_its_news_day(lex) -> None:
    results = days(
        lex,
        "en",
        "Tavrel Optics posts 2030 full-year results",
        "2031-02-20T07:30",
        "The board met on Wednesday. Tavrel Optics said profit rose to $57 million. The firm now employs 2,300 people.",
    )
    assert results["$57 million"] == "2030"
    assert results["2,300"] != "2030"  # a count of staff: the day the story reports
    other = days(
        lex,
        "en",
        "Tavrel Optics opens a plant in Drennick",
        "2031-02-20T07:30",
        "The board met on Wednesday. Tavrel Optics will spend $57 million on the plant.",
    )
    assert other["$57 million"] != "2030"


def _moments(tmp_path, *docs: tuple[str, str, str, str]) -> dict[str, str]:
    """Each figure's text → its `moment`, checking a case of `docs`."""
    result = check(_case(tmp_path, *docs), validate=False)
    return dict(zip(result.claims["text"], result.claims["moment"], strict=True))


def _case(tmp_path, *docs: tuple[str, str, str, str]):
    folder = tmp_path / "case"
    folder.mkdir()
    for n, (title, published, lang, body) in enumerate(docs):
        (folder / f"{n}.md").write_text(
            f'---\ntitle: "{title}"\npublisher: Wire {n}\npublished: {published}\n'
            f"language: {lang}\n---\n{body}\n",
            encoding="utf-8",
        )
    return folder


def test_the_moment_of_a_sum_of_annual_results_is_their_year(tmp_path) -> None:
    moments = _moments(
        tmp_path,
        (
            "Maison Quervel : résultats annuels 2030",
            "2031-02-20T07:30",
            "fr",
            "Le conseil s'est réuni mercredi. Le bénéfice net de Maison Quervel "
            "atteint 64 millions d'euros.",
        ),
        (
            "Quervel profit climbs",
            "2031-02-20T11:00",
            "en",
            "Maison Quervel said on Wednesday that net profit rose to €64 million.",
        ),
    )
    assert moments["64 millions d'euros"] == "2030"  # though aligned with Wednesday's
    assert moments["€64 million"] == "2031-02-19"


@pytest.mark.parametrize(
    ("lang", "title", "body", "total", "yearly"),
    [
        (
            "it",
            "Legge di bilancio 2032, via libera del governo",
            "Il governo ha approvato ieri la manovra. Il bonus Tervalde costa 2,4 miliardi "
            "l'anno e 7,2 miliardi nel triennio 2032-2034. La manovra vale 21,3 miliardi di euro.",
            "7,2 miliardi",
            "21,3 miliardi di euro",
        ),
        (
            "fr",
            "Budget 2032 : le gouvernement présente son projet de loi de finances",
            "Le gouvernement a présenté hier son budget. La prime Tervalde coûtera 2,4 "
            "milliards d'euros par an, soit 7,2 milliards sur trois ans. Le budget prévoit "
            "21,3 milliards d'euros d'économies.",
            "7,2 milliards",
            "21,3 milliards d'euros",
        ),
        (
            "en",
            "Government unveils 2032 budget",
            "The government presented its budget on Tuesday. The Tervalde bonus will cost 2.4 "
            "billion euros a year, or 7.2 billion over three years. The budget makes 21.3 "
            "billion euros of savings.",
            "7.2 billion",
            "21.3 billion euros",
        ),
    ],
)
def test_a_sum_over_several_years_is_of_no_one_year(lex, lang, title, body, total, yearly):
    """ "7,2 miliardi nel triennio 2032-2034", "7.2 billion over three years": a span's
    total, of the story's day; a sum with no span stays of the budget's year."""
    got = days(lex, lang, title, "2031-10-15T18:00", body)
    assert (total, got[total]) == (total, "2031-10-14")
    assert (yearly, got[yearly]) == (yearly, "2032")


@pytest.mark.parametrize(
    ("title", "lead", "lang", "year"),
    [
        ("Corvanta, approvati i risultati 2030", "", "it", "2030"),
        ("Corvanta : résultats 2030 en baisse", "", "fr", "2030"),
        ("Corvanta cuts jobs", "Corvanta said its 2030 results showed a loss.", "en", "2030"),
        (
            "Tagli da Corvanta",
            "Il gruppo ha chiuso il 2030 con ricavi per 2 miliardi.",
            "it",
            "2030",
        ),
        ("Corvanta", "Il consiglio ha approvato il bilancio dell'esercizio 2030.", "it", "2030"),
        (
            "Corvanta : le conseil se réunit",
            "Il a arrêté les résultats de 2030.",
            "fr",
            "2030",
        ),
        ("Corvanta closes its Lisereau plant", "The plant shut in 2030.", "en", ""),
    ],
)
def test_the_accounts_own_words_name_their_year(title, lead, lang, year) -> None:
    """ "risultati 2030", "its 2030 net profit", "ha chiuso il 2030", "dell'esercizio 2030"
    (an elided article before the word): the accounts' year."""
    assert accounts_year(title, lead, "2031-03-10", lang) == year


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [
        (
            "fr",
            "Le conseil s'est réuni mardi. Le bénéfice net de Corvanta atteint 72 millions "
            "d'euros, contre 95 millions d'euros en 2029.",
            "72 millions d'euros",
        ),
        (
            "it",
            "Il consiglio si è riunito martedì. I ricavi di Corvanta salgono a 640 milioni di "
            "euro, rispetto ai 610 milioni del 2029.",
            "640 milioni di euro",
        ),
        (
            "en",
            "The board met on Tuesday. Corvanta's net profit came in at $72 million, down "
            "from $95 million in 2029.",
            "$72 million",
        ),
        (
            "it",
            "Il consiglio si è riunito martedì. L'utile netto di Corvanta è di 72 milioni di "
            "euro (95 milioni nel 2029).",
            "72 milioni di euro",
        ),
        (
            "en",
            "The board met on Tuesday. Corvanta's budget is worth $72 million: the deficit "
            "falls to 2.1% in 2032.",
            "$72 million",
        ),
    ],
)
def test_the_year_of_an_earlier_figure_leaves_the_figure_to_the_accounts(lex, lang, body, figure):
    """The year of the figure a change is set against ("contre 95 millions en 2029"), of a
    bracket's earlier figure, or of another clause past a colon does not date the figure:
    it is of the accounts' year."""
    got = days(lex, lang, _RESULTS[lang], "2031-03-05T08:00", body)
    assert (figure, got[figure]) == (figure, "2030")


_RESULTS = {
    "fr": "Corvanta : résultats annuels 2030",
    "en": "Corvanta annual results 2030",
    "it": "Corvanta, risultati annuali 2030",
}


def test_an_earlier_figure_in_brackets_keeps_its_own_year(tmp_path) -> None:
    """ "72 milioni (95 milioni nel 2029)": the bracket is no conversion of the 72 (it
    writes a year of its own), so neither takes the other's year."""
    moments = _moments(
        tmp_path,
        (
            "Corvanta, risultati annuali 2030",
            "2031-03-05T08:00",
            "it",
            "Il consiglio si è riunito martedì. L'utile netto di Corvanta è di 72 milioni "
            "di euro (95 milioni nel 2029).",
        ),
    )
    assert moments["72 milioni di euro"] == "2030"
    assert moments["95 milioni"] == "2029"


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [
        ("en", "The board met on Tuesday. Corvanta shares fell 4.2% in Milan.", "4.2%"),
        ("fr", "Le conseil s'est réuni mardi. L'action Corvanta a cédé 4,2 % à Paris.", "4,2 %"),
        ("it", "Il consiglio si è riunito martedì. Il titolo Corvanta ha perso il 4,2%.", "4,2%"),
    ],
)
def test_a_share_price_move_is_of_the_story_day_not_the_accounts(lex, lang, body, figure):
    got = days(lex, lang, _RESULTS[lang], "2031-03-05T08:00", body)
    assert len(got[figure]) == 10  # a day, the market's, not the year 2030


def test_a_sum_of_annual_results_told_again_by_a_wire_is_one_quantity(tmp_path) -> None:
    """ "640 milioni" under "risultati annuali 2030" and a wire's "640 million euros" told on
    the day the accounts went out are one figure of 2030: one subject, one moment."""
    result = check(
        _case(
            tmp_path,
            (
                "Corvanta, risultati annuali 2030",
                "2031-03-05T08:00",
                "it",
                "MILANO – Il consiglio di Corvanta si è riunito ieri. I ricavi di Corvanta "
                "salgono a 640 milioni di euro. Il gruppo conta 2.300 dipendenti.",
            ),
            (
                "Corvanta revenue rises",
                "2031-03-05T11:00",
                "en",
                "Corvanta said on Tuesday its revenue rose to 640 million euros.",
            ),
        ),
        validate=False,
    )
    claims = result.claims.set_index("text")
    assert claims.loc["640 milioni di euro", "moment"] == "2030"
    assert claims.loc["640 million euros", "moment"] == "2030"
    assert (
        claims.loc["640 milioni di euro", "subject"] == claims.loc["640 million euros", "subject"]
    )


@pytest.mark.parametrize(
    ("lang", "title", "published", "body", "figure", "year"),
    [
        (
            "en",
            "Pentravel results",
            "2031-03-06T08:00",
            "Pentravel reported on Monday that its 2030 net profit dropped 41% after a mild winter.",
            "41%",
            "2030",
        ),
        (
            "en",
            "Cabinet backs budget",
            "2031-10-16T08:00",
            "Ministers backed on Tuesday a 2032 budget of 14.6 billion euros.",
            "14.6 billion euros",
            "2032",
        ),
        (
            "fr",
            "Le budget adopté",
            "2031-10-16T08:00",
            "Les ministres ont validé mardi un budget 2032 de 14,6 milliards d'euros.",
            "14,6 milliards d'euros",
            "2032",
        ),
        (
            "it",
            "Pentravel, conti in calo",
            "2031-03-06T08:00",
            "Pentravel ha reso noto lunedì un utile netto 2030 di 41 milioni di euro.",
            "41 milioni di euro",
            "2030",
        ),
    ],
)
def test_a_year_in_the_noun_of_a_figure_is_its_year(
    lex, lang, title, published, body, figure, year
):
    """ "its 2030 net profit dropped 41%", "un budget 2032 de 14,6 milliards": the year names the
    period of the figure, over the day its clause was said or acted on (`when.noun_year`)."""
    assert days(lex, lang, title, published, body)[figure] == year


def test_a_noun_of_accounts_with_no_year_keeps_the_day(lex) -> None:
    got = days(lex, "en", "Pentravel cuts jobs", "2031-03-06T08:00",
               "Pentravel reported on Monday that its net profit dropped 41%.")  # fmt: skip
    assert got["41%"] == "2031-03-03"  # Monday, the day it was reported


@pytest.mark.parametrize(
    ("lang", "body", "figure", "year"),
    [
        ("en", "Hail claims have reached €0.9 billion so far this year.", "€0.9 billion", ""),
        ("en", "Hail claims will reach €0.9 billion this year.", "€0.9 billion", "2031"),
        ("fr", "Les pertes atteignent 0,9 milliard jusqu'ici cette année.", "0,9 milliard", ""),
        ("fr", "Les pertes atteindront 0,9 milliard cette année.", "0,9 milliard", "2031"),
        ("it", "I danni salgono a 0,9 miliardi finora quest'anno.", "0,9 miliardi", ""),
        ("it", "I danni saliranno a 0,9 miliardi quest'anno.", "0,9 miliardi", "2031"),
    ],
)
def test_a_sum_of_the_year_so_far_is_no_sum_of_the_year(lang, body, figure, year) -> None:
    """ "€0.9 billion so far this year": a tally as of the story's day (`period_open`), not
    the year's, as "€0.9 billion this year" is (`when.current_year`)."""
    from types import SimpleNamespace

    start = body.index(figure)
    q = SimpleNamespace(start=start, end=start + len(figure))
    spans = [(q.start, q.end)]
    assert current_year(q, spans, body, 0, len(body), lang, "2031-07-21") == year
