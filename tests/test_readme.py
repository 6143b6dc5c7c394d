"""README stays true: every command and every field of the brief is documented."""

from __future__ import annotations

import pytest
import typer.main

from briefgen.cli import app
from briefgen.model import (
    Actor,
    Brief,
    DateMention,
    OutlookItem,
    Quote,
    Source,
    SummaryItem,
    TimelineEvent,
)
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


@pytest.mark.parametrize("command", sorted(typer.main.get_command(app).commands))  # type: ignore[attr-defined]
def test_every_command_is_documented(command):
    assert f"briefgen {command}" in README


@pytest.mark.parametrize(
    "model", [Brief, Source, Actor, Quote, DateMention, TimelineEvent, OutlookItem, SummaryItem]
)
def test_every_brief_field_is_documented(model):
    for name, field in model.model_fields.items():
        key = field.alias or name
        assert f"`{key}`" in README or f"`{key}[]`" in README, f"{model.__name__}.{name}"
