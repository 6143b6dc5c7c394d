"""Quotes: marks paired per paragraph, speakers from the parse, pronouns resolved.

Sentences are real news text: the seed article (inputs/istanbul-talks.txt) and MEANTIME
Wikinews articles (tests/data/meantime, CC BY 4.0; the file is named beside each case).
"""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotes import (
    MEGYN_KELLY,
    extract_quotes,
    merge_quotes,
    positions,
    quote_marks,
)
from briefgen.extract.rules import tracing
from briefgen.model import Evidence, Quote

SEED_QUOTES = [
    ("failed to bring about a workable solution", "Pakistan", "partial"),
    ("Regrettably, the Afghan side gave no assurances", "Attaullah Tarar", "direct"),
    ("in the spirit of peace", "Attaullah Tarar", "partial"),
    ("unabated support to anti-Pakistan terrorists", "Attaullah Tarar", "partial"),
    ("We will continue to take all possible measures", "Attaullah Tarar", "direct"),
    ("We will decimate the terrorists", "Attaullah Tarar", "direct"),
]


def quoted(
    parse_text, text: str, kinds: tuple[str, ...] = ("direct", "partial")
) -> list[tuple[str, str | None, str]]:
    """(text, speaker, kind) of the quotes of the given kinds found in a text."""
    article = parse_text(text)
    return [
        (q.text, q.speaker, q.kind)
        for q in extract_quotes(article, extract_actors([article]))
        if q.kind in kinds
    ]


def test_seed_quotes_and_speakers(seed_brief):
    found = [(q.text, q.speaker, q.kind) for q in seed_brief.quotes if q.kind != "indirect"]
    assert len(found) == len(SEED_QUOTES)
    for (text, speaker, kind), (start, expected_speaker, expected_kind) in zip(
        found, SEED_QUOTES, strict=True
    ):
        assert text.startswith(start)
        assert (speaker, kind) == (expected_speaker, expected_kind)


def test_seed_quote_evidence_is_the_quoted_text(seed_brief):
    for quote in seed_brief.quotes:
        assert seed_brief.excerpt(quote.evidence) == quote.text


def test_seed_indirect_speech(seed_brief):
    indirect = {(q.speaker, q.cue, q.text) for q in seed_brief.quotes if q.kind == "indirect"}
    assert ("Attaullah Tarar", "confirmed", "the discussions had yielded no progress") in indirect
    assert (
        "Pakistan",
        "says",
        "the violence stems from militant groups operating inside "
        "Afghanistan, particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses "
        "Kabul of sheltering",
    ) in indirect


SUGAR = (  # 100911_Northrop_Grumman...: straight marks, two sentences in one quote
    'Northrop Grumman CEO Ron Sugar said in an interview "Everyone told us we were crazy, that '
    "we had no "
    'chance. But we took a big swing and in this case, we hit a home run."'
)
TARAR = (  # seed: curly marks, the cue after the quote ("Tarar wrote on X"), partial quotes
    "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had "
    "yielded no progress. “Regrettably, the Afghan side gave no assurances, kept deviating from "
    "the core "
    "issue and resorted to blame game, deflection and ruses,” Tarar wrote on X. He added that "
    "Pakistan had "
    "engaged in the dialogue “in the spirit of peace” but accused Kabul of “unabated support to "
    "anti-Pakistan terrorists.”"
)
OBAMA = (  # 125796_Chrysler_files_for_bankruptcy...: a quote split by its cue
    "\"It's a partnership that will give Chrysler a chance not only to survive, but to thrive "
    "in a global "
    'auto industry," said American president Obama, "Fiat has demonstrated that it can build '
    "the clean, "
    'fuel-efficient cars that are the future of the industry."'
)
WOLFOWITZ = (  # 1173_Internal_emails...: a quote introduced by a colon
    "Deputy Defense Secretary Wolfowitz published an open-article in the Congressional Record, "
    "saying: "
    '"After we have selected an appropriate alternative, we intend to require competition."'
)
ROCHE = (  # 1173_Internal_emails...: a transcript label before a colon, no verb at all
    "The following is a sequential email exchange regarding Airbus as recorded in the "
    "Congressional "
    "Record:: Special Asst. to the Secretary and Director of Air Force Communications Bill "
    'Bodie: "We '
    "don't have to turn the other cheek, you know.\" : Secretary of the Air Force James Roche: "
    '"No, Sir, '
    'save it and blow him away. He admits that they were not technically qualified!"'
)
JOBS = (  # 60083_Apple_Corps_resolve: inverted cues, each followed by a quote with no cue
    '"We love the Beatles, and it has been painful being at odds with them over these '
    'trademarks," said '
    'Apple Inc. CEO Steve Jobs. "It feels great to resolve this in a positive manner, and in a '
    "way that "
    'should remove the potential of further disagreements in the future." "The years ahead are '
    "going to "
    'be very exciting times for us," said Neil Aspinall, manager of Apple Corps. "We wish Apple '
    "Inc. "
    'every success and look forward to many years of peaceful co-operation with them."'
)
OSTROWER = (  # 276079_Boeing_rolls_out...: an inverted cue the parser gives no subject
    "\"It's an extraordinary challenge, no one has ever built a wide body aircraft at the rate "
    "of 10 per "
    'month before," claims writer John Ostrower.'
)
DJAMAL = (  # 87805_Indonesia_transport_minister: "X quoted Y as saying" - Y spoke
    "Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local "
    "airlines should "
    'not purchase aircraft from European manufacturers, such as Airbus. "We do not need to buy '
    "aircraft "
    'from Europe as long as the flying ban stays unrevoked," Detik.com quoted Djamal as saying.'
)
HENDERSON = (  # 127248_CEO_of_GM_outlines_plan: a partial quote inside the reporter's sentence
    "In a New York press conference, Fritz Henderson, the Chief Executive Officer of General "
    "Motors, "
    "outlined a plan. He stressed several times his view that the process would be one that is "
    "executed "
    'quickly, saying that not just a sense of urgency but "pure unadulterated speed" was his '
    "expectation "
    "of the process."
)
DICKS = (  # 100911_Northrop_Grumman...: a one-word partial quote that is what was said
    'Washington representative Norm Dicks said he too was "shocked", releasing a statement.'
)
MULALLY = (  # 60086_Ford_Taurus_to_be_revived: the cue in the sentence after a question
    '"How can it go away?" Alan Mulally remembered asking, "It\'s the best-selling car in America."'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SUGAR,
            [
                (
                    "Everyone told us we were crazy, that we had no chance. But we took a big "
                    "swing",
                    "Ron Sugar",
                    "direct",
                )
            ],
        ),
        (
            TARAR,
            [
                ("Regrettably, the Afghan side gave no assurances", "Attaullah Tarar", "direct"),
                ("in the spirit of peace", "Attaullah Tarar", "partial"),
                ("unabated support to anti-Pakistan terrorists.", "Attaullah Tarar", "partial"),
            ],
        ),
        (
            OBAMA,
            [
                ("It's a partnership that will give Chrysler a chance", "Obama", "direct"),
                ("Fiat has demonstrated that it can build", "Obama", "direct"),
            ],
        ),
        (WOLFOWITZ, [("After we have selected an appropriate alternative", "Wolfowitz", "direct")]),
        (
            ROCHE,
            [
                ("We don't have to turn the other cheek", "Bill Bodie", "direct"),
                ("No, Sir, save it", "James Roche", "direct"),
            ],
        ),
        (
            JOBS,
            [
                ("We love the Beatles", "Steve Jobs", "direct"),
                ("It feels great", "Steve Jobs", "direct"),
                ("The years ahead", "Neil Aspinall", "direct"),
                ("We wish Apple Inc.", "Neil Aspinall", "direct"),
            ],
        ),
        (OSTROWER, [("It's an extraordinary challenge", "John Ostrower", "direct")]),
        (
            DJAMAL,
            [("We do not need to buy aircraft from Europe", "Jusman Syafii Djamal", "direct")],
        ),
        (HENDERSON, [("pure unadulterated speed", "Fritz Henderson", "partial")]),
        (DICKS, [("shocked", "Norm Dicks", "partial")]),
        (
            MULALLY,
            [
                ("How can it go away?", "Alan Mulally", "direct"),
                ("It's the best-selling car", "Alan Mulally", "direct"),
            ],
        ),
        # The model tags the rank into the name ("Prince Faisal bin Farhan"); the speaker is
        # the person the brief names without it.
        (
            '"We welcome the commitment of both parties," Saudi Foreign Minister Prince Faisal '
            "bin Farhan said.",
            [("We welcome the commitment", "Faisal bin Farhan", "direct")],
        ),
    ],
)
def test_quote_patterns_and_their_speakers(parse_text, text, expected):
    found = quoted(parse_text, text)
    assert len(found) == len(expected), found
    for (text_found, speaker, kind), (start, expected_speaker, expected_kind) in zip(
        found, expected, strict=True
    ):
        assert text_found.startswith(start)
        assert (speaker, kind) == (expected_speaker, expected_kind)


def test_multi_paragraph_quote_continues_with_its_speaker(parse_text):
    # The seed's last two quoted sentences laid out as news prints a quote running over two
    # paragraphs: the first paragraph has no closing mark, the second opens with a mark.
    text = (
        "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
        "discussions had yielded no progress. In his statement, Tarar emphasized that Pakistan "
        "had shown restraint.\n"
        "“We will continue to take all possible measures necessary to protect our people from the "
        "menace of terrorism,” he said. “We will not allow the threat to persist.\n"
        "“We will decimate the terrorists, their sanctuaries, their abettors, and supporters.”"
    )
    found = quoted(parse_text, text)
    assert [(t.split()[:4], s) for t, s, _ in found] == [
        (["We", "will", "continue", "to"], "Attaullah Tarar"),
        (["We", "will", "not", "allow"], "Attaullah Tarar"),
        (["We", "will", "decimate", "the"], "Attaullah Tarar"),
    ]


def test_nested_single_quotes_stay_inside_their_quote():
    # The seed's partial quote as another outlet would report Tarar's words inside a quote.
    text = (
        "“Pakistan engaged in the dialogue ‘in the spirit of peace’,” Tarar said. "
        "Pakistan’s minister left."
    )
    assert [text[m.start : m.end] for m in quote_marks(text)] == [
        "Pakistan engaged in the dialogue ‘in the spirit of peace’,"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 214601_Apple_unveils_new_MacBook_Air_laptops: event and product names in marks.
        'The "Back to the Mac" event also included a preview of Apple\'s forthcoming Mac OS X Lion '
        "operating system, to be released in mid-2011.",
        'Several new applications will be added in OS X Lion, dubbed "Mission Control" and '
        '"Launchpad."',
        # 39951_Australian_government...: a scare quote on a modifier, under a reporting verb.
        "Mr Howard claims that the projects will create 273 jobs and secure the future of the "
        '"iconic" '
        "Ford Falcon, which has been built in Australia since 1960.",
        # 145930_Boeing_787_Dreamliner_makes_maiden_flight: a product name.
        'Boeing\'s newest commercial aircraft, the 787 "Dreamliner", made its first test flight '
        "Tuesday in "
        "Everett, Washington at 18:00 UTC.",
        # 31706_Ford_Motor_Company...: a plan's name.
        'The plan, called "Way Forward", the brainchild of Ford\'s Chief Executive Officer, '
        "William Clay "
        "Ford Jr., is to end Ford's North American losses by 2008.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(parse_text, text):
    assert quoted(parse_text, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # seed: "he" after a sentence whose subject is Tarar.
        (
            "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
            "discussions had yielded no progress. In his statement, Tarar emphasized that Pakistan "
            "had shown restraint. “We will continue to take all possible measures necessary to "
            "protect our people from the menace of terrorism,” he said.",
            "Attaullah Tarar",
        ),
        # 61389_Airbus_announces_job_cuts: the last sentence's subject, not the union named in it.
        (
            '"The response has been massive," said Julien Talavan, a spokesman for Force '
            "Ouvrière, the main "
            'Airbus union in France. "This is just the beginning," he said, hinting at future '
            "labor action.",
            "Julien Talavan",
        ),
        # 118147_US_automaker_bailout_deal: the person the previous sentence is about.
        (
            "Senate Majority leader Harry Reid said that he was disappointed. Republican "
            "Senator Bob Corker was "
            'also unhappy about the rejection. "We were about three words away from a deal," he '
            "said.",
            "Bob Corker",
        ),
        # 143480_Automaker_GM_to_cut_10_000_jobs_at_Opel: "he told the BBC".
        (
            '"It is the best decision for Britain and our plants," said the general secretary '
            "of the British "
            'union Unite, Tony Woodley. "I am absolutely delighted that General Motors have '
            "finally done the "
            'right thing for them and for us," he told the BBC.',
            "Tony Woodley",
        ),
        # 150433_Ford_Motors_posts_2.7_billion_annual_profit: an apposition names the subject.
        (
            "The firm's president and chief executive, Alan Mulally, commented on the profits. "
            '"While we still '
            'face significant challenges ahead, 2009 was a pivotal year for Ford," he said.',
            "Alan Mulally",
        ),
        # 276079_Boeing_rolls_out_first_787: "he adds" after an inverted cue.
        (
            '"We plan to use the 787 to expand our business, particularly our international '
            'routes," says ANA '
            'senior vice president Mitsuo Morimoto. "We plan to increase our revenue from '
            "international route "
            'significantly and the 787 will play an instrumental role in this," he adds.',
            "Mitsuo Morimoto",
        ),
        # 39951_Australian_government...: a courtesy title marks a person the tagger called an
        # organisation.
        (
            'Mr MacFarlane said that the research facility was exciting for Australia. "The '
            "funding has helped "
            "Ford Australia secure the largest automotive R&D project ever undertaken in "
            'Australia" he said.',
            "MacFarlane",
        ),
        # 87805_Indonesia_transport_minister: an unlabelled surname as the last subject.
        (
            "Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that "
            "local airlines "
            "should not purchase aircraft from European manufacturers. The announcement was "
            "made at a joint press "
            "conference with Indonesian Vice President Jusuf Kalla in Jakarta. Djamal told "
            "reporters that he "
            'felt the best option was the lifting of the ban. "The easiest way is to lift the '
            "ban, because the "
            'ban goes against the principle of open sky policy," he said.',
            "Jusman Syafii Djamal",
        ),
        # 51682_Singapore_Airlines_to_be_compensated: "the company" is the organisation last named.
        (
            "Singapore Airlines says that it will be compensated by Airbus for the additional "
            "delay. In a "
            'statement on the Airbus website, the company said that "the root cause of the '
            "problem is the fact "
            'that the 3D Digital mock-up was implemented late".',
            "Airbus",
        ),
        # 100911_Northrop_Grumman...: "a statement by Boeing given by" a named spokesman.
        (
            'A statement by Boeing given by Boeing spokesman William Barksdale said "Obviously '
            "we are very "
            "disappointed ... Once we have reviewed the details behind the award, we will make "
            "a decision "
            'concerning our possible options."',
            "William Barksdale",
        ),
        # 11714_Ryanair...: "Ryanair CEO, X," - the apposition, not the company.
        (
            "Aer Lingus Chief Executive Dermot Mannion stated that he believed the Airbus "
            "aircraft were better. "
            "As well as new routes to the US, Mannion stated that there was a possibility of "
            "routes elsewhere "
            'resulting from the new aircraft as well, saying, "We will prioritize the U.S. '
            "(but) we have an eye "
            "as to what's happening to the Far East and South Africa.\"",
            "Dermot Mannion",
        ),
        # Stock-market news: the surname the tagger calls an organisation is the person
        # the brief knows, not the one quoted before it.
        (
            '"We need to get back to work," said Minority Leader John Boehner.\n\nPaulson said '
            'he would work with Congress to find a solution. "We need to get something done," '
            "he said. The plan was proposed by Treasury Secretary Henry Paulson.",
            "Henry Paulson",
        ),
        # PolNeAR train (The New York Times, 2016-04-23): "he" is the speaker of the main
        # clause before, not the subject of its complement, nor a name inside the quote.
        (
            "''That's what's important for you to understand: That he gets it, and that the "
            "part he's been playing is evolving,'' Mr. Manafort said Thursday night, suggesting "
            "that Mr. Trump was about to begin a more professional phase of his campaign."
            "\n\n''The negatives are going to "
            "come down, the image is going to change, but Clinton is still going to be crooked "
            "Hillary,'' he added.",
            "Manafort",
        ),
    ],
)
def test_pronoun_and_nominal_speakers_resolve_to_actors(parse_text, text, speaker):
    assert quoted(parse_text, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 100911_Northrop_Grumman...: the last quote of the article is never closed; it is
        # recovered to the end of its sentence, and the narrative after it is not quoted.
        (
            'General Arthur Lichte said "This will be an American tanker, flown by American '
            "airmen with an "
            "American flag on its tail and, every day, it will be saving American lives. Boeing "
            "had initially "
            "agreed to lease 100 tankers.",
            [
                (
                    "This will be an American tanker, flown by American airmen with an American "
                    "flag on its tail and, "
                    "every day, it will be saving American lives.",
                    "Arthur Lichte",
                )
            ],
        ),
        # 1173_Internal_emails...: a quote opened by two apostrophes (a typewriter double
        # mark) and closed by a straight one is a quote (of an email: no person speaks); the
        # closing mark must not swallow the narrative up to the next quote.
        (
            "An email from Burkhardt & Associates to James Roche advises the Secretary to "
            "release fiscal numbers "
            "favorable to Boeing: ''I'd distribute a one page memo saying the per plane cost of "
            "the lease will not "
            'be greater than x," it said. An additional email by Roche provides a stark '
            "contrast, as he talks to "
            'Marvin Sambur about Boeing, saying, "I love Ya, Big Guy."',
            [
                (
                    "I'd distribute a one page memo saying the per plane cost of the lease will "
                    "not be greater than x",
                    None,
                ),
                ("I love Ya, Big Guy.", "James Roche"),
            ],
        ),
        # 40986_Apple_releases_Macbook: inch marks are not quote marks.
        (
            'The Macbook features a 13.3" widescreen display, while the Pro can be purchased '
            'with either 15" '
            'or 17" displays.',
            [],
        ),
        # 265977_Apple_announces...: a backtick and an apostrophe around a phrase.
        (
            "Scott Forestall, an Apple employee, also revealed that iOS devices would no longer "
            "require a "
            "computer for setup, allowing users to `cut the cord' between their devices and PCs.",
            [],
        ),
        # 238039_Apple_Inc_CEO_Steve: an apostrophe followed by a space inside the quote.
        (
            'Lewis W. Teperman, a doctor at New York University, said, "It’ s very common for '
            "transplant "
            'patients to have issues that are not life-threatening."',
            [
                (
                    "It’ s very common for transplant patients to have issues that are not "
                    "life-threatening.",
                    "Lewis W. Teperman",
                )
            ],
        ),
        # 129865_Airbus_offers_funding...: `pingers' and then a real quote after it.
        (
            "Investigators have already given up using the conventional method of tracing audio "
            "`pingers', the "
            'batteries of which would have expired. "This is an exceptional accident and an '
            "exceptional "
            'situation," Airbus spokesman Stefan Schaffrath explained.',
            [("This is an exceptional accident and an exceptional situation", "Stefan Schaffrath")],
        ),
    ],
)
def test_broken_quote_marks_are_recovered(parse_text, text, expected):
    assert [(t, s) for t, s, _ in quoted(parse_text, text)] == expected


@pytest.mark.parametrize(
    ("text", "quoted_spans"),
    [
        ("“Balanced,” he said.", ["Balanced,"]),
        ('He said "balanced" and "fair".', ["balanced", "fair"]),
        # An opening mark never closed before the next one: recovered to its sentence end.
        ("He said “no deal. Later: “We will return,” she said.", ["no deal.", "We will return,"]),
        ("A stray ” closing mark, then “a real quote”.", ["a real quote"]),
        # Unclosed at the end of a paragraph whose successor opens with no mark.
        ("“Never closed.\nNext paragraph has no mark.", ["Never closed."]),
        (
            "“We will continue.\n“We will decimate them.”",
            ["We will continue.", "We will decimate them."],
        ),
        ("‘We won’t go,’ he said of the workers’ strike.", ["We won’t go,"]),
        # TimeBank (TeX marks): ``...''.
        (
            "a local TV said.\n\n``It was definitely a bomb,'' said a police officer.",
            ["It was definitely a bomb,"],
        ),
        # PolNeAR (NYT copy, doubled single marks both ways): ''...''.
        (
            "screaming racial slurs and calling her ''leftist scum,'' she said. ''We found zero "
            "relationship,'' Bock said.",
            ["leftist scum,", "We found zero relationship,"],
        ),
        ("told the television program ''Inside Edition'' after it", ["Inside Edition"]),
    ],
)
def test_quote_marks_pair_per_paragraph(text, quoted_spans):
    assert [text[m.start : m.end] for m in quote_marks(text)] == quoted_spans


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # 149731_Technical_problem_on_Airbus_A400M: "according to X".
        (
            "The steering computer and backup system failed after thirty minutes. The issue has "
            "been resolved, "
            "according to Airbus spokesman Jaime Perez-Guerra.",
            "Jaime Perez-Guerra",
            "The issue has been resolved",
        ),
        # 126029_US_automaker_GM_reports_losses: "the firm said" with a bare that-less clause.
        (
            "United States automobile company General Motors announced it has lost US$6 billion "
            "in the first "
            "quarter of 2009. Not including special items, the firm said it had lost a net $5.9 "
            "billion dollars.",
            "General Motors",
            "it had lost a net $5.9 billion dollars",
        ),
        # 128016_China_Eastern_Airlines...: "The company said that ...".
        (
            "China Eastern Airlines stated on Thursday that it had signed a contract to "
            "purchase a score of "
            "Airbus A320 passenger jets. The company said that the planes would meet additional "
            "demand for "
            "domestic passenger routes.",
            "China Eastern Airlines",
            "the planes would meet additional demand for domestic passenger routes",
        ),
        # seed: "accused Kabul of ..." outside quote marks.
        (
            "Islamabad says the violence stems from militant groups operating inside "
            "Afghanistan. Pakistan "
            "accused Kabul of sheltering the Tehrik-e-Taliban Pakistan.",
            "Pakistan",
            "Kabul of sheltering the Tehrik-e-Taliban Pakistan",
        ),
        # Pakistan-Afghanistan border clashes, October 2025: the clause opens at "that".
        (
            "The Inter-Services Public Relations (ISPR), the military's media wing, said "
            "earlier that 23 Pakistani soldiers had been killed in clashes along the border.",
            "Inter-Services Public Relations",
            "23 Pakistani soldiers had been killed in clashes along the border",
        ),
    ],
)
def test_indirect_speech(parse_text, text, speaker, content):
    assert (content, speaker, "indirect") in quoted(parse_text, text, kinds=("indirect",))


def _quote(text: str, source: str, start: int, speaker: str | None) -> Quote:
    evidence = Evidence(source=source, start=start, end=start + len(text))
    why = ["direct_clause", "cue_subject" if speaker else "unattributed"]
    return Quote(text=text, speaker=speaker, cue="said", kind="direct", evidence=evidence, why=why)


def test_merge_quotes_joins_the_same_words_from_other_sources():
    words = "We will decimate the terrorists, their sanctuaries, their abettors, and supporters."
    measures = (
        "We will continue to take all possible measures necessary to protect our people from "
        "the menace of terrorism"
    )
    quotes = [
        _quote(words, "s1", 10, None),
        _quote(measures, "s1", 200, "Attaullah Tarar"),
        _quote(words.upper().rstrip("."), "s2", 40, "Attaullah Tarar"),  # another outlet's casing
        _quote(words, "s1", 500, "Attaullah Tarar"),  # repeated in the same article: its own quote
        _quote("take all possible measures necessary to protect", "s3", 7, None),  # an excerpt
        _quote("We will continue", "s3", 90, None),  # too short to tell it is the same statement
    ]
    merged = merge_quotes(quotes)
    assert [(q.evidence.source, q.evidence.start, q.speaker) for q in merged] == [
        ("s1", 10, "Attaullah Tarar"),
        ("s1", 200, "Attaullah Tarar"),
        ("s1", 500, "Attaullah Tarar"),
        ("s3", 90, None),
    ]
    assert merged[0].also == [Evidence(source="s2", start=40, end=40 + len(words) - 1)]
    assert [e.source for e in merged[1].also] == ["s3"]
    assert merged[2].also == []
    # A merged quote keeps the first report's reasons, even where another report named the speaker.
    assert merged[0].why == ["direct_clause", "unattributed"]


def test_positions_group_each_actors_statements_in_actor_order(seed_brief):
    grouped = positions(seed_brief.quotes, seed_brief.actors)
    order = [a.name for a in seed_brief.actors]
    assert list(grouped) == sorted(grouped, key=order.index)
    assert {"Attaullah Tarar", "Pakistan"} <= set(grouped)
    tarar = grouped["Attaullah Tarar"]
    assert {q.kind for q in tarar} == {"direct", "partial", "indirect"}
    assert sum(len(v) for v in grouped.values()) == sum(
        q.speaker is not None for q in seed_brief.quotes
    )


@pytest.mark.parametrize(
    ("text", "fragment", "rule", "verdict"),
    [
        (TARAR, "in the spirit of peace", "reported_fragment", "kept"),
        (DICKS, "shocked", "asserted_word", "kept"),
        # 214601_Apple_unveils_new_MacBook_Air_laptops: a title, and an event's name.
        (
            'Several new applications will be added in OS X Lion, dubbed "Mission Control" and '
            '"Launchpad."',
            "Mission Control",
            "capitalised_name",
            "dropped",
        ),
        # PolNeAR train, Breitbart 2016-05-15: a show's name after a cue.
        (MEGYN_KELLY, "Good Morning America", "capitalised_name", "dropped"),
        # PolNeAR train, Breitbart 2016-08-31: a slogan with a verb, no cue.
        (
            "Jeff Sessions, Rudy Giuliani Wear \u2018Make Mexico Great Again Also\u2019 Hats at "
            "Trump Immigration Rally.",
            "Make Mexico Great Again Also",
            "uncued_title",
            "dropped",
        ),
        (
            'The "Back to the Mac" event also included a preview of Apple\'s forthcoming Mac OS X '
            "Lion operating system, to be released in mid-2011.",
            "Back to the Mac",
            "uncued_fragment",
            "dropped",
        ),
        # 39951_Australian_government...: a scare quote on a modifier, under a reporting verb.
        (
            "Mr Howard claims that the projects will create 273 jobs and secure the future of the "
            '"iconic" Ford Falcon, which has been built in Australia since 1960.',
            "iconic",
            "naming_fragment",
            "dropped",
        ),
    ],
)
def test_partial_rules_keep_or_drop_each_fragment(parse_text, text, fragment, rule, verdict):
    article = parse_text(text)
    with tracing() as trace:
        extract_quotes(article, extract_actors([article]))
    assert (fragment, verdict) in {(d.subject, d.outcome) for d in trace.by(rule)}
