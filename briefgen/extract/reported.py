"""Reported speech: what a reporting cue outside quote marks reports, and who reported it.

"X said that ...", "the firm said it had lost ...", "X accused Kabul of ...", "according to
X, ...": `CONTENT_RULES` find the reported content of a cue (the first that decides wins),
and the speaker is the cue's subject (`SPEAKER_RULES`). Content inside a quote in marks, or
with no speaker on the actor list, is not reported speech.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefgen.budget import check
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.attribution import Setting, attribute, written_source
from briefgen.extract.cues import cues_in
from briefgen.extract.labels import AUXILIARIES, PARENTHETICALS, UNNAMING_POS, VERBALS
from briefgen.extract.polarity import CUE_KEEP_RULES, qualify, written
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.model import Evidence, Quote


def reported_speech(
    article: ParsedArticle, actors: ActorIndex, inside: set[int], direct: set[int]
) -> Iterator[Quote]:
    """Reported speech: "X said that ...", "X accused Kabul of ...", "according to X, ...";
    `inside` holds the characters inside quotes in marks, `direct` those inside direct
    quotes: content that starts or ends in marks, or whose first or last word is in a direct
    quote (a quote split around its cue), is that quote's, not reported speech of its own."""
    for token in cues_in(article.doc[:]):
        check(article.doc)
        found = first(CONTENT_RULES, token)
        if found is None or found[1] is None:
            continue
        how, content = found[0], found[1]
        evidence = article.span_evidence(content)
        words = [t for t in content if not (t.is_quote or t.is_punct)]
        first_char, last_char = words[0].idx, words[-1].idx + len(words[-1]) - 1
        edges = {content.start_char, content.end_char - 1}
        if edges & inside or {first_char, last_char} & direct:
            record(how, content.text.strip(), "dropped: inside a quote", [evidence])
            continue
        said, why = attribute(
            Setting(_without_cue(content, token), token, None, actors), [how], evidence
        )
        named = said.name is not None or _names_someone(said.source)
        record(
            how, content.text.strip(), "indirect" if named else "dropped: no speaker", [evidence]
        )
        if not named:
            continue
        cue, kept = cue_phrase(token, evidence)
        yield Quote(
            text=content.text.strip(),
            speaker=said.name,
            cue=cue,
            kind="indirect",
            evidence=evidence,
            why=[*why, *(made.name for made in kept)],
            **written_source(article, said),
        )


def _without_cue(content: Span, cue: Token) -> Span:
    """The content a speaker is looked for outside of: for a cue set inside it ("Recently,
    Ali said, he has realized ..."), its longer part beside the cue's own words."""
    if not content.start <= cue.i < content.end:
        return content
    before = content.doc[content.start : cue.left_edge.i]
    after = content.doc[cue.right_edge.i + 1 : content.end]
    return after if len(after) >= len(before) else before


def _names_someone(source: Span | None) -> bool:
    """A source as written says who spoke unless it is only a pronoun ("he", "they")."""
    return source is not None and any(t.pos_ not in UNNAMING_POS for t in source)


def cue_phrase(verb: Token, evidence: Evidence) -> tuple[str, tuple[Rule[..., Any], ...]]:
    """The reporting verb as the brief writes it: with its negation, modal or hedge and the
    auxiliaries they need ("did not confirm", "may say", "reportedly told"), so that "X did
    not confirm that ..." never reads "X confirmed that ..."; and the rules that kept them
    (each decision recorded against the quote's evidence)."""
    qualified = qualify(verb, CUE_KEEP_RULES, raise_rules=())
    if not qualified.keep:
        return verb.text, ()
    aux = {c.i for c in verb.children if c.dep_ in AUXILIARIES and c.i < verb.i}
    kept = sorted(qualified.keep | aux | {verb.i})
    text = written(" ".join(verb.doc[i].text for i in kept))
    for made in qualified.why:
        record(made, verb.text, text, [evidence])
    return text, qualified.why


@rule(
    "quote",
    example="The steering computer and backup system failed after thirty minutes. The issue "
    "has been resolved, according to Airbus spokesman Jaime Perez-Guerra.",
)
def according_to_clause(verb: Token) -> Span | None:
    """What "according to X" reports: the clause it qualifies."""
    if verb.lower_ != "according":
        return None
    clause = verb.head
    tokens = [
        t for t in clause.subtree if t.i not in {s.i for s in verb.subtree} and not t.is_punct
    ]
    return _trimmed(verb.doc, tokens) if clause.i != verb.i else None


@rule(
    "quote",
    example="The Inter-Services Public Relations (ISPR), the military's media wing, said "
    "earlier that 23 Pakistani soldiers had been killed in clashes along the border.",
)
def that_clause(verb: Token) -> Span | None:
    """Reported speech opens after its "that": "said earlier that 23 soldiers had been killed"."""
    clause = _reported_clause(verb)
    if clause is None or clause[1] is None:
        return None
    return _trimmed(verb.doc, [t for t in clause[0].subtree if t.i > clause[1].i])


@rule(
    "quote",
    example="United States automobile company General Motors announced it has lost US$6 "
    "billion in the first quarter of 2009. Not including special items, the firm said it had "
    "lost a net $5.9 billion dollars.",
)
def bare_clause(verb: Token) -> Span | None:
    """Reported speech with no "that" is the whole clause the cue takes: "the firm said it
    had lost a net $5.9 billion"."""
    clause = _reported_clause(verb)
    if clause is None or clause[1] is not None:
        return None
    return _trimmed(verb.doc, list(clause[0].subtree))


@rule(
    "quote",
    example="Islamabad says the violence stems from militant groups operating inside "
    "Afghanistan. Pakistan accused Kabul of sheltering the Tehrik-e-Taliban Pakistan.",
)
def accusation_charge(verb: Token) -> Span | None:
    """What an accusation reports: who, and the charge ("accused Kabul of sheltering ...")."""
    if verb.lower_ == "according" or _reported_clause(verb) is not None:
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    charge = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None
    )
    if target is None or charge is None:
        return None
    return _trimmed(verb.doc, [*target.subtree, *charge.subtree])


@rule(
    "quote",
    # PolNeAR train, The Washington Post 2016-09 (a refugee in Clarkston).
    example="Mohammed Ali arrived in Clarkston in 2006 and found the area welcoming. Recently, "
    "Ali said, he has realized that the rest of Georgia is not as hospitable.",
)
def parenthetical_cue(verb: Token) -> Span | None:
    """A cue set in the clause it reports ("Recently, he said, he has realized that ...";
    "The Republican nominee, he said, watched the Olympics") reports that clause, from its
    first word to its last."""
    head = verb.head
    if verb.dep_ not in PARENTHETICALS or head.i == verb.i or head.pos_ not in VERBALS:
        return None
    if _reported_clause(verb) is not None:
        return None
    own = {t.i for t in verb.subtree}
    return _trimmed(verb.doc, [t for t in head.subtree if t.i not in own])


# What a reporting cue outside quote marks reports: the first rule that finds it.
CONTENT_RULES: list[Rule[[Token], Span | None]] = [
    according_to_clause,
    that_clause,
    bare_clause,
    parenthetical_cue,
    accusation_charge,
]


def _reported_clause(verb: Token) -> tuple[Token, Token | None] | None:
    """The first clause a cue takes, and the "that" opening it (None if it has none)."""
    if verb.lower_ == "according":
        return None
    child = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if child is None:
        return None
    mark = next((t for t in child.children if t.dep_ == "mark"), None)
    return child, (mark if mark is not None and mark.i < child.i else None)


def _trimmed(doc: Doc, tokens: list[Token]) -> Span | None:
    """The contiguous span over the tokens, without trailing punctuation; None if short."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return doc[tokens[0].i : tokens[-1].i + 1] if len(tokens) >= 3 else None
