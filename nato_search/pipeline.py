"""Read one corpus file into an Article: decode, front matter, clean, metadata, quotations.

Saved web pages (.html, .htm) are read by `webpage` (trafilatura) instead of cleaning and
metadata; the quotation stage is the same.

This is the whole per-file pipeline, a pure function of the file's bytes, so that indexing
can run it in worker processes.
"""

from __future__ import annotations

from nato_search import webpage
from nato_search.cleaning import clean_blocks
from nato_search.corpus import (
    MAX_BYTES,
    Entry,
    UnreadableFile,
    check_lines,
    read_text,
    repair_mojibake,
    split_front_matter,
)
from nato_search.metadata import extract_metadata, front_matter_date, title_from_lead
from nato_search.models import Article
from nato_search.quotes import extract_quotes
from nato_search.text import without_invisibles


def article_from_text(article_id: str, path: str, text: str) -> Article:
    """Build an Article from the raw text of a file."""
    # (repaired first: a soft hyphen's byte is part of other letters in text decoded wrongly)
    front, rest = split_front_matter(without_invisibles(repair_mojibake(text)))
    cleaned = clean_blocks(rest)
    meta = extract_metadata(cleaned, front)
    body = cleaned.body
    warnings = (f"its front matter's date {front['date']!r} is no date; the date is read from "
                "the text",) if front.get("date") and meta.date_method != "front matter" else ()
    return Article(
        id=article_id, path=path, title=meta.title, source=meta.source, date=meta.date,
        date_method=meta.date_method, body=body, url=meta.url, warnings=warnings,
        quotes=tuple(extract_quotes(body, meta.title or "")),
    )


def article_from_page(article_id: str, path: str, html: str) -> Article:
    """Build an Article from a page saved from the web, read by trafilatura."""
    page = webpage.read_page(html)
    body = without_invisibles("\n\n".join(page.paragraphs))
    day = front_matter_date(page.date)
    # (a stand-in from the lead is cut; a title never)
    title = without_invisibles(page.title or "") or title_from_lead(body)
    return Article(
        id=article_id, path=path, title=title, source=page.site,
        date=day, date_method="the page's markup, by htmldate" if day else None, body=body,
        quotes=tuple(extract_quotes(body, title or "")), url=page.url, reader=webpage.READER,
    )


def load_article(entry: Entry, max_bytes: int = MAX_BYTES) -> Article:
    """Read and parse one corpus file; raises corpus.UnreadableFile when it cannot be used."""
    text = read_text(entry.path, max_bytes)
    page = webpage.is_page(entry.path) or webpage.looks_like_page(text)
    if not page:  # a saved page is often minified onto one line: only an article's are limited
        check_lines(text)
    if page:
        try:
            return article_from_page(entry.id, entry.path, text)
        except webpage.UnreadablePage as exc:
            raise UnreadableFile(str(exc)) from None
    return article_from_text(entry.id, entry.path, text)
