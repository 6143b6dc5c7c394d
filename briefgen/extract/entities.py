"""Entity mentions: the entity layer's names, typed, filtered, with roles from the parse.

This is the per-article layer; `actors.py` merges mentions into one card per actor. Each
name is typed by `MENTION_TYPE_RULES` (kinds.py) unless one of `MENTION_FILTERS` drops it;
every decision is recorded, and a mention's `why` names the rules that found, repaired and
typed it. The signals it reads live beside it: `repairs` and `spans` (the entity layer and
extents), `agency` (who acts), `products` (made things) and `roles` (titles and
affiliations).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import IS_ALPHA, LOWER, ORTH, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from briefgen.budget import check
from briefgen.extract import ParsedArticle
from briefgen.extract.agency import acts, speaks
from briefgen.extract.channels import acts_beyond_channel, is_outlet
from briefgen.extract.countries import gazetteer
from briefgen.extract.extents import Repair
from briefgen.extract.kinds import Candidate
from briefgen.extract.labels import DOERS, PLURAL_NOUN_TAGS, PROPER_TAGS
from briefgen.extract.lexicon import folded, table, title_words, words
from briefgen.extract.mentions import Mention, MentionKind
from briefgen.extract.org_kinds import acronym_after
from briefgen.extract.person_kinds import also_known_as, place_called_person
from briefgen.extract.place_kinds import opposed
from briefgen.extract.products import measured_in_points, model_run, names_product, product_cue
from briefgen.extract.roles import is_office_object
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.extract.spans import REPAIRS_ATTRIBUTE, model_entity, repaired_entities
from briefgen.extract.views import once_per_doc, text_of, tokens_where
from briefgen.model import Evidence

__all__ = [
    "MENTION_FILTERS",
    "Mention",
    "MentionKind",
    "find_mentions",
    "is_junk",
    "lead_end",
    "with_signals",
]

# Longer than the longest names ("Movement for the Emancipation of the Niger Delta" is 8
# words): a run the model tagged across text that is no name.
_MAX_NAME_WORDS = 12


def find_mentions(article: ParsedArticle) -> list[Mention]:
    """Every actor-like mention in an article: each name of the entity layer typed
    (`MENTION_TYPE_RULES`) unless a filter drops it (`MENTION_FILTERS`), every decision
    recorded."""
    junk = {n.casefold() for n in (article.source.publisher, article.source.author) if n}
    lead = lead_end(article.doc)
    mentions = []
    for span in repaired_entities(article.doc):
        check(article.doc)
        candidate = Candidate(span, article, junk)
        evidence = [article.span_evidence(span)]
        repairs: tuple[Repair, ...] = span._.get(REPAIRS_ATTRIBUTE)
        for repair in repairs:
            record(repair.rule, repair.subject, repair.outcome, evidence)
        dropped = first(MENTION_FILTERS, candidate)
        if dropped is not None:
            record(dropped[0], span.text, "dropped", evidence)
            if dropped[0] is document_name:  # and its acronym: "the Digital Markets Act (DMA)"
                junk |= {name.casefold() for name in (span.text, acronym_after(span)) if name}
            continue
        why = _typed(candidate, evidence)
        if candidate.mention is not None and why is not None:
            why = (*(repair.rule for repair in repairs), *_opening(span, evidence), *why)
            mentions.append(with_signals(candidate.mention, span, lead, why))
    return mentions


def _typed(candidate: Candidate, evidence: list[Evidence]) -> tuple[str, ...] | None:
    """Record how a name was typed (and its role read); the names of those rules, or None
    when it is no actor."""
    type_rule, mention = candidate.typed[0], candidate.mention
    why = []
    if candidate.relabelled:
        record(place_called_person, candidate.name, "a place", evidence)
        why.append(place_called_person.name)
    record(type_rule, candidate.name, "dropped" if mention is None else mention.kind, evidence)
    if mention is None:
        return None
    why.append(type_rule.name)
    role_rule = candidate.role[0]
    if mention.role is not None and role_rule is not None:
        record(role_rule, candidate.name, mention.role, evidence)
        why.append(role_rule.name)
    return tuple(why)


def _opening(span: Span, evidence: list[Evidence]) -> tuple[str, ...]:
    """`name_opening_sentence`, recorded, when it kept a one-word name that opens its
    sentence (the word is no common noun there)."""
    token = span[0]
    if len(span) != 1 or not token.is_sent_start or token.tag_ in PROPER_TAGS:
        return ()
    if not name_opening_sentence(token):
        return ()
    record(name_opening_sentence, span.text, "kept", evidence)
    return (name_opening_sentence.name,)


def with_signals(mention: Mention, span: Span, lead_end: int, why: tuple[str, ...]) -> Mention:
    """A mention with what the parse says of it: where it stands, whether it acts, speaks,
    names a product or an outlet, and the rules behind it."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return replace(
        mention,
        in_lead=span.start_char < lead_end,
        definite=before is not None and before.lower_ == "the",
        courtesy=before is not None and before.text in words("honorifics"),
        acts=acts(span.root),
        subject=acts(span.root, DOERS) and not measured_in_points(span.root),
        speaks=speaks(span.root),
        product_cue=product_cue(span),
        model=model_run(span),
        outlet=mention.kind == "organization" and is_outlet(span, mention.name),
        beyond_channel=acts_beyond_channel(span.root),
        plural=span[-1].tag_ in PLURAL_NOUN_TAGS,
        why=why,
    )


@rule(
    "mention",
    example="Under the Digital Markets Act (DMA), which takes effect on Thursday, large "
    "technology companies face further obligations.",
)
def document_name(c: Candidate) -> bool:
    """A law, treaty or other text is no actor, nor is its acronym: a name of two words or
    more ending in a document word (lexicon `document_words`: "the Digital Markets Act",
    "the Paris Agreement"), whatever the model's label, unless the word is a given name a
    person's name may end in ("Bill"); nor is a name that ends in the sponsors' names a law
    is called by, hyphen-joined before a document word of its article ("Glass-Steagall",
    "Super Glass-Steagall" beside "the Glass-Steagall Act"; not "United Nations" of "the
    United Nations Charter")."""
    span = c.original
    last = span[-1].text
    if len(span) > 1 and last in words("document_words"):
        return span.label_ != "PERSON" or last.lower() not in table("given_names")
    openings = once_per_doc(span.doc, _DOCUMENT_OPENINGS, _document_openings)
    return len(span) > 1 and any(span.text.endswith(o) for o in openings)


# Where a Doc keeps the names its documents open with ("Glass-Steagall" of "... Act").
_DOCUMENT_OPENINGS = "briefgen_document_openings"


def _document_openings(doc: Doc) -> frozenset[str]:
    """The hyphen-joined names before each document word of a Doc ("Dodd-Frank" of "the
    Dodd-Frank Act")."""
    openings = set()
    for token in tokens_where(doc[:], "lower", folded("document_words")):
        if token.text not in words("document_words"):
            continue  # "act", "bill": a word, not a document's name
        start = token.i
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].text == "-"):
            start -= 1
        if doc[start].text == "-":
            start += 1
        opening = doc[start : token.i]
        if any(t.text == "-" and not t.whitespace_ for t in opening[1:-1]):
            openings.add(opening.text)
    return frozenset(openings)


@rule(
    "mention",
    example="When the Air Force selected Los Angeles based Northrop Grumman on February 29 to "
    "build the aircraft, Boeing challenged the award.",
)
def located_place(c: Candidate) -> bool:
    """A place named as where something is based is a location, whatever the parse makes of
    it ("Los Angeles based Northrop Grumman", "a Kabul-based group")."""
    doc, end = c.original.doc, c.original.end
    after = [t.lower_ for t in doc[end : end + 2]]
    located = after[:1] == ["based"] or after == ["-", "based"]
    return located and c.typed[0] is not also_known_as


@rule(
    "mention",
    example="France's Thales will supply electronics, Wimborne, UK's Cobham will manufacture "
    "refueling equipment.",
)
def address_place(c: Candidate) -> bool:
    """A place written as an address, a town and then its country ("Bangkok, Thailand",
    "Wimborne, UK's Cobham"), says where something is, not who acts."""
    return _in_address(c.span) and c.typed[0] is not also_known_as


@rule(
    "mention",
    example="Under the Digital Markets Act (DMA), which takes effect on Thursday, large "
    "technology companies face further obligations.",
)
def credited_name(c: Candidate) -> bool:
    """The article's publisher or author (a credit line), or the acronym of a document named
    before, is no actor."""
    return c.mention is not None and c.mention.name.casefold() in c.junk


@rule(
    "mention",
    example="Apple said the company sold 13.7 million Macs last quarter.",
)
def product_name(c: Candidate) -> bool:
    """A thing, not an actor: a maker's name inside a product's, a model numbered in Roman
    figures, or a name a number counts or measures (see `products.names_product`); the side
    a contest is played against is none, its score after it ("defeated Drake 65-53")."""
    span = c.original
    return c.mention is not None and names_product(span) and not opposed(span.root)


@rule(
    "mention",
    example="Airbus announced that two of the Rolls-Royce Trent 900 engines on the prototype "
    "airliner would be replaced.",
)
def junk_name(c: Candidate) -> bool:
    """Numbers, lone lowercase words, capitalised common nouns opening a sentence (unless
    `name_opening_sentence` keeps the word), a legal form alone ("LLC") or a run-on longer
    than any name is no actor's name (see `is_junk`)."""
    return _no_country(c) and is_junk(c.original)


@rule(
    "mention",
    example="It is to be held at the California Theater in downtown San Jose, California.",
)
def venue_name(c: Candidate) -> bool:
    """A building, site or event, not an actor: a name ending in a venue word (lexicon
    `venue_words`: "Moscone Center", "Macworld Conference") used as the object of a
    preposition ("held at the California Theater")."""
    span = c.original
    return (
        _no_country(c)
        and span[-1].text in words("venue_words")
        and span.root.dep_ == "pobj"
        and span.label_ in ("ORG", "GPE", "FAC")
    )


@rule(
    "mention",
    example="US Secretary of State Marco Rubio told reporters the talks went well.",
)
def title_portfolio(c: Candidate) -> bool:
    """A portfolio the model tags as a name inside a title ("Japan's Finance Minister", "the
    Secretary of Defense", "State" in "Secretary of State Marco Rubio") is no actor."""
    return _no_country(c) and (_in_title(c.original) or is_office_object(c.original))


# Why a name of the entity layer is no actor; order = priority: the first that decides wins.
MENTION_FILTERS: list[Rule[[Candidate], bool]] = [
    document_name,
    located_place,
    address_place,
    credited_name,
    product_name,
    junk_name,
    venue_name,
    title_portfolio,
]


def _no_country(c: Candidate) -> bool:
    """A mention that names no country (a country's name is never junk, a venue or a title)."""
    return c.mention is not None and c.mention.country is None


def _in_title(span: Span) -> bool:
    """A portfolio the model tags as a name inside a title ("Japan's Finance Minister", "the
    Secretary of Defense")."""
    if not all(token.text in title_words() for token in span):
        return False
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif span.root.dep_ != "compound":
        return False
    return head.text in title_words()


def _in_address(span: Span) -> bool:
    """A place written as an address, a town and then its country ("Bangkok, Thailand",
    "Wimborne, UK's Cobham"): it says where something is, not who acts."""
    if span.label_ != "GPE":
        return False
    doc = span.doc
    country = gazetteer().country
    town = _entity_at(doc, span.start - 2, end=True) if span.start >= 2 else None
    if town is not None and doc[span.start - 1].text == ",":
        return country(span.text, place=True) is not None and country(town.text, place=True) is None
    state = _entity_at(doc, span.end + 1, end=False) if span.end + 1 < len(doc) else None
    if state is not None and doc[span.end].text == ",":
        return (
            country(state.text, place=True) is not None and country(span.text, place=True) is None
        )
    return False


def _entity_at(doc: Doc, i: int, *, end: bool) -> Span | None:
    """The place entity that ends (or starts) at token `i`."""
    ent = model_entity(doc[i])
    if ent is None or ent.label_ != "GPE" or (ent.end - 1 if end else ent.start) != i:
        return None
    return ent


def is_junk(span: Span) -> bool:
    """Numbers, lone lowercase words, capitalised common nouns opening a sentence, a legal
    form alone ("LLC"), a run-on longer than any name, and punctuation or symbols without
    a letter (whose cleaned name would be empty)."""
    text = span.text
    if any(ch.isdigit() for ch in text) or text.islower() or len(span) > _MAX_NAME_WORDS:
        return True
    if not any(ch.isalpha() for ch in text):
        return True
    if all(token.text in words("legal_forms") for token in span):
        return True
    if len(span) == 1 and _common_word_opening(span[0]):
        return True
    return not any(token.tag_ in PROPER_TAGS or token.text[:1].isupper() for token in span)


def _common_word_opening(token: Token) -> bool:
    """A word the parse takes for a common noun opening its sentence ("Officials said"),
    unless `name_opening_sentence` keeps it."""
    opens = bool(token.is_sent_start) and token.tag_ not in PROPER_TAGS
    return opens and not name_opening_sentence(token)


@rule(
    "mention",
    example="Apple releases iPhone SDK\nApple Inc. today released the software development "
    "kit for the iPhone, which Apple says opens the phone to outside developers.",
)
def name_opening_sentence(token: Token) -> bool:
    """A word the model tags a name that opens a sentence where the parse takes it for a
    common noun ("Apple releases iPhone SDK", "Jobs resigned in a letter", "Payton said")
    is a name when its article writes it as a proper noun inside a sentence and never in
    lower case: a capitalised common word ("Officials said") is written in lower case, or
    never inside a sentence."""
    return token.text in once_per_doc(token.doc, _NAMES_WRITTEN, _names_written)


# Where a Doc keeps the words it writes as proper nouns inside a sentence, never in lower case.
_NAMES_WRITTEN = "briefgen_names_written"


def _names_written(doc: Doc) -> frozenset[str]:
    """The words a Doc writes as proper nouns inside a sentence and never in lower case
    (read as arrays, once per Doc)."""
    if not len(doc):
        return frozenset()
    strings = doc.vocab.strings
    orth, lower, alpha, start, tag = doc.to_array([ORTH, LOWER, IS_ALPHA, SENT_START, TAG]).T
    proper = {strings.add(name) for name in PROPER_TAGS}
    inside = (alpha == 1) & (start != 1) & (orth != lower)
    pairs = zip(orth[inside].tolist(), tag[inside].tolist(), strict=True)
    names = {strings[key] for key, kind in pairs if kind in proper}
    lowered = {strings[key] for key in lower[(orth == lower) & (alpha == 1)].tolist()}
    return frozenset(name for name in names if name.lower() not in lowered)


def lead_end(doc: Doc) -> int:
    """End offset of the lead: the title line and the first two sentences of the body."""
    sentences = [s for s in doc.sents if text_of(s).strip()]
    return sentences[min(2, len(sentences) - 1)].end_char if sentences else 0
