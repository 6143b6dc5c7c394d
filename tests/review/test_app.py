"""The review app's routes through Starlette's test client: the token, the edits, escaping."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette asks for httpx2; httpx is what is installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from briefgen.api import Options
from briefgen.model import Brief
from briefgen.review.app import TOKEN_HEADER, Session, create_app
from briefgen.review.store import Store

BASE = "http://127.0.0.1:8765"


@pytest.fixture
def session(seed_file: Path, tmp_path: Path) -> Session:
    return Session(Store(seed_file), Options(output=tmp_path / "out"), 8765)


@pytest.fixture
def client(session: Session) -> TestClient:
    """A client that has opened the URL with the token (and so holds the cookie)."""
    client = TestClient(create_app(session), base_url=BASE)
    assert client.get(f"/?token={session.token}", follow_redirects=False).status_code == 303
    return client


def post(client: TestClient, session: Session, path: str, **form: str):  # type: ignore[no-untyped-def]
    return client.post(path, data=form, headers={TOKEN_HEADER: session.token})


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/"), ("GET", "/item/quotes/0"), ("GET", "/static/htmx.min.js"), ("POST", "/edit")],
)
def test_a_request_without_the_token_is_refused(session: Session, method: str, path: str) -> None:
    client = TestClient(create_app(session), base_url=BASE)
    response = client.request(method, path, data={"op": "drop", "section": "quotes", "index": "0"})
    assert response.status_code == 403
    assert "token" in response.text
    assert client.get("/?token=wrong").status_code == 403


def test_the_token_moves_from_the_url_to_a_strict_cookie(session: Session) -> None:
    client = TestClient(create_app(session), base_url=BASE)
    response = client.get(f"/?token={session.token}", follow_redirects=False)
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and session.token in cookie
    page = client.get("/")
    assert page.status_code == 200 and "Content-Security-Policy" in page.headers


def test_a_cookie_alone_cannot_change_anything(client: TestClient, seed_file: Path) -> None:
    """A cross-site form would carry the cookie at most: an edit needs the header too."""
    before = seed_file.read_bytes()
    response = client.post("/edit", data={"op": "drop", "section": "quotes", "index": "0"})
    assert response.status_code == 403
    assert seed_file.read_bytes() == before


def test_a_foreign_host_is_refused(session: Session) -> None:
    """DNS rebinding: a page at evil.example resolving to 127.0.0.1 gets nothing."""
    client = TestClient(create_app(session), base_url="http://evil.example:8765")
    assert client.get(f"/?token={session.token}").status_code == 403


def test_the_page_shows_the_brief(client: TestClient, seed_brief: Brief) -> None:
    page = client.get("/").text
    for heading in ("Bottom line", "Actors", "Quotes", "Timeline", "Outlook", "Sources"):
        assert f">{heading}" in page
    assert seed_brief.actors[0].name in page
    assert 'aria-label="Evidence"' in page


def test_an_edit_is_saved_and_shown(client: TestClient, session: Session, seed_file: Path) -> None:
    response = post(client, session, "/edit", op="drop", section="quotes", index="1")
    assert response.status_code == 200 and "Dropped quotes.1." in response.text
    assert Brief.from_json(seed_file.read_bytes()).quotes[1].dropped
    assert 'class="item dropped"' in client.get("/").text  # a reload (another tab) sees it
    undone = post(client, session, "/undo")
    assert "Last edit undone." in undone.text
    assert not Brief.from_json(seed_file.read_bytes()).quotes[1].dropped


def test_a_refused_edit_says_why(client: TestClient, session: Session) -> None:
    response = post(client, session, "/edit", op="actor", name="Qatar", new_name="Turkey")
    assert response.status_code == 422
    assert "Refused: &#39;Turkey&#39; is another actor: merge the two instead" in response.text


def test_evidence_is_marked_in_the_article(client: TestClient, seed_brief: Brief) -> None:
    quote = seed_brief.quotes[1]
    panel = client.get("/item/quotes/1").text
    assert f"<mark>{seed_brief.excerpt(quote.evidence)[:20]}" in panel.replace("&#39;", "'")
    assert seed_brief.sources[0].title in panel
    for rule in quote.why:
        assert f"<code>{rule}</code>" in panel
    assert client.get("/item/quotes/999").status_code == 404
    assert client.get("/item/sources/0").status_code == 404


def test_article_text_is_escaped(hostile_file: Path, tmp_path: Path) -> None:
    """An article with markup in it shows the markup as text, on the page and in the panel."""
    session = Session(Store(hostile_file), Options(output=tmp_path / "out"), 8765)
    client = TestClient(create_app(session), base_url=BASE)
    client.get(f"/?token={session.token}")
    for html in (client.get("/").text, client.get("/item/summary/0").text):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html


def test_render_writes_the_documents_and_serves_only_them(
    client: TestClient, session: Session, tmp_path: Path
) -> None:
    response = post(client, session, "/render", template="one-pager")
    assert response.status_code == 200
    written = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert [name.rsplit(".", 1)[1] for name in written] == ["docx", "json", "pdf"]
    for name in written:
        assert f'href="/files/{name}"' in response.text
        assert client.get(f"/files/{name}").status_code == 200
    assert client.get("/files/brief.json").status_code == 404  # not rendered: not served
    assert client.get("/files/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert client.get("/static/../app.py").status_code == 404
