"""Readable phrases: whether an event's phrase reads as what happened.

A timeline row is a phrase cut from its sentence (`event_phrases`); a cut can leave a
fragment a reader cannot use: a verb without its subject ('Killed 11 workers off
Louisiana'), a verb without the object or clause it takes ('The New York Daily News
suggested the Paris terror attacks highlight'), no finite verb ('BP to test'), an ending
on a function word, or names and figures only ('GMT 2 June').
`READABLE_RULES` are tried on the words of the phrase matched to its sentence's tokens; the
first that holds names why the phrase is no row to show. The JSON keeps such events.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from briefgen.extract import lexicon
from briefgen.extract.labels import (
    FINITE_TAGS,
    FUNCTION_POS,
    NOUN_MODIFIER_VERBS,
    PARTICIPLE_MODIFIERS,
    PRESENT_TAGS,
    STATE_COMPLEMENTS,
    SUBJECTS,
    TAKEN,
    TAKEN_BY_MODIFIER,
    VERB_ATTACHMENTS,
    VERBALS,
)
from briefgen.extract.rules import Rule, first, record, rule


def _placed(phrase: str, sentence: Span) -> list[Token]:
    """The phrase's words as tokens of its sentence, matched in order (a phrase keeps its
    sentence's order; a word may be several adjacent tokens, "BP's"); a word it cannot
    place, or that the next word is found before, is left out."""
    found: list[Token] = []
    tokens, at = list(sentence), 0
    words = phrase.lower().split()
    for n, word in enumerate(words):
        place = _find(tokens, at, word)
        after = _find(tokens, at, words[n + 1]) if n + 1 < len(words) else None
        if place is None or (after is not None and after[0] < place[0]):
            continue  # a word the phrase added ("the" for a date's "Sunday's")
        found.extend(place[1])
        at = place[0] + len(place[1])
    return found


def _find(tokens: list[Token], at: int, word: str) -> tuple[int, list[Token]] | None:
    """Where `word` is first found from `at`, as a run of adjacent tokens."""
    for i in range(at, len(tokens)):
        run = _run(tokens, i, word)
        if run:
            return i, run
    return None


def _run(tokens: list[Token], i: int, word: str) -> list[Token]:
    """The adjacent tokens from `i` whose text is `word`, or none."""
    text, run = "", []
    for token in tokens[i:]:
        text += token.lower_
        run.append(token)
        if text == word:
            return run
        if not word.startswith(text) or token.whitespace_:
            return []
    return []


@rule(
    "timeline",
    example="The spill was set off by an explosion that destroyed the Deepwater Horizon oil rig "
    "and killed 11 workers off Louisiana last month.",
)
def opens_headless(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase that opens on a verb or 'to': the subject was left out ('Killed 11 workers
    off Louisiana')."""
    if not placed or not phrase_words[0].lower().startswith(placed[0].lower_):
        return False
    opening = placed[0]
    if opening.tag_ == "TO":
        return True
    # "Spilled oil has affected ...": a participle whose noun the phrase holds is no verb.
    return opening.pos_ in VERBALS and not (_modifies_noun(opening) and opening.head in placed)


@rule(
    "timeline",
    example="Officials from both sides met in Istanbul. They said on Tuesday that the talks had "
    "failed.",
)
def pronoun_subject(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase whose subject is a pronoun that names no actor ('They said the talks had
    failed', 'He was in court with his family', 'On the program, we investigate'): a reader
    cannot tell who acted (a pronoun that names one is shown as its actor, event_phrases.py
    `pronoun_named`). The subject is the first before the phrase's first verb."""
    if not placed or not phrase_words[0].lower().startswith(placed[0].lower_):
        return False
    verb = next((t.i for t in placed if t.pos_ in VERBALS), None)
    subject = next((t for t in placed if t.dep_ in SUBJECTS), None)
    if subject is None or (verb is not None and subject.i > verb):
        return False
    return subject.lower_ in lexicon.folded("personal_pronouns")


@rule(
    "timeline",
    example="George W. Bush got half a million fewer votes than Al Gore in 2000, he points out.",
)
def ends_on_function_word(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase that ends on a function word ('would be released on'): it stops mid-clause
    (a pronoun or a number is no function word: '... and evacuated one')."""
    if placed and phrase_words[-1].lower().endswith(placed[-1].lower_):
        return placed[-1].pos_ in FUNCTION_POS
    return phrase_words[-1].lower() in STOP_WORDS


@rule(
    "timeline",
    example="Tony Hayward will face a separate House hearing on Thursday devoted to the "
    "disaster, lawmakers said.",
)
def cut_complement(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase that ends on a verb whose object, clause or complement was cut away ('...
    House hearing devoted', 'the 18,600 barrels that BP trapped' read as 'BP trapped', 'the
    top U.S. spill official said', a reporting verb without what was said); a date the
    verb takes is no part of a phrase."""
    if not placed or not phrase_words[-1].lower().endswith(placed[-1].lower_):
        return False
    last = placed[-1]
    if last.dep_ in VERB_ATTACHMENTS:
        last = last.head  # "... he is to set aside": the verb of the particle or adverb
    if last.pos_ not in VERBALS:
        return False
    if last.lemma_.lower() in lexicon.words("reporting_verbs"):
        return True  # what was said was cut away, or it stands before: no event of its own
    kept = {t.i for t in placed}
    dates = set(range(date.start, date.end))
    return any(c.i not in kept and not dates & {t.i for t in c.subtree} for c in _taken(last))


def _modifies_noun(verb: Token) -> bool:
    """A verb form used as a noun's modifier ('Spilled oil', 'his planned concerts')."""
    return verb.dep_ in NOUN_MODIFIER_VERBS


def _taken(verb: Token) -> list[Token]:
    labels = TAKEN_BY_MODIFIER if verb.dep_ in PARTICIPLE_MODIFIERS else TAKEN
    return [child for child in verb.children if child.dep_ in labels]


@rule(
    "timeline",
    example="The Coast Guard confirmed pressure was high enough to allow BP to test through "
    "Friday evening.",
)
def no_finite_verb(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase with verbs but none finite ('BP to test'): a clause cut from the verb that
    says what happened. A noun phrase ('An explosion and fire on the rig', 'his planned
    comeback concerts') reads as an event."""
    verbs = [t for t in placed if t.pos_ in VERBALS and not _modifies_noun(t)]
    return bool(verbs) and not any(t.tag_ in FINITE_TAGS for t in verbs)


@rule(
    "timeline",
    example="Philip Dodd investigates how politicians depict the working class in tonight's "
    "Night Waves.",
)
def names_only(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase with no lower-case word after its first: names and figures only ('GMT 2
    June', a heading), no event."""
    return not any(w[:1].islower() for w in phrase_words[1:])


@rule(
    "timeline",
    example="The disaster, in its 42nd day on Monday, is already the largest oil spill in U.S. "
    "history.",
)
def present_state(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase whose verb is "be" in the simple present with what its subject is ('The
    disaster is the largest oil spill in U.S. history', dated by 'in its 42nd day on
    Monday'): a state as the article was written, not an event that happened on the date."""
    verb = next((t for t in placed if t.pos_ in VERBALS), None)
    return (
        verb is not None
        and verb.lemma_ == "be"
        and verb.tag_ in PRESENT_TAGS
        and any(c.dep_ in STATE_COMPLEMENTS for c in verb.children)
    )


_ELLIPSES = ("...", "…")


@rule(
    "timeline",
    example="BP's chairman defended his company's safety record and said Sunday that \"a failed "
    'piece of equipment" was to blame for a massive oil spill along t...',
)
def cut_by_source(phrase_words: Sequence[str], placed: Sequence[Token], date: Span) -> bool:
    """A phrase that runs to where its source cut the sentence off with an ellipsis (a
    teaser's "... a massive oil spill along t..."): the words that said the rest are not
    in the text, so the row would end mid-phrase or mid-word."""
    if not placed:
        return False
    after = placed[-1].i + 1
    doc = placed[-1].doc
    return after < len(doc) and doc[after].text in _ELLIPSES and after + 1 >= date.sent.end


# Why a phrase does not read as an event: the first that holds decides.
READABLE_RULES: list[Rule[[Sequence[str], Sequence[Token], Span], bool]] = [
    opens_headless, pronoun_subject, ends_on_function_word, cut_complement, no_finite_verb,
    names_only, present_state, cut_by_source,
]  # fmt: skip


def unreadable(phrase: str, date: Span) -> str | None:
    """The rule of `READABLE_RULES` that finds an event's phrase no readable row, if any."""
    words = phrase.split()
    if not words:
        return ends_on_function_word.name
    found = first(READABLE_RULES, words, _placed(phrase, date.sent), date)
    if found is None:
        return None
    record(found[0], phrase, "not readable", [])
    return found[0].name
