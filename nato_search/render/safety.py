"""Make untrusted article text inert before it reaches a terminal or a spreadsheet.

Article text may hold terminal escape sequences, other control characters or bidirectional
overrides; each is replaced by a visible stand-in, so it is shown, never obeyed. Rich markup
needs no escaping here because Rich output is built from `Text` objects, never markup strings.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _visible(m: re.Match) -> str:
    ch = m.group(0)
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode control pictures: ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def inert(text: str) -> str:
    """Replace control and bidi characters with visible stand-ins (length may change)."""
    return _UNSAFE.sub(_visible, text)


def inert_keep_offsets(text: str) -> str:
    """Like `inert`, but one character for one, so highlight offsets stay valid."""
    return _UNSAFE.sub(lambda m: "\ufffd" if ord(m.group(0)) >= 0x7F else chr(0x2400 + ord(m.group(0))),
                       text)


def spreadsheet_safe(cell: str) -> str:
    """Stop a CSV cell from running as a formula when opened in a spreadsheet."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
