"""Who said it: the subject of a reporting verb, resolved to a canonical actor.

Subjects are found in the dependency parse (active, passive, inverted "said Tarar",
"according to X", and verbs nested under "by saying" or "a statement saying"):
`CLAUSE_SUBJECT_RULES` decide on the cue and each clause above it, with
`according_to_source` before them and `name_beside_cue` after; a source the parse split
from its apposition is joined again (appositions.py). The actor a subject names is
read by `REFERENT_RULES` (referents.py). `speaker_of` returns the `Attribution`, with the
rules that found it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from briefgen.extract.actors import ActorIndex
from briefgen.extract.appositions import apposition_before_subject, modified_noun, with_apposition
from briefgen.extract.cues import is_cue, source_before
from briefgen.extract.labels import (
    ADDED_TO_CLAUSE,
    DESCRIBED_LINKS,
    INVERTED_SUBJECT_POS,
    MODIFIERS_OR_OWNER,
    NAMED_OR_PRONOUN,
    NAMES_IN_SUBJECT,
    NOMINALS,
    PAST_FORM_TAGS,
    PHRASE_HEAD_POS,
    REPORTING_CLIMB,
    SHORT_SUBJECT_POS,
    SOURCE_ENDS,
    SOURCE_JOINS,
    SOURCE_MODIFIERS,
    SUBJECTS,
    WH_PRONOUN_TAGS,
)
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.rank_names import name_after_rank
from briefgen.extract.referents import referent
from briefgen.extract.rules import Rule, first, rule
from briefgen.extract.tied_names import tied_name

_CLIMB_STEPS = 5
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# Verbs that attribute words to their object: "X quoted / cited Y as saying".
_QUOTING = frozenset({"quote", "cite"})
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")  # entity labels a speaker can have
_INVERTED_REACH = 4  # tokens from an inverted cue to the name: "said chief executive Jane Doe"
# Tokens from a cue back to a name before an aside: "Ramos, 58, told", "Eastland, wearing a
# cowboy hat and "Ted Cruz" campaign pins, said".
_ASIDE_REACH = 16
_BRACKET_REACH = 6  # tokens of a bracketed aside before a cue: "(R-WI)", "(D-Calif.)"

# Examples (MEANTIME Wikinews, CC BY 4.0, and the seed article).
DJAMAL = (
    "Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local "
    'airlines should not purchase aircraft from European manufacturers, such as Airbus. "We do '
    'not need to buy aircraft from Europe as long as the flying ban stays unrevoked," Detik.com '
    "quoted Djamal as saying."
)
OSTROWER = (
    "\"It's an extraordinary challenge, no one has ever built a wide body aircraft at the rate "
    'of 10 per month before," claims writer John Ostrower.'
)


@dataclass(frozen=True)
class Attribution:
    """Who said something (None: nobody on the actor list), the steps that found them (each
    a rule and what it found: the subject of the cue, then the actor it names), and the
    source as the text writes it ("a spokesman for Disney", "Okafor", "he"), if any."""

    name: str | None
    steps: tuple[tuple[Rule[..., Any], str], ...] = ()
    source: Span | None = None


@rule(
    "speaker",
    example="The steering computer and backup system failed after thirty minutes. The issue "
    "has been resolved, according to Airbus spokesman Jaime Perez-Guerra.",
)
def according_to_source(cue: Token) -> Token | None:
    """The source of "according to X" is X."""
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


@rule("speaker", example=DJAMAL)
def quoted_as_saying(node: Token) -> Token | None:
    """In "Detik.com quoted Djamal as saying", Djamal spoke, not Detik.com."""
    quoted = next((c for c in node.children if c.dep_ == "dobj"), None)
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in node.children)
    return quoted if node.lemma_ in _QUOTING and as_saying else None


@rule(
    "speaker",
    example="Charles O'Reilly, a management expert at Stanford University, who stated that "
    "the company had to change, was not consulted.",
)
def relative_clause_antecedent(node: Token) -> Token | None:
    """A cue in a relative clause ("X, a management expert at Stanford University, who
    stated") is said by the noun the clause describes."""
    subjects = [c for c in node.children if c.dep_ in SUBJECTS]
    if node.dep_ == "relcl" and any(s.tag_ in WH_PRONOUN_TAGS for s in subjects):
        return _described(node.head)
    return None


@rule("speaker", example="Pakistan accused Kabul of sheltering the Tehrik-e-Taliban Pakistan.")
def verb_subject(node: Token) -> Token | None:
    """The subject of the reporting verb (active, passive or inverted: "said Tarar"), or of
    the clause it hangs from ("justified it by saying", "released a statement saying").

    A misparse can give a verb two subjects: the name nearest the verb is the speaker, and
    words in quote marks never are ('"Meh," wrote a Trump supporter': "Meh" is no subject)."""
    subjects = [c for c in node.children if c.dep_ in SUBJECTS and not is_quoted(c)]
    if not subjects:
        return None
    named = [s for s in subjects if s.ent_type_ in NAME_LABELS or s.pos_ in NAMED_OR_PRONOUN]
    return min(named or subjects, key=lambda s: abs(s.i - node.i))


# PolNeAR train, Washington Post 2015-11-10 (Suu Kyi): "added" parsed as a verb of the reported
# clause ("it was too early"), so climbing finds that clause's subject.
SUU_KYI = (
    "Speaking before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, said "
    'it was too early to congratulate winners but added, "I think you all have an idea of the '
    'results."'
)


@rule("speaker", example=SUU_KYI)
def reporter_of_reported_clause(node: Token) -> Token | None:
    """A cue with no subject hanging from the clause another reporting verb reports ("Trump
    told Newsmax that Romney 'had ...,' adding, '...'"), or coordinated with it when that
    clause's subject is no person ("Suu Kyi said it was too early ... but added, '...'"), is
    said by that verb's subject, not the reported clause's."""
    if any(c.dep_ in SUBJECTS for c in node.children) or node.dep_ not in ADDED_TO_CLAUSE:
        return None
    clause = node.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.i > node.i or not is_cue(reporter):
        return None
    if node.dep_ == "conj" and any(_can_speak(c) for c in clause.children if c.dep_ in SUBJECTS):
        return None  # "Kasich says he'd sit Putin down and tell him": "he" tells
    return verb_subject(reporter)


def _can_speak(subject: Token) -> bool:
    """A subject that may be the one who goes on speaking: a person's name or a personal
    pronoun (not "it", "there", "the process")."""
    return subject.ent_type_ == "PERSON" or subject.lower_ in _PERSONAL_PRONOUNS


# Tried on the cue, then on each clause it hangs from, climbing.
CLAUSE_SUBJECT_RULES: list[Rule[[Token], Token | None]] = [
    quoted_as_saying,
    relative_clause_antecedent,
    reporter_of_reported_clause,
    modified_noun,
    verb_subject,
]


def subject_of(cue: Token) -> tuple[Rule[[Token], Token | None], Token] | None:
    """Who did the saying, and the rule that found them: the object of "according to", else
    the first of `CLAUSE_SUBJECT_RULES` to decide on the cue or a clause above it, else a name
    beside the cue, else the words between the quote and the cue."""
    if cue.lower_ == "according":
        found = according_to_source(cue)
        return (according_to_source, found) if found is not None else None
    node = cue
    for _ in range(_CLIMB_STEPS):
        decided = first(CLAUSE_SUBJECT_RULES, node)
        if decided is not None and decided[1] is not None:
            return decided[0], decided[1]
        if node.dep_ not in REPORTING_CLIMB or node.head.i == node.i:
            break
        node = node.head
    for fallback in (name_beside_cue, name_tagged_modal, subject_before_cue):
        found = fallback(cue)
        if found is not None:
            return fallback, found
    return None


# PolNeAR train, Politico 2016-01-19: "states" tagged a noun; "the ad" is not the source.
VOICE_OVER = (
    "Clinton turned to guns. \u201cThey know Hillary\u2019s the only one strong enough to stop "
    "Wall Street abuses and make the wealthy pay their fair share,\u201d a voice-over in the ad "
    "states."
)


@rule("speaker", example=VOICE_OVER)
def subject_before_cue(cue: Token) -> Token | None:
    """When the parse gave the cue no subject, the short phrase with no verb between the
    quote's closing mark and the cue is who spoke: its last noun before a preposition ('"...,"
    a voice-over in the ad states' -> "voice-over"; '"...," the editorial read')."""
    phrase = source_before(cue)
    if phrase is None:
        return None
    head = next((t for t in phrase if t.pos_ == "ADP"), None)
    words = [t for t in phrase if head is None or t.i < head.i]
    named = [t for t in words if t.pos_ in SHORT_SUBJECT_POS]
    return named[-1] if named else None


def _described(noun: Token) -> Token:
    """The noun a phrase hangs from through apposition and prepositions: a relative clause
    after "X, a management expert at Stanford University, who ..." is about X."""
    found, node = noun, noun
    while node.dep_ in DESCRIBED_LINKS and node.head.pos_ in PHRASE_HEAD_POS:
        node = node.head
        if node.pos_ in NOMINALS:
            found = node
    return found


@rule("speaker", example=OSTROWER)
def name_beside_cue(cue: Token) -> Token | None:
    """When the parse gave the cue no subject: the name ending right before it ("Scott
    Carson replied"; past white space, or a bracketed party tag: "Rep. Paul Ryan (R-WI)
    said") or before the comma before it ("her adviser, Jake Sullivan, said:"), or,
    after a quote, the name right after it, a person's first ('"...," claims writer John
    Ostrower'; '"...," mused Blaze co-host Stu Burguiere') or the noun
    the cue takes ('"...," read the email'), never a name inside quote marks."""
    left = _left_of(cue)
    if left is not None and _named(left):
        return left
    if left is None or not left.is_punct:
        return None
    if left.text == ")":  # "Speaker of the House Rep. Paul Ryan (R-WI) said"
        bracketed = _before_brackets(left)
        if bracketed is not None and _named(bracketed):
            return bracketed
    named = _name_before_aside(cue)
    if named is not None:
        return named  # "her adviser, Jake Sullivan, said:", "Ramos, 58, told AFP"
    following = _words_after(cue)
    tagged = sorted(
        (t for t in following if t.ent_type_ in NAME_LABELS and t.ent_iob_ == "B"),
        key=lambda t: t.ent_type_ != "PERSON",
    )
    found = next(iter(tagged), None) or next((t for t in following if _named(t)), None)
    if found is not None:
        return _phrase_head(found)
    # '"...," read the email', '"...," tweeted another': the word the cue takes, inverted,
    # is who or what spoke
    return next(
        (t for t in following if t.pos_ in INVERTED_SUBJECT_POS and t.head.i == cue.i), None
    )


# PolNeAR train, The Western Journal 2015-11-21 (George Will's column): "Will" tagged a modal.
WILL = (
    "\u201cThis might, and should, hasten the eclipse of Carly Fiorina, Ben Carson and "
    "especially Donald Trump,\u201d Will wrote."
)


@rule("speaker", example=WILL)
def name_tagged_modal(cue: Token) -> Token | None:
    """When the parse gave a cue in a past form no subject, a capitalised modal right
    before it is a name, since no modal takes a past form ('"...," Will wrote.', "May
    said")."""
    left = _left_of(cue)
    if left is None or left.tag_ != "MD" or not left.text[:1].isupper() or is_quoted(left):
        return None
    return left if cue.tag_ in PAST_FORM_TAGS else None


def _left_of(token: Token) -> Token | None:
    """The token before, past runs of white space the tokenizer kept as tokens ('"...,"  added
    Gowdy', with two spaces)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return token.doc[i] if i >= 0 else None


def _before_brackets(closing: Token) -> Token | None:
    """The token before a short bracketed aside that ends at `closing` ("Ryan (R-WI)")."""
    doc = closing.doc
    for i in range(closing.i - 1, max(closing.i - _BRACKET_REACH, 0) - 1, -1):
        if doc[i].text == "(":
            return doc[i - 1] if i > 0 else None
    return None


def _words_after(cue: Token) -> list[Token]:
    """The tokens of the first `_INVERTED_REACH` words after an inverted cue, up to a quote
    mark (a name after it is inside the quote); a hyphenated word the tokenizer split counts
    as one ("mused Blaze co-host Stu Burguiere")."""
    doc, found, words = cue.doc, [], 0
    for token in doc[cue.i + 1 :]:
        if token.is_quote:
            break
        glued = token.text == "-" or (token.i > 0 and doc[token.i - 1].text == "-")
        if not (glued and not doc[token.i - 1].whitespace_):
            words += 1
        if words > _INVERTED_REACH:
            break
        found.append(token)
    return found


def _phrase_head(name: Token) -> Token:
    """The noun a name modifies or owns right after it, climbing: "another New Hampshire
    Democrat" for "New", "Cleveland's Plain Dealer" for "Cleveland"."""
    while (
        name.dep_ in MODIFIERS_OR_OWNER
        and name.i < name.head.i <= name.i + _INVERTED_REACH
        and name.head.pos_ in NOMINALS
    ):
        name = name.head
    return name


def _named(token: Token) -> bool:
    """A name outside marks: tagged as one, or a proper noun the model left untagged (a
    surname: '"...," Trump barked', '"...," says Okafor')."""
    return (token.ent_type_ in NAME_LABELS or token.pos_ == "PROPN") and not is_quoted(token)


def _name_before_aside(cue: Token) -> Token | None:
    """The name before the comma before the cue, or before an aside set off by commas
    between them ("Ramos, 58, told"; "Bill Eastland, wearing a cowboy hat and "Ted Cruz"
    campaign pins, said"), never a name in marks nor across the end of a quoted sentence."""
    doc, left = cue.doc, cue.i - 1
    if left < 1 or doc[left].text != ",":
        return None
    for i in range(left - 1, max(left - _ASIDE_REACH, 0) - 1, -1):
        token = doc[i]
        if token.ent_type_ in NAME_LABELS and not is_quoted(token) and doc[i + 1].text == ",":
            return token
        if (token.is_quote and doc[i - 1].is_punct) or token.is_sent_start:
            return None
    return None


def speaker_of(cue: Token, quoted: Span | None, actors: ActorIndex) -> Attribution:
    """The canonical actor who is the subject of the cue (never a token inside the quote):
    the subject, else a name in it (`_candidates`), as the first referent rule names it."""
    found = subject_of(cue)
    if found is None:
        return Attribution(None)
    how, subject = found
    if quoted is not None and quoted.start <= subject.i < quoted.end:
        beside = name_beside_cue(cue)  # the parse took a word of the quote for the subject
        if beside is None or quoted.start <= beside.i < quoted.end:
            return Attribution(None, ((how, subject.text),))
        how, subject = name_beside_cue, beside
    steps: tuple[tuple[Rule[..., Any], str], ...] = ((how, subject.text),)
    before = source_before(cue) if how is subject_before_cue else None
    source = before if before is not None else source_phrase(subject, quoted)
    if how is modified_noun:  # "the presumptive GOP presidential nominee, Donald Trump,"
        source = with_apposition(source, subject)
    ranked = name_after_rank(subject)
    if ranked is not None:  # "said Army Capt. Christian Pardo": the name after the title
        steps += ((name_after_rank, ranked.text),)
        source, subject = source.doc[min(source.start, subject.i) : ranked.i + 1], ranked
    own, candidates = _own(subject), _candidates(subject)
    apposed = apposition_before_subject(source, quoted)
    if apposed is not None:  # "another friend, Mariam Emara told CNN"
        steps += ((apposition_before_subject, apposed.text),)
        source = source.doc[apposed.start : source.end]
        names = [t for t in apposed if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"]
        own = own + names
        candidates = candidates + names if _named(subject) else names + candidates
    for candidate in candidates:
        if quoted is not None and quoted.start <= candidate.i < quoted.end:
            continue  # a name in the quote is never who said it
        named = referent(candidate, actors)
        actor = actors.actor(named[1]) if named is not None and candidate not in own else None
        tied = tied_name(candidate, subject, actor.type) if actor is not None else None
        if tied is not None:  # "a senior Cruz adviser": Cruz is not who spoke
            return Attribution(None, (*steps, (tied_name, tied)), source)
        if named is not None:
            return Attribution(named[1], (*steps, named), source)
    return Attribution(None, steps, source)


def source_phrase(subject: Token, quoted: Span | None = None) -> Span:
    """The source as written: the subject with its modifiers before it and what it governs
    up to the first comma, bracket or clause after it ("a longtime adviser to Trump, who
    declined ..." -> "a longtime adviser to Trump"; "Ramos, 58," -> "Ramos"), from the noun
    it is in apposition or coordination to ("another friend, Mariam Emara"), never reaching
    into the quote."""
    doc = subject.doc
    end = subject.i + 1
    for child in subject.rights:
        if child.dep_ in SOURCE_ENDS:
            break
        end = child.right_edge.i + 1
    end = next((t.i for t in doc[subject.i + 1 : end] if t.dep_ in SOURCE_ENDS), end)
    start = _phrase_start(subject)
    if quoted is not None and start < quoted.end and quoted.start < end:
        start, end = subject.i, subject.i + 1
    while start < subject.i and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    return doc[start:end]


def _phrase_start(subject: Token) -> int:
    """Where a source phrase starts: the subject's modifiers before it, or those of the noun
    it stands in apposition or coordination to ("her senior policy adviser, Jake Sullivan";
    "Blumenthal and Cohen")."""
    head = subject.head
    between = subject.doc[head.i + 1 : subject.left_edge.i]
    if (
        subject.dep_ in SOURCE_JOINS
        and head.i < subject.i
        and head.pos_ in NOMINALS
        and all(t.is_punct or t.dep_ == "cc" for t in between)
    ):
        subject = head
    modifiers = [c.left_edge.i for c in subject.lefts if c.dep_ in SOURCE_MODIFIERS]
    return min(modifiers, default=subject.i)


def _candidates(subject: Token) -> list[Token]:
    """The subject, then the names in its apposition ("Ryanair CEO, Michael O'Leary"),
    then other names inside it ("a statement by Boeing spokesman William Barksdale"),
    people before organisations."""
    found = _own(subject)
    names = [
        t
        for t in subject.subtree
        if t.ent_type_ in NAME_LABELS
        and t not in found
        and t.dep_ in NAMES_IN_SUBJECT
        and (t.ent_type_ == "PERSON" or _authored(t, subject))
    ]
    return found + sorted(names, key=lambda t: t.ent_type_ != "PERSON")


def _authored(name: Token, subject: Token) -> bool:
    """No preposition but "by" links an organisation to the subject: "a statement by X"
    names the speaker, "a professor from X" only where the speaker works."""
    node = name
    while node.i != subject.i and node.head.i != node.i:
        node = node.head
        if node.pos_ == "ADP" and node.lower_ != "by":
            return False
    return True


def _own(subject: Token) -> list[Token]:
    """The subject and the names in its apposition ("her senior policy adviser, Jake
    Sullivan")."""
    found = [subject]
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        found += [appos, *(t for t in appos.subtree if t.ent_type_ == "PERSON" and t.i != appos.i)]
    return found
