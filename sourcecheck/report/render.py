"""Render a Result (or a batch's rows) to HTML with jinja2, autoescaped.

Why
---
Templates hold the markup; Python only shapes the data. Autoescape is on for every template,
so document text is escaped wherever it lands; nothing from a document is marked safe.

Each page carries a full Content-Security-Policy: nothing loads from anywhere, and the only
style and script that run are the page's own, allowed by their sha256 hashes (no
'unsafe-inline', no inline handlers, no style attributes). Should escaping ever fail, a
document's `<script>` still does not run. The review server replaces this policy with its own
header, which keeps these hashes and adds a nonce for its controls.

Example
-------
>>> from sourcecheck.report.render import environment
>>> environment().autoescape
True
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from sourcecheck import cachedir
from sourcecheck.collector import paused
from sourcecheck.report.case import case_view
from sourcecheck.report.view import index_view
from sourcecheck.result import Result


class _Environment(jinja2.Environment):
    """jinja2, reading `f.rule` of a plain dict as its key first.

    Every view is a plain dict; jinja2 tries an attribute first, and each failed attribute
    costs an exception: a third of the render time of a report of 5,000 findings.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Templates compiled once and kept in sourcecheck's cache folder (jinja2's own cache,
    checked against each template's source); a folder that cannot be written is skipped."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _compiled_templates() -> jinja2.BytecodeCache | None:
    folder = cachedir.folder("templates")
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder))


@cache
def environment() -> jinja2.Environment:
    """The jinja2 environment over the package's templates (autoescape always on)."""
    return _Environment(
        loader=jinja2.PackageLoader("sourcecheck.report", "templates"),
        bytecode_cache=_compiled_templates(),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


@cache
def asset(name: str) -> Markup:
    """A stylesheet or script shipped with the templates, inlined as is (our own code)."""
    return Markup((resources.files("sourcecheck.report") / "templates" / name).read_text())


def source_hash(text: str) -> str:
    """A CSP source for an inline element's exact text: 'sha256-<base64>'."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(style: str, script: str | None = None) -> str:
    """The page's Content-Security-Policy: only its own style and script, by hash."""
    scripts = source_hash(script) if script is not None else "'none'"
    return (
        f"default-src 'none'; script-src {scripts}; style-src {source_hash(style)}; "
        "img-src data:; connect-src 'self'; form-action 'self'; base-uri 'none'"
    )


def render_case(result: Result) -> str:
    """One self-contained HTML page for the case in `result`."""
    page = environment().get_template("case.html.j2")
    with paused():
        view = case_view(result)
        style = asset("report.css") + asset("layout.css") + palette_css(view["palette"])
        js = asset("report.js")
        return page.render(**view, style=style, js=js, csp=Markup(policy(style, js)))


def palette_css(colors) -> Markup:
    """One class per position's colour: .g0 { --g: #0b6bcb; } ..."""
    return Markup("".join(f".g{i} {{ --g: {c}; }} " for i, c in enumerate(colors)))


def render_index(rows: list[dict[str, Any]]) -> str:
    """An index page of a batch: one row per case with its counts, status and link."""
    page = environment().get_template("index.html.j2")
    style = asset("report.css")
    return page.render(**index_view(rows), style=style, csp=Markup(policy(style)))
