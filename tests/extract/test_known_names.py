"""Names the model left untagged that the brief gives an acting card elsewhere: found again
in headlines (title case, capitals) and in bodies (real articles; sources named per case)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.rules import tracing
from briefgen.ingest.text import read_text
from tests.conftest import separate_articles

MEANTIME = Path(__file__).parent.parent / "data" / "meantime"


def _found(parse_text, texts: tuple[str, ...], rule: str) -> list[tuple[str, str]]:
    """What a rule found in a brief of the texts: (the words as written, the card)."""
    with tracing() as trace:
        extract_actors(separate_articles(parse_text, *texts))
    return [(d.subject, d.outcome.removeprefix("found, ")) for d in trace.by(rule)]


def _meantime(cluster: str, name: str) -> str:
    return read_text(MEANTIME / cluster / "docs" / name).text


@pytest.mark.parametrize(
    ("texts", "rule", "written", "card"),
    [
        # ECB+ train (7_9ecbplus): a headline in capitals the model does not tag.
        (
            (
                "WLADIMIR KLITSCHKO RETAINS WORLD HEAVYWEIGHT BELTS\n"
                "Wladimir Klitschko stopped Tony Thompson in the sixth round to retain his WBA, "
                "IBF and WBO heavyweight title belts Saturday night.",
            ),
            "headline_name_from_body",
            "WLADIMIR KLITSCHKO",
            "Wladimir Klitschko",
        ),
        # ECB+ train (29_5ecbplus headline, 29ecbplus bodies): the model tags the headline's
        # words as one name, which a score after it drops as a product's.
        (
            (
                "Colts Beat Chiefs 20-13 To Clinch Playoff Berth\n"
                "The expectations placed upon Andrew Luck almost seemed unfair.",
                "The Chiefs were stuffed on a fourth-and-one in Colts territory early in the "
                "fourth quarter, and the momentum carried over to offensive side of the ball. "
                "Any chance for a second half without drama quickly was put to rest as the "
                "Chiefs (2-13) came out and tied the game with 6: 00 minutes remaining in the "
                "third quarter.",
            ),
            "headline_name_from_body",
            "Chiefs",
            "Chiefs",
        ),
        # ECB+ train (10_8ecb, 10_4ecb): a title run into the name untagged.
        (
            (
                "With last night's news from Los Angeles Angels GM Tony Reagins that the team "
                "has made an eight-year contract offer (dollars undisclosed) to 1B Mark "
                "Teixeira, the trade rumor being reported is likely caput.",
                "The Angels have offered an eight-year contract to Mark Teixeira, general "
                "manager Tony Reagins said Friday night.",
            ),
            "untagged_known_name",
            "Tony Reagins",
            "Tony Reagins",
        ),
        # ECB+ train (3ecbplus): a surname one person of the brief has, untagged in another
        # article.
        (
            (
                "Department of Corrections spokeswoman Michelle Lyons said Thursday that the "
                "convicted sex offender was still on the run.",
                "Comeaux, 49, took the officers' weapons and handcuffed them together in the "
                "back of the vehicle before fleeing on foot at around 9 a. m., Lyons said.",
            ),
            "untagged_known_name",
            "Lyons",
            "Michelle Lyons",
        ),
        # MEANTIME airbus: an acronym the article defines, untagged where it acts again.
        (
            (
                _meantime(
                    "airbus",
                    "276079_Boeing_rolls_out_first_787_Dreamliner_to_go_into_service.md",
                ),
            ),
            "untagged_known_name",
            "ANA",
            "ANA",
        ),
    ],
)
def test_a_name_the_brief_gives_an_actor_is_found_again(parse_text, texts, rule, written, card):
    assert (written, card) in _found(parse_text, texts, rule)


@pytest.mark.parametrize(
    ("texts", "written"),
    [
        # MEANTIME gm: "Ford" runs into the product's name ("the Ford Five Hundred").
        ((_meantime("gm", "60086_Ford_Taurus_to_be_revived.md"),), "Ford"),
        # MEANTIME apple: a product kept as a card is written as one ("Apple's forthcoming
        # Mac OS X Lion operating system"): its name is not looked for.
        (
            (_meantime("apple", "265977_Apple_announces_Mac_OS_X_Lion__iOS_5__and_iCloud.md"),),
            "Mac OS X Lion",
        ),
    ],
)
def test_a_thing_or_a_common_word_is_not_found(parse_text, texts, written):
    found = _found(parse_text, texts, "untagged_known_name")
    found += _found(parse_text, texts, "headline_name_from_body")
    assert written not in {words for words, _card in found}
