"""Render a Result (or a batch's rows) to HTML with jinja2, autoescaped.

Why
---
Templates hold the markup; Python only shapes the data. Autoescape is on for every template,
so document text is escaped wherever it lands; nothing from a document is marked safe.

Example
-------
>>> from sourcecheck.report.render import environment
>>> environment().autoescape
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from sourcecheck.report.case import case_view
from sourcecheck.report.view import index_view
from sourcecheck.result import Result


@cache
def environment() -> jinja2.Environment:
    """The jinja2 environment over the package's templates (autoescape always on)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("sourcecheck.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


@cache
def asset(name: str) -> Markup:
    """A stylesheet or script shipped with the templates, inlined as is (our own code)."""
    return Markup((resources.files("sourcecheck.report") / "templates" / name).read_text())


def render_case(result: Result) -> str:
    """One self-contained HTML page for the case in `result`."""
    page = environment().get_template("case.html.j2")
    return page.render(**case_view(result), css=asset("report.css"), js=asset("report.js"))


def render_index(rows: list[dict[str, Any]]) -> str:
    """An index page of a batch: one row per case with its counts, status and link."""
    page = environment().get_template("index.html.j2")
    return page.render(**index_view(rows), css=asset("report.css"))
