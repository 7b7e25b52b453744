"""A running count that grows from one moment to the next: an update, shown as a timeline.

Why
---
Coverage of a flood or an operation runs over days: 5 dead on Monday, 9 on Tuesday, 13 on
Thursday. Each figure is right for its moment; reported as a conflict it would send an
editor chasing an error that is not there, left out it would hide that the story's figure
moved. For a cumulative concept (the lexicon's `cumulative: true`: deaths, injured,
evacuations, arrests, damage…), the figures of every moment form one series (alignment's
`series`); when a later moment's figure is above the earlier one, the series is reported
once, as information, with its timeline: every figure ordered by the moment it describes,
then by publication time. A figure below an earlier one is not an update: value-conflict
reports it. Two figures for one moment share a subject: value-conflict compares them. A
count not known to be cumulative (the missing, households without power: alignment opens its
series with `timeline.RISES`) that grows is shown the same way; when it falls, nothing is.
A figure told with no place is read on the timeline of each place its series is told with
too (`timeline.unplaced_joined`): "4 morts" on Tuesday and "7 dead in the region" on
Wednesday are one toll's growth, though alignment could not give the first its place. So is
a figure told with a broader noun of a running count (`_broader_joined`): "9 dead" on
Wednesday and "le vittime salgono a 11" on Thursday.

Example
-------
ASA (12 Nov): 2 morti · ACP (13 Nov): 4 morts · Newswire (14 Nov): 5 dead → update (info)

Options
-------
none
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import wording
from sourcecheck.rules import blocks, timeline

ID = "update"
SEVERITY = "info"
OPTIONS: dict = {}


def run(claims: pd.DataFrame) -> pd.DataFrame:
    """One finding per series that rises at least once, listing its whole timeline."""
    claims = timeline.unplaced_joined(_broader_joined(blocks.comparable(blocks.prepare(claims))))
    table = timeline.points(claims)
    rising = {s.block for s in timeline.steps(table) if s.kind == "rise"}
    if not rising:
        return blocks.found([])
    records = blocks.records_by_id(claims)
    rows = []
    for block, series in table.groupby(list(timeline.SERIES), sort=True):
        if block not in rising:
            continue
        series = series.sort_values("moment")
        members, said = [], []
        for point in series.to_dict("records"):
            picked = [records[c] for c in point["claims"]]
            group = f"{point['moment']}: {blocks.best_label(picked)}"
            members += [(c, group) for c in point["claims"]]
            said.append(f"{group} ({wording.names(r['source'] for r in picked)})")
        first = records[series.iloc[0]["claims"][0]]
        label = timeline.series_label(first["subject_label"], series.iloc[0]["moment"])
        rows.append(
            {
                "message": f"{label}: {' → '.join(g for g in _figures(members))}",
                "explanation": "A running count reported at several moments: "
                + "; ".join(said)
                + ". Each later figure above an earlier one is an update, not a conflict.",
                "subject": {**blocks.subject(first), "subject": block[1], "subject_label": label},
                "members": members,
                "severity": None,
            }
        )
    return blocks.found(rows)


def _broader_joined(claims: pd.DataFrame) -> pd.DataFrame:
    """`claims` where each claim of a running count's series whose noun is a broader concept
    (`concept_path`: "victim" above "dead") is given again under the one series of its case
    that counts a narrower concept, is alike otherwise (place, measure, marks) and whose
    timeline its figure continues (`_continues`).

    Why: coverage tells a toll by its narrow noun ("9 dead") and by its broad one ("le
    vittime salgono a 11"); alignment keeps the two apart (victims may be injured too), so
    neither series shows the toll's growth. Where one narrower running count takes the
    broad figure on its timeline (4 dead on Monday, 6 on Thursday: 5 victims on Tuesday; not
    the 12 injured of Monday), the broad figures are read there too, for the update rule
    alone (an update is information); where none or several do, they stay apart, and falls
    and conflicts still read each series alone.

    >>> t = pd.DataFrame({"claim_id": ["a#1", "b#1"], "case": "x", "concept": ["dead", "victim"],
    ...     "concept_path": ["victim/dead", "victim"], "series": ["dead|||count", "victim|||count"],
    ...     "moment": ["2024-10-14", "2024-10-15"], "low": [9.0, 11], "high": [9.0, 11]})
    >>> _broader_joined(t)["series"].tolist()
    ['dead|||count', 'victim|||count', 'dead|||count']
    """
    cases, series = claims["case"].tolist(), claims["series"].tolist()
    rows = zip(series, claims["concept"].tolist(), claims["concept_path"].tolist(), strict=True)
    above = {key.split("|", 1)[0]: path.split("/")[:-1] for key, concept, path in rows
             if key and key.split("|", 1)[0] == concept}  # fmt: skip
    narrower: dict[tuple, set[str]] = {}
    for case, key in zip(cases, series, strict=True):
        noun, _, rest = key.partition("|")
        for broader in above.get(noun, ()) if key and not key.startswith(timeline.RISES) else ():
            narrower.setdefault((case, broader, rest), set()).add(key)
    if not narrower:
        return claims
    figure = list(zip(claims["moment"].tolist(), claims["low"].tolist(), claims["high"].tolist(), strict=True))  # fmt: skip
    timelines: dict[tuple, list[tuple]] = {}
    for case, key, f in zip(cases, series, figure, strict=True):
        timelines.setdefault((case, key), []).append(f)
    picked = []
    for i, (case, key) in enumerate(zip(cases, series, strict=True)):
        found = narrower.get((case, *key.split("|", 1)), ()) if key else ()
        taking = [k for k in sorted(found) if _continues(timelines[(case, k)], *figure[i])]
        if len(taking) == 1:
            picked.append((i, taking[0]))
    if not picked:
        return claims
    copies = claims.iloc[[i for i, _ in picked]].assign(series=[k for _, k in picked])
    return pd.concat([claims, copies], ignore_index=True)


def _continues(figures: list[tuple], moment: str, low: float, high: float) -> bool:
    """Whether a figure (`moment`, `low`, `high`) continues a running count's `figures`
    (moment, low, high): none of an earlier moment above it, none of a later one below it.

    >>> dead = [("2024-10-13", 4.0, 4.0), ("2024-10-16", 6.0, 6.0)]
    >>> _continues(dead, "2024-10-14", 5.0, 5.0), _continues(dead, "2024-10-14", 12.0, 12.0)
    (True, False)
    """
    return bool(moment) and all(
        not (m and m < moment and lo > high) and not (m and m > moment and hi < low)
        for m, lo, hi in figures
    )


def _figures(members: list[tuple[str, str]]) -> list[str]:
    """The distinct group labels in timeline order: "2024-05-01: 5", "2024-05-02: 9"."""
    return list(dict.fromkeys(group for _, group in members))
