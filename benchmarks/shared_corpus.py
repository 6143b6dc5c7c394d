"""The shared corpora (../shared/corpus, see its README.md), read as briefgen reads articles.

Every corpus folder holds `docs/*.md` with YAML front matter. A corpus is briefed in batches:
a story cluster (MEANTIME, Timeline17, AllSides, ECB+) is one multi-article brief, since
cross-article rules need the whole cluster; the unclustered corpora (PolNeAR, TimeBank) are
briefed in batches of `BATCH_SIZE` articles in file order. A batch's `as_of` is its latest
publication date (today when none is known).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.model import Article  # noqa: E402

# The checkout's sibling `shared/corpus` (also from a worktree next to it); env overrides.
SHARED = Path(os.environ.get("BRIEFGEN_SHARED_CORPUS", ROOT.parent / "shared" / "corpus"))
# Corpus name -> whether each sub-folder is one story cluster (else articles are batched).
CORPORA = {
    "meantime": True,
    "polnear": False,
    "timebank": False,
    "t17": True,
    "allsides": True,
    "ecbplus": True,
}
BATCH_SIZE = 30


@dataclass(frozen=True)
class Batch:
    """Articles briefed together: `name` is "corpus/folder" (plus a part number for batches)."""

    corpus: str
    name: str
    articles: tuple[Article, ...]

    @property
    def as_of(self) -> dt.date:
        """The latest publication date of the batch, or today when none is known."""
        dates = [a.published for a in self.articles if a.published is not None]
        return max(dates) if dates else dt.date.today()


def folders(corpus: str, root: Path = SHARED) -> list[Path]:
    """A corpus's article folders (those holding `docs/`), sorted by name."""
    return sorted(p.parent for p in (root / corpus).glob("**/docs") if p.is_dir())


def read_folder(folder: Path) -> tuple[list[Article], list[str]]:
    """The folder's articles in file order, and a message for each file that could not be read."""
    from briefgen.errors import InputError
    from briefgen.ingest.text import read_text

    articles, problems = [], []
    for path in sorted((folder / "docs").glob("*.md")):
        try:
            articles.append(read_text(path))
        except InputError as error:
            problems.append(str(error))
    return articles, problems


def batches(
    corpus: str, *, root: Path = SHARED, part: str | None = None, limit: int | None = None
) -> Iterator[Batch]:
    """A corpus's briefs in order, at most `limit` articles in all (the last batch cut short).

    `part` keeps only the folder of that name ("dev" for polnear/dev, a cluster's name).
    Unreadable files are reported on stderr and skipped."""
    left = limit if limit is not None else -1
    for folder in folders(corpus, root):
        if left == 0:
            return
        if part is not None and folder.relative_to(root / corpus).as_posix() != part:
            continue
        articles, problems = read_folder(folder)
        for problem in problems:
            print(f"skipped: {problem}", file=sys.stderr)
        if left > 0:
            articles = articles[:left]
            left -= len(articles)
        name = f"{corpus}/{folder.relative_to(root / corpus).as_posix()}"
        size = len(articles) if CORPORA[corpus] else BATCH_SIZE
        for number, start in enumerate(range(0, len(articles), max(size, 1)), start=1):
            chunk = tuple(articles[start : start + size])
            label = name if CORPORA[corpus] else f"{name}#{number}"
            yield Batch(corpus, label, chunk)


def select(names: Sequence[str] | None) -> list[tuple[str, str | None]]:
    """(corpus, part) for each name given ("polnear", "polnear/dev"); every corpus when none."""
    chosen: list[tuple[str, str | None]] = []
    for name in names or list(CORPORA):
        corpus, _, part = name.strip("/").partition("/")
        if corpus not in CORPORA:
            raise ValueError(f"unknown corpus {name!r}: choose from {', '.join(CORPORA)}")
        chosen.append((corpus, part or None))
    return chosen


def all_batches(
    names: Sequence[str] | None = None, *, root: Path = SHARED, limit: int | None = None
) -> Iterable[Batch]:
    """The batches of every corpus named (all by default), `limit` articles per name at most."""
    for corpus, part in select(names):
        yield from batches(corpus, root=root, part=part, limit=limit)
