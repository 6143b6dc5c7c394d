"""Times named without a number or a calendar word, and steps from the time the text named
(vague_rules.py), on real sentences of TimeBank (develop), MEANTIME and PolNeAR (train), with
the value TimeML gives them and the rule."""

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
        # a step counted from the year or month the text last named
        ("polnear breitbart_2016-03-15", dt.date(2016, 3, 15),
         "President Barack Obama won the state in 2008 but lost it to Mitt Romney four years "
         "later.", "four years later", "2012", "DATE", "periods_later"),
        ("meantime 287096 (apple)", dt.date(2011, 10, 6),
         "He started Apple in 1976, and in 1984 the first Macintosh personal computer was "
         "released to the public. One year later he was fired from the company and he founded "
         "NeXT.", "One year later", "1985", "DATE", "periods_later"),
        ("meantime 128016 (airbus)", dt.date(2009, 6, 18),
         "The planes are expected to start delivering in 2011 and end two years later.",
         "two years later", "2013", "DATE", "periods_later"),
        # a step no point can be counted from is its amount of time
        ("timebank ABC19980114.1830.0611", dt.date(1998, 1, 14),
         "But a minute and a half later, a pilot from a nearby flight calls in.",
         "a minute and a half later", "PT1M30S", "DURATION", "amount_of_step"),
        ("timebank wsj_0786", dt.date(1989, 10, 27),
         "A few days later, American Medical announced sharply lower earnings, taking charges of "
         "$24 million for insurance reserves and canceled real estate leases.",
         "A few days later", "PXD", "DURATION", "amount_of_step"),
        ("polnear breitbart_2016-02-20", dt.date(2016, 2, 20),
         "A few minutes later they reversed themselves, rushed everyone inside the room and "
         "said they will register voters while the caucus is under way.", "A few minutes later",
         "PTXM", "DURATION", "amount_of_step"),
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
