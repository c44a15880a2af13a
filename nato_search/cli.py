"""The `nato-search` command: parse arguments, call the library, hand results to a renderer.

Whoosh is imported only by the commands that search (through `api`), and Rich only when Rich
output is asked for, so `--help` and JSON output start fast. Every error ends here, in
`NatoSearchGroup.main`, as one or two plain lines on stderr and the exit status of CLI.md.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Annotated

import typer
from typer.core import TyperGroup

from nato_search import __version__
from nato_search.errors import ExitCode, NatoSearchError, UsageError
from nato_search.render import DATA_FORMATS, Color, Format, resolve_format, use_color

PROG = "nato-search"


# ---------------------------------------------------------------------------------------------
# Errors and exit codes, in one place


class PipeClosed(Exception):
    """The reader of stdout went away (`| head -1`); not an OSError, so Typer lets it through."""


def _err(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def _wants_debug(args: list[str]) -> bool:
    """`--debug` is an option of nato-search itself, so it counts only before the command name:
    after it, "--debug" can be the value of another option (`--until --debug`)."""
    for arg in args:
        if arg == "--debug":
            return True
        if not arg.startswith("-"):
            return False
    return False


class NatoSearchGroup(TyperGroup):
    """Typer's group, with errors printed as plain lines instead of Rich panels or tracebacks."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        debug = _wants_debug(sys.argv[1:] if args is None else list(args))
        try:
            return self._main(args, prog_name, complete_var, debug, **extra)
        finally:
            for bar in list(ProgressBar.active):
                bar.close()  # never leave the terminal in the bar's state

    def _main(self, args, prog_name, complete_var, debug, **extra):
        try:
            rv = super().main(args=args, prog_name=prog_name or PROG, complete_var=complete_var,
                              standalone_mode=False, **extra)
        except NatoSearchError as exc:
            if debug:
                raise
            _err(f"error: {exc.message}")
            if exc.hint:
                sys.stderr.write(f"  {exc.hint}\n")
            sys.exit(int(exc.exit_code))
        except KeyboardInterrupt:
            _err("interrupted")
            sys.exit(int(ExitCode.INTERRUPTED))
        except (PipeClosed, BrokenPipeError):
            _quiet_broken_pipe()
            sys.exit(0)  # results were printed; 1 would tell a script that nothing matched
        except Exception as exc:
            name = type(exc).__name__
            if name == "NoArgsIsHelpError":  # plain `nato-search`: show the help, no error
                sys.stdout.write(exc.format_message().rstrip("\n") + "\n")
                sys.exit(0)
            if name in ("UsageError", "BadParameter", "NoSuchOption", "MissingParameter",
                        "BadOptionUsage", "BadArgumentUsage"):
                ctx = getattr(exc, "ctx", None)
                _err(f"error: {exc.format_message()}")
                path = ctx.command_path if ctx is not None else PROG
                sys.stderr.write(f"  try '{path} --help' for help\n")
                sys.exit(int(ExitCode.USAGE))
            if name == "Abort":
                _err("interrupted")
                sys.exit(int(ExitCode.INTERRUPTED))
            if hasattr(exc, "exit_code") and hasattr(exc, "format_message"):
                _err(f"error: {exc.format_message()}")
                sys.exit(int(exc.exit_code))
            if debug:
                raise
            detail = " ".join(str(exc).split())
            _err(f"internal error: {name}: {detail[:200]}{'…' if len(detail) > 200 else ''}")
            sys.stderr.write("  please report it; run again with --debug for the traceback\n")
            sys.exit(int(ExitCode.USAGE))
        if rv == ExitCode.INTERRUPTED:  # Typer turns KeyboardInterrupt into Exit(130)
            _err("interrupted")
        sys.exit(rv if isinstance(rv, int) else 0)


def _quiet_broken_pipe() -> None:
    """The reader closed the pipe (`| head -1`): stop quietly, without a flush error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


app = typer.Typer(
    cls=NatoSearchGroup,
    name=PROG,
    help="Search news articles on Indo-Pacific and Euro-Atlantic security: "
         "what was said, by whom and when.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"{PROG} {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> None:
    """Search news articles on Indo-Pacific and Euro-Atlantic security.

    The corpus is a folder of .txt articles (default: the bundled seeds); its index is built
    on first use and kept up to date on its own.
    """


# ---------------------------------------------------------------------------------------------
# Options shared by the commands


class Sort(str, Enum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"


CorpusOpt = Annotated[str | None, typer.Option(
    "--corpus", envvar="NATO_SEARCH_CORPUS", show_envvar=True, metavar="DIR",
    help="Folder of articles, searched recursively [default: the bundled seeds].")]
IndexOpt = Annotated[str | None, typer.Option(
    "--index", envvar="NATO_SEARCH_INDEX", show_envvar=True, metavar="DIR",
    help="Where the corpus's index lives [default: a per-user cache folder].")]
FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", case_sensitive=False,
    help="Output format; auto is rich on a terminal, plain in a pipe.")]
ColorOpt = Annotated[Color, typer.Option(
    "--color", "--colour", case_sensitive=False,
    help="Colour: auto (terminal only, not with NO_COLOR), always or never.")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", min=0, help="At most N results; 0 for all.")]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", metavar="DATE", help="Only from this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option(
    "--until", metavar="DATE", help="Only up to this date, inclusive of the whole period.")]
SourceOpt = Annotated[str | None, typer.Option(
    "--source", metavar="NAME", help="Only from this outlet (case-insensitive).")]
NullOpt = Annotated[bool, typer.Option("--null", "-0", help="End paths with NUL (--format paths).")]
CountOpt = Annotated[bool, typer.Option("--count", help="Print only the number of results.")]
SnippetOpt = Annotated[int, typer.Option(
    "--snippet-chars", min=20, metavar="N", help="Characters of context in each snippet.")]
ExplainOpt = Annotated[bool, typer.Option(
    "--explain", help="Print the query as it was understood, to stderr.")]
NoRefreshOpt = Annotated[bool, typer.Option(
    "--no-refresh", envvar="NATO_SEARCH_NO_REFRESH", show_envvar=True,
    help="Answer from the index as it is, without checking the corpus for changes.")]


@dataclass
class Output:
    """Where and how results are printed, decided once per command."""

    fmt: Format
    color: bool
    null: bool = False

    @classmethod
    def from_options(cls, fmt: Format, color: Color, null: bool = False) -> Output:
        tty = sys.stdout.isatty()
        return cls(resolve_format(fmt, tty), use_color(color, tty), null)

    def human(self, lines) -> None:
        with _pipe_guard():
            if self.fmt is Format.RICH:
                from nato_search.render import rich as rich_render

                rich_render.write_lines(lines, sys.stdout, self.color)
            else:
                from nato_search.render import plain

                plain.write_lines(lines, sys.stdout)

    def records(self, records: Iterable[dict]) -> int:
        from nato_search.render import data

        with _pipe_guard():
            return data.write_records(records, self.fmt, sys.stdout)

    def paths(self, paths: Iterable[str]) -> int:
        from nato_search.render import data

        with _pipe_guard():
            return data.write_paths(paths, sys.stdout, self.null)

    def text(self, line: str) -> None:
        with _pipe_guard():
            sys.stdout.write(line + "\n")

    def refuse_paths(self, command: str) -> None:
        if self.fmt is Format.PATHS:
            raise UsageError(f"--format paths is not available for {command}",
                             "use plain, json, jsonl, csv or tsv")


@contextlib.contextmanager
def _pipe_guard():
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise PipeClosed() from None


class ProgressBar:
    """A Rich progress bar on stderr for index builds that take more than about a second.

    Only on a terminal, and not with NO_COLOR; Rich is imported only when the bar appears.
    """

    DELAY = 1.0
    active: list[ProgressBar] = []

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.bar = None
        self.task = None
        self.said = False
        self.enabled = sys.stderr.isatty() and os.environ.get("NO_COLOR") is None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            # no bar in a pipe, but one line when a build takes a while: a script's user
            # should know why the first query is slow
            if not self.said and done < total and time.monotonic() - self.started >= self.DELAY:
                self.said = True
                _err(f"indexing {total:,} articles; later commands will be fast")
            return
        elapsed = time.monotonic() - self.started
        if self.bar is None:
            if elapsed < self.DELAY or done >= total:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]} articles/s"),
                                TimeRemainingColumn(), console=Console(stderr=True),
                                transient=True)
            self.task = self.bar.add_task("index", total=total, rate="")
            self.bar.start()
            ProgressBar.active.append(self)
        self.bar.update(self.task, completed=done, rate=f"{done / max(elapsed, 1e-6):,.0f}")
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
        if self in ProgressBar.active:
            ProgressBar.active.remove(self)


def _open(corpus: str | None, index: str | None, **options):
    from nato_search.api import Library

    return Library.open(corpus, index, on_notice=_err, on_progress=ProgressBar(), **options)


def _print_results(out: Output, result, *, explain: bool, count: bool, nothing: str,
                   lines) -> None:
    """Print a search result the way `query` and `quotes` share: the parsed query with
    --explain, the count with --count, a suggestion when nothing matched, then the hits."""
    if explain:
        _err(f"query: {result.parsed}")
    if count:
        out.text(str(result.total))
        raise typer.Exit(0 if result.total else 1)
    if not result.hits:
        if out.fmt is Format.JSON:
            out.text("[]")  # still one JSON array for the script reading it
        _err(nothing + (f"; did you mean: {result.suggestion}?" if result.suggestion else ""))
        raise typer.Exit(int(ExitCode.NO_RESULTS))
    if out.fmt is Format.PATHS:
        out.paths(hit.path for hit in result.hits)
    elif out.fmt in DATA_FORMATS:
        out.records(hit.to_dict() for hit in result.hits)
    else:
        out.human(lines(result.hits))


def _dates(since: str | None, until: str | None):
    from nato_search import dates

    start, end = dates.parse_since(since), dates.parse_until(until)
    dates.check_range(start, end)
    return start, end


# ---------------------------------------------------------------------------------------------
# Commands


@app.command()
def query(
    text: Annotated[str, typer.Argument(metavar="QUERY", help="What to search for.")],
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
    limit: LimitOpt = 10,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    sort: Annotated[Sort, typer.Option("--sort", case_sensitive=False,
                                       help="relevance, newest or oldest.")] = Sort.RELEVANCE,
    snippet_chars: SnippetOpt = 240,
    explain: ExplainOpt = False,
    count: CountOpt = False,
    null: NullOpt = False,
) -> None:
    """Rank the articles that match QUERY and show the best snippet of each.

    All words must match; a word also finds its inflections, without regard to case or accents.

    \b
    Query language:
      "exact phrase"  OR  NOT  ( )  prefix*  fuzzy~
      title:  body:  source:  speaker:  date:2024-07  date:[2024-07-01 TO 2024-10-31]
      *               every article

    \b
    Examples:
      nato-search query "liaison office"
      nato-search query 'Kishida NOT Stoltenberg' --since 2024 --format jsonl
      nato-search query '*' --sort newest --limit 0 --format paths
    """
    out = Output.from_options(fmt, color, null)
    start, end = _dates(since, until)
    lib = _open(corpus, index, no_refresh=no_refresh)
    result = lib.query(text, since=start, until=end, source=source, sort=sort.value,
                       limit=limit or None, snippet_chars=snippet_chars, count_only=count)
    from nato_search.render.layout import hit_lines

    _print_results(out, result, explain=explain, count=count, nothing="no results",
                   lines=lambda hits: (line for hit in hits for line in hit_lines(hit)))


class Kind(str, Enum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    ALL = "all"


KindOpt = Annotated[list[Kind] | None, typer.Option(
    "--kind", case_sensitive=False,
    help="direct, partial, indirect or all; repeat to combine [default: direct and partial].")]
SpeakerOpt = Annotated[str | None, typer.Option(
    "--speaker", metavar="NAME",
    help="Only quotations by this person: any part of the name, any case or accents, "
         "known alternative spellings included.")]


def _kinds(kinds: list[Kind] | None) -> tuple[str, ...]:
    if not kinds:
        return ("direct", "partial")
    if Kind.ALL in kinds:
        return ("direct", "partial", "indirect")
    return tuple(dict.fromkeys(k.value for k in kinds))


@app.command()
def quotes(
    text: Annotated[str | None, typer.Argument(metavar="[QUERY]",
                                               help="Words to find in the quotations.")] = None,
    speaker: SpeakerOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
    limit: LimitOpt = 10,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    kind: KindOpt = None,
    sort: Annotated[Sort, typer.Option(
        "--sort", case_sensitive=False,
        help="relevance, newest or oldest [default: relevance with a query, else newest].")
    ] = Sort.RELEVANCE,
    snippet_chars: SnippetOpt = 240,
    explain: ExplainOpt = False,
    count: CountOpt = False,
    null: NullOpt = False,
) -> None:
    """Who said what: quotations, their speakers, and where and when they appeared.

    QUERY searches the quoted words (same language as `query`; speaker: works too).

    \b
    Examples:
      nato-search quotes --speaker Kishida --since 2024
      nato-search quotes 'security inseparable' --format jsonl
      nato-search quotes --speaker 'Yoon Suk Yeol' --kind all
    """
    out = Output.from_options(fmt, color, null)
    start, end = _dates(since, until)
    lib = _open(corpus, index, no_refresh=no_refresh)
    result = lib.quotes(text, speaker=speaker, since=start, until=end, source=source,
                        kinds=_kinds(kind), sort=sort.value, limit=limit or None,
                        count_only=count)
    from nato_search.render.layout import quote_lines

    _print_results(out, result, explain=explain, count=count, nothing="no quotations",
                   lines=lambda hits: (line for n, q in enumerate(hits, 1)
                                       for line in quote_lines(n, _shorten_quote(q, snippet_chars))))


def _shorten_quote(q, max_chars: int):
    """Show a long quotation as its best window, as query snippets are (human output only)."""
    if len(q.quote) <= max_chars:
        return q
    from dataclasses import replace

    from nato_search.searching import best_snippet

    spans = [(s, e, q.quote[s:e].casefold()) for s, e in q.highlights]
    snippet, marks = best_snippet(q.quote, spans, max_chars)
    return replace(q, quote=snippet, highlights=marks)


@app.command()
def speakers(
    speaker: SpeakerOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0,
                                       help="At most N speakers; 0 for all.")] = 0,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    kind: KindOpt = None,
) -> None:
    """List the people quoted, most quoted first, with their roles and first and last dates.

    \b
    Examples:
      nato-search speakers
      nato-search speakers --since 2024 --format csv
      nato-search speakers --speaker Yoon
    """
    out = Output.from_options(fmt, color)
    out.refuse_paths("speakers")
    start, end = _dates(since, until)
    rows = _open(corpus, index, no_refresh=no_refresh).speakers(
        speaker=speaker, since=start, until=end, source=source, kinds=_kinds(kind))
    if limit:
        rows = rows[:limit]
    if not rows:
        _err("no speakers")
        raise typer.Exit(int(ExitCode.NO_RESULTS))
    if out.fmt in DATA_FORMATS:
        out.records(r.to_dict() for r in rows)
    else:
        from nato_search.render.layout import speaker_lines

        out.human(speaker_lines(rows))


@app.command()
def show(
    doc: Annotated[str, typer.Argument(metavar="DOC",
                                       help="An article id, a unique prefix of one, or its path.")],
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
) -> None:
    """Show one article: cleaned text, title, outlet, date (and how it was found), quotations.

    \b
    Examples:
      nato-search show 003
      nato-search show 003_90a1c7bb93c84664.txt --format json
    """
    out = Output.from_options(fmt, color)
    article = _open(corpus, index, no_refresh=no_refresh).article(doc)
    if out.fmt is Format.PATHS:
        out.paths([article.path])
    elif out.fmt in DATA_FORMATS:
        out.records([article.to_dict()])
    else:
        from nato_search.render.layout import article_lines

        out.human(article_lines(article))


class Period(str, Enum):
    MONTH = "month"
    YEAR = "year"


@app.command()
def timeline(
    text: Annotated[str | None, typer.Argument(metavar="[QUERY]",
                                                  help="Count only what matches.")] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
    by: Annotated[Period, typer.Option("--by", case_sensitive=False,
                                       help="One bar per month or per year.")] = Period.MONTH,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    speaker: SpeakerOpt = None,
    kind: KindOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0,
                                       help="Only the last N periods; 0 for all.")] = 0,
) -> None:
    """Count articles and quotations per month or year, as a bar chart.

    With --speaker, articles that quote the person and that person's quotations.

    \b
    Examples:
      nato-search timeline
      nato-search timeline 'liaison office' --by year
      nato-search timeline NATO --since 2024 --format csv
    """
    out = Output.from_options(fmt, color)
    out.refuse_paths("timeline")
    start, end = _dates(since, until)
    periods, undated = _open(corpus, index, no_refresh=no_refresh).timeline(
        text, by=by.value, since=start, until=end, source=source, speaker=speaker,
        kinds=_kinds(kind))
    if undated and not (start or end):
        _err(f"{undated} matching article{'s' if undated > 1 else ''} with no known date "
             "not counted")
    if limit:
        periods = periods[-limit:]
    if not any(p.articles or p.quotes for p in periods):
        _err("no results")
        raise typer.Exit(int(ExitCode.NO_RESULTS))
    if out.fmt in DATA_FORMATS:
        out.records(p.to_dict() for p in periods)
    else:
        from nato_search.render.layout import timeline_lines

        out.human(timeline_lines(periods))


@app.command("index")
def index_command(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start over from an empty index.")
                       ] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, metavar="N", show_default=False,
        help="Processes that read and index [default: the machine's cores].")] = 0,
    max_file_size: Annotated[str | None, typer.Option(
        "--max-file-size", envvar="NATO_SEARCH_MAX_FILE_SIZE", show_envvar=True,
        metavar="SIZE", help="Skip larger files (4MB, 500KB, 1GB) [default: 4MB].")] = None,
    prune: Annotated[bool, typer.Option(
        "--prune", help="Remove the cached indexes of corpora that no longer exist, and stop.")
    ] = False,
) -> None:
    """Build the index, or bring it up to date with the corpus now.

    Queries do this on their own; run it to pay the cost up front, or after a big change.
    (--no-refresh has no effect here.)

    \b
    Examples:
      nato-search index --corpus ~/articles
      nato-search index --rebuild --jobs 4
      nato-search index --max-file-size 20MB
      nato-search index --prune
    """
    out = Output.from_options(fmt, color)
    out.refuse_paths("index")
    if prune:
        return _prune(out)
    lib = _open(corpus, index, jobs=jobs, max_file_size=max_file_size, no_refresh=False)
    report = lib.refresh(rebuild=rebuild)
    if out.fmt in DATA_FORMATS:
        out.records([report.to_dict()])
    else:
        from nato_search.render.layout import report_lines

        out.human(report_lines(report))


def _prune(out: Output) -> None:
    from nato_search.api import prune_cache
    from nato_search.corpus import format_size
    from nato_search.render.safety import inert

    removed = prune_cache()
    if out.fmt in DATA_FORMATS:
        out.records(p.to_dict() for p in removed)
        return
    freed = format_size(sum(p.bytes for p in removed))
    lines = [[(f"removed {len(removed)} index{'es' if len(removed) != 1 else ''} of corpora "
               f"that no longer exist ({freed})", None)]]
    lines += [[(inert(f"  {p.corpus or 'unknown corpus'}: {p.index}"), None)] for p in removed]
    out.human(lines)


@app.command()
def stats(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
) -> None:
    """Show what is indexed: articles, quotations, speakers, date span and index size.

    \b
    Examples:
      nato-search stats
      nato-search stats --format json
    """
    out = Output.from_options(fmt, color)
    out.refuse_paths("stats")
    result = _open(corpus, index, no_refresh=no_refresh).stats()
    if out.fmt in DATA_FORMATS:
        out.records([result.to_dict()])
    else:
        from nato_search.render.layout import stats_lines

        out.human(stats_lines(result))


def main() -> None:
    """Entry point of the `nato-search` console script."""
    app(prog_name=PROG)
