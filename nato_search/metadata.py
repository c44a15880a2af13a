"""An article's title, outlet and publication date, from its front matter and its text.

Small extractors, each returning a value or None, composed by `extract_metadata`:

- `extract_title`: the headline, else the lead sentence shortened;
- `extract_source`: the outlet, only from explicit clues ("By Naija247news", "Discover more
  from Meritnews24", "..., UNN writes."); never guessed;
- `extract_date`: the publication date and how it was found. Every date of the page is found
  in one pass (`find_dates`: month names, ISO, numeric dates read day- or month-first as the
  page's other dates show), then weighed by where it stands and what labels it, strongest
  first: "Published"/"Posted", a date line or byline date in the article's header, a wire
  timestamp line, a dateline (its year inferred from other dates when missing), another date
  in the header, "Updated" (only when nothing else), the page's own timestamped links, the
  lead, a caption.

Front matter overrides all of them. A date is None rather than wrong when nothing supports one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from nato_search.cleaning import ENDS_IN_INITIALS, TRAIL_STEP, Block, Cleaned, is_byline
from nato_search.dates import parse_period
from nato_search.errors import DateError
from nato_search.text import DATELINE as _DATELINE
from nato_search.text import sentences, words

TITLE_MAX = 400  # a stand-in title from the lead: a sentence, unless one runs on and on


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


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = "(?:" + "|".join(m.capitalize() for m in _MONTH_STEMS) + r")[a-z]*\.?"
# a date written before the headline on its line ("Wednesday, 09 January 2008 Headline")
_DATE_BEFORE_TITLE = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}"
    rf"|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+\d{{4}}\s*[-–—|:]?\s+(?=[A-Z\"“‘'])")


def extract_title(cleaned: Cleaned) -> str:
    """The headline if the text has one; otherwise the lead sentence, shortened."""
    headline = cleaned.headline
    if headline:
        trail = [p.strip() for p in TRAIL_STEP.split(headline) if p.strip()]
        if len(trail) >= 3:
            headline = trail[-1]  # "You are here: Home » Travel » Headline": the last step
        parts = [p.strip() for p in headline.split("|") if p.strip()]
        # "Headline | Site", "Headline | Subheading": the first part when it can stand alone;
        # "Section|Headline" (a breadcrumb glued to it): the part that reads as a headline
        if len(parts) > 1:
            headline = parts[0] if len(words(parts[0])) >= 3 else max(parts, key=lambda p: len(words(p)))
        if headline[:1].isalnum() and (dated := _DATE_BEFORE_TITLE.match(headline)) \
                and len(words(headline[dated.end():])) >= 3:
            headline = headline[dated.end():]  # "Wednesday, 09 January 2008 Jeremy Clarkson ..."
        return " ".join(headline.split())  # whole: only screen layouts shorten a title
    return title_from_lead(cleaned.body)


def title_from_lead(body: str) -> str:
    """A stand-in title for an article without a headline: its lead sentence, whole (data
    formats carry a title whole: only screen layouts shorten it), unless it runs on past
    `TITLE_MAX` characters with no sentence's end."""
    lead = next((p for p in body.split("\n\n") if len(words(p)) >= 5), body)
    first = sentences(_strip_dateline(lead))
    sentence = first[0] if first else lead
    sentence = sentence.strip()
    if sentence.endswith(".") and not ENDS_IN_INITIALS.search(sentence):
        sentence = sentence[:-1]  # (the stop of "U.S." is its own)
    return shorten(sentence.rstrip())


# ---------------------------------------------------------------------------------------------
# Outlet

_SITE_WORDS = (r"News|Times|Post|Herald|Journal|Daily|Tribune|Agency|Press|Media|Gazette|Telegraph"
               r"|Observer|Review|Today|Network|Online|Channel|TV|Radio|Report|Wire|Insider|Monitor")
_SITE_NAME = re.compile(
    rf"^(?:[A-Z]{{2,8}}|[A-Za-z]*\d[\w.-]*|[A-Z][a-z]+[A-Z][\w.-]*|[\w.-]+\.(?:com|net|org|news|info)"
    rf"|[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)* (?:{_SITE_WORDS})|[\w-]*(?:news|times|post|daily|media))$")
_DISCOVER = re.compile(r"^Discover more from\s+(.+?)\s*$", re.I)
_BYLINE = re.compile(r"^By\s+(.+?)\s*$")
_STAFF = re.compile(r"\s+(?:[Ss]taff|[Ww]ire [Ss]ervices?)(?:\s+(?:[Ww]riters?|[Rr]eporters?))?$")
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
    if (staff := _STAFF.search(name)) and staff.start():
        from nato_search.entities import gender_of_name

        # "By Reuters Staff", "By Kyodo News staff writers" (not "By Jane Staff", a person)
        return name[:staff.start()] if gender_of_name(name) is None else None
    if name and is_site_name(name):
        return name
    return _outlet_after_author(name) if name else None


# a byline's author, then the outlet set off: "Sam Carter, Reuters", "Mari Yamaguchi |
# Associated Press", "Sam Carter - Nikkei Asia"
_AUTHOR_THEN_OUTLET = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})(?:\s*,\s*|\s+[|/–—-]\s+)"
                                 r"((?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})$")


def _outlet_after_author(name: str) -> str | None:
    """The outlet a byline gives after its author's name; not the author's post or place
    ("Jane Doe, Tokyo Correspondent", "Jane Doe, Tokyo")."""
    m = _AUTHOR_THEN_OUTLET.match(name)
    if m is None:
        return None
    from nato_search.entities import clean_name, fold, is_place

    outlet = m.group(2)
    author = clean_name(m.group(1))
    if author is None or author.organisation or author.text != m.group(1) \
            or is_place(outlet) or _BYLINE_POSTS.intersection(fold(outlet).split()) \
            or outlet.endswith(".") or outlet in _DEGREES \
            or clean_name(outlet) is None \
            or " " not in outlet and fold(outlet) in _BYLINE_LABELS:
        # (a post, "Ambassador", "Former Minister", which names no one; a page's label)
        return None
    return outlet


_DEGREES = frozenset({"MA", "MD", "PhD", "RN", "MPH", "BS", "BA", "MS", "MSc", "JD", "MBA", "DO",
                      "DDS", "LLB", "LLM", "CPA", "CFA", "Esq", "Jr", "Sr", "II", "III", "IV"})
# a page's labels a byline may end with: its section, its state ("By X - Updated")
_BYLINE_LABELS = frozenset({"opinion", "analysis", "commentary", "editorial", "comment",
                            "politics", "world", "business", "news", "sport", "sports", "features",
                            "review", "reviews", "updated", "published", "exclusive", "breaking",
                            "live", "explainer", "interview", "letters", "obituary"})
# what a byline says its author is, after the name
_BYLINE_POSTS = frozenset({
    "correspondent", "editor", "writer", "reporter", "columnist", "contributor", "producer",
    "staff", "analyst", "photographer", "bureau", "chief", "journalist", "author", "fellow",
    "professor", "director", "intern", "senior", "special", "associate", "deputy", "desk",
    # (where the author works, not who publishes: an opinion piece's byline)
    "university", "institute", "college", "school", "center", "centre", "foundation",
    "council", "department", "ministry", "office", "committee"})


def _may_hold_copyright(line: str) -> bool:
    """Whether `_COPYRIGHT` can match: its sign, "(c)" or "copyr" (letters `re.I` reads only as
    themselves), tested before the pattern runs."""
    if "©" in line:
        return True
    low = line.lower()
    return "(c)" in low or "copyr" in low


# a news agency's name, in brackets in a wire story's dateline ("TOKYO, May 1 (Reuters) - ") or
# opening its first paragraph ("(CNN)A man ..."); in capitals, an acronym ("AP", "AFP", "TASS"),
# not a word such as "(REQUIRED)"
_AGENCY = re.compile(r"[A-Z][A-Za-z&.]*(?:\s[A-Z][A-Za-z&.]*){0,3}")
_AGENCY_FIRST = re.compile(r"^\((?P<agency>[^)]{2,40})\)\s*(?=[A-Z])")


def _wire_agency(line: str) -> str:
    """The agency the story's first paragraph names as its author, or ""."""
    m = _DATELINE.match(line) or _AGENCY_FIRST.match(line)
    agency = m.group("agency") if m else None
    if not agency or not _AGENCY.fullmatch(agency) or agency.isupper() and len(agency) > 5:
        return ""
    return agency


def extract_source(cleaned: Cleaned, front: dict[str, str]) -> str | None:
    """The outlet that published the article, from explicit clues only; None otherwise."""
    if front.get("source"):
        return front["source"]
    found: list[str] = []
    agency = ""  # the wire agency the story's dateline names, when nothing else does
    opening = 3  # the story's first paragraphs, where a dateline stands (a headline or a
    #              standfirst kept above it)
    for block in cleaned.blocks:
        line = block.text.strip()
        if opening and block.zone == "story" and block.role == "text":
            opening -= 1
            if "(" in line[:60] and (agency := _wire_agency(line)):
                opening = 0
        m = _DISCOVER.match(line)
        if m and is_site_name(m.group(1)):
            found.append(m.group(1))
            continue
        outlet = _byline_outlet(line)
        if outlet:
            found.append(outlet)
            continue
        m = _WRITES.search(line) if "writes" in line else None  # the word first: a cheap test
        if m and is_site_name(m.group(1)):
            found.append(m.group(1))
            continue
        m = _COPYRIGHT.search(line) if block.reason and _may_hold_copyright(line) else None
        if m and is_site_name(m.group(1)):
            found.append(m.group(1))
    if not found:
        return agency or None  # "TOKYO, May 1 (Reuters) - ...", "(CNN) ...": wire copy
    return max(found, key=found.count)  # the clue given most often; the first on a tie


# ---------------------------------------------------------------------------------------------
# Dates in text

MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# A month's name may be glued to the word before it by a scrape ("Associated PressDecember 2").
# (or, in capitals, to a byline in capitals: "KATRIN BENNHOLDNOV. 16, 2015")
# (and, in words, to a byline in capitals: "RAPHAEL SATTERAugust 1, 2018")
_MON = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))|(?-i:(?<=[A-Z])(?=[A-Z]{3}\.?\s+\d{1,2},\s+\d{4}))" \
       r"|(?-i:(?<=[A-Z]{2})(?=[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})))" \
       r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may" \
       r"|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
_WDAY_NAME = r"\b(?P<wday>mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b"
_WDAY = rf"(?:{_WDAY_NAME}\.?,?[ \t]*\(?[ \t]*)?"  # (on the date's line only)
_ORD = r"(?:st|nd|rd|th)?"
# A year ends at a word's end, or where a scrape glued the next word or a reading time to it
# ("March 13, 2019March 15, 2019", "Aug. 23, 2019timer", "Mar 3, 20263 mins", a time:
# "November 9, 20235:01 AM ET")
_YEAR_END = r"(?:\b|(?=[^\W\d_])|(?=\d{1,3}\s*min)|(?=\d{1,2}:\d\d))"
_DATE_PATTERNS = [
    # Sunday, January 6, 2019 / Oct. 19, 2024 / July 9 / November 9th 2023 / March 4th , 2026
    re.compile(rf"{_WDAY}{_MON}\s+(?P<day>\d{{1,2}}){_ORD}\b(?:[ \t]?,?\s+(?P<year>\d{{4}}){_YEAR_END})?",
               re.I),
    # 19 October 2024 / Tuesday 9 July 2024 / 22 Dec, 2016 / 26-FEB-1987 / 9th, Jan 2008
    re.compile(rf"{_WDAY}\b(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th),?)?(?:\s+(?:of\s+)?|-){_MON}"
               rf"(?:,?[\s-]+(?P<year>\d{{4}}){_YEAR_END}|\b)", re.I),
    # January 2023, 31 (month, year, then day, as some sites print it)
    re.compile(rf"{_WDAY}{_MON}\s+(?P<year>\d{{4}}),\s*(?P<day>\d{{1,2}})\b", re.I),
    # 2024-07-09 / 2019/06/19 / 2024.04.03 / "By Seth Fiegerman2014-01-26" (glued to a name by
    # the scrape) / an ISO timestamp's day, "2024-04-03T23:30:00Z"
    re.compile(r"(?<![\d.])(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?:\b|(?=T\d))"),
    # 08.07.24 / 01.21.2020 / 2/26/2015 / 08-13-10: which number is the month is settled by
    # the page
    re.compile(r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
               r"(?P<year>\d{2}|\d{4})(?![\d]|[.,/-]\d)"),
]
NUMERIC = len(_DATE_PATTERNS) - 1
FIRST_NUMERIC = 3  # the patterns before it name the month
_NUMERIC_HINT = re.compile(r"\d[-./]\d")
# A month's name at the start of a word, or glued to a lower-case word before it.
_MONTH_HINT = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"|(?-i:[a-z](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                         # (glued to a byline in capitals: "By ANN LEEAugust 1, 2018")
                         r"|(?-i:(?<=[A-Z])[A-Z](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r"(?=[a-z]*\.?\s+\d{1,2},\s+\d{4}))", re.I)
_CAPITAL_MONTH = re.compile("|".join(m.capitalize() for m in _MONTH_STEMS))


_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DIGIT = re.compile(r"\d")


def _folded(text: str) -> str | None:
    """The text lower-cased as `re.I` compares letters, offset for offset; None if it cannot be
    (a capital İ lower-cases to two characters). The long s and the dotless i are the letters
    `re.I` reads as "s" and "i" that `lower` leaves alone."""
    low = text.lower().replace("ſ", "s").replace("ı", "i")
    return low if len(low) == len(text) else None


def _stem_starts(low: str, stems: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[int]:
    """Where any of `stems` begins in `low[lo:hi]`, in order (`str.find`: no pattern)."""
    starts = []
    for stem in stems:
        at = low.find(stem, lo, hi)
        while at >= 0:
            starts.append(at)
            at = low.find(stem, at + 1, hi)
    return sorted(starts)


_UPPER_STEMS = tuple(m.upper() for m in _MONTH_STEMS)
_DAY_AND_YEAR = re.compile(r"\.?\s+\d{1,2},\s+\d{4}")
# the rest of a month's name glued to a byline in capitals, then its day and year
_GLUED_DAY_AND_YEAR = re.compile(r"[a-z]*" + _DAY_AND_YEAR.pattern)


def _glued_capitals(text: str, months: list[int]) -> list[tuple[int, int]]:
    """A month in capitals glued to a byline in capitals, then its day and year ("By ANN
    LEE and KATRIN BENNHOLDNOV. 16, 2015"): the hint's span, from the letter before it
    (`months`: where the months' three letters are, in any case)."""
    return [(at - 1, at + 3) for at in months
            if at and text[at - 1].isupper() and text[at:at + 3].isupper()
            and _DAY_AND_YEAR.match(text, at + 3)]


def _month_hints(text: str, low: str | None, months: list[int] | None = None) -> list[tuple[int, int]]:
    """The spans of `_MONTH_HINT.finditer(text)`, found about seven times faster.

    A case-blind pattern that opens with `\\b` is tried at every character of the page; here
    each month's three letters are looked for with `str.find` in the lower-cased text (`low`,
    `_folded(text)`; `months`, where they are if known) and the word boundary checked at each
    hit. Same spans, same order, no overlaps (as `finditer`)."""
    if low is None:
        glued = _glued_capitals(text, _stem_starts(text.lower(), _MONTH_STEMS)) \
            if any(stem in text for stem in _UPPER_STEMS) else []
        return sorted({m.span() for m in _MONTH_HINT.finditer(text)} | set(glued))
    if months is None:
        months = _stem_starts(low, _MONTH_STEMS)
    found = [(at, at + 3) for at in months
             if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")]  # `\b`
    found += [(m.start() - 1, m.end()) for m in _CAPITAL_MONTH.finditer(text)
              if m.start() and ("a" <= text[m.start() - 1] <= "z"  # glued: "PressDecember"
                                or m.start() >= 2 and "A" <= text[m.start() - 2] <= "Z"
                                and "A" <= text[m.start() - 1] <= "Z"
                                and _GLUED_DAY_AND_YEAR.match(text, m.end()))]  # "LEEAugust 1, 2018"
    found += _glued_capitals(text, months)
    spans: list[tuple[int, int]] = []
    for span in sorted(found):
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans


@dataclass(frozen=True)
class FoundDate:
    """A date written in the text; `year` may be missing ("July 9")."""

    year: int | None
    month: int
    day: int
    weekday: int | None  # 0 = Monday, when the text names one
    start: int
    end: int = 0
    ambiguous: bool = False  # "08.07.24" read by a guess of the page's order, not by evidence

    def resolve(self, year: int | None = None) -> date | None:
        try:
            found = date(year or self.year or 0, self.month, self.day)
        except ValueError:
            return None
        if self.weekday is not None and found.weekday() != self.weekday:
            return None  # "Tuesday, July 9, 2023" is no date at all: July 9, 2023 was a Sunday
        return found


def _weekday(name: str | None) -> int | None:
    if not name:
        return None
    name = name.lower()[:3]
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(name))


def _matches(text: str) -> list[tuple[int, re.Match]]:
    """Every date-like match of the text, in order; where two forms overlap, the first pattern's.

    The page's dates are found in one go, over the whole text once."""
    kept: list[tuple[int, re.Match]] = []
    spans: list[tuple[int, int]] = []  # sorted, never overlapping
    # Tried at every position, the patterns are slow: they run only in windows around the
    # months' names and around digits joined by "-", "." or "/"; and in the months' windows,
    # only where a date can begin (`_date_starts`), as `finditer` would find them.
    low = _folded(text)
    months = _stem_starts(low, _MONTH_STEMS) if low is not None else None
    regions = _windows(text, _month_hints(text, low, months), 30, 40)
    numeric = _windows(text, [m.span() for m in _NUMERIC_HINT.finditer(text)], 6, 8)
    starts = [_date_starts(text, low, months, lo, hi) for lo, hi in regions] \
        if low is not None and months is not None else None
    for n, pattern in enumerate(_DATE_PATTERNS):
        if n >= FIRST_NUMERIC:
            found = (m for lo, hi in numeric for m in pattern.finditer(text, lo, hi))
        elif starts is None:
            found = (m for lo, hi in regions for m in pattern.finditer(text, lo, hi))
        else:
            found = (m for (lo, hi), (names, with_digits) in zip(regions, starts, strict=True)
                     for m in _finditer_at(pattern, text, lo, hi,
                                           with_digits if n == DAY_FIRST else names))
        for m in found:
            at = bisect.bisect_left(spans, (m.start(), m.end()))
            if at > 0 and spans[at - 1][1] > m.start() or at < len(spans) and spans[at][0] < m.end():
                continue  # overlaps a form found by an earlier pattern
            spans.insert(at, m.span())
            kept.append((n, m))
    return sorted(kept, key=lambda nm: nm[1].start())


DAY_FIRST = 1  # the pattern of "19 October 2024": its match may begin at the day's digits


def _date_starts(text: str, low: str, months: list[int], lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Where in text[lo:hi] a date with a month's name can begin: at a month's or a weekday's
    name (three letters, case-blind); and the same with the digits ("9 July 2024")."""
    names = months[bisect.bisect_left(months, lo):bisect.bisect_left(months, hi)]
    names = sorted(names + _stem_starts(low, _WEEKDAY_STEMS, lo, hi))
    return names, sorted(names + [m.start() for m in _DIGIT.finditer(text, lo, hi)])


def _finditer_at(pattern: re.Pattern, text: str, lo: int, hi: int, starts: list[int]
                 ) -> Iterator[re.Match]:
    """`pattern.finditer(text, lo, hi)` for a pattern whose matches can begin only at `starts`
    (sorted): tried there only, not at every character of the window. Leftmost first, each
    search going on after the last match, as `finditer`."""
    pos = lo
    for at in starts:
        if at < pos:
            continue  # inside the last match
        m = pattern.match(text, at, hi)
        if m:
            yield m
            pos = m.end()


def _windows(text: str, hints: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of text around each hint's span, overlapping ones merged."""
    windows: list[tuple[int, int]] = []
    for start, end in hints:
        lo, hi = max(0, start - before), min(len(text), end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


# a time in one of the United States' zones after a numeric date
_US_ZONE_AFTER = re.compile(r",?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
                            r"(?:[ECMP][SD]T|[ECMP]T)\b", re.I)


def _order_from(matches: list[tuple[int, re.Match]], text: str) -> tuple[str, bool]:
    """"dm" or "md": how the page writes numeric dates, and whether its evidence says so.

    A number over 12 settles it, or a time in a US zone after it ("01/09/2008 09:37 PM PST");
    else a reading that falls near a date the page writes in
    words (`_vote_by_written_days`); else the order of the page's dates with month names
    ("9 July" or "July 9"); else a slash is read month first, as in the US, and a dot day
    first."""
    votes = {"dm": 0, "md": 0}
    for n, m in matches:
        if n == NUMERIC:
            a, b = int(m.group("a")), int(m.group("b"))
            if a > 12 >= b:
                votes["dm"] += 2
            elif b > 12 >= a:
                votes["md"] += 2
            elif "/" in m.group() and _US_ZONE_AFTER.match(text, m.end()):
                # "01/09/2008 09:37:25 PM PST": an American page's stamp (not with dots: a
                # British page may stamp an update so below its "01.11.2023")
                votes["md"] += 2
            elif a != b and (order := _order_by_weekday(m, text)):
                votes[order] += 2  # "Monday | 07/01/2008": January 7, 2008 was a Monday
            elif a != b and (order := _order_by_weekday(m, text, after=True)):
                votes[order] += 1  # "1/8/08 ... the company Tuesday unveiled": the lead's day
    if votes["dm"] == votes["md"]:
        _vote_by_written_days(matches, votes)
    if votes["dm"] == votes["md"]:
        votes["md"] += sum(1 for n, _ in matches if n == 0)
        votes["dm"] += sum(1 for n, _ in matches if n == 1)
    if votes["dm"] == votes["md"]:
        return ("md" if "/" in text else "dm"), False
    return ("dm" if votes["dm"] > votes["md"] else "md"), True


# a weekday's name just before a numeric date, apart from it ("Monday | 07/01/2008")
_WEEKDAY_BEFORE = re.compile(_WDAY_NAME + r"\.?\W{1,5}$", re.I)
# a weekday named in full in the prose after it ("the company Tuesday unveiled")
_WEEKDAY_AFTER = re.compile(r"\b(?P<wday>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _full_year(written: str) -> int:
    """"24" is 2024, "87" 1987; four digits as written."""
    year = int(written)
    return year + (2000 if year < 70 else 1900) if len(written) == 2 else year


def _order_by_weekday(m: re.Match, text: str, after: bool = False) -> str | None:
    """The order in which the numeric date falls on the weekday named just before it (or, with
    `after`, the first named in the lines after it: the lead's "Tuesday"), when only one does."""
    named = _WEEKDAY_AFTER.search(text, m.end(), m.end() + 400) if after \
        else _WEEKDAY_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if named is None:
        return None
    weekday = _weekday(named.group("wday"))
    year = _full_year(m.group("year"))
    fits = []
    for order, (day, month) in (("dm", (m.group("a"), m.group("b"))),
                                ("md", (m.group("b"), m.group("a")))):
        try:
            if date(year, int(month), int(day)).weekday() == weekday:
                fits.append(order)
        except ValueError:
            pass
    return fits[0] if len(fits) == 1 else None


NEAR_DAYS = 7  # a numeric date this near a date written in words is the same news


def _vote_by_written_days(matches: list[tuple[int, re.Match]], votes: dict[str, int]) -> None:
    """Votes from coincidence: "02/11/2023" on a page that also writes "November 2, 2023" (or
    a day a few days from it) and nothing near February 11 is read day first."""
    written = _resolved(_dates([nm for nm in matches if nm[0] != NUMERIC], "md", True))
    if not written:
        return
    for nm in matches:
        if nm[0] != NUMERIC or nm[1].group("a") == nm[1].group("b"):
            continue
        near = {order: any(abs((day - w).days) <= NEAR_DAYS
                           for day in _resolved(_dates([nm], order, True)) for w in written)
                for order in ("dm", "md")}
        if near["dm"] != near["md"]:
            votes["dm" if near["dm"] else "md"] += 2


def find_dates(text: str, order: str | None = None, settled: bool = True) -> list[FoundDate]:
    """Every date written in `text`, in order, overlapping forms counted once.

    `order` says how numeric dates are read ("dm" or "md"); by default, as the text itself
    suggests (`_order_from`); `settled` says whether the page's evidence chose that order."""
    matches = _matches(text)
    if order is None:
        order, settled = _order_from(matches, text)
    return _dates(matches, order, settled)


def _dates(matches: list[tuple[int, re.Match]], order: str, settled: bool) -> list[FoundDate]:
    found: list[FoundDate] = []
    for n, m in matches:
        groups = m.groupdict()
        if n == NUMERIC:
            a, b = int(groups["a"]), int(groups["b"])
            day, month = (a, b) if order == "dm" else (b, a)
            if month > 12 and day <= 12:
                day, month = month, day  # "01.21.2020" can only be read one way
        else:
            month = MONTHS.get(groups["mon"].lower().rstrip(".")) if groups.get("mon") else \
                int(groups["month"])
            day = int(groups["day"])
        year = _full_year(groups["year"]) if groups.get("year") is not None else None
        fd = FoundDate(year, month or 0, day, _weekday(groups.get("wday")), m.start(), m.end(),
                       n == NUMERIC and not settled and day != month and max(day, month) <= 12)
        if 1 <= fd.month <= 12 and 1 <= fd.day <= 31 and (fd.year is None or 1900 <= fd.year <= 2100):
            found.append(fd)
    return found


# A date opening the first paragraph, as some sites write a dateline: "Feb. 23, 2015 -- ..."
_LEADING_DATE = re.compile(r"^\W{0,3}(?P<when>[^—–-]{6,40}?)\s*(?:--|[—–―-])\s+\S")
# What a date is labelled with, in the words just before it.
# (a time of day may stand between: "Published: 22:00 GMT, 26 September 2020")
_TIME_FIRST = r"(?:\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}(?:[+-]\d{1,2})?)?\W{1,3})?"
# (a line that opens with "Date": "Date 19.01.2020 / Author Ben Knight", a page's box on the story)
_PUBLISHED = re.compile(r"(?:\b(?:published|posted|first published|released|dated|transmitted)\b"
                        r"|^\W{0,3}date\b)"
                        r"\W{0,3}"
                        + _TIME_FIRST + r"(?:\w+\W{1,3}){0,2}$", re.I)
_UPDATED = re.compile(r"\b(?:updated|last updated|modified|last modified|edited|revised)\b"
                      r"(?:\s+on)?\W{0,3}" + _TIME_FIRST + r"(?:\w+\W{1,3}){0,2}$", re.I)


def _strip_dateline(paragraph: str) -> str:
    m = _DATELINE.match(paragraph)
    return paragraph[m.end():] if m else paragraph


def _closest_year(month: int, day: int, evidence: list[date], weekday: int | None) -> int | None:
    """The year that puts month/day nearest the other dates the page carries."""
    if not evidence:
        return None
    best: tuple[int, int] | None = None
    newest = max(evidence)
    for year in sorted({d.year for d in evidence} | {d.year - 1 for d in evidence}):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if weekday is not None and candidate.weekday() != weekday:
            continue
        if candidate > newest and (candidate - newest).days > 7:
            continue  # never after the newest date the page carries
        distance = min(abs((candidate - d).days) for d in evidence)
        if distance <= 366 and (best is None or distance < best[0]):
            best = (distance, year)
    return best[1] if best else None


def _words_in(block: Block) -> int:
    """How many words a block has: counted by cleaning, or here if it did not."""
    return len(words(block.text)) if block.words is None else block.words


def _resolved(found: list[FoundDate]) -> list[date]:
    return [d for d in (f.resolve() for f in found if f.year) if d]


@dataclass(frozen=True)
class _Evidence:
    """A date the page gives, with how strongly it says "published on"."""

    strength: int
    position: int
    day: date
    how: str
    timed: bool = False  # a time of day beside it: a stamp of when the page was published


# How much each kind of evidence is worth: a labelled or a header date beats a dateline, which
# beats dates in the text; "updated" only when nothing else is there, or on a line of its own
# (UPDATED_LINE) over a date in some sentence of the header.
PUBLISHED_LABEL, HEADER_LINE, WIRE_STAMP, DATELINE, HEADER_TEXT, UPDATED = 100, 90, 85, 80, 70, 40
PAGE_STAMP, LEAD, CAPTION = 30, 25, 20
UPDATED_LINE = 72


def extract_date(cleaned: Cleaned) -> tuple[date | None, str | None]:
    """The publication date and how it was found, or (None, None).

    Every date of the page's header (the lines from just above the headline to the story's
    first paragraphs), its wire timestamp and the story's dateline is weighed as htmldate
    does: labelled "published" or standing alone on a line beats an "Updated" line of its own,
    which beats a date inside a line, which beats "updated" inside one; dates in lists of
    other stories, captions, comments and footers are not the article's. The day is the one
    written: a time zone never moves it."""
    blocks = cleaned.blocks
    everything = "\n".join(b.text for b in blocks)
    matches = _matches(everything)
    order, settled = _order_from(matches, everything)
    # a numeric date that the page gives no way to read ("11.03.17": March or November?) is
    # not evidence of anything
    page_dates = [f for f in _dates(matches, order, settled) if not f.ambiguous]
    starts = list(itertools.accumulate((len(b.text) + 1 for b in blocks), initial=0))
    # each block's dates, offsets counted from its own start, sorted out in one pass over the
    # page's (most blocks hold none)
    by_block: dict[int, list[FoundDate]] = {}
    for f in page_dates:
        i = bisect.bisect_right(starts, f.start) - 1
        at = starts[i]  # (built directly: dataclasses.replace is slow)
        by_block.setdefault(i, []).append(
            FoundDate(f.year, f.month, f.day, f.weekday, f.start - at, f.end - at, f.ambiguous))

    def dates_in_block(i: int) -> list[FoundDate]:
        return by_block.get(i, [])

    def dates_in(text: str) -> list[FoundDate]:
        return [f for f in find_dates(text, order, settled) if not f.ambiguous]

    evidence = _resolved(page_dates)
    found: list[_Evidence] = []

    heads = [i for i, b in enumerate(blocks) if b.role == "headline"]
    story = [i for i, b in enumerate(blocks) if b.kept]
    first = story[0] if story else len(blocks)
    top = heads[0] - 3 if heads and heads[0] < first else first - 12
    # the first three paragraphs of twenty words or more (counting words is not free: stop there)
    paragraphs = list(itertools.islice((i for i in story if _words_in(blocks[i]) >= 20), 3))
    lead_end = max(paragraphs[min(2, len(paragraphs) - 1)] + 1 if paragraphs else len(blocks),
                   first + LEAD_LINES)
    lead_end = min(lead_end, len(blocks))
    # three date lines or more in a row are a calendar of the site's archive ("Betting News by
    # Date / Tuesday 15 January 2008 / Monday 14 January 2008 / ..."), none the article's
    listed = _date_runs(blocks, dates_in_block)
    for i in range(max(0, top), lead_end):
        block = blocks[i]
        if block.kept and i >= first and _words_in(block) > 14 or block.zone == "after" \
                or block.reason == "timestamped link" or i in listed:
            continue  # the story's own sentences (dates in them are about events), what follows it
        text = block.text
        if "(@" in text and _EMBEDDED_POST.match(text):
            continue  # "— M&S (@marksandspencer) November 1, 2023": an embedded post's date
        for fd in dates_in_block(i):
            day = fd.resolve()
            if not (fd.year and day):
                continue
            before = text[max(0, fd.start - 40):fd.start]
            if _UPDATED.search(before):
                # an "Updated" line of its own in the header still tells more than a date
                # in some sentence near it (a caption, a video's title)
                alone = block.role in ("date", "byline") or _words_in(block) <= 14
                strength, how = (UPDATED_LINE if alone else UPDATED), "updated date"
            elif _PUBLISHED.search(before):
                strength, how = PUBLISHED_LABEL, "published date"
            elif block.role in ("date", "byline") or _words_in(block) <= 14 and \
                    _mostly_date(text, fd):
                strength, how = HEADER_LINE, "date line"
            elif _words_in(block) <= 14 and not _names_only(text):
                continue  # "The Social Security Act was signed into law on August 14, 1935": a
                #           sentence of the story's highlights, about an event
            else:
                strength, how = HEADER_TEXT, "date in the header"
            if "caption" in (block.reason or ""):
                strength, how = CAPTION, "caption"
            timed = ":" in text and _TIME_OF_DAY.match(text, fd.end, fd.end + 16) is not None
            found.append(_Evidence(strength, i, day, how, timed))

    # a wire's timestamp line at the top of the page ("26-FEB-1987 15:01:01")
    for i, block in enumerate(blocks[:min(3, first)]):
        if block.role == "date" and i not in listed:
            for day in _resolved(dates_in_block(i))[:1]:
                found.append(_Evidence(WIRE_STAMP, i, day, "date line"))

    # a dateline opening the story ("TOKYO, July 9 (Reuters) -", "Feb. 23, 2015 -- ...")
    for i in story[:3]:
        text = blocks[i].text
        m = _DATELINE.match(text) or _LEADING_DATE.match(text)
        if not (m and m.group("when")):
            continue
        dates = dates_in(m.group("when"))
        if not dates:
            continue
        fd = dates[0]
        if fd.year:
            day = fd.resolve()
            if day:
                found.append(_Evidence(DATELINE, i, day, "dateline"))
            continue
        year = _closest_year(fd.month, fd.day, evidence, fd.weekday)
        day = fd.resolve(year) if year else None
        if day:
            found.append(_Evidence(DATELINE, i, day, "dateline, year from other dates on the page"))

    # the page's own timestamps ("- Reuters08.07.24, 20:41"): the newest is the page's time
    stamps = _resolved([f for i, b in enumerate(blocks) if b.reason == "timestamped link"
                        for f in dates_in_block(i)])
    if stamps:
        found.append(_Evidence(PAGE_STAMP, 0, max(stamps), "page timestamp"))

    # a full date in the lead ("on Tuesday (January 2023, 31)"), not a picture's ("In a Monday,
    # Oct. 3, 2011 photo, ...": an agency's caption opening the text)
    for i in story[:2]:
        for fd in dates_in_block(i):
            day = fd.resolve()
            if fd.year and day and not _PHOTO_AFTER.match(blocks[i].text, fd.end) \
                    and (fd.weekday is not None or len(blocks[i].text[:fd.start].split()) <= 6):
                # (the news of the day, "on Tuesday (January 2023, 31)", or a date at the head
                # of its paragraph; a date deep in a sentence without its weekday is an
                # event's: "born on May 26, 1953", "signed into law ... on August 14, 1935")
                found.append(_Evidence(LEAD, i, day, "date in the lead"))

    if not found:
        found = _far_evidence(blocks, first, story[-1] if story else first, dates_in_block)
    if not found:
        return None, None
    # of equals, one under the headline (its byline's, its own line's) before one above it:
    # the masthead's today, a bar of the site's ("Place an Ad January 15, 2008")
    head = heads[0] if heads else -1
    # (and of equal lines, one with its time of day: "reported this story on Friday, July 18,
    # 2014 18:21:00", not the masthead's "MP3 Audio for Thursday 9 October, 2014")
    best = max(found, key=lambda e: (e.strength, e.strength >= HEADER_LINE and e.position > head,
                                     e.timed, -e.position))
    first_day = _first_published(blocks, dates_in_block)
    if first_day is not None and best.day - timedelta(days=31) <= first_day < best.day:
        # "First published June 10, 2016" in the foot, under a byline's "June 11, 2016" (the
        # story's update): the page says which day it first came out
        return first_day, "first published date"
    return best.day, best.how


# "First published ...", "Originally published on ...": the one day a story first came out
_FIRST_PUBLISHED = re.compile(r"\b(?:first|originally)\s+published\b(?:\s+on)?\W{0,3}" + _TIME_FIRST
                              + r"(?:\w+\W{1,3})?$", re.I)


def _first_published(blocks, dates_in_block) -> date | None:
    """The day the page says the story was first published, if it says one (and only one), on
    a line of its own that opens with the label or an outlet's name before it ("CNNMoney (New
    York) First published June 10, 2016"); not in a sentence ("The report, first published May
    25, ...") nor in a link to another story ("(first published May 20)")."""
    days = set()
    for i, block in enumerate(blocks):
        if "ublished" not in block.text or block.reason == "timestamped link" \
                or _words_in(block) > 14:
            continue
        for fd in dates_in_block(i):
            day = fd.resolve()
            label = _FIRST_PUBLISHED.search(block.text[max(0, fd.start - 50):fd.start])
            if fd.year and day and label is not None:
                opening = block.text[:max(0, fd.start - 50) + label.start()]
                if len(opening.split()) <= 4 and not opening.rstrip().endswith(("(", ",")):
                    days.add(day)
    return days.pop() if len(days) == 1 else None


def _date_runs(blocks, dates_in_block) -> set[int]:
    """The blocks that stand in a run of three short date lines or more."""
    dated = [i for i in range(len(blocks)) if dates_in_block(i) and _words_in(blocks[i]) <= 8]
    runs: list[list[int]] = []
    for i in dated:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i for run in runs if len(run) >= 3 for i in run}


# the signature under a post embedded in the story: a dash, the name, the handle, its date
_EMBEDDED_POST = re.compile(r"^[—–-]\s*[^()\n]{0,60}\(@\w+\)")

# The header is searched down to the third paragraph, and at least this far into the story:
# a teaser or a caption above the headline may stand for paragraphs
LEAD_LINES = 8


def _names_only(text: str) -> bool:
    """A line of names around a date ("The Guardian logo The Guardian 02/10/2020 Anna
    Fazackerley": outlet and author), not a sentence: hardly a word in lower case."""
    return sum(1 for w in text.split() if w[:1].islower()) <= 2


FAR_LABEL, FAR_LINE, FAR_UPDATED = 15, 10, 5
# a time of day right after a date: "18:21:00", "4:55 pm", "at 10:42 am"
_TIME_OF_DAY = re.compile(r"[\s,@|-]*(?:at\s+)?\d{1,2}:\d{2}\b")
_PHOTO_AFTER = re.compile(r",?\s+(?:file\s+)?(?:photo|picture|image|photograph)s?\b", re.I)


_LETTERS = re.compile(r"[^\W\d_]{2}")
_PIECE_BREAK = re.compile(r"\s[•·|]\s")


def _mostly_date(text: str, fd: FoundDate) -> bool:
    """A line that is a date with a label, a time or a name beside it, not a sentence that
    holds one ("The Act was signed into law on August 14, 1935")."""
    before, after = text[:fd.start], text[fd.end:]
    if "•" in text or "·" in text or "|" in text:
        # "February 4, 2020 • words written by Kanae Nakamine • Art by Koichi": a header of
        # pieces set apart; the date's own piece is what counts
        before, after = _PIECE_BREAK.split(before)[-1], _PIECE_BREAK.split(after)[0]
    others = before.split() + after.split()
    return sum(1 for w in others if _LETTERS.search(w)) <= 6  # (times, counts, "|" not counted)


# an author's name signed with their handle, no "By": "Zach Miners, IDG News Service @zminers"
_NAME_WITH_HANDLE = re.compile(r"[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+(?:,[^@\n]{1,50})?\s+@\w{2,30}$")


def _far_evidence(blocks, first: int, last: int, dates_in_block) -> list[_Evidence]:
    """When the header holds no date: one date the page labels "published" wherever it stands
    (a footer's "Published March 3, 2026"), else the date line nearest above the story, else one
    date the page labels "updated" or "last edited" (a wiki's footer), else a date line right
    under the story (a blog post signed at its foot: "Tuesday January 8, 2008 | comments (22)").
    Several labelled dates mean a list of posts: none of them is evidence."""
    labelled: dict[date, int] = {}
    published: dict[date, int] = {}  # (the word itself, not "Posted": comments are posted)
    updated: dict[date, int] = {}
    lines: list[_Evidence] = []
    for i, block in enumerate(blocks):
        if block.reason == "timestamped link":
            continue
        for fd in dates_in_block(i):
            day = fd.resolve()
            if not (fd.year and day):
                continue
            before = block.text[max(0, fd.start - 40):fd.start]
            if _PUBLISHED.search(before) and not _UPDATED.search(before):
                labelled.setdefault(day, i)
                if "ublish" in before:
                    published.setdefault(day, i)
            elif _UPDATED.search(before):
                updated.setdefault(day, i)
            elif i < first and (block.role == "date" or len(words(block.text)) <= 14
                                and _mostly_date(block.text, fd)):
                lines.append(_Evidence(FAR_LINE, first - i, day, "date line above the story"))
    if len(labelled) == 1 or len(published) == 1:
        # ("By Abesi!, published Jan 18, 2008" under the story, readers' comments "Posted on
        # 01/20/2008" below it)
        [(day, i)] = (labelled if len(labelled) == 1 else published).items()
        return [_Evidence(FAR_LABEL, i, day, "published date")]
    if not lines and len(updated) == 1:
        [(day, i)] = updated.items()
        return [_Evidence(FAR_UPDATED, i, day, "updated date")]
    if not (lines or labelled or updated):
        for i in range(last + 1, min(len(blocks), last + 3)):
            if blocks[i].role == "date":
                days = [day for fd in dates_in_block(i) if fd.year and (day := fd.resolve())]
                return [_Evidence(FAR_UPDATED, i, days[0], "date line under the story")] \
                    if days else []
        for i in range(last + 1, min(len(blocks), last + 12)):
            # a post's foot a few lines under it: its date line beside its byline ("March 13,
            # 2019 / Published by rahulbot"), the first date the one it was published on
            dated = [fd for fd in dates_in_block(i) if fd.year and fd.resolve()]
            if dated and len(words(blocks[i].text)) <= 14 \
                    and _mostly_date(blocks[i].text, dated[0]) \
                    and any(0 <= j < len(blocks) and (is_byline(blocks[j].text)
                                                      or _NAME_WITH_HANDLE.match(blocks[j].text))
                            for j in (i - 1, i + 1)):
                return [_Evidence(FAR_UPDATED, i, dated[0].resolve(), "date line under the story")]
    return lines[-1:]  # the nearest above the story


# ---------------------------------------------------------------------------------------------
# Composition


_ISO_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


def front_matter_date(value: str | None) -> date | None:
    """Read a front-matter date (YYYY-MM-DD; a partial date stands for its first day), or a
    timestamp or a written date as the text's own are read ("2023-08-01T10:00:00+09:00",
    "Thu, 01 Feb 2024 10:00:00 GMT", "February 19, 1999": the day as written, its zone aside)."""
    if not value:
        return None
    value = value.strip()
    if _ISO_TIMESTAMP.match(value):
        value = value[:10]  # "2023-08-01T23:30:00-05:00": the day written, not moved by its zone
    try:
        return parse_period(value, strict=False)[0]
    except DateError:
        pass
    found = find_dates(value[:80])
    if len(found) != 1 or found[0].year is None or found[0].ambiguous:
        return None  # (two dates, or one without its year, or one read by a guess: no date)
    try:
        return date(found[0].year, found[0].month, found[0].day)
    except ValueError:
        return None  # ("February 30, 1999")


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



