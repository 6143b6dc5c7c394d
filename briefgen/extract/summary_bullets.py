"""Which sentences become bottom-line bullets, and what each cites.

A sentence taken in score order becomes a bullet unless it repeats a better bullet in words,
fact or figures (`BULLET_RULES`); each bullet cites, in every other source, the sentence that
shares most of its words (`same_report_cited`) and reports the same fact (extract/samefact.py).
summary.py picks the bullets and orders them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.rules import ARTICLE_BREAK, record, rule
from briefgen.extract.samefact import (
    Fact,
    corroborates,
    dates_by_source,
    dates_within,
    same_fact,
    sentence_fact,
)
from briefgen.extract.summary_scores import overlap
from briefgen.extract.views import text_of
from briefgen.model import DateMention, Evidence

_REDUNDANT = 0.5  # share of content words two bullets may have in common
_SAME_REPORT = 0.6  # share of content words that makes two sentences one report
_FACT_OVERLAP = 0.2  # content words two tellings of one fact share at least
# Figures two tellings of one fact share at least: one figure alone ("1,500", "50%") is often
# shared by two facts of a story; two together are one report.
_SAME_FIGURES = 2


@dataclass(frozen=True)
class Candidate:
    """A sentence that could be a bullet."""

    article: ParsedArticle
    sentence: Span
    position: int  # index among the article's body sentences
    terms: Counter[str]

    @property
    def words(self) -> set[str]:
        return set(self.terms)


# A rule example (written after the seed article): a lead, two facts and a next step.
NEXT_STEPS = (
    "Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in failure "
    "this week. The clashes left dozens dead on both sides and forced the closure of several "
    "key border crossings. Qatar and Turkey helped broker the discussions in Istanbul last "
    "week. Islamabad is reportedly considering additional border fortifications along the "
    "frontier with Afghanistan."
)


class Facts:
    """The fact each candidate sentence reports, read once."""

    def __init__(self, actors: ActorIndex, dates: Sequence[DateMention]) -> None:
        self.actors, self.dates = actors, dates_by_source(dates)
        self._read: dict[int, Fact] = {}

    def of(self, candidate: Candidate) -> Fact:
        if id(candidate) not in self._read:
            evidence = candidate.article.span_evidence(candidate.sentence)
            values = dates_within(evidence, self.dates.get(evidence.source, ()))
            self._read[id(candidate)] = sentence_fact(
                candidate.sentence, self.actors.resolve, values
            )
        return self._read[id(candidate)]


@rule(
    "summary",
    example="Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year. Ford said its sales in the United States "
    "rose 43% in February compared to a year ago.",
)
def redundant_bullet(candidate: Candidate, chosen: Sequence[Candidate], facts: Facts) -> str | None:
    """A sentence sharing half its content words with a better bullet repeats it."""
    repeated = next((c for c in chosen if _overlap(candidate, c) >= _REDUNDANT), None)
    return f"dropped: repeats {text_of(repeated.sentence).strip()[:60]}" if repeated else None


# AllSides develop (allsides_5789, Reuters and the Washington Examiner): one announcement.
_SAME_FACT_TOLD = (
    "The U.S. Census Bureau will release data on Thursday from the 2020 census that states "
    "will use to draw congressional and state legislative districts for the next decade, "
    "marking the start of what will be a fierce partisan battle over redistricting."
    + ARTICLE_BREAK
    + "The Census Bureau on Thursday will release the data used to draw voting districts, "
    "setting up a scramble of map-drawing and litigation ahead of the 2022 midterm elections "
    "that could influence the balance of power in the House."
)


@rule("summary", example=_SAME_FACT_TOLD)
def same_fact_bullet(candidate: Candidate, chosen: Sequence[Candidate], facts: Facts) -> str | None:
    """A sentence that reports the fact of a better bullet in other words (the same
    predicate, actors in the same roles, compatible dates and figures: extract/samefact.py)
    says it again."""
    for bullet in chosen:
        if _overlap(candidate, bullet) >= _FACT_OVERLAP and same_fact(
            facts.of(bullet), facts.of(candidate)
        ):
            return f"dropped: says again {text_of(bullet.sentence).strip()[:60]}"
    return None


# AllSides develop (allsides_5771, Reuters and the New York Post): one weekly figure.
_SAME_FIGURES_TOLD = (
    "Initial unemployment claims in regular state programs dropped 29,000 to 348,000 in the "
    "week ended Aug. 14, a pandemic low, Labor Department data showed Thursday."
    + ARTICLE_BREAK
    + "Initial filings for unemployment benefits, seen as a proxy for layoffs, reached 348,000 "
    "last week, down 29,000 from the prior week's revised level of 377,000, according to data "
    "released Thursday by the Labor Department."
)


@rule("summary", example=_SAME_FIGURES_TOLD)
def same_figures_bullet(
    candidate: Candidate, chosen: Sequence[Candidate], facts: Facts
) -> str | None:
    """A sentence whose main clause gives `_SAME_FIGURES` or more of a better bullet's
    figures ("dropped 29,000 to 348,000" / "reached 348,000 ..., down 29,000") tells its fact
    again, whatever verb it tells it with."""
    figures = facts.of(candidate).numbers
    for bullet in chosen:
        if len(figures & facts.of(bullet).numbers) >= _SAME_FIGURES:
            return f"dropped: gives the figures of {text_of(bullet.sentence).strip()[:60]}"
    return None


@rule("summary", example=NEXT_STEPS)
def central_bullet(candidate: Candidate, chosen: Sequence[Candidate], facts: Facts) -> str | None:
    """Otherwise the best-scored sentences are bullets: centrality (cosine with the TF-IDF
    centroid of all sentences), the salience of the actors named, and a lead position."""
    return "bullet"


# Whether a sentence, taken in score order while slots remain, becomes a bullet.
BULLET_RULES = [redundant_bullet, same_fact_bullet, same_figures_bullet, central_bullet]


def citations(chosen: Candidate, candidates: list[Candidate], facts: Facts) -> list[Evidence]:
    """The bullet's own sentence, then the same report of the same fact in each other source."""
    evidence = [chosen.article.span_evidence(chosen.sentence)]
    cited = {chosen.article.source.id}
    for other in candidates:
        source = other.article.source.id
        if source in cited or not same_report_cited(chosen, other):
            continue
        found = other.article.span_evidence(other.sentence)
        if corroborates(
            facts.of(chosen), facts.of(other), text_of(other.sentence).strip(), [found]
        ):
            evidence.append(found)
            cited.add(source)
            record(
                same_report_cited,
                text_of(other.sentence).strip(),
                f"cited beside {chosen.article.source.id}",
                evidence[-1:],
            )
    return evidence


@rule(
    "summary",
    example="Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year. The automaker outsold rivals Toyota and "
    "General Motors in the month."
    + ARTICLE_BREAK
    + "Sales of automobiles in the United States fell as much as 35% in January, compared to "
    "the same month a year ago. Ford said its sales in the United States rose 43% in February "
    "compared to a year ago. General Motors reported a 49% decline.",
)
def same_report_cited(chosen: Candidate, other: Candidate) -> bool:
    """A bullet cites, in each other source, the first sentence that shares six tenths of its
    content words: the same report."""
    return _overlap(chosen, other) >= _SAME_REPORT


def _overlap(first: Candidate, second: Candidate) -> float:
    return overlap(first.words, second.words)
