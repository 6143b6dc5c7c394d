"""The model's entities found by halving give what spaCy's own scans give."""

from __future__ import annotations

from briefgen.extract.ents import ents_in, model_ents
from briefgen.extract.timex import _Taken
from tests.conftest import SEED


def test_entities_in_each_sentence_are_spacys(parse_text):
    doc = parse_text(SEED.read_text().split("---\n", 2)[2]).doc
    assert [(e.start, e.end, e.label_) for e in model_ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    for sentence in doc.sents:
        assert [(e.start, e.end) for e in ents_in(sentence)] == [
            (e.start, e.end) for e in sentence.ents
        ]
        head = doc[sentence.start : sentence.start + len(sentence) // 2]
        assert [(e.start, e.end) for e in ents_in(head)] == [(e.start, e.end) for e in head.ents]


def test_taken_ranges_overlap_as_a_scan_of_them_all_says():
    ranges = [(0, 5), (3, 40), (50, 52), (60, 61)]
    taken = _Taken(list(ranges))
    for start in range(0, 70, 3):
        for end in range(start, 75, 4):
            scan = any(s < end and start < e for s, e in ranges)
            assert taken.overlaps(start, end) == scan, (start, end)
    taken.add(65, 70)
    assert taken.overlaps(69, 72) and not taken.overlaps(70, 72)
