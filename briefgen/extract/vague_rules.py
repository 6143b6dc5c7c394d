"""Times named without a number or a calendar word, as TimeML writes them: 'for a while' and
'for a fairly lengthy period' are an unknown amount (PXX), 'at this crucial moment' is the
present (PRESENT_REF). Each rule takes the expression's words, like the other date rules."""

from __future__ import annotations

from briefgen.extract.calendar_rules import Result
from briefgen.extract.rules import Rule, rule
from briefgen.timewords import REFERENCES

# Adjectives that say how long a period is without measuring it: "a fairly lengthy period".
_LENGTHS = frozenset({"long", "lengthy", "short", "brief", "extended"})


@rule(
    "date",
    example="In Maine, about a half million people still don't have power and they're going to "
    "have to live without it for a while.",
)
def unmeasured_period(words: list[str], *_: object) -> Result:
    """'for a while', 'for a fairly lengthy period', 'a short period': an amount of time no
    number measures, PXX (TimeBank's gold)."""
    if words[:1] != ["a"]:
        return None
    if words[1:] == ["while"]:
        return "PXX", "DURATION"
    core = words[1:]
    if len(core) in (2, 3) and core[-1] == "period" and core[-2] in _LENGTHS:
        return "PXX", "DURATION"
    return None


@rule(
    "date",
    example="At this moment, Rubio is seen as the candidate with the best chance to emerge from "
    "the establishment lane.",
)
def present_moment(words: list[str], *_: object) -> Result:
    """'this moment', 'this crucial moment', 'the present moment': the time of writing,
    PRESENT_REF, as HeidelTime writes 'at this moment'."""
    if words[-1:] != ["moment"] or words[0] not in ("this", "present") or len(words) > 3:
        return None
    return REFERENCES["now"], "DATE"


# Tried after the TimeML rules and before the durations (dates.py).
VAGUE_RULES: list[Rule[..., Result]] = [unmeasured_period, present_moment]
