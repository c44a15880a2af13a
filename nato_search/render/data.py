"""Machine-readable output: JSON, JSON lines, CSV, TSV and paths, written as records arrive."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from nato_search.render import Format
from nato_search.render.safety import inert, spreadsheet_safe


def _json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


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


def _flatten(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_table(records: Iterable[dict], out: TextIO, delimiter: str) -> int:
    it: Iterator[dict] = iter(records)
    first = next(it, None)
    if first is None:
        return 0
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    header = list(first)
    writer.writerow(header)
    written = 0
    for record in _chain(first, it):
        written += 1
        row = []
        for key in header:
            cell = inert(_flatten(record.get(key)))
            if delimiter == "\t":
                cell = cell.replace("\t", " ").replace("\n", " ")
            row.append(spreadsheet_safe(cell))
        writer.writerow(row)
    return written


def _chain(first: dict, rest: Iterator[dict]) -> Iterator[dict]:
    yield first
    yield from rest


def write_paths(paths: Iterable[str], out: TextIO, null: bool = False) -> int:
    """Write each distinct path once, ending each with a newline or NUL."""
    seen: set[str] = set()
    end = "\0" if null else "\n"
    for path in paths:
        if path not in seen:
            seen.add(path)
            out.write(path + end)
    return len(seen)
