"""Two amounts that one sentence gives in two currencies joined by "and"/"et"/"e" are two
quantities, each compared with its own currency's accounts; an amount converted beside
itself in brackets stays one quantity with its conversion. The documents are written for
these tests."""

from __future__ import annotations

from pathlib import Path

from sourcecheck.pipeline import check
from tests.test_alignment_echoes import _case

_PUBLISHERS = {"en": "Harbour Gazette", "fr": "Le Courrier du Quai", "it": "Gazzetta del Molo"}


def _checked(tmp_path: Path, *bodies: tuple[str, str]):
    """The result of a case of one document per (language, body), all of one day."""
    docs = [(lang, _PUBLISHERS[lang], "2025-05-06", body) for lang, body in bodies]
    return check(_case(tmp_path, *docs), validate=False)


def _subject(result, text: str) -> str:
    return next(c for c in result.claims.to_dict("records") if c["text"] == text)["subject"]


def test_euros_and_dollars_seized_side_by_side_are_two_quantities(tmp_path: Path) -> None:
    result = _checked(
        tmp_path,
        (
            "en",
            "Customs officers seized $0.85 million and €3.15 million in cash across the 4 "
            "ports, the agency said.",
        ),
        (
            "fr",
            "Au total, 3,15 millions d'euros et près de 900 000 dollars ont été saisis en "
            "espèces, selon les douanes.",
        ),
        (
            "it",
            "Nel complesso sono stati sequestrati 3,15 milioni di euro e circa 850.000 "
            "dollari in contanti, secondo la dogana.",
        ),
    )
    euros = [
        _subject(result, t)
        for t in ("€3.15 million", "3,15 millions d'euros", "3,15 milioni di euro")
    ]
    dollars = [_subject(result, t) for t in ("$0.85 million", "près de 900 000 dollars")]
    assert euros[0] and euros[0] != dollars[0]  # "and": two amounts, not one converted
    assert euros[1] != dollars[1]  # "et"
    assert euros[2] != _subject(result, "circa 850.000 dollari")  # "e"
    assert len(set(euros)) == 1 and len(set(dollars)) == 1  # each currency's accounts together
    assert not [f for f in result.findings.to_dict("records") if f["rule"] == "fx-rate"]


def test_an_amount_converted_in_brackets_stays_one_quantity(tmp_path: Path) -> None:
    result = _checked(
        tmp_path,
        (
            "en",
            "The port authority will spend €41 million ($44 million) and £5 million "
            "(€5.85 million) on new cranes.",
        ),
    )
    assert _subject(result, "€41 million") == _subject(result, "$44 million")
    assert _subject(result, "£5 million") == _subject(result, "€5.85 million")
    assert "currency=" not in _subject(result, "€41 million")


def test_a_loss_written_without_its_currency_is_compared_with_the_euro_accounts(
    tmp_path: Path,
) -> None:
    result = _checked(
        tmp_path,
        (
            "it",
            "La cooperativa Ortalia ha chiuso il 2024 con 27 milioni di perdite, secondo il "
            "bilancio pubblicato martedì. I ricavi sono scesi a 210 milioni di euro.",
        ),
        (
            "fr",
            "La coopérative Ortalia a enregistré 41 millions d'euros de pertes en 2024, selon "
            "ses comptes publiés mardi. Son chiffre d'affaires est tombé à 210 millions d'euros.",
        ),
    )
    assert _subject(result, "27 milioni") == _subject(result, "41 millions d'euros")
    conflicts = [f for f in result.findings.to_dict("records") if f["rule"] == "value-conflict"]
    assert conflicts and "27 000 000 EUR" in conflicts[0]["message"]


def test_a_loss_without_currency_stays_a_count_where_its_document_has_no_amount(
    tmp_path: Path,
) -> None:
    result = _checked(
        tmp_path,
        ("it", "La cooperativa Ortalia ha chiuso il 2024 con 27 milioni di perdite."),
        ("fr", "La coopérative Ortalia a enregistré 41 millions d'euros de pertes en 2024."),
    )
    assert "count" in _subject(result, "27 milioni")
