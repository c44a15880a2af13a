"""Where an index lives: the engines behind one small interface.

- `Engine` is the interface every engine implements: bring an index up to date with a corpus
  (`refresh`), search articles with filters and highlight offsets (`search_articles`),
  quotations (`search_quotes`, `quote_rows` for tallies of speakers), counts per period
  (`period_counts`), what the index holds (`live_counts`, `describe`), and one article
  (`resolve`, `stored_article`);
- `engines.whoosh` is the embedded index on disk, as nato-search has always had it (the
  modules `schema`, `indexing` and `searching`);
- `engines.opensearch` keeps the same documents in an OpenSearch cluster, for collections and
  teams past one machine;
- `parse_engine` reads `--engine` / NATO_SEARCH_ENGINE: `whoosh` (the default), or
  `opensearch+http://host:9200[/index]` / `opensearch+https://...`.

Both engines read the corpus with the same pipeline, parse queries with the same
`querylang`, and return the same models; `api.Library` chooses the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import parse_qsl, urlsplit

from nato_search.errors import NatoSearchError, UsageError

ENGINE_ENV = "NATO_SEARCH_ENGINE"


class EngineUnavailable(NatoSearchError):
    """A search engine that cannot be reached, refuses us, or cannot answer (exit 2)."""


@dataclass(frozen=True)
class OpenSearchSpec:
    """Where an OpenSearch index is: the cluster's URL, and optionally the index (alias) name
    and the shards and replicas a new index gets."""

    url: str  # http(s)://host:port, without the "opensearch+" and the path
    index: str | None = None
    shards: int = 1
    replicas: str = "0-1"  # a replica as soon as the cluster has a second node
    given: str = field(default="", compare=False)  # the URL as the user wrote it, for messages


def parse_engine(value: str | None) -> OpenSearchSpec | None:
    """Read an engine URL; None means the embedded Whoosh index."""
    text = (value or "").strip()
    if not text or text.lower() == "whoosh":
        return None
    hint = "use 'whoosh' (the default), or opensearch+http://HOST:PORT or opensearch+https://HOST:PORT"
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("opensearch+http", "opensearch+https"):
        raise UsageError(f"--engine {text!r}: not an engine nato-search knows", hint)
    if parts.username or parts.password:
        raise UsageError("--engine: credentials never go in the URL",
                         "set NATO_SEARCH_OPENSEARCH_USER and NATO_SEARCH_OPENSEARCH_PASSWORD, "
                         "or NATO_SEARCH_OPENSEARCH_API_KEY")
    try:
        port = parts.port
    except ValueError:
        raise UsageError(f"--engine {text!r}: the port is not a number", hint) from None
    if not parts.hostname:
        raise UsageError(f"--engine {text!r}: no host", hint)
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    url = f"{scheme.split('+', 1)[1]}://{host}" + (f":{port}" if port else "")
    index = parts.path.strip("/") or None
    if index and (index != index.lower() or any(c in index for c in '/\\*?"<>| ,#:')
                  or index.startswith(("_", "-", "+"))):
        raise UsageError(f"--engine: {index!r} is not a valid index name",
                         "index names are lower case, without spaces or /\\*?\"<>|,#:")
    options = dict(parse_qsl(parts.query))
    unknown = set(options) - {"shards", "replicas"}
    if unknown:
        raise UsageError(f"--engine: unknown option {sorted(unknown)[0]!r} in the URL",
                         "the URL takes ?shards=N&replicas=N (for a new index)")
    try:
        shards = int(options.get("shards", 1))
        replicas = str(int(options["replicas"])) if "replicas" in options else "0-1"
    except ValueError:
        raise UsageError("--engine: shards and replicas are numbers") from None
    if shards < 1:
        raise UsageError("--engine: shards must be 1 or more")
    return OpenSearchSpec(url, index, shards, replicas, text)


class Engine(Protocol):
    """What every engine does; `api.Library` needs nothing else of it."""

    def refresh(self, *, rebuild: bool = False, on_progress: Callable[[int, int], None] | None = None,
                on_notice: Callable[[str], None] | None = None): ...
    def has_index(self) -> bool: ...
    def search_articles(self, text: str, filters, *, sort: str, limit: int | None,
                        snippet_chars: int, corpus_root: str, count_only: bool): ...
    def search_quotes(self, text: str | None, filters, *, sort: str, limit: int | None,
                      corpus_root: str, count_only: bool, canonical: Callable): ...
    def quote_rows(self, filters) -> Iterable[dict]: ...
    def speaker_names(self) -> list[str]: ...
    def source_keys(self) -> list[str]: ...
    def period_counts(self, text: str | None, filters, by: str) -> tuple[dict[str, list[int]], int]: ...
    def live_counts(self) -> tuple[int, int, str | None, str | None]: ...
    def resolve(self, ref: str, corpus_root: str) -> str: ...
    def stored_article(self, doc_id: str) -> tuple[dict, list[dict]]: ...
    def describe(self) -> dict: ...
    def close(self) -> None: ...
