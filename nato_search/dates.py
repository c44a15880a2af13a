"""Dates as users write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each naming a whole period.

Used by `--since`/`--until`, by `date:` in the query language and by front matter, so the
same forms are accepted, and refused with the same message, everywhere.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from nato_search.errors import DateError

ACCEPTED_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-07, 2024-07-09)"
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_LOOSE_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")  # front matter's "2024-7-9"


def parse_period(text: str, strict: bool = True) -> tuple[date, date]:
    """Return the first and last day of the period a user's date names; `strict=False` lets
    the month and day have one digit, as some files' front matter writes them.

    >>> parse_period("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    raw = text.strip()
    m = (_DATE_RE if strict else _LOOSE_DATE_RE).fullmatch(raw)
    if not m:
        raise DateError(f"not a date: {text!r}", f"dates are {ACCEPTED_FORMS}")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if year < 1:
        raise DateError(f"no such date: {text!r}", f"dates are {ACCEPTED_FORMS}")
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= month <= 12:
        raise DateError(f"no such month: {text!r}", f"dates are {ACCEPTED_FORMS}")
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, 1), date(year, month, last)
    if not 1 <= day <= last:
        raise DateError(f"no such day: {text!r} ({calendar.month_name[month]} {year} has "
                        f"{last} days)", f"dates are {ACCEPTED_FORMS}")
    return date(year, month, day), date(year, month, day)


def parse_since(text: str | None) -> date | None:
    """Return the first day of the period, for an inclusive lower bound (None when no date was
    given; an empty one, a script's unset variable, is refused like any other non-date)."""
    return parse_period(text)[0] if text is not None else None


def parse_until(text: str | None) -> date | None:
    """Return the last day of the period, for an inclusive upper bound (`2024` -> 2024-12-31)."""
    return parse_period(text)[1] if text is not None else None


def check_range(since: date | None, until: date | None) -> None:
    """Refuse a range that ends before it starts: it could only ever give an empty result."""
    if since and until and since > until:
        raise DateError(f"--since {since} is after --until {until}",
                        "swap the two dates")
