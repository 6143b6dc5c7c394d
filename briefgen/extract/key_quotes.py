"""Key quotes: the direct and partial quotes a brief leads with, chosen across the whole brief.

Quotes are taken greedily by worth: the speaker's salience (how central the actor is to the
brief, relative to the most central) plus how widely the quote was reported, a little more for
a quote given whole than for a phrase quoted inside a sentence, less a turn
penalty for each key quote already taken from the same source, story or speaker, so a brief
over many articles does not quote its first file or its loudest voice only. A quote is passed
over when it is under four words, when it is woven into the reporter's sentence, when it is cut
short, when the text names no one who said it, when it says what a key quote says (most of
its content words are in it), or when its speaker has given two key quotes already. Every choice is
recorded under stage `key_quote`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen.extract.rules import ARTICLE_BREAK, first, record, rule
from briefgen.model import Actor, Quote, Story

KEY_QUOTES = 12  # how many the brief ranks; templates show fewer
MAX_PER_SPEAKER = 2  # key quotes one speaker may give
_UNNAMED = 0.1  # the salience of a source named only as written ("a Disney spokesman")
_SAID_ALREADY = 0.6  # share of a quote's content words in a key quote that makes it a repeat
_SPREAD = 0.3  # worth of each doubling of the sources that report a quote
_TURN = 0.35  # worth lost for each key quote already taken from the same source or story
_WHOLE = 0.2  # worth of a quote given whole (direct) over a phrase quoted inside a sentence
_MIN_WORDS = 4  # a shorter quote is a word or a phrase that needs its sentence around it
_WORD = re.compile(r"[^\W\d_]{4,}")

# The seed (The Defense News, 29 October 2025): Tarar gives five quotes, two are key.
_SEED_TARAR = (
    "Pakistan's Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress. \u201cRegrettably, the Afghan side gave no "
    "assurances, kept deviating from the core issue and resorted to blame game, deflection "
    "and ruses,\u201d Tarar wrote on X. "
    "He added that Pakistan had engaged in the dialogue \u201cin the spirit of peace\u201d but "
    "accused Kabul of \u201cunabated support to anti-Pakistan terrorists.\u201d\n\n"
    "In his statement, Tarar emphasized that Pakistan had shown restraint. \u201cWe will continue "
    "to take all possible measures necessary to protect our people from the menace of "
    "terrorism,\u201d he said. \u201cWe will decimate the terrorists, their sanctuaries, their "
    "abettors, and supporters.\u201d"
)
# The same words quoted twice, at different lengths, by two reports of one statement.
_REPEATED = (
    _SEED_TARAR
    + ARTICLE_BREAK
    + "Pakistan vowed to \u201cdecimate the terrorists, their sanctuaries, their abettors\u201d, "
    "Information Minister Attaullah Tarar said on Wednesday. \u201cThe Afghan side gave no "
    "assurances and kept deviating from the core issue,\u201d he said."
)


# T17 BP oil spill, BBC (2010): a one-word partial quote.
_HEARTBROKEN = (
    'BP chief executive Tony Hayward apologised on Thursday. He said BP was "heartbroken" by '
    "the loss of life, damage to the environment and impact on people's livelihoods caused by "
    "the spill."
)


# AllSides, Fox Business (2021): a phrase quoted inside the reporter's sentence.
_WOVEN = (
    'The lawmakers said McConnell should support a suspension of the limit to "avert a '
    'manufactured crisis," noting he had warned as recently as last week that the U.S....'
)
# AllSides, The Daily Caller (2021): the page's copy ends inside a quote.
_CUT = (
    "Democratic New Jersey Sen. Cory Booker and Democratic California Rep. Karen Bass "
    "introduced the legislation earlier this year.\n\n\u201cThe murder of George Floyd is..."
)
_ELLIPSIS = ("...", "\u2026")
# AllSides, The Daily Caller (2021): a name set in quotation marks.
_NAME_QUOTED = (
    "The Taliban announced the members of its interim government Tuesday for the "
    "newly-formed \u201cIslamic Emirate of Afghanistan\u201d one week after the U.S. completed "
    "its military withdrawal from the country."
)
_WORDS = re.compile(r"[^\W\d_][\w'\u2019.-]*")


@dataclass(frozen=True)
class _Candidate:
    index: int  # in the brief's quotes
    quote: Quote
    worth: float  # salience and spread, before turn penalties
    words: frozenset[str]


def rank_key_quotes(
    quotes: Sequence[Quote], actors: Sequence[Actor], stories: Sequence[Story]
) -> list[int]:
    """Indices into `quotes` of the key quotes, best first (at most `KEY_QUOTES`)."""
    story_of = {source: n for n, story in enumerate(stories) for source in story.sources}
    candidates = _candidates(quotes, actors)
    chosen: list[_Candidate] = []
    taken: Counter[tuple[str, object]] = Counter()  # key quotes so far per source, story, speaker

    def turns(candidate: _Candidate) -> list[tuple[str, object]]:
        source = candidate.quote.evidence.source
        return [
            ("source", source),
            ("story", story_of.get(source)),
            ("speaker", candidate.quote.speaker),
        ]

    def worth_now(candidate: _Candidate) -> float:
        return candidate.worth - _TURN * sum(taken[turn] for turn in turns(candidate))

    while candidates and len(chosen) < KEY_QUOTES:
        best = max(candidates, key=lambda c: (worth_now(c), -c.index))
        candidates.remove(best)
        subject, evidence = best.quote.text[:60], [best.quote.evidence]
        passed = first(PASS_RULES, best, chosen)
        if passed:
            record(passed[0], subject, str(passed[1]), evidence)
            continue
        record(key_quote, subject, f"worth {worth_now(best):.2f}", evidence)
        chosen.append(best)
        taken.update(turns(best))
    return [c.index for c in chosen]


def _candidates(quotes: Sequence[Quote], actors: Sequence[Actor]) -> list[_Candidate]:
    """The direct and partial quotes, each with its worth before turns."""
    salience = {actor.name: actor.salience for actor in actors}
    top = max(salience.values(), default=0.0) or 1.0
    found = []
    for index, quote in enumerate(quotes):
        if quote.kind == "indirect":
            continue
        speaker = salience.get(quote.speaker, 0.0) / top if quote.speaker else _UNNAMED
        spread = _SPREAD * math.log2(1 + len(quote.also))
        words = frozenset(w.lower() for w in _WORD.findall(quote.text))
        whole = _WHOLE if quote.kind == "direct" else 0.0
        found.append(_Candidate(index, quote, speaker + spread + whole, words))
    return found


@rule("key_quote", example=_SEED_TARAR)
def key_quote(candidate: _Candidate) -> bool:
    """A quote is key when it is worth most of those left: its speaker's salience and the
    sources reporting it, less a turn for each key quote already from its source, story or
    speaker."""
    return True


@rule("key_quote", example=_HEARTBROKEN)
def too_short_alone(candidate: _Candidate, chosen: Sequence[_Candidate]) -> str | None:
    """A quote of fewer than four words ("heartbroken") says little without the sentence it
    sits in, so it is not one the brief leads with."""
    words = len(candidate.quote.text.split())
    return f"{words} word(s) only" if words < _MIN_WORDS else None


@rule("key_quote", example=_WOVEN)
def woven_into_sentence(candidate: _Candidate, chosen: Sequence[_Candidate]) -> str | None:
    """A partial quote that opens in lower case ("avert a manufactured crisis") continues the
    reporter's sentence: shown alone it may say little, or other than it said there."""
    quote = candidate.quote
    opening = quote.text.lstrip("\"'\u2018\u201c")[:1]
    return "woven into its sentence" if quote.kind == "partial" and opening.islower() else None


@rule("key_quote", example=_CUT)
def cut_short(candidate: _Candidate, chosen: Sequence[_Candidate]) -> str | None:
    """A quote that ends in an ellipsis ("... like a bridge over troubled\u2026") was cut, by
    the speaker, the reporter or the page, so it does not say whole what its speaker said."""
    return "cut short" if candidate.quote.text.rstrip().endswith(_ELLIPSIS) else None


@rule("key_quote", example=_SEED_TARAR)
def speaker_quota(candidate: _Candidate, chosen: Sequence[_Candidate]) -> str | None:
    """One speaker gives at most two key quotes, so the brief hears several voices."""
    speaker = candidate.quote.speaker
    given = sum(1 for c in chosen if speaker is not None and c.quote.speaker == speaker)
    return f"{speaker} has {given} key quotes already" if given >= MAX_PER_SPEAKER else None


@rule("key_quote", example=_NAME_QUOTED)
def quoted_name(candidate: _Candidate, chosen: Sequence[_Candidate]) -> str | None:
    """A quote whose content words are all capitalised ("Islamic Emirate of Afghanistan",
    "Operation Warp Speed") is a name or a title in quotation marks, not something its speaker
    said."""
    content = [w for w in _WORDS.findall(candidate.quote.text) if w.lower() not in STOP_WORDS]
    named = len(content) >= 2 and all(w[0].isupper() for w in content)
    return "a name in quotation marks" if named else None


# T17 BP oil spill, Reuters (2010): a quote set in a paragraph of its own, naming no one.
_UNSAID = (
    '"The well had been cased off. We were actually in process of running the final plug," '
    'Rainey said.\n\n"At this point, we don\'t understand what happened." The rig explosion '
    "did not have an effect on crude oil prices because the well was not in production mode."
)


@rule("key_quote", example=_UNSAID)
def said_by_no_one(candidate: _Candidate, chosen: Sequence[_Candidate]) -> str | None:
    """A quote whose text names no one who said it ("At this point, we don't understand
    what happened.") cannot be weighed by its reader: a brief does not lead with it."""
    quote = candidate.quote
    return None if quote.speaker or quote.source_text else "no one is named as saying it"


@rule("key_quote", example=_REPEATED)
def said_already(candidate: _Candidate, chosen: Sequence[_Candidate]) -> str | None:
    """A quote most of whose content words are in a key quote says nothing new."""
    words = candidate.words
    for other in chosen:
        if words and len(words & other.words) / len(words) >= _SAID_ALREADY:
            return f"a key quote says the same: {other.quote.text[:40]}"
    return None


PASS_RULES = [
    too_short_alone, quoted_name, said_already, woven_into_sentence, cut_short, speaker_quota,
    said_by_no_one,
]  # fmt: skip
