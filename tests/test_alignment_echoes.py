"""Echoes: an amount told again in another currency takes the subject of the amount it tells,
whatever words the retelling uses; the fx-rate rule then names the swap. The documents are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert "told in USD" in told["subject_evidence"]
    swaps = [f for f in result.findings.to_dict("records") if f["rule"] == "fx-rate"]
    assert len(swaps) == 1 and "swapped currency" in swaps[0]["message"]


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
        # an open amount meets every larger one: it echoes none
        (("en", "Wire", "2025-06-03", "The group invested more than €2 billion in Spain."),
         ("it", "Agenzia", "2025-06-04", "Il gruppo ha ricavi per 5 miliardi di dollari.")),
    ],
)  # fmt: skip
def test_no_echo(tmp_path: Path, docs) -> None:
    result = check(_case(tmp_path, *docs), validate=False)
    assert "told in" not in " ".join(result.claims["subject_evidence"].fillna(""))
    assert not [f for f in result.findings.to_dict("records") if "swapped" in f["message"]]
