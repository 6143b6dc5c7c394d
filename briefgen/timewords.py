"""The temporal vocabulary (briefgen/lexicons/temporal.toml): calendar names, deictic days,
future auxiliaries, units, number words and relative steps, typed and loaded once.

Free of spaCy, so ingest (datelines) and extract (dates, tense, outlook) share it."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def _load() -> dict[str, Any]:
    text = resources.files("briefgen").joinpath("lexicons", "temporal.toml").read_text("utf-8")
    return tomllib.loads(text)


_VOCABULARY = _load()

WEEKDAYS: tuple[str, ...] = tuple(_VOCABULARY["weekdays"])  # Monday first
FUTURE_AUXILIARIES: frozenset[str] = frozenset(_VOCABULARY["future_auxiliaries"])
PERIOD_TO_DATE: frozenset[str] = frozenset(_VOCABULARY["period_to_date"])
MONTHS: dict[str, int] = _VOCABULARY["months"]
PARTS_OF_DAY: dict[str, str] = _VOCABULARY["parts_of_day"]
SEASONS: dict[str, str] = _VOCABULARY["seasons"]
DAYS_FROM_TODAY: dict[str, int] = _VOCABULARY["days_from_today"]
UNITS: dict[str, str] = _VOCABULARY["units"]
CADENCES: dict[str, str] = _VOCABULARY["cadences"]
NUMBERS: dict[str, int] = _VOCABULARY["numbers"]
QUARTERS: dict[str, int] = _VOCABULARY["quarters"]
UNIT_STEPS: dict[str, int] = _VOCABULARY["unit_steps"]
YEAR_STEPS: dict[str, int] = _VOCABULARY["year_steps"]
