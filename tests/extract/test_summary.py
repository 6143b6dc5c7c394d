"""Bottom line: non-redundant lead-favoured sentences with evidence."""

from __future__ import annotations


def test_seed_bottom_line(seed_brief):
    bullets = [item.text for item in seed_brief.summary]
    assert 3 <= len(bullets) <= 5
    assert bullets[0].startswith("Efforts to broker a lasting ceasefire between Pakistan and Afghanistan")
    assert len(set(bullets)) == len(bullets)
    for item in seed_brief.summary:
        assert [seed_brief.excerpt(e) for e in item.evidence] == [item.text]
        assert item.text != seed_brief.sources[0].title
