"""Issue 10, source part, French and Italian: markers, labels and the clauses they open.

Every case is a sentence written for this test, of a shape that French and Italian news copy
uses, with invented names; the assertion is the source of each figure.
"""

from __future__ import annotations

import pytest

from tests.test_frames_sources import check


# The words of one language's bodies: "secondo la gendarmeria" (Italian copy on a French
# story). A marker right after a relative pronoun or a complementizer opens that clause: it
# gives the clause's figures, never the figure of the clause before it ("Confermati i 300 euro …,
# che secondo l'Inps …": the 300 euros are the writer's).
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Secondo la gendarmeria, sul traghetto viaggiavano 63 persone, mentre la compagnia Marevento ne conta 58.",
         {"63": "la gendarmeria", "58": "Marevento"}),
        ("it", "Confermati i 300 euro per ogni apprendista, che secondo l'Inps nel 2030 erano 62.000.",
         {"300 euro": "Wire", "62.000": "Inps"}),
        ("fr", "Le chômage touche 2 800 personnes à Brelonde, qui selon l'Insee en comptait 2 500 l'an dernier.",
         {"2 800": "Wire", "2 500": "Insee"}),
        ("fr", "Le ministre a annoncé 40 millions d'euros pour les digues et a précisé que selon la préfecture 120 maisons restent inondées.",
         {"40 millions d'euros": "le ministre", "120": "la préfecture"}),
    ],
)  # fmt: skip
def test_markers_and_labels(lang, body, expected):
    check(body, lang, expected)


# A verb left out after a comma: "X a promis 410 millions, le Royaume d'Y 150 millions" gives
# the second figure to the name that stands for its subject (an article at least after the
# comma; a lower-case noun there is a thing measured, never a source).
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "La Banque mondiale a promis 330 millions d'euros, le Royaume d'Ostravie 115 millions de dollars et la Valdérie 65 millions d'euros.",
         {"115 millions de dollars": "Royaume d'Ostravie", "65 millions d'euros": "Valdérie"}),
        ("it", "La Regione ha stanziato 2 milioni di euro, la Fondazione di Corbessa 800.000 euro e la Provincia 500.000.",
         {"800.000 euro": "Fondazione di Corbessa", "500.000": "la Provincia"}),
        ("it", "Il fiume ha raggiunto 4 metri, la portata 900 metri cubi al secondo.",
         {"4 metri": "Wire", "900 metri cubi": "Wire"}),
    ],
)  # fmt: skip
def test_verb_left_out_after_a_comma(lang, body, expected):
    check(body, lang, expected)


# A relative clause right after a closing speaker's name is that speaker's ("…, a indiqué sa
# porte-parole, Odile Vauquelin, qui craint 2 ans de chantier": her fear, not the group’s).
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Le collectif a recueilli 3 100 signatures, a indiqué sa porte-parole, Odile Vauquelin, qui craint 2 ans de chantier.",
         {"3 100": "Odile Vauquelin", "2": "Odile Vauquelin"}),
        ("fr", "Selon la préfecture, qui a compté 3 000 manifestants, le cortège était calme.",
         {"3 000": "la préfecture"}),
    ],
)  # fmt: skip
def test_relative_clause_of_a_closing_speaker(lang, body, expected):
    check(body, lang, expected)


# A sentence opening on a comparison with the figure before ("Peggio ancora", "Pire encore")
# goes on with the source of the sentence before it.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Secondo i dati diffusi oggi dall'Autorità di bacino, la diga di Roccalta è al 27%. Peggio ancora il bacino di Pontorme, fermo al 9%.",
         {"27%": "Autorità di bacino", "9%": "Autorità di bacino"}),
        ("fr", "Selon le syndicat des eaux, le barrage de Roccalte est rempli à 31 %. Pire encore, le lac de Saulnières n'est qu'à 12 %.",
         {"31 %": "le syndicat des eaux", "12 %": "le syndicat des eaux"}),
    ],
)  # fmt: skip
def test_comparison_goes_on_with_the_source_before(lang, body, expected):
    check(body, lang, expected)


# Verbs of telling, making clear or repeating say as the others do ("…", ha raccontato X;
# "ha chiarito la Regione"; "a répété la préfecture"; "the prefecture remarked").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "\"Siamo rimasti in mare per 9 ore\", ha raccontato il comandante della nave, Piero Tessandri.",
         {"9": "Piero Tessandri"}),
        ("it", "\"Abbiamo remato per 4 ore\", ha raccontato il capo dei volontari, Anna Bellarosa.",
         {"4": "Anna Bellarosa"}),
        ("it", "I danni superano i 5 milioni, ha chiarito la Regione.", {"5 milioni": "la Regione"}),
        ("fr", "Quelque 300 personnes ont été évacuées, a répété la préfecture.", {"Quelque 300": "la préfecture"}),
        ("en", "About 300 people were evacuated, the prefecture remarked.", {"About 300": "the prefecture"}),
    ],
)  # fmt: skip
def test_more_verbs_of_saying(lang, body, expected):
    check(body, lang, expected)
