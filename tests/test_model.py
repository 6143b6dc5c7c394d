"""The brief model: JSON round trip and validation errors that name the field."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from briefgen.model import SCHEMA, Brief


def test_json_round_trip(seed_brief):
    text = seed_brief.to_json()
    assert json.loads(text)["schema"] == SCHEMA
    assert Brief.from_json(text) == seed_brief


@pytest.mark.parametrize("title", [None, "Talks \u201cresume\u201d \u2026 in Istanbul"])
def test_json_bytes_are_the_json_encoded(seed_brief, title):
    # made without the str (memory); the same bytes, characters past U+00FF included
    brief = seed_brief if title is None else seed_brief.model_copy(update={"title": title})
    made = brief.model_dump_json(by_alias=True, indent=2) + "\n"
    assert brief.to_json_bytes() == made.encode("utf-8")
    assert brief.to_json() == made


def edited(brief: Brief, change) -> str:
    data = json.loads(brief.to_json())
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["actors"][0].update(type="planet"), "actors.0.type"),
        (lambda d: d["quotes"][0].update(kind="rumour"), "quotes.0.kind"),
        (lambda d: d["timeline"][0].update(date="around Easter"), "timeline.0.date"),
        (lambda d: d.update(as_of="yesterday"), "as_of"),
        (lambda d: d.update(schema="briefgen/brief@2"), "schema"),
        (lambda d: d["sources"][0].update(id="first"), "sources.0.id"),
        (lambda d: d.update(surprise=1), "surprise"),
    ],
)
def test_field_errors_name_the_field(seed_brief, change, field):
    with pytest.raises(ValidationError) as raised:
        Brief.from_json(edited(seed_brief, change))
    locations = [".".join(str(p) for p in error["loc"]) for error in raised.value.errors()]
    assert field in locations


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["quotes"][0]["evidence"].update(source="s9"), "quotes.0.evidence.source"),
        (lambda d: d["quotes"][0]["evidence"].update(end=10**7), "quotes.0.evidence.end"),
        (lambda d: d["quotes"][0].update(speaker="Nobody Known"), "quotes.0.speaker"),
        (lambda d: d["actors"][0]["evidence"][0].update(start=50, end=10), "before start"),
        (lambda d: d["places"][0]["evidence"][0].update(source="s9"), "places.0.evidence.0"),
    ],
)
def test_cross_references_are_checked(seed_brief, change, message):
    with pytest.raises(ValidationError, match=message.replace(".", r"\.")):
        Brief.from_json(edited(seed_brief, change))


def test_evidence_offsets_point_into_source_text(seed_brief):
    for quote in seed_brief.quotes:
        assert seed_brief.excerpt(quote.evidence) == quote.text


def test_a_brief_from_before_places_still_reads(seed_brief):
    """brief@1 only gains optional fields: a brief written before `places` existed reads."""
    data = json.loads(seed_brief.to_json())
    del data["places"]
    assert Brief.from_json(json.dumps(data)).places == []
