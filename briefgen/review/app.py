"""The review web app (Starlette): the page, an item's evidence, edits, undo and render.

Safe by construction: every request must carry the session's random token (in the URL on
the first load, then in a same-site, HTTP-only cookie); a request that changes anything must
also carry it in the `X-Review-Token` header, which no other web page can set, so a
cross-site form cannot post an edit. The Host header must name this machine (no DNS
rebinding). Pages are Jinja2 with autoescape on, under a Content-Security-Policy that allows
the app's own script and style only. Nothing is served but the page, three static files of
the package and the documents this server rendered.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from briefgen.api import Made, Options
from briefgen.errors import BriefgenError
from briefgen.review import views
from briefgen.review.edits import ACTOR_TYPES, DROPPABLE, Edit, EditRefused
from briefgen.review.store import Store

HERE = Path(__file__).parent
STATIC = {  # name -> media type: the only files served from the package
    "htmx.min.js": "text/javascript",
    "review.js": "text/javascript",
    "review.css": "text/css",
}
TOKEN_HEADER = "X-Review-Token"
HOSTS = ("127.0.0.1", "localhost")
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_PAGES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "pages"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class Session:
    """One review: the brief's store, the token, how documents are rendered, and the files
    rendered so far (the only ones served)."""

    store: Store
    options: Options
    port: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    rendered: dict[str, Path] = field(default_factory=dict)

    @property
    def cookie(self) -> str:
        return f"briefgen_review_{self.port}"  # one per server: two reviews do not clash

    def url(self) -> str:
        """The address to open: it carries the token."""
        return f"http://127.0.0.1:{self.port}/?token={self.token}"


Handler = Callable[[Request, Session], Awaitable[Response]]


def create_app(session: Session, hosts: tuple[str, ...] = HOSTS) -> Starlette:
    """The app for one review session."""

    def route(path: str, handler: Handler, method: str) -> Route:
        async def endpoint(request: Request) -> Response:
            refused = _refusal(request, session, hosts, changes=method == "POST")
            response = refused or await handler(request, session)
            response.headers.update(HEADERS)
            return response

        return Route(path, endpoint, methods=[method])

    return Starlette(
        routes=[
            route("/", _page, "GET"),
            route("/static/{name}", _static, "GET"),
            route("/item/{section}/{index:int}", _evidence, "GET"),
            route("/files/{name}", _file, "GET"),
            route("/edit", _edit, "POST"),
            route("/undo", _undo, "POST"),
            route("/render", _render, "POST"),
        ]
    )


def _refusal(
    request: Request, session: Session, hosts: tuple[str, ...], changes: bool
) -> Response | None:
    """Why a request is refused, or None: a foreign Host, or no token where one is needed."""
    host = (request.headers.get("host") or "").rsplit(":", 1)[0]
    if host not in hosts:
        return _forbidden("this server answers requests for 127.0.0.1 only")
    if changes:
        given = request.headers.get(TOKEN_HEADER, "")
    else:
        given = request.query_params.get("token") or request.cookies.get(session.cookie, "")
    if not secrets.compare_digest(given.encode(), session.token.encode()):
        return _forbidden("open the address `briefgen review` printed: it carries the token")
    return None


def _forbidden(reason: str) -> Response:
    return HTMLResponse(f"<!doctype html><title>Forbidden</title><p>Forbidden: {reason}.</p>", 403)


def _html(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_PAGES.get_template(name).render(**context), status)


def _brief_context(session: Session, message: str = "", error: str = "") -> dict[str, Any]:
    from briefgen.templates import list_templates

    brief = session.store.load()
    return {
        "brief": brief,
        "rows": views.sections(brief),
        "bottom_lines": views.bottom_lines(brief),
        "headings": views.SECTIONS,
        "droppable": DROPPABLE,
        "actor_types": ACTOR_TYPES,
        "edits": len(session.store.history()),
        "message": message,
        "error": error,
        "token": session.token,
        "templates": [t.name for t in list_templates(session.options.template_dir)],
        "template": session.options.template,
        "path": session.store.path,
        "output": session.options.output,
    }


async def _page(request: Request, session: Session) -> Response:
    if "token" in request.query_params:  # first load: the token moves into a cookie
        response: Response = RedirectResponse("/", status_code=303)
        response.set_cookie(session.cookie, session.token, httponly=True, samesite="strict")
        return response
    return _html("page.html.j2", **_brief_context(session))


async def _static(request: Request, session: Session) -> Response:
    name = request.path_params["name"]
    if name not in STATIC:
        return HTMLResponse("Not found", 404)
    return FileResponse(HERE / "static" / name, media_type=STATIC[name])


async def _evidence(request: Request, session: Session) -> Response:
    brief = session.store.load()
    section, index = request.path_params["section"], request.path_params["index"]
    if section not in views.SECTIONS or not 0 <= index < len(getattr(brief, section)):
        return HTMLResponse("Not found", 404)
    item = getattr(brief, section)[index]
    return _html(
        "evidence.html.j2",
        section=section,
        heading=views.SECTIONS[section],
        index=index,
        item=item,
        passages=views.passages(brief, views.evidence_of(brief, section, index)),
        rules=views.rules_of(item),
    )


async def _form(request: Request) -> dict[str, str]:
    """A url-encoded form (what htmx posts), without a multipart parser."""
    return dict(parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True))


async def _edit(request: Request, session: Session) -> Response:
    fields = await _form(request)
    edit = Edit(fields.pop("op", ""), fields)
    try:
        await run_in_threadpool(session.store.apply, edit)
    except EditRefused as error:
        return _html("brief.html.j2", 422, **_brief_context(session, error=f"Refused: {error}"))
    return _html("brief.html.j2", **_brief_context(session, message=_said(edit)))


def _said(edit: Edit) -> str:
    where = f"{edit.args.get('section', 'summary')}.{edit.args.get('index', '')}"
    return {
        "drop": f"Dropped {where}.",
        "restore": f"Restored {where}.",
        "note": f"Note saved on {where}.",
        "text": f"Text of {where} saved.",
        "speaker": f"Speaker of quotes.{edit.args.get('index')} set.",
        "actor": f"Actor {edit.args.get('name')!s} saved.",
        "merge": f"Merged {edit.args.get('name')!s} into {edit.args.get('into')!s}.",
        "split": f"Split {edit.args.get('name')!s} from {edit.args.get('into')!s}.",
        "move": "Bottom line reordered.",
        "pin": "Pin saved.",
    }.get(edit.op, "Saved.")


async def _undo(request: Request, session: Session) -> Response:
    try:
        session.store.undo()
    except EditRefused as error:
        return _html("brief.html.j2", 422, **_brief_context(session, error=f"Refused: {error}"))
    return _html("brief.html.j2", **_brief_context(session, message="Last edit undone."))


async def _render(request: Request, session: Session) -> Response:
    from dataclasses import replace

    fields = await _form(request)
    options = replace(
        session.options,
        template=fields.get("template") or session.options.template,
        formats=("docx", "pdf", "json"),
    )
    try:
        made = await run_in_threadpool(_render_locked, session, options)
    except BriefgenError as error:
        return _html("rendered.html.j2", 422, files=[], error=str(error))
    for path in made.written:
        session.rendered[path.name] = path
    return _html("rendered.html.j2", files=[p.name for p in made.written], error="")


def _render_locked(session: Session, options: Options) -> Made:
    """Render the saved brief, no edit saved meanwhile (the JSON written may be the very
    file under review)."""
    from briefgen.api import render_brief

    with session.store.locked():
        return render_brief(session.store.path, options)


async def _file(request: Request, session: Session) -> Response:
    path = session.rendered.get(request.path_params["name"])
    if path is None or not path.is_file():
        return HTMLResponse("Not found", 404)
    return FileResponse(path, filename=path.name)
