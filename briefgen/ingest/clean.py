"""Shared ingest helpers: decoding, one-time text cleaning, dates, datelines, zip limits."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
import unicodedata
import zipfile
from pathlib import Path

from briefgen.document import sanitise
from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.timewords import MONTHS, WEEKDAYS

# What our own briefs carry (the PDF's creator, the DOCX's category), and the reason a brief
# left among the inputs is not read as an article.
BRIEF_MARK = "briefgen"
BRIEF_OUTPUT = "a briefgen brief, not an article"
# Byte-order marks, longest first (a UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# An archive expanding past this, or more than this many times its size, is refused unopened:
# real DOCX files are compressed text, a few MB and ratios near 10; zip bombs are far beyond.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 100
_WESTERN = "cp1252"
# A text with no run of two letters has no sentence to brief (symbols, digits, markup debris).
_WORD = re.compile(r"[^\W\d_]{2,}")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A dateline date: "March 06, 2008", "Oct. 29, 2025", "29 October 2025" or "2025-10-29".
_DATE_FORMS = (
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)",
)
_WEEKDAY = "|".join(day.title() for day in WEEKDAYS)
# Where a dateline stands: a line of its own (optionally after a weekday), or after a
# place name in capitals at the start of the lead: "ISLAMABAD, Oct 29, 2025 (Reuters) -".
_DATELINE = [
    re.compile(rf"^(?:(?:{_WEEKDAY}),?\s+)?{form}\s*$", re.MULTILINE) for form in _DATE_FORMS
] + [
    re.compile(rf"^[A-Z][A-Z .'\-]{{1,40}}(?:,\s*[A-Za-z .]{{2,30}})?,\s+{form}\b", re.MULTILINE)
    for form in _DATE_FORMS
]
# Datelines stand at the top of an article; a date further down is about something else.
_DATELINE_WINDOW = 400


def decode(raw: bytes, path: Path | str) -> str:
    """Decode file bytes: a BOM, else UTF-8, else the encoding charset-normalizer detects."""
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    wide = next((encoding for bom, encoding in _BOMS if raw.startswith(bom)), None)
    if wide in ("utf-16", "utf-32"):
        try:
            return raw.decode(wide)
        except UnicodeDecodeError:
            raise InputError(f"{path}: invalid {wide} text") from None
    if b"\x00" in raw:
        raise InputError(f"{path}: binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        raise InputError(f"{path}: binary file, not text")
    # Short texts fit several single-byte code pages equally well (0xA3 is "£" in cp1252 and
    # "Ł" in cp1250); the pipeline reads English, whose legacy code page is Windows-1252.
    western = next((m for m in matches if m.encoding == _WESTERN and m.chaos <= best.chaos), None)
    return str(western or best)


def clean(text: str) -> str:
    """Normalise once, at ingest: LF line ends, Unicode NFC, no XML-illegal characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return sanitise(unicodedata.normalize("NFC", text))


def article(path: str, title: str | None, text: str, **meta: object) -> Article:
    """A cleaned Article, its boilerplate removed; an InputError when the text has nothing
    to brief."""
    from briefgen.ingest.boilerplate import enabled, strip_boilerplate
    from briefgen.ingest.titles import clean_title, first_sentence

    body = raw = clean(text).strip("\n").rstrip()
    if not _WORD.search(body):
        raise InputError(f"{path}: no article text (no sentence to brief)")
    published = dateline_date(body)  # read before the cleaner removes a page's time stamp
    if enabled():
        body, _ = strip_boilerplate(body, path)
        if not _WORD.search(body):
            raise InputError(f"{path}: no article text (only page boilerplate)")
    heading = " ".join(clean(title or "").split())
    if enabled():
        heading = clean_title(heading, raw, body, path)
    elif not _WORD.search(heading):
        heading = first_sentence(body)
    fields = {
        key: clean(value).strip() or None if isinstance(value, str) else value
        for key, value in meta.items()
    }
    if fields.get("published") is None:
        fields["published"] = published
    return Article(path=path, title=heading, text=body, **fields)


def with_title(title: str | None, body: str) -> str:
    """The body with its title as the first line, as in a text file, unless it starts with it."""
    title = (title or "").strip()
    return f"{title}\n\n{body}" if title and not body.lstrip().startswith(title) else body


def dateline_date(text: str) -> dt.date | None:
    """The date of a dateline at the top of the text, if it has one with a year."""
    head = text[:_DATELINE_WINDOW]
    found = [m for pattern in _DATELINE if (m := pattern.search(head))]
    for match in sorted(found, key=lambda m: m.start()):
        date = _match_date(match)
        if date:
            return date
    return None


def _match_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(groups["month"].lower())
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"])) if month else None
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """A date from metadata: a date/datetime, ISO 8601 text, or an RFC 2822 (e-mail, RSS) date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def check_zip(raw: bytes, path: Path, kind: str) -> None:
    """Refuse an archive that is corrupt or would expand implausibly, before opening it."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{path}: corrupt {kind} (not a valid zip archive)") from None
    unzipped = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members) or 1
    if unzipped > MAX_UNZIPPED_BYTES or unzipped / packed > MAX_ZIP_RATIO:
        raise InputError(
            f"{path}: {kind} would expand to {unzipped:,} bytes "
            f"({unzipped / packed:.0f}x its size): refused as a possible zip bomb"
        )
