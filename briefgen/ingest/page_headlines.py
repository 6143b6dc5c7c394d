"""A headline run into its lead with no punctuation, told by what a headline is: a short
phrase whose content words the lead's sentence repeats ("Police raid Jackson doctor's home
Drug police are searching the Las Vegas home of Michael Jackson's doctor ..."). See
page_rules; the seam and the lead's grammar are page_captions'."""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.lexicon import words
from briefgen.extract.rules import rule
from briefgen.ingest.boilerplate import Cut
from briefgen.ingest.page_captions import (
    _STOPPED,
    LEAD_MIN_WORDS,
    SEAM_HEAD_MAX_WORDS,
    SUBJECT_MAX_WORDS,
    _dated,
    _finite,
    _function_words,
    _head_has_clause,
    _lead_has_subject,
)
from briefgen.ingest.page_shapes import QUOTES, STAGE, count_words, opening_sentence

HEADLINE_WORDS = (4, 16)  # "Jury selection for Jackson's doctor" .. a headline and its deck
ECHOED_MIN = 2  # content words of the headline the lead repeats, at least
ECHOED_SHARE = 0.4  # and at least this share of them
# a lower-case word or an amount, then a capitalised word: "home Drug", "$450m BP"
_SEAM = re.compile(r"(?<=\s)(?:[a-z][\w'’-]*[a-z]|\$?\d[\d.,]*[mbn]?)\s(?=[A-Z][\w'’-]*\s)")
_TOKEN = re.compile(r"[\w'’$-]+|[^\w\s]")


def _stem(word: str) -> str:
    """A word folded for a repeat: lower case, no possessive, no plural "s"."""
    word = re.sub(r"['’]s$", "", word.lower())
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


@cache
def _stop() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _content(words: list[str]) -> set[str]:
    return {_stem(w) for w in words if w[:1].isalnum() and len(w) > 2 and w.lower() not in _stop()}


def _echoed(head: list[str], lead: list[str]) -> bool:
    """Whether the lead repeats the head's content words, as a lead restates its headline."""
    said = _content(head)
    shared = said & _content(lead)
    return len(shared) >= ECHOED_MIN and len(shared) >= ECHOED_SHARE * len(said)


def _lead_opens_clause(lead: list[str]) -> bool:
    """Whether the lead starts with a subject and its finite verb: an auxiliary, a reporting
    verb or a past ("Drug police are searching", "Prosecutors ended"), or a verb in -s right
    after a name ("BP says", "BP faces")."""
    names = 0
    while names < len(lead) and lead[names][:1].isupper():
        names += 1
    if 0 < names < len(lead) and re.fullmatch(r"[a-z]+[^s]s", lead[names]):
        return True
    return _lead_has_subject(lead)


def _headline(head: list[str]) -> bool:
    """A headline's shape: four to sixteen words, opening with a capitalised word that is no
    function word ("The", "In" open a sentence), no comma, full stop or quote mark
    ("Trustcorp Inc. will become Society Bank amp Trust when ..." is a sentence)."""
    low, high = HEADLINE_WORDS
    words = [w for w in head if w[:1].isalnum()]
    return (
        low <= len(words) <= high
        and head[0][:1].isupper()
        and head[0].lower() not in _stop()
        and not any(w in ",;:." or w in QUOTES for w in head)
    )


@rule(
    STAGE,
    example=[
        # BBC (Michael Jackson and BP oil spill clusters)
        "Police raid Jackson doctor's home Drug police are searching the Las Vegas home of "
        "Michael Jackson's doctor as part of a manslaughter investigation into the singer's "
        "death.",
        "Gulf of Mexico oil leak bill reaches $450m BP says the oil spill in the Gulf of Mexico "
        "has cost it $450m (#308m) so far, an increase of $100m (#68m) on the figure reported "
        "earlier this week.",
    ],
)
def echoed_headline(text: str) -> list[Cut]:
    """A headline run into the lead with no punctuation: in the text's first segment, a
    capitalised word after a lower-case content word or an amount (no function word,
    reporting verb, noun a name stands beside or participle: "the leaking BP well") starts
    the lead when the words before it are headline-shaped (four to sixteen, a capitalised
    first word that is no function word, no comma, full stop or quote mark), the lead
    starts with a subject and its finite verb and ends the segment as a sentence, and the
    lead repeats the headline's content words (two or more, and 40% of them), as a lead restates its
    headline ("Police raid Jackson doctor's home" / "Drug police are searching the Las Vegas
    home of Michael Jackson's doctor"); a post before a name ("Democratic presidential
    candidate Bernie Sanders is ...") is too short, and its words are not repeated. The lead
    stays."""
    opening = opening_sentence(text)
    if opening is None:
        return []
    start, segment = opening
    for seam in _SEAM.finditer(segment):
        at = seam.end()
        last = seam.group().split()[0].lower()
        if last in _function_words() or last.endswith(("ing", "ed")) or _dated(segment[at:]):
            continue  # a clause going on, or a participle before a name ("the leaking BP well")
        head, lead = _TOKEN.findall(segment[:at]), _TOKEN.findall(segment[at:])
        if not _headline(head) or count_words(segment[at:]) < LEAD_MIN_WORDS:
            continue
        if _lead_opens_clause(lead) and _echoed(head, lead):
            return [(start, start + at)]
    return []


# -- a caption run into the lead, told by the lead repeating it -------------------------------

_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
TRIGRAM = 3  # words of the caption the lead repeats in a row: "ahead of Saturday night's"
# a word that ends no sentence, then a capitalised one: "Jackson A", "Cardiff Organisers",
# "aged 50 Executors", "benefit Christina"
_CAPTION_SEAM = re.compile(r"(?<=\s)[\w'’$-]*\w\s(?=[A-Z][\w'’-]*\s)")


def _lead_subject_verb(lead: list[str]) -> bool:
    """Whether the lead starts with a subject and its finite verb, the subject a list of
    names allowed ("Christina Aguilera, Cee Lo Green and Motown veteran Smokey Robinson are
    set ...")."""
    if _lead_opens_clause(lead) and not _RELATIVE.intersection(lead[:SUBJECT_MAX_WORDS]):
        return True
    words = 0
    for at, word in enumerate(lead[1:], start=1):
        if word in _RELATIVE:
            return False  # "Chief of Staff John Sununu that he has lost ...": no main clause
        listed = word == "," and at + 1 < len(lead) and lead[at + 1][:1].isupper()
        if not listed and (word in ",;:(" or word in QUOTES):
            return False
        words += word[:1].isalnum()
        if words > SUBJECT_MAX_WORDS:
            return False
        if _finite(word):
            return True
    return False


def _repeats_run(head: list[str], lead: list[str]) -> bool:
    """Whether the lead repeats TRIGRAM words of the head in a row."""
    folded = [w.lower() for w in head if w[:1].isalnum()]
    runs = {tuple(folded[i : i + TRIGRAM]) for i in range(len(folded) - TRIGRAM + 1)}
    said = [w.lower() for w in lead if w[:1].isalnum()]
    return any(tuple(said[i : i + TRIGRAM]) in runs for i in range(len(said) - TRIGRAM + 1))


def _one_name(text: str, segment: str, at: int) -> bool:
    """Whether the capitalised words either side of a seam may be one name: the page writes
    them together elsewhere ("Deepwater Horizon"), or the lead neither opens with a sentence
    opener ("... of Jackson A recording ...") nor repeats the word before the seam ("... in
    Cardiff Organisers said ... in Cardiff ..."; not "... 'Adm Thad Allen says ...")."""
    last = segment[:at].split()[-1]
    following = segment[at:].split(maxsplit=1)[0]
    if text.count(f"{last} {following}") > 1:
        return True
    lead = _TOKEN.findall(segment[at:])
    return following not in words("sentence_openers") and last.strip(QUOTES + "'‘’") not in lead


@rule(
    STAGE,
    example=[
        # BBC (Michael Jackson cluster)
        "Dr Conrad Murray is charged with the involuntary manslaughter of Jackson A recording "
        "of Michael Jackson bemoaning his unhappy childhood has been played to the trial of the "
        "doctor charged with his death.",
        "Michael Jackson died in June 2009 aged 50 Executors of Michael Jackson's estate have "
        "asked the Discovery Channel to cancel plans for a program claiming to re-enact the "
        "late singer's autopsy.",
    ],
)
def echoed_caption(text: str) -> list[Cut]:
    """A picture's caption run into the lead with no punctuation, ending in a name or a
    number ("... of Jackson A recording of ...", "... aged 50 Executors of ..."): in the
    text's first segment, a capitalised word after a word that ends no sentence (no function
    word, title or participle) starts the lead when the words before it hold a clause of
    their own (a subject and its finite verb, a finite verb after any reporting verb, or three
    words in a row the lead repeats), the lead starts with
    a subject and its finite verb and ends the segment as a sentence, and it repeats two or
    more of the caption's content words, as a lead restates what its picture shows. The
    lead stays."""
    opening = opening_sentence(text)
    if opening is None:
        return []
    start, segment = opening
    for seam in _CAPTION_SEAM.finditer(segment):
        at = seam.end()
        last = seam.group().split()[0]
        if last.lower() in _function_words() or last.endswith(("ing", "ed")):
            continue  # a clause going on, a title before its name ("Judge Michael Pastor")
        if _dated(segment[at:]) or _STOPPED.search(segment, 0, at):
            continue
        if last.lstrip(QUOTES + "'‘’")[:1].isupper() and _one_name(text, segment, at):
            continue
        head, lead = _TOKEN.findall(segment[:at]), _TOKEN.findall(segment[at:])
        if count_words(segment[:at]) > SEAM_HEAD_MAX_WORDS:
            break
        if count_words(segment[at:]) < LEAD_MIN_WORDS or not _lead_subject_verb(lead):
            continue
        clause = _lead_subject_verb(head) or _head_has_clause(head) or _repeats_run(head, lead)
        if clause and len(_content(head) & _content(lead)) >= ECHOED_MIN:
            return [(start, start + at)]
    return []
