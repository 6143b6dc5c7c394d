"""A batch with every kind of bad input: each is skipped with one line, the rest is briefed."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import EXIT_FAILURE, EXIT_OK, EXIT_SKIPPED, app
from briefgen.ingest import Limits, read_inputs
from briefgen.ingest.clean import MAX_ZIP_RATIO
from tests.conftest import CORPUS, SEED

GOOD = CORPUS / "apple/docs/40986_Apple_releases_Macbook.md"


def docx_bomb() -> bytes:
    """A zip whose one member, 8 MB of zeros, packs about a thousand times smaller."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 8_000_000)
    return buffer.getvalue()


def truncated_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Apple releases Macbook")
    page.save()
    return buffer.getvalue()[:300]


# file name -> (bytes, a word the skip reason must contain)
BAD = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "photo.jpg": (b"\xff\xd8\xff\xe0", "unsupported"),
    "corrupt.pdf": (truncated_pdf(), "PDF"),
    "corrupt.docx": (b"PK\x03\x04 this is not really a word file", "corrupt"),
    "bomb.docx": (docx_bomb(), "zip bomb"),
    "huge.txt": (b"Apple releases Macbook.\n" * 60_000, "size limit"),
    "symbols.txt": (b"*** --- 2006 ... ### ***\n", "no sentence"),
    "broken.json": (b'{"title": "Apple", "text": ', "invalid JSON"),
    "nofeed.rss": (b"<html><body>not a feed</body></html>", "feed"),
    "archive.zip": (docx_bomb(), "unsupported"),
}
MAX_SIZE_MB = "1"  # huge.txt is 1.4 MB


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "seed-forwarded.txt").write_bytes(SEED.read_bytes())  # the same text again
    (folder / "macbook.md").write_bytes(GOOD.read_bytes())
    return folder


def test_every_bad_file_is_skipped_with_its_reason(batch):
    read = read_inputs([batch], limits=Limits(max_bytes=1024 * 1024))
    reasons = {Path(s.path).name: s.reason for s in read.skipped}
    assert set(reasons) == set(BAD)
    for name, (_, word) in BAD.items():
        assert word in reasons[name], (name, reasons[name])
    assert sorted(Path(a.path).name for a in read.articles) == [
        "macbook.md",
        "seed-forwarded.txt",
        "seed.txt",
    ]


def test_bomb_ratio_is_over_the_limit():
    packed = docx_bomb()
    with zipfile.ZipFile(io.BytesIO(packed)) as archive:
        assert sum(m.file_size for m in archive.infolist()) / len(packed) > MAX_ZIP_RATIO


def test_make_briefs_the_good_files_lists_every_skip_and_exits_3(batch, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["make", str(batch), "-o", str(out), "--date", "2025-10-30", "--max-size", MAX_SIZE_MB]
    )
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    skip_lines = re.findall(r"^skipped (\S+): ", result.stderr, re.MULTILINE)
    assert sorted(Path(path).name for path in skip_lines) == sorted(BAD)  # one line each
    summary = result.stderr.split(skip_lines[-1], 1)[-1]  # the run summary after them
    assert all(name in summary for name in BAD)
    written = [Path(line) for line in result.stdout.splitlines()]
    assert {p.suffix for p in written} == {".docx", ".pdf", ".json"}
    brief = json.loads(next(p for p in written if p.suffix == ".json").read_text())
    by_name = {Path(s["path"]).name: s for s in brief["sources"]}
    assert set(by_name) == {"macbook.md", "seed.txt", "seed-forwarded.txt"}
    copies = [s for s in by_name.values() if s["duplicate_of"]]
    assert len(copies) == 1 and Path(copies[0]["path"]).name.startswith("seed")
    assert sorted(p.name for p in batch.iterdir()) == sorted(
        [*BAD, "seed.txt", "seed-forwarded.txt", "macbook.md"]
    )


def test_strict_makes_any_skip_a_failure_and_writes_nothing(batch, tmp_path):
    out = tmp_path / "strict"
    result = CliRunner().invoke(app, ["make", str(batch), "-o", str(out), "--strict", "-f", "json"])
    assert result.exit_code == EXIT_FAILURE
    assert "--strict" in result.stderr
    assert not out.exists() or not list(out.iterdir())


def test_no_input_at_all_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(
        app, ["make", str(tmp_path), "-o", str(tmp_path / "out"), "-f", "json"]
    )
    assert result.exit_code == EXIT_FAILURE
    assert "no readable article" in result.stderr


def test_dash_reads_one_article_from_standard_input(tmp_path):
    result = CliRunner().invoke(
        app,
        ["extract", "-", "-o", str(tmp_path / "brief.json"), "--date", "2025-10-30"],
        input=GOOD.read_bytes(),
    )
    assert result.exit_code == EXIT_OK, result.output
    brief = json.loads((tmp_path / "brief.json").read_text())
    assert [(s["path"], s["title"], s["published"]) for s in brief["sources"]] == [
        ("<stdin>", "Apple releases Macbook", "2006-05-17")
    ]


def test_our_own_outputs_are_not_read_back(tmp_path):
    (tmp_path / "macbook.md").write_bytes(GOOD.read_bytes())
    out = tmp_path / "outputs"
    out.mkdir()
    (out / "old-brief.txt").write_text("An old brief we wrote about Apple.\n")
    (tmp_path / "brief.json").write_text('{"schema": "briefgen/brief@1", "title": "Old"}')
    read = read_inputs([tmp_path], exclude=[out])
    assert [Path(a.path).name for a in read.articles] == ["macbook.md"]
    assert [(Path(s.path).name, "a briefgen brief" in s.reason) for s in read.skipped] == [
        ("brief.json", True)
    ]
