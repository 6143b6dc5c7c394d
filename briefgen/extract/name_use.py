"""Name use: the brief's mentions as the link rules read them.

`NameUse` holds the mentions and the surface forms of each name, works out once what two
rules read (the spelling variants, each name's first mention) and turns a rule's found
pairs into `Link` edges with their evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from briefgen.extract.entities import Mention
from briefgen.extract.names import (
    fold,
    spelling_variants,
    variant_key,
    variant_word_keys,
)
from briefgen.extract.rules import Link, Rule
from briefgen.model import Evidence


@dataclass
class NameUse:
    """The brief's mentions, as the link rules read them.

    `forms` counts the surface forms of each mention key (a folded name, or "country:X")."""

    mentions: Sequence[Mention]
    forms: dict[str, Counter[str]]

    @cached_property
    def variants(self) -> dict[str, str]:
        """A rarer spelling -> the commoner one (read by two rules)."""
        return _variants(self.mentions, self.forms)

    @cached_property
    def first_evidence(self) -> dict[str, Evidence]:
        """The first mention of each folded name or acronym."""
        found: dict[str, Evidence] = {}
        for m in self.mentions:
            found.setdefault(fold(m.name), m.evidence)
            if m.acronym:
                found.setdefault(fold(m.acronym), m.evidence)
        return found

    def edges(self, made_by: Rule[..., Any], targets: dict[str, str]) -> Iterator[Link]:
        """The links a rule found, each with a mention of its key and one of its target.

        The target must be a name mentioned: one the text gives as another's ("X, known as
        Y") may be a name no entity was found for, and the key would join nothing."""
        evidence = self.first_evidence
        for key, target in targets.items():
            if target not in self.forms:
                continue
            pair = tuple(evidence[name] for name in (key, target) if name in evidence)
            yield Link(key, target, made_by.name, pair)


def _variants(mentions: Sequence[Mention], forms: dict[str, Counter[str]]) -> dict[str, str]:
    articles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.country is None and m.kind != "place" and not m.name.isupper():
            articles[fold(m.name)].add(m.evidence.source)
    by_count = sorted(articles, key=lambda key: (-sum(forms[key].values()), key))
    # Only names with the same blocking key (the words' initials) and a key of the last word
    # in common (`variant_word_keys`) can be variants: each name is compared with those of
    # the commoner names, in the order of commonness, not with its whole block (whose size
    # grows with the brief: names starting "j" and "s").
    blocks: dict[tuple[str, ...], list[str]] = defaultdict(list)
    keyed: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    links: dict[str, str] = {}
    for rare in by_count:
        key = variant_key(rare)
        if key is None:
            continue
        block, word_keys = blocks[key], variant_word_keys(rare)
        near = sorted({i for word_key in word_keys for i in keyed.get((key, word_key), ())})
        for common in (block[i] for i in near):
            apart = not articles[rare] & articles[common]
            if common not in links and apart and spelling_variants(rare, common):
                links[rare] = common
                break
        for word_key in word_keys:
            keyed[key, word_key].append(len(block))
        block.append(rare)
    return links
