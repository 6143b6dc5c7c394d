"""Same fact: a second source is cited for an item only when it reports the same event or figure.

One test stands in front of every merge across sources (bottom-line bullets, timeline events,
quotes, outlook items). A `Fact` is read from the clause that states it: its predicate (the
head's lemma, or its object's after a light verb, put in its synonym group), who does it and
to whom, its numbers and dates, and whether it is negated. Two facts are one only when no rule
of `FACT_REFUSALS` tells them apart; the first refusal that decides is recorded with its reason,
and an acceptance is recorded as `same_fact`, so `briefgen explain` shows why a source was, or
was not, cited beside another.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefgen.extract.ents import ents_in, model_ents
from briefgen.extract.labels import (
    ACTIVE_SUBJECTS,
    NEGATIONS,
    NOMINALS,
    OBJECTS,
    REPORTED_CLAUSES,
    SHARED_SUBJECT,
    SIDE_CLAUSES,
    SUBJECTS,
    UNDERGOERS,
    WH_PRONOUN_TAGS,
)
from briefgen.extract.lexicon import table, words
from briefgen.extract.rules import ARTICLE_BREAK, Rule, first, record, rule
from briefgen.model import DateMention, Evidence

Resolve = Callable[[str], str | None]  # a surface name -> the canonical actor, if known

# Entities that name actors, and entities that give a figure.
_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_WHEN = frozenset({"DATE", "TIME"})
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_POINT = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WORD = re.compile(r"[^\W\d_]{3,}")
_MAX_REPORTING_LEVELS = 3  # "X said Y reported that ...": reported clauses followed this deep


@dataclass(frozen=True)
class Fact:
    """What one clause reports, in the terms two reports of one fact share."""

    text: str  # the clause, for traces
    predicate: str  # the predicate's synonym group ("fall" for "dropped" and "a decline")
    negated: bool  # "did not", "never", or a clause under a denial verb
    agents: frozenset[str]  # actors named as doers
    undergoers: frozenset[str]  # actors named as what is done to
    heads: frozenset[str]  # the arguments' head lemmas, pronouns left out
    numbers: frozenset[tuple[str, str]]  # (entity label, normalised figure)
    dates: frozenset[str]  # TimeML values of the dates the clause gives


def sentence_fact(
    sentence: Span, resolve: Resolve | None = None, dates: Iterable[str] = ()
) -> Fact:
    """The fact a sentence reports: its main clause, or the clause its reporting verb reports
    ("Ford said that its sales rose 43%": the sales rose)."""
    head, negated = reported_head(sentence.root)
    return clause_fact(head, resolve, dates, negated)


def reported_head(root: Token) -> tuple[Token, bool]:
    """The head of what a clause reports, through reporting verbs ("said that ...", "denied
    that ..."), and whether a denial or a negated reporting verb turned it around."""
    head, flipped = root, False
    for _ in range(_MAX_REPORTING_LEVELS):
        lemma = head.lemma_.lower()
        clause = next((c for c in head.children if c.dep_ in REPORTED_CLAUSES), None)
        if clause is None or lemma not in words("reporting_verbs"):
            break
        flipped ^= lemma in words("denial_verbs") or _negated(head)
        head = clause
    return head, flipped


def clause_fact(
    head: Token, resolve: Resolve | None = None, dates: Iterable[str] = (), flipped: bool = False
) -> Fact:
    """The fact of the clause (or event noun) headed by `head`; `flipped` when a denial or a
    negated reporting verb above it turns it around."""
    predicate = _predicate_token(head)
    doers, undergoers = _arguments(head, predicate)
    start = min(t.left_edge.i for t in [head, *doers])
    end = max(t.right_edge.i for t in [head, *doers]) + 1
    clause = head.doc[start:end]
    return Fact(
        text=clause.text,
        predicate=predicate_group(predicate.lemma_.lower()),
        negated=(_negated(head) or any(map(_negated_object, [predicate, *undergoers]))) != flipped,
        agents=frozenset(a for t in doers for a in _actors(t, resolve)),
        undergoers=frozenset(a for t in undergoers for a in _actors(t, resolve)),
        heads=frozenset(
            _plain(_lemma(t)) for t in [*doers, *undergoers, *_adjuncts(head)] if t.pos_ in NOMINALS
        )
        | _named_event(head),
        numbers=frozenset(_figures(clause)),
        dates=frozenset(value for value in dates if _POINT.match(value)),
    )


def statement_fact(text: str, speaker: str | None, dates: Iterable[str] = ()) -> Fact:
    """The fact of a statement its caller already found repeating another's words (a quote,
    an outlook phrase): what is left to test is who says it and the dates it gives ("next
    week" in two articles a month apart is two plans)."""
    content = frozenset(_WORD.findall(text.casefold()))
    return Fact(
        text=text,
        predicate="statement",  # the words were matched by the caller
        negated=False,
        agents=frozenset({speaker}) if speaker else frozenset(),
        undergoers=frozenset(),
        heads=content,
        numbers=frozenset(),
        dates=frozenset(value for value in dates if _POINT.match(value)),
    )


def predicate_group(lemma: str) -> str:
    """The synonym group of a predicate's lemma (lexicon `predicate_groups`), else the lemma."""
    found = table("predicate_groups").get(lemma)
    return found[0] if found else lemma


def dates_by_source(dates: Iterable[DateMention]) -> dict[str, list[DateMention]]:
    """The date mentions of each source, so `dates_within` reads one article's, not the
    brief's (a merge over thousands of articles would otherwise scan every date per pair)."""
    found: dict[str, list[DateMention]] = defaultdict(list)
    for date in dates:
        found[date.evidence.source].append(date)
    return dict(found)


def dates_within(evidence: Evidence, dates: Sequence[DateMention]) -> list[str]:
    """The values of the date mentions inside an evidence span."""
    return [
        d.value
        for d in dates
        if d.value
        and d.evidence.source == evidence.source
        and evidence.start <= d.evidence.start < evidence.end
    ]


def _predicate_token(head: Token) -> Token:
    """The head, or the noun a light verb takes its meaning from ("saw a 45% drop")."""
    if head.lemma_.lower() in words("light_verbs"):
        obj = next((c for c in head.children if c.dep_ in UNDERGOERS and c.pos_ in NOMINALS), None)
        if obj is not None:
            return obj
    return head


def _arguments(head: Token, predicate: Token) -> tuple[list[Token], list[Token]]:
    """The doers and undergoers of a clause, or of an event noun (its owner; its modifiers and
    objects)."""
    if head.pos_ in NOMINALS:
        doers = [c for c in head.children if c.dep_ == "poss"]
        return doers, _noun_complements(head)
    doers = [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS]
    doers += [o for c in head.children if c.dep_ == "agent" for o in c.children]
    undergoers = [c for c in head.children if c.dep_ in UNDERGOERS and c is not predicate]
    if predicate is not head:
        undergoers += _noun_complements(predicate)
        doers += [c for c in predicate.children if c.dep_ == "poss"]
    if not any(c.dep_ in SUBJECTS for c in head.children) and head.dep_ in SHARED_SUBJECT:
        doers += [c for c in head.head.children if c.dep_ in ACTIVE_SUBJECTS]
    if head.dep_ == "relcl" and any(t.tag_ in WH_PRONOUN_TAGS for t in doers):
        doers = [head.head]  # "carmakers, which reach parity": the antecedent does it
    return doers, undergoers


def _named_event(head: Token) -> frozenset[str]:
    """The name an event noun is part of ("Worldwide Developers Conference"), if any."""
    if head.pos_ not in NOMINALS or not head.ent_type_:
        return frozenset()
    entity = next((e for e in model_ents(head.doc) if e.start <= head.i < e.end), None)
    return frozenset({_plain(entity.text)}) if entity is not None else frozenset()


def _noun_complements(noun: Token) -> list[Token]:
    """A noun's compounds and the objects of its prepositions ("explosions in Kabul")."""
    found = [c for c in noun.children if c.dep_ == "compound"]
    return found + [
        o for c in noun.children if c.dep_ == "prep" for o in c.children if o.dep_ in OBJECTS
    ]


def _adjuncts(head: Token) -> list[Token]:
    """The objects of a clause's prepositions that are no dates ("killed in the clashes")."""
    return [o for o in _noun_complements(head) if not o.ent_type_ or o.ent_type_ not in _WHEN]


def _negated(head: Token) -> bool:
    return any(c.dep_ in NEGATIONS for c in head.children)


def _negated_object(noun: Token) -> bool:
    """An object a negative determiner introduces ("yielded no progress")."""
    return noun is not None and any(
        c.dep_ == "det" and c.lower_ in words("negative_determiners") for c in noun.children
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _actors(token: Token, resolve: Resolve | None) -> list[str]:
    """The actors a noun phrase names (its side clauses left out), by their canonical names."""
    if token.pos_ == "PRON":
        return []
    side = {
        t.i for c in token.subtree if c.dep_ in SIDE_CLAUSES and c is not token for t in c.subtree
    }
    inside = {t.i for t in token.subtree} - side
    found = []
    for entity in model_ents(token.doc):
        if entity.label_ in _ACTOR_ENTITIES and (entity.root.i in inside or _named(token, entity)):
            name = resolve(entity.text) if resolve is not None else None
            found.append(name or _plain(entity.text))
    return found


def _named(noun: Token, entity: Span) -> bool:
    """A name right after a common noun that the parser read as a verb: the noun's name, cut
    off ("hired by promoters AEG Live": "Live" taken for a verb)."""
    return (
        noun.pos_ == "NOUN" and entity.start == noun.right_edge.i + 1
        and entity.root.pos_ not in NOMINALS
    )  # fmt: skip


def _plain(name: str) -> str:
    """A name as two spellings of it share it: "the Worldwide Developer's Conference" and
    "Worldwide Developers Conference" are "worldwide developer conference"."""
    name = re.sub(r"^the\s+|['’]s?\b", "", name.strip(), flags=re.I)
    return " ".join(word.removesuffix("s") for word in name.casefold().split())


def _figures(clause: Span) -> Iterable[tuple[str, str]]:
    """Each figure of a clause as (label, digits and scale word): ('MONEY', '14 billion'). A
    count with a unit glued to it ("200m", "40ft", which the model reads as a bare number)
    is a quantity, like "150 meters"; quantities compare by their digits ("6m litres" and
    "6 million litres" are one figure)."""
    for entity in ents_in(clause):
        if entity.label_ not in _FIGURE_ENTITIES:
            continue
        digits = _DIGITS.search(entity.text)
        if digits is None:
            continue
        number = digits.group().replace(",", "")
        if entity.label_ == "QUANTITY" or (entity.label_ == "CARDINAL" and _glued_unit(entity)):
            yield "QUANTITY", number
            continue
        scale = [t.lemma_.lower() for t in entity if t.like_num and t.is_alpha]
        yield entity.label_, " ".join([number, *scale[:1]])


def _glued_unit(number: Span) -> bool:
    """A number written together with the word after it ("200m", "40ft")."""
    doc, end = number.doc, number.end
    return end < len(doc) and not number[-1].whitespace_ and doc[end].is_alpha


def _compatible(first_date: str, second_date: str) -> bool:
    """Two dates can be one: equal, or one lies within the other ("2009-06" and "2009-06-01")."""
    return first_date.startswith(second_date) or second_date.startswith(first_date)


# --- The rules: why two reports are not one fact, and when they are -------------------

# A real report of Ford's February sales (MEANTIME gm cluster), which the examples of two
# refusals set beside a report of another fact.
_FORD_ROSE = (
    "Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February, as the automaker outsold rivals Toyota and General Motors in the month."
)

# Two real reports of Ford's February sales (MEANTIME gm cluster, Wikinews, CC BY 4.0).
_FORD_SALES = (
    "Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year, as the automaker outsold rivals Toyota "
    "and General Motors in the month."
    + ARTICLE_BREAK
    + "Ford said its sales in the United States rose 43% in February compared to a year ago, "
    "outselling Toyota and General Motors."
)


@rule(
    "fact",
    example=(
        _FORD_ROSE
        + ARTICLE_BREAK
        + "Sales of automobiles in the United States fell as much as 35% in January. Ford "
        "said its sales in the United States did not rise in February, unlike those of "
        "Toyota."
    ),
)
def opposite_polarity(kept: Fact, other: Fact) -> str | None:
    """One report states what the other negates ("rose" / "did not rise"; a clause under a
    denial verb counts as negated): two facts, not one."""
    return "one negates what the other states" if kept.negated != other.negated else None


@rule(
    "fact",
    example=(
        _FORD_ROSE
        + ARTICLE_BREAK
        + "General Motors reported a 49% decline in January. Ford said its sales in the "
        "United States dropped in February, unlike those of rivals Toyota and General "
        "Motors."
    ),
)
def different_predicate(kept: Fact, other: Fact) -> str | None:
    """Reports of one fact state one predicate: the same lemma, or close synonyms (lexicon
    `predicate_groups`: "unveiled" / "introduced"); "rose" and "dropped" are two facts."""
    if kept.predicate == other.predicate:
        return None
    return f"different predicates: {kept.predicate} / {other.predicate}"


@rule(
    "fact",
    example=(
        "Northrop Grumman and EADS have unexpectedly defeated Boeing for a US$40 billion "
        "contract to supply aerial refuelling tankers to the US Air Force."
        + ARTICLE_BREAK
        + "The Pentagon announced the decision on Friday. Boeing defeated Northrop Grumman "
        "and EADS in the contest for the aerial refuelling tankers of the US Air Force."
    ),
)
def swapped_roles(kept: Fact, other: Fact) -> str | None:
    """Who did it in one report is who it was done to in the other ("A defeated B" / "B
    defeated A"): two facts."""
    if kept.agents & other.undergoers and not kept.agents & other.agents:
        return "the doer of one is the undergoer of the other"
    return None


@rule(
    "fact",
    example=(
        "Ford Motor Company will cut 30,000 jobs and close 14 plants in North America as "
        "part of a restructuring plan."
        + ARTICLE_BREAK
        + "The restructuring was announced on Monday. General Motors will cut 30,000 jobs and "
        "close 12 plants in North America as part of its restructuring plan."
    ),
)
def different_actors(kept: Fact, other: Fact) -> str | None:
    """Reports of one fact name the same doers, and the same undergoers, where both name them
    ("GM will cut jobs" / "Ford will cut jobs" are two facts); a name and its shorter form
    that drops the words before it ("the U.S. Census Bureau" / "the Census Bureau") are one."""
    for role, mine, theirs in (
        ("doers", kept.agents, other.agents),
        ("undergoers", kept.undergoers, other.undergoers),
    ):
        if mine and theirs and not any(_one_name(a, b) for a in mine for b in theirs):
            return f"different {role}: {', '.join(sorted(mine))} / {', '.join(sorted(theirs))}"
    return None


def _one_name(first: str, second: str) -> bool:
    shorter, longer = sorted((first, second), key=len)
    return longer == shorter or longer.endswith(" " + shorter)


@rule("fact", example=_FORD_SALES.replace("rose 43% in February compared to a year", "rose 48%"))
def figures_disagree(kept: Fact, other: Fact) -> str | None:
    """Figures of one kind (money, percentages, counts) that both reports give must agree:
    "rose 43%" and "rose 48%" are not one report."""
    for label in {label for label, _ in kept.numbers} & {label for label, _ in other.numbers}:
        mine = {value for kind, value in kept.numbers if kind == label}
        theirs = {value for kind, value in other.numbers if kind == label}
        if not mine & theirs:
            return f"figures differ: {', '.join(sorted(mine))} / {', '.join(sorted(theirs))}"
    return None


@rule(
    "fact",
    example=(
        "Apple unveiled the iPhone at its developers conference in San Francisco in June "
        "2010, drawing long queues."
        + ARTICLE_BREAK
        + "Critics were not impressed at first. In July 2008, Apple had unveiled the iPhone "
        "at the developers conference in San Francisco to mixed reviews from the press."
    ),
)
def dates_disagree(kept: Fact, other: Fact) -> str | None:
    """Dates both reports give must be compatible: the same, or one within the other ("June
    2009" / "1 June 2009"); reports of one plan made a year apart are two facts."""
    if not kept.dates or not other.dates:
        return None
    if any(_compatible(a, b) for a in kept.dates for b in other.dates):
        return None
    return f"dates differ: {', '.join(sorted(kept.dates))} / {', '.join(sorted(other.dates))}"


@rule(
    "fact",
    example=(
        "Shares rose sharply on Wednesday after the company unveiled its new phone in New "
        "York."
        + ARTICLE_BREAK
        + "Analysts had expected a weak quarter for the maker of the device. On Wednesday, "
        "profits rose sharply after the company had unveiled a new phone."
    ),
)
def nothing_shared(kept: Fact, other: Fact) -> str | None:
    """A predicate alone is no fact: the reports must share a doer, an undergoer or an
    argument's head word ("sales rose" / "shares rose" are two facts)."""
    shared = (kept.agents | kept.undergoers) & (other.agents | other.undergoers)
    if shared or kept.heads & other.heads or kept.numbers & other.numbers:
        return None
    return "no doer, undergoer or argument in common"


# Why two reports are two facts: the first rule that decides refuses the merge.
FACT_REFUSALS: list[Rule[..., str | None]] = [
    opposite_polarity,
    different_predicate,
    swapped_roles,
    different_actors,
    figures_disagree,
    dates_disagree,
    nothing_shared,
]


@rule("fact", example=_FORD_SALES)
def same_fact(kept: Fact, other: Fact) -> bool:
    """Two reports are one fact when no rule of `FACT_REFUSALS` tells them apart: the same
    predicate, polarity, actors in the same roles, compatible figures and dates."""
    return first(FACT_REFUSALS, kept, other) is None


def corroborates(kept: Fact, other: Fact, subject: str, evidence: Iterable[Evidence] = ()) -> bool:
    """Whether `other` reports the same fact as `kept`; the deciding rule is recorded (a
    refusal with its reason, or `same_fact`)."""
    refused = first(FACT_REFUSALS, kept, other)
    if refused is not None:
        record(refused[0], subject, f"not cited: {refused[1]}", evidence)
        return False
    record(same_fact, subject, "cited: the same fact", evidence)
    return True
