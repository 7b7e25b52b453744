"""The update finding's timeline chart: plain SVG, one point per account, days on the axis."""

from __future__ import annotations

from sourcecheck.report.case import finding_view
from sourcecheck.report.timeline import timeline_chart

CLAIMS = [
    {"claim_id": "a#1", "doc": "a.md", "source": "Agenzia <A>", "text": "3", "value": 3,
     "low": 3, "high": 3, "moment": "2023-09-03", "published_at": "2023-09-04T09:20",
     "group": "2023-09-03: 3"},
    {"claim_id": "b#1", "doc": "b.md", "source": "Wire", "text": "6", "value": 6, "low": 6,
     "high": 6, "moment": "2023-09-05", "published_at": "2023-09-05T14:05",
     "group": "2023-09-05: 6"},
    {"claim_id": "c#1", "doc": "c.md", "source": "Agence", "text": "9 morts", "value": 9,
     "low": 9, "high": 9, "moment": "2023-09-07", "published_at": "2023-09-07T18:40",
     "group": "2023-09-07: 9"},
]  # fmt: skip


def test_the_timeline_has_a_point_per_account_and_a_label_per_day():
    svg = str(timeline_chart(CLAIMS))
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<circle") == 3 and svg.count("<polyline") == 1
    assert all(day in svg for day in ("2023-09-03", "2023-09-05", "2023-09-07"))
    assert "Agenzia &lt;A&gt;" in svg and "style=" not in svg and "<script" not in svg


def test_one_moment_is_no_timeline():
    assert timeline_chart(CLAIMS[:1]) is None


def test_an_update_finding_shows_its_timeline_not_the_interval_chart():
    finding = {"id": "f1", "rule": "update", "severity": "info", "claims": CLAIMS}
    view = finding_view(finding, {}, {"a.md": 1, "b.md": 2, "c.md": 3}, {})
    assert view["timeline"] is not None and view["chart"] is None
    other = finding_view({**finding, "rule": "value-conflict"}, {}, {}, {})
    assert other["timeline"] is None
