"""`briefgen review`: check and correct a brief in the browser before it goes out.

`review_brief` makes (or loads) the brief JSON, serves the review page on 127.0.0.1 until
Ctrl-C, and returns the JSON's path. The page's edits are saved to that file at once
(`store.py`, the operations in `edits.py`); its Render button writes the documents as
`briefgen render` would (`briefgen.api.render_brief`).
"""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from briefgen.api import Hooks, Options, extract_brief, load_brief
from briefgen.errors import OutputError


def review_brief(
    paths: Sequence[Path | str],
    options: Options | None = None,
    *,
    port: int = 0,
    open_browser: bool = True,
    hooks: Hooks | None = None,
    started: Callable[[str], None] = lambda url: None,
) -> Path:
    """Review the brief of `paths` (article inputs, or one brief JSON file) in the browser:
    serve it on 127.0.0.1:`port` (0: a free port) until Ctrl-C; `started` is told the URL
    (it carries the session's token). Returns the reviewed JSON file."""
    options = options or Options()
    path = prepare(paths, options, hooks or Hooks())
    with serving(path, options, port) as (url, server):
        started(url)
        if open_browser:
            webbrowser.open(url)
        with suppress(KeyboardInterrupt):  # Ctrl-C: stop serving, cleanly
            server.wait()
    return path


def prepare(paths: Sequence[Path | str], options: Options, hooks: Hooks) -> Path:
    """The brief JSON to review: the one given, or the inputs' brief written to the output
    folder as '<as-of date>-<title>.json'. A JSON there already that holds the same articles
    is kept, with its review edits; one with edits for other articles is not overwritten."""
    from briefgen.api import given_brief
    from briefgen.output import output_stem, write_atomic
    from briefgen.review.store import Store

    given = [Path(p) for p in paths if not isinstance(p, str) or "://" not in p]
    if len(given) == len(paths) == 1 and given_brief(given) is not None:
        return given[0]
    brief = extract_brief(paths, options, hooks=hooks).brief
    assert brief is not None  # not a dry run
    target = options.output / f"{output_stem(brief)}.json"
    if target.is_file():
        earlier = load_brief(target)
        if earlier.sources == brief.sources:
            return target
        if Store(target).history():
            raise OutputError(
                f"{target} holds review edits of other articles: review it "
                f"(briefgen review {target}) or choose another --output folder"
            )
    write_atomic(target, brief.to_json().encode("utf-8"))
    return target


class Server:
    """A running review server (uvicorn in a thread)."""

    def __init__(self, server: object, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread

    def wait(self) -> None:
        """Until the server stops (Ctrl-C in the main thread stops it)."""
        while self._thread.is_alive():
            self._thread.join(0.5)

    def stop(self) -> None:
        self._server.should_exit = True  # type: ignore[attr-defined]
        self._thread.join(10)


@contextmanager
def serving(path: Path, options: Options, port: int = 0) -> Iterator[tuple[str, Server]]:
    """Serve the review of the brief JSON at `path` on 127.0.0.1 while the block runs;
    yields the URL to open (with the token) and the server."""
    import uvicorn

    from briefgen.review.app import Session, create_app
    from briefgen.review.store import Store
    from briefgen.review.views import rule_descriptions

    load_brief(path)  # an invalid brief fails here, with the field named
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", port))
    except OSError as error:
        listener.close()
        raise OutputError(f"cannot listen on 127.0.0.1:{port}: {error.strerror}") from None
    session = Session(Store(path), options, listener.getsockname()[1])
    threading.Thread(target=rule_descriptions, daemon=True).start()  # the first click is quick
    config = uvicorn.Config(create_app(session), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    running = Server(server, thread)
    try:
        while not server.started and thread.is_alive():
            thread.join(0.05)
        yield session.url(), running
    finally:
        running.stop()
        listener.close()
