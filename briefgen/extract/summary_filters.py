"""Bottom line: the sentences that cannot stand as bullets (`SENTENCE_FILTERS`, stage
"summary"), whatever they score: the headline, fragments, run-ons, bare or cut quotations,
and sentences that lean on the one before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from briefgen.extract.headlines import in_headline
from briefgen.extract.labels import AUXILIARIES, BASE_FORM_TAGS, CONJUNCTION_TAGS, SUBJECTS
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.rules import rule
from briefgen.extract.views import text_of

_MIN_WORDS = 8  # a shorter sentence is a title, a dateline or a fragment
_MAX_WORDS = 60  # a longer one is a run-on that reads badly as a bullet
_TIME_ENTITIES = frozenset({"DATE", "TIME"})  # a time a demonstrative points to is now, not above
_QUOTE_MARKS = "“\"'‘"
_FIRST_QUOTE_MARK = re.compile(r'[“”"]')
_SENTENCE_END = re.compile(r"[.!?…][\s\"'”’)\]]*$")  # closing marks may stand apart: ". ''"


@rule("summary", example="Example\n\nThe clashes left dozens dead on both sides.")
def bullet_headline(sentence: Span, title: str) -> bool:
    """The headline, or any part of it, is no bullet: the brief has its own title."""
    return in_headline(sentence, title)


@rule("summary", example="The talks failed. The clashes left dozens dead on both sides.")
def bullet_fragment(sentence: Span, title: str) -> bool:
    """A sentence under eight words is a title, a dateline or a fragment."""
    return len(text_of(sentence).split()) < _MIN_WORDS


@rule(
    "summary",
    example="Pakistan’s Information Minister Attaullah Tarar confirmed the breakdown in a "
    "statement on X, saying that Afghanistan’s Taliban government had failed to provide "
    "credible guarantees against cross-border militant attacks, while Islamabad says the "
    "violence stems from militant groups operating inside Afghanistan, particularly the "
    "Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of sheltering, and the clashes "
    "left dozens dead on both sides and forced the closure of several key border crossings.",
)
def bullet_run_on(sentence: Span, title: str) -> bool:
    """A sentence over sixty words is a run-on that reads badly as a bullet."""
    return len(text_of(sentence).split()) > _MAX_WORDS


@rule(
    "summary",
    example="“We will continue to take all possible measures necessary to protect our people "
    "from the menace of terrorism,” he said.",
)
def bullet_opening_quote(sentence: Span, title: str) -> bool:
    """A sentence that opens with a quotation mark is a bare quote, not a summary."""
    return text_of(sentence).strip()[:1] in _QUOTE_MARKS


@rule(
    "summary",
    example="At a time when our economy is hurting, this decision to outsource our tankers is a "
    "blow to the American aerospace industry, American workers and America's military.\"",
)
def bullet_quote_fragment(sentence: Span, title: str) -> bool:
    """A sentence whose first quotation mark closes a quotation (a ” or a " after a word) is
    the end of a quotation the sentence splitter cut from its opening."""
    text = text_of(sentence).strip()
    found = _FIRST_QUOTE_MARK.search(text)
    if found is None:
        return False
    mark, at = found.group(), found.start()
    return mark == "”" or (mark == '"' and at > 0 and not text[at - 1].isspace())


# AllSides develop (allsides_5647, the Washington Examiner): a quotation of three sentences.
_LONG_QUOTE = (
    "Example\n\nPresident Joe Biden condemned activists who confronted Arizona Sen. Kyrsten "
    'Sinema in a bathroom over the weekend.\n\n"I don\u2019t think they\u2019re appropriate '
    "tactics, but it happens to everybody. The only people it doesn\u2019t happen to are people "
    'who have Secret Service standing around them. So it\u2019s part of the process," Biden '
    "said, responding to a question from Fox News correspondent Peter Doocy."
)


@rule("summary", example=_LONG_QUOTE)
def bullet_inside_quotation(sentence: Span, title: str) -> bool:
    """A sentence that starts inside a quotation a sentence before it opened ("... it happens
    to everybody. The only people it doesn't happen to are people who have Secret Service
    standing around them. So it's part of the process," Biden said) is someone's words cut
    from their speaker: as a bullet they would read as the brief's own."""
    opening = _first_word(sentence)
    return opening is not None and is_quoted(opening) and opening.text not in _QUOTE_MARKS


@rule(
    "summary",
    example="Northrop Grumman and EADS will assemble the tankers in Mobile, Alabama. This "
    "imperils the plan to build the new aircraft for the Air Force in Alabama.",
)
def bullet_pronoun_subject(sentence: Span, title: str) -> bool:
    """A sentence whose subject is its first word and a pronoun ("This imperils the plan",
    "He said the talks failed") reads as nothing without the sentence before it."""
    opening = _first_word(sentence)
    return opening is not None and opening.pos_ == "PRON" and opening.dep_ in SUBJECTS


@rule(
    "summary",
    example="Those areas currently include much of the South and West.",
)
def bullet_demonstrative_subject(sentence: Span, title: str) -> bool:
    """A sentence whose first word is a demonstrative determiner of its subject ("Those areas
    currently include much of the South and West", "This move comes after ...") points back
    to something the sentence before it named, and reads as nothing on its own; a time ("This
    month has seen ...") is the writer's now."""
    opening = _first_word(sentence)
    return (
        opening is not None
        and "Dem" in opening.morph.get("PronType", [])
        and opening.dep_ == "det"
        and opening.head.dep_ in SUBJECTS
        and opening.head.ent_type_ not in _TIME_ENTITIES  # "This month has seen ..."
    )


@rule(
    "summary",
    example="Example\n\nBrowse this A-Z list to find contributors that are listed within "
    "BBC Archive Collections. For information on recent BBC broadcasts, please visit our "
    "Programme Pages.",
)
def bullet_addresses_reader(sentence: Span, title: str) -> bool:
    """An imperative sentence (its main verb in the base form, with no subject and no
    auxiliary) speaks to the reader, not of the news: a page's "please visit our pages",
    "Read the rest of the story here", an opinion writer's "Pay no attention to ...", a
    reader's comment."""
    root = sentence.root
    return root.tag_ in BASE_FORM_TAGS and not any(
        child.dep_ in SUBJECTS or child.dep_ in AUXILIARIES for child in root.children
    )


@rule(
    "summary",
    example="Example\n\nAre schools contributing to a spike in COVID-19 cases among kids and "
    "teenagers this autumn?",
)
def bullet_question(sentence: Span, title: str) -> bool:
    """A sentence that asks a question ends on "?" outside any quote: a teaser or a writer's
    question, which states no fact ("Are schools contributing to a spike in COVID-19 cases
    among kids?"); a reported question ends on a quote mark or a cue."""
    last = _first_word(reversed(sentence))
    return last is not None and last.text == "?"


@rule(
    "summary",
    example="A controlled burn of the slick to remove oil from open water has also begun, AP "
    "news agency said.\n\nAnd a special containment box to funnel oil to the surface from the "
    "leaking well is being sent to the site.",
)
def bullet_opening_conjunction(sentence: Span, title: str) -> bool:
    """A sentence that opens on a coordinating conjunction ("But because hospitalization rates
    reflect ...", "And a special containment box ...") continues the one before it and reads
    as half a thought on its own."""
    opening = _first_word(sentence)
    return opening is not None and opening.tag_ in CONJUNCTION_TAGS


@rule(
    "summary",
    example="Example\n\nLagging Data May Push Back Biden\u2019s Booster Shot Timeline: Report\n\n"
    "Two federal health officials warned the Biden administration on Thursday that the "
    "COVID-19 booster plan the White House outlined earlier this summer might not be possible "
    "because of insufficient data, The New York Times reported Friday morning.",
)
def bullet_unfinished(sentence: Span, title: str) -> bool:
    """A sentence that does not end as a sentence ends (".", "!", "?", a closing quote or
    bracket after one) is a heading, a teaser or a line that announces what follows ("Lagging
    Data May Push Back Biden's Booster Shot Timeline:", "From The New York Times:"), not a
    fact."""
    return _SENTENCE_END.search(text_of(sentence).rstrip()) is None


@rule(
    "summary",
    example="Example\n\nAs I explained last night, Simone Biles had an entirely defensible reason "
    "to pull out of the gymnastics competition.",
)
def bullet_writer_voice(sentence: Span, title: str) -> bool:
    """A sentence in which the writer speaks of themselves (a first-person pronoun outside any
    quotation: "As I explained last night", "our children", "read more on our Topic page") is
    an opinion writer's or a page's own voice, not a report of the news."""
    text = text_of(sentence)
    start = sentence.start_char
    return any(
        t.pos_ == "PRON"
        and "1" in t.morph.get("Person", [])
        and t.head.pos_ != "PROPN"  # a name's own word: "Our Principles PAC"
        and not _inside_quote(text[: t.idx - start])
        for t in sentence
    )


def _inside_quote(before: str) -> bool:
    """Whether text ending here is inside quotation marks (curly, or an odd count of straight
    ones, or of the doubled single marks some papers print: ''California, we ...)."""
    doubled = before.count("''")
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or doubled % 2 == 1


def _first_word(tokens: Iterable[Token]) -> Token | None:
    return next((t for t in tokens if not t.is_space), None)


# Sentences that cannot stand as bullets (the first that decides drops the sentence).
SENTENCE_FILTERS = [
    bullet_headline,
    bullet_fragment,
    bullet_run_on,
    bullet_opening_quote,
    bullet_quote_fragment,
    bullet_inside_quotation,
    bullet_pronoun_subject,
    bullet_demonstrative_subject,
    bullet_addresses_reader,
    bullet_question,
    bullet_opening_conjunction,
    bullet_unfinished,
    bullet_writer_voice,
]
