"""The concept lexicon: what a figure counts, matched across languages and spellings.

Why
---
"serveurs", "servers" and "server" are one concept; "5 500 serveurs" and "5 500 ressources
informatiques" are two, one narrower than the other. Names live in YAML that editors extend
(`sourcecheck/data/concepts.yaml`, then a project's `rules/concepts*.yaml`); matching goes
exact name → name without plural endings and accents → fuzzy (rapidfuzz), each answer cached
per thing so a long case costs one lookup per distinct noun phrase.

Example
-------
>>> lex = load_concepts()
>>> lex.match("serveurs"), lex.match("Servers"), lex.path("server")
('server', 'server', 'it-resource/server')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from sourcecheck.errors import InputError

FUZZY_CUTOFF = 88
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Matching key: lowercase, no accents, each word without its plural/gender ending.

    Example: key("Ressources informatiques") == key("risorse informatiche")? No; but
    key("serveurs") == key("serveur") and key("utenti") == key("utente").
    """
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
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
    """A lexicon file as a dict; malformed YAML → InputError with the line."""
    try:
        data = yaml.safe_load(text if text is not None else Path(file).read_text("utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f"line {mark.line + 1}" if mark else None
        raise InputError(file, place, f"malformed YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise InputError(file, "line 1", "a lexicon must be a mapping")
    return data


class Concepts:
    """Concept ids, their hierarchy, names per language, context words and units."""

    def __init__(self, entries: dict[str, dict], generic: Iterable[str]) -> None:
        self.parent = {cid: e.get("parent") for cid, e in entries.items()}
        self.kind = {cid: e.get("kind", "count") for cid, e in entries.items()}
        self.names: dict[str, str] = {}
        self.units: dict[str, list[str]] = {}
        self.refined_by: dict[str, list[str]] = {}
        context: list[tuple[str, str]] = []
        for cid, e in entries.items():
            for names in (e.get("names") or {}).values():
                for name in names:
                    self.names.setdefault(key(name), cid)
            for unit in e.get("units") or ():
                self.units.setdefault(_unit_key(unit), []).append(cid)
            context += [(w.lower(), cid) for w in e.get("context") or ()]
            for base in e.get("refines") or ():
                self.refined_by.setdefault(base, []).append(cid)
        self.generic = frozenset(key(g) for g in generic)
        context.sort(key=lambda wc: -len(wc[0]))
        self._context_cid = dict(context)
        self.context = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w, _ in context) + r")", re.IGNORECASE
        )
        self._keys = list(self.names)
        self.match = lru_cache(maxsize=65536)(self._match)

    def path(self, cid: str | None) -> str:
        """Ancestors root-first, "/"-joined: "it-resource/server"."""
        chain = []
        while cid and cid not in chain:
            chain.append(cid)
            cid = self.parent.get(cid)
        return "/".join(reversed(chain))

    def is_generic(self, thing: str) -> bool:
        return key(thing) in self.generic

    def context_concept(self, word: str) -> str:
        """The concept whose context word begins `word` (a match of `self.context`)."""
        return self._context_cid[word.lower()]

    def for_unit(self, unit: str | None) -> list[str]:
        return self.units.get(_unit_key(unit or ""), [])

    def _match(self, thing: str) -> str | None:
        k = key(thing)
        if not k:
            return None
        if k in self.names:
            return self.names[k]
        hit = process.extractOne(k, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.names[hit[0]] if hit else None


def _unit_key(unit: str) -> str:
    return unit.replace(" ", "").replace("_", "").lower()


def load_concepts(extra: Iterable[Path] = ()) -> Concepts:
    """The shipped lexicon, updated entry by entry from each file of `extra` (in order)."""
    data = read_yaml("concepts.yaml", _package_text("concepts.yaml"))
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


def _package_text(name: str) -> str:
    return resources.files("sourcecheck.data").joinpath(name).read_text("utf-8")


def project_files(case_path: Path, pattern: str) -> list[Path]:
    """`rules/<pattern>` files of the project holding the case (nearest `rules/` upwards)."""
    for folder in [case_path.resolve(), *case_path.resolve().parents]:
        rules = folder / "rules"
        if rules.is_dir():
            return sorted(rules.glob(pattern))
    return []
