"""Amounts whose only noun is their currency, and figures whose noun is elided: the verb of
the clause names an amount's role, and a figure with no noun counts the noun of the figure
before it in its sentence. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sourcecheck.align.anchors import anchor
from sourcecheck.align.labelled import labelled_place
from sourcecheck.align.roles import role

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims, same  # noqa: E402

# sentence, figure, language → the role its verb names
ROLES = [
    ("La préfecture a débloqué 12 millions d'euros pour les sinistrés.", "12 millions d'euros",
     "fr", "aid"),
    ("Sono stati stanziati 12 milioni per le famiglie colpite.", "12 milioni", "it", "aid"),
    ("The province earmarked €12 million for the victims.", "€12 million", "en", "aid"),
    ("Ai 40 milioni erogati a marzo se ne aggiungono altri.", "40 milioni", "it", "aid"),
    ("La sanzione da 75 milioni irrogata a Brenta Energia è definitiva.", "75 milioni", "it",
     "fine"),
    ("Le site a généré 8 millions d'euros l'an dernier.", "8 millions d'euros", "fr", "revenue"),
    ("The bridge cost €90 million.", "€90 million", "en", "cost"),
    ("The new line will save €75 million a year in fuel costs.", "€75 million", "en", "savings"),
    ("Le plan doit permettre d'économiser 75 millions par an.", "75 millions", "fr", "savings"),
    ("La fusione consentirà di risparmiare 75 milioni l'anno.", "75 milioni", "it", "savings"),
    ("Chaque client avait payé environ 1 800 euros au loueur.", "1 800 euros", "fr", "payment"),
    ("Ogni socio ha pagato 250 euro per l'iscrizione.", "250 euro", "it", "payment"),
    ("Every guest paid $900 for the weekend.", "$900", "en", "payment"),
    # a verb of another clause names nothing
    ("The town spent €3 million, and the region released more.", "€3 million", "en", ""),
    ("Il sindaco, che ha stanziato fondi, parla di 5 milioni.", "5 milioni", "it", ""),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "text", "lang", "concept"), ROLES)
def test_the_verb_of_an_amount_s_clause_names_its_role(quote, text, lang, concept) -> None:
    assert role(quote, text, lang) == concept


def test_amounts_with_only_a_currency_align_through_their_verb() -> None:
    rows = [
        ("La préfecture a débloqué 12 millions d'euros mardi.", "12 millions d'euros", "fr"),
        ("Sono stati stanziati 12 milioni di euro per le famiglie.", "12 milioni di euro", "it"),
        ("The government released €12 million for the families.", "€12 million", "en"),
    ]
    table = claims(*({"quote": q, "text": t, "lang": g, "currency": "EUR"} for q, t, g in rows))
    assert same(table)


def test_the_verb_before_an_amount_outweighs_a_context_word_beside_it() -> None:
    # "save … in fuel costs": the frame read the cost from the context word; the verb says
    # the amount is saved, as "75 millions d'économies par an" says in another account
    quote = "The new line will save €75 million a year in fuel costs."
    saved = {"quote": quote, "text": "€75 million", "concept": "cost", "currency": "EUR"}
    table = claims(
        {**saved, "value": 75e6},
        {"thing": "économies", "currency": "EUR", "lang": "fr", "value": 75e6},
    )
    assert same(table)


def test_an_amount_paid_told_on_two_days_is_one_quantity() -> None:
    # what each one paid does not change from one day of coverage to the next: two accounts
    # that differ on it are compared
    rows = [
        ("Chaque client avait payé 1 800 euros au loueur.", "1 800 euros", "fr", "2025-02-03", 1800),
        ("Ogni cliente aveva pagato 1.650 euro al noleggiatore.", "1.650 euro", "it", "2025-02-05",
         1650),
    ]  # fmt: skip
    table = claims(
        *(
            {"quote": q, "text": t, "lang": g, "currency": "EUR", "published": d, "value": v}
            for q, t, g, d, v in rows
        )
    )
    assert same(table)
    assert table["subject"].iloc[0].startswith("payment|")


def test_a_race_course_measured_in_two_units_on_two_days_is_one_quantity() -> None:
    # the length of a course does not change from one day of coverage to the next
    table = claims(
        {"thing": "course", "unit": "mile", "value": 13.1, "text": "13.1-mile",
         "published": "2025-05-04"},
        {"thing": "parcours", "lang": "fr", "unit": "kilometer", "value": 21.3, "text": "21,3 km",
         "published": "2025-05-06"},
    )  # fmt: skip
    assert same(table)
    assert table["subject"].iloc[0].startswith("race-course|")


def test_an_amount_with_another_verb_stays_apart() -> None:
    rows = [
        ("La préfecture a débloqué 12 millions d'euros mardi.", "12 millions d'euros", "fr"),
        ("L'entreprise a généré 12 millions d'euros.", "12 millions d'euros", "fr"),
    ]
    table = claims(*({"quote": q, "text": t, "lang": g, "currency": "EUR"} for q, t, g in rows))
    assert table["subject"].nunique() == 2


@pytest.mark.parametrize(
    ("quote", "text", "lang"),
    [
        ("La rete posa 80 km di cavi, di cui 30 km in Toscana.", "30 km", "it"),
        ("Le réseau compte 80 km de câbles, dont 30 km en Toscane.", "30 km", "fr"),
        ("The network lays 80 km of cable, of which 30 km in Tuscany.", "30 km", "en"),
    ],
)
def test_a_figure_with_no_noun_counts_the_noun_named_before_it(quote, text, lang) -> None:
    one = {"quote": quote, "lang": lang, "unit": "kilometer", "doc": "d.md"}
    table = claims(
        {**one, "text": "80 km", "thing": "câbles", "claim_id": "d.md#1"},
        {**one, "text": text, "claim_id": "d.md#2"},
    )
    second = table.iloc[1]
    assert second["subject"].startswith(table.iloc[0]["subject"].split("|")[0])
    assert "elided" in second["subject_evidence"]


def test_elision_never_crosses_measures() -> None:
    quote = "Le chantier emploie 400 ouvriers et coûte 30 millions d'euros."
    one = {"quote": quote, "lang": "fr", "doc": "d.md"}
    table = claims(
        {**one, "text": "400", "thing": "ouvriers", "claim_id": "d.md#1"},
        {**one, "text": "30 millions d'euros", "currency": "EUR", "claim_id": "d.md#2"},
    )
    assert not table.iloc[1]["subject"].startswith(table.iloc[0]["subject"].split("|")[0])


@pytest.mark.parametrize(
    ("quote", "text", "lang", "word"),
    [
        # a link word is a whole word: "inflitta" is not "in" + "flitta"
        ("La multa da 60 milioni inflitta a Brenta resta.", "60 milioni", "it", "multa"),
        ("Les 40 millions débloqués deviennent 50 millions.", "40 millions", "fr", ""),
        # "en" links a French amount to what it is in
        ("Ils ont saisi 2 millions en espèces.", "2 millions", "fr", "espèces"),
    ],
)
def test_anchor_links_are_whole_words(quote, text, lang, word) -> None:
    assert anchor(quote, text, lang) == word


@pytest.mark.parametrize(
    ("quote", "text", "place"),
    [
        ("Sequestri: 30 auto (Spagna: 12, Portogallo: 18).", "12", "Spain"),
        ("Expulsions by country — Austria: 7, Greece: 4.", "4", "Greece"),
        ("Blessés : 40 au total, dont Belgique : 9.", "9", "Belgium"),
        ("Le préfet a dit : 40 blessés.", "40", ""),  # a label that is no place
    ],
)
def test_a_place_label_before_a_figure_is_its_place(quote, text, place) -> None:
    assert labelled_place(quote, text) == place


def test_the_parts_of_a_breakdown_by_country_are_not_the_total() -> None:
    quote = "Results: 30 arrests (Spain: 12, Portugal: 18)."
    one = {"quote": quote, "lang": "en", "doc": "d.md", "thing": "arrests"}
    table = claims(
        *({**one, "text": t, "claim_id": f"d.md#{i}"} for i, t in enumerate(("30", "12", "18")))
    )
    assert table["subject"].nunique() == 3


def test_a_duration_unit_taken_from_another_figure_is_no_noun() -> None:
    quote = "Le chantier a duré deux mois : 300 ouvriers en mars, 340 en avril."
    one = {"quote": quote, "lang": "fr", "doc": "d.md", "thing": "mois"}
    table = claims(
        {**one, "text": "deux", "claim_id": "d.md#1"},
        {**one, "text": "300", "thing": "ouvriers", "claim_id": "d.md#2"},
        {**one, "text": "340", "claim_id": "d.md#3"},  # the frame gave it the month
    )
    assert not table.iloc[2]["subject"].startswith("month")


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("La riforma porta da 18 a 15 mesi la durata.", "18"),
        ("It cuts the period to 15 months from 18, saving money.", "18"),
        ("L'infraction a duré longtemps, soit 6 ans.", "6"),
    ],
)
def test_a_duration_sharing_its_unit_with_a_linked_figure_keeps_it(quote, text) -> None:
    table = claims({"quote": quote, "text": text, "thing": "months", "concept": "month"})
    assert table.iloc[0]["subject"].startswith("month")


def test_what_an_owner_has_is_one_quantity_whichever_day_it_is_told() -> None:
    rows = [
        {"thing": "employees", "refers_to": "2024-03-04", "published": "2024-03-04"},
        {"thing": "dipendenti", "refers_to": "2024-03-07", "published": "2024-03-07", "lang": "it"},
    ]
    assert same(claims(*rows))
    protests = [{**r, "thing": "protesters"} for r in rows]  # what happens on a day is not
    assert claims(*protests)["subject"].nunique() == 2


LONG_IT = "ospitati dal comune di Orsevale nella palestra"  # a whole named at length
LONG_EN = "housed by the Kelvara council in two schools"


@pytest.mark.parametrize(
    ("quote", "whole", "part", "lang"),
    [
        ("Degli 80 sfollati, 30 sono già rientrati a casa.", "80", "30", "it"),
        ("Of the 80 evacuees, 30 have gone home.", "80", "30", "en"),
        ("Sur les 80 évacués, 30 sont rentrés.", "80", "30", "fr"),
        ("Restano 80 sfollati, 30 dei quali bambini.", "80", "30", "it"),
        # a whole named at length before the part
        (f"Dei 80 sfollati {LONG_IT}, 30 sono rientrati.", "80", "30", "it"),
        (f"Of the 80 evacuees {LONG_EN}, 30 have gone home.", "80", "30", "en"),
    ],
)
def test_a_part_is_read_even_when_the_frame_read_other_parts(quote, whole, part, lang) -> None:
    one = {"quote": quote, "lang": lang, "doc": "d.md", "thing": "evacuees"}
    table = claims(
        {**one, "text": whole, "claim_id": "d.md#1"},
        {**one, "text": part, "claim_id": "d.md#2"},
        # another document's part, read by the frame
        {
            "text": "5",
            "thing": "evacuees",
            "doc": "e.md",
            "part_of": "e.md#9",
            "claim_id": "e.md#1",
        },
    )
    assert table.iloc[0]["subject"] != table.iloc[1]["subject"]


def test_what_still_stands_is_not_the_total_its_document_gives_beside_it() -> None:
    quote = "Dall'inizio sono stati ricoverati 40 pazienti; 12 sono ancora in ospedale."
    one = {"quote": quote, "lang": "it", "doc": "d.md", "thing": "ricoverati"}
    table = claims(
        {**one, "text": "40", "claim_id": "d.md#1"},
        {**one, "text": "12", "claim_id": "d.md#2"},
        {"thing": "ricoverati", "text": "12", "quote": "Restano 12 ricoverati.", "lang": "it"},
    )
    assert table.iloc[0]["subject"] != table.iloc[1]["subject"]
    alone = claims(
        {"thing": "dispersi", "text": "3", "quote": "Sono ancora 3 i dispersi.", "lang": "it"},
        {"thing": "missing", "text": "3", "quote": "Three people are missing."},
    )
    assert same(alone)  # "still missing" alone is the count of the missing


def test_an_anchor_is_never_who_gives_the_figure_nor_a_day() -> None:
    table = claims(
        {"quote": "Selon le décompte de la DGAC : 420.", "text": "420", "lang": "fr",
         "source_text": "selon le décompte de la DGAC"},
        {"quote": "Il faut réduire lundi de 30 % le programme.", "text": "30 %", "lang": "fr",
         "unit": "percent"},
    )  # fmt: skip
    assert table["subject"].eq("").all()


def test_millions_with_no_currency_are_an_amount_in_their_document_s_currency() -> None:
    # "La manovra vale 21,6 miliardi" (no "euro") beside "a €21.6 billion budget": one amount
    rows = (
        {"text": "21,6 miliardi", "value": 21.6e9, "lang": "it", "doc": "a.md"},
        {"text": "3 miliardi", "value": 3e9, "currency": "EUR", "lang": "it", "doc": "a.md"},
        {"thing": "budget", "text": "€21.6 billion", "value": 21.6e9, "currency": "EUR",
         "doc": "b.md"},
    )  # fmt: skip
    table = claims(*rows)
    assert table["subject"].iloc[0] == table["subject"].iloc[2] != ""
    # a counted noun keeps a count: "1,2 milioni di persone" is no amount
    people = claims({**rows[0], "thing": "persone"}, *rows[1:])
    assert people["subject"].iloc[0] != people["subject"].iloc[2]


# people a clause puts on board count the passengers (sourcecheck/align/aboard.py); people
# it says nothing of their place stay people
ABOARD = [
    ("fr", "personnes", "Selon la capitainerie, 210 personnes se trouvaient à bord du ferry.", "210", True),
    ("en", "people", "Some 210 people were on board, the harbour master said.", "Some 210", True),
    ("it", "persone", "Secondo i primi racconti, 210 persone erano a bordo.", "210", True),
    ("en", "people", "Some 210 people were rescued by the coast guard.", "Some 210", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "thing", "quote", "text", "passengers"), ABOARD)
def test_people_on_board_are_the_passengers(lang, thing, quote, text, passengers) -> None:
    ferry = "The ferry carried 240 passengers, the operator said."
    table = claims(
        {"thing": thing, "lang": lang, "value": 210, "text": text, "quote": quote},
        {"thing": "passengers", "value": 240, "text": "240", "quote": ferry},
    )
    assert same(table) is passengers
