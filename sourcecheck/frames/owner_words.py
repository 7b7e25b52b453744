"""The words of whose-figure and of-what-whole, compiled once per language.

Why
---
`frames/owner.py` and `frames/parts.py` read a figure's clause with the same vocabulary
(`frames/data/owner.yaml`, fr/en/it); compiling it once per process keeps extraction fast and
keeps the grammar modules about how words combine, not which words they are.

Example
-------
>>> bool(vocabulary("en").took.search("Veltro was fined"))
True
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sourcecheck import regexcache
from sourcecheck.frames.parts import compile_parts


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


class _Words:
    """The compiled words of one language (every language's when it is unknown)."""

    def __init__(self, lang: str | None):
        # imported here: extraction imports this module, and these live beside extraction
        from sourcecheck.extract.framedata import LANGS, alternation, load
        from sourcecheck.extract.places import countries_named

        self.is_place = lru_cache(maxsize=8192)(countries_named)  # asked of every name read
        data = load("owner")
        langs = (lang,) if lang in LANGS else LANGS

        def entry(name: str) -> list[str]:
            return [w for code in langs for w in (data.get(name) or {}).get(code) or ()]

        self.to = regexcache.compile(rf"(?<![\w'’])(?:{alternation(entry('to'))})\s+(?=\S)", re.I)
        # a `took` entry opening with a comma is a participle after the name ("Veltro,
        # sanctionnée de 3 millions"): the comma follows the name's last letter
        took = [w for w in entry("took") if not w.startswith(",")]
        after_comma = [w[1:].strip() for w in entry("took") if w.startswith(",")]
        self.took = regexcache.compile(
            rf"(?:(?<!\w)(?:{alternation(took)})|,\s*(?:{alternation(after_comma)}))\b", re.I
        )
        # "carried out 640 interventions" is work done, not a company's own count
        self.holds = regexcache.compile(
            rf"(?<!\w)(?:{alternation(entry('holds'))})\b(?!\s+out\b)", re.I
        )
        self.relative_after = regexcache.compile(
            rf"\s*(?:{alternation(entry('relative_after'))})\s*(?=[^\W\d_])", re.I
        )
        self.year_aside = regexcache.compile(
            rf"\s+(?<![\w'’])(?:{alternation(entry('years'))})\s+\d{{4}}\s*$", re.I
        )
        self.relative = regexcache.compile(
            rf"\s*,?\s*(?<![\w'’])(?:{alternation(entry('relative'))})\s*$", re.I
        )
        self.verb = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('verbs'))})\s+(?:(?-i:[a-zà-ÿ]\w*)\s+)?", re.I
        )
        self.possessive = regexcache.compile(
            r"(?<![\w'’])(?=[^\W\d_][\w&.-]*(?:\s[^\W\d_][\w&.-]*){0,3}['’]s\b)"
        )
        heads, of = alternation(entry("heads")), alternation(entry("of"))
        # a head, an adjective maybe ("le bénéfice net de"), then `of`
        self.of = regexcache.compile(
            rf"(?<!\w)(?:{heads})\s+(?:(?-i:[a-zà-ÿ]\w*)\s+)?(?:{of})\s*", re.I
        )
        # a company's part named before its name: "la divisione Frigoriferi"
        self.division = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('divisions'))})\s+$", re.I
        )
        # a sentence opening on the body its figures are of: the body's name (its acronym in
        # brackets maybe) and a comma; the hosts word a word of its own, not the first
        # letters of a dateline's city ("ATHENS, July 22": no "At HENS")
        self.host = regexcache.compile(
            rf"\s*(?:{alternation(entry('hosts'))})(?:(?<=['’])|\b)\s*(?P<described>(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){{0,3}})"
            rf"(?P<name>(?-i:[^\W\d_a-zà-ÿ])[^,;:()\d.]{{0,60}}?)"
            rf"\s*(?:\(\s*(?P<acronym>(?-i:[A-Z][A-Z0-9]{{1,7}}))\s*\))?\s*,",
            re.I,
        )
        self.preposition = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('prepositions'))})\s*$", re.I
        )
        conj = alternation(entry("conjunctions"))
        self.conj_after = regexcache.compile(rf"\w*\s+(?:{conj})\s", re.I)  # a list goes on
        self.gapped = regexcache.compile(
            rf"(?<![\w'’])(?:{conj})\s+(?:[^\W\d][\w'’-]*\s+){{0,2}}(?=(?-i:[^\W\d_a-zà-ÿ])\S*\s*$)",
            re.I,
        )
        # a list's next item before its figure: the noun of the item before maybe, a comma
        # or a conjunction, up to three words
        self.next_item = regexcache.compile(
            rf"\s*(?:[^\W\d][\w'’-]*\s*){{0,2}}(?:[,;]|(?<![\w'’])(?:{conj}))\s+"
            rf"(?:[^\W\d][\w'’-]*\s+){{1,3}}$",
            re.I,
        )
        self.carry_stop = regexcache.compile(r"[\d;:()\n]|[.!?]\s")
        self.score = regexcache.compile(rf"(?<![\w'’])(?:{alternation(entry('scores'))})\s*$", re.I)
        self.scored_for = regexcache.compile(
            rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:{alternation(entry('scored_for'))})\s+(?=\S)", re.I
        )
        # an item of a list: a comma or a conjunction, up to two lowercase words ("l'italienne"),
        # a name, then its figure's bracket or linking word
        # (or a word that sets it against the item before: "… face à Derna (41,6 %)")
        against = alternation(entry("against"))
        self.item = regexcache.compile(
            rf"(?:,|;|(?<![\w'’])(?:{conj}|{against}))\s+(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){{0,2}}"
            rf"(?P<name>(?-i:[^\W\d_a-zà-ÿ])[\w&'’.-]*(?:\s+(?-i:[^\W\d_a-zà-ÿ])[\w&.-]*){{0,3}})"
            rf"\s*(?:\(|(?<![\w'’])(?:{alternation(entry('items'))}))?\s*$",
        )
        articles = alternation(data.get("articles") or ())
        # a result set against another, then given to a name after it: "contre 37,8 % à Ferro"
        scored_to = alternation(entry("scored_to"))
        self.against = regexcache.compile(
            rf"(?<![\w'’])(?:{against})\s+(?:(?:{articles})\s+)?$", re.I
        )
        self.scored_to = regexcache.compile(
            rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:{scored_to})(?:(?<=['’])|\s+)(?=\S)", re.I
        )
        # what stands between a figure and a rival reading of it: "9 seggi anziché 8",
        # "41 200 voix et non les 39 800"
        self.instead = regexcache.compile(
            rf"\s*(?:[^\W\d][\w'’-]*(?:\s+|(?=,))){{0,2}}?,?\s*(?<![\w'’])"
            rf"(?:{alternation(entry('instead') + entry('restates'))})"
            rf"(?:\s+(?:{articles}))?\s*",
            re.I,
        )
        # a result verb, then at most an article before the figure: "X ha raccolto il 40%"
        self.wins = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('wins'))})\s+(?:(?:{articles})\s+)?$",
            re.I,
        )
        # a result verb anywhere before its object: "Orvik won the mayoralty of X with 52%"
        self.won = regexcache.compile(rf"(?<![\w'’])(?:{alternation(entry('wins'))})(?!\w)", re.I)
        self.ballots = regexcache.compile(
            rf"\s*(?:de\s+|d['’]\s*)?(?:{alternation(entry('ballots'))})\b", re.I
        )
        self.costs = regexcache.compile(rf"(?<![\w'’])(?:{alternation(entry('costs'))})\b", re.I)
        self.estimates = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('estimates'))})\b", re.I
        )
        self.maker = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('makers'))})\s+(?:{alternation(entry('by'))})\s*",
            re.I,
        )
        self._maker_in: tuple[str | None, bool] = (None, False)  # (`names_maker`'s memo)
        # (after an elided article too: "l'effectif", "l'organico")
        self.owned = regexcache.compile(rf"(?<!\w)(?:{alternation(entry('owned'))})\b", re.I)
        public = {_norm(w) for w in entry("not_company_only")}
        company_owned = [w for w in entry("owned") if _norm(w) not in public]
        self.company_owned = regexcache.compile(rf"(?<!\w)(?:{alternation(company_owned)})\b", re.I)
        self.sent = regexcache.compile(rf"(?<![\w'’])(?:{alternation(entry('sent'))})\b", re.I)
        self.origin = regexcache.compile(
            rf"\s+(?:[^\W\d]+\s+){{0,3}}?(?:{alternation(entry('origin'))})(?:(?<=['’])|\s+)", re.I
        )
        national = alternation(entry("national"))
        self.national_of = regexcache.compile(
            rf"(?<![\w'’])(?:{national})(?:\s+[^\W\d_]+)?\s+(?:{of})\s*(?:la\s+|l['’]\s*)?",
            re.I,
        )
        self.national_possessive = regexcache.compile(
            rf"(?-i:[^\W\d_a-zà-ÿ])[\w-]*['’]s\s+(?:[^\W\d_]+\s+)?(?:{national})\b", re.I
        )
        self.respectively = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('respectively'))})(?!\w)", re.I
        )
        # names listed with commas and a conjunction, an article maybe before each: "Norvik,
        # Belmar and Kessen", "la Norvège et l'Espagne"
        name = r"(?-i:[A-ZÀ-Ý])[\w&'’.-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w&'’.-]*){0,3}"
        article = r"(?:(?:the|le|la|les|il|lo|gli|i)\s+|l['’])"
        self.listed_names = regexcache.compile(
            rf"(?<![\w'’]){article}?{name}(?:\s*,\s*{article}?{name})*\s+(?:{conj})\s+{article}?{name}"
        )
        self.list_article = regexcache.compile(article, re.I)  # opening a listed item
        self.list_items = regexcache.compile(r"\s*,\s*|\s+(?:and|et|e|ed)\s+")  # parting them
        self.conj_end = regexcache.compile(rf"(?<![\w'’])(?:{conj})\s+$", re.I)
        self.conj_word = regexcache.compile(rf"(?<![\w'’])(?:{conj})(?!\w)", re.I)
        verbs = alternation(entry("holds") + took + entry("estimates"))
        self.conj_verb = regexcache.compile(
            rf"(?<![\w'’])(?:{conj})\s+(?:[^\W\d]+\s+)?(?:{verbs})\b(?!.*(?<!\w)(?:{conj})\s)",
            re.I,
        )
        self.opens_clause = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('opens_clause'))})(?!\w)", re.I
        )
        passive, by = alternation(entry("passives")), alternation(entry("by"))
        self.agent = regexcache.compile(
            rf"[^\d.;:]{{0,30}}?(?<![\w'’])(?:{passive})\s+(?:{by})\s+", re.I
        )
        self.state_actor = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('state_actors'))})\b", re.I
        )
        self.funds = regexcache.compile(rf"(?<![\w'’])(?:{alternation(entry('funds'))})", re.I)
        self.gives = regexcache.compile(rf"(?<![\w'’])(?:{alternation(entry('gives'))})\b", re.I)
        # an amount charged to a country right after it: "350 millions à la charge de l'Espagne"
        self.charged = regexcache.compile(
            rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?<![\w'’])(?:{alternation(entry('charged'))})"
            rf"\s*(?:la\s+|l['’]\s*)?",
            re.I,
        )
        self.stock = regexcache.compile(rf"(?<!\w)(?:{alternation(entry('stock'))})\s+", re.I)
        head_article = alternation(entry("head_articles"))
        self.of_after = regexcache.compile(
            rf"\s*(?:(?:{head_article})\s+)?(?:{heads})\s+(?:{of})\s*", re.I
        )
        for name, pattern in compile_parts(entry).items():
            setattr(self, name, pattern)
        self.within = {part: tuple(ws) for part, ws in (data.get("within") or {}).items()}
        self.not_sole = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('not_sole'))})\b", re.I
        )
        self.sector_of: dict[str, str] = {}
        for sector, per_lang in (data.get("sectors") or {}).items():
            for code in langs:
                for w in per_lang.get(code) or ():
                    self.sector_of.setdefault(_norm(w), sector)
        self.sector = regexcache.compile(rf"(?<!\w)({alternation(self.sector_of)})", re.I)
        counted = [
            w
            for per_lang in (data.get("counted_sectors") or {}).values()
            for code in langs
            for w in per_lang.get(code) or ()
        ]
        for sector, per_lang in (data.get("counted_sectors") or {}).items():
            for code in langs:
                for w in per_lang.get(code) or ():
                    self.sector_of.setdefault(_norm(w), sector)
        # the counted noun right after its figure, maybe after a word or two and `of`: "1
        # 300 têtes de bétail", "1 300 le nombre d'exploitations touchées"
        self.counted_sector = regexcache.compile(
            rf"\s*(?:(?:[^\W\d]+\s+){{0,2}}(?:de|d'|di|of)\s*)?({alternation(counted)})", re.I
        )
        shares = [
            (sector, w)
            for sector, per_lang in (data.get("share_sectors") or {}).items()
            for code in langs
            for w in per_lang.get(code) or ()
        ]
        self.share_sector_of = {_norm(w): sector for sector, w in shares}
        self.share_sector = regexcache.compile(
            rf"(?<!\w)({alternation(self.share_sector_of)})(?!\w)", re.I
        )
        # the rest of a field, right before its result or the verb that wins it ("altre
        # liste 8.120 voti", "other parties took 6%")
        self.others_of = {
            _norm(w): group
            for group, per_lang in (data.get("others") or {}).items()
            for code in langs
            for w in per_lang.get(code) or ()
        }
        self.others = regexcache.compile(
            rf"(?<![\w'’])({alternation(self.others_of)})\s*(?::\s*)?"
            rf"(?:(?:{alternation(entry('wins'))})\s+(?:(?:{articles})\s+)?)?$",
            re.I,
        )
        self.sector_ids = (
            frozenset(data.get("sectors") or ())
            | frozenset(data.get("share_sectors") or ())
            | frozenset(data.get("others") or ())
        )
        anaphors = alternation(entry("anaphors"))
        # "the carrier" with a hyphenated word before its noun: "the Malta-registered carrier"
        modified = "|".join(
            r"the\s+[^\W\d_]+-[^\W\d_]+\s+" + re.escape(a[4:])
            for a in entry("anaphors")
            if a.startswith("the ")
        )
        if modified:
            anaphors = f"{anaphors}|{modified}"
        # the noun of each ("carrier", "azienda"): a capitalised one opens no name
        # a possessive pronoun right before a figure: "ses 3 barges", "i suoi 5 mezzi"
        self.own_pronoun = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('pronouns'))})\s+$", re.I
        )
        # a giving verb and the subject as its pronoun right before a figure: "gave it 40"
        self.given_to_own = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('given_to_own'))})\s+$", re.I
        )
        self.anaphor_heads = frozenset(
            re.split(r"[\s'’]", a)[-1].lower() for a in entry("anaphors")
        )
        self.anaphor = regexcache.compile(rf"(?:^|[^\w'’])(?:{anaphors})$", re.I)
        self.anaphor_at = regexcache.compile(rf"(?:{anaphors})\b", re.I)
        self.anaphor_of = regexcache.compile(rf"(?<![\w'’])(?:{anaphors})['’]s\s", re.I)
        self.anaphor_word = regexcache.compile(rf"(?<![\w'’])(?:{anaphors})(?![\w'’])", re.I)
        # `anaphor_word` without its lookahead: a clause of a text holds one only if the
        # whole text holds this (a clause's end, where that lookahead always holds, is not
        # the text's), so one search of a document may spare a search per figure
        self.anaphor_start = regexcache.compile(rf"(?<![\w'’])(?:{anaphors})", re.I)
        own = alternation(entry("owned") + entry("heads"))
        self.pronoun_of = regexcache.compile(
            rf"(?<![\w'’])(?:{alternation(entry('pronouns'))})\s+(?:[^\W\d]+\s+)?(?:{own})\b",
            re.I,
        )
        self.company = tuple(entry("company"))  # asked of the document: its company
        self.suffixes = frozenset(data.get("suffixes") or ())
        self.articles = frozenset(data.get("articles") or ())
        self.not_names = frozenset(data.get("not_names") or ())
        # a locative that only says where ("à", "in", "nel": `place_only` of attribution.yaml):
        # a capitalised name after it is a place ("À Morvelle, où l'usine emploie…")
        self.place_words = frozenset(
            w.lower()
            for code in langs
            for w in (load("attribution").get(code) or {}).get("place_only") or ()
        )

    def names_maker(self, body: str) -> bool:
        """Whether `body` names a maker anywhere ("made by", "prodotto dalla": `maker`).

        Why: `maker` asserts nothing past its opening lookbehind, so a stretch of `body`
        holds a maker only if `body` does (tests/test_speed_gates.py keeps the shape); the
        makers of each sentence (`attribution._makers`) and the owners of its figures
        (`owner.frame_owners`) ask of one document in turn, and most name none: one search
        of the document, kept for the last one asked, spares every sentence's.

        Example
        -------
        >>> words = vocabulary("en")
        >>> words.names_maker("Cheese made by Brovel Dairy."), words.names_maker("It fell 3%.")
        (True, False)
        """
        if body is not self._maker_in[0]:
            self._maker_in = (body, self.maker.search(body) is not None)
        return self._maker_in[1]


@cache
def vocabulary(lang: str | None) -> _Words:
    """The compiled words of `lang` (every language's when it is unknown)."""
    return _Words(lang)


__all__ = ["vocabulary"]
