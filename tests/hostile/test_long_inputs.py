"""Long inputs: a 2-million-character paragraph and a 20,000-page PDF are refused with a clear
line, within the issue's bounds of time and memory; an article whose extraction runs past
the time budget per article is skipped with its reason (exit 3), the others briefed."""

from __future__ import annotations

import importlib
import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefgen.cli import EXIT_SKIPPED, app
from briefgen.extract import ParsedArticle
from tests.conftest import CORPUS, SEED
from tests.hostile.helpers_ingest import run_cli

SENTENCES = [line for line in SEED.read_text().split("---\n", 2)[2].splitlines() if line][1:]
# The bounds for one hostile input, asserted as they stand: both inputs are refused
# long before either bound (about 3 s and 250 MB on a loaded 2-core machine).
SECONDS, MEGABYTES = 60, 600
PAGES = 20_000


def _pdf(pages: int) -> bytes:
    """A PDF of `pages` pages that share one content stream: a line of the seed article."""
    line = SENTENCES[0][:80].encode("latin-1", "replace").replace(b"(", b"").replace(b")", b"")
    stream = b"BT /F1 12 Tf 72 720 Td (" + line + b") Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    objects += [page + b" /Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % xref)


def _paragraph(chars: int) -> str:
    """One paragraph of the seed's sentences, repeated to `chars` characters."""
    body = " ".join(SENTENCES)
    return ((body + " ") * (chars // (len(body) + 1) + 1))[:chars]


def test_a_huge_paragraph_and_pdf_are_refused_within_the_bounds(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "paragraph.txt").write_text(f"One paragraph\n\n{_paragraph(2_000_000)}\n")
    (folder / "pages.pdf").write_bytes(_pdf(PAGES))
    out = tmp_path / "brief.json"
    run = run_cli("extract", str(folder), "-o", str(out), "--date", "2025-10-30", "--no-cache")
    assert run.code == EXIT_SKIPPED, run.stderr
    assert "Traceback" not in run.stderr
    skipped = run.skipped()
    assert skipped[str(folder / "pages.pdf")] == (
        f"{PAGES:,} pages, over the limit of 2,000 (raise it with --max-pages)"
    )
    assert (
        "characters, over the limit of 200,000 (raise it with --max-chars)"
        in (skipped[str(folder / "paragraph.txt")])
    )
    sources = json.loads(out.read_text())["sources"]
    assert [Path(source["path"]).name for source in sources] == ["seed.txt"]
    assert run.seconds < SECONDS and run.peak_mb < MEGABYTES, (run.seconds, run.peak_mb)


SLOW = (
    CORPUS
    / "gm"
    / "docs"
    / "127226_U.S._manufacturer_General_Motors_seeks_bankruptcy_protection.md"
)
BUDGET = 2.0  # seconds: the slow article is held past it; the others take a small part of it


def _held(original: Callable[..., Any]) -> Callable[..., Any]:
    """The extractor, held past the budget on the slow article before it runs."""

    def run(article: ParsedArticle, *args: object) -> Any:
        if Path(article.source.path).name == SLOW.name:
            time.sleep(BUDGET * 1.5)
        return original(article, *args)

    return run


@pytest.mark.parametrize(
    ("module", "name"),
    [("briefgen.extract.dates", "extract_dates"), ("briefgen.extract.actors", "find_mentions")],
)
def test_an_article_over_its_time_budget_is_skipped(monkeypatch, tmp_path, module, name):
    target = importlib.import_module(module)
    monkeypatch.setattr(target, name, _held(getattr(target, name)))
    folder = tmp_path / "in"
    folder.mkdir()
    for path in (SEED, SLOW):
        shutil.copy(path, folder / path.name)
    out = tmp_path / "brief.json"
    args = ["extract", str(folder), "-o", str(out), "--date", "2025-10-30", "--no-cache"]
    result = CliRunner().invoke(app, [*args, "--article-seconds", str(BUDGET)])
    assert result.exit_code == EXIT_SKIPPED, result.output
    reason = f"over the time budget of {BUDGET:g} s per article (raise it with --article-seconds)"
    assert f"skipped {folder / SLOW.name}: extraction failed: {reason}" in result.stderr
    assert "Traceback" not in result.output
    brief = json.loads(out.read_text())
    assert [Path(source["path"]).name for source in brief["sources"]] == [SEED.name]
    assert brief["actors"] and brief["timeline"]


def test_the_budget_default_agrees_in_the_library_and_the_command_line():
    import inspect

    from briefgen.api import Options
    from briefgen.budget import ARTICLE_SECONDS
    from briefgen.cli.make import extract, make

    assert Options().article_seconds == ARTICLE_SECONDS
    for command in (make, extract):
        assert inspect.signature(command).parameters["article_seconds"].default == ARTICLE_SECONDS
