"""Which actor a word names: a name, a surname, a pronoun, a role or body noun.

Names resolve through the actor index (the repaired name first, then the model's); pronouns
to the most prominent person of the nearest preceding sentence that names one (subjects
first: the speaker of "..., he said" is almost always the last sentence's subject); role
nouns ("the minister") to the last person with that role; body nouns ("the company") to the
last organisation named. `REFERENT_RULES` decide, the first that does wins; only an actor
on the brief's actor list is ever named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from briefgen.budget import check
from briefgen.extract.actors import ActorIndex
from briefgen.extract.countries import gazetteer
from briefgen.extract.ents import ents_in, model_ents
from briefgen.extract.gender import name_gender, word_gender
from briefgen.extract.labels import COMPOUND_OR_APPOSITION, MODIFIERS_OR_OWNER, NOMINALS, SUBJECTS
from briefgen.extract.lexicon import folded, title_words, words
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.extract.spans import entity_at, model_entity
from briefgen.model import Actor

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_PLACE_LABELS = frozenset({"GPE", "NORP"})  # a role noun's modifiers its holder must agree with
_TITLES_KEY = "briefgen_people_titles"
_MIN_ABBREVIATION = 3  # letters of a title's abbreviation a role word must start with ("Gov.")
T = TypeVar("T")

# Examples (the seed article; MEANTIME Wikinews, CC BY 4.0; PolNeAR, named beside each).
TARAR_HE = (
    "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress. In his statement, Tarar emphasized that Pakistan had "
    "shown restraint. “We will continue to take all possible measures necessary to protect our "
    "people from the menace of terrorism,” he said."
)
AER_LINGUS = (
    "The airline had approached Airbus rival Boeing regarding a potential deal for their new "
    "787 aircraft, but Aer Lingus Chief Executive Dermot Mannion stated that he believed the "
    'Airbus aircraft were "better on fuel and better on range" than the 787. Mannion said of the '
    'integration of the new aircraft "The A350 XWB fits in with our ambitious plans to expand '
    'existing routes and to open up new ones from our hub in Dublin."'
)
GALLOIS = (
    'Scott Carson, president and CEO of Boeing Commercial Airplanes said, "This has been a '
    "wonderful and exciting day to celebrate this breakthrough airplane with our customers, "
    'employees, supplier partners and our communities." Earlier in the day, Boeing received a '
    "congratulatory letter from Airbus. The company president and CEO Louis Gallois said, "
    '"Today is a great day in aviation history."'
)
ROMANIA = (  # 79240_Ford_offers_78_million_for_Romanian_auto_plant
    "Ford Motor Company, the U.S. car maker, will reportedly pay $57 million (US$78 million) for "
    "a 72.4 percent stake in the Romanian assembly plant Automobile Craiova, a Romanian official "
    'said Friday. "With this production facility, Romania will become an important auto '
    'production center in Europe", concluded Stroe, cited by HotNews.'
)
# PolNeAR dev, USA Today 2016-09-23, "Trump questions the fairness of moderators ahead of debate".
TRUMP_PHONY = (
    "Donald Trump isn't saying much about debate preparation, with one notable exception. "
    "\"Look, it's a phony system,\" Trump told Bill O'Reilly of Fox News this week."
)
TRUMP_FAIRNESS = (
    "Trump questions the fairness of moderators ahead of debate; \nTalk compared to 'working the "
    "referees' at a basketball game.\n\nDonald Trump isn't saying much about debate "
    "preparation, with one notable exception.\n\nBaiting the moderators.\n\nThe Republican "
    'presidential nominee has repeatedly wondered whether the moderators will be "fair" to him, '
    "engaging in what analysts described as age-old pre-debate tactics: lowering expectations "
    'and intimidating the questioners.\n\n"Look, it\'s a phony system," Trump told Bill '
    "O'Reilly of Fox News this week.\n\nTrump has complimented the moderator of Monday night's "
    'first debate, Lester Holt of NBC News, but with a distinct edge.\n\n"I think Lester Holt '
    'will be very fair," Trump said during a rally in Kenansville, N.C., "but a lot of people '
    "are going to be watching to see if that's true."
)
DJAMAL_HE = (  # 87805_Indonesia_transport_minister
    "Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local "
    "airlines should not purchase aircraft from European manufacturers. The announcement was "
    "made at a joint press conference with Indonesian Vice President Jusuf Kalla in Jakarta. "
    'Djamal told reporters that he felt the best option was the lifting of the ban. "The '
    "easiest way is to lift the ban, because the ban goes against the principle of open sky "
    'policy," he said.'
)
MACFARLANE = (  # 39951_Australian_government_announces_52
    'Mr MacFarlane said that the research facility was exciting for Australia. "The funding '
    "has helped Ford Australia secure the largest automotive R&D project ever undertaken in "
    'Australia" he said.'
)
PAULSON = (  # stock-market news, 2008
    '"We need to get back to work," said Minority Leader John Boehner.\n\nPaulson said he would '
    'work with Congress to find a solution. "We need to get something done," he said. The plan '
    "was proposed by Treasury Secretary Henry Paulson."
)
SINGAPORE_AIRBUS = (
    "Singapore Airlines says that it will be compensated by Airbus for the additional delay. "
    'In a statement on the Airbus website, the company said that "the root cause of the problem '
    'is the fact that the 3D Digital mock-up was implemented late".'
)


@rule(
    "speaker",
    example='"We welcome the commitment of both parties," Saudi Foreign Minister Prince Faisal '
    "bin Farhan said.",
)
def repaired_name(token: Token, actors: ActorIndex) -> str | None:
    """A name as repaired (its extent fixed: "Doctors Without Borders" where the model
    tagged "Without Borders", a glued title cut off) names the actor it resolves to."""
    repaired = entity_at(token.doc, token.i)
    return actors.resolve(repaired.text) if repaired is not None else None


@rule("speaker", example=TRUMP_FAIRNESS)
def entity_name(token: Token, actors: ActorIndex) -> str | None:
    """The model's name, as it tagged it, names the actor it resolves to (a rank before it
    dropped in the look-up)."""
    entity = model_entity(token)
    return actors.resolve(entity.text) if entity is not None else None


@rule("speaker", example=TRUMP_PHONY)
def entity_surname(token: Token, actors: ActorIndex) -> str | None:
    """A one-word name is the surname of the one person actor whose name ends in it."""
    entity = model_entity(token)
    return _by_surname(token, actors) if entity is not None and len(entity) == 1 else None


@rule("speaker", example=TARAR_HE)
def pronoun_antecedent(token: Token, actors: ActorIndex) -> str | None:
    """A pronoun ("he", "she") is the person named in the nearest sentence that names one
    the text does not show is of the other gender (extract/gender.py), its subject first; a
    surname the tagger called an organisation ("Paulson") counts."""
    if token.ent_type_ or token.lower_ not in _PERSON_PRONOUNS:
        return None
    gender = word_gender(token)
    found = _antecedent(
        token.doc,
        token.i,
        lambda ent: _fits_person(ent, actors) if name_gender(ent) in (None, gender) else None,
    )
    if found is None:
        return NOBODY
    fit, antecedent, name = found
    record(fit, antecedent, name)
    return name


def _fits_person(ent: Span, actors: ActorIndex) -> tuple[Rule[..., Any], str, str] | None:
    """The rule by which a name can be a person's antecedent, the name and its actor."""
    found = first(PERSON_ANTECEDENT_RULES, ent, actors)
    return (found[0], ent.text, found[1]) if found is not None and found[1] else None


@rule("speaker", example=AER_LINGUS)
def capitalised_surname(token: Token, actors: ActorIndex) -> str | None:
    """A capitalised word the tagger left unlabelled ("Mannion said") is the surname of the
    one person actor whose name ends in it."""
    return _by_surname(token, actors) if _plain(token) and token.is_title else None


@rule("speaker", example=ROMANIA)
def country_government(token: Token, actors: ActorIndex) -> str | None:
    """A government noun speaks for the country or body that modifies it: "Afghan
    officials", "Pakistan's government"."""
    if not (token.ent_type_ or (_plain(token) and token.pos_ in NOMINALS)):
        return None
    return _via_modifier(token, actors)


@rule("speaker", example=GALLOIS)
def role_noun(token: Token, actors: ActorIndex) -> str | None:
    """A role noun ("the minister") is the person named last whose role has that word."""
    if not _plain(token) or token.pos_ not in NOMINALS:
        return None
    return _by_role(token.doc, token, actors)


@rule("speaker", example=SINGAPORE_AIRBUS)
def body_noun(token: Token, actors: ActorIndex) -> str | None:
    """A body noun ("the company", "the carmaker") is the organisation named last, subjects
    first."""
    if not _plain(token) or token.pos_ not in NOMINALS:
        return None
    return _by_body(token.doc, token, actors)


# Which actor a subject token names: the first rule that decides. A name the model tagged is
# looked up only as a name; a pronoun only by its antecedent ("" when it has none).
REFERENT_RULES: list[Rule[[Token, ActorIndex], str | None]] = [
    repaired_name,
    entity_name,
    entity_surname,
    pronoun_antecedent,
    capitalised_surname,
    country_government,
    role_noun,
    body_noun,
]
NOBODY = ""  # a rule's decision that the token names no actor


def _plain(token: Token) -> bool:
    """Neither a tagged name nor a pronoun: a word the noun rules may read."""
    return not token.ent_type_ and token.lower_ not in _PERSON_PRONOUNS


def referent(token: Token, actors: ActorIndex) -> tuple[Rule[..., Any], str] | None:
    """The canonical actor a subject token refers to and the rule that says so; None unless
    that actor is on the actor list."""
    found = first(REFERENT_RULES, token, actors)
    if found is None or not found[1] or actors.actor(found[1]) is None:
        return None
    return found[0], found[1]


def resolve_mention(token: Token, actors: ActorIndex) -> str | None:
    """The canonical actor a subject token refers to (a name, a pronoun or a role noun),
    recorded; None unless that actor is on the actor list."""
    found = referent(token, actors)
    if found is None:
        return None
    record(found[0], token.text, found[1])
    return found[1]


def _by_surname(token: Token, actors: ActorIndex) -> str | None:
    """A name the tagger left unlabelled ("Mannion said"): the one person actor whose
    name has it as its last word."""
    direct = actors.resolve(token.text)
    if direct is not None:
        return direct
    owners = actors.people_named(token.text)
    return owners[0] if len(owners) == 1 else None


def _via_modifier(noun: Token, actors: ActorIndex) -> str | None:
    """The country or body a noun speaks for: "Afghan officials", "Pakistan's government"."""
    if noun.lower_ not in folded("government_nouns"):
        return None
    for child in noun.children:
        if child.dep_ in MODIFIERS_OR_OWNER:
            country = gazetteer().demonyms.get(child.text) or actors.resolve(child.text)
            name = actors.resolve(country) if country else None  # only the brief's actors speak
            if name is not None:
                return name
    return None


def _bare_subject(token: Token) -> bool:
    """A proper-noun subject the tagger left unlabelled ("Djamal told reporters")."""
    return token.dep_ in SUBJECTS and token.pos_ == "PROPN" and not token.ent_type_


def _titled(ent: Span) -> bool:
    return ent.start > 0 and ent.doc[ent.start - 1].text in words("honorifics")


def _person_actor(name: str | None, actors: ActorIndex) -> str | None:
    actor = actors.actor(name) if name else None
    return name if actor is not None and actor.type == "person" else None


@rule("speaker", example=DJAMAL_HE)
def unlabelled_surname(ent: Span, actors: ActorIndex) -> str | None:
    """A subject the tagger left unlabelled ("Djamal told reporters") is a person's
    antecedent when it is the surname of a person actor."""
    return _person_actor(_by_surname(ent.root, actors), actors) if not ent.label_ else None


@rule("speaker", example=MACFARLANE)
def courtesy_title(ent: Span, actors: ActorIndex) -> str | None:
    """A name after a courtesy title ("Mr MacFarlane") is a person's antecedent, whatever
    label the tagger gave it."""
    return actors.resolve(ent.text) if ent.label_ and _titled(ent) else None


@rule("speaker", example=TARAR_HE)
def person_name(ent: Span, actors: ActorIndex) -> str | None:
    """A name tagged as a person is a person's antecedent unless the brief knows it as
    something else."""
    if ent.label_ != "PERSON" or _titled(ent):
        return None
    name = actors.resolve(ent.text)
    actor = actors.actor(name) if name else None
    return name if actor is None or actor.type == "person" else None


@rule("speaker", example=PAULSON)
def surname_tagged_otherwise(ent: Span, actors: ActorIndex) -> str | None:
    """A name tagged as an organisation or place ("Paulson", as ORG) is a person's
    antecedent when the brief knows it as a person."""
    if not ent.label_ or ent.label_ == "PERSON" or _titled(ent):
        return None
    return _person_actor(actors.resolve(ent.text), actors)


# Whether a name earlier in the text can be the person a pronoun refers to: the rules split
# the names by their label, so at most one applies to each.
PERSON_ANTECEDENT_RULES: list[Rule[[Span, ActorIndex], str | None]] = [
    unlabelled_surname,
    courtesy_title,
    person_name,
    surname_tagged_otherwise,
]


def _antecedent(doc: Doc, before: int, refers: Callable[[Span], T | None]) -> T | None:
    """What a pronoun or body noun refers to: in the nearest sentence (this one, before
    the reference, then earlier ones) that names a fitting actor, the subject of its main
    verb ("Mr. Manafort said ..., suggesting that Mr. Trump was ..."), else one in subject
    position, else the last one named; for a reference outside quotation marks, never a
    name inside them ("''... Clinton is still going to be crooked Hillary,'' he added")."""
    sentence = doc[before].sent
    while True:
        check(doc)
        end = min(sentence.end, before)
        names = ents_in(doc[sentence.start : end])
        names += [doc[t.i : t.i + 1] for t in doc[sentence.start : end] if _bare_subject(t)]
        if not is_quoted(doc[before]):  # a name in a quotation is the speaker's word, no referent
            names = [e for e in names if not is_quoted(e[0])]
        fitting = [
            (e, name)
            for e in sorted(names, key=lambda e: e.start)
            if (name := refers(e)) is not None
        ]
        if fitting:
            subjects = [name for e, name in fitting if _in_subject(e)]
            main = [name for e, name in fitting if _in_subject(e, main_clause=True)]
            return (main or subjects or [fitting[-1][1]])[-1]
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent


def _organisation(ent: Span, actors: ActorIndex) -> str | None:
    name = actors.resolve(ent.text) if ent.label_ == "ORG" else None
    actor = actors.actor(name) if name else None
    return name if actor is not None and actor.type == "organization" else None


def _in_subject(ent: Span, main_clause: bool = False) -> bool:
    """The entity is a clause subject or sits in one (by apposition or as a compound);
    `main_clause`: the subject of its sentence's main verb."""
    token: Token = ent.root
    for _ in range(3):
        if token.dep_ in SUBJECTS:
            return not main_clause or token.head.i == token.sent.root.i
        if token.dep_ not in COMPOUND_OR_APPOSITION or token.head.i == token.i:
            return False
        token = token.head
    return False


def _determined(noun: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in noun.children)


def _by_role(doc: Doc, noun: Token, actors: ActorIndex) -> str | None:
    """The person who holds this role, by their card or by a title set before their name
    anywhere in the text ("Gov. Chris Christie" for "the governor"), and whose place agrees
    with the one before the noun ("the New Jersey governor"): the subject named nearest in
    its paragraph or the sentence before, else the person named last whose card's role has
    the word."""
    if not _determined(noun) or noun.morph.get("Number", ["Sing"]) == ["Plur"]:
        return None  # "the Vermont senators" are not one person
    word = noun.lemma_.lower()
    places = [c.text for c in noun.children if c.ent_type_ in _PLACE_LABELS]
    titles = people_titles(doc, actors)

    def fits(actor: Actor) -> bool:
        said = " ".join([actor.role or "", *titles.get(actor.name, ())])
        return _holds(word, said) and _agrees(places, f"{actor.affiliation or ''} {said}")

    near = _paragraph_start(doc, doc[noun.sent.start - 1].sent.start if noun.sent.start else 0)
    nearest = _nearest_subject(doc[near : noun.i], actors)
    if nearest is not None and fits(nearest):  # the nearest subject, with that role
        return nearest.name
    holders = [a for end, a in actors.role_holders(doc) if end <= noun.i]
    held = (a for a in reversed(holders) if word in (a.role or "").lower())
    return next((a.name for a in held if _agrees(places, f"{a.affiliation or ''} {a.role}")), None)


def _nearest_subject(span: Span, actors: ActorIndex) -> Actor | None:
    """The person actor last named in subject position in the span, outside quote marks (a
    surname the tagger left unlabelled counts: "Cruz defends ...")."""
    doc = span.doc
    names = ents_in(span) + [doc[t.i : t.i + 1] for t in span if _bare_subject(t)]
    found = [
        (e.start, fit[2])
        for e in names
        if _in_subject(e) and not is_quoted(e[0]) and (fit := _fits_person(e, actors))
    ]
    actor = actors.actor(max(found)[1]) if found else None
    return actor if actor is not None and actor.type == "person" else None


def _people_titled(doc: Doc, actors: ActorIndex) -> list[tuple[int, Actor]]:
    """The person actors the model names in the Doc, as (the token after the name, the
    actor), in text order."""
    found = []
    for ent in model_ents(doc):
        name = actors.resolve(ent.text) if ent.label_ == "PERSON" else None
        actor = actors.actor(name) if name else None
        if actor is not None and actor.type == "person":
            found.append((ent.end, actor))
    return found


def people_titles(doc: Doc, actors: ActorIndex) -> dict[str, tuple[str, ...]]:
    """Each person actor's titles and places set right before its name in the Doc ("Florida
    Sen. Marco Rubio" -> "Florida", "Sen."), read once per Doc."""
    cached = doc.user_data.get(_TITLES_KEY)
    if cached is None:
        said: dict[str, list[str]] = {}
        for end, actor in _people_titled(doc, actors):
            ent = next(e for e in model_ents(doc) if e.end == end)
            i = ent.start - 1
            while i >= 0 and (doc[i].text in title_words() or doc[i].ent_type_ in _PLACE_LABELS):
                said.setdefault(actor.name, []).append(doc[i].text)
                i -= 1
        cached = doc.user_data[_TITLES_KEY] = {k: tuple(v) for k, v in said.items()}
    return dict(cached)


def _paragraph_start(doc: Doc, before: int) -> int:
    """Where the paragraph holding token `before` starts."""
    i = before
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


def _holds(word: str, role: str) -> bool:
    """The role has the word, whole or cut short to a title's abbreviation ("senator" in
    "Sen.", "governor" in "Gov.")."""
    if word in role.lower():
        return True
    cut = (w.rstrip(".").lower() for w in role.split() if w.endswith("."))
    return any(len(c) >= _MIN_ABBREVIATION and word.startswith(c) for c in cut)


def _agrees(places: list[str], said: str) -> bool:
    """A place or group before the role noun ("the New Jersey governor") is one the holder's
    card or titles give, when they give any."""
    return not places or not said.strip() or any(p in said for p in places)


def _by_body(doc: Doc, noun: Token, actors: ActorIndex) -> str | None:
    """The organisation named last, subjects first: "the company", "the carmaker"."""
    if not _determined(noun) or noun.lemma_.lower() not in folded("body_nouns"):
        return None
    return _antecedent(doc, noun.i, lambda ent: _organisation(ent, actors))
