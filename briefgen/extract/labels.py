"""The spaCy vocabulary the extractors test tokens against: sets of dependency labels,
coarse parts of speech (`pos_`) and fine-grained Penn Treebank tags (`tag_`), each named
for what it means where it is used. Extractors compare against these names, never against
inline collections of labels (tests/extract/test_labels.py holds the rule)."""

from __future__ import annotations

# --- Dependency labels (`token.dep_`) -------------------------------------------------

# Subjects, objects and what completes a verb:

# The subject of a clause, active or passive.
SUBJECTS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
# The doer, not merely an object: a subject or a possessor ("Apple's launch").
DOERS: frozenset[str] = SUBJECTS | {"poss"}
# A place name acting as an agent ("Islamabad declared", "accused Kabul of"), not a location.
AGENT_ROLES: frozenset[str] = DOERS | {"dobj", "iobj"}
# An expletive subject: a pronoun standing for a clause ("there is", "it is said that").
EXPLETIVE: frozenset[str] = frozenset({"expl"})
# A verb's particle or the adverb that completes a phrasal verb ("went on", "shot back").
PARTICLES: frozenset[str] = frozenset({"prt", "advmod"})
# Children that put a verb in the passive voice ("will be added").
PASSIVE_MARKERS: frozenset[str] = frozenset({"auxpass", "nsubjpass"})
# Auxiliaries of a verb, active or passive ("will", "has been").
AUXILIARIES: frozenset[str] = frozenset({"aux", "auxpass"})
# Words that belong with a verb in a short clause: auxiliaries, "not", particles ("rolled out").
VERB_CORE: frozenset[str] = AUXILIARIES | {"neg", "prt"}
# A noun that is a verb's argument, whose date belongs to the verb ("made its maiden flight").
ARGUMENTS: frozenset[str] = SUBJECTS | {"dobj", "attr"}
# The object of a verb or of a preposition.
OBJECTS: frozenset[str] = frozenset({"dobj", "pobj"})
# What completes a verb in an event's phrase.
EVENT_COMPLEMENTS: frozenset[str] = frozenset(
    {"dobj", "dative", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "agent"}
)
# What a gerund clause says it does ("reaching a deal on Tuesday").
GERUND_PARTS: frozenset[str] = frozenset({"dobj", "prep"})
# A clause that adds a circumstance to a verb's ("Speaking at a news conference, he said").
ADVERBIAL_CLAUSES: frozenset[str] = frozenset({"advcl"})
# A gerund heading a clause of its own ("..., reaching a deal").
GERUND_CLAUSES: frozenset[str] = frozenset({"advcl", "acl", "xcomp"})
# Clauses that take the subject of the verb they hang from ("agreed and signed", "want to sign").
SHARED_SUBJECT: frozenset[str] = frozenset({"conj", "xcomp"})
# The doer of a clause: an active subject ("GM cut jobs"); a passive one is what is done to.
ACTIVE_SUBJECTS: frozenset[str] = frozenset({"nsubj", "csubj"})
# What a clause is done to: its object, a passive subject, an indirect object.
UNDERGOERS: frozenset[str] = frozenset({"dobj", "nsubjpass", "dative"})
# A clause that negates its verb ("did not", "never").
NEGATIONS: frozenset[str] = frozenset({"neg"})
# The clause a reporting verb reports ("said that sales rose").
REPORTED_CLAUSES: frozenset[str] = frozenset({"ccomp"})
# Side clauses of a noun phrase, which name other things than the phrase does.
SIDE_CLAUSES: frozenset[str] = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
# A phrase set beside a noun that names or labels it ("World News for Schools: 12 January").
APPOSITIONS: frozenset[str] = frozenset({"appos"})
# A clause that says which one a noun means ("the day the superstar died").
DEFINING_CLAUSES: frozenset[str] = frozenset({"relcl", "acl"})
# An amount a verb takes ("fell 394 points").
MEASURES: frozenset[str] = frozenset({"npadvmod", "dobj"})

# Clauses:

# Verbs heading a clause, main or subordinate.
CLAUSE_HEADS: frozenset[str] = frozenset(
    {"ROOT", "ccomp", "conj", "relcl", "advcl", "parataxis", "xcomp"}
)
# A noun's content clause ("the claim that ...", "the lie that ..."), as the parser hangs it.
CONTENT_CLAUSES: frozenset[str] = frozenset({"acl", "relcl"})
# Clauses the parser can hang on a verb though they start right after a noun whose content
# they state ("pushed back on the narrative the president might order an attack").
MISHUNG_CLAUSES: frozenset[str] = frozenset({"ccomp", "conj", "advcl"})
# What completes a clause, so it leaves no gap as a relative clause does ("the report the
# FBI turned over" lacks its object): an object or complement, or a passive subject.
CLAUSE_COMPLETIONS: frozenset[str] = frozenset(
    {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass"}
)
# Clauses that complete the verb before them ("warned that Pakistan would not allow ...",
# "tried to persuade"): a cut phrase that opens one must not drop its negation.
VERB_COMPLEMENTS: frozenset[str] = frozenset({"ccomp", "xcomp"})
# Clauses that hang on a verb and say nothing without it ("if ...", "that ...", "to ...").
GOVERNED_CLAUSES: frozenset[str] = frozenset({"advcl", "ccomp", "csubj", "xcomp"})
# A quote as the clause of a verb that introduces it ("enthused Scott Fancher").
QUOTE_CLAUSES: frozenset[str] = frozenset({"ccomp", "parataxis", "dobj", "xcomp"})
# What a cue after a quote says of its own, if anything: its clause, its object, or the verb
# it goes on to ("he went on to say that ...").
CUE_CONTENT: frozenset[str] = frozenset({"ccomp", "dobj", "xcomp"})
# A short quoted fragment a reported clause asserts ('he was "shocked"').
QUOTED_COMPLEMENTS: frozenset[str] = frozenset(
    {"acomp", "attr", "oprd", "ccomp", "xcomp", "advmod", "npadvmod"}
)
# A clause set in another ("the talks, he said, will resume"; "..., officials said").
PARENTHETICALS: frozenset[str] = frozenset({"parataxis"})
# Side material cut from an outlook phrase: relative clauses, appositions, parentheses.
ASIDES: frozenset[str] = frozenset({"relcl", "appos", "parataxis"})
# Children that make an event's phrase long without saying what happened.
PHRASE_DROPS: frozenset[str] = ASIDES | {"advcl", "punct", "mark", "dep", "meta"}
# What the parser hangs a noun's infinitive on it as ("an attempt to plug", "24 hours to choose").
NOUN_CLAUSES: frozenset[str] = frozenset({"acl", "relcl"})
# A number that counts a noun ("42,000 gallons", "5 million barrels").
COUNTS: frozenset[str] = frozenset({"nummod"})
# A noun's determiner or owner ("the night", "that night", "Tuesday's").
DETERMINERS: frozenset[str] = frozenset({"det", "poss"})
# What a copula says its subject is: a noun or an adjective ("is the largest oil spill").
STATE_COMPLEMENTS: frozenset[str] = frozenset({"attr", "acomp"})
# Modifiers an event's phrase sheds, rightmost first, when still too long.
PHRASE_TRIMS: frozenset[str] = frozenset({"prep", "acl", "ccomp"})
# A verb form that modifies a noun ("a hearing devoted to the disaster"): its preposition
# is its complement, not an adjunct.
PARTICIPLE_MODIFIERS: frozenset[str] = frozenset({"acl", "amod"})
# A clause that states what a noun holds ("worries that ..."), however the parser hangs it.
NOUN_CONTENT_CLAUSES: frozenset[str] = NOUN_CLAUSES | {"ccomp"}
# What a verb says or acts on: a second such part after a comma sums the clause up.
VERB_CONTENTS: frozenset[str] = frozenset({"dobj", "ccomp"})
# Words that only shade a participle ("already begun"): no content of their own.
SHADING: frozenset[str] = frozenset({"advmod", "neg"})
# What joins conjuncts: "and", and the "either" of "either ... or".
COORDINATORS: frozenset[str] = frozenset({"cc", "preconj"})
# Parts of speech whose "of" phrase is their argument ("the outcome of", "ahead of").
OF_HEADS: frozenset[str] = frozenset({"NOUN", "ADV", "ADJ"})
# The participles: past and present.
PARTICIPLE_TAGS: frozenset[str] = frozenset({"VBN", "VBG"})
# A verb form used as a noun's modifier ("Spilled oil", "his planned concerts").
NOUN_MODIFIER_VERBS: frozenset[str] = PARTICIPLE_MODIFIERS | {"compound"}
# What a verb takes that a phrase cannot end without (extract/readable.py): its object,
# its clause or its complement; a participle modifying a noun also the preposition it
# governs ("a hearing devoted to the disaster"), where a finite verb's is an adjunct.
TAKEN: frozenset[str] = frozenset(
    {"dobj", "dative", "attr", "acomp", "oprd", "ccomp", "xcomp", "agent"}
)
TAKEN_BY_MODIFIER: frozenset[str] = TAKEN | {"prep"}
# A particle or adverb a phrase may end on that belongs to its verb ("set aside").
VERB_ATTACHMENTS: frozenset[str] = frozenset({"prt", "advmod"})
# Links from a nested reporting verb up to the clause with its subject ("justified it by saying").
# Where a source phrase as written ends: a comma or a clause after its head ("an aide, who
# declined ..."), not a participle that qualifies it ("a source involved in the talks").
SOURCE_ENDS: frozenset[str] = frozenset({"relcl", "advcl", "parataxis", "punct"})
# Words of a source that do not say who spoke: "he", "they", "the", a comma.
UNNAMING_POS: frozenset[str] = frozenset({"PRON", "DET", "PUNCT"})
# What a source phrase keeps before its head: "a", "senior", "policy", "Pakistan's", "two".
SOURCE_MODIFIERS: frozenset[str] = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod"})
REPORTING_CLIMB: frozenset[str] = frozenset(
    {"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "acl", "dobj", "pobj", "agent"}
)
# Where an adjective can state an outlook ("is likely", "a likely delay").
ADJECTIVE_CUE_ROLES: frozenset[str] = frozenset({"acomp", "amod", "attr", "ROOT", "conj"})

# Nouns and their modifiers:

# A word modifying the noun after it ("foreign minister", "Pakistani officials").
COMPOUND_OR_ADJECTIVE: frozenset[str] = frozenset({"compound", "amod"})
# A noun modifying another noun ("Secretary of State Marco Rubio").
NOMINAL_MODIFIERS: frozenset[str] = frozenset({"nmod", "compound"})
# A word that modifies a noun: adjective, compound or nominal modifier.
MODIFIERS: frozenset[str] = COMPOUND_OR_ADJECTIVE | NOMINAL_MODIFIERS
# A word that modifies or owns a noun ("Afghan officials", "Pakistan's government").
MODIFIERS_OR_OWNER: frozenset[str] = MODIFIERS | {"poss"}
# A date modifying the noun after it ("a fourth-quarter charge", "a two hour stoppage").
DATE_MODIFIERS: frozenset[str] = MODIFIERS | {"nummod"}
# A name modifying or owning the noun after it ("the Taliban government", "Apple's").
COMPOUND_ADJECTIVE_OR_OWNER: frozenset[str] = COMPOUND_OR_ADJECTIVE | {"poss"}
# A name that only modifies or completes a noun ("Pakistani officials", "officials from China").
MODIFIES_OR_COMPLETES: frozenset[str] = MODIFIERS | {"pobj"}
# The same, or owning it ("the BBC's reporter").
MODIFIES_COMPLETES_OR_OWNS: frozenset[str] = MODIFIES_OR_COMPLETES | {"poss"}
# A quoted fragment that modifies or names something (the 787 "Dreamliner").
NAMING: frozenset[str] = frozenset({"amod", "compound", "appos", "nmod"})
# Branches a name's noun phrase extends left over.
NOUN_PHRASE_PARTS: frozenset[str] = MODIFIERS | {"det", "poss", "case", "nummod", "prep", "punct"}
# A name beside another: a conjunct or an apposition ("Qatar and Turkey", "the airline, Ryanair").
COORDINATE: frozenset[str] = frozenset({"conj", "appos"})
# A noun describing a name or part of a longer name ("web browser Safari", "the company, Apple").
COMPOUND_OR_APPOSITION: frozenset[str] = frozenset({"compound", "appos"})
# Links from a name up to the name it stands with.
NAME_CHAIN: frozenset[str] = COORDINATE | {"compound"}
# Links from a phrase up to the noun it describes ("X, a management expert at Stanford University").
DESCRIBED_LINKS: frozenset[str] = frozenset({"pobj", "prep", "appos"})
# A name's links to the noun before it that its source as written includes ("her senior
# policy adviser, Jake Sullivan"; "Blumenthal and Cohen").
SOURCE_JOINS: frozenset[str] = frozenset({"appos", "conj"})
# A name inside a subject phrase that can speak ("a spokesman for the Taliban").
NAMES_IN_SUBJECT: frozenset[str] = frozenset({"compound", "poss", "pobj", "appos"})

# What a verb's "since" phrase measures ("hold their largest majority since 1928").
MEASURED_ARGUMENTS: frozenset[str] = frozenset({"dobj", "attr", "nsubj", "nsubjpass"})

# --- Coarse parts of speech (`token.pos_`) --------------------------------------------

# A common or proper noun.
NOMINALS: frozenset[str] = frozenset({"NOUN", "PROPN"})
# The words that say what an article is about (stories are grouped by them).
TOPIC_WORD_POS: frozenset[str] = NOMINALS | {"VERB"}
# A verb, main or auxiliary.
VERBALS: frozenset[str] = frozenset({"VERB", "AUX"})
# What a "-term" compound qualifies ("long-term debt", "near-term earnings").
TERM_HEAD_POS: frozenset[str] = NOMINALS | {"ADJ", "NUM"}
# An amount a rate is counted after ("15 a year", "$33 million a year").
AMOUNT_POS: frozenset[str] = frozenset({"NOUN", "NUM", "SYM"})
# The head of a phrase of the sentence the model took into a date entity before the date
# ("a coup d'etat last year", "in an interview several months before"): a common noun or a
# foreign word (a name may be a day's: "Mon May 24"; a number may be its day: "the 20 April").
LEADING_PHRASE_POS: frozenset[str] = frozenset({"NOUN", "X"})
# A name or a pronoun: someone who can speak ("We will ...", "said Tarar").
NAMED_OR_PRONOUN: frozenset[str] = frozenset({"PROPN", "PRON"})
# What an inverted cue's subject can be when the parse took it for the cue's object: a noun,
# a number or a pronoun ('"...," read the email', '"...," read one', '"...," tweeted another').
INVERTED_SUBJECT_POS: frozenset[str] = NOMINALS | {"NUM", "PRON", "DET"}
# What a short subject between a quote and a cue the tagger missed holds, and what heads it
# ("the editorial read", "the two write", "the 43-year-old asked": a noun taken for an adjective).
SHORT_SUBJECT_POS: frozenset[str] = NOMINALS | {"NUM", "PRON", "ADJ"}
# What may follow a cue that ends its clause ('"...," the editorial read.', "asked in ...").
CLAUSE_END_POS: frozenset[str] = frozenset({"ADP", "ADV", "PART"})
# How "but added", ", adding" hang from the clause another cue reports.
ADDED_TO_CLAUSE: frozenset[str] = frozenset({"conj", "advcl"})
# The parts of speech an outlook cue word can have ("plan" the verb, "likely").
CUE_WORD_POS: frozenset[str] = frozenset({"VERB", "ADJ"})
# Words a title before a name is made of ("foreign minister").
TITLE_WORD_POS: frozenset[str] = NOMINALS | {"ADJ"}
# The words that say what a sentence is about (a timeline event's centrality reads them).
CONTENT_POS: frozenset[str] = NOMINALS | {"VERB", "ADJ"}
# Heads a described phrase climbs through: nouns and prepositions.
PHRASE_HEAD_POS: frozenset[str] = NOMINALS | {"ADP"}
# Heads of a date that dates a thing, not the clause's event ("payable Dec. 7", "a cutback in
# September", "$29.75 in March"): its year is the nearest, whatever the clause's tense.
DATED_THING_POS: frozenset[str] = frozenset({"NOUN", "ADJ", "NUM"})
# What stands between a subject and its verb in a short clause: "has", "then", "also".
VERB_MODIFIER_POS: frozenset[str] = frozenset({"AUX", "ADV", "PART"})
# Words a name's noun phrase never extends left over.
NOUN_PHRASE_STOPS: frozenset[str] = frozenset({"AUX", "PRON"})

# What "the day" may hold besides "day" and still be that phrase ("the day", "that same day").
DAY_PHRASE_POS: frozenset[str] = frozenset({"DET", "ADJ"})

# Function words a phrase cannot end on ("would be released on").
FUNCTION_POS: frozenset[str] = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"})

# --- Fine-grained tags (`token.tag_`) -------------------------------------------------

# A proper noun, singular or plural.
PROPER_TAGS: frozenset[str] = frozenset({"NNP", "NNPS"})
# A plural noun, common or proper.
PLURAL_NOUN_TAGS: frozenset[str] = frozenset({"NNS", "NNPS"})
# A relative pronoun ("who", "which").
WH_PRONOUN_TAGS: frozenset[str] = frozenset({"WP", "WDT"})
# Every wh-word: a pronoun, determiner or adverb ("which", "whose", "when", "why").
WH_WORD_TAGS: frozenset[str] = WH_PRONOUN_TAGS | {"WP$", "WRB"}
# A past tense or past participle.
PAST_TAGS: frozenset[str] = frozenset({"VBD", "VBN"})
# Verb forms that are not finite: an infinitive or a participle ("and be vaccinated").
NON_FINITE_TAGS: frozenset[str] = frozenset({"VB", "VBN", "VBG"})
# A verb form in the simple present ("is", "are").
PRESENT_TAGS: frozenset[str] = frozenset({"VBZ", "VBP"})
# A present verb form that agrees with a plural subject, never a singular noun ("have", "are").
PLURAL_PRESENT_TAGS: frozenset[str] = frozenset({"VBP"})
# A singular noun or name ("mother", "Carson").
SINGULAR_NOUN_TAGS: frozenset[str] = frozenset({"NN", "NNP"})
# An adverb that modifies a verb ("placed the Taliban ... away from Kabul").
ADVERB_MODIFIERS: frozenset[str] = frozenset({"advmod"})
# A comparative adverb ("closer", "further").
COMPARATIVE_TAGS: frozenset[str] = frozenset({"RBR"})
# A prepositional phrase hung on a word.
PREPOSITIONS: frozenset[str] = frozenset({"prep"})
# A base form, present tense or gerund: no past.
PRESENT_OR_FUTURE_TAGS: frozenset[str] = frozenset({"VB", "VBZ", "VBP", "VBG"})
# A finite verb form or a modal: a clause that says something happened or will.
FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Forms a conjunct shares its first conjunct's tense in: no present of its own (a past
# form too, as the tagger reads "set" in "would be trapped and set aflame").
SHARED_TENSE_TAGS: frozenset[str] = NON_FINITE_TAGS | {"VBD"}
# A participle or past tense the model took into a name ("Joining Cooley", "Thomas Placed").
PARTICIPLE_OR_PAST_TAGS: frozenset[str] = PAST_TAGS | {"VBG"}
# Superlatives, adjective or adverb ("the lowest take", "the most liberal justices").
SUPERLATIVE_TAGS: frozenset[str] = frozenset({"JJS", "RBS"})
# A word that opens a noun phrase or a clause: a determiner ("The", "A", "This"), a personal
# or possessive pronoun ("He", "It", "His").
OPENER_TAGS: frozenset[str] = frozenset({"DT", "PRP", "PRP$"})
# Tags of a word a capitalised determiner can follow inside a sentence: a preposition,
# conjunction, verb, "to", possessive, determiner, modal or particle ("told The Washington
# Post", "fans of The Beatles", "and The Times").
BINDS_FORWARD_TAGS: frozenset[str] = frozenset(
    {"IN", "CC", "DT", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "TO", "POS", "PRP$", "WDT",
     "WP", "WP$", "MD", "RP", "EX"}
)  # fmt: skip
# The base form of a verb: with no subject and no auxiliary, an imperative.
BASE_FORM_TAGS: frozenset[str] = frozenset({"VB"})
# A coordinating conjunction ("and", "but", "or").
CONJUNCTION_TAGS: frozenset[str] = frozenset({"CC"})
# Where an embedded question stands: a verb's, a preposition's or a noun's complement
# ("questions about whether ...", "asked if ..."), and what opens it ("whether", "when").
QUESTION_CLAUSES: frozenset[str] = frozenset({"ccomp", "pcomp", "pobj", "csubj", "acl"})
QUESTION_OPENERS: frozenset[str] = frozenset({"mark", "advmod"})
# The past forms of a verb, which no modal takes ('"...," Will wrote.': "Will" is a name).
PAST_FORM_TAGS: frozenset[str] = frozenset({"VBD", "VBN"})
# Words that open a clause or a scene, not a noun phrase in apposition ("In a statement,").
NOT_APPOSED_OPENERS: frozenset[str] = frozenset({"SCONJ", "ADV", "CCONJ", "PRON", "PART"})
