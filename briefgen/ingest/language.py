"""Which language an article is written in, offline: an article the pipeline cannot read is
skipped with its language named, not briefed into nonsense.

py3langid ships its model inside the wheel (no download at run time). It is loaded only when
needed: for an English pipeline, a text whose words are mostly English function words is
English without asking the model (nearly every English article; loading it costs ~0.8 s).
Short texts are not judged, and a text is foreign only when the model is confident, or when
it is mostly in another script than the pipeline's language: a miss briefs a foreign article
(its entities will look odd), a false alarm drops an English one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# The model reads the head of the text: 5,000 characters is about 800 words, far more than it
# needs, and bounds its time on long articles (a few ms).
SAMPLE_CHARS = 5_000
# Fewer letters than this (a headline, a caption) is too little to tell a language by: kept.
MIN_LETTERS = 80
# A text is foreign only when the model gives another language at least this probability; on
# the 3,835 English articles of the shared corpora the English ones all stay far below it.
MIN_CONFIDENCE = 0.9
# Labels that are no language ("zxx": no linguistic content, such as tables of figures).
_NOT_LANGUAGES = frozenset({"zxx", "und"})
# English function words: in English news they make 35-50% of the words, in other languages
# written in Latin script well under 10% ("in", "a", "was" are shared). Above the share below,
# a text is English without loading the model.
_ENGLISH = frozenset(
    {
        *("the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as"),
        *("by", "at", "it", "from", "his", "her", "he", "she", "they", "their", "its", "be"),
        *("has", "have", "had", "are", "were", "been", "not", "but", "this", "which", "who"),
        *("will", "would", "said", "an", "or"),
    }
)
ENGLISH_SHARE = 0.2
_WORDS = re.compile(r"[^\W\d_]+")
# Languages of spaCy's trained pipelines written in the Latin script. A text whose letters are
# mostly in another script (Cyrillic, Arabic, Han) is not in one of them however unsure the
# model is: it is less calibrated on scripts of many bytes per letter (a Chinese paragraph
# scores 0.8).
LATIN_SCRIPT = frozenset(
    {"ca", "da", "de", "en", "es", "fi", "fr", "hr", "it", "lt", "nb", "nl", "pl", "pt", "ro"}
    | {"sl", "sv"}
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True)
class Detected:
    """A language found with the model's confidence (0-1)."""

    code: str  # ISO 639 code, as py3langid labels it
    confidence: float

    @property
    def name(self) -> str:
        """The language's English name ("German"), or its code when Babel does not know it."""
        return language_name(self.code)


def foreign(text: str, expected: str) -> Detected | None:
    """The language `text` is written in when it is confidently not `expected` (an ISO 639
    code, the pipeline's `lang`); None when it is `expected` or cannot be told."""
    sample = text[:SAMPLE_CHARS]
    words = _WORDS.findall(sample)
    if sum(len(word) for word in words) < MIN_LETTERS:
        return None
    if expected == "en" and english_share(words) >= ENGLISH_SHARE:
        return None
    found = detect(sample)
    if found.code == expected or found.code in _NOT_LANGUAGES:
        return None
    if expected in LATIN_SCRIPT and latin_share(words) < 0.5:
        return found
    return found if found.confidence >= MIN_CONFIDENCE else None


def latin_share(words: list[str]) -> float:
    """The share of the letters of `words` that are in the Latin script."""
    letters = "".join(words)
    return len(_LATIN.findall(letters)) / len(letters) if letters else 1.0


def english_share(words: list[str]) -> float:
    """The share of `words` that are English function words."""
    return sum(word.lower() in _ENGLISH for word in words) / len(words) if words else 0.0


def detect(text: str) -> Detected:
    """The model's most likely language for `text`, with its probability."""
    code, confidence = _identifier().classify(text)
    return Detected(str(code), float(confidence))


def language_name(code: str) -> str:
    """The English name of a language code, or the code itself."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code).get_display_name("en") or code)
    except (ValueError, UnknownLocaleError):
        return code


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
