"""The OpenSearch engine: the same documents as the Whoosh index, in a cluster.

- `connect` opens the official client (opensearch-py, imported only here) with credentials
  from the environment only, TLS verified by default, and turns every failure (unreachable,
  refused, cluster red, index gone) into one `EngineUnavailable` of one or two lines;
- `MAPPING`: articles and quotations as documents of one index, with the analysis of the
  Whoosh engine (its tokenizer's pattern; lower case, Porter stems, accents folded), keyword
  fields for ids, dates, outlets, speakers and kinds;
- `OpenSearchEngine.refresh` reads the corpus with the same pipeline as the Whoosh engine.
  Document ids come from the article's id and the hash of its file's bytes: a refresh sends
  only the articles whose bytes changed, then deletes the old versions and the articles whose
  files are gone. A full build (first use, `--rebuild`) goes to a new index, and an alias is
  switched to it in one step, so queries never see half an index. Bulk requests are retried
  with back-off on 429 (cluster busy);
- searches translate the query tree (`dsl`), and compute snippets and highlight offsets on the
  stored text with the Whoosh engine's own functions (`searching.token_spans`,
  `best_snippet`), so the two engines mark the same words.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from nato_search import querylang
from nato_search.engines import EngineUnavailable, OpenSearchSpec
from nato_search.engines.opensearch import dsl
from nato_search.errors import DateError, EmptyCorpus, QueryError
from nato_search.models import Hit, QuoteRecord, Skipped, UpdateReport
from nato_search.text import WORDS

USER_ENV = "NATO_SEARCH_OPENSEARCH_USER"
PASSWORD_ENV = "NATO_SEARCH_OPENSEARCH_PASSWORD"
API_KEY_ENV = "NATO_SEARCH_OPENSEARCH_API_KEY"
CA_CERTS_ENV = "NATO_SEARCH_OPENSEARCH_CA_CERTS"
INSECURE_ENV = "NATO_SEARCH_OPENSEARCH_INSECURE"  # "1": do not verify TLS (a test cluster)

PAGE = 1000  # documents per page when reading many
HEALTH_SECONDS = 10  # the first request, which tells whether a cluster is there
BULK_CHUNK = 500
BULK_RETRIES = 6  # a 429 is retried with back-off: 1, 2, 4, 8, 16, 30 s
DELETE_CHUNK = 500
HINT_ENGINE = "check --engine / NATO_SEARCH_ENGINE, or leave it unset for the embedded index"

_TOKEN = WORDS  # the Whoosh engine's tokenizer: the same words on both engines

SETTINGS = {
    "analysis": {
        "tokenizer": {"nato_words": {"type": "pattern", "pattern": _TOKEN, "group": 0,
                                     "flags": "UNICODE_CHARACTER_CLASS"}},
        "analyzer": {
            # words lower-cased, folded, then stemmed (Porter), as the Whoosh engine's
            # schema.text_analyzer: "Stamenkovic" and "Stamenković" stem alike
            "nato_text": {"type": "custom", "tokenizer": "nato_words",
                          "filter": ["lowercase", "asciifolding", "porter_stem"]},
            # names, outlets and the words as written: folded, not stemmed
            "nato_names": {"type": "custom", "tokenizer": "nato_words",
                           "filter": ["lowercase", "asciifolding"]},
        },
    },
}
_WORDS = {"words": {"type": "text", "analyzer": "nato_names"}}
MAPPING = {
    "dynamic": False,  # every other field is kept in _source, shown, never searched
    "_source": {"excludes": ["text"]},
    "properties": {
        "kind": {"type": "keyword"}, "id": {"type": "keyword"}, "doc": {"type": "keyword"},
        "name": {"type": "keyword"},  # the file's name, for `show` by a prefix of it
        "fingerprint": {"type": "keyword"}, "date": {"type": "keyword"},
        "source_key": {"type": "keyword"}, "speaker_key": {"type": "keyword"},
        "quote_kind": {"type": "keyword"}, "n": {"type": "integer"},
        "title": {"type": "text", "analyzer": "nato_text", "fields": _WORDS},
        # the title twice and the body, as the Whoosh engine indexes its body field
        "text": {"type": "text", "analyzer": "nato_text", "fields": _WORDS},
        "quote": {"type": "text", "analyzer": "nato_text", "fields": _WORDS},
        "source": {"type": "text", "analyzer": "nato_names"},
        "speaker": {"type": "text", "analyzer": "nato_names"},
    },
}


# ---------------------------------------------------------------------------------------------
# The connection


def connect(spec: OpenSearchSpec):
    """Open a client for the cluster, and check that it answers and is not red."""
    try:
        from opensearchpy import OpenSearch
    except ImportError:
        raise EngineUnavailable("the OpenSearch engine needs the opensearch-py package",
                                "pip install 'nato-search[opensearch]'") from None
    options: dict = {"hosts": [spec.url], "timeout": 60, "max_retries": 2,
                     "retry_on_timeout": True}
    if spec.url.startswith("https://"):
        insecure = os.environ.get(INSECURE_ENV, "").strip() in ("1", "true", "yes")
        options["use_ssl"] = True
        options["verify_certs"] = not insecure
        options["ssl_show_warn"] = not insecure
        if os.environ.get(CA_CERTS_ENV):
            options["ca_certs"] = os.environ[CA_CERTS_ENV]
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    api_key = os.environ.get(API_KEY_ENV)
    if api_key:
        options["headers"] = {"Authorization": f"ApiKey {api_key}"}
    elif user:
        options["http_auth"] = (user, password or "")
    client = OpenSearch(**options)
    with errors(spec):
        # request_timeout, not timeout= (opensearch-py 3.2 fails on that one): a host that
        # never answers is an error in seconds, not minutes
        health = client.cluster.health(request_timeout=HEALTH_SECONDS)
    if health.get("status") == "red":
        raise EngineUnavailable(
            f"the OpenSearch cluster at {spec.url} is red: some of its data is not available",
            f"{health.get('unassigned_shards', '?')} shards unassigned; see its _cluster/health")
    return client


class errors:
    """Turn the client's exceptions into one EngineUnavailable of one or two lines."""

    def __init__(self, spec: OpenSearchSpec, index: str | None = None) -> None:
        self.spec, self.index = spec, index

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if exc is None or isinstance(exc, EngineUnavailable):
            return False  # (one of ours already: "the OpenSearch engine needs opensearch-py")
        from opensearchpy import exceptions as ex

        url = self.spec.url
        if self.spec.given:  # the cluster as the user named it, then where it is
            url = f"{url} (--engine {self.spec.given!r})"
        if isinstance(exc, ex.SSLError):
            raise EngineUnavailable(f"TLS verification failed for the OpenSearch cluster at {url}",
                                    f"give its CA certificates in {CA_CERTS_ENV}") from None
        if isinstance(exc, ex.ConnectionError | ex.ConnectionTimeout):
            raise EngineUnavailable(f"cannot reach the OpenSearch cluster at {url}",
                                    f"is it running? {HINT_ENGINE}") from None
        if isinstance(exc, ex.AuthenticationException):
            raise EngineUnavailable(f"the OpenSearch cluster at {url} refused the credentials",
                                    f"set {USER_ENV} and {PASSWORD_ENV}, or {API_KEY_ENV}") from None
        if isinstance(exc, ex.AuthorizationException):
            raise EngineUnavailable(f"the OpenSearch cluster at {url} does not allow this user "
                                    f"to {'use the index ' + self.index if self.index else 'do that'}",
                                    "ask its administrators for read and write on the index") from None
        if isinstance(exc, ex.NotFoundError) and self.index is None:
            raise EngineUnavailable(f"no OpenSearch cluster answers at {url} (HTTP 404)",
                                    HINT_ENGINE) from None
        if isinstance(exc, ex.NotFoundError):
            raise EngineUnavailable(f"no index {self.index!r} on the OpenSearch cluster at {url}",
                                    "it was removed; run `nato-search index --rebuild` with the "
                                    "same --engine") from None
        if isinstance(exc, ex.TransportError):
            reason = _reason(exc)
            raise EngineUnavailable(f"the OpenSearch cluster at {url} answered {exc.status_code}: "
                                    f"{reason}", HINT_ENGINE) from None
        return False


def _reason(exc) -> str:
    info = getattr(exc, "info", None)
    if isinstance(info, dict):
        err = info.get("error")
        if isinstance(err, dict):
            return str(err.get("reason") or err.get("type"))[:200]
        if err:
            return str(err)[:200]
    return str(getattr(exc, "error", "") or exc)[:200]


def _reason_of(item: dict) -> str:
    """Why the cluster refused one document of a bulk request, in a few words."""
    error = item.get("error")
    if isinstance(error, dict):
        return str(error.get("type") or error.get("reason"))[:80]
    return f"status {item.get('status', '?')}"


def default_index(corpus: Path) -> str:
    """The index (an alias) of a corpus when the URL names none: one per corpus, as the cache."""
    from nato_search.config import default_index_for

    name = default_index_for(corpus).name.lower()
    return "nato-search-" + re.sub(r"[^a-z0-9_.-]+", "_", name).lstrip("_.-")


# ---------------------------------------------------------------------------------------------
# Documents


def _schema_version() -> int:
    from nato_search.engines.whoosh.schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def _doc_id(article_id: str, digest: str) -> str:
    return hashlib.blake2b(f"{article_id}\0{digest}".encode("utf-8", "surrogateescape"),
                           digest_size=16).hexdigest()


def cluster_documents(article, digest: str) -> list[tuple[str, dict]]:
    """(document id, source) of an article and its quotations, as the Whoosh engine indexes
    them (`indexing.article_documents`), with ids from the article's content."""
    from nato_search.engines.whoosh.indexing import article_documents

    base = _doc_id(article.id, digest)
    out = []
    for d in article_documents(article, digest):
        d = dict(d)
        d.pop("tally", None)  # the Whoosh engine's column for counting speakers
        d["fingerprint"] = digest
        if d["kind"] == "article":
            d["text"] = d.pop("body")
            d["body"] = d.pop("_stored_body")
            d["name"] = d["id"].rsplit("/", 1)[-1]
            out.append((base, d))
        else:
            d["n"] = int(d["id"].rsplit("#", 1)[1])
            out.append((f"{base}#{d['n']}", d))
    return out


def _skipped_document(article_id: str, fingerprint: str, reason: str) -> tuple[str, dict]:
    return (_doc_id(article_id, fingerprint),
            {"kind": "skipped", "id": article_id, "doc": article_id, "fingerprint": fingerprint,
             "reason": reason})


# ---------------------------------------------------------------------------------------------
# The engine


class OpenSearchEngine:
    """One corpus's index (an alias) on an OpenSearch cluster, behind `engines.Engine`."""

    def __init__(self, spec: OpenSearchSpec, corpus: Path, options=None) -> None:
        from nato_search.engines.whoosh.indexing import BuildOptions

        self.spec = spec
        self.corpus = corpus
        self.alias = spec.index or default_index(corpus)
        self.options = options or BuildOptions()
        self._client = None
        self._digests: dict[str, str] = {}
        self._skipped: dict[str, str] = {}

    @property
    def client(self):
        if self._client is None:
            self._client = connect(self.spec)
        return self._client

    def _errors(self) -> errors:
        return errors(self.spec, self.alias)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def has_index(self) -> bool:
        with self._errors():
            return bool(self.client.indices.exists(index=self.alias))

    # -- writing -------------------------------------------------------------------------------

    def refresh(self, *, rebuild: bool = False, on_progress: Callable[[int, int], None] | None = None,
                on_notice: Callable[[str], None] | None = None, part: tuple[int, int] | None = None
                ) -> UpdateReport:
        """Bring the index up to date with the corpus; with `rebuild`, build a new index and
        switch the alias to it. `part` (K, N): only the K-th of N shares of the files, for N
        machines reading one corpus into one index (a share never deletes another's files)."""
        from nato_search.corpus import fingerprint_size, scan, too_large

        started = time.perf_counter()
        self.__dict__.pop("_near_cache", None)  # the words of the index may change
        self._digests = {}  # id -> hash of the bytes, of the files seen now
        self._skipped = {}  # id -> why a file seen now is not indexed
        entries, problem_list = scan(self.corpus)
        problems = dict(problem_list)
        if not entries and not problems:
            raise EmptyCorpus(f"no .txt files in {self.corpus}",
                              "put articles in it, or pass --corpus with another folder")
        if part:
            entries = {k: e for k, e in entries.items() if _share(k, part[1]) == part[0] - 1}
            problems = {k: r for k, r in problems.items() if _share(k, part[1]) == part[0] - 1}
        if (limit := self.options.leaves_out) is not None:
            # a limit set (--max-file-size) leaves out files indexed under a larger one,
            # unchanged as they are: skipped as a read would skip them
            over = {k for k, e in entries.items() if fingerprint_size(e.fingerprint) > limit}
            problems.update((k, too_large(limit)) for k in over)
            entries = {k: e for k, e in entries.items() if k not in over}
        report = UpdateReport()
        with self._errors():
            exists = self.client.indices.exists(index=self.alias)
            if part:
                if rebuild:
                    from nato_search.errors import UsageError

                    raise UsageError("--rebuild replaces the whole index: not with --part",
                                     "rebuild once without --part, then run the shares")
                if not exists:
                    self._create_shared()
                self._incremental(entries, problems, report, on_progress, part)
            elif rebuild or not exists or self._outdated():
                if exists and not rebuild and on_notice:
                    on_notice("the index was written by another version of nato-search; "
                              "rebuilding it")
                self._full_build(entries, problems, report, on_progress)
            elif not self._unchanged(entries, problems, report):
                self._incremental(entries, problems, report, on_progress, part)
            if not part:
                self._save_notes(entries, problems)
        report.seconds = time.perf_counter() - started
        return report

    # What this machine last sent, kept beside the embedded indexes (one small JSON file per
    # cluster, index and corpus): files whose size and time are unchanged are not read again
    # to hash them, and when nothing changed, a refresh costs one scan of the corpus and one
    # request, not a read of every file and of the index's list of articles. As the Whoosh
    # engine's manifest, the notes trust size and time; another machine changing the index
    # (a rebuild) changes the index behind the alias, and then everything is checked.

    def _notes_path(self) -> Path:
        from nato_search.config import cache_root

        key = hashlib.blake2b(f"{self.spec.url}\0{self.alias}\0{self.corpus}".encode(
            "utf-8", "surrogateescape"), digest_size=12).hexdigest()
        return cache_root() / "engines" / f"opensearch-{key}.json"

    def _concrete(self) -> list[str]:
        return sorted(self.client.indices.get_alias(name=self.alias)) \
            if self.client.indices.exists_alias(name=self.alias) else [self.alias]

    def _notes(self) -> dict:
        if "_notes_cache" not in self.__dict__:
            import json

            try:
                self._notes_cache = json.loads(self._notes_path().read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._notes_cache = {}
        return self._notes_cache

    def _unchanged(self, entries, problems, report: UpdateReport) -> bool:
        """Whether nothing changed since this machine's last refresh (then `report` says so)."""
        from nato_search.corpus import allowed_now

        notes = self._notes()
        files = notes.get("files", {})
        if (notes.get("index") != self._concrete() or notes.get("problems") != problems
                or len(files) != len(entries)
                or any(files.get(k, ("",))[0] != e.fingerprint for k, e in entries.items())
                or any(len(f) > 2 and f[2] and allowed_now(f[2], f[0], self.options.max_bytes)
                       for f in files.values())):  # (too large before, allowed now)
            return False
        for k, reason in problems.items():
            report.skipped.append(Skipped(k, reason, new=False))
        for k in entries:
            reason = files[k][2] if len(files[k]) > 2 else None
            if reason:
                report.skipped.append(Skipped(k, reason, new=False))
            else:
                report.unchanged += 1
        return True

    def _save_notes(self, entries, problems) -> None:
        import json

        digests, skipped = self._digests, self._skipped
        old = self._notes().get("files", {})
        files = {}
        for k, e in entries.items():
            if k in digests:
                files[k] = [e.fingerprint, digests[k], skipped.get(k)]
            elif k in old and old[k][0] == e.fingerprint:
                files[k] = old[k]
            else:
                return  # not all known: no notes rather than wrong ones
        notes = {"index": self._concrete(), "problems": problems, "files": files}
        path = self._notes_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(notes), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            return  # notes only save work; without them every file is hashed again
        self._notes_cache = notes

    def _known(self, part: tuple[int, int] | None) -> dict[str, tuple[str, str | None]]:
        """id -> (fingerprint, reason if skipped) of the articles and skipped files indexed."""
        query = {"bool": {"filter": [{"terms": {"kind": ["article", "skipped"]}}]}}
        known = {}
        for hit in self._scan(query, ["id", "fingerprint", "reason", "kind"], sort=False):
            s = hit["_source"]
            if part and _share(s["id"], part[1]) != part[0] - 1:
                continue
            known[s["id"]] = (s.get("fingerprint", ""), s.get("reason"))
        return known

    def _incremental(self, entries, problems, report, on_progress, part) -> None:
        from nato_search.corpus import UNLISTED, allowed_now
        from nato_search.engines.whoosh.indexing import file_digest

        known = self._known(part)
        noted = self._notes().get("files", {})
        digests, skipped = self._digests, self._skipped
        max_bytes = self.options.max_bytes
        changed, fresh_fps = [], {}
        for k, entry in entries.items():
            note = noted.get(k)
            digest = note[1] if note and note[0] == entry.fingerprint else \
                (file_digest(entry.path) or "unreadable")
            fresh_fps[k] = digest
            old = known.get(k)
            if old is None or old[0] != digest or (
                    old[1] is not None and allowed_now(old[1], entry.fingerprint, max_bytes)):
                changed.append(entry)  # (new, changed, or too large before and allowed now)
            elif old[1] is not None:
                report.skipped.append(Skipped(k, old[1], new=False))
                digests[k], skipped[k] = digest, old[1]
            else:
                report.unchanged += 1
                digests[k] = digest
        problem_docs = []
        for k, reason in problems.items():
            fp = "!" + hashlib.blake2b(reason.encode(), digest_size=8).hexdigest()
            fresh_fps[k] = fp
            old = known.get(k)
            report.skipped.append(Skipped(k, reason, new=old is None or old[0] != fp))
            if old is None or old[0] != fp:
                problem_docs.append(_skipped_document(k, fp, reason))
        gone = [k for k in known if k not in fresh_fps]
        # a folder that cannot be listed now hides its files: kept as indexed, not gone
        unlisted = tuple(k + "/" for k, reason in problems.items() if reason.startswith(UNLISTED))
        if unlisted:
            for k in [k for k in gone if k.startswith(unlisted)]:
                gone.remove(k)
                fresh_fps[k] = known[k][0]
                if known[k][1] is None:
                    report.unchanged += 1
                else:
                    report.skipped.append(Skipped(k, known[k][1], new=False))
        if not changed and not gone and not problem_docs:
            return
        self._write(self.alias, changed, report, on_progress, known, extra=problem_docs,
                    digests=fresh_fps)
        # the old versions of what changed (their documents have other fingerprints now),
        # and what is gone
        replaced = [e.id for e in changed if e.id in known] + [k for k in problems if k in known]
        self._delete_old(replaced, fresh_fps, gone)
        # (an indexed article whose file can no longer be read is skipped now: it left)
        report.removed = sum(1 for k in gone if known[k][1] is None)  # (a skipped file: no article)
        report.left += sum(1 for k in problems if k in known and known[k][1] is None)
        with self._errors():
            self.client.indices.refresh(index=self.alias)

    def _create(self, concrete: str) -> None:
        settings = {"number_of_shards": self.spec.shards,
                    "auto_expand_replicas": self.spec.replicas if "-" in self.spec.replicas else False,
                    **SETTINGS}
        if "-" not in self.spec.replicas:
            settings["number_of_replicas"] = int(self.spec.replicas)
        self.client.indices.create(index=concrete, body={
            "settings": settings,
            "mappings": {**MAPPING, "_meta": {"built": _now(), "schema": _schema_version()}}})

    def _outdated(self) -> bool:
        """Whether the index behind the alias was read by other extractors or analysis than
        this version's (as the Whoosh engine, which rebuilds an index of another schema)."""
        mapping = self.client.indices.get_mapping(index=self.alias)
        meta = next(iter(mapping.values()), {}).get("mappings", {}).get("_meta", {})
        return meta.get("schema") != _schema_version()

    def _create_shared(self) -> None:
        """The index that N machines fill with `--part`: one name, so that when several
        start at once, one creates it and the others find it."""
        from opensearchpy.exceptions import RequestError

        concrete = f"{self.alias}-shared"
        try:
            self._create(concrete)
        except RequestError as exc:
            if "already_exists" not in str(exc):
                raise
        self.client.indices.put_alias(index=concrete, name=self.alias)

    def _full_build(self, entries, problems, report, on_progress) -> None:
        client = self.client
        concrete = f"{self.alias}-{time.time_ns()}"
        if client.indices.exists(index=self.alias) and not client.indices.exists_alias(name=self.alias):
            raise EngineUnavailable(f"{self.alias!r} on {self.spec.url} is an index, not an alias "
                                    "nato-search made", "name another index in the --engine URL")
        old = list(client.indices.get_alias(name=self.alias)) \
            if client.indices.exists_alias(name=self.alias) else []
        self._create(concrete)
        try:
            extra = []
            for k, reason in problems.items():
                fp = "!" + hashlib.blake2b(reason.encode(), digest_size=8).hexdigest()
                extra.append(_skipped_document(k, fp, reason))
                report.skipped.append(Skipped(k, reason))
            self._write(concrete, list(entries.values()), report, on_progress, {}, extra=extra)
            client.indices.refresh(index=concrete)
            actions = [{"add": {"index": concrete, "alias": self.alias}}]
            actions += [{"remove": {"index": i, "alias": self.alias}} for i in old]
            client.indices.update_aliases(body={"actions": actions})  # one step
        except BaseException:
            with self._errors():
                client.indices.delete(index=concrete, ignore_unavailable=True)
            raise
        # two builds at once (two first queries on a new corpus): the last one switched wins,
        # and the index of the other leaves the alias
        others = [i for i in client.indices.get_alias(name=self.alias) if i != concrete]
        if others:
            client.indices.update_aliases(body={"actions": [
                {"remove": {"index": i, "alias": self.alias}} for i in others]})
        for i in {*old, *others}:
            client.indices.delete(index=i, ignore_unavailable=True)
        report.rebuilt = True

    def _write(self, index: str, entries, report: UpdateReport, on_progress, known,
               extra=(), digests=None) -> list[str]:
        """Read `entries` with the pipeline and send their documents in bulk; returns the
        ids of the articles written. Raises when documents were lost, naming their articles."""
        from opensearchpy import helpers

        from nato_search.engines.whoosh.indexing import parse_entries

        written: list[str] = []
        total = len(entries)
        owner: dict[str, str] = {}  # document id -> the article it belongs to, to name losses

        def actions() -> Iterator[dict]:
            for i, s in extra:
                owner[i] = s["id"]
                yield {"_index": index, "_id": i, "_source": s}
            for n, (entry, article, reason, digest) in enumerate(
                    parse_entries(entries, self.options), 1):
                digest = (digests or {}).get(entry.id) or digest or "unread"
                self._digests[entry.id] = digest
                if article is None:
                    self._skipped[entry.id] = reason or "unreadable"
                    report.skipped.append(Skipped(entry.id, reason or "unreadable"))
                    if entry.id in known and known[entry.id][1] is None:
                        report.left += 1  # indexed before, unreadable now: its article left
                    i, s = _skipped_document(entry.id, digest, reason or "unreadable")
                    owner[i] = entry.id
                    yield {"_index": index, "_id": i, "_source": s}
                else:
                    written.append(entry.id)
                    report.notices.extend(f"{entry.id}: {w}" for w in article.warnings)
                    if entry.id in known and known[entry.id][1] is None:
                        report.updated += 1
                    else:
                        report.added += 1  # (new, or skipped before and read now)
                    for i, s in cluster_documents(article, digest):
                        owner[i] = entry.id
                        yield {"_index": index, "_id": i, "_source": s}
                if on_progress:
                    on_progress(n, total)

        lost: set[str] = set()
        why = ""
        for ok, item in helpers.streaming_bulk(
                self.client, actions(), chunk_size=BULK_CHUNK, max_retries=BULK_RETRIES,
                initial_backoff=1, max_backoff=30, raise_on_error=False, raise_on_exception=True):
            if not ok:
                info = next(iter(item.values()), {})
                lost.add(owner.get(str(info.get("_id")), str(info.get("_id", "?"))))
                why = _reason_of(info)
        if lost:
            raise EngineUnavailable(
                f"the OpenSearch cluster at {self.spec.url} refused the documents of "
                f"{len(lost)} article{'s' if len(lost) != 1 else ''} ({why}); not indexed: "
                + ", ".join(sorted(lost)[:10]) + (" ..." if len(lost) > 10 else ""),
                "run the same command again once the cluster accepts writes")
        return written

    def _delete_old(self, replaced: list[str], fingerprints: dict[str, str], gone: list[str]) -> None:
        """Delete the documents of the old versions of `replaced` and of the `gone` articles.

        Found by a search and deleted in bulk: `_delete_by_query` is a module (reindex) that
        a cluster may not have."""
        from opensearchpy import helpers

        clauses = [{"bool": {"filter": [{"term": {"doc": k}}],
                             "must_not": [{"term": {"fingerprint": fingerprints[k]}}]}}
                   for k in replaced]
        clauses += [{"term": {"doc": k}} for k in gone]
        doomed: list[str] = []
        for i in range(0, len(clauses), DELETE_CHUNK):
            query = {"bool": {"should": clauses[i:i + DELETE_CHUNK], "minimum_should_match": 1}}
            doomed += [hit["_id"] for hit in self._scan(query, False)]
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": i} for i in doomed)
        with self._errors():
            for ok, item in helpers.streaming_bulk(
                    self.client, actions, chunk_size=BULK_CHUNK, max_retries=BULK_RETRIES,
                    initial_backoff=1, max_backoff=30, raise_on_error=False):
                if not ok and item.get("delete", {}).get("status") != 404:
                    raise EngineUnavailable(
                        f"the OpenSearch cluster at {self.spec.url} refused to delete an old "
                        f"document of {item.get('delete', {}).get('_id', '?')}",
                        "run the same command again; `index --rebuild` starts over")

    # -- reading -------------------------------------------------------------------------------

    def _search(self, body: dict) -> dict:
        with self._errors():
            return self.client.search(index=self.alias, body=body)

    def _scan(self, query: dict, source, sort=True) -> Iterator[dict]:
        """Every hit of a query, in pages (search_after on the document's id)."""
        after = None
        while True:
            body = {"query": query, "size": PAGE, "_source": source,
                    "sort": [{"id": "asc"}, {"kind": "asc"}]}
            if after:
                body["search_after"] = after
            hits = self._search(body)["hits"]["hits"]
            yield from hits
            if len(hits) < PAGE:
                return
            after = hits[-1]["sort"]

    def _of_articles(self, tree):
        """A search of quotations with its `title:` and `body:` words read as the quotations
        of the articles they match (as the Whoosh engine reads them)."""
        if not querylang.asks_of_articles(tree):
            return tree

        def ids(leaf) -> tuple[str, ...]:
            query = {"bool": {"must": [dsl.translate(leaf, dsl.ARTICLE_DEFAULT, self._near)],
                              "filter": [{"term": {"kind": "article"}}]}}
            return tuple(sorted({h["_source"]["id"] for h in self._scan(query, ["id"])}))

        return querylang.through_articles(tree, ids)

    def _filter(self, kind: str, filters) -> list[dict]:
        out: list[dict] = [{"term": {"kind": kind}}]
        if filters.speakers:
            out.append(dsl.speaker_clause(filters.speakers, filters.speaker_keys))
        if filters.kinds and kind == "quote":
            out.append({"terms": {"quote_kind": list(filters.kinds)}})
        if filters.since or filters.until:
            bounds = {}
            if filters.since:
                bounds["gte"] = filters.since.isoformat()
            if filters.until:
                bounds["lte"] = filters.until.isoformat()
            out.append({"range": {"date": bounds}})
        if filters.source:
            out.append({"terms": {"source_key": list(filters.source_keys())}})
        return out

    def _ranked(self, query: dict, kind: str, filters, sort: str, limit: int | None,
                count_only: bool, source) -> tuple[list[dict], int]:
        full = {"bool": {"must": [query], "filter": self._filter(kind, filters)}}
        if count_only:
            with self._errors():
                return [], self.client.count(index=self.alias, body={"query": full})["count"]
        if sort == "relevance":
            order = [{"_score": "desc"}, {"id": "asc"}]
        else:
            order = [{"date": {"order": "desc" if sort == "newest" else "asc", "missing": "_last"}},
                     {"_score": "desc"}, {"id": "asc"}]
        hits: list[dict] = []
        total = 0
        after = None
        while True:
            size = PAGE if limit is None else min(PAGE, limit - len(hits))
            body = {"query": full, "size": size, "sort": order, "track_scores": True,
                    "track_total_hits": True, "_source": source}
            if after:
                body["search_after"] = after
            result = self._search(body)["hits"]
            total = result["total"]["value"]
            hits += result["hits"]
            if len(result["hits"]) < size or (limit is not None and len(hits) >= limit):
                break
            after = result["hits"][-1]["sort"]
        return hits, (total if limit is None or len(hits) >= limit else len(hits))

    def search_articles(self, text, filters, *, sort="relevance", limit=10, snippet_chars=240,
                        corpus_root="", count_only=False):
        from nato_search.engines.whoosh.searching import SearchResult, best_snippet

        tree = _parse(text, filters)
        query = dsl.translate(tree, dsl.ARTICLE_DEFAULT, self._near)
        hits, total = self._ranked(query, "article", filters, sort, limit, count_only,
                                   ["id", "title", "source", "date", "body"])
        suggestion = self._suggest(text, "article", filters, dsl.ARTICLE_DEFAULT) if total == 0 \
            else None
        out = []
        for rank, hit in enumerate(hits, 1):
            s = hit["_source"]
            body = s.get("body", "")
            spans = highlight_spans(tree, body, {"title", "body", None},
                                    lambda f: self._near(f, dsl.FIELDS[f.field or "body"]))
            snippet, marks = best_snippet(body, spans, snippet_chars)
            out.append(Hit(id=s["id"], path=_path(corpus_root, s["id"]), title=s.get("title", ""),
                           source=s.get("source"), date=_date(s.get("date")),
                           score=float(hit.get("_score") or 0.0), rank=rank, snippet=snippet,
                           highlights=marks))
        return SearchResult(out, total, querylang.describe(tree), suggestion)

    def search_quotes(self, text, filters, *, sort="relevance", limit=10, corpus_root="",
                      count_only=False, canonical=lambda name: name):
        from nato_search.engines.whoosh.searching import SearchResult

        tree = self._of_articles(_parse(text, filters)) if text and text.strip() \
            else querylang.Every()
        if isinstance(tree, querylang.Every) and sort == "relevance":
            sort = "newest"
        query = dsl.translate(tree, dsl.QUOTE_DEFAULT, self._near)
        hits, total = self._ranked(query, "quote", filters, sort, limit, count_only, True)
        suggestion = self._suggest(text, "quote", filters, dsl.QUOTE_DEFAULT) \
            if total == 0 and text else None
        out = []
        for hit in hits:
            d = hit["_source"]
            quote = d.get("quote", "")
            spans = highlight_spans(tree, quote, {"quote", None},
                                    lambda f: self._near(f, "quote"))
            out.append(QuoteRecord(
                id=d["id"], doc=d["doc"], path=_path(corpus_root, d["doc"]),
                title=d.get("article_title", ""), source=d.get("source"), date=_date(d.get("date")),
                speaker=canonical(d.get("speaker")), speaker_as_written=d.get("speaker_as_written"),
                role=d.get("role"), quote=quote, kind=d.get("quote_kind", "direct"),
                context=d.get("context", ""), highlights=tuple((s, e) for s, e, _ in spans)))
        return SearchResult(out, total, querylang.describe(tree, "quote"), suggestion)

    def _suggest(self, text: str, kind: str, filters, fields) -> str | None:
        """Close spellings the index knows for words it does not, when the corrected query
        finds something (as the Whoosh engine's `searching.suggest`)."""
        field = "text.words"

        def candidates(word: str) -> list[str]:
            body = {"size": 0, "suggest": {"w": {"text": word.lower(), "term": {
                "field": field, "suggest_mode": "missing", "max_edits": 2, "size": 5,
                "prefix_length": 0, "min_word_length": 2}}}}
            return [option["text"] for entry in self._search(body)["suggest"]["w"]
                    for option in entry.get("options", [])]

        suggestion = querylang.respell(text, candidates)
        if suggestion is None:
            return None
        try:
            tree = _parse(suggestion, filters)
            query = dsl.translate(self._of_articles(tree) if kind == "quote" else tree, fields,
                                  self._near)
        except (QueryError, DateError):
            return None
        return suggestion if self._ranked(query, kind, filters, "relevance", 1, True, False)[1] \
            else None

    def _near(self, node: querylang.Fuzzy, field: str) -> set[str]:
        """The stems of the indexed words within `node.maxdist` edits of the word as written
        (as the Whoosh engine's `searching._expand_fuzzy`), found by a term suggester."""
        from nato_search.engines.whoosh.searching import _analysed
        from nato_search.speakers import fold

        cache = self.__dict__.setdefault("_near_cache", {})
        if (node, field) in cache:
            return cache[(node, field)]
        word = fold(node.text).replace(" ", "")
        body = {"size": 0, "suggest": {"near": {"text": word, "term": {
            "field": field + ".words", "suggest_mode": "always", "max_edits": max(1, min(node.maxdist, 2)),
            "prefix_length": node.prefixlength, "min_word_length": 1, "accuracy": 0.0,
            "size": dsl.MAX_EXPANSIONS, "string_distance": "damerau_levenshtein"}}}}
        stems = {t for t in (_analysed(node.text),) if t}
        for entry in self._search(body)["suggest"]["near"]:
            for option in entry.get("options", []):
                stem = _analysed(option["text"])
                if stem:
                    stems.add(stem)
        cache[(node, field)] = stems
        return stems

    def quote_rows(self, filters) -> Iterator[dict]:
        """The fields a tally of speakers reads, of every quotation passing the filters."""
        query = {"bool": {"filter": self._filter("quote", filters)}}
        for hit in self._scan(query, ["speaker", "doc", "role", "date"]):
            yield hit["_source"]

    def _terms(self, field: str, kind: str, sub: dict | None = None) -> Iterator[dict]:
        """Every bucket of `field`'s values over the documents of `kind`, page by page (a
        composite aggregation), with the sub-aggregations `sub`."""
        after = None
        while True:
            terms = {"size": 1000, "sources": [{"key": {"terms": {"field": field}}}]}
            if after:
                terms["after"] = after
            agg = {"composite": terms, **({"aggs": sub} if sub else {})}
            found = self._search({"size": 0, "query": {"term": {"kind": kind}},
                                  "aggs": {"values": agg}})["aggregations"]["values"]
            yield from found["buckets"]
            after = found.get("after_key")
            if not found["buckets"] or not after:
                return

    def source_keys(self) -> list[str]:
        """Every outlet as indexed (folded: source_key)."""
        return [b["key"]["key"] for b in self._terms("source_key", "article")]

    def speaker_names(self) -> list[str]:
        """Every speaker as indexed: one per folded name (speaker_key), as one quotation spells it."""
        one = {"one": {"top_hits": {"size": 1, "_source": ["speaker"]}}}
        return [b["one"]["hits"]["hits"][0]["_source"]["speaker"]
                for b in self._terms("speaker_key", "quote", one)]

    def period_counts(self, text, filters, by):
        from nato_search.engines.whoosh.searching import Filters

        width = 7 if by == "month" else 4
        counts: dict[str, list[int]] = {}
        undated = 0
        quoting: set[str] | None = None
        if filters.speakers:
            quoting = {h["_source"]["doc"] for h in self._scan(
                {"bool": {"filter": self._filter("quote", filters)}}, ["doc"])}
        article_filters = Filters(filters.since, filters.until, filters.source,
                                  sources_found=filters.sources_found)
        tree = _parse(text, filters) if text and text.strip() != "*" else querylang.Every()
        for slot, kind, fields in ((0, "article", dsl.ARTICLE_DEFAULT), (1, "quote", dsl.QUOTE_DEFAULT)):
            if kind == "quote":
                tree = self._of_articles(tree)
            query = {"bool": {"must": [dsl.translate(tree, fields, self._near)],
                              "filter": self._filter(kind, article_filters if slot == 0 else filters)}}
            for hit in self._scan(query, ["id", "date"]):
                s = hit["_source"]
                if slot == 0 and quoting is not None and s["id"] not in quoting:
                    continue
                day = s.get("date") or ""
                if not day:
                    undated += slot == 0
                    continue
                counts.setdefault(day[:width], [0, 0])[slot] += 1
        return counts, undated

    def live_counts(self):
        with self._errors():
            articles = self.client.count(index=self.alias, body={"query": {"term": {"kind": "article"}}})
            quotes = self.client.count(index=self.alias, body={"query": {"term": {"kind": "quote"}}})
        days = []
        for order in ("asc", "desc"):
            hits = self._search({"size": 1, "_source": ["date"], "sort": [{"date": order}],
                                 "query": {"bool": {"filter": [{"term": {"kind": "article"}},
                                                               {"exists": {"field": "date"}}]}}})
            hits = hits["hits"]["hits"]
            days.append(hits[0]["_source"]["date"] if hits else None)
        return articles["count"], quotes["count"], days[0], days[1]

    def resolve(self, ref: str, corpus_root: str = "") -> str:
        from nato_search.corpus import document_ref, only_match

        ref = document_ref(ref, corpus_root)

        def ids(clause: dict, size: int = 11) -> list[str]:
            body = {"size": size, "_source": ["id"], "sort": [{"id": "asc"}],
                    "query": {"bool": {"filter": [{"term": {"kind": "article"}}, clause]}}}
            return [h["_source"]["id"] for h in self._search(body)["hits"]["hits"]]

        if ids({"term": {"id": ref}}, 1):
            return ref
        matches = ids({"prefix": {"id": ref}}, 1000) or (
            ids({"prefix": {"name": ref}}, 1000) if "/" not in ref else [])
        return only_match(ref, matches, lambda: ids(
            {"wildcard": {"id": {"value": f"*{ref}*", "case_insensitive": True}}}, 10))

    def stored_article(self, doc_id: str) -> tuple[dict, list[dict]]:
        docs = [h["_source"] for h in self._scan({"term": {"doc": doc_id}}, True)]
        article = next(d for d in docs if d.get("kind") == "article")
        quotes = sorted((d for d in docs if d.get("kind") == "quote"),
                        key=lambda d: int(d["id"].rsplit("#", 1)[1]))
        return article, quotes

    def describe(self) -> dict:
        with self._errors():
            concrete = self._concrete()
            stats = self.client.indices.stats(index=self.alias, metric="store")
            mapping = self.client.indices.get_mapping(index=self.alias)
            skipped = self.client.count(index=self.alias,
                                        body={"query": {"term": {"kind": "skipped"}}})["count"]
        size = stats.get("_all", {}).get("primaries", {}).get("store", {}).get("size_in_bytes", 0)
        meta = next(iter(mapping.values()), {}).get("mappings", {}).get("_meta", {})
        return {"index": f"{self.spec.url}/{self.alias} ({', '.join(concrete)})",
                "index_bytes": size, "built": meta.get("built"), "skipped": skipped,
                "cache": "", "cache_bytes": 0}


# ---------------------------------------------------------------------------------------------
# Highlights


_WORD_RE = re.compile(_TOKEN)


def highlight_spans(tree: querylang.Node, text: str, fields: set, near=None
                    ) -> list[tuple[int, int, str]]:
    """(start, end, term) of the words of `text` the tree's positive leaves match, found as the
    Whoosh engine finds them (`searching.token_spans`, with the same analysis); `near(fuzzy)`
    gives the stems a `word~` stands for in the index."""
    from nato_search.engines.whoosh.searching import _analysed, token_spans
    from nato_search.speakers import fold
    from nato_search.text import edit_distance

    terms: set[str] = set()
    patterns, fuzzies = [], []
    for leaf, negated in querylang.walk(tree):
        if negated or not isinstance(leaf, querylang.LEAVES) or leaf.field not in fields:
            continue
        if isinstance(leaf, querylang.Word | querylang.Phrase):
            terms.update(t for t in (_analysed(m.group(0)) for m in _WORD_RE.finditer(leaf.text)) if t)
        elif isinstance(leaf, querylang.Pattern):
            patterns.append(leaf.pattern)
        elif isinstance(leaf, querylang.Fuzzy):
            fuzzies.append(leaf)
            terms.update(t for t in (_analysed(leaf.text),) if t)
            if near is not None:
                terms.update(near(leaf))
    if patterns or fuzzies:
        for m in _WORD_RE.finditer(text):
            word = fold(m.group(0))
            if any(fnmatch.fnmatchcase(word, p) for p in patterns) or any(
                    word[:f.prefixlength] == fold(f.text)[:f.prefixlength]
                    and edit_distance(word, fold(f.text)) <= f.maxdist for f in fuzzies):
                stem = _analysed(m.group(0))
                if stem:
                    terms.add(stem)
    return token_spans(text, terms)


def _share(article_id: str, parts: int) -> int:
    """Which of `parts` shares an article belongs to: by a hash of its id, so that every
    machine agrees without talking to the others."""
    return int(hashlib.blake2b(article_id.encode("utf-8", "surrogateescape"),
                               digest_size=8).hexdigest(), 16) % parts


def _parse(text: str, filters) -> querylang.Node:
    """The query's tree, its `speaker:` words read as `--speaker` reads them."""
    tree = querylang.parse(text)
    if filters.speakers_asked:
        tree = querylang.with_speakers(
            tree, {asked: (names, keys) for asked, names, keys in filters.speakers_asked})
    return tree


def _path(root: str, doc_id: str) -> str:
    return os.path.join(root, *doc_id.split("/")) if root else doc_id


def _date(value):
    from datetime import date

    return date.fromisoformat(value) if value else None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
