"""The `nato-search` command: parse arguments, call the library, hand results to a renderer.

Whoosh is imported only by the commands that search (through `api`), and Rich only when Rich
output is asked for, so `--help` and JSON output start fast. Every error ends here, in
`NatoSearchGroup.main`, as one or two plain lines on stderr and the exit status of CLI.md.
"""

from __future__ import annotations

import contextlib
import os
import re
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
from nato_search.models import Hit, PeriodCount, QuoteRecord, SpeakerSummary
from nato_search.render import (
    DATA_FORMATS,
    HUMAN_FORMATS,
    Color,
    Format,
    TableFormat,
    resolve_format,
    use_color,
)

PROG = "nato-search"


# ---------------------------------------------------------------------------------------------
# Errors and exit codes, in one place


class PipeClosed(Exception):
    """The reader of stdout went away (`| head -1`); not an OSError, so Typer lets it through."""


def _err(message: str) -> None:
    sys.stderr.write(f"{PROG}: {_one_line(message)}\n")
    sys.stderr.flush()


def _one_line(message: str) -> str:
    """A message as one inert line: a path or query a user typed may hold a newline, a
    carriage return or an escape sequence, shown, never obeyed."""
    from nato_search.render.safety import inert
    return inert(message).replace("\n", "\u2424")


def _takes_value(command, token: str) -> bool:
    """Whether `token` is an option of `command` that takes a value (the next argument)."""
    for param in getattr(command, "params", []):
        if token in getattr(param, "opts", ()) or token in getattr(param, "secondary_opts", ()):
            return not (getattr(param, "is_flag", False) or getattr(param, "count", False))
    return False


def _take_debug(group, args: list[str]) -> tuple[bool, list[str]]:
    """Find `--debug` before or after the command name, and take it out of the arguments.

    It does not count as the value of another option (`--until --debug`: the date is wrong) nor
    after `--` (`query -- --debug` searches for it)."""
    debug = False
    kept: list[str] = []
    command = group
    expect_value = False
    for n, arg in enumerate(args):
        if expect_value:
            expect_value = False
        elif arg == "--":
            kept += args[n:]
            break
        elif arg == "--debug":
            debug = True
            continue
        elif arg.startswith("-") and "=" not in arg:
            expect_value = _takes_value(command, arg)
        elif command is group and not arg.startswith("-"):
            command = group.commands.get(arg, group)
        kept.append(arg)
    return debug, kept


class NatoSearchGroup(TyperGroup):
    """Typer's group, with errors printed as plain lines instead of Rich panels or tracebacks."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        for name in ("stdout", "stderr"):
            if getattr(sys, name) is None:  # closed by the shell ("nato-search ... >&-")
                setattr(sys, name, open(os.devnull, "w"))  # noqa: SIM115 (for the process's life)
        debug, args = _take_debug(self, sys.argv[1:] if args is None else list(args))
        if debug:
            args.insert(0, "--debug")  # where the root command reads it
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
            _traceback_if(debug)
            _err(f"error: {exc.message}")
            if exc.hint:
                sys.stderr.write(f"  {_one_line(exc.hint)}\n")
            sys.exit(int(exc.exit_code))
        except KeyboardInterrupt:
            _err("interrupted")
            sys.exit(int(ExitCode.INTERRUPTED))
        except (PipeClosed, BrokenPipeError):
            _quiet_broken_pipe()
            sys.exit(0)  # results were printed; 1 would tell a script that nothing matched
        except OSError as exc:
            _traceback_if(debug)
            # a disk full or an output that cannot be written ("> /dev/full"), a file gone
            what = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
            _err(f"error: cannot go on: {what}")
            _quiet_broken_pipe()  # (the output may be what failed: nothing more is written)
            sys.exit(int(ExitCode.USAGE))
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
                if path == PROG:  # ("--limit" with no value: the parser names no command)
                    command = next((a for a in args if a in self.commands), None)
                    path = f"{PROG} {command}" if command else PROG
                # (or "-fire", read as "-f ire": the value "ire" is what the message names)
                word = next((a for a in args if _MINUS_WORD.match(a) and (
                    name == "NoSuchOption" or f"'{a[2:]}'" in exc.format_message())), None) \
                    if name in ("NoSuchOption", "BadParameter") else None
                if word:  # "nato-search query NATO -Kishida": a word to leave out, not flags
                    sys.stderr.write(f"  to leave out {word[1:]!r}, quote the whole query: "
                                     f"{path} '... {word}'\n")
                else:
                    sys.stderr.write(f"  try '{path} --help' for help\n")
                sys.exit(int(ExitCode.USAGE))
            if name == "Abort":
                _err("interrupted")
                sys.exit(int(ExitCode.INTERRUPTED))
            if hasattr(exc, "exit_code") and hasattr(exc, "format_message"):
                _err(f"error: {exc.format_message()}")
                sys.exit(int(exc.exit_code))
            _traceback_if(debug)
            detail = " ".join(str(exc).split())
            if _index_damage(exc):
                _err(f"error: the index is damaged ({name}: {detail[:100]})")
                sys.stderr.write("  rebuild it: nato-search index --rebuild (with the same "
                                 "--corpus and --index)\n")
                sys.exit(int(ExitCode.USAGE))
            _err(f"internal error: {name}: {detail[:200]}{'…' if len(detail) > 200 else ''}")
            sys.stderr.write("  please report it; run again with --debug for the traceback\n")
            sys.exit(int(ExitCode.USAGE))
        if rv == ExitCode.INTERRUPTED:  # Typer turns KeyboardInterrupt into Exit(130)
            _err("interrupted")
        sys.exit(rv if isinstance(rv, int) else 0)


def _traceback_if(debug: bool) -> None:
    """With --debug, the traceback of the error being handled, above its message: the exit
    status stays the documented one (a script run with --debug still reads 2, not 1)."""
    if debug:
        import traceback

        traceback.print_exc(file=sys.stderr)


_MINUS_WORD = re.compile(r"^-[^\W\d_][\w'’-]+$")  # "-Kishida": no option has one dash and a word


def _index_damage(exc: BaseException) -> bool:
    """An error of Whoosh's reading a file of the index that is not what it wrote (a file
    overwritten or cut short by hand or by a failing disk)."""
    import pickle
    import struct
    import zlib

    if type(exc).__module__.startswith("whoosh.") \
            or isinstance(exc, struct.error | EOFError | pickle.UnpicklingError | zlib.error):
        return True
    # ("seek out of range", a bad offset: an error of Python's own, raised inside Whoosh's
    # code, not ours: the innermost frame is one of the whoosh package's modules)
    if not isinstance(exc, ValueError | IndexError | KeyError | OverflowError):
        return False
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and str(tb.tb_frame.f_globals.get("__name__", "")).startswith("whoosh.")


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
    add_completion=True,
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

    The corpus is a folder of .txt articles and saved .html pages (default: the bundled
    seeds); its index is built on first use and kept up to date on its own.
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
    help="Output format; auto is rich on a terminal, plain in a pipe; paths lists the files.")]
TableFormatOpt = Annotated[TableFormat, typer.Option(
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
NullOpt = Annotated[bool, typer.Option("--null", "-0",
                                       help="List paths ended with NUL (implies --format paths).")]
CountOpt = Annotated[bool, typer.Option("--count", help="Print only the number of results.")]
SnippetOpt = Annotated[int, typer.Option(
    "--snippet-chars", min=20, metavar="N", help="Characters of context in each snippet.")]
ExplainOpt = Annotated[bool, typer.Option(
    "--explain", help="Print the query as it was understood, to stderr.")]
EngineOpt = Annotated[str, typer.Option(
    "--engine", envvar="NATO_SEARCH_ENGINE", show_envvar=True, metavar="URL",
    help="Where the index lives: 'whoosh' (embedded, on disk), or an OpenSearch cluster: "
         "opensearch+http://HOST:PORT[/INDEX] or opensearch+https://... (credentials from "
         "NATO_SEARCH_OPENSEARCH_USER / _PASSWORD or _API_KEY).")]
NoRefreshOpt = Annotated[bool, typer.Option(
    "--no-refresh", envvar="NATO_SEARCH_NO_REFRESH", show_envvar=True,
    help="Answer from the index as it is, without checking the corpus for changes.")]


@dataclass
class Output:
    """Where and how results are printed, decided once per command."""

    fmt: Format
    color: bool
    null: bool = False
    emphasis: bool = False  # bold and reverse video without colour, on a terminal

    @classmethod
    def from_options(cls, fmt: Format | TableFormat, color: Color, null: bool = False) -> Output:
        fmt = Format(fmt.value)
        if null and fmt not in (Format.AUTO, Format.PATHS):
            raise UsageError(f"-0/--null ends paths with NUL; it does not go with --format {fmt.value}",
                             "drop --format, or use --format paths")
        if null:
            fmt = Format.PATHS  # as `rg -l0`: NUL-separated output can only be paths
        tty = sys.stdout.isatty()
        fmt = resolve_format(fmt, tty)
        # plain is for pipes: escape codes only when asked for by name (`--color always`)
        colored = use_color(color, tty) if fmt is Format.RICH else color is Color.ALWAYS
        return cls(fmt, colored, null, emphasis=tty and not colored and fmt is Format.RICH)

    def human(self, lines) -> None:
        with _pipe_guard():
            if self.fmt is Format.RICH:
                from nato_search.render import rich as rich_render

                rich_render.write_lines(lines, sys.stdout, self.color, self.emphasis)
            else:
                from nato_search.render import plain

                plain.write_lines(lines, sys.stdout, self.color)

    def records(self, records: Iterable[dict]) -> int:
        from nato_search.render import data

        with _pipe_guard():
            return data.write_records(records, self.fmt, sys.stdout)

    def empty(self, fields: tuple[str, ...]) -> None:
        """What a data format says of no results: an empty JSON array, a table's header row."""
        if self.fmt is Format.JSON:
            self.text("[]")  # still one JSON array for the script reading it
        elif self.fmt in (Format.CSV, Format.TSV):
            self.text(("," if self.fmt is Format.CSV else "\t").join(fields))

    def paths(self, paths: Iterable[str], limit: int = 0) -> int:
        """Write each file once; with a limit, the first `limit` files (not results)."""
        from itertools import islice

        from nato_search.render import data

        if limit:
            paths = islice(dict.fromkeys(paths), limit)
        with _pipe_guard():
            return data.write_paths(paths, sys.stdout, self.null, on_terminal=sys.stdout.isatty())

    def text(self, line: str) -> None:
        with _pipe_guard():
            sys.stdout.write(line + "\n")

    def cut(self, shown: int, total: int) -> None:
        """Say on stderr that --limit cut a list (screen formats only: data stays data)."""
        if self.fmt in HUMAN_FORMATS and total > shown:
            _err(f"{shown} of {total} shown; --limit 0 shows all")


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


def _open(corpus: str | None, index: str | None, engine: str = "whoosh", **options):
    from nato_search.api import Library

    # an engine that cannot be used is an error: never answer from another index than the one
    # asked for
    return Library.open(corpus, index, on_notice=_err, on_progress=ProgressBar(), engine=engine,
                        **options)


def _one_query(words: list[str] | None) -> str | None:
    """Several words on the command line are one query, as in every search box."""
    return " ".join(words) if words else None


def _lower_ops(text: str | None) -> str:
    """A hint for a query that writes an operator in lower case ("nato or marles": the word
    "or" searched for)."""
    import re

    found = re.search(r"(?<!\S)(or|and|not)(?!\S)", text or "")
    return f" (operators are written in capitals: {found.group(1).upper()})" if found and \
        '"' not in text else ""


def _print_results(out: Output, result, *, explain: bool, count: bool, nothing: str,
                   lines, fields: tuple[str, ...], limit: int = 0, count_all=None) -> None:
    """Print a search result the way `query` and `quotes` share: the parsed query with
    --explain, the count with --count, a suggestion when nothing matched, then the hits, and
    on screen how many were left out by --limit."""
    if explain:
        parsed = str(result.parsed) if result.parsed is not None else "*"
        _err("query: every document" if parsed in ("*", "None:*") else f"query: {parsed}")
    if count:
        out.text(str(result.total))
        raise typer.Exit(0 if result.total else 1)
    if not result.hits:
        out.empty(fields)
        _err(nothing + (f"; did you mean: {result.suggestion}?" if result.suggestion else ""))
        raise typer.Exit(int(ExitCode.NO_RESULTS))
    if out.fmt is Format.PATHS:
        out.paths((hit.path for hit in result.hits), limit)
    elif out.fmt in DATA_FORMATS:
        out.records(hit.to_dict() for hit in result.hits)
    else:
        out.human(lines(result.hits))
        if limit and len(result.hits) >= limit and count_all is not None:
            total = result.total if result.total > len(result.hits) else count_all()
            out.cut(len(result.hits), total)


def _filter_options(since: str | None, until: str | None, **names: str | None):
    """The dates of --since and --until; the names given (--source, --speaker) checked too:
    an empty one, a script's unset variable, is refused rather than ignored."""
    from nato_search import dates

    for option, value in names.items():
        if value is not None and not value.strip():
            what = "a name" if option == "speaker" else "an outlet's name"
            raise UsageError(f"--{option} is empty", f"give {what}, or leave --{option} out")
    start, end = dates.parse_since(since), dates.parse_until(until)
    dates.check_range(start, end)
    return start, end


# ---------------------------------------------------------------------------------------------
# Commands


@app.command()
def query(
    words: Annotated[list[str], typer.Argument(
        metavar="QUERY...", help="What to search for; several words are one query.")],
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    engine: EngineOpt = "whoosh",
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

    All words must match (several words are one query); a word also finds its inflections,
    without regard to case or accents.

    \b
    Query language:
      "exact phrase"  OR  NOT  -word  -"phrase"  +word  ( )  prefix*  fuzzy~
      title:  body:  source:  speaker:  title:"a phrase"
      date:2024-07  date:[2024-07-01 TO 2024-10-31]
      *               every article
    A query that starts with "-" follows "--": nato-search query -- -Reuters Kishida

    \b
    Examples:
      nato-search query liaison office
      nato-search query 'Kishida -Stoltenberg' --since 2024 --format jsonl
      nato-search query 'title:"strengthen cooperation"'
      nato-search query '*' --sort newest --limit 0 --format paths
    """
    out = Output.from_options(fmt, color, null)
    start, end = _filter_options(since, until, source=source)
    lib = _open(corpus, index, engine, no_refresh=no_refresh)
    text = _one_query(words)
    result = lib.query(text, since=start, until=end, source=source, sort=sort.value,
                       limit=limit or None, snippet_chars=snippet_chars, count_only=count)
    from nato_search.render.layout import hit_lines

    _print_results(out, result, explain=explain, count=count, nothing="no results" + _lower_ops(text),
                   fields=Hit.FIELDS,
                   lines=lambda hits: (line for hit in hits for line in hit_lines(hit)),
                   limit=limit, count_all=lambda: lib.query(
                       text, since=start, until=end, source=source, count_only=True).total)


class Kind(str, Enum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    ALL = "all"


KindOpt = Annotated[list[Kind] | None, typer.Option(
    "--kind", case_sensitive=False,
    help="direct, partial, indirect or all; repeat to combine [default: direct and partial].")]


def _complete_speaker(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion of --speaker: the names of the people quoted in the corpus asked for."""
    try:
        from nato_search.api import Library

        params = ctx.params
        with Library.open(params.get("corpus") or os.environ.get("NATO_SEARCH_CORPUS"),
                          params.get("index") or os.environ.get("NATO_SEARCH_INDEX")) as lib:
            names = [row.speaker for row in lib.speakers(kinds=("direct", "partial", "indirect"))]
    except Exception:  # completion never prints an error into the user's command line
        return []
    # Typer keeps only what starts with the typed text; --speaker ignores case, so "fum"
    # completes to "fumio Kishida"
    typed = incomplete.casefold()
    return [incomplete + n[len(incomplete):] for n in names if n.casefold().startswith(typed)]


SpeakerOpt = Annotated[str | None, typer.Option(
    "--speaker", metavar="NAME", autocompletion=_complete_speaker,
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
    words: Annotated[list[str] | None, typer.Argument(
        metavar="[QUERY]...", help="Words to find in the quotations.")] = None,
    speaker: SpeakerOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    engine: EngineOpt = "whoosh",
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
    limit: LimitOpt = 10,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    kind: KindOpt = None,
    sort: Annotated[Sort, typer.Option(
        "--sort", case_sensitive=False,
        help="relevance, newest or oldest [default: relevance with a query, else newest].",
        show_default=False)] = Sort.RELEVANCE,
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
    start, end = _filter_options(since, until, source=source, speaker=speaker)
    lib = _open(corpus, index, engine, no_refresh=no_refresh)
    text = _one_query(words)
    # --limit N with --format paths means N files: several quotations may share one
    per_file = out.fmt is Format.PATHS
    fetch = limit * 4 if per_file else limit
    while True:  # (for N files, quotations fetched in growing batches, not all of them)
        result = lib.quotes(text, speaker=speaker, since=start, until=end, source=source,
                            kinds=_kinds(kind), sort=sort.value, limit=fetch or None,
                            count_only=count)
        if not per_file or not fetch or count or len(result.hits) >= result.total \
                or len({hit.path for hit in result.hits}) >= limit:
            break
        fetch *= 4
    from nato_search.render.layout import quote_lines

    _print_results(out, result, explain=explain, count=count,
                   nothing="no quotations" + _lower_ops(text),
                   fields=QuoteRecord.FIELDS,
                   lines=lambda hits: (line for n, q in enumerate(hits, 1)
                                       for line in quote_lines(n, _shorten_quote(q, snippet_chars))),
                   limit=limit, count_all=lambda: lib.quotes(
                       text, speaker=speaker, since=start, until=end, source=source,
                       kinds=_kinds(kind), count_only=True).total)


def _shorten_quote(q, max_chars: int):
    """Show a long quotation as its best window, as query snippets are (human output only)."""
    if len(q.quote) <= max_chars:
        return q
    from dataclasses import replace

    from nato_search.engines.whoosh.searching import best_snippet

    spans = [(s, e, q.quote[s:e].casefold()) for s, e in q.highlights]
    snippet, marks = best_snippet(q.quote, spans, max_chars)
    return replace(q, quote=snippet, highlights=marks)


@app.command()
def speakers(
    speaker: SpeakerOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    engine: EngineOpt = "whoosh",
    fmt: TableFormatOpt = TableFormat.AUTO,
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
    start, end = _filter_options(since, until, source=source, speaker=speaker)
    rows = _open(corpus, index, engine, no_refresh=no_refresh).speakers(
        speaker=speaker, since=start, until=end, source=source, kinds=_kinds(kind))
    total = len(rows)
    if limit:
        rows = rows[:limit]
    if not rows:
        out.empty(SpeakerSummary.FIELDS)
        _err("no speakers")
        raise typer.Exit(int(ExitCode.NO_RESULTS))
    if out.fmt in DATA_FORMATS:
        out.records(r.to_dict() for r in rows)
    else:
        from nato_search.render.layout import speaker_lines

        out.human(speaker_lines(rows))
        out.cut(len(rows), total)


@app.command()
def show(
    docs: Annotated[list[str], typer.Argument(
        metavar="DOC...",
        help="Article ids, unique prefixes of them, their paths, or quotation ids (ID#3).")],
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    engine: EngineOpt = "whoosh",
    fmt: FormatOpt = Format.AUTO,
    color: ColorOpt = Color.AUTO,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0,
                                       help="At most N articles; 0 for all.")] = 0,
    null: NullOpt = False,
) -> None:
    """Show articles: cleaned text, title, outlet, date (and how it was found), quotations.

    A quotation id, as `quotes` prints it (ID#3), shows its article with that quotation marked.

    \b
    Examples:
      nato-search show 003
      nato-search show 003_90a1c7bb93c84664.txt --format json
      nato-search show ./articles/003_90a1c7bb93c84664.txt 004
      nato-search show 002_7fa380e9ecd85f54.txt#3
    """
    from nato_search.errors import DocumentNotFound

    out = Output.from_options(fmt, color, null)
    lib = _open(corpus, index, engine, no_refresh=no_refresh)
    shown, missing = [], []
    for ref in docs:  # (as cat does: what is found is shown, what is not is an error after it)
        try:
            shown.append(_article(lib, ref))
        except DocumentNotFound as exc:
            missing.append(exc)
    if missing and not shown:
        raise missing[0]
    total = len(shown)
    shown = shown[:limit] if limit else shown
    if out.fmt is Format.PATHS:
        out.paths(article.path for article, _ in shown)
    elif out.fmt in DATA_FORMATS:
        out.records(article.to_dict() for article, _ in shown)
    else:
        from nato_search.render.layout import article_lines, separator

        out.human(line for n, (article, marked) in enumerate(shown)
                  for line in ([*separator()] if n else []) + article_lines(article, marked))
    if len(shown) < total:
        out.cut(len(shown), total)
    if missing:
        raise missing[0]


def _article(lib, ref: str):
    """The article `ref` names, and the number of the quotation it names (`ID#3`), if any."""
    from nato_search.errors import DocumentNotFound

    base, sep, number = ref.rpartition("#")
    if not (sep and number.isdigit() and base):
        base, number = ref, ""
    if os.path.isfile(base) and ("/" in base or os.sep in base):
        base = os.path.realpath(base)  # a path, relative to where the command runs
    try:
        article = lib.article(base)
    except DocumentNotFound:
        if not os.path.isfile(base):
            raise
        article = lib.article(os.path.realpath(base))  # a file name, in the current folder
    if not number:
        return article, None
    if int(number) not in {q.n for q in article.quotes}:
        raise DocumentNotFound(f"{article.id} has no quotation #{number}",
                               [f"{article.id}#{q.n}" for q in article.quotes])
    return article, int(number)


class Period(str, Enum):
    MONTH = "month"
    YEAR = "year"


@app.command()
def timeline(
    words: Annotated[list[str] | None, typer.Argument(
        metavar="[QUERY]...", help="Count only what matches.")] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    engine: EngineOpt = "whoosh",
    fmt: TableFormatOpt = TableFormat.AUTO,
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
    start, end = _filter_options(since, until, source=source, speaker=speaker)
    periods, undated = _open(corpus, index, engine, no_refresh=no_refresh).timeline(
        _one_query(words), by=by.value, since=start, until=end, source=source, speaker=speaker,
        kinds=_kinds(kind))
    if undated and not (start or end):
        _err(f"{undated} matching article{'s' if undated > 1 else ''} with no known date "
             "not counted")
    total = len(periods)
    if limit:
        periods = periods[-limit:]
    if not any(p.articles or p.quotes for p in periods):
        out.empty(PeriodCount.FIELDS)
        _err("no results")
        raise typer.Exit(int(ExitCode.NO_RESULTS))
    if out.fmt in DATA_FORMATS:
        out.records(p.to_dict() for p in periods)
    else:
        from nato_search.render.layout import timeline_lines

        out.human(timeline_lines(periods))
        out.cut(len(periods), total)


@app.command("index")
def index_command(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    no_refresh: NoRefreshOpt = False,
    engine: EngineOpt = "whoosh",
    fmt: TableFormatOpt = TableFormat.AUTO,
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
    part: Annotated[str | None, typer.Option(
        "--part", metavar="K/N",
        help="Read only the K-th of N shares of the corpus (OpenSearch: N machines, one index).")
    ] = None,
    limit: Annotated[int, typer.Option(  # (CLI.md: an option every command takes)
        "--limit", "-n", min=0, hidden=True, help="No effect here: a report.")] = 0,
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
      nato-search index --engine opensearch+http://localhost:9200 --part 1/4
    """
    out = Output.from_options(fmt, color)
    if prune:
        return _prune(out)
    share = _share(part) if part is not None else None
    lib = _open(corpus, index, engine, jobs=jobs, max_file_size=max_file_size, no_refresh=False)
    if share is not None and not hasattr(lib, "engine"):
        raise UsageError("--part is for an index several machines share: an OpenSearch --engine",
                         "the embedded index is built by one machine; leave --part out")
    report = lib.refresh(rebuild=rebuild, part=share) if share else lib.refresh(rebuild=rebuild)
    if out.fmt in DATA_FORMATS:
        out.records([report.to_dict()])
    else:
        from nato_search.render.layout import report_lines

        # (on one screen, a file just warned about on stderr is not listed again under it)
        on_screen = sys.stdout.isatty() and sys.stderr.isatty()
        out.human(report_lines(report, list_warned=not on_screen))


def _share(text: str) -> tuple[int, int]:
    """Read `--part K/N`: the K-th (1..N) of N shares."""
    k, _, n = text.strip().partition("/")
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise UsageError(f"--part {text!r}: give K/N with 1 <= K <= N", "e.g. --part 2/4")
    return int(k), int(n)


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
    engine: EngineOpt = "whoosh",
    fmt: TableFormatOpt = TableFormat.AUTO,
    color: ColorOpt = Color.AUTO,
    limit: Annotated[int, typer.Option(  # (CLI.md: an option every command takes)
        "--limit", "-n", min=0, hidden=True, help="No effect here: one record.")] = 0,
) -> None:
    """Show what is indexed: articles, quotations, speakers, date span and index size.

    \b
    Examples:
      nato-search stats
      nato-search stats --format json
    """
    out = Output.from_options(fmt, color)
    result = _open(corpus, index, engine, no_refresh=no_refresh).stats()
    if out.fmt in DATA_FORMATS:
        out.records([result.to_dict()])
    else:
        from nato_search.render.layout import stats_lines

        out.human(stats_lines(result))


def main() -> None:
    """Entry point of the `nato-search` console script."""
    app(prog_name=PROG)
