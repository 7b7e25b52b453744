"""Extraction (DESIGN §4): the claims table of the seed and gold cases, and its parts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sourcecheck.case import load_case
from sourcecheck.extract import COLUMNS, extract_claims
from sourcecheck.extract.gold import read_gold, score
from sourcecheck.extract.lexicon import load_concepts
from sourcecheck.extract.sentences import split
from sourcecheck.extract.things import thing_after
from sourcecheck.schema import CLAIM_COLUMNS, EXTRA_CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted(p.stem for p in (ROOT / "tests" / "gold").glob("*.csv"))


@pytest.fixture(scope="module")
def seed_claims():
    return extract_claims(load_case(ROOT / "seeds" / "perfect-storm"))


def _row(claims, text, start_after=0, thing=None):
    rows = claims[(claims.text == text) & (claims.start >= start_after)]
    if thing is not None:
        rows = rows[rows.thing == thing]
    return rows.iloc[0]


def test_columns_follow_the_contract(seed_claims):
    assert list(seed_claims.columns) == [*CLAIM_COLUMNS, *EXTRA_CLAIM_COLUMNS, "concept_path"]
    assert tuple(seed_claims.columns) == COLUMNS
    first = seed_claims.iloc[0]
    assert first.claim_id == f"{first.doc}#{first.start}"
    assert set(seed_claims.method) == {"extracted"} and set(seed_claims.case) == {"perfect-storm"}


def test_seed_servers_are_eurojusts(seed_claims):
    body = load_case(ROOT / "seeds" / "perfect-storm").documents.body[0]
    row = _row(seed_claims, "5 500", body.index("Eurojust affirme"))
    assert (row.source, row.thing, row.concept, row.concept_path) == (
        "Eurojust",
        "serveurs",
        "server",
        "it-resource/server",
    )
    assert body[row.start : row.end] == "5 500"


def test_seed_it_resources_are_the_guardia_di_finanzas(seed_claims):
    row = _row(seed_claims, "5 500", thing="ressources informatiques")
    assert (row.source, row.concept, row.concept_path) == (
        "Guardia di Finanza",
        "it-resource",
        "it-resource",
    )
    assert row.source_text == "GdF affirme"


@pytest.mark.parametrize("text", ["10 619 000 €", "12 495 271 $ US"])
def test_seed_money_is_the_guardia_di_finanzas(seed_claims, text):
    row = _row(seed_claims, text)
    assert (row.source, row.kind, row.concept) == ("Guardia di Finanza", "money", "profit")


def test_seed_eleven_countries_take_no_list_from_another_paragraph(seed_claims):
    """The seed's "700 policiers … dans 11 pays" lists no country in its sentence; the countries
    named six paragraphs later are another statement's, not this count's list (issue 10)."""
    row = _row(seed_claims, "11")
    assert (row.source, row.concept, row["items"]) == ("Eurojust", "country", "")


def test_seed_other_things(seed_claims):
    expected = {
        "350": ("chaînes Telegram", "telegram-channel", "Guardia di Finanza"),
        "334": ("comptes PayPal", "paypal-account", "Eurojust"),
        "30": ("ordres de perquisition et de saisie", "search-warrant", "TorrentFreak"),
        "plus de 50 millions": ("utilisateurs", "user", "police"),
        "700": ("policiers", "police-officer", "Eurojust"),
    }
    for text, (thing, concept, source) in expected.items():
        row = _row(seed_claims, text)
        assert (row.thing, row.concept, row.source) == (thing, concept, source), text


@pytest.mark.parametrize("case", GOLD)
def test_extraction_meets_the_gold(case):
    claims = extract_claims(load_case(ROOT / "seeds" / case))
    s = score(claims, read_gold(ROOT / "tests" / "gold" / f"{case}.csv"))
    assert s["precision"] >= 0.95 and s["recall"] >= 0.95, (s["missed"], s["extra"])
    assert s["source"] >= 0.90, s["wrong_source"]
    assert s["concept"] >= 0.90, s["wrong_concept"]


def test_gold_score_falls_when_a_figure_is_lost():
    gold = read_gold(ROOT / "tests" / "gold" / "perfect-storm.csv")
    claims = extract_claims(load_case(ROOT / "seeds" / "perfect-storm"))
    s = score(claims.iloc[1:].assign(source="x"), gold)
    assert s["recall"] == pytest.approx(17 / 18) and s["source"] == 0.0


def test_dates_scopes_and_attribution_across_languages():
    claims = extract_claims(load_case(ROOT / "seeds" / "pension-protests"))
    by = {(r.doc[:8], r.text): r for r in claims.itertuples()}
    assert by[("retraite", "1,28 million")].refers_to == "2023-03-07"
    assert by[("retraite", "1,12 million")].refers_to == "2023-01-19"
    assert by[("pension-", "1.28 million")].refers_to == "2023-03-07"  # "on Tuesday"
    assert by[("pensioni", "81.000")].source == "police"
    assert by[("pensioni", "700.000")].source == "CGT"  # "annunciati dalla CGT"
    assert by[("retraite", "4 200")].scope == "Paris"
    assert by[("retraite", "11 000")].scope == ""
    assert by[("retraite", "22")].concept == "arrest"  # "22 personnes … interpellées"
    assert by[("pension-", "3.5 million")].thing == "protesters"  # carried from 1.28 million


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Dupont a vu le Dr. House. Il part.", ["M. Dupont a vu le Dr. House.", "Il part."]),
        ("La S.p.A. Alfa ha 12.495.271 euro, art. 5 e n. 3. Fine.", ["La S.p.A. Alfa ha 12.495.271 euro, art. 5 e n. 3.", "Fine."]),
        ("Profits reached 10.7 million. Police said 5,500.", ["Profits reached 10.7 million.", "Police said 5,500."]),
        ("Titre\nCorps du texte. Suite.", ["Titre", "Corps du texte.", "Suite."]),
        ("M. Dupont a dit 10.5. Puis il part.", ["M. Dupont a dit 10.5.", "Puis il part."]),
        ("Profits rose in 2020. The U.S. agency said so.", ["Profits rose in 2020.", "The U.S. agency said so."]),
    ],
)  # fmt: skip
def test_sentence_splitter(text, expected):
    assert [text[s.start : s.end] for s in split(text)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "thing", "concept"),
    [
        ("5 500 serveurs utilisés pour diffuser", "fr", "serveurs", "server"),
        ("5 500 «ressources informatiques» ont été", "fr", "ressources informatiques", "it-resource"),
        ("350 chaînes Telegram.", "fr", "chaînes Telegram", "telegram-channel"),
        ("30 ordres de perquisition et de saisie visant", "fr", "ordres de perquisition et de saisie", "search-warrant"),
        ("50 milioni di utenti", "it", "utenti", "user"),
        ("5,500 IT resources were seized", "en", "IT resources", "it-resource"),
        ("700 policiers ont été déployés", "fr", "policiers", "police-officer"),
        ("12 carabinieri sono arrivati", "it", "carabinieri", None),
    ],
)  # fmt: skip
def test_thing_after_a_count(text, lang, thing, concept):
    number = text.split(" ")[0] if not text.startswith("5 500") else "5 500"
    if text.startswith("50 milioni"):
        number = "50 milioni"
    found = thing_after(text, len(number), len(text), lang, load_concepts())
    assert (text[found[0] : found[1]], found[2]) == (thing, concept)


def test_spelling_and_language_variants_meet():
    lex = load_concepts()
    assert lex.match("serveurs") == lex.match("servers") == lex.match("server") == "server"
    assert lex.match("serveur") == "server" and lex.match("risorse informatiche") == "it-resource"


def test_project_lexicons_extend_the_shipped_ones(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "seeds" / "perfect-storm", project / "seeds" / "perfect-storm")
    (project / "rules").mkdir()
    (project / "rules" / "concepts-newsroom.yaml").write_text(
        "concepts:\n  smart-card:\n    parent: it-resource\n    names: {fr: [cartes à puce]}\n"
    )
    (project / "rules" / "sources-newsroom.yaml").write_text(
        "sources:\n  Eurojust:\n    aliases: [l'agence de l'UE]\n"
    )
    body = (project / "seeds/perfect-storm/perfect-storm-fr.md").read_text()
    body += "\nSelon l'agence de l'UE, 40 cartes à puce ont été saisies.\n"
    (project / "seeds/perfect-storm/perfect-storm-fr.md").write_text(body)
    claims = extract_claims(load_case(project / "seeds" / "perfect-storm"))
    row = claims[claims.text == "40"].iloc[0]
    assert (row.concept, row.concept_path, row.source) == (
        "smart-card",
        "it-resource/smart-card",
        "Eurojust",
    )


def test_unknown_things_are_grouped_by_spelling(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\nlanguage: it\n---\nSecondo Europol, 12 carabinieri sono arrivati.\n"
    )
    (tmp_path / "b.md").write_text(
        "---\nlanguage: it\n---\nSecondo Europol, 14 carabiniere sono arrivati.\n"
    )
    claims = extract_claims(load_case(tmp_path))
    assert claims.concept.tolist() == ["carabinieri", "carabinieri"]


def test_manual_claims_replace_extracted_ones(tmp_path, seed_case):
    case = tmp_path / "perfect-storm"
    shutil.copytree(seed_case, case)
    (case / "claims.csv").write_text(
        "doc,source,text,thing\n"
        "perfect-storm-fr.md,Fiamme Gialle,5500 serveurs,serveurs\n"
        "perfect-storm-fr.md,Europol,plus de 3 000 ordinateurs,ordinateurs\n"
    )
    claims = extract_claims(load_case(case))
    manual = claims[claims.method == "manual"]
    assert len(claims) == 18 + 1  # one replaced, one added
    first = manual[manual.thing == "serveurs"].iloc[0]
    assert (first.source, first.start, first.value, first.concept) == (
        "Guardia di Finanza",
        112,
        5500.0,
        "server",
    )
    added = manual[manual.thing == "ordinateurs"].iloc[0]
    assert (added.start, added.value, added.qualifier) == (-1, 3000.0, "more_than")


def test_claims_command_writes_csv_and_json(tmp_path, seed_case):
    out = tmp_path / "claims.json"
    code = subprocess.run(
        [sys.executable, "-m", "sourcecheck", "claims", str(seed_case), "-o", str(out), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT,
    ).returncode  # fmt: skip
    assert code == 0 and out.read_text().lstrip().startswith("[")
    csv = subprocess.run(
        [sys.executable, "-m", "sourcecheck", "claims", str(seed_case)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert csv.stdout.splitlines()[0].startswith("claim_id,doc,publisher")
    assert len(csv.stdout.splitlines()) == 19


def test_claims_command_does_not_import_great_expectations(seed_case):
    code = (
        f"import sys; from sourcecheck.cli import main; main(['claims', {str(seed_case)!r}, "
        "'-o', '/dev/null']); print('great_expectations' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("le 7 mars", "2023-03-08", [("2023-03-07", False)]),
        ("on 31 January", "2024-02-02", [("2024-01-31", False)]),
        ("il 6 novembre", "2020-11-12", [("2020-11-06", False)]),
        ("le 28 décembre", "2024-01-05", [("2023-12-28", False)]),  # last year's December
        ("vendredi dernier", "2020-11-12", [("2020-11-06", False)]),
        ("depuis mardi", "2024-07-26", [("2024-07-23", True)]),  # opens a period
        # the day of the event a since-clause starts the period with
        ("since the flood struck on Tuesday", "2024-07-26", [("2024-07-23", True)]),
        ("depuis que la crue a frappé mardi", "2024-07-26", [("2024-07-23", True)]),
        ("da quando il fiume è esondato martedì", "2024-07-26", [("2024-07-23", True)]),
        ("evacuated from homes near the river on Tuesday", "2024-07-26", [("2024-07-23", False)]),
        ("PARIS, March 8 (Wire) - x", "2023-03-08", []),  # a dateline
        ("le 7 mars", None, [(None, False)]),  # no publication date: no guess
    ],
)
def test_dates_resolve_against_the_publication_date(text, published, expected):
    from sourcecheck.extract.dates import find_dates

    assert [(d.iso, d.since) for d in find_dates(text, published)] == expected


def test_manual_claim_with_value_and_no_text(tmp_path, seed_case):
    case = tmp_path / "perfect-storm"
    shutil.copytree(seed_case, case)
    (case / "claims.csv").write_text(
        "doc,source,value,currency,thing\nperfect-storm-fr.md,Europol,2500000,EUR,\n"
    )
    claims = extract_claims(load_case(case))
    row = claims[claims.method == "manual"].iloc[0]
    assert (row.value, row.low, row.high, row.currency, row.kind, row.start) == (
        2500000.0,
        2500000.0,
        2500000.0,
        "EUR",
        "money",
        -1,
    )


def test_unknown_language_document_still_gives_claims(tmp_path):
    (tmp_path / "de.txt").write_text("Die Polizei sagte, 700 Beamte seien im Einsatz gewesen.\n")
    (tmp_path / "fr.md").write_text(
        "---\npublisher: Eurojust\n---\nSelon Europol, 23 suspects sont recherchés dans la ville.\n"
    )
    loaded = load_case(tmp_path)
    claims = extract_claims(loaded)
    assert claims[["doc", "value"]].values.tolist() == [["de.txt", 700.0], ["fr.md", 23.0]]
    fr = claims[claims.doc == "fr.md"].iloc[0]
    assert (fr.source, fr.concept, fr.lang) == ("Europol", "suspect", "fr")
    assert claims[claims.doc == "de.txt"].iloc[0].source == ""  # no publisher, no attribution


def test_a_count_refined_by_its_verb():
    claims = extract_claims(load_case(ROOT / "seeds" / "hookline-takedown"))
    en = claims[claims.doc == "hookline-europol-en.md"].set_index("text")
    assert en.loc["37", "concept"] == "arrest"  # "arrested 37 suspects"
    assert en.loc["70", "concept"] == "search"  # "searched 70 addresses"
    assert en.loc["12", "concept"] == "arrest"  # "12 of the suspects were arrested"
    fr = claims[claims.doc == "hookline-fr.md"].set_index("text")
    assert fr.loc["12", "source"] == "Polizia Postale"  # a name, not "la polizia" pointing back


@pytest.mark.parametrize(
    ("text", "thing", "concept"),
    [
        ("in tutto il mondo gli arresti sono 37", "arresti", "arrest"),
        ("The number of arrests reached 37", "arrests", "arrest"),
        ("I cortei sono stati oltre 370", "cortei", "demonstration"),
        ("Mardi, 37", None, None),  # nothing the lexicon knows: no guess
    ],
)
def test_thing_before_a_count(text, thing, concept):
    from sourcecheck.extract.things import thing_before

    pos = text.index("oltre") if "oltre" in text else text.rindex(" ") + 1
    found = thing_before(text, pos, 0, load_concepts())
    got = (text[found[0] : found[1]], found[2]) if found else (None, None)
    assert got == (thing, concept)


@pytest.mark.parametrize(
    ("lang", "sentence", "figure", "source"),
    [
        ("en", "The CGT, which claimed 3.5 million protesters, left.", "3.5 million", "CGT"),
        ("en", "They called the police figure of 81,000 a joke.", "81,000", "police"),
        ("en", "Investigators searched 70 addresses.", "70", "Wire"),  # an actor, not a speaker
        ("en", "Europol seized 70 servers.", "70", "Europol"),  # a named agency acting
        ("en", '"More than 2,000 criminals used it," Europol said.', "More than 2,000", "Europol"),
        ("fr", "« Plus de 50 millions d'utilisateurs », a déclaré le procureur.", "Plus de 50 millions", "prosecutor"),
        ("fr", "La CGT a recensé 3,5 millions de grévistes, tandis que le ministère en a compté 1,28 million.", "1,28 million", "le ministère"),
        ("fr", "Quelque 35 000 foyers, selon le gestionnaire du réseau Terna.", "Quelque 35 000", "Terna"),
        ("it", "Le Fiamme Gialle hanno inoltre oscurato 350 canali Telegram.", "350", "Guardia di Finanza"),
        ("it", "Secondo gli inquirenti, 480.000 carte di credito.", "480.000", "gli inquirenti"),
        ("it", "Il danno è di 10,7 milioni di euro, ha detto il procuratore.", "10,7 milioni di euro", "prosecutor"),
        ("fr", "Selon Eurojust, 11 pays. L'agence précise que 334 comptes PayPal ont été saisis.", "334", "Eurojust"),
        ("fr", "Selon Eurojust, 11 pays. Ensuite, 700 policiers sont intervenus.", "700", "Eurojust"),
        ("fr", "Selon Eurojust, 11 pays. Puis un titre\n700 policiers sont intervenus.", "700", "Wire"),
        ("it", "Secondo Europol, 11 paesi. Il ministero parla di 700 agenti.", "700", "il ministero"),
        ("en", "Europol said 11 countries. It added that 700 officers took part.", "700", "Europol"),
    ],
)  # fmt: skip
def test_attribution_patterns(lang, sentence, figure, source):
    from sourcecheck.extract import Lexicons, extract_document

    doc = {"doc": "x", "body": sentence, "lang": lang, "publisher": "Wire", "published": None}
    claims = {c["text"]: c for c in extract_document(doc, Lexicons.load())}
    assert claims[figure]["source"] == source


def test_a_weekday_closing_the_clause_dates_the_figure():
    from sourcecheck.extract import Lexicons, extract_document

    body = "Plus de 350 rassemblements ont été déclarés dans le pays mardi."
    doc = {"doc": "x", "body": body, "lang": "fr", "publisher": "P", "published": "2023-03-08"}
    assert extract_document(doc, Lexicons.load())[0]["refers_to"] == "2023-03-07"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("dont 1 100 à Faenza.", "Faenza"),  # a town no list knows
        ("1.100 nel solo comune di Faenza.", "Faenza"),
        ("A Parigi la polizia ha contato 81.000 manifestanti.", "Paris"),
        ("plus de 50 millions d'utilisateurs dans le monde", "world"),
        ("Il a versé 5 000 euros à Emmanuel Macron.", ""),  # a person, not a place
        ("In June, 5,000 people left.", ""),  # a month, not a place
    ],
)
def test_scope_of_a_figure(text, scope):
    from sourcecheck.extract import Lexicons, extract_document

    doc = {"doc": "x", "body": text, "lang": None, "publisher": "P", "published": None}
    assert extract_document(doc, Lexicons.load())[0]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a day earlier", "2024-03-11"),
        ("two days earlier", "2024-03-10"),
        ("contre 400 000 la semaine précédente", "2024-03-05"),
        ("una settimana prima", "2024-03-05"),
    ],
)
def test_days_counted_from_the_storys_day(text, expected):
    """A story told on Tuesday 12 March: "a day earlier" is Monday 11 (issue 10, day)."""
    from sourcecheck.extract.dates import find_dates

    assert [d.iso for d in find_dates(text, "2024-03-16", story="2024-03-12")] == [expected]
