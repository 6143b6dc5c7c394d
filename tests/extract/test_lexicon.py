"""The vocabulary: one typed table of word classes, each described, each one the code names."""

from __future__ import annotations

import typing

import pytest

from briefgen.extract.lexicon import (
    WordClass,
    _classes,
    class_descriptions,
    folded,
    meanings,
    table,
    words,
)


def test_every_class_in_the_table_is_typed_and_described() -> None:
    typed = set(typing.get_args(WordClass))
    assert set(_classes()) == typed
    assert set(class_descriptions()) == typed
    assert all(description.strip() for description in class_descriptions().values())


@pytest.mark.parametrize(
    ("entry", "classes"),
    [
        ("company", {"body_nouns", "org_nouns"}),
        ("Company", {"legal_forms", "org_designators"}),
        ("say", {"channel_verbs", "reporting_verbs"}),
        ("Inc.", {"legal_forms", "org_designators"}),
        ("Ms", {"feminine_words", "honorifics"}),
    ],
)
def test_an_entry_shows_all_its_meanings(entry: str, classes: set[str]) -> None:
    assert meanings(entry) == classes


def test_classes_and_files_read_as_sets() -> None:
    assert "Corporation" in words("legal_forms")
    assert "corporation" in folded("legal_forms")
    assert table("future_cues")["warn"][0] == "risk"
