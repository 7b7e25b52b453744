"""Echoes: an amount told again in another currency, or with another scale word, takes the
subject of the amount it tells, whatever words and day the retelling gives; the fx-rate and
scale-word rules then name the slip. The documents are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sourcecheck.align.echoes import echoed
from sourcecheck.pipeline import check


def _case(tmp_path: Path, *docs: tuple[str, str, str, str]) -> Path:
    """Documents (language, publisher, published, body) as a case folder."""
    for i, (lang, publisher, published, body) in enumerate(docs, 1):
        front = f"---\ntitle: t\npublisher: {publisher}\npublished: {published}\nlanguage: {lang}\n"
        (tmp_path / f"0{i}-{lang}.md").write_text(f"{front}---\n{body}\n", encoding="utf-8")
    return tmp_path


def _claim(result, text: str) -> dict:
    return next(c for c in result.claims.to_dict("records") if c["text"] == text)


def test_a_loss_retold_in_dollars_with_other_words_is_the_same_amount(tmp_path: Path) -> None:
    result = check(
        _case(
            tmp_path,
            (
                "en",
                "Brussels Wire",
                "2025-03-04",
                "Veltrax's net loss reached €1.4 billion last year, the company said on Tuesday.",
            ),
            (
                "it",
                "Corriere del Lario",
                "2025-03-05",
                "Il gruppo ha chiuso il 2024 con un rosso di 1,4 miliardi di dollari.",
            ),
        ),
        validate=False,
    )
    told = _claim(result, "1,4 miliardi di dollari")
    assert told["subject"] == _claim(result, "€1.4 billion")["subject"]
    # one amount: the 2024 loss (the day it was said is not its period), or told in USD
    assert "about 2024" in told["subject_evidence"] or "told in USD" in told["subject_evidence"]
    swaps = [f for f in result.findings.to_dict("records") if f["rule"] == "fx-rate"]
    assert len(swaps) == 1 and "swapped currency" in swaps[0]["message"]


def test_millions_retold_as_billions_the_next_day_is_a_slip_not_an_update(tmp_path: Path) -> None:
    result = check(
        _case(
            tmp_path,
            (
                "it",
                "Agenzia Dora",
                "2026-02-09",
                "La raccolta fondi per il restauro del teatro ha raggiunto 4,8 milioni di euro, "
                "ha detto il presidente del consorzio.",
            ),
            (
                "en",
                "Northern Wire",
                "2026-02-10",
                "Donations to restore the opera house reached €4.8 billion, the consortium's "
                "chairman said.",
            ),
        ),
        validate=False,
    )
    told = _claim(result, "€4.8 billion")
    assert told["subject"] == _claim(result, "4,8 milioni di euro")["subject"]
    assert "scale perhaps slipped" in told["subject_evidence"]
    rules = sorted(result.findings["rule"])
    assert rules == ["scale-word"]  # not an update of a running figure


def test_acres_for_hectares_in_a_retelling_are_one_area(tmp_path: Path) -> None:
    result = check(
        _case(
            tmp_path,
            (
                "fr",
                "Agence Lumen",
                "2026-08-04",
                "Le feu de Valcroze a parcouru 2 300 hectares "
                "(environ 5 700 acres), selon les pompiers.",
            ),
            (
                "it",
                "Agenzia Dora",
                "2026-08-05",
                "L'incendio di Valcroze ha distrutto 2.300 "
                "ettari di bosco, secondo i vigili del fuoco.",
            ),
            (
                "en",
                "Northern Wire",
                "2026-08-05",
                "Firefighters said the Valcroze blaze "
                "scorched some 2,300 acres of pine forest in the hills.",
            ),
        ),  # fmt: skip
        validate=False,
    )
    told = _claim(result, "some 2,300 acres")
    assert told["subject"] == _claim(result, "2.300 ettari")["subject"]
    assert "unit-conversion" in set(result.findings["rule"])


def _table(*rows: tuple[str, str, str, float, str]) -> pd.DataFrame:
    """(document, currency, unit, value, subject) → the columns `echoed` reads."""
    return pd.DataFrame(
        [
            {"claim_id": f"{d}#{i}", "case": "c", "doc": d, "currency": cur, "unit": unit,
             "dimension": "money" if cur else "[length] ** 2", "value": v, "low": v * 0.99,
             "high": v * 1.01, "published": "2026-08-04", "owner": "", "quote": "",
             "subject": subject, "subject_label": subject, "evidence": "", "restated": False}
            for i, (d, cur, unit, v, subject) in enumerate(rows)
        ]
    )  # fmt: skip


def test_an_area_retold_in_acres_under_another_noun_takes_the_hectares_subject() -> None:
    out = echoed(
        _table(
            ("a.md", "", "hectare", 2300.0, "burned-area|Valcroze"),
            ("b.md", "", "hectare", 2300.0, "burned-area|Valcroze"),
            ("c.md", "", "acre", 2300.0, "pine-forest"),
        )
    )
    assert out["subject"].tolist() == ["burned-area|Valcroze"] * 3
    assert "unit perhaps swapped" in out["evidence"].iloc[2]


def test_a_conversion_beside_its_figure_never_echoes() -> None:
    table = _table(("a.md", "", "acre", 50.0, "area-a"), ("b.md", "", "hectare", 50.0, "area-b"))
    assert echoed(table.assign(restated=[True, False]))["subject"].tolist() == [
        "area-a",
        "area-b",
    ]


@pytest.mark.parametrize(
    "docs",
    [
        # one document gives the number in both currencies: two amounts, side by side
        (("en", "Wire", "2025-06-03", "The fund pledged €300 million to Alder and "
          "$300 million to Brume."),
         ("it", "Agenzia", "2025-06-04", "Le perdite del gruppo ammontano a 300 milioni di "
          "dollari.")),
        # two named owners, neither named in the other's sentence
        (("en", "Wire", "2025-06-03", "Regulators fined Alder Foods €250 million."),
         ("it", "Agenzia", "2025-06-04", "Il fatturato di Brume Logistica è di 250 milioni "
          "di dollari.")),
        # one document gives both sizes: two amounts, not a slip
        (("en", "Wire", "2025-06-03", "The town will spend €2 million on its school and the "
          "state €2 billion on the railway."),
         ("fr", "Agence", "2025-06-04", "Le chantier ferroviaire coûtera 2 millions d'euros "
          "selon la mairie.")),
        # a conversion beside its figure is that figure's number, told by no one else
        (("en", "Wire", "2025-06-03", "The train entered a curve limited to 80 km/h (50 mph) "
          "on Monday."),
         ("fr", "Agence", "2025-06-04", "Le convoi roulait encore à 50 km/h au moment du "
          "choc.")),
        # an open amount meets every larger one: it echoes none
        (("en", "Wire", "2025-06-03", "The group invested more than €2 billion in Spain."),
         ("it", "Agenzia", "2025-06-04", "Il gruppo ha ricavi per 5 miliardi di dollari.")),
    ],
)  # fmt: skip
def test_no_echo(tmp_path: Path, docs) -> None:
    result = check(_case(tmp_path, *docs), validate=False)
    assert "told in" not in " ".join(result.claims["subject_evidence"].fillna(""))
    assert not [f for f in result.findings.to_dict("records") if "swapped" in f["message"]]
