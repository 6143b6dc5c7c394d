"""Phrase trimming: a subject's or object's subtree cut to the room a phrase part has.

A part keeps a token's subtree without dates, side clauses and punctuation (`kept_ids`); a part
over its room (`MAX_PART` words) loses a second verb first, then its rightmost trimmable
modifier, unless that modifier goes only with its noun (`_BOUND`): then the modifier holding
the noun goes, or nothing and the part stays whole. Dependents dropped by their label can be
kept by a rule (`_KEPT_BY_RULE`). The rules are in `phrase_parts` and `phrase_room`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefgen.extract.labels import (
    PARTICIPLE_MODIFIERS,
    PHRASE_DROPS,
    PHRASE_TRIMS,
    SUBJECTS,
    VERBALS,
)
from briefgen.extract.phrase_parts import (
    bound_of,
    bracketed_aside,
    next_clause_subject,
    noun_infinitive,
    open_question,
    purpose_infinitive,
)
from briefgen.extract.phrase_room import (
    left_out,
    listed_apposition,
    name_whole,
    noun_conjunct,
    noun_content,
    quotation_whole,
    second_verb_first,
    verb_content,
)
from briefgen.extract.phrase_text import join_tokens
from briefgen.extract.polarity import (
    active,
    claim_noun,
    is_condition,
)
from briefgen.extract.rules import Rule, first, record

MAX_PART = 9  # tokens kept of a subject or object: a phrase, not a sentence
# Words a part may run over its room rather than lose the phrase holding a modifier bound to
# its noun ("with the governors of the gulf states", one over, not "in a conference call").
_SLACK = 3


def compact(head: Token, skip: set[int]) -> str:
    """A token's subtree without dates, side clauses and punctuation, cut to a phrase."""
    return join_tokens(compact_ids(head, skip), head.doc)


def compact_ids(head: Token, skip: set[int], room: int = MAX_PART) -> list[int]:
    """The tokens `compact` keeps, in order, at most `room` of them."""
    keep, doc = kept_ids(head, skip), head.doc
    while word_count(keep, doc) > room:
        second = [c for c in _subtree_children(head, keep) if second_verb_first.fn(c, head)]
        if second:
            record(second_verb_first, second[-1].text, "left out")
            keep -= {t.i for t in second[-1].subtree}
            continue
        # Drop the rightmost modifier first: later material tends to be the least essential.
        # With nothing left to drop the phrase stays whole: a cut mid-phrase garbles it
        # ("Interior Secretary Ken Salazar Environmental Protection Agency chief are").
        removable = [c for c in _subtree_children(head, keep) if c.dep_ in PHRASE_TRIMS]
        if not removable:
            break
        rightmost = max(removable, key=lambda c: c.i)
        last = _trim_target(rightmost, head, removable, keep)
        if last is None or (last != rightmost and word_count(keep, doc) - room <= _SLACK):
            break  # a bound modifier costs its holder only when the part is well over
        keep -= {t.i for t in _trimmed(last, head).subtree}
    keep |= quotation_whole(keep, head)
    # A conjunction stays only while something it joins stays ("Pakistan and Afghanistan",
    # "BP and government officials", where the parser gives "and" no conjunct).
    joined = {t.i for i in keep for t in doc[i].children if t.dep_ == "cc" and _joins(t, keep)}
    return [i for i in sorted(keep) if doc[i].dep_ != "cc" or i in joined]


def _trim_target(last: Token, head: Token, removable: list[Token], keep: set[int]) -> Token | None:
    """The modifier a trim drops: the rightmost; when that goes only with its noun
    (`_BOUND`), the modifier that holds the noun, unless that is the head's own
    complement ("made progress in its effort to install a new cap"): then nothing, and the
    phrase stays whole."""
    bound = first(_BOUND, last)
    if bound is None:
        return last
    record(bound[0], join_tokens(sorted(keep), head.doc), "kept with its noun")
    for above in last.ancestors:
        if above.i == head.i or (above.head.i == head.i and above in removable):
            return None
        held = first(_BOUND, above) if above in removable else None
        if held is not None:
            record(held[0], above.text, "kept with its head")
        elif above in removable or noun_conjunct(above):
            return above
    return None


# Modifiers that go only with their noun: a trim drops the phrase that holds them.
_BOUND: list[Rule[[Token], bool]] = [
    noun_infinitive, bound_of, noun_content, verb_content, name_whole,
]  # fmt: skip


def word_count(ids: set[int], doc: Doc) -> int:
    """The words a reader sees in these tokens: a token glued to the one before ("'s")
    is no word of its own."""
    return sum(1 for i in ids if not (i - 1 in ids and not doc[i - 1].whitespace_))


def _trimmed(modifier: Token, head: Token) -> Token:
    """What dropping a modifier drops: a participle's complement goes with the participle
    ('a hearing devoted to the disaster' is cut to 'a hearing', not 'a hearing devoted'), and
    so does an infinitive's its meaning needs (`purpose_infinitive`: "to pay for legal
    claims" goes whole, not to "to pay")."""
    above = modifier.head
    needs = _participle(above) or purpose_infinitive.fn(above)
    if modifier.dep_ == "prep" and above.i != head.i and needs:
        return above
    return modifier


def _participle(token: Token) -> bool:
    """A participle that modifies a noun ("devoted"), not an infinitive ("to install") nor a
    clause with a subject of its own ("evidence that BP put profits ahead of safety")."""
    return (
        token.pos_ in VERBALS
        and token.dep_ in PARTICIPLE_MODIFIERS
        and token.tag_ != "VB"
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


def _joins(cc: Token, keep: set[int]) -> bool:
    """A conjunction joins what stays: a conjunct of its head, or the word right after it."""
    after = cc.i + 1 in keep and cc.head.i in keep
    return after or any(c.dep_ == "conj" and c.i in keep for c in cc.head.children)


def kept_ids(head: Token, skip: set[int]) -> set[int]:
    dropped: set[int] = set()  # `skip` is left out at the end, not copied per call
    # "should be punished if the procedure is outlawed": a condition stays whole.
    kept = {
        t.i for c in head.subtree if c.i != head.i and active() and is_condition(c)
        for t in c.subtree
    }  # fmt: skip
    for token in head.subtree:
        if token.i in kept or token.i in dropped or token.i == head.i:
            continue
        if token.dep_ in PHRASE_DROPS or token.is_space:
            if _content_mark(token) or _needed(token, skip):
                continue
            dropped |= {t.i for t in token.subtree}
        elif next_clause_subject.fn(token):
            record(next_clause_subject, token.text, "left out")
            dropped |= {t.i for t in token.subtree}
        elif left_out(token, skip):
            dropped |= {t.i for t in token.subtree}
    aside = bracketed_aside.fn(head) - dropped
    if any(not head.doc[i].is_punct for i in aside):
        record(bracketed_aside, head.doc[min(aside) : max(aside) + 1].text, "left out")
    dropped |= aside
    return {t.i for t in head.subtree if t.i not in dropped and t.i not in skip}


# Dependents a phrase drops by their label but keeps by a rule.
_KEPT_BY_RULE: list[Rule[[Token], bool]] = [
    open_question, purpose_infinitive, noun_infinitive, listed_apposition,
]  # fmt: skip


def _needed(token: Token, skip: set[int]) -> bool:
    """A dependent a phrase drops by its label but keeps by a rule, recorded when kept: the
    "if" of a question (`open_question`), an infinitive its verb or noun needs
    (`purpose_infinitive`, `noun_infinitive`), the rest of a subject's list read as an aside
    (`listed_apposition`)."""
    if token.i in skip:
        return False
    found = first(_KEPT_BY_RULE, token)
    if found is None:
        return False
    record(found[0], token.text, "kept")
    return True


def _content_mark(token: Token) -> bool:
    """The "that" of a claim's content ("claims that vast plumes ... are spreading"), which
    the phrase keeps: without it the noun runs into the clause."""
    return token.dep_ == "mark" and active() and claim_noun(token.head) is not None


def _subtree_children(head: Token, keep: set[int]) -> list[Token]:
    return [
        t for t in head.subtree if t.i != head.i and t.i in keep and t.head.i in keep | {head.i}
    ]
