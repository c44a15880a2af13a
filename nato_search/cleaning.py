"""Turn a scraped article's text into clean paragraphs.

For now this only normalises line endings and blank lines; removing site furniture
(share buttons, related-headline lists, ...) is the next stage of work.
"""

from __future__ import annotations

import re

_BLANKS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Unify line endings, strip trailing spaces and collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def clean(text: str) -> str:
    """Return the article's own text."""
    return normalise(text)
