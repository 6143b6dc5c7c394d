"""Times named without a number or a calendar word (vague_rules.py), on real sentences of
TimeBank (develop) and PolNeAR (train), with the value TimeML gives them and the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates


@pytest.mark.parametrize(
    ("source", "anchor", "sentence", "expression", "value", "kind", "made_by"),
    [
        ("timebank ed980111.1130.0089", dt.date(1998, 1, 11),
         "In Maine, about a half million people still don't have power and they're going to "
         "have to live without it for a while.", "a while", "PXX", "DURATION",
         "unmeasured_period"),
        ("timebank AP900816-0139", dt.date(1990, 8, 16),
         "``We're there to stay for a fairly lengthy period.''", "a fairly lengthy period", "PXX",
         "DURATION", "unmeasured_period"),
        ("polnear usa-today_2016-06-17", dt.date(2016, 6, 17),
         "Even so, the police held Abballa for a while.", "a while", "PXX", "DURATION",
         "unmeasured_period"),
        ("timebank AP900815-0044", dt.date(1990, 8, 15),
         "``I don't think that his majesty would be traveling at this crucial moment if the "
         "Iraqi leadership did not have a rational approach to the future.''",
         "this crucial moment", "PRESENT_REF", "DATE", "present_moment"),
        ("polnear wash-post_2016-01-31", dt.date(2016, 1, 31),
         "At this moment, Rubio is seen as the candidate with the best chance to emerge from the "
         "establishment lane.", "this moment", "PRESENT_REF", "DATE", "present_moment"),
    ],
)  # fmt: skip
def test_vague_time_is_valued(parse_text, source, anchor, sentence, expression, value, kind,
                              made_by):  # fmt: skip
    found = {d.text: d for d in extract_dates(parse_text(sentence, anchor))}
    assert expression in found, (source, sorted(found))
    date = found[expression]
    assert (date.value, date.type, date.why[-1]) == (value, kind, made_by), source


def test_a_while_not_measured_by_for_is_no_time(parse_text):
    # polnear breitbart_2016-03-15: "every once in a while" says how often, not how long
    sentence = (
        "To that, Kasich joked that he appreciates a good, “peaceful protest every once in a "
        "while” since he went to college in the 1970’s."
    )
    dates = extract_dates(parse_text(sentence, dt.date(2016, 3, 15)))
    assert not any(d.why[-1] == "unmeasured_period" for d in dates)
