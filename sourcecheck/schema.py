"""Names shared by every stage: the claims table columns, qualifiers, severities, exit codes.

Why
---
DESIGN.md §4 and §8 make these names a contract; keeping them in one module means a stage
cannot drift from another by spelling a column differently.

Example
-------
>>> from sourcecheck.schema import CLAIM_COLUMNS
>>> CLAIM_COLUMNS[:3]
('claim_id', 'doc', 'publisher')
"""

from __future__ import annotations

# DESIGN §4 (contract), in order.
CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "doc",
    "publisher",
    "published",
    "lang",
    "source",
    "source_text",
    "text",
    "start",
    "end",
    "quote",
    "value",
    "low",
    "high",
    "low_open",
    "high_open",
    "qualifier",
    "currency",
    "unit",
    "thing",
    "concept",
    "refers_to",
    "method",
    "source_stated",
    "rate",
    "subject",
    "subject_label",
)

# Columns we add after the contract ones (allowed: the contract fixes names, not exclusivity).
#   subject_evidence  why alignment gave the claim its subject ("lexicon concept …",
#              "cognates of …", "day not stated: taken as …"), "; "-joined
#   kind       count | money | unit | percent
#   scale      the scale word as written, normalised ("million", "milliard", "mila", "k"...)
#   scope      where the figure applies when the text says so ("Italy", "worldwide")
#   items      the items listed with a count ("Bulgarie; France; ..."), "; "-joined
#   ambiguity  "; "-joined ambiguity flags from parse_quantities ("currency", "separator")
#   sentence   index of the sentence in the document, to pair figures of one sentence
#   day_from   where `refers_to` comes from: "clause" (the figure's sentence says the day),
#              "document" (the story's day, from its lead or dateline), "" (no day)
#   case       the case name, so tables from several cases can be concatenated
#   source_role  the role of a person who is the source, as written ("maire", "mayor"), or ""
#   published_at the document's publication time, "YYYY-MM-DDTHH:MM" when its front matter
#              gives one, else its day: orders two accounts of one moment
#   moment     the day the figure describes, from alignment: its stated day (a year written
#              beside it), else its document's news day; a running count that states none
#              takes the day alignment assumed for its subject; else the publication day
#   series     from alignment, for cumulative counts only (deaths, evacuees, damage…): the
#              subject without its day, shared by the figures of every day; "" otherwise
#   owner      whose figure it is, when the clause says ("Meta's fine" → Meta), or ""
#   part_of    "" or the claim_id of the figure this one is a part of ("250, of which 120")
EXTRA_CLAIM_COLUMNS: tuple[str, ...] = (
    "subject_evidence",
    "kind",
    "scale",
    "scope",
    "items",
    "ambiguity",
    "sentence",
    "day_from",
    "case",
    "published_at",
    "moment",
    "series",
    "owner",
    "part_of",
    "source_role",
)

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "about",
    "more_than",
    "at_least",
    "fewer_than",
    "at_most",
    "range",
    "nearly",  # nearly / almost / quasi / presque / just under → [0.9·X, X]
    "vague",  # "dozens", "des centaines", "tens of thousands" → a wide documented interval
)

LANGUAGES: tuple[str, ...] = ("fr", "en", "it")

SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
FAIL_ON: tuple[str, ...] = (*SEVERITIES, "never")


def at_or_above(severity: str, fail_on: str) -> bool:
    """Whether a finding of `severity` fails a run with `--fail-on fail_on` ("never": none).

    An unknown severity counts as an error: a finding nobody can rank must not pass silently.

    >>> at_or_above("warning", "info"), at_or_above("info", "warning"), at_or_above("error", "never")
    (True, False, False)
    """
    if fail_on == "never":
        return False
    rank = SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES) - 1
    return rank >= SEVERITIES.index(fail_on)


REVIEW_STATUSES: tuple[str, ...] = ("open", "confirmed", "dismissed", "corrected", "follow-up")

# Exit codes (DESIGN §8, contract).
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3

# Keys of each claim inside a finding (DESIGN §8, contract).
FINDING_CLAIM_KEYS: tuple[str, ...] = (
    "claim_id",
    "doc",
    "source",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "currency",
    "unit",
    "thing",
    "concept",
    "group",
)

# Columns of the findings table (one row per finding) that `check()` returns; findings.json
# holds the same objects (DESIGN §8 keys first, then ours).
#   id          stable fingerprint (rule, subject, group labels)
#   evidence    hash of the claims involved: "known finding, new evidence" when it changes
#   subject     the alignment subject the finding is about (id); subject_label its readable name
#   about       {"concept", "scope", "refers_to"} the subject was built from
#   claims      list of dicts with FINDING_CLAIM_KEYS (+ "quote", "publisher", "qualifier")
#   review      {"status", "note", "reviewer", "updated", "history", "evidence_changed"}
FINDING_COLUMNS: tuple[str, ...] = (
    "id",
    "rule",
    "severity",
    "message",
    "explanation",
    "claims",
    "review",
    "evidence",
    "subject",
    "subject_label",
    "about",
)
