"""An article's title, outlet and publication date, from its front matter and its text.

Small extractors, each returning a value or None, composed by `extract_metadata`:

- `extract_title`: the headline, else the lead sentence shortened;
- `extract_source`: the outlet, only from explicit clues ("By Naija247news", "Discover more
  from Meritnews24", "..., UNN writes."); never guessed;
- `extract_date`: the publication date and how it was found, from the strongest evidence:
  a date line at the top, a wire dateline (its year inferred from other dates when missing),
  timestamps of the page's own links, a dated caption or the lead's "on Tuesday (...)".

Front matter overrides all of them. A date is None rather than wrong when nothing supports one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nato_search.cleaning import Cleaned
from nato_search.dates import parse_period
from nato_search.errors import DateError
from nato_search.text import sentences, words

TITLE_MAX = 160


@dataclass(frozen=True)
class Metadata:
    title: str
    source: str | None
    date: date | None
    date_method: str | None
    url: str | None


# ---------------------------------------------------------------------------------------------
# Title


def shorten(text: str, limit: int = TITLE_MAX) -> str:
    """Cut text at a word boundary to at most `limit` characters, marking the cut with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]  # do not end on part of a word
    cut = cut.rstrip(" ,;:–—-")
    return cut + "…"


def extract_title(cleaned: Cleaned) -> str:
    """The headline if the text has one; otherwise the lead sentence, shortened."""
    headline = cleaned.headline
    if headline:
        parts = [p.strip() for p in headline.split(" | ")]
        # "Headline | Subheading": the headline is the first part when it can stand alone
        if len(parts) > 1 and len(words(parts[0])) >= 3:
            headline = parts[0]
        return " ".join(headline.split())  # whole: only screen layouts shorten a title
    body = cleaned.body
    lead = next((p for p in body.split("\n\n") if len(words(p)) >= 5), body)
    first = sentences(_strip_dateline(lead))
    sentence = first[0] if first else lead
    return shorten(sentence.rstrip(".").strip())


# ---------------------------------------------------------------------------------------------
# Outlet

_SITE_WORDS = (r"News|Times|Post|Herald|Journal|Daily|Tribune|Agency|Press|Media|Gazette|Telegraph"
               r"|Observer|Review|Today|Network|Online|Channel|TV|Radio|Report|Wire|Insider|Monitor")
_SITE_NAME = re.compile(
    rf"^(?:[A-Z]{{2,8}}|[A-Za-z]*\d[\w.-]*|[A-Z][a-z]+[A-Z][\w.-]*|[\w.-]+\.(?:com|net|org|news|info)"
    rf"|[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)* (?:{_SITE_WORDS})|[\w-]*(?:news|times|post|daily|media))$")
_DISCOVER = re.compile(r"^Discover more from\s+(.+?)\s*$", re.I)
_BYLINE = re.compile(r"^By\s+(.+?)\s*$")
_URL = re.compile(r"https?://\S+")
_WRITES = re.compile(r"(?:^|[,;.]\s+)([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) writes\.?\s*$")
_NAME_WORD = r"[A-Z][\w&'-]*(?:\.[\w&-]+)*"  # dots inside a word only ("Yahoo.com"), not a full stop
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?((?-i:{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}))", re.I)


def is_site_name(name: str) -> bool:
    """An outlet's name rather than a person's: "UNN", "Naija247news", "The Japan Times"."""
    return bool(_SITE_NAME.match(name.strip()))


def _byline_outlet(line: str) -> str | None:
    m = _BYLINE.match(line)
    if not m:
        return None
    raw = m.group(1)
    url = _URL.search(raw)
    name = _URL.sub("", raw).strip(" ,|-")
    if url and name and re.sub(r"\W", "", name.lower()) in url.group(0).lower():
        return name  # "By Naija247newshttps://www.naija247news.com/": the site signs itself
    return name if name and is_site_name(name) else None


def extract_source(cleaned: Cleaned, front: dict[str, str]) -> str | None:
    """The outlet that published the article, from explicit clues only; None otherwise."""
    if front.get("source"):
        return front["source"]
    found: list[str] = []
    for block in cleaned.blocks:
        line = block.text.strip()
        m = _DISCOVER.match(line)
        if m and is_site_name(m.group(1)):
            found.append(m.group(1))
            continue
        outlet = _byline_outlet(line)
        if outlet:
            found.append(outlet)
            continue
        m = _WRITES.search(line)
        if m and is_site_name(m.group(1)):
            found.append(m.group(1))
            continue
        m = _COPYRIGHT.search(line) if block.reason else None
        if m and is_site_name(m.group(1)):
            found.append(m.group(1))
    if not found:
        return None
    return max(found, key=found.count)  # the clue given most often; the first on a tie


# ---------------------------------------------------------------------------------------------
# Dates in text

MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
       r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WDAY = r"(?:(?P<wday>(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s*\(?\s*)?"
_DATE_PATTERNS = [
    # Sunday, January 6, 2019 / Oct. 19, 2024 / July 9
    re.compile(rf"\b{_WDAY}{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?",
               re.I),
    # 19 October 2024 / Tuesday 9 July 2024
    re.compile(rf"\b{_WDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(?P<year>\d{{4}}))?\b",
               re.I),
    # January 2023, 31 (month, year, then day, as some sites print it)
    re.compile(rf"\b{_WDAY}{_MON}\s+(?P<year>\d{{4}}),\s*(?P<day>\d{{1,2}})\b", re.I),
    # 2024-07-09
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    # 08.07.24 / 08.07.2024 (day first, as written outside the US)
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2}|\d{4})(?![\d.]\d)"),
]


@dataclass(frozen=True)
class FoundDate:
    """A date written in the text; `year` may be missing ("July 9")."""

    year: int | None
    month: int
    day: int
    weekday: int | None  # 0 = Monday, when the text names one
    start: int

    def resolve(self, year: int | None = None) -> date | None:
        try:
            found = date(year or self.year or 0, self.month, self.day)
        except ValueError:
            return None
        if self.weekday is not None and found.weekday() != self.weekday:
            return None  # "Tuesday, July 9, 2023" is no date at all: July 9, 2023 was a Sunday
        return found


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in `text`, in order, overlapping forms counted once."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month = MONTHS.get(groups["mon"].lower().rstrip(".")) if groups.get("mon") else \
                int(groups["month"])
            year = groups.get("year")
            if year is not None:
                year = int(year) + (2000 if len(year) == 2 else 0)
            wday = groups.get("wday")
            fd = FoundDate(year, month or 0, int(groups["day"]),
                           WEEKDAYS.index(wday.lower()) if wday else None, m.start())
            if 1 <= fd.month <= 12 and 1 <= fd.day <= 31 and (fd.year is None or 1900 <= fd.year <= 2100):
                found.append(fd)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


# TOKYO, July 9 (Reuters) - / NEW YORK, Oct. 3, 2024 (AP) — / BRUSSELS —
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][\w.]+){0,2}"
    r"(?:,\s*(?P<when>[^()–—-]{3,30}?))?\s*(?:\((?P<agency>[^)]{2,40})\))?\s*[-–—―]+\s*")


def _strip_dateline(paragraph: str) -> str:
    m = _DATELINE.match(paragraph)
    return paragraph[m.end():] if m else paragraph


def _closest_year(month: int, day: int, evidence: list[date], weekday: int | None) -> int | None:
    """The year that puts month/day nearest the other dates the page carries."""
    if not evidence:
        return None
    best: tuple[int, int] | None = None
    for year in sorted({d.year for d in evidence} | {d.year - 1 for d in evidence}):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if weekday is not None and candidate.weekday() != weekday:
            continue
        distance = min(abs((candidate - d).days) for d in evidence)
        if distance <= 366 and (best is None or distance < best[0]):
            best = (distance, year)
    return best[1] if best else None


def _resolved(found: list[FoundDate]) -> list[date]:
    return [d for d in (f.resolve() for f in found if f.year) if d]


def extract_date(cleaned: Cleaned) -> tuple[date | None, str | None]:
    """The publication date and how it was found, or (None, None)."""
    blocks = cleaned.blocks
    everything = "\n".join(b.text for b in blocks)
    evidence = _resolved(find_dates(everything))

    # 1. a date line above the story ("14:37 JST, October 19, 2024", "Sunday, January 6, 2019")
    for block in blocks:
        if block.role == "date":
            dates = _resolved(find_dates(block.text))
            if dates:
                return dates[0], "date line"

    # 2. a wire dateline opening the story ("TOKYO, July 9 (Reuters) -")
    story = [b for b in blocks if b.kept]
    for block in story[:3]:
        m = _DATELINE.match(block.text)
        if not (m and m.group("when")):
            continue
        found = find_dates(m.group("when"))
        if not found:
            continue
        fd = found[0]
        if fd.year:
            day = fd.resolve()
            if day:
                return day, "dateline"
            continue
        year = _closest_year(fd.month, fd.day, evidence, fd.weekday)
        if year:
            return fd.resolve(year), "dateline, year from other dates on the page"

    # 3. the page's own timestamps ("- Reuters08.07.24, 20:41"): the newest is the page's time
    stamped = [b for b in blocks if b.reason == "timestamped link"]
    stamps = _resolved([f for b in stamped for f in find_dates(b.text)])
    if stamps:
        return max(stamps), "page timestamp"

    # 4. a full date in the lead ("on Tuesday (January 2023, 31)"), else in a caption above it
    head = [b for b in blocks[: _lead_end(blocks)] if b.role != "headline"]
    lead = [b for b in head if b.kept]
    captions = [b for b in head if b.reason and "caption" in b.reason]
    for group, how in ((lead, "date in the lead"), (captions, "caption")):
        for block in group:
            for fd in find_dates(block.text):
                day = fd.resolve()
                if fd.year and day:
                    return day, how
    return None, None


def _lead_end(blocks: tuple) -> int:
    """Index after the second paragraph of the story: how far 'the lead' reaches."""
    seen = 0
    for i, block in enumerate(blocks):
        if block.kept and len(words(block.text)) >= 12:
            seen += 1
            if seen == 2:
                return i + 1
    return len(blocks)


# ---------------------------------------------------------------------------------------------
# Composition


def front_matter_date(value: str | None) -> date | None:
    """Read a front-matter date (YYYY-MM-DD; a partial date stands for its first day)."""
    if not value:
        return None
    try:
        return parse_period(value)[0]
    except DateError:
        return None


def extract_metadata(cleaned: Cleaned, front: dict[str, str]) -> Metadata:
    """Compose the metadata: front matter first, then what the text itself says."""
    fm_date = front_matter_date(front.get("date"))
    if fm_date:
        day, how = fm_date, "front matter"
    else:
        day, how = extract_date(cleaned)
    return Metadata(
        title=" ".join(front["title"].split()) if front.get("title") else extract_title(cleaned),
        source=extract_source(cleaned, front),
        date=day,
        date_method=how,
        url=front.get("url"),
    )



