"""Templates: a Jinja2 template turns a Brief into the document model (see briefgen.markup).

A template is a folder holding `brief.xml.j2` and `theme.toml`. Built-in templates live in
`briefgen/builtin_templates/` (package data, so a wheel carries them); a team folder
(`template_dir`) overrides them file by file (its `sitrep/theme.toml` replaces the built-in
one, its `sitrep/brief.xml.j2` the template), and a team template can
`{% extends "builtin/sitrep/brief.xml.j2" %}` and replace single blocks. Templates run in a
resource-bounded Jinja2 sandbox (briefgen.sandbox) with strict undefined names, so a template
cannot reach Python internals and a typo is an error with the template's file and line.
Output is autoescaped: article text can never become markup. A template, theme or logo is read
only from inside its folder: `../` names are refused, and so is a symbolic link leading out.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import shutil
import traceback
import typing
from dataclasses import dataclass
from pathlib import Path

import jinja2

from briefgen.datestyle import date_passed, human_date
from briefgen.diff import Changes
from briefgen.document import Document, sanitise
from briefgen.errors import TemplateError
from briefgen.extract.lexicon import folded
from briefgen.markup import parse_markup
from briefgen.model import Actor, Brief, Evidence, Quote, Source, Story
from briefgen.reviewed import for_documents
from briefgen.sandbox import BoundedSandbox
from briefgen.theme import ThemeFile, load_theme

# Inside the package, so an installed wheel has them as well as an editable install; a real
# folder on disk, since Jinja2's FileSystemLoader and `init`'s copies need one.
BUILTIN = Path(__file__).resolve().parent / "builtin_templates"
DEFAULT_TEMPLATE = "sitrep"
ENTRY = "brief.xml.j2"
# The most items of each section a document shows (templates read them as `limits`); the
# JSON brief keeps every item, and a section past its bound says how many more it holds.
# Far above what a brief of a few dozen articles holds (MEANTIME's 30-article clusters reach
# 99 events, 159 quotes, 127 outlook items), so those documents are whole, while a brief of
# 3,000 articles stays a document of tens of pages instead of hundreds.
SECTION_LIMITS = {
    "summary": 10,
    "actors": 100,
    "places": 50,
    "quotes": 200,
    "timeline": 150,
    "outlook": 150,
    "contested": 20,
    "claims": 20,  # statements within one contested claim
    "dates": 200,
    "sources": 150,
    "citations": 30,  # source numbers one `cite()` prints
}
# Mentions in a story's sources from which an actor is one of its key actors: one mention is
# a name in passing (or a headline fragment read as a name).
STORY_ACTOR_MENTIONS = 2
THEME = "theme.toml"
BUILTIN_PREFIX = "builtin"  # `{% extends "builtin/sitrep/brief.xml.j2" %}` always means ours
GUIDE = "GUIDE.md"  # the customisation guide `init` copies (builtin_templates/GUIDE.md)

T = typing.TypeVar("T")

__all__ = ["find_template", "init_templates", "list_templates", "parse_markup", "render_document"]


@dataclass(frozen=True)
class TemplateInfo:
    """Where a template's files are: `origin` is 'built-in', 'team' or 'folder'."""

    name: str
    origin: str
    entry: Path
    theme: Path | None
    description: str


def builtin_templates() -> list[str]:
    """Names of the built-in templates."""
    return sorted(p.parent.name for p in BUILTIN.glob(f"*/{ENTRY}"))


def check_team_folder(template_dir: Path | None) -> None:
    """A team template folder that was named must exist: a typo in `--template-dir` or in
    `template_dir` of briefgen.toml is an error, never a silent fall-back to the built-ins."""
    if template_dir is not None and not template_dir.is_dir():
        reason = "is not a folder" if template_dir.exists() else "does not exist"
        raise TemplateError(
            f"{template_dir}: the team template folder {reason} (--template-dir or "
            "template_dir in briefgen.toml)"
        )


def list_templates(template_dir: Path | None = None) -> list[TemplateInfo]:
    """Every template available by name: the built-ins, overridden or added by the team."""
    check_team_folder(template_dir)
    names = set(builtin_templates())
    if template_dir is not None:
        names |= {p.parent.name for p in template_dir.glob(f"*/{ENTRY}")}
    return [find_template(name, template_dir) for name in sorted(names)]


def find_template(template: str, template_dir: Path | None = None) -> TemplateInfo:
    """Resolve a template name (team folder first, then built-in) or a template folder."""
    check_team_folder(template_dir)
    folder = Path(template)
    if "/" in template or "\\" in template or (folder / ENTRY).is_file():
        if not (folder / ENTRY).is_file():
            raise TemplateError(f"{folder}: no {ENTRY} in this template folder")
        confine(folder / ENTRY, folder)
        theme = confine(folder / THEME, folder) if (folder / THEME).is_file() else None
        return TemplateInfo(
            folder.name, "folder", folder / ENTRY, theme, _description(folder / ENTRY)
        )
    team = template_dir / template if template_dir is not None else None
    entry = _first(f"{template}/{ENTRY}", template_dir)
    if entry is None:
        known = (
            ", ".join(info.name for info in list_templates(template_dir)) if _safe(template) else ""
        )
        raise TemplateError(f"template {template!r} not found (templates: {known or 'none'})")
    origin = "team" if team is not None and entry.is_relative_to(team) else "built-in"
    return TemplateInfo(
        template, origin, entry, _first(f"{template}/{THEME}", template_dir), _description(entry)
    )


def _safe(name: str) -> bool:
    return bool(re.fullmatch(r"[\w.-]+", name))


def _first(relative: str, template_dir: Path | None) -> Path | None:
    """The team's copy of a file if it has one, else the built-in one, else None."""
    for root in ([template_dir] if template_dir is not None else []) + [BUILTIN]:
        if (root / relative).is_file():
            return confine(root / relative, root)
    return None


def confine(path: Path, root: Path) -> Path:
    """`path` itself, unless it is (or lies in) a symbolic link leading out of `root`."""
    if not path.resolve().is_relative_to(root.resolve()):
        raise TemplateError(
            f"{path}: a symbolic link to {path.resolve()}, outside the template folder {root} "
            "(not followed)"
        )
    return path


class ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader for one folder that refuses a symbolic link leading out of it."""

    def __init__(self, root: Path) -> None:
        super().__init__(str(root))
        self.root = root

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, typing.Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        confine(Path(filename), self.root)
        return source, filename, uptodate


def _description(entry: Path) -> str:
    """The first line of the template's opening {# comment #}."""
    match = re.match(r"\s*\{#-?\s*(.+)", entry.read_text(encoding="utf-8"))
    return match[1].strip() if match else ""


def render_document(
    brief: Brief,
    template: str = DEFAULT_TEMPLATE,
    template_dir: Path | None = None,
    *,
    marking: str | None = None,
    since: Changes | None = None,
) -> Document:
    """Fill a template (a name, or a folder holding brief.xml.j2) with a brief; `marking`,
    when given, replaces the theme's protective marking ("" prints none); `since` holds
    what is new since an earlier brief, for a "Since last brief" section. Items a reviewer
    dropped are left out and pinned bullets lead (`briefgen.reviewed`)."""
    brief = for_documents(brief)
    info = find_template(template, template_dir)
    theme = template_theme(info, template_dir)
    if marking is not None:
        theme = dataclasses.replace(theme, marking=marking)
    environment = _environment(info, template_dir)
    name = ENTRY if info.origin == "folder" else f"{info.name}/{ENTRY}"
    variables = {"brief": brief, "theme": theme, "since": since, **_helpers(brief, theme)}
    try:
        markup = environment.render_bounded(name, **variables)
    except (jinja2.TemplateError, RecursionError) as error:
        where, line = _template_location(error, info.entry)
        at = f"{where}, line {line}" if line else where
        raise TemplateError(f"{at}: {_reason(error)}") from None
    return parse_markup(markup, source=str(info.entry), theme=theme.look)


def template_theme(info: TemplateInfo, template_dir: Path | None = None) -> ThemeFile:
    """The theme a template renders with (its theme.toml, team file first)."""
    return load_theme(info.theme, _theme_root(info, template_dir))


def _theme_root(info: TemplateInfo, template_dir: Path | None) -> Path | None:
    """The folder a theme's logo must stay in: the one its theme.toml was found in."""
    if info.theme is None:
        return None
    for root in (info.entry.parent if info.origin == "folder" else None, template_dir, BUILTIN):
        if root is not None and info.theme.is_relative_to(root):
            return root
    return None


def _reason(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "includes, extends or macros nest too deeply (does a template include itself?)"
    return str(error)


def _environment(info: TemplateInfo, template_dir: Path | None) -> BoundedSandbox:
    roots = [info.entry.parent] if info.origin == "folder" else []
    roots += [template_dir] if template_dir is not None else []
    loader = jinja2.ChoiceLoader(
        [
            *(ConfinedLoader(root) for root in [*roots, BUILTIN]),
            jinja2.PrefixLoader({BUILTIN_PREFIX: ConfinedLoader(BUILTIN)}),
        ]
    )
    return BoundedSandbox(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=lambda value: sanitise(value) if isinstance(value, str) else value,
    )


def _template_location(error: BaseException, entry: Path) -> tuple[str, int | None]:
    """The template file and line an error comes from: syntax errors carry them, render
    errors have them in the traceback frames Jinja2 maps back to template lines."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return error.filename or str(entry), error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
    if frames:
        return frames[-1].filename, frames[-1].lineno
    return str(entry), None


def _helpers(brief: Brief, theme: ThemeFile) -> dict[str, object]:
    """Functions and values templates may use besides `brief` and `theme`."""
    numbers = {source.id: index for index, source in enumerate(brief.sources, start=1)}
    cited_so_far: set[int] = set()

    def cite(evidence: Evidence | list[Evidence]) -> str:
        items = evidence if isinstance(evidence, list) else [evidence]
        cited = sorted({numbers[e.source] for e in items})
        shown = cited[: SECTION_LIMITS["citations"]]
        cited_so_far.update(shown)
        beyond = more(cited, "citations")
        return f"{citation(shown)} (and {beyond} more in the JSON)" if beyond else citation(shown)

    def cited_sources() -> list[tuple[int, Source]]:
        return [(n, brief.sources[n - 1]) for n in sorted(cited_so_far)]

    return {
        "cite": cite,
        "cited_sources": cited_sources,
        "key_quotes": key_quotes(brief),
        "said_by": said_by,
        "story_items": story_items,
        "story_actors": functools.partial(story_actors, brief),
        "limits": dict(SECTION_LIMITS),
        "more": more,
        "human_date": human_date,
        "closed": closed,
        "date_passed": functools.partial(date_passed, as_of=brief.as_of),
        "excerpt": brief.excerpt,
        "number": brief_number(brief, theme.number_prefix),
    }


def closed(text: str) -> str:
    """`text` ending as a sentence does: with a full stop unless it ends with one already, or
    with "?", "!", "…" or a closing quote after them ("Why X?" stays, never "Why X?.")."""
    stripped = text.rstrip()
    if re.search(r"[.?!…][\"'”’)\]]*$", stripped):
        return stripped
    return f"{stripped}."


def citation(numbers: typing.Sequence[int]) -> str:
    """Source numbers as one citation, runs of three or more as a range: '[1]', '[2, 5]',
    '[1\u20134, 7]' (empty for none)."""
    parts: list[str] = []
    start = 0
    for end in range(1, len(numbers) + 1):
        if end == len(numbers) or numbers[end] != numbers[end - 1] + 1:
            run = numbers[start:end]
            if len(run) >= 3:
                parts.append(f"{run[0]}\u2013{run[-1]}")
            else:
                parts.extend(str(n) for n in run)
            start = end
    return f"[{', '.join(parts)}]" if parts else ""


def said_by(quote: Quote) -> str:
    """Who said a quote, for a document: the actor, else the source as written ("a Disney
    spokesman") unless that is a bare pronoun, else "Unattributed"."""
    if quote.speaker:
        return quote.speaker
    source = quote.source_text
    if source and source.lower() not in folded("personal_pronouns"):
        return source
    return "Unattributed"


def story_items(story: Story, items: typing.Iterable[T]) -> list[T]:
    """The items (actors, events, quotes, outlook items...) whose evidence, or a report of
    them in `also`, cites one of the story's sources, in the order given."""
    own = set(story.sources)
    return [item for item in items if not own.isdisjoint(_cited(item))]


def story_actors(brief: Brief, story: Story) -> list[Actor]:
    """The story's key actors: the brief's actors named at least twice in its sources, the
    most named there first (the most salient on a tie)."""
    own = set(story.sources)
    counts = [sum(e.source in own for e in actor.evidence) for actor in brief.actors]
    named = [i for i, count in enumerate(counts) if count >= STORY_ACTOR_MENTIONS]
    return [brief.actors[i] for i in sorted(named, key=lambda i: -counts[i])]


def _cited(item: object) -> set[str]:
    """The ids of the sources an item's evidence (one or a list) and `also` cite."""
    evidence = getattr(item, "evidence", [])
    found = evidence if isinstance(evidence, list) else [evidence]
    return {e.source for e in [*found, *getattr(item, "also", [])]}


def key_quotes(brief: Brief) -> list[Quote]:
    """The quotes a document leads with: the brief's ranked key quotes, or for a brief made
    before they were ranked, its direct and partial quotes in source order."""
    if brief.key_quotes:
        return [brief.quotes[index] for index in brief.key_quotes]
    return [quote for quote in brief.quotes if quote.kind != "indirect"]


def more(items: typing.Sized, section: str) -> int:
    """How many of a section's items are past its bound (0 when it shows them all)."""
    return max(0, len(items) - SECTION_LIMITS[section])


def brief_number(brief: Brief, prefix: str = "BR") -> str:
    """A stable reference for a brief: prefix, as-of date and a digest of its sources,
    e.g. 'BR-20251030-5C1A'; the same sources on the same date give the same number."""
    digest = hashlib.sha256()
    for source in brief.sources:
        digest.update(f"{source.title}\0{source.text}\0".encode())
    stem = f"{brief.as_of:%Y%m%d}-{digest.hexdigest()[:4].upper()}"
    return f"{prefix}-{stem}" if prefix else stem


def init_templates(folder: Path, names: list[str] | None = None) -> list[Path]:
    """Copy built-in templates (each a folder: brief.xml.j2 + theme.toml) and the guide into
    `folder` to customise; existing files are never overwritten. Returns the files written."""
    chosen = names or [DEFAULT_TEMPLATE]
    unknown = [name for name in chosen if name not in builtin_templates()]
    if unknown:
        known = ", ".join(builtin_templates())
        raise TemplateError(f"no built-in template {', '.join(unknown)} (choose from {known})")
    pairs = [(BUILTIN / GUIDE, folder / "README.md")]
    pairs += [(BUILTIN / n / f, folder / n / f) for n in chosen for f in (ENTRY, THEME)]
    existing = [str(target) for _, target in pairs if target.exists()]
    if existing:
        raise TemplateError(f"{', '.join(existing)}: already exists (nothing was copied)")
    for source, target in pairs:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return [target for _, target in pairs]
