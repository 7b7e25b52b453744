"""Issue 10, source part: how far a speaker carries (fr/en/it).

Every sentence is written for this test. A connector sentence ("Parmi les suspects, …",
"Tra questi, …") goes on with the speaker of the sentence before it.
"""

from __future__ import annotations

import pytest

from sourcecheck.extract import Lexicons, extract_document

LEX = Lexicons.load()


def frames(body: str, lang: str, publisher: str = "Wire") -> dict[str, tuple[str, bool]]:
    """Figure as written → (its source, whether the text states it)."""
    doc = {"doc": "x", "body": body, "lang": lang, "publisher": publisher, "published": None}
    return {c["text"]: (c["source"], c["source_stated"]) for c in extract_document(doc, LEX)}


# A connector carries the speaker of the sentence before it.
@pytest.mark.parametrize(
    ("lang", "body", "figure", "expected"),
    [
        ("fr", "Le parquet de Castelbruno a annoncé 7 interpellations. Parmi les suspects, 5 ont été placés en détention.",
         "5", ("Parquet de Castelbruno", True)),
        ("it", "La Guardia di finanza ha contato 11 immobili. Tra questi, 4 si trovano a Rivalta.",
         "4", ("Guardia di Finanza", True)),
        # never over a paragraph's end: a new paragraph opens the writer's own account
        ("en", "The Dorvik prosecutor's office seized 11 properties, according to a statement.\n\n"
         "Of those arrested, 6 were held in Estonia.", "6", ("Wire", False)),
        ("en", "The prosecutor's office said 40 people were arrested. Of those, 6 were held in Estonia.",
         "6", ("prosecutor", True)),
        # a plain-text article's single line break goes on
        ("en", "The prosecutor's office said 40 people were arrested.\nOf those, 6 were held in Estonia.",
         "6", ("prosecutor", True)),
    ],
)  # fmt: skip
def test_a_connector_carries_the_speaker_before_it(lang, body, figure, expected):
    assert frames(body, lang)[figure] == expected


# "the same body", "le même organisme", "lo stesso ente": the last speaker, whatever its kind
# (a town hall here, no agency); a body that logged or closed something is its source.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "The Dunmere council closed 4 schools. According to the same body, 33 families were evacuated.",
         {"4": "the Dunmere council", "33": "the Dunmere council"}),
        ("fr", "La mairie de Castelbruno a fermé 4 écoles. Selon le même organisme, 33 familles ont été évacuées.",
         {"33": "Mairie de Castelbruno"}),
        ("it", "Il Comune di Rivalta ha chiuso 4 scuole. Secondo lo stesso ente, 33 famiglie sono state evacuate.",
         {"33": "Comune di Rivalta"}),
        ("en", "The regional fire brigade logged 230 call-outs overnight. Shares closed at 14.2 euros.",
         {"230": "the regional fire brigade", "14.2 euros": "Wire"}),
    ],
)  # fmt: skip
def test_the_same_body_and_acting_verbs(lang, body, expected):
    got = frames(body, lang)
    assert {k: got[k][0] for k in expected} == expected


# A closing speaker with its description set off by commas: in English an adjective of nation
# or kind may stand before the description's noun ("the federal office that …"). A generic
# actor after two bodies of its kind joined by a conjunction names the first, the head of the
# pair; after two bodies named apart it names the last.
@pytest.mark.parametrize(
    ("lang", "body", "figure", "source"),
    [
        ("en", "Inspectors impounded 2.7 million in bonds, the KFD, the federal office that led the audit, said.",
         "2.7 million", "KFD"),
        ("en", "Divers recovered 16 crates, the Ostrel Bureau, the regional agency that runs the port, said.",
         "16", "Ostrel Bureau"),
        ("fr", "Les douaniers ont bloqué 2,7 millions, a précisé l'OFK, l'office fédéral qui a mené le contrôle.",
         "2,7 millions", "OFK"),
        ("it", "Gli ispettori hanno bloccato 2,7 milioni, ha precisato l'UFK, l'ufficio federale che ha guidato il controllo.",
         "2,7 milioni", "UFK"),
        ("fr", "L'aide a été coordonnée par le HCR et l'OIM.\n\nSelon l'agence, 14 000 personnes ont été accueillies.",
         "14 000", "UNHCR"),
        ("en", "The airlift was run by UNHCR and the IOM. The agency said 14,000 people were sheltered.",
         "14,000", "UNHCR"),
        ("it", "Il ponte aereo è stato gestito dall'Unhcr e dall'Oim. Secondo l'agenzia, 14.000 persone sono state accolte.",
         "14.000", "UNHCR"),
        ("en", "UNHCR said 900 people crossed on Monday. The IOM said 300 more arrived. The agency said 14,000 people were sheltered.",
         "14,000", "IOM"),
    ],
)  # fmt: skip
def test_closing_speakers_and_coordinated_pairs(lang, body, figure, source):
    assert frames(body, lang)[figure][0] == source
