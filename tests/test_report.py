"""The HTML report without a browser: structure, escaping, data packing, index page."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from report_case import SEED, case_result, seed_result

from sourcecheck.report import render_case, render_index
from sourcecheck.report.data import script_json, unpack
from sourcecheck.report.view import docstring_section, interval_text
from sourcecheck.result import Result

PAYLOADS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>')


@pytest.fixture(scope="module")
def seed() -> Result:
    return seed_result()


@pytest.fixture(scope="module")
def seed_html(seed: Result) -> str:
    return render_case(seed)


def test_every_finding_is_an_article_with_an_empty_review_slot(seed, seed_html):
    articles = re.findall(r'<article class="finding[^"]*"[^>]*data-finding-id="([^"]+)"', seed_html)
    assert sorted(articles) == sorted(seed.findings["id"].astype(str))
    bodies = seed_html.split('<article class="finding')[1:]
    assert all('<div class="review-slot"></div>' in b.split("</article>")[0] for b in bodies)


def test_findings_come_most_severe_first(seed_html):
    order = re.findall(r'<article class="finding[^"]*"[^>]*data-severity="(\w+)"', seed_html)
    rank = {"error": 0, "warning": 1, "info": 2}
    assert [rank[s] for s in order] == sorted(rank[s] for s in order)


def test_page_is_self_contained(seed, seed_html):
    """Nothing is loaded from anywhere; the only URLs are links to the documents' originals."""
    page = re.sub(r'<script type="application/octet-stream".*?</script>', "", seed_html, flags=re.S)
    urls = set(re.findall(r"(?:https?:)?//[^\s\"'<>)]+", page))
    assert urls <= set(seed.documents["url"].dropna()), urls
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", page)
    assert not re.search(r"<script[^>]*\ssrc=", page)


def test_element_ids_are_unique(seed_html):
    ids = re.findall(r'\sid="([^"]+)"', seed_html)
    assert len(ids) == len(set(ids))


def test_each_figure_is_highlighted_in_its_quote(seed, seed_html):
    for f in seed.findings.itertuples():
        for c in f.claims:
            assert f"<mark>{c['text']}</mark>" in seed_html


def test_quotes_highlight_the_claims_own_figure(seed):
    """A sentence may hold one figure twice; the mark is on the claim's own occurrence."""
    from sourcecheck.report.case import case_view

    view = case_view(seed)
    bodies = dict(zip(seed.documents["doc"], seed.documents["body"], strict=True))
    twice = 0
    for f in view["findings"]:
        for g in f["groups"]:
            for c in g["claims"]:
                before, figure, _ = c["quote"]
                assert figure == c["text"]
                assert bodies[c["doc"]][c["start"] - len(before) : c["start"]] == before
                twice += before.count(figure) > 0
    assert twice  # the seed's "5 500 serveurs, GdF affirme que 5 500 ressources"


def test_page_data_holds_every_claim_and_document_body(seed, seed_html):
    blob = re.search(
        r'<script type="application/octet-stream" id="page-data">([^<]*)</script>', seed_html
    )
    data = unpack(blob.group(1))
    assert data["bodies"] == list(seed.documents["body"])
    ids = [row[data["fields"].index("claim_id")] for row in data["claims"]]
    assert ids == list(seed.claims["claim_id"])
    for row in data["claims"]:
        doc = data["bodies"][row[data["fields"].index("doc_n")]]
        start, end = row[data["fields"].index("start")], row[data["fields"].index("end")]
        assert doc[start:end] == row[data["fields"].index("text")]


def test_normalised_table_marks_divergent_cells(seed, seed_html):
    table = seed_html.split('<table class="normalised">')[1].split("</table>")[0]
    head = table.split("</thead>")[0]
    in_findings = {c["source"] for claims in seed.findings["claims"] for c in claims}
    assert all(f'<th scope="col">{s}</th>' in head for s in in_findings)
    assert table.count('class="divergent"') >= len(in_findings)


def test_document_text_is_escaped_everywhere(tmp_path):
    case = injection_case(tmp_path)
    html = render_case(case_result(case))
    for payload in PAYLOADS:
        assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html


def test_script_json_cannot_close_its_script():
    text = script_json({"a": "</script><b>&\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)


def test_intervals_show_open_ends():
    assert interval_text(700, float("inf"), low_open=True) == "(700, ∞)"
    assert interval_text(0, 12, high_open=True) == "[0, 12)"
    assert interval_text(10.65e6, 10.75e6) == "[10,650,000, 10,750,000]"


def test_docstring_section_reads_why():
    doc = "Title.\n\nWhy\n---\nBecause it\nmatters.\n\nExample\n-------\nx\n"
    assert docstring_section(doc, "Why") == "Because it matters."
    assert docstring_section(doc, "Options") is None


def test_validation_and_gone_sections(seed):
    result = Result(**{**seed.__dict__})
    result.validation = {
        "success": False,
        "results": [
            {"expectation": "expect_column_values_to_not_be_null", "table": "claims",
             "kwargs": {"column": "source"}, "success": False, "unexpected_count": 1,
             "failing_rows": ["perfect-storm-fr.md#12"], "details": "unexpected values: <None>"},
            {"expectation": "expect_table_row_count_to_be_between", "table": "findings",
             "success": True, "failing_rows": []},
        ],
    }  # fmt: skip
    result.gone = [
        {
            "id": "0ldf1nd1ng",
            "rule": "value-conflict",
            "review": {"status": "dismissed", "note": "fixed upstream"},
        }
    ]
    html = render_case(result)
    section = html.split('id="validation"')[1].split("</section>")[0]
    assert "expect_column_values_to_not_be_null" in section and "perfect-storm-fr.md#12" in section
    assert "column: source" in section and "1 failed, 1 passed" in section
    assert "unexpected values: &lt;None&gt;" in section  # the details line, escaped
    assert "0ldf1nd1ng" in html and "fixed upstream" in html


def test_empty_case_renders():
    empty = Result(case="empty", path="x", documents=pd.DataFrame(), claims=pd.DataFrame(),
                   findings=pd.DataFrame())  # fmt: skip
    html = render_case(empty)
    assert "No divergence found" in html


def test_index_lists_cases_with_counts_and_escapes():
    rows = [
        {"case": "perfect-storm", "href": "perfect-storm/report.html",
         "counts": {"error": 1, "warning": 1, "info": 1}, "status": "failed", "error": None,
         "validation_failures": 0},
        {"case": PAYLOADS[0], "href": "javascript:alert(1)", "counts": {}, "status": "broken",
         "error": PAYLOADS[1], "validation_failures": 2},
    ]  # fmt: skip
    html = render_index(rows)
    assert '<a href="perfect-storm/report.html">perfect-storm</a>' in html
    assert "javascript:" not in html
    for payload in PAYLOADS:
        assert payload not in html
    assert html.index("broken") < html.index("perfect-storm/report.html")


def injection_case(folder):
    """A case whose front matter and body carry markup that must never run."""
    case = folder / "injection"
    case.mkdir()
    seed_doc = (SEED / "perfect-storm-fr.md").read_text(encoding="utf-8")
    front, body = seed_doc.split("---\n")[1:3]
    front = re.sub(r"^publisher: .*$", "publisher: '<script>alert(1)</script>'", front, flags=re.M)
    front = re.sub(r"^title: .*$", "title: '\"><img src=x onerror=alert(1)>'", front, flags=re.M)
    body = body.replace("Opération: la tempête parfaite", PAYLOADS[0] + " " + PAYLOADS[1])
    body = body.replace("au total, 5 500", f"au total, {PAYLOADS[0]} {PAYLOADS[1]} 5 500")
    (case / "perfect-storm-fr.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return case


def test_chart_compares_one_measure_and_escapes_its_labels():
    from sourcecheck.report.chart import chart_rows, interval_chart

    claims = [
        {"group": "a", "source": PAYLOADS[0], "text": "plus de 700", "low": 700, "high": None,
         "low_open": True, "currency": None},
        {"group": "b", "source": "GdF", "text": "650", "low": 650, "high": 650},
        {"group": "b", "source": "GdF", "text": "650", "low": 650, "high": 650},
    ]  # fmt: skip
    rows = chart_rows(claims)
    assert [(r["key"][0], r["n"]) for r in rows] == [("a", 1), ("b", 2)]
    assert rows[0]["key"][2] == float("inf")  # a null high bound is an open end
    svg = interval_chart(claims)
    assert svg.startswith("<svg") and "<script" not in svg and "&lt;script&gt;" in svg
    euros_and_dollars = [{**claims[1], "currency": "EUR"}, {**claims[1], "low": 700, "high": 700,
                                                            "currency": "USD"}]  # fmt: skip
    assert interval_chart(euros_and_dollars) is None


def test_normalised_table_keeps_a_glanceable_size():
    from sourcecheck.report.table import MAX_SOURCES, MAX_UNNAMED, normalised_table

    n = MAX_SOURCES + 3
    claims = pd.DataFrame(
        {
            "claim_id": [f"d#{i}" for i in range(n + MAX_UNNAMED + 5)],
            "source": [f"S{i % n:02d}" for i in range(n + MAX_UNNAMED + 5)],
            "text": ["5 500"] * (n + MAX_UNNAMED + 5),
            "concept": ["server"] * n + [None] * (MAX_UNNAMED + 5),
            "thing": ["serveurs"] * n + [f"thing {i}" for i in range(MAX_UNNAMED + 5)],
        }
    )
    table = normalised_table(claims, [{"id": "f", "claim_ids": ["d#0"]}])
    assert len(table["sources"]) == MAX_SOURCES + 1 and table["sources"][-1] == "3 other sources"
    assert table["hidden"] == 5 and table["rows"][0]["concept"] == "server"
    assert table["rows"][0]["cells"][table["sources"].index("S00")]["divergent"]


def test_report_meta_names_the_case_and_its_findings(seed, seed_html):
    import json

    meta = re.search(
        r'<script type="application/json" id="report-meta">([^<]*)</script>', seed_html
    )
    data = json.loads(meta.group(1))
    assert data["case"] == "perfect-storm"
    assert sorted(f["id"] for f in data["findings"]) == sorted(seed.findings["id"].astype(str))


@pytest.mark.parametrize("name", ["case", "chart", "data", "table", "view", "render"])
def test_docstring_examples_hold(name):
    import doctest
    import importlib

    module = importlib.import_module(f"sourcecheck.report.{name}")
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_committed_seed_report_is_current(seed):
    """reports/perfect-storm/report.html is what `sourcecheck run seeds/perfect-storm` makes now."""
    import json

    committed = (SEED.parent.parent / "reports" / "perfect-storm" / "report.html").read_text(
        "utf-8"
    )
    meta = re.search(
        r'<script type="application/json" id="report-meta">([^<]*)</script>', committed
    )
    ran_at = json.loads(meta.group(1))["ran_at"]
    fresh = render_case(Result(**{**seed.__dict__, "ran_at": ran_at}))
    assert fresh == committed, (
        "regenerate it: sourcecheck run seeds/perfect-storm --out reports --validate"
    )


def test_review_status_note_and_new_evidence_are_shown(seed):
    findings = seed.findings.copy()
    first = findings.index[0]
    findings.at[first, "review"] = {
        "status": "confirmed", "note": "GdF confirms " + PAYLOADS[0], "reviewer": "ana",
        "updated": "2026-11-28T02:00:00Z", "history": [], "evidence_changed": True,
    }  # fmt: skip
    html = render_case(Result(**{**seed.__dict__, "findings": findings}))
    article = html.split(f'data-finding-id="{findings.at[first, "id"]}"')[1].split("</article>")[0]
    assert 'data-status="confirmed"' in html
    assert "known finding, new evidence" in article
    assert "GdF confirms &lt;script&gt;" in article and "(ana)" in article


@pytest.mark.parametrize("case", sorted(p.name for p in SEED.parent.iterdir() if p.is_dir()))
def test_every_seed_case_renders_each_finding(case):
    result = case_result(SEED.parent / case)
    html = render_case(result)
    ids = re.findall(r'<article class="finding[^"]*"[^>]*data-finding-id="([^"]+)"', html)
    assert sorted(ids) == sorted(result.findings["id"].astype(str))
    listed = [c for claims in result.findings["claims"] for c in claims]
    assert all(f"<mark>{c['text']}</mark>" in html for c in listed if "'" not in c["text"])
