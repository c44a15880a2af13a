"""Read one corpus file into an Article: decode, front matter, clean, metadata, quotations.

This is the whole per-file pipeline, a pure function of the file's bytes, so that indexing
can run it in worker processes.
"""

from __future__ import annotations

from nato_search.cleaning import clean_blocks
from nato_search.corpus import MAX_BYTES, Entry, read_text, split_front_matter
from nato_search.metadata import extract_metadata
from nato_search.models import Article
from nato_search.quotes import extract_quotes


def article_from_text(article_id: str, path: str, text: str) -> Article:
    """Build an Article from the raw text of a file."""
    front, rest = split_front_matter(text)
    cleaned = clean_blocks(rest)
    meta = extract_metadata(cleaned, front)
    return Article(
        id=article_id, path=path, title=meta.title, source=meta.source, date=meta.date,
        date_method=meta.date_method, body=cleaned.body,
        quotes=tuple(extract_quotes(cleaned.body)), url=meta.url,
    )


def load_article(entry: Entry, max_bytes: int = MAX_BYTES) -> Article:
    """Read and parse one corpus file; raises corpus.UnreadableFile when it cannot be used."""
    return article_from_text(entry.id, entry.path, read_text(entry.path, max_bytes))
