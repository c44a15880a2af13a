"""Plain text: the layout's lines, with their styles dropped or, when colour is asked for
(`--color always`, for `less -R`), written as ANSI escape codes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from nato_search.render.layout import Line

# The styles of render.rich, as SGR parameters, so that a pipe shows what a terminal shows
SGR = {
    "rank": "1;36",
    "title": "1",
    "meta": "2",
    "match": "1;30;43",
    "label": "36",
    "bar": "32",
    "speaker": "1;35",
    "quote": "3",
    "marked": "1;33",
}


def write_lines(lines: Iterable[Line], out: TextIO, color: bool = False) -> None:
    for line in lines:
        if color:
            out.write("".join(f"\x1b[{SGR[style]}m{text}\x1b[0m" if style in SGR and text else text
                              for text, style in line) + "\n")
        else:
            out.write("".join(text for text, _ in line) + "\n")
