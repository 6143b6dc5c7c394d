"""Hostile titles: output names stay distinct for any script and safe on any file system."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.api import Options, render_brief
from briefgen.model import Brief
from briefgen.output import output_stem, slug

# Real headlines in several scripts (Wikinews, Wikipedia news pages).
TITLES = [
    "Переговоры Пакистана и Афганистана в Стамбуле провалились",
    "Переговоры в Дохе продолжатся",
    "فشل محادثات السلام بين باكستان وأفغانستان في إسطنبول",
    "محادثات الدوحة تستأنف الأسبوع المقبل",
    "Αποτυχία των συνομιλιών στην Κωνσταντινούπολη",
    "巴基斯坦与阿富汗伊斯坦布尔会谈破裂",
    "パキスタンとアフガニスタンの協議決裂",
    "파키스탄 아프가니스탄 회담 결렬",
    "पाकिस्तान और अफ़ग़ानिस्तान की वार्ता विफल",
    "שיחות השלום באיסטנבול נכשלו",
    "Pakistan–Afghanistan truce talks fail",
    "Pakistan-Afghanistan truce talks fail in Istanbul",
]
WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def test_titles_in_any_script_get_different_names():
    names = [slug(title) for title in TITLES]
    assert len(set(names)) == len(names), names
    assert "brief" not in names


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Pakistan–Afghanistan talks", "pakistan-afghanistan-talks"),  # en dash: a hyphen
        ("Talks — and after", "talks-and-after"),
        ("Κυριάκος Μητσοτάκης", "κυριάκος-μητσοτάκης"),
        ("İstanbul talks", "istanbul-talks"),
        ('a/b\\c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i-j"),
        ("line\nbreak\x1b[2J\u202etxt.exe", "line-break-2j-txt-exe"),
        ("..", "brief-" + hashlib.sha256(b"..").hexdigest()[:8]),
        ("   ", "brief"),
    ],
)
def test_names_are_safe_and_readable(title, expected):
    assert slug(title) == expected


def test_only_symbols_still_give_distinct_names():
    assert slug("🔥🔥") != slug("🌊🌊")
    assert slug("🔥🔥").startswith("brief-")


@pytest.mark.parametrize("char", ["Ж", "中", "ग", "a"])
def test_long_titles_are_capped_by_bytes(char):
    name = slug(char * 500)
    assert len(name) <= 60 and len(name.encode("utf-8")) <= 150
    assert len(f"2025-10-30-{name}.docx".encode()) < 255


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_title_gives_a_safe_name(title):
    name = output_stem(_brief_titled(title or "x"))
    assert name and "/" not in name and "\\" not in name and "\x00" not in name
    assert not any(unicodedata.category(c)[0] in "CZ" for c in name)  # controls, separators
    assert not name.startswith(("-", ".")) and not name.endswith(("-", ".", " "))
    assert not WINDOWS_RESERVED.match(name) and len(name.encode("utf-8")) <= 200


def test_two_non_latin_briefs_of_one_day_keep_both(seed_brief, tmp_path):
    out = tmp_path / "out"
    first = render_brief(seed_brief.model_copy(update={"title": TITLES[0]}), _json(out))
    second = render_brief(seed_brief.model_copy(update={"title": TITLES[2]}), _json(out))
    assert first.written[0] != second.written[0]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in (*first.written, *second.written)
    )


def _json(out: Path) -> Options:
    return Options(output=out, formats=("json",))


def _brief_titled(title: str) -> Brief:
    return Brief.model_construct(title=title, as_of=dt.date(2025, 10, 30))
