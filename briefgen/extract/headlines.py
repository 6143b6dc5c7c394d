"""Names in headlines: title case runs a headline's words into the name next to them
("Lindsay Lohan Checks Into Rehab" tagged as one name), where the body writes the name alone
("Lindsay Lohan checked into California's Betty Ford Center")."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from spacy.attrs import POS
from spacy.symbols import IDS as POS_IDS
from spacy.tokens import Doc, Span

from briefgen.extract import ParsedArticle
from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention, MentionKind
from briefgen.extract.labels import FUNCTION_POS, VERBALS
from briefgen.extract.lexicon import folded
from briefgen.extract.names import fold
from briefgen.extract.rules import ARTICLE_BREAK, record, rule
from briefgen.extract.views import lower_case_words, text_of, views
from briefgen.model import Evidence

_ARTICLES = frozenset({"the", "a", "an"})  # a verb with one after it opens a clause
_MIN_HEADLINE_WORDS = 2  # capitalised words: one is a label or a dateline, not a headline


@rule(
    "span",
    example="Lindsay Lohan Checks Into Rehab, Checks Out Two Minutes Later\n"
    "The judge should know to never ever trust a gnome with a law degree."
    + ARTICLE_BREAK
    + "Lindsay Lohan checked into California's Betty Ford Center rehab facility late "
    "Thursday, dodging arrest after whirlwind confusion surrounding the actress' whereabouts.",
)
def headline_name_cut(
    mentions: Sequence[Mention], articles: Sequence[ParsedArticle]
) -> list[Mention]:
    """A name in a headline set in title case that the brief never writes outside one, and
    that begins or ends with a name the brief does write outside headlines, next to a word
    the brief's parse reads as a verb, is that name: the rest is the headline's words
    ("Lindsay Lohan Checks" is Lindsay Lohan; "Obama Administration" and "US Appeals
    Court", a body's name, stay whole), typed as the body types that name most often
    ("Advise White House", tagged a person, is the White House, an organisation)."""
    ends = {article.source.id: headline_end(article.doc) for article in articles}
    texts = {article.source.id: article.source.text for article in articles}
    body_kinds: dict[str, Counter[MentionKind]] = defaultdict(Counter)
    for m in mentions:
        if m.evidence.start >= ends[m.evidence.source]:
            body_kinds[fold(m.name)][m.kind] += 1
    in_body = set(body_kinds)
    verbs, common = _verbs(articles), lower_case_words(a.doc for a in articles)
    kept = []
    for mention in mentions:
        evidence = mention.evidence
        if evidence.start < ends[evidence.source] and fold(mention.name) not in in_body:
            cut = _cut(mention, in_body, verbs, texts[evidence.source])
            if cut is not None:
                record(headline_name_cut, mention.name, f"cut to {cut.name}", [evidence])
                kind = body_kinds[fold(cut.name)].most_common(1)[0][0]
                mention = replace(cut, kind=kind, why=(*mention.why, headline_name_cut.name))
            elif headline_fragment(mention.name, verbs):
                record(headline_fragment, mention.name, "dropped", [evidence])
                continue
            elif headline_common_words(mention.name, common):
                record(headline_common_words, mention.name, "dropped", [evidence])
                continue
        kept.append(mention)
    return kept


@rule(
    "type",
    example="Gunman Kills L. A. Deputy on Gang Duty\n"
    "A gunman shot and killed a Los Angeles County sheriff's deputy on Sunday.",
)
def headline_fragment(name: str, verbs: frozenset[str]) -> bool:
    """A name in a title-case headline that the brief never writes outside one, with a
    word after its first that the brief's parse uses as a verb and no body noun, is the
    headline's words, no actor ("Gunman Kills L. A. Deputy", "Release Date May Be"); so is
    one whose verb takes an article after it, a body noun or not ("Federal Health Officials
    Want The White House")."""
    words = name.split(" ")
    verbs_at = [i for i, word in enumerate(words[1:], start=1) if _is_verb(word, verbs)]
    clause = any(words[i + 1 : i + 2] and words[i + 1].lower() in _ARTICLES for i in verbs_at)
    return bool(verbs_at) and (clause or not _body(words))


def in_headline(sentence: Span, title: str) -> bool:
    """Whether a sentence is the article's title or part of the paragraph that opens the
    text restating it, up to spacing and closing punctuation (PolNeAR's "Outside GOP group
    goes in big for Shuster." under the title "Outside GOP group goes in big for Shuster";
    a headline the parser splits at its colon)."""
    said = text_of(sentence).strip()
    if said == title:
        return True
    opening = text_of(sentence.doc).split("\n\n", 1)[0]
    return sentence.start_char < len(opening) and _restated(opening) == _restated(title)


def _restated(text: str) -> str:
    return " ".join(text.split()).rstrip(".!?:; ")


def headline_end(doc: Doc) -> int:
    """The end offset of the article's first line when it is a headline (its words
    capitalised but function words, capitals included); 0 when it is not one."""
    first_break = next((t.i for t in doc if "\n" in t.text_with_ws), None)
    if first_break is None:
        return 0
    line = doc[: first_break + 1]
    words = [t for t in line if t.is_alpha]
    capitalised = [t for t in words if t.text[:1].isupper()]
    titled = all(t.text[:1].isupper() or t.pos_ in FUNCTION_POS for t in words)
    return line.end_char if titled and len(capitalised) >= _MIN_HEADLINE_WORDS else 0


@rule(
    "type",
    example="American Employers Added 235,000 Jobs in August, Far Below Expectations\n\n"
    "America\u2019s private employers added just 235,000 jobs in August, significantly "
    "undershooting market expectations.\n\nThe Labor Department\u2019s jobs report, released "
    "Sept. 3, shows that non-farm payroll employment rose by 235,000 in August, down from "
    "943,000 jobs added in July and far below the FactSet-provided consensus forecasts of "
    "750,000.",
)
def headline_common_words(name: str, common: frozenset[str]) -> bool:
    """A name in a title-case headline that the brief never writes outside one, whose
    words the brief writes in lower case as common words (a place's or people's name
    aside), is the headline's words capitalised, no actor ("Far Below Expectations",
    "American Employers")."""
    places = gazetteer()
    words = [w for w in name.split(" ") if w not in places.demonyms and not places.country(w)]
    return len(name.split(" ")) > 1 and bool(words) and all(w.lower() in common for w in words)


def _verbs(articles: Sequence[ParsedArticle]) -> frozenset[str]:
    """The lower-case forms and lemmas of every word the brief's parse tags a verb."""
    verbal = {POS_IDS[label] for label in VERBALS}
    found = set()
    for article in articles:  # the token table and views: no Token object per word
        doc = article.doc
        seen = views(doc)
        tags = doc.to_array(POS).tolist() if len(doc) else []
        for i, tag in enumerate(tags):
            if tag in verbal:
                found |= {seen.lower[i], seen.lemma[i]}
    return frozenset(found)


def _is_verb(word: str, verbs: frozenset[str]) -> bool:
    """A word the brief uses as a verb, as written or with a third person's -s or -es
    ("Checks" beside "checked", "Patches" beside "patched")."""
    lower = word.lower()
    stems = {lower, lower.removesuffix("s"), lower.removesuffix("es")}
    return bool(stems & verbs)


def _body(words: Sequence[str]) -> bool:
    """Words that name a body ("Appeals Court", "Justice Department": `government_nouns`,
    `org_designators`): the name runs on, and the verb-like word is part of it."""
    nouns = folded("government_nouns") | folded("org_designators")
    return any(word.lower() in nouns for word in words)


def _cut(mention: Mention, names: set[str], verbs: frozenset[str], text: str) -> Mention | None:
    """The mention cut to its longest first or last words that are a name of `names`, with a
    verb right after (or before) them."""
    words = mention.name.split(" ")
    for size in range(len(words) - 1, 0, -1):
        for part, rest, next_word in (
            (words[:size], words[size:], words[size]),
            (words[-size:], words[:-size], words[-size - 1]),
        ):
            name = " ".join(part)
            if fold(name) not in names or not _is_verb(next_word, verbs) or _body(rest):
                continue
            evidence = mention.evidence
            start = text.find(name, evidence.start, evidence.end)
            if start < 0:
                return None
            found = Evidence(source=evidence.source, start=start, end=start + len(name))
            return replace(mention, name=name, evidence=found)
    return None
