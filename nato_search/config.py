"""Where the corpus and its index are: flag, then environment variable, then default.

The default corpus is the seed articles shipped inside the package (or, in a source
checkout, the repository's `seeds/`). The default index is one folder per corpus under the
user's cache directory, named after the corpus so that two corpora never share an index.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from nato_search.errors import CorpusError, UsageError

CORPUS_ENV = "NATO_SEARCH_CORPUS"
INDEX_ENV = "NATO_SEARCH_INDEX"
MAX_FILE_SIZE_ENV = "NATO_SEARCH_MAX_FILE_SIZE"
APP_NAME = "nato-search"


@dataclass(frozen=True)
class Locations:
    """A corpus folder and the index folder that belongs to it."""

    corpus: Path
    index: Path


def default_corpus() -> Path:
    """Return the seed corpus: packaged with a wheel, or `seeds/` beside a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise CorpusError("the bundled seed corpus is missing from this installation",
                      "pass --corpus DIR or set NATO_SEARCH_CORPUS")


def cache_root() -> Path:
    """Return the per-user cache folder (XDG_CACHE_HOME on Linux, as platformdirs knows it)."""
    from platformdirs import user_cache_dir  # imported here: only needed without --index

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def default_index_for(corpus: Path) -> Path:
    """Return the cache folder for one corpus: a readable name plus a hash of its real path."""
    digest = hashlib.sha256(str(corpus).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", corpus.name)[:40] or "corpus"
    return cache_root() / "indexes" / f"{slug}-{digest}"


def resolve(corpus: str | os.PathLike | None = None,
            index: str | os.PathLike | None = None) -> Locations:
    """Decide the corpus and index folders: explicit value > environment variable > default."""
    for name, value in (("--corpus", corpus), ("--index", index)):
        if value is not None and not str(value).strip():
            raise UsageError(f"{name} needs a folder, not an empty value",
                             f"leave {name} out for the default")
    corpus = corpus or os.environ.get(CORPUS_ENV) or None
    index = index or os.environ.get(INDEX_ENV) or None
    corpus_path = Path(corpus).expanduser() if corpus else default_corpus()
    try:
        corpus_path = corpus_path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise CorpusError(f"corpus folder not found: {corpus_path}",
                          "pass an existing folder with --corpus or NATO_SEARCH_CORPUS") from None
    if not corpus_path.is_dir():
        raise CorpusError(f"corpus is not a folder: {corpus_path}",
                          "--corpus takes the folder that holds the .txt articles")
    if index:
        index_path = Path(index).expanduser().absolute()
        if index_path.exists() and not index_path.is_dir():
            raise UsageError(f"index path is not a folder: {index_path}")
    else:
        index_path = default_index_for(corpus_path)
    return Locations(corpus=corpus_path, index=index_path)


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*", re.I)


def parse_size(text: str) -> int:
    """A size as people write it: `4MB`, `500k`, `1.5G`, `1000000` (bytes); binary units."""
    m = _SIZE.fullmatch(text)
    if not m:
        raise UsageError(f"not a file size: {text!r}", "write it as 4MB, 500KB, 1GB or bytes")
    if float(m.group(1)) <= 0:  # (every file would be skipped)
        raise UsageError(f"the largest file to read must be more than 0 bytes, not {text!r}",
                         "write it as 4MB, 500KB, 1GB or bytes")
    unit = (m.group(2) or "b")[0].lower()
    return int(float(m.group(1)) * {"b": 1, "k": 2**10, "m": 2**20, "g": 2**30}[unit])


def max_file_size_set(value: int | str | None = None) -> bool:
    """Whether a limit was asked for (an option, or the environment), not the default."""
    return value is not None or bool(os.environ.get(MAX_FILE_SIZE_ENV))


def max_file_size(value: int | str | None = None) -> int:
    """The largest file read as an article: explicit value > environment variable > 4 MB."""
    from nato_search.corpus import MAX_BYTES

    if isinstance(value, int):
        return value
    text = value or os.environ.get(MAX_FILE_SIZE_ENV)
    return parse_size(text) if text else MAX_BYTES
