"""The TimeML normalisation tables (briefgen/lexicons/timeml.toml), typed and loaded once:
calendar names, deictic days, future auxiliaries, units, number and ordinal words, parts of
day, seasons, references, hedges and relative steps.

Free of spaCy, so ingest (datelines) and extract (dates, tense, outlook) share it."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def _load() -> dict[str, Any]:
    text = resources.files("briefgen").joinpath("lexicons", "timeml.toml").read_text("utf-8")
    return tomllib.loads(text)


_VOCABULARY = _load()

WEEKDAYS: tuple[str, ...] = tuple(_VOCABULARY["weekdays"])  # Monday first
FUTURE_AUXILIARIES: frozenset[str] = frozenset(_VOCABULARY["future_auxiliaries"])
PERIOD_TO_DATE: frozenset[str] = frozenset(_VOCABULARY["period_to_date"])
PERIOD_PARTS: frozenset[str] = frozenset(_VOCABULARY["period_parts"])
DURATION_HEDGES: frozenset[str] = frozenset(_VOCABULARY["duration_hedges"])
APPROXIMATORS: frozenset[str] = frozenset(_VOCABULARY["approximators"])
TOWARDS: frozenset[str] = frozenset(_VOCABULARY["towards"])
ANTERIORS: frozenset[str] = frozenset(_VOCABULARY["anteriors"])
VAGUE_AMOUNTS: frozenset[str] = frozenset(_VOCABULARY["vague_amounts"])
REPORTED_MONTHS: frozenset[str] = frozenset(_VOCABULARY["reported_months"])
FISCAL_WORDS: frozenset[str] = frozenset(_VOCABULARY["fiscal_words"])
WEEKDAY_COMPANIONS: frozenset[str] = frozenset(_VOCABULARY["weekday_companions"])
MONTHS: dict[str, int] = _VOCABULARY["months"]
PARTS_OF_DAY: dict[str, str] = _VOCABULARY["parts_of_day"]
SEASONS: dict[str, str] = _VOCABULARY["seasons"]
DAYS_FROM_TODAY: dict[str, int] = _VOCABULARY["days_from_today"]
UNITS: dict[str, str] = _VOCABULARY["units"]
CADENCES: dict[str, str] = _VOCABULARY["cadences"]
NUMBERS: dict[str, int] = _VOCABULARY["numbers"]
DECADE_WORDS: dict[str, int] = _VOCABULARY["decade_words"]
ORDINALS: dict[str, int] = _VOCABULARY["ordinals"]
REFERENCES: dict[str, str] = _VOCABULARY["references"]
QUARTERS: dict[str, int] = _VOCABULARY["quarters"]
UNIT_STEPS: dict[str, int] = _VOCABULARY["unit_steps"]
YEAR_STEPS: dict[str, int] = _VOCABULARY["year_steps"]
NARRATIVE_STEPS: dict[str, int] = _VOCABULARY["narrative_steps"]
DAY_STEPS: dict[str, int] = _VOCABULARY["day_steps"]
HOLIDAYS: dict[str, str] = _VOCABULARY["holidays"]
