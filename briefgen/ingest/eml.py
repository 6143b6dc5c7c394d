"""E-mailed articles and newsletters (.eml), parsed with `email.policy.default`.

A newsletter that separates its stories with rule lines ("-----", "*****", "_____")
yields one article per story; otherwise the whole body is one article.
"""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.clean import article, dateline_date, decode, parse_date, with_title
from briefgen.ingest.html import fragment_text
from briefgen.model import Article

SUFFIXES = (".eml",)
# A story separator: a line of three or more rule characters and nothing else.
_RULE = re.compile(r"^\s*(?:[-*_=~#]\s*){3,}$", re.MULTILINE)
# A story needs a title line and some body to stand alone; smaller pieces are newsletter
# furniture (greeting, unsubscribe footer) and stay out.
_MIN_STORY_WORDS = 25


def read(path: Path, raw: bytes) -> list[Article]:
    """The article(s) of an e-mail: subject, date, sender, and the plain or HTML body."""
    message = email.message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise InputError(f"{path}: not an e-mail message (no headers)")
    body = _body(message, path)
    name, address = parseaddr(str(message.get("from", "")))
    sent = parse_date(str(message.get("date", "")))
    meta = {"published": sent, "publisher": name or address or None}
    subject = str(message.get("subject", "")) or None
    stories = [part.strip() for part in _RULE.split(body) if len(part.split()) >= _MIN_STORY_WORDS]
    if len(stories) < 2:  # one article: the subject is its title line, as in the other formats
        return [article(str(path), subject, with_title(subject, body), **meta)]
    # The Date header is when the newsletter went out; a story's own dateline is more exact.
    return [
        article(
            f"{path}#{number}", None, story, **{**meta, "published": dateline_date(story) or sent}
        )
        for number, story in enumerate(stories, start=1)
    ]


def _body(message: EmailMessage, path: Path) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError(f"{path}: the e-mail has no text body")
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # unknown charset or broken transfer encoding
        payload = part.get_payload(decode=True)
        content = decode(payload, path) if isinstance(payload, bytes) else ""
    if isinstance(content, bytes):
        content = decode(content, path)
    return fragment_text(content) if part.get_content_type() == "text/html" else content
