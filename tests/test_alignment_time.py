"""Time: counts that may fall (stocks, counts not known to be cumulative) are never a running
count's fall. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from sourcecheck.align.stocks import still
from sourcecheck.pipeline import check
from sourcecheck.rules.timeline import RISES, points, steps

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402


@pytest.mark.parametrize(
    ("quote", "text", "stock"),
    [
        ("Some 400 people were still evacuated on Wednesday.", "400", True),
        ("Gli sfollati sono ancora 350.", "350", True),
        ("18 000 foyers restent privés de courant.", "18 000", True),
        ("Quelque 400 personnes restaient évacuées, contre 650 la veille.", "650", False),
        ("About 650 people have been evacuated.", "650", False),
        # a stock word of another clause joined before the figure
        ("Two hikers are still missing and 37 were injured.", "37", False),
        ("Un marin est toujours porté disparu et 12 sont blessés.", "12", False),
        ("Un operaio risulta ancora disperso e 9 sono feriti.", "9", False),
    ],
)
def test_a_stock_word_near_the_figure_makes_it_a_stock(quote, text, stock) -> None:
    assert still(quote, text) is stock


def test_a_stock_leaves_the_running_count_s_series() -> None:
    table = claims(
        {"thing": "evacuees", "refers_to": "2025-03-11", "published": "2025-03-11",
         "quote": "About 650 people have been evacuated.", "text": "650"},
        {"thing": "evacuees", "refers_to": "2025-03-12", "published": "2025-03-12",
         "quote": "Some 400 evacuees were still away from home.", "text": "400"},
    )  # fmt: skip
    running, stock = table["series"].tolist()
    assert running and not running.startswith(RISES)
    assert stock.startswith(RISES)


def test_a_count_not_known_to_be_cumulative_has_a_series_that_may_fall() -> None:
    table = claims(
        {"thing": "households", "refers_to": "2025-03-11", "published": "2025-03-11"},
        {"thing": "households", "refers_to": "2025-03-12", "published": "2025-03-12"},
    )
    assert table["series"].str.startswith(RISES).all()
    assert table["series"].nunique() == 1


def test_a_measure_given_on_several_days_has_a_series_that_may_fall() -> None:
    # "la marea copre 14 km di costa" on Monday, "the slick now covers 22 km" on Wednesday;
    # a reservoir "al 31%", then "at 28%": a level, shown as an update when it grows
    for unit, things in (("kilometer", ("costa", "coast")), ("percent", ("invaso", "reservoir"))):
        table = claims(
            {"thing": things[0], "lang": "it", "unit": unit, "refers_to": "2025-03-10",
             "published": "2025-03-10"},
            {"thing": things[1], "unit": unit, "refers_to": "2025-03-12", "published": "2025-03-12"},
        )  # fmt: skip
        assert table["series"].str.startswith(RISES).all()


def test_a_rate_of_a_day_s_events_is_that_day_s_but_a_yearly_rate_is_steady() -> None:
    # "120 treni soppressi al giorno" on Monday, "90 trains cancelled a day" on Wednesday:
    # the daily figure changed; "€3.2 billion a year" told on two days is one figure
    def two_days(rate: str) -> pd.DataFrame:
        return claims(
            {"thing": "treni soppressi", "lang": "it", "rate": rate, "refers_to": "2025-03-10",
             "published": "2025-03-10"},
            {"thing": "trains cancelled", "rate": rate, "refers_to": "2025-03-12",
             "published": "2025-03-12"},
        )  # fmt: skip

    assert two_days("per_day")["subject"].nunique() == 2
    assert two_days("per_year")["subject"].nunique() == 1


def test_one_figure_told_again_the_next_days_is_one_statement() -> None:
    # an undated cost a carrier gives on Tuesday and the papers repeat on Wednesday
    table = claims(
        {"thing": "cost", "currency": "GBP", "published": "2024-06-11", "value": 9e6},
        {"thing": "coût", "lang": "fr", "currency": "GBP", "published": "2024-06-12",
         "value": 9e6},
        {"thing": "costo", "lang": "it", "currency": "GBP", "published": "2024-06-12",
         "value": 9e6},
    )  # fmt: skip
    assert table["subject"].nunique() == 1
    # told again weeks later, it is another episode's figure
    later = claims(
        {"thing": "cost", "currency": "GBP", "published": "2024-06-11", "value": 9e6},
        {"thing": "coût", "lang": "fr", "currency": "GBP", "published": "2024-06-28",
         "value": 9e6},
    )  # fmt: skip
    assert later["subject"].nunique() == 2


def _three_tellings(last: int) -> pd.DataFrame:
    # the passengers of a cruise ship held at Porto Vardel, undated in three days' coverage
    return claims(
        {"thing": "passeggeri", "lang": "it", "published": "2027-03-01", "value": 5600},
        {"thing": "passagers", "lang": "fr", "published": "2027-03-02", "value": 5900},
        {"thing": "passengers", "published": "2027-03-03", "value": last},
    )  # fmt: skip


def test_a_figure_told_between_two_tellings_of_one_figure_is_of_their_moment() -> None:
    # 5,600 in Monday's release, 5,900 in Tuesday's paper, 5,600 again in Wednesday's wire:
    # the count did not change between two tellings of one figure, so Tuesday's 5,900 is
    # another account of it, not a later state
    assert _three_tellings(5600)["subject"].nunique() == 1
    # with no figure told twice, each day's account keeps its day
    assert _three_tellings(6100)["subject"].nunique() == 3


def _told_twice(second: dict, value: int = 240, *more: dict) -> pd.DataFrame:
    # "240 passeggeri a bordo del traghetto" (Tuesday), the same 240 in Thursday's paper,
    # and a transfer "oggi" on Saturday: a day stated for the quantity that fits neither
    return claims(
        {"thing": "passeggeri", "lang": "it", "published": "2026-04-07", "value": value,
         "text": f"{value}", "quote": f"A bordo del traghetto c'erano {value} passeggeri."},
        {"thing": "passagers", "lang": "fr", "published": "2026-04-09", "value": value,
         "text": f"{value}", "quote": f"Le ferry transportait {value} passagers.", **second},
        {"thing": "passengers", "published": "2026-04-11", "refers_to": "2026-04-11",
         "value": 180, "text": "180", "quote": "Today 180 passengers were moved to Dorvan."},
        *more,
    )  # fmt: skip


def test_one_figure_told_again_is_one_statement_though_another_day_is_stated() -> None:
    table = _told_twice({})
    assert table["subject"].iloc[0] == table["subject"].iloc[1]
    assert "the same figure" in table["subject_evidence"].iloc[1]


def test_a_figure_told_between_two_tellings_is_of_their_moment_though_a_day_is_stated() -> None:
    # the ferry's 240 on Tuesday and Thursday, 265 in Wednesday's paper, a transfer "oggi"
    # on Saturday: Wednesday's 265 is a second account of the 240, not Wednesday's count
    table = _told_twice(
        {}, 240, {"thing": "passengers", "published": "2026-04-08", "value": 265, "text": "265",
                  "quote": "The ferry was carrying 265 passengers when its engine failed."},
    )  # fmt: skip
    assert table["subject"].iloc[3] == table["subject"].iloc[0]
    assert "between two tellings" in table["subject_evidence"].iloc[3]


@pytest.mark.parametrize(
    ("second", "value"),
    [
        # "240 passengers remain on board": that day's state, told anew
        ({"quote": "240 passagers restent bloqués à bord."}, 240),
        # a small figure recurs by chance
        ({}, 4),
    ],
)
def test_a_figure_that_still_stands_or_a_small_one_keeps_its_own_day(second, value) -> None:
    table = _told_twice(second, value)
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def test_a_running_count_told_again_days_later_is_the_earlier_day_s() -> None:
    # "La motovedetta ha soccorso 315 persone" on Monday; Wednesday's wire, whose news is of
    # Wednesday, repeats "315 people rescued" undated: Monday's figure, not Wednesday's
    base = {"thing": "rescued", "value": 315, "text": "315"}
    table = claims(
        {**base, "published": "2026-05-04",
         "refers_to": "2026-05-04", "day_from": "clause"},
        {"thing": "dead", "value": 6, "text": "6", "published": "2026-05-06",
         "refers_to": "2026-05-06", "day_from": "clause", "doc": "d1.md"},
        {**base, "published": "2026-05-06", "refers_to": "2026-05-06", "day_from": "document",
         "doc": "d1.md", "claim_id": "d1.md#1"},
        {**base, "value": 330, "text": "330", "published": "2026-05-06",
         "refers_to": "2026-05-06", "day_from": "document", "doc": "d3.md"},
    )  # fmt: skip
    assert table["subject"].iloc[0] == table["subject"].iloc[2]
    assert table["subject"].iloc[3] != table["subject"].iloc[0]  # another figure: Wednesday's


def test_a_running_count_its_own_document_dated_before_is_that_day_s_told_again() -> None:
    # Thursday's paper: "the crew rescued 142 people on Tuesday night" (a day its clause
    # states), then "with 142 survivors on board, the ship waits for a port" (undated): the
    # same figure its own document gave for Tuesday, not Thursday's count
    base = {
        "thing": "rescued",
        "value": 142,
        "text": "142",
        "published": "2026-05-07",
        "doc": "d0.md",
    }
    table = claims(
        {**base, "refers_to": "2026-05-05", "day_from": "clause", "claim_id": "d0.md#0"},
        {**base, "refers_to": "2026-05-07", "day_from": "document", "claim_id": "d0.md#1"},
        {**base, "value": 150, "text": "150", "refers_to": "2026-05-07",
         "day_from": "document", "claim_id": "d0.md#2"},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != subjects[2]  # 150, undated: Thursday's own count


def test_a_figure_a_clause_dated_told_again_undated_days_later_is_that_day_s() -> None:
    # "7 400 foyers privés de courant mardi" (Tuesday the 5th); Thursday's paper: "7,400
    # households without power" (undated): Tuesday's figure told again; another figure
    # that Thursday, or the same figure a week on, is that paper's own
    def row(value, published, refers, source, doc):
        return {
            "thing": "households",
            "value": value,
            "text": f"{value:,}",
            "published": published,
            "refers_to": refers,
            "day_from": source,
            "doc": doc,
        }

    table = claims(
        row(7400, "2026-05-05", "2026-05-05", "clause", "d0.md"),
        row(7400, "2026-05-07", "2026-05-07", "document", "d1.md"),
        row(5200, "2026-05-07", "2026-05-07", "document", "d2.md"),
        row(7400, "2026-05-13", "2026-05-13", "document", "d3.md"),
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1]
    assert subjects[2] != subjects[0] and subjects[3] != subjects[0]


def test_a_figure_another_account_gives_with_an_earlier_year_is_that_year_s() -> None:
    # "Veltro was fined €380 million in 2021" in one account, "la multa da 380 milioni"
    # (no year) in another: the 2021 fine; a fine of another figure stays this year's
    def row(value, text, quote, lang):
        return {
            "thing": "fine",
            "currency": "EUR",
            "value": value,
            "quote": quote,
            "text": text,
            "lang": lang,
            "published": "2025-03-10",
            "refers_to": "2025-03-10",
            "day_from": "document",
        }

    table = claims(
        {**row(380e6, "€380 million", "Veltro was fined €380 million in 2021.", "en"),
         "refers_to": "", "day_from": ""},
        row(380e6, "380 milioni", "La multa da 380 milioni pesa ancora sui conti.", "it"),
        row(520e6, "520 milioni", "La nuova multa da 520 milioni.", "it"),
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != subjects[2]
    assert "2021" in subjects[1]


@pytest.mark.parametrize(("said_on", "joined"), [("2031-02-20", True), ("2033-02-20", False)])
def test_a_year_s_figure_a_clause_dates_by_when_it_was_told_is_that_year_s(said_on, joined):
    # "Brisca's net profit was €264 million in 2030"; a wire: "Brisca reported on Thursday
    # a net profit of 264 million euros": the day the results went out, the 2030 profit;
    # a clause of years later is another period's figure
    table = claims(
        {"thing": "profit", "currency": "EUR", "value": 264e6, "text": "€264 million",
         "quote": "Brisca's net profit was €264 million in 2030.", "published": "2031-02-20",
         "refers_to": "2030"},
        {"thing": "bénéfice", "lang": "fr", "currency": "EUR", "value": 264e6,
         "text": "264 millions d'euros", "published": said_on, "refers_to": said_on,
         "day_from": "clause",
         "quote": "Brisca a annoncé jeudi un bénéfice net de 264 millions d'euros."},
    )  # fmt: skip
    assert (table["subject"].nunique() == 1) is joined


@pytest.mark.parametrize(("said_on", "joined"), [("2030-10-09", True), ("2029-10-09", False)])
def test_a_coming_year_s_figure_a_clause_dates_by_its_adoption_is_that_year_s(said_on, joined):
    # "Ostravia's 2031 budget of €31.2 billion"; a wire: "the cabinet adopted on Wednesday a
    # budget of 31.2 billion euros": adopted in the autumn before, the 2031 budget; a clause
    # of two years before is another budget's
    table = claims(
        {"thing": "budget", "currency": "EUR", "value": 31.2e9, "text": "€31.2 billion",
         "quote": "Ostravia's budget for 2031 amounts to €31.2 billion.",
         "published": "2030-10-09", "refers_to": "2031"},
        {"thing": "budget", "lang": "fr", "currency": "EUR", "value": 31.2e9,
         "text": "31,2 milliards d'euros", "published": said_on, "refers_to": said_on,
         "day_from": "clause",
         "quote": "Le gouvernement a adopté mercredi un budget de 31,2 milliards d'euros."},
    )  # fmt: skip
    assert (table["subject"].nunique() == 1) is joined


def test_a_figure_told_again_with_a_slip_of_scale_is_told_again_too() -> None:
    # "danni per 2,4 miliardi" on Monday; Wednesday's wires repeat "2.4 billion" and, slipped,
    # "2,4 millions": both are Monday's figure, one quantity for the scale-word rule to see
    base = {
        "thing": "damage",
        "currency": "EUR",
        "published": "2026-05-06",
        "refers_to": "2026-05-06",
        "day_from": "document",
    }
    table = claims(
        {**base, "value": 2.4e9, "published": "2026-05-04", "refers_to": "2026-05-04",
         "day_from": "clause"},
        {"thing": "dead", "value": 6, "published": "2026-05-06", "refers_to": "2026-05-06",
         "day_from": "clause", "doc": "d1.md"},
        {**base, "value": 2.4e9, "doc": "d1.md", "claim_id": "d1.md#1"},
        {**base, "value": 2.4e6, "thing": "dégâts", "lang": "fr", "doc": "d1.md",
         "claim_id": "d1.md#2"},
    )  # fmt: skip
    assert table["subject"].iloc[0] == table["subject"].iloc[2] == table["subject"].iloc[3]


def _burned(*rows: tuple[str, float, str, str]) -> pd.DataFrame:
    """Undated running counts of hectares burned, one document each: (text, value, quote,
    published)."""
    return claims(
        *(
            {"concept": "burned-area", "unit": "hectare", "text": text, "value": value,
             "quote": quote, "published": published, "refers_to": published,
             "day_from": "document"}
            for text, value, quote, published in rows
        )
    )  # fmt: skip


def test_an_undated_running_count_told_again_in_a_later_paper_is_the_earlier_day_s() -> None:
    # the fire stopped growing: Friday's paper repeats Wednesday's wire, neither dates it
    table = _burned(
        ("2,750 hectares", 2750, "The Pietralta fire has burned 2,750 hectares.", "2026-08-05"),
        ("2.750 ettari", 2750, "Il rogo, spento ieri, ha percorso 2.750 ettari.", "2026-08-07"),
        ("2 900 hectares", 2900, "L'incendie a parcouru 2 900 hectares.", "2026-08-07"),
    )
    assert table["subject"][0] == table["subject"][1]
    assert table["subject"][2] != table["subject"][1]  # Friday's own count


def test_a_running_count_told_again_under_a_later_day_its_clause_states_is_the_earlier() -> None:
    # the clause's day is another event's (the fire put out, the ship docked): the count is
    # the one given before, told again; a different figure that day is that day's own
    rows = [
        ("1,480 ha", 1480, "The blaze has burned 1,480 hectares.", "2026-08-05", "document"),
        ("1.480 ettari", 1480, "Spento giovedì, il rogo ha percorso 1.480 ettari.", "2026-08-06",
         "clause"),
        ("1 650 ha", 1650, "Jeudi, le feu avait parcouru 1 650 hectares.", "2026-08-06", "clause"),
    ]  # fmt: skip
    table = claims(
        *(
            {"concept": "burned-area", "unit": "hectare", "text": text, "value": value,
             "quote": quote, "published": day, "refers_to": day, "day_from": source}
            for text, value, quote, day, source in rows
        )
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != subjects[2]


@pytest.mark.parametrize("lang", ["en", "fr", "it"])
def test_any_figure_a_later_clause_dates_by_when_it_was_said_is_the_one_told_before(lang) -> None:
    # a shipping line's passengers, undated on Monday; two days on, a body "said on
    # Wednesday" the same figure: the day it was said, not the day the figure describes
    said = {
        "en": ("1,870", "The operator said on Wednesday that 1,870 passengers were on board."),
        "fr": ("1 870", "L'armateur a indiqué mercredi que 1 870 passagers étaient à bord."),
        "it": ("1.870", "Mercoledì la compagnia ha riferito che a bordo c'erano 1.870 passeggeri."),
    }[lang]
    thing = {"en": "passengers", "fr": "passagers", "it": "passeggeri"}[lang]
    table = claims(
        {"thing": "passengers", "value": 1870, "text": "1,870", "published": "2027-09-06",
         "refers_to": "2027-09-06", "day_from": "document",
         "quote": "The ferry Orsa Lenta carries 1,870 passengers."},
        {"thing": thing, "lang": lang, "value": 1870, "text": said[0], "quote": said[1],
         "published": "2027-09-09", "refers_to": "2027-09-08", "day_from": "clause"},
        {"thing": thing, "lang": lang, "value": 1920, "text": "1920", "quote": "1920",
         "published": "2027-09-09", "refers_to": "2027-09-08", "day_from": "clause"},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != subjects[2]
    assert "told again" in table["subject_evidence"].iloc[1]
    # a count said for the very next day may be that day's own account (beside the 1,920 it
    # conflicts with): it keeps its day
    next_day = table.drop(columns=["subject", "subject_label", "subject_evidence"])
    next_day = next_day.assign(refers_to=["2027-09-06", "2027-09-07", "2027-09-07"])
    subjects = claims(*next_day.to_dict("records"))["subject"].tolist()
    assert subjects[0] != subjects[1] == subjects[2]


def test_a_running_count_that_still_stands_or_a_later_week_s_keeps_its_own_day() -> None:
    table = _burned(
        ("2,750 hectares", 2750, "The Pietralta fire has burned 2,750 hectares.", "2026-08-05"),
        ("2.750 ettari", 2750, "Restano ancora 2.750 ettari da bonificare.", "2026-08-07"),
        ("2,750 hectares", 2750, "The fire burned 2,750 hectares.", "2026-08-20"),
    )
    assert table["subject"].nunique() == 3


def test_the_earlier_state_of_a_toll_is_the_count_an_earlier_account_gave() -> None:
    # Thursday's wire: 14 dead; Friday's: "19 deaths since March 1, up from 14 a day earlier"
    friday = (
        "The ministry said 19 deaths had been recorded since March 1, up from 14 a day earlier."
    )
    table = claims(
        {"thing": "dead", "text": "14", "value": 14, "published": "2026-03-05",
         "refers_to": "2026-03-05", "day_from": "clause", "quote": "14 people have died."},
        {"thing": "deaths", "text": "19", "value": 19, "published": "2026-03-06", "doc": "d1.md",
         "refers_to": "2026-03-06", "day_from": "clause", "quote": friday},
        {"thing": "deaths", "text": "14", "value": 14, "published": "2026-03-06", "doc": "d1.md",
         "claim_id": "d1.md#1", "refers_to": "2026-03-06", "day_from": "clause",
         "quote": friday},
    )  # fmt: skip
    assert table["subject"][2] == table["subject"][0]  # Thursday's 14, told again
    assert table["subject"][1] != table["subject"][0]


def test_the_earlier_state_no_other_account_gave_stays_an_earlier_state() -> None:
    friday = (
        "The ministry said 19 deaths had been recorded since March 1, up from 14 a day earlier."
    )
    table = claims(
        {"thing": "deaths", "text": "19", "value": 19, "published": "2026-03-06",
         "refers_to": "2026-03-06", "day_from": "clause", "quote": friday},
        {"thing": "deaths", "text": "14", "value": 14, "published": "2026-03-06",
         "doc": "d0.md", "claim_id": "d0.md#1", "refers_to": "2026-03-06",
         "day_from": "clause", "quote": friday},
    )  # fmt: skip
    assert "earlier" in table["subject_label"][1]


def _kinds(*bounds: tuple[float, float]) -> list[str]:
    """The steps of one series given (low, high) on consecutive days."""
    days = [f"2025-06-0{i + 3}" for i in range(len(bounds))]
    table = pd.DataFrame(
        {"claim_id": [f"d{i}#1" for i in range(len(bounds))], "case": "x", "series": "dead",
         "measure": "", "moment": days, "published_at": "",
         "low": [b[0] for b in bounds], "high": [b[1] for b in bounds]}
    )  # fmt: skip
    return [s.kind for s in steps(points(table))]


def test_a_figure_far_below_its_series_is_another_quantity_not_a_fall() -> None:
    # "1,120 migrants have died at sea this year" on Tuesday, "14 dead" in Thursday's wreck
    # story: the words did not tell the two apart, the figures do; 60 after 75 still falls
    assert _kinds((1120, 1120), (14, 14)) == []
    assert _kinds((75, 75), (60, 60)) == ["fall"]


def test_a_figure_of_a_year_long_past_is_not_the_earlier_point_of_this_week_s_count() -> None:
    # "In 2017 the flood drove 2,300 people from their homes" beside this week's "180
    # évacués" and "260 sfollati": another event's count, neither a fall nor a rise; a year
    # that is last year's stays on the timeline (an account may date this year's figure so)
    assert _kinds_at(["2017", "2024-03-05", "2024-03-06"], [2300, 180, 260]) == ["rise"]
    assert _kinds_at(["2017-10", "2024-03-05"], [2300, 180]) == []
    assert _kinds_at(["2023", "2024-03-05"], [2300, 180]) == ["fall"]


def _kinds_at(moments: list[str], values: list[int]) -> list[str]:
    table = pd.DataFrame(
        {"claim_id": [f"d{i}#1" for i in range(len(values))], "case": "x", "series": "evacuee",
         "measure": "", "moment": moments, "published_at": "",
         "low": [float(v) for v in values], "high": [float(v) for v in values]}
    )  # fmt: skip
    return [s.kind for s in steps(points(table))]


def test_a_later_moment_whose_accounts_disagree_still_rises_above_the_earlier() -> None:
    # "52 feriti" on Monday; on Tuesday the ministry's 120 injured and one clinic's 15: a
    # same-day disagreement (value-conflict's), and a toll that grew from Monday's
    table = pd.DataFrame(
        {"claim_id": ["d0#1", "d1#1", "d2#1"], "case": "x", "series": "injured",
         "measure": "", "moment": ["2025-06-02", "2025-06-03", "2025-06-03"],
         "published_at": "", "low": [52.0, 120, 15], "high": [52.0, 120, 15]}
    )  # fmt: skip
    assert [s.kind for s in steps(points(table))] == ["rise"]
    assert _kinds((52, 52), (40, 80)) == []  # a range that only reaches past it: no rise
    # 3,120 is 60 times Monday's 52 and Tuesday's 2: another quantity the words did not tell
    # apart, and 2 is no rise
    apart = table.assign(low=[52.0, 3120, 2], high=[52.0, 3120, 2])
    assert [s.kind for s in steps(points(apart))] == []


def test_a_figure_rises_above_the_earlier_figures_of_its_size() -> None:
    # Monday: the prefecture's 2,300 evacuees and 6 injured read as evacuees; Wednesday: 3,150
    # evacuees and 11 injured read the same way. Each size is compared with its own: 3,150
    # rose above 2,300, though Wednesday's lowest figure is 11
    table = pd.DataFrame(
        {"claim_id": ["d0#1", "d0#2", "d1#1", "d1#2"], "case": "x", "series": "evacuee",
         "measure": "", "moment": ["2025-06-02", "2025-06-02", "2025-06-04", "2025-06-04"],
         "published_at": "", "low": [2300.0, 6, 3150, 5], "high": [2300.0, 6, 3150, 5]}
    )  # fmt: skip
    assert [s.kind for s in steps(points(table))] == ["rise"]
    below = table.assign(low=[2300.0, 6, 2250, 5], high=[2300.0, 6, 2250, 5])
    assert [s.kind for s in steps(points(below))] == []


def test_more_than_a_figure_then_more_than_a_larger_one_is_a_rise() -> None:
    # "plus de 40 000 voyageurs touchés" on Monday, "more than 95,000" on Tuesday
    inf = float("inf")
    assert _kinds((40000, inf), (95000, inf)) == ["rise"]
    assert _kinds((40000, inf), (38000, 38000)) == ["fall"]


def _day_of_injured(lang: str, quote: str, text: str, published: str) -> pd.DataFrame:
    # the morning wire's 40 injured of Wednesday, then a figure of the same Wednesday
    return claims(
        {"thing": "injured", "refers_to": "2025-04-09", "published": "2025-04-09",
         "published_at": "2025-04-09T09:15", "value": 40, "text": "40",
         "quote": "Some 40 people were injured, the prefecture said."},
        {"thing": {"en": "injured", "fr": "blessés", "it": "feriti"}[lang], "lang": lang,
         "refers_to": "2025-04-09", "published": published[:10], "published_at": published,
         "value": 47, "text": text, "quote": quote},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "quote", "text"),
    [
        ("fr", "Mercredi soir, les blessés étaient désormais 47.", "47"),
        ("it", "In serata il numero dei feriti è salito a 47.", "47"),
        ("en", "By Wednesday night the number of injured had risen to 47.", "47"),
        # words that bring the toll to the figure
        ("en", "A crane operator was hurt in the evening, bringing the toll to 47.", "47"),
        ("fr", "Un grutier a été blessé dans la soirée, portant le bilan à 47.", "47"),
        ("it", "Un gruista è rimasto ferito in serata, portando il bilancio a 47.", "47"),
    ],
)
def test_a_count_its_copy_says_has_grown_since_an_earlier_account_is_the_day_s_later_state(
    lang, quote, text
) -> None:
    table = _day_of_injured(lang, quote, text, "2025-04-10T07:00")
    first, later = table["subject"].tolist()
    assert later == f"{first}|later"
    assert table["series"].nunique() == 1
    at = points(table.assign(measure="", low=table["value"], high=table["value"]))
    assert at["moment"].tolist() == ["2025-04-09", "2025-04-09 (later)"]


@pytest.mark.parametrize(
    ("quote", "published"),
    [
        ("Mercredi, 47 personnes ont été blessées.", "2025-04-10T07:00"),  # no word of growth
        ("Mercredi soir, les blessés étaient désormais 47.", "2025-04-09T08:00"),  # told before
    ],
)
def test_a_figure_of_the_day_told_without_growth_or_before_the_other_is_one_account(
    quote, published
) -> None:
    table = _day_of_injured("fr", quote, "47", published)
    assert table["subject"].nunique() == 1


@pytest.mark.parametrize(
    ("lang", "thing", "quote", "text"),
    [
        ("it", "dispersi", "Ieri sera sono stati recuperati 4 corpi; i dispersi sono ora 21.", "21"),
        ("fr", "disparus", "Quatre corps ont été retrouvés mardi soir, les disparus sont désormais 21.",
         "21"),
        ("en", "missing", "Four bodies were recovered on Tuesday night; 21 people are now missing.",
         "21"),
        ("fr", "disparus", "Quatre corps ont été retrouvés mardi soir : on ne compte plus que 21 disparus.",
         "21"),
        ("en", "missing", "Four bodies were recovered on Tuesday night; the missing are now down to 21.",
         "21"),
        ("it", "dispersi", "Martedì sera sono stati recuperati 4 corpi e i dispersi sono scesi a 21.",
         "21"),
    ],
)  # fmt: skip
def test_a_count_that_may_fall_told_now_at_another_figure_is_the_day_s_later_state(
    lang, thing, quote, text
) -> None:
    # the evening wire's 25 missing of Tuesday, then the next day's paper: bodies were found,
    # the missing "now" fewer, dated by the clause before it: an update, not a second account
    table = _day_of_missing(lang, thing, quote, text)
    first, later = table["subject"].tolist()
    assert later == f"{first}|later"


@pytest.mark.parametrize(
    ("lang", "quote"),
    [
        ("fr", "Bilan du soir : 4 disparus retrouvés, 4 disparus toujours recherchés."),
        ("en", "By nightfall 4 missing hikers were found and 4 were still missing."),
        ("it", "In serata 4 dispersi ritrovati, 4 dispersi ancora cercati."),
    ],
)
def test_a_count_that_may_fall_told_still_at_another_figure_is_the_day_s_later_state(
    lang, quote
) -> None:
    # the morning's 9 missing, then the evening's bulletin: the same figure twice in one
    # sentence, the second one still standing; read at its own place, not the first's
    evening = _missing_at("20:00", 4, quote, lang=lang, doc="e.md")
    table = claims(
        _missing_at("09:00", 9, "9 people are missing, the mountain rescue said."),
        {**evening, "thing": "found", "claim_id": "e.md#20"},
        {**evening, "claim_id": "e.md#44"},
    )
    assert table["subject"].iloc[2] == f"{table['subject'].iloc[0]}|later"


def test_a_count_that_may_fall_told_still_before_another_account_is_no_later_state() -> None:
    # the first account of the day says "still": nothing before it to be later than
    early = claims(
        _missing_at("08:00", 25, "25 people were still missing at dawn."),
        _missing_at("18:00", 21, "The coast guard counted 21 missing."),
    )
    assert early["subject"].nunique() == 1


def _missing_at(hour: str, value: int, quote: str, **more: str) -> dict:
    """A count of the missing of 10 June 2025, told at `hour` that day."""
    day = "2025-06-10"
    return {"thing": "missing", "refers_to": day, "published": day,
            "published_at": f"{day}T{hour}", "value": value, "text": str(value),
            "quote": quote, **more}  # fmt: skip


def test_a_count_that_may_fall_told_at_another_figure_without_now_is_one_account() -> None:
    quote = "Ieri sera la Guardia costiera contava 21 dispersi."
    assert _day_of_missing("it", "dispersi", quote, "21")["subject"].nunique() == 1


def test_what_an_owner_has_told_now_is_its_size_not_a_day_s_later_state() -> None:
    # "now has 41 million customers" is the company's size (steady), no new state of a day
    table = claims(
        {"thing": "customers", "published": "2025-06-10", "published_at": "2025-06-10T18:00",
         "value": 39_000_000, "text": "39 million", "quote": "It has 39 million customers."},
        {"thing": "customers", "published": "2025-06-11", "published_at": "2025-06-11T12:00",
         "value": 41_000_000, "text": "41 million",
         "quote": "The group said it now had 41 million customers."},
    )  # fmt: skip
    assert not any(s.endswith("|later") for s in table["subject"])


def _day_of_missing(lang: str, thing: str, quote: str, text: str) -> pd.DataFrame:
    return claims(
        {"thing": "missing", "refers_to": "2025-06-10", "published": "2025-06-10",
         "published_at": "2025-06-10T18:00", "value": 25, "text": "25",
         "quote": "25 people are missing, the coast guard said."},
        {"thing": thing, "lang": lang, "refers_to": "2025-06-10", "published": "2025-06-11",
         "published_at": "2025-06-11T12:00", "value": 21, "text": text, "quote": quote},
    )  # fmt: skip


def test_an_undated_figure_never_takes_a_day_after_its_document_went_out() -> None:
    # the evening wire's 312 visitors stranded (Monday), the same 312 in Tuesday's paper
    # under Monday's news, and 280 in Tuesday's wire: one day, Monday's, not Tuesday's (and
    # Thursday's 150, another day of the coverage)
    doc = {"thing": "visitors", "day_from": "document"}
    table = claims(
        {**doc, "published": "2025-09-15", "refers_to": "2025-09-15", "value": 312},
        {**doc, "published": "2025-09-16", "refers_to": "2025-09-15", "value": 312},
        {**doc, "published": "2025-09-16", "refers_to": "2025-09-16", "value": 280},
        {**doc, "published": "2025-09-18", "refers_to": "2025-09-18", "value": 150},
    )
    assert table["subject"].nunique() == 2
    assert [s.split("|")[2] for s in table["subject"]] == ["2025-09-15"] * 3 + ["2025-09-18"]


def test_a_rate_s_day_is_not_its_document_s_news_day() -> None:
    # Wednesday morning's paper on Tuesday evening's toll, "30 buses a day from Wednesday":
    # its undated toll is Tuesday's, not Wednesday's
    paper = {"doc": "paper.md", "published": "2025-03-12"}
    table = claims(
        {"thing": "injured", "published": "2025-03-11", "refers_to": "2025-03-11",
         "day_from": "clause", "value": 20},
        {**paper, "thing": "injured", "refers_to": "2025-03-11", "day_from": "document",
         "value": 26},
        {**paper, "thing": "buses", "refers_to": "2025-03-12", "day_from": "clause",
         "value": 30, "rate": "per_day"},
        {**paper, "thing": "buses", "refers_to": "2025-03-11", "day_from": "clause",
         "value": 44, "rate": "per_day"},
    )  # fmt: skip
    assert table["moment"].tolist()[:2] == ["2025-03-11", "2025-03-11"]


def test_what_an_owner_has_is_timeless_unless_its_copy_says_it_has_grown() -> None:
    # a workforce is one figure whichever day it is told; a count of workers the copy says
    # has risen ("workers killed on the sites have risen to 6") is a count of its day
    table = claims(
        {"thing": "workers", "refers_to": "2025-07-21", "published": "2025-07-21",
         "value": 5, "text": "5", "quote": "The site employs 5 workers."},
        {"thing": "lavoratori", "lang": "it", "refers_to": "2025-07-23",
         "published": "2025-07-23", "value": 6, "text": "6",
         "quote": "Sono saliti a 6 i lavoratori morti nei cantieri."},
    )  # fmt: skip
    steady, grown = (s.split("|")[2] for s in table["subject"])
    assert (steady, grown) == ("", "2025-07-23")


def test_a_figure_that_still_stands_is_the_state_when_its_document_went_out() -> None:
    # Tuesday's wire: "Le bilan s'est alourdi mardi à 3 disparus"; Wednesday's paper, of
    # Tuesday's storm: "Two fishermen are still missing": Wednesday's state, not a second
    # account of Tuesday's count; an undated figure that does not say so is Tuesday's
    day = {"refers_to": "2025-02-11", "day_from": "clause", "published": "2025-02-11"}
    table = claims(
        {"thing": "disparus", "lang": "fr", "value": 3, **day},
        {"thing": "fishermen missing", "concept": "missing", "value": 2, "published": "2025-02-12",
         "quote": "Two fishermen are still missing after the storm.", "text": "Two"},
        {"thing": "missing", "value": 3, "published": "2025-02-12",
         "quote": "Three fishermen are missing after the storm.", "text": "Three"},
    )  # fmt: skip
    assert table["moment"].tolist() == ["2025-02-11", "2025-02-12", "2025-02-11"]
    assert table["subject"].iloc[0] == table["subject"].iloc[2] != table["subject"].iloc[1]


def test_a_part_of_a_count_that_has_grown_is_of_the_later_state_too() -> None:
    # the morning wire's "40 injured, 12 of them seriously", then the evening paper's "les
    # blessés sont désormais 47, dont 11 en urgence absolue": the 11 is a part of the later
    # 47, not a second account of the 12
    morning = {
        "refers_to": "2025-04-09",
        "published": "2025-04-09",
        "published_at": "2025-04-09T09:15",
        "doc": "a.md",
    }
    evening = {
        "refers_to": "2025-04-09",
        "published": "2025-04-10",
        "lang": "fr",
        "published_at": "2025-04-10T07:00",
        "doc": "b.md",
    }
    grown = "Les blessés sont désormais 47, dont 11 en urgence absolue."
    table = claims(
        {"thing": "injured", "value": 40, "claim_id": "a.md#1", "text": "40", **morning,
         "quote": "Some 40 people were injured, 12 of them seriously."},
        {"thing": "injured", "value": 12, "claim_id": "a.md#2", "part_of": "a.md#1",
         "text": "12", **morning, "quote": "Some 40 people were injured, 12 of them seriously."},
        {"thing": "blessés", "value": 47, "claim_id": "b.md#1", "text": "47", **evening,
         "quote": grown},
        {"thing": "blessés", "value": 11, "claim_id": "b.md#2", "part_of": "b.md#1",
         "text": "11", **evening, "quote": grown},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[2] == f"{subjects[0]}|later"
    assert subjects[3] != subjects[1]
    assert subjects[3].endswith("|later")


def test_an_undated_figure_never_takes_a_day_before_the_one_its_document_reports() -> None:
    # Wednesday's wire: "About 300 people attended a union meeting on Monday evening"; a
    # Tuesday evening story of Tuesday's picket: "Circa 1.500 persone hanno partecipato al
    # presidio": the picket is Tuesday's, not Monday's meeting
    table = claims(
        {"thing": "people", "value": 300, "refers_to": "2026-03-09", "day_from": "clause",
         "published": "2026-03-11"},
        {"thing": "persone", "lang": "it", "value": 1500, "refers_to": "2026-03-10",
         "day_from": "document", "published": "2026-03-10"},
    )  # fmt: skip
    assert table["moment"].tolist() == ["2026-03-09", "2026-03-10"]
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def _patients(value: int, at: str = "2026-10-09T12:40") -> pd.DataFrame:
    # Thursday's bulletin: "22 malades hospitalisés" (the 8th, stated); Friday's noon wire
    # says what happened "on Friday" (its news runs to the 9th) and, undated, "`value`
    # patients have been admitted to hospital"
    table = claims(
        {"thing": "patients", "value": 22, "text": "22", "published": "2026-10-08",
         "refers_to": "2026-10-08", "day_from": "clause",
         "quote": "Jeudi, 22 malades étaient hospitalisés."},
        {"thing": "schools", "value": 3, "text": "3", "published": "2026-10-09",
         "refers_to": "2026-10-09", "day_from": "clause", "doc": "d1.md", "published_at": at,
         "quote": "Three schools closed on Friday."},
        {"thing": "patients", "value": value, "text": str(value), "published": "2026-10-09",
         "doc": "d1.md", "claim_id": "d1.md#1", "published_at": at,
         "quote": f"{value} patients have been admitted to hospital."},
    )  # fmt: skip
    return table


def test_an_undated_count_above_the_day_before_s_in_a_later_account_is_its_news_day_s() -> None:
    table = _patients(27)
    assert table["moment"].tolist()[2] == "2026-10-09"  # grown: an update, not a conflict
    assert table["subject"].iloc[0] != table["subject"].iloc[2]


@pytest.mark.parametrize(
    ("value", "at"),
    [
        (20, "2026-10-09T12:40"),  # another account of Thursday's count, or a fall: compared
        (23, "2026-10-09T12:40"),  # one step of its last digit above: maybe a rounding
        (27, "2026-10-09T07:00"),  # a morning paper: its news is Thursday's
        (27, "2026-10-09"),  # no time: it may be a morning paper
    ],
)
def test_an_undated_count_at_or_near_the_day_before_s_or_in_a_morning_paper_is_that_day_s(
    value, at
) -> None:
    table = _patients(value, at)
    assert table["subject"].iloc[0] == table["subject"].iloc[2]


def _serious(later_quote: str, later_text: str) -> pd.DataFrame:
    # the morning wire: 40 injured, 9 of them seriously; the next morning's paper on the
    # same Wednesday evening
    morning = "Some 40 people were injured, 9 of them seriously, the prefecture said."
    return claims(
        {"thing": "injured", "value": 40, "text": "40", "quote": morning,
         "refers_to": "2025-04-09", "published": "2025-04-09", "published_at": "2025-04-09T09:15"},
        {"thing": "injured", "value": 9, "text": "9", "quote": morning, "claim_id": "d0.md#1",
         "doc": "d0.md", "refers_to": "2025-04-09", "published": "2025-04-09",
         "published_at": "2025-04-09T09:15"},
        {"thing": "blessés", "lang": "fr", "value": 47, "text": "47", "quote": later_quote,
         "refers_to": "2025-04-09", "published": "2025-04-10", "published_at": "2025-04-10T07:00"},
        {"thing": "blessés", "lang": "fr", "value": 8, "text": later_text, "quote": later_quote,
         "claim_id": "d2.md#1", "doc": "d2.md", "refers_to": "2025-04-09",
         "published": "2025-04-10", "published_at": "2025-04-10T07:00"},
    )  # fmt: skip


def test_a_part_told_with_a_later_state_of_its_whole_is_of_that_later_state() -> None:
    table = _serious("Mercredi soir, les blessés étaient désormais 47, dont 8 graves.", "8")
    subjects = table["subject"].tolist()
    assert subjects[2].endswith("|later") and subjects[3].endswith("|later")
    assert subjects[1] != subjects[3]  # the evening's 8 is no second account of the 9


def test_a_part_counted_by_condition_is_a_state_that_may_fall() -> None:
    table = _serious("Mercredi soir, les blessés étaient désormais 47, dont 8 graves.", "8")
    series = table["series"].tolist()
    assert series[1].startswith(RISES) and series[3].startswith(RISES)
    assert not series[0].startswith(RISES)  # the whole still only grows


# Friday's toll of dead workers, written in each language: (noun, sentence)
_DIED = {
    "en": ("workers", "By Friday 5 workers had died on the Castelbruno sites."),
    "fr": ("salariés", "Vendredi, 5 salariés sont morts à Castelbruno."),
    "it": ("lavoratori", "Venerdì 5 lavoratori sono morti nei cantieri di Castelbruno."),
}


@pytest.mark.parametrize("lang", sorted(_DIED))
def test_people_a_toll_says_have_died_are_a_running_count_that_grows(lang) -> None:
    # the dead among some people (a noun marked with what befell them) only grow: two on
    # Tuesday, five on Friday is a toll that rose, never two accounts of one moment
    table = claims(
        {"thing": "workers", "refers_to": "2025-06-03", "published": "2025-06-03",
         "published_at": "2025-06-03", "value": 2, "text": "2",
         "quote": "2 workers have died on the Castelbruno sites."},
        {"thing": _DIED[lang][0], "lang": lang, "refers_to": "2025-06-06",
         "published": "2025-06-06", "published_at": "2025-06-06", "value": 5, "text": "5",
         "quote": _DIED[lang][1]},
    )  # fmt: skip
    assert all("+dead" in s for s in table["subject"])
    series = table["series"].tolist()
    assert series[0] and series[0] == series[1] and not series[0].startswith(RISES)
    at = points(table.assign(measure="", low=table["value"], high=table["value"]))
    assert [s.kind for s in steps(at)] == ["rise"]


def test_what_an_owner_has_takes_the_one_year_another_account_gives_it() -> None:
    # "Korvel Logistik employed 3,400 people in 2025" in the release; "its 3,400 staff" in
    # the wire, no year: one workforce. Two years given for it ("2,900 in 2024", "3,400 in
    # 2025") leave the unsaid one open, as does a year its own document gives beside it.
    def staff(*rows: tuple[int, str, str]) -> list[str]:
        table = claims(
            *(
                {"thing": "employees", "refers_to": year, "published": "2026-03-04",
                 "value": value, "text": f"{value:,}", "doc": doc, "claim_id": f"{doc}#{i}"}
                for i, (value, year, doc) in enumerate(rows)
            )
        )  # fmt: skip
        return [s.split("|")[2] for s in table["subject"]]

    assert staff((3400, "2025", "a.md"), (3350, "", "b.md")) == ["2025", "2025"]
    assert staff((2900, "2024", "a.md"), (3400, "2025", "b.md"), (3100, "", "c.md"))[2] == ""
    assert staff((2900, "2024", "a.md"), (3400, "", "a.md")) == ["2024", ""]


def test_a_duration_of_a_year_long_past_is_no_year_for_this_week_s_duration() -> None:
    # "In 2009 the Brevinne tunnel stayed shut for 8 days" is history; the operator's "a
    # refund for 45 days" in this week's release states no year and is not of 2009
    def spans(year: str) -> list[str]:
        table = claims(
            {"thing": "days", "unit": "day", "refers_to": year, "value": 8, "text": "8",
             "published": "2026-03-04", "doc": "a.md", "claim_id": "a.md#1"},
            {"thing": "days", "unit": "day", "refers_to": "", "value": 45, "text": "45",
             "published": "2026-03-04", "doc": "b.md", "claim_id": "b.md#1"},
        )  # fmt: skip
        return [s.split("|")[2] for s in table["subject"]]

    assert spans("2009") == ["2009", ""]
    assert spans("2025") == ["2025", "2025"]  # last year's may be the one meant


@pytest.mark.parametrize(("at", "moment"), [("2026-03-09T00:35", "2026-03-08"),
                                            ("2026-03-09T13:00", "2026-03-09")])  # fmt: skip
def test_an_undated_figure_of_a_document_out_in_the_small_hours_is_of_the_day_before(
    at, moment
) -> None:
    # Sunday's vote: a wire filed at 00:35 on Monday, "with 208 of 940 polling stations
    # counted" (no day stated, its lead's Sunday), and Monday's release, "on Monday 937
    # polling stations had been counted": the night's count is Sunday's, not Monday's
    table = claims(
        {"thing": "polling stations", "value": 208, "refers_to": "2026-03-08",
         "day_from": "document", "published": "2026-03-09", "published_at": at},
        {"thing": "polling stations", "value": 937, "refers_to": "2026-03-09",
         "day_from": "clause", "published": "2026-03-09", "published_at": "2026-03-09T15:00"},
    )  # fmt: skip
    assert table["moment"].iloc[0] == moment
    assert table["published"].iloc[0] == "2026-03-09"  # its publication day stays as given


def test_a_share_of_what_an_owner_has_is_a_level_of_its_day() -> None:
    # "the Varnholt plant's capacity is 300 MW" is one figure whichever day it is told;
    # "the reservoir stood at 34% of capacity" on Monday is Monday's level, not Tuesday's 29%
    table = claims(
        {"thing": "capacity", "unit": "percent", "refers_to": "2025-07-21",
         "published": "2025-07-21", "value": 34, "text": "34%",
         "quote": "The Varnholt reservoir stood at 34% of capacity."},
        {"thing": "capacity", "unit": "percent", "refers_to": "2025-07-22",
         "published": "2025-07-22", "value": 29, "text": "29%",
         "quote": "The Varnholt reservoir was down to 29% of capacity."},
    )  # fmt: skip
    assert [s.split("|")[2] for s in table["subject"]] == ["2025-07-21", "2025-07-22"]


def test_a_document_s_news_day_is_its_lead_s_when_a_later_clause_dates_an_earlier_step() -> None:
    # Tuesday's wire: "Some 1,250 firefighters are at work"; Wednesday's paper tells its
    # story as of Wednesday ("the fire has been held since Wednesday morning"), then an
    # earlier step ("3 hikers were found on Tuesday evening") and, undated, "About 650
    # firefighters remain": Wednesday's count, a step down, not Tuesday's second account
    table = claims(
        {"thing": "firefighters", "value": 1250, "text": "1,250", "published": "2026-05-12",
         "refers_to": "2026-05-12", "day_from": "document"},
        {"thing": "hikers", "value": 3, "text": "3", "published": "2026-05-13",
         "refers_to": "2026-05-12", "day_from": "clause", "doc": "d1.md", "claim_id": "d1.md#1"},
        {"thing": "firefighters", "value": 650, "text": "650", "published": "2026-05-13",
         "refers_to": "2026-05-13", "day_from": "document", "doc": "d1.md"},
    )  # fmt: skip
    assert table["moment"].tolist()[2] == "2026-05-13"
    assert table["subject"].iloc[0] != table["subject"].iloc[2]


def test_a_year_of_accounts_its_release_gives_is_no_day_another_account_said(
    tmp_path: Path,
) -> None:
    """A release of 2030's results gives a market's share of revenue undated; a paper says
    the next morning that revenue grew, "the group said on Wednesday": the share stays a
    figure of 2030, not of the day the paper's figure was said."""
    docs = [
        (
            "it",
            "Morvelli: approvati i risultati 2030",
            "Morvelli S.p.A.",
            "2031-03-12",
            "Milano, 12 marzo 2031 – Il consiglio di Morvelli ha approvato i conti. La "
            "Germania resta il primo mercato di Morvelli, con il 35% dei ricavi.",
        ),
        (
            "fr",
            "Morvelli taille dans ses effectifs",
            "Le Journal des Affaires",
            "2031-03-13",
            "Le chiffre d'affaires de Morvelli a progressé de 4,1 %, a indiqué le groupe mercredi.",
        ),
    ]
    claims_ = _checked(tmp_path, docs)
    share = next(c for c in claims_ if c["text"] == "35%")
    said = next(c for c in claims_ if c["text"] == "4,1 %")
    assert "|2031-03-12|" in said["subject"]
    assert "|2030|" in share["subject"]
    assert "its document reports (2030)" in share["subject_evidence"]


def _checked(tmp_path: Path, docs: list[tuple[str, str, str, str, str]]) -> list[dict]:
    """The claims of documents (language, title, publisher, published, body) as one case."""
    for i, (lang, title, publisher, published, body) in enumerate(docs, 1):
        front = f'title: "{title}"\npublisher: {publisher}\npublished: {published}\n'
        (tmp_path / f"0{i}-{lang}.md").write_text(
            f"---\n{front}language: {lang}\n---\n{body}\n", encoding="utf-8"
        )
    return check(tmp_path, validate=False).claims.to_dict("records")


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("Ferranti Casa said on Thursday its 2030 net profit fell 41%.", True),
        ("Ferranti Casa said on Thursday it would shut a plant near Asti.", False),
    ],
)
def test_an_undated_share_of_accounts_takes_the_year_others_give_when_its_story_names_it(
    tmp_path: Path, lead: str, year: bool
) -> None:
    """A paper gives revenue growth "in 2030"; a wire whose lead sets its figures in 2030
    gives it undated: the same figure of the same year. A wire whose story names no year
    keeps its own day: a year unsaid there may be another period."""
    docs = [
        (
            "it",
            "Ferranti Casa, conti in chiaroscuro",
            "Gazzetta dei Mercati",
            "2031-02-20",
            "Il fatturato di Ferranti Casa è aumentato del 3,4% nel 2030.",
        ),
        (
            "en",
            "Ferranti Casa to shut plant",
            "Harbour Wire",
            "2031-02-20",
            f"TURIN, Feb 20 (Harbour Wire) - {lead} Revenue rose 3.4%, the company said.",
        ),
    ]
    claims_ = _checked(tmp_path, docs)
    paper = next(c for c in claims_ if c["text"] == "3,4%")
    wire = next(c for c in claims_ if c["text"] == "3.4%")
    assert "|2030|" in paper["subject"]
    assert (wire["subject"] == paper["subject"]) is year
    assert ("the year the others give" in wire["subject_evidence"]) is year
