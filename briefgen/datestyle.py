"""The brief's date style, shared by the templates and the prose that shows resolved dates."""

from __future__ import annotations

import datetime as dt
import re

from briefgen.timewords import SEASONS

# A season's TimeML code by its first name in the vocabulary ("FA": autumn).
_SEASON_NAMES = {code: name for name, code in reversed(SEASONS.items())}


def human_date(value: str | dt.date | None) -> str:
    """'29 October 2025', 'October 2025', 'Week 44, 2025', 'Q3 2009', 'autumn 2021', '2021'
    from a TimeML value."""
    if value is None:
        return "date unknown"
    text = value.isoformat() if isinstance(value, dt.date) else value
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", text):
        return f"Week {int(match[2])}, {match[1]}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return f"{int(match[3])} {dt.date(2000, int(match[2]), 1):%B} {match[1]}"
    match = re.fullmatch(r"(\d{4})-([A-Z]{2})", text)
    if match and match[2] in _SEASON_NAMES:
        return f"{_SEASON_NAMES[match[2]]} {match[1]}"
    if match := re.fullmatch(r"(\d{4})-([QH]\d)", text):
        return f"{match[2]} {match[1]}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return f"{dt.date(2000, int(match[2]), 1):%B} {match[1]}"
    return text
