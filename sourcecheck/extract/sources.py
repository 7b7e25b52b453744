"""The sources lexicon: organisations, their aliases, and where a text names them.

Why
---
A divergence is between named sources, and a source is written many ways: "GdF", "Guardia
di Finanza", "Fiamme Gialle". The lexicon (`data/sources.yaml`, then a project's
`rules/sources*.yaml`, then a case's `sources:`) maps each alias to one canonical name and a
kind (agency, police, union…) that generic actors ("l'agence", "the ministry") point back to.
A name followed by its own qualifier is another body: "Protection civile de Valmont" is not
Italy's Protezione civile, "la Procura di Catania" is not any prosecutor; its source is the
full name as written. A confederation's or a national force's local branch speaks for it
(`branches`): "la CGT des Bouches-du-Rhône" is the CGT. Who said which figure is `extract.attribution`'s question.

Example
-------
>>> lex = load_sources()
>>> [(m.source, m.kind) for m in lex.mentions("La GdF et la Protection civile de Valmont")]
[('Guardia di Finanza', 'police'), ('Protection civile de Valmont', 'agency')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from sourcecheck import regexcache
from sourcecheck.errors import InputError
from sourcecheck.extract.lexicon import package_data, read_yaml
from sourcecheck.extract.sentences import _WORDS, words
from sourcecheck.frames.attribution import ACTION, COUNTING, SAYING, vocabulary


class Mention(NamedTuple):
    start: int
    end: int
    source: str  # canonical name, or the full name of a qualified body
    kind: str  # agency, ministry, union, police, ...


# a linking word closing the words before a body's own word: "fonti della ", "sources at the "
_LINKED = regexcache.compile(
    r"\b(?:de|du|des|de la|d'|di|del|della|dei|degli|dell'|of|at|at the|of the)\s*$"
)


_WORD_ON = regexcache.compile(r"[ \t]+[^\W\d_]")  # a name going on past an alias
SHORT = 200  # a text no longer is a name whose `mentions` are kept, not a document's body
KEPT = 50_000  # short texts whose `mentions` are kept at most


class Sources:
    """Aliases → canonical sources, and the mentions of them in a text."""

    def __init__(self, entries: Mapping[str, dict], generic: Mapping[str, list[str]] = {}):
        self.alias: dict[str, tuple[str, str]] = {}
        self.speech_only: set[str] = set()  # "investigators searched 70…" does not cite them
        self.cased: dict[str, set[str]] = {}  # "Intérieur" is the ministry, "intérieur" not
        self.as_written: set[str] = set()  # collectives: "les syndicats" as written
        self.branches: set[str] = set()  # "la CGT des Bouches-du-Rhône" is the CGT
        self.complemented: set[str] = set()  # "a source close to the inquiry": as written
        self.country: dict[str, str] = {}  # a national body's country ("Protezione civile")
        self.opens_names: set[str] = set()  # "United Nations Development Programme"
        for name, entry in entries.items():
            kind = entry.get("kind", "other")
            if entry.get("opens_names"):
                self.opens_names.add(name)
            if entry.get("country"):
                self.country[name] = str(entry["country"])
            if entry.get("as_written"):
                self.as_written.add(name)
            if entry.get("branches"):
                self.branches.add(name)
            if entry.get("complement"):
                self.complemented.add(name)
            for alias in [name, *(entry.get("aliases") or ())]:
                self.alias[_norm(alias)] = (name, kind)
            for alias in entry.get("speech_only") or ():
                self.alias[_norm(alias)] = (name, kind)
                self.speech_only.add(_norm(alias))
            for alias in entry.get("cased") or ():
                self.alias[_norm(alias)] = (name, kind)
                self.cased.setdefault(_norm(alias), set()).add(str(alias).replace("’", "'"))
        self._first: dict[str, list[str]] = {}  # first word → aliases, longest first
        for alias in regexcache.longest_first(self.alias):
            if first := _WORDS.match(alias):
                self._first.setdefault(first.group(), []).append(alias)
        self._vocab = vocabulary(None)  # any language's words (`_sector`: a collective's adjective)
        self._qualifier = self._vocab.qualifier  # "de X", "di X", "of X"
        self._det_words = self._vocab.det_words
        self._own_words = self._vocab.own_adjectives
        self._generic_kind = self._vocab.generic_kind
        # generic actors a project adds (`anaphors:` in rules/sources*.yaml): word → kind
        self.generic = {_norm(w): kind for kind, nouns in generic.items() for w in nouns}
        self._whole: dict[str, list[Mention]] = {}  # a short text → `mentions` of it all

    def canonical(self, name: str) -> str:
        """The canonical name of a source written `name` ("TorrentFreak (traduction)" →
        "TorrentFreak" when an alias starts it); `name` itself when unknown, or when a word
        of its own goes on after the alias ("Polizia Cantonale" is not any police: a body with
        its own name)."""
        name = name.strip()
        found = self.mentions(name)
        if not found or found[0].start != 0 or _WORD_ON.match(name, found[0].end):
            return name
        return found[0].source

    def opening(self, name: str) -> str | None:
        """The canonical source of the alias a body's own name opens with when the lexicon
        does not know the name itself ("Procura di Catania", "Parquet européen" →
        "prosecutor"); None for a name the lexicon knows or one no alias opens."""
        if _norm(name) in self.alias:
            return None
        found = self.mentions(name)
        if not found or found[0].start != 0:
            return None
        words_ = name.split()
        for n in range(len(words_) - 1, 0, -1):
            if entry := self.alias.get(_norm(" ".join(words_[:n]))):
                return entry[0]
        return None

    def collective(self, name: str) -> bool:
        """Is `name` (as a mention prints it, its article included) a collective written as
        it stands ("investigators", "les syndicats"), no one body a generic actor may name?"""
        key = _norm(name)
        for k in (key, key.partition(" ")[2], key.partition("'")[2]):
            if entry := self.alias.get(k):
                return entry[0] in self.as_written
        return False

    def kind_of(self, name: str) -> str | None:
        """The kind of a canonical source name, None when the lexicon does not know it."""
        entry = self.alias.get(_norm(name))
        return entry[1] if entry else None

    def _head(self, alias: str, pos: int) -> int:
        """Where the body's own word starts in the alias written at `pos`: its last word when
        that alone names the same source after a linking word ("fonti della procura" →
        "procura"), so "fonti della Procura di Lecce" is the Procura di Lecce; `pos` otherwise
        ("corpo forestale" stays whole).

        >>> s = load_sources()
        >>> s._head("fonti della procura", 10), s._head("procura", 10)
        (22, 10)
        """
        last = alias.rsplit(" ", 1)[-1]
        linked = _LINKED.search(alias[: len(alias) - len(last)])  # ("corpo forestale": no link)
        if linked and last != alias and self.alias.get(last) == self.alias.get(alias):
            return pos + len(alias) - len(last)
        return pos

    def mentions(self, text: str, start: int = 0, end: int | None = None, tokens=None):
        """Every alias named in `text[start:end]`, attribution or not (list of `Mention`).

        A dictionary probe per word (`tokens`: `sentences.words` of the span, when known).
        An alias followed by "de X", "di X", "of X" (X capitalised) is the body X's own.
        """
        if start == 0 and end is None and tokens is None and len(text) <= SHORT:
            if text not in self._whole:  # a name alone: its mentions depend on it only
                if len(self._whole) >= KEPT:
                    self._whole.clear()  # (a bound on a long batch's memory)
                self._whole[text] = self._mentions(text, 0, len(text), words(text))
            return list(self._whole[text])
        end = len(text) if end is None else end
        return self._mentions(
            text, start, end, words(text, start, end) if tokens is None else tokens
        )

    def _mentions(self, text: str, start: int, end: int, tokens) -> list[Mention]:
        out: list[Mention] = []
        skip_to = start
        first = self._first
        for n in [n for n, t in enumerate(tokens) if t[2] in first]:  # words opening an alias
            pos, _, lower = tokens[n]
            if pos < skip_to:
                continue
            for alias in first[lower]:
                stop = pos + len(alias)
                written = text[pos:stop].replace("’", "'")
                if stop > end or written.lower() != alias:
                    continue
                if stop < len(text) and (text[stop].isalnum() or text[stop] in "-_"):
                    continue
                if alias in self.cased and written not in self.cased[alias]:
                    continue
                source, kind = self.alias[alias]
                if source in self.opens_names and _NAME_GOES_ON.match(text, stop, end):
                    break  # "the UN Development Programme": a body of its own name
                if source in self.as_written and n and self._generic_kind(tokens[n - 1][2]):
                    break  # "l'associazione abitanti di X": a word of a body's own name
                if written[:1].islower() and self._of_a_generic(text, pos):
                    break  # "il Servizio regionale di protezione civile": another body's field
                q = self._qualifier.match(text, stop, end)
                if q and source in self.as_written and self._body_named(q.group("name")):
                    break  # "gli ispettori dell'Ufficio X": the body speaks through them
                if q:
                    stop = q.end()
                    if source not in self.branches:
                        source = qualified(text[self._head(alias, pos) : stop])
                elif source not in self.branches and (own := self._own(text, stop, end)):
                    stop = own  # "la Procura europea", "le Parquet européen"
                    source = qualified(text[self._head(alias, pos) : stop])
                elif source in self.as_written:
                    if source in self.complemented and (c := _COMPLEMENT.match(text, stop, end)):
                        stop = c.end()  # "une source proche de l'enquête"
                    else:
                        stop = self._sector(text, stop, end)  # "i sindacati metalmeccanici"
                    source = self._written(text, tokens, n, stop)
                out.append(Mention(pos, stop, source, kind))
                skip_to = stop
                break
        return out

    def _body_named(self, name: str) -> bool:
        """Does `name`, after a group of people and its linking word, open with a body's
        generic noun ("Servizio centrale X", "Office central X")? The group then speaks for
        that body: "les enquêteurs de l'Office central X" cite the office, while "les
        habitants de Castelbruno" stay a group of their place.

        >>> s = load_sources()
        >>> s._body_named("Office central des fraudes"), s._body_named("Castelbruno")
        (True, False)
        """
        return self._generic_kind(_norm(name.split()[0])) not in (None, "official")

    def _of_a_generic(self, text: str, pos: int) -> bool:
        """Does a generic noun, a word or two and a linking word stand right before `pos`
        ("il Servizio regionale di protezione civile", "the office of civil protection")? An
        alias written in lower case there names the field of another body, not the body.

        Why: a foreign or local body is often named by its field; Italy's Protezione civile is
        not "le Service départemental de protection civile" of another country's floods.

        >>> s = load_sources()
        >>> s._of_a_generic("il Servizio regionale di protezione civile", 25)
        True
        >>> s._of_a_generic("secondo la protezione civile", 11)
        False
        """
        lo = max(0, pos - OF_REACH)
        if not _OF_LINK.search(text[lo:pos].rstrip()[-LINK_CHARS:]):
            return False  # no linking word right before `pos`: `_OF_BEFORE` fails too
        m = _OF_BEFORE.search(text, lo, pos)
        if m is None:
            return False
        # or a word after it ("Le centre de …": the search's leftmost noun is the article)
        # that is a body's noun, not a person's ("the head of civil protection" speaks for it)
        if self._generic_kind(_norm(m.group("noun"))) is not None:
            return True
        return any(
            self._generic_kind(_norm(w)) not in (None, "official") for w in m.group("words").split()
        )

    def _own(self, text: str, stop: int, end: int) -> int | None:
        """Where the adjectives after a name at `stop` end when the first makes another body
        of it (`own_adjectives`: "Procura europea", "parquet national financier"); None when
        none does."""
        at = stop
        while (m := _ADJECTIVE.match(text, at, end)) and _norm(m.group(1)) in self._own_words:
            at = m.end()
        return at if at > stop else None

    def _sector(self, text: str, stop: int, end: int) -> int:
        """Where a collective's plural adjective right after it ends ("i sindacati
        metalmeccanici", "les syndicats policiers"), else `stop`.

        Why: the adjective names which unions speak, a body of their own the copy may set
        against the others ("i sindacati confederali" are not "i sindacati di base"); a verb
        ("i sindacati parlano di…") or an auxiliary after it is no adjective.

        >>> s = load_sources()
        >>> text = "i sindacati metalmeccanici hanno"
        >>> text[: s._sector(text, 11, len(text))], s._sector("i sindacati parlano di 8", 11, 24)
        ('i sindacati metalmeccanici', 11)
        """
        m = _ADJECTIVE.match(text, stop, end)
        if m is None:
            return stop
        word, v = m.group(1), self._vocab
        if (
            len(word) < SECTOR_LETTERS
            or word[-1] not in PLURAL_ENDS
            or not word.endswith(v.adjective_ends)
        ):
            return stop
        if v.features([(m.start(1), word, word)])[0] & VERBS or word in v.aux_words:
            return stop
        return m.end()

    def _written(self, text: str, tokens, n: int, stop: int) -> str:
        """A collective as written, with the determiner right before it ("les syndicats")."""
        at = tokens[n][0]
        if n and tokens[n - 1][2] in self._det_words:
            before = tokens[n - 1][0]
            if not text[before + len(tokens[n - 1][1]) : at].strip(" '’"):
                at = before
        written = " ".join(text[at:stop].replace("’", "'").split())
        return written[:1].lower() + written[1:]


# a capitalised word right after an alias: the name goes on ("UN Development Programme")
_NAME_GOES_ON = regexcache.compile(r"[ \t]+[A-ZÀ-Þ][\w'’-]*")


# what an anonymous source is close to or familiar with: "proche de l'enquête", "close to the
# inquiry", "vicina agli inquirenti", "familiar with the matter" (one word)
_COMPLEMENT = regexcache.compile(
    r"\s+(?i:de\s+la|de\s+l['’]|d['’]|du|des|de|to\s+the|to|with\s+the|with|all['’]|al|alla|ai|agli"
    r"|alle|allo|a)(?:(?<=['’])|\s+)[^\W\d_][\w'’-]*"
)


# a noun, at most two lower-case words, then a linking word, right before an alias
_OF_BEFORE = regexcache.compile(
    r"(?P<noun>[^\W\d_][\w-]*)(?P<words>(?:\s+[a-zà-ÿ-]+){0,2})\s+"
    r"(?i:de|di|of|du|des|del|della|dello|dei|degli|de\s+la|d['’]|dell['’])\s*$"
)
OF_REACH = 60  # characters before an alias where a generic noun and its `of` may stand
# `_OF_BEFORE`'s linking word at the end of a text whose trailing spaces are stripped (its
# last `LINK_CHARS` characters): a text without one fails `_OF_BEFORE`, whose search tries
# every offset of its `OF_REACH` characters before its `$` fails
_OF_LINK = regexcache.compile(r"(?i:de|di|of|du|des|del|della|dello|dei|degli|la|d['’]|dell['’])$")
LINK_CHARS = 6
VERBS = SAYING | COUNTING | ACTION  # the bits of a word that may be a verb (`_sector`)
_ADJECTIVE = regexcache.compile(r"[ \t]+([a-zà-ÿ]+)\b")  # a lower-case word after a name
SECTOR_LETTERS = 5  # the shortest adjective a collective takes ("eux", "ieri" are none)
PLURAL_ENDS = "isx"  # a plural adjective's last letter ("policiers", "nationaux", "confederali")


def qualified(name: str) -> str:
    """A body's own name as written, spacing normalised, first letter capitalised."""
    name = " ".join(name.replace("’", "'").split())
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=1 << 16, typed=True)
def _norm(name: str) -> str:
    """`name` lower-cased, apostrophes straight and spaces single; cached per string (the
    same names and words are normalised again for every sentence and figure)."""
    return " ".join(str(name).replace("’", "'").lower().split())


def load_sources(extra: Iterable[Path] = (), case_aliases: Mapping | None = None) -> Sources:
    """The shipped sources, then each `rules/sources*.yaml`, then a case's `sources:`."""
    data = package_data("sources.yaml")
    entries = {k: dict(v or {}) for k, v in (data.get("sources") or {}).items()}
    generic = {k: list(v) for k, v in (data.get("anaphors") or {}).items()}
    for file in extra:
        more = read_yaml(file)
        for name, entry in (more.get("sources") or {}).items():
            _merge(entries, name, entry, file)
        for kind, nouns in (more.get("anaphors") or {}).items():
            generic.setdefault(kind, []).extend(nouns)
    for name, aliases in (case_aliases or {}).items():
        _merge(entries, name, {"aliases": aliases}, Path("case.yaml"))
    return Sources(entries, generic)


def _merge(entries: dict, name: str, entry, file: Path) -> None:
    if isinstance(entry, list):
        entry = {"aliases": entry}
    if not isinstance(entry, dict):
        raise InputError(file, None, f"source {name!r}: expected aliases (a list) or a mapping")
    merged = entries.setdefault(str(name), {})
    for field in ("aliases", "speech_only", "cased"):
        merged[field] = [*(merged.get(field) or ()), *(entry.get(field) or ())]
    merged.setdefault("kind", entry.get("kind", "other"))
