"""Names in a figure's clause: who may own it ("Veltro Systems", not "Airlines" opening a
sentence, not "via dei Mulini" in a complement, not a place).

Why
---
An owner is a proper name as the clause writes it: company forms dropped ("Veltro Systems
Inc" → "Veltro Systems"), an article before it dropped ("La Casearia" → "Casearia"), a
possessive ending it ("Veltro's"). These helpers read one from a position in the text; the
grammar that says which position gives the owner is `frames/owner.py`'s.

Example
-------
>>> from sourcecheck.frames.owner import _vocabulary
>>> read_name("Regulators fined Veltro Systems Inc", 17, 35, _vocabulary("en"))
'Veltro Systems'
"""

from __future__ import annotations

from collections.abc import Callable

from sourcecheck import regexcache

MAX_NAME_WORDS = 4  # capitalised words an owner's name runs to
_ELIDED = regexcache.compile(r"(?:[LlDd]|[Dd]ell|[Dd]all|[Nn]ell|[Ss]ull|[Aa]ll|[Qq]u)['’](.+)")
_TOKEN = regexcache.compile(r"[^\W\d_][\w&’'.-]*")
_CAPITAL = r"[^\W\d_a-zà-ÿ][\w&.-]*"  # a word that starts with a capital letter
_TRAILING_NAME = regexcache.compile(rf"(?:{_CAPITAL}\s+){{0,{MAX_NAME_WORDS - 1}}}{_CAPITAL}$")
_DATELINE = regexcache.compile(r"\)\s*[-–—]\s|^[^\W\d_a-zà-ÿ]{3,}\b[^.]*\s[-–—]\s")
_TRAILING_ACRONYM = regexcache.compile(r"\(\s*([A-Z][A-Z0-9]{1,7})\s*\)$")
_DESCRIBED = regexcache.compile(r"(?:(?-i:[a-zà-ÿ][\w-]*)\s+){1,2}(?=[^\W\d_a-zà-ÿ])")


def proper(name: str, body: str, nouns: Callable[[str], bool] | None = None) -> bool:
    """Whether `name` is a proper name: a single word that is a counted noun (`nouns`) or
    that the document also writes in lower case is a common noun opening its sentence
    ("Airlines cancelled 870 flights")."""
    if not name or " " in name:
        return bool(name)
    if nouns is not None and nouns(name):
        return False
    return not _written_lower(name.lower(), body)


_LOWER_SEEN: list = [None, {}]  # the last document asked about, and its answers per word


def _written_lower(low: str, body: str) -> bool:
    """Whether `body` writes the word `low` (lower case) as a word of its own. Kept per word
    for the last document asked about: every figure's owner asks of the same few names, and
    each answer scans the whole document.

    >>> _written_lower("airlines", "Airlines cancelled flights; airlines said"), _written_lower("air", "Airlines")
    (True, False)
    """
    if _LOWER_SEEN[0] is not body:
        _LOWER_SEEN[:] = [body, {}]
    seen = _LOWER_SEEN[1]
    if low not in seen:
        seen[low] = False
        at = body.find(low)
        while at >= 0:
            edge = at + len(low)
            if (at == 0 or not body[at - 1].isalnum()) and (
                edge >= len(body) or not body[edge].isalnum()
            ):
                seen[low] = True
                break
            at = body.find(low, at + 1)
    return seen[low]


def described(body: str, at: int, hi: int, words) -> int:
    """Past up to two lowercase words that describe the name after them ("on streaming
    group Veltro", not "on the Treaty"): where the name starts, else `at`."""
    m = _DESCRIBED.match(body, at, hi)
    if not m or any(w.lower() in words.articles for w in m.group().split()):
        return at
    return m.end()


def name_before(body: str, lo: int, at: int, words, last: str = "") -> str:
    """The capitalised name right before `at` (a `took` verb), past a relative pronoun
    ("Veltro, which reported"), an auxiliary ("Veltro a pour sa part annulé") or both
    ("Veltro, qui a annulé", "Veltro, che ha cancellato"); `last` when
    a word that stands for a name stands there ("L'azienda ha ritirato"), or ""."""
    text = words.year_aside.sub("", body[lo:at].rstrip())  # "Veltro, che nel 2024 ha…"
    text, subject = words.relative.subn("", text)
    for _ in range(2):  # a relative then an auxiliary: "Enelia, qui a mobilisé"
        text, more = words.relative.subn("", text)
        subject += more
    if last and words.anaphor.search(text):
        return last
    if acronym := _TRAILING_ACRONYM.search(text):  # "Le Syndicat national des pilotes (SNP)"
        return acronym.group(1)
    m = _TRAILING_NAME.search(text)
    if m and not (subject and words.preposition.search(text, 0, m.start())):
        return read_name(text, m.start(), len(text), words)
    # not a complement ("lo stabilimento di via dei Bottai, che produce"): an apposition
    if _DATELINE.search(text):
        return ""  # "AOSTA, Italy, Jan 21 (Agency) - A storm has…": no apposition
    head, comma, apposition = text.partition(", ")
    if comma and (name := read_name(apposition, 0, len(apposition), words)):
        return name  # "The dairy, Veltro of Asolo near Bassano, has recalled"
    m = _TRAILING_NAME.search(head) if comma else None
    return read_name(head, m.start(), len(head), words) if m else ""  # "Veltro, leader du…, a"


def read_name(body: str, at: int, hi: int, words) -> str:
    """The capitalised name starting at `at`, company forms dropped; "" when there is none,
    or it is a day, a month or a place (one it names, or any after a locative that only says
    where: "À Morvelle, où…"). A possessive ends it ("Veltro's")."""
    taken: list[str] = []
    pos = at
    while len(taken) < MAX_NAME_WORDS:
        while pos < hi and body[pos] == " ":
            pos += 1
        m = _TOKEN.match(body, pos, hi)
        if not m or not m.group()[0].isupper():
            break
        token, pos = m.group(), m.end()
        if ("'" in token or "’" in token) and (elided := _ELIDED.match(token)):
            # "L'Ulss" → "Ulss"; "L'azienda" is no name (a match needs its apostrophe)
            token = elided.group(1)
            if not token[0].isupper():
                break
        possessive = token.endswith(("'s", "’s"))
        taken.append(token[:-2] if possessive else token.rstrip(".,"))
        if possessive or pos >= hi or body[pos] != " ":
            break
    while len(taken) > 1 and taken[-1] in words.suffixes:
        taken.pop()
    if len(taken) > 1 and taken[0].lower() in words.place_words:
        return ""  # "À Morvelle, où l'usine emploie…": a place after its locative
    while taken and taken[0] in words.not_names:
        taken.pop(0)  # "La Latteria" → "Latteria"
    if not taken:
        return ""
    name = " ".join(taken)
    return "" if _is_place(name, words) or _demonym(taken) else name


def _demonym(taken: list[str]) -> bool:
    """Whether the words read are one country adjective, no name of anyone ("customers of
    French banks": the banks', which no name gives).

    >>> _demonym(["French"]), _demonym(["Orvane"]), _demonym(["French", "Orvane"])
    (True, False, False)
    """
    from sourcecheck.extract.places import DEMONYMS  # (places reads the lexicon: loaded late)

    return len(taken) == 1 and taken[0].lower() in DEMONYMS


def _is_place(name: str, words) -> bool:
    """Whether `name` is a place: it names one and is no longer than two words, or opens
    with one ("Veneto", "Regione Veneto"; not "Open Cloud Europe", a coalition)."""
    if not words.is_place(name):
        return False
    return len(name.split()) <= 2 or bool(words.is_place(name.split()[0]))


__all__ = ["described", "name_before", "proper", "read_name"]
