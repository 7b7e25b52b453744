"""The desk and the report at 1400 and 420 px: Playwright driving Debian's chromium.

Screenshots of the desk index, a case and the history view go to tests/artifacts/ (ignored by
git); the assertions are on layout: at 420 px no element is wider than the viewport, charts
fit, the claims table is cards and the filters stack; at both widths an anchor jump lands
below the sticky filter bar and the reviewer's name is asked once. Skipped, with the reason,
when chromium or playwright is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import chromium
import pytest

from sourcecheck import cli

sync_api = chromium.require()
expect = sync_api.expect

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WIDTHS = (1400, 420)

# Elements wider than the viewport, or reaching past its right edge (visible ones only).
OVERFLOW = """() => Array.from(document.querySelectorAll('body *')).filter(e => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && (r.width > innerWidth + 1 || r.right > innerWidth + 1);
}).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width))"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """Two cases run twice into reports/seeds (without term-drift, then default: findings
    change), one case at the top of the folder: a desk with depth, history and changes."""
    root = tmp_path_factory.mktemp("desk")
    cases = [str(SEEDS / "perfect-storm"), str(SEEDS / "sardinia-fires")]
    out = root / "reports"
    quiet = ["--fail-on", "never", "-q", "--jobs", "1"]
    suite = root / "no-drift.yaml"
    suite.write_text("extends: default\nrules:\n  term-drift: disable\n", encoding="utf-8")
    assert (
        cli.main(["run", *cases, "--out", str(out / "seeds"), "--suite", str(suite), *quiet]) == 0
    )
    assert cli.main(["run", *cases, "--out", str(out / "seeds"), *quiet]) == 0
    shutil.copytree(SEEDS / "grid-outage", root / "grid-outage")
    assert cli.main(["run", str(root / "grid-outage"), "--out", str(out), *quiet]) == 0
    return out


@pytest.fixture(scope="module")
def server(reports):
    """`sourcecheck serve REPORTS --port 0`: its URL."""
    with chromium.served(reports) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium.launched(sync_api) as browser:
        yield browser


def open_page(browser, url: str, width: int):
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.problems = []
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.goto(url)
    return page


def shot(page, name: str, width: int) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_desk_lists_every_case_at_any_depth_with_history_and_changes(browser, server, width):
    page = open_page(browser, server, width)
    cards = page.locator(".case-card")
    expect(cards).to_have_count(3)
    keys = page.locator(".case-card h3").all_inner_texts()
    assert set(keys) == {"grid-outage", "seeds/perfect-storm", "seeds/sardinia-fires"}
    card = page.locator("#case-seeds--perfect-storm")
    assert "Runs2" in card.locator(".case-run").inner_text().replace("\n", "").replace(" ", "")
    assert card.locator("svg.spark polyline").count() == 1  # open findings over the two runs
    assert page.locator("#changes .changes").count() >= 1  # term-drift came back: new findings
    assert page.locator("table.runs tbody tr").count() == 3
    page.locator("#f-severity").select_option("error")
    shown = page.locator(".case-card:visible").count()
    assert 0 < shown <= 3 and page.locator("#f-shown").inner_text() == f"{shown} shown"
    page.locator("#f-severity").select_option("")
    shot(page, "desk", width)
    page.goto(server + "#history")
    shot(page, "history", width)
    if width < 640:
        assert page.evaluate(OVERFLOW) == []
        tops = [b["y"] for b in map(lambda i: page.locator(".desk-filters label").nth(i).bounding_box(), range(3))]  # fmt: skip
        assert tops == sorted(tops) and len(set(tops)) == 3  # filters stack
    link = page.locator("#case-seeds--perfect-storm h3 a")
    link.click()
    page.wait_for_selector("html[data-reviews-loaded]")
    assert "/case/seeds/perfect-storm/" in page.url
    page.locator(".rv-desk").click()  # and back to the desk, at the case's card
    assert page.url.endswith("#case-seeds--perfect-storm")
    assert page.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_report_fits_the_width_and_anchors_land_below_the_sticky_bar(browser, server, width):
    page = open_page(browser, server + "case/seeds/perfect-storm/", width)
    page.wait_for_selector("#claims-table tbody tr")
    page.wait_for_selector("html[data-reviews-loaded]")
    first = page.locator("article.finding").first.get_attribute("data-finding-id")
    page.evaluate(f"location.hash = '#f-{first}'")
    page.wait_for_timeout(300)
    top = page.locator(f'article.finding[data-finding-id="{first}"] h3').bounding_box()["y"]
    bar = page.locator("#filters").bounding_box()
    sticky = page.evaluate("getComputedStyle(document.getElementById('filters')).position")
    floor = bar["y"] + bar["height"] if sticky == "sticky" else 0
    assert top >= floor - 1, (top, floor)
    assert top < 900  # in view
    shot(page, "case", width)
    if width < 640:
        page.evaluate("window.scrollTo(0, 0)")
        assert page.evaluate(OVERFLOW) == []
        for chart in page.locator(".chart svg").all():
            assert chart.bounding_box()["width"] <= width
        assert not page.locator("#claims-table thead").is_visible()  # the table is cards
        cell = page.locator("#claims-table tbody tr").first.locator("td").first
        assert page.evaluate("e => getComputedStyle(e, '::before').content", cell.element_handle()) == '"Source"'  # fmt: skip
        labels = page.locator("#filters label")
        xs = {round(labels.nth(i).bounding_box()["x"]) for i in range(labels.count())}
        assert len(xs) == 1  # the filters stack
    assert page.problems == []


def test_the_reviewer_is_asked_once_and_remembered(browser, server):
    page = open_page(browser, server + "case/seeds/perfect-storm/", 420)
    page.wait_for_selector("html[data-reviews-loaded]")
    slots = page.locator("article.finding .rv-controls")
    slots.first.locator('button[data-status="confirmed"]').click()
    expect(page.locator("#rv-reviewer")).to_be_focused()
    page.locator("#rv-reviewer").fill("ana")
    slots.first.locator('button[data-status="confirmed"]').click()
    expect(slots.first.locator(".rv-message")).to_have_text("Saved.")
    slots.nth(1).locator('button[data-status="follow-up"]').click()  # no second question
    expect(slots.nth(1).locator(".rv-message")).to_have_text("Saved.")
    page.reload()
    page.wait_for_selector("html[data-reviews-loaded]")
    expect(page.locator("#rv-reviewer")).to_have_value("ana")
    assert page.locator(".rv-reviewer").count() == 1
