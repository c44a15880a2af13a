"""Plain text: the layout's lines with their styles dropped."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from nato_search.render.layout import Line


def write_lines(lines: Iterable[Line], out: TextIO) -> None:
    for line in lines:
        out.write("".join(text for text, _ in line) + "\n")
