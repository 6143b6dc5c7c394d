"""Relative dates no date mention values are marked unresolved in prose, by their words."""

from __future__ import annotations

import pytest

from briefgen.extract.unvalued_dates import unvalued_relative_marked
from briefgen.model import Evidence

EVIDENCE = Evidence(source="s1", start=0, end=1)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # MEANTIME (Apple): the tagger took "several months" as an amount of time.
        ("Mac OS X Lion was announced at a different Apple event several months ago and will "
         "replace Mac OS X Snow Leopard.",
         "Mac OS X Lion was announced at a different Apple event several months ago (date "
         "unresolved) and will replace Mac OS X Snow Leopard."),
        # ECB+ (train): a night counted from the day named before it.
        ("On Tuesday (19 March 2013), police could be seen inside a Rite Aid store where, the "
         "night before, a group rampaged.",
         "On Tuesday (19 March 2013), police could be seen inside a Rite Aid store where, the "
         "night before (date unresolved), a group rampaged."),
        # Timeline17 (BP, BBC): inside a quotation the mark is bracketed.
        ('"There is more doubt in my mind than there was a week ago," Weiss said.',
         '"There is more doubt in my mind than there was a week ago [date unresolved]," Weiss '
         "said."),
        # AllSides (first half): a step and a unit the tagger did not value.
        ("The data was shared earlier this month.",
         "The data was shared earlier this month (date unresolved)."),
        # Seed: a date already shown stays as it is.
        ("Tarar confirmed on Wednesday (29 October 2025) that the talks had failed.",
         "Tarar confirmed on Wednesday (29 October 2025) that the talks had failed."),
        # Timeline17 (BP, BBC): the date written out after the weekday.
        ("BP plugs the leak Monday 20 September 2010.", "BP plugs the leak Monday 20 September "
         "2010."),
        # PolNeAR (train), TimeBank: a day that recurs names no date.
        ("And yet every Friday, from 8 a.m. to noon, Fiorina would lead a meeting.",
         "And yet every Friday, from 8 a.m. to noon, Fiorina would lead a meeting."),
        ("Two new flights would leave Bombay on Monday and Tuesday nights from March 30.",
         "Two new flights would leave Bombay on Monday and Tuesday nights from March 30."),
        # PolNeAR (train): a programme's name is no date.
        ("An appearance on CBS This Morning", "An appearance on CBS This Morning"),
        # AllSides (first half, allsides_5785, Axios) and TimeBank (VOA19980303.1600.2745):
        # a period up to or on from the report's day is an amount of time.
        ("The number of people who identify as Native American or Alaska Native alone grew by "
         "27.1% to 3.7 million people over the last decade, according to the U.S. Census.",
         "The number of people who identify as Native American or Alaska Native alone grew by "
         "27.1% to 3.7 million people over the last decade, according to the U.S. Census."),
        ("A new report says there has been a dramatic rise in the growth of hate groups in the "
         "United States over the past year.",
         "A new report says there has been a dramatic rise in the growth of hate groups in the "
         "United States over the past year."),
        # ECB+ train (6_3ecb): "in" a coming period says when something happens: a date.
        ("Production on NEW MOON is scheduled to begin in the coming months and the studio is "
         "planning to release the film towards the end of 2009 or early 2010.",
         "Production on NEW MOON is scheduled to begin in the coming months (date unresolved) "
         "and the studio is planning to release the film towards the end of 2009 or early 2010."),
        # An amount of time counted from an event the phrase names is placed by it.
        ("Two days before the vote, the group met.", "Two days before the vote, the group met."),
    ],
)  # fmt: skip
def test_unvalued_relative_marked(text, marked):
    assert unvalued_relative_marked(text, EVIDENCE) == marked
