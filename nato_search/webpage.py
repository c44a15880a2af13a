"""Pages saved from the web (`.html`, `.htm`): the article's text, title, date and site.

A saved page is read with trafilatura, the well-kept extractor made for exactly this (main
text by its own content model and jusText, the date by htmldate from the page's markup, the
site's name and the author from its metadata). Its text then goes through the same quotation
stage as a text file. trafilatura and lxml take ~0.3 s to import, so this module imports them
only when a page is read: a corpus of text files never pays for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HTML_SUFFIXES = (".html", ".htm")
READER = "trafilatura"
MIN_WORDS = 8  # what trafilatura finds in a page with no article: a menu entry or two


class UnreadablePage(Exception):
    """A page trafilatura could not find an article in; the message says why."""


@dataclass(frozen=True)
class Page:
    title: str | None
    date: str | None  # YYYY-MM-DD, as htmldate found it on the page
    site: str | None
    author: str | None
    url: str | None
    paragraphs: tuple[str, ...]


# how a saved page begins: an XML declaration, comments, then the doctype or the html element
_PAGE_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                         re.I | re.S)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def is_page(path: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES)


def looks_like_page(text: str) -> bool:
    """Whether a file's text is a saved page whatever its name (`curl URL > story.txt`)."""
    return text[:4096].lstrip()[:1] == "<" and bool(_PAGE_START.match(text[:4096]))


def read_page(html: str) -> Page:
    """Extract the article of one saved page; raises UnreadablePage when there is none."""
    try:
        import trafilatura  # here, not at the top: see the module's docstring
    except ImportError as exc:  # a broken install: say so, and the rest of the corpus is read
        raise UnreadablePage(f"cannot read web pages here ({exc})") from None

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise UnreadablePage(f"not a readable web page ({type(exc).__name__})") from None
    from nato_search.cleaning import size_in_words  # (two characters of CJK make a word)

    if doc is None or size_in_words(doc.text or "") < MIN_WORDS:
        raise UnreadablePage("no article text found in the page")
    title = _without_site(" ".join((doc.title or "").split()), doc.sitename) or None
    lines = [" ".join(line.split()) for line in doc.text.splitlines()]
    paragraphs = [line for line in lines if line]
    if title and paragraphs and _words(paragraphs[0]) == _words(title):
        paragraphs = paragraphs[1:]  # the headline opens the text too (its quotation marks
        #                              may differ from the page title's: "Wong says ...")
    return Page(title=title, date=_written_day(doc.date, html), site=(doc.sitename or None),
                author=(doc.author or None), url=(doc.url or None),
                paragraphs=tuple(paragraphs) or (title or "",))


def _written_day(day: str | None, html: str) -> str | None:
    """htmldate's date, unless it is a year alone made a day: "2023-01-01" from a copyright line
    ("© 2023 Example News"), a URL's "/2022/" or "2025年4月8日" read as a year, with no first
    of January written anywhere on the page (a date is left unknown rather than guessed)."""
    if not day or not day.endswith("-01-01"):
        return day or None
    year = re.escape(day[:4])
    if re.search(rf"{year}[-/.]0?1[-/.]0?1\b|\b0?1[-/.]0?1[-/.]{year}|\b(?:January|Jan\.?)\s+"
                 rf"1(?:st)?,?\s+{year}|\b1(?:st)?\s+(?:of\s+)?(?:January|Jan\.?),?\s+{year}"
                 rf"|{year}年0?1月0?1日", html, re.I):
        return day
    return None


def _without_site(title: str, site: str | None) -> str:
    """"Headline | Yonhap News Agency" -> "Headline": the site's name after a separator."""
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            head, found, tail = title.rpartition(sep)
            if found and head and tail.strip().casefold() == site.strip().casefold():
                return head.strip()
    return title
