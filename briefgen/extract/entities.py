"""Entity mentions: spaCy's entities, repaired, typed, filtered, with roles from the parse.

This is the per-article layer; `actors.py` merges mentions into one card per actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.countries import gazetteer
from briefgen.extract.lexicon import folded, words
from briefgen.model import Evidence

MentionKind = Literal["person", "organization", "country", "group", "place"]

# Dependency roles in which a place name acts as an agent ("Islamabad declared",
# "accused Kabul of", "Kabul's silence") rather than naming a location ("talks in Kabul").
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "iobj"})
_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PROPER = frozenset({"NNP", "NNPS"})
# Roles in which a name is the doer, not merely an object: products get released and shipped.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# Dependents that belong to a name's noun phrase: determiner, possessor, titles, describing
# words ("the Pentagon", "Pakistan's Information Minister X", "President of Indonesia X").
_NP_DEPS = frozenset({"det", "poss", "case", "compound", "amod", "nmod", "nummod", "prep", "punct"})
_APOSTROPHE_SPACE = re.compile(r"\b([A-Z]) ?['’] ?(?=[A-Z])")  # "O' Leary" -> "O'Leary"
_HYPHEN_SPACE = re.compile(r"(?<=\w) - (?=\w)")  # "Wal - Mart" -> "Wal-Mart"
_COORDINATORS = frozenset({"both", "either", "neither"})  # open a coordination, not a phrase
_INNER_PUNCT = frozenset({"-", "'s", "'", "’s", "’", "."})  # may sit inside a noun phrase
_ROMAN = re.compile(r"I{2,3}|IV|VI{0,3}|IX|X")  # model numbers: "Delta IV", "Atlas V"
_CAMEL = re.compile(r"[a-z]+[A-Z]")  # "iPod", "iTunes": a lower-case prefix on a name


@dataclass(frozen=True)
class Mention:
    """One mention of a candidate actor in one article."""

    name: str  # cleaned surface form, e.g. "Tehrik-e-Taliban Pakistan"
    kind: MentionKind
    evidence: Evidence
    country: str | None = None  # the country this form denotes (name, demonym, capital as agent)
    acronym: str | None = None  # "(TTP)" right after the name
    role: str | None = None
    affiliation: str | None = None  # surface form of the affiliated entity
    in_lead: bool = False
    definite: bool = False  # "the" before it: "the Air Force", "the Commission"
    acts: bool = False  # the mention (or the noun it modifies) is an agent in its clause
    subject: bool = False  # a subject, possessor or passive agent (not merely an object)
    speaks: bool = False  # the subject of a reporting verb ("Apple said", "Boeing announced")
    product_cue: bool = False  # named the way products are (see `_product_cue`)


def find_mentions(article: ParsedArticle) -> list[Mention]:
    """Every actor-like mention in an article, junk removed."""
    junk = {n.casefold() for n in (article.source.publisher, article.source.author) if n}
    lead_end = _lead_end(article.doc)
    mentions = []
    for span in repaired_entities(article.doc):
        mention = _classify(span, article)
        if mention is None or mention.name.casefold() in junk or _names_product(span):
            continue
        if mention.country is None and (is_junk(span) or _is_venue(span) or _in_title(span)):
            continue
        in_lead = span.start_char < lead_end
        mentions.append(
            replace(
                mention,
                in_lead=in_lead,
                definite=span.start > 0 and article.doc[span.start - 1].lower_ == "the",
                acts=acts(span.root),
                subject=acts(span.root, _SUBJECT_DEPS),
                speaks=_speaks(span.root),
                product_cue=_product_cue(span),
            )
        )
    return mentions


def repaired_entities(doc: Doc) -> Iterator[Span]:
    """spaCy's entities with determiners, possessives, punctuation and glued titles trimmed,
    cut at line breaks (a title line glued to the body), hyphenated names
    ("Tehrik-e-Taliban Pakistan") joined back together, and a place that ends a longer
    name ("Air China") grown into that name, an organisation's."""
    covered = -1
    starts = {e.start for e in doc.ents}
    for ent in doc.ents:
        if ent.label_ not in _LABELS or ent.start <= covered:
            continue
        extended = _extend_apostrophe(doc, _extend_hyphenated(doc, ent, starts))
        for start, end in _lines(doc, ent.start, extended):
            label = _titled_person(doc, start, end) or ent.label_
            start, end = _trim(doc, start, end, label)
            if start < end:
                covered = end - 1
                span = Span(doc, start, end, label=label)
                yield Span(doc, start - 1, end, label="ORG") if _ends_a_name(span) else span


def _titled_person(doc: Doc, start: int, end: int) -> str | None:
    """ "PERSON" for a name the model tags otherwise though a title opens it ("Spokeswoman
    Sandy Angers", tagged an organisation): a title and two or more capitalised words."""
    words_after = doc[start + 1 : end]
    if doc[start].text not in words("titles") or len(words_after) < 2:
        return None
    company = words("org_designators") | words("legal_forms")  # "General Motors Corporation"
    if all(t.is_title and t.text not in company for t in words_after):
        return "PERSON"
    return None


def _lines(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges of an entity on either side of any line break inside it."""
    pieces, first = [], start
    for i in range(start, end):
        if "\n" in doc[i].text:
            pieces.append((first, i))
            first = i + 1
        elif "\n" in doc[i].whitespace_:
            pieces.append((first, i + 1))
            first = i + 1
    return [*pieces, (first, end)]


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop a leading "the", a trailing "'s", edge punctuation, and title words: leading
    ones from a person ("Prime Minister Shehbaz Sharif"), trailing ones from a name that
    runs into a person's title ("Boeing Executive Vice President Scott Carson")."""
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    if _describes_with_hyphen(doc, start, end):  # "Kremlin-owned Unified Aircraft"
        start += 3
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if label == "PERSON":
        while end - start > 1 and doc[start].text in words("titles"):
            start += 1
    elif end < len(doc) and (doc[end].text in words("titles") or doc[end].ent_type_ == "PERSON"):
        while end - start > 1 and doc[end - 1].text in words("titles"):
            end -= 1
    return start, end


def _describes_with_hyphen(doc: Doc, start: int, end: int) -> bool:
    """A name opening with "X-owned", "X-led": a description of the name that follows,
    unlike a hyphenated name ("Tehrik-e-Taliban", whose lower-case piece goes on)."""
    return (
        start + 3 < end
        and doc[start + 1].text == "-"
        and doc[start + 2].is_lower
        and doc[start + 3].text != "-"
    )


def _extend_hyphenated(doc: Doc, ent: Span, starts: set[int]) -> int:
    """The end of `ent` extended over "-e-Taliban Pakistan"; `starts` are the token
    indices where the model's entities begin (a hyphen before one is a boundary)."""
    end = ent.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].i not in starts
    ):
        end += 2
    if end == ent.end or doc[end - 1].is_lower:  # "EADS-led": a word about the name, not it
        return ent.end
    while end < len(doc) and doc[end].tag_ in _PROPER and doc[end - 1].whitespace_ == " ":
        end += 1
    return end


def _extend_apostrophe(doc: Doc, end: int) -> int:
    """A name cut after "O'" or "D'" ("Michael O' Leary", tagged as a person and a place)
    joined to the capitalised word it continues in."""
    if (
        end + 1 < len(doc)
        and doc[end - 1].text in ("'", "’")
        and end >= 2
        and len(doc[end - 2].text) == 1
        and doc[end - 2].text.isupper()
        and doc[end].is_title
    ):
        return end + 1
    return end


def clean_name(text: str) -> str:
    """A name as written, without the spaces a source put inside it ("Wal - Mart", "O '
    Reilly") or a closing full stop, unless the stop ends an abbreviation ("U.S.", "Inc.")."""
    name = text.strip()
    last = name.rsplit(" ", 1)[-1]
    if last.count(".") < 2 and last not in words("legal_forms"):
        name = name.rstrip(".")
    return _HYPHEN_SPACE.sub("-", _APOSTROPHE_SPACE.sub(r"\1'", name))


def _classify(span: Span, article: ParsedArticle) -> Mention | None:
    places = gazetteer()
    name = clean_name(span.text)
    if _located(span) or _in_address(span):
        return None
    evidence = article.span_evidence(mention_extent(span))
    agent = span.root.dep_ in AGENT_DEPS or _is_agent_of_passive(span.root)
    if span.label_ == "NORP":
        country = places.demonyms.get(name)
        if country and _speaks_for_country(span.root):
            return Mention(name, "country", evidence, country=country)
        return None
    if span.label_ == "PERSON":
        if name in words("platforms"):
            return None
        if _names_people_or_company(span):
            return Mention(name, "organization", evidence)
        role, affiliation = _role(span)
        kind: MentionKind = "organization" if is_org_noun(role) else "person"
        return Mention(name, kind, evidence, role=role, affiliation=affiliation)
    country = places.country(name, place=span.label_ == "GPE")
    if country:
        if not _speaks_for_country(span.root):  # "the US economy", as "the American economy"
            return None
        return Mention(name, "country", evidence, country=country)
    if span.label_ == "GPE" and name in places.capitals:
        return Mention(name, "country", evidence, country=places.capitals[name]) if agent else None
    if span.label_ in ("LOC", "FAC") or name in places.provinces or name in words("platforms"):
        return None
    if span.label_ == "GPE":
        return Mention(name, "organization", evidence) if agent else None
    return Mention(name, _org_kind(span), evidence, acronym=_acronym_after(span))


def mention_extent(span: Span) -> Span:
    """The whole noun phrase that names the actor, from its left edge to the name's end:
    determiner, title and describing words included ("the Pentagon", "President Vladimir
    Putin", "engine maker Europrop"), so evidence shows how the text refers to it. It stops
    at punctuation and line breaks and never takes words the name does not govern."""
    doc, root = span.doc, span.root
    start = span.start
    if root.dep_ == "appos" and root.head.i == start - 1:  # "car manufacturer General Motors"
        root, start = root.head, start - 1
    while start > 0:
        token = doc[start - 1]
        if (token.is_punct and token.text not in _INNER_PUNCT) or "\n" in token.whitespace_:
            break
        if not root.is_ancestor(token) or token.pos_ in ("AUX", "PRON"):
            break
        if _branch(token, root).dep_ not in _NP_DEPS or token.lower_ in _COORDINATORS:
            break  # "particularly the TTP", "both Qatar and Turkey"
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound"):
            break
        if start == span.start and _another_name(token):  # "Chrysler LLC Jim Press"
            break
        start -= 1
    return doc[start : span.end]


def is_org_noun(role: str | None) -> bool:
    """Whether a description names a kind of organisation ("electronics retailer"; lexicon
    `org_nouns`): what it describes is no person."""
    return role is not None and role.split()[-1].lower() in folded("org_nouns")


def _branch(token: Token, root: Token) -> Token:
    """The child of `root` whose subtree holds `token`."""
    while token.head != root:
        token = token.head
    return token


def _names_people_or_company(span: Span) -> bool:
    """A "person" that is a band, a family or a company: a plural name taking the article
    ("the Beatles", "the Kennedys") or a name ending in a word that marks an organisation
    ("Douglas Aircraft"; lexicon `org_designators`). A person's name does neither."""
    if span[-1].text in words("org_designators"):
        return True
    before = span.doc[span.start - 1] if span.start else None
    plural = span[-1].tag_ in ("NNPS", "NNS")
    return plural and before is not None and before.lower_ == "the" and before.head == span.root


def _another_name(token: Token) -> bool:
    """A proper noun that is no title: part of a different name run into this one."""
    titles = _title_words() | words("honorifics")
    return token.tag_ in _PROPER and not {token.text, token.text.rstrip(".")} & titles


def _in_title(span: Span) -> bool:
    """A portfolio the model tags as a name inside a title ("Japan's Finance Minister", "the
    Secretary of Defense")."""
    if not all(token.text in _title_words() for token in span):
        return False
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif span.root.dep_ != "compound":
        return False
    return head.text in _title_words()


def _ends_a_name(span: Span) -> bool:
    """A place that ends a longer proper name the model did not tag ("Air China", "Garuda
    Indonesia"): a capitalised word the model left untagged modifies it."""
    if span.label_ != "GPE" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.tag_ in _PROPER
        and not before.ent_type_
        and before.dep_ == "compound"
        and span.start <= before.head.i < span.end
        and before.text not in _title_words()
    )


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
    for ent in doc.ents:
        if ent.label_ == "GPE" and (ent.end - 1 if end else ent.start) == i:
            return ent
    return None


def _speaks_for_country(word: Token) -> bool:
    """A demonym or a country's name stands for the country when it is a noun of its own
    ("the Afghans", "Pakistan said") or modifies the state's people ("Pakistani officials",
    "US officials", "the Afghan side"); modifying anything else ("an Irish airline", "the
    US economy", "Afghan soil") it only describes."""
    word = _clause_role(word)  # "Canadian and US governments"
    if word.dep_ not in ("amod", "compound", "nmod") or word.head == word:
        return True
    return _speaks_for(word.head)


def acts(token: Token, deps: frozenset[str] = AGENT_DEPS) -> bool:
    """Whether a name is an agent: a subject, object or possessor ("Qatar and Turkey
    mediated", "accused Kabul"), in apposition to one ("Irish airline, Ryanair, announced"),
    or the name of the people who are ("Pakistani officials said", "officials from China
    agreed", "Apple CEO Steve Jobs said"); modifying a thing ("Mac sales increased") it
    does not act."""
    token = _clause_role(token)
    if token.dep_ == "poss":
        return not _owns_a_thing(token)
    if _is_agent_of_passive(token):
        return True
    if token.dep_ in ("amod", "compound", "nmod", "pobj") and token.head != token:
        people = _people_named(token)
        if people is None:
            return False
        token = _clause_role(people)
    return token.dep_ in deps or _is_agent_of_passive(token)


def _owns_a_thing(possessor: Token) -> bool:
    """A possessor that only places or makes a named thing ("London's FTSE 100", "Tokyo's
    Nikkei", "Japan's Nikkei average"), unlike one that acts ("Kabul's silence") or owns its
    people ("Pakistan's Information Minister Attaullah Tarar")."""
    thing = possessor.head
    if thing.ent_type_ == "PERSON" or _speaks_for(thing):
        return False
    return thing.pos_ == "PROPN" or _is_product_kind(thing)


def _people_named(token: Token) -> Token | None:
    """The people a name stands for, when it modifies them ("Pakistani officials", "Boeing
    spokesman") or completes them ("officials from China", "the government of Germany")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "from", "for"):
        head = head.head
    elif token.dep_ not in ("amod", "compound", "nmod", "poss"):
        return None
    if head == token or not _speaks_for(head):
        return None
    while head.dep_ == "compound" and head.head != head:  # "minister Rainer Bruederle"
        head = head.head
    return head


def _clause_role(token: Token) -> Token:
    """The token whose dependency gives a name's role: the head of its conjunction or
    apposition ("Qatar and Turkey", "the airline, Ryanair")."""
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    return token


def _speaks_for(noun: Token) -> bool:
    """A noun for the people who act for a state or an organisation: "officials",
    "government", "spokesman", "CEO", or a person under such a title ("economy minister
    Rainer Bruederle")."""
    if _is_office(noun):
        return True
    return noun.ent_type_ == "PERSON" and any(
        child.dep_ in ("compound", "amod") and _is_office(child) for child in noun.children
    )


def _is_office(word: Token) -> bool:
    forms = (word.lower_, word.lemma_.lower())  # "governments" as "government"
    return any(form in folded("government_nouns") or form in folded("titles") for form in forms)


def _speaks(token: Token) -> bool:
    """Whether a name, or the people it names, is the subject of a reporting verb."""
    token = _clause_role(_people_named(token) or token)
    return token.dep_ == "nsubj" and token.head.lemma_ in words("reporting_verbs")


def _product_cue(span: Span) -> bool:
    """Whether a name is written the way products are: a lower-case prefix before a capital
    ("iPod", "iTunes"), used with a kind of made thing ("Intel processors", "web browser
    Safari"; lexicon `product_nouns`), or the object of a verb that makes or ships things
    ("unveiled the MacBook Air"; lexicon `product_verbs`)."""
    root = span.root
    modifiers = [
        child for child in root.children if child.dep_ == "compound" and child.i < span.start
    ]
    if any(_CAMEL.match(token.text) for token in [*span, *modifiers]):
        return True
    if _with_product_noun(root):
        return True
    while root.dep_ in ("conj", "appos", "compound") and root.head != root:
        root = root.head
    return root.dep_ == "dobj" and root.head.lemma_ in words("product_verbs")


def _with_product_noun(root: Token) -> bool:
    """A name modifying a kind of made thing ("Macintosh computers", "Mac OS X") or
    described by one ("web browser Safari", "the operating system Mac OSX", "Tiger, the
    newest version of ...")."""
    head = root
    while head.dep_ in ("compound", "nmod", "amod") and head.head != head:
        head = head.head
        if _is_product_kind(head):
            return True
    if head != root and any(
        child.dep_ == "compound" and _is_product_kind(child) for child in head.children
    ):
        return True
    described = [child for child in root.children if child.dep_ in ("compound", "appos")]
    if root.dep_ == "appos":
        described.append(root.head)
    return any(t.pos_ == "NOUN" and _is_product_kind(t) for t in described)


def _is_product_kind(noun: Token) -> bool:
    """A noun in lexicon `product_nouns`, alone ("computers") or with the word before it
    ("operating system")."""
    kinds = folded("product_nouns")
    lemma = noun.lemma_.lower()
    before = noun.doc[noun.i - 1].lower_ if noun.i else ""
    return noun.lower_ in kinds or lemma in kinds or f"{before} {lemma}" in kinds


def _is_venue(span: Span) -> bool:
    """A building, site or event, not an actor: a name ending in a venue word (lexicon
    `venue_words`: "Moscone Center", "Macworld Conference") used as the object of a
    preposition ("held at the California Theater")."""
    return (
        span[-1].text in words("venue_words")
        and span.root.dep_ == "pobj"
        and span.label_ in ("ORG", "GPE", "FAC")
    )


def _names_product(span: Span) -> bool:
    """A thing, not an actor: a maker's name inside a product name ("Airbus A330", "Boeing
    747": the next token is a model number), a model numbered in Roman figures ("Delta IV";
    a person's "Henry VIII" aside), or a name a number counts or measures ("13.7 million
    Macs", "16:00 UTC", "$249 USD"); not a date before it ("In 2008 Boeing")."""
    if any(child.dep_ == "nummod" and child.i < span.start for child in span.root.children):
        return True
    if span.label_ != "PERSON" and len(span) > 1 and _ROMAN.fullmatch(span[-1].text):
        return True
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.like_num and span.start <= before.head.i < span.end:
        return True
    if _is_unit_code(span):
        return True
    if span.end >= len(span.doc) or not span.doc[span.end - 1].whitespace_:
        return False
    following = span.doc[span.end]
    return any(ch.isdigit() for ch in following.text)


def _is_unit_code(span: Span) -> bool:
    """A code written after a figure is its unit, currency or time zone ("$99 (USD)",
    "16:00 UTC"), not an organisation's acronym."""
    if len(span) != 1 or not span.text.isupper():
        return False
    i = span.start - 1
    while i >= 0 and span.doc[i].text == "(":
        i -= 1
    return i >= 0 and span.doc[i].ent_type_ != "DATE" and any(c.isdigit() for c in span.doc[i].text)


def _located(span: Span) -> bool:
    """A place named as where something is based ("Los Angeles based Northrop Grumman",
    "a Kabul-based group"): a location, whatever the parse makes of it."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return after[:1] == ["based"] or after == ["-", "based"]


def _is_agent_of_passive(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _org_kind(span: Span) -> MentionKind:
    if any(token.text in words("armed_group_words") for token in span):
        return "group"
    nearby = [span.root.head, *span.root.children]
    if any(t.lower_ in folded("armed_group_nouns") and t.dep_ in ("appos", "conj") for t in nearby):
        return "group"
    if span.root.dep_ == "appos" and span.root.head.lower_ in folded("armed_group_nouns"):
        return "group"
    return "organization"


def _acronym_after(span: Span) -> str | None:
    """The acronym in brackets right after a name, when it spells the name's capitalised
    words ("Tehrik-e-Taliban Pakistan (TTP)"), a legal form left out ("European Aeronautic
    Defence & Space NV (EADS)")."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    candidate = doc[span.end + 1].text
    if not candidate.isupper() or len(candidate) < 2:
        return None
    tokens = [token.text for token in span]
    while len(tokens) > 1 and tokens[-1] in words("legal_forms"):
        tokens.pop()
    initials = "".join(text[0] for text in tokens if text[:1].isupper())
    parts = "".join(
        part[0] for part in " ".join(tokens).replace("-", " ").split() if part[:1].isupper()
    )
    return candidate if candidate in (initials, parts) else None


def _role(span: Span) -> tuple[str | None, str | None]:
    """Role and affiliation from a premodifier ("Information Minister X") or an apposition."""
    doc = span.doc
    start = span.start
    while start > 0 and _is_title_word(doc[start - 1], span):
        start -= 1
    if start < span.start and doc[span.start - 1].pos_ in ("NOUN", "PROPN"):
        title = doc[start : span.start]
        return title.text, _affiliation(doc[start], title)
    for child in span.root.children:
        if child.dep_ == "appos" and _is_role_noun(child):
            return _noun_phrase(child), _affiliation_of(child)
    if span.root.dep_ == "appos" and _is_role_noun(span.root.head):
        return _noun_phrase(span.root.head), _affiliation_of(span.root.head)
    return None, None


def _is_role_noun(noun: Token) -> bool:
    """A common noun in apposition that can be a role: singular, not a kind of made thing
    ("Tiger, the newest version of Mac OS X") and not a name ("the code name for this
    release")."""
    if noun.pos_ != "NOUN" or noun.tag_ == "NNS":  # "guests, including Mr. Lee": a group
        return False
    lemma = noun.lemma_.lower()
    return lemma != "name" and lemma not in folded("product_nouns")


def _is_title_word(token: Token, span: Span) -> bool:
    if token.text in words("honorifics") or token.text in words("legal_forms"):
        return False  # "Mr", or the end of a company's name run into a person's ("Chrysler LLC")
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PRODUCT") and token.text not in _title_words():
        return False
    return (
        token.dep_ in ("compound", "amod")
        and token.head.i >= token.i
        and token.head.i < span.end
        and token.pos_ in ("PROPN", "NOUN", "ADJ")
    )


def _title_words() -> frozenset[str]:
    """Words a title can be made of, the portfolio before a minister included."""
    return words("titles") | words("portfolios")


def _affiliation(first: Token, title: Span) -> str | None:
    """The entity that owns a title: "Pakistan's" or "Afghan" just before it."""
    doc = first.doc
    if first.i >= 2 and doc[first.i - 1].tag_ == "POS" and doc[first.i - 2].ent_type_:
        return _entity_text(doc[first.i - 2])
    if first.i >= 1 and doc[first.i - 1].ent_type_ in ("GPE", "NORP", "ORG"):
        return _entity_text(doc[first.i - 1])
    return None


def _affiliation_of(noun: Token) -> str | None:
    """The entity a role noun belongs to: "spokesman for Y", "Y's minister"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_:
            return _entity_text(child)
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_]
            if objects:
                return _entity_text(objects[0])
    return None


def _noun_phrase(noun: Token) -> str:
    """A role noun with its left modifiers: "foreign minister", "senior spokesman"."""
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and not t.ent_type_]
    start = left[0].i if left else noun.i
    return noun.doc[start : noun.i + 1].text


def _entity_text(token: Token) -> str:
    """The repaired name a token belongs to ("Boeing", not the model's "Boeing Executive")."""
    for span in repaired_entities(token.doc):
        if span.start <= token.i < span.end:
            return span.text
    return token.text


def is_junk(span: Span) -> bool:
    """Numbers, lone lowercase words, capitalised common nouns opening a sentence, and a
    legal form alone ("LLC")."""
    text = span.text
    if any(ch.isdigit() for ch in text) or text.islower():
        return True
    if all(token.text in words("legal_forms") for token in span):
        return True
    if len(span) == 1 and span[0].is_sent_start and span[0].tag_ not in _PROPER:
        return True
    return not any(token.tag_ in _PROPER or token.text[:1].isupper() for token in span)


def _lead_end(doc: Doc) -> int:
    """End offset of the lead: the title line and the first two sentences of the body."""
    sentences = [s for s in doc.sents if s.text.strip()]
    return sentences[min(2, len(sentences) - 1)].end_char if sentences else 0
