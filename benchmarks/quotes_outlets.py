"""Generalisation inside a PolNeAR part: speaker accuracy per outlet, and each speaker rule's
firings and accuracy per outlet, with its accuracy in the other outlets beside (a
leave-one-outlet-out view). A rule right in one outlet and wrong in the others was fitted to
that outlet's copy; an error class wrong in every outlet is general. Read it on `train` only.

Speaker accuracy is the benchmark's (quotes_polnear.py): over matched direct quotes whose gold
source is not a bare pronoun, right when the gold source's head word is in the quote's
`speaker` or `source_text`. A quote's speaker rules are the rules of the `speaker` stage in
its `why` (the `SPEAKER_RULES` step that decided, then the steps under it).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from benchmarks.quotes_polnear import PRONOUNS, Found, _hits, _said_by
from briefgen.extract.rules import all_rules

_MIN_FIRINGS = 5  # rules firing less often on a part are left out of the table


def speaker_checks(
    document: dict[str, Any], found: Sequence[Found]
) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Each scored quote of an article: its speaker rules and whether its speaker is right."""
    quoted = [f for f in found if f.kind != "indirect"]
    for quote in (q for q in document["quotes"] if q["direct"]):
        hit = next((f for f in quoted if _hits(f, quote)), None)
        source = quote["speaker_text"] or ""
        if hit is None or not source or source.lower() in PRONOUNS:
            continue
        yield _speaker_rules(hit.why), _said_by(hit, source)


def _speaker_rules(why: Sequence[str]) -> tuple[str, ...]:
    rules = all_rules()
    return tuple(name for name in why if name in rules and rules[name].stage == "speaker")


def outlet_lines(
    documents: Sequence[dict[str, Any]], found: Sequence[Sequence[Found]]
) -> list[str]:
    """The per-outlet table: accuracy per outlet, then per speaker rule its right/fired in
    each outlet and its accuracy in all outlets but its best one."""
    right: defaultdict[str, Counter[str]] = defaultdict(Counter)
    fired: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for document, items in zip(documents, found, strict=True):
        outlet = document.get("publisher") or "?"
        for rules, ok in speaker_checks(document, items):
            for name in ("all", *dict.fromkeys(rules)):
                fired[name][outlet] += 1
                right[name][outlet] += ok
    outlets = sorted(fired["all"])
    head = f"  {'rule':28}" + "".join(f"{o[:11]:>13}" for o in outlets) + "   others but best"
    lines = [head]
    names = sorted(fired, key=lambda n: (n != "all", -sum(fired[n].values())))
    for name in names:
        if sum(fired[name].values()) < _MIN_FIRINGS:
            continue
        cells = "".join(
            f"{f'{right[name][o]}/{fired[name][o]}' if fired[name][o] else '':>13}" for o in outlets
        )
        lines.append(f"  {name:28}{cells}   {_held_out(right[name], fired[name])}")
    return lines


def _held_out(right: Counter[str], fired: Counter[str]) -> str:
    """Accuracy in every outlet but the one where the rule does best: a fitted rule drops."""
    if len(fired) < 2:
        return "one outlet only"
    best = max(fired, key=lambda o: (right[o] / fired[o], fired[o]))
    rest_right = sum(right.values()) - right[best]
    rest_fired = sum(fired.values()) - fired[best]
    return f"{rest_right / rest_fired:.3f} ({rest_right}/{rest_fired}, without {best[:11]})"
