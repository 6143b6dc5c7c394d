"""Text for the terminal: file names and reasons with their control characters made visible.

A file name may hold a newline (a forged "skipped" line) or an escape sequence (a cleared
screen); every message line that shows one passes through `visible`.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; the bidirectional controls that reorder what follows them;
# lone surrogates, which stand for the undecodable bytes of a file name.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BYTE_SURROGATES = range(0xDC80, 0xDD00)  # os.fsdecode's stand-ins for the bytes 0x80-0xff


def visible(text: str) -> str:
    """`text` with each control character escaped: a newline as \\n, ESC as \\x1b."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if match.group() in _NAMED:
        return _NAMED[match.group()]
    if code in _BYTE_SURROGATES:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
