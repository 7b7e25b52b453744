"""Day numbers next to weekdays and months: dates, not figures; the figure after them stays.

1. "Month Day, figure": the comma after a day of the month separates the date from a count
   ("On Friday, March 3, 450 homes lost power"); only a year follows it as part of the date.
2. "Weekday + day number" opening a clause: the number is a day of the month when punctuation,
   an article, a pronoun, an auxiliary, a preposition or a part of the day follows it;
   a counted noun after it keeps it a figure.
"""

from __future__ import annotations

import pytest

from sourcecheck.quantities import parse_quantities


def values(text: str, lang: str) -> list[float]:
    return [q.value for q in parse_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On Friday, March 3, 450 homes lost power", "en", [450]),
        ("By June 9, 1,200 volunteers had signed up", "en", [1200]),
        ("On Tuesday, October 22, 75 flights were cancelled", "en", [75]),
        ("Vendredi 3 mars, 450 foyers étaient privés d'électricité", "fr", [450]),
        ("Martedì 22 ottobre, 75 voli sono stati cancellati", "it", [75]),
        # a year after "Month Day," is the date's
        ("The law took effect on March 3, 2021", "en", []),
        ("The plant closed on October 22, 1998.", "en", []),
        ("It opened on June 9 2015", "en", []),
        # a weekday and a day number opening a clause
        ("Giovedì 9 è stato riaperto il ponte, chiuso a 40 camion", "it", [40]),
        ("Venerdì 12 sono arrivati 85 soccorritori", "it", [85]),
        ("Domenica 7, la protezione civile ha contato 60 sfollati", "it", [60]),
        ("Mardi 9, le maire a fermé 12 écoles", "fr", [12]),
        ("Samedi 21 au matin, 150 pompiers étaient mobilisés", "fr", [150]),
        ("Jeudi 2 et vendredi 3, 500 bénévoles se sont relayés", "fr", [500]),
        ("On Thursday 9, 85 rescuers arrived", "en", [85]),
        ("Sunday 7 at dawn the river peaked", "en", []),
        ("On Saturday 21st, 150 firefighters were deployed", "en", [150]),
        # a counted noun after the number keeps it a figure
        ("Venerdì 12 famiglie hanno lasciato le case", "it", [12]),
        ("Mardi 9 écoles sont restées fermées", "fr", [9]),
        ("On Thursday 9 schools stayed shut", "en", [9]),
        ("Domenica 45 persone sono state soccorse", "it", [45]),
        ("Lundi 2,5 millions d'euros ont été débloqués", "fr", [2.5e6]),
        # a day before its month: the figure after the month is a count, a year the date's
        ("On 14 March 260 flights were cancelled", "en", [260]),
        ("Le 14 mars 260 vols ont été annulés", "fr", [260]),
        ("Il 14 marzo 260 voli sono stati cancellati", "it", [260]),
        ("On 14 March 2023 the plant closed", "en", []),
        # an Italian month abbreviated, as a dateline writes it: the day is no figure
        ("BARI, 14 ott. (Wire) - Sono 23 i feriti", "it", [23]),
        ("TRENTO, 3 febbr. (Wire) - Evacuate 60 famiglie", "it", [60]),
        ("Il 21 giu. sono stati soccorsi 17 escursionisti", "it", [17]),
        ("Dal 5 dic. hanno aderito 300 comuni", "it", [300]),
        # French "sept." after a day number is September, not the word seven
        ("ORLÉAC, 8 sept. (Wire) - Sept randonneurs ont été secourus", "fr", [7]),
        ("Le 1er sept, 90 élèves ont fait leur rentrée", "fr", [90]),
        ("Du 3 au 5 sept., 2 000 visiteurs sont venus", "fr", [2000]),
        ("Sur 11 candidats, sept ont été reçus", "fr", [11, 7]),
        # a month-first span of days: the second day is no figure either
        ("Overnight from April 9 to 10, 65 cellars flooded", "en", [65]),
        ("Between October 2 and 4, 1,300 runners took part", "en", [1300]),
        ("From July 27th to 28th, 18 boats were towed", "en", [18]),
        ("On July 6 and 7 firefighters stayed on site", "en", [7]),
        # two day numbers and one month: both days
        ("Alle comunali del 9 e 10 giugno ha votato il 41%", "it", [41]),
        ("Aux municipales des 9 et 10 juin, 41 % ont voté", "fr", [41]),
        ("Du 9 au 12 juin, 300 bénévoles ont aidé", "fr", [300]),
        # a day-first span of days, its month after the second: the first day is no figure
        ("On the night of 16 to 17 May, 29 trees fell", "en", [29]),
        ("Nella notte tra il 7 e l'8 maggio sono caduti 29 alberi", "it", [29]),
        ("Dal 10 all'11 luglio hanno sfilato 640 bande", "it", [640]),
        ("Dans la nuit 16-17 mai, 29 arbres sont tombés", "fr", [29]),
        ("Nella notte 16–17 maggio sono caduti 29 alberi", "it", [29]),
        ("Prices rose from 16 to 17 in May", "en", [16, 17]),
        ("Il y a eu 16 à 17 blessés", "fr", [16, 17]),
        # a count before "e" and a date stays a count
        ("Ci sono 12 feriti e 3 novembre resta lontano", "it", [12]),
    ],
)
def test_day_numbers_are_dates_and_figures_stay(
    text: str, lang: str, expected: list[float]
) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ogni utente consuma in media 180 l'anno.", "it"),
        ("Chaque foyer paie 180 l'an.", "fr"),
    ],
)
def test_an_elided_article_after_a_figure_is_no_unit(text: str, lang: str) -> None:
    (q,) = parse_quantities(text, lang)
    assert (q.value, q.unit) == (180, None)
