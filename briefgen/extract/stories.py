"""Stories: the articles of a brief grouped by the event or situation they report.

Each article is a bag of content words: the lemmas of its nouns, proper nouns and verbs, stop
words left out, title words counted `TITLE_WEIGHT` times. Two similarities compare the bags
(cosine, sublinear term frequency): `tfidf_similarity` weights words by their inverse document
frequency over the brief (what sets one story apart from the others), `word_similarity` does
not (how alike two groups are in absolute terms, even when they share all their words).

Grouping, in two steps (average linkage: one SciPy `linkage` tree, cut with `fcluster`):
1. the split of the TF-IDF space into k stories with the best silhouette, k from 2 to n - 1
   (at most `MAX_STORIES`); a split at least `CLEAR_SPLIT` clear is kept (a folder of
   several stories);
2. otherwise (or for two articles) the articles are joined, average linkage from one article
   per story, while they are alike: mean word similarity of at least `ALIKE`. A story
   followed over months has no clear split, and its articles share their words; separate
   subjects (three companies' news) do not.
The thresholds are measured on the development part (benchmarks/synthesis.py --sweep).

Stories are ordered by importance: size, then the newest article, then the first article; a
story's title is the title of its most central article (highest mean word similarity to the
story's other articles, the first on a tie). SciPy is imported only when a brief has three
articles or more: its clustering is the same average linkage as scikit-learn's
`AgglomerativeClustering`, without the second of import time scikit-learn costs every brief
(it loads scipy.stats).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefgen.extract import ParsedArticle
from briefgen.extract.labels import TOPIC_WORD_POS
from briefgen.extract.rules import ARTICLE_BREAK, first, record, rule
from briefgen.extract.views import content_lemmas
from briefgen.model import Evidence, Source, Story

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float64]

# A word of the title says what the article is about more than one of the body: measured on
# the development part, 3 gave a better adjusted Rand index than 1 or 2.
TITLE_WEIGHT = 3
# Silhouette from which the best split is kept as it is: on the development mixes of 5 to 15
# AllSides stories the adjusted Rand index is the same from 0.14 to 0.18 and falls at 0.22
# (the clearest splits of those mixes have silhouettes from about 0.2 up); the middle is taken.
CLEAR_SPLIT = 0.16
# Mean word similarity from which two groups are one story: single-story development clusters
# (T17, MEANTIME) stay whole up to 0.12 (not from 0.14), and three companies' news (MEANTIME
# mixed) splits right from 0.08 (at 0.06 it is one story); the middle of 0.08-0.12 is taken.
ALIKE = 0.10
# The most stories a split may have: more is no longer a brief's reading order, and each k
# tried costs a silhouette over every pair of articles (a 3,000-article folder).
MAX_STORIES = 40
# Rows of the similarity matrix made at once: a block's sparse product is at most this many
# rows of the dense matrix.
ROWS = 256
_SHORTEST_WORD = 2  # characters: a lone letter is a parse artefact, not a topic


@dataclass(frozen=True)
class Grouping:
    """Each article's story number and what decided it: the best split's silhouette (None
    when no split was tried), whether it was kept, and the word similarity matrix."""

    labels: list[int]
    silhouette: float | None
    split: bool
    words: Matrix


def article_terms(article: ParsedArticle) -> Counter[str]:
    """The article's content-word lemmas, lower-cased, each word of the title counted
    `TITLE_WEIGHT` times when the body opens with the title (as most files do)."""
    doc, text = article.doc, article.source.text  # spaCy rebuilds doc.text on every access
    title = article.source.title.removesuffix("...").strip()
    title_end = len(title) if title and text.lstrip().startswith(title) else 0
    title_end += len(text) - len(text.lstrip())
    terms: Counter[str] = Counter()
    words = content_lemmas(doc, TOPIC_WORD_POS, alphabetic=True, shortest=_SHORTEST_WORD)
    for offset, lemma in words:
        terms[lemma] += TITLE_WEIGHT if offset < title_end else 1
    return terms


def word_similarity(bags: Sequence[Counter[str]]) -> Matrix:
    """Cosine similarity of every pair of bags, weighted by sublinear term frequency."""

    return _cosine(_term_frequencies(bags))


def tfidf_similarity(bags: Sequence[Counter[str]]) -> Matrix:
    """Cosine similarity of every pair of bags, TF-IDF weighted over the brief (sublinear term
    frequency; smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1, as
    scikit-learn's TfidfVectorizer has it)."""
    import numpy as np
    from scipy.sparse import diags

    frequencies = _term_frequencies(bags)
    documents = np.bincount(frequencies.indices, minlength=frequencies.shape[1])
    idf = np.log((1 + len(bags)) / (1 + documents)) + 1
    return _cosine(frequencies @ diags(idf))


def _term_frequencies(bags: Sequence[Counter[str]]) -> Any:
    """The bags as a sparse article x word matrix of 1 + ln(count) (sparse: a brief of
    thousands of articles has tens of thousands of words)."""
    from scipy.sparse import csr_matrix

    vocabulary = {word: i for i, word in enumerate(sorted({w for bag in bags for w in bag}))}
    rows, columns, values = [], [], []
    for row, bag in enumerate(bags):
        for word, count in bag.items():
            rows.append(row)
            columns.append(vocabulary[word])
            values.append(1 + math.log(count))
    shape = (len(bags), max(len(vocabulary), 1))
    return csr_matrix((values, (rows, columns)), shape=shape)


def _cosine(vectors: Any) -> Matrix:
    """Cosine similarity of every pair of rows of a sparse matrix, as a dense matrix.

    Made `ROWS` rows at a time into the one dense matrix: the sparse product of a whole
    brief of similar articles is nearly full, and with its dense copy and the clipped copy of
    that it held four times the matrix (each row is summed alone, so the values are the same)."""
    import numpy as np

    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1))).ravel()
    unit = vectors.multiply(1 / np.where(norms > 0, norms, 1)[:, None]).tocsr()
    across = unit.T.tocsr()
    found: Matrix = np.empty((unit.shape[0], unit.shape[0]))
    for start in range(0, unit.shape[0], ROWS):
        found[start : start + ROWS] = (unit[start : start + ROWS] @ across).toarray()
    return np.clip(found, 0.0, 1.0, out=found)


def group(
    bags: Sequence[Counter[str]], clear: float = CLEAR_SPLIT, alike: float = ALIKE
) -> Grouping:
    """Each bag's story: the clearest split if it is at least `clear`, else the articles
    joined while their mean word similarity is at least `alike` (other values: measuring)."""
    if not any(bags):  # no article has a content word: nothing sets one apart
        return Grouping([0] * len(bags), None, False, word_similarity(bags))
    if len(bags) < 3:
        words = word_similarity(bags)
        return Grouping(_join_alike(words, alike), None, False, words)
    # the split's matrices are let go before the word similarities are made (memory)
    parts, silhouette = best_split(_distances(tfidf_similarity(bags)))
    words = word_similarity(bags)
    if silhouette >= clear:
        return Grouping(_numbered(parts), silhouette, True, words)
    return Grouping(_join_alike(words, alike), silhouette, False, words)


def best_split(distances: Matrix) -> tuple[list[int], float]:
    """The average-linkage split of the articles into k stories (2 <= k < n, k at most
    MAX_STORIES) with the best silhouette, and that silhouette (the fewest stories on a tie),
    from the articles' distances."""
    from scipy.cluster.hierarchy import fcluster

    tree = _average_linkage(_condensed(distances))
    best: tuple[list[int], float] = ([0] * len(distances), -1.0)
    for k in range(2, min(len(distances), MAX_STORIES + 1)):
        labels = [int(label) for label in fcluster(tree, k, criterion="maxclust")]
        score = silhouette(distances, labels)
        if score > best[1] + 1e-9:
            best = (labels, score)
    return best


def silhouette(distances: Matrix, labels: Sequence[int]) -> float:
    """The mean silhouette of a grouping (Rousseeuw 1987): per article, (b - a) / max(a, b)
    with a its mean distance to its own group and b to the nearest other group; 0 for an
    article alone in its group, as scikit-learn counts it. One group: -1 (no split)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    groups = np.unique(labels, return_inverse=True)[1]
    count = int(groups.max()) + 1
    if count < 2:
        return -1.0
    n = len(groups)
    members = csr_matrix((np.ones(n), (groups, np.arange(n))), shape=(count, n))
    sizes = np.bincount(groups, minlength=count).astype(float)
    totals = np.asarray(members @ distances).T  # article x group: summed distances
    own_size = sizes[groups]
    own = totals[np.arange(n), groups] / np.maximum(own_size - 1, 1)
    means = totals / sizes
    means[np.arange(n), groups] = np.inf
    nearest = means.min(axis=1)
    widest = np.maximum(own, nearest)
    scores = np.where(
        (own_size > 1) & (widest > 0), (nearest - own) / np.where(widest > 0, widest, 1), 0.0
    )
    return float(scores.mean())


def _join_alike(similarity: Matrix, alike: float) -> list[int]:
    """Average linkage from one article per group: the two most alike groups are joined
    while their mean similarity reaches `alike`."""
    if len(similarity) < 3:  # no need for a tree: one pair at most
        return [0] * len(similarity) if similarity.min() >= alike else list(range(len(similarity)))
    from scipy.cluster.hierarchy import fcluster

    tree = _average_linkage(_condensed(similarity, distance=True))
    # merged while the distance is at most 1 - alike
    labels = fcluster(tree, 1.0 - alike + 1e-9, criterion="distance")
    return _numbered([int(label) for label in labels])


def _average_linkage(condensed: Matrix) -> Matrix:
    """The average-linkage (UPGMA) merge tree of the articles, from their condensed
    distances."""
    from scipy.cluster.hierarchy import linkage

    tree: Matrix = linkage(condensed, method="average")
    return tree


def _condensed(square: Matrix, distance: bool = False) -> Matrix:
    """The pairs above the diagonal in row order, as SciPy's `squareform` gives them; with
    `distance`, of the distances of a similarity matrix. Row by row: no second square
    matrix is made (a 3,000-article brief's is 72 MB)."""
    import numpy as np

    n = len(square)
    found: Matrix = np.empty(n * (n - 1) // 2)
    start = 0
    for row in range(n - 1):
        end = start + n - 1 - row
        found[start:end] = 1.0 - square[row, row + 1 :] if distance else square[row, row + 1 :]
        start = end
    return found


def _distances(similarity: Matrix) -> Matrix:
    """Cosine distances, exactly 0 on the diagonal, written over the similarities (the
    square matrix is the largest a brief makes: no second one)."""
    import numpy as np

    distances: Matrix = np.subtract(1.0, similarity, out=similarity)
    np.fill_diagonal(distances, 0.0)
    return distances


def _numbered(labels: Sequence[int]) -> list[int]:
    """Labels renumbered 0, 1, ... by size (largest first), then by first article."""
    sizes = Counter(labels)
    first_seen = {label: labels.index(label) for label in sizes}
    order = sorted(sizes, key=lambda label: (-sizes[label], first_seen[label]))
    number = {label: n for n, label in enumerate(order)}
    return [number[label] for label in labels]


def extract_stories(articles: Sequence[ParsedArticle], sources: Sequence[Source]) -> list[Story]:
    """The brief's stories: its articles grouped, each copy of an article in its original's
    story. One article (or one story) gives one story."""
    if not articles:
        return []
    grouping = group([article_terms(article) for article in articles])
    stories = []
    for members in _by_importance(articles, grouping.labels):
        central = _central(grouping.words, members)
        title = articles[central].source.title or articles[central].source.path
        why = [_explain(articles, grouping, i, title) for i in members]
        ids = {articles[i].source.id for i in members}
        stories.append(
            Story(
                title=title,
                sources=[s.id for s in sources if s.id in ids or s.duplicate_of in ids],
                why=sorted({name for name in why if name}),
            )
        )
    return stories


def _by_importance(articles: Sequence[ParsedArticle], labels: Sequence[int]) -> list[list[int]]:
    """Each story's members, the most important story first: the largest, then among
    stories of one size the one with the newest article (undated articles count as none),
    then the first in the folder."""
    groups = [[i for i, label in enumerate(labels) if label == n] for n in range(max(labels) + 1)]
    newest = [max(articles[i].source.published or dt.date.min for i in g) for g in groups]
    order = sorted(range(len(groups)), key=lambda n: (-len(groups[n]), -newest[n].toordinal()))
    return [groups[n] for n in order]


def _central(similarity: Matrix, members: list[int]) -> int:
    """The member with the highest mean similarity to the others (the first on a tie)."""
    import numpy as np

    among = similarity[np.ix_(members, members)]
    totals = among.sum(axis=1) - among.diagonal()
    return members[int(totals.argmax())]  # argmax: the first on a tie


def _explain(
    articles: Sequence[ParsedArticle], grouping: Grouping, index: int, title: str
) -> str | None:
    """Record why one article is in its story; the rule's name (None for a lone article)."""
    if len(articles) < 2:
        return None
    decided = first(STORY_RULES, grouping, index, title)
    if decided is None:
        return None
    made_by, outcome = decided
    article = articles[index]
    record(made_by, article.source.title, str(outcome), [_opening(article)])
    return made_by.name


def _opening(article: ParsedArticle) -> Evidence:
    """The article's first line (its title, in most files): where a story decision points."""
    text = article.source.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return article.evidence(start, len(text) if end < 0 else end)


def _likeness(grouping: Grouping, index: int) -> str:
    """How alike an article is to its story and to the closest other story, in words (one
    pass over the article's row of similarities, however many stories there are)."""
    import numpy as np

    labels = np.asarray(grouping.labels)
    row = grouping.words[index]
    sizes = np.bincount(labels)
    sums = np.bincount(labels, weights=row)
    own = labels[index]
    others_in_story = int(sizes[own]) - 1
    if others_in_story:
        mean = (sums[own] - row[index]) / others_in_story
        said = f"mean word similarity {mean:.2f} to its story's {others_in_story} other article(s)"
    else:
        said = "alone"
    if len(sizes) > 1:
        means = sums / np.maximum(sizes, 1)
        closest = max(float(means[label]) for label in range(len(sizes)) if label != own)
        said += f", {closest:.2f} to the closest other story"
    return said


# The rules' examples: two stories of two articles each (written for the examples).
_QATAR_ORDER = (
    "Airbus wins Qatar order\n\nQatar Airways ordered eighty Airbus A350 jets worth "
    "$15bn, Airbus said on Tuesday."
)
_QATAR_BUYS = (
    "Qatar Airways buys Airbus jets\n\nQatar Airways signed an order for Airbus A350 "
    "jets on Tuesday, Airbus said."
)
_SHANGHAI_STORE = (
    "Apple opens store in Shanghai\n\nApple opened its first shop in Shanghai, selling "
    "iPhones and computers to crowds of customers."
)
_SHANGHAI_CROWDS = (
    "Crowds at Apple's Shanghai store\n\nCustomers crowded Apple's new Shanghai store "
    "to buy iPhones and computers."
)


@rule(
    "story",
    example=ARTICLE_BREAK.join(
        [
            _QATAR_ORDER,
            _QATAR_BUYS,
            _SHANGHAI_STORE,
            _SHANGHAI_CROWDS,
        ]
    ),
)
def clear_split(grouping: Grouping, index: int, title: str) -> str | None:
    """The brief splits clearly into stories: the best average-linkage split of its TF-IDF
    space has a silhouette of at least CLEAR_SPLIT, and each article keeps its part."""
    if not grouping.split or grouping.silhouette is None:
        return None
    stories = max(grouping.labels) + 1
    return (
        f"in story {title!r}, one of {stories}: split silhouette "
        f"{grouping.silhouette:.2f} >= {CLEAR_SPLIT}; {_likeness(grouping, index)}"
    )


@rule(
    "story",
    example=ARTICLE_BREAK.join(
        [
            _QATAR_ORDER,
            _QATAR_BUYS,
        ]
    ),
)
def alike_articles(grouping: Grouping, index: int, title: str) -> str | None:
    """With no clear split, an article joins the articles it is alike: groups are joined
    while their mean word similarity reaches ALIKE (average linkage)."""
    if grouping.labels.count(grouping.labels[index]) < 2:
        return None
    return f"joins story {title!r}: {_likeness(grouping, index)}"


@rule(
    "story",
    example=ARTICLE_BREAK.join(
        [
            _QATAR_ORDER,
            _SHANGHAI_STORE,
        ]
    ),
)
def own_story(grouping: Grouping, index: int, title: str) -> str | None:
    """With no clear split, an article alike no other story's articles is a story of its own."""
    return f"a story of its own: {_likeness(grouping, index)}, below {ALIKE}"


STORY_RULES = [clear_split, alike_articles, own_story]
