"""The review web app under hostile input: a full Content-Security-Policy, a JSON depth limit,
400 (never 500) for text that is not valid Unicode, and the reports folder served like a case
folder is read (regular files, symlinks only inside)."""

from __future__ import annotations

import base64
import hashlib
import os
import re

import pytest
from report_sets import two_results

from sourcecheck.limits import Limits
from sourcecheck.outputs import write_case
from sourcecheck.report.render import source_hash
from sourcecheck.review import open_store
from sourcecheck.review.policy import json_depth
from sourcecheck.review.web import create_app

ORIGIN = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    first, _ = two_results(tmp)
    write_case(first, tmp / "reports")
    return tmp / "reports"


def client_for(reports, **kwargs):
    store = open_store(reports / "reviews.sqlite")
    app = create_app(reports, store, trusted_hosts=["127.0.0.1"], **kwargs)
    return app.test_client(), store


@pytest.fixture
def client(reports):
    client, store = client_for(reports)
    yield client
    store.close()


def token_and_finding(client):
    html = client.get("/case/tiny/", base_url=ORIGIN).get_data(as_text=True)
    token = re.search(r'"token": ?"([^"]+)"', html).group(1)
    finding = re.search(r'data-finding-id="([^"]+)"', html).group(1)
    return token, finding


def post(client, finding, data: bytes, token):
    return client.post(f"/api/cases/tiny/reviews/{finding}", data=data, base_url=ORIGIN,
                       content_type="application/json",
                       headers={"X-CSRF-Token": token, "Origin": ORIGIN})  # fmt: skip


def test_report_page_policy_allows_only_its_own_script_and_style(client):
    response = client.get("/case/tiny/", base_url=ORIGIN)
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'self';") and "unsafe-inline" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    html = response.get_data(as_text=True)
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    scripts = re.findall(r"<script(?![^>]*type=\"application/)([^>]*)>(.*?)</script>", html, re.S)
    styles = re.findall(r"<style([^>]*)>(.*?)</style>", html, re.S)
    assert len(scripts) == 2 and len(styles) == 2  # the report's own, and the review controls
    for attrs, body in scripts + styles:
        assert f'nonce="{nonce}"' in attrs or source_hash(body) in policy, attrs
    assert "http-equiv" not in html  # the header's policy replaces the page's own
    assert not re.search(r"\son[a-z]+=", html)  # no inline handlers
    assert not re.search(r"\sstyle=", html)  # no style attributes
    assert client.get("/case/tiny/", base_url=ORIGIN).headers["Content-Security-Policy"] != policy  # fmt: skip


def test_the_report_file_carries_its_own_hashed_policy(reports):
    html = (reports / "tiny" / "report.html").read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy and "unsafe-inline" not in policy


def test_other_responses_get_the_strict_policy(client):
    for path in ("/", "/api/cases/tiny/reviews", "/case/tiny/findings.json"):
        response = client.get(path, base_url=ORIGIN)
        assert response.status_code == 200, path
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_deep_json_is_400(client):
    token, finding = token_and_finding(client)
    deep = b'{"status": "open", "reviewer": "ana", "note": ' + b"[" * 20_000 + b"]" * 20_000 + b"}"
    response = post(client, finding, deep, token)
    assert response.status_code == 400 and "nested" in response.get_json()["error"]
    assert json_depth(b'{"a": "[[[[", "b": [1, {"c": 2}]}') == 3


@pytest.mark.parametrize("field", ["note", "reviewer", "base"])
def test_a_surrogate_in_a_note_is_400_not_500(client, field):
    token, finding = token_and_finding(client)
    body = {"status": "dismissed", "reviewer": "ana", "note": "ok"}
    text = '{"status": "dismissed", "reviewer": "ana", "note": "ok", "base": "x"}'
    text = text.replace(f'"{field}": "{body.get(field, "x")}"', f'"{field}": "caf\\udce9"')
    response = post(client, finding, text.encode(), token)
    assert response.status_code == 400, response.get_data(as_text=True)
    assert "not valid text" in response.get_json()["error"]


def test_odd_json_types_are_400(client):
    token, finding = token_and_finding(client)
    for body in (b'{"status": ["open"], "reviewer": "a"}', b'{"status": "open", "reviewer": {"a": 1}}',
                 b'[1, 2]', b'"open"', b'{"status": "open", "reviewer": "a", "note": 5}'):  # fmt: skip
        assert post(client, finding, body, token).status_code == 400, body


def test_symlinks_out_of_the_reports_folder_are_not_served(reports, tmp_path):
    (tmp_path / "secret.txt").write_text("root:x:0:0")
    os.symlink(tmp_path / "secret.txt", reports / "tiny" / "leak.txt")
    os.symlink(reports / "tiny", reports / "alias")  # inside: fine
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "case").mkdir(parents=True)
    (elsewhere / "case" / "findings.json").write_text("[]")
    (elsewhere / "case" / "report.html").write_text("<p>from elsewhere</p>")
    os.symlink(elsewhere / "case", reports / "outside")
    os.mkfifo(reports / "tiny" / "pipe.txt")
    try:
        client, store = client_for(reports)
        assert client.get("/case/tiny/leak.txt", base_url=ORIGIN).status_code == 404
        assert client.get("/case/tiny/pipe.txt", base_url=ORIGIN).status_code == 404
        assert client.get("/case/outside/", base_url=ORIGIN).status_code == 404
        assert "outside" not in client.get("/", base_url=ORIGIN).get_data(as_text=True)
        assert client.get("/case/alias/findings.json", base_url=ORIGIN).status_code == 200
        assert client.get("/case/tiny/../../secret.txt", base_url=ORIGIN).status_code == 404
        store.close()
        client, store = client_for(reports, limits=Limits(follow_symlinks=True))
        assert client.get("/case/tiny/leak.txt", base_url=ORIGIN).get_data() == b"root:x:0:0"
        assert client.get("/case/outside/", base_url=ORIGIN).status_code == 200
        assert client.get("/case/tiny/pipe.txt", base_url=ORIGIN).status_code == 404
        store.close()
    finally:
        for name in ("tiny/leak.txt", "tiny/pipe.txt", "alias", "outside"):
            os.unlink(reports / name)


def test_a_corrupt_store_is_503_with_a_message(reports, tmp_path):
    store_path = tmp_path / "reviews.sqlite"
    store_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    app = create_app(reports, open_store(store_path), trusted_hosts=["127.0.0.1"])
    response = app.test_client().get("/api/cases/tiny/reviews", base_url=ORIGIN)
    assert response.status_code == 503 and "not a usable review store" in response.get_json()["error"]  # fmt: skip
