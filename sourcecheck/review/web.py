"""The local review web app: the reports, with review controls on every finding (Flask).

Why
---
Editors review where they read: in the report. The app serves `OUT_DIR/<case>/report.html`
with a script injected before `</body>` that fills every `.review-slot` with status buttons, a
note and the reviewer's name, and saves each decision at once through a small JSON API into the
review store. Two editors on two browsers see each other's decisions on reload; a decision that
replaces one the editor had not seen says so, and history keeps both.

Requests that change data must carry the session's CSRF token in the `X-CSRF-Token` header, a
JSON body, and an Origin (or Referer) of this server; anything else gets 403. Host headers are
checked against the names the server is bound to (DNS rebinding). Notes are data, never HTML:
the script writes them with textContent.

Example
-------
    app = create_app("reports", open_store("reports/reviews.sqlite"))
    app.test_client().get("/")        # index of cases
"""

from __future__ import annotations

import hmac
import json
import secrets
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Flask,
    abort,
    jsonify,
    render_template_string,
    request,
    send_from_directory,
    url_for,
)
from flask import session as flask_session

from sourcecheck.review.apply import apply_reviews
from sourcecheck.review.reports import case_dirs, findings_frame, read_findings
from sourcecheck.review.store import ReviewStore
from sourcecheck.schema import REVIEW_STATUSES

MAX_NOTE = 10_000
MAX_REVIEWER = 200
CSRF_HEADER = "X-CSRF-Token"

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
    "connect-src 'self'",
    "Cache-Control": "no-store",
}

INDEX = """<!doctype html>
<html lang="en"><meta charset="utf-8"><title>sourcecheck review</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}
td,th{padding:.3rem .8rem;text-align:left}</style>
<h1>Cases to review</h1>
{% if cases %}<table><tr><th>case</th><th>findings</th>{% for s in statuses %}<th>{{ s }}</th>
{% endfor %}</tr>{% for c in cases %}<tr><td>{% if c.report %}<a href="{{ url_for('report', name=c.name) }}">
{{ c.name }}</a>{% else %}{{ c.name }} (no report.html){% endif %}</td><td>{{ c.total }}</td>
{% for s in statuses %}<td>{{ c.counts.get(s, 0) }}</td>{% endfor %}</tr>{% endfor %}</table>
{% else %}<p>No reports in {{ out_dir }}: run <code>sourcecheck run CASE --out {{ out_dir }}</code>.
{% endif %}</html>"""


def _script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def inject(html: str, config: dict[str, Any]) -> str:
    """The report page with the review config, style and script inserted before </body>."""
    assets = files("sourcecheck.review") / "static"
    snippet = (
        f'<style id="sourcecheck-review-style">{(assets / "review.css").read_text()}</style>\n'
        f'<script id="sourcecheck-review-config" type="application/json">'
        f"{_script_json(config)}</script>\n"
        f'<script id="sourcecheck-review-script">{(assets / "review.js").read_text()}</script>\n'
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
    out_dir: str | Path, store: ReviewStore, *, trusted_hosts: list[str] | None = None
) -> Flask:
    """The review app over the reports in `out_dir` and the decisions in `store`.

    `trusted_hosts`: the Host names accepted (None: any, for a server bound to all addresses).
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

    def case_dir(name: str) -> Path:
        if name not in {c.name for c in case_dirs(out_dir)}:
            abort(404, f"no case {name!r} in {out_dir}")
        return out_dir / name

    def current_findings(name: str):
        return findings_frame(read_findings(case_dir(name)))

    @app.after_request
    def secure(response):
        response.headers.update(SECURITY_HEADERS)
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
        return None

    @app.get("/")
    def index():
        cases = []
        for c in case_dirs(out_dir):
            counts: dict[str, int] = {}
            findings, _ = apply_reviews(current_findings(c.name), store, c.name)
            for review in findings["review"]:
                counts[review["status"]] = counts.get(review["status"], 0) + 1
            report = (c / "report.html").is_file()
            cases.append(
                {"name": c.name, "report": report, "counts": counts, "total": len(findings)}
            )
        return render_template_string(
            INDEX, cases=cases, statuses=REVIEW_STATUSES, out_dir=str(out_dir)
        )

    @app.get("/case/<name>/")
    def report(name: str):
        page = case_dir(name) / "report.html"
        if not page.is_file():
            abort(404, f"{page} does not exist: run `sourcecheck run` to write it")
        config = {
            "case": name,
            "api": url_for("reviews", name=name),
            "token": _csrf_token(),
            "statuses": list(REVIEW_STATUSES),
        }
        return inject(page.read_text(encoding="utf-8"), config)

    @app.get("/case/<name>/<path:filename>")
    def case_file(name: str, filename: str):
        return send_from_directory(case_dir(name).resolve(), filename)

    @app.get("/api/cases/<name>/reviews")
    def reviews(name: str):
        findings, gone = apply_reviews(current_findings(name), store, name)
        return jsonify(
            reviews=dict(zip(findings["id"], findings["review"], strict=True)),
            gone=gone,
        )

    @app.post("/api/cases/<name>/reviews/<finding_id>")
    def decide(name: str, finding_id: str):
        findings = current_findings(name)
        rows = findings[findings["id"] == finding_id].to_dict("records")
        if not rows:
            abort(404, f"no finding {finding_id!r} in case {name!r}")
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            abort(400, "expected a JSON object")
        status, note = body.get("status"), body.get("note") or None
        reviewer = str(body.get("reviewer") or "").strip()
        if status not in REVIEW_STATUSES:
            abort(400, f"status must be one of {', '.join(REVIEW_STATUSES)}")
        if not reviewer or len(reviewer) > MAX_REVIEWER:
            abort(400, "a reviewer name is needed")
        if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
            abort(400, f"the note must be text of at most {MAX_NOTE} characters")
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

    return app
