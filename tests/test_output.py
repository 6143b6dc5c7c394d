"""Output: safe names, atomic writes, no partial files."""

from __future__ import annotations

import pytest

from briefgen.output import slug, write_atomic


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Pakistan-Afghanistan Truce Talks Fail", "pakistan-afghanistan-truce-talks-fail"),
        ("../../etc/passwd", "etc-passwd"),
        ("Erdoğan meets Zürich officials", "erdogan-meets-zurich-officials"),
        ("Владимир", "владимир"),
        ("Pakistan–Afghanistan talks", "pakistan-afghanistan-talks"),
        ("Łódź—Straße", "lodz-strasse"),
        ("", "brief"),
    ],
)
def test_slug_is_safe(title, expected):
    assert slug(title) == expected


def test_write_atomic_leaves_no_partial_file(tmp_path, monkeypatch):
    def interrupted(*_args):
        raise KeyboardInterrupt

    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr("briefgen.output.os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
