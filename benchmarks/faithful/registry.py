"""The faithfulness checks in report order: (a) to (e) of issue 17.

Each module adds its checks here; the runner (`benchmarks/faithfulness.py`) reads `CHECKS`.
"""

from __future__ import annotations

from benchmarks.faithful import phrases
from benchmarks.faithful.common import Check
from benchmarks.faithful.pairs import contested_pairs, outlook_horizon, same_fact

# (a) polarity, (e) relative dates: benchmarks/faithful/phrases.py
# (b) same fact, (c) contested pairs, (d) outlook horizon: benchmarks/faithful/pairs.py
CHECKS: dict[str, Check] = {
    "polarity": phrases.polarity,  # (a)
    "same_fact": same_fact,  # (b)
    "contested": contested_pairs,  # (c)
    "outlook_horizon": outlook_horizon,  # (d)
    "relative_dates": phrases.relative_dates,  # (e)
}
