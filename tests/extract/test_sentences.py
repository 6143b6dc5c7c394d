"""Sentence starts in scraped copy that glued a headline or caption to its story."""

from __future__ import annotations

import pytest

from briefgen.extract.rules import tracing
from briefgen.nlp import load_pipeline

# Timeline17 (BBC, Washington Post; research data): headlines and captions run into the story.
GLUED = [
    (
        "Michael Jackson headboard withdrawn from auction The value of Michael Jackson "
        "memorabilia has increased since his death in 2009 The headboard from the bed in which "
        "Michael Jackson died has been withdrawn from auction at the request of his family.",
        [
            "Michael Jackson headboard withdrawn from auction",
            "The value of Michael Jackson memorabilia has increased since his death in 2009",
            "The headboard from the bed in which Michael Jackson died has been withdrawn from "
            "auction at the request of his family.",
        ],
    ),
    (
        "Oil has been gushing out of the blown-out well for almost a month The first oil from "
        "the Gulf of Mexico spill has entered an ocean current.",
        [
            "Oil has been gushing out of the blown-out well for almost a month",
            "The first oil from the Gulf of Mexico spill has entered an ocean current.",
        ],
    ),
    (
        "Oil leak is stopped for first time since April 20 blowout The gusher is gone.",
        ["Oil leak is stopped for first time since April 20 blowout", "The gusher is gone."],
    ),
    (
        "David Cameron is facing calls from some newspapers to take action The pressure on "
        "David Cameron over the BP oil spill may not be as intense as it is.",
        [
            "David Cameron is facing calls from some newspapers to take action",
            "The pressure on David Cameron over the BP oil spill may not be as intense as it is.",
        ],
    ),
]

# One sentence each: a name that begins with "The", a title, "I" (PolNeAR: The Nation,
# Politico; Timeline17: BBC).
WHOLE = [
    "It was a forum hosted by the advocacy group Fair Immigration Reform Movement and the "
    "magazine The Nation.",
    "A United Nations tribunal in The Hague is expected to rule soon on a case brought by the "
    "Philippines.",
    "Decker is co-author of the upcoming book The Conservative Case for Trump.",
    "The band are currently touring their critically acclaimed new album The English Riviera "
    "and getting ready to set the summer festivals alight.",
    "Sanders tells reporters that if there is a large turnout I think we are going to do just "
    "fine.",
]


@pytest.mark.parametrize(("text", "sentences"), GLUED)
def test_a_glued_headline_or_caption_is_a_sentence_of_its_own(
    text: str, sentences: list[str]
) -> None:
    assert [s.text for s in load_pipeline()(text).sents] == sentences


@pytest.mark.parametrize("text", WHOLE)
def test_a_capitalised_name_or_i_does_not_start_a_sentence(text: str) -> None:
    assert [s.text for s in load_pipeline()(text).sents] == [text]


def test_the_pipeline_runs_the_component_between_tagger_and_parser() -> None:
    names = load_pipeline().pipe_names
    assert names.index("tagger") < names.index("briefgen_glued_sentences") < names.index("parser")


def test_a_brief_records_each_start_the_rule_made() -> None:
    from tests.extract.test_rules import brief_example

    with tracing() as trace:
        brief_example(GLUED[0][0])
    starts = [d.subject for d in trace.decisions if d.rule == "glued_sentence"]
    assert starts == ["The value of Michael Jackson memorabilia", "The headboard from the bed in"]
