"""The spaCy label sets live in briefgen/extract/labels.py and nowhere else in the extractors:
every set is named, typed and made of labels spaCy knows."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY
from spacy.language import Language
from spacy.parts_of_speech import IDS

import briefgen
from briefgen.extract import labels

EXTRACT = Path(briefgen.__file__).parent / "extract"
LABEL_ATTRIBUTES = frozenset({"dep_", "pos_", "tag_"})


def _constants() -> dict[str, object]:
    return {name: value for name, value in vars(labels).items() if name.isupper()}


@pytest.fixture(scope="module")
def known(nlp: Language) -> frozenset[str]:
    """Every label the model predicts, the universal parts of speech, and the labels
    labels.py names (some, like "iobj", are English labels this model never predicts)."""
    names = set(nlp.get_pipe("parser").labels) | set(nlp.get_pipe("tagger").labels)
    names |= {pos for pos in IDS if pos.isupper()}
    for value in _constants().values():
        names |= set(value)  # type: ignore[call-overload]
    return frozenset(names)


def _label_collections(tree: ast.AST, known: frozenset[str]) -> list[str]:
    """Tuple, set and list literals of two or more strings that are all labels."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.Set | ast.List) and len(node.elts) >= 2:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(values) == len(node.elts) and all(
                isinstance(v, str) and v in known for v in values
            ):
                found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def _or_chains(tree: ast.AST) -> list[str]:
    """`t.dep_ == "a" or t.dep_ == "b"`: a label set spelled as a chain of comparisons."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or)):
            continue
        sides = [
            ast.unparse(v.left)
            for v in node.values
            if isinstance(v, ast.Compare)
            and isinstance(v.left, ast.Attribute)
            and v.left.attr in LABEL_ATTRIBUTES
            and all(isinstance(op, ast.Eq) for op in v.ops)
        ]
        if len(sides) != len(set(sides)):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_extractors_name_their_label_sets_in_labels_py(known: frozenset[str]) -> None:
    inline = {}
    for path in sorted(EXTRACT.glob("*.py")):
        if path.name == "labels.py":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        found = _label_collections(tree, known) + _or_chains(tree)
        if found:
            inline[path.name] = found
    assert inline == {}, "put these label sets in briefgen/extract/labels.py"


@pytest.mark.parametrize(
    "source",
    [
        'if token.dep_ in ("nsubj", "nsubjpass"): pass',
        'AGENT = frozenset({"nsubj", "dobj"})',
        'tags = ["NNP", "NNPS"]',
        'ok = token.pos_ == "NOUN" or token.pos_ == "PROPN"',
    ],
)
def test_the_scan_catches_inline_label_sets(source: str, known: frozenset[str]) -> None:
    tree = ast.parse(source)
    assert _label_collections(tree, known) + _or_chains(tree)


@pytest.mark.parametrize(
    "source",
    [
        'if token.lower_ in ("of", "from", "for"): pass',
        'ok = token.dep_ == "pobj" and token.head.dep_ == "prep"',
        'ok = token.pos_ != "NOUN" or token.tag_ == "NNS"',
    ],
)
def test_the_scan_leaves_words_and_single_labels_alone(source: str, known: frozenset[str]) -> None:
    tree = ast.parse(source)
    assert _label_collections(tree, known) + _or_chains(tree) == []


def test_every_constant_is_a_frozenset_of_labels_spacy_knows(nlp: Language) -> None:
    spacy_labels = set(nlp.get_pipe("parser").labels) | set(nlp.get_pipe("tagger").labels)
    spacy_labels |= set(IDS) | set(GLOSSARY)
    for name, value in _constants().items():
        assert isinstance(value, frozenset) and value, name
        assert value <= spacy_labels, (name, value - spacy_labels)


def test_every_constant_is_used_by_an_extractor() -> None:
    source = " ".join(
        path.read_text("utf-8") for path in EXTRACT.glob("*.py") if path.name != "labels.py"
    )
    unused = [name for name in _constants() if not re.search(rf"\b{name}\b", source)]
    assert unused == []
