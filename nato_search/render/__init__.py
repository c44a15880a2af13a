"""Printing results: the CLI decides what to print, these modules decide how.

- `layout` turns records into lines of styled segments, the one layout of human output;
- `plain` prints those lines as text, `rich` paints them with Rich (imported only for it);
- `data` writes JSON, JSON lines, CSV, TSV and paths, streaming.
"""

from __future__ import annotations

import os
from enum import Enum


class Format(str, Enum):
    AUTO = "auto"
    RICH = "rich"
    PLAIN = "plain"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    PATHS = "paths"


# The formats of commands whose results are not articles (speakers, timeline, stats, index):
# their --format help lists only these
TableFormat = Enum("TableFormat", {f.name: f.value for f in Format if f is not Format.PATHS},
                   type=str)


class Color(str, Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


HUMAN_FORMATS = (Format.RICH, Format.PLAIN)
DATA_FORMATS = (Format.JSON, Format.JSONL, Format.CSV, Format.TSV)


def resolve_format(fmt: Format, is_tty: bool) -> Format:
    """`auto` is Rich on a terminal and plain text in a pipe."""
    if fmt is Format.AUTO:
        return Format.RICH if is_tty else Format.PLAIN
    return fmt


def use_color(color: Color, is_tty: bool) -> bool:
    """Colour on a terminal unless NO_COLOR is set; the flag wins over the variable."""
    if color is Color.ALWAYS:
        return True
    if color is Color.NEVER:
        return False
    return is_tty and os.environ.get("NO_COLOR") is None
