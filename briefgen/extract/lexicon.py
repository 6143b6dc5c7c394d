"""The vocabulary the extractors read: data files in briefgen/lexicons/, loaded once.

Word lists live in one typed table, `vocabulary.tsv`: one row per entry with every class it
belongs to (`word_classes.toml` says what each class means), so an entry's meanings are read
in one place. Tables with values of their own (`future_cues`: lemma -> kind, hedging) and the
temporal vocabulary keep files of their own.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Literal

WordClass = Literal[
    "addressee_verbs",
    "age_units",
    "armed_group_nouns",
    "armed_group_words",
    "body_nouns",
    "broadcast_verbs",
    "business_words",
    "caption_positions",
    "caption_verbs",
    "channel_verbs",
    "claim_nouns",
    "comment_controls",
    "comment_notices",
    "condition_marks",
    "contest_results",
    "contest_verbs",
    "contrast_conjunctions",
    "credit_labels",
    "credit_phrases",
    "credit_roles",
    "deictic_determiners",
    "denial_verbs",
    "document_words",
    "doubt_adverbs",
    "event_prepositions",
    "feminine_words",
    "finite_auxiliaries",
    "government_nouns",
    "heading_small_words",
    "heading_verbs",
    "hedge_adverbs",
    "honorifics",
    "index_units",
    "legal_forms",
    "light_verbs",
    "likelihood_adverbs",
    "masculine_words",
    "media_nouns",
    "media_words",
    "name_connectors",
    "naming_verbs",
    "negative_determiners",
    "negative_pronouns",
    "news_outlets",
    "opponent_words",
    "org_designators",
    "org_nouns",
    "page_phrases",
    "page_selves",
    "page_verbs",
    "page_words",
    "past_role_words",
    "personal_pronouns",
    "photo_agencies",
    "picture_nouns",
    "picture_verbs",
    "place_heads",
    "platforms",
    "polite_would",
    "portfolios",
    "product_nouns",
    "product_verbs",
    "question_words",
    "quote_box_marks",
    "quote_verbs",
    "region_adjectives",
    "regions",
    "reporting_pasts",
    "reporting_verbs",
    "rubric_labels",
    "scoring_verbs",
    "sentence_openers",
    "service_words",
    "significance_cues",
    "stamp_labels",
    "state_nouns",
    "styles",
    "tail_markers",
    "time_zones",
    "titles",
    "venue_words",
    "voice_nouns",
]
# Tab-separated tables: first column -> the other columns.
TableFile = Literal[
    "casualty_terms",
    "country_names",
    "demonyms",
    "future_cues",
    "given_names",
    "predicate_groups",
]


def _text(name: str) -> str:
    return resources.files("briefgen").joinpath("lexicons", name).read_text("utf-8")


def _lines(name: str) -> list[str]:
    lines = (line.strip() for line in _text(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def _classes() -> dict[str, frozenset[str]]:
    """vocabulary.tsv read: class -> its entries."""
    members: dict[str, set[str]] = defaultdict(set)
    for row in _lines("vocabulary.tsv"):
        entry, classes, *_note = row.split("\t")
        for name in classes.split(","):
            members[name].add(entry)
    return {name: frozenset(entries) for name, entries in members.items()}


@cache
def class_descriptions() -> dict[str, str]:
    """What each class of the vocabulary means (word_classes.toml)."""
    data = tomllib.loads(_text("word_classes.toml"))
    return {name: str(fields["description"]) for name, fields in data.items()}


@cache
def words(name: WordClass) -> frozenset[str]:
    """A class of the vocabulary (e.g. 'reporting_verbs')."""
    return _classes()[name]


@cache
def folded(name: WordClass) -> frozenset[str]:
    """A class, lower-cased, for case-insensitive look-ups."""
    return frozenset(word.lower() for word in words(name))


def meanings(entry: str) -> frozenset[str]:
    """Every class an entry belongs to ("company": legal_forms, org_designators, ...)."""
    return frozenset(name for name, entries in _classes().items() if entry in entries)


@cache
def table(name: TableFile) -> dict[str, tuple[str, ...]]:
    """A tab-separated table (e.g. 'future_cues'): first column -> the other columns."""
    rows = (line.split("\t") for line in _lines(f"{name}.txt"))
    return {row[0]: tuple(row[1:]) for row in rows}


@cache
def title_words() -> frozenset[str]:
    """Words a title can be made of, the portfolio before a minister included."""
    return words("titles") | words("portfolios")
