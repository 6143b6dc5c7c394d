"""Templates: the three built-ins fill their sections; sandbox limits, strictness, escaping,
themes, team overrides and `init`."""

from __future__ import annotations

import time
import typing

import pytest
from pydantic import BaseModel

from briefgen import model
from briefgen.document import BlockQuote, Heading, Table, TimelineChart
from briefgen.errors import TemplateError
from briefgen.markup import parse_markup
from briefgen.templates import (
    BUILTIN,
    brief_number,
    builtin_templates,
    closed,
    human_date,
    init_templates,
    list_templates,
    render_document,
)

SECTIONS = [
    "Bottom line",
    "Key actors",
    "Key quotes",
    "Timeline",
    "Outlook",
    "Contested claims",
    "Sources",
]
TEMPLATE_SECTIONS = {
    "sitrep": SECTIONS,
    "one-pager": ["Bottom line", "Top actors", "Key quotes", "Outlook"],
    "background": ["Summary", "Actor profiles", "Timeline", "All quotes", "Outlook", "Sources"],
}


def headings(document, level: int = 1) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Heading) and b.level == level]


def test_sitrep_has_every_section_with_content(seed_brief):
    document = render_document(seed_brief, "sitrep")
    assert headings(document) == SECTIONS
    assert document.title == seed_brief.title
    assert "As of 30 October 2025" in document.subtitle and "1 source" in document.subtitle
    assert document.marking == "UNCLASSIFIED // FOR OFFICIAL USE"  # from sitrep/theme.toml
    assert document.office == "Briefing Unit" and document.reference.startswith("SR-20251030-")
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert tables[0].header == ("Actor", "Type", "Role", "Mentions")
    tarar = next(row for row in tables[0].rows if row[0].startswith("Attaullah Tarar"))
    assert tarar[1:3] == ("person", "Information Minister, Pakistan")
    assert ("9 October 2025", "Explosions in Kabul [1]") in tables[1].rows
    chart = next(b for b in document.blocks if isinstance(b, TimelineChart))
    assert ("9 October 2025", "Explosions in Kabul") in [(p.date, p.label) for p in chart.points]
    quotes = [b for b in document.blocks if isinstance(b, BlockQuote)]
    protect = next(q for q in quotes if "protect our people" in q.text)
    assert protect.text.startswith("“We will continue to take") and protect.text.endswith("”")
    assert protect.attribution == "Attaullah Tarar · [1]"
    assert "The Defense News. 29 October 2025." in document.plain_text()
    assert "Places: Istanbul (6) [1]" in document.plain_text()


@pytest.mark.parametrize("template", sorted(TEMPLATE_SECTIONS))
def test_each_builtin_has_its_sections_and_the_brief_content(seed_brief, template):
    document = render_document(seed_brief, template)
    assert headings(document) == TEMPLATE_SECTIONS[template]
    text = document.plain_text()
    assert seed_brief.actors[0].name in text
    first_direct = next(q for q in seed_brief.quotes if q.kind != "indirect")
    assert f"“{first_direct.text[:30]}" in text
    assert "[1]" in text  # items cite the source list


@pytest.mark.parametrize("template", sorted(TEMPLATE_SECTIONS))
def test_a_quote_of_any_length_is_shown_cut_and_never_sinks_the_document(seed_brief, template):
    # A quote mark left open over a pasted page once made a quote of 24,855 characters, past
    # the 20,000 a template value may hold: every builtin cuts a quote it shows.
    quotes = [q.model_copy(update={"text": "Talks " * 5_000}) for q in seed_brief.quotes]
    long_quotes = seed_brief.model_copy(update={"quotes": quotes, "key_quotes": [0, 1]})
    text = render_document(long_quotes, template).plain_text()
    assert "“Talks Talks" in text and "Talks " * 200 not in text


def test_background_profiles_each_actor_with_their_position(seed_brief):
    document = render_document(seed_brief, "background")
    profiled = headings(document, level=2)
    assert profiled == [actor.name for actor in seed_brief.actors[:12]]
    speaker = next(q.speaker for q in seed_brief.quotes if q.speaker and q.kind == "direct")
    said = [q for q in seed_brief.quotes if q.speaker == speaker]
    assert f"“{said[0].text[:30]}" in document.plain_text()
    assert "Places: Istanbul (6) [1]" in document.plain_text()


def test_source_urls_become_links(seed_brief):
    url = "https://example.org/istanbul-talks"
    source = seed_brief.sources[0].model_copy(update={"url": url})
    document = render_document(seed_brief.model_copy(update={"sources": [source]}))
    links = [run for block in document.blocks if hasattr(block, "items")
             for item in block.items for run in item if run.href]  # fmt: skip
    assert [(run.text, run.href) for run in links] == [(url, url)]


@pytest.mark.parametrize(
    ("title", "stop"),
    [
        # AllSides develop (allsides_5717, 5671, 5607): a question, one in quote marks, a
        # word in quote marks at the end; T17 (bpoil_bbc) titles the corpus cut end in "..."
        ("How Is the Media Still Screwing Up Covid Stories?", ""),
        ("On border and beyond, is Biden agenda ‘America First’?", ""),
        (
            "Supreme Court sides with police officers seeking ‘qualified immunity’ in two "
            "use-of-force cases",
            ".",
        ),
        ("White House adviser tells ABC all new drilling is on hold The ...", ""),
    ],
)
def test_closed_ends_a_title_as_a_sentence_once(title, stop):
    assert closed(title) == title + stop


@pytest.mark.parametrize("template", ["sitrep", "background"])
def test_a_source_title_ending_in_a_question_mark_gets_no_full_stop(seed_brief, template):
    title = "How Is the Media Still Screwing Up Covid Stories?"  # AllSides develop, 5717
    source = seed_brief.sources[0].model_copy(update={"title": title})
    document = render_document(seed_brief.model_copy(update={"sources": [source]}), template)
    listed = [
        "".join(run.text for run in item)
        for block in document.blocks
        if hasattr(block, "items")
        for item in block.items
        if item and item[0].text.startswith("[1]")
    ]
    assert listed and all(f"{title} " in text and "?." not in text for text in listed)


def test_assumed_dates_are_marked_visibly(seed_brief):
    undated = seed_brief.model_copy(
        update={
            "sources": [seed_brief.sources[0].model_copy(update={"published": None})],
            "timeline": [e.model_copy(update={"assumed": True}) for e in seed_brief.timeline],
        }
    )
    document = render_document(undated)
    text = document.plain_text()
    assert "9 October 2025 (assumed)" in text
    assert "resolved against the brief's as-of date" in text
    assert "Publication date unknown" in text
    (chart,) = [block for block in document.blocks if isinstance(block, TimelineChart)]
    assert all(point.date.endswith(" (assumed)") for point in chart.points)


@pytest.mark.parametrize("template", ["sitrep", "background"])
def test_a_plan_whose_date_passed_says_so(seed_brief, template):
    """The seed's events as plans, briefed a year later: the sources do not say whether
    they happened, and the document says their dates have passed."""
    planned = [e.model_copy(update={"status": "planned"}) for e in seed_brief.timeline]
    later = seed_brief.model_copy(
        update={
            "timeline": planned,
            "as_of": seed_brief.as_of.replace(year=seed_brief.as_of.year + 1),
        }
    )
    assert "date passed" in render_document(later, template).plain_text()
    assert "date passed" not in render_document(seed_brief, template).plain_text()


@pytest.mark.parametrize("template", sorted(TEMPLATE_SECTIONS))
def test_article_text_is_escaped_not_markup(seed_brief, template):
    hostile = 'a<b & <img src="/etc/passwd"/> <a href="http://x">link</a> ]]>'
    source = seed_brief.sources[0].model_copy(update={"title": hostile})
    document = render_document(seed_brief.model_copy(update={"sources": [source]}), template)
    assert hostile[:32] in document.plain_text()  # the one-pager shortens titles


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("<document>{{ brief.no_such_field }}</document>", "no_such_field"),
        ("<document>{{ ''.__class__.__mro__ }}</document>", "unsafe"),
        ("<document>{{ brief.actors.append(1) }}</document>", "unsafe"),
        ("<document>\n\n{{ missing_name }}</document>", "line 3"),
        ("<document><blink>x</blink></document>", "unknown element"),
        ("<document><p><img src='x'/></p></document>", "not allowed"),
        ("<document><p>unclosed</document>", "not well-formed"),
    ],
)
def test_template_errors_name_the_problem(tmp_path, seed_brief, template, message):
    (tmp_path / "brief.xml.j2").write_text(template)
    with pytest.raises(TemplateError, match=message):
        render_document(seed_brief, str(tmp_path))


# Templates that would allocate gigabytes or loop for hours: each is stopped at once.
GREEDY = [
    "{{ 'x' * 10**10 }}",
    "{{ brief.sources * 10**9 }}",
    "{{ 9 ** (9 ** 9) }}",
    "{{ '%9999999999s' % 'x' }}",
    "{{ '%9999999999s' | format('x') }}",
    "{{ 'x' | center(10**10) }}",
    "{{ ('x' * 100000) | replace('x', 'y' * 100000) }}",
    "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(20) %}{{ brief.sources[0].text }}"
    "{% endfor %}{% endfor %}",
    "{% for a in brief.sources[0].text %}{% for b in brief.sources[0].text %}"
    "{% for c in brief.sources[0].text %}{% endfor %}{% endfor %}{% endfor %}",
    "{{ range(1000000) | join('x' * 1000000) }}",
    "{{ ('x' * 1000000).join(range(1000000)) }}",
    "{% set a = 'x' * 2000000 %}{{ a ~ a }}",
    "{% set a = 'x' * 2000000 %}{{ a + a }}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ ('{:9999}' * 300) | format(*range(300)) }}",
    "{{ 2 ** 4000 * 2 ** 4000 }}",
    "{% set big %}{% for i in range(100000) %}{{ brief.sources[0].text }}{% endfor %}{% endset %}",
    "{% macro m() %}{% for i in range(100000) %}{{ brief.sources[0].text }}{% endfor %}"
    "{% endmacro %}{{ m() | length }}",
]


@pytest.mark.parametrize("body", GREEDY)
def test_resource_hungry_templates_are_stopped(tmp_path, seed_brief, body):
    (tmp_path / "brief.xml.j2").write_text(f"<document>\n{body}\n</document>")
    started = time.monotonic()
    with pytest.raises(TemplateError, match=r"brief.xml.j2(, line 2)?: .*resource limit"):
        render_document(seed_brief, str(tmp_path))
    assert time.monotonic() - started < 10


def test_lipsum_is_not_available(tmp_path, seed_brief):
    (tmp_path / "brief.xml.j2").write_text("<document>{{ lipsum(n=10**9) }}</document>")
    with pytest.raises(TemplateError, match="lipsum"):
        render_document(seed_brief, str(tmp_path))


def test_unknown_template_lists_the_builtins(seed_brief):
    assert builtin_templates() == ["background", "one-pager", "sitrep"]
    with pytest.raises(TemplateError, match="sitrep"):
        render_document(seed_brief, "no-such-template")


def test_team_theme_overrides_the_builtin_file_by_file(tmp_path, seed_brief):
    (tmp_path / "sitrep").mkdir()
    (tmp_path / "sitrep" / "theme.toml").write_text(
        'marking = "OFFICIAL-SENSITIVE"\noffice = "Desk 4"\n[page]\nsize = "Letter"\n'
        '[colours]\naccent = "7a1f1f"\n'
    )
    document = render_document(seed_brief, "sitrep", template_dir=tmp_path)
    assert (document.marking, document.office) == ("OFFICIAL-SENSITIVE", "Desk 4")
    assert (document.theme.page_size, document.theme.accent) == ("Letter", "7A1F1F")
    assert headings(document) == SECTIONS  # the built-in template still drives the content
    assert {i.name: i.origin for i in list_templates(tmp_path)}["sitrep"] == "built-in"


def test_team_template_extends_a_builtin_and_replaces_one_block(tmp_path, seed_brief):
    (tmp_path / "sitrep").mkdir()
    (tmp_path / "sitrep" / "brief.xml.j2").write_text(
        '{% extends "builtin/sitrep/brief.xml.j2" %}\n'
        "{% block outlook %}<h1>What to watch</h1>"
        "<ul>{% for item in brief.outlook[:2] %}<li>{{ item.text }}</li>{% endfor %}</ul>"
        "{% endblock %}\n"
    )
    document = render_document(seed_brief, "sitrep", template_dir=tmp_path)
    assert headings(document) == [h if h != "Outlook" else "What to watch" for h in SECTIONS]
    assert document.marking == "UNCLASSIFIED // FOR OFFICIAL USE"  # the built-in theme
    assert {i.name: i.origin for i in list_templates(tmp_path)}["sitrep"] == "team"


@pytest.mark.parametrize(
    ("theme", "message"),
    [
        ('[colours]\naccent = "navy"\n', "colours.accent: 'navy' is not a hex colour"),
        ('[page]\nsize = "A5"\n', "page.size: 'A5' is not one of A4, Letter"),
        ("[page]\nmargins_mm = { top = 500 }\n", "page.margins_mm.top: must be a number"),
        ('[fonts]\nfamily = "comic"\n', "fonts.family"),
        ('[logo]\nfile = "missing.png"\n', "logo.file: 'missing.png' is not a PNG or JPEG"),
        ('[colours]\naccnt = "112233"\n', "colours.accnt: unknown theme key"),
        ("marking = 3\n", "marking: must be a string"),
        ("marking = \n", "cannot read theme"),
    ],
)
def test_theme_errors_name_the_file_and_key(tmp_path, seed_brief, theme, message):
    (tmp_path / "sitrep").mkdir()
    (tmp_path / "sitrep" / "theme.toml").write_text(theme)
    with pytest.raises(TemplateError, match=rf"theme.toml: .*{message}|theme.toml: {message}"):
        render_document(seed_brief, "sitrep", template_dir=tmp_path)


def test_init_copies_template_theme_and_guide_and_never_overwrites(tmp_path):
    written = init_templates(tmp_path / "team", ["sitrep", "one-pager"])
    names = sorted(str(p.relative_to(tmp_path / "team")) for p in written)
    assert names == ["README.md", "one-pager/brief.xml.j2", "one-pager/theme.toml",
                     "sitrep/brief.xml.j2", "sitrep/theme.toml"]  # fmt: skip
    assert (tmp_path / "team/sitrep/theme.toml").read_bytes() == (
        BUILTIN / "sitrep/theme.toml"
    ).read_bytes()
    with pytest.raises(TemplateError, match="already exists"):
        init_templates(tmp_path / "team", ["sitrep"])
    with pytest.raises(TemplateError, match="choose from background, one-pager, sitrep"):
        init_templates(tmp_path / "other", ["nope"])


def _record_fields(annotation: object) -> list[type[BaseModel]]:
    """Pydantic record classes inside a field annotation (list[Actor] -> [Actor])."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [found for arg in typing.get_args(annotation) for found in _record_fields(arg)]


def test_guide_documents_every_template_variable():
    guide = (BUILTIN / "GUIDE.md").read_text(encoding="utf-8")
    rows = [line for line in guide.splitlines() if line.startswith("| `")]
    documented = " ".join(rows)
    classes = [model.Brief]
    missing = []
    seen: set[type] = set()  # an actor's `merged` holds actors: walk each record once
    while classes:
        record = classes.pop()
        if record in seen:
            continue
        seen.add(record)
        for name, info in record.model_fields.items():
            name = info.alias or name
            if name != "schema" and f".{name}`" not in documented and f".{name}," not in documented:
                missing.append(f"{record.__name__}.{name}")
            classes += [c for c in _record_fields(info.annotation) if c is not model.Evidence]
    assert not missing
    helpers = ("cite(", "cited_sources(", "human_date(", "date_passed(", "excerpt(", "more(")
    helpers += ("`limits`",)
    helpers += ("`number`", "`key_quotes`", "theme.marking", "story_items(", "story_actors(")
    for helper in (*helpers, "theme.office"):
        assert helper in documented
    assert all(row.count("|") >= 4 and row.split("|")[3].strip() for row in rows)  # an example each


def test_brief_number_is_stable_and_changes_with_the_sources(seed_brief):
    assert brief_number(seed_brief, "SR") == brief_number(seed_brief, "SR")
    assert brief_number(seed_brief, "SR").startswith("SR-20251030-")
    other = seed_brief.sources[0].model_copy(update={"title": "Another title"})
    assert brief_number(seed_brief.model_copy(update={"sources": [other]})) != brief_number(
        seed_brief
    )


def test_markup_inline_runs():
    document = parse_markup(
        '<document><p>Plain <b>bold</b> and <i>italic</i> <a href="https://x.org">x</a>.</p></document>'
    )
    runs = document.blocks[0].runs
    assert [(r.text, r.bold, r.italic, r.href) for r in runs] == [
        ("Plain ", False, False, ""),
        ("bold", True, False, ""),
        (" and ", False, False, ""),
        ("italic", False, True, ""),
        (" ", False, False, ""),
        ("x", False, False, "https://x.org"),
        (".", False, False, ""),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [("2025-10-29", "29 October 2025"), ("2025-10", "October 2025"),
     ("2025-W44", "week of 27 October 2025"), ("2009-Q3", "Q3 2009"),
     ("2021", "2021"), (None, "date unknown")],
)  # fmt: skip
def test_human_date(value, text):
    assert human_date(value) == text


def test_init_edit_theme_and_one_block_then_make_with_the_team_folder(tmp_path):
    """The customisation loop a team follows, through the command line."""
    from typer.testing import CliRunner

    from briefgen.cli import app
    from tests.conftest import SEED

    runner = CliRunner()
    team = tmp_path / "team"
    result = runner.invoke(app, ["init", str(team)], catch_exceptions=False)
    assert result.exit_code == 0 and "sitrep/theme.toml" in result.stdout
    theme = team / "sitrep" / "theme.toml"
    theme.write_text(
        theme.read_text().replace("UNCLASSIFIED // FOR OFFICIAL USE", "OFFICIAL-SENSITIVE")
    )
    (team / "sitrep" / "brief.xml.j2").write_text(
        '{% extends "builtin/sitrep/brief.xml.j2" %}\n'
        "{% block outlook %}<h1>What to watch</h1>"
        "<p>{{ brief.outlook | length }} items.</p>{% endblock %}\n"
    )
    listed = runner.invoke(app, ["templates", "list", "--template-dir", str(team)]).stdout
    assert "sitrep\tteam\t" in listed and "one-pager\tbuilt-in\t" in listed
    out = tmp_path / "out"
    args = ["make", str(SEED), "-o", str(out), "--date", "2025-10-30", "--format", "pdf",
            "--template-dir", str(team)]  # fmt: skip
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    import pypdf

    reader = pypdf.PdfReader(result.stdout.strip())
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "What to watch" in text and "Outlook" not in text
    assert text.count("OFFICIAL-SENSITIVE") == 2 * len(reader.pages)
    assert "UNCLASSIFIED" not in text


def test_templates_show_prints_the_template_and_its_theme():
    from typer.testing import CliRunner

    from briefgen.cli import app

    result = CliRunner().invoke(app, ["templates", "show", "one-pager"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "one-pager (built-in): One-pager" in result.stdout
    assert "{% block outlook %}" in result.stdout and 'number_prefix = "MB"' in result.stdout
    missing = CliRunner().invoke(app, ["templates", "show", "nope"])
    assert missing.exit_code == 1 and "not found" in missing.output


@pytest.mark.parametrize(("marking", "expected"), [(None, "UNCLASSIFIED // FOR OFFICIAL USE"),
                                                   ("SECRET", "SECRET"), ("", "")])  # fmt: skip
def test_a_configured_marking_replaces_the_themes(seed_brief, marking, expected):
    assert render_document(seed_brief, "one-pager", marking=marking).marking == expected


def test_sitrep_shows_hedging_contested_claims_conflicts_and_copies(seed_brief):
    # The sitrep shows the key events: the flag goes on one of them.
    kabul = next(i for i, e in enumerate(seed_brief.timeline) if e.event == "Explosions in Kabul")
    flagged = seed_brief.timeline[kabul].model_copy(update={"conflicts": ["2020"]})
    timeline = [*seed_brief.timeline[:kabul], flagged, *seed_brief.timeline[kabul + 1 :]]
    copy = seed_brief.sources[0].model_copy(update={"id": "s2", "duplicate_of": "s1"})
    brief = seed_brief.model_copy(
        update={
            "timeline": timeline,
            "sources": [*seed_brief.sources, copy],
        }
    )
    text = render_document(brief, "sitrep").plain_text()
    assert "Next step (Pakistan), possible: Islamabad is reportedly considering" in text
    assert "Afghanistan | denies | However, Afghan officials have previously denied" in text
    assert "Pakistan | asserts | the violence stems from militant groups" in text
    assert "Explosions in Kabul [1] (sources differ: 2020)" in text
    assert "The Taliban’s return to power" not in text  # background: not a key event
    assert "(a copy of [1]: cited, not briefed twice)" in text


def test_since_last_brief_lists_only_what_is_new(seed_brief):
    from briefgen.diff import diff_briefs

    old = seed_brief.model_copy(
        update={"quotes": seed_brief.quotes[:1], "timeline": seed_brief.timeline[:2]}
    )
    document = render_document(seed_brief, "sitrep", since=diff_briefs(old, seed_brief))
    assert headings(document)[1] == "Since last brief"
    text = document.plain_text()
    since = text[text.index("Since last brief") : text.index("Key actors")]
    assert "Explosions in Kabul" in since and "The Taliban’s return to power" not in since
    assert "We will decimate the terrorists" in since
    assert "Since last brief" not in render_document(seed_brief, "sitrep").plain_text()


@pytest.mark.parametrize(
    ("numbers", "text"),
    [
        ([], ""),
        ([1], "[1]"),
        ([2, 5], "[2, 5]"),
        ([1, 2], "[1, 2]"),
        ([1, 2, 3, 4, 7], "[1–4, 7]"),
        ([3, 4, 5, 9, 10, 11, 12, 20], "[3–5, 9–12, 20]"),
    ],
)
def test_citations_show_runs_as_ranges(numbers, text):
    from briefgen.templates import citation

    assert citation(numbers) == text


@pytest.fixture(scope="module")
def gm_brief():
    """A brief of the MEANTIME GM cluster: several articles, so citations run past [1]."""
    from briefgen.ingest.text import read_text
    from briefgen.pipeline import build_brief
    from tests.conftest import AS_OF, CORPUS

    docs = sorted((CORPUS / "gm" / "docs").iterdir())
    return build_brief([read_text(path) for path in docs], as_of=AS_OF)


def test_one_pager_lists_every_source_it_cites(gm_brief):
    import re

    text = render_document(gm_brief, "one-pager").plain_text()
    body, listed = text.split("Sources cited:")
    cited = set()
    for group in re.findall(r"\[([\d, –]+)\]", body):
        for part in group.split(", "):
            low, _, high = part.partition("–")
            cited.update(range(int(low), int(high or low) + 1))
    assert len(cited) > 1
    assert all(f"[{n}]" in listed for n in cited)


def test_actor_mentions_are_numbers_and_citations_sit_with_the_name(gm_brief):
    table = next(b for b in render_document(gm_brief, "sitrep").blocks if isinstance(b, Table))
    assert table.header[-1] == "Mentions"
    assert all(row[-1].isdigit() for row in table.rows)
    assert any("[" in row[0] for row in table.rows)


def test_key_quotes_follow_the_briefs_ranking(gm_brief):
    quotes = [b for b in render_document(gm_brief, "sitrep").blocks if isinstance(b, BlockQuote)]
    ranked = [gm_brief.quotes[i] for i in gm_brief.key_quotes[:8]]
    assert len(quotes) == len(ranked) > 1
    for block, quote in zip(quotes, ranked, strict=True):
        assert quote.text.strip("“”\"' ")[:30] in block.text


def test_since_last_brief_leads_with_new_bottom_line_bullets(seed_brief):
    from briefgen.diff import diff_briefs

    old = seed_brief.model_copy(update={"summary": seed_brief.summary[:1]})
    changes = diff_briefs(old, seed_brief)
    assert [item.text for item in changes.summary] == [i.text for i in seed_brief.summary[1:]]
    text = render_document(seed_brief, "sitrep", since=changes).plain_text()
    since = text[text.index("Since last brief") : text.index("Key actors")]
    assert seed_brief.summary[1].text[:40] in since
