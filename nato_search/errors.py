"""One error root for the library; each error knows the exit status the CLI gives it.

The library raises these and never prints or exits; `cli.main` turns them into one or two
plain lines on stderr and the status below.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses of the command-line contract (CLI.md)."""

    OK = 0
    NO_RESULTS = 1
    USAGE = 2
    INTERRUPTED = 130


class NatoSearchError(Exception):
    """Root of every error the library raises on purpose.

    `hint`, when given, is a second line telling the user how to mend the problem.
    """

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(NatoSearchError):
    """An argument or option that cannot be used as given."""


class QueryError(UsageError):
    """A query string that cannot be parsed."""


class DateError(UsageError):
    """A date that is not in an accepted form, or does not exist."""


class CorpusError(NatoSearchError):
    """A corpus folder that cannot be read."""


class EmptyCorpus(CorpusError):
    """A corpus folder that holds no articles: nothing can match."""

    exit_code = ExitCode.NO_RESULTS


class IndexUnusable(NatoSearchError):
    """An index that cannot be opened, written or trusted."""


class DocumentNotFound(UsageError):
    """A document id or prefix that names no article, or more than one."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        shown = candidates[:10] if candidates else []
        hint = ("candidates: " + ", ".join(shown) + (" ..." if len(candidates or []) > 10 else "")
                if shown else None)
        super().__init__(message, hint)
        self.candidates = candidates or []
