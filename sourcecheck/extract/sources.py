"""Who a figure is attributed to: the sources lexicon and the attribution patterns (fr/en/it).

Why
---
A divergence is between named sources: "Eurojust revendique 5 500 serveurs, GdF affirme que
5 500 « ressources informatiques »…" gives two claims by two sources in one sentence. An
attribution either opens what follows ("selon X", "X affirme que", "X said") or closes what
precedes (", a indiqué X", "annunciati dalla X", ", X said"); a figure takes the closest one
that applies to it. "L'agence précise…" points back to the last agency named.

Example
-------
>>> lex = load_sources()
>>> [(a.source, a.applies) for a in lex.attributions("Selon la GdF, 5 500 serveurs")]
[('Guardia di Finanza', 'both')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from sourcecheck.errors import InputError
from sourcecheck.extract.lexicon import _package_text, read_yaml
from sourcecheck.extract.sentences import _WORDS, words

_ART = r"(?:(?:le|la|les|l['’]|the|il|lo|i|gli|al|alla|allo|ai|agli|dal|dalla|dai|del|della|des|du|de la)\s*)?"
# "selon X", "according to the agency's chief X": up to five words may describe the source;
# "per" (it) only directly ("per la polizia"), and "selon lesquelles" is no attribution.
_PRE = re.compile(
    rf"(?:\b(?:selon(?!\s+(?:le|la|les)quel)|d['’]après|according to|secondo|stando a|stando al|"
    rf"stando alla|cited by|sources? (?:at|within)|de source)\s+{_ART}(?:[\w'’-]+\s+){{0,5}}$"
    rf"|\bper\s+{_ART}$)",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    rf"\b(?:annonc|revendiqu|avanc|compt|recens|annunciat|dichiarat|stimat|contat|rivendicat|"
    rf"indicat|claimed|reported|counted|estimated|given|announced|cited)\w*\s+"
    rf"(?:par|by|da|dal|dalla|dai|dallo|dalle)\s+{_ART}$",
    re.IGNORECASE,
)
_INVERTED = re.compile(
    rf"\b(?:(?:a|ont|avait|ha|hanno|aveva)\s+)?(?:indiqu|précis|déclar|annonc|affirm|expliqu|ajout|"
    rf"estim|soulign|rapport|precisat|dett|riferit|dichiarat|spiegat|aggiunt|comunicat|"
    rf"said|says|added|told|explained)\w*\s+{_ART}$",
    re.IGNORECASE,
)
_VERB_LEAD = (
    r"^(?:\s*\([^)]{1,40}\))?(?:\s+(?:en|in|d['’]|di)\s+\w+)?(?:\s+[\w-]+){0,2}?"
    r"(?:,?\s+(?:which|who|qui|che|la quale|il quale))?\s+"
    r"(?:(?:en|ne|y|l['’])\s*)?"
    r"(?:(?:a|ont|avait|avaient|aurait|auraient|has|had|have|ha|hanno|aveva|avevano)\s+)?"
    r"(?:(?:aussi|également|pour sa part|also|later|anche|inoltre|maintenant|now)\s+)?"
)
_SPEECH_VERBS = (
    r"affirm|indiqu|rapport|revendiqu|estim|précis|annon[cç]|déclar|assur|avanc|chiffr|évalu|"
    r"compt|dénombr|recens|soulign|ajout|expliqu|signal|communiqu|"
    r"said|says|say|claim|report|estimat|count|put|puts|announc|stat|added|told|pledg|confirm|"
    r"tall|calculat|gave|gives|note|wrote|"
    r"dichiar|riferisc|riferit|reso noto|rende noto|comunic|precis|spieg|contat|conta|stim|"
    r"annunci|rivendic|parla|calcol|segnal|sottoline|conferm|"
    # a source asking for a sum states it: "the region is seeking €300 million"
    r"réclam|demand|sollicit|seek|request|ask|call for|chied|chiest|richied|sollecit"
)
# What an organisation did is its figure ("les Fiamme Gialle hanno oscurato 350 canali"),
# unless its entry says `acts: false` (generic actors: "investigators searched 70 addresses").
_ACTION_VERBS = (
    r"mobilis|déploy|deploy|saisi|ferm|arrêt|interpell|perquisition|bloqu|démantel|"
    r"seiz|search|arrest|shut|took down|dismantl|block|"
    r"sequestr|oscur|eseguit|arrestat|smantell|chius|bloccat|denunciat"
)
_SPEECH = re.compile(rf"{_VERB_LEAD}(?:{_SPEECH_VERBS})\w*", re.IGNORECASE)
_VERB = re.compile(rf"{_VERB_LEAD}(?:{_SPEECH_VERBS}|{_ACTION_VERBS})\w*", re.IGNORECASE)
_POSSESSIVE = re.compile(
    r"^(?:['’]s)?\s+(?:own\s+)?(?:figures?|count|tally|estimates?|numbers?|data)\b"
)


class Mention(NamedTuple):
    start: int
    end: int
    source: str  # canonical name
    kind: str  # agency, ministry, union, police, ...


class Attribution(NamedTuple):
    start: int
    end: int
    source: str
    text: str  # as written: "selon Eurojust", "GdF affirme"
    applies: str  # "both": to what follows or precedes; "pre": follows; "post": just before


class Sources:
    """Aliases → canonical sources, and the attributions found in a sentence."""

    def __init__(self, entries: Mapping[str, dict], anaphors: Mapping[str, list[str]]):
        self.alias: dict[str, tuple[str, str]] = {}
        self.speech_only: set[str] = set()  # "investigators searched 70…" does not cite them
        for name, entry in entries.items():
            for alias in [name, *(entry.get("aliases") or ())]:
                self.alias[_norm(alias)] = (name, entry.get("kind", "other"))
            for alias in entry.get("speech_only") or ():
                self.alias[_norm(alias)] = (name, entry.get("kind", "other"))
                self.speech_only.add(_norm(alias))
        self._first: dict[str, list[str]] = {}  # first word → aliases, longest first
        for alias in sorted(self.alias, key=len, reverse=True):
            if first := _WORDS.match(alias):
                self._first.setdefault(first.group(), []).append(alias)
        self._anaphor_kind = {_norm(w): k for k, words in anaphors.items() for w in words}
        self._anaphor_words = frozenset(self._anaphor_kind)
        words = "|".join(re.escape(w) for w in sorted(self._anaphor_kind, key=len, reverse=True))
        self._anaphor = re.compile(
            rf"\b(?:l['’]|le |la |the |il |lo |al |dal |du |au |this |cette |cet |questa |quest['’])({words})\b"
            r"(?:\s+(?:de l['’]UE|dell['’]UE|européenne|italienne|francese|italiana|de la \w+))?",
            re.IGNORECASE,
        )

    def canonical(self, name: str) -> str:
        """The canonical name of a source written `name` ("TorrentFreak (traduction)" →
        "TorrentFreak" when an alias starts it); `name` itself when unknown."""
        name = name.strip()
        found = self.mentions(name)
        return found[0].source if found and found[0].start == 0 else name

    def mentions(self, text: str, start: int = 0, end: int | None = None, tokens=None):
        """Every alias named in `text[start:end]`, attribution or not (list of `Mention`).

        A dictionary probe per word (`tokens`: `sentences.words` of the span, when known).
        """
        end = len(text) if end is None else end
        if tokens is None:
            tokens = words(text, start, end)
        out: list[Mention] = []
        skip_to = start
        for pos, _, lower in tokens:
            if pos < skip_to:
                continue
            for alias in self._first.get(lower, ()):
                stop = pos + len(alias)
                if stop > end or text[pos:stop].lower().replace("’", "'") != alias:
                    continue
                if stop < len(text) and (text[stop].isalnum() or text[stop] in "-_"):
                    continue
                out.append(Mention(pos, stop, *self.alias[alias]))
                skip_to = stop
                break
        return out

    def attributions(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        last=lambda kind: None,
        tokens=None,
    ) -> list[Attribution]:
        """Attributions in the sentence `text[start:end]`; `last(kind)` resolves anaphors."""
        end = len(text) if end is None else end
        if tokens is None:
            tokens = words(text, start, end)
        lowered = {t[2] for t in tokens}
        found = []
        pre, passive = bool(lowered & _PRE_TRIGGERS), bool(lowered & _PASSIVE_TRIGGERS)
        named = self.mentions(text, start, end, tokens)
        for m in named:
            acts = _norm(text[m.start : m.end]) not in self.speech_only
            found.append(
                _attribution(text, start, end, m.start, m.end, m.source, pre, passive, acts)
            )
        anaphors = self._anaphor.finditer(text, start, end) if lowered & self._anaphor_words else ()
        for m in anaphors:
            if any(_describes(text, m.start(1), m.end(1), n) for n in named):
                continue  # "La Polizia Postale", "le gestionnaire du réseau Terna": a name follows
            source = last(self._anaphor_kind[_norm(m.group(1))]) or m.group(1).lower()
            if source:
                found.append(
                    _attribution(text, start, end, m.start(1), m.end(), source, pre, passive)
                )
        known = [a for a in found if a]
        unknown = _PRE_UNKNOWN.finditer(text, start, end) if lowered & _PRE_WORDS else ()
        for m in unknown:
            name = m.group("name")
            if not any(a.start <= m.start("name") < a.end for a in known):
                known.append(Attribution(m.start(), m.end(), name, m.group(), "both"))
        for m in _UNKNOWN_SPEAKER.finditer(text, start, end):  # "Il Codacons stima…"
            names = m.group("name").split()
            while names and names[0].lower() in _NOT_NAMES:
                names.pop(0)
            name = " ".join(names)
            at = text.rfind(names[0], m.start("name"), m.end("name")) if names else 0
            if not name or _norm(name) in self.alias:
                continue
            if not any(a.start <= at < a.end for a in known):
                known.append(Attribution(at, m.end(), name, text[at : m.end()], "both"))
        return sorted(known)


# A capitalised name no lexicon knows, right before a speech verb: "Codacons put the damage
# at…", "Il Codacons stima…". Capitalised sentence openers are not names.
_UNKNOWN_SPEAKER = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,3})"
    r"\s+(?:(?:a|ont|has|had|ha|hanno)\s+)?"
    r"(?:affirm|déclar|indiqu|estim|précis|rapport|revendiqu|annon[cç]|"
    r"said|says|told|claim|stated|estimat|put|puts|announc|report|"
    r"dichiar|stim|riferisc|comunic|annunci|rivendic|afferm|sostien)\w*"
)
_NOT_NAMES = frozenset(
    """
    the a an it he she they we this these those there il lo la le les l i gli un une elle ils
    elles on nous ce cette lui lei essi esse questo questa selon according secondo mais but
    ma et and e then puis poi also inoltre
    """.split()
)
_PRE_WORDS = frozenset(["selon", "après", "according", "secondo", "stando"])
_PRE_UNKNOWN = re.compile(
    rf"\b(?i:selon|d['’]après|according to|secondo|stando a)\s+(?i:{_ART})(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})"
)


# Words without which _PRE / _PASSIVE cannot match: a set test spares the regex search.
_PRE_TRIGGERS = frozenset("selon après according secondo stando per cited source sources".split())
_PASSIVE_TRIGGERS = frozenset("par by da dal dalla dai dallo dalle".split())


def _describes(text: str, s: int, e: int, name: Mention) -> bool:
    """Is the anaphor noun at [s, e) part of a name, or a description right before one?"""
    if name.start <= s < name.end:
        return True
    return 0 <= name.start - e <= 40 and not re.search(r"[,;.:]", text[e : name.start])


def _attribution(
    text: str,
    lo: int,
    hi: int,
    s: int,
    e: int,
    source: str,
    pre=True,
    passive=True,
    acts=True,
) -> Attribution | None:
    before = text[max(lo, s - 60) : s]
    after = text[e : min(hi, e + 60)]
    if pre and (m := _PRE.search(before)):
        return Attribution(
            s - len(before) + m.start(), e, source, text[s - len(before) + m.start() : e], "both"
        )
    if passive and (m := _PASSIVE.search(before)):
        return Attribution(
            s - len(before) + m.start(), e, source, text[s - len(before) + m.start() : e], "post"
        )
    if m := _INVERTED.search(before):
        return Attribution(
            s - len(before) + m.start(), e, source, text[s - len(before) + m.start() : e], "post"
        )
    if m := (_VERB if acts else _SPEECH).match(after) or _POSSESSIVE.match(after):
        return Attribution(s, e + m.end(), source, text[s : e + m.end()], "both")
    return None


def _norm(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def load_sources(extra: Iterable[Path] = (), case_aliases: Mapping | None = None) -> Sources:
    """The shipped sources, then each `rules/sources*.yaml`, then a case's `sources:`."""
    data = read_yaml("sources.yaml", _package_text("sources.yaml"))
    entries = {k: dict(v or {}) for k, v in (data.get("sources") or {}).items()}
    anaphors = {k: list(v) for k, v in (data.get("anaphors") or {}).items()}
    for file in extra:
        more = read_yaml(file)
        for name, entry in (more.get("sources") or {}).items():
            _merge(entries, name, entry, file)
        for kind, nouns in (more.get("anaphors") or {}).items():
            anaphors.setdefault(kind, []).extend(nouns)
    for name, aliases in (case_aliases or {}).items():
        _merge(entries, name, {"aliases": aliases}, Path("case.yaml"))
    return Sources(entries, anaphors)


def _merge(entries: dict, name: str, entry, file: Path) -> None:
    if isinstance(entry, list):
        entry = {"aliases": entry}
    if not isinstance(entry, dict):
        raise InputError(file, None, f"source {name!r}: expected aliases (a list) or a mapping")
    merged = entries.setdefault(str(name), {})
    for field in ("aliases", "speech_only"):
        merged[field] = [*(merged.get(field) or ()), *(entry.get(field) or ())]
    merged.setdefault("kind", entry.get("kind", "other"))
