"""Time as evidence, end to end: documents with publication times, tolls over days, amounts in
two currencies and parts of a whole, through extraction, alignment and the default suite.

Each test writes a small case of new documents (fr/en/it) and asserts on the findings'
rules and claims, never on their wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.pipeline import check


def case(tmp_path: Path, *docs: tuple[str, str, str, str]) -> Path:
    """A case folder: each doc is (published, language, publisher, body)."""
    folder = tmp_path / "case"
    folder.mkdir()
    for i, (published, lang, publisher, body) in enumerate(docs, 1):
        (folder / f"{i:02d}.md").write_text(
            f"---\ntitle: t{i}\npublisher: {publisher}\npublished: {published}\n"
            f"language: {lang}\n---\n{body}\n",
            encoding="utf-8",
        )
    return folder


def rules(result) -> list[str]:
    return sorted(result.findings["rule"])


def texts(finding) -> set[str]:
    return {c["text"] for c in finding["claims"]}


def test_a_toll_growing_over_three_documents_is_one_update_and_no_conflict(tmp_path):
    result = check(
        case(
            tmp_path,
            (
                "2023-09-04T09:20",
                "it",
                "Agenzia Alpina",
                "SONDRIO — Sono 3 i morti della frana di ieri, secondo la Protezione civile.",
            ),
            (
                "2023-09-05T14:05",
                "en",
                "Alpine Wire",
                "SONDRIO — The death toll from the Valtellina landslide rose to 6, the civil "
                "protection agency said.",
            ),
            (
                "2023-09-07T18:40",
                "fr",
                "Agence Savoie",
                "SONDRIO — Le bilan du glissement de terrain en Valteline s'élève à 9 morts, "
                "selon la protection civile.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert rules(result) == ["update"]
    update = result.findings.iloc[0]
    assert update["severity"] == "info"
    assert texts(update) == {"3", "6", "9"}
    timeline = [(c["moment"], c["value"]) for c in update["claims"]]
    assert sorted(timeline) == [("2023-09-03", 3), ("2023-09-05", 6), ("2023-09-07", 9)]  # "ieri"


def test_a_toll_that_falls_later_is_a_conflict(tmp_path):
    result = check(
        case(
            tmp_path,
            (
                "2023-09-04T09:20",
                "it",
                "Agenzia Alpina",
                "SONDRIO — Sono 8 i morti della frana di ieri, secondo la Protezione civile.",
            ),
            (
                "2023-09-05T14:05",
                "en",
                "Alpine Wire",
                "SONDRIO — The Valtellina landslide has killed 5 people, the civil protection "
                "agency said.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert rules(result) == ["value-conflict"]
    assert texts(result.findings.iloc[0]) == {"8", "5"}


def test_two_figures_for_one_day_are_a_conflict(tmp_path):
    result = check(
        case(
            tmp_path,
            (
                "2023-09-04T09:20",
                "it",
                "Agenzia Alpina",
                "SONDRIO — Sono 3 i morti della frana, secondo la Protezione civile.",
            ),
            (
                "2023-09-04T17:50",
                "en",
                "Alpine Wire",
                "SONDRIO — The Valtellina landslide has killed 7 people, the mayor said.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert rules(result) == ["value-conflict"]
    assert texts(result.findings.iloc[0]) == {"3", "7"}


def test_a_currency_swapped_across_documents_is_an_fx_rate_finding(tmp_path):
    result = check(
        case(
            tmp_path,
            (
                "2023-06-13T10:00",
                "fr",
                "Agence Savoie",
                "BRUXELLES — La Commission a infligé une amende de 4,2 milliards d'euros à "
                "Cordella.",
            ),
            (
                "2023-06-13T12:30",
                "en",
                "Alpine Wire",
                "BRUSSELS — The Commission fined Cordella €4.2 billion on Tuesday.",
            ),
            (
                "2023-06-13T16:00",
                "it",
                "Giornale Lombardo",
                "BRUXELLES — La Commissione ha inflitto una multa di 4,2 miliardi di dollari a "
                "Cordella.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    swaps = result.findings[result.findings["rule"] == "fx-rate"]
    assert len(swaps) == 1
    claims = swaps.iloc[0]["claims"]
    assert {c["currency"] for c in claims} == {"EUR", "USD"}
    assert "value-conflict" not in set(result.findings["rule"])  # reported once, as the swap


def test_a_swap_is_found_when_no_lexicon_knows_what_the_amount_is_of(tmp_path):
    # "contrat", "contract", "appalto" name the same deal in words no lexicon holds: the
    # number told again in every account joins the amounts, whatever their currency
    result = check(
        case(
            tmp_path,
            (
                "2024-04-10T09:00",
                "fr",
                "Agence Léman",
                "GENÈVE — Le marché, d'un montant de 380 millions de dollars, a été signé mercredi.",
            ),
            (
                "2024-04-10T11:00",
                "en",
                "Alpine Wire",
                "GENEVA — The $380 million deal was signed on Wednesday.",
            ),
            (
                "2024-04-11T08:00",
                "it",
                "Corriere Ticinese",
                "GINEVRA — L'appalto da 380 milioni di euro è stato firmato mercoledì.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    swaps = result.findings[result.findings["rule"] == "fx-rate"]
    assert (
        len(swaps) == 1
        and "likely a swapped currency, USD written as EUR" in swaps.iloc[0]["message"]
    )


def test_of_which_a_part_larger_than_its_whole(tmp_path):
    result = check(
        case(
            tmp_path,
            (
                "2023-09-06",
                "en",
                "Alpine Wire",
                "SONDRIO — Geologists have mapped 180 landslides in the valley, of which 230 on "
                "the northern slope.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert rules(result) == ["part-whole"]
    assert texts(result.findings.iloc[0]) == {"180", "230"}


def test_a_part_within_its_whole_is_no_finding(tmp_path):
    result = check(
        case(
            tmp_path,
            (
                "2023-09-06",
                "it",
                "Agenzia Alpina",
                "SONDRIO — I geologi hanno censito 180 frane nella valle, di cui 75 sul versante "
                "nord.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert result.findings.empty
    part = result.claims.set_index("text").loc["75"]
    assert part["part_of"] == result.claims.set_index("text").loc["180", "claim_id"]


@pytest.mark.parametrize(
    ("published", "published_at"),
    [("2023-09-04T09:20", "2023-09-04T09:20"), ("2023-09-04", "2023-09-04")],
)
def test_the_publication_time_is_kept(tmp_path, published, published_at):
    result = check(
        case(tmp_path, (published, "en", "Alpine Wire", "Rescuers found 4 bodies.")),
        validate=False,
    )
    row = result.claims.iloc[0]
    assert (row["published"], row["published_at"], row["moment"]) == (
        "2023-09-04",
        published_at,
        "2023-09-04",
    )


def test_a_measure_restated_wrongly_in_brackets_is_compared_with_its_measure(tmp_path):
    # the bracket converts the wrong way (×1.609 instead of ÷); its clause states no place nor
    # day, the other accounts do, and give the speed in km/h or convert it right
    result = check(
        case(
            tmp_path,
            (
                "2025-03-04T09:00",
                "fr",
                "Agence Jura",
                "BELVAUX (AJ) – Le car roulait à 110 km/h lundi soir quand il a quitté la route à Belvaux, selon la gendarmerie.",
            ),
            (
                "2025-03-05T10:00",
                "en",
                "Alpine Wire",
                "Investigators believe the coach was travelling at 110 km/h (177 mph) on a road limited to 70 km/h, a source said.",
            ),
            (
                "2025-03-06T12:00",
                "en",
                "Transport Weekly",
                "The coach was travelling at 110 km/h (68 mph) at Belvaux on Monday, 25 mph above the limit.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    [finding] = result.findings[result.findings["rule"] == "unit-conversion"].to_dict("records")
    assert {"177 mph", "110 km/h"} <= texts(finding)


def test_amounts_of_change_on_two_days_are_no_falling_toll(tmp_path):
    """ "6 more bodies" one day and "altri 3 corpi" two days later are two increments: the
    second is smaller, yet no running count fell."""
    result = check(
        case(
            tmp_path,
            (
                "2024-03-11T10:15",
                "en",
                "Harwick Wire",
                "BRESCELLO — Divers recovered the bodies of 6 more victims from the flooded "
                "quarry on Monday, the fire service said.",
            ),
            (
                "2024-03-13T17:30",
                "it",
                "Il Corriere di Brenna",
                "BRESCELLO — I sommozzatori hanno recuperato altri 3 corpi nella cava "
                "allagata, secondo i vigili del fuoco.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert "value-conflict" not in rules(result)


def test_the_timeline_reads_the_change_mark_alignment_writes():
    from sourcecheck.align.changes import CHANGE
    from sourcecheck.rules.timeline import CHANGE_MARK

    assert CHANGE_MARK == f"state={CHANGE}"


def _wreck_updates(tmp_path, wednesday: str) -> list[dict]:
    """The update findings of a wreck's coverage: `wednesday`'s wire, then Thursday's paper
    with "le vittime salgono a 11"."""
    result = check(
        case(
            tmp_path,
            ("2024-10-16T16:30", "it", "Agenzia Sellari", wednesday),
            (
                "2024-10-17T18:00",
                "it",
                "Il Giornale di Marvento",
                "MARVENTO — Recuperati giovedì 17 ottobre altri 2 corpi: le vittime del "
                "naufragio salgono così a 11, secondo la Guardia costiera.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert "value-conflict" not in rules(result)
    return [f for f in result.findings.to_dict("records") if f["rule"] == "update"]


@pytest.mark.parametrize(
    "wednesday",
    [
        # "9 morti" on Wednesday, "le vittime salgono a 11" on Thursday: the broad noun's
        # figure is read on the timeline of the running count it continues
        "MARVENTO — Sono 9 i morti del naufragio del peschereccio avvenuto mercoledì 16 "
        "ottobre al largo di Marvento, ha reso noto la Guardia costiera.",
        # the injured counted too: the 11 victims continue the toll of the dead (9), not the
        # injured's (14, above them a day before)
        "MARVENTO — Il naufragio del peschereccio avvenuto mercoledì 16 ottobre al largo di "
        "Marvento ha fatto 9 morti e 14 feriti, ha reso noto la Guardia costiera.",
    ],
)
def test_victims_join_the_one_toll_whose_timeline_they_continue(tmp_path, wednesday):
    updates = _wreck_updates(tmp_path, wednesday)  # update._broader_joined
    assert any({"9", "11"} <= texts(f) for f in updates)
    assert not any({"14", "11"} <= texts(f) for f in updates)


# language | published | body | figure | moment: a quarter's figure is of the month ending it
QUARTERS = """
    en | 2031-11-04T08:00 | Talvenne said revenue rose to $5.7 billion in the third quarter of 2031. | $5.7 billion | 2031-09
    en | 2031-11-04T08:00 | Talvenne posted Q3 2031 sales of $5.7 billion. | $5.7 billion | 2031-09
    en | 2031-02-04T08:00 | Talvenne's revenue rose to $5.7 billion in the fourth quarter. | $5.7 billion | 2030-12
    en | 2031-11-04T08:00 | Revenue rose to $5.7 billion in the third quarter of 2031, from $5.1 billion a year earlier. | $5.1 billion | 2030
    fr | 2031-11-04T08:00 | Au troisième trimestre 2031, le chiffre d'affaires de Talvenne a atteint 5,7 milliards d'euros. | 5,7 milliards d'euros | 2031-09
    fr | 2031-05-04T08:00 | Talvenne a vendu 4 200 véhicules au 1er trimestre. | 4 200 | 2031-03
    it | 2031-11-04T08:00 | Nel terzo trimestre 2031 i ricavi di Talvenne sono saliti a 5,7 miliardi di euro. | 5,7 miliardi di euro | 2031-09
    it | 2031-08-04T08:00 | I ricavi di Talvenne sono saliti a 5,7 miliardi di euro nel secondo trimestre del 2031. | 5,7 miliardi di euro | 2031-06
    en | 2031-11-04T08:00 | Talvenne expects to hire 300 people by the end of the fourth quarter. | 300 | 2031-11-04
    fr | 2031-11-04T08:00 | Talvenne prévoit 300 embauches d'ici la fin du quatrième trimestre. | 300 | 2031-11-04
"""


@pytest.mark.parametrize(
    ("lang", "published", "body", "figure", "moment"),
    [[c.strip() for c in line.split("|")] for line in QUARTERS.strip().splitlines()],
)
def test_a_quarters_figure_is_of_the_month_that_ends_it(
    tmp_path, lang, published, body, figure, moment
):
    result = check(case(tmp_path, (published, lang, "Wire", body)), validate=False)
    moments = dict(zip(result.claims["text"], result.claims["moment"], strict=True))
    assert moments[figure] == moment


CHANGES = """
en | Orlissa Foods said its net profit rose to 42 million euros in 2030 from 37 million euros. | 37 million euros | 2029
it | Il gruppo Tavelli ha chiuso con ricavi per 9,1 milioni di euro nel 2030, dai 7,4 milioni. | 7,4 milioni | 2029
en | Bookings at Corvane Hotels reached 9,100 in 2030, against 8,600 forecast by the board. | 8,600 | -
"""


@pytest.mark.parametrize(
    ("lang", "body", "figure", "day"),
    [[c.strip() for c in line.split("|")] for line in CHANGES.strip().splitlines()],
)
def test_the_earlier_figure_of_a_change_set_in_a_year_is_of_the_year_before(
    tmp_path, lang, body, figure, day
):
    """ "X in 2030 from Y": Y is of 2029; a rival reading ("against 8,600 forecast") is not."""
    result = check(case(tmp_path, ("2031-03-04", lang, "Wire", body)), validate=False)
    days = dict(zip(result.claims["text"], result.claims["refers_to"], strict=True))
    assert days[figure] == day if day != "-" else days[figure] != "2029"  # "-": not 2029


def test_the_parts_of_a_growing_count_grow_as_one_series(tmp_path):
    # the children among the cases, told as a part of each day's total: one timeline
    result = check(
        case(
            tmp_path,
            (
                "2027-04-05T10:00",
                "fr",
                "Agence Rhône",
                "Au lundi 5 avril, 40 cas de grippe aviaire ont été confirmés dans le canton de "
                "Vernolle depuis l'apparition du foyer, dont 13 enfants, a indiqué l'agence "
                "régionale de santé.",
            ),
            (
                "2027-04-07T16:00",
                "fr",
                "Le Petit Vernollais",
                "Selon le dernier bilan de l'agence régionale de santé, publié mercredi, 52 cas "
                "ont été confirmés depuis l'apparition du foyer, dont 19 enfants.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    assert rules(result) == ["update", "update"]
    assert {"13", "19"} in [texts(f) for f in result.findings.to_dict("records")]


EARLIER_ESTIMATES = """
en | Governor Ilse Marrow put the losses at 95 million euros, up from an earlier estimate of 60 million euros on Monday, and said the 12 million euros would pay for repairs. | 12 million euros | 2031-05-07
fr | Le maire, Anselme Quivet, a porté les pertes à 95 millions d'euros, contre une première estimation de 60 millions lundi, et a précisé que 12 millions d'euros iraient aux routes. | 12 millions d'euros | 2031-05-07
en | Governor Ilse Marrow put the losses at 95 million euros, up from a first estimate of 60 million euros on Monday. | 60 million euros | 2031-05-05
"""


@pytest.mark.parametrize(
    ("lang", "body", "figure", "day"),
    [[c.strip() for c in line.split("|")] for line in EARLIER_ESTIMATES.strip().splitlines()],
)
def test_the_day_of_an_earlier_estimate_dates_no_figure_after_it(tmp_path, lang, body, figure, day):
    """ "up from a first estimate of 60 million on Monday, and said the 12 million …": Monday is
    the 60 million's, the 12 million is of the story's day."""
    result = check(case(tmp_path, ("2031-05-07T18:00", lang, "Wire", body)), validate=False)
    days = dict(zip(result.claims["text"], result.claims["moment"], strict=True))
    assert days[figure] == day


YEARLY_BUDGET_COSTS = """
fr | Le gouvernement a adopté mercredi la loi de finances 2031. La baisse des charges des artisans coûtera 3,8 milliards d'euros par an. | 3,8 milliards d'euros
fr | Le gouvernement a adopté mercredi son projet de loi de finances pour 2031. La prime aux apprentis coûtera 3,8 milliards d'euros par an. | 3,8 milliards d'euros
it | Il governo ha approvato mercoledì la legge di bilancio 2031. Il taglio dei contributi degli artigiani costerà 3,8 miliardi di euro l'anno. | 3,8 miliardi di euro
"""


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [[c.strip() for c in line.split("|")] for line in YEARLY_BUDGET_COSTS.strip().splitlines()],
)
def test_a_yearly_cost_in_a_budget_is_of_the_budgets_year(tmp_path, lang, body, figure):
    """ "the 2031 budget … costs 3.8 billion a year": the cost of the year the budget is for,
    like its other undated amounts, not the day it was adopted."""
    result = check(case(tmp_path, ("2030-10-09T20:00", lang, "Wire", body)), validate=False)
    moments = dict(zip(result.claims["text"], result.claims["moment"], strict=True))
    assert moments[figure] == "2031"
