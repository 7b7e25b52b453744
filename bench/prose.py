"""Deterministic fr/en/it news prose dense with figures, for the quantities benchmark.

Why
---
The benchmark needs tens of thousands of words that look like wire copy — figures with every
separator, scale word, currency, unit and qualifier, plus dates, years, references and plain
sentences — without shipping a corpus. Templates filled from a seeded random generator give
the same text on every machine.

Example
-------
>>> text = news_prose(2_000, seed=1)
>>> len(text.split()) >= 2_000
True
"""

from __future__ import annotations

import random

FR = (
    "Selon {src}, {q} {n} policiers ont été déployés dans {small} pays le {day} {month_fr} {year}.",
    "Les bénéfices sont estimés à {dec_fr} millions d'euros, contre {int_fr} € l'an dernier.",
    "L'opération a permis de fermer {q} {int_fr} serveurs et {small} chaînes Telegram.",
    "{src} affirme que {int_fr} « ressources informatiques » ont été saisies en {year}.",
    "Le montant atteint {int_fr} € ({int_en} $ US) selon l'ordonnance n° {small}.",
    "Près de {dec_fr} % des abonnés, soit {q} {word_fr} millions d'utilisateurs, sont concernés.",
    "Une douzaine de perquisitions ont été menées, dont {small} à Rome et {small} à Milan.",
    "Le parc de {int_fr} hectares produit {small} MW depuis le {day} {month_fr}.",
    "Entre {small} et {big} suspects ont été identifiés, a indiqué le parquet à {hh}h{mm}.",
    "La procédure, ouverte en {year}, vise aussi {small} sociétés écrans.",
    "Les enquêteurs ont saisi {q} {dec_fr} milliards de francs suisses et {small} voitures de luxe.",
    "Le réseau comptait {word_fr} revendeurs et plus de {int_fr} clients en Europe.",
    "Cette enquête rappelle celle de l'an dernier, menée par les mêmes magistrats du parquet.",
    "Les autorités n'ont pas souhaité commenter ces informations lundi soir.",
)
EN = (
    "According to {src}, {q} {n} officers were deployed in {small} countries on {day} {month_en}.",
    "Profits are estimated at €{dec_en}m, against {int_en} euros a year earlier.",
    "The raids shut down {q} {int_en} servers and {small} Telegram channels in {year}.",
    '{src} said {int_en} "IT resources" were seized or blacked out, up {dec_en}% on {year}.',
    "The order covers $ {int_en} (US$ {dec_en} million), the court said on {month_en} {day}.",
    "Some {dec_en} million users, {q} {dec_en} percent of subscribers, may be identified.",
    "A dozen searches were carried out, {small} of them in Rome and {small} in Milan.",
    "The {small}-megawatt plant covers {int_en} acres, about {small} km from the coast.",
    "Between {small} and {big} suspects were identified, prosecutors said at 10:{mm}.",
    "The case, opened in {year} under article {small}, also targets {small} shell companies.",
    "Investigators seized £{dec_en}bn in assets and {word_en} luxury cars.",
    "The network had {word_en} resellers and more than {int_en} customers across Europe.",
    "The investigation echoes last year's case, led by the same prosecutors.",
    "Officials declined to comment on the reports on Monday evening.",
)
IT = (
    "Secondo {src}, {q} {n} agenti sono stati impiegati in {small} paesi il {day} {month_it}.",
    "I profitti sono stimati in {dec_fr} milioni di euro, contro {int_it} euro nel {year}.",
    "L'operazione ha oscurato {q} {int_it} server e {small} canali Telegram.",
    "{src} afferma che {int_it} risorse informatiche sono state sequestrate nel {year}.",
    "Il sequestro vale 10 milioni e {small}mila euro, pari a {int_it} dollari.",
    "Circa il {dec_fr}% degli abbonati, {q} {word_it} milioni di utenti, è coinvolto.",
    "Una dozzina di perquisizioni, di cui {small} a Roma e {small} a Milano.",
    "L'impianto da {small} MW occupa {int_it} ettari, a {small} chilometri dalla costa.",
    "Tra {small} e {big} indagati sono stati identificati alle {hh}:{mm}.",
    "Il procedimento penale {big}/{small}, aperto nel {year}, riguarda l'art. {small}-ter.",
    "Sequestrati {q} {dec_fr} miliardi di euro e {small}mila dispositivi.",
    "La rete contava {word_it} rivenditori e oltre {int_it} clienti in Europa.",
    "L'indagine ricorda quella dell'anno scorso, condotta dagli stessi magistrati.",
    "Le autorità non hanno voluto commentare lunedì sera.",
)
SOURCES = ("Eurojust", "la GdF", "Europol", "the Guardia di Finanza", "le parquet", "la Procura")
QUALIFIERS = {
    "fr": ("plus de", "environ", "près de", "au moins", "moins de", "jusqu'à", ""),
    "en": ("more than", "about", "nearly", "at least", "fewer than", "up to", "some", ""),
    "it": ("oltre", "circa", "quasi", "almeno", "meno di", "fino a", "più di", ""),
}
WORDS = {
    "fr": ("trois", "vingt-deux", "cinquante", "cent", "deux mille"),
    "en": ("three", "twenty-two", "fifty", "one hundred", "two thousand"),
    "it": ("tre", "ventidue", "cinquanta", "cento", "duemila"),
}
MONTHS = {
    "fr": ("janvier", "mars", "juin", "novembre"),
    "en": ("January", "March", "June", "November"),
    "it": ("gennaio", "marzo", "giugno", "novembre"),
}


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _fill(template: str, lang: str, rnd: random.Random) -> str:
    n = rnd.randrange(100, 99_999)
    dec = f"{rnd.randrange(1, 999)}.{rnd.randrange(0, 9)}"
    values = {
        "src": rnd.choice(SOURCES),
        "q": rnd.choice(QUALIFIERS[lang]),
        "n": _group(n, {"fr": "\u202f", "en": ",", "it": "."}[lang]),
        "small": str(rnd.randrange(2, 99)),
        "big": str(rnd.randrange(100, 9_999)),
        "int_fr": _group(rnd.randrange(1_000, 99_999_999), "\u00a0"),
        "int_en": _group(rnd.randrange(1_000, 99_999_999), ","),
        "int_it": _group(rnd.randrange(1_000, 99_999_999), "."),
        "dec_fr": dec.replace(".", ","),
        "dec_en": dec,
        "word_fr": rnd.choice(WORDS["fr"]),
        "word_en": rnd.choice(WORDS["en"]),
        "word_it": rnd.choice(WORDS["it"]),
        "day": str(rnd.randrange(1, 28)),
        "month_fr": rnd.choice(MONTHS["fr"]),
        "month_en": rnd.choice(MONTHS["en"]),
        "month_it": rnd.choice(MONTHS["it"]),
        "year": str(rnd.randrange(2010, 2024)),
        "hh": str(rnd.randrange(8, 20)),
        "mm": f"{rnd.randrange(0, 59):02d}",
    }
    return " ".join(template.format(**values).split())


def news_prose(words: int = 60_000, seed: int = 2020) -> str:
    """About `words` words of fr/en/it news paragraphs (a third each), the same for a seed."""
    rnd = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        lang, templates = rnd.choice((("fr", FR), ("en", EN), ("it", IT)))
        paragraph = " ".join(_fill(rnd.choice(templates), lang, rnd) for _ in range(5))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def news_prose_by_language(words: int = 60_000, seed: int = 2020) -> dict[str, str]:
    """Like `news_prose`, one text per language (the parser is given each text's language)."""
    rnd = random.Random(seed)
    out = {}
    for lang, templates in (("fr", FR), ("en", EN), ("it", IT)):
        sentences, count = [], 0
        while count < words // 3:
            s = _fill(rnd.choice(templates), lang, rnd)
            sentences.append(s)
            count += len(s.split())
        out[lang] = "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
    return out
