"""Boilerplate rules for a broadcaster's captions and blurbs told in the present tense: a
video's or a programme's blurb ("Alistair Leathead reports from Los Angeles on reaction to
the verdict."), and a picture's caption run into the lead with no punctuation, told by the
grammar of two finite clauses joined by nothing ("The dome will be lowered ... to funnel
leaking oil to the surface BP has managed to seal ..."). See page_rules."""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.lexicon import WordClass, folded, words
from briefgen.extract.rules import rule
from briefgen.ingest.boilerplate import Cut, segments
from briefgen.ingest.page_shapes import ENDED, QUOTES, STAGE, count_words, opening_sentence
from briefgen.timewords import MONTHS, WEEKDAYS

CAPTION_MAX_WORDS = 40  # "Jeb Bush listens during a Republican presidential primary debate ..."
BLURB_MAX_WORDS = 30  # "Najib Balala, Kenyan Minister for Tourism, describes how he is ..."
BLURB_RUN_IN_WORDS = 20  # a blurb run into a lead: at most this long before the lead
POST_MAX_WORDS = 4  # "BBC Northern Ireland presenter" before the name
APPOSITION_MAX_WORDS = 12  # ", from Leeds, York and North Yorkshire Chambers of commerce,"
LEAD_MIN_WORDS = 8  # a lead after a caption: a sentence, not a name's last words
SUBJECT_MAX_WORDS = 10  # "Seepages on the sea floor near the leaking Gulf of Mexico oil well may"
SEAM_HEAD_MAX_WORDS = 40  # "BP wrestles with ... for weeks": a headline and a caption
CONJUNCTION_REACH = 3  # "... and the company BP has": a clause joined, not a caption's end

_STOPPED = re.compile(r"[.!?][\"'”’)]*\s")  # a sentence's end inside a segment


def _third_person(verb: str) -> str:
    """The present third person of a lemma ("discuss" -> "discusses", "take a look" ->
    "takes a look")."""
    first, _, rest = verb.partition(" ")
    ending = "es" if re.search(r"(?:s|sh|ch|x|z)$", first) else "s"
    return f"{first}{ending}" + (f" {rest}" if rest else "")


@cache
def _person_verb(verbs: WordClass) -> re.Pattern[str]:
    """A named person (after a post, before an apposition) and a verb of the class in the
    present tense, at a segment's start; the bare lemma ("give") is caught for two people."""
    lemmas = sorted(words(verbs), key=len, reverse=True)
    forms = "|".join(re.escape(f) for v in lemmas for f in (_third_person(v), v))
    name = r"[A-Z][a-z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}"
    person = rf"{name}(?P<pair>\s(?:and|&)\s{name})?"
    post = rf"(?:[A-Z][\w'’.-]*\s){{0,{POST_MAX_WORDS - 1}}}(?:[a-z]+\s){{0,2}}"
    apposition = rf"(?:,\s[^,.!?{QUOTES}]+(?:,\s[^,.!?{QUOTES}]+){{0,2}},)?"
    return re.compile(
        rf"{post}{person}{apposition}\s(?P<verb>{forms})\b(?!\s\w+self\b|\sthemselves\b)"
    )


def _person_verb_at(segment: str, verbs: WordClass) -> re.Match[str] | None:
    """`_person_verb` at the start of a segment that ends as a sentence and quotes no one."""
    found = _person_verb(verbs).match(segment)
    if found is None or any(q in segment for q in QUOTES) or not ENDED.search(segment):
        return None  # quoting, introducing what follows (a colon), or a headline
    if found.group("pair") is None and found.group("verb") in words(verbs):
        return None  # a bare lemma after one subject: "The October report exceeded ..."
    if count_words(found.group()) > POST_MAX_WORDS + APPOSITION_MAX_WORDS + 4:
        return None
    return found


@rule(
    STAGE,
    example=[
        # BBC (Today programme's running order, Michael Jackson cluster)
        "A jury has found Michael Jackson's personal doctor Conrad Murray guilty. Alistair "
        "Leathead reports from Los Angeles on reaction to the verdict.",
        "Hogarth's House in Chiswick reopens today. Nick Higham takes a look around.",
    ],
)
def programme_blurb(text: str) -> list[Cut]:
    """A broadcaster's blurb for a video or a programme item: a segment whose subject is a
    named person (after a post: "BBC reporter Daragh Corcoran"; before an apposition:
    "Najib Balala, Kenyan Minister for Tourism,") and whose verb is a broadcast verb in the
    present tense (lexicon `broadcast_verbs`: "reports from", "explains", "takes a look"),
    short and quoting no one, ending as a sentence (a headline's "Barack Obama presents rescue
    plan ..." and "... takes a look at where each may thrive:" stay), the verb not reflexive
    ("describes himself as" characterises). News prose tells what a person said in the past
    tense or with "says"; a blurb runs in the present what the clip shows. Run into a lead
    ("Matthew Price reports from Mexico A 23-month-old ... has died"), the blurb goes to the
    lead's opener."""
    cuts = []
    for start, end in segments(text):
        segment = text[start:end]
        found = _person_verb_at(segment, "broadcast_verbs")
        if found is None:
            continue
        opener = _opener_after(segment, found.end())
        if opener is not None and count_words(segment[:opener]) <= BLURB_RUN_IN_WORDS:
            cuts.append((start, start + opener))
        elif count_words(segment) <= BLURB_MAX_WORDS:
            cuts.append((start, end))
    return cuts


def _opener_after(segment: str, at: int) -> int | None:
    """Where a sentence opener capitalised mid-segment after `at` starts a lead that ends as
    a sentence ("... from Mexico A 23-month-old Mexican child has died.")."""
    openers = "|".join(re.escape(w) for w in words("sentence_openers"))
    for found in re.finditer(rf"([\w'’]+)\s(?:{openers})\s(?=[\w'’-]+\s)", segment[at:]):
        if found.group(1).lower() in _function_words():
            continue  # "is joined by The Punk Show's Mike Davies"
        rest = segment[at + found.end() :]
        if count_words(rest) >= LEAD_MIN_WORDS and re.search(r"[.!?][\"'”’)]*$", rest):
            return at + found.end(1) + 1
    return None


@rule(
    STAGE,
    example=[
        # BBC (Michael Jackson cluster), Huffington Post (PolNeAR train)
        "Michael Jackson announced his live concerts at the London O2 Arena in March 2009. "
        "Michael Jackson's brother Tito Jackson arrives at the trial of Dr Conrad Murray in Los "
        "Angeles.",
        "Republican presidential candidate Donald Trump speaks at a campaign rally in "
        "Greensboro, North Carolina on June 14, 2016.\n\nTo Sexton, who has made something of "
        "a study of Trump rallies, Tuesday marked a turning point.",
    ],
)
def present_caption(text: str) -> list[Cut]:
    """A picture's caption told in the present tense: a segment whose subject is a named
    person (after a post: "Michael Jackson's brother Tito Jackson") and whose verb is one of
    the poses a picture shows (lexicon `caption_verbs`: "speaks at", "arrives at", "listens
    during", "gestures"), short, quoting no one, ending as a sentence, with no auxiliary after
    the verb (the person's clause a relative one: "The church ... Palin attends was badly
    damaged"). A report tells what a
    person did in the past tense; a caption shows it happening."""
    cuts = []
    for start, end in segments(text):
        segment = text[start:end]
        found = _person_verb_at(segment, "caption_verbs")
        if found is None or count_words(segment) > CAPTION_MAX_WORDS:
            continue
        if any(w in _auxiliaries() for w in segment[found.end() :].split()):
            continue  # a relative clause: "The church Alaska Gov. Sarah Palin attends was ..."
        cuts.append((start, end))
    return cuts


# -- a caption run into the lead: two finite clauses joined by nothing ----------------------

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
# a lower-case word (or a closing quote) and a capitalised one: "surface BP" (not "23 Somali")
_SEAM = re.compile(r"(?<![^\s\"“'‘])[a-z][\w'’,-]*[a-z\"”'’]?\s(?=[A-Z][\w'’-]*\s)")


@cache
def _auxiliaries() -> frozenset[str]:
    return folded("finite_auxiliaries")


@cache
def _reporting_forms() -> frozenset[str]:
    """Finite forms of the reporting verbs: "says", "said", "told", "testified"."""
    forms = set(folded("reporting_pasts"))
    for lemma in words("reporting_verbs"):
        if " " in lemma:
            continue
        forms |= {_third_person(lemma), lemma + "d", lemma + "ed"}
        if lemma.endswith("y"):
            forms.add(lemma[:-1] + "ied")
    return frozenset(forms)


@cache
def _function_words() -> frozenset[str]:
    """Words after which a capitalised word continues the clause: function words ("by BP",
    "that BP"), reporting verbs ("saying Dr Conrad Murray's care ..."), and nouns a name
    stands in apposition to ("the British oil firm BP are", "chairman Henry Waxman")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    nouns: set[str] = set()
    for name in ("org_nouns", "body_nouns", "titles", "media_nouns", "government_nouns"):
        nouns |= folded(name)
    participles = {(v[:-1] if v.endswith("e") else v) + "ing" for v in words("reporting_verbs")}
    return frozenset(STOP_WORDS) | _reporting_forms() | participles | nouns


def _finite(word: str) -> bool:
    """A finite verb by its form, in lower case as written: an auxiliary, a reporting verb's
    form, a past in -ed (a title-case headline's "Are" is no clause's verb)."""
    return word.islower() and (
        word in _auxiliaries() or word in _reporting_forms() or word.endswith("ed")
    )


def _named_past(head: list[str], i: int) -> bool:
    """A past in -ed after a name of two capitalised words ("Michael Jackson died"), not a
    participle after a noun ("Companies linked to ...", "the ruptured")."""
    return (
        head[i].islower()
        and head[i].endswith("ed")
        and i >= 2
        and all(w[:1].isupper() for w in head[i - 2 : i])
    )


def _head_has_clause(head: list[str]) -> bool:
    """Whether a head ends a clause of its own: a finite verb after its last reporting verb
    (so "Officials said the company" is a clause's start, "Bob Shipp said BP wanted to hire
    his ... department" a caption), no relative pronoun, no conjunction just before the seam."""
    lowered = [w.lower() for w in head]
    if any(w in {"that", "which", "who", "whom", "whose"} for w in lowered):
        return False
    if any(w in {"and", "but", "or", "nor"} for w in lowered[-CONJUNCTION_REACH:]):
        return False
    last_report = max((i for i, w in enumerate(lowered) if w in _reporting_forms()), default=-1)
    after = range(last_report + 1, len(head))
    return any(head[i] in _auxiliaries() or _named_past(head, i) for i in after)


def _lead_has_subject(lead: list[str]) -> bool:
    """Whether a lead starts with a subject and its finite verb: "BP has managed", "Engineers
    from the British oil firm BP are scrambling", "Michael Jackson's death was"."""
    for word in lead[1 : SUBJECT_MAX_WORDS + 1]:
        if word in ",;:(" or word in QUOTES:
            return False
        if _finite(word):
            return True
    return False


def _dated(rest: str) -> bool:
    """Whether the capitalised word starting `rest` is a weekday's or a month's name."""
    word = rest.split(maxsplit=1)[0].lower().rstrip(".,")
    return word in WEEKDAYS or word in MONTHS


@rule(
    STAGE,
    example=[
        # BBC (BP oil spill and Michael Jackson clusters)
        "The dome will be lowered 5,000 ft (1,500 m) under water to funnel leaking oil to the "
        "surface BP has managed to seal the smallest of the three leaks spilling oil into the "
        "Gulf of Mexico, the company says.",
        "Dr Conrad Murray faces four years in prison if convicted A US judge has delayed the "
        "involuntary manslaughter trial of Michael Jackson's doctor, Conrad Murray, until May.",
    ],
)
def caption_seam(text: str) -> list[Cut]:
    """A headline and a caption run into the lead with no punctuation, found by grammar: in
    the text's first segment, a capitalised word after a lower-case content word (no function
    word, no reporting verb) starts the lead when what stands before it holds a finite clause
    of its own ("The dome will be lowered ... to the surface", not "Officials said the
    company"), or when it is a sentence opener ("... if convicted A US judge has delayed
    ..."), and the lead starts with a subject and its finite verb ("BP has managed ...");
    the first such seam, the lead ending the segment as a sentence. The lead stays."""
    opening = opening_sentence(text)
    if opening is None:
        return []
    start, segment = opening
    for seam in _SEAM.finditer(segment):
        at = seam.end()
        before = segment[:at].split()
        last = before[-1].lower().strip("\"”'’")
        opener = segment[at:].split(maxsplit=1)[0] in words("sentence_openers")
        if last in _function_words() or last.endswith(",") or _dated(segment[at:]):
            continue  # a clause going on ("by BP", "wetlands Friday")
        if last.endswith("ed") and not opener:
            continue  # a participle before a name: "the ruptured Gulf"
        if segment.count("(", 0, at) > segment.count(")", 0, at):
            continue
        head = _WORD.findall(segment[:at])
        lead = _WORD.findall(segment[at:])
        if count_words(segment[:at]) > SEAM_HEAD_MAX_WORDS or len(lead) < LEAD_MIN_WORDS:
            continue
        if _STOPPED.search(segment, 0, at):
            continue  # a head holds no sentence end ("Trustcorp Inc. will become ...")
        if (opener or _head_has_clause(head)) and _lead_has_subject(lead):
            return [(start, start + at)]
    return []


# -- a pull-quote box with no marks ---------------------------------------------------------

PULL_QUOTE_MAX_WORDS = 40  # the box's words before the sentence it is run into
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we|We|we're|We're|our|Our|my|My)\b")
_MARKS = re.compile(r"[\"“”]")


@cache
def _glued_opener() -> re.Pattern[str]:
    """A sentence opener run into the words before it: a lower-case word, the opener, a
    lower-case word ("... didn't work A sheen of oil ...", "... scenario He added ...")."""
    openers = "|".join(re.escape(w) for w in words("sentence_openers"))
    return re.compile(rf"(?<=[a-z])\s(?:{openers})\s(?=[a-z])")


@rule(
    STAGE,
    example=[
        # BBC (BP oil spill cluster): the box's opening and closing marks were pictures
        "Crews have been laying booms. I wouldn't say it's failed yet. What I would say is what "
        "we attempted to do last night didn't work A sheen of oil began washing ashore on the "
        "Chandeleur Islands chain last week.",
        "More than 300 ships and aircraft were on the scene. We're putting everything forth in "
        "plans for a worst-case scenario He added that he had ordered a thorough review.",
    ],
)
def unmarked_pull_quote(text: str) -> list[Cut]:
    """A pull-quote box whose marks were pictures, run into the next sentence: after the
    text's first segment, words in the first person with no quote mark ("What I would say is
    what we attempted to do last night didn't work"), a report's voice being the third
    person's, run into a sentence at its opener with no punctuation ("... didn't work A sheen
    of oil began ..."); the segments of the box before it (first person, unmarked, on the
    same line) go with it. The sentence after it stays."""
    cuts = []
    found = list(segments(text))
    for k, (start, end) in enumerate(found[1:], start=1):
        glued = _glued_opener().search(text, start, end)
        if glued is None:
            continue
        box = text[start : glued.start()]
        if not _FIRST_PERSON.search(box) or _MARKS.search(box):
            continue
        first = start
        while k > 1 and _boxed(text, found[k - 1], first):
            k -= 1
            first = found[k][0]
        if count_words(text[first : glued.start()]) <= PULL_QUOTE_MAX_WORDS:
            cuts.append((first, glued.start()))
    return cuts


def _boxed(text: str, segment: Cut, following: int) -> bool:
    """Whether a segment just before `following`, on its line, is in the box's voice."""
    words_of = text[segment[0] : segment[1]]
    same_line = "\n" not in text[segment[1] : following]
    return same_line and bool(_FIRST_PERSON.search(words_of)) and not _MARKS.search(words_of)
