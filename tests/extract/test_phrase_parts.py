"""What an event's phrase keeps of its clause (extract/phrase_parts.py), read through the
timeline's rows: each table holds real sentences from two corpora."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates
from briefgen.extract.readable import unreadable
from briefgen.extract.timeline import build_timeline
from briefgen.model import Article
from briefgen.pipeline import build_brief


def _events(parse_text, text, published):
    article = parse_text(text, published)
    return {e.event: e for e in build_timeline([article], extract_dates(article))}


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # `noun_infinitive`. Washington Post (T17 bpoil, 2010-07-12): not "in its effort".
        (
            "In a complicated subsea dance involving robots and hardware, BP made progress "
            "Sunday in its effort to install a new, secure cap on the gushing oil well at the "
            "bottom of the Gulf of Mexico.",
            dt.date(2010, 7, 12),
            "In a complicated subsea dance involving robots and hardware, BP made progress in "
            "its effort to install a new, secure cap well",
        ),
        # Washington Post (T17 bpoil, 2010-05-20): an infinitive the parser hangs on a
        # duration as a relative clause.
        (
            "Separately, the Environmental Protection Agency informed BP officials late "
            "Wednesday that the company has 24 hours to choose a less toxic form of chemical "
            "dispersants to break up the oil spill.",
            dt.date(2010, 5, 20),
            "The Environmental Protection Agency informed BP officials the company has 24 hours "
            "to choose a less toxic form of chemical dispersants to break up the oil spill",
        ),
        # MEANTIME (airbus, Wikinews): not "over a US$10 billion contract".
        (
            "Boeing themselves were successfuly challenged by Lockheed and Sikorsky in 2006 over "
            "a US$10 billion contract to supply search and rescue helicopters to the Pentagon.",
            dt.date(2008, 3, 1),
            "Boeing were challenged by Lockheed and Sikorsky over a US$10 billion contract to "
            "supply search and rescue helicopters",
        ),
        # TimeBank (wsj): not "received a $24-a-share offer".
        (
            "In March, American Medical received a $24-a-share offer to take the company "
            "private from an investor group including large holder M.",
            dt.date(1989, 11, 1),
            "American Medical received a $24-a-share offer to take the company private",
        ),
        # `purpose_infinitive` and `open_question`. Reuters (T17 bpoil, 2010-05-27): not "BP
        # said it would take 24 hours", nor "to know the latest operation had been a success".
        (
            "BP said at around 1800 CDT (2300 GMT) on Wednesday that it would take 24 hours to "
            "know if the latest operation had been a success.",
            dt.date(2010, 5, 27),
            "BP said it would take 24 hours to know if the latest operation had been a success",
        ),
        # MEANTIME (airbus, Wikinews).
        (
            "Union officials said nearly 14,000 employees at four French sites had a two hour "
            "work stoppage Wednesday afternoon to protest the cuts.",
            dt.date(2007, 3, 16),
            "Union officials said nearly 14,000 employees at four French sites had a two hour "
            "work stoppage to protest the cuts",
        ),
        # `bracketed_aside`. Reuters (T17 bpoil, 2010-06-09): not "BP Plc L shares".
        (
            "BP Plc (BP. N) (BP. L) shares tumbled nearly 16 percent on U.S. exchanges to a "
            "14-year low on Wednesday.",
            dt.date(2010, 6, 9),
            "BP Plc shares tumbled nearly 16 percent on U.S. exchanges to a 14-year low",
        ),
        # MEANTIME (gm, Wikinews, 2008-12-12).
        (
            "The bill was rejected after bipartisan discussions on the bailout broke down when "
            "Republican Party leaders insisted that the United Auto Workers (UAW) union agree to "
            "increase wage cuts by next year in order to bring their pay into line with those "
            "of Japanese automobile companies in the United States.",
            dt.date(2008, 12, 12),
            "Republican Party leaders insisted the United Auto Workers union agree to increase "
            "wage cuts in order to bring their pay into line",
        ),
        # `bound_of`. Guardian (T17 bpoil, 2010-04-26): not "to staunch the 42,000 gallons".
        (
            "Underwater robots dived to the ocean floor yesterday in a new effort to staunch the "
            "42,000 gallons of oil a day being pumped into the Gulf of Mexico in America's worst "
            "offshore oil rig spill in 40 years.",
            dt.date(2010, 4, 26),
            "Underwater robots dived to the ocean floor in a new effort to staunch the 42,000 "
            "gallons of oil",
        ),
        # Guardian (T17 bpoil, 2010-11-08): not "investigating the Gulf".
        (
            "The presidential commission investigating the Gulf of Mexico oil disaster ran into "
            "controversy today by saying it had found no evidence that BP and other oil "
            "companies put profits ahead of safety on the Deepwater Horizon rig.",
            dt.date(2010, 11, 8),
            "The presidential commission investigating the Gulf of Mexico oil disaster ran into "
            "controversy by saying it had found no evidence BP and other oil companies put "
            "profits ahead of safety",
        ),
        # TimeBank (wsj, 1989): not "... conference of the Organization"; the "of" phrase
        # after a common noun stays (`bound_of`).
        (
            "Also Thursday, Saudi Arabia called for an emergency conference of the Organization "
            "of Petroleum Exporting Countries to discuss how much oil to pump.",
            dt.date(1989, 11, 6),
            "Saudi Arabia called for an emergency conference of the Organization of Petroleum "
            "Exporting Countries",
        ),
        # `frame_whole`. Guardian (T17 bpoil, 2010-05-30): not "After three days and an attempt
        # BP admitted defeat".
        (
            "After three days of pumping drilling mud over the leak and an attempt to plug the "
            "flow by blasting tyres, golf balls and other debris at it, BP admitted defeat last "
            "night.",
            dt.date(2010, 5, 30),
            "BP admitted defeat",
        ),
        # TimeBank (nyt, 1998).
        (
            "With growing opportunities for work drawing more people into the labor force, the "
            "unemployment rate remained at 4.7 percent last month, just a notch above its "
            "quarter-century low.",
            dt.date(1998, 2, 7),
            "The unemployment rate remained at 4.7 percent",
        ),
        # `date_determiner`. BBC (T17 bpoil, 2010-08-02): not "During news conference".
        (
            "During Sunday's news conference, Mr Allen also defended the use of chemical "
            "dispersants by BP to break up oil slicks created by the spill.",
            dt.date(2010, 8, 2),
            "During the news conference, Mr Allen defended the use of chemical dispersants by "
            "BP to break up oil slicks",
        ),
        # MEANTIME (apple, Wikinews, 2011-01-17).
        (
            "Monday's email announcement marked the third time in the past decade that Jobs, "
            "aged 55, has taken medical leave.",
            dt.date(2011, 1, 17),
            "The email announcement marked the third time in the past decade",
        ),
        # TimeBank (wsj): a name takes no "the" ("tonight's Night Waves" stays "Night Waves").
        (
            "Friday's trading volume totaled 132.8 million shares.",
            dt.date(1989, 10, 30),
            "The trading volume totaled 132.8 million shares",
        ),
        # `next_clause_subject`. Reuters (T17 bpoil, 2010-05-31): not "... history and
        # officials".
        (
            "The disaster, in its 42nd day on Monday, is already the largest oil spill in U.S. "
            "history and officials are treating it it as the country's biggest environmental "
            "catastrophe.",
            dt.date(2010, 5, 31),
            "The disaster is the largest oil spill in U.S. history",
        ),
        # TimeBank (wsj, 1989): not "... computers and the 80486 microprocessor".
        (
            "Intel's microprocessors are the chips of choice in many of today's personal "
            "computers and the 80486 microprocessor is the spearhead of the company's bid to "
            "guard that spot in the next generation of machines.",
            dt.date(1989, 10, 30),
            "The personal computers",
        ),
        # Washington Post (T17 bpoil, 2010-09-27): "and" stays though the parser gave it no
        # conjunct, not "BP government officials".
        (
            "The two chairmen of the president's Oil Spill Commission expressed skepticism "
            "Monday about claims from BP and government officials that initial underestimation "
            "of the flow rate had no impact.",
            dt.date(2010, 9, 27),
            "The two chairmen of the president's Oil Spill Commission expressed skepticism about "
            "claims from BP and government officials that initial underestimation of the flow "
            "rate had no impact",
        ),
        # `date_as_object`. AllSides develop (CNET, 2021-09-05): the holiday is what is observed.
        (
            "On Monday, many companies will observe Labor Day by giving employees a day off.",
            dt.date(2021, 9, 5),
            "Many companies will observe Labor Day by giving employees a day off",
        ),
    ],
)
def test_a_phrase_keeps_what_its_words_need(parse_text, text, published, event):
    assert event in _events(parse_text, text, published)


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # `claimed_content` (polarity.py): a clause that opens on a dated frame is no claim's
        # content. BBC (T17 bpoil, 2010-06-14, a heading glued to its sentence).
        (
            "Peers debate BP oil spill statement On 14 June 2010, Energy and Climate Change "
            "minister Lord Marland repeated a statement made earlier in the Commons on the BP "
            "oil spill.",
            dt.date(2010, 6, 14),
            "Peers debate BP oil spill statement Energy and Climate Change minister Lord Marland "
            "repeated a statement",
        ),
    ],
)
def test_a_misparsed_subject_is_not_shown(parse_text, text, published, event):
    assert event not in _events(parse_text, text, published)


@pytest.mark.parametrize(
    ("text", "published", "fragment"),
    [
        # `present_state`. Reuters (T17 bpoil): a state as the article was written.
        (
            "The disaster, in its 42nd day on Monday, is already the largest oil spill in U.S. "
            "history.",
            dt.date(2010, 5, 31),
            "present_state",
        ),
        # TimeBank (wsj, 1989).
        (
            "Friday's trading volume totaled 132.8 million shares. The average daily share "
            "turnover for October is almost 148 million shares.",
            dt.date(1989, 11, 1),
            "present_state",
        ),
        # `pronoun_subject` after a frame. BBC (T17 MJ, a radio running order).
        (
            "And also on today's program, we investigate the phenomenon of gallery rage as the "
            "latest blockbuster art exhibition opens in London.",
            dt.date(2011, 11, 8),
            "pronoun_subject",
        ),
    ],
)
def test_a_state_or_a_narrator_is_no_row(parse_text, text, published, fragment):
    article = parse_text(text, published)
    dates = extract_dates(article)
    found = set()
    for entry in build_timeline([article], dates):
        sentence = entry.evidence[0]
        for date in dates:
            if sentence.start <= date.evidence.start < sentence.end:
                span = article.doc.char_span(date.evidence.start, date.evidence.end, "expand")
                found.add(unreadable(entry.event, span))
    assert fragment in found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # `ahead_of_now`. BBC (T17 MJ, a Friday): the concert is the next day.
        (
            "Organisers said 40,000 tickets have now been sold ahead of Saturday night's "
            "stadium concert in Cardiff in memory of Michael Jackson.",
            dt.date(2011, 10, 7),
            "2011-10-08",
        ),
        # TimeBank (wsj, a Monday): a figure before Friday's purchases compares; no plan.
        (
            "Nestle's share of 7% before Friday's purchases is far below the shares of market "
            "leaders Hershey Foods Corp. and Mars Inc.",
            dt.date(1989, 10, 30),
            "1989-10-27",
        ),
    ],
)
def test_a_day_ahead_of_a_present_clause_is_the_next(parse_text, text, published, date):
    article = parse_text(text, published)
    values = {d.value for d in extract_dates(article) if d.type in ("DATE", "TIME")}
    assert any(value.startswith(date) for value in values if value)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # `plan_told_in_past`. Washington Post (T17 bpoil, a Monday): the Sunday before, not
        # the next.
        (
            "BP said a containment ship, the Helix Producer, steamed into place over the well and "
            "was expected to begin collecting oil Sunday night or early Monday.",
            dt.date(2010, 7, 12),
            "2010-07-11",
        ),
        # MEANTIME (airbus, Wikinews, a Monday): written on the day, the day itself.
        (
            "The Airbus A380, the world's largest passenger plane, was set to land in the United "
            "States of America on Monday after a test flight.",
            dt.date(2007, 3, 19),
            "2007-03-19",
        ),
    ],
)
def test_a_day_of_a_plan_told_in_the_past_is_the_nearest(parse_text, text, published, date):
    article = parse_text(text, published)
    values = [d.value for d in extract_dates(article) if d.type in ("DATE", "TIME")]
    assert values and (values[0] or "").startswith(date)


def test_a_planned_concert_is_shown_apart():
    text = (
        "Organisers said 40,000 tickets have now been sold ahead of Saturday night's stadium "
        "concert in Cardiff in memory of Michael Jackson."
    )
    published = dt.date(2011, 10, 7)
    article = Article(path="x.txt", title="Example", text=text, published=published)
    brief = build_brief([article], as_of=published)
    assert [(e.date, e.status) for e in brief.timeline] == [("2011-10-08", "planned")]


@pytest.mark.parametrize(
    ("text", "published", "date", "status"),
    [
        # `attempt_in_past` (plans.py). Washington Post (T17 bpoil, a Thursday).
        (
            "In New Orleans, the Obama administration tried to delay a federal judge's ruling "
            "Tuesday that tossed out the government's moratorium on deep-water drilling.",
            dt.date(2010, 6, 24),
            "2010-06-22",
            "happened",
        ),
        # TimeBank (APW, 1998-02-13, a Friday).
        (
            "Treasurer Peter Costello, Environment Minister Robert Hill and Attorney General "
            "Daryl Williams all voted to support the republic Friday.",
            dt.date(1998, 2, 13),
            "1998-02-13",
            "happened",
        ),
        # A verb of planning keeps its plan. Fox News (T17 bpoil, 2010-04-27).
        (
            "BP said Tuesday that it planned to begin drilling a relief well to redirect the "
            "leaking oil on Friday.",
            dt.date(2010, 4, 27),
            "2010-04-30",
            "planned",
        ),
    ],
)
def test_an_attempt_told_in_the_past_happened(text, published, date, status):
    article = Article(path="x.txt", title="Example", text=text, published=published)
    brief = build_brief([article], as_of=published)
    assert (date, status) in {(e.date, e.status) for e in brief.timeline}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # `part_of_day_generic` (date_checks.py). Fox News (T17 bpoil, 2010-04-29).
        ("The burns were not expected to be done at night.", dt.date(2010, 4, 29)),
        # AllSides (develop half, 2021-10-13).
        (
            "The Port of Los Angeles in California will handle more goods at night after a "
            "similar move by nearby Long Beach port.",
            dt.date(2021, 10, 13),
        ),
    ],
)
def test_night_alone_dates_no_event(parse_text, text, published):
    assert not _events(parse_text, text, published)


def test_a_verb_keeps_its_indirect_object(parse_text):
    # BBC (T17 bpoil, 2010-06-15): "sent Mr Hayward a letter", not "sent a letter".
    text = (
        "Mr Waxman and fellow committee member Bart Stupak sent Mr Hayward a letter on Sunday in "
        "which they set out technical questions they expect him to answer."
    )
    assert "Mr Waxman and fellow committee member Bart Stupak sent Mr Hayward a letter" in (
        _events(parse_text, text, dt.date(2010, 6, 15))
    )


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # `quoted_whole`. Washington Post (T17 bpoil, 2010-05-24): the minister's words, not
        # the writer's.
        (
            'Interior Secretary Ken Salazar said Sunday that "I am angry and I am frustrated" '
            "that BP has not been able to seal its blown-out oil well in the Gulf of Mexico.",
            dt.date(2010, 5, 24),
            'Ken Salazar said "I am angry and I am frustrated"',
        ),
        # TimeBank (wsj, 1989-10-16).
        (
            "Fund managers said Friday's profittaking was a natural result of the week's "
            '"abnormal fever" in buying real estate, shipbuilding, steel and construction shares.',
            dt.date(1989, 10, 16),
            'Fund managers said the profittaking was a natural result of the "abnormal fever" in '
            "buying real estate, shipbuilding, steel and construction shares",
        ),
        # Reuters (T17 bpoil, 2010-06-02): a stop inside the closing mark, not "he wants my
        # life back".
        (
            "BP CEO Tony Hayward, on the front lines of his company's battle to contain the "
            "massive Gulf of Mexico oil spill, apologized on Wednesday for saying he wants "
            '"my life back."',
            dt.date(2010, 6, 2),
            'Tony Hayward apologized for saying he wants "my life back."',
        ),
        # MEANTIME (apple, Wikinews, 2010-08-09): a comma inside it, left at the phrase's end.
        (
            "In a July 16 press conference, Jobs said that all iPhone 4 buyers would be eligible "
            'to receive a free case, or "bumper," which alleviates the signal problem.',
            dt.date(2010, 8, 9),
            "In a press conference, Jobs said all iPhone 4 buyers would be eligible to receive a "
            'free case, or "bumper"',
        ),
    ],
)
def test_a_quotation_shown_whole_keeps_its_marks(parse_text, text, published, event):
    assert event in _events(parse_text, text, published)
