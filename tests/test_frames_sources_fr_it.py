"""Issue 10, source part, French and Italian: markers, labels and the clauses they open.

Every case is a sentence written for this test, of a shape that French and Italian news copy
uses, with invented names; the assertion is the source of each figure.
"""

from __future__ import annotations

import pytest

from tests.test_frames_sources import check, claims


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


# A speaker named in the sentence before and continued: "selon elle", "d'après ce dernier",
# "secondo quest'ultimo", "Quest'ultimo ha precisato" give the last one named; "ce dernier
# bilan", "questi ultimi giorni" describe a noun and name no one; "elle" as a subject (no
# marker before it) stands for what the sentence before named, no speaker.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Le maire de Brunelac, Octave Darnier, a annoncé 40 relogements. Selon ce dernier, 12 familles restent sans toit.",
         {"12": "Octave Darnier"}),
        ("fr", "L'agence régionale de santé a fait état de 14 cas. Selon elle, 3 enfants sont hospitalisés.",
         {"3": "l'agence régionale de santé"}),
        ("fr", "Selon Octave Darnier, directeur de l'hôpital, 30 patients ont été admis. Ce dernier a précisé que 8 sont en réanimation.",
         {"8": "Octave Darnier"}),
        ("it", "Il sindaco di Borgaletto, Ottavio Dardani, ha annunciato 40 ricollocamenti. Secondo quest'ultimo, 12 famiglie sono senza casa.",
         {"12": "Ottavio Dardani"}),
        ("it", "Secondo Ottavio Dardani, direttore dell'ospedale, sono stati ricoverati 30 pazienti. Quest'ultimo ha precisato che 8 sono in rianimazione.",
         {"8": "Ottavio Dardani"}),
        ("fr", "Selon ce dernier décompte de la préfecture, 12 personnes sont mortes.",
         {"12": "la préfecture"}),
        ("it", "Sono arrivati 30 pazienti negli ultimi giorni, secondo quest'ultimo bollettino della Asl.",
         {"30": "Asl"}),
        ("fr", "La préfecture a compté 40 blessés. Ces derniers jours, 12 personnes sont mortes.",
         {"12": "Wire"}),
        ("fr", "Une cellule de crise a été ouverte à Brunelac : elle avait reçu 120 appels à midi.",
         {"120": "Wire"}),
    ],
)  # fmt: skip
def test_a_speaker_continued_from_the_sentence_before(lang, body, expected):
    check(body, lang, expected)


# "Comme l'affirme la préfecture", "Come lo conferma la Prefettura": `as`, the object's
# clitic, the verb, the speaker; the figures after it are the speaker's.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Comme l'affirme la préfecture, 44 ouvriers étaient présents sur le chantier.",
         {"44": "la préfecture"}),
        ("fr", "Comme le souligne la mairie de Brunelac, 44 logements restent vides.",
         {"44": "Mairie de Brunelac"}),
        ("it", "Come lo conferma la Prefettura, 44 operai erano presenti nel cantiere.",
         {"44": "la Prefettura"}),
    ],
)  # fmt: skip
def test_as_with_a_clitic_opens_the_attribution(lang, body, expected):
    check(body, lang, expected)


# A label opening a clause after a semicolon gives the figure after it ("…; per il
# ministero 12.000"), as it does after a word of break ("mais pour la police").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Per la Cgil hanno scioperato 30.000 lavoratori; per il ministero 12.000.",
         {"30.000": "CGIL", "12.000": "il ministero"}),
        ("fr", "Pour la CGT, 30 000 personnes ont défilé ; pour la police, 12 000.",
         {"30 000": "CGT", "12 000": "police"}),
    ],
)  # fmt: skip
def test_a_label_after_a_semicolon(lang, body, expected):
    check(body, lang, expected)


# Bodies named by their kind: "le comité des fêtes", "il comitato organizzatore" speak as
# organisations; "l'Office national de la Forêt" is named whole (an article is never the
# qualifier of a capitalised body's name).
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Le comité des fêtes affirme que 44 bénévoles étaient présents.",
         {"44": "le comité des fêtes"}),
        ("fr", "Le comité d'organisation table sur 5 millions d'euros de recettes.",
         {"5 millions d'euros": "le comité d'organisation"}),
        ("it", "Il comitato organizzatore afferma che 44 volontari erano presenti.",
         {"44": "il comitato"}),
        ("fr", "L'Office national de la Forêt a relevé 40 foyers d'incendie.",
         {"40": "l'Office national de la Forêt"}),
    ],
)  # fmt: skip
def test_bodies_named_by_their_kind(lang, body, expected):
    check(body, lang, expected)


# "selon elle" states its source (the last one named), as "selon lui" does.
def test_selon_elle_states_its_source():
    body = "L'agence régionale de santé a fait état de 14 cas. Selon elle, 3 enfants sont hospitalisés."
    got = {c["text"]: (c["source"], c["source_stated"]) for c in claims(body, "fr")}
    assert got["3"] == ("l'agence régionale de santé", True)


# A newspaper named by a word of its title ("Notiziario", "L'Éveil") is a news outlet: a
# generic actor in its copy ("l'azienda", "le comité") is never the outlet itself.
@pytest.mark.parametrize(
    ("lang", "body", "publisher", "expected"),
    [
        ("it", "L'azienda ha chiuso il reparto per 6 settimane.", "Notiziario di Borgaletto",
         {"6": "l'azienda"}),
        ("fr", "Le comité d'organisation table sur 5 millions d'euros de recettes.", "L'Éveil de Brunelac",
         {"5 millions d'euros": "le comité d'organisation"}),
    ],
)  # fmt: skip
def test_a_generic_actor_is_never_the_outlet(lang, body, publisher, expected):
    check(body, lang, expected, publisher)


# A speaker opening its sentence, its apposition, a colon and a quote: the quote's figures
# are the speaker's ("Octave Darnier, président de la fédération : « … »").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Octave Darnier, président de la Fédération des artisans : « Nous avons perdu 1 200 têtes de bétail. »",
         {"1 200": "Octave Darnier"}),
        ("it", "Ottavio Dardani, presidente dell'Unione artigiani: «Abbiamo perso 1.200 capi. E altri 300 sono dispersi».",
         {"1.200": "Ottavio Dardani", "300": "Ottavio Dardani"}),
    ],
)  # fmt: skip
def test_a_colon_quote_after_an_apposition(lang, body, expected):
    check(body, lang, expected)


# A name no list knows, subject of a verb of counting after the time or place its sentence
# opens on ("Jeudi matin, Vertelec a recensé…"); an adverb between the verb and the figure
# ("contava ancora"); "altri" before a figure whose verb is left out ("il Governo altri 10").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Mardi soir, Varnel a recensé 30 000 foyers privés d'électricité.",
         {"30 000": "Varnel"}),
        ("fr", "À Brunelac, Varnel a recensé 3 000 foyers privés d'électricité.",
         {"3 000": "Varnel"}),
        ("it", "In serata Enel contava ancora 30.000 utenze senza corrente.",
         {"30.000": "Enel"}),
        ("it", "La Regione ha stanziato 5 milioni, il Governo altri 10.",
         {"5 milioni": "la Regione", "10": "Government"}),
    ],
)  # fmt: skip
def test_a_subject_after_the_opening_and_a_verb_left_out(lang, body, expected):
    check(body, lang, expected)


# Verbs of answering say ("a répondu X", "rétorque la direction", "ha risposto X",
# "ribatte l'azienda"); their noun ("la réponse de la mairie") names no speaker by itself.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Environ 300 postes sont menacés, a répondu Octave Darnier.",
         {"Environ 300": "Octave Darnier"}),
        ("fr", "« Ce ne sont pas 300 mais 120 postes », rétorque la direction de Varnel.",
         {"300": "Varnel", "120": "Varnel"}),
        ("it", "Circa 300 posti sono a rischio, ha risposto Ottavio Dardani.",
         {"Circa 300": "Ottavio Dardani"}),
        ("it", "«Non 300 ma 120 posti», ribatte la direzione di Varnelli.",
         {"300": "Varnelli", "120": "Varnelli"}),
    ],
)  # fmt: skip
def test_verbs_of_answering(lang, body, expected):
    check(body, lang, expected)


# A verb left out before a figure in words: "la CGT plus d'un million", "la Cgil oltre un
# milione" give that figure to the name before it, as "la CGT 1,2 million" does.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "La police a compté 300 000 manifestants à Brunelac, la CGT plus d'un million.",
         {"300 000": "police", "plus d'un million": "CGT"}),
        ("it", "La questura ha contato 30.000 manifestanti a Borgaletto, la Cgil oltre un milione.",
         {"30.000": "police", "oltre un milione": "CGIL"}),
    ],
)  # fmt: skip
def test_a_verb_left_out_before_a_figure_in_words(lang, body, expected):
    check(body, lang, expected)


def _stated(body: str, lang: str, publisher: str) -> dict[str, tuple[str, bool]]:
    return {
        c["text"]: (c["source"], bool(c["source_stated"])) for c in claims(body, lang, publisher)
    }


def _check_stated(body: str, lang: str, expected: dict[str, tuple[str, bool]]) -> None:
    """Each figure's (source, stated) in a newspaper's copy."""
    got = _stated(body, lang, "Gazzetta di Borgaletto")
    assert {k: got.get(k) for k in expected} == expected


# A body's size ("il gruppo conta 1.450 dipendenti", "la société emploie 620 salariés") and
# what it did with its published accounts ("ha chiuso l'anno con ricavi per…", "qui a réalisé
# un chiffre d'affaires de…") are the writer's background: the publisher's, unstated. A verb
# of saying keeps its figures ("ha annunciato ricavi per…"), as does another speaker of the
# sentence ("…, ha precisato un portavoce").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "In Italia il gruppo Corbavento conta 3 stabilimenti e 1.450 dipendenti.",
         {"3": ("Gazzetta di Borgaletto", False), "1.450": ("Gazzetta di Borgaletto", False)}),
        ("fr", "Le groupe Stellane compte 620 salariés et 4 usines en France.",
         {"620": ("Gazzetta di Borgaletto", False), "4": ("Gazzetta di Borgaletto", False)}),
        ("it", "Il gruppo Ferravia ha chiuso il 2025 con ricavi per 640 milioni di euro e una perdita netta di 38 milioni.",
         {"640 milioni di euro": ("Gazzetta di Borgaletto", False), "38 milioni": ("Gazzetta di Borgaletto", False)}),
        ("fr", "La grève coûte 2 millions d'euros par jour au groupe Marvelle, qui a réalisé un chiffre d'affaires de 1,8 milliard d'euros l'an dernier.",
         {"1,8 milliard d'euros": ("Gazzetta di Borgaletto", False)}),
        ("it", "Il gruppo Ferravia ha annunciato ricavi per 640 milioni di euro.",
         {"640 milioni di euro": ("Ferravia", True)}),
        ("it", "La società Livrano ha ritirato 12 lotti di formaggio.",
         {"12": ("Livrano", True)}),
    ],
)  # fmt: skip
def test_a_bodys_size_and_accounts_are_the_writers(lang, body, expected):
    _check_stated(body, lang, expected)


def test_a_size_told_by_a_spokesman_stays_stated():
    body = "In Francia l'azienda Ondresca conta 410 dipendenti, ha precisato un portavoce."
    assert _stated(body, "it", "Gazzetta di Borgaletto")["410"][1] is True


# A share that lost ground ("il titolo ha perso il 4,2%", "l'action a perdu 3,1 %") says
# what befell it, not what a body there reported: "alla Borsa di Milano" is where.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Ieri alla Borsa di Milano il titolo ha perso il 4,2%.", {"4,2%": "Wire"}),
        ("it", "La Vendrami ha perso il 4,2% in Borsa.", {"4,2%": "Wire"}),
        ("fr", "Hier à la Bourse de Paris le titre a perdu 3,1 %.", {"3,1 %": "Wire"}),
        ("fr", "Le groupe Quarnelli a perdu 3,1 % de ses clients.", {"3,1 %": "Wire"}),
    ],
)  # fmt: skip
def test_a_loss_undergone_is_the_writers(lang, body, expected):
    check(body, lang, expected)


# An opening that compares with the figure just before ("Peggio ancora", "Pire encore") goes
# on with its data past a paragraph break; another connector there does not.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Secondo l'Autorità idrica di Dolvesa, la diga di Orvano è al 23%.\n\nPeggio ancora il lago di Sorna, fermo al 14%.",
         {"14%": ("l'Autorità idrica di Dolvesa", True)}),
        ("fr", "Selon l'Agence de l'eau de Bremonde, le barrage d'Orvano est à 23 %.\n\nPire encore, le lac de Sorna est à 14 %.",
         {"14 %": ("Agence de l'eau de Bremonde", True)}),
        ("it", "Secondo l'Autorità idrica di Dolvesa, la diga di Orvano è al 23%.\n\nInoltre il lago di Sorna è fermo al 14%.",
         {"14%": ("Gazzetta di Borgaletto", False)}),
    ],
)  # fmt: skip
def test_a_comparison_goes_on_past_a_paragraph_break(lang, body, expected):
    _check_stated(body, lang, expected)


# Markers that close their figures, then a colon and a clause with a subject of its own: the
# figures after the colon are the writer's ("… selon les syndicats : le mouvement a gagné
# 212 communes"); a list after the colon stays the marker's.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Ils étaient 380 000 selon la police, 1,1 million selon l'intersyndicale : le mouvement a gagné mardi 212 communes.",
         {"1,1 million": "l'intersyndicale", "212": "Wire"}),
        ("it", "Erano 40.000 secondo la questura, 95.000 secondo la Cgil: la giornata ha visto 64 cortei in tutta Italia.",
         {"95.000": "CGIL", "64": "Wire"}),
        ("fr", "Ils étaient 380 000 selon la police : 1 200 à Lille et 900 à Douai.",
         {"1 200": "police", "900": "police"}),
    ],
)  # fmt: skip
def test_a_colon_closes_the_markers_before_it(lang, body, expected):
    check(body, lang, expected)


# A place phrase or two may stand between a relative pronoun and its verb of saying: the
# relative clause's figures are its subject's ("X, che sul suo canale chiede 30 bitcoin").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "A rivendicare il furto è il collettivo Nerofumo, che sul suo canale chiede un riscatto di 30 bitcoin.",
         {"30 bitcoin": "Nerofumo"}),
        ("it", "Il sindacato Corvaglia, che nella lettera ai soci chiede 250 assunzioni, ha indetto uno sciopero.",
         {"250": "Corvaglia"}),
        ("fr", "Le syndicat Brunvald, qui dans un communiqué réclame 400 postes, a appelé à la grève.",
         {"400": "Brunvald"}),
    ],
)  # fmt: skip
def test_a_place_phrase_between_a_relative_pronoun_and_its_verb(lang, body, expected):
    check(body, lang, expected)


# A French or Italian aside between a speaker and its verb may run to 60 characters ("X,
# frappé par une grève des livreurs en début de mois, a reconnu que …").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Le distributeur Brunvald, frappé par une grève des livreurs en début de mois, a reconnu que 37 000 commandes étaient en retard.",
         {"37 000": "Brunvald"}),
        ("fr", "Le ministère de la Santé, alerté par plusieurs hôpitaux la semaine dernière, a confirmé que 1 200 patients étaient touchés.",
         {"1 200": "Ministère de la Santé"}),
        ("it", "La compagnia Brunvald, vittima di un guasto informatico la settimana scorsa, ha confermato che 12.000 clienti sono coinvolti.",
         {"12.000": "Brunvald"}),
    ],
)  # fmt: skip
def test_a_long_aside_between_a_speaker_and_its_verb(lang, body, expected):
    check(body, lang, expected)
