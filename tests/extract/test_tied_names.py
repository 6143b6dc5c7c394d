"""A name inside a source phrase headed by a person says whom the source is tied to, not who
spoke (`tied_name`); a name inside a phrase for a thing that carries words, in apposition to
the head, after "by", or an organisation whose people speak for it still names the speaker.
Real sentences of PolNeAR train, from five outlets, and of MEANTIME (named beside each)."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotes import extract_quotes

CASES = [
    # (text, quote's first words, speaker, source as written or None: not checked,
    # tied_name in its why or None: not checked)
    (  # Politico 2016-05-31: whose adviser, not Cruz
        "Ted Cruz\u2019s associates insist he\u2019s returning to the Senate as the same "
        "uncompromising, hell-bent conservative he\u2019s always been.\n\n\u201cThat can go a "
        "long way toward establishing good relationships,\u201d said a senior Cruz adviser.",
        "That can go",
        None,
        "a senior Cruz adviser",
        True,
    ),
    (  # Politico 2016-09-01: a person close to them
        "Hillary Clinton has expressed frustration about her first face-off with Donald "
        "Trump.\n\n\u201cThe drop we are seeing now is directly attributable to the emails, the "
        "foundation, all the old trust stuff,\u201d said a person close to the Clintons.",
        "The drop",
        None,
        "a person close to the Clintons",
        True,
    ),
    (  # HuffPost 2016-08-17: an adviser to Trump
        "And the leading authority on social media and politics in the Trump campaign is "
        "Trump himself.\n\u201cPaul\u2019s knowledge, such as it is, is about 20 years old,\u201d "
        "said a longtime adviser to Trump, who declined to be identified.",
        "Paul\u2019s knowledge",
        None,
        "a longtime adviser to Trump",
        True,
    ),
    (  # The Washington Post 2015-11-10: a supporter of Trump
        "This is Donald Trump's election. The other candidates are just fibbing in it.\n\n"
        '"Word is," Trump said last month on Twitter, "that Ford Motor is going to cancel their '
        'deal to go to Mexico and stay in U.S."\n\n'
        "Trump, for instance, was wrong in his claim about Ford canceling its plant in Mexico. "
        'Ford itself said the deal was on.\n\n"Meh," wrote a Trump supporter who runs the '
        'Twitter account @WomenForTrump. "What does Ford know about it . . ."',
        "What does Ford",
        None,
        "a Trump supporter",
        None,  # said by the supporter of the quote before it (continued_quote)
    ),
    (  # Politico 2016-02-04: a Democrat from Iowa is not Iowa
        "Donald Trump is poised to bounce back after his second-place finish in Iowa.\n\n"
        "\u201cShe is too far behind,\u201d said an Iowa Democrat, \u201cand Iowa was not a "
        "decisive win.\u201d",
        "She is too far",
        None,
        "an Iowa Democrat",
        True,
    ),
    (  # Breitbart 2016-04-23: the adviser's own name, in apposition
        "But former secretary of state Hillary Clinton is not one of those critics.\n\nIn a "
        "statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
        "\u201cHillary Clinton believes that transatlantic cooperation is essential.\u201d",
        "Hillary Clinton believes",
        "Jake Sullivan",
        "her senior policy adviser, Jake Sullivan",
        False,
    ),
    (  # MEANTIME (Wikinews, CC BY 4.0) 126361: an organisation's officer speaks for it
        'GM said the dealerships that were to be closed are "underperforming and very small '
        'sales volume U.S. dealers." "They\'re dealerships that are in most cases hurting, losing '
        "money, and in danger of going out of business anyway,\" said GM's sales, service, and "
        "marketing vice president in a telephone conference.",
        "They're dealerships",
        "GM",
        None,  # the parse ends the phrase at "sales": not checked here
        False,
    ),
    (  # Politico 2016-01-05: a readout carries the Pentagon's words
        "Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo "
        '"to discuss potential alliance responses to the recent apparent North Korean nuclear '
        'test," according to a Pentagon readout.',
        "to discuss",
        "Pentagon",
        "a Pentagon readout",
        False,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker", "source", "tied"), CASES)
def test_a_name_tied_to_the_source_is_not_its_speaker(
    parse_text, text, opening, speaker, source, tied
) -> None:
    article = parse_text(text)
    quotes = extract_quotes(article, extract_actors([article]))
    quote = next(q for q in quotes if q.text.lstrip('\u201c"').startswith(opening))
    assert quote.speaker == speaker
    assert source is None or quote.source_text == source
    assert tied is None or ("tied_name" in quote.why) is tied
