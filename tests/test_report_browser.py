"""The seed report in a real browser: Playwright driving Debian's chromium (never a download).

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing; CI
installs both (.ci/run).
"""

from __future__ import annotations

import re
from pathlib import Path

import chromium
import pytest
from report_case import seed_result
from test_report import PAYLOADS, injection_case

from sourcecheck.report import render_case

OUTPUT = Path(__file__).resolve().parent / "output"

sync_api = chromium.require()


@pytest.fixture(scope="module")
def browser():
    with chromium.launched(sync_api) as browser:
        yield browser


@pytest.fixture(scope="module")
def seed_page_path(tmp_path_factory) -> Path:
    """The seed report with one finding reviewed, so the review filter has two values."""
    result = seed_result()
    findings = result.findings.copy()
    first = findings.index[0]
    findings.at[first, "review"] = {"status": "confirmed", "note": "checked with GdF's release"}
    result.findings = findings
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_case(result), encoding="utf-8")
    return path


@pytest.fixture
def page(browser, seed_page_path):
    """The seed report open, with console errors, page errors and non-file requests recorded."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("request", lambda r: r.url.startswith("file:") or page.problems.append(r.url))
    page.goto(seed_page_path.as_uri())
    page.wait_for_selector("#claims-table tbody tr")
    yield page
    page.close()


def visible_findings(page) -> int:
    return page.locator("article.finding:visible").count()


def shown_count(page) -> int:
    return int(re.match(r"(\d+) of", page.locator("#finding-count").inner_text()).group(1))


def test_committed_seed_report_opens_without_errors_or_requests(browser):
    committed = Path(__file__).resolve().parent.parent / "reports" / "perfect-storm" / "report.html"
    page = browser.new_page()
    problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: r.url.startswith("file:") or problems.append(r.url))
    page.goto(committed.as_uri())
    page.wait_for_selector("#claims-table tbody tr")
    assert (
        page.locator("article.finding .review-slot").count()
        == page.locator("article.finding").count()
    )
    assert problems == []
    page.close()


@pytest.mark.parametrize(
    "case", sorted(p.name for p in (Path(__file__).resolve().parent.parent / "seeds").iterdir())
)
def test_every_seed_case_report_works(browser, tmp_path, case):
    """Each seed case (other languages, rules, manual claims) opens cleanly; every figure
    link lands on its figure."""
    from report_case import ROOT, case_result

    result = case_result(ROOT / "seeds" / case)
    path = tmp_path / "report.html"
    path.write_text(render_case(result), encoding="utf-8")
    page = browser.new_page()
    problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function(
        "n => document.querySelectorAll('#claims-table tbody tr').length === n",
        arg=min(len(result.claims), 200),
    )
    if page.locator(".toc li").count():  # the at-a-glance list follows the filters
        page.select_option("#filters select[name=severity]", index=1)
        assert page.locator(".toc li:visible").count() == visible_findings(page)
        page.select_option("#filters select[name=severity]", index=0)
    for link in page.locator("article.finding a.claim-link").all()[:12]:
        figure = link.locator("xpath=ancestor::li").locator("blockquote mark").inner_text()
        doc, start = re.match(r"#doc-(\d+)@(\d+)$", link.get_attribute("href")).groups()
        link.click()
        current = page.locator(f"#viewer-text mark.current#m-{doc}-{start}")
        sync_api.expect(current).to_have_text(figure)
        assert page.evaluate("() => document.activeElement.id") == f"m-{doc}-{start}"
        page.keyboard.press("Escape")
        sync_api.expect(page.locator("#viewer")).to_be_hidden()
    assert problems == []
    page.close()


def test_seed_report_opens_without_errors_or_requests(page):
    assert page.locator("article.finding").count() >= 3
    assert page.locator("#claims-table tbody tr").count() == len(seed_result().claims)
    assert page.problems == []


@pytest.mark.parametrize("name", ["severity", "rule", "source", "concept", "status"])
def test_each_filter_changes_the_visible_count(page, name):
    total = visible_findings(page)
    select = page.locator(f"#filters select[name={name}]")
    values = [v for v in select.locator("option").all_inner_texts() if v != "all"]
    counts = {}
    for value in values:
        select.select_option(value)
        counts[value] = visible_findings(page)
        assert shown_count(page) == counts[value]
        toc = page.locator(".toc li")
        assert toc.count() == 0 or page.locator(".toc li:visible").count() == counts[value]
    assert any(0 < n < total for n in counts.values()), counts
    select.select_option("")
    assert visible_findings(page) == total
    assert page.problems == []


def test_a_review_made_in_the_page_updates_counts_and_filter(page):
    """The review server's script sets data-status; the header and the filter follow."""
    page.select_option("#filters select[name=status]", "dismissed")
    assert visible_findings(page) == 0
    page.evaluate(
        "() => document.querySelector('article.finding').setAttribute('data-status', 'dismissed')"
    )
    page.wait_for_function(
        "() => document.querySelectorAll('article.finding:not([hidden])').length === 1"
    )
    assert page.locator(".statuses .st-dismissed .n").inner_text() == "1"


def test_text_search_and_clear(page):
    total = visible_findings(page)
    page.fill("#filters input[name=q]", "12 495 271")
    assert 0 < visible_findings(page) < total
    page.fill("#filters input[name=q]", "no such words anywhere")
    assert visible_findings(page) == 0
    assert page.locator("#no-match").is_visible()
    page.click("#filters button[type=reset]")
    page.wait_for_function(
        f"() => document.querySelectorAll('article.finding:not([hidden])').length === {total}"
    )


def test_claim_opens_its_place_in_the_document(page):
    link = page.locator("article.finding .claim-link").first
    figure = link.locator("xpath=ancestor::li").locator("blockquote mark").inner_text()
    link.click()
    viewer = page.locator("#viewer")
    viewer.wait_for(state="visible")
    current = page.locator("#viewer-text mark.current")
    assert current.inner_text() == figure
    assert page.evaluate("() => document.activeElement.classList.contains('current')")
    claims = seed_result().claims
    assert page.locator("#viewer-text mark").count() == len(
        claims[claims["doc"] == claims["doc"].iloc[0]]
    )
    flagged = page.locator("#viewer-text mark.flagged").all_inner_texts()
    page.click("#viewer-next")
    assert page.locator("#viewer-text mark.current").count() == 1
    assert page.locator("#viewer-text mark.current").inner_text() in flagged
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=OUTPUT / "report-document.png")
    page.keyboard.press("Escape")
    sync_api.expect(viewer).to_be_hidden()
    assert page.problems == []


def test_claims_table_sorts_and_filters(page):
    page.click("#claims-table th[data-key=value] button")
    values = page.locator("#claims-table tbody td.num").all_inner_texts()
    numbers = [float(v.replace(",", "")) for v in values if v]
    assert numbers == sorted(numbers)
    page.click("#claims-table th[data-key=value] button")
    values = page.locator("#claims-table tbody td.num").all_inner_texts()
    assert [float(v.replace(",", "")) for v in values if v] == sorted(numbers, reverse=True)
    page.check("#claim-filters input[name=flagged]")
    flagged = page.locator("#claims-table tbody tr").count()
    assert 0 < flagged < len(values)
    source = page.locator("#claims-table tbody tr td").first.inner_text()
    page.fill("#claim-filters input[name=q]", source)
    assert 0 < page.locator("#claims-table tbody tr").count() <= flagged


def test_controls_work_from_the_keyboard(page):
    page.focus("#filters select[name=severity]")
    page.keyboard.press("ArrowDown")  # first real value: the most severe
    assert shown_count(page) < page.locator("article.finding").count()
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_screenshots_desktop_and_phone(page):
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=OUTPUT / "report-seed.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    page.screenshot(path=OUTPUT / "report-seed-phone.png", full_page=True)


def test_injected_markup_is_shown_not_run(browser, tmp_path):
    from report_case import case_result

    path = tmp_path / "report.html"
    path.write_text(render_case(case_result(injection_case(tmp_path))), encoding="utf-8")
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_selector("#claims-table tbody tr")
    page.click("a.doc-open")
    page.locator("#viewer").wait_for(state="visible")
    text = page.locator("body").inner_text()
    for payload in PAYLOADS:
        assert payload in text
    assert page.locator("img").count() == 0
    # Only the page's own scripts: its metadata, its packed data and its code.
    kinds = page.eval_on_selector_all("script", "els => els.map(e => e.type || e.id || 'code')")
    assert kinds == ["application/json", "application/octet-stream", "code"]
    page.wait_for_timeout(200)
    assert dialogs == []
    page.close()


def test_repeated_claims_are_counted_and_listed_on_demand(browser, tmp_path):
    from report_case import SEED, case_result

    case = tmp_path / "copies"
    case.mkdir()
    text = (SEED / "perfect-storm-fr.md").read_text(encoding="utf-8")
    for i in range(3):
        (case / f"copy-{i}.md").write_text(text.replace("TorrentFreak", f"Outlet {i}"), "utf-8")
    path = tmp_path / "report.html"
    path.write_text(render_case(case_result(case)), encoding="utf-8")
    page = browser.new_page()
    page.goto(path.as_uri())
    article = page.locator("article.finding").first
    assert "The same words in 2 more documents" in article.inner_text()
    button = article.locator("button.more-claims").first
    more = int(re.search(r"List (\d+) more", button.inner_text()).group(1))
    position = button.element_handle().evaluate_handle("b => b.parentNode")
    before = position.evaluate("el => el.querySelectorAll('ul.claims > li').length")
    button.click()
    page.wait_for_function(
        "([el, n]) => el.querySelectorAll('ul.claims > li').length === n",
        arg=[position, before + more],
    )
    assert position.query_selector("button.more-claims") is None
    position.query_selector_all("a.claim-link")[-1].click()
    sync_api.expect(page.locator("#viewer-text mark.current")).to_have_count(1)
    page.close()
