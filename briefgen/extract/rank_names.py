"""A speaker's name the parser cut off at a title's full stop.

The tokenizer splits some abbreviated titles from their stop ("Capt" "."), and the parser
may then end the sentence there: in "said Pentagon spokesman Navy Capt. Jeff Davis" the
subject is "Capt" and "Jeff Davis" a sentence of its own. `name_after_rank` walks from such
a subject over the names and abbreviated titles after it to the person they name.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract.lexicon import words
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.rules import rule

_NAME_REACH = 6  # tokens from the subject to the person's surname: "1st Lt. Tyler Livingston"

# PolNeAR train, Politico 2016-06-13: "Capt." split from its stop, then a new sentence.
DAVIS = (
    "\"I don't see how Orlando would cause us to change our operations. We're already at war "
    'with ISIL," said Pentagon spokesman Navy Capt. Jeff Davis.'
)


@rule("speaker", example=DAVIS)
def name_after_rank(subject: Token) -> Token | None:
    """A subject followed by names and an abbreviated title with its stop ("Capt.", "Lt.",
    lexicon `titles`) stands for the person named after that title: "said Army Capt.
    Christian Pardo" -> "Pardo"."""
    doc = subject.doc
    crossed, person = False, None
    for i in range(subject.i + 1, min(subject.i + 1 + _NAME_REACH, len(doc))):
        token = doc[i]
        if token.text == "." and f"{doc[i - 1].text}." in words("titles"):
            crossed = True
        elif token.pos_ == "PROPN" and not is_quoted(token):
            person = token if token.ent_type_ == "PERSON" else person
        else:
            break
    return person if crossed and person is not None else None
