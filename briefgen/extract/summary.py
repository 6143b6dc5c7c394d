"""Bottom line up front: per story, what happened last, why it matters and what comes next.

Each sentence is scored (extract/summary_scores.py) by its centrality, closeness to the
headlines, the salience of the actors it names, its place in its article, its recency, how
closely and how many other sources report it. Bullets are picked greedily in score order,
skipping any that repeats an earlier pick in words, fact or figures (`BULLET_RULES`,
extract/summary_bullets.py), at most `MAX_BULLETS`, and read in this order: the newest
development (`newest_development`: the best-scored sentence of a fact from the story's last
NEWEST_DAYS), why it matters (`why_it_matters`: one slot kept for the best sentence that
evaluates the event), other facts (`central_bullet`), what comes next (`what_comes_next`:
one slot kept for the best sentence holding a forward-looking statement of the outlook
stage). Each bullet cites every source that says the same: a sentence that shares most of
its words (`same_report_cited`) and reports the same fact (extract/samefact.py);
`widely_reported` notes a bullet whose fact other sources report.
`SENTENCE_FILTERS` (extract/summary_filters.py) say what cannot be a bullet. A brief of
several stories has one bottom line per story (`story_summaries`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span

from briefgen.budget import charging, check
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.labels import SUBJECTS
from briefgen.extract.lexicon import words
from briefgen.extract.rules import ARTICLE_BREAK, Rule, first, is_tracing, record, rule
from briefgen.extract.summary_bullets import (
    BULLET_RULES,
    NEXT_STEPS,
    Candidate,
    Facts,
    central_bullet,
    citations,
)
from briefgen.extract.summary_filters import SENTENCE_FILTERS
from briefgen.extract.summary_scores import (
    SentenceDates,
    add_reports,
    base_scores,
    newest_day,
)
from briefgen.extract.views import text_of
from briefgen.model import Actor, DateMention, OutlookItem, Story, SummaryItem

MAX_BULLETS = 5
# The newest development is told in the last days of the story: the best-scored sentence
# of a fact dated within two days of its newest date (a news cycle: a report of yesterday's
# event published today) leads the bottom line.
NEWEST_DAYS = 2
# The lead is told across the story's sources: its centrality across them at least half the
# most central newest sentence's (T17 MJ: the headboard aside 0.10, the verdict 0.30), in a
# story of `_MANY_SOURCES` or more. With two or three outlets, centrality across them
# measures one outlet's wording against one or two others' more than what they all tell:
# on the AllSides develop clusters (three leads each) it put 13 of 252 leads behind a
# sentence like "When the Great Plague struck Marseille in 1720, ..." (ROUGE-1 -0.002).
_LEAD_ACROSS = 0.5
_MANY_SOURCES = 4
_WORD = re.compile(r"[^\W\d_]{3,}")
_CLOSING_MARKS = ('"', "”")


@dataclass
class _Picks:
    """The bullets chosen so far, by their part: the lead, why it matters, what comes next,
    and the other facts."""

    lead: Candidate
    why: Candidate | None = None
    next: Candidate | None = None
    facts: list[Candidate] = field(default_factory=list)

    def all(self) -> list[Candidate]:
        """In reading order: the newest development, why it matters, the other facts, then
        what comes next."""
        return [c for c in (self.lead, self.why, *self.facts, self.next) if c is not None]


def extract_summary(
    articles: Sequence[ParsedArticle],
    actors: ActorIndex,
    ranked: Sequence[Actor],
    dates: Sequence[DateMention] = (),
    outlook: Sequence[OutlookItem] = (),
    as_of: dt.date | None = None,
) -> list[SummaryItem]:
    """Up to five non-redundant bullets of one story: the newest development first, then why
    it matters, other facts, and what comes next; each cites the sources that report the same
    fact (`dates`, the brief's date mentions, tell reports of two dates apart; `outlook`, its
    forward-looking statements, mark the sentences that say what comes next)."""
    candidates = [c for article in articles for c in _charged_candidates(article)]
    if not candidates:
        return []
    newest = newest_day(articles, as_of)
    dated = SentenceDates(dates, newest)
    facts = Facts(actors, dates)
    scores = base_scores(candidates, actors, ranked, lambda c: dated.of(c)[0], newest)
    told = add_reports(scores, candidates, facts.of)
    ordered = sorted(candidates, key=lambda c: -scores[id(c)])
    picks = _pick(ordered, _forward(outlook), dated, facts, told.across)
    for chosen in picks.all():
        _note_reports(chosen, told.reports.get(id(chosen), []))
    return [
        SummaryItem(text=text_of(c.sentence).strip(), evidence=citations(c, candidates, facts))
        for c in picks.all()
    ]


def _pick(
    ordered: list[Candidate],
    forward: set[tuple[str, int]],
    dated: SentenceDates,
    facts: Facts,
    across: dict[int, float],
) -> _Picks:
    """The bullets, best-scored first within each part; one slot each is kept for why it
    matters and what comes next when a sentence says so (`across`: the best candidates'
    centrality across sources)."""
    picks = _Picks(_lead(ordered, dated, across))
    lead = picks.lead
    when, said = dated.of(picks.lead)
    _note(newest_development, picks.lead, f"first bullet: {when}{'' if said else ' (published)'}")
    rest = [c for c in ordered if c is not lead]
    picks.why = _reserve(rest, picks, facts, why_it_matters, lambda c: why_it_matters(c.sentence))
    picks.next = _reserve(
        rest, picks, facts, what_comes_next, lambda c: what_comes_next(c, forward)
    )
    for candidate in rest:
        if len(picks.all()) >= MAX_BULLETS:
            break
        if candidate in (picks.why, picks.next):
            continue
        made, outcome = _bullet(candidate, picks.all(), facts)
        _note(made, candidate, outcome)
        if made is central_bullet:
            picks.facts.append(candidate)
    return picks


def _lead(ordered: list[Candidate], dated: SentenceDates, across: dict[int, float]) -> Candidate:
    """The newest development: the best-scored sentence of the story's last NEWEST_DAYS, in a
    story of many sources the best-scored one the other sources tell (`central_lead`)."""
    newest = dated.as_of - dt.timedelta(days=NEWEST_DAYS)
    recent = [c for c in ordered if dated.of(c)[0] >= newest] or ordered
    if len({c.article.source.id for c in ordered}) < _MANY_SOURCES:
        return recent[0]
    most = max((across.get(id(c), 0.0) for c in recent), default=0.0)
    told = next(c for c in recent if across.get(id(c), 0.0) >= _LEAD_ACROSS * most)
    if across:
        passed = "" if told is recent[0] else f" over {text_of(recent[0].sentence).strip()[:60]}"
        _note(central_lead, told, f"first bullet, told across sources{passed}")
    return told


def _reserve(
    ordered: list[Candidate],
    picks: _Picks,
    facts: Facts,
    kept_by: Rule[..., Any],
    says: Callable[[Candidate], bool],
) -> Candidate | None:
    """The best-scored sentence that `says` (why it matters, what comes next) and repeats no
    bullet already chosen."""
    for candidate in ordered:
        if says(candidate) and _bullet(candidate, picks.all(), facts)[0] is central_bullet:
            _note(kept_by, candidate, "bullet")
            return candidate
    return None


def _forward(outlook: Sequence[OutlookItem]) -> set[tuple[str, int]]:
    """Where each forward-looking statement starts: (source id, offset)."""
    return {(item.evidence.source, item.evidence.start) for item in outlook}


def _note_reports(chosen: Candidate, reports: list[Candidate]) -> None:
    if widely_reported(chosen, reports) and is_tracing():
        sources = ", ".join(other.article.source.id for other in reports)
        evidence = [chosen.article.span_evidence(chosen.sentence)]
        record(
            widely_reported,
            text_of(chosen.sentence).strip(),
            f"also reported by {sources}",
            evidence,
        )


def _bullet(
    candidate: Candidate, chosen: list[Candidate], facts: Facts
) -> tuple[Rule[..., Any], str]:
    """Whether a sentence becomes a bullet, by the first rule of `BULLET_RULES` that decides
    (`central_bullet` always does)."""
    found = first(BULLET_RULES, candidate, chosen, facts)
    assert found is not None and found[1] is not None
    return found[0], found[1]


def _note(made: Rule[..., Any], candidate: Candidate, outcome: str) -> None:
    if is_tracing():
        evidence = [candidate.article.span_evidence(candidate.sentence)]
        record(made, text_of(candidate.sentence).strip(), outcome, evidence)


def _candidates(article: ParsedArticle) -> list[Candidate]:
    """Sentences that can stand as bullets: those no rule of `SENTENCE_FILTERS` drops."""
    title = article.source.title
    found: list[Candidate] = []
    taken = 0  # the end of the sentence before, with any closing mark it took
    for split in article.doc.sents:
        check(article.doc)
        start = max(split.start, taken)
        while start < split.end and split.doc[start].is_space:
            start += 1
        if start >= split.end:
            continue
        sentence = _with_closing_mark(article, split.doc[start : split.end])
        taken = sentence.end
        text = text_of(sentence).strip()
        dropped = first(SENTENCE_FILTERS, sentence, title)
        if dropped is not None:
            if is_tracing():
                record(dropped[0], text, "dropped", [article.span_evidence(sentence)])
            continue
        terms = Counter(
            t.lemma_.lower() for t in sentence if _WORD.fullmatch(t.text) and not t.is_stop
        )
        found.append(Candidate(article, sentence, len(found), terms))
    return found


# AllSides develop (allsides_5647, the Washington Examiner): the closing mark glued to the
# full stop, which the sentence splitter gave to the next sentence.
_CUT_QUOTE = (
    "President Joe Biden condemned activists cornering Arizona Sen. Kyrsten Sinema in a "
    "bathroom over the weekend and filming the encounter but dismissed the tactics as common and "
    '"part of the process."\n\nThe president spoke to reporters at the White House on Monday.'
)


@rule("summary", example=_CUT_QUOTE)
def bullet_closing_mark(sentence: Span) -> Span:
    """A sentence that leaves a quotation open, followed at once (no space) by the closing
    mark the sentence splitter gave to the next sentence ('... as common and "part of the
    process."'), takes that mark: a bullet never cuts a quotation off before its end."""
    doc = sentence.doc
    following = doc[sentence.end] if sentence.end < len(doc) else None
    if following is None or following.text not in _CLOSING_MARKS or sentence[-1].whitespace_:
        return sentence
    text = text_of(sentence)
    if text.count("“") > text.count("”") or text.count('"') % 2 == 1:
        return doc[sentence.start : sentence.end + 1]
    return sentence


def _with_closing_mark(article: ParsedArticle, sentence: Span) -> Span:
    closed = bullet_closing_mark(sentence)
    if closed is not sentence and is_tracing():
        evidence = [article.span_evidence(closed)]
        record(bullet_closing_mark, text_of(closed).strip(), "closing mark kept", evidence)
    return closed


@rule(
    "summary",
    example="Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
    "failure this week. The clashes left dozens dead on both sides and forced the closure of "
    "several key border crossings. Islamabad says the violence stems from militant groups "
    "operating inside Afghanistan. Pakistan’s Information Minister Attaullah Tarar confirmed "
    "the breakdown in a statement on X. Qatar and Turkey helped broker the discussions in "
    "Istanbul last week. The breakdown marks another setback in efforts to stabilize relations "
    "between the two neighbors.",
)
def why_it_matters(sentence: Span) -> bool:
    """One bullet is kept for the best sentence whose main clause evaluates the event ("The
    breakdown marks another setback"): a significance word as the main verb or one of its
    arguments other than the subject (lexicon `significance_cues`): the evaluation is said of
    the event, so "Haitink's recording highlights include ..." evaluates nothing."""
    cues = words("significance_cues")
    root = sentence.root
    said = [t for t in root.children if t.dep_ not in SUBJECTS]
    return any(t.lemma_.lower() in cues for t in [root, *said])


@rule(
    "summary",
    example="Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
    "failure on Wednesday, as Islamabad declared that the four-day talks in Istanbul had failed.",
)
def newest_development(sentence: Span) -> bool:
    """The first bullet is the newest development: the best-scored sentence whose fact is
    dated (by the dates the sentence gives, else its article's publication date) within
    NEWEST_DAYS of the story's newest date (the as-of date at the latest)."""
    return True


# Timeline17 develop (t17_MJ_bbc, four BBC pages of 16, 8 and 27 September 2011): the newest
# page leads with an aside and tells the story's main event, which the others report, below.
_ASIDE_FIRST = (
    "The headboard from the bed in which Michael Jackson died has been withdrawn from auction "
    "at the request of his family, Julien's Auctions has said. Earlier this month Jackson's "
    "doctor, Conrad Murray, was found guilty of the involuntary manslaughter of the singer."
    + ARTICLE_BREAK
    + "The trial of Michael Jackson's doctor, Conrad Murray, took place on the ninth floor of "
    "the superior court of Los Angeles. Murray was found guilty of Michael Jackson's "
    "involuntary manslaughter."
    + ARTICLE_BREAK
    + "A jury has found Michael Jackson's personal doctor Conrad Murray guilty of the singer's "
    "involuntary manslaughter."
    + ARTICLE_BREAK
    + "Dr Conrad Murray is on trial accused of the involuntary manslaughter of singer Michael "
    "Jackson."
)


@rule("summary", example=_ASIDE_FIRST)
def central_lead(candidate: Candidate) -> bool:
    """Of the newest days' sentences, the best-scored that the other sources tell leads: one
    whose centrality across sources (summary_scores.across_sources) is at least
    `_LEAD_ACROSS` of the most central's, even over a better-scored one they barely touch
    (one page's aside, "The headboard ... has been withdrawn from auction", gives way to the
    story's centre, "... Conrad Murray, was found guilty")."""
    return True


@rule("summary", example=NEXT_STEPS)
def what_comes_next(candidate: Candidate, forward: set[tuple[str, int]]) -> bool:
    """One bullet, the last, is kept for the best sentence that says what comes next: one
    holding a forward-looking statement the outlook stage found (a plan, a forecast, a risk)."""
    source = candidate.article.source.id
    start, end = candidate.sentence.start_char, candidate.sentence.end_char
    return any(s == source and start <= offset < end for s, offset in forward)


@rule(
    "summary",
    example="Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year."
    + ARTICLE_BREAK
    + "Ford said its sales in the United States rose 43% in February compared to a year ago. "
    "General Motors reported a 49% decline.",
)
def widely_reported(candidate: Candidate, reports: Sequence[Candidate]) -> bool:
    """A bullet's fact reported by other sources (a sentence sharing four tenths of its
    content words, and the same fact by extract/samefact.py) scores higher: the share of the
    story's other sources that report it."""
    return bool(reports)


def _charged_candidates(article: ParsedArticle) -> list[Candidate]:
    with charging(article.doc):
        return _candidates(article)


def story_summaries(
    articles: Sequence[ParsedArticle],
    stories: Sequence[Story],
    summarize: Callable[[Sequence[ParsedArticle]], list[SummaryItem]],
) -> list[list[SummaryItem]]:
    """Each story's bottom line, `summarize` run on the story's articles alone (one bottom
    line over all the articles when there are no stories)."""
    if not stories:
        return [summarize(articles)]
    by_id = {article.source.id: article for article in articles}
    return [summarize([by_id[i] for i in story.sources if i in by_id]) for story in stories]


def with_story_summaries(
    stories: Sequence[Story], bottom_lines: Sequence[list[SummaryItem]]
) -> tuple[list[SummaryItem], list[Story]]:
    """The brief's bullets (each story's in turn) and the stories, each with the indices of
    its own bullets (`Story.summary`)."""
    if not stories:
        return [item for items in bottom_lines for item in items], []
    summary: list[SummaryItem] = []
    found = []
    for n, story in enumerate(stories):
        items = bottom_lines[n] if n < len(bottom_lines) else []  # none when the stage failed
        indices = list(range(len(summary), len(summary) + len(items)))
        found.append(story.model_copy(update={"summary": indices}))
        summary.extend(items)
    return summary, found
