"""Running the command line in a child process, with a timeout and its peak memory."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass

from tests.conftest import ROOT

# The child reports its own peak resident memory on stderr as it exits: VmHWM, which starts
# afresh at exec. (ru_maxrss does not: it keeps the high-water mark of the forked copy of the
# test process, hundreds of MB once the suite has briefed a few clusters.)
_SCRIPT = (
    "import re, resource, sys\nfrom pathlib import Path\nfrom briefgen.cli import app\n"
    "try:\n    app()\nfinally:\n"
    "    status = Path('/proc/self/status')\n"
    "    found = re.search(r'VmHWM:\\s+(\\d+)', status.read_text()) if status.exists() else None\n"
    "    peak = found.group(1) if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "    print(f'peak_rss_kb={peak}', file=sys.stderr)\n"
)


@dataclass(frozen=True)
class Run:
    """What one command did."""

    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float

    def skipped(self) -> dict[str, str]:
        """Each 'skipped PATH: REASON' line, by path."""
        lines = re.findall(r"^skipped (.+?): (.+)$", self.stderr, re.MULTILINE)
        return dict(lines)


def run_cli(*args: str, timeout: float = 120) -> Run:
    """`briefgen ARGS` in a child process; a hang fails the test instead of blocking it."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        errors="surrogateescape",
    )
    seconds = time.perf_counter() - start
    peak = re.search(r"peak_rss_kb=(\d+)", done.stderr)
    return Run(
        done.returncode, done.stdout, done.stderr, seconds, int(peak.group(1)) / 1024 if peak else 0
    )
