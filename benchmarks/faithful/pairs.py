"""Checks (b) same fact, (c) contested pairs and (d) outlook horizon of issue 17.

They read the brief and parse its cited sentences with logic of their own, not briefgen's
same-fact test (extract/samefact.py), which they would otherwise only repeat:
- (b) `same_fact`: an extra evidence ref of a bullet, event, quote or outlook item is
  suspect when its sentence and the item's first sentence differ in the polarity of their
  main verb, share no main verb (exact lemma or one of a few synonyms), name different
  proper nouns as the main verb's subject, or give different percentages or sums of money.
- (c) `contested_pairs`: a pair is a duplicate when another entry holds the same claims (the
  same sentences, or the same words from copies of one report), or the same denial sentence
  under another name, or one claim twice; it is mismatched when an assertion shares no event
  or predicate with the denial it stands beside (a noun or a verb, by synonym, beyond the
  names of the sides, which say who, not what), or figures of one entry come from sentences
  that share no noun beyond the counted ones.
- (d) `outlook_horizon`: an outlook item is history when the latest day meant by the dates
  that say when in a modal or "by ..." clause of its sentence ("will ... in 2008", "by 2008";
  "next year", "next month" counted from the source's publication), of those not before the
  publication (a date the statement recalls is not its aim), lies before the as-of date.
`multi_source_items` prints the items citing more than one source, for judging by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from benchmarks.faithful.common import Context, Finding
from briefgen.model import Brief, Contested, Evidence

# The benchmark's own small vocabulary (kept apart from briefgen's lexicons on purpose).
_REPORTING = frozenset({"say", "tell", "report", "state", "add", "announce", "confirm", "claim"})
_LIGHT = frozenset({"be", "have", "do", "make", "take", "get"})
_SYNONYMS = {
    "unveil": "introduce", "launch": "introduce", "present": "introduce",
    "increase": "rise", "grow": "rise", "climb": "rise", "jump": "rise", "soar": "rise",
    "drop": "fall", "decline": "fall", "plunge": "fall", "slump": "fall", "decrease": "fall",
    "secure": "win", "acquire": "buy", "purchase": "buy", "slash": "cut", "eliminate": "cut",
    "shelter": "harbor", "harbour": "harbor",
}  # fmt: skip
_MODALS = frozenset({"will", "would", "should", "could", "may", "might", "shall", "'ll", "wo"})
_UNTIL = frozenset({"by", "until", "before", "through"})
_ASIDE = frozenset({"relcl", "appos", "parataxis"})  # a clause about something else
_WHEN = frozenset({"pobj", "npadvmod", "tmod", "advmod", "prep"})  # a date that says when
_COUNTED = frozenset({"people", "person", "dead", "death", "killed", "kill", "injure", "injured"})
_MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PERCENT = re.compile(r"(\d[\d,.]*)\s*(?:%|per ?cent)")
_MONEY = re.compile(r"[$£€¥]\s*(\d[\d,.]*)\s*(billion|million|bn|m)?", re.I)


# --- (b) same fact --------------------------------------------------------------------


def same_fact(ctx: Context) -> list[Finding]:
    """(b) Extra evidence refs whose sentence does not report the item's fact."""
    findings = []
    for where, text, evidence in _multi_source(ctx.brief):
        first = _sentence(ctx, evidence[0])
        if first is None:
            continue
        for extra in evidence[1:]:
            other = _sentence(ctx, extra)
            if other is None or _same_words(ctx.excerpt(evidence[0]), ctx.excerpt(extra)):
                continue
            reason = differs(first, other, dated=where.startswith("timeline"))
            if reason:
                findings.append(
                    Finding("same_fact", where, text, extra.source, ctx.excerpt(extra), reason)
                )
    return findings


def differs(first: Span, other: Span, dated: bool = False) -> str | None:
    """Why two sentences do not report one fact, or None. The fact is what the main verb
    states; for a timeline event, what a word a date hangs on states ("the April 20
    explosion", "sank in April")."""
    heads_a = _dated_heads(first) if dated else [_main_verb(first)]
    heads_b = _dated_heads(other) if dated else [_main_verb(other)]
    matched = [(a, b) for a in heads_a for b in heads_b if _match(_words(a), _words(b))]
    if not matched:
        words_a = sorted(set().union(*map(_words, heads_a)))
        words_b = sorted(set().union(*map(_words, heads_b)))
        return f"no main word in common: {words_a} / {words_b}"
    a, b = matched[0]
    if _negated(a) != _negated(b):
        return f"polarity differs: {a.text!r} / {b.text!r}"
    names_a, names_b = _subject_names(a), _subject_names(b)
    if names_a and names_b and not names_a & names_b:
        return f"subjects differ: {sorted(names_a)} / {sorted(names_b)}"
    for pattern in (_PERCENT, _MONEY):
        figures_a, figures_b = _figures(pattern, first.text), _figures(pattern, other.text)
        if figures_a and figures_b and not figures_a & figures_b:
            return f"figures differ: {sorted(figures_a)} / {sorted(figures_b)}"
    return None


def _match(first: set[str], second: set[str]) -> bool:
    return "*" in first or "*" in second or bool(first & second)


def _same_words(first: str, second: str) -> bool:
    """One excerpt repeats the other's words (a quote, a copy): the same statement."""
    a, b = (" ".join(re.findall(r"\w+", text.lower())) for text in (first, second))
    return bool(a and b) and (a in b or b in a)


def _dated_heads(sentence: Span) -> list[Token]:
    """The first noun and the first verb each of the sentence's dates hangs on ("issued an
    order on Monday": issue; "the April 20 explosion": explosion); the main verb besides."""
    heads = [_main_verb(sentence)]
    for date in (d for d in sentence.ents if d.label_ in {"DATE", "TIME"}):
        for kinds in ({"NOUN", "PROPN"}, {"VERB", "AUX"}):
            found = next((t for t in date.root.ancestors if t.pos_ in kinds), None)
            if found is not None:
                heads.append(found)
    return heads


def _multi_source(brief: Brief) -> Iterator[tuple[str, str, list[Evidence]]]:
    """(where, text, evidence) of every item citing more than one evidence span."""
    for i, bullet in enumerate(brief.summary):
        if len(bullet.evidence) > 1:
            yield f"summary[{i}]", bullet.text, list(bullet.evidence)
    for i, event in enumerate(brief.timeline):
        if len(event.evidence) > 1:
            yield f"timeline[{i}]", f"{event.date} {event.event}", list(event.evidence)
    for i, quote in enumerate(brief.quotes):
        if quote.also:
            yield f"quotes[{i}]", quote.text, [quote.evidence, *quote.also]
    for i, item in enumerate(brief.outlook):
        if item.also:
            yield f"outlook[{i}]", item.text, [item.evidence, *item.also]


def _sentence(ctx: Context, evidence: Evidence) -> Span | None:
    sentences = ctx.sentences(evidence)
    return sentences[0] if sentences else None


def _main_verb(sentence: Span) -> Token:
    """The root, or the clause a reporting root reports ("GM said that sales fell"; "MSNBC
    is reporting that the Navy claims it captured ...")."""
    verb = sentence.root
    for _ in range(3):
        reported = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.lemma_.lower() not in _REPORTING or not reported:
            break
        verb = reported[0]
    return verb


def _negated(verb: Token) -> bool:
    """ "not", "never", or an object with "no" ("has had no government")."""
    if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in verb.children):
        return True
    return any(d.lower_ == "no" and d.dep_ == "det" for c in verb.children for d in c.children)


def _words(head: Token) -> set[str]:
    """A head and the words joined to it, by synonym; a light verb ("is", "made") stands for
    any word."""
    found = {head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == head.pos_)}
    lemmas = {t.lemma_.lower() for t in found}
    if lemmas & _LIGHT:
        return {"*"} | lemmas
    return {_SYNONYMS.get(lemma, lemma) for lemma in lemmas}


def _subject_names(verb: Token) -> set[str]:
    """The nouns of the main verb's subject when it holds a proper noun ("India's navy")."""
    words = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    if not any(t.pos_ == "PROPN" for t in words):
        return set()
    return {t.lower_ for t in words if t.pos_ in {"NOUN", "PROPN"}}


def _figures(pattern: re.Pattern[str], text: str) -> set[str]:
    return {
        " ".join(g.replace(",", "").lower() for g in m.groups() if g)
        for m in pattern.finditer(text)
    }


def multi_source_items(ctx: Context) -> list[str]:
    """Each item citing another source than its first (copies aside), with every sentence it
    cites, for a person to judge whether they report one fact."""
    copies = {s.id: s.duplicate_of for s in ctx.brief.sources}
    blocks = []
    for where, text, evidence in _multi_source(ctx.brief):
        sources = {copies.get(e.source) or e.source for e in evidence}
        if len(sources) < 2:
            continue
        lines = [f"{where}: {text}"]
        lines += [f"  [{e.source}] {ctx.excerpt(e)}" for e in evidence]
        blocks.append("\n".join(lines))
    return blocks


# --- (c) contested pairs --------------------------------------------------------------


def contested_pairs(ctx: Context) -> list[Finding]:
    """(c) Contested entries that repeat another, list a denial twice, or pair statements
    about different matters."""
    findings = []
    seen_claims: dict[frozenset[tuple[str, int]], str] = {}
    seen_denials: dict[tuple[str, int], str] = {}
    seen_texts: dict[frozenset[str], str] = {}  # the same words from copies of one report
    for i, contest in enumerate(ctx.brief.contested):
        where = f"contested[{i}]"
        keys = [(c.evidence.source, c.evidence.start) for c in contest.claims]
        reasons: list[tuple[str, int]] = []  # (why, index of the claim concerned)
        if len(set(keys)) < len(keys):
            reasons.append(("one claim listed twice", -1))
        said = frozenset(_said(c.text) for c in contest.claims)
        if frozenset(keys) in seen_claims or said in seen_texts:
            first = seen_claims.get(frozenset(keys)) or seen_texts[said]
            reasons.append((f"the same claims as {first}", -1))
        seen_claims.setdefault(frozenset(keys), where)
        seen_texts.setdefault(said, where)
        if contest.kind == "claims":
            denial = contest.claims[-1]
            key = (denial.evidence.source, denial.evidence.start)
            if key in seen_denials:
                reasons.append((f"the same denial also under {seen_denials[key]}", -1))
            seen_denials.setdefault(key, where)
            who = _who(contest)
            reasons += [
                ("the assertion shares no event or predicate with the denial", k)
                for k, claim in enumerate(contest.claims[:-1])
                if not (_content(ctx, claim.evidence) & _content(ctx, denial.evidence)) - who
            ]
        elif not _one_event(ctx, [c.evidence for c in contest.claims]):
            reasons.append(("the figures come from sentences about different events", -1))
        for reason, k in reasons:
            claim = contest.claims[k]
            findings.append(
                Finding(
                    "contested", where, contest.matter, claim.evidence.source, claim.text, reason
                )
            )
    return findings


def _who(contest: Contested) -> set[str]:
    """The words of the names of the sides ("Trump / Benjamin Netanyahu"): they say who
    disagrees, not about what."""
    names = [contest.matter, *(c.speaker or "" for c in contest.claims)]
    return {w.lower() for name in names for w in re.findall(r"\w+", name)}


def _said(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _content(ctx: Context, evidence: Evidence) -> set[str]:
    """The event and predicate words of a claim: its nouns and verbs (by synonym), not the
    verbs of saying or denying; the sides' names are taken away by the caller."""
    span = ctx.span(evidence)
    if span is None:
        return set()
    return {
        _SYNONYMS.get(t.lemma_.lower(), t.lemma_.lower())
        for t in span
        if t.pos_ in {"NOUN", "PROPN", "VERB"} and not t.is_stop
        and t.lemma_.lower() not in _REPORTING | _LIGHT | {"deny", "reject", "insist"}
    }  # fmt: skip


def _one_event(ctx: Context, evidence: list[Evidence]) -> bool:
    """Figures' sentences share a noun beyond the words that count (people, dead)."""
    nouns = [
        {t.lemma_.lower() for s in ctx.sentences(e) for t in s if t.pos_ in {"NOUN", "PROPN"}}
        - _COUNTED
        for e in evidence
    ]
    return all(nouns[0] & other for other in nouns[1:])


# --- (d) outlook horizon --------------------------------------------------------------


def outlook_horizon(ctx: Context) -> list[Finding]:
    """(d) Outlook items whose horizon lies before the brief's as-of date."""
    findings = []
    as_of = ctx.brief.as_of
    for i, item in enumerate(ctx.brief.outlook):
        published = ctx.brief.source(item.evidence.source).published or as_of
        sentences = ctx.sentences(item.evidence)
        dates = [d for s in sentences for d in s.ents if d.label_ == "DATE" and _when(d)]
        if not any(_forward(d) for d in dates):
            continue
        # The sentence sets a date ahead: its horizon is the latest date it names, of those
        # not before the publication (a date the statement recalls is not its aim).
        ends = [end for d in dates for end in _ends(d, published) if end >= published]
        if ends and max(ends) < as_of:
            reason = f"horizon {max(ends)} is before the as-of date {as_of.isoformat()}"
            findings.append(
                Finding(
                    "outlook_horizon", f"outlook[{i}]", item.text, item.evidence.source,
                    ctx.excerpt(item.evidence), reason,
                )
            )  # fmt: skip
    return findings


def _when(date: Span) -> bool:
    """A date that says when (the object of a preposition, or an adverbial: not "the 2020
    census"), outside relative clauses, appositions and parentheticals (which tell of
    something else), and not looking back ("last November", "two years ago")."""
    if date.root.dep_ not in _WHEN or re.search(r"\b(last|ago|earlier|previous)\b", date.text):
        return False
    return not any(t.dep_ in _ASIDE for t in date.root.ancestors)


def _forward(date: Span) -> bool:
    """A date after "by" / "until", or in a modal clause ("will ... in 2008")."""
    ancestors = list(date.root.ancestors)
    if date.root.head.lower_ in _UNTIL:
        return True
    return any(c.lower_ in _MODALS for t in ancestors[:4] for c in t.children)


def _ends(date: Span, published: dt.date) -> list[dt.date]:
    """The latest day a date may mean: a year named (its end), "this" or "next year", "next
    month" or "the coming weeks" (two months on), a month without a year (a year on)."""
    text = date.text.lower()
    ends = [dt.date(int(y), 12, 31) for y in _YEAR.findall(text)]
    if "next year" in text:
        ends.append(dt.date(published.year + 1, 12, 31))
    if "this year" in text:
        ends.append(dt.date(published.year, 12, 31))
    if _MONTH.search(text) and not _YEAR.search(text):
        ends.append(published + dt.timedelta(days=366))
    if re.search(r"\b(next|coming) (weeks?|months?)", text):
        ends.append(published + dt.timedelta(days=62))
    return ends
