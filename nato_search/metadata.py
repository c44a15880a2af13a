"""An article's title, outlet and publication date, from its text and front matter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nato_search.dates import parse_period
from nato_search.errors import DateError

TITLE_MAX = 200


@dataclass(frozen=True)
class Metadata:
    title: str
    source: str | None
    date: date | None
    date_method: str | None
    url: str | None


def extract_title(body: str) -> str:
    """Return the first non-empty line, shortened to a headline's length."""
    for line in body.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= TITLE_MAX else line[: TITLE_MAX - 1].rstrip() + "…"
    return ""


def front_matter_date(value: str | None) -> date | None:
    """Read a front-matter date (YYYY-MM-DD; a partial date stands for its first day)."""
    if not value:
        return None
    try:
        return parse_period(value)[0]
    except DateError:
        return None


def extract_metadata(body: str, front: dict[str, str]) -> Metadata:
    """Compose the metadata: front matter first, then what the text itself says."""
    fm_date = front_matter_date(front.get("date"))
    return Metadata(
        title=front.get("title") or extract_title(body),
        source=front.get("source"),
        date=fm_date,
        date_method="front matter" if fm_date else None,
        url=front.get("url"),
    )
