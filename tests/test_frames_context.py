"""Frames (issue 10): each figure's own noun, day, place, rate and listed items, read from its
clause. One shape per test, in French, English and Italian, with sentences written for these
tests (none is taken from a case).

Published dates used below: 2024-05-16 is a Thursday, 2024-05-20 a Monday.
"""

from __future__ import annotations

import pandas as pd
import pytest

from sourcecheck.case import load_case
from sourcecheck.extract import Lexicons, extract_claims, extract_document
from sourcecheck.extract.dates import find_dates
from sourcecheck.extract.framedata import load
from sourcecheck.extract.places import CAPITALS, CITIES, CITY_COUNTRY, _index
from sourcecheck.extract.sentences import words
from sourcecheck.schema import EXTRA_CLAIM_COLUMNS

THURSDAY = "2024-05-16"


@pytest.fixture(scope="module")
def lex():
    return Lexicons.load()


def frames(lex, lang: str, body: str, published: str | None = THURSDAY) -> dict[str, dict]:
    """The extracted rows of a one-document body, by figure text."""
    doc = {"doc": "t.md", "body": body, "lang": lang, "publisher": "Wire", "published": published}
    return {r["text"]: r for r in extract_document(doc, lex)}


def things(rows: dict[str, dict]) -> dict[str, str]:
    return {text: r["thing"] for text, r in rows.items()}


# --- NOUN -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "La fédération a compté 12 000 cyclistes selon les organisateurs et 9 500 pour la mairie.",
         {"12 000": "cyclistes", "9 500": "cyclistes"}),
        ("en", "Organisers counted 40,000 marchers, and the police 25,000.",
         {"40,000": "marchers", "25,000": "marchers"}),
        ("it", "Gli organizzatori hanno contato 15.000 tifosi, la questura 9.000.",
         {"15.000": "tifosi", "9.000": "tifosi"}),
    ],
)  # fmt: skip
def test_a_figure_without_a_noun_counts_the_previous_figures(lex, lang, body, expected):
    assert things(frames(lex, lang, body)) == expected


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "L'explosion a fait 4 morts et plus de 60 blessés.", {"4": "morts", "plus de 60": "blessés"}),
        ("en", "The storm left 6 dead and 85 injured.", {"6": "dead", "85": "injured"}),
        ("it", "Il crollo ha causato 2 morti, 5 dispersi e 30 feriti.",
         {"2": "morti", "5": "dispersi", "30": "feriti"}),
    ],
)  # fmt: skip
def test_a_figures_own_noun_wins_over_the_previous_one(lex, lang, body, expected):
    assert things(frames(lex, lang, body)) == expected


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing", "concept"),
    [
        ("fr", "Mardi, l'action Verano a reculé de 4,1 %.", "4,1 %", "action", "share-price"),
        ("en", "Verano shares closed down 4.1% on Tuesday.", "4.1%", "shares", "share-price"),
        ("fr", "L'Asie pèse 31 % de son chiffre d'affaires mondial.", "31 %",
         "chiffre d'affaires mondial", "revenue"),
        ("en", "Verano made $12.4 billion in revenue, about 31% of it in Asia.", "about 31%",
         "revenue", "revenue"),
        ("it", "La penale arriva al 3% del suo fatturato annuo.", "3%", "fatturato annuo", "revenue"),
        ("en", "It will build a 310-kilometre hydrogen pipeline.", "310-kilometre",
         "hydrogen pipeline", ""),
    ],
)  # fmt: skip
def test_a_place_or_a_company_is_never_the_noun_and_a_share_names_its_whole(
    lex, lang, body, text, thing, concept
):
    row = frames(lex, lang, body)[text]
    assert (row["thing"], row["concept"]) == (thing, concept)


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Four hikers are still unaccounted for, rescuers said, and 31 have been injured.",
         {"Four": "missing", "31": "injured"}),
        ("en", "Three people died and 12 were hospitalised overnight.",
         {"Three": "dead", "12": "hospitalisation"}),
        ("fr", "Deux personnes sont portées disparues et 15 ont été blessées.",
         {"Deux": "missing", "15": "injured"}),
        ("it", "Secondo la questura i dispersi sono 3 e i feriti 17.", {"3": "missing", "17": "injured"}),
        ("fr", "Le nombre de personnes hors de chez elles atteignait 3 900, dont 800 à Blaye.",
         {"3 900": "evacuee", "800": "evacuee"}),
        ("en", "Of the 85 suspects, 12 were arrested on Monday.", {"85": "suspect", "12": "arrest"}),
        ("fr", "La brigade a mobilisé 450 enquêteurs dans 9 pays.", {"450": "police-officer", "9": "country"}),
        ("it", "Hanno partecipato 450 investigatori in 9 Paesi.", {"450": "police-officer", "9": "country"}),
        ("en", "Some 2,800 residents were ordered to leave.", {"Some 2,800": "evacuee"}),
        ("en", "Turnout was 48%, officials said.", {"48%": "turnout"}),
        ("fr", "Quelque 900 pompiers et 30 moyens aériens sont engagés.",
         {"Quelque 900": "firefighter", "30": ""}),
        ("fr", "Les syndicats ont défilé dans 140 villes.", {"140": "municipality"}),
        ("fr", "Ils ont mené 40 perquisitions et saisi 900 ordinateurs portables.",
         {"40": "search", "900": ""}),
        ("fr", "La préfecture a compté 61 000 manifestants. La CGT annonce 2 millions.",
         {"61 000": "protester", "2 millions": "protester"}),
        ("it", "Per la questura i manifestanti erano 30mila. Secondo la Cgil oltre 1 milione.",
         {"30mila": "protester", "oltre 1 milione": "protester"}),
        ("en", "About 1,900 people spent the night in emergency shelters.", {"About 1,900": "displaced"}),
        ("it", "I soccorritori hanno tratto in salvo 64 persone.", {"64": "rescued"}),
        ("fr", "L'entreprise emploie 3 100 personnes en Europe.", {"3 100": "employee"}),
        ("it", "La frana ha costretto 250 residenti a lasciare le loro case.", {"250": "evacuee"}),
        ("en", "Some 800 trains were cancelled and 2,100 delayed.",
         {"Some 800": "cancelled-train", "2,100": "delay"}),
        ("it", "Dei 1.500 treni previsti, 600 sono stati soppressi.",
         {"1.500": "train", "600": "cancelled-train"}),
        ("en", "Power was restored to 25,000 households, but 9,000 remain without electricity.",
         {"25,000": "reconnected", "9,000": "household"}),
        ("fr", "Le courant a été rétabli chez 25 000 foyers ; 9 000 restent privés d'électricité.",
         {"25 000": "reconnected", "9 000": "household"}),
    ],
)  # fmt: skip
def test_a_figures_own_clause_outweighs_the_last_noun(lex, lang, body, expected):
    assert {t: r["concept"] for t, r in frames(lex, lang, body).items()} == expected


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing"),
    [
        ("it", "Sono in tutto 212 gli sportelli chiusi in provincia.", "212", "sportelli"),
        ("it", "Restano ancora 37 i dispersi.", "37", "dispersi"),
        ("it", "Sono 45 finora i cantieri aperti.", "45", "cantieri"),
        ("fr", "Ils étaient 2 400 infirmiers devant le ministère.", "2 400", "infirmiers"),
        ("fr", "Les ambulanciers étaient 900 à défiler.", "900", "ambulanciers"),
        ("en", "There were 90 ambulances on duty.", "90", "ambulances"),
    ],
)
def test_the_noun_after_a_verb_or_an_article(lex, lang, body, text, thing):
    assert frames(lex, lang, body)[text]["thing"] == thing


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Le denunce sono 90, 12 solo a Bari.", {"90": "denunce", "12": "denunce"}),
        ("fr", "La préfecture a reçu 300 plaintes, dont 40 seulement qu'elle a transmises.",
         {"300": "plaintes", "40": "plaintes"}),
        ("en", "Firefighters fought 75 blazes, 30 still burning.", {"75": "blazes", "30": "blazes"}),
        ("en", "Crews repaired 120 pipes, only 15 so far in the north.", {"120": "pipes", "15": "pipes"}),
    ],
)  # fmt: skip
def test_function_words_are_never_nouns(lex, lang, body, expected):
    assert things(frames(lex, lang, body)) == expected


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing"),
    [
        ("fr", "Le camp accueille 3 200 réfugiés.", "3 200", "réfugiés"),
        ("fr", "Le séisme a fait 140 blessés dans la nuit.", "140", "blessés"),
        ("it", "Nel centro ci sono 150 sfollati.", "150", "sfollati"),
        ("it", "Sono arrivati 400 soldati e 28 deputati.", "400", "soldati"),
        ("it", "Sono arrivati 400 soldati e 28 deputati.", "28", "deputati"),
        ("en", "The clashes left 14 wounded.", "14", "wounded"),
        ("en", "The bus crash left 22 injured.", "22", "injured"),
        ("en", "Medics treated 9 wounded soldiers.", "9", "wounded soldiers"),
    ],
)
def test_nouns_that_end_like_participles_are_nouns(lex, lang, body, text, thing):
    assert frames(lex, lang, body)[text]["thing"] == thing


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Sono stati chiusi 300 negozi, mentre 1.800 tra bar e ristoranti hanno ridotto l'orario.",
         {"300": "negozi", "1.800": "bar e ristoranti"}),
        ("fr", "300 magasins ont fermé, et 1 800 entre cafés et restaurants ont réduit leurs horaires.",
         {"300": "magasins", "1 800": "cafés et restaurants"}),
        ("en", "Inspectors visited 60 farms, and 45 between mills and dairies were fined.",
         {"60": "farms", "45": "mills and dairies"}),
    ],
)  # fmt: skip
def test_a_count_between_coordinated_nouns_counts_them(lex, lang, body, expected):
    assert things(frames(lex, lang, body)) == expected


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing"),
    [
        ("fr", "On comptait 5 000 grévistes. La CGT en revendiquait 9 000.", "9 000", "grévistes"),
        ("it", "I volontari erano 600. Il Comune ne ha chiamati altri 140.", "140", "volontari"),
        ("it", "Sono state sgomberate 430 famiglie. Di queste, 120 sono ospitate in hotel.",
         "120", "famiglie"),
        ("en", "The agency moved 430 families. Of these, 120 are staying in hotels.", "120", "families"),
        ("fr", "Plus de 11 000 gendarmes ont été mobilisés, dont 4 500 à Lyon.", "4 500", "gendarmes"),
        ("en", "Some 2,000 nurses were hired, 300 of them in Leeds.", "300", "nurses"),
        ("it", "L'azienda ha 1.500 dipendenti, 200 dei quali a Torino.", "200", "dipendenti"),
    ],
)  # fmt: skip
def test_pronouns_point_back_to_the_noun_before(lex, lang, body, text, thing):
    assert frames(lex, lang, body)[text]["thing"] == thing


@pytest.mark.parametrize(
    ("lang", "body", "text", "scope", "day"),
    [
        ("fr", "Samedi, 38 000 manifestants ont défilé à Nantes selon l'intersyndicale. "
               "La préfecture en a compté 14 000.", "14 000", "Nantes", "2024-05-11"),
        ("it", "Secondo la Regione, sono 930 i lavoratori in cassa integrazione a Brescia. "
               "Per i sindacati sono invece 1.240.", "1.240", "Brescia", ""),
        ("en", "Organisers said 6,500 runners took part in Bristol on Saturday. "
               "According to police, they were 4,800.", "4,800", "Bristol", "2024-05-11"),
        ("en", "Police said 4,800 runners took part in Bristol on Saturday. "
               "Organisers put the figure at 6,500.", "6,500", "Bristol", "2024-05-11"),
        ("fr", "Samedi, 14 000 manifestants ont défilé à Nantes selon la préfecture. "
               "L'intersyndicale avance le chiffre de 38 000.", "38 000", "Nantes", "2024-05-11"),
        ("it", "Sabato a Torino hanno sfilato 30mila manifestanti secondo la questura. "
               "La Cgil rivendica 90mila.", "90mila", "Turin", "2024-05-11"),
    ],
)  # fmt: skip
def test_a_count_that_points_back_is_of_that_figure_s_place_and_day(
    lex, lang, body, text, scope, day
):
    # the second account gives no place nor day of its own: those of the figure it answers
    row = frames(lex, lang, body)[text]
    assert row["scope"] == scope
    if day:
        assert row["refers_to"] == day


def test_a_count_that_points_back_answers_no_figure_of_another_paragraph(lex):
    body = "Samedi, 38 000 manifestants ont défilé à Nantes.\n\nLa CGT en revendique 90 000."
    assert frames(lex, "fr", body)["90 000"]["scope"] == ""


def test_a_count_that_points_back_keeps_its_own_place(lex):
    body = (
        "Samedi, 38 000 manifestants ont défilé à Nantes. La préfecture en a compté 9 000 à Rennes."
    )
    assert frames(lex, "fr", body)["9 000"]["scope"] == "Rennes"


@pytest.mark.parametrize(
    ("body", "scope"),
    [
        ("Nel Lorenzano, ha detto la prefettura, gli sfollati sono saliti a 70.", "Lorenzano"),
        ("Nel Valdrese gli sfollati sono 70.", "Valdrese"),
        ("Secondo la prefettura gli sfollati nel Lorenzano sono 70.", ""),  # not its opening
        ("Nel Lorenzano Bassi gli sfollati sono 70.", ""),  # a name that goes on
    ],
)
def test_a_sentence_opened_by_a_town_s_territory_is_of_that_place(lex, body, scope):
    # "Nel Veronese, …": the land around a town, named by its adjective
    assert frames(lex, "it", body)["70"]["scope"] == scope


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing", "unit"),
    [
        ("fr", "Près de 2 000 allocataires perdraient 4 mois d'indemnités.", "4", "mois", "month"),
        ("it", "I 3.000 iscritti attenderanno 6 mesi.", "6", "mesi", "month"),
        ("en", "About 800 tenants waited 9 months.", "9", "months", "month"),
        ("it", "Sulla costa sono caduti 90 millimetri di pioggia in 12 ore.", "12", "ore", "hour"),
        ("fr", "Le groupe dispose de 45 jours pour répondre.", "45", "jours", "day"),
        ("en", "The cartel rigged tenders for 6 years.", "6", "years", "year"),
    ],
)
def test_a_duration_is_its_own_noun(lex, lang, body, text, thing, unit):
    """A duration never takes another figure's noun: it is its own, its unit the concept."""
    row = frames(lex, lang, body)[text]
    assert (row["thing"], row["concept"]) == (thing, unit)


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "La loi porte de 12 à 24 mois la durée du contrat.", {"12": "mois", "24": "mois"}),
        ("en", "The ban was cut to 8 weeks from 10.", {"8": "weeks", "10": "weeks"}),
        ("it", "Il cantiere durerà 3 o 4 settimane.", {"3": "settimane", "4": "settimane"}),
        ("it", "Tra i soccorsi, 2 o 3 feriti gravi.", {"2": "feriti gravi", "3": "feriti gravi"}),
    ],
)
def test_a_range_shares_the_noun_written_after_its_second_count(lex, lang, body, expected):
    assert {t: r["thing"] for t, r in frames(lex, lang, body).items() if t in expected} == expected


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing"),
    [
        ("fr", "Dans les lycées, le taux d'absentéisme a atteint 12 %.", "12 %", "taux d'absentéisme"),
        ("it", "Nelle fabbriche il tasso di adesione è salito al 64%.", "64%", "tasso di adesione"),
        ("en", "Vantor shares fell 4.1% in early trading.", "4.1%", "shares"),
        ("fr", "La direction a évalué à 18 % la part des conducteurs en grève.", "18 %", "part des conducteurs"),
        ("en", "Roughly 35% of bus drivers stayed home.", "Roughly 35%", "bus drivers"),
        ("fr", "Le syndicat revendique 61 % de grévistes, contre 40 % la veille.", "40 %", "grévistes"),
    ],
)  # fmt: skip
def test_a_percentage_names_its_whole_or_its_subject(lex, lang, body, text, thing):
    assert frames(lex, lang, body)[text]["thing"] == thing


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing"),
    [
        ("en", "The number of evacuees across the valley climbed to 640 overnight.", "640", "evacuees"),
        ("en", "The toll from the storm in the northern hills rose to 9 on Friday.", "9", "toll"),
        ("en", "Police put attendance at 12,000, organisers 30,000.", "12,000", "attendance"),
        ("it", "Il sindacato stima le adesioni in 9mila.", "9mila", "adesioni"),
        ("fr", "Près de 900 000 : c'est le nombre de visiteurs attendus.", "Près de 900 000", "visiteurs"),
    ],
)  # fmt: skip
def test_a_verb_sets_the_noun_written_before_the_count(lex, lang, body, text, thing):
    assert frames(lex, lang, body)[text]["thing"] == thing


@pytest.mark.parametrize(
    ("lang", "body", "text", "thing"),
    [
        ("it", "Sono 22 i ricercatori premiati, tra cui 5 spagnoli.", "5", "ricercatori spagnoli"),
        (
            "fr",
            "L'usine emploie 80 salariés permanents et 30 non-permanents.",
            "30",
            "salariés non-permanents",
        ),
        (
            "en",
            "The plant will create 400 direct jobs and 1,100 indirect.",
            "1,100",
            "indirect jobs",
        ),
        (
            "it",
            "La fabbrica assumerà 120 operai stabili e 45 temporanei.",
            "45",
            "operai temporanei",
        ),
        ("fr", "Le chantier créera 300 emplois directs et 700 induits.", "700", "emplois induits"),
        ("fr", "On dénombre 300 gendarmes et 12 blessés.", "12", "blessés"),
        ("en", "The bank has 5,200 staff in 9 countries, including 800 in Spain.", "800", "staff"),
    ],
)
def test_an_adjective_after_a_count_elides_the_last_noun_and_keeps_its_own(
    lex, lang, body, text, thing
):
    assert frames(lex, lang, body)[text]["thing"] == thing


@pytest.mark.parametrize(
    ("lang", "body", "text", "currency"),
    [
        ("fr", "Le coût atteint 80 millions d'euros, dont 25 millions pour les digues.", "25 millions", "EUR"),
        ("it", "Servono 300 milioni di euro, di cui 70 per le scuole.", "70", "EUR"),
        ("en", "The fund holds $4 million in cash and 2.5 million in bonds.", "2.5 million", "USD"),
        ("it", "La Regione ha chiesto 90 milioni di euro.\nIl governo ne ha stanziati 40 milioni.",
         "40 milioni", "EUR"),
        # a count with its own noun is no money
        ("fr", "L'État économisera 2 milliards d'euros et 600 000 foyers seront touchés.", "600 000",
         None),
    ],
)  # fmt: skip
def test_a_bare_count_after_money_is_money(lex, lang, body, text, currency):
    row = frames(lex, lang, body)[text]
    assert (row["currency"] or None) == currency
    assert row["kind"] == ("money" if currency else "count")


# --- DAY ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body", "published", "text", "day"),
    [
        ("fr", "Le 2 mai, 4 000 personnes ont défilé.", THURSDAY, "4 000", "2024-05-02"),
        ("fr", "Mardi, la police a compté 7 000 personnes.", THURSDAY, "7 000", "2024-05-14"),
        ("fr", "Le syndicat a compté 6 500 grévistes hier.", THURSDAY, "6 500", "2024-05-15"),
        ("fr", "Lundi dernier, 800 élèves étaient absents.", "2024-05-20", "800", "2024-05-13"),
        ("en", "Police counted 3,100 marchers on Tuesday.", THURSDAY, "3,100", "2024-05-14"),
        ("en", "Some 2,500 people marched yesterday.", THURSDAY, "Some 2,500", "2024-05-15"),
        ("en", "Officials said on Thursday that 1,200 homes had lost power.", "2024-05-17",
         "1,200", "2024-05-16"),
        ("en", "Police arrested 40 people, a spokesman said on Thursday.", "2024-05-17", "40", "2024-05-16"),
        ("it", "Lunedì scorso sono caduti 80 millimetri di pioggia.", "2024-05-20", "80 millimetri",
         "2024-05-13"),
        ("it", "Ieri gli sfollati erano 300.", THURSDAY, "300", "2024-05-15"),
        ("it", "Il 7 marzo i manifestanti erano 2.000.", THURSDAY, "2.000", "2024-03-07"),
        ("it", "La questura ha contato 5.000 persone martedì 14 maggio.", THURSDAY, "5.000", "2024-05-14"),
    ],
)  # fmt: skip
def test_a_figures_day_from_its_clause(lex, lang, body, published, text, day):
    row = frames(lex, lang, body, published)[text]
    assert (row["refers_to"], row["day_from"]) == (day, "clause")


@pytest.mark.parametrize(
    ("lang", "body", "undated", "dated", "day"),
    [
        ("fr", "Le ministère a compté 38,2 % de grévistes, contre 41 % le 12 avril.", "38,2 %", "41 %",
         "2024-04-12"),
        ("en", "Turnout reached 61.5% against 58% on 3 March.", "61.5%", "58%", "2024-03-03"),
        ("it", "L'affluenza è al 44,1% contro il 47% del 9 aprile.", "44,1%", "47%", "2024-04-09"),
    ],
)  # fmt: skip
def test_a_date_after_one_figure_dates_it_alone(lex, lang, body, undated, dated, day):
    rows = frames(lex, lang, body)
    assert rows[dated]["refers_to"] == day
    assert rows[undated]["refers_to"] == ""


@pytest.mark.parametrize(
    ("lang", "body", "text"),
    [
        ("en", "Europol said on Friday that police raided 98 homes on Wednesday.", "98"),
        ("en", "Europol said on Friday that police in 7 countries raided 98 homes on Wednesday.", "7"),
        ("fr", "La préfecture a indiqué vendredi que 98 logements avaient été perquisitionnés mercredi.",
         "98"),
        ("it", "La polizia ha comunicato venerdì che mercoledì sono state perquisite 98 case.", "98"),
    ],
)  # fmt: skip
def test_the_day_something_was_said_yields_to_the_clauses_day(lex, lang, body, text):
    assert frames(lex, lang, body, "2024-05-17")[text]["refers_to"] == "2024-05-15"


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("le mardi 11 février", "2025-01-30", "2025-02-11"),  # a coming date: this year's
        ("le 28 décembre", "2025-01-05", "2024-12-28"),  # last year's December
        ("mardi prochain", THURSDAY, "2024-05-21"),
        ("l'altro ieri", THURSDAY, "2024-05-14"),
        ("aujourd'hui", THURSDAY, THURSDAY),
        ("stamattina", THURSDAY, THURSDAY),
        ("lunedì scorso", "2024-05-20", "2024-05-13"),
        ("lunedì", "2024-05-20", "2024-05-20"),
    ],
)
def test_days_resolve_against_the_publication_date(text, published, iso):
    assert [d.iso for d in find_dates(text, published)] == [iso]


FRIDAY_EVENING = "2024-05-17T18:30"  # a publication time: only its day counts


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        # the day something was said, and a weekday with its date (the date wins)
        ("the minister said on Thursday", FRIDAY_EVENING, "2024-05-16"),
        ("on Wednesday, May 15", FRIDAY_EVENING, "2024-05-15"),
        ("on Wednesday, May 8", FRIDAY_EVENING, "2024-05-08"),  # a week earlier: the date
        ("Tuesday, 7 May 2024", FRIDAY_EVENING, "2024-05-07"),
        ("mercredi 8 mai", FRIDAY_EVENING, "2024-05-08"),
        ("mercoledì 8 maggio", FRIDAY_EVENING, "2024-05-08"),
        # last / this / next, before or after the weekday
        ("giovedì scorso", FRIDAY_EVENING, "2024-05-16"),
        ("lo scorso martedì", FRIDAY_EVENING, "2024-05-14"),
        ("last Friday", FRIDAY_EVENING, "2024-05-10"),
        ("ce mercredi", FRIDAY_EVENING, "2024-05-15"),
        ("ce dimanche", FRIDAY_EVENING, "2024-05-19"),  # the coming one: nearer
        ("this Tuesday", FRIDAY_EVENING, "2024-05-14"),
        ("questo lunedì", FRIDAY_EVENING, "2024-05-20"),
        ("next Monday", FRIDAY_EVENING, "2024-05-20"),
        ("this past Wednesday", FRIDAY_EVENING, "2024-05-15"),
        ("questa domenica", FRIDAY_EVENING, "2024-05-19"),  # feminine: the coming one
        # a night between two days is dated by the day it ends on
        ("dans la nuit de mardi à mercredi", FRIDAY_EVENING, "2024-05-15"),
        ("nella notte tra giovedì e venerdì", FRIDAY_EVENING, "2024-05-17"),
        ("overnight Wednesday into Thursday", FRIDAY_EVENING, "2024-05-16"),
        # a weekday and a day number: that day of the month nearest publication
        ("lunedì 13,", FRIDAY_EVENING, "2024-05-13"),
        ("lundi 29 au soir", "2024-05-02T07:00", "2024-04-29"),
        ("Monday 13th.", FRIDAY_EVENING, "2024-05-13"),
        # dates and relative days
        ("le 3 mars", "2024-03-05T10:00", "2024-03-03"),
        ("le 1er mai", FRIDAY_EVENING, "2024-05-01"),
        ("yesterday", FRIDAY_EVENING, "2024-05-16"),
        ("ieri", "2024-05-17T00:15", "2024-05-16"),
        ("hier soir", FRIDAY_EVENING, "2024-05-16"),
        # dates written in figures, with their year
        ("Ancona, 15/05/2024 –", FRIDAY_EVENING, "2024-05-15"),
        ("le 14.05.2024", FRIDAY_EVENING, "2024-05-14"),
        ("as of 2024-05-13", FRIDAY_EVENING, "2024-05-13"),
        # "la veille" without a story day counts from the publication date
        ("la veille", FRIDAY_EVENING, "2024-05-16"),
    ],
)
def test_days_stated_in_the_copy(text, published, iso):
    """Issue 17: each day the copy states, resolved against the publication date."""
    assert [d.iso for d in find_dates(text, published, tokens=words(text))] == [iso]


@pytest.mark.parametrize(
    ("lang", "body", "text", "day"),
    [
        ("fr", "Les cheminots ont fait grève jeudi.\nLa SNCF compte 38 % de grévistes, contre 45 % la veille.",
         "45 %", "2024-05-15"),
        ("en", "Storms hit the coast on Wednesday.\nThe next day, crews cleared 70 roads.", "70",
         "2024-05-16"),
        ("it", "Il fiume è esondato mercoledì.\nIl giorno prima erano caduti 120 millimetri di pioggia.",
         "120 millimetri", "2024-05-14"),
    ],
)  # fmt: skip
def test_a_day_told_from_the_story_day(lex, lang, body, text, day):
    """ "la veille", "the next day": counted from the document's news day."""
    assert frames(lex, lang, body, FRIDAY_EVENING)[text]["refers_to"] == day


@pytest.mark.parametrize(
    ("lang", "body", "text", "day"),
    [
        ("fr", "La digue de Sarvonne a cédé lundi.\nLe jour précédent, les pompiers avaient évacué 85 maisons.",
         "85", "2024-05-12"),
        ("fr", "La digue de Sarvonne a cédé lundi.\nUn jour avant, la mairie avait distribué 300 sacs de sable.",
         "300", "2024-05-12"),
        ("fr", "La digue de Sarvonne a cédé lundi.\nUne semaine plus tard, 43 familles logeaient au gymnase.",
         "43", "2024-05-20"),
        ("fr", "La digue de Sarvonne a cédé lundi.\nLa semaine suivante, l'État a envoyé 14 bus.",
         "14", "2024-05-20"),
        ("en", "The Orlin bridge closed on Monday.\nThe day prior, inspectors had logged 17 cracks.",
         "17", "2024-05-12"),
        ("en", "The Orlin bridge closed on Monday.\nA week later, engineers had replaced 29 cables.",
         "29", "2024-05-20"),
        ("en", "The Orlin bridge closed on Monday.\nThe following week, the council approved 12 repairs.",
         "12", "2024-05-20"),
        ("it", "La galleria di Morvena è crollata lunedì.\nUna settimana più tardi i tecnici avevano rimosso 540 massi.",
         "540", "2024-05-20"),
        ("it", "La galleria di Morvena è crollata lunedì.\nLa settimana successiva sono state riaperte 6 strade.",
         "6", "2024-05-20"),
        ("it", "La galleria di Morvena è crollata lunedì.\nLa settimana seguente la Regione ha inviato 9 squadre.",
         "9", "2024-05-20"),
    ],
)  # fmt: skip
def test_a_day_or_a_week_told_from_the_story_day(lex, lang, body, text, day):
    """ "le jour précédent", "the day prior", "una settimana più tardi", "la semaine suivante",
    "the following week": counted from the document's news day, in each language."""
    assert frames(lex, lang, body, FRIDAY_EVENING)[text]["refers_to"] == day


# A night just past, then a count: {body: (language, the count)}
NIGHT_THEN_A_COUNT = {
    "Les gendarmes ont secouru dans la nuit 23 randonneurs près de Vellonne.": ("fr", "23"),
    "La douane a saisi la nuit dernière 48 colis au port de Sarvonne.": ("fr", "48"),
    "Coastguards towed overnight 19 boats into Dunmere harbour.": ("en", "19"),
    "Firefighters pulled 36 drivers from their cars last night near Orlin.": ("en", "36"),
    "I vigili del fuoco hanno soccorso nella notte 27 escursionisti sul monte Carvo.": ("it", "27"),
    "La polizia ha fermato la notte scorsa 15 tifosi vicino allo stadio di Valtessa.": ("it", "15"),
}


@pytest.mark.parametrize("body", NIGHT_THEN_A_COUNT)
def test_the_night_just_past_before_a_count_dates_it(lex, body):
    """ "dans la nuit", "overnight", "nella notte", "last night", "la notte scorsa" right
    before a count: the night ends on the publication day, which dates the count (a bare
    figure after the night is no day number)."""
    lang, text = NIGHT_THEN_A_COUNT[body]
    assert frames(lex, lang, body, "2024-05-17T08:30")[text]["refers_to"] == "2024-05-17"


def test_a_night_with_its_day_numbers_is_the_second_day():
    """A day number with the next day or a month after a night is no count: the night is
    dated by that second day."""
    found = find_dates(
        "dans la nuit 3 au 4 mars, puis dans la nuit du 12 au 13 mai", FRIDAY_EVENING
    )
    assert [d.iso for d in found] == ["2024-03-04", "2024-05-13"]


def test_a_title_states_the_news_day_when_the_lead_does_not():
    doc = {
        "doc": "t.md",
        "lang": "en",
        "publisher": "Wire",
        "published": FRIDAY_EVENING,
        "title": "Floods: 14 roads shut on Thursday",
        "body": "Crews reopened 9 roads.",
    }
    row = extract_document(doc, Lexicons.load())[0]
    assert (row["refers_to"], row["day_from"]) == ("2024-05-16", "document")


def test_a_weekday_then_a_count_is_no_day_number():
    """ "lunedì 12 persone": 12 counts people, the day is the Monday alone."""
    found = find_dates("lunedì 12 persone sono state evacuate", FRIDAY_EVENING)
    assert [(d.iso, d.end) for d in found] == [("2024-05-13", 6)]


@pytest.mark.parametrize(
    ("lang", "body", "text", "day"),
    [
        ("en", "Rescuers said on Thursday that 240 people had been evacuated on Wednesday.", "240",
         "2024-05-15"),
        ("en", "On Tuesday, May 14, the agency counted 35 landslides.", "35", "2024-05-14"),
        ("fr", "Dans la nuit de mardi à mercredi, 180 habitants ont été évacués.", "180",
         "2024-05-15"),
        ("fr", "La préfecture a recensé ce mercredi 62 interventions.", "62", "2024-05-15"),
        ("it", "Giovedì scorso i dispersi erano 7.", "7", "2024-05-16"),
        ("it", "Lunedì 13, la Protezione civile ha contato 410 sfollati.", "410", "2024-05-13"),
        ("fr", "Le 3 mai, 900 foyers étaient privés d'électricité.", "900", "2024-05-03"),
        ("it", "Ieri sono state soccorse 55 persone.", "55", "2024-05-16"),
    ],
)  # fmt: skip
def test_a_figures_day_stated_in_the_copy(lex, lang, body, text, day):
    row = frames(lex, lang, body, FRIDAY_EVENING)[text]
    assert (row["refers_to"], row["day_from"]) == (day, "clause")


@pytest.mark.parametrize(
    ("lang", "body", "text", "day", "day_from"),
    [
        ("fr", "Les enseignants ont fait grève mardi.\nLe ministère a compté 38 000 grévistes.",
         "38 000", "2024-05-14", "document"),
        ("en", "Nurses walked out on Monday across Wales.\nThe union counted 8,000 strikers.",
         "8,000", "2024-05-13", "document"),
        ("it", "I medici hanno scioperato ieri.\nHanno aderito 2.000 medici.", "2.000", "2024-05-15",
         "document"),
        ("en", "LEEDS, May 15 (Wire) - Bus drivers struck again.\nSome 600 drivers joined.",
         "Some 600", "2024-05-15", "document"),
        # another time in the figure's clause: no day from the document; a year it states,
        # or last year, is its year (`when.stated_year`)
        ("fr", "Les enseignants ont fait grève mardi.\nEn 2019, 90 000 enseignants avaient fait grève.",
         "90 000", "2019", "clause"),
        ("en", "Nurses walked out on Monday.\nAbout 5,000 had struck last year.", "About 5,000",
         "2023", "clause"),
        ("it", "I medici hanno scioperato ieri.\nLa multa da 900 milioni inflitta nel 2022 resta.",
         "900 milioni", "2022", "clause"),
        # no day in the lead: none to give
        ("fr", "Les enseignants ont fait grève.\nLe ministère a compté 38 000 grévistes.",
         "38 000", "", ""),
        # a past weekday a span is counted from is not the story's day: the period it opens
        # runs to the publication day
        ("it", "Una settimana dopo l'alluvione di lunedì scorso, si aggiorna il bilancio.\n"
               "Restano 300 sfollati.", "300", "2024-05-16", "document"),
    ],
)  # fmt: skip
def test_a_figure_without_a_day_takes_the_documents(lex, lang, body, text, day, day_from):
    row = frames(lex, lang, body, "2024-05-16")[text]
    assert (row["refers_to"], row["day_from"]) == (day, day_from)


def test_day_from_is_an_extra_column_and_manual_claims_fill_it(tmp_path):
    assert "day_from" in EXTRA_CLAIM_COLUMNS
    (tmp_path / "a.md").write_text(
        "---\npublisher: Wire\npublished: 2024-05-16T18:30\nlanguage: fr\n---\n"
        "Mardi, 7 000 personnes ont défilé.\n"
    )
    (tmp_path / "claims.csv").write_text(
        "doc,source,value,thing,refers_to\na.md,CGT,9000,personnes,2024-05-14\n"
        "a.md,CGT,300,personnes,\n"
    )
    claims = extract_claims(load_case(tmp_path)).set_index("value")
    assert claims.loc[7000, ["refers_to", "day_from"]].tolist() == ["2024-05-14", "clause"]
    assert claims.loc[9000, "day_from"] == "clause" and claims.loc[300, "day_from"] == ""


# --- PLACE ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body", "text", "scope"),
    [
        ("fr", "Les cheminots ont manifesté en France.\nDans la capitale, 15 000 personnes ont défilé.",
         "15 000", "Paris"),
        ("it", "Sciopero dei trasporti in Spagna.\nNella capitale hanno aderito 4.000 autisti.",
         "4.000", "Madrid"),
        ("en", "Greek farmers blocked roads.\nIn the capital, 2,000 tractors gathered.", "2,000", "Athens"),
        ("it", "Proteste in Portogallo: 30.000 persone in piazza, 12.000 nella capitale.", "12.000",
         "Lisbon"),
        # another capital is not the country's
        ("fr", "Grève en France.\nDans la capitale régionale, Dijon, 800 personnes ont défilé.", "800", ""),
        ("en", "Floods in Italy.\nThe capital of Umbria housed 85 people.", "85", ""),
    ],
)  # fmt: skip
def test_the_capital_is_the_capital_of_the_documents_country(lex, lang, body, text, scope):
    assert frames(lex, lang, body)[text]["scope"] == scope


@pytest.mark.parametrize(
    ("lang", "body", "text", "scope"),
    [
        ("it", "Lunedì a Spoleto sono caduti 90 millimetri di pioggia.", "90 millimetri", "Spoleto"),
        ("it", "A Città della Pieve 40 famiglie sono state evacuate.", "40", "Città della Pieve"),
        ("fr", "À Nantes, 3 000 personnes ont défilé.", "3 000", "Nantes"),
        ("fr", "À Aix-en-Provence, 4 100 personnes ont défilé.", "4 100", "Aix-en-Provence"),
        ("en", "Scuffles near Place de la Concorde led to 12 arrests.", "12", "Place de la Concorde"),
        ("en", "In Bolton, 700 homes lost power.", "700", "Bolton"),
    ],
)  # fmt: skip
def test_a_city_named_in_the_clause(lex, lang, body, text, scope):
    assert frames(lex, lang, body)[text]["scope"] == scope


@pytest.mark.parametrize(
    ("lang", "body", "text", "scope"),
    [
        ("it", "Le raccolte fondi sono partite in 12 regioni italiane.", "12", "Italy"),
        ("fr", "Des rassemblements ont eu lieu dans 9 régions françaises.", "9", "France"),
        ("en", "The protests spread to 6 Spanish regions.", "6", "Spain"),
        ("it", "Tra i ricorrenti ci sono 14 editori, tra cui 3 tedeschi.", "3", "Germany"),
    ],
)
def test_a_country_adjective_of_the_counted_noun(lex, lang, body, text, scope):
    assert frames(lex, lang, body)[text]["scope"] == scope


@pytest.mark.parametrize(
    ("lang", "body", "text", "scope"),
    [
        # a national story: its country is the whole scope, which no figure repeats
        ("it", "In tutta Italia hanno scioperato 50.000 medici.", "50.000", ""),
        ("fr", "Dans toute la France, 200 000 agriculteurs ont manifesté.", "200 000", ""),
        ("en", "Strikes hit Germany again.\nSome 30,000 train drivers walked out nationwide.",
         "Some 30,000", ""),
        ("it", "Proteste in Francia.\nSono stati 180 i cortei in tutto il Paese.", "180", ""),
        # a story about several countries: the country is a place
        ("fr", "Grève en Belgique et aux Pays-Bas.\nLe ministère belge a compté 90 000 grévistes en Belgique.",
         "90 000", "Belgium"),
        ("en", "Strikes hit Germany and Austria.\nSome 30,000 train drivers walked out nationwide.",
         "Some 30,000", "Germany"),
        # a story about a continent: the continent is the whole scope, a country a place
        ("it", "Operazione in tutta Europa: 40 arresti in Spagna e 800 siti oscurati in tutta Europa.",
         "40", "Spain"),
        ("it", "Operazione in tutta Europa: 40 arresti in Spagna e 800 siti oscurati in tutta Europa.",
         "800", ""),
        # "our country" is the country the story is about, as "nationwide" is
        ("it", "Truffe, arresti in Italia e in Grecia.\nNel nostro Paese gli inquirenti hanno congelato 4 milioni di euro.",
         "4 milioni di euro", "Italy"),
        ("fr", "Fraude en Belgique et en Grèce.\nDans notre pays, 85 victimes ont porté plainte.",
         "85", "Belgium"),
        ("en", "Raids in Ireland and Greece.\nIn our country, 25 homes were searched.", "25", "Ireland"),
        # no country named: "nationwide" has nothing to resolve to
        ("en", "Some 30,000 train drivers walked out nationwide.", "Some 30,000", ""),
    ],
)  # fmt: skip
def test_the_whole_country(lex, lang, body, text, scope):
    assert frames(lex, lang, body)[text]["scope"] == scope


@pytest.mark.parametrize(
    ("lang", "body", "text", "scope"),
    [
        # labels and the figures listed with it may stand between a figure and its place
        ("fr", "Grève en France : 8 000 (police) et 15 000 (syndicats) à Rennes, 3 000 à Brest.",
         "8 000", "Rennes"),
        ("en", "Turnout in Britain: 4,000 (police) and 9,000 (organisers) in Leeds.", "4,000", "Leeds"),
        # a figure after two places listed together is about both: no single place
        ("it", "Scontri in Francia, a Lille e a Nantes: i fermi sono stati 25, 9 solo a Lille.", "25", ""),
        ("it", "Scontri in Francia, a Lille e a Nantes: i fermi sono stati 25, 9 solo a Lille.", "9", "Lille"),
        # a city in apposition to "the regional capital"
        ("fr", "Crue en Italie. Dans le chef-lieu, Bologne, 60 familles ont été relogées.", "60", "Bologna"),
        # a body is no place
        ("it", "La riforma in Italia: approvata con 280 voti, ora passa in Senato.", "280", ""),
        ("fr", "La loi en France : 320 députés l'ont votée avant son passage au Sénat.", "320", ""),
        # "worldwide" before a noun qualifies the noun
        ("en", "Fines may reach 4% of worldwide annual turnover.", "4%", ""),
        # a source located by a locative keeps its place
        ("en", "Storms in Spain. Police in the town of Reus said 11 cars were swept away.", "11", "Reus"),
        # "nella sede di", "dans le port de": a locative with its noun
        ("it", "Il gruppo in Francia ha 900 dipendenti, 150 nella sede di Lione.", "150", "Lyon"),
        # a story that counts its countries in words is no one country's: each keeps its own
        ("fr", "Des perquisitions ont eu lieu dans sept pays. En Belgique, 6 personnes ont été interpellées.",
         "6", "Belgium"),
        ("en", "Raids took place in five countries. In Belgium, 6 suspects were arrested.", "6", "Belgium"),
        ("it", "Perquisizioni in sei Paesi. In Belgio sono stati arrestati 6 sospettati.",
         "6", "Belgium"),
    ],
)  # fmt: skip
def test_the_place_of_a_figures_clause(lex, lang, body, text, scope):
    assert frames(lex, lang, body)[text]["scope"] == scope


def test_a_story_that_counts_countries_keeps_its_one_named_country():
    from sourcecheck.extract.places import story_scope

    assert story_scope(["Spain"]) == "Spain"  # a national story: its country is the scope
    assert story_scope(["Spain"], "Une opération menée dans 14 pays, dont l'Espagne") == ""
    assert story_scope(["Spain"], "police in 8 countries, Spain among them") == ""
    # the count in words counts as well: "sept pays", "five countries", "sei Paesi"
    assert story_scope(["Spain"], "Des saisies dans sept pays, dont l'Espagne") == ""
    assert story_scope(["Spain"], "raids across five countries, Spain among them") == ""
    assert story_scope(["Spain"], "Sequestri in sei Paesi, Spagna compresa") == ""
    assert story_scope(["Spain"], "Une saisie dans un seul pays : l'Espagne") == "Spain"


@pytest.mark.parametrize(
    ("publisher", "title", "body", "text", "scope"),
    [
        # a local page: its rubric names the city; "dans la ville" is that city
        ("Le Quotidien", "Nantes : la grève continue", "Quelque 300 policiers ont été déployés dans la ville.",
         "Quelque 300", "Nantes"),
        ("Le Quotidien", "Nantes : la grève continue", "Les cheminots ont voté : 85 % de grévistes.",
         "85 %", "Nantes"),
        # a city's own body publishes about its city
        ("Comune di Spoleto", "Maltempo, chiuse le scuole", "Sono state chiuse 14 strade comunali.", "14",
         "Spoleto"),
        # a local paper named after the town its title names: "in città" is that town
        ("La Voce di Morvena", "Truffe online, la regia a Morvena: 3 arresti in città",
         "In città la Procura ha confiscato 2 auto di lusso.", "2", "Morvena"),
        ("La Voce di Morvena", "Truffe online, la regia a Morvena: 3 arresti in città",
         "In provincia gli arresti sono stati 7.", "7", "Morvena"),
        # a province named after it is that province, not the paper's own
        ("La Voce di Morvena", "Truffe online, la regia a Morvena: 3 arresti in città",
         "Le perquisizioni sono state 7 in provincia di Dorvella.", "7", "Dorvella"),
        # the same paper on another town's story is no page of its own town
        ("La Voce di Morvena", "Truffe online, 3 arresti a Dorvella",
         "La Procura ha sequestrato 2 auto di lusso.", "2", ""),
        # a region as the title's rubric is the story's subject, not a local page
        ("Le Quotidien", "Corse : les pompiers toujours mobilisés", "Quelque 500 pompiers sont engagés.",
         "Quelque 500", ""),
        # a title city as a subject is no local page
        ("Le Quotidien", "Berlin annonce 2 milliards d'aides", "L'aide concerne 40 000 entreprises.",
         "40 000", ""),
    ],
)  # fmt: skip
def test_a_local_document_is_about_its_city(lex, publisher, title, body, text, scope):
    lang = "it" if publisher.startswith(("Comune", "La Voce")) else "fr"
    doc = {"doc": "t.md", "body": body, "lang": lang, "publisher": publisher,
           "published": THURSDAY, "title": title}  # fmt: skip
    assert {r["text"]: r for r in extract_document(doc, lex)}[text]["scope"] == scope


def test_the_place_table_is_consistent():
    english = {canonical for entries in _index().values() for _, canonical, _ in entries}
    assert set(CITY_COUNTRY.values()) <= english  # every city's country is a known country
    assert set(CAPITALS) <= english and set(CAPITALS.values()) <= set(CITIES)
    assert set(load("places")["demonyms"]) <= english


# --- RATE -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Il servizio costa 15 euro al mese, e gli utenti pagano 2 euro al giorno.",
         {"15 euro": "per_month", "2 euro": "per_day"}),
        ("it", "Gli stipendi arrivano a 1.300 euro mensili, per 9 milioni di euro annui.",
         {"1.300 euro": "per_month", "9 milioni di euro": "per_year"}),
        ("fr", "L'abonnement coûte 12 euros par mois, soit 140 euros par an.",
         {"12 euros": "per_month", "140 euros": "per_year"}),
        ("fr", "L'usine produira 5 000 tonnes d'acier par jour et emploie 300 salariés.",
         {"5 000 tonnes": "per_day", "300": ""}),
        ("fr", "Le site reçoit chaque année près de 2 millions de visiteurs.",
         {"près de 2 millions": "per_year"}),
        ("en", "The plant will process 20,000 tonnes of waste a year and employs 150 people.",
         {"20,000 tonnes": "per_year", "150": ""}),
        ("en", "Volunteers served 400 meals per day, and 2,500 meals a week.",
         {"400": "per_day", "2,500": "per_week"}),
        ("en", "Users pay $9 per month, or $99 annually.", {"$9": "per_month", "$99": "per_year"}),
        ("it", "La condotta trasporterà 80mila tonnellate di idrogeno l'anno.",
         {"80mila tonnellate": "per_year"}),
        # the rate phrase a few words after the noun
        ("en", "Around 40,000 new infections are recorded across the region each year.",
         {"Around 40,000": "per_year"}),
        ("fr", "Quelque 40 000 nouveaux cas sont signalés dans la région chaque année.",
         {"Quelque 40 000": "per_year"}),
        # a rate right after an amount, no noun between: the year is no noun
        ("it", "Il bonus costa 3,7 miliardi l'anno e 11,1 nel triennio.",
         {"3,7 miliardi": "per_year"}),
        ("fr", "La prime coûte 3,7 milliards l'an, selon le ministère.",
         {"3,7 milliards": "per_year"}),
        # a year, but not a rate
        ("en", "Sales fell to 3 million a year ago.", {"3 million": ""}),
        ("fr", "Il a gagné 40 000 euros l'an dernier.", {"40 000 euros": ""}),
        ("it", "Ha incassato 90mila euro in un anno.", {"90mila euro": ""}),
        # the current year: "l'anno in corso", "l'année en cours"
        ("it", "Le entrate salgono a 70 milioni, dai 64 stimati per l'anno in corso.", {"64": ""}),
        ("fr", "Le déficit atteindra 5 % pour l'an en cours.", {"5 %": ""}),
    ],
)  # fmt: skip
def test_rate_phrases_make_a_figure_a_rate(lex, lang, body, expected):
    rows = frames(lex, lang, body)
    assert {text: rows[text]["rate"] for text in expected} == expected


# --- LISTS ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body", "text", "items"),
    [
        ("en", "Officers from 3 countries, France, Spain and Portugal, took part.", "3",
         "France; Spain; Portugal"),
        ("fr", "La police a fouillé 3 sites : un entrepôt, un garage et un bureau.", "3",
         "un entrepôt; un garage; un bureau"),
        ("en", "Agents were deployed in 4 countries:\n- Belgium\n- Austria\n- Poland\n- Portugal\n"
               "The operation lasted a week.", "4", "Belgium; Austria; Poland; Portugal"),
        ("it", "I fondi arrivano da 3 Paesi:\nFrancia, Germania e Austria.", "3",
         "France; Germany; Austria"),
        ("en", "Police seized 3 items:\n- a laptop\n- two phones\n- a car", "3",
         "a laptop; two phones; a car"),
    ],
)  # fmt: skip
def test_a_count_takes_the_items_of_its_sentence_or_of_the_list_it_opens(
    lex, lang, body, text, items
):
    assert frames(lex, lang, body)[text]["items"] == items


@pytest.mark.parametrize(
    ("lang", "body", "text"),
    [
        ("fr", "L'opération a mobilisé 5 pays.\n\nPlus tard, des policiers d'Espagne, d'Italie et de "
               "Grèce se sont réunis.", "5"),
        ("en", "Agents from 4 countries took part. Spain, Italy and Greece sent the most.", "4"),
        ("it", "Hanno collaborato 6 Paesi.\nIn Spagna, Italia e Grecia gli arresti sono stati 20.", "6"),
        ("en", "Spain, Italy and Greece hosted meetings.\nAgents from 4 countries took part.", "4"),
        # figures between the count and its countries: a breakdown, not a list of them
        ("en", "The chain runs 800 stores in 9 countries, including 120 in Spain and 95 in "
               "Portugal.", "9"),
        ("fr", "Le groupe emploie 4 000 salariés dans 7 pays, dont 900 en Belgique et 300 en "
               "Suisse.", "7"),
        ("it", "La rete conta 60 filiali in 5 Paesi, di cui 12 in Austria e 8 in Slovenia.", "5"),
    ],
)  # fmt: skip
def test_a_count_never_takes_another_sentences_list(lex, lang, body, text):
    assert frames(lex, lang, body)[text]["items"] == ""


@pytest.mark.parametrize(
    "text", ["examiné à partir du 4 mars", "in vigore dal 4 marzo", "starting on March 4"]
)
def test_a_date_that_opens_a_period_is_no_figures_day(text):
    assert [(d.iso, d.since) for d in find_dates(text, "2025-01-30")] == [("2025-03-04", True)]


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [
        ("fr", "Le corps d'un automobiliste de 63 ans a été retrouvé près du pont.", "63"),
        ("it", "La vittima è una donna di 81 anni, sorpresa dall'acqua in casa.", "81"),
        ("en", "The driver, aged 47, was taken to hospital.", "47"),
        ("en", "A woman of 70 years was rescued by firefighters.", "70"),
        # a rule's bound of age, not a count: "à partir de 67 ans", "con più di 67 anni"
        ("fr", "Le pass est gratuit pour les habitants à partir de 67 ans.", "67"),
        ("it", "Il pass è gratuito per i residenti con più di 67 anni.", "più di 67"),
        ("en", "The pass is free for residents from the age of 67 years.", "67"),
        # a nationality noun, or a person and a nationality adjective, is a person too
        ("fr", "Parmi les suspects figure le chef du réseau, un Estonien de 52 ans.", "52"),
        ("it", "Tra gli arrestati c'è il capo della banda, uno spagnolo di 38 anni.", "38"),
        ("fr", "Le conducteur, un homme polonais de 44 ans, est indemne.", "44"),
        # a name in apposition: the word for years closes it
        ("fr", "Le gérant, Loïc Varenne, 53 ans, a porté plainte.", "53"),
        ("it", "Ha vinto la gara Ilse Corsetti, 29 anni.", "29"),
        # a bare figure in commas after a full name
        ("en", "The first to reach the shore, Ilse Corsetti, 29, was treated on site.", "29"),
    ],
)
def test_a_persons_age_is_never_a_quantity_to_compare(lang, body, figure):
    """An age is a person's own (concept `age`, never aligned); "depuis 30 ans" stays a duration."""
    from sourcecheck.align import with_subjects
    from sourcecheck.extract import Lexicons, extract_document

    lex = Lexicons.load()
    doc = {"doc": "x", "body": body, "lang": lang, "publisher": "Wire", "published": "2025-03-12"}
    rows = extract_document(doc, lex)
    (row,) = [r for r in rows if r["text"] == figure]
    assert row["concept"] == "age"
    table = pd.DataFrame([{**r, "case": "c", "claim_id": f"x#{r['start']}"} for r in rows])
    assert (
        with_subjects(table, lex.concepts).loc[lambda t: t["text"] == figure, "subject"].iloc[0]
        == ""
    )


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [
        # a place and a comma before "30 ans" that goes on is a span of time, no age
        ("fr", "Pour Lavanne, 30 ans après la crue, la digue tient.", "30"),
        ("it", "A Merlengo, 20 anni di lavori non sono bastati.", "20"),
        # nor a bare figure after a word the copy writes in lower case, nor one of a list
        ("en", "In Garvell, 14, and in the port, 6, were held on the day.", "14"),
        ("en", "Arrests by town: Port Elvin, 14, Upper Garvell, 6.", "14"),
    ],
)
def test_a_span_of_years_after_a_name_and_a_comma_is_no_age(lang, body, figure):
    from sourcecheck.extract import Lexicons, extract_document

    doc = {"doc": "x", "body": body, "lang": lang, "publisher": "Wire", "published": "2025-03-12"}
    (row,) = [r for r in extract_document(doc, Lexicons.load()) if r["text"] == figure]
    assert row["concept"] != "age"
