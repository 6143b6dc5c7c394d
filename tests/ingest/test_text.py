"""Ingest of .txt/.md articles: front matter, title line, byline, and clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import InputError, NoInputError
from briefgen.ingest import read_inputs
from briefgen.ingest.text import read_text
from tests.conftest import CORPUS, SHARED_SEED


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_seed_front_matter_and_byline(seed_article):
    assert seed_article.title == "Pakistan-Afghanistan Truce Talks Fail in Istanbul as Islamabad"
    assert seed_article.published == dt.date(2025, 10, 29)
    assert seed_article.publisher == "The Defense News"
    assert seed_article.text.startswith("Pakistan-Afghanistan Truce Talks Fail")
    assert seed_article.text.endswith("decades of conflict.")
    assert "written by the team" not in seed_article.text


def test_without_front_matter_title_line_and_byline_give_metadata():
    article = read_text(SHARED_SEED)
    assert article.title == "Pakistan-Afghanistan Truce Talks Fail in Istanbul as Islamabad"
    assert article.published is None
    assert article.publisher == "The Defense News"
    assert "✍️" not in article.text


def test_corpus_article_text_matches_gold_offsets():
    """The body is exactly the file after the front matter, as the gold offsets expect."""
    import json

    gold = json.loads((CORPUS / "apple" / "gold.jsonl").read_text().splitlines()[0])
    article = read_text(CORPUS / "apple" / gold["file"])
    assert article.text == gold["text"].strip("\n")
    assert article.published == dt.date.fromisoformat(gold["date"])
    assert article.publisher == "Wikinews"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Boeing unveils long-range 777", "Boeing unveils long-range 777"),
        ("Boeing unveiled its long-range 777 on Tuesday.", "notitle"),
        ("“We took a big swing,” Sugar said", "notitle"),
    ],
)
def test_title_is_a_short_first_line_without_final_punctuation(tmp_path, first_line, title):
    path = write(tmp_path, "notitle.txt", f"{first_line}\nThe plane flew 11,664 nautical miles.\n")
    assert read_text(path).title == title


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("---\ntitle: [unclosed\n---\nBody text.\n", "not valid YAML"),
        ("---\ndate: last week\n---\nBody text.\n", "not YYYY-MM-DD"),
        ("---\ntitle: Only metadata\n---\n", "no article text"),
    ],
)
def test_bad_files_raise_an_error_naming_file_and_reason(tmp_path, data, reason):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError, match=reason) as raised:
        read_text(path)
    assert str(path) in str(raised.value)


def test_crlf_bom_and_illegal_characters_are_cleaned(tmp_path):
    path = write(tmp_path, "a.txt", "\ufeffTitle line\r\nBody\x0b text\x00 here.\r\n".encode())
    with pytest.raises(InputError, match="binary"):
        read_text(path)
    path = write(tmp_path, "b.txt", "\ufeffTitle line\r\nBody\x0b text here.\r\n")
    article = read_text(path)
    assert article.text == "Title line\nBody text here."


def test_folder_is_read_recursively_in_stable_order_and_bad_files_are_skipped(tmp_path):
    write(tmp_path, "b.md", "Second story\nBody of the second story.\n")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.txt", "Nested story\nBody of the nested story.\n")
    write(tmp_path, "a.txt", "First story\nBody of the first story.\n")
    write(tmp_path, ".hidden.txt", "Hidden\nNever read.\n")
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff")
    read = read_inputs([tmp_path])
    assert [a.title for a in read.articles] == ["First story", "Second story", "Nested story"]
    assert {(Path(s.path).name, s.reason.split()[0]) for s in read.skipped} == {
        ("empty.txt", "the"),
        ("photo.jpg", "unsupported"),
    }


def test_no_readable_input_is_an_error(tmp_path):
    write(tmp_path, "empty.txt", "")
    with pytest.raises(NoInputError, match=r"empty\.txt"):
        read_inputs([tmp_path])
    with pytest.raises(NoInputError, match="no such file"):
        read_inputs([tmp_path / "missing"])
