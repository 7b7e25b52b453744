"""Issue 10, source part: who speaks for a body (fr/en/it).

Each sentence is written for this test, in a shape news copy uses: a spokesperson speaks for
the body (named in the noun or after it), an office for its town's hall, a pronoun or a dropped
subject for the organisation last named, and no fragment is ever a source.
"""

from __future__ import annotations

import pytest

from sourcecheck.extract import Lexicons, extract_document

LEX = Lexicons.load()


def sources(body: str, lang: str, publisher: str = "Wire") -> dict[str, str]:
    """Figure as written → its source."""
    doc = {"doc": "x", "body": body, "lang": lang, "publisher": publisher, "published": None}
    return {c["text"]: c["source"] for c in extract_document(doc, LEX)}


def check(body: str, lang: str, expected: dict[str, str], publisher: str = "Wire") -> None:
    got = sources(body, lang, publisher)
    assert {k: got.get(k) for k in expected} == expected


# A spokesperson speaks for the body it names, before the noun or after it.
SPOKESPEOPLE = [
    (
        "en",
        "Harlow Foods said sales rose. A company spokesperson said 300 jobs would go.",
        {"300": "Harlow Foods"},
        "Wire",
    ),
    (
        "en",
        "Ministers met on Friday. A spokesman for Kestrel Airways said 80 flights were cancelled.",
        {"80": "Kestrel Airways"},
        "Wire",
    ),
    (
        "fr",
        "Le groupe Vental a présenté son plan. Selon le porte-parole de la société, 450 postes seront supprimés.",
        {"450": "Vental"},
        "Wire",
    ),
    (
        "it",
        "La Ferlini Spa ha chiuso lo stabilimento. Un portavoce dell'azienda ha detto che 120 dipendenti saranno ricollocati.",
        {"120": "Ferlini Spa"},
        "Wire",
    ),
    (
        "it",
        "La compagnia aerea Brezza è stata multata. Secondo quanto riferito da un portavoce della compagnia, i voli cancellati sono 75.",
        {"75": "Brezza"},
        "Wire",
    ),
]

# An office speaks for its town's hall once the document names the town, or for the publisher
# that is that body; the town's generic actor ("il Comune") takes the same town.
OFFICES = [
    (
        "en",
        "Floods hit the town of Ashcombe on Monday. The mayor said 140 homes had been evacuated.",
        {"140": "Ashcombe Town Hall"},
        "Wire",
    ),
    ("en", "The mayor of Dunmore said 35 roads were closed.", {"35": "Dunmore Town Hall"}, "Wire"),
    (
        "fr",
        "La commune de Lanvallay a été touchée. Le maire a fait savoir que 70 foyers étaient sinistrés.",
        {"70": "Mairie de Lanvallay"},
        "Wire",
    ),
    (
        "it",
        "Il sindaco di Roccabella, Anna Ferri, ha visitato i cantieri. Il Comune ha stanziato 300mila euro.",
        {"300mila euro": "Comune di Roccabella"},
        "Wire",
    ),
    (
        "it",
        "Il sindaco ha detto che 45 famiglie hanno lasciato le case.",
        {"45": "Comune di Pratello"},
        "Comune di Pratello",
    ),
    ("en", "The mayor said 12 bridges would be inspected.", {"12": "the mayor"}, "Wire"),
]

# A pronoun, or a subject left unsaid, is the organisation last named (its subject first).
PRONOUNS = [
    ("en", "Shares in Corvel Bank fell after it reported a loss of 90 million pounds.",
     {"90 million pounds": "Corvel Bank"}, "Wire"),
    ("en", "Tessaro Motors cut its outlook on Tuesday. It said output would fall to 1.1 million cars.",
     {"1.1 million": "Tessaro Motors"}, "Wire"),
    ("fr", "La Compagnie des Eaux a publié ses comptes. Le bénéfice atteint 64 millions d'euros, a-t-elle indiqué.",
     {"64 millions d'euros": "Compagnie des Eaux"}, "Wire"),
    ("fr", "Le chiffre d'affaires recule à 210 millions d'euros, précise-t-il.",
     {"210 millions d'euros": "Wire"}, "Wire"),
    ("it", "La Regione Marche ha presentato il piano. Ha detto che serviranno 30 milioni di euro.",
     {"30 milioni di euro": "Regione Marche"}, "Wire"),
]  # fmt: skip

# More ways to say who: "comme l'a indiqué X", "come ha spiegato X", a closing ", X said" over
# a sentence whose subject acted; a source keeps its article, never a preposition.
MARKERS = [
    ("fr", "Comme l'a indiqué la mairie de Brest, 75 rues restent fermées.",
     {"75": "Mairie de Brest"}, "Wire"),
    ("fr", "Ainsi que l'a annoncé la SNCF, 40 trains seront supprimés.", {"40": "SNCF"}, "Wire"),
    ("it", "Come ha spiegato la Cgil, 3.000 lavoratori hanno scioperato.", {"3.000": "CGIL"}, "Wire"),
    ("en", "Europol raided 12 flats and seized 900 phones, Greek police said.",
     {"12": "police", "900": "police"}, "Wire"),
    ("it", "Stando a quanto comunicato dalla Regione, i danni ammontano a 9 milioni.",
     {"9 milioni": "Regione"}, "Wire"),
    ("it", "Secondo i carabinieri, lo scontro ha coinvolto 4 auto.", {"4": "Carabinieri"}, "Wire"),
    ("en", "Five hikers are missing, the prefecture said in its late Sunday evening update.",
     {"Five": "the prefecture"}, "Wire"),
    ("en", "Analysts at Dunmore Securities said the charge was about 3% of turnover.",
     {"about 3%": "Dunmore Securities"}, "Wire"),
    ("en", "The Western Beekeepers' Association said losses reached €8 million.",
     {"€8 million": "Western Beekeepers' Association"}, "Wire"),
    ("it", "I contratti annullati sono 640, ha precisato la commissaria Giulia Serra.",
     {"640": "Giulia Serra"}, "Wire"),
    ("it", "A Sansepolcro, dove il fiume è uscito dagli argini, il Comune ne ha fatti evacuare 95.",
     {"95": "Comune di Sansepolcro"}, "Wire"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "body", "expected", "publisher"), SPOKESPEOPLE + OFFICES + PRONOUNS + MARKERS
)
def test_who_speaks_for_a_body(lang, body, expected, publisher):
    check(body, lang, expected, publisher)
