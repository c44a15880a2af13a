"""Machine-readable output: JSON, JSON lines, CSV, TSV and paths, written as records arrive."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from nato_search.render import Format
from nato_search.render.safety import inert, spreadsheet_safe

# Characters json.dumps leaves raw with ensure_ascii=False that a terminal may obey: DEL, the C1
# controls (U+009B opens an escape sequence in some terminals), bidi marks and overrides, and
# the line and paragraph separators that some JSON readers take for line ends.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _json(record: dict) -> str:
    # outside strings JSON text is ASCII, so every such character is inside a string literal
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}",
                            json.dumps(record, ensure_ascii=False))


def write_records(records: Iterable[dict], fmt: Format, out: TextIO) -> int:
    """Write dict records in a data format; returns how many were written."""
    written = 0
    if fmt is Format.JSONL:
        for record in records:
            out.write(_json(record) + "\n")
            written += 1
        return written
    if fmt is Format.JSON:
        out.write("[")
        for record in records:
            out.write((",\n" if written else "\n") + _json(record))
            written += 1
        out.write("\n]\n" if written else "]\n")
        return written
    if fmt in (Format.CSV, Format.TSV):
        return _write_table(records, out, "," if fmt is Format.CSV else "\t")
    raise ValueError(f"not a data format: {fmt}")


def _flatten(value, inner: bool = False) -> str:
    """One cell: a list joined with "; " (a pair of offsets as "start,end"), a record as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return ("," if inner else "; ").join(_flatten(v, True) for v in value)
    return str(value)


def _tsv_cell(cell: str) -> str:
    """TSV never quotes: backslash, tab, newline and carriage return are escaped instead."""
    return (cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def _write_table(records: Iterable[dict], out: TextIO, delimiter: str) -> int:
    it: Iterator[dict] = iter(records)
    first = next(it, None)
    if first is None:
        return 0
    tsv = delimiter == "\t"
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    header = list(first)
    if tsv:
        out.write("\t".join(header) + "\n")
    else:
        writer.writerow(header)
    written = 0
    for record in _chain(first, it):
        written += 1
        row = [inert(_flatten(record.get(key))) for key in header]
        if tsv:  # (TSV carries each field whole, as CLI.md has it: only CSV guards formulas)
            out.write("\t".join(_tsv_cell(cell) for cell in row) + "\n")
        else:
            writer.writerow([spreadsheet_safe(cell) for cell in row])
    return written


def _chain(first: dict, rest: Iterator[dict]) -> Iterator[dict]:
    yield first
    yield from rest


def write_paths(paths: Iterable[str], out: TextIO, null: bool = False,
                on_terminal: bool = False) -> int:
    """Write each distinct path once, ending each with a newline or NUL. On a terminal, a
    file name's control characters are shown, never obeyed (an ESC as ␛, a newline as ␊, as
    `ls` does); in a pipe each path is written as it is, for the script that opens it."""
    from nato_search.render.safety import inert

    seen: set[str] = set()
    end = "\0" if null else "\n"
    for path in paths:
        if path not in seen:
            seen.add(path)
            if on_terminal:  # (with -0 too: the terminal is shown the path, not sent it)
                path = inert(path.replace("\n", "\u240a").replace("\t", "\u2409"))
            out.write(path + end)
    return len(seen)
