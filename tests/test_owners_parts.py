"""Whose figure and of what whole, in more of the shapes wire copy uses (issue 17): lists of
parts, breakdowns in brackets, partitives ("40 of the 95", "Dei 70 casi, 40"), parts after
their figure ("27 of whom"), and the owners of a company's own figures. The sentences are
written for these tests (sourcecheck/frames/parts.py, sourcecheck/frames/owner.py)."""

from __future__ import annotations

import pytest
from test_frames_owner import claims

# language | body | part | whole ("-": the figure is no part)
PARTS = """
    en | Police held 19 people, of whom 15 in jail and 4 at home. | 4 | 19
    it | Misure per 23 persone, di cui 17 in carcere e 6 ai domiciliari. | 6 | 23
    fr | On a saisi 4,1 tonnes, dont 1 300 kilos au port et 720 kilos à Sète. | 720 kilos | 4,1 tonnes
    en | Police held 46 people (Rome: 21, Milan: 11, Turin: 9) on Monday. | 21 | 46
    en | Police held 46 people (Rome: 21, Milan: 11, Turin: 9) on Monday. | 9 | 46
    en | The outbreak sickened 84 people, 27 of whom were hospitalised. | 27 | 84
    it | Sono 15 le persone in ospedale, 4 delle quali in terapia intensiva. | 4 | 15
    en | Engineers checked 30 bridges and found 7 of them unsafe. | 7 | 30
    en | Of the 70 cases, 40 were confirmed by a laboratory. | 40 | 70
    it | Dei 70 casi, 40 sono stati confermati. | 40 | 70
    en | Some 9,300 homes were still without power on Monday: 5,100 in Trento and 4,200 in Bolzano. | 5,100 | Some 9,300
    it | Sono 9.300 le case ancora senza luce: 5.100 a Trento e 4.200 a Bolzano. | 5.100 | 9.300
    fr | Quelque 9 300 foyers restaient privés de courant lundi : 5 100 à Grenoble et 4 200 à Chambéry. | 4 200 | Quelque 9 300
    en | Some 9,300 homes were without power on Monday: 5,100 more than on Sunday. | 5,100 | -
    en | Turnout was 45%: 12 points below the last vote. | 12 | -
    fr | Sur les 70 cas, 40 ont été confirmés. | 40 | 70
    it | La ditta ha sospeso 40 dei 95 dipendenti. | 40 | 95
    en | The firm laid off 40 of the 95 workers. | 40 | 95
    en | The region put damage at €90 million. Farm losses account for €20 million of the total. | €20 million | €90 million
    en | The outbreak has sickened 71 people. Spain accounts for 52 of the cases and Portugal for 19. | 19 | 71
    it | Si contano 40 intossicati, e 14 di loro sono in ospedale. Fra le persone in ospedale figurano 5 anziani. | 5 | 14
    # more lists of parts
    en | Police held 46 people (Rome: 21, Milan: 11, Turin: 9) on Monday. | 11 | 46
    it | Sono stati controllati 640 veicoli, di cui 95 mezzi pesanti. | 95 | 640
    fr | La police a interpellé 28 personnes. Parmi eux, 5 mineurs. | 5 | 28
    # an enumeration that a conjunction closes: "A, B and C"
    fr | La compagnie a supprimé 180 vols, dont 70 au départ et à l'arrivée de Nice, 48 à Bordeaux et 17 à Brest. | 48 | 180
    it | Il vettore ha cancellato 180 voli, di cui 70 a Napoli, 48 a Bari e 17 a Olbia. | 17 | 180
    en | The carrier cancelled 180 flights, of which 70 in Leeds, 48 in Cork and 17 in Derry. | 48 | 180
    # "among the …" by its word; a concept within another
    en | Officers detained 14 people and seized 6 cars. Among the detainees are 3 minors. | 3 | 14
    it | Sono 52 i casi, 17 ricoverati e 2 morti, secondo l'Asl. | 17 | 52
    fr | Les gendarmes ont arrêté 9 personnes. Ils ont saisi 4 fusils. Parmi les personnes arrêtées figurent 2 mineurs. | 2 | 9
    it | Sono 30 i casi e 8 persone sono state ricoverate, ha detto l'Asl 4 Marca. Tra i ricoverati figurano 2 neonati. | 2 | 8
    en | The agency counted 52 cases. So far 17 people have been hospitalised. | 17 | 52
    it | Sono 52 i casi, 17 ricoverati e 2 morti, secondo l'Asl. | 2 | -
    # "among the …" with a word no figure before uses: no whole that cannot hold it
    it | Sono state fermate 12 persone. Tra i truffati figurano anche 140 pensionati. | 140 | -
    en | Police detained 12 people. Among the victims were 140 pensioners. | 140 | -
    # a breakdown by kind after "among the …" or set off by dashes: every item, not the first only
    en | Coastguards landed 57 migrants. Among the migrants are 21 Somalis, 18 Yemenis and 11 Ethiopians. | 18 | 57
    en | Coastguards landed 57 migrants. Among the migrants are 21 Somalis, 18 Yemenis and 11 Ethiopians. | 11 | 57
    fr | Les garde-côtes ont débarqué 57 migrants. Parmi les migrants figurent 21 Somaliens, 18 Yéménites et 11 Éthiopiens. | 18 | 57
    it | La guardia costiera ha soccorso 57 migranti. Tra i migranti ci sono 21 somali, 18 yemeniti e 11 etiopi. | 11 | 57
    en | The 57 migrants - 21 Somalis, 18 Yemenis and 11 Ethiopians - were moved to a shelter. | 18 | 57
    en | The 57 migrants - 21 Somalis, 18 Yemenis and 11 Ethiopians - were moved to a shelter. | 21 | 57
    # a breakdown "as follows" of a whole stated in the sentence before
    en | The scheme cuts 1,450 posts. The cuts are distributed as follows: 700 in Ghent, 450 in Liège and 300 in Namur. | 450 | 1,450
    fr | Le plan supprime 1 470 postes. Les suppressions se répartissent comme suit : 700 à Gand, 450 à Liège et 320 à Namur. | 700 | 1 470
    it | Il piano taglia 1.450 posti. I tagli sono così ripartiti: 700 a Gand, 450 a Liegi e 300 a Namur. | 300 | 1.450
    # no part: a new clause after a comma and a conjunction, another measure, "one of the"
    fr | On compte 19 cas, dont 12 dans l'Ain, et 6 enquêtes ont été ouvertes. | 6 | -
    fr | On compte 440 vols annulés, dont 150 lundi et 2 millions d'euros de pertes. | 2 millions d'euros | -
    it | Sono 40 i feriti, di cui 12 gravi, 9 operati. | 9 | -
    en | Engineers checked 30 bridges. Farm losses account for €20 million of the total. | €20 million | -
    en | The 3 ships were seized. One of the crews fled. | One | -
    en | Shares fell 3%, after 40% of the votes went against the board. | 40% | -
"""


def _rows(table: str) -> list[list[str]]:
    lines = (line.strip() for line in table.splitlines())
    return [
        [cell.strip() for cell in line.split(" | ")] for line in lines if line and line[0] != "#"
    ]


@pytest.mark.parametrize(("lang", "body", "part", "whole"), _rows(PARTS))
def test_a_part_points_to_its_whole(lang, body, part, whole):
    found = claims(body, lang)
    expected = f"a.md#{found[whole]['start']}" if whole != "-" else ""
    assert found[part]["part_of"] == expected


def test_a_part_of_an_owned_figure_has_its_owner():
    found = claims("Regulators fined Veltro €30 million, of which €10 million is suspended.", "en")
    assert found["€10 million"]["owner"] == "Veltro"


# language | body | figure | owner ("-": none)
OWNERS = """
    # a company acting on its own figures, named before its verb or standing for the last name
    fr | La compagnie belge Aviora a annulé 90 vols lundi. | 90 | Aviora
    fr | Aviora a pour sa part annulé 143 vols depuis lundi. | 143 | Aviora
    en | Aviora said it had scrapped 210 flights on Tuesday. | 210 | Aviora
    it | Aviora ha cancellato oggi 64 voli, di cui 38 a Bari. | 38 | Aviora
    it | Aviora ha cancellato 64 voli. Lunedì la compagnia aveva cancellato 28 voli. | 28 | Aviora
    en | Brenta Dairy will appeal. In Spain the group employs 850 people. | 850 | Brenta Dairy
    it | Aviora ha cancellato 64 voli. L'azienda ha ritirato 4 lotti di panini. | 4 | Aviora
    en | Aviora cut 12 routes. The company's $2 billion buyback stands. | $2 billion | Aviora
    en | The dairy, Brenta Foods of Asolo near Bassano, has recalled 81,000 tubs. | 81,000 | Brenta Foods
    en | Aviora, the airport's largest carrier, has cancelled 40 flights. | 40 | Aviora
    it | La Casearia, che fattura 42 milioni di euro l'anno, ha sospeso la produzione. | 42 milioni di euro | Casearia
    it | Cresce la preoccupazione per i 58 dipendenti della Casearia. | 58 | Casearia
    # a year's possessive opening a sentence is no name
    en | Last year's festival in Brensk raised €3.2 million, of which €0.8 million went to charity. | €3.2 million | -
    en | Next year's fair in Brensk will cost €2 million, the council said. | €2 million | -
    # a head noun after its figure, with its article: "2 million (the) customers of Corvalen"
    it | Sono 1,3 milioni i clienti di Corvalen rimasti senza servizio. | 1,3 milioni | Corvalen
    fr | Ce sont 640 000 les abonnés de Corvalen privés de réseau. | 640 000 | Corvalen
    en | Data on 2 million customers of Corvalen leaked. | 2 million | Corvalen
    fr | La coalition Libre Nuage Europe, qui regroupe 40 hébergeurs, a salué la décision. | 40 | Libre Nuage Europe
    fr | Aviora a annulé 110 vols et l'italienne Volaria 28, surtout vers la Corse. | 28 | Volaria
    en | The SDCA walked out. Ministers offered 250 posts, against 400 demanded by the union. | 400 | SDCA
    it | Il Nas ha controllato il caseificio. L'Ulss ha ritirato 12 lotti. | 12 | Ulss
    # the figures after an owned one in its clause share its owner
    en | Aviora said it had scrapped 95 flights on Monday, stranding some 12,000 travellers. | some 12,000 | Aviora
    it | L'azienda Brenta ha richiamato 6 lotti, pari a 9.500 vasetti. | 9.500 | Brenta
    en | Aviora put the cost of the walkout at £8 million (€9.4 million). | €9.4 million | Aviora
    fr | Aviora a annulé lundi 31 vols, mardi 47. | 47 | Aviora
    en | Aviora shares fell 2.4% to $18.30 on Friday. | $18.30 | Aviora
    it | In Spagna il gruppo Aviora impiega 420 persone tra Madrid e Barcellona, ha detto il portavoce, e serve 1.800 clienti. | 1.800 | Aviora
    en | Aviora cancelled 110 flights while 300 protesters gathered outside. | 300 | -
    en | Aviora cancelled 110 flights, Volaria 12 more. | 12 | Volaria
    # a verb joined to the sentence's first one has its subject
    fr | Le SDCA conteste la réforme et réclame 300 postes. | 300 | SDCA
    fr | PARIS (AFP) – La grève continue et réclame 300 postes. | 300 | -
    fr | Alors que Polaris revendique la fermeture de 900 sites, la police parle de 700. | 900 | -
    it | Europol rivendica la chiusura di 900 siti illegali. | 900 | -
    # an amount a company estimates as its cost is its own
    fr | Aviora a chiffré à 8 millions d'euros le coût de la grève. | 8 millions d'euros | Aviora
    it | Pesa il conto per la compagnia Aviora, che stima in 8 milioni di euro il costo dello sciopero. | 8 milioni di euro | Aviora
    en | Aviora flew 12 fewer routes. It estimated the cost at $5 million. | $5 million | Aviora
    fr | Aviora a chiffré à 7 millions de livres (8,2 millions d'euros) le coût de la grève. | 7 millions de livres | Aviora
    # "the company" is the maker a sentence before named, not the body that named it
    it | L'Asl ha collegato i casi a un formaggio prodotto dalla Casearia Monte. L'azienda ha ritirato 7 lotti. | 7 | Casearia Monte
    en | Inspectors traced the cases to cheese made by Alpen Dairy. The company has recalled 7 batches. | 7 | Alpen Dairy
    # what a company has (sales, staff, revenue) is the last company's that owned a figure
    fr | La Commission a infligé une amende de 9 millions d'euros à Aviora. Selon Bruxelles, les ventes concernées ont atteint 800 millions d'euros. | 800 millions d'euros | Aviora
    en | Regulators fined Aviora $20 million. The penalty equals 3% of yearly revenue. | 3% | Aviora
    fr | La Commission a infligé une amende de 9 millions d'euros à Aviora. Selon Bruxelles, 30 000 entreprises ont payé. | 30 000 | -
    en | The agency reported 40 cases. Sales of the cheese fell to 300 tubs a day. | 300 | -
    # help a country sends is the country's
    it | Sono arrivati in rinforzo 40 pompieri dalla Croazia e 3 elicotteri dall'Austria. | 3 | Austria
    en | Spain sent 2 water bombers on Sunday. | 2 | Spain
    fr | En renfort, 80 sapeurs-pompiers venus de Belgique ont rejoint le camp. | 80 | Belgium
    fr | 12 touristes venus de Lyon sont arrivés à la gare. | 12 | -
    en | Some 300 tourists from Germany arrived on Monday. | Some 300 | -
    # a sector's counted noun, and an amount of the same clause estimated after it
    fr | La fédération a compté 5 400 nuitées annulées et estime les pertes à 2 millions d'euros. | 5 400 | hotels
    fr | La fédération a compté 5 400 nuitées annulées et estime les pertes à 2 millions d'euros. | 2 millions d'euros | hotels
    en | Hoteliers lost 800 room nights, the tourist board said. | 800 | hotels
    # a country's national accounts are the country's
    fr | Selon l'Insee, la dette de la Belgique a atteint 600 milliards d'euros. | 600 milliards d'euros | Belgium
    it | Il deficit della Spagna è sceso al 3,2% del PIL. | 3,2% | Spain
    en | Portugal's jobless rate held while Portugal's unemployment fell to 6.1%. | 6.1% | Portugal
    it | Sono 5 i feriti a Bruxelles, secondo la polizia belga. | 5 | -
    # a company's shares
    en | Aviora shares slipped 1.8% in New York trading. | 1.8% | Aviora
    fr | Ce jeudi, l'action Aviora a cédé 1,8 % à la Bourse. | 1,8 % | Aviora
    it | Il titolo Aviora ha perso il 2% in Borsa. | 2% | Aviora
    # public money a government gives is the State's
    it | Ieri il governo ha stanziato 30 milioni di euro per i primi interventi. | 30 milioni di euro | State
    fr | Le ministre a annoncé le déblocage de 15 millions d'euros d'aide d'urgence. | 15 millions d'euros | State
    # sectors: nearest the amount, named by a count's noun
    fr | La chambre d'agriculture estime les pertes des viticulteurs à 60 millions d'euros. | 60 millions d'euros | viticulture
    en | The union said about 1,200 farms were affected. | about 1,200 | agriculture
    en | The Farmers' Union said losses to orchards, vineyards and hives reached €65 million. | €65 million | agriculture
    fr | En 2023, Corvane Media avait écopé d'une amende de 746 millions d'euros. | 746 millions d'euros | Corvane Media
    fr | On compte 2 500 hectares de vignes submergés. | 2 500 hectares | viticulture
    en | The federation put airlines' losses at 25 million euros a day. | 25 million euros | airlines
    # no owner: a common noun opening a sentence, a complement, a sector further on
    en | Firefighters carried out 900 interventions. | 900 | -
    en | Aviora cancelled 110 flights and 300 protesters gathered. | 300 | -
    it | Aviora ha cancellato 64 voli. L'azienda ha ritirato 4 lotti. | 4 | Aviora
    it | Hanno ispezionato lo stabilimento di via dei Mulini, che produce 6 tonnellate di pane. | 6 tonnellate | -
    fr | Le maire évalue la facture à 6 millions d'euros, sans tenir compte des pertes des éleveurs. | 6 millions d'euros | -
    en | The authority put the damage at €310 million in a first estimate to the government, covering destroyed homes. | €310 million | -
    # a possessive pronoun before a company's own noun: the name before it, or the last one
    en | Norvik said its sales rose to €1.4 billion. | €1.4 billion | Norvik
    en | Norvik cut its forecast. Its operating profit fell to $310 million. | $310 million | Norvik
    fr | Norvik a publié ses comptes. Son bénéfice net a reculé à 95 millions d'euros. | 95 millions d'euros | Norvik
    it | Norvik ha diffuso i conti. Il suo utile è sceso a 95 milioni di euro. | 95 milioni di euro | Norvik
    fr | Le bénéfice net de Norvik recule à 95 millions d'euros. | 95 millions d'euros | Norvik
    en | The province raised its damage estimate to €75 million. | €75 million | -
    # a company cutting or closing its own, now or later
    en | Norvik will shed 450 jobs by 2027. | 450 | Norvik
    en | Norvik has axed 450 jobs in Poland. | 450 | Norvik
    fr | Norvik va supprimer 450 emplois en Belgique. | 450 | Norvik
    it | Norvik licenzierà 450 dipendenti in Piemonte. | 450 | Norvik
    # what a company mobilises is its own
    fr | Le courant a été rétabli, selon Enelia, qui a mobilisé 300 techniciens. | 300 | Enelia
    it | Lo ha comunicato il gestore Gasvalle, che ha mobilitato 90 tecnici. | 90 | Gasvalle
    en | Power is back in most homes, said Nordgrid, which mobilised 250 engineers. | 250 | Nordgrid
    en | The county closed 40 roads overnight. | 40 | -
    en | The fire service carried out 210 rescues. | 210 | -
    en | TRENTO, Italy, Feb 3 (Agency) - A heavy storm has cut off mountain villages, and some 9,400 households lost power. | some 9,400 | -
    en | A landslide cut off 3 villages on Monday. | 3 | -
    # a penalty handed to a name before the amount, or going to the name after it
    fr | La CNIL a infligé à Norvik une amende de 6 millions d'euros. | 6 millions d'euros | Norvik
    it | Il Garante ha inflitto a Norvik una sanzione di 6 milioni di euro. | 6 milioni di euro | Norvik
    en | The watchdog handed Norvik a €6 million penalty. | €6 million | Norvik
    fr | Norvik devra s'acquitter d'une amende de 6 millions d'euros. | 6 millions d'euros | Norvik
    en | The heaviest penalty, €6 million, went to Norvik. | €6 million | Norvik
    it | La multa più pesante, 6 milioni di euro, riguarda Norvik. | 6 milioni di euro | Norvik
    # lists of owned figures: each item's name
    en | The watchdog fined Norvik €6 million, Belmar €4 million and Ostra €1 million. | €4 million | Belmar
    en | The watchdog fined Norvik €6 million, Belmar €4 million and Ostra €1 million. | €1 million | Ostra
    fr | L'autorité a sanctionné Norvik (6 millions d'euros), Belmar (4 millions) et Ostra (1 million). | 4 millions | Belmar
    it | Il Garante ha multato Norvik (6 milioni di euro), Belmar (4 milioni) e Ostra (1 milione). | 1 milione | Ostra
    fr | Norvik écope de 6 millions d'euros, Belmar de 4 millions. | 4 millions | Belmar
    it | Il Garante ha inflitto sanzioni per 10 milioni di euro: 6 milioni a Norvik e 4 milioni a Belmar. | 6 milioni | Norvik
    # a share given with a name or for a name is the name's
    it | Al primo turno Neri con il 51,8% supera Bianchi. | 51,8% | Neri
    en | Girard leads with 51.8%, against 39.4% for Lenoir. | 39.4% | Lenoir
    fr | Le second tour donne 48,2 % pour Lenoir. | 48,2 % | Lenoir
    it | L'affluenza si è fermata al 52,6%. | 52,6% | -
    # a bracketed acronym after the name is the name; "On" opening a sentence is no name
    en | Skyline cancelled 40 flights. On Monday Skyline had cancelled 12 flights. | 12 | Skyline
    fr | Le Syndicat national des pilotes (SNP) réclame 300 embauches. | 300 | SNP
    fr | Aviora a annulé 90 vols. Comme Aviora, Volaria a annulé 20 vols. | 20 | Volaria
    # a name after a locative that only says where is a place, never the figure's owner
    fr | Norvelle ferme deux sites. À Castelbrune, où l'usine emploie 900 salariés, le plan inquiète. | 900 | -
    it | Tarvena chiude due sedi. A Roccalba, dove lo stabilimento impiega 300 addetti, cresce la protesta. | 300 | -
    en | Tarvena shut two sites. In Roccalba, where the plant employs 300 people, unions protest. | 300 | -
    # what a company invests or saves is its own, its name or "the group" before the verb
    fr | Dorvane Industrie a publié ses comptes. Le groupe investira 1,1 milliard d'euros. | 1,1 milliard d'euros | Dorvane Industrie
    en | Corvell Foods will invest €70 million in two plants. | €70 million | Corvell Foods
    en | Corvell Foods cut its forecast. The group expects to save $45 million a year. | $45 million | Corvell Foods
    it | Il gruppo Dorvane chiude in perdita. Il gruppo conta di risparmiare 185 milioni l'anno. | 185 milioni | Dorvane
    it | Dorvane ha chiuso in perdita. Il gruppo prevede di investire 1.100 milioni nel triennio. | 1.100 milioni | Dorvane
    # a dateline's city opening on the letters of a hosts word ("AT", "AU", "AL") hosts no body
    en | ATLORA, May 3 (Wire) - A storm forced the evacuation of 1,350 residents, the ministry said. | 1,350 | -
    fr | AUVERNE, 3 mai (Agence) - Une tempête a forcé l'évacuation de 1 200 habitants, a dit la préfecture. | 1 200 | -
    # a country adjective is no owner's name ("customers of French banks")
    en | Police said 9,400 customers of British lenders had been targeted. | 9,400 | -
    en | Police said 9,400 customers of French lenders had been targeted. | 9,400 | -
    # a division's figures are its own; a later "the group" is the company's, not the division's
    it | Dorvane ha chiuso l'anno con ricavi di 2.100 milioni. La divisione Frigoriferi ha realizzato ricavi per 1.300 milioni. Il gruppo contava 9.400 dipendenti. | 9.400 | Dorvane
    it | Dorvane ha chiuso l'anno con ricavi di 2.100 milioni. La divisione Frigoriferi ha realizzato ricavi per 1.300 milioni. Il gruppo contava 9.400 dipendenti. | 1.300 milioni | Frigoriferi
    # what a company owes is its own
    en | Brenlow Air collapsed on Monday. The company owed £365 million to creditors. | £365 million | Brenlow Air
    # a company's shares named after "shares in" / "shares of"
    en | Shares in Tavolen fell 3.6% in early trading in Lisbon. | 3.6% | Tavolen
    en | Shares of Tavolen rose 2.6% on Tuesday. | 2.6% | Tavolen
    # a result set against another, its name after it; a place's rate stays unowned
    fr | Anna Brisel obtient 54,1 % des suffrages, contre 41,6 % à Paolo Derna. | 41,6 % | Paolo Derna
    it | Anna Brisel ha ottenuto il 54,1% dei voti, contro il 41,6% di Paolo Derna. | 41,6% | Paolo Derna
    it | Anna Brisel ha ottenuto il 54,1% dei voti, contro il 41,6% andato a Paolo Derna. | 41,6% | Paolo Derna
    fr | Le taux de chômage atteint 8,3 %, contre 7,7 % à Morvelle. | 7,7 % | -
    # the same result told another way keeps its owner; a list's items with their article
    en | Brisel's list won 128,400 votes, or 41.7%. | 41.7% | Brisel
    it | Brisel ha ottenuto il 54,1%, Derna il 41,6% e Solli il 4,3%. | 41,6% | Derna
    it | Brisel ha ottenuto il 54,1%, Derna il 41,6% e Solli il 4,3%. | 4,3% | Solli
    it | Il Garante ha multato Tavolen per 8 milioni, Orsena per 2 milioni. | 2 milioni | Orsena
    # elected, trailing or placed with a result: the candidate's
    en | Ilse Varnholm was re-elected with 58.2% of the vote. | 58.2% | Ilse Varnholm
    en | Korbin trailed with 33.5% and Maddox was third with 8.3%. | 8.3% | Maddox
    fr | Ilse Varnholm a été réélue avec 58,2 % des voix. | 58,2 % | Ilse Varnholm
    it | Ilse Varnholm è stata rieletta con il 58,2% dei voti. | 58,2% | Ilse Varnholm
    it | Tomas Korbin si è fermato al 33,5%, Rea Maddox al 8,3%. | 33,5% | Tomas Korbin
    it | Varnholm ha vinto con 71.300 voti contro i 40.900 di Korbin. | 40.900 | Korbin
    fr | Ilse Varnholm l'emporte avec 58,2 % des suffrages face à Tomas Korbin (33,5 %). | 33,5 % | Tomas Korbin
    # a sanction on a company's supplier is the supplier's, named in commas after it, or no one's
    en | In 2023 the watchdog fined Tavolen's payment processor, Orsena Pay, about €2.9 million. | about €2.9 million | Orsena Pay
    en | In 2023 the watchdog fined Tavolen's payment processor €2.9 million. | €2.9 million | -
    en | In 2023 the watchdog fined Orsena Pay, Tavolen's payment processor, €2.9 million. | €2.9 million | Orsena Pay
    # a company's own account named by its head noun and "of"
    it | I ricavi di Tavolen sono saliti a 3,7 miliardi. | 3,7 miliardi | Tavolen
    fr | La marge opérationnelle de Tavolen atteint 181,2 millions d'euros. | 181,2 millions d'euros | Tavolen
    en | The operating margin of Tavolen rose to €181 million. | €181 million | Tavolen
    # "respectively": the listed names own the figures after them, in order
    en | Tavolen and Orsena were fined €9 million and €3 million respectively. | €3 million | Orsena
    en | Tavolen and Orsena were fined €9 million and €3 million respectively. | €9 million | Tavolen
    fr | Tavolen et Orsena suppriment respectivement 410 et 160 postes. | 410 | Tavolen
    it | Tavolen e Orsena taglieranno rispettivamente 410 e 160 posti. | 160 | Orsena
    en | Sweden and Austria sent 5 and 3 water bombers respectively. | 5 | Sweden
    it | Svezia e Austria hanno inviato rispettivamente 5 e 3 Canadair. | 3 | Austria
    en | Tavolen, Orsena and Brugg cut 410, 160 and 75 jobs respectively. | 75 | Brugg
    # names after a locative are places; more figures than names: none is given
    en | In Morvelle and Castrano, 60 and 45 homes respectively were flooded. | 45 | -
    en | Tavolen and Orsena cut 410 and 160 jobs respectively, 570 in all. | 160 | -
    en | Officials said the region will invest €17 million this year. | €17 million | -
"""


@pytest.mark.parametrize(("lang", "body", "figure", "owner"), _rows(OWNERS))
def test_the_owner_of_a_figure(lang, body, figure, owner):
    assert claims(body, lang)[figure]["owner"] == (owner if owner != "-" else "")


def test_a_word_of_contrast_opening_a_paragraph_is_no_name_a_later_anaphor_stands_for():
    body = (
        "Contrairement à ce que dit la direction, ce ne sont pas 30 mais 35 ouvriers qui "
        "étaient au fond.\n\nLe syndicat affirme avoir signalé à 4 reprises des fissures."
    )
    assert claims(body, "fr")["4"]["owner"] == ""


# A count given for one country is a part of the count the case gives for its whole scope
# (sourcecheck/frames/placed.py). Rows: doc, start, value, concept, scope, day; the figures
# and names are invented for this test.
CASE = [
    ("a.md", 10, 52, "arrest", "", "2026-03-02"),  # the total, told by two documents
    ("a.md", 60, 1100, "police-officer", "", "2026-03-02"),
    ("a.md", 90, 27, "arrest", "", "2023"),  # a past operation
    ("b.md", 5, 17, "arrest", "Italy", "2026-03-02"),
    ("b.md", 20, 31, "arrest", "", ""),  # nearer, but one document's: not the total
    ("b.md", 40, 340, "police-officer", "Italy", "2026-03-02"),
    ("b.md", 80, 5, "day", "Italy", "2026-03-02"),  # a duration: no part
    ("c.md", 8, 52, "arrest", "", "2026-03-02"),
    ("c.md", 30, 23, "arrest", "Portugal", "2026-03-02"),
    ("c.md", 50, 12, "arrest", "Marseille", "2026-03-02"),  # a city: no country's share
    ("c.md", 70, 60, "arrest", "Spain", "2026-03-02"),  # larger than any whole
    ("c.md", 90, 40, "arrest", "Spain", "2025-11-20"),  # another day than the totals'
]


def test_a_count_for_a_country_is_a_part_of_the_case_count():
    from sourcecheck.frames.placed import placed_parts

    keys = ("doc", "start", "value", "concept", "scope", "refers_to")
    rows = [dict(zip(keys, row, strict=True)) for row in CASE]
    for row in rows:
        row.update(claim_id=f"{row['doc']}#{row['start']}", part_of="", unit="", currency="")
    found = placed_parts(rows)
    assert found == ["", "", "", "a.md#10", "", "a.md#60", "", "", "c.md#8", "", "", ""]


def test_a_part_keeps_the_whole_its_clause_gives():
    from sourcecheck.frames.placed import placed_parts

    rows = [
        {"claim_id": "a.md#1", "doc": "a.md", "start": 1, "value": 30, "concept": "arrest"},
        {
            "claim_id": "a.md#9",
            "doc": "a.md",
            "start": 9,
            "value": 8,
            "concept": "arrest",
            "scope": "Italy",
            "part_of": "a.md#20",
        },
    ]
    assert placed_parts(rows) == ["", "a.md#20"]


@pytest.mark.parametrize(
    ("lang", "body", "figure", "owner"),
    [
        (
            "it",
            "Lavorano 640 pompieri, sostenuti da tre Canadair greci inviati dall'Ue.",
            "tre",
            "Greece",
        ),
        (
            "fr",
            "Quelque 560 pompiers luttent, appuyés par quatre Canadair espagnols envoyés en renfort.",
            "quatre",
            "Spain",
        ),
        (
            "en",
            "Some 800 firefighters are on the scene, helped by two Croatian water bombers sent on Monday.",
            "two",
            "Croatia",
        ),
        # a nationality of people, the sending verb of another clause: no sender
        (
            "it",
            "A bordo c'erano 276 passeggeri; 11 erano cittadini spagnoli, ha detto il consolato, che ha inviato personale.",
            "11",
            "",
        ),
    ],
)
def test_a_country_adjective_after_a_sent_count_names_its_sender(lang, body, figure, owner):
    assert claims(body, lang)[figure]["owner"] == owner


@pytest.mark.parametrize(
    ("lang", "body", "figure", "owner"),
    [
        # a body that deploys its own staff owns the count (not a common noun: "the service")
        ("en", "Interpol deployed six analysts to the field to check data.", "six", "Interpol"),
        ("fr", "L'agence Veltra a déployé cinq experts sur place.", "cinq", "Veltra"),
        ("it", "Eurojust ha dispiegato tre magistrati di collegamento.", "tre", "Eurojust"),
        ("en", "The fire service deployed 340 firefighters.", "340", ""),
    ],
)
def test_a_body_that_deploys_a_count_owns_it(lang, body, figure, owner):
    assert claims(body, lang)[figure]["owner"] == owner


@pytest.mark.parametrize(
    ("lang", "body", "figure", "owner"),
    [
        # an age set in commas after a person's name is that person's (not the body the
        # clause names, nor a figure of no one that another person's age would meet)
        ("fr", "Le syndicat Solvert dénonce la décision, tranche sa présidente, Maud Verlaque, 47 ans.", "47", "Maud Verlaque"),
        ("it", "Sul palco è salito il cantante Fulvio «Ombra» Brunetti, 31 anni, atteso da tutti.", "31", "Fulvio Brunetti"),
        ("en", "The ferry's captain, Owen Tallis, 62 years old, was not hurt.", "62", "Owen Tallis"),
        ("en", "Two crew members, Hal Bertin, 41, and Ruth Amsel, 38, were rescued.", "38", "Ruth Amsel"),
    ],
)  # fmt: skip
def test_an_age_in_apposition_is_the_persons(lang, body, figure, owner):
    row = claims(body, lang)[figure]
    assert (row["concept"], row["owner"]) == ("age", owner)
