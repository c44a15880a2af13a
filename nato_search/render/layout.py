"""The layout of human-readable output, as lines of (text, style) segments.

Both `plain` and `rich` print these lines, so the two formats have one layout by construction.
Styles are names ("title", "meta", "match", ...) that only the Rich renderer turns into colour.
All article text passes through `safety` here, before any renderer sees it.
"""

from __future__ import annotations

from collections.abc import Iterable

from nato_search.models import Hit, Stats, UpdateReport
from nato_search.render.safety import inert, inert_keep_offsets

Segment = tuple[str, "str | None"]
Line = list[Segment]

INDENT = "   "


def highlighted(text: str, highlights: Iterable[tuple[int, int]]) -> Line:
    """Split text into plain and "match" segments at the highlight offsets."""
    text = inert_keep_offsets(text)
    line: Line = []
    pos = 0
    for start, end in sorted(highlights):
        if start < pos or end > len(text):
            continue
        if start > pos:
            line.append((text[pos:start], None))
        line.append((text[start:end], "match"))
        pos = end
    if pos < len(text):
        line.append((text[pos:], None))
    return line


def meta_line(*parts: str | None) -> Line:
    return [(" · ".join(inert(p) for p in parts if p), "meta")]


def hit_lines(hit: Hit) -> list[Line]:
    """A ranked article: rank and title, then id, outlet and date, then the snippet."""
    return [
        [(f"{hit.rank}. ", "rank"), (inert(hit.title) or "(untitled)", "title")],
        [(INDENT, None), *meta_line(hit.id, hit.source, hit.date.isoformat() if hit.date else None)],
        [(INDENT, None), *highlighted(hit.snippet, hit.highlights)],
        [],
    ]


def stats_lines(stats: Stats) -> list[Line]:
    rows = [
        ("articles", str(stats.articles)),
        ("quotations", str(stats.quotes)),
        ("speakers", str(stats.speakers)),
        ("dates", f"{stats.first_date or '?'} to {stats.last_date or '?'}"
         if stats.first_date else "none known"),
        ("skipped files", str(stats.skipped)),
        ("corpus", stats.corpus),
        ("index", stats.index),
        ("index size", _size(stats.index_bytes)),
        ("last updated", stats.built or "never"),
    ]
    return [[(f"{k:<14}", "label"), (inert(v), None)] for k, v in rows]


def report_lines(report: UpdateReport) -> list[Line]:
    verb = "rebuilt" if report.rebuilt else "updated"
    summary = (f"{verb} the index in {report.seconds:.2f}s: {report.added} added, "
               f"{report.updated} updated, {report.removed} removed, "
               f"{report.unchanged} unchanged, {len(report.skipped)} skipped")
    if not report.changed:
        summary = (f"the index is up to date ({report.unchanged} articles, "
                   f"checked in {report.seconds:.2f}s)")
    lines: list[Line] = [[(summary, None)]]
    for s in report.skipped:
        lines.append([(INDENT + "skipped ", "meta"), (inert(s.id), None), (f": {s.reason}", "meta")])
    return lines


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
