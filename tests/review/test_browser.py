"""Two editors in a real browser (Playwright + Debian's chromium) against `sourcecheck serve`.

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing; CI
installs both (.ci/run). Never downloads a browser.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request

import chromium
import pytest

sync_api = chromium.require()
expect = sync_api.expect


@pytest.fixture
def server(reports):
    """`sourcecheck serve REPORTS --port 0`: its URL."""
    with chromium.served(reports) as url:
        yield url


@pytest.fixture
def browser():
    with chromium.launched(sync_api) as browser:
        yield browser


def open_report(browser, url: str):
    page = browser.new_context().new_page()
    page.problems = []
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.goto(url + "case/perfect-storm/")
    page.wait_for_selector("html[data-reviews-loaded]")
    return page


def controls(page, finding_id: str):
    return page.locator(f'article.finding[data-finding-id="{finding_id}"] .rv-controls')


def test_two_editors_see_each_others_decisions(browser, server, seed_findings):
    fid = seed_findings[0]["id"]
    note = 'Même chiffre, autre chose <img src=x onerror="document.title=1">'
    ana = open_report(browser, server)
    assert ana.locator(".rv-controls").count() == len(seed_findings)
    slot = controls(ana, fid)
    slot.locator('button[data-status="confirmed"]').click()  # no name yet: asked at the top
    expect(slot.locator(".rv-message")).to_contain_text("top of the page")
    expect(ana.locator("#rv-reviewer")).to_be_focused()
    ana.locator("#rv-reviewer").fill("ana")  # asked once for the whole page
    slot.locator(".rv-note").fill(note)
    slot.locator('button[data-status="dismissed"]').click()
    expect(slot.locator(".rv-message")).to_have_text("Saved.")

    bo = open_report(browser, server)  # a second browser context: no shared storage
    other = controls(bo, fid)
    expect(other.locator('button[data-status="dismissed"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(other.locator(".rv-note")).to_have_value(note)
    expect(bo.locator("#rv-reviewer")).to_have_value("")  # each browser remembers its own
    bo.locator("#rv-reviewer").fill("bo")
    other.locator('button[data-status="follow-up"]').click()
    expect(other.locator(".rv-message")).to_have_text("Saved.")

    ana.reload()
    ana.wait_for_selector("html[data-reviews-loaded]")
    slot = controls(ana, fid)
    expect(slot.locator('button[data-status="follow-up"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(ana.locator("#rv-reviewer")).to_have_value("ana")  # remembered (localStorage)
    slot.locator(".rv-history summary").click()
    expect(slot.locator(".rv-history summary")).to_have_text("History (2)")
    entries = slot.locator(".rv-history-entry")
    expect(entries).to_have_count(2)
    assert re.search(r"ana: dismissed — Même chiffre", entries.nth(0).inner_text())
    assert "<img" in entries.nth(0).inner_text()  # the note is text, not markup
    assert re.search(r"bo: follow-up", entries.nth(1).inner_text())
    assert ana.locator("article.finding img[src=x]").count() == 0
    assert ana.title() != "1"
    assert ana.problems == [] and bo.problems == []


def test_live_server_refuses_forged_posts(server, seed_findings):
    fid = seed_findings[0]["id"]
    body = json.dumps({"status": "dismissed", "note": "forged", "reviewer": "x"}).encode()
    forged = urllib.request.Request(
        f"{server}api/cases/perfect-storm/reviews/{fid}", data=body, method="POST",
        headers={"Content-Type": "application/json", "Origin": "https://evil.example"},
    )  # fmt: skip
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(forged, timeout=10)
    assert refused.value.code == 403
    with urllib.request.urlopen(f"{server}api/cases/perfect-storm/reviews", timeout=10) as r:
        assert json.load(r)["reviews"][fid]["history"] == []


def test_server_stops_cleanly(reports):
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcecheck", "serve", str(reports), "--port", "0"],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    url = re.search(r"at (http://\S+/)", proc.stderr.readline()).group(1)
    with urllib.request.urlopen(url, timeout=10) as r:
        assert r.status == 200
    proc.terminate()
    assert proc.wait(timeout=20) == 0
    assert "server stopped" in proc.stderr.read()
