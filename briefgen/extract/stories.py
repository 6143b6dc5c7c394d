"""Stories: the articles of a brief grouped by the event or situation they report.

Each article is a bag of content words: the lemmas of its nouns, proper nouns and verbs, stop
words left out, title words counted `TITLE_WEIGHT` times. Bags are weighted by sublinear term
frequency (1 + log n), compared by cosine, and grouped by average-linkage agglomerative
clustering (scikit-learn) cut at `STORY_DISTANCE`: two groups are one story while the mean
similarity between their articles is at least 1 - `STORY_DISTANCE`.

No inverse document frequency: measured on the development part (benchmarks/synthesis.py), IDF
taken over the brief down-weights exactly the words the articles of a one-story brief share
("oil", "spill", "BP"), so a 30-article story fell apart into a dozen; entity weighting
(actor names as extra terms) lowered the adjusted Rand index of mixed folders too.

Stories are ordered by size, then by their first source; a story's title is the title of its
most central article (the highest mean similarity to the story's other articles, the first
on a tie). scikit-learn is imported only when a brief has two articles or more.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.extract import ParsedArticle
from briefgen.extract.labels import TOPIC_WORD_POS
from briefgen.extract.rules import ARTICLE_BREAK, first, record, rule
from briefgen.model import Source, Story

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float64]

# A word of the title says what the article is about more than one of the body: measured on
# the development part, 3 gave the best adjusted Rand index of 1, 2, 3.
TITLE_WEIGHT = 3
# Average-linkage cut (cosine distance): chosen on the development part as the largest
# adjusted Rand index on mixed AllSides folders that keeps the single-story folders (T17
# develop clusters, MEANTIME) whole; `benchmarks/synthesis.py --sweep` prints the curve.
STORY_DISTANCE = 0.88
_SHORTEST_WORD = 2  # characters: a lone letter is a parse artefact, not a topic


def article_terms(article: ParsedArticle) -> Counter[str]:
    """The article's content-word lemmas, lower-cased, each word of the title counted
    `TITLE_WEIGHT` times when the body opens with the title (as most files do)."""
    doc = article.doc
    title = article.source.title.removesuffix("...").strip()
    title_end = len(title) if title and doc.text.lstrip().startswith(title) else 0
    title_end += len(doc.text) - len(doc.text.lstrip())
    terms: Counter[str] = Counter()
    for token in doc:
        if (
            token.is_alpha
            and not token.is_stop
            and token.pos_ in TOPIC_WORD_POS
            and len(token.text) >= _SHORTEST_WORD
        ):
            terms[token.lemma_.lower()] += TITLE_WEIGHT if token.idx < title_end else 1
    return terms


def similarities(bags: Sequence[Counter[str]]) -> Matrix:
    """Cosine similarity of every pair of bags, weighted by sublinear term frequency."""
    import numpy as np

    vocabulary = {word: i for i, word in enumerate(sorted({w for bag in bags for w in bag}))}
    vectors = np.zeros((len(bags), max(len(vocabulary), 1)))
    for row, bag in enumerate(bags):
        for word, count in bag.items():
            vectors[row, vocabulary[word]] = 1 + math.log(count)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors /= np.where(norms > 0, norms, 1)
    found: Matrix = vectors @ vectors.T
    return found


def cluster(similarity: Matrix, distance: float = STORY_DISTANCE) -> list[int]:
    """Each article's story number: average-linkage clusters cut at `distance`, numbered by
    size (largest first), then by their first article."""
    if len(similarity) < 2:
        return [0] * len(similarity)
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering

    distances = np.clip(1 - similarity, 0, None)
    np.fill_diagonal(distances, 0)
    model = AgglomerativeClustering(
        n_clusters=None, distance_threshold=distance, metric="precomputed", linkage="average"
    )
    raw = [int(label) for label in model.fit_predict(distances)]
    sizes = Counter(raw)
    order = sorted(sizes, key=lambda label: (-sizes[label], raw.index(label)))
    number = {label: n for n, label in enumerate(order)}
    return [number[label] for label in raw]


def extract_stories(articles: Sequence[ParsedArticle], sources: Sequence[Source]) -> list[Story]:
    """The brief's stories: its articles grouped, each copy of an article in its original's
    story. One article (or one story) gives one story."""
    if not articles:
        return []
    similarity = similarities([article_terms(article) for article in articles])
    labels = cluster(similarity)
    stories = []
    for number in range(max(labels) + 1):
        members = [i for i, label in enumerate(labels) if label == number]
        central = _central(similarity, members)
        why = [_explain(articles, similarity, labels, i, central) for i in members]
        ids = {articles[i].source.id for i in members}
        stories.append(
            Story(
                title=articles[central].source.title or articles[central].source.path,
                sources=[s.id for s in sources if s.id in ids or s.duplicate_of in ids],
                why=sorted({name for name in why if name}),
            )
        )
    return stories


def _central(similarity: Matrix, members: list[int]) -> int:
    """The member with the highest mean similarity to the others (the first on a tie)."""
    if len(members) == 1:
        return members[0]
    return max(members, key=lambda i: (sum(similarity[i, j] for j in members if j != i), -i))


def _explain(
    articles: Sequence[ParsedArticle],
    similarity: Matrix,
    labels: list[int],
    index: int,
    central: int,
) -> str | None:
    """Record why one article is in its story; the rule's name (None for a lone article)."""
    if len(articles) < 2:
        return None
    decided = first(STORY_RULES, articles, similarity, labels, index, central)
    if decided is None:
        return None
    made_by, outcome = decided
    record(made_by, articles[index].source.title, outcome)
    return made_by.name


def _closest(
    articles: Sequence[ParsedArticle], similarity: Matrix, index: int, keep: list[int]
) -> str:
    """"s3 (0.41)": the most similar of the articles `keep`, with the similarity."""
    best = max(keep, key=lambda j: (similarity[index, j], -j))
    return f"{articles[best].source.id} ({similarity[index, best]:.2f})"


@rule(
    "story",
    example=ARTICLE_BREAK.join(
        [
            "Airbus wins Qatar order\n\nQatar Airways ordered eighty Airbus A350 jets worth "
            "$15bn, Airbus said on Tuesday. The Airbus order from Qatar Airways is the largest.",
            "Qatar Airways buys Airbus jets\n\nQatar Airways signed an order for Airbus A350 "
            "jets on Tuesday, Airbus said, in a deal worth $15bn.",
        ]
    ),
)
def joins_story(
    articles: Sequence[ParsedArticle],
    similarity: Matrix,
    labels: list[int],
    index: int,
    central: int,
) -> str | None:
    """An article joins the story whose articles it is most like: its mean similarity to
    them reaches 1 - STORY_DISTANCE (average linkage)."""
    story = [j for j, label in enumerate(labels) if label == labels[index] and j != index]
    if not story:
        return None
    mean = sum(similarity[index, j] for j in story) / len(story)
    title = articles[central].source.title
    return (
        f"joins story {labels[index] + 1} {title!r}: mean similarity {mean:.2f} to its "
        f"{len(story)} other article(s), closest {_closest(articles, similarity, index, story)}"
        f"; threshold {1 - STORY_DISTANCE:.2f}"
    )


@rule(
    "story",
    example=ARTICLE_BREAK.join(
        [
            "Airbus wins Qatar order\n\nQatar Airways ordered eighty Airbus A350 jets worth "
            "$15bn, Airbus said on Tuesday.",
            "Apple opens store in Shanghai\n\nApple opened its first shop in Shanghai, selling "
            "iPhones and computers to crowds of customers.",
        ]
    ),
)
def own_story(
    articles: Sequence[ParsedArticle],
    similarity: Matrix,
    labels: list[int],
    index: int,
    central: int,
) -> str | None:
    """An article like no other story's articles enough to join them is a story of its own."""
    others = [j for j in range(len(articles)) if j != index]
    return (
        f"story {labels[index] + 1} of its own: closest "
        f"{_closest(articles, similarity, index, others)}, below {1 - STORY_DISTANCE:.2f}"
    )


STORY_RULES = [joins_story, own_story]
