"""Sources of English shapes: lists of givers, bare figures before a passive, bare generic
actors, bodies revising their own count.

Every case is a sentence written for this test, with invented names; the assertion is the
source of each figure as `extract_document` gives it (the publisher when no one is named).
"""

from __future__ import annotations

import pytest

from sourcecheck.extract import Lexicons, extract_document

LEX = Lexicons.load()


def sources(body: str, lang: str, publisher: str = "Wire") -> dict[str, str]:
    """Figure as written → its source."""
    doc = {"doc": "x", "body": body, "lang": lang, "publisher": publisher, "published": None}
    return {c["text"]: c["source"] for c in extract_document(doc, LEX)}


def check(body: str, lang: str, expected: dict[str, str]) -> None:
    got = sources(body, lang)
    assert {k: got.get(k) for k in expected} == expected


# A list of givers copies its first verb: each name after a comma gives the figure right
# after it, an amount's sign included; an apposition set off by commas gives nothing.
@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "en",
            "The European Union pledged €540 million, Norland $270 million, Kestria €95 million "
            "and the Orvel Foundation 40 million.",
            {
                "€540 million": "European Union",
                "$270 million": "Norland",
                "€95 million": "Kestria",
                "40 million": "Orvel Foundation",
            },
        ),
        (
            "fr",
            "L'Union européenne a annoncé 540 millions d'euros, le Royaume de Norland 270 "
            "millions de dollars et la Kestrie 95 millions d'euros.",
            {
                "270 millions de dollars": "Royaume de Norland",
                "95 millions d'euros": "Kestrie",
            },
        ),
        (
            "en",
            "Turnout reached 40% at noon. In the county town, Tarnby, 61.2% of voters cast "
            "a ballot.",
            {"61.2%": "Wire"},
        ),
    ],
)
def test_list_of_givers(lang, body, expected):
    check(body, lang, expected)


# A bare figure after a determiner, then a passive of saying: the participle is no noun the
# figure counts, its agent gave the figure; a bare count before an action's passive is what
# was done, the writer's account.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cancellations fell to 900, well under the 2,300 put forward by the Ostrava Airport "
            "Authority.",
            {"900": "Wire", "under the 2,300": "Ostrava Airport Authority"},
        ),
        (
            "The tally stood at 700 on Monday, short of the 950 counted by the Quillon Growers "
            "Union.",
            {"700": "Wire", "950": "Quillon Growers Union"},
        ),
        (
            "Rescuers pulled 300 people from the river; 40 evacuated by firefighters were treated.",
            {"300": "Wire", "40": "Wire"},
        ),
    ],
)
def test_bare_figure_before_a_passive(body, expected):
    check(body, "en", expected)


# A body that revises its own count gives the new one.
def test_revised_tally():
    check(
        "Harbin Port Authority said 30 ships were stranded. Harbin Port Authority later revised "
        "its tally of stranded ships to 42.",
        "en",
        {"42": "Harbin Port Authority"},
    )


# English drops the article of a body known by its function: "management" after a colon is
# the company the story names, as it is opening its sentence or after a comma.
def test_bare_management_after_a_colon():
    check(
        "Dunmore Foods plans to close its Kelso plant. At the plant the count is disputed: "
        "management gives 275 cuts, the unions 390.",
        "en",
        {"275": "Dunmore Foods"},
    )


# (English) Of two generic nouns in a row, the last is the compound's head and names the
# body: "the public works ministry" is a ministry, not "the public works".
def test_compound_head_names_the_body():
    got = sources(
        "About 24% of staff were on strike at noon, the public works ministry said, including "
        "31% of teachers.",
        "en",
    )
    assert (got["About 24%"], got["31%"]) == ("Public Works Ministry", "Public Works Ministry")


# A figure that is the object of a speaker's verb in a relative clause after it is the
# speaker's ("the €6.1 billion the agency says is needed"); a speaker inside the counted
# noun says nothing of it ("700 police officers said").
def test_object_of_a_relative_clause():
    check(
        "Donors gave €2.3 billion on Friday, well short of the €6.1 billion the Orvel "
        "Foundation says is needed this year. Norland plans to create the 3,000 jobs that "
        "Kestria Energy says the region needs. More than 700 police officers said they had "
        "been attacked.",
        "en",
        {
            "€6.1 billion": "Orvel Foundation",
            "3,000": "Kestria Energy",
            "More than 700": "Wire",
        },
    )


# Patients are a toll: a sentence that names no one goes on with the source of the one
# before it in its paragraph.
def test_patients_go_on_with_the_last_source():
    check(
        "A boy died in hospital in Tarnby on Friday, the Orvel Health Agency said. Nineteen "
        "patients have been admitted since May.",
        "en",
        {"Nineteen": "Orvel Health Agency"},
    )
    # the counts after such a toll in its sentence go on with it too
    check(
        "A boy died in hospital in Tarnby on Friday, the Orvel Health Agency said. Nineteen "
        "patients have been admitted since May, and 5 pupils were kept in hospital on "
        "Sunday, down from 8 on Friday.",
        "en",
        {"5": "Orvel Health Agency", "8": "Orvel Health Agency"},
    )


# A subject that undergoes its figure ("has received", "has suffered") gives nothing: the
# writer reports what happened to it.
def test_undergone_figures_are_the_writers():
    check(
        "The region has received 190 mm of rain since January. The Orvel group has suffered "
        "40 cancellations this week.",
        "en",
        {"190 mm": "Wire", "40": "Wire"},
    )


# English bodies named whole. Someone who speaks for a body named by a description with a
# capitalised modifier speaks for that whole body, named as it is without the spokesperson,
# never by its first word ("Dorvik", a fragment); a body before the spokesperson's noun is
# named with its modifiers. An office held in a body named before "'s" speaks, as written
# with its body (stated, never the publisher's). "the agency" after a body described without
# a name ("the national weather agency said") is that body as written: a name inside the
# description ("civil protection") is one of its words, and a named body said later wins.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A spokeswoman for the Dorvik regional council said 35 homes were flooded.",
            {"35": "the Dorvik regional council"},
        ),
        (
            "A spokesman for the Norwegian government said 35 homes were flooded.",
            {"35": "the Norwegian government"},
        ),
        (
            "Officials at the Dorvik hospital said 14 patients were treated.",
            {"14": "the Dorvik hospital"},
        ),
        (
            "Some 14 patients were treated, a regional health authority spokesman said.",
            {"Some 14": "regional health authority"},
        ),
        ("A Dorvik council spokesman said 14 homes were flooded.", {"14": "Dorvik council"}),
        (
            "A spokeswoman for Kestrel Airways said 14 flights were cancelled.",
            {"14": "Kestrel Airways"},
        ),
        (
            "Kestrel Airways cut 300 jobs. Revenue will reach 4 billion euros, the airline's "
            "chief executive told reporters.",
            {"4 billion euros": "the airline's chief executive"},
        ),
        (
            "Revenue will reach 4 billion euros, Kestrel's chief financial officer said.",
            {"4 billion euros": "Kestrel's chief financial officer"},
        ),
        (
            "The company's finance director said revenue would reach 4 billion euros.",
            {"4 billion euros": "the company's finance director"},
        ),
        (
            "Some 1,870 homes were damaged, the national civil protection agency said. Nearly "
            "2,640 people slept in tents, according to the agency.",
            {"Nearly 2,640": "the national civil protection agency"},
        ),
        (
            "Some 1,870 homes were damaged, the regional health authority said. Some 2,640 "
            "people were treated, according to the authority.",
            {"Some 2,640": "the regional health authority"},
        ),
        (
            "Some 1,870 homes were damaged, the national weather agency said. The Pellmore "
            "Forestry Agency said 30 fires burned. Some 2,640 people were evacuated, according "
            "to the agency.",
            {"Some 2,640": "Pellmore Forestry Agency"},
        ),
    ],
)
def test_english_bodies_named_whole(body, expected):
    check(body, "en", expected)


# A relative clause of what a body does ("which posted sales of …") inside what a speaker
# said ("…, X told journalists, noting that the company, which …") is the speaker's figure;
# alone, it is still the body's.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The strike will cost Kestrel about $1.7 million a week, chief executive Tomas Brekke "
            "told journalists, noting that the company, which posted sales of 6.9 million euros "
            "in 2024, could not afford it.",
            {"6.9 million euros": "Tomas Brekke"},
        ),
        (
            "Kestrel Airways, which posted sales of 6.9 million euros in 2024, cut 300 jobs.",
            {"6.9 million euros": "Kestrel Airways"},
        ),
    ],
)
def test_a_relative_of_a_body_acting_yields_to_a_speaker(body, expected):
    check(body, "en", expected)


# A committee is an organisation's generic noun: as written with its modifiers, or the
# committee the document named.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Roughly 135,000 fans watched along the course, according to the organising committee.",
            {"Roughly 135,000": "the organising committee"},
        ),
        (
            "The Dorvik Marathon Committee said 135,000 fans watched along the course. Some 400 "
            "volunteers helped, the committee said.",
            {"Some 400": "Dorvik Marathon Committee"},
        ),
    ],
)
def test_a_committee_speaks(body, expected):
    check(body, "en", expected)


# English bodies and offices named by a possessive or an office alone. An office after a
# body's possessive is owned by the whole name ("the Marrowick Transport Authority's
# director", not "Authority's"); one who speaks for a body is that body, a name even where it
# opens the sentence; an office that holds a post stays as written. "The mayor's office" is
# the town's (its town hall once the town is named), "the coroner" speaks as written, a body
# a capitalised name owns is that name's ("Selbury's refugee agency"), and a national body
# after the possessive of a country no list knows is that country's own ("Esmoria's interior
# ministry" is not France's ministère de l'Intérieur; a force every country has stays itself).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Marrowick Transport Authority's spokesman said 40 stations were closed.",
         {"40": "Marrowick Transport Authority"}),
        ("The Marrowick Transport Authority's director said 40 stations were closed.",
         {"40": "Marrowick Transport Authority"}),
        ("Selbury's spokeswoman said 40 stations were closed.", {"40": "Selbury"}),
        ("Selbury Rail's chief executive said 40 stations were closed.",
         {"40": "Selbury Rail's chief executive"}),
        ("Revenue will reach 4 billion euros, Selbury Rail's chief financial officer said.",
         {"4 billion euros": "Selbury Rail's chief financial officer"}),
        ("The mayor's office said 40 homes were evacuated.", {"40": "the mayor's office"}),
        ("Floods hit the town of Selbury. The mayor's office said 40 homes were evacuated.",
         {"40": "Selbury Town Hall"}),
        ("The coroner said 40 people died.", {"40": "the coroner"}),
        ("Selbury's refugee agency said 40 people were sheltered.",
         {"40": "Selbury's refugee agency"}),
        ("The UN's refugee agency said 40 people were sheltered.",
         {"40": "the UN's refugee agency"}),
        ("Esmoria's interior ministry said 40 migrants landed.",
         {"40": "Esmoria's interior ministry"}),
        ("France's interior ministry said 40 migrants landed.",
         {"40": "ministère de l'Intérieur"}),
        ("Esmoria's police said 40 migrants landed.", {"40": "police"}),
    ],
)  # fmt: skip
def test_english_possessives_and_offices(body, expected):
    check(body, "en", expected)
