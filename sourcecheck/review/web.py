"""The local review web app: the reports, with review controls on every finding (Flask).

Why
---
Editors review where they read: in the report. The app serves `OUT_DIR/<case>/report.html`
with a script injected before `</body>` that fills every `.review-slot` with status buttons, a
note and the reviewer's name, and saves each decision at once through a small JSON API into the
review store. Two editors on two browsers see each other's decisions on reload; a decision that
replaces one the editor had not seen says so, and history keeps both.

Requests that change data must carry the session's CSRF token in the `X-CSRF-Token` header, a
JSON body (nested at most MAX_JSON_DEPTH deep), and an Origin (or Referer) of this server;
anything else gets 403 (400 for a body too deep or text that is not valid Unicode). Host
headers are checked against the names the server is bound to (DNS rebinding). Notes are data,
never HTML: the script writes them with textContent.

Every response carries a full Content-Security-Policy (`default-src 'self'`): a page runs only
its own script and style, allowed by the hashes the report page lists and a nonce per response
for the review controls; no inline handlers, no style attributes, nothing from elsewhere. The
reports folder is served like a case folder is read (sourcecheck.limits): regular files only,
and symlinks only when their target stays inside the folder (`serve --follow-symlinks`).

Example
-------
    app = create_app("reports", open_store("reports/reviews.sqlite"))
    app.test_client().get("/")        # index of cases
"""

from __future__ import annotations

import hmac
import json
import mimetypes
import secrets
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from flask import Flask, Response, abort, g, jsonify, request, url_for
from flask import session as flask_session
from werkzeug.security import safe_join

from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.reading import Refused, check_inside, read_bytes
from sourcecheck.review.apply import apply_reviews
from sourcecheck.review.policy import SECURITY_HEADERS, content_policy, json_depth, report_hashes
from sourcecheck.review.reports import FINDINGS_FILE, findings_frame, read_findings
from sourcecheck.review.store import ReviewStore
from sourcecheck.review.tables import check_text
from sourcecheck.schema import REVIEW_STATUSES

MAX_NOTE = 10_000
MAX_REVIEWER = 200
MAX_JSON_DEPTH = 8  # a decision is one flat object; nothing needs more
MAX_FILE = 1 << 36  # served files: reports are ours, only kinds and places are checked
CSRF_HEADER = "X-CSRF-Token"


def _script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def inject(html: str, config: dict[str, Any], nonce: str = "") -> str:
    """The report page with the review config, style and script inserted before </body>
    (style and script carrying `nonce`, which the response's policy allows)."""
    assets = files("sourcecheck.review") / "static"
    n = f' nonce="{nonce}"' if nonce else ""
    snippet = (
        f'<style id="sourcecheck-review-style"{n}>{(assets / "review.css").read_text()}</style>\n'
        f'<script id="sourcecheck-review-config" type="application/json">'
        f"{_script_json(config)}</script>\n"
        f'<script id="sourcecheck-review-script"{n}>{(assets / "review.js").read_text()}</script>\n'
    )
    at = html.lower().rfind("</body>")
    return html + snippet if at < 0 else html[:at] + snippet + html[at:]


def _same_origin() -> bool:
    """Whether the request's Origin (or, without one, its Referer) is this server."""
    ours = urlsplit(request.host_url)
    claimed = request.headers.get("Origin") or request.headers.get("Referer")
    if not claimed or claimed == "null":
        return False
    theirs = urlsplit(claimed)
    return (theirs.scheme, theirs.netloc) == (ours.scheme, ours.netloc)


def _csrf_token() -> str:
    if "csrf" not in flask_session:
        flask_session["csrf"] = secrets.token_urlsafe(32)
    return flask_session["csrf"]


def create_app(
    out_dir: str | Path,
    store: ReviewStore,
    *,
    trusted_hosts: list[str] | None = None,
    limits: Limits = DEFAULTS,
) -> Flask:
    """The review app over the reports in `out_dir` and the decisions in `store`.

    `trusted_hosts`: the Host names accepted (None: any, for a server bound to all addresses).
    `limits.follow_symlinks` serves symlinks whose target is outside `out_dir`.
    """
    out_dir = Path(out_dir)
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),  # new sessions (and tokens) each time it starts
        SESSION_COOKIE_NAME="sourcecheck_review",
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        TRUSTED_HOSTS=trusted_hosts,
        MAX_CONTENT_LENGTH=64 * 1024,
    )

    def served_cases() -> dict[str, Path]:
        """The case folders served, by key (their path under `out_dir`, at any depth): inside
        `out_dir` (or --follow-symlinks), not a run's staging folder."""
        from sourcecheck.report.desk import folders_holding

        found = {}
        for folder in folders_holding(out_dir, FINDINGS_FILE):
            if folder != out_dir and _inside(folder):
                found[folder.relative_to(out_dir).as_posix()] = folder
        return found

    def _inside(path: Path) -> bool:
        try:
            check_inside(path, out_dir, limits)
        except Refused:
            return False
        return True

    def case_dir(key: str) -> Path:
        folder = served_cases().get(key)
        if folder is None:
            abort(404, f"no case {key!r} in {out_dir}")
        return folder

    def split_case(rest: str) -> tuple[str, str]:
        """(case key, file inside it) of a /case/ URL path: the longest served key first."""
        for key in sorted(served_cases(), key=len, reverse=True):
            if rest == key or rest.startswith(key + "/"):
                return key, rest[len(key) + 1 :]
        abort(404, f"no case at {rest!r} in {out_dir}")

    def store_name(key: str) -> str:
        """The name decisions are kept under: the case's name, as `sourcecheck run` applies
        them (one case checked into two folders shares its decisions)."""
        return key.rsplit("/", 1)[-1]

    def read_served(path: Path) -> bytes:
        """A file of the reports folder: regular, inside it (or --follow-symlinks)."""
        try:
            return read_bytes(path, root=out_dir, limits=limits, max_bytes=MAX_FILE)
        except InputError:
            abort(404, f"{path.name} cannot be served")

    def current_findings(key: str):
        folder = case_dir(key)
        if not _inside(folder / "findings.json"):
            abort(404, "findings.json cannot be served")
        return findings_frame(read_findings(folder))

    @app.before_request
    def nonce():
        g.nonce = secrets.token_urlsafe(16)
        g.scripts, g.styles = [], []

    @app.after_request
    def secure(response):
        response.headers.update(SECURITY_HEADERS)
        html = response.mimetype == "text/html"
        response.headers["Content-Security-Policy"] = (
            content_policy(g.nonce, g.scripts, g.styles) if html else content_policy()
        )
        return response

    @app.before_request
    def refuse_forgery():
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return None
        token = request.headers.get(CSRF_HEADER, "")
        expected = flask_session.get("csrf", "")
        if not (expected and hmac.compare_digest(token, expected)):
            abort(403, "missing or wrong CSRF token: reload the page")
        if not _same_origin():
            abort(403, "request from another site")
        if not request.is_json:
            abort(403, "expected a JSON body")
        if json_depth(request.get_data(cache=True)) > MAX_JSON_DEPTH:
            abort(400, f"JSON nested more than {MAX_JSON_DEPTH} levels deep")
        return None

    @app.get("/")
    def index():
        from sourcecheck.report.desk import render_desk

        def reviewed(folder: Path) -> list[dict]:
            key = folder.relative_to(out_dir).as_posix()
            findings, _ = apply_reviews(current_findings(key), store, store_name(key))
            return findings.to_dict("records")

        html = render_desk(
            out_dir,
            served=True,
            findings_of=reviewed,
            link=lambda key: f"/case/{quote(key)}/",
            folders=list(served_cases().values()),
        )
        html, g.scripts, g.styles = report_hashes(html)
        return html

    @app.get("/case/<path:rest>")
    def report(rest: str):
        key, filename = split_case(rest)
        if filename:
            path = safe_join(str(case_dir(key)), filename)
            if path is None:
                abort(404)
            data = read_served(Path(path))
            kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
            return Response(data, mimetype=kind)
        page = case_dir(key) / "report.html"
        if not page.is_file():
            abort(404, f"{page} does not exist: run `sourcecheck run` to write it")
        config = {
            "case": key,
            "api": url_for("reviews", key=key),
            "desk": url_for("index") + f"#case-{key.replace('/', '--')}",
            "token": _csrf_token(),
            "statuses": list(REVIEW_STATUSES),
        }
        html = read_served(page).decode("utf-8", errors="replace")
        html, g.scripts, g.styles = report_hashes(html)
        return inject(html, config, g.nonce)

    @app.get("/api/cases/<path:key>/reviews")
    def reviews(key: str):
        findings, gone = apply_reviews(current_findings(key), store, store_name(key))
        return jsonify(
            reviews=dict(zip(findings["id"], findings["review"], strict=True)),
            gone=gone,
        )

    @app.post("/api/cases/<path:key>/reviews/<finding_id>")
    def decide(key: str, finding_id: str):
        name = store_name(key)
        findings = current_findings(key)
        rows = findings[findings["id"] == finding_id].to_dict("records")
        if not rows:
            abort(404, f"no finding {finding_id!r} in case {name!r}")
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            abort(400, "expected a JSON object")
        status, note = body.get("status"), body.get("note") or None
        reviewer = body.get("reviewer") or ""
        if not isinstance(status, str) or status not in REVIEW_STATUSES:
            abort(400, f"status must be one of {', '.join(REVIEW_STATUSES)}")
        if not isinstance(reviewer, str) or not reviewer.strip() or len(reviewer) > MAX_REVIEWER:
            abort(400, "a reviewer name is needed")
        reviewer = reviewer.strip()
        if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
            abort(400, f"the note must be text of at most {MAX_NOTE} characters")
        for what, value in (("note", note), ("reviewer", reviewer), ("base", body.get("base"))):
            try:
                check_text(value, what)
            except InputError as exc:
                abort(400, str(exc))
        finding = rows[0]
        done = store.set(name, finding_id, status, note=note, reviewer=reviewer, origin="web",
                         evidence=finding["evidence"], rule=finding["rule"],
                         message=finding["message"])  # fmt: skip
        reviewed, _ = apply_reviews(findings[findings["id"] == finding_id], store, name)
        before = done["previous"]
        unseen = before if before and before["updated"] != body.get("base") else None
        replaced = (
            {k: unseen[k] for k in ("status", "note", "reviewer", "updated")} if unseen else None
        )
        return jsonify(review=reviewed["review"].iloc[0], replaced=replaced)

    @app.errorhandler(400)
    @app.errorhandler(403)
    @app.errorhandler(404)
    def error(exc):
        if request.path.startswith("/api/"):
            return jsonify(error=exc.description), exc.code
        return exc

    @app.errorhandler(InputError)
    def store_problem(exc):  # the review store: corrupt, read-only, full
        if request.path.startswith("/api/"):
            return jsonify(error=str(exc)), 503
        return Response(f"sourcecheck: {exc}", status=503, mimetype="text/plain")

    return app
