"""`briefgen review` as a user runs it: the address on stdout, served until Ctrl-C."""

from __future__ import annotations

import http.cookiejar
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from briefgen.cli import EXIT_USAGE, app
from tests.conftest import ROOT


def test_review_serves_until_ctrl_c(seed_file: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "briefgen", "review", str(seed_file), "--no-browser"]
    process = subprocess.Popen(
        [*command, "-o", str(tmp_path / "out")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        url = process.stdout.readline().strip()  # type: ignore[union-attr]
        assert url.startswith("http://127.0.0.1:") and "?token=" in url
        browser = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        page = browser.open(url, timeout=30).read().decode("utf-8")
        assert "Bottom line" in page
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert out.strip() == str(seed_file)  # the reviewed JSON, once stopped
    assert "Ctrl-C stops" in err


def test_review_needs_an_input() -> None:
    result = CliRunner().invoke(app, ["review", "--no-browser"])
    assert result.exit_code == EXIT_USAGE
