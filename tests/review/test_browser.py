"""`briefgen review` end to end in headless Chromium (Selenium with Debian's chromium and
chromium-driver; no browser is downloaded). Where they are missing, the tests are skipped
with a reason that says how to install them; `make test` installs them where apt-get may.

BRIEFGEN_SCREENSHOTS=FOLDER keeps the page's screenshots there (docs/ holds two of them).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from briefgen.api import Options
from briefgen.model import Brief
from briefgen.review import serving

HOW = (
    "to run the browser tests install Chromium and its driver: `apt-get install chromium "
    "chromium-driver` as root (`make test` does it where apt-get is usable)"
)
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver", "/usr/lib/chromium/chromedriver")
WAIT = 20  # seconds: the machine may be busy


def _found(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver", reason=f"selenium is missing: {HOW}")
    binary, driver = _found(BROWSERS), _found(DRIVERS)
    if binary is None or driver is None:
        pytest.skip(f"no {'Chromium' if binary is None else 'chromedriver'} found: {HOW}")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,860"):
        options.add_argument(argument)  # --no-sandbox: tests run as root in CI
    driver_service = webdriver.ChromeService(executable_path=driver)
    try:
        chrome = webdriver.Chrome(service=driver_service, options=options)
    except Exception as error:  # a driver that does not match the browser, no display...
        pytest.skip(f"Chromium did not start ({str(error).splitlines()[0]}): {HOW}")
    yield chrome
    chrome.quit()


def wait(browser: Any, condition: Callable[[Any], Any]) -> Any:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    stale = [StaleElementReferenceException]  # htmx swapped the element meanwhile
    return WebDriverWait(browser, WAIT, ignored_exceptions=stale).until(condition)


def click(browser: Any, element: Any) -> None:
    """Click as a user would, the element first brought to the middle of the window (the
    sticky bar would cover it at the top)."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def css(browser: Any, selector: str) -> Any:
    return browser.find_element("css selector", selector)


def shoot(browser: Any, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    browser.save_screenshot(str(path))
    if os.environ.get("BRIEFGEN_SCREENSHOTS"):  # kept small: 256 colours
        from PIL import Image

        with Image.open(path) as shot:
            small = shot.convert("RGB").quantize(256)
            small.save(Path(os.environ["BRIEFGEN_SCREENSHOTS"]) / name, optimize=True)


def said(browser: Any, message: str) -> None:
    """Wait for the page to confirm an edit."""
    wait(browser, lambda b: message in css(b, "#brief .messages").text)


def submit(browser: Any, item: str, label: str) -> None:
    """Press an item's button with this label."""
    row = css(browser, f"#{item}")
    button = next(b for b in row.find_elements("css selector", "button") if b.text == label)
    click(browser, button)


def open_editor(browser: Any, item: str) -> Any:
    editor = css(browser, f"#{item} details")
    click(browser, css(browser, f"#{item} summary"))
    return editor


def test_review_in_the_browser(browser: Any, seed_file: Path, tmp_path: Path) -> None:
    """Open the seed, select an item, drop one, set a speaker, merge two actors, reorder the
    bottom line, render; the saved JSON, the DOCX and the PDF agree; a reload shows it all."""
    from selenium.webdriver.common.keys import Keys

    original = Brief.from_json(seed_file.read_bytes())
    out = tmp_path / "out"
    with serving(seed_file, Options(output=out)) as (url, _):
        browser.get(url)
        wait(browser, lambda b: b.find_elements("css selector", "#brief"))
        assert "token=" not in browser.current_url  # the token moved into a cookie

        css(browser, "body").send_keys("j")  # the keyboard selects the first item
        wait(browser, lambda b: "Bottom line 1" in css(b, "#evidence").text)
        click(browser, css(browser, "#quotes-1 .select"))
        wait(browser, lambda b: "Quotes 2" in css(b, "#evidence").text)
        marked = css(browser, "#evidence mark").text
        assert marked and marked in original.excerpt(original.quotes[1].evidence)
        assert original.quotes[1].why[0] in css(browser, "#evidence .rules summary").text
        shoot(browser, tmp_path, "review-evidence.png")

        submit(browser, "quotes-1", "Drop")
        said(browser, "Dropped quotes.1.")
        open_editor(browser, "quotes-11").find_element("name", "speaker").send_keys(
            "Attaullah Tarar", Keys.ENTER
        )
        said(browser, "Speaker of quotes.11 set.")
        taliban = next(i for i, a in enumerate(original.actors) if a.name == "Taliban")
        editor = open_editor(browser, f"actors-{taliban}")
        editor.find_element("name", "into").send_keys("Afghanistan")
        submit(browser, f"actors-{taliban}", "Merge")
        said(browser, "Merged Taliban into Afghanistan.")
        click(browser, css(browser, "#summary-2 button[aria-label='Move bullet 3 up']"))
        said(browser, "Bottom line reordered.")
        assert "4 edits saved" in css(browser, "#brief .status").text

        click(browser, css(browser, "#render-button"))
        wait(browser, lambda b: len(b.find_elements("css selector", "#rendered a")) == 3)
        links = [a.text for a in browser.find_elements("css selector", "#rendered a")]

        saved = Brief.from_json(seed_file.read_bytes())
        assert saved.quotes[1].dropped
        assert saved.quotes[11].speaker == "Attaullah Tarar"
        assert "Taliban" not in [a.name for a in saved.actors]
        assert "Taliban" in next(a for a in saved.actors if a.name == "Afghanistan").aliases
        assert saved.stories[0].summary == [0, 2, 1, 3, 4]

        docx = next(out / name for name in links if name.endswith(".docx"))
        pdf = next(out / name for name in links if name.endswith(".pdf"))
        assert Brief.from_json((out / docx.with_suffix(".json").name).read_bytes()) == saved
        word = open_docx(str(docx))
        text = "\n".join(p.text for p in word.paragraphs)
        page = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
        first, second, third = (original.summary[i].text[:30] for i in (1, 2, 0))
        dropped = original.quotes[1].text[:30]
        for document in (text, page):
            assert document.index(third) < document.index(second) < document.index(first)
            assert dropped not in document
        actors = [row.cells[0].text for table in word.tables for row in table.rows]
        assert not any(cell.startswith("Taliban") for cell in actors)

        browser.refresh()  # a reload (or another tab) sees every edit
        wait(browser, lambda b: b.find_elements("css selector", "#brief"))
        assert "dropped" in css(browser, "#quotes-1").get_attribute("class")
        assert "Attaullah Tarar" in css(browser, "#quotes-11 .label").text
        assert "Split Taliban off again" in browser.page_source
        click(browser, css(browser, "#summary-2 .select"))
        wait(browser, lambda b: "Bottom line 3" in css(b, "#evidence").text)
        open_editor(browser, "summary-2")
        browser.execute_script("window.scrollTo(0, 0)")
        shoot(browser, tmp_path, "review-edits.png")


def test_without_the_token_the_page_is_refused(browser: Any, seed_file: Path) -> None:
    with serving(seed_file, Options()) as (url, _):
        browser.delete_all_cookies()
        browser.get(url.split("?")[0])
        assert "Forbidden" in css(browser, "body").text
        assert not browser.find_elements("css selector", "#brief")


def test_markup_in_an_article_shows_literally(browser: Any, hostile_file: Path) -> None:
    from tests.review.conftest import HOSTILE

    with serving(hostile_file, Options()) as (url, _):
        browser.get(url)
        wait(browser, lambda b: b.find_elements("css selector", "#brief"))
        assert HOSTILE in css(browser, "#summary-0 .text").text
        click(browser, css(browser, "#summary-0 .select"))
        wait(browser, lambda b: b.find_elements("css selector", "#evidence mark"))
        assert css(browser, "#evidence mark").text == HOSTILE
        assert "<b>Bold</b> title" in css(browser, "#evidence").text
        scripts = "return document.querySelectorAll('main script, main img, main b').length"
        assert browser.execute_script(scripts) == 0
        assert browser.execute_script("return window.alertCalled === undefined")
