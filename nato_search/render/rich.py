"""Rich output: the layout's lines painted with styles.

Text reaches Rich only as `Text` objects built from segments, never as markup strings, so an
article holding "[bold red]" prints those characters. Lines are wrapped here to the console's
width, each continuation under the text it continues (a hanging indent), and never padded
with trailing spaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.text import Text

from nato_search.render.layout import Line, hanging_indent

STYLES = {
    "rank": "bold cyan",
    "title": "bold",
    "meta": "dim",
    "match": "bold black on yellow",
    "label": "cyan",
    "bar": "green",
    "speaker": "bold magenta",
    "quote": "italic",
    "marked": "bold yellow",
}

# Without colour (NO_COLOR, --color never) a terminal still shows emphasis: NO_COLOR is about
# colour, and a highlight that vanishes loses information
EMPHASIS = {
    "rank": "bold",
    "title": "bold",
    "match": "reverse",
    "speaker": "bold",
    "quote": "italic",
    "marked": "bold",
}


def console(out: TextIO, color: bool, emphasis: bool = False) -> Console:
    if color or emphasis:
        return Console(file=out, color_system="auto" if color else "standard",
                       force_terminal=True, no_color=not color, highlight=False, markup=False,
                       emoji=False, soft_wrap=False)
    return Console(file=out, color_system=None, force_terminal=False, no_color=True,
                   highlight=False, markup=False, emoji=False, soft_wrap=False)


def write_lines(lines: Iterable[Line], out: TextIO, color: bool, emphasis: bool = False) -> None:
    con = console(out, color, emphasis)
    styles = STYLES if color else EMPHASIS if emphasis else {}
    width = con.width
    for line in lines:
        text = Text(end="\n")
        for segment, style in line:
            text.append(segment, styles.get(style or "", ""))
        indent = hanging_indent(line)
        if indent and width - indent < 20:
            indent = 0  # a console too narrow for an indent: wrap at the margin
        head, rest = text[:indent], text[indent:]
        wrapped = rest.wrap(con, max(width - indent, 1), overflow="fold") if rest.plain else [rest]
        for n, part in enumerate(wrapped):
            part.rstrip()
            shown = (head if n == 0 else Text(" " * indent)) + part
            shown.end = "\n"
            con.print(shown, soft_wrap=True, crop=False)
