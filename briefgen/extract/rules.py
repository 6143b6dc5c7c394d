"""Named rules: every extraction decision is made by one, and says which.

A rule is a function registered under a stable name with a one-line description (the first
line of its docstring) and at least one example sentence, which its tests use. Rules are kept
in ordered lists, one per decision (`SPAN_REPAIRS`, `MENTION_FILTERS`, `LINK_RULES`,
`SPEAKER_RULES`, ...), each defined in the module that makes that decision: the first rule of
a list that decides wins, so priority is the order of a list read in one place.

Conventions every rule keeps:
- it records each decision it makes with `record(rule, subject, outcome, evidence)` (the caller
  records when the rule is a plain predicate), so the statistics count it and `explain` shows it;
- each `example` is the text of one article on which the rule fires when that article is
  briefed (published on `EXAMPLE_DATE`, or with no date when it opens with `UNDATED`); a rule
  that needs several articles separates them with `ARTICLE_BREAK`. `tests/extract/test_rules.py`
  briefs every example and checks the rule fired.

While a `Trace` is active (`with tracing() as trace:`), every decision is recorded: the rule,
what it decided about, the outcome and the evidence. `benchmarks/rules.py` counts firings over
the shared corpora; `briefgen explain` prints the chain behind one item of a brief. With no
trace active, recording costs one context-variable look-up.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, ParamSpec, TypeVar

from briefgen.model import Evidence

# Examples are briefed as articles published on this date; several articles are split here.
EXAMPLE_DATE = "2025-10-29"
ARTICLE_BREAK = "\n---\n"
UNDATED = "(undated)\n"  # an example article that opens with this has no publication date

P = ParamSpec("P")
R = TypeVar("R")

# The decisions rules make, in pipeline order; every rule belongs to one.
Stage = Literal[
    "boilerplate",  # page furniture removed from an article's text at ingest
    "token",  # a quote mark split from the words scraped copy glued it to
    "sentence",  # a sentence started where scraped copy glued it to the one before
    "span",  # a name's extent repaired, or a name the model missed found
    "mention",  # a candidate mention kept or dropped
    "type",  # what a mention or card is: person, organisation, country, group
    "role",  # a title or affiliation read from the parse
    "card",  # a merged card kept or dropped (products, channels, lone words)
    "link",  # two names joined into one actor
    "quote",  # a quote found, its kind and extent
    "speaker",  # who said a quote
    "date",  # a temporal expression found and normalised
    "phrase",  # a clause cut to a phrase: the verb it is built from, what it keeps, dates shown
    "timeline",  # a dated event kept, phrased and merged
    "outlook",  # a forward-looking statement, its kind and hedging
    "summary",  # a bottom-line bullet chosen
    "fact",  # a second source cited for an item, or not: the same fact or another
    "contested",  # a claim paired with its denial, or figures that differ
    "story",  # an article joins a story of the brief, or is one of its own
    "key_quote",  # a quote the brief leads with, or one passed over
]
STAGES: tuple[Stage, ...] = Stage.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Rule(Generic[P, R]):
    """A named decision procedure: call it like the function it wraps."""

    name: str
    stage: Stage
    description: str
    examples: tuple[str, ...]
    fn: Callable[P, R] = field(repr=False, compare=False)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.fn(*args, **kwargs)


REGISTRY: dict[str, Rule[..., Any]] = {}


def rule(
    stage: Stage, *, example: str | Sequence[str], name: str | None = None
) -> Callable[[Callable[P, R]], Rule[P, R]]:
    """Register a function as a rule: `@rule("link", example="Tarar ... Attaullah Tarar")`.

    The name defaults to the function's (a leading underscore dropped); it must be unique,
    as it is what briefs, traces and the statistics refer to."""
    examples = (example,) if isinstance(example, str) else tuple(example)

    def register(fn: Callable[P, R]) -> Rule[P, R]:
        rule_name = name or fn.__name__.lstrip("_")
        doc = inspect.getdoc(fn)
        if not doc:
            raise ValueError(f"rule {rule_name!r} has no docstring to describe it")
        if not examples or not all(e.strip() for e in examples):
            raise ValueError(f"rule {rule_name!r} has no example")
        if rule_name in REGISTRY:
            raise ValueError(f"two rules are named {rule_name!r}")
        made: Rule[P, R] = Rule(
            rule_name, stage, doc.split("\n\n")[0].replace("\n", " "), examples, fn
        )
        REGISTRY[rule_name] = made
        return made

    return register


def all_rules() -> dict[str, Rule[..., Any]]:
    """Every rule, by name: the modules that define them (extract, ingest boilerplate)
    imported first."""
    import briefgen.extract as package

    importlib.import_module("briefgen.ingest.page_rules")  # the boilerplate rules
    importlib.import_module("briefgen.ingest.titles")  # and the title's
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return REGISTRY


def first(
    rules: Sequence[Rule[P, R]], *args: P.args, **kwargs: P.kwargs
) -> tuple[Rule[P, R], R] | None:
    """The first rule of an ordered list that decides (returns neither None nor False), with
    its result; None when no rule does."""
    for candidate in rules:
        result = candidate.fn(*args, **kwargs)  # not through __call__: a hot loop
        if result is not None and result is not False:
            return candidate, result
    return None


@dataclass(frozen=True)
class Decision:
    """One decision: which rule made it, about what, with what outcome, on what evidence.

    `subject` is the text decided about (a name, a quote, a date expression); `outcome` says
    what was decided ("dropped", "person", "joins Attaullah Tarar", "2025-10-29"); for a merge,
    `evidence` holds the pair of mentions the rule joined."""

    rule: str
    stage: Stage
    subject: str
    outcome: str
    evidence: tuple[Evidence, ...] = ()


@dataclass
class Trace:
    """The decisions made while it was active, in the order they were made."""

    decisions: list[Decision] = field(default_factory=list)

    def fired(self) -> Counter[str]:
        """How often each rule decided."""
        return Counter(decision.rule for decision in self.decisions)

    def by(self, rule_name: str) -> list[Decision]:
        """The decisions one rule made."""
        return [d for d in self.decisions if d.rule == rule_name]


_ACTIVE: ContextVar[Trace | None] = ContextVar("briefgen_trace", default=None)


@contextmanager
def tracing() -> Iterator[Trace]:
    """Record every decision made inside the block."""
    trace = Trace()
    token = _ACTIVE.set(trace)
    try:
        yield trace
    finally:
        _ACTIVE.reset(token)


def record(
    made_by: Rule[..., Any] | str,
    subject: str,
    outcome: str,
    evidence: Iterable[Evidence] = (),
) -> None:
    """Note a decision in the active trace, if any."""
    trace = _ACTIVE.get()
    if trace is None:
        return
    found = REGISTRY[made_by] if isinstance(made_by, str) else made_by
    trace.decisions.append(Decision(found.name, found.stage, subject, outcome, tuple(evidence)))


def is_tracing() -> bool:
    """Whether decisions are being recorded (to skip building costly subjects otherwise)."""
    return _ACTIVE.get() is not None


@dataclass(frozen=True)
class Link:
    """A union-find edge: `key` joins `target`'s actor, by `rule`, on a pair of evidence."""

    key: str
    target: str
    rule: str
    evidence: tuple[Evidence, ...] = ()


class Merges:
    """Union-find over name keys whose edges keep the rule that made them.

    `join` puts `link.key`'s group under `link.target`'s root, so the root of a group is the
    end of its chain of links: the name the group is known by. A link within one group is
    kept as evidence but changes nothing."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._parent: dict[str, str] = {key: key for key in keys}
        self.links: list[Link] = []

    def find(self, key: str) -> str:
        """The root of `key`'s group (with path halving)."""
        parent = self._parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(self, link: Link) -> bool:
        """Apply an edge; False when both sides were already one group."""
        self.links.append(link)
        root, target = self.find(link.key), self.find(link.target)
        if root == target:
            return False
        self._parent[root] = target
        return True
