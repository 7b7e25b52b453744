"""The alignment stage: which claims state the same quantity, and which never do.

Each test builds a few claims the way extraction gives them (thing as written, concept,
scope, day, rate) and asserts on `subject` alone: what rules compare.
"""

from __future__ import annotations

import pandas as pd
import pytest

from sourcecheck.align import cognate_key, with_subjects
from sourcecheck.align.anchors import anchor
from sourcecheck.extract.lexicon import load_concepts

CONCEPTS = load_concepts()


def claims(*rows: dict) -> pd.DataFrame:
    """Claims of one case; each row gives what differs from a plain count."""
    base = {
        "case": "c", "concept": "", "thing": "", "currency": "", "unit": "", "scope": "",
        "refers_to": "", "rate": "", "published": "2024-03-07", "quote": "", "text": "",
        "lang": "en",
    }  # fmt: skip
    out = [
        {**base, "claim_id": f"d{i}.md#0", "doc": f"d{i}.md", **row} for i, row in enumerate(rows)
    ]
    for row in out:
        row["concept"] = row["concept"] or (
            CONCEPTS.match(row["thing"]) or "" if row["thing"] else ""
        )
    return with_subjects(pd.DataFrame(out), CONCEPTS)


def same(table: pd.DataFrame) -> bool:
    return table["subject"].ne("").all() and table["subject"].nunique() == 1


@pytest.mark.parametrize(
    "words",
    [
        ("investimenti", "investissements", "investment"),
        ("elettrolizzatori", "électrolyseurs", "electrolysers"),
        ("idrogenodotto", "hydrogénoduc"),
        ("produzione", "production"),
        ("attivisti", "activistes", "activists"),
    ],
)
def test_cognates_share_a_key(words: tuple[str, ...]) -> None:
    assert len({cognate_key(w) for w in words}) == 1


def test_a_noun_outside_the_lexicon_aligns_across_languages_by_its_cognates() -> None:
    table = claims(
        {"thing": "attivisti", "lang": "it"},
        {"thing": "activistes", "lang": "fr"},
        {"thing": "activists", "lang": "en"},
    )
    assert same(table)
    assert all("cognates" in e for e in table["subject_evidence"])


def test_lexicon_names_align_across_languages() -> None:
    assert same(claims({"thing": "serveurs", "lang": "fr"}, {"thing": "servers"}))


@pytest.mark.parametrize(
    "a, b",
    [
        ("morts", "blessés"),
        ("dead", "missing"),
        ("feriti", "dispersi"),
        ("arrests", "suspects"),
        ("suspects", "searches"),
        ("arrestati", "poliziotti"),
    ],
)
def test_things_that_are_never_merged(a: str, b: str) -> None:
    table = claims({"thing": a}, {"thing": b})
    assert table["subject"].nunique() == 2


def test_a_city_is_not_its_country_nor_one_country_the_whole_operation() -> None:
    assert not same(claims({"thing": "protesters", "scope": "Paris"}, {"thing": "protesters"}))
    assert not same(claims({"thing": "arrests", "scope": "Italy"}, {"thing": "arrests"}))
    assert same(
        claims(
            {"thing": "manifestants", "scope": "Paris"}, {"thing": "protesters", "scope": "Paris"}
        )
    )


def test_a_rate_is_not_a_total() -> None:
    table = claims(
        {"thing": "euros", "currency": "EUR", "concept": "aid", "rate": "per_month"},
        {"thing": "euros", "currency": "EUR", "concept": "aid"},
    )
    assert table["subject"].nunique() == 2


def test_different_stated_days_are_different_subjects() -> None:
    table = claims(
        {"thing": "protesters", "refers_to": "2024-03-07"},
        {"thing": "protesters", "refers_to": "2024-03-12"},
    )
    assert table["subject"].nunique() == 2


def test_an_undated_claim_takes_the_day_the_others_state_and_says_so() -> None:
    table = claims(
        {"thing": "flights", "refers_to": "2024-03-05", "published": "2024-03-05"},
        {"thing": "vols", "lang": "fr", "published": "2024-03-06"},
    )
    assert same(table)
    assert "day not stated" in table["subject_evidence"].iloc[1]


def test_undated_tolls_days_apart_are_updates_not_one_quantity() -> None:
    table = claims(
        {"thing": "dead", "published": "2024-11-12"},
        {"thing": "morts", "lang": "fr", "published": "2024-11-12"},
        {"thing": "dead", "published": "2024-11-15"},
    )
    assert table["subject"].iloc[0] == table["subject"].iloc[1] != table["subject"].iloc[2]


def test_an_earlier_year_beside_a_figure_makes_it_another_quantity() -> None:
    table = claims(
        {
            "concept": "fine",
            "currency": "EUR",
            "quote": "A fine of €2.5 billion.",
            "text": "€2.5 billion",
        },
        {
            "concept": "fine",
            "currency": "EUR",
            "quote": "Its rival was fined €997 million in 2022.",
            "text": "€997 million",
            "published": "2024-03-07",
        },
    )
    assert table["subject"].nunique() == 2


LAST_YEAR = {
    "fr": "Le port a vu passer 8 200 croisiéristes, contre 6 900 l'an dernier.",
    "en": "Visitors reached 8,200, up from 6,900 a year earlier.",
    "it": "L'anno scorso i crocieristi erano stati 6.900.",
}


@pytest.mark.parametrize("lang", sorted(LAST_YEAR))
def test_last_year_beside_a_figure_makes_it_that_year_s(lang: str) -> None:
    quote = LAST_YEAR[lang]
    text = quote[quote.index("6") : quote.index("6") + 5]  # "6 900", "6,900", "6.900"
    table = claims(
        {"thing": "visitors", "value": 8200, "text": "8,200", "published": "2026-05-02",
         "quote": "Visitors reached 8,200 this season."},
        {"thing": "visitors", "value": 6900, "text": text, "lang": lang, "quote": quote,
         "published": "2026-05-02"},
    )  # fmt: skip
    assert table["subject"].nunique() == 2
    assert "2025" in table["subject"].iloc[1]
    assert "2025" not in table["subject"].iloc[0]


@pytest.mark.parametrize(
    "quote, text, lang, word",
    [
        ("The group booked $12 billion in revenue.", "$12 billion", "en", "revenue"),
        ("Il Comune stima danni per 4 milioni di euro.", "4 milioni di euro", "it", "danni"),
        (
            "Une amende de 300 millions d'euros a été infligée.",
            "300 millions d'euros",
            "fr",
            "amende",
        ),
        ("It faces penalties of up to 5% of its average daily turnover.", "5%", "en", "turnover"),
        ("Il gasdotto porterà 30mila tonnellate di idrogeno.", "30mila tonnellate", "it", "idrogeno"),
        ("Sono arrivati 2 milioni di litri d'acqua.", "2 milioni di litri", "it", "acqua"),
        # a dash after the noun, an Italian preposition with its article
        ("Les blessés – 23 selon la mairie, 31 selon les pompiers – ont été soignés.", "23", "fr",
         "blessés"),
        ("L'Istat prevede un aumento dello 1,4% l'anno prossimo.", "1,4%", "it", "aumento"),
        # an article is no preposition, a place is never what a figure is about
        ("It links a plant in northern Spain with a 80-mile line.", "80-mile", "en", ""),
        ("It made $9 billion, about 30% of it in Europe.", "about 30%", "en", ""),
    ],
)  # fmt: skip
def test_an_amount_is_anchored_by_the_word_beside_it(quote, text, lang, word) -> None:
    assert anchor(quote, text, lang) == word


def test_amounts_without_a_noun_align_through_their_anchor() -> None:
    table = claims(
        {"currency": "EUR", "quote": "Le plan prévoit un investissement de 2,5 milliards d'euros.",
         "text": "2,5 milliards d'euros", "lang": "fr"},
        {"currency": "EUR", "quote": "Il piano prevede investimenti per 2,5 milioni di euro.",
         "text": "2,5 milioni di euro", "lang": "it"},
    )  # fmt: skip
    assert same(table)


def test_labels_say_what_the_quantity_is() -> None:
    table = claims({"thing": "protesters", "scope": "Paris", "refers_to": "2024-03-07"})
    assert table["subject_label"].iloc[0] == "protester, Paris, 2024-03-07"


def test_a_finding_built_on_an_assumed_day_says_so() -> None:
    from sourcecheck.engine import run_suite
    from sourcecheck.suite import load_suite

    table = claims(
        {"thing": "protesters", "refers_to": "2024-03-07", "value": 81000, "low": 81000,
         "high": 81000, "source": "police", "text": "81 000"},
        {"thing": "manifestants", "lang": "fr", "value": 700000, "low": 700000,
         "high": 700000, "source": "CGT", "text": "700 000"},
    )  # fmt: skip
    found = run_suite(table, load_suite("default"))
    assert found["rule"].tolist() == ["value-conflict"]
    assert (
        "Assumed: «700 000» (d1.md) states no day: taken as 2024-03-07" in found["explanation"][0]
    )


def test_a_bare_figure_recurring_elsewhere_takes_that_figure_s_quantity() -> None:
    table = claims(
        {"concept": "investment", "currency": "EUR", "value": 1.4e9, "text": "1,4 milliard"},
        {"currency": "EUR", "value": 1.4e9, "text": "€1.4bn", "quote": "It will cost €1.4bn."},
    )
    assert same(table)
    assert "same figure" in table["subject_evidence"].iloc[1]


def test_bare_figures_recurring_across_documents_are_one_quantity_small_ones_are_not() -> None:
    assert same(claims({"unit": "kilometer", "value": 95}, {"unit": "kilometer", "value": 95}))
    assert not same(claims({"value": 3}, {"value": 3}))


def test_figures_counted_in_people_compare_by_place_and_day_only() -> None:
    table = claims(
        {"thing": "personnes", "lang": "fr", "scope": "Lille", "refers_to": "2024-05-02"},
        {"thing": "persone", "lang": "it", "scope": "Lille", "refers_to": "2024-05-02"},
        {"thing": "people", "scope": "Rennes", "refers_to": "2024-05-02"},
        {"thing": "firefighters", "scope": "Lille", "refers_to": "2024-05-02"},
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != ""
    assert len(set(subjects)) == 3
    assert not table["subject"].iloc[0].startswith("firefighter")


def test_a_people_figure_recurring_with_a_noun_elsewhere_takes_that_noun() -> None:
    table = claims(
        {"thing": "manifestants", "lang": "fr", "scope": "Nice", "value": 64000},
        {"thing": "people", "scope": "Nice", "value": 64000},
    )
    assert same(table)


def test_a_context_word_in_another_clause_gives_no_concept() -> None:
    # extraction read "allowances" across the comma; the saving is no allowance
    table = claims(
        {"concept": "subsidy", "currency": "EUR", "value": 2.1e9, "text": "€2.1 billion",
         "quote": "Pensioners keep their allowances for 12 months, saving €2.1 billion."},
        {"concept": "subsidy", "currency": "EUR", "value": 9e8, "text": "€900 million",
         "quote": "The state pays €900 million in allowances."},
    )  # fmt: skip
    assert not table["subject"].iloc[0].startswith("subsidy")
    assert table["subject"].iloc[1].startswith("subsidy")


def test_a_conversion_beside_its_amount_is_about_the_same_thing() -> None:
    quote = "Rome fined the carrier €40 million ($43 million) on Monday."
    table = claims(
        {"concept": "fine", "currency": "EUR", "value": 4e7, "text": "€40 million",
         "quote": quote, "sentence": 0, "start": 23, "end": 34},
        {"currency": "USD", "value": 4.3e7, "text": "$43 million", "quote": quote,
         "sentence": 0, "start": 36, "end": 47},
    )  # fmt: skip
    table["doc"] = "d0.md"
    table = with_subjects(table.drop(columns=["subject", "subject_label"]), CONCEPTS)
    assert table["subject"].str.startswith("fine").all()
    assert "converted" in table["subject_evidence"].iloc[1]


@pytest.mark.parametrize("scales", [("", ""), ("milliard", "million")])
def test_millions_with_no_currency_beside_an_amount_of_its_sentence_are_an_amount(scales) -> None:
    # the second account writes the currency, the first drops it (`scales`: as extraction
    # gives them, or absent: read from the text)
    quote = "Le syndicat A chiffre à 9 milliards les pertes des retraités, le B à 6,5 milliards d'euros."
    row = {"concept": "loss", "thing": "pertes", "quote": quote, "lang": "fr", "doc": "d0.md",
           "scale": scales[0]}  # fmt: skip
    table = claims(
        {**row, "value": 9e9, "text": "9 milliards", "claim_id": "d0.md#1"},
        {**row, "value": 6.5e9, "text": "6,5 milliards d'euros", "currency": "EUR",
         "claim_id": "d0.md#2"},
        {**row, "value": 120e6, "text": "120 millions", "claim_id": "d0.md#3",
         "scale": scales[1], "concept": "", "thing": ""},
    )  # fmt: skip
    assert table["subject"].iloc[0] == table["subject"].iloc[1]
    assert "(EUR)" in table["subject_label"].iloc[0]
    assert "(EUR)" not in table["subject_label"].iloc[2]  # another scale word, no noun: left alone


def test_a_second_account_set_against_the_first_takes_its_noun_and_rate() -> None:
    # a figure with no noun in a sentence that sets two sources against each other counts
    # the first figure's noun, at its rate
    quote = "Le coût atteint 2,8 milliards d'euros par an selon Bercy, 3,3 milliards selon la Cour."
    row = {"currency": "EUR", "quote": quote, "lang": "fr", "doc": "d0.md"}
    table = claims(
        {**row, "thing": "coût", "value": 2.8e9, "text": "2,8 milliards d'euros",
         "rate": "per_year", "source": "Bercy", "claim_id": "d0.md#1"},
        {**row, "value": 3.3e9, "text": "3,3 milliards", "source": "la Cour",
         "claim_id": "d0.md#2"},
    )  # fmt: skip
    assert same(table)
    assert "per year" in table["subject_label"].iloc[1]


def test_a_figure_of_the_same_source_beside_a_rate_keeps_no_rate() -> None:
    quote = "La misura costa 1,5 miliardi l'anno e 4,5 miliardi nel triennio."
    row = {"currency": "EUR", "quote": quote, "lang": "it", "doc": "d0.md", "source": "Mef"}
    table = claims(
        {**row, "thing": "costo", "value": 1.5e9, "text": "1,5 miliardi", "rate": "per_year",
         "claim_id": "d0.md#1"},
        {**row, "value": 4.5e9, "text": "4,5 miliardi", "claim_id": "d0.md#2"},
    )  # fmt: skip
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def test_figures_of_different_owners_are_never_one_quantity() -> None:
    table = claims(
        {"concept": "fine", "currency": "EUR", "owner": "Nordbank"},
        {"concept": "fine", "currency": "EUR", "owner": "Vela Air"},
        {"concept": "fine", "currency": "EUR", "owner": "Nordbank's"},
    )
    assert table["subject"].iloc[0] == table["subject"].iloc[2] != table["subject"].iloc[1]
    assert "of nordbank" in table["subject_label"].iloc[0]


def test_an_unknown_owner_is_compatible_with_the_only_one_stated() -> None:
    one = claims(
        {"concept": "fine", "currency": "EUR", "owner": "Nordbank"},
        {"concept": "fine", "currency": "EUR", "owner": ""},
    )
    assert same(one)
    two = claims(
        {"concept": "fine", "currency": "EUR", "owner": "Nordbank"},
        {"concept": "fine", "currency": "EUR", "owner": "Vela Air"},
        {"concept": "fine", "currency": "EUR"},
    )
    assert two["subject"].nunique() == 3
    # no owner column at all: unknown everywhere, nothing changes
    assert same(claims({"concept": "fine", "currency": "EUR"}, {"concept": "fine"}).head(1))


def test_a_part_is_never_one_quantity_with_its_whole() -> None:
    table = claims(
        {"thing": "landslides", "claim_id": "w#1"},
        {"thing": "frane", "lang": "it", "part_of": "w#1"},
        {"thing": "landslides", "scope": "Umbria", "part_of": "w#1"},
    )
    assert table["subject"].iloc[0] != table["subject"].iloc[1]
    assert "part" not in table["subject"].iloc[2]  # its own place already tells it apart


@pytest.mark.parametrize(
    "quote, whole, part, lang",
    [
        ("Police made 40 arrests, of which 12 were minors.", "40", "12", "en"),
        ("On dénombre 640 sinistrés, dont 150 relogés.", "640", "150", "fr"),
        ("L'azienda ha 2.400 dipendenti, 700 dei quali in Lombardia.", "2.400", "700", "it"),
        ("It has 60 depots, including 12 in Wales and 9 in Scotland.", "60", "9", "en"),
    ],
)
def test_words_that_open_a_part_keep_it_apart_from_its_whole(quote, whole, part, lang) -> None:
    table = claims(
        {"thing": "x-units", "quote": quote, "text": whole, "lang": lang},
        {"thing": "x-units", "quote": quote, "text": part, "lang": lang},
    )
    table["doc"] = "d0.md"
    table = with_subjects(table.drop(columns=["subject", "subject_label"]), CONCEPTS)
    assert table["subject"].iloc[0] != table["subject"].iloc[1]
    assert "|part=" in table["subject"].iloc[1]


def test_an_undated_toll_two_days_later_is_of_its_own_day() -> None:
    # a morning paper's undated figure is the day before's; two days on it is a new count
    # (a running count, such as evacuees, is instead the count as its document went out)
    table = claims(
        {"thing": "voli", "lang": "it", "refers_to": "2024-10-03", "published": "2024-10-03"},
        {"thing": "vols", "lang": "fr", "published": "2024-10-04"},
        {"thing": "flights", "published": "2024-10-05"},
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != subjects[2]


def test_a_finding_built_on_an_assumed_owner_says_so() -> None:
    from sourcecheck.engine import run_suite
    from sourcecheck.suite import load_suite

    table = claims(
        {"concept": "fine", "currency": "EUR", "owner": "Nordbank", "value": 4e7, "low": 4e7,
         "high": 4e7, "source": "Regulator", "text": "€40 million"},
        {"concept": "fine", "currency": "EUR", "value": 7e7, "low": 7e7, "high": 7e7,
         "source": "Wire", "text": "€70 million"},
    )  # fmt: skip
    found = run_suite(table, load_suite("default"))
    assert found["rule"].tolist() == ["value-conflict"]
    assert "«€70 million» (d1.md) states no owner: taken as nordbank" in found["explanation"][0]


def test_a_coordinated_noun_is_read_by_its_first_noun() -> None:
    table = claims(
        {"thing": "canali e siti", "lang": "it", "value": 1800},
        {"thing": "channels", "value": 1800},
    )
    assert same(table)


def test_a_place_or_a_day_read_as_the_noun_is_no_noun() -> None:
    table = claims(
        {"thing": "france", "unit": "kilometer", "lang": "en"},
        {"thing": "thursday", "unit": "kilometer", "lang": "en"},
    ).assign(concept="")  # as extraction leaves it: no concept for these
    table = with_subjects(table, CONCEPTS)
    assert not table["subject"].str.contains("france|thursday|landslide").any()


def test_a_sentence_that_opens_on_a_part_is_about_a_part() -> None:
    table = claims(
        {"thing": "sfollati", "lang": "it", "quote": "Sono stati evacuati 510 residenti.",
         "text": "510"},
        {"thing": "sfollati", "lang": "it", "quote": "Di questi, 85 sono ospitati a scuola.",
         "text": "85"},
    )  # fmt: skip
    assert "|part=" in table["subject"].iloc[1]
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def test_a_marked_modifier_makes_another_quantity_in_every_language() -> None:
    indirect = claims(
        {"thing": "emplois indirects", "lang": "fr", "concept": "job"},
        {"thing": "indirect jobs", "concept": "job"},
        {"thing": "posti di lavoro indiretti", "lang": "it", "concept": "job"},
    )
    assert same(indirect)
    permanent = claims(
        {"thing": "postes pérennes", "lang": "fr", "concept": "job"},
        {"thing": "permanent jobs", "concept": "job"},
        {"thing": "posti di lavoro", "lang": "it", "concept": "job"},
    )
    assert same(permanent)  # the ordinary reading, written or not
    assert not same(pd.concat([indirect.iloc[:1], permanent.iloc[:1]]))
    daily = claims(
        {"thing": "fatturato medio giornaliero", "lang": "it", "unit": "percent"},
        {"thing": "annual revenue", "unit": "percent"},
    )
    assert daily["subject"].nunique() == 2


def test_dwellings_are_not_households() -> None:
    assert not same(claims({"thing": "homes"}, {"thing": "households"}))
    assert same(claims({"thing": "logements", "lang": "fr"}, {"thing": "homes"}))
    assert same(claims({"thing": "foyers", "lang": "fr"}, {"thing": "famiglie", "lang": "it"}))


def test_a_duration_aligns_by_its_unit_across_languages() -> None:
    table = claims(
        {"thing": "jours", "concept": "day", "lang": "fr"},
        {"thing": "days", "concept": "day"},
        {"thing": "giorni", "concept": "day", "lang": "it"},
    )
    assert same(table)
    assert not same(
        claims({"thing": "days", "concept": "day"}, {"thing": "weeks", "concept": "week"})
    )


def test_people_by_what_befell_them_are_not_all_of_them() -> None:
    injured = claims(
        {"thing": "pompiers blessés", "lang": "fr", "concept": "firefighter"},
        {"thing": "injured firefighters", "concept": "firefighter"},
        {"thing": "vigili del fuoco feriti", "lang": "it", "concept": "firefighter"},
    )
    assert same(injured)
    assert not same(pd.concat([injured.iloc[:1], claims({"thing": "firefighters"})]))
    assert same(claims({"thing": "feriti", "lang": "it"}, {"thing": "blessés", "lang": "fr"}))


def test_what_befell_the_people_counted_is_read_from_their_clause() -> None:
    # "Two miners have died", "deux mineurs sont morts", "2 minatori sono morti": dead miners,
    # not the miners a pit employs; nor is "were hurt" the crews that were sent
    dead = claims(
        {"thing": "miners", "value": 2, "text": "Two", "quote": "Two miners have died in the pit."},
        {"thing": "mineurs", "lang": "fr", "value": 2, "text": "deux",
         "quote": "Selon la direction, deux mineurs sont morts dans la galerie."},
        {"thing": "minatori", "lang": "it", "value": 2, "text": "2",
         "quote": "Sono saliti a 2 i minatori morti nella galleria."},
        {"thing": "miners", "value": 90, "text": "90", "quote": "The pit employs 90 miners."},
        {"thing": "firefighters", "value": 3, "text": "3",
         "quote": "3 firefighters were injured fighting the blaze."},
        {"thing": "firefighters", "value": 40, "text": "40",
         "quote": "40 firefighters were sent to the blaze."},
    )  # fmt: skip
    subjects = dead["subject"].tolist()
    assert subjects[0] == subjects[1] == subjects[2] != subjects[3]
    assert subjects[4] != subjects[5]


@pytest.mark.parametrize(
    "words",
    [
        (("settimane", "it"), ("semaines", "fr"), ("weeks", "en")),
        (("ore", "it"), ("heures", "fr"), ("hours", "en")),
        (("mesi", "it"), ("mois", "fr"), ("month", "en")),
        (("anni", "it"), ("années", "fr"), ("years", "en")),
    ],
)
def test_a_time_unit_is_one_noun_in_every_language(words) -> None:
    table = claims(*({"thing": w, "lang": lang} for w, lang in words))
    assert same(table)


def test_different_time_units_are_different_quantities() -> None:
    table = claims({"thing": "semaines", "lang": "fr"}, {"thing": "giorni", "lang": "it"})
    assert table["subject"].nunique() == 2


def test_an_unplaced_figure_takes_the_only_place_its_quantity_is_given() -> None:
    table = claims(
        {"thing": "wind turbines", "scope": "", "value": 48},
        {"thing": "éoliennes", "lang": "fr", "scope": "Brindisi", "value": 48},
        {"thing": "turbine eoliche", "lang": "it", "scope": "", "value": 46},
    )
    assert same(table)
    assert "place not stated: taken as Brindisi" in table["subject_evidence"][0]
    assert "place not stated" not in table["subject_evidence"][1]


def test_places_compare_without_case_or_accents() -> None:
    table = claims(
        {"thing": "evacuati", "lang": "it", "scope": "Forlì", "value": 120},
        {"thing": "evacuees", "scope": "Forli", "value": 120},
        {"thing": "évacués", "lang": "fr", "scope": "FORLÌ", "value": 150},
    )
    assert same(table)


def test_an_unplaced_figure_given_two_places_stays_unplaced() -> None:
    table = claims(
        {"thing": "wind turbines", "scope": ""},
        {"thing": "wind turbines", "scope": "Brindisi"},
        {"thing": "wind turbines", "scope": "Taranto"},
    )
    assert table["subject"].nunique() == 3


def test_a_story_that_counts_places_keeps_its_unplaced_figure_the_whole() -> None:
    table = claims(
        {"thing": "searches", "scope": "", "value": 310},
        {"thing": "perquisizioni", "lang": "it", "scope": "Italy", "value": 41},
        {"thing": "countries", "value": 12},
    )
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def test_a_document_giving_the_whole_and_a_place_keeps_them_apart() -> None:
    table = claims(
        {"thing": "teachers", "doc": "a.md", "scope": "", "value": 9_000},
        {"thing": "teachers", "doc": "a.md", "scope": "Lyon", "value": 8_000},
        {"thing": "teachers", "doc": "b.md", "scope": "", "value": 8_500},
    )
    assert table["subject"].iloc[0] == table["subject"].iloc[2]
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def test_a_whole_is_larger_than_its_part_and_an_unknown_figure_assumes_no_place() -> None:
    table = claims(
        {"thing": "teachers", "scope": "", "value": 52_000},
        {"thing": "enseignants", "lang": "fr", "scope": "Lyon", "value": 7_000},
        {"thing": "teachers", "scope": ""},
    )
    assert table["subject"].iloc[0] != table["subject"].iloc[1]
    assert table["subject"].iloc[2] != table["subject"].iloc[1]
    nearer = claims(
        {"thing": "teachers", "scope": "", "value": 7_400},
        {"thing": "enseignants", "lang": "fr", "scope": "Lyon", "value": 7_000},
    )
    assert same(nearer)


def test_a_running_toll_without_a_place_is_the_story_s_not_the_town_s() -> None:
    table = claims(
        {"thing": "injured", "scope": "", "value": 31},
        {"thing": "blessés", "lang": "fr", "scope": "Sète", "value": 29},
    )
    assert table["subject"].nunique() == 2


def _change(quote: str, lang: str, *figures: tuple[str, float, str], **row) -> list[dict]:
    return [
        {"doc": row.get("doc", "a.md"), "quote": quote, "lang": lang, "text": text,
         "value": value, "thing": thing, **{k: v for k, v in row.items() if k != "doc"}}
        for text, value, thing in figures
    ]  # fmt: skip


@pytest.mark.parametrize(
    "quote, lang, before, after, thing",
    [
        ("Le décret allonge de 6 à 9 semaines le congé de naissance.", "fr", "6", "9", "semaines"),
        ("The plan cuts the waiting list from 40 weeks to 26.", "en", "40", "26", "weeks"),
        ("Il governo porta da 6 a 9 settimane il congedo.", "it", "6", "9", "settimane"),
        ("Some 4,300 flights were cancelled, down from 5,200 on the eve.", "en", "5,200", "4,300", "flights"),
        ("Si contano 210 sfollati, rispetto ai 340 della vigilia.", "it", "340", "210", "sfollati"),
        ("On compte 7 200 grévistes, contre 9 800 la semaine passée.", "fr", "9 800", "7 200", "grévistes"),
        ("Weekly output rose to 1,150 tonnes from 980.", "en", "980", "1,150", "tonnes"),
        ("I ricoverati salgono a 260, dai 190 della vigilia.", "it", "190", "260", "ricoverati"),
        ("Délais d'attente : de 40 à 26 semaines en un an.", "fr", "40", "26", "semaines"),
        # a record beaten: the previous record is the earlier state
        ("The fair drew 48,500 visitors, beating the previous record of 41,200.", "en", "41,200", "48,500", "visitors"),
        ("La foire a attiré 48 500 visiteurs, effaçant le précédent record de 41 200.", "fr", "41 200", "48 500", "visiteurs"),
        ("La fiera ha richiamato 48.500 visitatori, oltre il precedente record di 41.200.", "it", "41.200", "48.500", "visitatori"),
    ],
)  # fmt: skip
def test_the_earlier_figure_of_a_change_is_not_the_later_one(quote, lang, before, after, thing):
    value = {text: float(text.replace(",", "").replace(" ", "")) for text in (before, after)}
    table = claims(*_change(quote, lang, *((t, value[t], thing) for t in (before, after))))
    earlier, later = (table.set_index("text").loc[t, "subject"] for t in (before, after))
    assert earlier and later and earlier != later
    assert "earlier figure" in table.set_index("text").loc[before, "subject_label"]


def _share(quote: str, text: str, value: float, base: str, lang: str, doc: str) -> dict:
    return {"doc": doc, "quote": quote, "text": text, "value": value, "thing": base,
            "unit": "percent", "lang": lang}  # fmt: skip


def test_a_share_of_a_base_counts_the_noun_before_it_in_every_language() -> None:
    table = claims(
        _share("Il disavanzo della Borvania scende al 3,6% del Pil.", "3,6%", 3.6, "Pil", "it",
               "a.md"),
        _share("La Borvanie ramène son déficit à 3,6 % du PIB.", "3,6 %", 3.6, "PIB", "fr",
               "b.md"),
        _share("Borvania cuts its deficit to 3.6% of gross domestic product next year.", "3.6%",
               3.6, "gross domestic product next year", "en", "c.md"),
        _share("La dette de la Borvanie atteindra 118,5 % du PIB.", "118,5 %", 118.5, "PIB", "fr",
               "b.md"),
        _share("Borvania's GDP growth will reach 1.4%.", "1.4%", 1.4, "GDP growth", "en", "c.md"),
    )  # fmt: skip
    deficit = table["subject"][:3]
    assert deficit.ne("").all() and deficit.nunique() == 1
    assert "deficit" in table["subject_label"][0]
    assert table["subject"][3] not in set(deficit)  # the debt, another share of the same base
    assert "debt" in table["subject_label"][3]
    assert "deficit" not in table["subject_label"][4]  # growth of a base is no share of it


def test_economic_growth_is_one_quantity_in_three_languages() -> None:
    table = claims(
        {"thing": "croissance", "text": "1,1 %", "value": 1.1, "unit": "percent", "lang": "fr"},
        {"thing": "crescita", "text": "1,1%", "value": 1.1, "unit": "percent", "lang": "it"},
        {"thing": "economic growth", "text": "1.1%", "value": 1.1, "unit": "percent"},
    )
    assert same(table)


def test_earlier_figures_align_with_earlier_figures_across_languages() -> None:
    table = claims(
        *_change("La loi ramène de 24 à 20 mois la période.", "fr",
                 ("24", 24, "mois"), ("20", 20, "mois"), doc="a.md"),
        *_change("The law shortens the period from 24 to 20 months.", "en",
                 ("24", 24, "months"), ("20", 20, "months"), doc="b.md"),
        *_change("La legge riduce da 24 a 20 mesi il periodo.", "it",
                 ("24", 24, "mesi"), ("20", 20, "mesi"), doc="c.md"),
    )  # fmt: skip
    by_value = table.groupby("value")["subject"].nunique()
    assert by_value.to_dict() == {20: 1, 24: 1}
    assert table["subject"].nunique() == 2


def test_a_rising_range_is_no_change_and_a_dated_comparison_needs_no_mark() -> None:
    table = claims(
        *_change("L'audience durera de 3 à 5 jours.", "fr", ("3", 3, "jours"), ("5", 5, "jours"))
    )
    labels = table["subject_label"].tolist()  # a range that rises is no change: two ends
    assert labels == ["day, the low end of a range", "day, the high end of a range"]
    rows = _change("Le taux atteint 27 %, contre 35 % le 14 mars.", "fr", ("27 %", 27, "taux"),
                   ("35 %", 35, "taux"), unit="percent")  # fmt: skip
    rows[1].update(refers_to="2024-03-14", day_from="clause")
    dated = claims(*rows)
    assert "earlier" not in " ".join(dated["subject"])
    assert dated["subject"].nunique() == 2


def test_figures_orders_of_magnitude_apart_are_two_quantities() -> None:
    table = claims(
        {"thing": "euros", "currency": "EUR", "concept": "cost", "value": 6},
        {"thing": "euros", "currency": "EUR", "concept": "cost", "value": 380e6},
        {"thing": "euros", "currency": "EUR", "concept": "cost", "value": 410e6},
    )
    assert table["subject"].nunique() == 2
    assert table["subject"].iloc[1] == table["subject"].iloc[2]
    assert "figures from 380,000,000" in table["subject_label"].iloc[1]


@pytest.mark.parametrize(
    "values",
    [(2.1e6, 2.1e9, 2.3e9), (45_000, 9_000), (1.8, 1_800)],  # a slip of scale; police and union
)
def test_a_slip_of_scale_or_a_tenfold_gap_keeps_one_subject(values) -> None:
    table = claims(*({"thing": "évacués", "lang": "fr", "value": v} for v in values))
    assert same(table)


def test_a_duration_or_a_rate_is_the_same_whichever_day_it_is_reported() -> None:
    table = claims(
        {"thing": "semaines", "lang": "fr", "published": "2024-03-07", "value": 26},
        {"thing": "weeks", "published": "2024-03-19", "value": 26},
        {"thing": "settimane", "lang": "it", "published": "2024-03-26", "value": 24},
    )
    assert same(table)
    yearly = claims(
        {"thing": "euros", "currency": "EUR", "concept": "savings", "rate": "per_year",
         "published": "2024-03-07", "refers_to": "2024-03-07", "day_from": "document"},
        {"thing": "euro", "currency": "EUR", "concept": "savings", "rate": "per_year",
         "published": "2024-03-19", "refers_to": "2024-03-19", "day_from": "document"},
    )  # fmt: skip
    assert same(yearly)


def test_counts_of_different_coverage_days_stay_apart() -> None:
    table = claims(
        {"thing": "protesters", "published": "2024-03-07", "value": 8_000},
        {"thing": "manifestants", "lang": "fr", "published": "2024-03-19", "value": 8_000},
    )
    assert table["subject"].nunique() == 2


def test_a_conversion_takes_the_noun_its_amount_gets_from_a_recurring_figure() -> None:
    quote = "The region adds €60 million ($65 million) to the scheme."
    dollars = "A further $65 million goes to the scheme."
    rows = claims(
        {"concept": "grant", "currency": "EUR", "value": 6e7, "text": "60 millions"},
        {"currency": "EUR", "value": 6e7, "text": "€60 million", "quote": quote,
         "sentence": 0, "start": 16, "end": 27},
        {"currency": "USD", "value": 6.5e7, "text": "$65 million", "quote": quote,
         "sentence": 0, "start": 29, "end": 40},
        {"currency": "USD", "value": 6.5e7, "text": "$65 million", "quote": dollars},
    )  # fmt: skip
    rows.loc[2, "doc"] = "d1.md"
    table = with_subjects(rows.drop(columns=["subject", "subject_label"]), CONCEPTS)
    assert table["subject"].iloc[2].startswith(table["subject"].iloc[1].split("|")[0])
    assert "converted" in table["subject_evidence"].iloc[2]


def test_a_broader_noun_is_the_one_narrower_kind_the_story_counts() -> None:
    table = claims(
        {"thing": "déplacés", "lang": "fr", "value": 2_300},
        {"thing": "evacuees", "value": 2_300},
        {"thing": "evacuati", "lang": "it", "value": 2_100},
    )
    assert same(table)
    assert "the only kind the story counts" in table["subject_evidence"].iloc[0]


def test_a_broader_figure_next_to_a_narrower_one_is_their_whole() -> None:
    table = claims(
        {"thing": "déplacés", "lang": "fr", "doc": "a.md", "value": 2_300},
        {"thing": "évacués", "lang": "fr", "doc": "a.md", "value": 900},
        {"thing": "evacuees", "doc": "b.md", "value": 950},
    )
    assert table["subject"].iloc[0] != table["subject"].iloc[1]
    assert table["subject"].iloc[1] == table["subject"].iloc[2]


def test_a_broader_figure_below_the_narrower_one_of_its_document_is_no_whole() -> None:
    # "will reduce its workforce by 1,730 positions" beside "to cut 1,730 jobs … 610 jobs at
    # its main plant": the 610 is a part told as jobs, not the whole of the cuts; "keep 590
    # jobs" elsewhere is near that part, and "3,400 jobs" meets no cut: both stay jobs
    table = claims(
        {"thing": "positions", "doc": "a.md", "value": 1_730},
        {"thing": "job cuts", "doc": "b.md", "value": 1_730},
        {"thing": "jobs", "doc": "b.md", "value": 610},
        {"thing": "jobs", "doc": "c.md", "value": 590},
        {"thing": "jobs", "doc": "c.md", "value": 3_400},
    )
    assert table["subject"].iloc[0] == table["subject"].iloc[1]
    assert not any("job-cut" in s for s in table["subject"].iloc[2:])


@pytest.mark.parametrize(("victims", "joins"), [(4, True), (9, False)])
def test_a_broader_figure_takes_the_one_narrower_kind_that_gives_that_very_figure(
    victims, joins
) -> None:
    # "le vittime sono 4" beside "4 dead and 11 injured": the dead; 9 victims match neither
    table = claims(
        {"thing": "vittime", "lang": "it", "doc": "a.md", "value": victims},
        {"thing": "dead", "doc": "b.md", "value": 4},
        {"thing": "injured", "doc": "b.md", "value": 11},
    )
    assert (table["subject"].iloc[0] == table["subject"].iloc[1]) is joins
    assert table["subject"].iloc[0] != table["subject"].iloc[2]


def test_a_broader_figure_of_another_day_keeps_its_noun() -> None:
    table = claims(
        {"thing": "displaced", "refers_to": "2024-03-09", "value": 700},
        {"thing": "evacuees", "refers_to": "2024-03-07", "value": 2_000},
    )
    assert "evacuee" not in table["subject"].iloc[0]


@pytest.mark.parametrize(
    "quote, lang, amount, value, level, level_value, thing",
    [
        ("Les ventes, à 41 %, sont en baisse de 6 %.", "fr", "6 %", 6, "41 %", 41, "ventes"),
        ("Turnover rose by 4% to 8% of sales.", "en", "4%", 4, "8%", 8, "turnover"),
        ("Il fatturato, al 12%, è in calo del 3%.", "it", "3%", 3, "12%", 12, "fatturato"),
        ("Exports fell 7% and now make up 22% of trade.", "en", "7%", 7, "22%", 22, "exports"),
        ("Imports, at 31% of output, grow by 3% this year.", "en", "3%", 3, "31%", 31, "imports"),
        ("Les marges, à 9 %, ont fondu de 30 %.", "fr", "30 %", 30, "9 %", 9, "marges"),
    ],
)  # fmt: skip
def test_the_amount_of_a_change_is_not_a_level(
    quote, lang, amount, value, level, level_value, thing
) -> None:
    rows = [
        {"quote": quote, "lang": lang, "text": text, "value": v, "unit": "percent", "thing": thing}
        for text, v in ((amount, value), (level, level_value))
    ]
    table = claims(*({**r, "doc": "a.md"} for r in rows))
    assert table["subject_label"].iloc[0].endswith("the change")
    assert table["subject"].iloc[1] and table["subject"].iloc[0] != table["subject"].iloc[1]


def test_amounts_of_change_meet_each_other_across_languages() -> None:
    table = claims(
        {"quote": "Le nouveau régime compte 4 semaines de moins.", "lang": "fr",
         "text": "4", "value": 4, "thing": "semaines"},
        {"quote": "The new scheme runs 4 weeks less.", "lang": "en", "text": "4", "value": 4,
         "thing": "weeks"},
        {"quote": "Il nuovo regime dura 5 settimane in meno.", "lang": "it", "text": "5",
         "value": 5, "thing": "settimane"},
    )  # fmt: skip
    assert same(table)
    assert table["subject_label"].iloc[0].endswith("the change")


def test_the_ends_of_a_range_meet_the_same_ends_elsewhere() -> None:
    table = claims(
        *_change("Les travaux dureront 2 ou 3 semaines.", "fr",
                 ("2", 2, "semaines"), ("3", 3, "semaines"), doc="a.md"),
        *_change("The works will last 2 or 3 weeks.", "en",
                 ("2", 2, "weeks"), ("3", 3, "weeks"), doc="b.md"),
        *_change("I lavori dureranno da 2 a 4 settimane.", "it",
                 ("2", 2, "settimane"), ("4", 4, "settimane"), doc="c.md"),
    )  # fmt: skip
    assert table.groupby("value")["subject"].nunique().to_dict() == {2: 1, 3: 1, 4: 1}
    assert table["subject"].nunique() == 2  # low ends; high ends (3 against 4: compared)


def test_an_unplaced_figure_takes_the_city_inside_the_country_given_with_it() -> None:
    table = claims(
        {"thing": "wind turbines", "scope": "", "value": 48},
        {"thing": "éoliennes", "lang": "fr", "scope": "Marseille", "value": 48},
        {"thing": "turbine eoliche", "lang": "it", "scope": "France", "value": 48},
    )
    assert table["subject"].iloc[0] == table["subject"].iloc[1]
    assert "taken as Marseille" in table["subject_evidence"].iloc[0]


@pytest.mark.parametrize(
    "quote, first, second, units, lang",
    [
        ("Un viaduc de 1,8 km (1,1 mile) enjambe la vallée.", "1,8 km", "1,1 mile",
         ("kilometer", "mile"), "fr"),
        ("The dam holds 40 million cubic metres, or about 1.4 billion cubic feet, of water.",
         "40 million cubic metres", "1.4 billion cubic feet", ("meter ** 3", "foot ** 3"), "en"),
        ("Il ponte è lungo 1.200 metri, ossia 3.900 piedi.", "1.200 metri", "3.900 piedi",
         ("meter", "foot"), "it"),
    ],
)  # fmt: skip
def test_a_measure_restated_in_other_units_beside_it_is_the_same_quantity(
    quote, first, second, units, lang
) -> None:
    table = claims(
        {"quote": quote, "text": first, "unit": units[0], "thing": "viaduc", "lang": lang},
        {"quote": quote, "text": second, "unit": units[1], "lang": lang},
    )
    table["doc"] = "d0.md"
    table = with_subjects(table.drop(columns=["subject", "subject_label"]), CONCEPTS)
    assert same(table)
    assert "other units" in table["subject_evidence"].iloc[1]


def test_a_range_with_no_opening_word_is_a_range_not_a_count() -> None:
    # "300 à 450 cas … chaque année": its low end is no figure of the day's count
    table = claims(
        *_change("En Europe, 300 à 450 cas sont déclarés chaque année.", "fr",
                 ("300", 300, "cas"), ("450", 450, "cas"), doc="a.md"),
        *_change("Jeudi, 37 cas ont été déclarés.", "fr", ("37", 37, "cas"), doc="b.md"),
    )  # fmt: skip
    low, high, day = table["subject"].tolist()
    assert table["subject_label"].iloc[0] != table["subject_label"].iloc[1]
    assert low != day and high != day
    # a verb before makes it a change, not a range
    moved = claims(
        *_change("Les effectifs passent 300 à 450 agents.", "fr",
                 ("300", 300, "agents"), ("450", 450, "agents")),
    )  # fmt: skip
    assert "low" not in moved["subject"].iloc[0]


@pytest.mark.parametrize(("others", "joins"), [((), True), (("vote",), False)])
def test_a_strike_s_shares_of_strikers_and_its_turnout_are_its_participation(others, joins) -> None:
    # "42 % de grévistes", "adesione al 42%", "a 42% turnout" in a strike story; an election
    # story's turnout is its voters'
    base = {"unit": "percent", "value": 42.0}
    table = claims(
        {**base, "thing": "grévistes", "lang": "fr"},
        {**base, "thing": "adesione allo sciopero", "lang": "it"},
        {**base, "thing": "turnout"},
        *({"thing": o, "value": 1_000.0} for o in others),
    )
    assert (table["subject"].iloc[1] == table["subject"].iloc[2]) is joins
    assert table["subject"].iloc[0] == table["subject"].iloc[1]


@pytest.mark.parametrize(("others", "joins"), [((), True), (("voters",), False)])
def test_a_protest_story_s_turnout_as_a_count_is_its_protesters(others, joins) -> None:
    # "organisers put turnout at 580,000" beside "580 000 manifestants" and "580.000
    # manifestanti"; in a story that counts voters, a turnout is the election's
    base = {"value": 580_000.0}
    table = claims(
        {**base, "thing": "manifestants", "lang": "fr"},
        {**base, "thing": "manifestanti", "lang": "it"},
        {**base, "thing": "turnout"},
        *({"thing": o, "value": 3_100.0} for o in others),
    )
    assert (table["subject"].iloc[0] == table["subject"].iloc[2]) is joins
    assert table["subject"].iloc[0] == table["subject"].iloc[1]


@pytest.mark.parametrize(
    ("named", "joins"), [(("displaced", "evacuees"), True), (("employees", "jobs"), False)]
)
def test_a_figure_of_people_takes_the_broader_of_a_noun_and_its_kind_given_it_elsewhere(
    named, joins
) -> None:
    # "2 650 personnes" beside "2,650 displaced" and "2,650 evacuees": a noun and a kind of
    # it, one thing; beside "2,650 employees" and "2,650 jobs", two things it might count
    table = claims(
        {"thing": "personnes", "lang": "fr", "value": 2_650.0},
        *({"thing": n, "value": 2_650.0} for n in named),
    )
    assert (table["subject"].iloc[0] == table["subject"].iloc[1]) is joins


@pytest.mark.parametrize("thing", ["", "alloggiati"])
def test_a_figure_with_no_known_noun_counts_the_people_another_document_gives_it(thing) -> None:
    # "le centre accueille 1 240 personnes" beside "i 1.240 alloggiati di lunedì" (a noun
    # no lexicon knows) or a bare "1.240": the people counted
    table = claims(
        {"thing": "personnes", "lang": "fr", "value": 1_240.0},
        {"thing": thing, "lang": "it", "value": 1_240.0},
    )
    assert same(table)


def test_survivors_are_the_people_rescued_when_the_story_counts_no_other_kind() -> None:
    # "la guardia costiera ha soccorso 61 persone" beside "61 survivors were landed"
    table = claims(
        {"thing": "persone salvate", "lang": "it", "value": 61},
        {"thing": "survivors", "value": 61},
    )
    assert same(table)


@pytest.mark.parametrize(
    ("quote", "joins"),
    [
        ("Quorvell a vu son bénéfice net reculer nettement, à 14,3 millions d'euros.", True),
        ("Quorvell a vu ses ventes reculer nettement, à 14,3 millions d'euros.", False),
    ],
)
def test_a_figure_with_no_noun_is_the_thing_its_sentence_names_given_near_it(quote, joins):
    # the noun far from its figure: another account's "net profit of €14.1 million" is near
    # it, and its sentence names the profit; sales named instead are another thing
    table = claims(
        {"thing": "net profit", "concept": "profit", "currency": "EUR", "value": 14_100_000.0},
        {"currency": "EUR", "value": 14_300_000.0, "lang": "fr", "quote": quote,
         "text": "14,3 millions d'euros"},
    )  # fmt: skip
    assert bool(same(table)) is joins


@pytest.mark.parametrize(("value", "joins"), [(7.5, True), (7.0, False)])
def test_a_share_with_no_noun_is_the_thing_its_sentence_names_given_the_same_elsewhere(
    value, joins
):
    # "Sul debito, la Corte giudica credibile il 7,5%" beside "debt at 7.5%"; a whole
    # share recurs by chance
    table = claims(
        {"thing": "debt", "unit": "percent", "value": value},
        {"unit": "percent", "value": value, "lang": "it", "text": "7,5%",
         "quote": "Sul debito, la Corte giudica credibile il 7,5%."},
    )  # fmt: skip
    assert bool(same(table)) is joins
