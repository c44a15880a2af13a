"""Plain text: the layout's lines, with their styles dropped or, when colour is asked for
(`--color always`, for `less -R`), written as ANSI escape codes."""

from __future__ import annotations

import bisect
import itertools
import shutil
import unicodedata
from collections.abc import Iterable
from typing import TextIO

from nato_search.render.layout import Line, hanging_indent

_WIDE = {"W": 2, "F": 2}  # East Asian wide and full-width characters take two columns

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


def write_lines(lines: Iterable[Line], out: TextIO, color: bool = False, width: int | None = None
                ) -> None:
    """Write the lines, wrapped to `width` (the terminal's, or COLUMNS, or 80) as rich wraps
    them: at spaces, each continuation under the text it continues."""
    width = width or shutil.get_terminal_size((80, 24)).columns
    for line in lines:
        for part in wrap(line, width):
            if color:
                out.write("".join(f"\x1b[{SGR[style]}m{text}\x1b[0m" if style in SGR and text
                                  else text for text, style in part) + "\n")
            else:
                out.write("".join(text for text, _ in part).rstrip() + "\n")


def wrap(line: Line, width: int) -> list[Line]:
    """Split a styled line into lines of at most `width` columns, breaking at spaces (a word
    longer than a line is cut, a path longer than a line is not), continuations indented by
    `hanging_indent`."""
    text = "".join(t for t, _ in line)
    if len(text) <= width and text.isascii():
        return [line]
    # the columns each character takes: two for a wide one (Chinese, Japanese, Korean)
    columns = list(itertools.accumulate((_WIDE.get(unicodedata.east_asian_width(ch), 1)
                                         for ch in text), initial=0)) \
        if not text.isascii() else range(len(text) + 1)
    if columns[-1] <= width:
        return [line]
    indent = hanging_indent(line)
    if width - indent < 20:
        indent = 0  # too narrow for an indent: wrap at the margin
    cuts: list[tuple[int, int]] = []  # [start, end) of each output line in `text`
    start, room = 0, width
    while columns[-1] - columns[start] > room:
        # the last character that fits in the room
        fits = bisect.bisect_right(columns, columns[start] + room) - 1
        end = text.rfind(" ", start + 1, fits + 1)
        if end > start and text[end - 1].isdigit() and fits < len(text):
            # a number stays with the word it counts ("0 skipped"), where another space allows
            before = text.rfind(" ", start + 1, end)
            if before > start and text[before + 1:end].isdigit():
                end = before
        if end <= start:
            # no space to break at: cut the word, but not a path or an address, which must
            # stay whole to be copied (it runs past the width instead)
            word_end = text.find(" ", start)
            word_end = len(text) if word_end < 0 else word_end
            end = word_end if "/" in text[start:word_end] else max(fits, start + 1)
        cuts.append((start, end))
        if end >= len(text):
            break
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
        room = width - indent
    if start < len(text) and (not cuts or cuts[-1][1] < len(text)):
        cuts.append((start, len(text)))
    out: list[Line] = []
    for n, (lo, hi) in enumerate(cuts):
        part: Line = [(" " * indent, None)] if n and indent else []
        pos = 0
        for segment, style in line:
            s_lo, s_hi = max(lo, pos), min(hi, pos + len(segment))
            if s_lo < s_hi:
                part.append((segment[s_lo - pos:s_hi - pos], style))
            pos += len(segment)
        out.append(part)
    return out
