"""The concept lexicon: what a figure counts, matched across languages and spellings.

Why
---
"serveurs", "servers" and "server" are one concept; "5 500 serveurs" and "5 500 ressources
informatiques" are two, one narrower than the other. Names live in YAML that editors extend
(`sourcecheck/data/concepts.yaml`, then a project's `rules/concepts*.yaml`); matching goes
exact name → name without plural endings and accents → fuzzy (rapidfuzz), in the document's
language first, each answer cached per thing so a long case costs one lookup per distinct
noun phrase. Context words ("évacuées", "arrested") are dictionary probes per word of a
sentence, not one regex alternation over the whole lexicon.

Example
-------
>>> lex = load_concepts()
>>> lex.match("serveurs"), lex.match("Servers"), lex.path("server")
('server', 'server', 'it-resource/server')
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from sourcecheck import regexcache
from sourcecheck.errors import InputError
from sourcecheck.reading import load_shipped, load_yaml, read_text

FUZZY_CUTOFF = 88
# an elided article or "de" before a noun, as `key` writes it ("l'amende" → "l amende"); not
# the reflexive "s'" of a verb ("s'élève" is no "élève")
_ELIDED_ARTICLES = frozenset(("l", "d"))
_WORD = regexcache.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Matching key: lowercase, no accents, each word without its plural/gender ending.

    Example: key("Ressources informatiques") == key("risorse informatiche")? No; but
    key("serveurs") == key("serveur") and key("utenti") == key("utente").
    """
    text = text.lower().replace("’", "'")
    if not text.isascii():  # accents off ("é" → "e"); plain ASCII has none to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_stem(w) for w in _WORD.findall(text))


def _stem(word: str) -> str:
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 4 and word[-1] in "aeio":
        word = word[:-1]
    if len(word) > 4 and word[-1] == "h" and word[-2] in "cg":
        word = word[:-1]
    return word


def read_yaml(file: Path | str, text: str | None = None) -> dict:
    """A lexicon file as a dict, read like every other YAML file a project gives
    (`sourcecheck.reading`: a regular file within the size limit, UTF-8, no aliases, bounded
    nesting); any problem → one-line InputError with the file and the line."""
    if text is None:
        text = read_text(file)
    data = load_yaml(text, file)
    if not isinstance(data, dict):
        raise InputError(file, "line 1", "a lexicon must be a mapping")
    return data


class Concepts:
    """Concept ids, their hierarchy, names per language, context words and units.

    Names are looked up in the document's language first ("case" is a house in Italian, a
    count of illness in English), then in any language (a loanword, a project lexicon that
    names a thing in one language only). Context words are dictionary probes per word of
    the sentence, so a larger lexicon costs no more per word.
    """

    def __init__(self, entries: dict[str, dict], generic: Iterable[str]) -> None:
        self.parent = {cid: e.get("parent") for cid, e in entries.items()}
        self._ancestors: dict[str | None, tuple[str, ...]] = {}
        self.kind = {cid: e.get("kind", "count") for cid, e in entries.items()}
        self.cumulative = frozenset(cid for cid, e in entries.items() if e.get("cumulative"))
        # a figure of its own ("a woman of 58"): no two claims of it state one quantity
        self.alone = frozenset(cid for cid, e in entries.items() if e.get("alone"))
        self.names: dict[str, str] = {}  # key → concept, any language (first listed wins)
        self.names_in: dict[str, dict[str, str]] = {}  # language → key → concept
        self.units: dict[str, list[str]] = {}
        self.refined_by: dict[str, list[str]] = {}
        context: list[tuple[str | None, str, str]] = []  # (language or None, word, concept)
        for cid, e in entries.items():
            for lang, names in (e.get("names") or {}).items():
                in_lang = self.names_in.setdefault(lang, {})
                for name in names or ():
                    self.names.setdefault(key(name), cid)
                    in_lang.setdefault(key(name), cid)
            for unit in e.get("units") or ():
                self.units.setdefault(_unit_key(unit), []).append(cid)
            context += [(lang, w, cid) for lang, w in _context_entries(e.get("context"))]
            for base in e.get("refines") or ():
                self.refined_by.setdefault(base, []).append(cid)
        self.generic = frozenset(key(g) for g in generic)
        langs = {lang for lang, _, _ in context if lang} | set(self.names_in)
        self._context = {
            lang: _ContextTable([(w, c) for wl, w, c in context if wl is None or wl == lang])
            for lang in langs
        }
        self._context[None] = _ContextTable([(w, c) for _, w, c in context])
        self._keys = list(self.names)
        self._keys_in = {lang: list(names) for lang, names in self.names_in.items()}
        self.match = lru_cache(maxsize=65536)(self._match)

    def path(self, cid: str | None) -> str:
        """Ancestors root-first, "/"-joined: "it-resource/server"."""
        chain = []
        while cid and cid not in chain:
            chain.append(cid)
            cid = self.parent.get(cid)
        return "/".join(reversed(chain))

    def ancestors(self, cid: str | None) -> tuple[str, ...]:
        """`cid` and its ancestors, narrowest first."""
        if cid not in self._ancestors:
            self._ancestors[cid] = tuple(reversed(self.path(cid).split("/"))) if cid else ()
        return self._ancestors[cid]

    def is_cumulative(self, cid: str | None) -> bool:
        """Whether `cid` (or a broader concept) is a running count that only grows."""
        return any(a in self.cumulative for a in self.ancestors(cid))

    def is_generic(self, thing: str) -> bool:
        return key(thing) in self.generic

    def lookup(self, k: str, lang: str | None = None) -> str | None:
        """The concept of a matching key (see `key`): in `lang` first, then in any language."""
        in_lang = self.names_in.get(lang) if lang else None
        if in_lang and k in in_lang:
            return in_lang[k]
        return self.names.get(k)

    def context_words(
        self, text: str, tokens: Iterable[tuple[int, str, str]], lang: str | None = None
    ) -> list[tuple[int, str]]:
        """(position, concept) of each context word among `tokens` (`sentences.words` of a
        span of `text`), in text order; at one position, the longest context word first."""
        table = self._context.get(lang) or self._context[None]
        return table.find(text, tokens)

    def for_unit(self, unit: str | None) -> list[str]:
        return self.units.get(_unit_key(unit or ""), [])

    def _match(self, thing: str, lang: str | None = None) -> str | None:
        k = key(thing)
        if not k:
            return None
        found = self.lookup(k, lang)
        if found:
            return found
        head, _, rest = k.partition(" ")
        if head in _ELIDED_ARTICLES and rest and (found := self.lookup(rest, lang)):
            return found  # an elided article kept on its noun ("l'affluenza", "d'évacués")
        keys = self._keys_in.get(lang) if lang else None
        hits = process.extract(
            k, keys or self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=4
        )
        hit = next((h[0] for h in hits if same_stems(k, h[0])), None)
        return self.lookup(hit, lang if keys else None) if hit else None


def same_stems(a: str, b: str) -> bool:
    """Whether two matching keys are one noun phrase spelt apart: as many words, each pair
    the same word or one stem of five letters or more that differs only in its last letter.

    Why: a whole-phrase ratio also joins words that share letters but not a stem ("plant"
    and "plan", "point" and "pont", a gust and a guest, a landing and a boat); a
    spelling or ending variant keeps its word's beginning.

    Example: same_stems("busines", "business") and not same_stems("plant", "plan")
    """
    left, right = a.split(), b.split()
    return len(left) == len(right) and all(map(_one_stem, left, right))


def _one_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    common = len(os.path.commonprefix((a, b)))
    return min(len(a), len(b)) >= 5 and common >= max(len(a), len(b)) - 1


def _context_entries(context) -> list[tuple[str | None, str]]:
    """`context:` as (language or None, word): a list serves every language, a mapping
    {fr: [...], en: [...]} only the documents of each language (and those of none)."""
    if isinstance(context, dict):
        return [(lang, w) for lang, words in context.items() for w in words or ()]
    return [(None, w) for w in context or ()]


_TOKEN_WORD = regexcache.compile(
    r"[^\W\d_]+(?:[-.][^\W\d_]+)*"
)  # one word, as sentences.words cuts


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


class _ContextTable:
    """Context words of one language as dictionaries: single words by prefix (a word
    beginning: "évacu" → "évacuées"), whole words (written with a final space: "invest "),
    phrases ("garde à vue") by their first word and then compared with the text. Answers
    are cached per distinct word of the text."""

    CACHE = 100_000

    def __init__(self, words: Iterable[tuple[str, str]]) -> None:
        self.prefixes: dict[str, list[str]] = {}
        self.whole: dict[str, list[str]] = {}
        self.phrases: dict[str, list[tuple[str, bool, list[str]]]] = {}
        phrases: dict[str, list[str]] = {}
        for word, cid in words:
            w = _norm(word)
            whole, w = w.endswith(" "), w.strip()
            if _TOKEN_WORD.fullmatch(w):
                cids = (self.whole if whole else self.prefixes).setdefault(w, [])
            elif first := _TOKEN_WORD.match(w):
                if (w, whole) not in phrases:
                    phrases[w, whole] = []
                    self.phrases.setdefault(first.group(), []).append((w, whole, phrases[w, whole]))
                cids = phrases[w, whole]
            else:
                continue
            if cid not in cids:
                cids.append(cid)
        for entries in self.phrases.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.lengths = sorted({len(w) for w in self.prefixes}, reverse=True)
        self._cache: dict[str, tuple] = {}

    def find(self, text: str, tokens: Iterable[tuple[int, str, str]]) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for pos, _, lower in tokens:
            hits = self._cache.get(lower)
            if hits is None:
                hits = self._hits(lower)
            for offset, phrase, whole, cids in hits:
                at = pos + offset
                if phrase:
                    stop = at + len(phrase)
                    if _norm(text[at:stop]) != phrase:
                        continue
                    if whole and stop < len(text) and text[stop].isalnum():
                        continue
                out += [(at, cid) for cid in cids]
        return out

    def _hits(self, lower: str) -> tuple:
        """(offset in the word, phrase to check or "", whole, concepts) for one word, longest
        first; each part after a hyphen or dot is a word beginning too ("ex-grévistes")."""
        word = lower.replace("’", "'")
        hits = []
        for offset in [0] + [i + 1 for i, c in enumerate(word) if c in "-."]:
            rest, seen = word[offset:], set()
            for phrase, whole, cids in self.phrases.get(rest, ()):  # checked in `find`
                hits.append((offset, phrase, whole, tuple(cids)))
            found = [self.whole[rest]] if rest in self.whole else []
            found += [self.prefixes[rest[:n]] for n in self.lengths if rest[:n] in self.prefixes]
            for cids in found:
                new = tuple(c for c in cids if c not in seen)
                seen.update(new)
                if new:
                    hits.append((offset, "", False, new))
        if len(self._cache) >= self.CACHE:
            self._cache.clear()
        self._cache[lower] = result = tuple(hits)
        return result


def _unit_key(unit: str) -> str:
    return unit.replace(" ", "").replace("_", "").lower()


def load_concepts(extra: Iterable[Path] = ()) -> Concepts:
    """The shipped lexicon, updated entry by entry from each file of `extra` (in order)."""
    data = package_data("concepts.yaml")
    entries = dict(data.get("concepts") or {})
    generic = [g for words in (data.get("generic") or {}).values() for g in words]
    for file in extra:
        more = read_yaml(file)
        for cid, entry in (more.get("concepts") or {}).items():
            if not isinstance(entry, dict):
                raise InputError(file, None, f"concept {cid!r} must be a mapping")
            merged = dict(entries.get(cid) or {})
            names = {**(merged.get("names") or {})}
            for lang, words in (entry.get("names") or {}).items():
                names[lang] = [*names.get(lang, []), *words]
            merged.update({k: v for k, v in entry.items() if k != "names"}, names=names)
            entries[cid] = merged
        generic += [g for words in (more.get("generic") or {}).values() for g in words]
    return Concepts(entries, generic)


@lru_cache(maxsize=4)
def package_data(name: str) -> dict:
    """A shipped lexicon (`sourcecheck/data/<name>`), parsed once per process with libyaml's
    loader (trusted data: a user's lexicon goes through `read_yaml`); callers copy what they
    change."""
    data = load_shipped(resources.files("sourcecheck.data").joinpath(name).read_text("utf-8"))
    if not isinstance(data, dict):
        raise InputError(name, "line 1", "a lexicon must be a mapping")
    return data


@lru_cache(maxsize=1)
def between_words() -> frozenset[str]:
    """The words a conversion's gap may hold (`data/conversions.yaml` `between`: "worth",
    "soit", "circa"), read by extraction (a conversion the writer adds) and the rules alike."""
    return frozenset(
        w.lower() for ws in package_data("conversions.yaml")["between"].values() for w in ws or ()
    )
