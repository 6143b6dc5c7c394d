"""Amounts and years written in words, read as digits before the date rules see them:
"twenty four hours" is 24 hours, "nineteen ninety-six" the year 1996, "the year two thousand"
2000, "almost a hundred years" 100 years (TimeBank's broadcast transcripts spell them out)."""

from __future__ import annotations

import re

from briefgen.timewords import NUMBERS

# Number words that join a run ("a" and "an" only before "hundred" or "thousand").
_ARTICLES = frozenset({"a", "an"})
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def _number(word: str) -> int | None:
    if word in _ARTICLES or word in ("couple", "dozen"):
        return None
    return NUMBERS.get(word)


def _value(run: list[int]) -> int | None:
    """The number a run of number words writes, or None when it is no single number."""
    if len(run) == 2 and 11 <= run[0] <= 19 and 10 <= run[1] <= 99:
        return run[0] * 100 + run[1]  # "nineteen ninety": a year
    if len(run) == 3 and 11 <= run[0] <= 19 and run[1] % 10 == 0 and 1 <= run[2] <= 9:
        return run[0] * 100 + run[1] + run[2]  # "nineteen ninety six"
    total = current = 0
    for number in run:
        if number in _MULTIPLIERS.values():
            current = (current or 1) * number
            total, current = total + current, 0
        elif current % 10 == 0 and (current == 0 or number < 10):
            current += number  # "twenty four"
        else:
            return None
    return total + current


def spelled_numbers(words: list[str]) -> list[str]:
    """Words with each run of number words that writes one number replaced by its digits."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j, run = i, []
        if words[i] in _ARTICLES and i + 1 < len(words) and words[i + 1] in _MULTIPLIERS:
            j += 1  # "a hundred"
        while j < len(words) and _number(words[j]) is not None:
            run.append(_number(words[j]) or 0)
            j += 1
        value = _value(run) if len(run) > 1 or (run and j > i + len(run)) else None
        if value is None:
            out.append(words[i])
            i += 1
        else:
            out.append(str(value))
            i = j
    return out


def words_value(text: str) -> int | None:
    """The number a phrase of number words alone writes ("Eleven", "twenty-four", "a
    hundred"); None when any other word is in it."""
    run = [_number(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in _ARTICLES]
    if not run or any(n is None for n in run):
        return None
    return _value([n for n in run if n is not None])
