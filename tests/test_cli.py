"""The command line: make, extract, render, exit codes, and what the documents contain."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.cli import EXIT_FAILURE, EXIT_SKIPPED, EXIT_USAGE, app
from briefgen.model import Brief
from tests.conftest import ROOT, SEED
from tests.test_templates import SECTIONS

runner = CliRunner()
AS_OF = ["--date", "2025-10-30"]


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("outputs")
    result = run("make", SEED.parent, "-o", out, *AS_OF)
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.stdout.splitlines()]
    return {path.suffix.lstrip("."): path for path in paths}


def test_make_writes_docx_pdf_json_named_by_date_and_title(made):
    assert set(made) == {"docx", "pdf", "json"}
    for path in made.values():
        assert path.name.startswith("2025-10-30-pakistan-afghanistan-truce-talks-fail")
        assert path.stat().st_size > 0
    assert not [p for p in made["pdf"].parent.iterdir() if p.name.startswith(".")]


def test_docx_content(made):
    document = docx.Document(str(made["docx"]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == SECTIONS
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert {
        "Attaullah Tarar (Tarar) [1]",
        "Tehrik-e-Taliban Pakistan (TTP) [1]",
        "Explosions in Kabul [1]",
    } <= cells
    text = "\n".join(p.text for p in document.paragraphs)
    assert "We will continue to take all possible measures" in text
    assert (
        document.core_properties.title
        == "Pakistan-Afghanistan Truce Talks Fail in Istanbul as Islamabad"
    )


def test_pdf_content(made):
    reader = pypdf.PdfReader(str(made["pdf"]))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    for section in SECTIONS:
        assert section in flat
    for expected in [
        "Attaullah Tarar",
        "Tehrik-e-Taliban Pakistan",
        "9 October 2025",
        "19 October 2025",
        "Explosions in Kabul",
        "We will decimate the terrorists",
        "The Defense News",
    ]:
        assert expected in flat, expected
    assert reader.metadata.title == "Pakistan-Afghanistan Truce Talks Fail in Istanbul as Islamabad"


def test_extract_then_render_gives_the_same_documents(made, tmp_path):
    brief_json = tmp_path / "brief.json"
    result = run("extract", SEED, "-o", brief_json, *AS_OF)
    assert result.exit_code == 0, result.output
    brief = Brief.from_json(brief_json.read_bytes())
    assert brief.to_json() == made["json"].read_text()
    result = run("render", brief_json, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    rendered = {Path(line).suffix: Path(line) for line in result.stdout.splitlines()}
    assert rendered[".docx"].read_bytes() == made["docx"].read_bytes()
    assert rendered[".pdf"].read_bytes() == made["pdf"].read_bytes()


def test_render_of_a_hand_edit_shows_the_edit(made, tmp_path):
    data = json.loads(made["json"].read_text())
    data["title"] = "Edited before the meeting"
    data["summary"][0]["text"] = "Talks failed; Islamabad blames Kabul."
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data))
    result = run("render", edited, "-o", tmp_path, "--format", "pdf")
    assert result.exit_code == 0, result.output
    (pdf,) = [Path(line) for line in result.stdout.splitlines()]
    assert pdf.name == "2025-10-30-edited-before-the-meeting.pdf"
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    assert "Talks failed; Islamabad blames Kabul." in " ".join(text.split())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "Invalid JSON"),
        ('{"schema": "briefgen/brief@1"}', "title: Field required"),
    ],
)
def test_render_rejects_invalid_json_naming_the_field(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    result = run("render", path, "-o", tmp_path)
    assert result.exit_code == EXIT_FAILURE
    assert message in result.stderr and str(path) in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_skipped_inputs_give_their_own_exit_code(tmp_path):
    (tmp_path / "good.txt").write_text(SEED.read_text())
    (tmp_path / "empty.txt").write_text("")
    result = run("make", tmp_path, "-o", tmp_path / "out", "--format", "json", *AS_OF)
    assert result.exit_code == EXIT_SKIPPED
    assert f"skipped {tmp_path / 'empty.txt'}: the file is empty" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_no_readable_input_fails_and_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("make", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == EXIT_FAILURE
    assert "no readable article" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["make", "inputs", "--date", "30/10/2025"],
        ["make", "inputs", "--format", "odt"],
        ["make"],
    ],
)
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == EXIT_USAGE


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"briefgen {__version__}"


@pytest.mark.parametrize("command", ["make", "extract", "render", "explain", "schema"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"Example: briefgen {command}" in result.stdout


def test_user_named_model_that_is_missing_is_a_clear_error(tmp_path):
    result = run("extract", SEED, "-o", tmp_path / "b.json", "--model", "en_core_web_trf")
    assert result.exit_code == EXIT_FAILURE
    assert "spaCy pipeline 'en_core_web_trf' is not installed" in result.stderr


@pytest.mark.parametrize("args", [["--help"], ["explain", "--help"], ["make", "--help"]])
def test_help_loads_neither_spacy_nor_the_pipeline(args):
    script = (
        "import sys\nfrom briefgen.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        "heavy = ('spacy', 'briefgen.pipeline', 'briefgen.api', 'briefgen.extract')\n"
        "print([name for name in heavy if name in sys.modules], file=sys.stderr)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert found.stderr.strip() == "[]"


def fields(output: str) -> dict[str, str]:
    """The '  label  value' lines of `briefgen explain` output."""
    rows = [line.split(None, 1) for line in output.splitlines() if line.startswith("  ")]
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].endswith(":")}


@pytest.mark.parametrize(
    ("args", "heading", "expected"),
    [
        (["--actor", "tarar"], "actor Attaullah Tarar", {"type": "person", "aliases": "Tarar"}),
        (["--actor", "ISLAMABAD"], "actor Pakistan", {"type": "country"}),
        (["--quote", "1"], "quote 1", {"speaker": "Attaullah Tarar", "cue": "wrote"}),
        (["--date", "this week"], "date 'this week'", {"value": "2025-W44", "type": "DATE"}),
        (["--date", "0"], "date 'this week'", {"value": "2025-W44"}),
    ],
)
def test_explain_an_item_of_the_seed_brief(made, args, heading, expected):
    result = run("explain", made["json"], *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == heading
    assert expected.items() <= fields(result.stdout).items()


@pytest.mark.parametrize(
    ("name", "note"),
    [
        ("Zanzibar Accord", "the model never tagged 'Zanzibar Accord' as a name"),
        ("ttp", "'ttp' is an actor: the card 'Tehrik-e-Taliban Pakistan' (group)"),
    ],
)
def test_explain_a_candidate_of_the_seed(made, name, note):
    result = run("explain", made["json"], "--candidate", name)
    assert result.exit_code == 0 and note in result.stdout


def test_explain_reads_articles_as_well_as_a_brief(made):
    from_brief = run("explain", made["json"], "--actor", "Tarar", "--json")
    from_inputs = run("explain", SEED, "--as-of", "2025-10-30", "--actor", "Tarar", "--json")
    assert from_brief.exit_code == from_inputs.exit_code == 0
    data = json.loads(from_inputs.stdout)
    assert data == json.loads(from_brief.stdout)
    assert data["entries"][0]["fields"]["type"] == "person"


# A saved Reuters page (t17 bpoil, 2010-04-22): its time stamp, dateline and comment section
REUTERS_PAGE = (
    "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - An oil drilling rig that had "
    "burned for 36 hours in the Gulf of Mexico sank on Thursday, the U.S. Coast Guard said.\n\n"
    "Shares of BP traded on the NYSE were off 54 cents at $59.55.\n\n"
    "We welcome comments that advance the story through relevant opinion, anecdotes, links and "
    "data. When is Earth Day ??? Wonderful example of what we are doing to our ecosystem.\n"
)


def test_explain_shows_what_the_cleaner_removed_from_an_article(tmp_path):
    page = tmp_path / "rig.txt"
    page.write_text(REUTERS_PAGE)
    result = run("explain", str(tmp_path), "--as-of", "2010-04-23", "--cleaned", "rig.txt")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "cleaned s1"
    assert fields(result.stdout)["removed"] == "3"
    assert "  page_timestamp: 'HOUSTON | Thu Apr 22, 2010 7:30 pm EDT' -> removed from" in (
        result.stdout
    )
    assert "  agency_dateline: 'HOUSTON (Reuters) -'" in result.stdout
    assert "  comment_policy: 'We welcome comments that advance the story" in result.stdout
    brief = tmp_path / "brief.json"
    assert run("extract", str(page), "--date", "2010-04-23", "-o", str(brief)).exit_code == 0
    again = run("explain", str(brief), "--cleaned", "s1", "--json")  # the file read again
    assert again.exit_code == 0, again.output
    removed = json.loads(again.stdout)["entries"][0]["groups"]["removed"]
    assert [d["rule"] for d in removed] == ["comment_policy", "page_timestamp", "agency_dateline"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], EXIT_USAGE, "give exactly one of"),
        (["--actor", "Tarar", "--quote", "0"], EXIT_USAGE, "give exactly one of"),
        (["--quote", "-1"], EXIT_USAGE, "--quote"),
        (["--actor", "Kabul Times"], EXIT_FAILURE, "no actor 'Kabul Times' in the brief"),
        (["--quote", "99"], EXIT_FAILURE, "the brief's quotes are numbered from 0"),
        (["--actor", "Tarar", "--as-of", "30/10/2025"], EXIT_USAGE, "--as-of"),
    ],
)
def test_explain_errors(made, args, code, message):
    result = run("explain", made["json"], *args)
    assert result.exit_code == code
    assert message in " ".join(result.stderr.replace("│", " ").split())


def chain(output: str, section: str) -> list[str]:
    """The decision lines ('rule: subject -> outcome') under one heading of explain's output."""
    lines = output.splitlines()
    rows = []
    for line in lines[lines.index(section) + 1 :]:
        if not line.startswith("  "):
            break
        if not line.startswith("      "):
            rows.append(line.strip())
    return rows


@pytest.mark.parametrize(
    ("args", "section", "decision"),
    [
        # Seed: "Pakistan’s Information Minister Attaullah Tarar" ... "Tarar wrote on X"
        (["--actor", "Tarar"], "typed:", "type_of_full_name: 'Attaullah Tarar' -> person"),
        (["--actor", "Tarar"], "merged:", "surname_links: 'tarar' -> joins attaullah tarar"),
        (["--candidate", "X"], "dropped:", "channel_only: 'X' -> dropped"),
        (["--date", "Wednesday"], "chain:", "weekday_by_tense: 'Wednesday' -> 2025-10-29"),
    ],
)
def test_explain_shows_the_rule_behind_each_decision(made, args, section, decision):
    result = run("explain", made["json"], *args)
    assert result.exit_code == 0, result.output
    assert decision in chain(result.stdout, section)


def test_explain_gives_each_merge_its_evidence_pair(made):
    lines = run("explain", made["json"], "--actor", "Tarar").stdout.splitlines()
    merged = lines.index("merged:")
    assert lines[merged + 2].split()[:3] == ["s1", "673-678", '"Tarar"']
    assert lines[merged + 3].split()[:2] == ["s1", "420-467"]
    rules = {line.split()[0] for line in lines[lines.index("rules:") + 1 :]}
    assert {"type_of_full_name", "surname_links", "title_before_name"} <= rules


def test_explain_follows_a_quote_to_its_speaker(made):
    result = run("explain", made["json"], "--quote", "1")
    decisions = chain(result.stdout, "chain:")
    assert any(
        row.startswith("cue_subject: ") and row.endswith("-> Attaullah Tarar") for row in decisions
    )


# MEANTIME, apple cluster (Wikinews, CC BY 4.0): products and lone words are no actors.
APPLE = ROOT / "tests" / "data" / "meantime" / "apple"


@pytest.mark.parametrize(
    ("name", "decision"),
    [
        ("iPhone", "named_as_product: 'iPhone' -> dropped"),
        ("iPod Touch", "named_as_product: 'iPod Touch' -> dropped"),
    ],
)
def test_explain_says_which_rule_dropped_a_candidate_in_meantime(name, decision):
    gold = (APPLE / "gold.jsonl").read_text("utf-8").splitlines()
    files = [APPLE / json.loads(line)["file"] for line in gold[:3]]
    result = run("explain", *files, "--as-of", "2025-10-30", "--candidate", name)
    assert result.exit_code == 0, result.output
    assert decision in chain(result.stdout, "dropped:")
