"""Currencies written before or after a figure, as symbol, code or word → ISO 4217.

Why
---
"10 619 000 €", "€10.7m", "EUR 5", "12 495 271 $ US", "US$ 5", "5 dollars canadiens",
"10 milioni di euro", "£3bn", "CHF 2", "2 francs suisses" all name a currency; the `fx-rate`
rule needs the ISO code. A bare "$" or "dollars" is most often US dollars but not always
(Canada, Australia, Hong Kong…): it reads as USD with the ambiguity flag "currency".

Example
-------
>>> currency_of("$ US")
('USD', False)
>>> currency_of("$")
('USD', True)
>>> currency_of("francs suisses")
('CHF', False)
>>> currency_of("SFr"), currency_of("francs CFA")
(('CHF', False), ('XOF', False))
"""

from __future__ import annotations

from sourcecheck.quantities.lexicon import alternation, normalise, reversed_alternation

_USD = ("USD", False)
_USD_AMBIGUOUS = ("USD", True)

# Forms that may stand before the figure ("€ 5", "US$5", "EUR 10").
PREFIX: dict[str, tuple[str, bool]] = {
    "€": ("EUR", False),
    "eur": ("EUR", False),
    "$": _USD_AMBIGUOUS,
    "us$": _USD,
    "u.s.$": _USD,
    "usd": _USD,
    "usd$": _USD,
    "us $": _USD,
    "c$": ("CAD", False),
    "ca$": ("CAD", False),
    "can$": ("CAD", False),
    "cad": ("CAD", False),
    "cad$": ("CAD", False),
    "c $": ("CAD", False),
    "a$": ("AUD", False),
    "au$": ("AUD", False),
    "aud": ("AUD", False),
    "hk$": ("HKD", False),
    "hk $": ("HKD", False),
    "mxn": ("MXN", False),
    "mxn$": ("MXN", False),
    "mex$": ("MXN", False),
    "aud$": ("AUD", False),
    "nzd$": ("NZD", False),
    "hkd$": ("HKD", False),
    "euro": ("EUR", False),
    "euros": ("EUR", False),  # "over Euros 250 million"
    "dollari": _USD_AMBIGUOUS,
    "hkd": ("HKD", False),
    "nz$": ("NZD", False),
    "nzd": ("NZD", False),
    "£": ("GBP", False),
    "gbp": ("GBP", False),
    "chf": ("CHF", False),
    "sfr": ("CHF", False),  # "SFr 95 million", "Sfr95m"
    "¥": ("JPY", True),
    "jpy": ("JPY", False),
    "cny": ("CNY", False),
    "rmb": ("CNY", False),
    "₹": ("INR", False),
    "inr": ("INR", False),
    "₽": ("RUB", False),
    "rub": ("RUB", False),
    "r$": ("BRL", False),
    "brl": ("BRL", False),
    "₺": ("TRY", False),
    "sek": ("SEK", False),
    "nok": ("NOK", False),
    "dkk": ("DKK", False),
    "pln": ("PLN", False),
    "czk": ("CZK", False),
    "huf": ("HUF", False),
    "ron": ("RON", False),
    "bgn": ("BGN", False),
    "₿": ("XBT", False),
    "₩": ("KRW", False),
    "₦": ("NGN", False),
    "฿": ("THB", False),
    "₫": ("VND", False),
    "₱": ("PHP", False),
    "₴": ("UAH", False),
    "₪": ("ILS", False),
    "₡": ("CRC", False),
    "₾": ("GEL", False),
    "₭": ("LAK", False),
    "元": ("CNY", False),
    "btc": ("XBT", False),
}

# Words written after the figure (the prefix forms are accepted there too).
_WORDS: dict[str, tuple[str, bool]] = {
    "euro": ("EUR", False),
    "euros": ("EUR", False),
    "$ us": _USD,
    "$us": _USD,
    "$ usa": _USD,
    "$ américains": _USD,
    "us dollars": _USD,
    "u.s. dollars": _USD,
    "us dollar": _USD,
    "dollars us": _USD,
    "dollars américains": _USD,
    "dollars des états-unis": _USD,
    "dollari usa": _USD,
    "dollari americani": _USD,
    "dollari statunitensi": _USD,
    "dollaro usa": _USD,
    "dollar": _USD_AMBIGUOUS,
    "dollars": _USD_AMBIGUOUS,
    "dollaro": _USD_AMBIGUOUS,
    "dollari": _USD_AMBIGUOUS,
    "$ canadiens": ("CAD", False),
    "$ c": ("CAD", False),
    "$c": ("CAD", False),
    "$cad": ("CAD", False),
    "$ hk": ("HKD", False),
    "$hk": ("HKD", False),
    "chinese yuan": ("CNY", False),
    "yuan chinois": ("CNY", False),
    "turkish lira": ("TRY", False),
    "livres turques": ("TRY", False),
    "lire turche": ("TRY", False),
    "mexican pesos": ("MXN", False),
    "pesos mexicains": ("MXN", False),
    "japanese yen": ("JPY", False),
    "$ can": ("CAD", False),
    "$ ca": ("CAD", False),
    "$ cad": ("CAD", False),
    "$can": ("CAD", False),
    "dollars canadiens": ("CAD", False),
    "canadian dollars": ("CAD", False),
    "dollari canadesi": ("CAD", False),
    "australian dollars": ("AUD", False),
    "dollars australiens": ("AUD", False),
    "dollari australiani": ("AUD", False),
    "hong kong dollars": ("HKD", False),
    "livres sterling": ("GBP", False),
    "livre sterling": ("GBP", False),
    "livres": ("GBP", True),
    "pounds sterling": ("GBP", False),
    "pounds": ("GBP", True),
    "sterline": ("GBP", False),
    "sterlina": ("GBP", False),
    "sterling": ("GBP", False),
    "francs suisses": ("CHF", False),
    "franc suisse": ("CHF", False),
    "swiss francs": ("CHF", False),
    "franchi svizzeri": ("CHF", False),
    "franco svizzero": ("CHF", False),
    "francs cfa": ("XOF", False),
    "franchi cfa": ("XOF", False),
    "cfa francs": ("XOF", False),
    "zlotys": ("PLN", False),
    "zloty": ("PLN", False),
    "złotys": ("PLN", False),
    "złoty": ("PLN", False),
    "couronnes suédoises": ("SEK", False),
    "corone svedesi": ("SEK", False),
    "swedish kronor": ("SEK", False),
    "couronnes danoises": ("DKK", False),
    "corone danesi": ("DKK", False),
    "danish kroner": ("DKK", False),
    "couronnes norvégiennes": ("NOK", False),
    "corone norvegesi": ("NOK", False),
    "norwegian kroner": ("NOK", False),
    "couronnes tchèques": ("CZK", False),
    "corone ceche": ("CZK", False),
    "czech crowns": ("CZK", False),
    "forints": ("HUF", False),
    "fiorini ungheresi": ("HUF", False),
    "yen": ("JPY", False),
    "yens": ("JPY", False),
    "yuan": ("CNY", False),
    "yuans": ("CNY", False),
    "renminbi": ("CNY", False),
    "roubles": ("RUB", False),
    "rubles": ("RUB", False),
    "rubli": ("RUB", False),
    "rupees": ("INR", False),
    "roupies": ("INR", False),
    "bitcoin": ("XBT", False),
    "bitcoins": ("XBT", False),
}

SUFFIX: dict[str, tuple[str, bool]] = {**PREFIX, **_WORDS}

PREFIX_PATTERN_REVERSED = reversed_alternation(PREFIX)
SUFFIX_PATTERN = alternation(SUFFIX)


def currency_of(written: str) -> tuple[str, bool]:
    """The ISO code of a written currency and whether it is ambiguous."""
    return SUFFIX[normalise(written)]
