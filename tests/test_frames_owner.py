"""Whose figure, and of what whole: `owner` and `part_of` read from each figure's clause,
in French, English and Italian (sourcecheck/frames/owner.py, data in frames/data/owner.yaml)."""

from __future__ import annotations

import pytest

from sourcecheck.extract.document import Lexicons, extract_document

LEX = Lexicons.load()


def claims(body: str, lang: str) -> dict[str, dict]:
    doc = {"doc": "a.md", "body": body, "lang": lang, "publisher": "X", "published": "2024-02-20"}
    return {c["text"]: c for c in extract_document(doc, LEX)}


@pytest.mark.parametrize(
    ("lang", "body", "figure", "owner"),
    [
        ("en", "Regulators fined Veltro Systems Inc €3 million on Tuesday.", "€3 million", "Veltro Systems"),
        ("en", "A €3 million fine on the Treaty partners.", "€3 million", ""),
        ("en", "Veltro's €3 million penalty is its first.", "€3 million", "Veltro"),
        # a possessor of several capitalised words is read whole; a day owns nothing
        ("en", "Tarrow Marine Ltd's €7 million settlement was approved.", "€7 million", "Tarrow Marine"),
        ("en", "Attendance at Saturday's harbour festival rose to 64% of capacity.", "64%", ""),
        ("en", "A €40 million penalty imposed on Corvane followed.", "€40 million", "Corvane"),
        ("en", "Storm damage to agriculture reached €12 million.", "€12 million", "agriculture"),
        ("fr", "L'amende de Veltro s'élève à 3 millions d'euros.", "3 millions d'euros", "Veltro"),
        ("fr", "Bruxelles a infligé une amende de 3 millions d'euros à Veltro.", "3 millions d'euros", "Veltro"),
        ("fr", "Les dégâts agricoles atteignent 12 millions d'euros.", "12 millions d'euros", "agriculture"),
        ("it", "La multa di Veltro è di 3 milioni di euro.", "3 milioni di euro", "Veltro"),
        ("it", "Una multa da 40 milioni di euro inflitta ad Corvane nel 2021.", "40 milioni di euro", "Corvane"),
        ("it", "Sono 3 i morti a Pontello.", "3", ""),  # after a count: a place
        ("it", "I danni all'agricoltura ammontano a 12 milioni di euro.", "12 milioni di euro", "agriculture"),
        ("en", "It follows a $900 million penalty imposed on media group Corvane Labs.", "$900 million", "Corvane Labs"),
        ("en", "Veltro, which reported revenue of $40.5 billion, will appeal.", "$40.5 billion", "Veltro"),
        # a sanction's participle in -ing names its payer too
        ("en", "The regulator announced a decision fining Corvane Labs €12 million on Monday.", "€12 million", "Corvane Labs"),
        ("it", "L'autorità ha chiuso l'istruttoria multando Corvane per 12 milioni di euro.", "12 milioni di euro", "Corvane"),
        ("fr", "Le régulateur a clos l'enquête en sanctionnant Corvane de 12 millions d'euros.", "12 millions d'euros", "Corvane"),
        ("fr", "En 2021, Corvane Labs avait écopé d'une amende de 700 millions d'euros.", "700 millions d'euros", "Corvane Labs"),
        ("it", "Veltro è stata multata per 3 milioni di euro.", "3 milioni di euro", "Veltro"),
        # a sector the estimated loss names, not the body that estimates it; a sector a
        # place's possessive names, not the place
        ("fr", "Selon l'union des hôteliers, le tourisme perdra 14 millions d'euros, et la vallée entière 40 millions.",
         "14 millions d'euros", "tourism"),
        ("it", "La Federagri di Pavera stima i danni all'agricoltura in 19 milioni di euro dopo la grandinata.",
         "19 milioni di euro", "agriculture"),
        ("en", "Flooding cost Brenmoor's tourism an estimated £7 million, the council said.", "£7 million", "tourism"),
        ("en", "Norvia's debt rose to €62 million.", "€62 million", "Norvia"),
        # what a company operated is its own; "the carrier" with a hyphenated word before
        # its noun stands for the company as "the carrier" does
        ("en", "DUBLIN, June 3 (Wire) - Regional airline Skyvane stopped flying. The Cork-based carrier, "
               "which operated about 160 flights a day, said it had run out of cash.", "about 160", "Skyvane"),
        ("fr", "La compagnie Skyvane a cessé ses activités. Le transporteur, qui exploitait 160 vols par jour, "
               "a déposé le bilan.", "160", "Skyvane"),
        ("it", "La compagnia Skyvane ha cessato l'attività. Il vettore, che operava 160 voli al giorno, "
               "ha portato i libri in tribunale.", "160", "Skyvane"),
        # a sentence opening on a body, its name and a comma: the body owns its figures
        ("fr", "Chez Norvelle, 31 % des techniciens ont débrayé jeudi.", "31 %", "Norvelle"),
        ("fr", "À la Régie des eaux de Castelmoret (REC), 22 % du personnel a cessé le travail.",
         "22 %", "REC"),
        ("en", "At bus operator Tramlink, 38% of drivers walked out on Monday.", "38%", "Tramlink"),
        ("it", "Presso la Vetreria Orsa (VO), l'adesione allo sciopero è stata del 40%.", "40%", "VO"),
        # a name a preposition makes a complement's: the place of a meeting, no body
        ("fr", "À la conférence de Lastrane, les donateurs ont promis 3 milliards d'euros.",
         "3 milliards d'euros", ""),
        ("en", "At the summit in Corvellan, ministers pledged $900 million.", "$900 million", ""),
        ("it", "Al vertice di Orbessa, i governi hanno stanziato 700 milioni di euro.",
         "700 milioni di euro", ""),
        # a place opening the sentence owns nothing
        ("fr", "À Marseille, 40 manifestants ont défilé.", "40", ""),
        ("en", "At Kelford, 300 people marched to the town hall.", "300", ""),
        # no comma after the name: the name opens no sentence on a body
        ("it", "Alla conferenza di Ostravel i donatori hanno promesso 2 miliardi di euro.",
         "2 miliardi di euro", ""),
        # a share of a sector's staff: the sector its clause names, not one among others
        ("fr", "Le syndicat Sudel annonce 37 % de professeurs grévistes dans les écoles.", "37 %", "education"),
        ("en", "About 20% of civil servants were on strike, including 31% of school staff.", "31%", "education"),
        ("it", "Nella scuola ha scioperato il 20% del personale.", "20%", "education"),
        ("fr", "Le taux de grévistes atteint 18 % dans la fonction publique, notamment dans l'enseignement.",
         "18 %", ""),
        # a branch of the public service owns its share; a share of a branch within it, its own
        ("it", "Fra i dipendenti statali l'astensione dal lavoro è salita al 11,4% nel pomeriggio.", "11,4%", "central civil service"),
        ("en", "Roughly 11.4% of central government staff joined the stoppage, against 18.7% of teachers.", "18.7%", "education"),
        ("fr", "Dans la fonction publique hospitalière, 6,8 % des personnels ont débrayé mardi.", "6,8 %", "hospital civil service"),
        ("fr", "Chez les fonctionnaires d'État, 11,4 % ont fait grève, dont 18,7 % chez les enseignants.", "18,7 %", "education"),
        # no owner: a place, a day, a source, or a sector named as one among others
        ("en", "Police reported 40 arrests.", "40", ""),
        ("en", "Some 300 businesses were hit.", "Some 300", ""),
        ("fr", "La préfecture a compté 12 000 manifestants à Lyon.", "12 000", ""),
        ("en", "The fine of €3 million was set on Tuesday.", "€3 million", ""),
        ("it", "Danni per 90 milioni di euro, soprattutto all'agricoltura.", "90 milioni di euro", ""),
        # a word that only its capital made a name opens the sentence before "the group"
        ("it", "Saranno 250 i tagli decisi dalla Corvane. Nel Lazio il gruppo conta 1.450 addetti.", "1.450", ""),
        ("en", "More than 300 jobs will go at Corvane Labs. The group employs 1,800 people in Spain.", "1,800", "Corvane Labs"),
        # a generic actor stands for the organisation of its kind the document named, not
        # for a dateline, a place or a word opening a sentence
        ("en", "OSLO, May 9 (Nordwire) - Pump maker Tessaly Group said it would shut two plants. "
               "The company employs 6,300 people.", "6,300", "Tessaly"),  # (a company form dropped)
        ("fr", "GRENOBLE, 9 mai (Agence Alpes) – Le fabricant Orsalis Technologies a annoncé un plan. "
               "La société emploie 3 700 salariés.", "3 700", "Orsalis Technologies"),
        ("fr", "À Saint-Véran, le laboratoire Quimel SA a été sanctionné. L'entreprise devra payer "
               "une amende de 4 millions d'euros.", "4 millions d'euros", "Quimel"),
        ("it", "TORINO – Il gruppo Castelbruno Meccanica ha presentato il piano. In Italia il gruppo "
               "impiega 2.600 persone.", "2.600", "Castelbruno Meccanica"),
        ("it", "Sono giorni difficili per Ferrovie Lunari SpA. L'azienda ha licenziato 140 addetti.",
               "140", "Ferrovie Lunari"),
        # a company named by what it makes
        ("fr", "Le fabricant Dorvelle Outils a présenté ses comptes. Le fabricant emploie 870 "
               "salariés.", "870", "Dorvelle Outils"),
        ("it", "Il produttore Casaforte Marmi ha chiuso l'anno. Il produttore impiega 430 addetti.",
         "430", "Casaforte Marmi"),
        # a year between the relative pronoun and the verb that gives "the company" its figure
        ("it", "Ricorre la compagnia aerea Ventamare. L'azienda, che nel 2024 ha registrato ricavi "
               "per 960 milioni di euro, contesta la multa.", "960 milioni di euro", "Ventamare"),
        ("en", "Carrier Ventamare will appeal. The company, which in 2024 posted revenue of 1.1 "
               "billion euros, rejects the fine.", "1.1 billion euros", "Ventamare"),
        ("fr", "La compagnie Ventamare fait appel. La société, qui en 2024 a réalisé un bénéfice de "
               "87 millions d'euros, conteste l'amende.", "87 millions d'euros", "Ventamare"),
        # the maker of a product a story names is the company "the company" stands for
        ("en", "Doctors linked the illness to yoghurt made by Brenmoor Creamery. The company has "
               "recalled 12 batches.", "12", "Brenmoor Creamery"),
        ("it", "I casi sono legati a un salame prodotto dalla Salumeria Vantieri. L'azienda ha "
               "ritirato 5 lotti.", "5", "Salumeria Vantieri"),
        # the employer that cuts jobs owns the count of the jobs it cuts
        ("en", "Textile maker Dovrenna is cutting 730 positions across its northern mills.", "730", "Dovrenna"),
        ("fr", "Le chimiste Karsolis a annoncé la suppression de 415 emplois dans ses laboratoires.", "415", "Karsolis"),
        ("fr", "Brunel Aéro annonce la suppression de 1 160 postes d'ici l'automne.", "1 160", "Brunel Aéro"),
        ("it", "La cartiera Olmesa taglierà 265 posti nei due impianti lombardi.", "265", "Olmesa"),
        ("it", "Varenzi Trasporti ha annunciato il taglio di 92 autisti.", "92", "Varenzi Trasporti"),
        ("en", "Premiums cut 4% off the bill last winter.", "4%", ""),  # a cut with no employer
        ("it", "Il consorzio Ardena sopprimerà 48 corse serali.", "48", "Ardena"),
        # a fine's participle hands it to the name after it, before the amount is given
        ("it", "La multa inflitta a Brindmoor è di 18 milioni di euro.", "18 milioni di euro", "Brindmoor"),
        ("it", "Le multe inflitte alla Ostravia ammontano a 5 milioni di euro.", "5 milioni di euro", "Ostravia"),
        ("fr", "L'amende infligée à Brindmoor s'élève à 18 millions d'euros.", "18 millions d'euros", "Brindmoor"),
        ("fr", "La pénalité imposée à Ostravia atteint 5 millions d'euros.", "5 millions d'euros", "Ostravia"),
        ("en", "The fine imposed on Brindmoor was 18 million euros.", "18 million euros", "Brindmoor"),
        ("en", "The levy levied on Ostravia came to 5 million euros.", "5 million euros", "Ostravia"),
        # the name of a list's next item is the next amount's, not the one before it
        ("it", "La multa inflitta a Brindmoor è di 18 milioni di euro, quella a Tessaline di 7 milioni.",
         "18 milioni di euro", "Brindmoor"),
        ("it", "La multa inflitta a Brindmoor è di 18 milioni di euro, quella a Tessaline di 7 milioni.",
         "7 milioni", "Tessaline"),
        ("it", "Una multa da 9 milioni di euro a Brindmoor, e una da 2 milioni di euro a Tessaline.",
         "9 milioni di euro", "Brindmoor"),
        # a pronoun that stands for the fine takes its owner as the noun does
        ("fr", "L'amende de Corvalis (42 millions d'euros) dépasse celle de Brindmoor (18 millions).",
         "18 millions", "Brindmoor"),
        ("it", "La sanzione di Corvalis, 42 milioni di euro, supera quella di Brindmoor, 18 milioni.",
         "18 milioni", "Brindmoor"),
        ("fr", "L'amende infligée à Brindmoor s'élève à 18 millions d'euros, celle de Tessaline à 7 millions.",
         "7 millions", "Tessaline"),
        # what a platform or a company takes in is its own
        ("en", "Brindle Hub sold fake pages to 1,400 subscribers. In all it brought in more than "
               "7 million euros since 2021.", "more than 7 million euros", "Brindle Hub"),
        ("fr", "Selon les enquêteurs, Brindle Hub encaissait environ 250 000 euros par mois.",
         "environ 250 000 euros", "Brindle Hub"),
        ("it", "Secondo la procura, Brindle Hub ha incassato oltre 6 milioni di euro dal 2022.",
         "oltre 6 milioni di euro", "Brindle Hub"),
        ("en", "The storm generated 300 million euros of damage.", "300 million euros", ""),
        # a sector's damage, and a sector's count named after "the number of"
        ("it", "I danni nelle campagne ammontano a 30 milioni di euro.", "30 milioni di euro", "agriculture"),
        ("fr", "Les pertes dans les campagnes atteignent 30 millions d'euros.", "30 millions d'euros", "agriculture"),
        ("fr", "La fédération estime à 1 300 le nombre d'exploitations touchées.", "1 300", "agriculture"),
        ("fr", "La fédération estime à 1 300 le nombre de sinistrés.", "1 300", ""),
        # a country's share of a joint project: the country that pays it, or is charged it
        ("en", "Portugal will pay €700 million and Spain €450 million, the company added.", "€700 million", "Portugal"),
        ("fr", "Le Portugal paiera 700 millions d'euros et l'Espagne 450 millions.", "450 millions", "Spain"),
        ("it", "Il Portogallo pagherà 700 milioni di euro, secondo il ministero.", "700 milioni di euro", "Portugal"),
        ("fr", "Le projet coûtera 1,2 milliard d'euros, dont 500 millions à la charge de l'Espagne.",
         "500 millions", "Spain"),
        ("it", "Il progetto costerà 1,2 miliardi di euro, di cui 500 milioni di euro a carico dell'Italia.",
         "500 milioni di euro", "Italy"),
        ("en", "The project will cost €1.2 billion, of which €500 million borne by Portugal.", "€500 million", "Portugal"),
    ],
)  # fmt: skip
def test_the_owner_of_a_figure(lang, body, figure, owner):
    assert claims(body, lang)[figure]["owner"] == owner


@pytest.mark.parametrize(
    ("lang", "body", "part", "whole"),
    [
        ("fr", "On recense 300 glissements de terrain, dont 140 dans la province.", "140", "300"),
        ("en", "Police detained 64 people, of whom 9 were minors.", "9", "64"),
        ("en", "The firm employs 8,000 people in 12 countries, including 900 in Spain.", "900", "8,000"),
        ("it", "Sono state evacuate 500 persone. Di queste, 200 sono ospitate in una palestra.", "200", "500"),
        ("it", "La Regione stima danni per 200 milioni di euro, di cui 60 milioni alle strade.", "60 milioni", "200 milioni di euro"),
        # the middle and last items of a list a conjunction closes
        ("fr", "La compagnie a annulé 180 vols, dont 70 au départ et à l'arrivée de Nice, 45 à Bastia et 20 à Ajaccio.", "45", "180"),
        ("fr", "La compagnie a annulé 180 vols, dont 70 au départ et à l'arrivée de Nice, 45 à Bastia et 20 à Ajaccio.", "20", "180"),
        ("en", "The storm cut power to 9,300 homes, of which 4,100 in Dunmore, 2,600 in Kells and 900 in Navan.", "2,600", "9,300"),
        ("it", "Sono stati soppressi 140 treni, di cui 60 a Torino, 50 a Novara e 30 a Biella.", "30", "140"),
        # every item of an enumeration of four or more that a conjunction closes
        ("en", "Corvane employs 1,300 people. Of these, 500 work in Leeds, 400 in Derby, 250 in York and 150 in Hull.", "250", "1,300"),
        ("fr", "Corvane emploie 1 300 personnes, dont 500 à Nantes, 400 à Tours, 250 à Blois et 150 à Vierzon.", "400", "1 300"),
        ("it", "Corvane impiega 1.300 persone, di cui 500 a Pavia, 400 a Lodi, 250 a Crema e 150 a Cremona.", "250", "1.300"),
        # the next item of a list of parts may count another noun
        ("en", "Rescuers pulled 52 people from the sea, including 8 children and 5 women.", "5", "52"),
        ("fr", "Les secours ont recueilli 52 personnes, dont 8 enfants et 5 femmes.", "5", "52"),
        ("it", "I soccorritori hanno salvato 52 persone, tra cui 8 bambini e 5 donne.", "5", "52"),
        # a sentence opened by "of this amount" breaks down the amount before it
        ("en", "The Norvale Fund has released €6 million. Of this amount, €2.5 million will buy tents.", "€2.5 million", "€6 million"),
        ("fr", "Le fonds Norvale a débloqué 6 millions d'euros. Sur cette somme, 2,5 millions iront aux tentes.", "2,5 millions", "6 millions d'euros"),
        ("it", "Il fondo Norvale ha stanziato 6 milioni di euro. Di questa somma, 2,5 milioni andranno alle tende.", "2,5 milioni", "6 milioni di euro"),
        # the first part of a whole stated sentences before, after a word of its composition,
        # and the items after it; not a figure of another measure in between
        ("en", "The authority ordered Brannock Freight to pay €48.5 million. The firm has 30 days to appeal. "
               "The levy is made up of €31 million for unsafe loading and €17.5 million for late reporting.", "€31 million", "€48.5 million"),
        ("en", "The authority ordered Brannock Freight to pay €48.5 million. The firm has 30 days to appeal. "
               "The levy is made up of €31 million for unsafe loading and €17.5 million for late reporting.", "€17.5 million", "€48.5 million"),
        ("fr", "L'autorité a infligé 48,5 millions d'euros à Brannock Fret. La société peut faire appel. "
               "La sanction se compose de 31 millions d'euros pour les chargements.", "31 millions d'euros", "48,5 millions d'euros"),
        ("it", "La galleria costerà 3,2 miliardi di euro. L'Austria ne finanzierà 1,4 miliardi e la Slovenia 900 milioni.", "900 milioni", "3,2 miliardi di euro"),
        ("fr", "Le viaduc coûtera 860 millions d'euros. Le Portugal en financera 310 millions et l'Espagne 250 millions.", "310 millions", "860 millions d'euros"),
    ],
)  # fmt: skip
def test_a_part_points_to_its_whole(lang, body, part, whole):
    found = claims(body, lang)
    assert found[part]["part_of"] == f"a.md#{found[whole]['start']}"
    assert found[whole]["part_of"] == ""


def test_a_figure_after_another_is_no_part_without_the_words():
    found = claims("On recense 300 glissements de terrain et 140 crues.", "fr")
    assert found["140"]["part_of"] == ""


def test_a_comma_alone_after_a_part_opens_no_list():
    found = claims(
        "On recense 300 glissements de terrain, dont 120 dans la province, 40 selon la mairie.",
        "fr",
    )
    assert found["40"]["part_of"] == ""


@pytest.mark.parametrize(
    ("lang", "body", "owners"),
    [
        # the country that gives an amount, and the next items of its list of gifts
        ("fr", "L'Agence Norvale a débloqué 4,5 millions d'euros, l'Espagne 2 millions et les États-Unis 1,2 million de dollars.",
         {"4,5 millions d'euros": "", "2 millions": "Spain", "1,2 million de dollars": "United States"}),
        ("en", "The Harlow Trust granted 6.4 million dollars; Portugal contributed roughly $0.8 million and the United Kingdom $2.9 million.",
         {"6.4 million dollars": "", "roughly $0.8 million": "Portugal", "$2.9 million": "United Kingdom"}),
        ("it", "Il fondo Aldren ha stanziato 4,5 milioni di euro, la Norvegia 2 milioni e il Canada 1,2 milioni di dollari.",
         {"4,5 milioni di euro": "", "2 milioni": "Norway", "1,2 milioni di dollari": "Canada"}),
        ("fr", "La Norvège a débloqué 2 millions d'euros pour les sinistrés.", {"2 millions d'euros": "Norway"}),
        # who pays for a share of a project: "en financera"
        ("fr", "Le chantier coûtera 2,4 milliards d'euros. L'Espagne en financera 1,1 milliard et le Portugal 700 millions.",
         {"1,1 milliard": "Spain", "700 millions": "Portugal"}),
        ("it", "L'opera costerà 2,4 miliardi di euro: la Spagna ne finanzierà 1,1 miliardi.", {"1,1 miliardi": "Spain"}),
        ("en", "Spain will fund €1.1 billion of the €2.4 billion line.", {"€1.1 billion": "Spain"}),
        ("it", "La Spagna ha offerto 800.000 euro alle famiglie.", {"800.000 euro": "Spain"}),
        # the next countries of a list of what countries send
        ("en", "Greece sent 2 Canadair and Croatia 3, while Spain dispatched 40 firefighters.", {"2": "Greece", "3": "Croatia", "40": "Spain"}),
        ("fr", "La Grèce a envoyé 2 Canadair, la Croatie 3 et l'Espagne 40 pompiers.", {"2": "Greece", "3": "Croatia", "40": "Spain"}),
        ("it", "La Grecia ha inviato 2 Canadair, la Croazia 3 e la Spagna 40 vigili del fuoco.", {"3": "Croatia", "40": "Spain"}),
        # a government's money stays the State's; a country a list names without a gift is a place
        ("it", "Il governo ha stanziato 20 milioni di euro.", {"20 milioni di euro": "State"}),
        ("fr", "Les dégâts atteignent 40 millions d'euros, la Norvège 12 millions.", {"12 millions": ""}),
    ],
)  # fmt: skip
def test_a_donor_country_owns_the_amount_it_gives(lang, body, owners):
    found = claims(body, lang)
    assert {figure: found[figure]["owner"] for figure in owners} == owners


def test_a_composition_without_a_whole_that_holds_it_is_no_part():
    found = claims(
        "The museum drew 40 visitors. The grant is made up of €12 million for roofs.", "en"
    )
    assert found["€12 million"]["part_of"] == ""


def test_an_amount_after_a_count_of_parts_is_no_part():
    found = claims("Police detained 40 people, of whom 12 minors and €3 million in cash.", "en")
    assert found["€3 million"]["part_of"] == ""


def published_by(body: str, lang: str, publisher: str) -> dict[str, dict]:
    doc = {
        "doc": "a.md",
        "body": body,
        "lang": lang,
        "publisher": publisher,
        "published": "2026-03-04",
    }
    return {c["text"]: c for c in extract_document(doc, LEX)}


@pytest.mark.parametrize(
    ("lang", "publisher", "body", "figure", "owner"),
    [
        # a company's own count with no owner in its clause: the company the document is
        # about, in its own release or in a story that named it, before any figure was owned
        ("fr", "Norvane Mobilité", "Grenoble, le 3 mars 2026 – Le directoire de Norvane Mobilité a "
         "approuvé les comptes. Le réseau compte désormais 412 magasins.", "412", "Norvane Mobilité"),
        ("en", "Tidewell Post", "TURIN, March 4 (Tidewell Post) - Bike maker Calverra Cycles "
         "cut its outlook. The workforce stands at 2,300.", "2,300", "Calverra Cycles"),
        ("it", "Cronaca Serale", "MILANO – Il gruppo tessile Ardesia Filati SpA ha approvato il "
         "bilancio. A fine anno l'organico contava 1.480 persone.", "1.480", "Ardesia Filati"),
        # not a dateline's outlet the copy never names
        ("en", "Halvern", "TURIN, March 4 (Halvern) - The workforce stands at 2,300.", "2,300", ""),
        # an amount is left to alignment; a share of the company's own is the company's
        ("en", "Tidewell Post", "Bike maker Calverra Cycles cut its outlook. Net revenue "
         "reached 612 million euros.", "612 million euros", ""),
        ("en", "Tidewell Post", "Bike maker Calverra Cycles cut its outlook. Net revenue fell "
         "7.4% to 612 million euros.", "7.4%", "Calverra Cycles"),
        ("fr", "Écho des Vallées", "Le fabricant de skis Montrelle Glisse a revu ses objectifs. "
         "Lundi, 17 % des effectifs ont débrayé.", "17 %", "Montrelle Glisse"),
        ("it", "Gazzetta di Borgolino", "Il gruppo vetrario Cristalli Orvenna ha presentato il piano. "
         "Ieri ha scioperato il 29% dell'organico.", "29%", "Cristalli Orvenna"),
        # workers, employees and debt are a public figure's too: no company without a name
        ("it", "Ragioneria Generale", "La Ragioneria Generale ha detto che il taglio vale per "
         "310.000 lavoratori dipendenti.", "310.000", ""),
        ("fr", "Trésor Public", "Le Trésor a indiqué que la mesure touchera 86 000 salariés.",
         "86 000", ""),
        # "action" outside a market: a day of protest, not the company's shares
        ("fr", "Norvane Mobilité", "Le directoire de Norvane Mobilité a approuvé les comptes. "
         "Lors d'une journée d'action, 260 militants ont bloqué l'entrepôt.", "260", ""),
    ],
)  # fmt: skip
def test_a_company_count_is_the_company_the_document_is_about(lang, publisher, body, figure, owner):
    assert published_by(body, lang, publisher)[figure]["owner"] == owner


@pytest.mark.parametrize(
    ("lang", "body", "figure", "owner"),
    [
        # a candidate or a list named right before its count of votes, items of a list
        ("it", "Esito per sindaco: Paolo Ferrante 41.230 voti (52,3%); Chiara Moretti 30.115 voti (38,2%).", "41.230", "Paolo Ferrante"),
        ("it", "Esito per sindaco: Paolo Ferrante 41.230 voti (52,3%); Chiara Moretti 30.115 voti (38,2%).", "38,2%", "Chiara Moretti"),
        ("fr", "Candidats : Hélène Marsac 18 420 voix (43,1 %) ; Bruno Tessier 15 090 voix (35,3 %).", "15 090", "Bruno Tessier"),
        ("en", "Final tally: Rowan Teague 9,812 votes (47.0%); Ida Brandt 8,104 votes (38.8%).", "8,104", "Ida Brandt"),
        # a result verb right before the figure names its candidate
        ("en", "Outgoing mayor Anna Kerrow polled 44.6%, while challenger Tomas Brill took 39.2%.", "44.6%", "Anna Kerrow"),
        ("en", "Outgoing mayor Anna Kerrow polled 44.6%, while challenger Tomas Brill took 39.2%.", "39.2%", "Tomas Brill"),
        ("fr", "Au second tour, Hélène Marsac a recueilli 54,2 % des suffrages exprimés.", "54,2 %", "Hélène Marsac"),
        ("it", "Alle suppletive il candidato Paolo Ferrante ha raccolto il 52,3% dei consensi.", "52,3%", "Paolo Ferrante"),
        # a possessive before the verb: the result is the possessed list's
        ("en", "Kerrow's Civic Union list came first with 21,400 votes.", "21,400", "Civic Union"),
        # a share with no result verb or vote count names no candidate
        ("en", "Turnout in the county fell to 48.2%, down from 55.1% in 2019.", "48.2%", ""),
        # a candidate's surname alone owns as the full name the text wrote before
        ("en", "Ilaria Senzi led the first count. Later, Senzi polled 61% in the old town.", "61%", "Ilaria Senzi"),
        ("en", "Mayor Tomas Brill took 39.2% and independent Lena Voss 16.2%.", "16.2%", "Lena Voss"),
        ("it", "Ha vinto Chiara Moretti. Nel capoluogo la Moretti ha raccolto il 58%.", "58%", "Chiara Moretti"),
        # an elided article and a common noun before a name are no first name
        ("it", "L'azienda Brenta ha richiamato 6 lotti, pari a 9.500 vasetti.", "9.500", "Brenta"),
        # the subject of a result verb before "with", not its object's name
        ("en", "After a recount, independent Maud Ferrant has won the mayoralty of Lowick Cross with 57.4% of the ballots cast.", "57.4%", "Maud Ferrant"),
        ("fr", "Julien Aubrac a remporté la présidence du conseil de Valmorin avec 46,8 % des suffrages.", "46,8 %", "Julien Aubrac"),
        ("it", "Tecla Ravizzi ha conquistato la guida della Provincia di Monteselva con il 53,1% dei voti.", "53,1%", "Tecla Ravizzi"),
        # "she", "he" before a result verb: the candidate whose result came before
        ("en", "Wenna Holt carried the county with 44.9%, and in the fishing villages she polled 58.3%.", "58.3%", "Wenna Holt"),
        # a rival reading of a figure, right after it, keeps its owner
        ("it", "Il Movimento Lagunare ricorre: secondo i suoi scrutatori, la lista ha raccolto 8.460 voti e non i 8.115 proclamati.", "8.115", "Movimento Lagunare"),
        ("en", "Harbour Renewal says it won 22,730 votes, not the 21,905 the county clerk certified.", "21,905", "Harbour Renewal"),
        ("fr", "Selon ses assesseurs, Élan Citoyen a obtenu 5 318 voix et non 5 106.", "5 106", "Élan Citoyen"),
        # the rest of the field is one owner of its own, by its English gloss
        ("it", "Consiglio comunale: Orizzonte Verde 6.215 voti (27,4%); Borgo Unito 5.980 voti (26,3%); altre liste 2.604 voti (11,5%).", "2.604", "other lists"),
        ("it", "Consiglio comunale: Orizzonte Verde 6.215 voti (27,4%); Borgo Unito 5.980 voti (26,3%); altre liste 2.604 voti (11,5%).", "11,5%", "other lists"),
        ("it", "Consiglio comunale: Orizzonte Verde 6.215 voti (27,4%); Borgo Unito 5.980 voti (26,3%); altre liste 2.604 voti (11,5%).", "5.980", "Borgo Unito"),
        ("en", "In the by-election Rowena Pike won 13,077 votes, while other candidates polled 1,912 votes.", "1,912", "other candidates"),
        ("fr", "Au conseil départemental, les autres partis ont recueilli 7,9 % des suffrages.", "7,9 %", "other parties"),
        # a count that is no result (no vote word, no share) belongs to no field
        ("en", "Other lists filed 14 complaints with the electoral board.", "14", ""),
        # "the list", "the party" stand for the list the text named before
        ("it", "Il Movimento Lagunare non accetta il verbale della commissione. Secondo i suoi scrutatori, la lista ha raccolto 8.460 voti.", "8.460", "Movimento Lagunare"),
        ("en", "Harbour Renewal rejected the official tally on Tuesday. The party says it won 22,730 votes across the county.", "22,730", "Harbour Renewal"),
        ("fr", "Élan Citoyen rejette le résultat publié par la préfecture. D'après ses assesseurs, la liste a obtenu 5 318 voix.", "5 318", "Élan Citoyen"),
    ],
)  # fmt: skip
def test_a_result_belongs_to_its_candidate_or_list(lang, body, figure, owner):
    assert claims(body, lang)[figure]["owner"] == owner


@pytest.mark.parametrize(
    ("lang", "body", "figure", "owner"),
    [
        ("fr", "La Société fluviale de Norvanne (SFN) a activé son dispositif et engagé ses 3 barges sur le canal.", "3", "Société fluviale de Norvanne"),
        ("en", "Orvane Energy activated its plan and deployed its 4 crews at the plant.", "4", "Orvane Energy"),
        ("it", "Il Consorzio idrico Corsenna (CIV) ha attivato i suoi 5 mezzi speciali.", "5", "Consorzio idrico Corsenna"),
        # a single word opening the sentence is no body the pronoun points to
        ("en", "All of its 70 drivers stopped work on Friday.", "70", ""),
        # a figure given to the body as a pronoun ("gave it 40 votes") is its own too
        ("fr", "Le Rassemblement Vert affirme que son propre décompte lui accorde 4 210 voix.", "4 210", "Rassemblement Vert"),
        ("en", "The Harbour Party insists a recount gives them 512 more ballots.", "512", "Harbour Party"),
        ("it", "Il Fronte Civico sostiene che il proprio conteggio gli assegna 3.870 voti.", "3.870", "Fronte Civico"),
        # a giver with no body opening the sentence gives nothing to anyone
        ("en", "The judge gave them 6 months.", "6", ""),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_before_a_figure_gives_the_body_the_sentence_opens_on(
    lang, body, figure, owner
):
    assert claims(body, lang)[figure]["owner"] == owner


def test_a_name_that_owns_a_figure_of_the_sentence_is_no_place_of_another():
    body = "L'amende infligée à Brindmoor s'élève à 18 millions d'euros, celle de Tessaline à 7 millions."
    found = claims(body, "fr")
    assert (found["7 millions"]["owner"], found["7 millions"]["scope"]) == ("Tessaline", "")
