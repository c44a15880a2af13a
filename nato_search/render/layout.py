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
SCREEN = 80  # every layout fits this many columns; rich wraps longer text with a hanging indent
TITLE_CHARS = 160  # only screen layouts shorten titles: data formats carry them whole


def hanging_indent(line: Line) -> int:
    """How far the continuation lines of a wrapped `line` are indented: under the text after
    its number, its label or its leading spaces."""
    if not line:
        return 0
    first, style = line[0]
    if style in ("rank", "label"):
        return len(first)
    return len(first) - len(first.lstrip(" "))  # ("   skipped a.txt: ...": under "skipped")


def shorten(text: str, limit: int) -> str:
    """Cut text at a word boundary to at most `limit` characters, marking the cut with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]  # do not end on part of a word
    return cut.rstrip(" ,;:–—-") + "…"


def title_text(title: str) -> str:
    return inert(shorten(title, TITLE_CHARS)) or "(untitled)"


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
        [(f"{hit.rank}. ", "rank"), (title_text(hit.title), "title")],
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
        [(INDENT, None), *meta_line(shorten(q.title, TITLE_CHARS), q.source,
                                    q.date.isoformat() if q.date else None, q.id)],
        [],
    ]


def _s(noun: str, n: int) -> str:
    """The noun for a count: "1 quote", "2 quotes"."""
    return noun if n == 1 else noun + "s"


def speaker_lines(rows: list[SpeakerSummary]) -> list[Line]:
    """Per person: name, counts and span of dates on one line; roles on the next, indented."""
    qw = max((len(str(r.quotes)) for r in rows), default=1)
    aw = max((len(str(r.articles)) for r in rows), default=1)
    span_width = len("2024-01-01 to 2024-12-31")
    # the name column takes what the counts and dates leave of the screen
    room = SCREEN - (2 + qw + len(" quotes in ") + aw + len(" articles  ")) - span_width
    width = max(min(max((len(r.speaker) for r in rows), default=10), room), 10)
    lines: list[Line] = []
    for r in rows:
        if r.first and r.first == r.last:
            span = str(r.first)
        else:
            span = f"{r.first or '?'} to {r.last or '?'}" if (r.first or r.last) else "dates unknown"
        lines.append([(f"{inert(shorten(r.speaker, width)):<{width}}", "speaker"),
                      (f"  {r.quotes:>{qw}} {_s('quote', r.quotes):<6} in "
                       f"{r.articles:>{aw}} {_s('article', r.articles):<8}  ", None),
                      (span, "meta")])
        if r.roles:
            lines.append([(INDENT, None), (inert(", ".join(r.roles)), "meta")])
    return lines


def _date_text(article: Article) -> str | None:
    if not article.date:
        return "date unknown" if article.reader == "text" else f"date unknown (read by {article.reader})"
    how = article.date_method if article.reader == "text" or article.reader in (article.date_method or "") \
        else f"{article.date_method}; read by {article.reader}"
    return f"{article.date.isoformat()} ({how})" if how else article.date.isoformat()


def article_lines(article: Article, marked: int | None = None) -> list[Line]:
    """One article: title, metadata, the cleaned body, then its quotations (quotation number
    `marked` with an arrow)."""
    lines: list[Line] = [
        [(title_text(article.title), "title")],
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
            mark = q.n == marked
            lines.append([(f"{'▶' if mark else ' '}{q.n:>3}. ", "marked" if mark else "rank"),
                          (inert(who), "speaker"), (inert(role), "meta"), (f" [{q.kind}]", "meta")])
            lines.append([("      ", None), ("“" + inert(q.quote) + "”", "marked" if mark else "quote")])
    return lines


def separator() -> list[Line]:
    """Between two articles shown one after the other."""
    return [[], [("─" * 40, "meta")], []]


BAR_WIDTH = 40


def timeline_lines(periods: list[PeriodCount]) -> list[Line]:
    """A bar per period, as long as its article count, with both counts beside it."""
    top = max((p.articles for p in periods), default=0) or 1
    aw = max((len(str(p.articles)) for p in periods), default=1)
    qw = max((len(str(p.quotes)) for p in periods), default=1)
    label = max((len(p.period) for p in periods), default=7) + 1
    counts = 1 + aw + len(" articles  ") + qw + len(" quotations")
    bar_width = max(min(BAR_WIDTH, SCREEN - label - counts), 10)
    lines: list[Line] = []
    for p in periods:
        bar = "█" * max(round(p.articles / top * bar_width), 1 if p.articles else 0)
        lines.append([(f"{p.period:<{label}}", "label"), (f"{bar:<{bar_width}}", "bar"),
                      (f" {p.articles:>{aw}} {_s('article', p.articles):<8}  {p.quotes:>{qw}} "
                       f"{_s('quotation', p.quotes)}", None)])
    return lines


def stats_lines(stats: Stats) -> list[Line]:
    rows = [
        ("articles", str(stats.articles)),
        # stats counts every kind, where `quotes` and `speakers` show direct and partial ones
        ("quotations", f"{stats.quotes} (direct, partial and indirect)"),
        ("speakers", f"{stats.speakers} (quoted in any of those ways)"),
        ("dates", f"{stats.first_date or '?'} to {stats.last_date or '?'}"
         if stats.first_date else "none known"),
        ("skipped files", str(stats.skipped)),
        ("corpus", stats.corpus),
        ("index", stats.index),
        ("index size", _size(stats.index_bytes)),
        ("cache size", f"{_size(stats.cache_bytes)} in {stats.cache}"),
        ("last updated", stats.built or "never"),
    ]
    if not stats.cache:  # an index on a cluster: no local cache of indexes
        rows = [r for r in rows if r[0] != "cache size"]
    return [[(f"{k:<14}", "label"), (inert(v), None)] for k, v in rows]


def report_lines(report: UpdateReport, list_warned: bool = True) -> list[Line]:
    """The `index` report: the counts, then the files skipped (`list_warned`: those just warned
    about on stderr too)."""
    verb = "rebuilt" if report.rebuilt else "updated"
    summary = (f"{verb} the index in {report.seconds:.2f}s: {report.added} added, "
               f"{report.updated} updated, {report.removed} removed, "
               f"{report.unchanged} unchanged, {len(report.skipped)} skipped"
               + (f" ({report.left} of them indexed before)" if report.left else ""))
    if not report.changed:
        summary = (f"the index is up to date ({report.unchanged} "
                   f"article{'' if report.unchanged == 1 else 's'}, "
                   f"checked in {report.seconds:.2f}s)")
    lines: list[Line] = [[(summary, None)]]
    for s in report.skipped:
        if s.new and not list_warned:
            continue
        lines.append([(INDENT + "skipped ", "meta"), (inert(s.id), None), (f": {s.reason}", "meta")])
    return lines


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
