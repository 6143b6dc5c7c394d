"""The review edits on real briefs: the seed and the MEANTIME airbus cluster (table-driven)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefgen.model import Brief
from briefgen.review.edits import Edit, EditRefused, apply_edit


def run(brief: Brief, *edits: tuple[str, dict[str, str]]) -> Brief:
    for op, args in edits:
        brief = apply_edit(brief, Edit(op, args))
    return brief


def actor(brief: Brief, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in brief.actors if a.name == name)


Check = Callable[[Brief, Brief], bool]  # (before, after) -> the edit did what it should
SEED_CASES: list[tuple[str, list[tuple[str, dict[str, str]]], Check]] = [
    (
        "drop a quote",
        [("drop", {"section": "quotes", "index": "1"})],
        lambda b, a: a.quotes[1].dropped and a.quotes[0] == b.quotes[0],
    ),
    (
        "drop and restore an actor",
        [
            ("drop", {"section": "actors", "index": "3"}),
            ("restore", {"section": "actors", "index": "3"}),
        ],
        lambda b, a: a == b,
    ),
    (
        "a reviewer's note, then none",
        [("note", {"section": "summary", "index": "0", "text": "  check with the desk "})],
        lambda b, a: a.summary[0].note == "check with the desk",
    ),
    (
        "edit a bullet's text: its evidence stays",
        [("text", {"section": "summary", "index": "0", "text": "Talks in Istanbul failed."})],
        lambda b, a: (
            a.summary[0].text == "Talks in Istanbul failed."
            and a.summary[0].evidence == b.summary[0].evidence
        ),
    ),
    (
        "edit a timeline event's phrase",
        [("text", {"section": "timeline", "index": "0", "text": "Talks collapse"})],
        lambda b, a: a.timeline[0].event == "Talks collapse",
    ),
    (
        # "Intelligence reports in Islamabad" said it: set the speaker to the minister
        "set a quote's speaker to an actor",
        [("speaker", {"section": "quotes", "index": "11", "speaker": "Attaullah Tarar"})],
        lambda b, a: a.quotes[11].speaker == "Attaullah Tarar",
    ),
    (
        "set a quote's speaker as written, no actor",
        [("speaker", {"section": "quotes", "index": "0", "speaker": "a foreign ministry  aide"})],
        lambda b, a: (
            a.quotes[0].speaker is None and a.quotes[0].source_text == "a foreign ministry aide"
        ),
    ),
    (
        "rename an actor: its quotes follow, the old name becomes an alias",
        [("actor", {"name": "Attaullah Tarar", "new_name": "Atta Tarar", "role": "Minister"})],
        lambda b, a: (
            actor(a, "Atta Tarar").role == "Minister"
            and "Attaullah Tarar" in actor(a, "Atta Tarar").aliases
            and sum(q.speaker == "Atta Tarar" for q in a.quotes)
            == sum(q.speaker == "Attaullah Tarar" for q in b.quotes)
            > 0
        ),
    ),
    (
        "set an actor's type",
        [("actor", {"name": "Taliban", "type": "organization"})],
        lambda b, a: actor(a, "Taliban").type == "organization",
    ),
    (
        "merge two actors",
        [("merge", {"name": "Taliban", "into": "Afghanistan"})],
        lambda b, a: (
            len(a.actors) == len(b.actors) - 1
            and {"Taliban", "Afghan Taliban"} <= set(actor(a, "Afghanistan").aliases)
            and actor(a, "Afghanistan").mentions
            == actor(b, "Afghanistan").mentions + actor(b, "Taliban").mentions
        ),
    ),
    (
        "merge a speaker, then split the merge: each quote is its own speaker's again",
        [
            ("merge", {"name": "Attaullah Tarar", "into": "Pakistan"}),
            ("split", {"name": "Attaullah Tarar", "into": "Pakistan"}),
        ],
        lambda b, a: (
            sorted(a.actors, key=lambda x: x.name) == sorted(b.actors, key=lambda x: x.name)
            and a.quotes == b.quotes
        ),
    ),
    (
        "move a bullet up",
        [("move", {"index": "2", "step": "-1"})],
        lambda b, a: a.stories[0].summary == [0, 2, 1, 3, 4],
    ),
    (
        "pin a bullet",
        [("pin", {"index": "3", "on": "1"})],
        lambda b, a: a.summary[3].pinned and not a.summary[2].pinned,
    ),
]


@pytest.mark.parametrize(("name", "edits", "check"), SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_seed_edits(name: str, edits: list, check: Check, seed_brief: Brief) -> None:
    assert check(seed_brief, run(seed_brief, *edits))


AIRBUS_CASES: list[tuple[str, list[tuple[str, dict[str, str]]], Check]] = [
    (
        "rename a company: its outlook statements follow",
        [("actor", {"name": "Boeing", "new_name": "The Boeing Company"})],
        lambda b, a: (
            [o.speaker for o in a.outlook].count("The Boeing Company")
            == [o.speaker for o in b.outlook].count("Boeing")
            > 0
        ),
    ),
    (
        "merge 'Air Force' into 'United States Air Force', then split it",
        [
            ("merge", {"name": "Air Force", "into": "United States Air Force"}),
            ("split", {"name": "Air Force", "into": "United States Air Force"}),
        ],
        lambda b, a: (
            sorted(a.actors, key=lambda x: x.name) == sorted(b.actors, key=lambda x: x.name)
        ),
    ),
    (
        "drop a key quote: it stays in the JSON, flagged",
        [("drop", {"section": "quotes", "index": "68"})],
        lambda b, a: a.quotes[68].dropped and a.key_quotes == b.key_quotes,
    ),
]


@pytest.mark.parametrize(("name", "edits", "check"), AIRBUS_CASES, ids=[c[0] for c in AIRBUS_CASES])
def test_airbus_edits(name: str, edits: list, check: Check, airbus_brief: Brief) -> None:
    assert check(airbus_brief, run(airbus_brief, *edits))


REFUSED = [
    (("frobnicate", {}), "unknown edit"),
    (("drop", {"section": "dates", "index": "0"}), "is not one of"),
    (("drop", {"section": "quotes", "index": "999"}), "no such item"),
    (("drop", {"section": "quotes", "index": "one"}), "not a number"),
    (("drop", {"section": "quotes"}), "missing 'index'"),
    (("text", {"section": "summary", "index": "0", "text": "  "}), "cannot be empty"),
    (("actor", {"name": "Qatar", "new_name": "Turkey"}), "merge the two instead"),
    (("actor", {"name": "Qatar", "type": "planet"}), "is not one of"),
    (("actor", {"name": "Nobody"}), "there is no actor"),
    (("merge", {"name": "Qatar", "into": "Qatar"}), "into itself"),
    (("split", {"name": "Qatar", "into": "Turkey"}), "was not merged"),
    (("move", {"index": "0", "step": "-1"}), "already at that end"),
    (("move", {"index": "0", "step": "5"}), "is not -1 or 1"),
]


@pytest.mark.parametrize(("edit", "reason"), REFUSED, ids=[r[1] for r in REFUSED])
def test_refused_edits_say_why(
    edit: tuple[str, dict[str, str]], reason: str, seed_brief: Brief
) -> None:
    with pytest.raises(EditRefused, match=reason):
        apply_edit(seed_brief, Edit(*edit))


def test_the_model_refuses_what_it_would_refuse_in_render(seed_brief: Brief) -> None:
    """An edit that breaks a model constraint is refused with the field: an empty actor name."""
    with pytest.raises(EditRefused, match=r"actors\.\d+\.name"):
        apply_edit(seed_brief, Edit("actor", {"name": "Qatar", "new_name": "  "}))


def test_a_pinned_bullet_leads_and_unpinned_ones_cannot_pass_it(seed_brief: Brief) -> None:
    pinned = run(seed_brief, ("pin", {"index": "3", "on": "1"}))
    with pytest.raises(EditRefused, match="pinned bullets lead"):
        apply_edit(pinned, Edit("move", {"index": "0", "step": "-1"}))
    assert run(pinned, ("move", {"index": "0", "step": "1"})).stories[0].summary == [1, 0, 2, 3, 4]


def test_edits_never_delete_items(any_brief: Brief) -> None:
    """Every droppable item can be dropped and the lists keep their lengths (tabs agree)."""
    edited = run(any_brief, *[("drop", {"section": "quotes", "index": str(i)}) for i in range(3)])
    assert len(edited.quotes) == len(any_brief.quotes)
    assert [q.dropped for q in edited.quotes[:3]] == [True, True, True]
