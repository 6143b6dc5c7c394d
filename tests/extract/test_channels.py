"""Channels: platforms and news outlets named as where something was said are no actors;
one that acts is."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # Seed: a platform the minister wrote on.
        ("“We will decimate the terrorists,” Tarar wrote on X. He added that talks failed.", "X"),
        # MEANTIME apple: an outlet as the source of a report ...
        (
            "According to The New York Times, who first broke the news about Papermaster's "
            "departure, an anonymous individual said he had been pushed out.",
            "New York Times",
        ),
        (
            "Citing people familiar with the situation, The Wall Street Journal reported that "
            "Papermaster had been pushed out due to an incompatibility with Apple's culture.",
            "Wall Street Journal",
        ),
        # ... MEANTIME gm: as who was told ...
        (
            '"I am absolutely delighted that General Motors have finally done the right thing '
            'for them and for us," he told the BBC.',
            "BBC",
        ),
        # ... MEANTIME airbus: and described as a magazine, citing documents.
        (
            "German magazine Der Spiegel cited confidential documents from engine maker "
            "Europrop in a report.",
            "Der Spiegel",
        ),
    ],
)
def test_an_outlet_named_as_a_channel_is_no_actor(parse_text, text, channel):
    assert channel not in {actor.name for actor in extract_actors([parse_text(text)]).actors}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A platform that acts is an actor (January 2021), though the model calls it a person.
        ("Twitter suspended the account of President Donald Trump on Friday.", "Twitter"),
        # An outlet that sues is an actor.
        (
            "The New York Times sued OpenAI and Microsoft for copyright infringement on Wednesday.",
            "New York Times",
        ),
        # MEANTIME gm: a person whose name ends in a media word is no outlet.
        (
            '"It\'s too early," said the vice president and chairman of Chrysler LLC Jim Press. '
            "Press said the company would need more time.",
            "Jim Press",
        ),
    ],
)
def test_an_outlet_that_acts_and_a_person_stay_actors(parse_text, text, actor):
    assert actor in {a.name for a in extract_actors([parse_text(text)]).actors}
