"""Load a case folder: its documents, hand-entered claims and settings (DESIGN §3).

Why
---
Every later stage reads the same `Case`: the documents as a table (body without front matter,
so claim offsets point into the body), the claims an editor typed into `claims.csv`, and the
settings of `case.yaml`. Bad input is expected: malformed front matter, YAML or CSV raises an
`InputError` naming the file and the line; a document that cannot be read (binary, empty) only
adds a notice, so one broken file never stops the others from loading.

A case folder is untrusted input (sourcecheck.limits): documents are read only when they are
regular files within the size limit whose path stays inside the folder (a FIFO, a device, a
symlink to /etc/passwd or a 2 GB file is skipped with a notice), and YAML refuses aliases and
deep nesting. `case.yaml` and `claims.csv` follow the same rules but, being settings rather
than documents, stop the run with an error when refused.

Example
-------
>>> case = load_case("seeds/perfect-storm")          # doctest: +SKIP
>>> case.documents[["doc", "lang", "published"]].iloc[0].tolist()   # doctest: +SKIP
['perfect-storm-fr.md', 'fr', '2020-11-12']
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.manual_claims import read_manual_claims
from sourcecheck.reading import load_yaml, read_bytes, read_yaml
from sourcecheck.schema import LANGUAGES

DOCUMENT_COLUMNS = (
    "doc", "title", "publisher", "published", "published_at", "lang", "url", "body", "path",
)  # fmt: skip
DOCUMENT_SUFFIXES = (".md", ".txt")
SPECIAL_FILES = ("case.yaml", "claims.csv")

_FRONT_MATTER_END = regexcache.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)

# A few very frequent words per language: enough to tell fr, en and it apart on a paragraph.
_STOP_WORDS = {
    "fr": "le la les des du une est et dans pour que qui sur au aux avec pas par ont été selon".split(),
    "en": "the of and to in is was for that on with by were said from has have are at".split(),
    "it": "il lo gli della delle dei di che è per con sono nel nella una anche ha stati".split(),
}
_WORD = regexcache.compile(r"[^\W\d_]+")


@dataclass
class Case:
    """A loaded case: documents, hand-entered claims, settings and what was noticed on the way."""

    name: str
    path: Path
    documents: pd.DataFrame
    manual_claims: pd.DataFrame
    settings: dict = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def load_case(
    path: str | Path, limits: Limits = DEFAULTS, only: Sequence[str] | None = None
) -> Case:
    """Read a case folder (DESIGN §3) into a `Case`, within `limits`.

    `only` names the document files to read: one batch of a large case, when extraction is
    split over workers (sourcecheck.archive). The batch leaves `claims.csv` out: it is merged
    once, when the batches' claims are joined.

    Raises `InputError` when the folder is missing or when front matter, `case.yaml` or
    `claims.csv` is malformed or refused; unreadable or refused documents and unknown files
    only add notices.
    """
    folder = case_folder(path)
    notices: list[str] = []
    settings = _read_settings(folder / "case.yaml", folder, limits)
    rows = []
    try:
        entries = sorted(folder.iterdir()) if only is None else [folder / n for n in only]
    except OSError as exc:
        raise InputError(folder, None, f"cannot list the folder: {exc.strerror}") from None
    for file in entries:
        if file.name.startswith(".") or file.name in SPECIAL_FILES:
            continue
        if file.is_dir() or file.suffix.lower() not in DOCUMENT_SUFFIXES:
            notices.append(f"{file}: ignored (not a .md or .txt document)")
            continue
        row = read_document(file, notices, folder, limits)
        if row is not None:
            rows.append(row)
    # object dtype keeps None as None (pandas 3 would turn it into NaN in a str column)
    documents = pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS), dtype=object)
    manual = pd.DataFrame()
    if only is None:
        manual = read_manual_claims(folder / "claims.csv", documents, root=folder, limits=limits)
    return Case(case_name(folder), folder, documents, manual, settings, notices)


def case_folder(path: str | Path) -> Path:
    """`path` when it is a folder, else InputError ("no such case folder", "not a folder")."""
    folder = Path(path)
    if not folder.is_dir():
        what = "not a folder" if os.path.lexists(folder) else "no such case folder"
        raise InputError(folder, None, what)
    return folder


def case_name(path: str | Path) -> str:
    """The name a case's reports go under: its folder's name (symlinks resolved)."""
    return case_folder(path).resolve().name


def read_document(
    file: Path, notices: list[str], root: Path | None = None, limits: Limits = DEFAULTS
) -> dict | None:
    """One document as a row of `Case.documents`, or None (with a notice) when unreadable
    or refused by the limits (a FIFO, a symlink out of `root`, a file over the size limit)."""
    try:
        data = read_bytes(file, root=root, limits=limits)
    except InputError as exc:  # Refused, or an OSError (permissions) on this one file
        notices.append(f"{exc}, skipped")
        return None
    text = decode(data, file, notices)
    if text is None:
        return None
    meta, body = split_front_matter(text, file, limits.max_yaml_depth)
    if not body.strip():
        notices.append(f"{file}: empty document, skipped")
        return None
    lang = _language(meta, body, file, notices)
    return {
        "doc": file.name,
        "title": _text(meta.get("title")),
        "publisher": _text(meta.get("publisher")),
        "published": _date(meta.get("published"), file, text),
        "published_at": _time(meta.get("published")),
        "lang": lang,
        "url": _text(meta.get("url")),
        "body": body,
        "path": str(file),
    }


def decode(data: bytes, file: Path, notices: list[str]) -> str | None:
    """Bytes → text with LF line endings; UTF-8 (BOM or not), else cp1252/latin-1 with a notice.

    Returns None (with a notice) for binary data.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        notices.append(f"{file}: read as UTF-16")
    elif b"\x00" in data[:4096] or _looks_binary(data[:4096]):
        notices.append(f"{file}: unreadable (binary data, not text), skipped")
        return None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            encoding = "cp1252"
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                encoding = "latin-1"
                text = data.decode(encoding)
            notices.append(
                f"{file}: not UTF-8 (byte {exc.start}), read as {encoding}; check accented letters"
            )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def split_front_matter(
    text: str, file: Path, max_depth: int = DEFAULTS.max_yaml_depth
) -> tuple[dict, str]:
    """(front matter dict, body). A document without front matter has an empty dict."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return {}, text
    end = _FRONT_MATTER_END.search(text, 4)
    if end is None:
        raise InputError(file, "line 1", "front matter opened with '---' is never closed")
    try:
        meta = load_yaml(text[4 : end.start()], file, max_depth=max_depth, first_line=2) or {}
    except InputError as exc:
        raise InputError(file, exc.place, f"malformed front matter: {exc.problem}") from None
    if not isinstance(meta, dict):
        raise InputError(file, "line 2", "front matter must be 'key: value' lines")
    return meta, text[end.end() + 1 :]


def detect_language(text: str) -> str | None:
    """fr, en or it by counting frequent words; None when no language clearly wins.

    Example: detect_language("Selon la police, 700 policiers ont été déployés") → "fr".
    """
    counts = dict.fromkeys(_STOP_WORDS, 0)
    for word in _WORD.findall(text[:3000].lower()):
        for lang, words in _STOP_SETS.items():
            if word in words:
                counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, n1), (_, n2) = ranked[0], ranked[1]
    return best if n1 >= 3 and n1 >= 1.5 * n2 else None


_STOP_SETS = {lang: frozenset(words) for lang, words in _STOP_WORDS.items()}


def _language(meta: dict, body: str, file: Path, notices: list[str]) -> str | None:
    given = _text(meta.get("language") or meta.get("lang"))
    if given:
        given = given.lower()[:2]
        if given in LANGUAGES:
            return given
        notices.append(
            f"{file}: language {given!r} is not one of fr, en, it; "
            "figures are read without language-dependent separators"
        )
        return None
    lang = detect_language(body)
    if lang is None:
        notices.append(
            f"{file}: language not recognised (not fr, en or it); "
            "figures are read without language-dependent separators"
        )
    return lang


def _date(value, file: Path, text: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:  # a time may follow the day ("2024-11-12T13:10"); the day is what rules use
        return dt.datetime.fromisoformat(str(value).strip()).date().isoformat()
    except ValueError:
        line = next(
            (i + 1 for i, s in enumerate(text.splitlines()) if s.startswith("published")), 1
        )
        raise InputError(
            file,
            f"line {line}",
            f"published: {value!r} is not an ISO date (YYYY-MM-DD, optionally THH:MM)",
        ) from None


def _time(value) -> str | None:
    """The publication time as ISO "YYYY-MM-DDTHH:MM" when the front matter gives one, else
    the day (checked by `_date` first): what orders two accounts of one day."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    at = dt.datetime.fromisoformat(text)
    return at.isoformat(timespec="minutes") if len(text) > 10 else at.date().isoformat()


def _text(value) -> str | None:
    return None if value is None else str(value).strip() or None


def _read_settings(file: Path, root: Path, limits: Limits) -> dict:
    if not os.path.lexists(file):
        return {}
    settings = read_yaml(file, root=root, limits=limits) or {}
    if not isinstance(settings, dict):
        raise InputError(file, "line 1", "case.yaml must be a mapping of settings")
    sources = settings.get("sources")
    if sources is not None and not (
        isinstance(sources, dict)
        and all(isinstance(k, str) and isinstance(v, list) for k, v in sources.items())
        and all(isinstance(a, str | int | float) for v in sources.values() for a in v)
    ):
        raise InputError(file, "sources", "expected 'canonical name: [alias, ...]' entries")
    suite = settings.get("suite")
    if suite is not None and not (isinstance(suite, str) and suite.strip()):
        raise InputError(file, "suite", f"expected a suite name or a path, got {suite!r}")
    return settings
