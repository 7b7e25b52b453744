"""The counted noun of each figure (issue 10, "Noun"): one shape per test, in French, English
and Italian, with sentences written for these tests (none is taken from a case or a gold set).

Each shape lists rows "language | body | figure | thing | concept": the figure's noun as
written (a part of it is enough) and its concept; "-" leaves a field unchecked.
"""

from __future__ import annotations

import pytest

from sourcecheck.extract import Lexicons, extract_document
from sourcecheck.extract.sentences import split

PUBLISHED = "2024-05-16"

SHAPES = {
    # a percentage counts what it is a share of, or what its change noun is of
    "share-of": """
        fr | Près de 12 % des votants ont choisi la liste verte. | Près de 12 % | votants | -
        it | Secondo l'Istat il 40% delle imprese ha ridotto gli orari. | 40% | imprese | -
        en | The survey found a 5% rise in prices over the year. | 5% | prices | -
    """,
    # a change's comparison basis is no noun; a second change after "and", against another
    # basis, is of the same noun
    "comparison-basis": """
        it | L'indice dei salari registra un calo dello 0,6% su base mensile e dell'1,8% su base annua. | 1,8% | calo | -
        fr | Les loyers enregistrent une baisse de 0,6 % sur un mois et de 1,8 % sur un an. | 1,8 % | loyers | -
        it | Il listino segnava una crescita tendenziale dell'1,3%. | 1,3% | crescita | -
    """,
    # the change of an amount counts what the amount is of
    "change-of-amount": """
        fr | Le chiffre d'affaires atteint 2 milliards d'euros, en hausse de 8 %. | 8 % | - | revenue
        en | Net profit reached $3bn, up 11% from a year earlier. | 11% | - | profit
        it | Il fatturato è salito a 900 milioni di euro (+4 %). | 4 % | - | revenue
    """,
    # a bare percentage goes on with the last sentence's share
    "bare-share": """
        fr | La liste a eu 42 % des suffrages au premier tour. Au second, elle n'a eu que 38 %. | 38 % | suffrages | vote
    """,
    # an indefinite article opens a change verb's subject as a definite one does
    "indefinite-subject": """
        it | Nel trimestre un utile netto è sceso a 13,4 milioni di euro. | 13,4 milioni di euro | utile netto | profit
        it | Nel 2025 una perdita netta è salita a 29,7 milioni di euro. | 29,7 milioni di euro | perdita netta | loss
        fr | En mars, une perte nette a atteint 9 millions d'euros. | 9 millions d'euros | perte nette | loss
        en | Last year an operating loss fell to $43.8 million. | $43.8 million | operating loss | loss
        en | In March a net loss rose to $11.3 million. | $11.3 million | net loss | loss
        fr | Pour une usine, le coût a atteint 68 millions d'euros. | 68 millions d'euros | coût | -
    """,
    # money counts the subject a verb sets to it
    "money-subject": """
        it | Il fatturato è salito a 900 milioni di euro. | 900 milioni di euro | fatturato | revenue
        fr | Le chiffre d'affaires atteint 2 milliards d'euros. | 2 milliards d'euros | chiffre d'affaires | revenue
        en | Net profit reached $3bn in the quarter. | $3bn | profit | profit
        fr | Le viaduc, long de 2 km, coûtera 400 millions d'euros. | 400 millions d'euros | viaduc | -
        en | The bridge, due to open in 2027, will cost €900 million. | €900 million | bridge | cost
    """,
    # a verb of amounting or change before its particle is no noun: the clause's subject
    # is ("ressort à", "si attestano a")
    "amounting-verb": """
        fr | Le bénéfice du trimestre ressort à 57 millions d'euros. | 57 millions d'euros | bénéfice | profit
        fr | Les recettes de la saison ressortaient à 9 millions d'euros. | 9 millions d'euros | recettes | revenue
        it | Le vendite del semestre si attestano a 615 milioni di euro. | 615 milioni di euro | vendite | revenue
    """,
    # a measure a valuation verb sets, its object after it ("a chiffré à 45 tonnes les …")
    "valued-object-after": """
        fr | La coopérative a chiffré à 45 tonnes les fruits retirés des rayons. | 45 tonnes | fruits | -
        it | Il consorzio ha quantificato in 12 tonnellate le olive perse per la grandine. | 12 tonnellate | olive | -
    """,
    # an amount after words that name no thing is of the last amount's thing
    "amount-lead": """
        fr | L'Autorité a infligé une amende de 90 millions d'euros à Dalcor. En 2021, le groupe avait été sanctionné à hauteur de 12 millions. | 12 millions | amende | fine
        it | La Regione ha stanziato un fondo di 8 milioni di euro. Il Comune ha aggiunto risorse per un importo di 2 milioni. | 2 milioni | fondo | -
    """,
    # an amount a participle values counts its subject ("dégâts estimés à")
    "valued-amount": """
        fr | Les dégâts estimés à 15 millions d'euros inquiètent les élus. | 15 millions d'euros | dégâts | damage
        fr | Ils ont été déployés, conduisant à l'arrestation du chef d'une opération dont les bénéfices sont estimés à 8,2 millions d'euros. | 8,2 millions d'euros | bénéfices | profit
    """,
    # a subject a complement names ("the cases of flu") is joined to its count by the verb
    "subject-with-complement": """
        it | In Valdorsa da gennaio i casi di varicella sono 140, contro i 95 del 2023. | 140 | casi | disease-case
        it | In Valdorsa da gennaio i casi di varicella sono 140, contro i 95 del 2023. | 95 | casi | disease-case
        fr | Dans la vallée, les cas de grippe sont 340 depuis janvier. | 340 | cas | disease-case
    """,
    # a count taken among things ("of the cases") that a copula names: the part's own noun
    "taken-among": """
        en | The hospital said 23 of the patients were children. | 23 | children | -
        fr | On compte 140 blessés ; 30 des blessés sont des enfants. | 30 | enfants | -
        it | Trenta dei malati sono bambini, ha detto l'Asl. | Trenta | bambini | -
        en | Five of the buses were damaged in the storm. | Five | buses | bus
    """,
    # a copula after a bare count makes a generic group its noun
    "generic-predicate": """
        en | The agency said 140 people were infected, and 19 of them were children. | 19 | children | -
        fr | Les autorités comptent 140 malades, dont 3 étaient des enfants. | 3 | enfants | -
    """,
    # an English percentage written as an adjective counts the noun after it
    "attributive-share": """
        en | Brellco offered 9 euros a share, a 35% premium to the last close. | 35% | premium | -
        en | The levy equals 2.5% of Dorvane's turnover, below the 6% cap set by law. | below the 6% | cap | -
        en | Norrick bought a 12% stake in the port operator. | 12% | stake | -
        en | Prices showed a 5% rise over the year. | 5% | - | -
        en | Brellco offered a 35% premium to the last close, and a 41% premium to the average. | 41% | premium to the average | -
    """,
    # the level after a change in points is of the subject of their verb
    "level-after-points": """
        en | Unemployment rose 0.6 points to 8.3% in the quarter. | 8.3% | Unemployment | -
        fr | Le taux de chômage a augmenté de 0,6 point, à 8,3 %. | 8,3 % | taux de chômage | -
        it | Il tasso di disoccupazione è salito di 0,6 punti all'8,3%. | 8,3% | tasso di disoccupazione | -
    """,
    # a verb of searching makes buildings searched a count of searches
    "searched-buildings": """
        en | Officers raided 64 properties across the region. | 64 | properties | search
        it | I finanzieri hanno perquisito 64 immobili in tre province. | 64 | immobili | search
        fr | Les enquêteurs ont perquisitionné 64 bâtiments dans la région. | 64 | bâtiments | search
        en | The storm damaged 64 properties across the region. | 64 | properties | building
    """,
    # a measure written as an adjective measures the course of a race after it
    "race-course": """
        en | The 13.1-mile course runs along the canal. | 13.1-mile | course | -
        fr | Le parcours de 21,1 km longe le canal. | 21,1 km | parcours | -
        it | Il percorso di 21,1 chilometri costeggia il canale. | 21,1 chilometri | percorso | -
    """,
    # a count in apposition to "the number of" a noun counts that noun
    "number-of-apposed": """
        it | Il numero dei pendolari, pari a 2 milioni 140 mila, è stabile. | 2 milioni 140 mila | pendolari | -
        fr | Le nombre de chômeurs, soit 2,6 millions, recule. | 2,6 millions | chômeurs | unemployed
        en | The number of jobless people, at 1.45 million, rose in May. | 1.45 million | jobless | unemployed
        fr | Le nombre d'inscrits, à 48 300, progresse. | 48 300 | inscrits | -
    """,
    # a unit word after a count counts what its clause counts
    "unit-word": """
        it | Il numero degli iscritti è calato di 14 mila unità rispetto a marzo. | 14 mila | iscritti | -
        fr | Le nombre d'inscrits a reculé de 9 000 unités sur un mois. | 9 000 | inscrits | -
        en | The number of members fell by 2,000 units from March. | 2,000 | members | -
        it | Il cantiere prevede 120 unità abitative. | 120 | unità | -
    """,
    # a span of time closing a sentence is no noun a later clitic points back to
    "time-span-not-pointed-back": """
        fr | Les syndicats revendiquaient 8 000 grévistes sur les deux jours. La direction, elle, en a compté 2 100. | 2 100 | grévistes | striker
        it | Gli organizzatori parlano di 30mila visitatori in cinque giorni. La questura ne ha contati 21mila. | 21mila | visitatori | -
    """,
    # a measure is of the noun its dimension adjective follows
    "measured-thing": """
        it | Il gasdotto, lungo 260 km, costerà 1,8 miliardi di euro. | 260 km | gasdotto | -
        fr | Un gazoduc long de 260 km reliera les deux ports. | 260 km | gazoduc | -
        en | They will build a pipeline 260 km long. | 260 km | pipeline | -
    """,
    # a part of the last figure takes its noun, even one that figure took from elsewhere
    "part-of-last": """
        en | Another 30 have been injured, 7 of them seriously. | 7 | - | injured
        it | Altri 40 sono rimasti feriti, 6 dei quali in modo grave. | 6 | - | injured
        fr | Au total 25 ont été blessés, dont 4 grièvement. | 4 | - | injured
        it | Sono 240 le famiglie evacuate, 60 delle quali ancora fuori casa. | 60 | famiglie | household
    """,
    # a pronoun subject and its copula restate the last sentence's noun
    "restated-count": """
        fr | Jeudi, 1 200 foyers restaient privés de courant. Ils étaient 15 000 mardi. | 15 000 | foyers | household
        en | Some 120 officers were sent to the border. They were 90 a year ago. | 90 | officers | -
        it | Ieri 300 famiglie erano senza luce. Erano 2 000 domenica. | 2 000 | famiglie | household
    """,
    # what follows a preposition of place says where, not what a bare count counts
    "where-not-what": """
        en | On Monday 900 people had been evacuated, and 140 stayed in emergency shelters. | 140 | people | -
    """,
    # a noun that names a figure, not a thing, stands for the last noun
    "placeholder": """
        en | Organisers said 250,000 people marched, while police put the figure at 60,000. | 60,000 | people | protester
        fr | Les autorités ont dénombré 23 morts. Le lendemain, le bilan est passé à 31. | 31 | morts | dead
        it | Le vittime accertate sono 12. In serata il bilancio è salito a 15. | 15 | vittime | -
    """,
    # people who took to the streets are marchers
    "took-to-the-streets": """
        en | On Saturday 64,000 people took to the streets of Dornhal. | 64,000 | people | protester
        fr | Samedi, 64 000 personnes sont descendues dans la rue à Dornhal. | 64 000 | personnes | protester
        it | Sabato 64.000 persone sono scese in strada a Dornhal. | 64.000 | persone | protester
    """,
    # function words are never nouns: the count elides the last one
    "function-word": """
        en | Some 2,300 residents remain in hotels; 600 others have returned home. | 600 | residents | -
        it | Il piano crea 400 posti di lavoro diretti e 1.000 nell'indotto. | 1.000 | posti di lavoro | -
        fr | Le parti présente 800 candidats, dont 120 seulement en Bretagne. | 120 | candidats | candidate
    """,
    # a count between commas stands for the noun opening its clause
    "apposition": """
        fr | Les sinistrés, au nombre de 4 000, ont été relogés. | 4 000 | sinistrés | -
        it | Gli sfollati, circa 2mila, sono ospitati in albergo. | circa 2mila | sfollati | evacuee
        en | The evacuees, some 3,000, were housed in schools. | some 3,000 | evacuees | evacuee
        fr | Les grévistes, 8 000 selon le syndicat, ont bloqué le port. | 8 000 | grévistes | -
        it | I dispersi, 6 in tutto, erano escursionisti. | 6 | dispersi | missing
        en | The evacuees, 2,500 according to the mayor, slept in gyms. | 2,500 | evacuees | evacuee
    """,
    # an opening makes the noun after it the topic of the count after its comma
    "topic": """
        fr | Côté voyageurs, 12 000 ont dû patienter. | 12 000 | voyageurs | -
        en | As for the evacuees, 900 have returned home. | 900 | evacuees | evacuee
        fr | Quant aux blessés, ils sont désormais 45. | 45 | blessés | injured
        it | Quanto agli sfollati, 300 sono ancora in albergo. | 300 | sfollati | evacuee
    """,
    # an adverb or a comma between a change verb and its particle
    "change-adverb": """
        en | Arrests climbed again, to 75 on Sunday. | 75 | Arrests | arrest
        it | I dispersi salgono così a 8. | 8 | dispersi | missing
        fr | Le nombre d'évacués a grimpé nettement, à 2 300. | 2 300 | évacués | -
    """,
    # a copula of a share: "è stata del 60%"
    "share-copula": """
        it | L'adesione allo sciopero è stata del 60% secondo la Cgil, del 12% per il ministero. | 12% | adesione | strike-participation
    """,
    # a noun that ends like another language's verb form is a noun ("-ent" in English)
    "noun-not-verb": """
        en | Unemployment fell to 7.1% in March. | 7.1% | Unemployment | -
        en | Investment rose to 4.2% of output. | 4.2% | output | -
    """,
    # a day told from another one is never a noun: the count keeps the last one
    "day-not-noun": """
        it | Martedì 40 famiglie dormivano in palestra, contro le 65 del giorno prima. | 65 | famiglie | household
        it | Martedì 40 famiglie dormivano in palestra. Il giorno prima erano 65. | 65 | famiglie | household
    """,
    # who gives a count ("per i sindacati erano …") is not what it counts
    "speaker-not-noun": """
        it | A Bari hanno sfilato 9mila manifestanti, mentre per gli organizzatori erano 20mila. | 20mila | manifestanti | protester
        fr | Selon la police, 9 000 manifestants ont défilé, alors que pour les syndicats ils étaient 20 000. | 20 000 | manifestants | protester
    """,
    # a pronoun and a negated copula restate the last noun
    "negated-restated": """
        fr | Lundi, 300 familles étaient relogées. Le lendemain, elles n'étaient plus que 120. | 120 | familles | -
    """,
    # "without" is never a noun
    "without-not-noun": """
        en | Storms cut power to 90,000 homes; by Friday 7,000 were still without electricity. | 7,000 | - | household
    """,
    # a change verb's subject opens the reported clause, in the plural too
    "reported-change": """
        en | The retailer said profits slipped 9% over the year. | 9% | profits | profit
        fr | Les bénéfices ont chuté de 9 % sur l'année. | 9 % | bénéfices | profit
        it | I ricavi sono cresciuti del 9% nel semestre. | 9% | ricavi | -
    """,
    # complaints are a thing counted
    "complaints": """
        en | The watchdog logged 760 complaints about the airline. | 760 | complaints | complaint
        fr | La compagnie a reçu 760 réclamations depuis juin. | 760 | réclamations | complaint
        it | Sono arrivati 760 reclami all'ente. | 760 | reclami | complaint
    """,
    # a count that says where lends its noun to no bare count after it
    "where-lends-nothing": """
        it | Gli evacuati erano 900, accolti in 4 scuole; sabato erano 500. | 500 | evacuati | -
        fr | Les sinistrés étaient 900, hébergés dans 4 gymnases ; samedi ils étaient 500. | 500 | sinistrés | -
    """,
    # a share set against another with no noun of its own gives the last share's thing again
    "contrasted-share": """
        it | Il partito ha preso il 27,4 % dei voti, contro il 24 % delle comunali del 2021. | 24 % | voti | vote
        fr | Le parti a recueilli 27,4 % des voix, contre 24 % aux municipales de 2021. | 24 % | voix | vote
        en | The party took 27.4% of the vote, against 24% at the 2021 local elections. | 24% | vote | vote
    """,
    # a partitive opening a sentence's first count points to the last sentence's noun
    "partitive-back": """
        fr | Au total, 800 habitants ont été évacués. Tous sont rentrés, sauf 90 d'entre eux. | 90 | habitants | -
        it | In tutto 800 abitanti sono stati evacuati. Sono rientrati tutti tranne 90 di loro. | 90 | abitanti | -
    """,
    # a measure is of what follows it after "of"/"de"/"di"
    "measure-of": """
        en | Border guards found 65 kg of cannabis packed in a van. | 65 kg | cannabis | -
        fr | Les douaniers ont trouvé 65 kilos de cannabis dissimulés dans une camionnette. | 65 kilos | cannabis | -
        it | I finanzieri hanno trovato 65 chili di cannabis nascosti in un furgone. | 65 chili | cannabis | -
    """,
    # an adjective written before its noun is not the noun
    "prenominal-adjective": """
        it | La polizia ha fermato 22 presunti spacciatori. | 22 | spacciatori | -
        fr | Le centre a accueilli 75 nouveaux arrivants. | 75 | arrivants | -
    """,
    # a relational noun names its thing after "di"/"de"/"of"
    "relational-first": """
        it | Il tasso di occupazione è salito al 62,3%. | 62,3% | tasso di occupazione | -
    """,
    # an opening sets a count among a noun
    "among-opening": """
        it | Tra gli sfollati, 30 sono ancora in albergo. | 30 | sfollati | -
        fr | Parmi les sinistrés, 30 sont toujours à l'hôtel. | 30 | sinistrés | -
        en | Among the evacuees, 30 are still in hotels. | 30 | evacuees | evacuee
    """,
    # a longer subject before its copula
    "long-subject": """
        fr | Les familles encore hébergées à l'hôtel sont 140. | 140 | familles | -
        it | Le famiglie ancora ospitate in hotel sono 140. | 140 | famiglie | -
        fr | « Les familles encore hébergées à l'hôtel sont 140 », dit le maire. | 140 | familles | -
        it | Il sindaco: «Le famiglie ancora ospitate in hotel sono 140». | 140 | famiglie | -
        en | "The families still housed in hotels were 140," the mayor said. | 140 | families | -
    """,
    # a bare count names its noun after an aside on its part
    "named-after-aside": """
        fr | Au moins 85, dont une vingtaine de femmes, sont des salariés du port. | Au moins 85 | salariés | -
        it | Sono 47, tra cui 6 minorenni, i migranti soccorsi stanotte. | 47 | migranti | -
        en | At least 70, including 8 toddlers, were passengers on the ferry. | At least 70 | passengers | -
    """,
    # a part's noun is no noun a later sentence's restated count goes on with
    "whole-not-part": """
        fr | Selon la préfecture, 1 400 manifestants ont défilé, dont 260 infirmiers. La CGT en revendiquait 7 000. | 7 000 | manifestants | -
        it | Per la questura hanno sfilato 3mila persone, tra cui 400 studenti. Per la Cisl erano 11mila. | 11mila | persone | -
        en | Police said 2,400 people marched, including 170 nurses. Organisers put the figure at 8,000. | 8,000 | people | -
    """,
    # a gapped clause's subject with a complement before its particle, after a share's complement
    "gapped-complement": """
        it | Il lago di Sassoverde è pieno al 23% del volume e il serbatoio di Valle Scura al 31%. | 31% | serbatoio | -
        fr | Le chômage reculerait à 7,1 % et le chômage des jeunes à 17 %. | 17 % | chômage | -
        en | Inflation should ease to 2.2% and unemployment in the north to 6.1%. | 6.1% | unemployment | -
    """,
    # a rate's "every"/"chaque"/"ogni" is no noun: the count's noun stands before it
    "rate-per-inhabitants": """
        it | I contagi sono 230 ogni 100.000 abitanti. | 230 | contagi | -
    """,
    # a nationality after a copula is of the noun the count elides
    "predicated-nationality": """
        fr | Sur les 260 passagers, 190 étaient français. | 190 | passagers | -
        it | A bordo c'erano 57 turisti: 44 erano tedeschi. | 44 | turisti | -
    """,
    # an indefinite article and "de"/"di"/"of" tie a noun to its share; a speaker's ellipsis keeps it
    "named-share": """
        it | I sindacati parlano di un'adesione del 70%, l'azienda del 15%. | 15% | adesione | -
        fr | Le syndicat annonce une participation de 48 %. | 48 % | participation | -
        en | Officials reported a turnout of 61%. | 61% | turnout | turnout
    """,
    # a function word ending in an apostrophe is skipped too
    "elided-function-word": """
        fr | Les secours ont mené 500 sauvetages, dont 80 rien qu'à Sète. | 80 | sauvetages | -
    """,
    # a bare count that ends the first clause of its sentence counts the last sentence's noun
    "bare-object": """
        en | By noon 700 people had fled the valley. The next day, the gyms sheltered 240. | 240 | people | -
        fr | Mardi, 700 habitants avaient fui la vallée. Le lendemain, les gymnases en abritaient 240. | 240 | habitants | -
    """,
    # a verb with an elided particle beside a bare share names nothing
    "particle-not-thing": """
        fr | La participation a atteint 61 %. Le matin, elle n'était que de 22 %. | 22 % | participation | turnout
    """,
    # a participle is not a foreign noun that looks like it
    "participle-not-foreign-noun": """
        fr | L'État financera 120 postes, contre 300 réclamés par les élus. | 300 | postes | job
    """,
    # a count of some of the next count's noun
    "part-of-next": """
        it | Il gruppo ha sospeso 40 dei 120 operai dello stabilimento. | 40 | operai | -
        fr | L'usine a mis au chômage partiel 40 des 120 ouvriers. | 40 | ouvriers | -
        en | The plant laid off 40 of the 120 workers. | 40 | workers | -
    """,
    # a noun and its particle stand before an elided change verb
    "elided-change": """
        it | I contagi sono saliti a 130 e i morti a 4. | 4 | morti | dead
        en | Cases rose to 130 and the dead to 4. | 4 | dead | dead
    """,
    # a possessive opens what a share is of
    "share-possessive": """
        fr | Les compagnies doivent réduire de 20 % leur programme de vols. | 20 % | programme | -
    """,
    # "under investigation" says suspects
    "under-investigation": """
        en | Twelve people were arrested, and 40 were placed under investigation. | 40 | - | suspect
    """,
    # nouns ending like a feminine participle are nouns
    "participle-ending-noun": """
        fr | Les hôtels ont perdu 1 800 nuitées en une semaine. | 1 800 | nuitées | -
    """,
    # a bare count after one that took its noun elsewhere takes that noun too
    "noun-chain": """
        it | In tutta Italia hanno sfilato 80mila manifestanti. A Torino erano 30mila secondo i sindacati e 9mila secondo la questura. | 9mila | manifestanti | protester
        fr | En France, 80 000 manifestants ont défilé. À Lille, ils étaient 30 000 selon les syndicats et 9 000 selon la police. | 9 000 | manifestants | protester
    """,
    # a known noun opening a change verb's clause is its subject, words between them or not
    "subject-far-from-verb": """
        en | Turnout across the three northern provinces was 47.5%. | 47.5% | Turnout | turnout
    """,
    # what a count with no noun of its own counts passes to a later sentence pointing back
    "concept-points-back": """
        it | Sciopero dei trasporti, ieri 200mila in piazza per i sindacati. Per la questura erano 70mila. | 70mila | - | protester
    """,
    # an adverb between a copula and its count; an articulated preposition is never a noun
    "copula-adverb": """
        it | Il gip ha disposto 12 misure, 9 in carcere e 3 ai domiciliari. Gli indagati sono complessivamente 41. | 41 | indagati | suspect
        fr | Les blessés sont désormais 63. | 63 | blessés | injured
    """,
    # a verb bringing a noun to a count names it, an aside between them or not
    "bringing-noun-to": """
        en | Rescuers found two more hikers on Sunday, bringing the death toll from the avalanche to six. | six | death | dead
        en | Another 80 asylum seekers landed overnight, bringing arrivals on the island this week to 930. | 930 | arrivals | -
        it | Altri 80 profughi sono sbarcati in nottata, portando gli arrivi sull'isola a 930. | 930 | arrivi | -
        fr | Deux randonneurs ont été retrouvés dimanche, portant le nombre de morts depuis vendredi à 6. | 6 | morts | dead
    """,
    # a link right after a count opens no noun: the count elides the last one
    "link-elides-noun": """
        it | Quest'anno sono arrivati 8.400 turisti, contro i 7.900 dello stesso mese del 2023. | 7.900 | turisti | -
        it | In aprile si sono contati 620 incidenti, contro i 580 della primavera scorsa. | 580 | incidenti | -
        fr | On a compté 3 200 visiteurs cette année, contre 2 900 de l'an dernier. | 2 900 | visiteurs | -
    """,
    # a negation after a count is no noun: the count elides the last one
    "negation-elides-noun": """
        it | Sono arrivati al centro 90 cani randagi; 14 non sono stati adottati. | 14 | cani | -
        fr | La police a interpellé 52 manifestants, 7 non identifiés. | 7 | manifestants | -
        en | Rangers counted 300 nests, 40 not yet hatched. | 40 | nests | -
    """,
    # an Italian noun that ends like a participle is a noun
    "participle-like-noun": """
        it | Nel centro di accoglienza si contano 640 ospiti, per 300 posti. | 640 | ospiti | -
        it | La riforma ha cancellato 12 tributi locali. | 12 | tributi | -
    """,
    # a verb setting a count before its noun: the article after the count opens the noun
    "set-before-noun": """
        fr | La découverte d'un troisième corps porte à 8 le nombre de victimes de la crue. | 8 | victimes | -
        fr | La préfecture a chiffré à 4 200 les foyers toujours privés d'eau. | 4 200 | foyers | -
        it | Il ritrovamento porta a 8 il numero delle vittime della piena. | 8 | vittime | -
    """,
    # a count far above the next one is no range with it: "su", "sur", "of the" join nothing
    "no-range-far-above": """
        it | Il prefetto ha disposto il trasferimento di 300 persone in pullman e di altre 120 su due navi. | 120 | persone | -
        fr | On a évacué 300 personnes en car et 120 autres sur deux bateaux. | 120 | personnes | -
        it | Le piogge sono durate da 18 a 15 ore a seconda delle zone. | 18 | ore | -
    """,
    # a share of an economy ("of GDP", "du PIB", "del Pil") measures the noun before it;
    # a bare one after it goes on with that noun; another share keeps its own
    "ratio-base": """
        fr | Le gouvernement vise une dette publique ramenée à 104 % du PIB en 2028. | 104 % | dette | -
        fr | La loi ramène le déficit à 3,9 % du PIB, contre 4,6 % un an plus tôt. | 4,6 % | déficit | -
        en | The plan would bring the deficit down to 3.3% of GDP by 2028. | 3.3% | deficit | -
        en | Public debt is forecast at 121% of gross domestic product. | 121% | debt | -
        it | Il disavanzo scenderà al 3,3% del Pil, dal 3,8% stimato per il 2026. | 3,8% | disavanzo | -
        it | La spesa sanitaria vale il 6,4% del Pil. | 6,4% | spesa | -
        fr | Les jeunes représentent 18 % des actifs. | 18 % | actifs | -
    """,
    # counts shared out place by place after a count of places count what those places hold
    "held-by-places": """
        fr | Les foyers se répartissent dans 3 départements : 41 en Corrèze et 12 en Lozère. | 41 | foyers | -
        it | I focolai sono sparsi in 3 province: 41 in Irpinia e 12 nel Sannio. | 12 | focolai | -
        en | The outbreaks are spread over 3 counties: 41 in Kerry and 12 in Clare. | 41 | outbreaks | -
    """,
    # a reading of a scale named right before it: its noun is the scale, not a noun after
    "scale-name": """
        fr | Une secousse d'une magnitude de 4,7 a réveillé la vallée. | 4,7 | magnitude | magnitude
        en | A magnitude 4.7 tremor woke the valley. | 4.7 | magnitude | magnitude
        it | Una scossa di magnitudo 4,7 ha svegliato la valle. | 4,7 | magnitudo | magnitude
        it | Il pericolo valanghe resta di grado 3 sulle creste. | 3 | grado | -
    """,
    # the subject of a verb of change in any tense ("chutait", "a fondu", "è crollato")
    "change-verb": """
        fr | L'action chutait de 7,4 % en fin de séance. | 7,4 % | action | -
        fr | Le résultat net a fondu de 48 % sur l'exercice. | 48 % | résultat net | -
        it | Il fatturato è crollato del 19% nel semestre. | 19% | fatturato | revenue
        en | Operating profit slumped 48% in the half. | 48% | profit | -
    """,
    # "comme", "come" after a count open no noun: it elides the last one
    "as-announced": """
        fr | Le bilan est de 6 blessés, et non 9 comme indiqué hier. | 9 | blessés | injured
        it | Il bilancio è di 6 feriti, e non 9 come indicato ieri. | 9 | feriti | injured
    """,
    # a count between spaced dashes after its noun stands in apposition to it, as between
    # commas; the count listed after it keeps that noun
    "dash-apposition": """
        fr | Les sinistrés – 64 selon la mairie, 71 selon la préfecture – ont été relogés. | 64 | sinistrés | -
        fr | Les sinistrés – 64 selon la mairie, 71 selon la préfecture – ont été relogés. | 71 | sinistrés | -
        it | Gli sfollati – 120 secondo il Comune – sono stati ospitati. | 120 | sfollati | -
        en | The survivors - 47 according to the charity - were brought ashore. | 47 | survivors | -
    """,
    # a noun that opens a sentence after the first one still opens its clause: a topic, an
    # "among", a noun in apposition
    "later-sentence-opening": """
        fr | Il pleut depuis lundi. Côté passagers, 64 000 ont été touchés. | 64 000 | passagers | -
        fr | Il pleut depuis lundi. Parmi les blessés, 4 sont dans un état grave. | 4 | blessés | -
        it | Piove da lunedì. Gli sfollati, circa 2mila, sono ospitati in palestra. | circa 2mila | sfollati | -
        en | It rained all week. Among the injured, 4 are in a serious condition. | 4 | injured | -
    """,
    # a count "of" a noun it is a part of: "7 des victimes", "4,200 of those travellers"; a
    # contracted preposition after a part is no noun ("di cui 9mila nello scalo")
    "part-of-noun": """
        fr | À Castelbruno, 5 des grévistes ont été reçus en mairie. | 5 | grévistes | -
        fr | Le groupe a vendu 40 des 120 magasins. | 40 | magasins | -
        en | The agency said some 4,200 of those travellers were abroad. | some 4,200 | travellers | -
        en | Police arrested 60 people; 12 of those detained were minors. | 12 | people | -
        it | Sono 24mila i viaggiatori a terra, di cui 9mila nello scalo di Pisa. | 9mila | viaggiatori | -
    """,
    # "tra X e Y" counts both nouns, each of which may hold "di"/"de" and its noun
    "coordinated-compounds": """
        it | Circa 350 tra guardie del parco e volontari sono in servizio. | Circa 350 | guardie del parco e volontari | -
        it | Circa 350 tra guardie del parco, volontari e geometri sono in servizio. | Circa 350 | geometri | -
        fr | Quelque 400 entre agents de sécurité et bénévoles sont mobilisés. | Quelque 400 | agents de sécurité et bénévoles | -
    """,
    # a count with no noun before or after it, whose clause says what befell it: the
    # participle is its noun ("10 ont été hospitalisés")
    "said-of-it": """
        fr | Parmi ces malades, 12 ont été hospitalisés. | 12 | hospitalisés | hospitalisation
        fr | Selon la préfecture, 40 ont été évacués dans la nuit. | 40 | évacués | evacuee
        it | Secondo l'Asl, 7 sono stati ricoverati. | 7 | ricoverati | hospitalisation
    """,
    # a possessive between "of"/"de"/"dei" and the noun ("three of its carriages")
    "of-its-noun": """
        en | The train was carrying 210 passengers when three of its carriages overturned. | three | carriages | -
        fr | Le train transportait 210 passagers quand trois de ses voitures se sont couchées. | trois | voitures | -
        it | Il treno trasportava 210 passeggeri quando tre dei suoi vagoni si sono ribaltati. | tre | vagoni | -
    """,
    # an English verb that sets a count before its noun, an article opening that noun
    "setting-lead-en": """
        en | The ferry line dropped 40 crossings, bringing to about 160 the number of crossings dropped since Sunday. | about 160 | crossings | -
        en | Police made 40 more arrests, taking to 640 the number of people held. | 640 | people | -
    """,
    # "of" and an owner's name between two counts: the first shares the second one's noun
    "of-owners-count": """
        en | Cases were found in 4 of Castelvane's 20 districts. | 4 | districts | -
        en | Some 40 of Brenmoor Steel's 300 employees will leave. | Some 40 | employees | -
    """,
    # an adverb of the whole area after a count is no noun: the noun a verb sets it to
    "area-adverb": """
        en | The board put attendance at 62,000 nationwide, while the organisers claimed 95,000. | 62,000 | attendance | -
        en | The board put attendance at 62,000 nationwide, while the organisers claimed 95,000. | 95,000 | attendance | -
    """,
    # an English past tense that is no participle modifies no noun after it: the count takes
    # the noun its clause is taken among
    "past-tense": """
        en | Officers detained 52 fans. Of the detentions, 19 took place near the stadium. | 19 | detentions | -
        en | The storm left 12 wounded soldiers. | 12 | wounded soldiers | -
    """,
    # a part's count followed by the group it is taken in: that group is its noun
    "part-group": """
        fr | L'agence régionale a compté 22 malades, dont 6 chez des adolescents. | 6 | adolescents | -
        it | Sono saliti a 21 i casi, di cui 8 tra gli anziani. | 8 | anziani | -
        en | The agency recorded 21 cases, including 15 among children. | 15 | children | -
    """,
    # a reflexive verb of amount in the past sets the count of its subject
    "reflexive-amount": """
        fr | Les interpellations se sont élevées à 45. | 45 | interpellations | arrest
        fr | Les saisies se sont établies à 12 tonnes, les interpellations se sont élevées à 31. | 31 | interpellations | -
    """,
    # "the number of" a generic noun counts that noun and the participle that says which
    "number-of-people": """
        en | The number of people evacuated climbed to 57 by Sunday. | 57 | people evacuated | -
        fr | Le nombre de personnes hospitalisées atteint 42. | 42 | personnes hospitalisées | hospitalisation
        it | Il numero di persone evacuate è salito a 300. | 300 | persone evacuate | evacuee
        en | The number of arrests rose to 40. | 40 | arrests | arrest
    """,
    # a copula's subject before a relative clause: not the object inside that clause
    "subject-before-relative": """
        it | Secondo il sindacato, gli operai del Veneto che cambiano il turno sono 230. | 230 | operai | -
        fr | Les salariés qui perdent leur emploi sont 410. | 410 | salariés | -
        en | The workers who lost the job were 410. | 410 | workers | -
    """,
    # an adverb of time between the copula and the count
    "subject-adverb-count": """
        it | Il fango ha invaso 14 cantine; i dispersi sono adesso 3. | 3 | dispersi | missing
        fr | La boue a envahi 14 caves ; les disparus sont maintenant 3. | 3 | disparus | missing
        en | Mud flooded 14 cellars; the missing are currently 3. | 3 | missing | missing
    """,
    # a demonstrative and a participle open the group a count is taken among
    "among-demonstrative": """
        en | Police detained 40 fans. Of those held, 9 were minors. | 9 | held | -
        it | La Croce rossa ha assistito 70 escursionisti. Tra quelli soccorsi, 9 erano feriti. | 9 | soccorsi | -
        fr | Les pompiers ont secouru 70 randonneurs. Parmi ceux évacués, 9 étaient blessés. | 9 | évacués | -
    """,
    # a change noun right before a percentage names it; its concept is the changed thing's
    "change-named": """
        fr | Le chiffre d'affaires de Corvel touche 612 millions d'euros, en recul de 4,8 % en un an. | 4,8 % | recul | revenue
        it | Il fatturato di Vellmar si ferma a 612 milioni di euro, in calo del 4,8% rispetto al 2022. | 4,8% | calo | revenue
        en | Net profit at Brackwell reached $83 million, a rise of 2.6% on the year. | 2.6% | rise | profit
    """,
    # a span of time after a share's article says when, not what the share is of
    "time-not-share": """
        it | Il ministero prevede un aumento dello 0,9% l'anno prossimo. | 0,9% | aumento | -
        fr | La banque anticipe une hausse de 0,9 % la semaine prochaine. | 0,9 % | hausse | -
    """,
    # an Italian article between a change verb and its percentage
    "change-article": """
        it | A Piazza Affari il titolo Dornia ha ceduto il 6,3%. | 6,3% | titolo | share-price
        it | In Borsa le azioni di Dornia hanno perso l'11%. | 11% | azioni | -
    """,
    # a conjunction after a figure opens a clause with its own subject
    "clause-after-figure": """
        it | Gli ordini sono aumentati del 7% e l'utile ha perso il 3%. | 3% | utile | profit
        fr | Les commandes ont augmenté de 7 % et la marge a reculé de 3 %. | 3 % | marge | -
        en | Orders rose 7% while the margin fell 3%. | 3% | margin | -
    """,
    # "the bodies of 3 climbers" counts bodies
    "counted-before": """
        en | Divers brought up the bodies of 5 fishermen from the wreck. | 5 | bodies | -
        it | I sommozzatori hanno recuperato le salme di 5 pescatori. | 5 | salme | -
        fr | Les plongeurs ont remonté les corps de 5 pêcheurs. | 5 | corps | -
    """,
    # a sentence ending in "no." lends nothing to the next one
    "abbreviation-end": """
        en | Most residents voted no. Turnout was 44%, against 39% in 2021. | 44% | - | turnout
    """,
    # a reflexive or change verb's participle before a measure or an amount is no noun:
    # the clause's subject is ("si è fermata a", "s'est élevé à")
    "reflexive-participle": """
        it | La velocità media del vento si è fermata a 74 km/h sulla costa. | 74 km/h | velocità | -
        fr | Le montant des réparations s'est élevé à 7 millions d'euros. | 7 millions d'euros | montant des réparations | -
        en | The river's level rose to 3.8 metres overnight. | 3.8 metres | level | -
    """,
    # a change verb made of a prefix and a change ("retombé", "risalito", "fell back"): the
    # figure's own clause names its noun, no ellipsis from the last sentence
    "prefixed-change": """
        fr | Le bilan a atteint 9 morts. Le nombre de sinistrés est retombé à 650. | 650 | sinistrés | -
        it | Il bilancio è salito a 9 morti. Il numero dei dispersi è ridisceso a 3. | 3 | dispersi | -
        en | Rescuers counted 9 dead by noon. Displaced residents fell back to 650. | 650 | residents | displaced
    """,
    # a finite verb after a count that goes on a list is no noun ("40 derivano da"), while a
    # participle noun is ("dont 280 inhabitables et 60 détruits"); an adverb in -ment is no
    # finite verb
    "finite-verb-in-list": """
        it | Dei 70 milioni di perdite, 25 derivavano dai ritardi e 30 derivano dai costi. | 30 | perdite | loss
        fr | Le tribunal a reçu 600 recours, 150 portent sur des loyers impayés. | 150 | recours | -
        fr | Le séisme a touché 500 logements, dont 70 gravement endommagés. | 70 | logements | -
    """,
    # "toccare" a level is a change verb: its subject is the percentage's noun
    "touched-level": """
        it | Nel distretto di Castelbrando la disoccupazione giovanile ha toccato il 17%. | 17% | disoccupazione | -
        it | Le iscrizioni ai corsi serali hanno toccato il 12% in aprile. | 12% | iscrizioni | -
    """,
    # a peak or a plateau is a change verb too: its subject is the figure's noun
    "peaked-level": """
        fr | Cet hiver, la consommation d'électricité a culminé à 88 gigawatts. | 88 gigawatts | consommation | -
        it | Il prezzo del gasolio si è assestato a 1,9 euro al litro. | 1,9 euro | prezzo | -
        en | The river peaked at 6.1 metres on Sunday. | 6.1 metres | river | -
    """,
    # a change verb in the future tense sets its subject to the figure as well
    "future-change": """
        fr | Selon le plan, la dette de la commune atteindra 64 millions d'euros en 2028. | 64 millions d'euros | dette | -
        it | Secondo il piano la spesa per i trasporti supererà 18 milioni di euro. | 18 milioni di euro | spesa | -
        en | The agency said the bill will reach 64 million euros by 2028. | 64 million euros | bill | -
    """,
    # a level that stays, halves or slips back is set by a change verb too
    "kept-level": """
        fr | Le chômage des jeunes est resté à 17 % dans la région de Brisal. | 17 % | chômage | -
        it | La spesa delle famiglie si è ridotta a 930 milioni di euro. | 930 milioni di euro | spesa | -
        en | The jobless rate remained at 5.4% in Corvale last month. | 5.4% | jobless | -
    """,
    # a toll of victims counts the dead
    "toll-of-victims": """
        it | Il bilancio delle vittime è salito a 23 nella notte. | 23 | vittime | dead
        fr | Le bilan des victimes s'élève désormais à 23. | 23 | victimes | dead
        en | The toll of victims climbed to 23 overnight. | 23 | victims | dead
    """,
    # a counting relational noun ("nombre", "numero", "total") counts the noun it names, whose
    # concept the whole phrase need not match
    "number-of": """
        fr | La préfecture estime à 4 700 le nombre de déplacés dans la plaine. | 4 700 | déplacés | displaced
        it | Il numero dei disoccupati nella provincia è salito a 8.300. | 8.300 | disoccupati | unemployed
        en | Officials put the total of displaced at 5,100 by Sunday. | 5,100 | displaced | displaced
    """,
    # a level a copula puts a subject at ("è al 44%", "est à 33 %"): the subject is measured
    "level-at": """
        it | Il lago di Brisal è al 38% dopo un mese senza pioggia. | 38% | lago | -
        it | Il serbatoio di Monte Orsaio è fermo al 29%. | 29% | serbatoio | -
        it | La disoccupazione giovanile resta al 19% nella provincia. | 19% | disoccupazione | -
        fr | Le taux de remplissage de la retenue est à 31 % cette semaine. | 31 % | taux de remplissage | -
        fr | Le chômage des jeunes demeure à 16 % dans le département. | 16 % | chômage | -
    """,
    # after a contrast ("mentre", "tandis que", "while"), a subject with its complement before
    # a copula is the count's noun, not the last figure's nor the complement's
    "contrast-subject": """
        it | I feriti sono 36, di cui 9 anziani, mentre gli sfollati nella valle di Brisal sono 270. | 270 | sfollati | evacuee
        it | I fermi sono 19, mentre le perquisizioni in tutta la provincia sono state 64. | 64 | perquisizioni | search
        fr | Les blessés sont 36, dont 9 enfants, tandis que les évacués de la plaine sont 270. | 270 | évacués | evacuee
        en | There are 36 injured, including 9 children, while the evacuees in the valley are 270. | 270 | evacuees | evacuee
    """,
    # a label and a colon right before a count, in a tally: the label is its noun, with the
    # modifiers written after it, and a leading adverb is no part of it
    "label-colon": """
        it | Bilancio della notte a Roccatorta. Ancora dispersi: 2. Feriti: 15. | 2 | dispersi | missing
        it | Bilancio della notte a Roccatorta. Ancora dispersi: 2. Feriti: 15. | 15 | Feriti | injured
        it | Schede contestate: 310. | 310 | Schede contestate | -
        en | Storm tally for Wexbridge. Homes flooded: 140. Still missing: 4. | 140 | Homes flooded | house
        en | Storm tally for Wexbridge. Homes flooded: 140. Still missing: 4. | 4 | missing | missing
        fr | Bilan provisoire à Sernac. Blessés : 9 ; maisons détruites : 31. | 31 | maisons détruites | house
        it | Comunali di Roccatorta. Affluenza: 47,9%. | 47,9% | Affluenza | turnout
        en | Council by-election in Wexbridge. Turnout: 33.8%. | 33.8% | Turnout | turnout
        fr | Municipales à Sernac. Participation : 62,5 %. | 62,5 % | Participation | turnout
    """,
    # a partitive after a span of time is a part of the count before that span, not of it
    "partitive-past-a-span": """
        en | In all, 9 climbers were rescued over three days, 4 of whom remain in hospital. | 4 | climbers | -
        it | In tutto 12 pescatori sono stati recuperati in due giorni, 5 dei quali sono ricoverati. | 5 | pescatori | -
    """,
    # a share in brackets (or after "or"/"soit"/"ossia") right after a count and its noun is
    # the share that count is of its whole: a share of the same noun
    "bracketed-share": """
        it | Esiti: Carla Doni 6.215 voti (43,7%); Piero Sala 5.010 voti (35,2%). | 35,2% | voti | vote
        en | The Harbour list took 2,940 votes, or 18.6%, and the Orchard list 1,870 (11.8%). | 18.6% | votes | vote
        en | The Harbour list took 2,940 votes, or 18.6%, and the Orchard list 1,870 (11.8%). | 11.8% | votes | vote
        fr | Le maire sortant obtient 3 480 voix (41,9 %) au premier tour. | 41,9 % | voix | vote
        fr | La liste écologiste recueille 1 160 voix, soit 14 %. | 14 % | voix | vote
    """,
    # a forecast's change verb: a modal before its infinitive, a future or a conditional;
    # the subject before it is what the share measures
    "forecast-subject": """
        en | Joblessness should drop to 5.4% by the spring, the Orvane institute reckons. | 5.4% | Joblessness | -
        en | Exports are expected to climb to 31% in the coming year. | 31% | Exports | -
        it | Secondo l'istituto Brenta, la disoccupazione dovrebbe salire all'8,3% in autunno. | 8,3% | disoccupazione | -
        it | L'inflazione calerebbe al 2,6% a fine anno. | 2,6% | inflazione | -
        fr | Selon l'institut Vallery, l'épargne des ménages devrait reculer à 15,8 % l'an prochain. | 15,8 % | épargne | -
        fr | L'investissement progressera de 3,2 % cette année. | 3,2 % | investissement | -
        fr | D'après la banque Solvère, le chômage grimperait à 8,1 % fin 2027. | 8,1 % | chômage | -
        fr | Les exportations s'établiraient à 29 % l'an prochain. | 29 % | exportations | -
    """,
    # counts shared out place by place (or facility by facility) after a count of the places
    # that hold them take the noun of what those places hold, not the places'
    "shared-out-places": """
        fr | Les sinistrés ont été logés dans 4 internats : 22 à Orvelle et 9 à Brasac. | 22 | sinistrés | -
        fr | Les sinistrés ont été logés entre 4 internats : 22 à Orvelle et 9 à Brasac. | 9 | sinistrés | -
        it | I naufraghi sono stati accolti in 3 alberghi: 31 a Velmora e 14 a Castrona. | 14 | naufraghi | -
        en | The stranded hikers were housed in 3 lodges: 17 in Farrow and 6 in Pelton. | 6 | hikers | -
        fr | Les élèves sont accueillis dans 3 écoles : 120 à l'école Jules-Varin et 80 au collège de Brasac. | 80 | élèves | -
        fr | Les blessés sont soignés dans 2 hôpitaux : 13 à la clinique Saint-Rocq et 4 au centre hospitalier de Morlenc. | 4 | blessés | injured
        it | Gli sfollati sono ospitati in 5 strutture: 40 nella palestra comunale di Orsena e 25 all'hotel Miralago. | 40 | sfollati | -
        it | I contusi sono stati smistati tra 3 ospedali: 8 all'ospedale di Orsena e 5 al policlinico di Varande. | 5 | contusi | -
        en | The injured were spread across 3 hospitals: 9 at Dunmore General, 6 at the Varley medical centre. | 6 | injured | injured
    """,
    # a clause that leaves out the verb of the one before it: its subject, then the
    # figure, right after a figure and a conjunction
    "gapped-subject": """
        en | Exports should climb to 31% and imports to 27% next year. | 27% | imports | -
        it | L'export salirebbe al 12% e l'import al 9%. | 9% | import | -
        fr | Les loyers augmenteraient de 3 % et les charges de 5 %. | 5 % | charges | -
    """,
    # a bare count of the injured followed by a state of health counts the injured in that
    # state, a share of them, not all of them
    "state-of-health": """
        fr | L'explosion a fait 41 blessés, dont 5 en urgence absolue, selon les pompiers. | 5 | blessés en urgence absolue | seriously-injured
        fr | Sur les 26 ouvriers blessés, 3 restent dans un état critique. | 3 | état critique | seriously-injured
        it | Nel crollo sono rimasti feriti 12 operai, di cui 2 in codice rosso. | 2 | in codice rosso | seriously-injured
        it | Si contano 11 feriti, 4 dei quali ancora in pericolo di vita. | 4 | in pericolo di vita | seriously-injured
        en | Of the 23 people hurt, 4 were still in serious condition on Monday. | 4 | in serious condition | seriously-injured
        en | The derailment injured 17 commuters, 2 in critical condition. | 2 | in critical condition | seriously-injured
        en | The derailment injured 17 commuters, 2 in critical condition. | 17 | commuters | -
    """,
    # a subordinate clause's subject is the change's, not the main clause's
    "subordinate-subject": """
        en | The group swung to a loss as turnover slid 6% to €1.4 billion. | 6% | turnover | revenue
        en | Shares fell because sales dropped 4% in March. | 4% | sales | revenue
        it | Il gruppo ha tagliato i costi poiché il fatturato è sceso del 3%. | 3% | fatturato | revenue
    """,
    # an auxiliary before a change verb leaves the subject before it
    "auxiliary-change": """
        en | Attendance had stood at 37% by midday. | 37% | Attendance | -
        en | By Sunday ridership had climbed to 64%. | 64% | ridership | -
    """,
    # a bare share goes on with the last sentence's share its sentence's first one took
    "share-after-shared-share": """
        en | Dorvan won 52.1% of the vote. In the north, Dorvan won 48.3%; in the south she got 55.9%. | 55.9% | vote | vote
        en | Dorvan won 52.1% of the vote. Her rival Ilse Marr took 30.2% and independent Paul Tavrel 9.4%. | 9.4% | vote | vote
    """,
    # a forecast's passive verb sets its subject to the share
    "forecast-copula": """
        it | Il deficit è stimato al 3,1% nel 2028. | 3,1% | deficit | -
        fr | Le déficit est attendu à 4,2 % en 2027. | 4,2 % | déficit | -
        it | Il rapporto deficit/Pil è previsto al 3,8% a fine 2031. | 3,8% | rapporto | -
    """,
    # a counting noun before a colon: the accounts after it count its noun
    "tally-colon": """
        fr | Le nombre de manifestants fait débat : 700 000 selon les syndicats, 81 000 selon la police. | 700 000 | manifestants | protester
        fr | Le nombre de manifestants fait débat : 700 000 selon les syndicats, 81 000 selon la police. | 81 000 | manifestants | protester
        it | Divide ancora il numero di persone scese in strada: 27mila secondo la Uil e 9mila secondo la questura. | 27mila | persone | -
        en | The number of marchers is disputed: 90,000 according to organisers, 35,000 according to police. | 90,000 | marchers | protester
    """,
    # a copula after a bare count names its noun: a known one, or one with a nationality
    "predicate-noun": """
        en | The ferry carried 3 crews. 26 of them were Dutch nationals, 2 of whom were among the dead. | 26 | Dutch nationals | -
        en | The ferry carried 3 crews. 26 of them were Dutch nationals, 2 of whom were among the dead. | 2 | dead | dead
        it | Sul pullman viaggiavano 52 turisti; 14 erano cittadini italiani. | 14 | cittadini italiani | -
    """,
    # the level a change brought its noun to counts that noun
    "change-level": """
        en | Attendance fell 12% to 1.1 million. | 1.1 million | Attendance | -
        it | Gli ingressi sono saliti del 6% a 1,4 milioni. | 1,4 milioni | ingressi | -
        fr | La fréquentation a baissé de 8 %, à 2,3 millions. | 2,3 millions | fréquentation | -
    """,
    # a label keeps its complement: the complement's noun is no thing of the count
    "label-with-complement": """
        fr | Postes supprimés dans l'usine : 275 (direction), 390 (syndicats). | 275 | Postes supprimés | job-cut
        en | Jobs cut at the plant: 640 (management), 810 (unions). | 810 | Jobs cut | -
    """,
    # a copula after a subject with its complements (a preposition's among them)
    "subject-with-complements": """
        it | Le famiglie rimaste senza acqua nella valle di Pelmora sono 4mila. | 4mila | famiglie | -
        fr | Les ouvriers touchés par la fermeture sont 380. | 380 | ouvriers | -
        it | Il porto è chiuso. Secondo la Capitaneria, le tonnellate di gasolio finite in mare sono 80. | 80 | tonnellate | -
    """,
    # a finite verb after a count is no noun: the count takes the last one
    "finite-verb": """
        it | Dei 420 esuberi previsti da Morlana, 180 riguarderanno la sede di Pavone. | 180 | esuberi | -
        fr | Sur les 420 suppressions de postes, 180 concerneront le site de Brévy. | 180 | suppressions | -
    """,
    # a possessive opens a change verb's subject as an article does, a year maybe after it
    "possessive-subject": """
        en | Lutrane said on Tuesday its 2025 operating profit fell 18%. | 18% | operating profit | profit
        fr | Le groupe a indiqué que son chiffre d'affaires a reculé de 9 %. | 9 % | chiffre d'affaires | revenue
        it | Il gruppo ha detto che il suo fatturato è sceso del 9%. | 9% | fatturato | revenue
    """,
    # an unknown word with an agent after it, after "the 2,100", is a participle: the count
    # takes the last noun; without an article before the count, the word is its noun
    "participle-with-agent": """
        en | The survey found 2,400 cancelled flights, above the 2,100 cited by the carriers' group. | above the 2,100 | flights | -
        it | Un calcolo che rende credibile la spesa di 240 milioni promessa dal ministero. | 240 milioni | spesa | -
        fr | Le ministère a recensé 4 200 arrivées par la mer depuis mars. | 4 200 | arrivées | -
    """,
    # a count with no noun after it is the value of the noun a determiner and "of" tie to it
    "value-of": """
        en | Norlace will cut 900 jobs, about 6% of its workforce of 15,000. | 15,000 | workforce | -
        it | La manovra da 12.500 milioni approvata ieri divide la maggioranza. | 12.500 milioni | manovra | -
        fr | Le département a voté une enveloppe de 40 millions destinée aux collèges. | 40 millions | enveloppe | -
        it | A Pravella la Cgil parla di 35mila manifestanti, la questura di 7mila. | 7mila | manifestanti | -
    """,
    # a part in a state of health written as an adverb is named by it, a part of its noun
    "part-in-state-adverb": """
        en | The collision left 43 people injured, 6 of them seriously. | 6 | injured seriously | injured
        fr | L'accident a fait 58 blessés, dont 12 grièvement. | 12 | blessés grièvement | injured
        it | L'incidente ha causato 58 feriti, di cui 12 gravemente. | 12 | feriti gravemente | injured
    """,
    # a country adjective after a part names which ones of the last noun
    "part-by-nationality": """
        it | La denuncia è partita da 14 editori, tra cui 3 italiani. | 3 | editori italiani | -
        en | The complaint came from 14 publishers, including 3 Italian. | 3 | Italian publishers | -
    """,
    # a verb of slowing or of an amount sets its subject to the figure
    "slowing-subject": """
        en | In 2024, revenue at Calvoria amounted to €2.6 billion, down 4% on the year before. | 4% | revenue | revenue
        en | Inflation slowed to 2.1% in June. | 2.1% | Inflation | -
        fr | L'inflation a ralenti à 2,1 % en juin. | 2,1 % | inflation | -
        it | L'inflazione è rallentata al 2,1% a giugno. | 2,1% | inflazione | -
    """,
    # a partitive count first in its sentence is part of the sentence's opening subject
    "partitive-of-subject": """
        it | Le ambulanze sono 4. I passeggeri sono stati portati al porto di Lerba: 9 di loro sono stati ricoverati. | 9 | passeggeri | -
        fr | Il y avait 3 bus. Les randonneurs sont arrivés au refuge de Malpas ; 5 d'entre eux étaient blessés. | 5 | randonneurs | -
    """,
    # a subject, an aside between commas, then the copula: the subject is the noun
    "subject-then-aside": """
        it | Si contano 12 crolli. Le scuole chiuse, tra medie ed elementari, sono 57. | 57 | scuole | -
        fr | On compte 12 éboulements. Les routes coupées, entre départementales et communales, sont 18. | 18 | routes | road
    """,
    # a word of time may open the clause before a longer subject and its copula
    "time-then-subject": """
        it | Si contano 12 crolli. Secondo il Comune, ieri sera gli evacuati nel quartiere erano 260. | 260 | evacuati | -
        fr | On compte 12 éboulements. Selon la mairie, hier soir les sinistrés du quartier étaient 260. | 260 | sinistrés | -
    """,
    # a subject, a relative clause of any length, then the copula: the noun before the relative
    "subject-long-relative": """
        it | Si contano 12 crolli. Le famiglie che hanno dovuto lasciare la propria casa e non sono ancora potute rientrare sono 410. | 410 | famiglie | -
        fr | On compte 12 éboulements. Les habitants qui ont dû quitter leur maison et ne peuvent pas encore rentrer sont 640, selon la mairie. | 640 | habitants | -
        en | There were 12 rockfalls. The residents who had to leave their homes and could not yet return were 640, the mayor said. | 640 | residents | -
        it | Si contano 12 crolli. I lavoratori che hanno perso il posto sono 230. | 230 | lavoratori | -
    """,
    # a conditional copula, or a copula and a restriction, after the subject
    "conditional-copula": """
        it | La rete contava 400 iscritti. Le vittime spagnole sarebbero oltre 2.300, secondo la procura. | oltre 2.300 | vittime | victim
        fr | Six personnes sont mortes. Les blessés graves seraient 14. | 14 | blessés | -
        fr | Trois corps ont été retrouvés. Les disparus ne sont plus que quatre, selon la mairie. | quatre | disparus | missing
        en | Six people died. The injured would be 14, officials said. | 14 | injured | injured
    """,
    # a context word before a conjunction says what the last figure is, not the next one
    "last-clause-predicate": """
        en | With the river falling, 12 roads stayed closed and 300 people remained displaced. | 300 | people | displaced
        it | Dodici strade restano chiuse e 300 persone sono ancora sfollate. | 300 | persone | evacuee
        fr | À Brelles, le cortège a compté 7 000 (police) et 15 000 (syndicats) participants. | 15 000 | - | protester
    """,
    # a possessive after the article that follows a copula and a count opens its noun
    "copula-possessive": """
        it | Sono almeno 300 i nostri iscritti rimasti senza lavoro, ha detto il sindacato. | almeno 300 | iscritti | -
        it | Sono 45 le mie colleghe in cassa integrazione. | 45 | colleghe | -
    """,
    # a count after a conjunction, a subject and the particle of the last count's verb
    "gapped-count": """
        it | I feriti sono saliti a 30 e le case lesionate a 120. | 120 | case | -
        fr | Les blessés sont passés à 30 et les maisons endommagées à 120. | 120 | maisons | -
    """,
    # a span of time is no noun the story goes on with when its sentence names what it counts
    "duration-then-tally": """
        fr | Le nombre de sinistrés augmente après deux semaines de crue. La préfecture en comptait 800 mardi. | 800 | sinistrés | -
        it | Il numero degli sfollati cresce dopo tre giorni di pioggia. La prefettura ne contava 800 ieri. | 800 | sfollati | -
    """,
    # a subject opening on a prenominal adjective counts the noun after it
    "prenominal-subject": """
        it | Nella valle, le nuove infezioni registrate sono 1.340. | 1.340 | infezioni | disease-case
        fr | Dans la vallée, les nouvelles infections déclarées sont 214. | 214 | infections | disease-case
    """,
    # a subject's noun of several words, with a modifier after it, before its copula
    "several-word-subject": """
        fr | Les demandeurs d'emploi inscrits étaient 37 400 fin avril. | 37 400 | demandeurs d'emploi | unemployed
    """,
    # counts after a colon count what the estimates before it are of
    "estimates-of": """
        it | Il sindacato contesta le stime sugli esuberi: 380 secondo l'azienda, 540 per i sindacati. | 540 | esuberi | job-cut
        fr | La CGT conteste les chiffres des suppressions de postes : 380 selon la direction. | 380 | suppressions de postes | job-cut
        en | The union disputes the estimates of job cuts: 380 according to management. | 380 | job cuts | job-cut
    """,
    # a verb of totalling, or a verb and "quota", joins its subject to the count
    "totalled": """
        fr | Les évacuations ont totalisé 2 870 sur la semaine. | 2 870 | évacuations | evacuee
        it | Gli sfollati hanno toccato quota 2.690 in serata. | 2.690 | sfollati | evacuee
        it | Le domande hanno raggiunto quota 14.300. | 14.300 | domande | -
    """,
    # a sentence opening on its noun and its modifiers, then a present copula and the count
    "opening-subject-copula": """
        it | Il sito contava 700 iscritti. Le vittime italiane accertate finora sono 2.960. | 2.960 | vittime | victim
        it | La piena è passata. Le utenze elettriche ancora isolate sono 4.300. | 4.300 | utenze | power-customer
        fr | La crue a reflué. Les victimes recensées jusqu'ici sont 46. | 46 | victimes | victim
    """,
    # a change verb's bare English subject the lexicon knows whole, capital and all
    "known-bare-subject": """
        en | Hospital admissions climbed to 293 on Friday. | 293 | Hospital admissions | hospitalisation
        en | In the province, hospital admissions climbed to 293. | 293 | hospital admissions | hospitalisation
    """,
    # a part of a month after a count is a time, never its noun
    "month-part": """
        fr | Les salariés de Norvalle étaient 2 150 fin juin. | 2 150 | salariés | employee
        it | Gli addetti della Brunara erano 1.870 inizio maggio. | 1.870 | addetti | employee
    """,
    # "exploitations" counted alone are farms, as "exploitations agricoles" are
    "farms": """
        fr | La grêle a frappé 640 exploitations dans le département. | 640 | exploitations | farm
        fr | Le syndicat estime à 640 le nombre d'exploitations sinistrées. | 640 | exploitations | farm
    """,
    # factory workers are employees in every language
    "workers": """
        fr | L'usine de Sorvane emploie 460 ouvriers. | 460 | ouvriers | employee
        it | Lo stabilimento di Calvora conta 460 operai. | 460 | operai | employee
        en | The Sorvane plant employs 460 workers. | 460 | workers | employee
    """,
    # an age counts years, as written; so does each age of a list or a range
    "ages": """
        en | Two suspects, both Ruritanian nationals aged 24 and 31, were held in Vell. | 24 | aged | age
        en | Two suspects, both Ruritanian nationals aged 24 and 31, were held in Vell. | 31 | aged | age
        fr | Trois hommes âgés de 19 à 44 ans ont été interpellés. | 19 | ans | age
        it | Due fratelli di età di 15 e 17 anni sono stati soccorsi. | 15 | anni | age
    """,
    # private security guards are no police officers, though both are "agents"
    "security-guards": """
        fr | Le salon de Morvaise a mobilisé 2 400 agents de sécurité privée. | 2 400 | agents de sécurité | security-guard
        fr | Le salon de Morvaise a mobilisé 700 agents et 90 vigiles. | 90 | vigiles | security-guard
        en | The Morvaise fair hired 2,400 private security guards. | 2,400 | security guards | security-guard
        it | Alla fiera di Morvasa erano in servizio 2.400 guardie giurate. | 2.400 | guardie giurate | security-guard
    """,
    # the workers a collapse holds are trapped, no count of the workers present
    "trapped": """
        fr | À Dorvel, 9 mineurs restent coincés derrière le mur de roche. | 9 | mineurs | trapped
        en | The tunnel collapse at Dorvel trapped 9 workers. | 9 | workers | trapped
        it | Il crollo della galleria di Dorvel ha intrappolato 9 lavoratori. | 9 | lavoratori | trapped
        it | A Dorvel erano 52 gli operai al lavoro nella galleria. | 52 | operai | employee
    """,
}


def _rows():
    for shape, table in SHAPES.items():
        for line in filter(None, (raw.strip() for raw in table.splitlines())):
            lang, body, figure, thing, concept = (f.strip() for f in line.split(" | "))
            yield pytest.param(lang, body, figure, thing, concept, id=f"{shape}-{lang}")


@pytest.fixture(scope="module")
def lex():
    return Lexicons.load()


def nouns(lex, lang: str, body: str) -> dict[str, tuple[str, str]]:
    """(thing, concept) of each figure of a one-document body, by figure text."""
    doc = {"doc": "t.md", "body": body, "lang": lang, "publisher": "Wire", "published": PUBLISHED}
    return {r["text"]: (r["thing"], r["concept"]) for r in extract_document(doc, lex)}


@pytest.mark.parametrize(("lang", "body", "figure", "thing", "concept"), list(_rows()))
def test_each_shape_reads_its_noun(lex, lang, body, figure, thing, concept):
    found = nouns(lex, lang, body)[figure]
    if thing != "-":
        assert thing in found[0], found
    if concept != "-":
        assert found[1] == concept, found


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Under rule no. 7, 120 officers were sent.", 1),
        ("Il decreto n. 45 prevede 300 assunzioni.", 1),
        ("Selon M. Dupont, 3 000 agents étaient mobilisés.", 1),
        ("Voters said no. Turnout was 44%.", 2),
    ],
)
def test_a_number_abbreviation_holds_only_before_its_number(body, count):
    assert len(split(body)) == count


@pytest.mark.parametrize(
    ("lang", "body", "figure", "unit"),
    [
        (
            "fr",
            "Le cargo a perdu 220 tonnes de gazole, contre les 60 évoquées jeudi par la mairie.",
            "60",
            "metric_ton",
        ),
        (
            "it",
            "La nave ha perso 220 tonnellate di gasolio, contro le 60 indicate giovedì.",
            "60",
            "metric_ton",
        ),
        (
            "en",
            "Police said the coach was doing 95 km/h, against 70 allowed on the bridge.",
            "70",
            "kilometer / hour",
        ),
        (
            "it",
            "L'autobus andava a 95 chilometri orari, cioè 25 in più del consentito.",
            "25",
            "kilometer / hour",
        ),
        (
            "fr",
            "Il est tombé 310 millimètres de pluie, 120 de plus que la normale.",
            "120",
            "millimeter",
        ),
        ("en", "The lorry was clocked at 70 mph, 20 more than the limit.", "20", "mile / hour"),
        (
            "fr",
            "Le camion roulait à 96 km/h, bien au-delà de la limite de 80.",
            "80",
            "kilometer / hour",
        ),
        (
            "it",
            "La corriera andava a 88 chilometri orari, oltre il limite di 60.",
            "60",
            "kilometer / hour",
        ),
    ],
)
def test_a_bare_count_compared_with_a_measure_takes_its_unit(lex, lang, body, figure, unit):
    row = _row(lex, lang, body, figure)
    assert (row["unit"], row["kind"]) == (unit, "unit")


@pytest.mark.parametrize(
    ("lang", "body", "figure", "unit", "value"),
    [
        (
            "fr",
            "La marée noire couvre 19 km de plage selon la préfecture, 24 selon les pêcheurs.",
            "24",
            "kilometer",
            24.0,
        ),
        (
            "it",
            "Il buco vale 3,1 miliardi l'anno secondo la Ragioneria, 3,8 per la Corte dei conti.",
            "3,8",
            None,
            3.8e9,
        ),
        (
            "en",
            "The repairs will cost €6.5 million according to the council, 8 according to the firm.",
            "8",
            None,
            8e6,
        ),
    ],
)
def test_a_bare_count_in_another_source_s_account_takes_the_unit_or_scale_before_it(
    lex, lang, body, figure, unit, value
):
    # two clauses that each cite their source: the second account drops the unit or scale
    # word (and the rate) of the first
    row = _row(lex, lang, body, figure)
    first = next(iter(_rows(lex, lang, body).values()))
    assert (row["unit"], row["value"], row["currency"]) == (unit, value, first["currency"])
    assert row["rate"] == first["rate"]


def test_a_bare_count_beside_an_amount_with_its_own_figure_keeps_its_number(lex):
    body = "La Regione ha stanziato 2 miliardi secondo il piano, 300 per il settore idrico."
    assert _row(lex, "it", body, "300")["value"] == 300


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [
        ("fr", "Le cargo a perdu 220 tonnes de gazole, contre 60 camions mobilisés.", "60"),
        ("en", "The ship spilled 180 tonnes of oil and 40 volunteers came.", "40"),
        (
            "it",
            "La diga contiene 48 milioni di metri cubi, contro i 30 della scorsa settimana.",
            "30",
        ),
        ("fr", "Le taux de remplissage est de 48 %, contre 44 il y a un an.", "44"),
    ],
)
def test_a_count_with_its_own_noun_or_another_order_keeps_no_unit(lex, lang, body, figure):
    row = _row(lex, lang, body, figure)
    assert row["unit"] is None and row["kind"] == "count"


@pytest.mark.parametrize(
    ("lang", "body", "figure", "currency"),
    [
        ("fr", "Après 4 jours sans bus, Morvaine verse de 60 à 240 euros par foyer.", "60", "EUR"),
        ("it", "Dopo 6 ore di attesa, Vallorne rimborsa da 35 a 180 euro.", "35", "EUR"),
        ("en", "After 3 weeks of works, Kelbrook pays from 70 to 500 dollars.", "70", "USD"),
    ],
)
def test_the_first_figure_of_a_range_of_amounts_is_an_amount(lex, lang, body, figure, currency):
    row = _row(lex, lang, body, figure)  # not a count of the days written before it
    assert (row["kind"], row["currency"]) == ("money", currency)
    assert not row["concept"] and row["thing"] not in ("jours", "ore", "weeks")


def test_a_range_of_counts_keeps_its_noun(lex):
    row = _row(lex, "fr", "La panne a privé de 9 000 à 12 000 foyers de courant.", "9 000")
    assert (row["kind"], row["currency"], row["concept"]) == ("count", None, "household")


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Le chantier embauchera 450 d'ici la fin de l'année.", "450"),
        ("Une foule de 6 000 s'est massée devant la mairie.", "6 000"),
    ],
)
def test_an_elided_pronoun_or_adverb_is_no_noun(lex, body, figure):
    thing = _row(lex, "fr", body, figure)["thing"]
    assert thing not in ("ici", "s'est"), thing


def test_a_time_after_a_count_is_no_noun(lex):
    row = _row(lex, "en", "The agency will hand out 2.5 billion more next month.", "2.5 billion")
    assert "month" not in row["thing"]


def _row(lex, lang: str, body: str, figure: str) -> dict:
    return _rows(lex, lang, body)[figure]


def _rows(lex, lang: str, body: str) -> dict:
    doc = {"doc": "t.md", "body": body, "lang": lang, "publisher": "Wire", "published": PUBLISHED}
    return {r["text"]: r for r in extract_document(doc, lex)}


SEA_MILES = [  # [lang, body, figure, unit]
    ("it", "Il gommone era a 22 miglia dall'isola.", "22 miglia", "nautical_mile"),
    ("it", "Il peschereccio è affondato a 9 miglia dal porto.", "9 miglia", "nautical_mile"),
    # on land, a mile stays a land mile; French and English name the sea mile apart
    ("it", "Il corteo ha percorso 3 miglia lungo la Quinta Strada.", "3 miglia", "mile"),
    ("en", "The dinghy was found 22 miles off the island.", "22 miles", "mile"),
    ("fr", "Le chalutier a été retrouvé à 22 milles de l'île.", "22 milles", "nautical_mile"),
]


@pytest.mark.parametrize(("lang", "body", "figure", "unit"), SEA_MILES)
def test_a_mile_at_sea_is_a_nautical_mile(lex, lang, body, figure, unit):
    assert _row(lex, lang, body, figure)["unit"] == unit


def test_a_reflexive_stop_is_no_arrest(lex):
    """ "si è fermata a" stops a reading; "sono stati fermati" holds people (an arrest)."""
    reading = nouns(lex, "it", "La temperatura minima si è fermata a 3,5 a Pieve Scura.")
    assert reading["3,5"][1] != "arrest"
    held = nouns(lex, "it", "Durante i controlli sono stati fermati 9 automobilisti.")
    assert held["9"][1] == "arrest"


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [
        ("fr", "Le taux de chômage de la province est passé à 8,4 %.", "8,4 %"),
        ("it", "Il tasso di disoccupazione di Brisal è sceso al 6,1%.", "6,1%"),
    ],
)
def test_a_rate_names_no_count_of_the_noun_after_it(lex, lang, body, figure):
    # a share of the unemployed is no count of them: no concept of "chômage" for it
    assert not nouns(lex, lang, body)[figure][1]


def test_a_bracketed_share_naming_its_whole_keeps_that_whole(lex):
    assert nouns(lex, "en", "The plant cut 640 jobs (9% of its staff).")["9%"][0] == "staff"


def test_a_share_after_a_comma_alone_is_no_bracketed_share(lex):
    # no bracket and no "or"/"soit": the share is not said to be the count's
    found = nouns(lex, "en", "Sales reached 5,400 units, 12% was exported.")
    assert found["12%"][0] != "units"


def test_a_day_before_a_colon_is_no_label(lex):
    assert not nouns(lex, "fr", "Crues de la Sorne, relevés des hauteurs. Lundi : 12.")["12"][0]


def test_a_label_keeps_its_modifiers_apart_from_its_noun_alone(lex):
    # two labels on one noun with different modifiers are two different counts
    found = nouns(lex, "it", "Schede valide: 4.000. Schede contestate: 310.")
    assert found["4.000"][0] != found["310"][0]


def test_a_name_before_a_colon_is_no_label(lex):
    # "town: figure" says where, not what: the place is never the count's noun
    found = nouns(lex, "en", "Flu cases by town. Ashcombe: 340; Dunmere: 120.")
    assert not found["340"][0] and not found["120"][0]


@pytest.mark.parametrize(
    ("lang", "body", "figure"),
    [
        ("it", "Al presidio erano 60 ma a sera sono rimasti in 15.", "60"),
        ("en", "At dawn 70 or so gathered outside the depot.", "70"),
        ("it", "Ne sono stati contati 35 o poco più davanti al cantiere.", "35"),
        ("en", "The shelter took 44 but turned away 9 families.", "44"),
        ("fr", "On en comptait 52 ni plus ni moins devant la gare.", "52"),
    ],
)
def test_a_conjunction_after_a_count_is_no_noun(lex, lang, body, figure):
    thing = nouns(lex, lang, body)[figure][0].lower().split()
    assert not thing or thing[0] not in ("ma", "or", "o", "but", "ni"), thing


def test_alternatives_still_join_two_nouns(lex):
    assert nouns(lex, "en", "The landslide left 6 dead or missing.")["6"][0] == "dead or missing"


def test_a_share_noun_keeps_its_complement_apart(lex):
    found = nouns(lex, "fr", "Le cabinet Arlemont prévoit une hausse des loyers de 3,6 %.")
    assert "loyers" in found["3,6 %"][0] or "hausse" in found["3,6 %"][0]


def test_a_name_after_a_conjunction_is_no_gapped_subject(lex):
    # "e Trevara al 4%" says where, not what: the share stays the sales'
    found = nouns(lex, "it", "Le vendite sono salite del 7% e Trevara al 4%.")
    assert found["4%"][0] != "Trevara"


def test_a_participle_label_is_a_noun(lex):
    found = nouns(lex, "it", "Bilancio a Roccatorta. Deceduti: 2. Ancora intrappolati: 3.")
    assert found["3"][0] == "intrappolati"


@pytest.mark.parametrize(
    ("lang", "body", "figure", "thing", "concept"),
    [
        (
            "fr",
            "Le virus circule. Le nombre de cas confirmés est passé à 57.",
            "57",
            "cas confirmés",
            "disease-case",
        ),
        ("fr", "Le nombre d'évacués a atteint 1 200.", "1 200", "évacués", "evacuee"),
        (
            "it",
            "Il virus circola. Il numero dei ricoveri è salito a 31.",
            "31",
            "ricoveri",
            "hospitalisation",
        ),
        (
            "en",
            "The number of confirmed cases rose to 88.",
            "88",
            "confirmed cases",
            "disease-case",
        ),
    ],
)
def test_a_counting_noun_names_the_thing_it_counts(lex, lang, body, figure, thing, concept):
    # "le nombre de cas" counts cases: the thing is the noun after "nombre de", not "nombre"
    assert nouns(lex, lang, body)[figure] == (thing, concept)


def test_a_name_after_a_counting_noun_is_no_tally(lex):
    # "commissione Finanze di Senato": "finanze" names a committee, not a count of "Senato"
    body = (
        "Ascoltato dalla commissione Finanze di Senato e Camera, il governatore ha contestato "
        "le stime sul deficit: 3,1 miliardi secondo il ministero."
    )
    assert nouns(lex, "it", body)["3,1 miliardi"][0] != "Senato"


def test_an_adjective_after_a_copula_names_no_noun(lex):
    # "4 sono gravi": a state of the injured, not a noun of its own
    assert nouns(lex, "it", "I feriti del crollo sono 23, 4 sono gravi.")["4"][0] == "feriti"


def test_a_preposition_s_idiom_names_no_value(lex):
    thing, _ = nouns(lex, "fr", "Tous les élèves sont rentrés à l'exception de 14.")["14"]
    assert "exception" not in thing


@pytest.mark.parametrize(
    ("lang", "body", "figure", "word"),
    [
        ("fr", "Plus de 150 se sont rassemblés devant la mairie.", "Plus de 150", "se"),
        ("en", "Over 150 gathered outside the town hall.", "Over 150", "gathered"),
    ],
)
def test_a_reflexive_or_a_verb_s_particle_is_no_noun(lex, lang, body, figure, word):
    assert word not in nouns(lex, lang, body)[figure][0].split()


def test_a_count_in_millions_with_a_currency_in_sight_stays_an_amount(lex):
    body = "Il governo ha stanziato 1,2 miliardi di euro. La manovra da 18 miliardi varata ieri divide."
    doc = {"doc": "t.md", "body": body, "lang": "it", "publisher": "Wire", "published": PUBLISHED}
    rows = {r["text"]: r for r in extract_document(doc, lex)}
    assert rows["18 miliardi"]["currency"] == "EUR"


def test_a_country_adjective_before_a_participle_is_the_noun(lex):
    body = "Sono ricoverati 4 dei turisti feriti, e il console assiste anche i 6 tedeschi rimasti a bordo."
    assert nouns(lex, "it", body)["6"][0] == "tedeschi"
