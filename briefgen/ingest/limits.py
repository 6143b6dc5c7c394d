"""Reader budgets: how much of one input file is read before it is refused.

Each default fits a 2-core laptop (the README's limits table gives the measurements behind
them) and each has a command-line flag that raises it.
"""

from __future__ import annotations

from dataclasses import dataclass

# A long news article is well under 1 MB even as a saved page or PDF (--max-size, in MB).
MAX_BYTES = 20 * 1024 * 1024
# A report of a few hundred pages; a PDF of thousands of near-empty pages is not an article.
MAX_PAGES = 2_000
# Records of a JSON or JSON Lines export or a feed: each is an article, and a brief of 2,000
# short articles takes about 25 s and 250 MB on a 2-core laptop (10,000 took 230 s).
MAX_RECORDS = 2_000
# Characters of one article's text: about 30,000 words, a 100-page report. Cost grows faster
# than the length: 200,000 characters took 23 s and 300 MB, 400,000 took 82 s.
MAX_CHARS = 200_000
# A saved page may hold this many bytes of markup per character of article text allowed: real
# pages carry scripts, styles and inline images, but extracting the text of 10 MB took 7 s and
# 330 MB and grows in step (a 50 MB page would take 1.6 GB).
MARKUP_PER_CHAR = 50
# Seconds one web page or feed may take to fetch (--fetch-timeout): a news page arrives in
# well under a second; a server that has not answered in 20 s is not going to.
FETCH_TIMEOUT = 20.0


@dataclass(frozen=True)
class Limits:
    """The budgets one read runs under; over one, the file is skipped with the flag to raise it."""

    max_bytes: int = MAX_BYTES  # bytes of one file (--max-size)
    max_pages: int = MAX_PAGES  # pages of one PDF (--max-pages)
    max_records: int = MAX_RECORDS  # records of one JSON, JSON Lines or feed file (--max-records)
    max_chars: int = MAX_CHARS  # characters of one article's text (--max-chars)
    fetch_timeout: float = FETCH_TIMEOUT  # seconds to fetch one URL (--fetch-timeout)

    @property
    def max_markup(self) -> int:
        """Bytes of one saved web page, in proportion to the characters allowed."""
        return self.max_chars * MARKUP_PER_CHAR


def over(count: int, what: str, limit: int, flag: str) -> str:
    """Why an input is refused: '25,000 pages, over the limit of 2,000 (raise it with ...)'."""
    return f"{count:,} {what}, over the limit of {limit:,} (raise it with {flag})"


DEFAULT_LIMITS = Limits()
