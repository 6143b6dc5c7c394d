"""Reader budgets: pages, records, nesting and article length, refused quickly and named."""

from __future__ import annotations

import inspect
import io
import json
from pathlib import Path

import pytest

from briefgen.cli import EXIT_SKIPPED
from briefgen.errors import InputError
from briefgen.ingest import Limits, read_file
from briefgen.ingest.limits import MAX_CHARS
from tests.conftest import SEED
from tests.hostile.helpers_ingest import run_cli

SENTENCES = [line for line in SEED.read_text().split("---\n", 2)[2].splitlines() if line][1:]
# The bounds for any one hostile input; asserted generously for a shared CI machine.
SECONDS, MEGABYTES = 60, 600


def _pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for number in range(pages):
        page.drawString(72, 720, f"{SENTENCES[number % len(SENTENCES)][:90]} ({number})")
        page.showPage()
    page.save()
    return buffer.getvalue()


def _paragraph(chars: int) -> str:
    """One paragraph of real sentences, repeated to `chars` characters."""
    body = " ".join(SENTENCES)
    return (body + " ") * (chars // (len(body) + 1)) + body[: chars % (len(body) + 1)]


@pytest.fixture(scope="module")
def budgets_run(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("budgets")
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    records = "".join(json.dumps({"text": f"Talk {n} ended."}) + "\n" for n in range(100_000))
    (folder / "records.jsonl").write_text(records)
    (folder / "long.pdf").write_bytes(_pdf(3_000))
    (folder / "long.txt").write_text(f"A long article\n\n{_paragraph(2_000_000)}\n")
    out = tmp_path_factory.mktemp("out") / "brief.json"
    run = run_cli("extract", str(folder), "-o", str(out), "--date", "2025-10-30", timeout=300)
    return run, folder, out


def test_over_budget_files_are_refused_quickly_and_the_rest_briefed(budgets_run):
    run, folder, out = budgets_run
    assert run.code == EXIT_SKIPPED, run.stderr
    assert "Traceback" not in run.stderr
    skipped = run.skipped()
    assert "100,000 records, over the limit of 2,000" in skipped[str(folder / "records.jsonl")]
    assert "3,000 pages, over the limit of 2,000" in skipped[str(folder / "long.pdf")]
    assert f"over the limit of {MAX_CHARS:,}" in skipped[str(folder / "long.txt")]
    assert "--max-chars" in skipped[str(folder / "long.txt")]
    sources = json.loads(out.read_text())["sources"]
    assert [Path(source["path"]).name for source in sources] == ["seed.txt"]
    assert run.seconds < SECONDS and run.peak_mb < MEGABYTES, (run.seconds, run.peak_mb)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _records(count: int) -> list[dict[str, str]]:
    return [{"title": f"Story {n}", "text": SENTENCES[n % len(SENTENCES)]} for n in range(count)]


def _feed(count: int) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><description>{SENTENCES[0]}</description></item>"
        for n in range(count)
    )
    return f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def _page(size: int) -> bytes:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
    body = paragraphs * (size // len(paragraphs) + 1)
    return f"<html><body><article>{body}</article></body></html>".encode()


def _jsonl(count: int) -> bytes:
    return "\n".join(json.dumps(record) for record in _records(count)).encode()


# name -> (bytes, limits, the reason's words)
CASES = {
    "six.jsonl": (_jsonl(6), Limits(max_records=5), "6 records, over the limit of 5"),
    "six.json": (json.dumps(_records(6)).encode(), Limits(max_records=5), "6 records, over"),
    "six.rss": (_feed(6), Limits(max_records=5), "6 items, over the limit of 5"),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, Limits(), "JSON nested too deeply"),
    "pages.pdf": (_pdf(12), Limits(max_pages=10), "12 pages, over the limit of 10"),
    "chars.pdf": (_pdf(12), Limits(max_chars=500), "more than 500 characters, over the limit"),
    "long.txt": (_paragraph(5_000).encode(), Limits(max_chars=1_000), "over the limit of 1,000"),
    "page.html": (_page(60_000), Limits(max_chars=1_000), "bytes of web page, over the limit"),
}
FLAGS = {"records": "--max-records", "items": "--max-records", "pages": "--max-pages"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_budget_names_its_flag(tmp_path, name):
    data, limits, reason = CASES[name]
    with pytest.raises(InputError) as error:
        read_file(_write(tmp_path, name, data), limits)
    assert reason in str(error.value)
    words = reason.split()
    flag = next((FLAGS[w.rstrip(",")] for w in words if w.rstrip(",") in FLAGS), "--max-chars")
    assert name == "deep.json" or f"(raise it with {flag})" in str(error.value)


def test_within_budget_files_are_read(tmp_path):
    assert len(read_file(_write(tmp_path, "five.rss", _feed(5)), Limits(max_records=5))) == 5
    assert len(read_file(_write(tmp_path, "ten.pdf", _pdf(10)), Limits(max_pages=10))) == 1


@pytest.mark.parametrize("name", ["max_pages", "max_records", "max_chars"])
def test_the_defaults_agree_in_the_library_and_the_command_line(name):
    from briefgen.api import Options
    from briefgen.cli.make import extract, make

    default = getattr(Limits(), name)
    assert getattr(Options(), name) == default
    for command in (make, extract):
        assert inspect.signature(command).parameters[name].default == default
    assert Options().max_size * 1024 * 1024 == Limits().max_bytes
