"""Issue 10, source part: each figure's source read from its own clause (fr/en/it).

Every case is a sentence written for this test, of a shape that news copy uses; the
assertion is the source of each figure (and whether the text states one).
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from sourcecheck.extract import Lexicons, extract_document
from sourcecheck.schema import EXTRA_CLAIM_COLUMNS

LEX = Lexicons.load()


def sources(body: str, lang: str | None, publisher: str = "Wire") -> dict[str, str]:
    """Figure as written → its source."""
    return {c["text"]: c["source"] for c in claims(body, lang, publisher)}


def claims(body: str, lang: str | None, publisher: str = "Wire") -> list[dict]:
    doc = {"doc": "x", "body": body, "lang": lang, "publisher": publisher, "published": None}
    return extract_document(doc, LEX)


def check(body: str, lang: str | None, expected: dict[str, str], publisher: str = "Wire"):
    got = sources(body, lang, publisher)
    assert {k: got.get(k) for k in expected} == expected


# Several attributed figures in one sentence: an attribution right after a figure (its noun,
# place or day between, no other figure) is that figure's; an opening "Selon X," covers the
# figures up to the next attribution.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "On a compté 18 000 personnes à Lille selon la CGT et 6 500 selon la police.",
         {"18 000": "CGT", "6 500": "police"}),
        ("fr", "Les grévistes étaient 700 000 selon le ministère de l'Intérieur, mais plus de 2 millions selon la CGT.",
         {"700 000": "ministère de l'Intérieur", "plus de 2 millions": "CGT"}),
        ("fr", "Selon la CGT, 30 000 personnes ont défilé à Nantes et 12 000 à Angers, contre 9 000 selon la police.",
         {"30 000": "CGT", "12 000": "CGT", "9 000": "police"}),
        ("en", "In Leeds, 9,000 people marched according to the organisers and 2,500 according to police.",
         {"9,000": "organisers", "2,500": "police"}),
        ("en", "Turnout was 410,000 according to the interior ministry, but over 1 million according to the CGT.",
         {"410,000": "ministère de l'Intérieur", "over 1 million": "CGT"}),
        ("it", "A Napoli hanno sfilato 52.000 persone secondo gli organizzatori e 9.000 secondo la polizia.",
         {"52.000": "organisers", "9.000": "police"}),
        ("it", "Secondo la Cgil, 45.000 in piazza a Bologna e 20.000 a Modena.",
         {"45.000": "CGIL", "20.000": "CGIL"}),
    ],
)  # fmt: skip
def test_several_attributed_figures_in_one_sentence(lang, body, expected):
    check(body, lang, expected)


# Counting verbs
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Le ministère de l'Intérieur a chiffré à 1,42 million le nombre de manifestants.",
         {"1,42 million": "ministère de l'Intérieur"}),
        ("fr", "Le 12 mars, l'Intérieur avait compté 812 000 manifestants dans toute la France.",
         {"812 000": "ministère de l'Intérieur"}),
        ("fr", "La préfecture a ouvert un gymnase. Les autorités avaient comptabilisé 1 400 sinistrés.",
         {"1 400": "la préfecture"}),
        ("en", "The interior ministry counted 380,000 protesters nationwide.",
         {"380,000": "ministère de l'Intérieur"}),
        ("en", "Police tallied 7,200 marchers in the city centre.", {"7,200": "police"}),
        ("it", "La Questura ha contato 7.500 persone in piazza.", {"7.500": "police"}),
    ],
)  # fmt: skip
def test_counting_verbs(lang, body, expected):
    check(body, lang, expected)


# Verb ellipsis: "…, et les syndicats 45 000"
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "La préfecture a recensé 11 000 manifestants, et les syndicats 38 000.",
         {"11 000": "la préfecture", "38 000": "les syndicats"}),
        ("fr", "Le ministère a dénombré 640 000 grévistes, l'intersyndicale plus de 1,5 million.",
         {"640 000": "le ministère", "plus de 1,5 million": "l'intersyndicale"}),
        ("fr", "La police a compté 21 000 manifestants. Et la CGT, « plus de 90 000 ».",
         {"21 000": "police", "plus de 90 000": "CGT"}),
        ("en", "Police counted 6,000 marchers and the unions 20,000.",
         {"6,000": "police", "20,000": "the unions"}),
        ("it", "La polizia ha contato 4.000 manifestanti e i sindacati 15.000.",
         {"4.000": "police", "15.000": "i sindacati"}),
        ("it", "A Genova la Cgil parla di 30.000 manifestanti, la polizia di 6.000.",
         {"30.000": "CGIL", "6.000": "police"}),
    ],
)  # fmt: skip
def test_verb_ellipsis(lang, body, expected):
    check(body, lang, expected)


# Labels: "6 000 (préfecture)", "81 000 pour la préfecture", "8 000 per la Questura"
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "À Rouen, 4 200 (préfecture) et 13 000 (CGT) manifestants ont défilé.",
         {"4 200": "préfecture", "13 000": "CGT"}),
        ("fr", "À Dijon, 5 300 manifestants pour la préfecture, 14 000 pour les organisateurs.",
         {"5 300": "la préfecture", "14 000": "organisers"}),
        ("en", "In Bristol, 3,000 (police) and 11,000 (organisers) took part.",
         {"3,000": "police", "11,000": "organisers"}),
        ("it", "A Torino 8.000 per la Questura e 25.000 per i sindacati.",
         {"8.000": "police", "25.000": "i sindacati"}),
    ],
)  # fmt: skip
def test_labels(lang, body, expected):
    check(body, lang, expected)


def test_a_label_never_gives_money_its_source():
    got = sources("Le plan prévoit 20 millions d'euros pour la préfecture.", "fr")
    assert got["20 millions d'euros"] == "Wire"


# A trailing attribution gives every figure of its sentence that has none of its own.
@pytest.mark.parametrize(
    ("lang", "body", "figures", "source"),
    [
        ("en", "Clashes broke out near the station, leading to 14 arrests and 3 injuries, police said.",
         ["14", "3"], "police"),
        ("fr", "Les heurts ont fait 12 blessés et conduit à 5 interpellations, a indiqué la préfecture.",
         ["12", "5"], "la préfecture"),
        ("it", "Gli scontri hanno provocato 9 feriti e 4 arresti, secondo la Questura.",
         ["9", "4"], "police"),
    ],
)  # fmt: skip
def test_a_trailing_attribution_covers_the_sentence(lang, body, figures, source):
    got = sources(body, lang)
    assert [got[f] for f in figures] == [source] * len(figures)


def test_a_trailing_attribution_leaves_a_figure_its_own():
    body = (
        "Some 2,000 people marched according to organisers, and 40 were detained, officials said."
    )
    got = sources(body, "en")
    assert got["Some 2,000"] == "organisers" and got["40"] != "organisers"


# An organisation acting: what it did is its figure
@pytest.mark.parametrize(
    ("lang", "body", "figure", "source"),
    [
        ("it", "La Procura di Bari ha sequestrato 14mila profili falsi.", "14mila", "Procura di Bari"),
        ("fr", "Le parquet de Lyon a saisi 3 200 cartes bancaires.", "3 200", "Parquet de Lyon"),
        ("en", "The Guardia di Finanza seized 640 decoders in Naples.", "640", "Guardia di Finanza"),
    ],
)  # fmt: skip
def test_an_organisation_acting(lang, body, figure, source):
    assert sources(body, lang)[figure] == source


# A generic actor names the organisation of its kind the document names.
@pytest.mark.parametrize(
    ("lang", "body", "figure", "source"),
    [
        ("en", "Orvane Technologies reported record sales. The company said it employs 3,400 people.",
         "3,400", "Orvane Technologies"),
        ("it", "Ieri Brenta Systems ha presentato il piano. L'azienda annuncia 900 assunzioni in Veneto.",
         "900", "Brenta Systems"),
        ("fr", "Altrex Group a publié ses comptes. La société revendique 5 600 clients.",
         "5 600", "Altrex Group"),
        ("fr", "Le groupe Valtronic a présenté un plan. Selon la direction, 450 postes seront supprimés.",
         "450", "Valtronic"),
        ("en", "Brevik Motors unveiled its plan. About 1,200 jobs will go, according to management.",
         "About 1,200", "Brevik Motors"),
        ("en", "The Ministry of Health published its report. The ministry recorded 1,240 new cases.",
         "1,240", "Ministry of Health"),
        ("en", "Europol coordinated the raids. Some 310 servers were seized, according to the EU agency.",
         "Some 310", "Europol"),
        ("fr", "Eurojust a coordonné l'enquête. L'agence de l'UE précise que 27 suspects ont été arrêtés.",
         "27", "Eurojust"),
        # a relative clause after the generic actor, a year before its verb
        ("it", "Lo sciopero ferma la compagnia aerea Ventamare. La compagnia, che nel 2024 ha registrato "
               "ricavi per 960 milioni di euro, offre 70 euro in più.", "960 milioni di euro", "Ventamare"),
        ("en", "The walkout grounded carrier Ventamare. The airline, which in 2024 posted revenue "
               "of 1.1 billion euros, offered €70 more.", "1.1 billion euros", "Ventamare"),
        ("fr", "La grève cloue au sol la compagnie Ventamare. La compagnie, qui en 2024 a enregistré "
               "un chiffre d'affaires de 870 millions d'euros, propose 70 euros de plus.",
         "870 millions d'euros", "Ventamare"),
        # the maker of a product the story names ("made by", "produit par", "prodotto da")
        ("en", "Doctors linked the illness to yoghurt made by Brenmoor Creamery. The company said "
               "52 people had fallen ill.", "52", "Brenmoor Creamery"),
        ("fr", "Les cas sont liés à une terrine fabriquée par la Maison Derval. L'entreprise "
               "indique que 17 clients ont été remboursés.", "17", "Maison Derval"),
        ("it", "I casi sono legati a un salame prodotto dalla Salumeria Vantieri. Secondo "
               "l'azienda, 33 clienti sono stati rimborsati.", "33", "Salumeria Vantieri"),
    ],
)  # fmt: skip
def test_a_generic_actor_names_the_documents_organisation(lang, body, figure, source):
    assert sources(body, lang)[figure] == source


@pytest.mark.parametrize(
    ("lang", "body", "publisher"),
    [
        ("it", "Il Comune ha evacuato 210 persone nella notte.", "Comune di Valmonte"),
        ("en", "The town hall announced that 75 homes were flooded.", "Ashby Town Hall"),
        ("fr", "La mairie a relogé 48 familles.", "Mairie de Saint-Clair"),
    ],
)
def test_a_bodys_own_release_names_itself(lang, body, publisher):
    (row,) = claims(body, lang, publisher)
    assert (row["source"], row["source_stated"]) == (publisher, True)


# People: the source is the person, the role is said apart.
@pytest.mark.parametrize(
    ("lang", "body", "figure", "source", "role"),
    [
        ("fr", "« Nous avons relogé 64 familles », a précisé le maire, Jean Rocher.",
         "64", "Jean Rocher", "maire"),
        ("fr", "Le chantier emploiera 800 personnes, a déclaré la présidente de la région, Claire Vidal.",
         "800", "Claire Vidal", "présidente"),
        ("en", "About 300 homes lost power, according to mayor Lisa Brandt.",
         "About 300", "Lisa Brandt", "mayor"),
        ("en", "The fund will total 40 million euros, said minister Anna Berg.",
         "40 million euros", "Anna Berg", "minister"),
        ("it", "Sono 85 gli sfollati, ha detto il sindaco Paolo Neri.", "85", "Paolo Neri", "sindaco"),
    ],
)  # fmt: skip
def test_a_person_is_the_source_with_a_role(lang, body, figure, source, role):
    row = next(c for c in claims(body, lang) if c["text"] == figure)
    assert (row["source"], row["source_role"]) == (source, role)


def test_the_role_column_follows_the_extra_columns():
    assert EXTRA_CLAIM_COLUMNS[-1] == "source_role"
    (row,) = claims("Selon la CGT, 5 000 manifestants.", "fr")
    assert row["source_role"] == ""


# Fragments are never sources.
@pytest.mark.parametrize(
    ("lang", "body", "figure", "source"),
    [
        ("en", "A police operation across Europe has reportedly closed 40 illegal streaming sites.",
         "40", "Wire"),
        ("it", "Si stimano danni per 40 milioni di euro nella provincia.", "40 milioni di euro", "Wire"),
        ("en", "Police in the town of Morcote said 3 people were rescued from the lake.", "3", "police"),
        ("fr", "Selon Nantes, 12 maisons ont été inondées.", "12", "Wire"),
    ],
)  # fmt: skip
def test_fragments_are_never_sources(lang, body, figure, source):
    assert sources(body, lang)[figure] == source


@pytest.mark.parametrize(
    ("lang", "body", "figures"),
    [
        ("en", "Some 900 police officers were deployed and 45 people were detained.", ["Some 900", "45"]),
        ("it", "Sono stati impiegati 300 agenti di polizia e 12 persone sono state fermate.", ["300", "12"]),
        ("fr", "Quelque 600 policiers de la préfecture de police ont été mobilisés et 20 personnes interpellées.",
         ["Quelque 600", "20"]),
    ],
)  # fmt: skip
def test_a_source_inside_the_counted_noun_is_no_speaker(lang, body, figures):
    rows = {c["text"]: c for c in claims(body, lang)}
    assert [(rows[f]["source"], rows[f]["source_stated"]) for f in figures] == [("Wire", False)] * 2


# A body with its own qualifier is not the shipped one of the same name.
@pytest.mark.parametrize(
    ("lang", "body", "figure", "source"),
    [
        ("fr", "La Protection civile de Valmont a évacué 140 habitants.", "140", "Protection civile de Valmont"),
        ("fr", "Selon la protection civile, 140 habitants ont été évacués.", "140", "Protezione civile"),
        ("en", "The Civil Protection of Arvena said 60 people were evacuated.", "60", "Civil Protection of Arvena"),
        ("it", "La Protezione civile di Lucca ha contato 30 frane.", "30", "Protezione civile di Lucca"),
    ],
)  # fmt: skip
def test_a_qualified_body_is_its_own_source(lang, body, figure, source):
    assert sources(body, lang)[figure] == source


# Nothing says who: the publisher, not stated.
@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("fr", "Il y a eu 45 blessés dans la nuit."),
        ("en", "The storm left 45 people injured."),
        ("it", "Il maltempo ha causato 45 feriti."),
    ],
)
def test_unstated_is_the_publisher(lang, body):
    (row,) = claims(body, lang)
    assert (row["source"], row["source_stated"], row["source_text"]) == ("Wire", False, "")


def test_an_unknown_language_reads_every_languages_words():
    check(
        "12 000 selon la CGT et 3 000 according to police.",
        None,
        {"12 000": "CGT", "3 000": "police"},
    )


def test_the_attribution_words_are_shipped_data_per_language():
    text = resources.files("sourcecheck.frames").joinpath("data/attribution.yaml").read_text()
    data = yaml.safe_load(text)
    for lang in ("fr", "en", "it"):
        assert {"markers", "speech", "counting", "action", "roles", "generic"} <= set(data[lang])


# Bodies and their names (second pass): a region's civil protection is not the national
# department; international bodies go by their English name; in English, the words before
# "ministry" name it; a name right before a generic noun describes it ("European Union
# regulators" are the regulator the document names); a firm after "at" speaks; a story's
# government is "Government" when no name says which.
BODIES = [  # (lang, body, {figure: source})
        ("it", "Secondo la Protezione civile regionale, 12 persone sono state evacuate a Foligno.",
         {"12": "Protezione civile regionale"}),
        ("fr", "Selon la protection civile régionale, 9 routes restent fermées.",
         {"9": "Protezione civile regionale"}),
        ("en", "Some 70 homes were flooded, the regional civil protection agency said.",
         {"Some 70": "Protezione civile regionale"}),
        ("fr", "Selon la Commission européenne, 40 entreprises sont concernées.",
         {"40": "European Commission"}),
        ("en", "About 12% of nurses joined the strike, the health ministry said, and 8% of "
               "doctors did, according to the defence ministry.",
         {"About 12%": "Health Ministry", "8%": "Defence Ministry"}),
        ("en", "European Union regulators fined Koralt 800 million euros on Monday. The European "
               "Commission said the inquiry had lasted 4 years.",
         {"800 million euros": "European Commission", "4": "European Commission"}),
        ("en", "The European Union is contributing €90 million to the new line.",
         {"€90 million": "European Union"}),
        ("en", "Economists at Varden Capital said inflation would reach 4% by June.",
         {"4%": "Varden Capital"}),
        ("fr", "Le gouvernement en attend 2 milliards d'euros d'économies.",
         {"2 milliards d'euros": "Government"}),
        ("it", "Il Consiglio dei ministri ha stanziato 15 milioni per i comuni colpiti.",
         {"15 milioni": "Government"}),
        ("it", "La Coldiretti ha aggiornato la stima dei danni: 90 milioni di euro.",
         {"90 milioni di euro": "Coldiretti"}),
]  # fmt: skip


# A pronoun continues the last speaker only when it says or counts; what a body is or has
# ("emploie", "possède") is the writer's account; "Anche oggi" is no connector.
@pytest.mark.parametrize(
    ("lang", "body", "figure", "source", "stated"),
    [
        ("fr", "Brenta Systems annonce 300 embauches. Elle possède 12 usines.", "12", "Wire", False),
        ("fr", "Brenta Systems annonce 300 embauches. Elle a précisé que 40 postes seraient à Lyon.",
         "40", "Brenta Systems", True),
        ("fr", "Le groupe Valtronic a présenté son plan. La société, qui emploie 2 100 personnes, "
               "fera appel.", "2 100", "Wire", False),
        ("en", "Orvane Technologies said sales rose. It employs 3,100 people in Europe.",
         "3,100", "Wire", False),
        ("it", "La Regione ha chiesto aiuti al governo. Anche oggi restano chiuse 14 scuole.",
         "14", "Wire", False),
    ],
)  # fmt: skip
def test_a_pronoun_carries_a_speaker_only_with_speech(lang, body, figure, source, stated):
    row = next(c for c in claims(body, lang) if c["text"] == figure)
    assert (row["source"], row["source_stated"]) == (source, stated)


# Speakers across clauses: a quote that goes on keeps its speaker; "The mayor, X, said";
# a relative clause that says or acts gives its figures ("…, qui évoque …"); a figure right
# after its own speaker's verb stays that speaker's though a closer follows; a name right
# after an opening marker ("Selon Météo-France, …") speaks; an unresolved generic actor is
# kept as written.
CLAUSES = [  # (lang, body, {figure: source})
        ("en", '"We rehoused 85 families overnight," said Peter Holm, the city\'s housing '
               'director. "Another 40 will follow."',
         {"85": "Peter Holm", "40": "Peter Holm"}),
        ("fr", "« La mobilisation est historique », a déclaré Anne Morel. « Nous étions 3 millions "
               "dans la rue. »",
         {"3 millions": "Anne Morel"}),
        ("en", "The mayor, Lisa Brandt, said 2,000 people had been moved.", {"2,000": "Lisa Brandt"}),
        ("it", "Il sindaco, Marco Rinaldi, ha spiegato che 300 famiglie sono senza casa.",
         {"300": "Marco Rinaldi"}),
        ("fr", "Deux suspects ont été interpellés, a indiqué le parquet de Nîmes, qui évoque un "
               "préjudice de 15 millions d'euros.",
         {"15 millions d'euros": "Parquet de Nîmes"}),
        ("fr", "La police a compté 18 000 manifestants, quand la CGT en revendiquait 60 000, « un "
               "record », a ajouté le secrétaire de la CGT du Nord, Paul Lemaire.",
         {"18 000": "police", "60 000": "CGT"}),
        ("fr", "Selon Météo-France, il est tombé 120 mm de pluie.", {"120 mm": "Météo-France"}),
        ("fr", "À Sète, 60 personnes ont été relogées par la municipalité.",
         {"60": "Mairie de Sète"}),  # the town the sentence opens with
]  # fmt: skip


# Bodies that act, and passives: a body's name with a lower-case qualifier ("l'Autorité de
# la concurrence"), a name no list knows that looks like a body acts ("L'Antitrust ha
# multato"); the subject of a passive is what was done to ("was fined … by X": X's figure;
# "Damage is estimated at": nobody's); English modifiers say which body ("the regional fire
# service" is not the agency named before); a day between a verb and its speaker.
ACTING = [  # (lang, body, {figure: source})
        ("fr", "L'Autorité de la concurrence a infligé une amende de 90 millions d'euros à Kerlan.",
         {"90 millions d'euros": "Autorité de la concurrence"}),
        ("it", "L'Autorità garante della concorrenza ha multato Kerlan per 90 milioni di euro.",
         {"90 milioni di euro": "Autorità garante della concorrenza"}),
        ("it", "L'Antitrust ha multato Kerlan per 90 milioni di euro.",
         {"90 milioni di euro": "AGCM"}),
        ("en", "Norvik Rail Partners will finance the 40km northern branch.",
         {"40km": "Norvik Rail Partners"}),
        ("en", "Kerlan Bank was fined €30 million by the Central Bank, which said 9,000 clients "
               "had been overcharged.",
         {"€30 million": "Central Bank", "9,000": "Central Bank"}),
        ("en", "Damage is estimated at 80 million euros.", {"80 million euros": "Wire"}),
        ("fr", "Une opération menée à travers l'Europe aurait fermé 900 sites.", {"900": "Wire"}),
        ("en", "Europol led the inquiry. Some 2,000 homes were evacuated, according to the "
               "regional fire service.",
         {"Some 2,000": "the regional fire service"}),
        ("fr", "Au moins 9 personnes sont mortes, a annoncé mardi la préfète de l'Aude, Claire "
               "Vidal.",
         {"Au moins 9": "Claire Vidal"}),
]  # fmt: skip


# Collectives and roles as written; branches. A confederation's or a national force's local
# branch speaks for it; investigators are a collective; a role with no name stays as written;
# a contrastive pronoun between a body and its verb ("La RTM, elle, a assuré"); the source of
# a sentence's only attribution gives the figures after it too.
COLLECTIVES = [  # (lang, body, {figure: source})
        ("fr", "La CGT du Var revendique 30 000 manifestants, la préfecture de police du Nord 9 000.",
         {"30 000": "CGT", "9 000": "police"}),
        ("it", "La Cgil di Bari conta 12.000 persone in piazza.", {"12.000": "CGIL"}),
        ("fr", "Les enquêteurs estiment que le réseau a rapporté 30 millions d'euros.",
         {"30 millions d'euros": "les enquêteurs"}),
        ("en", "The state will release 15 million euros, the transport minister said.",
         {"15 million euros": "the transport minister"}),
        ("fr", "Le maire a précisé que 40 familles étaient relogées.", {"40": "le maire"}),
        ("it", "Un portavoce ha precisato che i dipendenti sono 1.200.", {"1.200": "un portavoce"}),
        ("fr", "Dans l'académie de Lille, le rectorat a recensé 12 % de grévistes.",
         {"12 %": "le rectorat"}),
        ("fr", "La police a compté 9 000 personnes. La Tisseo, elle, a assuré 70 % du service.",
         {"70 %": "Tisseo"}),
        ("it", "Ieri sono caduti 150 millimetri di pioggia, ha reso noto il Centro meteo "
               "regionale, un valore che non si registrava da 30 anni.",
         {"150 millimetri": "Centro meteo regionale", "30": "Centro meteo regionale"}),
        ("it", "La Polizia di Stato ha eseguito 40 perquisizioni.", {"40": "Polizia di Stato"}),
        ("en", "The toll rose to 11, up from 7 a day earlier, according to the regional health "
               "authority.",
         {"11": "the regional health authority", "7": "the regional health authority"}),
        ("it", "I vigili del fuoco hanno effettuato 250 interventi.", {"250": "Vigili del fuoco"}),
        ("fr", "Kerlan fera appel. Son chiffre d'affaires a atteint 2 milliards d'euros.",
         {"2 milliards d'euros": "Wire"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), BODIES + CLAUSES + ACTING + COLLECTIVES)
def test_bodies_speakers_and_their_frames(lang, body, expected):
    check(body, lang, expected)


# A prefecture is the State's office of its département, not the police: named with its
# qualifier ("la préfecture du Var", "the Var prefecture"), then "la préfecture" / "the
# prefecture" / "les autorités" is that office; one no sentence names stays as written ("la
# préfecture"), never the police: "la préfecture de police" is.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "La crue a fait 3 morts, a annoncé jeudi soir la préfecture du Var.",
         {"3": "Préfecture du Var"}),
        ("fr", "Les inondations ont fait 5 morts, a indiqué lundi en fin de journée la préfecture de l'Aude.",
         {"5": "Préfecture de l'Aude"}),
        ("fr", "La crue du Tarn, qui a touché la région dans la nuit de samedi à dimanche, a fait 4 morts "
               "et 2 disparus, a annoncé dimanche la préfecture du Tarn.",
         {"4": "Préfecture du Tarn", "2": "Préfecture du Tarn"}),
        ("en", "The toll rose to 6 on Friday, the Var prefecture said. Three people are missing, the "
               "prefecture said in its evening update, and 12 have been hurt.",
         {"6": "Var Prefecture", "Three": "Var Prefecture", "12": "Var Prefecture"}),
        ("fr", "Selon la préfecture du Var, 3 personnes sont mortes. Selon la même source, 12 personnes "
               "ont été blessées.",
         {"3": "Préfecture du Var", "12": "Préfecture du Var"}),
        ("fr", "À Lille, 9 000 manifestants selon la préfecture et 25 000 selon la CGT.",
         {"9 000": "la préfecture", "25 000": "CGT"}),
    ],
)  # fmt: skip
def test_a_prefecture_is_its_departments_office(lang, body, expected):
    check(body, lang, expected)


# An organisation that measured or counted, as the subject of the sentence ("Météo-France a
# relevé"), an acronym acting ("(SDIS) a effectué"), and a closing attribution after two
# figures ("…, down from 50,000, Enedis said"), with a figure right before the name.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "Météo-France a relevé 140 millimètres de pluie en 6 heures.",
         {"140 millimètres": "Météo-France"}),
        ("it", "L'Arpa ha rilevato 210 millimetri di pioggia.", {"210 millimetri": "Arpa"}),
        ("fr", "Le Service départemental d'incendie et de secours (SDIS) a effectué 500 interventions.",
         {"500": "SDIS"}),
        ("en", "About 20,000 homes had no power on Friday, down from 50,000, Enedis said.",
         {"About 20,000": "Enedis", "50,000": "Enedis"}),
        ("fr", "« Du jamais vu depuis 40 ans », a confié le maire d'Agen, Jean Dupont.",
         {"40": "Jean Dupont"}),
        ("en", "Consumer group Altroconsumo put the damage at 40 million euros.",
         {"40 million euros": "Altroconsumo"}),
    ],
)  # fmt: skip
def test_bodies_that_measure_or_act(lang, body, expected):
    check(body, lang, expected)


# A sentence that points back gives the previous sentence's figures their source ("Lo ha reso
# noto X", "C'est ce qu'a indiqué X"); "la même préfecture", "la stessa prefettura" are the one
# named before; an aside between a speaker and its verb; a chamber of agriculture is a body.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("it", "Salgono a 6 i morti dell'alluvione. Lo ha reso noto la prefettura di Cuneo ieri sera.",
         {"6": "Prefettura di Cuneo"}),
        ("fr", "Le bilan s'élève à 6 morts. C'est ce qu'a indiqué la préfecture de l'Hérault mardi.",
         {"6": "Préfecture de l'Hérault"}),
        ("it", "Sono 9 i feriti.\n\nLo ha reso noto la prefettura di Cuneo.", {"9": "Wire"}),
        ("fr", "La préfecture de l'Hérault a fait état de 3 morts. Selon la même préfecture, 800 "
               "personnes ont été évacuées.",
         {"3": "Préfecture de l'Hérault", "800": "Préfecture de l'Hérault"}),
        ("it", "La prefettura di Cuneo conta 3 morti. Secondo la stessa prefettura, gli sfollati sono 800.",
         {"800": "Prefettura di Cuneo"}),
        ("fr", "Le ministre de l'Intérieur, en visite à Nîmes, a annoncé le déblocage de 30 millions d'euros.",
         {"30 millions d'euros": "ministère de l'Intérieur"}),
        ("fr", "La chambre d'agriculture du Gard estime les pertes à 25 millions d'euros.",
         {"25 millions d'euros": "Chambre d'agriculture du Gard"}),
    ],
)  # fmt: skip
def test_pointing_back_and_asides(lang, body, expected):
    check(body, lang, expected)


# Pronouns that point back to the last speaker ("selon lui", "secondo lei", ", he added"); a
# lower-case word inside a name ("Santé publique France"); "l'agence" after an organisation no
# list knows; a closing source does not cross a contrast ("…, while X put it at …").
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "« Nous avons relogé 42 familles », a précisé le maire de Orsenac, Étienne Dalmas. "
               "Au total, 130 habitations ont été inondées, selon lui.",
         {"130": "Étienne Dalmas"}),
        ("en", "The blaze has burned 9,000 acres, said Ana Ruiz, a spokesperson for the forestry "
               "service. More than 600 firefighters are fighting it, she added.",
         {"More than 600": "Ana Ruiz"}),
        ("it", "«Sono 200 le famiglie sfollate», ha detto il sindaco di Borgo, Marco Feltri. "
               "Secondo lui, i danni superano i 3 milioni.",
         {"3 milioni": "Marco Feltri"}),
        ("fr", "Santé publique France a recensé 900 cas depuis janvier. L'agence dénombre par ailleurs 4 décès.",
         {"900": "Santé publique France", "4": "Santé publique France"}),
        ("en", "About 3,000 staff walked out, the GMB union said, while the airline put the figure at 1,200.",
         {"About 3,000": "the GMB union"}),
    ],
)  # fmt: skip
def test_pronouns_inner_words_and_contrasts(lang, body, expected):
    check(body, lang, expected)


def test_a_toll_carried_to_the_next_sentence_is_not_stated_there():
    """Its source is the toll's, named in the sentence before: the figure's own sentence names
    no one (`source_stated` false), as a figure the writer gives alone."""
    rows = claims(
        "Two people died, the fire brigade said on Sunday. Another 14 were injured.", "en"
    )
    got = {c["text"]: (c["source"], c["source_stated"]) for c in rows}
    assert got["Two"] == ("the fire brigade", True)
    assert got["14"] == ("the fire brigade", False)


def test_a_names_mentions_are_kept_per_string_and_given_as_a_new_list(monkeypatch):
    from sourcecheck.extract import sources as sources_module

    lexicon = sources_module.load_sources()
    first = lexicon.mentions("la Guardia di Finanza")
    first.append("not a mention")  # a caller's change of its list reaches no other caller
    again = lexicon.mentions("la Guardia di Finanza")
    assert again == first[:-1] and again and again[0].source == "Guardia di Finanza"
    monkeypatch.setattr(sources_module, "KEPT", 1)  # a full store starts again
    assert lexicon.mentions("Eurojust")[0].source == "Eurojust"
    assert list(lexicon._whole) == ["Eurojust"]
    # a text longer than a name is read each time, never kept
    body = "Secondo la Guardia di Finanza, " + "parole " * 40
    assert lexicon.mentions(body)[0].source == "Guardia di Finanza" and body not in lexicon._whole


def test_a_bare_body_far_down_a_long_story_is_the_one_named_in_full_at_its_top():
    # the bodies a bare name may stand for are looked up kind by kind, each once: the
    # answer is the latest one named so, however many sentences stand between
    filler = "Il vento è calato nel pomeriggio. " * 60
    body = (
        "La Procura di Montevarchio ha aperto un fascicolo. "
        + filler
        + "Secondo la Procura, 14 persone sono indagate. "
        + filler
        + "La Procura di Selvaggia ha chiesto gli atti. "
        + "Secondo la Procura, 9 persone sono state sentite."
    )
    assert sources(body, "it") == {"14": "Procura di Montevarchio", "9": "Procura di Selvaggia"}


# The United Nations speak as one source in each language; its aliases opening another body's
# own name ("the UN Development Programme", "UN Women") name that body, not the UN.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "The UN said 40 people died in the floods.", {"40": "United Nations"}),
        ("en", "Some 40 people died, the United Nations said.", {"Some 40": "United Nations"}),
        ("fr", "Selon l'ONU, 40 personnes sont mortes.", {"40": "United Nations"}),
        ("it", "Secondo l'Onu, 40 persone sono morte.", {"40": "United Nations"}),
        ("en", "The UN Development Programme said 40 schools were hit.",
         {"40": "UN Development Programme"}),
        ("en", "The United Nations refugee agency said 40 people fled.", {"40": "UNHCR"}),
    ],
)  # fmt: skip
def test_the_united_nations(lang, body, expected):
    check(body, lang, expected)


# The police is every country's force: a country's adjective next to it, even after one
# adjective of its own, names that country's police as written, never the police the story
# names; with no adjective, or one of its own only, it stays the police.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Spanish police, whose officers raided Marlio, reported 14 detentions.",
         {"14": "Spanish police"}),
        ("fr", "D'après la police judiciaire belge, la fraude atteint 2,4 millions d'euros.",
         {"2,4 millions d'euros": "Police judiciaire belge"}),
        ("it", "Secondo la polizia austriaca, gli arresti sono stati 17.",
         {"17": "Polizia austriaca"}),
        ("fr", "Selon la police nationale, 40 personnes ont été interpellées.",
         {"40": "police"}),
        ("en", "Police said 12 people were detained.", {"12": "police"}),
        ("en", "Norway's national police reported 30 arrests.",
         {"30": "Norway's national police"}),
    ],
)  # fmt: skip
def test_another_countrys_police(lang, body, expected):
    check(body, lang, expected)


# English modifiers right after a marker's last word say which body, with no determiner as
# with one: "according to municipal authorities" is not the prosecutor named before.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Prosecutors charged three men. Kelvale sees 9,000 visitors a year, according to municipal authorities.",
         {"9,000": "municipal authorities"}),
        ("en", "The prefecture evacuated 200 homes. The river rose 4 metres, according to regional flood services.",
         {"4 metres": "regional flood services"}),
    ],
)  # fmt: skip
def test_modifiers_after_a_marker_name_a_body_of_their_own(lang, body, expected):
    check(body, lang, expected)


# An island's size, like a town's, is the writer's description inside an attributed sentence.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Dunmore, a small island of 2,800 inhabitants, expects 40,000 tourists, according to the port authority.",
         {"2,800": "Wire", "40,000": "the port authority"}),
        ("fr", "Dunmore, une île de 2 800 habitants, attend 40 000 touristes, selon la préfecture.",
         {"2 800": "Wire", "40 000": "la préfecture"}),
        ("it", "Dunmore, un'isola di 2.800 abitanti, attende 40.000 turisti, secondo la prefettura.",
         {"2.800": "Wire", "40.000": "la prefettura"}),
    ],
)  # fmt: skip
def test_an_islands_size_is_the_writers(lang, body, expected):
    check(body, lang, expected)


# Between an English speaker and its verb: a relative clause may hold a year (no figure), a
# role's apposition a body's acronym in brackets; a verb after a capitalised body's noun is
# no word of its name ("the Quillan Health Agency warned of…" names no "Agency warned of").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Quillan Water Board, which took over from the Vantry Council in 2019, said 40 homes were flooded.",
         {"40": "Quillan Water Board"}),
        ("The Quillan Water Board, which runs 12 dams, said 40 homes were flooded.",
         {"40": "Quillan Water Board"}),
        ("Ida Vell, head of the Tessmoor Health Agency (THA), said 12 people died. The THA said 40 were in hospital.",
         {"12": "Ida Vell", "40": "THA"}),
        ("The Tessmoor Health Agency warned of more heat on Monday.\n\nThe agency said 40 people were treated.",
         {"40": "Tessmoor Health Agency"}),
        ("The Department of health said 40 people were treated.", {"40": "Department of health"}),
    ],
)  # fmt: skip
def test_what_stands_between_an_english_speaker_and_its_verb(body, expected):
    check(body, "en", expected)


# A lone dash is no word between a name and its verb: a dateline's place or outlet before
# "- Floods closed 40 stations" never acted ("SELBURY - …" named SELBURY); a dashed aside still
# stands between a body and its verb.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("SELBURY - Floods closed 40 stations on Monday.", {"40": ("Kestrel News", False)}),
        ("SELBURY, March 3 (Kestrel News) - Floods closed 40 stations on Monday.",
         {"40": ("Kestrel News", False)}),
        ("Selbury Rail - which runs the line - closed 40 stations on Monday.",
         {"40": ("Selbury Rail", True)}),
    ],
)  # fmt: skip
def test_a_dash_after_a_dateline_is_no_word_of_a_speaker(body, expected):
    check_stated(body, expected)


def check_stated(body: str, expected: dict[str, tuple[str, bool]]) -> None:
    """English `body` of "Kestrel News": figure → (source, whether the text states it)."""
    got = {c["text"]: (c["source"], c["source_stated"]) for c in claims(body, "en", "Kestrel News")}
    assert {k: got.get(k) for k in expected} == expected


# After an inverted verb of saying, words followed by a finite verb are the subject of what
# was said ("…, said its ticket offices were open again"), never its speaker; a speaker that ends
# its clause still is (", said its commercial office.").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The utility, which supplies water and heating to 640,000 homes in the valley, said its ticket offices were open again.",
         {"640,000": ("Kestrel News", False)}),
        ("The carrier, which flies to 84 cities, said its booking services were restored on Monday.",
         {"84": ("Kestrel News", False)}),
        ("Sales rose to 12,000 units, said its commercial office.",
         {"12,000": ("its commercial office", True)}),
    ],
)  # fmt: skip
def test_a_finite_verb_after_an_inverted_speaker_makes_it_a_subject(body, expected):
    check_stated(body, expected)


# A generic actor's lower-case modifiers that open a clause after a comma, a verb of saying
# right after the noun, name the speaker as a capital at a sentence's start does ("…, mountain
# rescue officials said"); without a verb of saying they name no one.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A fourth climber has died on the glacier, bringing the toll to four, mountain rescue officials said on Sunday.",
         {"four": ("mountain rescue officials", True)}),
        ("Across the river in Dorvania, health officials have reported 9 linked cases.",
         {"9": ("health officials", True)}),
        ("In March, rising fuel prices cut sales by 4,000 units.", {"4,000": ("Kestrel News", False)}),
    ],
)  # fmt: skip
def test_modifiers_opening_a_clause_name_a_generic_speaker(body, expected):
    check_stated(body, expected)


# A conversion the writer adds after a comma ("30 bitcoin, worth about $2 million") is the
# writer's when its amount's speaker stands before; a marker after both gives both.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Ravello Energy said thieves took the records of 3 million clients, and a hacker group is demanding 30 bitcoin, worth about $2 million, to delete them.",
         {"30 bitcoin": ("a hacker group", True), "about $2 million": ("Kestrel News", False)}),
        ("it", "Il collettivo Nerofumo chiede un riscatto di 30 bitcoin, circa 2 milioni di euro.",
         {"30 bitcoin": ("Nerofumo", True), "circa 2 milioni di euro": ("Kestrel News", False)}),
        ("fr", "La rançon s'élève à 40 bitcoins, soit environ 2 millions d'euros, selon le quotidien Le Vigile Brenois.",
         {"environ 2 millions d'euros": ("Vigile Brenois", True)}),
    ],
)  # fmt: skip
def test_a_conversion_after_a_comma_is_the_writers(lang, body, expected):
    got = {c["text"]: (c["source"], c["source_stated"]) for c in claims(body, lang, "Kestrel News")}
    assert {k: got.get(k) for k in expected} == expected
