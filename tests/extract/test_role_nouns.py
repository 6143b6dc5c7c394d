"""A role noun names the person holding that role (`role_noun`): the subject named nearest
when it holds the role by its card or by a title before its name ("Sen.", "Gov."), with the
place before the noun agreeing; no one when that subject is someone else and no card has the
role. Real passages of PolNeAR train, from three outlets (named beside each)."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotes import extract_quotes

CASES = [
    # (text, quote's first words, speaker)
    (  # HuffPost 2015-11-15: "Sen." before the name, "the senator" after
        "WASHINGTON \u2014 Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal "
        "minimum wage to $15 an hour, saying the positives in economic stimulus would outweigh "
        "the potential in job losses.\n\n\u201cI apologize to nobody for that,\u201d the senator "
        "said during Saturday night\u2019s Democratic debate.",
        "I apologize",
        "Bernie Sanders",
    ),
    (  # The Washington Post 2015-12-24: "Gov." and the state agree
        "Sen. Rand Paul (Ky.) has released a Web video that accuses Cruz of being welcoming to "
        "Syrian refugees.\n\nNew Jersey Gov. Chris Christie accused Cruz of opposing the NSA's "
        'bulk collection of metadata for political, not philosophical, reasons. "He went for the '
        'easy political vote at a time when it looked like it was a popular thing to do," the '
        "New Jersey governor said.",
        "He went for",
        "Chris Christie",
    ),
    (  # The Washington Post 2015-12-24: the nearest subject is Cruz, not the senator named
        # before (McCain), and no title here says Cruz is one: no one rather than a guess
        "To stop Ted Cruz, the Republican establishment is working around the clock to "
        "caricature the Texas senator as just another career politician.\n\nRecall Sen. John "
        "McCain (Ariz.) damaging his reputation for candor in 2000 when he equivocated on "
        "whether South Carolina should remove the Confederate flag from the state capitol.\n\n"
        'Cruz defends his outsider bona fides in a commercial running on Iowa TV: "Securing our '
        'borders and stopping illegal immigration is a matter of national security," the '
        "senator says directly to the camera.",
        "Securing our borders",
        None,
    ),
    (  # Breitbart 2016-03-15: "Florida Sen. Marco Rubio", then "The Florida senator"
        "His victory deals a devastating blow to Florida Sen. Marco Rubio.\n\nMarco Rubio spoke "
        "over boos from the audience as he congratulated Florida primary winner Donald Trump. "
        "Rubio offered the crowd an emotional evaluation on the state of politics in the United "
        "States Tuesday as he ended his bid for the White House.\n\nThe Florida senator sought "
        "to calm his supporters, and took a heckler in stride, saying the person would \u201cnot "
        "get beat up\u201d at his rally.",
        "the person would",
        "Marco Rubio",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), CASES)
def test_a_role_noun_names_who_holds_the_role(parse_text, text, opening, speaker) -> None:
    article = parse_text(text)
    quotes = extract_quotes(article, extract_actors([article]))
    quote = next(q for q in quotes if q.text.lstrip('\u201c"').startswith(opening))
    assert quote.speaker == speaker
