"""What the review app lets a page run and a request carry: the Content-Security-Policy of
every response, and how deep a JSON body may nest.

Why
---
A report page holds document text from anywhere; escaping keeps it text, and the policy is
the second wall: should escaping ever fail, a script from a document still does not run. The
report file allows its own script and style by their sha256 hashes (sourcecheck.report.render);
served, the page also runs the review controls, so the header takes over: the page's hashes
plus a nonce made for each response, `default-src 'self'`, no plugins, frames or foreign forms.
A JSON body nested thousands deep would exhaust the parser's recursion before any check runs;
its depth is measured on the bytes first.

Example
-------
>>> json_depth(b'{"note": "[[[", "a": [1, {"b": 2}]}')
3
>>> content_policy().split("; ")[:2]
["default-src 'self'", "script-src 'none'"]
"""

from __future__ import annotations

import re

from sourcecheck import regexcache

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
_REPORT_POLICY = regexcache.compile(
    r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n?', re.IGNORECASE
)
_HASH = regexcache.compile(r"'sha256-[A-Za-z0-9+/=]+'")


def content_policy(nonce: str | None = None, scripts=(), styles=()) -> str:
    """The Content-Security-Policy header: own origin only; scripts and styles only by this
    response's nonce or the report's hashes; no plugins, frames, base or foreign forms."""
    allow = [f"'nonce-{nonce}'"] if nonce else []
    script = " ".join([*allow, *scripts]) or "'none'"
    style = " ".join([*allow, *styles]) or "'none'"
    return (
        f"default-src 'self'; script-src {script}; style-src {style}; img-src data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    )


def report_hashes(html: str) -> tuple[str, list[str], list[str]]:
    """(page without its own policy, its script hashes, its style hashes).

    The report's <meta> policy allows only its own script and style by hash; served, the
    page also runs the review controls, so the header policy takes over with those hashes.
    """
    match = _REPORT_POLICY.search(html, 0, 2000)
    if not match:
        return html, [], []
    scripts, styles = [], []
    for directive in match.group(1).replace("&#39;", "'").split(";"):
        name, _, sources = directive.strip().partition(" ")
        if name == "script-src":
            scripts = _HASH.findall(sources)
        elif name == "style-src":
            styles = _HASH.findall(sources)
    return html[: match.start()] + html[match.end() :], scripts, styles


def json_depth(data: bytes) -> int:
    """How deeply `data` (JSON text) nests arrays and objects, without parsing it."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest
