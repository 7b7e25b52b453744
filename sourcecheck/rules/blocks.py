"""Telling which claims are about the same thing, and where they stand: blocks and positions.

Why
---
Every rule asks the same two questions of the claims table: which claims talk about the same
thing (a *block*: same case, concept, scope, date and measure), and which of them agree (a
*position*: claims whose intervals chain into overlap, DESIGN §5). Answering them here, once,
by sorting within blocks, keeps the rules short and the cost in n·log n of the claims, never
in the number of pairs.

Example
-------
>>> import pandas as pd
>>> claims = prepare(pd.DataFrame({"claim_id": ["a#1", "b#1", "c#1"], "concept": "server",
...     "value": [5500, 5500, 7000], "low": [5450, 5450, 7000], "high": [5550, 5550, 7000]}))
>>> positions(claims, ["concept"]).tolist()
[0, 0, 1]
"""

from __future__ import annotations

import functools
import itertools
import math
import weakref
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from sourcecheck import regexcache
from sourcecheck.measures import unit_base, unit_offset
from sourcecheck.wording import label

TEXT_COLUMNS = (
    "claim_id", "doc", "publisher", "published", "source", "text", "quote", "qualifier",
    "currency", "unit", "thing", "concept", "concept_path", "refers_to", "kind", "scale",
    "scope", "items", "case", "rate", "subject", "subject_label", "subject_evidence",
    "published_at", "moment", "series", "owner", "part_of", "lang",
)  # fmt: skip

# Characters at most between an amount and its conversion ("10 619 000 € (12 495 271 $ US)").
CONVERSION_GAP = 40

# A block: one quantity (the alignment stage's subject) in one measure.
SAME_THING = ("case", "subject", "measure")
# One quantity in any measure: value-conflict converts currencies and units to compare them.
SAME_QUANTITY = ("case", "subject")


def prepare(claims: pd.DataFrame) -> pd.DataFrame:
    """A copy of `claims` with every column the rules read, typed and without NaN in keys.

    Missing text columns become "", missing intervals become the value, open flags become
    booleans (CSV gives strings), `start`/`end` nullable ints, `sentence` an int (-1 when
    unknown), and `measure`
    (currency, else unit, else "" for counts) is added. Idempotent and cheap: a table this
    function returned comes back as it is (the engine prepares the claims once and every rule
    prepares them again; rules never modify the table they are given).
    """
    if _PREPARED.get(id(claims)) is claims:
        return claims
    n = len(claims)
    data = {col: claims[col].array for col in claims.columns}  # new row numbers: 0 … n-1
    for col in claims.columns:
        if col not in TEXT_COLUMNS and _is_text(claims[col]):
            data[col] = claims[col].astype(object).array  # values as they are
    for col in TEXT_COLUMNS:
        data[col] = text_array(data[col]) if col in data else np.full(n, "", dtype=object)
    data["qualifier"] = text_array(["exact" if q == "" else q for q in data["qualifier"]])
    value = _numbers(data.get("value"), n)
    data["value"] = value
    for col in ("low", "high"):
        given = _numbers(data.get(col), n)
        data[col] = np.where(np.isnan(given), value, given)
    for col in ("low_open", "high_open"):
        flags = data.get(col, [False] * n)
        flagged = getattr(getattr(flags, "dtype", None), "kind", "") == "b"
        if flagged and not pd.isna(flags).any():  # booleans already: no per-row reading
            data[col] = np.asarray(flags, dtype=bool)
        else:
            data[col] = np.fromiter((_truthy(x) for x in flags), dtype=bool, count=n)
    for col in ("start", "end"):
        data[col] = pd.array(_numbers(data.get(col), n), dtype="Int64")
    sentence = _numbers(data.get("sentence"), n)
    data["sentence"] = np.where(np.isnan(sentence), -1, sentence).astype(int)
    data["measure"] = text_array(
        [c or u for c, u in zip(data["currency"], data["unit"], strict=True)]
    )
    out = pd.DataFrame({col: pd.Series(v, dtype=v.dtype) for col, v in data.items()})
    _PREPARED[id(out)] = out
    return out


def text_array(values) -> np.ndarray:
    """Python strings in one object array, a missing value as "".

    Why: pyarrow-backed text columns are taken one by one at every filter and sort (about
    0.1 ms a column, forty columns), which made a case's rules cost more than its extraction;
    one block of objects is taken in one step.
    """
    if isinstance(getattr(values, "dtype", None), pd.StringDtype):  # text already: one step
        return np.asarray(values.to_numpy(dtype=object, na_value=""), dtype=object)
    if isinstance(values, pd.arrays.NumpyExtensionArray):  # an object column's array: its
        values = values.to_numpy()  # tolist() walks it item by item; the ndarray's is in C
    if hasattr(values, "tolist"):  # one conversion in C: iterating an arrow array is per item
        values = values.tolist()
    return np.array(
        ["" if v is None or v is pd.NA or v != v else str(v) for v in values], dtype=object
    )


def _numbers(values, n: int) -> np.ndarray:
    """Floats, NaN where a value is missing or not a number (as `pd.to_numeric(coerce)`)."""
    if values is None:
        return np.full(n, np.nan)
    if getattr(values, "dtype", None) is not None and values.dtype.kind in "fiu":
        return np.asarray(values, dtype=float)
    return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(
        dtype=float, na_value=np.nan
    )


def _is_text(column: pd.Series) -> bool:
    return isinstance(column.dtype, pd.StringDtype) or column.dtype == object


# The tables `prepare` returned and that are still alive, by identity.
_PREPARED: weakref.WeakValueDictionary[int, pd.DataFrame] = weakref.WeakValueDictionary()


def _truthy(x: object) -> bool:
    if isinstance(x, str):
        return x.strip().lower() in ("true", "1", "yes")
    if x is None or x is pd.NA:
        return False
    return bool(x) and not (isinstance(x, float) and math.isnan(x))


def positions(
    claims: pd.DataFrame, by: Sequence[str], *, low: str = "low", high: str = "high"
) -> pd.Series:
    """Number the positions: within each block of `by`, claims whose intervals chain into overlap.

    A sweep over the claims sorted by block and lower bound: a claim starts a new position when
    it begins after everything before it in the block ended. Meeting at one number is not
    meeting when an end there is open, or when both intervals are written precisions
    ("1,2 million" [1.15M, 1.25M] and "1.3 million" [1.25M, 1.35M]: 1.25M rounds to 1.3M).
    Position numbers are unique across blocks and follow the sorted order.
    """
    if claims.empty:
        return pd.Series([], dtype=int, index=claims.index)
    # a single number before a wide interval from the same low: it meets what ends there
    width = (claims[high] - claims[low]).rename("_width")
    order = claims.assign(_width=width).sort_values([*by, low, "low_open", "_width"], kind="stable")
    keys = list(order[list(by)].itertuples(index=False, name=None))
    lows, highs = order[low].to_numpy(), order[high].to_numpy()
    lo_open, hi_open = order["low_open"].to_numpy(), order["high_open"].to_numpy()
    number = np.empty(len(order), dtype=int)
    current, key, top, top_open, top_wide = -1, None, -math.inf, False, False
    for i in range(len(order)):
        wide = highs[i] > lows[i]
        touch = lows[i] == top and (lo_open[i] or top_open or (wide and top_wide))
        if keys[i] != key or lows[i] > top or touch:
            current, key = current + 1, keys[i]
            top, top_open, top_wide = highs[i], hi_open[i], wide
        elif highs[i] > top or (highs[i] == top and not hi_open[i]):
            top, top_open, top_wide = highs[i], hi_open[i], wide
        number[i] = current
    return pd.Series(number, index=order.index).reindex(claims.index)


SOFT = ("about", "nearly")  # qualifiers whose interval is an allowance, not a written precision


def firm_positions(
    claims: pd.DataFrame, by: Sequence[str], *, low: str = "low", high: str = "high"
) -> pd.Series:
    """`positions` where an open-ended or approximate figure never bridges two others.

    "More than 1 million" agrees with 1.08 million and with 2.5 million, yet those two still
    disagree: positions are chained from the firm figures only (bounded, not `SOFT`); an
    open-ended one joins the lowest position of its block it meets, an approximate one
    ("around 240,000": ±10%) the one nearest its value it meets (240,000 rather than 250 000,
    which still disagree), and those that meet none chain among themselves.
    """
    opened = (claims[high] == math.inf) | (claims[low] == -math.inf)
    soft = opened
    if "qualifier" in claims:
        soft = opened | claims["qualifier"].isin(SOFT)
    if not soft.any() or soft.all():
        return positions(claims, by, low=low, high=high)
    firm = positions(claims[~soft], by, low=low, high=high)
    out = pd.Series(-1, index=claims.index, dtype=int)
    out[firm.index] = firm
    spans = claims.loc[~soft, [*by, low, high, "low_open", "high_open"]].assign(position=firm)
    spans = spans.sort_values(low, kind="stable")
    groups = {k: g for k, g in spans.groupby(list(by), sort=False)}
    alone = []
    for i in claims.index[soft]:
        row = claims.loc[i]
        key = tuple(row[c] for c in by) if len(by) > 1 else row[by[0]]
        block = groups.get(key)
        if block is not None:
            above = (block[high] > row[low]) | (
                (block[high] == row[low]) & ~block["high_open"] & (not row["low_open"])
            )
            below = (block[low] < row[high]) | (
                (block[low] == row[high]) & ~block["low_open"] & (not row["high_open"])
            )
            meets = block[above & below]
            if len(meets):
                out[i] = int(meets["position"].iloc[_nearest(meets, row, low, high)])
                continue
        alone.append(i)
    if alone:
        out[alone] = positions(claims.loc[alone], by, low=low, high=high) + int(firm.max()) + 1
    return out


def _nearest(meets: pd.DataFrame, row: pd.Series, low: str, high: str) -> int:
    """Which of the firm figures `meets` (sorted by their lower bound) a soft figure `row`
    joins: the lowest for an open-ended one, else the one whose middle is nearest its own."""
    if row[high] == math.inf or row[low] == -math.inf:
        return 0
    middle = (row[low] + row[high]) / 2
    return int(np.argmin(np.abs((meets[low].to_numpy() + meets[high].to_numpy()) / 2 - middle)))


def summarise(claims: pd.DataFrame, by: Sequence[str], position: str = "position") -> pd.DataFrame:
    """One row per position: its block keys, bounds, and its most precise claim as `rep`.

    The representative is the most precise claim (exact before qualified, narrowest interval,
    smallest value): adding claims that repeat a known figure never changes it, so labels built
    from it are stable fingerprint material.
    """
    read = list(dict.fromkeys(c for c in (position, *_RANKED, *by) if c in claims))
    best: dict = {}
    bounds: dict = {}
    for row in claims[read].to_dict("records"):  # plain rows: a few dozen per block
        p = row[position]
        if p not in best:
            best[p], bounds[p] = row, [row["low"], row["high"], 1]
            continue
        low, high, n = bounds[p]
        bounds[p] = [least((low, row["low"])), most((high, row["high"])), n + 1]
        if _precision(row) < _precision(best[p]):
            best[p] = row
    rows = [
        (p, *bounds[p], best[p]["claim_id"], *(best[p][c] for c in by), label(best[p]))
        for p in sorted(best)
    ]
    return pd.DataFrame(rows, columns=[position, "low", "high", "n", "rep", *by, "label"])


def least(values: Iterable[float]) -> float:
    """The smallest number, NaN left out (as pandas' `min`); NaN when there is none.

    >>> least([3.0, float("nan"), 2.0]), most([3.0, float("nan"), 2.0])
    (2.0, 3.0)
    """
    return min((v for v in values if v == v), default=math.nan)


def most(values: Iterable[float]) -> float:
    """The largest number, NaN left out (as pandas' `max`); NaN when there is none."""
    return max((v for v in values if v == v), default=math.nan)


def records_by_id(claims: pd.DataFrame) -> dict[str, dict]:
    """Each claim as a plain dict, by its claim_id: rules that pick a few claims by id read
    them from here rather than indexing the frame once per pick."""
    return dict(zip(claims["claim_id"], claims.to_dict("records"), strict=True))


def gap_kind(a_high: float, b_low: float) -> str:
    """How two positions in ascending order are apart: "touch" (at one number) or "gap"."""
    return "touch" if b_low == a_high else "gap"


def overlaps(a: pd.Series | dict, b: pd.Series | dict) -> bool:
    """True when the intervals of claims `a` and `b` meet (same rules as `positions`)."""
    if a["low"] > b["low"] or (a["low"] == b["low"] and a["low_open"] and not b["low_open"]):
        a, b = b, a
    if b["low"] < a["high"]:
        return True
    wide = b["high"] > b["low"] and a["high"] > a["low"]
    return b["low"] == a["high"] and not (b["low_open"] or a["high_open"] or wide)


def rounding_slip(coarse: pd.Series | dict, fine: pd.Series | dict) -> float | None:
    """What `fine` rounds to at `coarse`'s written precision, when `coarse` is one step off.

    `coarse` must be an exact figure whose interval is its written precision (10,7 millions →
    [10.65M, 10.75M], step 0.1M) and `fine` a strictly more precise one outside it. Returns the
    rounded value (10 619 000 → 10.6M) when it is within one step of `coarse`, else None;
    None too when `fine` rounds to nothing ("700" beside "10 000": another quantity, not a
    figure rounded by hand).
    """
    step = coarse["high"] - coarse["low"]
    if coarse["qualifier"] != "exact" or not 0 < step < math.inf:
        return None
    if not fine["high"] - fine["low"] < step or overlaps(coarse, fine):
        return None
    rounded = math.floor(fine["value"] / step + 0.5) * step
    return rounded if rounded and abs(rounded - coarse["value"]) <= step * 1.0001 else None


def scale_ratio(a: float, b: float, tolerance: float) -> int | None:
    """3 or 6 when b/a is within `tolerance` (relative) of 10³ or 10⁶, else None."""
    if not (a > 0 and b > 0):
        return None
    for power in (3, 6):
        if abs(b / a / 10**power - 1) <= tolerance:
            return power
    return None


def most_told(figures: pd.DataFrame, column: str):
    """The value of `column` (a currency, a form) the most documents of `figures` give; on a
    tie, the one of the earliest dated document (then the first document by name), then the
    smallest value. A document with no publication date never wins a tie: an undated rewrite
    is not the first account.

    Why: the fx-rate rule and alignment's echoes both name the original form of an amount
    told in two forms; one choice keeps the finding and the subject in agreement.

    Example: EUR in two documents, USD in one → EUR; EUR and USD once each, the USD
    document published first → USD.
    """
    docs = figures.groupby(column)["doc"].nunique()
    dated = figures[figures["published"] != ""].sort_values(["published", "doc"])
    first = (dated if len(dated) else figures.sort_values("doc")).iloc[0][column]
    return min(docs.index, key=lambda v: (-docs[v], v != first, v))


def union_find(n: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Component number of each of `n` items joined by `pairs` (smallest member's index)."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(n)]


def stands(
    claims: pd.DataFrame, by: Sequence[str], *, scale_tolerance: float = 0.1
) -> pd.DataFrame:
    """Add `position` and `stand` to `claims`: a stand joins positions whose gap another rule explains.

    Two positions of a block that differ only by a rounding slip (rounding's business) or by a
    factor of ~10³/10⁶ (scale-word's) are one stand, so value-conflict and internal report only
    the divergences nothing else names. `stand` is the smallest position number it holds.
    """
    out = claims.assign(position=positions(claims, by))
    if out.empty:
        return out.assign(stand=out["position"])
    several = out[out.groupby(list(by), sort=False)["position"].transform("nunique") > 1]
    if several.empty:
        return out.assign(stand=out["position"])
    summary = summarise(several, by).sort_values([*by, "low"], kind="stable")
    reps = {row["claim_id"]: row for row in several.to_dict("records")}
    joined: list[tuple[int, int]] = []
    for _, block in summary.groupby(list(by), sort=False):
        numbers = block["position"].to_numpy()
        rows = [reps[rep] for rep in block["rep"]]
        joined += [(numbers[k], numbers[k + 1]) for k in rounded_neighbours(rows)]
        values = np.array([row["value"] for row in rows], dtype=float)
        joined += [(numbers[i], numbers[j]) for i, j in scale_pairs(values, scale_tolerance)]
    component = union_find(int(out["position"].max()) + 1, joined)
    return out.assign(stand=[component[p] for p in out["position"]])


def rounded_neighbours(rows: Sequence[dict]) -> list[int]:
    """The k for which rows k and k + 1 (a block's positions' most precise claims, in
    ascending order) differ only by a rounding slip, in either direction (`rounding_slip`).

    >>> a = {"qualifier": "exact", "value": 3.1e9, "low": 3.05e9, "high": 3.15e9,
    ...     "low_open": False, "high_open": False}
    >>> b = {**a, "value": 3.164e9, "low": 3.1635e9, "high": 3.1645e9}
    >>> rounded_neighbours([a, b]), rounded_neighbours([a, {**b, "value": 3.3e9,
    ...     "low": 3.2995e9, "high": 3.3005e9}])
    ([0], [])
    """
    return [
        k
        for k, (a, b) in enumerate(itertools.pairwise(rows))
        if rounding_slip(a, b) is not None or rounding_slip(b, a) is not None
    ]


def scale_pairs(values: np.ndarray, tolerance: float) -> list[tuple[int, int]]:
    """Index pairs (i, j) with values[j] / values[i] within `tolerance` of 10³ or 10⁶.

    Sorted search on log10 of the values: cost n·log n, not n².
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.log10(np.where(values > 0, values, np.nan))
    order = np.argsort(logs)
    ordered = logs[order]
    pairs = []
    for i, at in enumerate(ordered):
        if np.isnan(at):
            continue
        for power in (3, 6):
            lo = np.searchsorted(ordered, at + power + math.log10(1 - tolerance), "left")
            hi = np.searchsorted(ordered, at + power + math.log10(1 + tolerance), "right")
            pairs += [(int(order[i]), int(order[j])) for j in range(lo, hi)]
    return pairs


def stand_labels(claims: pd.DataFrame, group: str = "stand") -> dict[int, str]:
    """The label of each stand: the label of its most precise claim (see `summarise`)."""
    best: dict = {}
    for row in claims[[group, *_RANKED]].to_dict("records"):
        held = best.get(row[group])
        if held is None or _precision(row) < _precision(held):
            best[row[group]] = row
    return {g: label(best[g]) for g in sorted(best)}


def best_label(rows: Iterable[dict]) -> str:
    """The label of the most precise of `rows` (claims as dicts), as `stand_labels` picks it.

    >>> best_label([{"claim_id": "a#1", "qualifier": "about", "value": 700.0, "low": 630.0,
    ...     "high": 770.0, "measure": ""}, {"claim_id": "b#1", "qualifier": "exact",
    ...     "value": 712.0, "low": 712.0, "high": 712.0, "measure": ""}])
    '712'
    """
    return label(min(rows, key=_precision))


# What ranks a claim's precision and what its label reads.
_RANKED = ("qualifier", "low", "high", "value", "measure", "claim_id")


def _precision(row: dict) -> tuple:
    """Exact before qualified, the narrowest interval, the smallest value, then the id; a
    missing width or value last (as `sort_values` orders them)."""
    width = row["high"] - row["low"]
    return (row["qualifier"] != "exact", *_missing_last(width), *_missing_last(row["value"]),
            row["claim_id"])  # fmt: skip


def stand_bounds(claims: pd.DataFrame, group: str = "stand") -> dict[int, tuple[float, float]]:
    """The lowest and highest number each stand allows."""
    bounds = claims.groupby(group).agg(low=("low", "min"), high=("high", "max"))
    return {
        k: (lo, hi) for k, lo, hi in zip(bounds.index, bounds["low"], bounds["high"], strict=True)
    }


def severity_of_gaps(bounds: Sequence[tuple[float, float]]) -> str | None:
    """ "info" when consecutive stands (low, high) only touch (meet at one number), else None.

    "700" and "plus de 700" do not agree, but an editor reads them as the same figure: the
    divergence is worth a note, not a warning.
    """
    ordered = sorted(bounds)
    kinds = {gap_kind(a[1], b[0]) for a, b in itertools.pairwise(ordered)}
    return "info" if kinds == {"touch"} else None


def subject(claim: pd.Series | dict | object) -> dict[str, str]:
    """What a finding is about, from one of its claims: its subject (id and label) and the
    concept, scope and day it was built from."""
    get = claim.get if hasattr(claim, "get") else lambda k: getattr(claim, k, "")
    keys = ("subject", "subject_label", "concept", "scope", "refers_to")
    return {k: get(k) or "" for k in keys}


FOUND_COLUMNS = ("message", "explanation", "subject", "members", "severity")


def found(rows: list[dict]) -> pd.DataFrame:
    """The table a rule returns: one row per finding (see `FOUND_COLUMNS`)."""
    return pd.DataFrame([{"severity": None, **row} for row in rows], columns=list(FOUND_COLUMNS))


def block_rows(claims: pd.DataFrame, by: Sequence[str], sort: bool = True) -> list[list[int]]:
    """The row positions of each block of `by`, rows in table order, blocks in key order (or
    first seen with `sort=False`), as `groupby(by, sort=sort)` iterates them: without
    building a frame per block, which costs ~1 ms each."""
    grouped = claims.groupby(list(by), sort=sort)
    numbers = grouped.ngroup().tolist()
    out: list[list[int]] = [[] for _ in range(grouped.ngroups)]
    for i, n in enumerate(numbers):
        if n == n and n >= 0:  # a missing key: no block, as groupby leaves it out
            out[int(n)].append(i)
    return out


def shared(claims: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """The claims whose key `by` at least one other claim shares: the only ones a comparison
    can involve. Rules drop the rest first, so a case's many one-claim subjects cost nothing.

    >>> shared(pd.DataFrame({"subject": ["a", "b", "a"]}), ["subject"]).index.tolist()
    [0, 2]
    """
    return claims[claims.duplicated(list(by), keep=False)]


def divided(claims: pd.DataFrame, by: Sequence[str], group: str = "stand") -> pd.DataFrame:
    """The claims of the blocks of `by` that hold two or more values of `group` (vectorised)."""
    if claims.empty:
        return claims
    return claims[claims.groupby(list(by), sort=False)[group].transform("nunique") > 1]


def conversions(claims: pd.DataFrame, max_gap: int = CONVERSION_GAP) -> list[tuple[dict, dict]]:
    """Pairs (amount, conversion): consecutive money figures of one sentence, other currency.

    The conversion follows its amount closely: at most `max_gap` characters between them
    ("10 619 000 € (12 495 271 $ US)", "€45 million, or about $49 million") when offsets are
    known. Candidates are found with one shift over the sorted money claims; a figure belongs
    to one pair at most ("£400 million (€466 million) and £100 million (€117 million)").
    Words between the two that open another item (a conjunction, `_joined`; a name or any
    other word no conversion writes, `_worded`) make them two amounts.
    """
    currency, sentence = claims["currency"].tolist(), claims["sentence"].tolist()
    # Plain lists: a case holds a few dozen money figures, where each pandas step (sort,
    # shift, compare) costs more than the whole loop.
    held = [i for i, (c, n) in enumerate(zip(currency, sentence, strict=True)) if c and n >= 0]
    if len(held) < 2:
        return []
    cases, docs = claims["case"].tolist(), claims["doc"].tolist()
    starts, ends = claims["start"].tolist(), claims["end"].tolist()
    keys = {i: (cases[i], docs[i], sentence[i]) for i in held}
    order = sorted(held, key=lambda k: (keys[k], *_offset(starts[k])))
    texts, quotes = _column(claims, "text"), _column(claims, "quote")
    pairs, taken = [], None
    for a, b in itertools.pairwise(order):
        far = _known(starts[b]) and _known(ends[a]) and starts[b] - ends[a] > max_gap
        if a != taken and keys[a] == keys[b] and currency[a] != currency[b] and not far:
            if _joined(texts[a], texts[b], quotes[a]):
                continue  # "save $30 million a year and invest €90 million": two amounts
            if _worded(texts[a], texts[b], quotes[a]):
                continue  # "€3 million in cash, $1 million in bonds", "X €80 million, Y $45 million"
            pairs.append((a, b))
            taken = b
    if not pairs:
        return []
    picked = sorted({k for pair in pairs for k in pair})
    by_place = dict(zip(picked, claims.iloc[picked].to_dict("records"), strict=True))
    return [(by_place[a], by_place[b]) for a, b in pairs]


def _column(claims: pd.DataFrame, name: str) -> list:
    return claims[name].tolist() if name in claims else [""] * len(claims)


def _joined(first: str, second: str, quote: str) -> bool:
    """Whether the words between two amounts of a sentence (`quote`) hold a conjunction
    (`data/conversions.yaml`): "$30 million a year and €90 million" are two amounts, not
    one converted. Unknown when the figures are not found in the sentence (False).

    >>> _joined("$30 million", "€90 million", "to save $30 million a year and invest €90 million")
    True
    >>> _joined("£13 million", "€15 million", "a cost of £13 million (€15 million) in all")
    False
    """
    return not _joins().isdisjoint(_GAP_WORD.findall(_gap(first, second, quote).lower()))


def _worded(first: str, second: str, quote: str) -> bool:
    """Whether the words between two amounts of a sentence hold one that no conversion
    writes (`data/conversions.yaml` `between`): "€3 million in cash, $1 million in bonds"
    are two amounts, and so are those of a list that names each amount's owner ("Norvalia
    gave €80 million, Ostermark $45 million"); "€45 million, or about $49 million" is one
    converted. Unknown when the
    figures are not found in the sentence (False).

    >>> _worded("€3 million", "$1 million", "They took €3 million in cash, $1 million in bonds.")
    True
    >>> _worded("€45 million", "$49 million", "A grant of €45 million, or about $49 million.")
    False
    """
    words = _GAP_WORD.findall(_gap(first, second, quote).lower())
    from sourcecheck.extract.lexicon import between_words  # (extract imports the rules)

    return bool(words) and not between_words().issuperset(words)


def _gap(first: str, second: str, quote: str) -> str:
    """The words of `quote` between `first` and the `second` after it ("" when either is
    not found)."""
    if not first or not second or not quote:
        return ""
    start = quote.find(first)
    end = quote.find(second, start + len(first)) if start >= 0 else -1
    return quote[start + len(first) : end] if end >= 0 else ""


_GAP_WORD = regexcache.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _joins() -> frozenset[str]:
    from sourcecheck.extract.lexicon import package_data  # extract imports the rules' blocks

    return frozenset(
        w.lower() for ws in package_data("conversions.yaml")["joins"].values() for w in ws or ()
    )


def _known(offset: object) -> bool:
    return offset is not None and offset is not pd.NA and offset == offset  # not NA, not NaN


def _offset(offset: object) -> tuple[int, float]:
    """A sort key that puts unknown offsets last, as pandas' sort does."""
    return (0, float(offset)) if _known(offset) else (1, 0.0)


def comparable(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that value rules compare: all but the converted side of a currency
    conversion written next to its amount ("€300 million ($326 million)"). That figure is
    the same claim restated, not another account: fx-rate checks it against its amount."""
    converted = {b["claim_id"] for _, b in conversions(claims)}
    return claims[~claims["claim_id"].isin(converted)] if converted else claims


def in_common_measure(claims: pd.DataFrame, rates, fx_tolerance: float) -> pd.DataFrame:
    """Add `cmp_low`, `cmp_high` and `cmp_note`: each claim's interval in its subject's
    common measure, so one quantity given in euros and dollars, or in km and miles, compares.

    Money goes to euros at the ECB reference rate of the claim's publication date, widened by
    `fx_tolerance` (an outlet may use the rate of another day); units go to pint base units.
    A subject in one measure keeps its numbers. A claim that cannot be converted (no date, an
    unknown unit) keeps its own numbers and measure: it only meets claims in that measure.
    """
    claims = _implied_currencies(claims)
    out = claims.assign(
        cmp_low=claims["low"].astype(float),
        cmp_high=claims["high"].astype(float),
        cmp_value=claims["value"].astype(float),
        cmp_note="",
    )
    several = out.groupby(list(SAME_QUANTITY), sort=False)["measure"].transform("nunique") > 1
    apart = side_by_side(out) if several.any() else set()
    if apart:
        keys = zip(out["case"], out["subject"], strict=True)
        several &= pd.Series([k not in apart for k in keys], index=out.index)
    out["cmp_measure"] = out["measure"]
    for i in out.index[several]:
        row = out.loc[i]
        if row["currency"] and rates is not None:
            done = rates.convert(1.0, row["currency"], "EUR", row["published"])
            if done is None:
                continue
            factor, _, day = done
            out.at[i, "cmp_measure"] = "EUR"
            if row["currency"] != "EUR":
                out.at[i, "cmp_value"] = row["value"] * factor
                out.at[i, "cmp_low"] = row["low"] * factor * (1 - fx_tolerance)
                out.at[i, "cmp_high"] = row["high"] * factor * (1 + fx_tolerance)
                out.at[i, "cmp_note"] = (
                    f"{row['text']} ≈ {label({**row, 'value': row['value'] * factor, 'measure': 'EUR'})}"
                    f" at the ECB rate of {day}"
                )
        elif row["unit"] and not row["currency"]:
            base = unit_base(row["unit"])
            if base is None:
                continue
            half = half_step(row["text"], row["low"], row["high"])  # "370 miles": [365, 375]
            zero = unit_offset(row["unit"])  # a temperature's: 45 °C is 113 °F
            out.at[i, "cmp_value"] = row["value"] * base[1] + zero
            out.at[i, "cmp_low"] = (row["low"] - half) * base[1] + zero
            out.at[i, "cmp_high"] = (row["high"] + half) * base[1] + zero
            out.at[i, "cmp_measure"] = base[0]
    return out


def half_step(text: str, low: float, high: float) -> float:
    """How much to widen each side of a measurement given as one number, so that it spans
    half the last written digit ("25 miles" → 0.5: [24.5, 25.5]).

    Why: a measurement is rounded where it was written, unlike a count, and a conversion
    more so; what the extraction already allows (its precision, its qualifiers) is kept, and
    only what is missing is added. A whole number's trailing zero rounds it to the ten: "370
    miles", the conversion of "more than 600 km" (372.8 miles), is [365, 375]; "100 miles"
    is [95, 105], never wider.

    >>> half_step("25 miles", 25, 25), half_step("25 miles", 24.5, 25.5)
    (0.5, 0.0)
    >>> half_step("370 miles", 370, 370), half_step("370 miles", 369.5, 370.5)
    (5.0, 4.5)
    >>> half_step("2,5 km", 2.5, 2.5), half_step("1 200 km", 1150, 1250)
    (0.05, 0.0)
    """
    digits = _DIGITS.findall(text)
    separated = _DECIMALS.search(text)
    if separated:
        half = 0.5 * 10 ** -len(separated.group(1))
    elif digits and len(digits[-1]) > 1 and digits[-1].endswith("0"):
        half = 5.0
    else:
        half = 0.5
    return max(0.0, half - (high - low) / 2)


_DIGITS = regexcache.compile(r"\d+")
_DECIMALS = regexcache.compile(r"\d[.,](\d{1,2})(?!\d)")


def side_by_side(claims: pd.DataFrame) -> set[tuple[str, str]]:
    """The (case, subject) keys of amounts that one sentence gives in two currencies joined
    as two amounts ("€2.6 million and $1.3 million in cash", `_joined`), not as an amount
    and its conversion: both amounts' subjects.

    Why: a sentence that counts euros and dollars apart says there are two amounts, one per
    currency; where alignment gave them one subject (or crossed them over two), converted
    to one measure they read as accounts that disagree (€2.6 million against $1.3 million),
    though each currency's accounts agree. Such a subject is compared currency by currency.

    >>> t = pd.DataFrame({"case": "c", "subject": "cash||||money", "doc": "a",
    ...     "sentence": 3, "start": [20, 38], "currency": ["EUR", "USD"],
    ...     "text": ["€2.6 million", "$1.3 million"],
    ...     "quote": "Police seized €2.6 million and $1.3 million in cash."})
    >>> side_by_side(t)
    {('c', 'cash||||money')}
    """
    money = claims[(claims["currency"] != "") & (claims["sentence"] >= 0)]
    if money.empty:
        return set()
    out = set()
    rows = money.sort_values(["case", "doc", "sentence", "start"], kind="stable")
    cols = ("case", "subject", "doc", "sentence", "currency", "text", "quote")
    records = rows[list(cols)].to_dict("records")
    for a, b in itertools.pairwise(records):
        same = all(a[k] == b[k] for k in ("case", "doc", "sentence"))
        if same and a["currency"] != b["currency"] and _joined(a["text"], b["text"], a["quote"]):
            out |= {(a["case"], a["subject"]), (b["case"], b["subject"])}
    return out


def _implied_currencies(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with no measure that alignment read as amounts (their subject's measure is
    "money": "7 milliards" beside "5,5 milliards d'euros") take the one currency their
    subject's other claims are given in, so the two compare: the claims table keeps the
    figure as written, with no currency.

    Example: subject "loss||||money" holding "7 milliards" (no currency) and "5,5 milliards"
    (EUR): the first is compared in EUR."""
    measures, subjects = claims["measure"].tolist(), claims["subject"].tolist()
    bare = [i for i, (m, s) in enumerate(zip(measures, subjects, strict=True)) if not m and s]
    bare = [i for i in bare if _subject_measure(subjects[i]) == "money"]
    if not bare:
        return claims
    cases, currencies = claims["case"].tolist(), claims["currency"].tolist()
    given: dict[tuple[str, str], set[str]] = {}
    for case, s, c in zip(cases, subjects, currencies, strict=True):
        if c and s:
            given.setdefault((case, s), set()).add(c)
    found = {i: next(iter(c)) for i in bare if len(c := given.get((cases[i], subjects[i]), ())) == 1}  # fmt: skip
    if not found:
        return claims
    for i, c in found.items():
        currencies[i] = measures[i] = c
    return claims.assign(currency=text_array(currencies), measure=text_array(measures))


def _subject_measure(subject: str) -> str:
    """The measure field of a subject id ("loss||||money" → "money")."""
    fields = subject.split("|")
    return fields[4] if len(fields) > 4 else ""


def magnitude_bands(
    claims: pd.DataFrame, by: Sequence[str], max_ratio: float, value: str = "value"
) -> pd.Series:
    """Number the bands of magnitude within each block of `by`: figures more than `max_ratio`
    apart start a new band, unless their scale words differ (a million/billion slip).

    Why: alignment joins claims by their words; when the figures are two orders of magnitude
    apart ("4 euros" a kilo and "450 million euros" for the plant, "14 arrests" and "180,000
    publishers"), the words were not enough and these are different quantities, while police
    and union counts of one march stay within a factor of ten or so.
    """
    band = [0] * len(claims)
    if claims.empty:
        return pd.Series(band, index=claims.index, dtype=int)
    number = 0
    values, scale_of = claims[value].to_numpy(dtype=float).tolist(), claims["scale"].tolist()
    for rows in block_rows(claims, by, sort=False):  # one sweep per block, by value
        top, scales = None, set()
        for i in sorted(rows, key=lambda i: _missing_last(values[i])):
            x, scale = values[i], scale_of[i]
            far = top is not None and x > 0 and top > 0 and x / top > max_ratio
            if top is None or (far and (not scale or scale in scales or not scales - {""})):
                number += 1
                scales = set()
            band[i] = number
            top = x if top is None or x > top else top
            scales.add(scale)
    return pd.Series(band, index=claims.index, dtype=int)


def _missing_last(x: float) -> tuple[bool, float]:
    """A sort key putting NaN after every number, as `sort_values` does."""
    return (True, 0.0) if x != x else (False, x)


def contains(claims: pd.DataFrame, x: pd.Series) -> pd.Series:
    """Whether each claim's interval holds x (open ends respected), vectorised."""
    above = (x > claims["low"]) | ((x == claims["low"]) & ~claims["low_open"])
    below = (x < claims["high"]) | ((x == claims["high"]) & ~claims["high_open"])
    return above & below
