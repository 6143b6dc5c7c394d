"""Hostile team templates, through the command line: unbounded work, huge output, bad
tables and logos, recursive includes and links out of the folder. Each ends in one line
naming the file and line (or the element), exit code 1, no documents, within seconds."""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen import sandbox
from briefgen.cli import app
from briefgen.templates import init_templates

runner = CliRunner()
SECONDS = 20  # generous for a shared 2-core machine; each case takes about a second

# Template bodies (between <document> and </document>, on line 2) and the error they give.
BODIES = [
    (  # nested loops over a string: counted like range()
        "{% for a in brief.sources[0].text %}{% for b in brief.sources[0].text %}"
        "{% for c in brief.sources[0].text %}{% endfor %}{% endfor %}{% endfor %}",
        "brief.xml.j2, line 2: .*loops ran past",
    ),
    ("{{ range(1000000) | join('x' * 1000000) }}", "line 2: .*'join' would build"),
    ("{{ ('x' * 1000000).join(brief.sources * 2000) }}", "line 2: .*'join' would build"),
    ("{% set a = 'x' * 2000000 %}{% set b = a ~ a %}{{ b }}", "line 2: .*'~' built"),
    ("{% set a = 'x' * 2000000 %}{{ a + a }}", "line 2: .*'\\+' built"),
    ("{{ ('a\n' * 900000) | indent(1000000) }}", "'indent' would build"),
    ("{{ 'x'.ljust(10**9) }}", "line 2: .*'ljust' with an argument"),
    ("{{ ('x' * 1000000).replace('x', 'y' * 1000) }}", "line 2: .*'replace' would build"),
    ("{{ '{:>999999999}'.format(1) }}", "line 2: .*'format' with a field width"),
    ("{% include 'sitrep/brief.xml.j2' %}", "brief.xml.j2, line 2: .*nest too deeply"),
    ("{% for i in range(190000) %}<p>x</p>{% endfor %}", "<p>: the output has more than 20000"),
    (
        "<table>{% for i in range(150000) %}<tr><td>x</td></tr>{% endfor %}</table>",
        "<table>: 150000 rows",
    ),
    ("<table widths='abc'><tr><td>x</td></tr></table>", "<table widths='abc'>: widths must be"),
    ("<table widths='1,-2'><tr><td>x</td><td>y</td></tr></table>", "widths must be positive"),
    ("<p>{{ 'word ' * 300000 }}</p>", "<p>: more than 20000 characters"),
    ("<quote>{{ 'word ' * 5000 }}</quote>", "<quote>: 25000 characters"),
    (  # a cell too long for its narrow column is taller than a page
        "<table widths='1,40'><tr><td>{{ 'x' * 3000 }}</td><td>y</td></tr></table>",
        "PDF layout: a table is too large for one page",
    ),
    (
        "<timeline>{% for i in range(500) %}<event date='x'>y</event>{% endfor %}</timeline>",
        "<timeline>: 500 events",
    ),
]


@pytest.fixture(scope="module")
def brief_json(tmp_path_factory, seed_brief) -> Path:
    path = tmp_path_factory.mktemp("brief") / "brief.json"
    path.write_text(seed_brief.to_json(), encoding="utf-8")
    return path


@pytest.fixture
def team(tmp_path) -> Path:
    """A team template folder as `briefgen init` makes it."""
    init_templates(tmp_path / "team")
    return tmp_path / "team"


def render(brief_json: Path, team: Path, *extra: str) -> tuple[int, str, Path]:
    """`briefgen render` with the team folder: exit code, stderr, the output folder."""
    out = team.parent / "out"
    args = ["render", str(brief_json), "-o", str(out), "--template-dir", str(team), *extra]
    started = time.monotonic()
    result = runner.invoke(app, args)
    assert time.monotonic() - started < SECONDS
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr, out


def assert_refused(code: int, stderr: str, out: Path, pattern: str) -> None:
    """Exit 1, one line naming the file and reason, no traceback, no documents written."""
    import re

    assert code == 1, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert re.search(pattern, stderr), stderr
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize(("body", "pattern"), BODIES)
def test_hostile_template_is_refused_quickly(brief_json, team, body, pattern):
    (team / "sitrep" / "brief.xml.j2").write_text(f"<document>\n{body}\n</document>\n")
    assert_refused(*render(brief_json, team), pattern)


def test_a_render_past_the_time_budget_names_the_line(brief_json, team, monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 1.0)
    (team / "sitrep" / "brief.xml.j2").write_text(
        "<document>\n{% macro m(n) %}{% if n %}{{ m(n-1) }}{{ m(n-1) }}{% endif %}{% endmacro %}"
        "{{ m(40) }}\n</document>\n"
    )
    assert_refused(*render(brief_json, team), r"brief.xml.j2, line 2: .*more than 1 seconds")


def test_a_huge_configured_marking_is_refused(brief_json, team, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_MARKING", "M" * 1_000_000)
    code, stderr, out = render(brief_json, team)
    assert_refused(code, stderr, out, r"brief.xml.j2: <document marking>: 1000000 characters")


def test_a_huge_theme_marking_is_refused(brief_json, team):
    (team / "sitrep" / "theme.toml").write_text(f'marking = "{"M" * 1_000_000}"\n')
    code, stderr, out = render(brief_json, team)
    assert_refused(code, stderr, out, r"theme.toml: marking: 1000000 characters")


def png(width: int, height: int, rows: bytes | None = None) -> bytes:
    """A greyscale PNG; `rows` defaults to white (a 20000 x 20000 one compresses to KBs)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = rows if rows is not None else (b"\0" + b"\xff" * width) * height
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    )  # fmt: skip


LOGOS = [
    ("logo.png", b"just some text, not an image\n", "not a readable PNG or JPEG"),
    ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "not a readable PNG or JPEG"),
    ("logo.png", png(64, 64)[:60], "not a readable PNG or JPEG"),
    ("logo.png", png(20000, 20000), "20000x20000|decompression bomb|exceeds limit"),
    ("logo.png", png(4000, 20, b"\x01" * 4001 * 20), "too wide for the page"),
    ("logo.jpg", b"\xff\xd8\xff" + b"\0" * (6 * 1024 * 1024), "bytes \\(a logo may have 5242880"),
]


@pytest.mark.parametrize(("name", "data", "pattern"), LOGOS)
def test_a_bad_logo_is_refused_and_nothing_is_written(brief_json, team, name, data, pattern):
    (team / "sitrep" / name).write_bytes(data)
    theme = team / "sitrep" / "theme.toml"
    theme.write_text(theme.read_text().replace('file = ""', f'file = "{name}"'))
    assert_refused(*render(brief_json, team, "--format", "docx,pdf"), rf"theme.toml: .*{pattern}")


def test_a_good_logo_is_embedded(brief_json, team):
    (team / "sitrep" / "logo.png").write_bytes(png(120, 40))
    theme = team / "sitrep" / "theme.toml"
    theme.write_text(theme.read_text().replace('file = ""', 'file = "logo.png"'))
    code, stderr, out = render(brief_json, team)
    assert code == 0, stderr
    assert sorted(path.suffix for path in out.iterdir()) == [".docx", ".pdf"]


@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP SECRET LINE\n")
    return path


def test_an_included_link_out_of_the_folder_is_not_followed(brief_json, team, secret):
    (team / "sitrep" / "part.j2").symlink_to(secret)
    (team / "sitrep" / "brief.xml.j2").write_text(
        "<document>\n<p>{% include 'sitrep/part.j2' %}</p>\n</document>\n"
    )
    code, stderr, out = render(brief_json, team)
    assert_refused(code, stderr, out, r"part.j2: a symbolic link to .*secret.txt, outside")
    assert "TOP SECRET" not in stderr


@pytest.mark.parametrize("name", ["brief.xml.j2", "theme.toml"])
def test_a_template_or_theme_linked_out_of_the_folder_is_not_followed(
    brief_json, team, secret, name
):
    (team / "sitrep" / name).unlink()
    (team / "sitrep" / name).symlink_to(secret)
    assert_refused(*render(brief_json, team), rf"sitrep/{name}: a symbolic link to .*secret.txt")


def test_a_linked_template_folder_is_not_followed(brief_json, team, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    (team / "sitrep").rename(elsewhere)
    (team / "sitrep").symlink_to(elsewhere)
    assert_refused(*render(brief_json, team), r"sitrep/brief.xml.j2: a symbolic link")


def test_a_logo_linked_out_of_the_folder_is_not_followed(brief_json, team, tmp_path):
    (tmp_path / "logo.png").write_bytes(png(120, 40))
    (team / "sitrep" / "logo.png").symlink_to(tmp_path / "logo.png")
    theme = team / "sitrep" / "theme.toml"
    theme.write_text(theme.read_text().replace('file = ""', 'file = "logo.png"'))
    assert_refused(*render(brief_json, team), r"logo.file: .*out of the template folder")


def test_a_link_inside_the_folder_is_followed(brief_json, team):
    (team / "sitrep" / "original.j2").write_text("<p>shared part</p>")
    (team / "sitrep" / "part.j2").symlink_to(team / "sitrep" / "original.j2")
    (team / "sitrep" / "brief.xml.j2").write_text(
        "<document>\n{% include 'sitrep/part.j2' %}\n</document>\n"
    )
    code, stderr, _ = render(brief_json, team, "--format", "docx")
    assert code == 0, stderr


def test_make_with_a_bomb_logo_writes_nothing(team):
    from tests.conftest import SEED

    (team / "sitrep" / "logo.png").write_bytes(png(20000, 20000))
    theme = team / "sitrep" / "theme.toml"
    theme.write_text(theme.read_text().replace('file = ""', 'file = "logo.png"'))
    out = team.parent / "out"
    args = ["make", str(SEED), "-o", str(out), "--date", "2025-10-30", "--template-dir", str(team)]
    result = runner.invoke(app, args)
    assert_refused(result.exit_code, result.stderr, out, r"theme.toml: logo.file: .*logo.png")


def test_a_renderer_failing_leaves_no_other_format_written(tmp_path, seed_brief, monkeypatch):
    from briefgen import render
    from briefgen.errors import RenderError
    from briefgen.output import write_brief
    from briefgen.templates import render_document

    def fail(_document):
        raise RenderError("layout failed")

    monkeypatch.setattr(render, "pdf_bytes", fail)
    with pytest.raises(RenderError):
        write_brief(seed_brief, render_document(seed_brief), tmp_path, ["json", "docx", "pdf"])
    assert list(tmp_path.iterdir()) == []
