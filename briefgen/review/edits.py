"""The edits a reviewer makes to a brief: pure functions from a brief to a new brief.

An edit is a small record (`Edit`: an operation and its string arguments, as a form posts
them and as the edit log stores them). `apply_edit` makes the change on the brief's data and
validates the result with the same model `briefgen render` reads (`Brief`), so an edit that
would break the brief is refused with the reason (`EditRefused`), naming the field.

Items are never deleted: dropping one sets its `dropped` flag, so indices stay stable
between tabs and every edit can be undone. Actors are named by their name, items by their
section and index.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from briefgen.errors import BriefgenError
from briefgen.model import Brief

Data = dict[str, Any]
DROPPABLE = ("summary", "actors", "places", "quotes", "timeline", "outlook", "contested")
TEXT_FIELDS = {"summary": "text", "quotes": "text", "timeline": "event", "outlook": "text"}
ACTOR_TYPES = ("person", "organization", "country", "group")


class EditRefused(BriefgenError):
    """An edit that cannot be made; the message says why."""


@dataclass(frozen=True)
class Edit:
    """One edit: the operation's name and its arguments."""

    op: str
    args: dict[str, str] = field(default_factory=dict)

    def arg(self, name: str) -> str:
        """An argument the operation needs."""
        if name not in self.args:
            raise EditRefused(f"{self.op}: missing {name!r}")
        return self.args[name]

    def to_dict(self) -> dict[str, object]:
        return {"op": self.op, "args": dict(self.args)}


def apply_edit(brief: Brief, edit: Edit) -> Brief:
    """The brief with the edit made, validated as `briefgen render` validates a brief."""
    operation = OPERATIONS.get(edit.op)
    if operation is None:
        raise EditRefused(f"unknown edit {edit.op!r}")
    data = brief.model_dump(by_alias=True)
    operation(data, edit)
    try:
        return Brief.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "brief"
        raise EditRefused(f"{where}: {first['msg']}") from None


def _item(data: Data, edit: Edit, sections: tuple[str, ...] | dict[str, str]) -> Data:
    section = edit.arg("section")
    if section not in sections:
        raise EditRefused(f"{edit.op}: {section!r} is not one of {', '.join(sections)}")
    items: list[Data] = data[section]
    try:
        index = int(edit.arg("index"))
    except ValueError:
        raise EditRefused(f"{edit.op}: index {edit.args['index']!r} is not a number") from None
    if not 0 <= index < len(items):
        raise EditRefused(f"{section}.{index}: there is no such item")
    return items[index]


def _drop(data: Data, edit: Edit) -> None:
    _item(data, edit, DROPPABLE)["dropped"] = True


def _restore(data: Data, edit: Edit) -> None:
    _item(data, edit, DROPPABLE)["dropped"] = False


def _note(data: Data, edit: Edit) -> None:
    _item(data, edit, DROPPABLE)["note"] = edit.arg("text").strip() or None


def _text(data: Data, edit: Edit) -> None:
    item = _item(data, edit, TEXT_FIELDS)
    text = edit.arg("text").strip()
    if not text:
        raise EditRefused("the text cannot be empty: drop the item instead")
    item[TEXT_FIELDS[edit.args["section"]]] = text


def _speaker(data: Data, edit: Edit) -> None:
    """A quote's speaker: an actor's name picks the actor; other words are the speaker as
    written (no actor); nothing leaves the source's own words without an actor."""
    quote = _item(data, edit, ("quotes",))
    name = " ".join(edit.arg("speaker").split())
    if name in _names(data):
        quote["speaker"] = name
    elif name:
        quote["speaker"], quote["source_text"] = None, name
    else:
        quote["speaker"] = None


def _names(data: Data) -> list[str]:
    return [actor["name"] for actor in data["actors"]]


def _actor(data: Data, name: str) -> Data:
    for actor in data["actors"]:
        if actor["name"] == name:
            return actor  # type: ignore[no-any-return]
    raise EditRefused(f"there is no actor {name!r}")


def _spoken(data: Data) -> list[tuple[str, Data]]:
    """Every item with a speaker, by its path ('quotes.3', 'contested.0.claims.1')."""
    found = [(f"{s}.{i}", item) for s in ("quotes", "outlook") for i, item in enumerate(data[s])]
    for i, contest in enumerate(data["contested"]):
        found += [(f"contested.{i}.claims.{k}", c) for k, c in enumerate(contest["claims"])]
    return found


def _set_actor(data: Data, edit: Edit) -> None:
    """Rename an actor (its quotes and statements follow), set its type and its role."""
    actor = _actor(data, edit.arg("name"))
    new_name = " ".join(str(edit.args.get("new_name", actor["name"])).split())
    if new_name != actor["name"]:
        if new_name in _names(data):
            raise EditRefused(f"{new_name!r} is another actor: merge the two instead")
        for _, item in _spoken(data):
            if item["speaker"] == actor["name"]:
                item["speaker"] = new_name
        if actor["name"] not in actor["aliases"]:
            actor["aliases"] = [*actor["aliases"], actor["name"]]
        actor["aliases"] = [alias for alias in actor["aliases"] if alias != new_name]
        actor["name"] = new_name
    if "type" in edit.args:
        if edit.args["type"] not in ACTOR_TYPES:
            raise EditRefused(f"type {edit.args['type']!r} is not one of {', '.join(ACTOR_TYPES)}")
        actor["type"] = edit.args["type"]
    if "role" in edit.args:
        actor["role"] = " ".join(edit.args["role"].split()) or None


def _merge(data: Data, edit: Edit) -> None:
    """Merge actor `name` into actor `into`: its names become aliases, its mentions and
    evidence are added, and what it said is said by `into`; the card is kept to split."""
    name, into = edit.arg("name"), edit.arg("into")
    if name == into:
        raise EditRefused("an actor cannot be merged into itself")
    merged, target = _actor(data, name), _actor(data, into)
    spoke = [path for path, item in _spoken(data) if item["speaker"] == name]
    for _, item in _spoken(data):
        if item["speaker"] == name:
            item["speaker"] = into
    known = {into, *target["aliases"]}
    added = [n for n in dict.fromkeys([name, *merged["aliases"]]) if n not in known]
    target["aliases"] = [*target["aliases"], *added]
    target["mentions"] += merged["mentions"]
    target["salience"] = max(target["salience"], merged["salience"])
    target["evidence"] = [*target["evidence"], *merged["evidence"]]
    target["merged"] = [
        *target.get("merged", []),
        {"actor": merged, "spoke": spoke, "aliases": added},
    ]
    data["actors"] = [actor for actor in data["actors"] if actor["name"] != name]


def _split(data: Data, edit: Edit) -> None:
    """Undo the merge of actor `name` into actor `into`, whatever was edited since: the card
    comes back after `into`, and the items it spoke that `into` still speaks are its again."""
    name, into = edit.arg("name"), edit.arg("into")
    target = _actor(data, into)
    record = next((m for m in target.get("merged", []) if m["actor"]["name"] == name), None)
    if record is None:
        raise EditRefused(f"{name!r} was not merged into {into!r}")
    if name in _names(data):
        raise EditRefused(f"there is an actor {name!r} already: rename it first")
    card = record["actor"]
    target["merged"] = [m for m in target["merged"] if m is not record]
    target["aliases"] = [a for a in target["aliases"] if a not in record["aliases"]]
    target["mentions"] = max(0, target["mentions"] - card["mentions"])
    target["evidence"] = _without(target["evidence"], card["evidence"])
    spoke = set(record["spoke"])
    for path, item in _spoken(data):
        if path in spoke and item["speaker"] == into:
            item["speaker"] = name
    at = data["actors"].index(target) + 1
    data["actors"] = [*data["actors"][:at], card, *data["actors"][at:]]


def _without(items: list[Data], taken: list[Data]) -> list[Data]:
    """`items` less one occurrence of each of `taken`, from the end (where a merge put them)."""
    kept = list(items)
    for item in reversed(taken):
        for k in range(len(kept) - 1, -1, -1):
            if kept[k] == item:
                del kept[k]
                break
    return kept


def _move(data: Data, edit: Edit) -> None:
    """Move a bottom-line bullet up (-1) or down (+1) past its neighbour as the documents
    show its story's bottom line (pinned bullets first); without stories, the brief's."""
    index = int(_index(edit))
    if index >= len(data["summary"]):
        raise EditRefused(f"summary.{index}: there is no such item")
    step = edit.arg("step")
    if step not in ("-1", "1"):
        raise EditRefused(f"move: step {step!r} is not -1 or 1")
    order = next((s["summary"] for s in data["stories"] if index in s["summary"]), None)
    if order is None and data["stories"]:
        raise EditRefused(f"summary.{index}: the bullet is in no story")
    bullets = data["summary"]
    if order is None:  # no stories: the brief's own list of bullets is the order
        order = list(range(len(bullets)))
    shown = sorted(order, key=lambda i: not bullets[i].get("pinned", False))
    at = shown.index(index) + int(step)
    if not 0 <= at < len(shown):
        raise EditRefused("the bullet is already at that end of its bottom line")
    other = shown[at]
    if bullets[other].get("pinned", False) != bullets[index].get("pinned", False):
        raise EditRefused("pinned bullets lead the bottom line: pin or unpin it to pass them")
    if data["stories"]:
        a, b = order.index(index), order.index(other)
        order[a], order[b] = order[b], order[a]
    else:
        bullets[index], bullets[other] = bullets[other], bullets[index]


def _index(edit: Edit) -> str:
    value = edit.arg("index")
    if not value.isdigit():
        raise EditRefused(f"{edit.op}: index {value!r} is not a number")
    return value


def _pin(data: Data, edit: Edit) -> None:
    _item(data, Edit(edit.op, {**edit.args, "section": "summary"}), ("summary",))["pinned"] = (
        edit.arg("on") == "1"
    )


OPERATIONS: dict[str, Callable[[Data, Edit], None]] = {
    "drop": _drop,
    "restore": _restore,
    "note": _note,
    "text": _text,
    "speaker": _speaker,
    "actor": _set_actor,
    "merge": _merge,
    "split": _split,
    "move": _move,
    "pin": _pin,
}
