"""The same-fact test: a second source is cited only when it reports the same fact.

Real sentences: MEANTIME Wikinews (CC BY 4.0) gm, airbus and apple clusters; Timeline17
BP oil spill (t17_bpoil_*) and Michael Jackson (t17_MJ_bbc); the seed (istanbul-talks.txt).
Some pairs set a real sentence beside the report another article makes of it.
"""

from __future__ import annotations

import pytest

from briefgen.extract.rules import first, tracing
from briefgen.extract.samefact import FACT_REFUSALS, corroborates, sentence_fact

FORD_RISE = (  # MEANTIME gm
    "Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year."
)
EADS_WIN = (  # MEANTIME airbus
    "Northrop Grumman and Airbus parent company European Aeronautic Defence and Space Company "
    "EADS N.V. (EADS) have unexpectedly defeated Boeing for a US$40 billion contract to build "
    "air refueling tankers."
)


@pytest.mark.parametrize(
    ("kept", "other", "refused_by"),
    [
        # gm: the same figure, reported by another article.
        (FORD_RISE, "Ford said its sales in the United States rose 43% in February.", None),
        # AllSides develop (allsides_5789, Reuters / Washington Examiner): a name and its
        # shorter form are one doer.
        (
            "The U.S. Census Bureau will release data on Thursday from the 2020 census.",
            "The Census Bureau on Thursday will release the data used to draw voting districts.",
            None,
        ),
        # gm: the bullet: the opposite trend is not a second source.
        (FORD_RISE, "Ford Motor Company sales dropped 42% last month.", "different_predicate"),
        # gm: another company's job cuts, another figure.
        (
            "The Ford Motor Company will cut 30,000 jobs and 14 plants as part of a plan.",
            "DaimlerChrysler announced today it would cut 13,000 jobs in North America.",
            "figures_disagree",
        ),
        # airbus: the same contest, told with other details.
        (
            EADS_WIN,
            "Last month, Northrop Grumman and EADS defeated Boeing to win a massive order for "
            "179 tankers from the United States Air Force.",
            None,
        ),
        # airbus: a sentence on the same companies that reports another fact.
        (
            EADS_WIN,
            "Airbus is owned by European Aeronautic Defense & Space Company (EADS).",
            "different_predicate",
        ),
        # apple: one event, a pronoun for the name.
        (
            "He fought pancreatic cancer in 2004 and took six months off in early 2009.",
            "He has been fighting pancreatic cancer since 2004.",
            None,
        ),
        # t17 bpoil: two estimates of the flow are two figures.
        (
            "The oil is spilling out of the seafloor at 5,000 barrels a day.",
            "Oil is spilling out of the seafloor at 60,000 barrels a day.",
            "figures_disagree",
        ),
        # t17 bpoil (BBC): a height with its unit glued on is a figure like one spelled out.
        (
            "The funnel is a 40ft tall iron box, weighing 98 tonnes.",
            "The funnel is a 60 feet tall iron box.",
            "figures_disagree",
        ),
        (
            "The funnel is a 40ft tall iron box, weighing 98 tonnes.",
            "The funnel is a 40 feet tall iron box.",
            None,
        ),
        # t17 bpoil (Guardian): plumes measured in kilometres and miles.
        (
            "Tests have shown that underwater oil plumes have traveled at least 64km from the "
            "leaking well.",
            "Tests have shown that underwater oil plumes have traveled 22 kilometres from the "
            "leaking well.",
            "figures_disagree",
        ),
        # seed: a denial of a claim is not a second source for it.
        (
            "Islamabad says the violence stems from militant groups operating inside Afghanistan.",
            "Afghan officials have previously denied that the violence stems from militant "
            "groups operating inside Afghanistan.",
            "opposite_polarity",
        ),
        # seed: "yielded no progress" and "had not yielded progress" say the same.
        (
            "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
            "discussions had yielded no progress.",
            "Tarar said the talks in Istanbul had not yielded progress.",
            None,
        ),
        # t17 MJ (BBC): the hirer is a name the parser cut from its title noun ("promoters AEG
        # Live", "Live" read as a verb): another doer than Jackson.
        (
            "Dr Murray had been hired by Jackson in May to accompany him on a series of 50 "
            "concerts in London.",
            "Dr Murray was hired in May 2009 by promoters AEG Live to be the star's personal "
            "physician.",
            "different_actors",
        ),
        (
            "Dr Murray was hired by promoters AEG Live in May.",
            "Dr Murray was hired in May 2009 by promoters AEG Live to be the star's personal "
            "physician.",
            None,
        ),
    ],
)
def test_same_fact_refuses_another_fact(nlp, kept, other, refused_by):
    first_fact = sentence_fact(next(nlp(kept).sents))
    second_fact = sentence_fact(next(nlp(other).sents))
    refused = first(FACT_REFUSALS, first_fact, second_fact)
    assert (refused[0].name if refused else None) == refused_by


def test_swapped_roles_and_other_actors(nlp):
    # airbus: who won is not who lost; gm: another company's cuts.
    won = sentence_fact(next(nlp("Northrop Grumman defeated Boeing for the contract.").sents))
    lost = sentence_fact(next(nlp("Boeing defeated Northrop Grumman for the contract.").sents))
    assert first(FACT_REFUSALS, won, lost)[0].name == "swapped_roles"  # type: ignore[index]
    gm = sentence_fact(next(nlp("General Motors will close 12 plants in 2008.").sents))
    ford = sentence_fact(next(nlp("Ford will close 12 plants in 2008.").sents))
    assert first(FACT_REFUSALS, gm, ford)[0].name == "different_actors"  # type: ignore[index]


def test_dates_must_be_compatible(nlp):
    sentence = next(nlp("Apple unveiled the iPhone at its conference.").sents)
    june = sentence_fact(sentence, dates=["2010-06"])
    assert first(FACT_REFUSALS, june, sentence_fact(sentence, dates=["2010-06-07"])) is None
    refused = first(FACT_REFUSALS, june, sentence_fact(sentence, dates=["2008-07"]))
    assert refused is not None and refused[0].name == "dates_disagree"


def test_every_decision_is_recorded(nlp):
    kept = sentence_fact(next(nlp(FORD_RISE).sents))
    other = sentence_fact(next(nlp("Ford Motor Company sales dropped 42% last month.").sents))
    with tracing() as trace:
        assert corroborates(kept, kept, FORD_RISE)
        assert not corroborates(kept, other, "dropped")
    assert [d.rule for d in trace.decisions] == ["same_fact", "different_predicate"]
    assert trace.decisions[1].outcome == "not cited: different predicates: rise / fall"
