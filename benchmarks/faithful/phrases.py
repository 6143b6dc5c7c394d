"""Checks (a) polarity and modality and (e) relative dates left unresolved in prose.

(a) For every phrase of a brief (timeline events, outlook phrases, indirect and partial
quotes with their speaker and cue, contested claims, summary bullets), the evidence sentence
is parsed again and the head of the clause the phrase came from is found by the phrase's own
words (the shallowest verb of the sentence that the phrase repeats). What governs that head
in the source (a negation, a modal, a condition, a hedge, a reporting or denial verb above
it, a noun of saying or belief whose content it states: "the lie that ..."; a verb whose
open clause does not happen, "failed to", "refused to"; "without"; a negative subject or
object, "no one was hurt"; "denied that"; a passive verb of belief, "is said to", "is
expected to") must show in the phrase; a phrase that repeats every word of its source drops nothing,
whatever the parse of a misspelling ("wont") says. This reads the parse on its own, not
through briefgen's `polarity` module, so a gap in one is not hidden by the other.

(e) Every relative date in a prose item, found by the check's own word patterns whatever
the date tagger made of it ("on Wednesday", "last month", "tomorrow", "two weeks ago", "this
past weekend", "earlier this month", "the day before", "years later", "over the weekend"),
must be followed by a parenthesis giving its date (a year) or saying it is assumed or
unresolved. A day word the source's parse puts in a name ("MedPage Today") is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from benchmarks.faithful.common import Context, Finding
from briefgen.extract.lexicon import words
from briefgen.model import Brief, Evidence

# Words that negate in a phrase; the source side reads `neg` dependencies instead.
NEGATION_WORDS = frozenset({"not", "never", "no", "nor", "neither", "none", "nothing", "without"})
# Verbs whose open clause does not happen ("failed to agree", "refused to sign"): a phrase
# cut from that clause states the opposite unless it keeps them.
NEGATIVE_IMPLICATIVES = frozenset({"fail", "refuse", "decline", "neglect", "refrain"})
# Negative words that stand as a verb's subject or object ("nobody was hurt").
_NEGATIVE_ARGUMENTS = frozenset({"nobody", "nothing", "none", "noone"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
# Passive verbs of saying and belief that hedge their open clause ("is said to have fled",
# "is believed to be", "is expected to resign").
_HEARSAY = frozenset({"believe", "think", "suppose", "rumor", "rumour", "expect", "understand"})
# Contracted modals as their full word.
_MODAL_FORMS = {
    "wo": "will", "ca": "can", "'ll": "will", "’ll": "will", "'d": "would", "’d": "would",
}  # fmt: skip
_WORD = re.compile(r"[\w’']+")
_NOUNS = frozenset({"NOUN", "PROPN"})
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_UNIT = r"(?:day|week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter)"
_DAYPART = r"(?:morning|afternoon|evening|night)"
_COUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|few|several|many|some|couple(?: of)?)"
)
# The benchmark's own patterns of a date counted from the writer's day or from another date
# named in the text, whatever the date tagger made of them (issue 17: "this past weekend",
# "earlier this month", "a week ago", "the day before" are read by the words alone).
RELATIVE_DATE = re.compile(
    rf"\b(?:{_WEEKDAY}|yesterday|today|tomorrow|tonight"
    rf"|(?:last|next|this|coming|past|previous|following) (?:{_UNIT}|{_DAYPART})\b"
    rf"|(?<=\bthe )(?:last|next|coming|past|previous|following) (?:{_UNIT}|{_DAYPART})s"
    rf"|(?:earlier|later) (?:in the|that) (?:{_UNIT}|{_DAYPART})"
    rf"|(?:the )?(?:{_COUNT} )?(?:{_UNIT}|{_DAYPART}|hour)s? (?:ago|earlier|later"
    rf"|(?:before|after)(?=\s*(?:[,.;:)]|$|and\b|but\b)))"
    rf"|(?:at|over|on|during) the weekend)\b",
    re.I,
)
# What may follow a relative date: a parenthesis (a bracket in a quotation) with a year,
# "assumed" or "unresolved", or
# the date itself written out ("Monday 20 September", "Tuesday, June 3").
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_SHOWN = re.compile(
    r"^[\w’']*(?:\s+[\w’']+){0,3}\s*[(\[][^)\]]*"
    rf"(?:\d{{4}}|assumed|unresolved|\b{_MONTH}\s+\d|\b\d+(?:st|nd|rd|th)?\s+{_MONTH})"
    r"[^)\]]*[)\]]"
    r"|^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)
# A step that is an adjective: "our last day", "the last day of the trial".
_POSSESSED = re.compile(r"\b(?:my|our|your|his|her|its|their)\s+$|[’']s\s+$", re.I)
_OF = re.compile(r"^\s+of\b")
# The extent of what is told, counted from the report's day: an amount of time, no date.
_EXTENT_FROM_NOW = re.compile(r"\b(?:over|for|during|throughout)\s+the\s+$", re.I)
_FROM_NOW_STEPS = ("last ", "past ", "next ", "coming ")
# A day that recurs names no date: "every Friday", "on Monday and Tuesday nights".
_EVERY = re.compile(r"\b(?:every|each)\s+(?:other\s+)?$", re.I)
_RECURRING = re.compile(
    rf"^(?:\s*(?:,|and|or)?\s*{_WEEKDAY})*\s*(?:{_WEEKDAY}|morning|afternoon|evening|night)s\b",
    re.I,
)


@dataclass(frozen=True)
class Item:
    """A phrase of the brief: where, its text as shown (with speaker and cue for a quote),
    the words that are the source's own, and its evidence."""

    where: str
    text: str
    own: str
    evidence: Evidence
    prose: bool  # written by briefgen, not a quotation: dates must be shown


def items(brief: Brief) -> Iterator[Item]:
    """Every phrase of a brief that comes from one source clause."""
    for i, s in enumerate(brief.summary):
        yield Item(f"summary[{i}]", s.text, s.text, s.evidence[0], True)
    for i, e in enumerate(brief.timeline):
        yield Item(f"timeline[{i}]", e.event, e.event, e.evidence[0], True)
    for i, o in enumerate(brief.outlook):
        yield Item(f"outlook[{i}]", o.text, o.text, o.evidence, True)
    for i, q in enumerate(brief.quotes):
        if q.kind != "direct":
            frame = f"{q.speaker or ''} {q.cue or 'said'} {q.text}"
            yield Item(f"quotes[{i}]", frame, q.text, q.evidence, False)
    for i, c in enumerate(brief.contested):
        for k, claim in enumerate(c.claims):
            frame = f"{claim.speaker or ''} {claim.stance} {claim.text}"
            yield Item(f"contested[{i}].claims[{k}]", frame, claim.text, claim.evidence, True)


def _words(text: str) -> list[str]:
    text = re.sub(r"\bcannot\b", "can not", text, flags=re.I)
    text = re.sub(r"n[’']t\b", " not", text, flags=re.I)
    text = re.sub(r"[’']s\b", "", text, flags=re.I)  # "Tuesday’s", "if’s"
    text = re.sub(r"(\w)([’'](?:d|ll))\b", r"\1 \2", text, flags=re.I)
    found = (w.strip("'’") for w in _WORD.findall(text.lower()))  # "''not", "'must'"
    return [_MODAL_FORMS.get(w, w) for w in found if w]


def find_head(sentences: list[Span], own: str, evidence: Span | None = None) -> Token | None:
    """The head of the clause a phrase came from: of the verbs of its evidence (else of the
    sentence) that the phrase repeats, the one whose subtree holds the most of the phrase's
    words, the deepest on a tie (the clause, not the sentence around it); a content word
    when the phrase repeats no verb."""
    said = set(_words(own))
    within = [evidence] if evidence is not None else []
    matched: list[Token] = []
    for spans in (within, sentences):
        matched = [
            t for s in spans for t in s
            if t.lower_ in said and not t.is_punct and (not t.is_stop or t.pos_ == "VERB")
            and t.dep_ not in ("aux", "auxpass") and not _prefix(t)
        ]  # fmt: skip
        if matched:
            break
    if not matched:
        return None
    verbs = [t for t in matched if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return min(matched, key=lambda t: (_depth(t), t.i))
    ids = {t.i for t in matched}

    def covered(verb: Token) -> int:
        return len({t.lower_ for t in _clause(verb) if t.i in ids})

    # A noun phrase that holds the phrase's words as well as any verb does is the phrase's
    # head ("Clinton's narrow win in Iowa", not the "win" of "Sanders is expected to win").
    nouns = [t for t in matched if t.pos_ in _NOUNS]
    return max([*verbs, *nouns], key=lambda t: (covered(t), _depth(t), -t.i))


def _prefix(token: Token) -> bool:
    """The first part of a hyphenated word ("co" of "co-sponsored"): its last part heads it."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.nbor(1).text == "-"


def _clause(verb: Token) -> list[Token]:
    """The words of a verb's own clause: its subtree without the relative clauses below it
    (they say something else of their noun); a relative clause's antecedent ("the branches,
    which spent $19 million") and the noun of a participle the parser took as its modifier
    ("co-sponsored legislation") are its own."""
    # A participle read as its noun's modifier, and a relative clause, take the noun's phrase.
    top = (
        verb.head
        if verb.dep_ in ("amod", "compound", "relcl") and verb.head.pos_ in _NOUNS
        else verb
    )
    asides = [t for t in top.subtree if t.dep_ == "relcl" and verb not in t.subtree]
    inside = {a.i for aside in asides for a in aside.subtree}
    return [t for t in top.subtree if t.i not in inside]


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def governing(head: Token) -> list[tuple[str, str]]:
    """(kind, word) of what governs a head in its source: negation, modal, hedge, condition
    of its clause, and of the verbs above it that its truth depends on (an open clause's
    governor, a shared conjunct's, a reporting or denial verb)."""
    claims = words("reporting_verbs") | words("denial_verbs")
    found: list[tuple[str, str]] = []
    token = head
    for _ in range(4):
        found += _own_markers(token)
        governor = token.head
        if governor.i == token.i:
            break
        if token.dep_ == "pcomp" and governor.lower_ == "without":  # "left without paying"
            found.append(("negation", "without"))
            break
        if token.dep_ == "xcomp" and governor.lemma_.lower() in NEGATIVE_IMPLICATIVES:
            found.append(("negation", governor.lemma_.lower()))
        elif (
            token.dep_ == "xcomp"
            and _passive(governor)
            and (governor.lemma_.lower() in claims | _HEARSAY)
        ):
            found.append(("hedge", governor.lower_))
        if token.dep_ == "xcomp" or (
            token.dep_ == "conj"
            and token.pos_ in ("VERB", "AUX")
            and not any(c.dep_.startswith("nsubj") for c in token.children)
            and not any(c.dep_ == "cc" and c.lower_ == "but" for c in governor.children)
            and not _quote_between(token, governor)
        ):
            token = governor
            continue
        # "It should be mentioned that ...": the writer's own frame, not someone's claim.
        own_frame = any(c.dep_.startswith("nsubj") and c.lower_ == "it" for c in governor.children)
        if token.dep_ == "ccomp" and governor.lemma_.lower() in claims and not own_frame:
            found.append(("attribution", governor.lower_))
            if governor.lemma_.lower() in words("denial_verbs"):
                found.append(("negation", governor.lemma_.lower()))
            found += [m for m in _own_markers(governor) if m[0] != "condition"]
        elif (noun := _claim_noun(token)) is not None:
            found.append(("attribution", noun.lower_))
        elif token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children
        ):
            found.append(("condition", next(c.lower_ for c in token.children if c.dep_ == "mark")))
        break
    return found


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _claim_noun(verb: Token) -> Token | None:
    """The noun of saying or belief whose content a verb's clause states (lexicon
    `claim_nouns`): a clause hung on the noun by "that" ("Trump's lie that the election was
    stolen", also when parsed as a relative clause), or a whole clause (its own subject and
    an object or complement) with no other subordinator ("when", "after", "as") that starts
    right after the noun, wherever the parser hung it ("out of fear the president might
    order an attack"). A relative clause ("the report the FBI turned over": no object) and a
    "so many ... that" clause (a result) state no content."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    whole = subject and any(
        c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass")
        for c in verb.children
    )
    clauses = ("acl", "relcl", "ccomp", "conj", "advcl")
    noun = None
    if verb.dep_ in ("acl", "relcl") and marks == {"that"} and verb.i > verb.head.i:
        noun = verb.head
    elif verb.dep_ in clauses and marks <= {"that"} and (marks or whole):
        edge = verb.left_edge
        relative = edge.lower_ == "that" and edge.dep_ != "mark"  # "claims that spread"
        other = edge.lower_ != "that" and (edge.pos_ == "SCONJ" or edge.tag_.startswith("W"))
        noun = None if relative or other or edge.i == 0 else verb.doc[edge.i - 1]
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("claim_nouns"):
        return None
    degree = any(t.lower_ in ("so", "such") for t in noun.subtree if t.i < noun.i)
    return None if degree else noun


def _quote_between(first: Token, second: Token) -> bool:
    """A quote mark between two words: a conjunct the parser joined across a quote's edge
    ("'... I would have been sitting,' Daniloff ... said")."""
    low, high = sorted((first.i, second.i))
    return any(t.tag_ in ("``", "''") for t in first.doc[low + 1 : high])


def _own_markers(token: Token) -> list[tuple[str, str]]:
    hedges = words("hedge_adverbs")
    found = []
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            found.append(("negation", "not"))
        elif child.dep_ in _ARGUMENTS and (
            child.lower_ in _NEGATIVE_ARGUMENTS
            or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        ):  # "no one was hurt", "nothing was found", "the talks yielded no progress"
            found.append(("negation", "no"))
        elif child.dep_ == "aux" and child.tag_ == "MD" and child.i < token.i and child.is_alpha:
            found.append(("modal", _MODAL_FORMS.get(child.lower_, child.lower_)))
        elif child.dep_ == "advmod" and child.lower_ in hedges:
            found.append(("hedge", child.lower_))
        elif child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in child.children
        ):
            found.append(("condition", next(c.lower_ for c in child.children if c.dep_ == "mark")))
    return found


def missing(markers: list[tuple[str, str]], text: str, framed: bool) -> list[str]:
    """The markers a phrase does not show. A quote or claim names its speaker and cue or
    stance, so its attribution shows; a denial's stance shows its denial."""
    said = set(_words(text))
    lost = []
    for kind, word in markers:
        if kind == "negation":
            shown = bool(said & (NEGATION_WORDS | _forms(word))) or "denies" in said
        elif kind == "attribution":
            shown = framed or word in said
        else:
            shown = word in said
        if not shown:
            lost.append(f"{kind} '{word}'")
    return lost


def _forms(lemma: str) -> set[str]:
    """A verb's inflected forms ("deny": denies, denied, denying, denial)."""
    stem = lemma[:-1] if lemma.endswith(("e", "y")) else lemma
    ends = ("ies", "ied", "ial") if lemma.endswith("y") else ("es", "ed", "al", "s")
    forms = {lemma, f"{lemma}s", f"{lemma}ed", f"{stem}ing", f"{lemma}ing"}
    return forms | {stem + e for e in ends}


def polarity(ctx: Context) -> list[Finding]:
    """(a) Phrases whose source head is negated, modalised, conditional, hedged or reported
    while the phrase is not."""
    found = []
    for item in items(ctx.brief):
        if set(_words(ctx.excerpt(item.evidence))) <= set(_words(item.own)):
            continue  # every word of the source is in the phrase: nothing was dropped
        head = find_head(ctx.sentences(item.evidence), item.own, ctx.span(item.evidence))
        if head is None:
            continue
        lost = missing(governing(head), item.text, item.text != item.own)
        if lost:
            reason = f"source head '{head.text}' has {', '.join(lost)}; the phrase does not"
            found.append(_finding("polarity", item, ctx, reason))
        elif (verb := _cut_negated(ctx, item)) is not None:
            reason = f"the cut drops the negated '{verb.text}' of a clause the phrase opened"
            found.append(_finding("polarity", item, ctx, reason))
    return found


def _cut_negated(ctx: Context, item: Item) -> Token | None:
    """A phrase cut short ("… and warned that Pakistan …") whose cut drops the negation of
    a clause the phrase opened (its head kept): "would not allow" lost. A cut that drops a
    modal clause leaves it unfinished, not reversed."""
    said = _words(item.own.removesuffix("…"))
    span = ctx.span(item.evidence)
    if not item.own.endswith("…") or len(said) < 2 or span is None:
        return None
    ends = [
        t.i for t in span[1:] if t.lower_.strip("'’") == said[-1] and t.nbor(-1).lower_ == said[-2]
    ]
    if not ends:
        return None
    cut = ends[-1]
    return next(
        (t for t in span if t.i > cut and t.pos_ in ("VERB", "AUX") and t.head.i <= cut
         and _complement(t) and _negation_after(t, cut)),
        None,
    )  # fmt: skip


def _complement(verb: Token) -> bool:
    """A clause that completes the verb before it ("warned that ...", "and allow" with no
    subject of its own); a conjunct with its own subject is an assertion of its own."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.dep_ in ("ccomp", "xcomp") or (verb.dep_ == "conj" and not own_subject)


def _negation_after(verb: Token, cut: int) -> bool:
    return any(c.dep_ == "neg" and c.i > cut for c in verb.children)


def relative_dates(ctx: Context) -> list[Finding]:
    """(e) Relative date words left in prose without the date they stand for."""
    found = []
    for item in items(ctx.brief):
        if not item.prose:
            continue
        for match in RELATIVE_DATE.finditer(item.text):
            before, after = item.text[: match.start()], item.text[match.end() :]
            if re.fullmatch(_WEEKDAY, match.group(), re.I) and (
                _EVERY.search(before) or _RECURRING.match(after)
            ):
                continue
            if " " in match.group() and (_POSSESSED.search(before) or _OF.match(after)):
                continue  # "our last day", "the last day of the trial": no date
            if match.group().lower().startswith(_FROM_NOW_STEPS) and _EXTENT_FROM_NOW.search(
                before
            ):
                continue  # "over the last decade", "for the next decade": an amount of time
            if not _SHOWN.match(after) and not _named(ctx, item, match.group()):
                reason = f"'{match.group()}' has no resolved date beside it"
                found.append(_finding("relative_dates", item, ctx, reason))
    return found


_DATES = frozenset({"", "DATE", "TIME"})


def _named(ctx: Context, item: Item, word: str) -> bool:
    """A day word that its source's parse puts in a name ("MedPage Today", "The Monday Night
    Club", "CBS This Morning"): an entity of another kind, a compound of a proper noun that
    is no date, or a title in quote marks of its own; words of a phrase, proper nouns."""
    span = ctx.span(item.evidence)
    if span is None:
        return False
    if " " in word:  # "CBS This Morning": proper nouns or another entity, word by word
        said = set(word.split())
        found = [t for t in span if t.text in said]
        return bool(found) and all(t.pos_ == "PROPN" or t.ent_type_ not in _DATES for t in found)
    tokens = [t for t in span if t.text == word]
    return bool(tokens) and all(
        t.ent_type_ not in _DATES
        or (t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.ent_type_ not in _DATES)
        or _titled(t)
        for t in tokens
    )


def _titled(token: Token) -> bool:
    """A word in quote marks of its own is a title ("the ''Today'' show"), not a day."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].is_quote and doc[token.i + 1].is_quote


def _finding(check: str, item: Item, ctx: Context, reason: str) -> Finding:
    return Finding(
        check, item.where, item.text, item.evidence.source, ctx.excerpt(item.evidence), reason
    )
