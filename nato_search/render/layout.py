"""The layout of human-readable output, as lines of (text, style) segments.

Both `plain` and `rich` print these lines, so the two formats have one layout by construction.
Styles are names ("title", "meta", "match", ...) that only the Rich renderer turns into colour.
All article text passes through `safety` here, before any renderer sees it.
"""

from __future__ import annotations

from collections.abc import Iterable

from nato_search.models import (
    Article,
    Hit,
    PeriodCount,
    QuoteRecord,
    SpeakerSummary,
    Stats,
    UpdateReport,
)
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


def quote_lines(n: int, q: QuoteRecord) -> list[Line]:
    """A quotation: the quoted words, who said them, and the article they appear in."""
    who = inert(q.speaker or "unattributed")
    role = f", {inert(q.role)}" if q.role else ""
    kind = "" if q.kind == "direct" else f" [{q.kind}]"
    return [
        [(f"{n}. ", "rank"), ("“", "quote"), *[(t, "match" if st == "match" else "quote")
                                                 for t, st in highlighted(q.quote, q.highlights)],
         ("”", "quote")],
        [(INDENT + "— ", None), (who, "speaker"), (role, "meta"), (kind, "meta")],
        [(INDENT, None), *meta_line(q.title, q.source, q.date.isoformat() if q.date else None,
                                    q.id)],
        [],
    ]


def speaker_lines(rows: list[SpeakerSummary]) -> list[Line]:
    """One line per person: name, counts, span of dates, roles."""
    width = min(max((len(r.speaker) for r in rows), default=10), 40)
    lines: list[Line] = []
    for r in rows:
        span = f"{r.first or '?'} to {r.last or '?'}" if (r.first or r.last) else "dates unknown"
        lines.append([(f"{inert(r.speaker):<{width}}", "speaker"),
                      (f"  {r.quotes:>4} quotes in {r.articles:>3} articles  ", None),
                      (span, "meta"),
                      (("  " + inert(", ".join(r.roles))) if r.roles else "", "meta")])
    return lines


def _date_text(article: Article) -> str | None:
    if not article.date:
        return "date unknown"
    return f"{article.date.isoformat()} ({article.date_method})" if article.date_method else \
        article.date.isoformat()


def article_lines(article: Article) -> list[Line]:
    """One article: title, metadata, the cleaned body, then its quotations."""
    lines: list[Line] = [
        [(inert(article.title) or "(untitled)", "title")],
        meta_line(article.id, article.source or "outlet unknown", _date_text(article)),
        meta_line(article.path),
    ]
    if article.url:
        lines.append(meta_line(article.url))
    for paragraph in article.body.split("\n\n"):
        lines.append([])
        lines.append([(inert(paragraph), None)])
    if article.quotes:
        lines += [[], [(f"Quotations ({len(article.quotes)})", "title")]]
        for q in article.quotes:
            who = q.speaker or "unattributed"
            role = f", {q.role}" if q.role else ""
            lines.append([(f"{q.n:>3}. ", "rank"), (inert(who), "speaker"), (inert(role), "meta"),
                          (f" [{q.kind}]", "meta")])
            lines.append([("     ", None), ("“" + inert(q.quote) + "”", "quote")])
    return lines


BAR_WIDTH = 40


def timeline_lines(periods: list[PeriodCount]) -> list[Line]:
    """A bar per period, as long as its article count, with both counts beside it."""
    top = max((p.articles for p in periods), default=0) or 1
    lines: list[Line] = []
    for p in periods:
        bar = "█" * max(round(p.articles / top * BAR_WIDTH), 1 if p.articles else 0)
        lines.append([(f"{p.period:<8}", "label"), (f"{bar:<{BAR_WIDTH}}", "bar"),
                      (f" {p.articles:>5} articles  {p.quotes:>6} quotations", None)])
    return lines


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
        ("cache size", f"{_size(stats.cache_bytes)} in {stats.cache}"),
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
