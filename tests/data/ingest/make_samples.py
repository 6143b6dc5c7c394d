"""Write the ingest samples from MEANTIME corpus articles (CC BY 4.0, Wikinews), with the
libraries themselves: python-docx, reportlab, the email package, json, and hand-built HTML,
RSS and Atom around the real text. Run from the repository root:

    .venv/bin/python tests/data/ingest/make_samples.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
import pypdf
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefgen.ingest.text import read_text
from briefgen.model import Article

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "meantime"
ARTICLES = {
    "html": CORPUS / "apple/docs/199629_Apple_executive_leaves_company.md",
    "pdf": CORPUS / "apple/docs/190356_Apple_unveils_iPhone_4.md",
    "docx": CORPUS / "airbus/docs/71426_Aer_Lingus_buys_twelve_new_long-haul_Airbus_jets.md",
    "eml": CORPUS
    / "gm/docs/127226_U.S._manufacturer_General_Motors_seeks_bankruptcy_protection.md",
    "eml2": CORPUS / "gm/docs/143300_Automobile_manufacturer_Ford_posts_unexpected_profits.md",
    "feed": CORPUS / "airbus/docs/82548_First_Airbus_A380_delivered.md",
    "feed2": CORPUS / "apple/docs/40986_Apple_releases_Macbook.md",
    "legacy": CORPUS / "apple/docs/89284_Apple_to_lower_UK_iTunes_prices.md",  # has "£"
}


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def body_after_title(text: str) -> list[str]:
    return paragraphs(text)[1:]


def write_html(source: Path) -> None:
    a = read_text(source)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in body_after_title(a.text))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(a.title)} - Wikinews, the free news source</title>
<meta property="og:title" content="{html.escape(a.title)}">
<meta property="og:site_name" content="Wikinews">
<meta property="og:url" content="{a.url}">
<meta name="author" content="Wikinews contributors">
<meta property="article:published_time" content="{a.published}">
</head><body>
<nav><ul><li><a href="/">Main page</a></li><li><a href="/wiki/Politics">Politics</a></li>
<li><a href="/wiki/Science">Science and technology</a></li>
<li><a href="/login">Log in</a></li></ul></nav>
<article><h1>{html.escape(a.title)}</h1>
{body}
</article>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment">Great news, thanks for sharing this story with everyone!</div></section>
<footer>Content is available under Creative Commons Attribution 2.5. Privacy policy.</footer>
</body></html>
"""
    (HERE / "apple-executive.html").write_text(page, encoding="utf-8")


def write_pdf(source: Path) -> None:
    a = read_text(source)
    styles = getSampleStyleSheet()

    def furniture(canvas, document) -> None:  # a running header and a page number
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, A5[1] - 30, "Wikinews Technology Digest")
        canvas.drawString(A5[0] / 2, 20, f"Page {document.page}")
        canvas.restoreState()

    story = [Paragraph(html.escape(p), styles["BodyText"]) for p in paragraphs(a.text)]
    pdf = SimpleDocTemplate(
        str(HERE / "iphone-4.pdf"),
        pagesize=A5,
        title=a.title,
        author="Wikinews",
        creator="make_samples.py",
        invariant=1,
    )
    pdf.build(story, onFirstPage=furniture, onLaterPages=furniture)
    # The creation date of a saved article is its publication date (invariant=1 fixed it to 2000).
    writer = pypdf.PdfWriter(clone_from=str(HERE / "iphone-4.pdf"))
    writer.add_metadata({"/CreationDate": f"D:{a.published:%Y%m%d}000000Z"})
    writer.write(str(HERE / "iphone-4.pdf"))


def write_docx(source: Path) -> None:
    a = read_text(source)
    document = docx.Document()
    for p in paragraphs(a.text):
        document.add_paragraph(p)
    props = document.core_properties
    props.title, props.author = a.title, "Wikinews"
    props.created = props.modified = dt.datetime(
        a.published.year, a.published.month, a.published.day
    )
    document.save(str(HERE / "aer-lingus.docx"))


def write_eml(first: Path, second: Path) -> None:
    stories = [read_text(first), read_text(second)]
    message = EmailMessage()
    message["From"] = "Wikinews Business Briefing <briefing@example.org>"
    message["To"] = "staff@example.org"
    message["Subject"] = "Business briefing: General Motors and Ford"
    message["Date"] = format_datetime(dt.datetime(2009, 11, 3, 8, 0, tzinfo=dt.UTC))
    rule = "\n\n" + "-" * 40 + "\n\n"
    message.set_content(
        "Good morning, here is today's briefing."
        + rule
        + rule.join(s.text for s in stories)
        + rule
        + "Unsubscribe: reply STOP.\n"
    )
    (HERE / "newsletter.eml").write_bytes(bytes(message))


def markup(a: Article) -> str:
    """The body (after the title line) as escaped HTML, as feeds carry it."""
    return html.escape("".join(f"<p>{html.escape(p)}</p>" for p in body_after_title(a.text)))


def rss_item(a: Article) -> str:
    day = dt.datetime(a.published.year, a.published.month, a.published.day, tzinfo=dt.UTC)
    return (
        f"<item><title>{html.escape(a.title)}</title><link>{a.url}</link>"
        f"<pubDate>{format_datetime(day)}</pubDate>"
        f"<description>{markup(a)}</description></item>\n"
    )


def atom_entry(a: Article) -> str:
    return (
        f'<entry><title>{html.escape(a.title)}</title><link href="{a.url}"/><id>{a.url}</id>'
        f"<updated>{a.published}T00:00:00Z</updated><author><name>Wikinews</name></author>"
        f'<content type="html">{markup(a)}</content></entry>\n'
    )


def write_feeds(first: Path, second: Path) -> None:
    items = [read_text(first), read_text(second)]
    (HERE / "wikinews.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>Wikinews</title><link>https://en.wikinews.org/</link>"
        f"<description>Wikinews</description>\n{''.join(map(rss_item, items))}</channel></rss>\n",
        encoding="utf-8",
    )
    (HERE / "wikinews.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Wikinews</title><id>https://en.wikinews.org/</id>"
        f"<updated>2009-06-18T00:00:00Z</updated>\n{''.join(map(atom_entry, items))}</feed>\n",
        encoding="utf-8",
    )


def write_json(first: Path, second: Path) -> None:
    records = [
        {
            "title": a.title,
            "body": a.text,
            "date": str(a.published),
            "url": a.url,
            "publisher": a.publisher,
        }
        for a in (read_text(first), read_text(second))
    ]
    (HERE / "export.json").write_text(
        json.dumps({"articles": records}, indent=1) + "\n", encoding="utf-8"
    )
    (HERE / "export.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )


def write_encodings(source: Path) -> None:
    a = read_text(source)
    text = f"{a.text}\n"
    (HERE / "itunes-cp1252.txt").write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    (HERE / "itunes-utf16.txt").write_bytes(text.encode("utf-16"))


if __name__ == "__main__":
    write_html(ARTICLES["html"])
    write_pdf(ARTICLES["pdf"])
    write_docx(ARTICLES["docx"])
    write_eml(ARTICLES["eml"], ARTICLES["eml2"])
    write_feeds(ARTICLES["feed"], ARTICLES["feed2"])
    write_json(ARTICLES["eml"], ARTICLES["feed2"])
    write_encodings(ARTICLES["legacy"])
