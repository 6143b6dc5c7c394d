"""Names in headlines cut from the headline words title case ran into them (real headlines
and bodies; sources named per case)."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.rules import tracing
from tests.conftest import separate_articles


@pytest.mark.parametrize(
    ("texts", "cut"),
    [
        # ECB+ train (1_4ecbplus headline, 1ecbplus body): "Checks" beside "checked".
        (
            (
                "Lindsay Lohan Checks Into Rehab, Checks Out Two Minutes Later\n"
                "That's exactly what LiLo's lawyer Mark Heller did in court this morning.",
                "Lindsay Lohan checked into California's Betty Ford Center rehab facility late "
                "Thursday, dodging arrest after whirlwind confusion surrounding the actress' "
                "whereabouts, sources told the Daily News.",
            ),
            "Lindsay Lohan",
        ),
        # ECB+ train (4_11ecbplus): "Dies" beside "has died".
        (
            (
                "Legendary Aquatic Musical Star Esther Williams Dies At 91\n"
                "Championship swimmer-turned-legendary Hollywood actress Esther Williams has "
                "died.",
            ),
            "Esther Williams",
        ),
        # AllSides (5624, Newsweek): "Bans" beside "banning".
        (
            (
                "Texas Governor Greg Abbott Bans Vaccine Mandates By Any Company or Person\n\n"
                "Governor Greg Abbott issued an executive order on Monday banning vaccine "
                "mandates by any company or person in the state of Texas.",
            ),
            "Greg Abbott",
        ),
    ],
)
def test_a_headline_name_is_cut_at_a_verb(parse_text, texts, cut):
    with tracing() as trace:
        index = extract_actors(separate_articles(parse_text, *texts))
    assert f"cut to {cut}" in {d.outcome for d in trace.by("headline_name_cut")}
    card = index.actor(cut)
    headline_end = texts[0].index("\n")
    assert card is not None and any(
        e.source == "s1" and e.end <= headline_end for e in card.evidence
    )
    assert not [a.name for a in index.actors if a.name.startswith(f"{cut} ")]


@pytest.mark.parametrize(
    "texts",
    [
        # ECB+ train (9ecbplus): the name runs into a noun, not a verb: one body's name.
        (
            "Obama Administration Flips Bush Endangered Species Ruling\n"
            "The Obama administration said Tuesday it was overturning a rule change made in "
            "the final weeks of the Bush presidency.",
        ),
    ],
)
def test_a_headline_name_before_a_noun_stays_whole(parse_text, texts):
    with tracing() as trace:
        extract_actors(separate_articles(parse_text, *texts))
    assert not trace.by("headline_name_cut")


@pytest.mark.parametrize(
    ("texts", "fragment"),
    [
        # ECB+ train (16_5ecbplus: its headline and a later line): "Kills" beside "killed".
        (
            (
                "Gunman Kills L. A. Deputy on Gang Duty\n"
                '"There might have been two people killed," he said.',
            ),
            "Gunman Kills L. A. Deputy",
        ),
        # AllSides (5651, WSJ headline and body; the Washington Post's headline and body):
        # "Leaves" beside "leaves".
        (
            (
                "Explosion at Kabul Mosque Leaves Several Civilians Dead, Taliban Say\n\n"
                "A bomb attack targeting the funeral prayer service for the mother of the "
                "Taliban’s chief spokesman killed at least three people in Kabul’s main mosque "
                "Sunday afternoon.",
                "Bombing outside Kabul’s main mosque leaves at least 2 dead, Taliban says\n\n"
                "A bombing outside Kabul’s main mosque killed at least two Afghan civilians and "
                "left others wounded, the Taliban says.",
            ),
            "Kabul Mosque Leaves Several Civilians Dead",
        ),
        # AllSides develop (5730, NPR): a verb and its object's article, a body noun after
        (
            (
                "Federal Health Officials Want The White House To Slow Its COVID Booster Shot "
                "Rollout\n\nThe leaders of two federal health agencies are urging the White House "
                "to rethink its plan to roll out COVID-19 vaccine boosters starting Sept. 20.",
                "Officials said they want more data.",
            ),
            "Federal Health Officials Want The White House",
        ),
    ],
)
def test_a_headline_fragment_is_no_actor(parse_text, texts, fragment):
    with tracing() as trace:
        index = extract_actors(separate_articles(parse_text, *texts))
    assert fragment in {d.subject for d in trace.by("headline_fragment")}
    assert fragment not in {a.name for a in index.actors}
