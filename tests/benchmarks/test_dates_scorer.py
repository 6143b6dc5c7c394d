"""The dates benchmark's scorer: relaxed and strict spans, values and types, per TimeML type."""

from __future__ import annotations

import pytest

from benchmarks.dates import Score, score

# TimeBank, ABC19980108.1830.0711: "In the last twenty four hours, ... In Singapore, stocks hit
# a five year low. ... worth a hundred thirty million dollars in October".
TEXT = (
    "In the last twenty four hours, the value of the Indonesian stock market has fallen. "
    "In Singapore, stocks hit a five year low. Worth a lot in October."
)


def _timex(text: str, kind: str, value: str) -> dict[str, object]:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, "type": kind, "value": value}


RECORD = {
    "text": TEXT,
    "timexes": [
        _timex("the last twenty four hours", "DURATION", "P1D"),
        _timex("five year", "DURATION", "P5Y"),
        _timex("October", "DATE", "1997-10"),
    ],
}


def _pred(
    text: str, value: str | None, kind: str | None
) -> tuple[int, int, str | None, str | None]:
    start = TEXT.index(text)
    return (start, start + len(text), value, kind)


@pytest.mark.parametrize(
    ("prediction", "relaxed", "strict", "value", "typed"),
    [
        (_pred("the last twenty four hours", "P1D", "DURATION"), 1, 1, 1, 1),
        (_pred("twenty four hours", "P1D", "DURATION"), 1, 0, 1, 1),  # overlap, other offsets
        (_pred("five year low", "P5Y", "DURATION"), 1, 0, 1, 1),
        (_pred("October", "1998-10", "DATE"), 1, 1, 0, 1),  # a wrong value
        (_pred("October", "1997-10", "DURATION"), 1, 1, 1, 0),  # a wrong type
        (_pred("Singapore", None, "DATE"), 0, 0, 0, 0),  # no gold there
    ],
)
def test_one_prediction_is_matched_relaxed_strict_by_value_and_by_type(
    prediction, relaxed, strict, value, typed
):
    s = score(RECORD, [prediction])
    assert (s.predicted, s.gold) == (1, 3)
    assert (s.span_precise, s.strict_precise, s.value_precise, s.type_precise) == (
        relaxed, strict, value, typed,
    )  # fmt: skip
    assert (s.span_found, s.strict_found, s.value_found, s.type_found) == (
        relaxed, strict, value, typed,
    )  # fmt: skip


def test_per_type_scores_cut_both_sides_to_the_type():
    predictions = [
        _pred("twenty four hours", "P1D", "DURATION"),
        _pred("October", "1997-10", "DURATION"),  # mistyped: a DATE in gold
    ]
    durations = score(RECORD, predictions, "DURATION")
    assert (durations.predicted, durations.gold, durations.span_precise) == (2, 2, 1)
    assert durations.span_found == 1  # "five year" is missed
    dates = score(RECORD, predictions, "DATE")
    assert (dates.predicted, dates.gold, dates.span_found) == (0, 1, 0)
    assert score(RECORD, predictions, "SET").counts() == Score().counts()


def test_f1_from_the_counts():
    s = score(
        RECORD, [_pred("twenty four hours", "P1D", "DURATION"), _pred("Singapore", None, "DATE")]
    )
    assert s.precision() == pytest.approx(0.5)
    assert s.recall() == pytest.approx(1 / 3)
    assert s.span_f1 == pytest.approx(0.4)
    assert s.strict_f1 == 0.0
    assert (Score() + s).counts() == s.counts()


def test_predictions_outside_an_annotated_scope_are_ignored():
    scoped = {**RECORD, "scope": [[0, TEXT.index("In Singapore")]]}
    s = score(
        scoped,
        [_pred("the last twenty four hours", "P1D", "DURATION"), _pred("October", "x", "DATE")],
    )
    assert (s.predicted, s.span_precise) == (1, 1)
