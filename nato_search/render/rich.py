"""Rich output: the layout's lines painted with styles.

Text reaches Rich only as `Text` objects built from segments, never as markup strings, so an
article holding "[bold red]" prints those characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from nato_search.render.layout import INDENT, Line

STYLES = {
    "rank": "bold cyan",
    "title": "bold",
    "meta": "dim",
    "match": "bold black on yellow",
    "label": "cyan",
    "bar": "green",
    "speaker": "bold magenta",
    "quote": "italic",
}


def console(out: TextIO, color: bool) -> Console:
    return Console(file=out, color_system="auto" if color else None, force_terminal=color,
                   no_color=not color, highlight=False, markup=False, emoji=False,
                   soft_wrap=False)


def write_lines(lines: Iterable[Line], out: TextIO, color: bool) -> None:
    con = console(out, color)
    for line in lines:
        text = Text()
        for segment, style in line:
            text.append(segment, STYLES.get(style or "", ""))
        # wrapped continuation lines keep the indent of the line they continue
        indent = len(INDENT) if line and line[0][0] == INDENT else 0
        if line and line[0][1] == "rank":
            indent = len(line[0][0])  # a numbered line: wrap under its text, not its number
            grid = Table.grid()
            grid.add_column(width=indent, no_wrap=True)
            grid.add_column()
            grid.add_row(text[:indent], text[indent:])
            con.print(grid)
        elif indent and con.width > indent + 20:
            con.print(Padding(text[indent:], (0, 0, 0, indent)))
        else:
            con.print(text)
