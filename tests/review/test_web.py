"""The review app: pages, API, and refusal of forged requests (Flask test client)."""

from __future__ import annotations

import json
import re

import pytest

from sourcecheck.review import open_store
from sourcecheck.review.web import create_app

ORIGIN = "http://127.0.0.1:8000"


@pytest.fixture
def app(reports):
    store = open_store(reports / "reviews.sqlite")
    app = create_app(reports, store, trusted_hosts=["127.0.0.1", "localhost"])
    yield app
    store.close()


@pytest.fixture
def client(app):
    return app.test_client()


def page_config(client) -> dict:
    html = client.get("/case/perfect-storm/", base_url=ORIGIN).get_data(as_text=True)
    match = re.search(
        r'id="sourcecheck-review-config" type="application/json">(.*?)</script>', html
    )
    return json.loads(match.group(1))


def post(client, finding_id, body, *, token=None, origin=ORIGIN, **headers):
    if token:
        headers["X-CSRF-Token"] = token
    if origin:
        headers["Origin"] = origin
    return client.post(f"/api/cases/perfect-storm/reviews/{finding_id}", json=body,
                       headers=headers, base_url=ORIGIN)  # fmt: skip


def test_report_page_gets_controls_before_body_end(client, seed_findings):
    response = client.get("/case/perfect-storm/", base_url=ORIGIN)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert html.count('<div class="review-slot"></div>') == len(seed_findings)
    assert html.index('id="sourcecheck-review-script"') < html.lower().rindex("</body>")
    assert response.headers["X-Frame-Options"] == "DENY"
    index = client.get("/", base_url=ORIGIN).get_data(as_text=True)
    assert 'href="/case/perfect-storm/"' in index


def test_decision_round_trip_and_escaping(client, seed_findings):
    token = page_config(client)["token"]
    fid = seed_findings[0]["id"]
    note = '<img src=x onerror="alert(1)"> & </script>'
    response = post(
        client, fid, {"status": "dismissed", "note": note, "reviewer": "ana"}, token=token
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    review = client.get("/api/cases/perfect-storm/reviews", base_url=ORIGIN).get_json()["reviews"][
        fid
    ]
    assert (review["status"], review["note"], review["reviewer"]) == ("dismissed", note, "ana")
    # Pages never carry notes as markup: they are fetched as JSON and set with textContent.
    html = client.get("/case/perfect-storm/", base_url=ORIGIN).get_data(as_text=True)
    assert "<img src=x" not in html


def test_forged_cross_site_posts_are_refused(client, seed_findings):
    token = page_config(client)["token"]
    fid = seed_findings[0]["id"]
    body = {"status": "dismissed", "note": "forged", "reviewer": "mallory"}
    assert post(client, fid, body).status_code == 403  # no token
    assert post(client, fid, body, token="guess").status_code == 403  # wrong token
    assert post(client, fid, body, token=token, origin="https://evil.example").status_code == 403
    assert post(client, fid, body, token=token, origin=None).status_code == 403  # no Origin
    assert post(client, fid, body, token=token, origin=None,
                Referer="https://evil.example/page").status_code == 403  # fmt: skip
    form = client.post(f"/api/cases/perfect-storm/reviews/{fid}", data=body, base_url=ORIGIN,
                       headers={"X-CSRF-Token": token, "Origin": ORIGIN})  # fmt: skip
    assert form.status_code == 403  # a form post, not JSON
    stranger = client.application.test_client()  # another browser: no session, no token
    assert post(stranger, fid, body, token=token).status_code == 403
    reviews = client.get("/api/cases/perfect-storm/reviews", base_url=ORIGIN).get_json()["reviews"]
    assert reviews[fid]["status"] == "open" and reviews[fid]["history"] == []


def test_foreign_host_names_are_refused(client):
    assert client.get("/", base_url="http://rebound.example:8000").status_code == 400


def test_bad_requests_are_explained(client, seed_findings):
    token = page_config(client)["token"]
    fid = seed_findings[0]["id"]
    bad_status = post(client, fid, {"status": "wontfix", "reviewer": "ana"}, token=token)
    assert bad_status.status_code == 400 and "status" in bad_status.get_json()["error"]
    no_name = post(client, fid, {"status": "confirmed", "reviewer": " "}, token=token)
    assert no_name.status_code == 400
    assert (
        post(
            client, "nosuchid", {"status": "confirmed", "reviewer": "ana"}, token=token
        ).status_code
        == 404
    )
    assert client.get("/case/nosuchcase/", base_url=ORIGIN).status_code == 404
    assert client.get("/case/perfect-storm/../reviews.sqlite", base_url=ORIGIN).status_code == 404


def test_replacing_an_unseen_decision_says_so(client, seed_findings):
    token = page_config(client)["token"]
    fid = seed_findings[0]["id"]
    first = post(client, fid, {"status": "confirmed", "reviewer": "ana", "base": None}, token=token)
    seen = first.get_json()["review"]["updated"]
    assert first.get_json()["replaced"] is None
    mine = post(client, fid, {"status": "corrected", "reviewer": "ana", "base": seen}, token=token)
    assert mine.get_json()["replaced"] is None  # replacing what this page showed
    stale = post(client, fid, {"status": "dismissed", "reviewer": "bo", "base": seen}, token=token)
    assert stale.get_json()["replaced"]["status"] == "corrected"
    assert [h["status"] for h in stale.get_json()["review"]["history"]] == [
        "confirmed",
        "corrected",
        "dismissed",
    ]
