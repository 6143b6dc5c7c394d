"""What an event's phrase must keep, or leave, of the words it is cut from.

`event_phrases` cuts a clause to a phrase and trims the rightmost modifiers of a part too
long to show. These rules, read there, name what a cut must not leave behind: a noun
without the complement that says what it is, a verb without the infinitive its meaning
needs, an aside in brackets, a scene-setting frame cut mid-phrase, a noun whose
determiner was a dropped date, and a noun that is the subject of the next clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefgen.extract.labels import (
    AUXILIARIES,
    COUNTS,
    FINITE_TAGS,
    NOMINALS,
    NOUN_CLAUSES,
    OF_HEADS,
    SUBJECTS,
    VERBALS,
)
from briefgen.extract.rules import record, rule

_OPENING, _CLOSING = "([", ")]"


@rule(
    "phrase",
    example="In a complicated subsea dance involving robots and hardware, BP made progress "
    "Sunday in its effort to install a new, secure cap on the gushing oil well at the bottom "
    "of the Gulf of Mexico.",
)
def noun_infinitive(modifier: Token) -> bool:
    """A to-infinitive that completes a noun ("its effort to install a new cap", "an attempt
    to plug the flow", "has 24 hours to choose a less toxic dispersant") is no modifier a
    trim or a drop takes: it goes only with its noun, as "in its effort" says nothing of
    what was tried."""
    return (
        modifier.dep_ in NOUN_CLAUSES and modifier.head.pos_ in NOMINALS and _infinitive(modifier)
    )


@rule(
    "phrase",
    example="Underwater robots dived to the ocean floor yesterday in a new effort to staunch the "
    "42,000 gallons of oil a day being pumped into the Gulf of Mexico.",
)
def bound_of(modifier: Token) -> bool:
    """An "of" phrase inside a name ("the Gulf of Mexico oil disaster"), after a counted
    measure ("the 42,000 gallons of oil a day") or after a common noun, whose argument it
    names ("the outcome of an investigation", "smaller quantities of a toxic dispersant"), or
    after an adverb or adjective it completes ("put profits ahead of safety"), is no
    modifier a trim drops: cut, the name is another ("the Gulf"), the measure counts
    nothing and the noun says nothing ("urged them to await the outcome")."""
    if modifier.dep_ != "prep" or modifier.lower_ != "of":
        return False
    named = modifier.ent_iob_ == "I"
    counted = any(c.dep_ in COUNTS for c in modifier.head.children)
    return named or counted or modifier.head.pos_ in OF_HEADS


@rule(
    "phrase",
    example="BP said at around 1800 CDT (2300 GMT) on Wednesday that it would take 24 hours to "
    "know if the latest operation had been a success.",
)
def purpose_infinitive(clause: Token) -> bool:
    """A to-infinitive after its verb, with no subordinator ("it would take 24 hours to know
    if the latest operation had been a success"), is no side clause a phrase drops: its
    verb's meaning needs it, where "while ..." or "after ..." only adds a circumstance."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and _infinitive(clause)
        and not any(c.dep_ == "mark" for c in clause.children)
    )


@rule(
    "phrase",
    example="BP said at around 1800 CDT (2300 GMT) on Wednesday that it would take 24 hours to "
    "know if the latest operation had been a success.",
)
def open_question(mark: Token) -> bool:
    """The "if" or "whether" of a clause a verb takes stays, where "that" may go: "to know
    if the operation had been a success" is no "to know the operation had been a success"."""
    return mark.dep_ == "mark" and mark.lower_ in ("if", "whether") and mark.head.dep_ == "ccomp"


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in VERBALS and any(c.tag_ == "TO" and c.i < verb.i for c in verb.children)


@rule(
    "phrase",
    example="BP Plc (BP. N) (BP. L) shares tumbled nearly 16 percent on U.S. exchanges to a "
    "14-year low on Wednesday.",
)
def bracketed_aside(head: Token) -> set[int]:
    """What a pair of brackets inside a phrase holds is an aside the phrase leaves out
    ("BP Plc (BP. N) (BP. L) shares" is "BP Plc shares"): the parser may hang a piece of it on
    a word outside ("L"), where an apposition would be dropped whole."""
    doc, found, opened = head.doc, set(), []
    for token in doc[head.left_edge.i : head.right_edge.i + 1]:
        if token.text in _OPENING:
            opened.append(token.i)
        elif token.text in _CLOSING and opened:
            start = opened.pop()
            if not start <= head.i <= token.i:
                found |= set(range(start, token.i + 1))
    return found


@rule(
    "phrase",
    example="After three days of pumping drilling mud over the leak and an attempt to plug the "
    "flow by blasting tyres, golf balls and other debris at it, BP admitted defeat last night.",
)
def frame_whole(frame_words: int, room: int) -> bool:
    """A frame before the subject (`frame_apart`) too long to show whole is left out, not
    trimmed: cut, it garbles the scene ("After three days and an attempt BP admitted
    defeat"); the clause after it says what happened."""
    return frame_words > room


@rule(
    "phrase",
    example="During Sunday's news conference, Mr Allen also defended the use of chemical "
    "dispersants by BP to break up oil slicks.",
)
def date_determiner(noun: Token, shown: set[int]) -> bool:
    """A noun whose determiner was a date the phrase drops ("Sunday's news conference") takes
    "the" in its place: "During the news conference", not "During news conference"."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
    return (
        noun.pos_ == "NOUN"  # a name takes none: "tonight's Night Waves"
        and bool(owners)
        and all(o.i not in shown and o.ent_type_ in ("DATE", "TIME") for o in owners)
        and not any(c.dep_ == "det" and c.i in shown for c in noun.children)
    )


def determined(indices: list[int], doc: Doc) -> set[int]:
    """The tokens before which a phrase shows "the" (`date_determiner`): the first token it
    shows of each noun whose date determiner it dropped."""
    shown, found = set(indices), set()
    for i in indices:
        if date_determiner.fn(doc[i], shown):
            owner = max(c.right_edge.i for c in doc[i].children if c.dep_ == "poss")
            found.add(min(j for j in indices if owner < j <= i))
            record(date_determiner, doc[i].text, "the")
    return found


@rule(
    "phrase",
    example="The disaster, in its 42nd day on Monday, is already the largest oil spill in U.S. "
    "history and officials are treating it as the country's biggest environmental "
    "catastrophe.",
)
def next_clause_subject(token: Token) -> bool:
    """A noun the parser joins to the one before with "and" but that a finite verb with no
    subject of its own follows ("... in U.S. history and officials are treating it") is
    that verb's subject, opening a clause of its own: the phrase leaves it out, not "...
    history and officials"."""
    after = token.i + 1
    if token.pos_ not in NOMINALS or token.dep_ != "conj" or after >= len(token.doc):
        return False
    if token.right_edge.i != token.i:  # "history and officials": the last word only
        return False
    verb = token.doc[after]
    clause = verb.head if verb.dep_ in AUXILIARIES else verb
    return (
        verb.tag_ in FINITE_TAGS
        and clause.pos_ in VERBALS
        and not any(c.dep_ in SUBJECTS for c in clause.children)
    )


_QUOTE_MARKS = '"“”'


@rule(
    "phrase",
    example='Interior Secretary Ken Salazar said Sunday that "I am angry and I am frustrated" '
    "that BP has not been able to seal its blown-out oil well in the Gulf of Mexico.",
)
def quoted_whole(opening: int, closing: int, shown: set[int], doc: Doc) -> bool:
    """A quotation the phrase shows whole keeps its quote marks ('Ken Salazar said "I am
    angry and I am frustrated"'; 'apologized for saying he wants "my life back."', a stop
    inside the marks kept with them): without them the speaker's words read as the
    writer's."""
    inside = [i for i in range(opening + 1, closing) if not doc[i].is_punct]
    return bool(inside) and all(i in shown for i in inside)


def closing_stop(closing: int, doc: Doc) -> list[int]:
    """The stops a closing quote mark follows inside the quotation ('"my life back."',
    '"bumper,"'): shown with the mark, so it joins the last word the phrase shows."""
    found = []
    at = closing - 1
    while at >= 0 and doc[at].is_punct and doc[at].text not in _QUOTE_MARKS:
        found.append(at)
        at -= 1
    return found


def quote_pairs(shown: set[int], doc: Doc) -> list[tuple[int, int]]:
    """The quote marks around the quotations a phrase shows whole (`quoted_whole`), paired in
    their sentence's order."""
    if not shown:
        return []
    marks = [t.i for t in doc[min(shown)].sent if t.text in _QUOTE_MARKS]
    pairs = [(a, b) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    found = [(a, b) for a, b in pairs if quoted_whole.fn(a, b, shown, doc)]
    if found:
        record(quoted_whole, doc[found[0][0] : found[0][1] + 1].text, "quote marks kept")
    return found


def balanced(phrase: str) -> bool:
    """Whether a phrase's quote marks pair up."""
    return phrase.count('"') % 2 == 0 and phrase.count("“") == phrase.count("”")
