"""Build the index and keep it up to date with its corpus, atomically.

Layout of an index folder (created readable by its owner only: Whoosh files hold pickles)::

    INDEX_ROOT/
      NATO_SEARCH_INDEX   marker: this folder belongs to nato-search
      CURRENT             name of the live generation, replaced atomically
      write.lock          held (lockf) by the one process updating the index
      gen-<ns>-<pid>/     a Whoosh index plus manifest.json

Small changes are committed into the live generation: a Whoosh commit writes new segment
files and then renames its table of contents into place, so a reader sees the old index or
the new one, never a mix. A full build (first use, `--rebuild`, a new schema version) is
written into a fresh generation and made live by replacing CURRENT, so a crash leaves the
previous index untouched.

The manifest records each file's fingerprint (size, mtime, ctime) as of the Whoosh generation it
describes; if the two disagree after a crash, the manifest is rebuilt from the index itself.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gc
import hashlib
import json
import os
import pickle
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from nato_search.config import Locations
from nato_search.corpus import (
    MAX_BYTES,
    UNLISTED,
    Entry,
    UnreadableFile,
    allowed_now,
    fingerprint_size,
    scan,
)
from nato_search.engines.whoosh.schema import SCHEMA_VERSION, TALLY_SEPARATOR, build_schema
from nato_search.errors import EmptyCorpus, IndexUnusable
from nato_search.models import Article, Skipped, UpdateReport

MARKER = "NATO_SEARCH_INDEX"
POINTER = "CURRENT"
LOCK = "write.lock"
MANIFEST = "manifest.json"
# the corpus folder the generation holds, in a file of its own: what `--no-refresh` asks before
# each query, which the manifest (a line for every file) would cost tens of ms to tell
CORPUS_NOTE = "corpus.txt"
LOCK_WAIT_SECONDS = 600  # a full build of a large corpus can take minutes; wait that long
WRITER_LIMIT_MB = 32  # measured: 128 and 32 build as fast; 32 peaks ~90 MB lower
# Whoosh copies each part of a compound segment file into memory when it opens it (a BytesIO
# over the whole part), so every query process read the whole index; separate files are read
# only where a search looks.
COMPOUND = False
# A full build writes a new set of segments every this many articles. Measured at 100,000
# articles: one set for the whole build peaked at 373 MB (PSS), sets of 20,000 at 367 MB while
# forked workers still copied what they inherited (see _AfterFork), 254 MB since.
BATCH_ARTICLES = 20_000
# Updates merge small segments (see merge_tiers). Sizes count documents: an article and each
# of its quotations.
MERGE_FACTOR = 10
MERGE_MAX_DOCS = 1_000
MERGE_BUDGET_DOCS = 2_000  # documents merged by one update at most (measured ~2.7 ms each)

Progress = Callable[[int, int], None]
Notice = Callable[[str], None]
WRITER_PROCS_MAX = 4  # Whoosh sub-writers: each writes a segment of its own, and every segment
# costs every query, so more cores beyond this go to extraction only


@dataclass(frozen=True)
class BuildOptions:
    """How a build runs: processes for extraction and Whoosh's writers, and the largest file."""

    jobs: int = 0  # 0: the machine's cores
    max_bytes: int = MAX_BYTES
    # a limit the user set (--max-file-size), which leaves out files indexed under a larger one;
    # the default does not (a query after `index --max-file-size 8MB` keeps what it indexed)
    limit_set: bool = False

    @property
    def leaves_out(self) -> int | None:
        """The size above which indexed files leave the index, if a limit was set."""
        return self.max_bytes if self.limit_set else None

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)


@dataclass
class Manifest:
    """What a generation of the index holds: file fingerprints and files it had to skip."""

    schema: int = SCHEMA_VERSION
    corpus: str = ""
    toc: int = -1  # the Whoosh generation these fingerprints describe
    built: str = ""
    files: dict[str, str] = field(default_factory=dict)  # id -> fingerprint
    skipped: dict[str, list[str]] = field(default_factory=dict)  # id -> [fingerprint, reason]
    digests: dict[str, str] = field(default_factory=dict)  # id -> hash of the file's bytes
    # the generation's own files and their sizes as written: one cut short, overwritten or gone
    # since (a disk failing, a hand slipping) is found before a search trips over it
    sizes: dict[str, int] = field(default_factory=dict)

    def fingerprints(self) -> dict[str, str]:
        seen = dict(self.files)
        seen.update({k: v[0] for k, v in self.skipped.items()})
        return seen


# ---------------------------------------------------------------------------------------------
# The index folder


class IndexFolder:
    """One index folder: its generations, pointer, lock and manifest."""

    def __init__(self, root: Path) -> None:
        self.root = root

    # -- safety ------------------------------------------------------------------------------

    def check_trusted(self) -> None:
        """Refuse a folder we did not create, or one owned by someone else (pickles run code)."""
        try:
            st = self.root.stat()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise IndexUnusable(f"cannot use index folder {self.root}: {exc.strerror}") from None
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            raise IndexUnusable(
                f"index folder {self.root} belongs to another user; refusing to load it",
                "pass --index with a folder of your own")
        # List first, then look for the marker: `create` writes the marker before anything
        # else, so a folder another process is creating right now always passes.
        try:
            empty = not any(self.root.iterdir())
        except OSError as exc:
            raise IndexUnusable(f"cannot read index folder {self.root}: {exc.strerror}",
                                "give yourself access to it (chmod u+rwx), or pass --index "
                                "with another folder") from None
        if not empty and not (self.root / MARKER).exists():
            raise IndexUnusable(
                f"{self.root} is not empty and is not a nato-search index folder",
                "pass --index with a new or empty folder")

    def create(self) -> None:
        """Make the folder (readable by its owner only) unless it exists. A folder that exists
        keeps its mode: it may be the user's own, and the generations inside are private."""
        self.check_trusted()
        try:
            with contextlib.suppress(FileExistsError):
                self.root.parent.mkdir(parents=True, exist_ok=True)
                self.root.mkdir(mode=0o700)
            marker = self.root / MARKER
            if not marker.exists():
                marker.write_text(f"nato-search index, schema {SCHEMA_VERSION}\n")
        except OSError as exc:
            raise IndexUnusable(f"cannot create index folder {self.root}: {exc.strerror}",
                                "pass --index with a folder you can write") from None

    # -- generations ---------------------------------------------------------------------------

    def current(self) -> Path | None:
        """Return the live generation folder, or None when there is none yet."""
        try:
            name = (self.root / POINTER).read_text().strip()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as exc:
            raise IndexUnusable(f"cannot read index folder {self.root}: {exc.strerror}") from None
        if not name or "/" in name or name.startswith("."):
            return None
        path = self.root / name
        return path if path.is_dir() else None

    def new_generation(self) -> Path:
        path = self.root / f"gen-{time.time_ns()}-{os.getpid()}"
        path.mkdir(mode=0o700)
        return path

    def copy_generation(self, generation: Path) -> Path:
        """A new generation holding the files of `generation`, for an update made in several
        commits. Hard links where the file system has them: Whoosh never changes a file it has
        written (a commit writes new files, deletions included), so the two cannot interfere.
        """
        copy = self.new_generation()
        for child in generation.iterdir():
            if child.name == MANIFEST or child.name.endswith("WRITELOCK"):
                continue
            try:
                os.link(child, copy / child.name)
            except OSError:
                shutil.copy2(child, copy / child.name)
        return copy

    def publish(self, generation: Path) -> None:
        """Make `generation` the live index: one atomic rename of the pointer file."""
        tmp = self.root / f".{POINTER}.{os.getpid()}.tmp"
        with open(tmp, "w") as fh:
            fh.write(generation.name + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / POINTER)
        self.remove_stale(keep=generation)

    def remove_stale(self, keep: Path | None) -> None:
        """Delete generations other than `keep`: crashed builds and replaced indexes.

        Called only under the write lock, so no build is in progress in them. A reader that
        still has files of a replaced generation open keeps reading them (POSIX semantics);
        one that has not opened them yet retries with the new pointer.
        """
        for child in self.root.iterdir():
            if child.name.startswith("gen-") and child != keep:
                shutil.rmtree(child, ignore_errors=True)
            elif child.name.startswith(f".{POINTER}.") and child.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    child.unlink()

    # -- locking ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def write_lock(self, on_notice: Notice | None = None,
                   timeout: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
        """Hold the folder's write lock, released by the kernel if we are killed.

        A POSIX record lock (lockf), not flock: forked worker processes do not inherit it, so
        a worker that outlives a killed build cannot keep the index locked.
        """
        try:
            fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise IndexUnusable(f"cannot write in index folder {self.root}: {exc.strerror}",
                                "give yourself access to it (chmod u+rwx), pass --index with "
                                "another folder, or --no-refresh to search it as it is") from None
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if on_notice:
                    on_notice("waiting for another nato-search process to finish updating the index")
                deadline = time.monotonic() + timeout
                while True:
                    time.sleep(0.05)
                    try:
                        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except OSError:
                        if time.monotonic() > deadline:
                            raise IndexUnusable(
                                f"another process has been updating {self.root} for over "
                                f"{int(timeout)} s", "try again when it has finished") from None
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    # -- manifest ------------------------------------------------------------------------------

    @staticmethod
    def read_manifest(generation: Path) -> Manifest | None:
        try:
            raw = json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
            return Manifest(schema=int(raw["schema"]), corpus=str(raw["corpus"]),
                            toc=int(raw["toc"]), built=str(raw.get("built", "")),
                            files=dict(raw["files"]), skipped=dict(raw.get("skipped", {})),
                            digests=dict(raw.get("digests", {})),
                            sizes={str(k): int(v) for k, v in raw.get("sizes", {}).items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    @staticmethod
    def write_manifest(generation: Path, manifest: Manifest) -> None:
        """Write the manifest of a generation whose Whoosh index is closed, recording in
        `manifest.sizes` the sizes of the index's files as they are now."""
        tmp = generation / f".{MANIFEST}.{os.getpid()}.tmp"
        # (Whoosh's own files only: figures kept beside them later change, "derived-*.json")
        manifest.sizes = {e.name: e.stat().st_size for e in os.scandir(generation)
                          if e.name.startswith(("MAIN_", "_MAIN_")) and e.name != "MAIN_WRITELOCK"
                          and e.is_file()}
        data = {"schema": manifest.schema, "corpus": manifest.corpus, "toc": manifest.toc,
                "built": manifest.built, "files": manifest.files, "skipped": manifest.skipped,
                "digests": manifest.digests, "sizes": manifest.sizes}
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, generation / MANIFEST)
        note = generation / f".{CORPUS_NOTE}.{os.getpid()}.tmp"
        note.write_text(manifest.corpus, encoding="utf-8")
        os.replace(note, generation / CORPUS_NOTE)


# ---------------------------------------------------------------------------------------------
# Documents


def article_documents(article: Article, fingerprint: str) -> list[dict]:
    """Return the Whoosh documents for one article: the article itself, then its quotations."""
    day = article.date.isoformat() if article.date else None
    source_key = article.source.casefold() if article.source else None
    speakers = sorted({q.speaker for q in article.quotes if q.speaker})
    # The body field indexes the title too (twice, for weight), so that a query searches one
    # field instead of two: half the postings to walk, measured ~35 % faster at 20,000 articles.
    # What is stored, and shown, is the body alone.
    indexed_body = f"{article.title}\n{article.title}\n{article.body}" if article.title \
        else article.body
    docs = [{
        "kind": "article", "id": article.id, "doc": article.id, "fingerprint": fingerprint,
        "title": article.title, "body": indexed_body, "_stored_body": article.body,
        "url": article.url,
        "date_method": article.date_method, "reader": article.reader, "source": article.source,
        "source_key": source_key, "date": day, "speaker": "\n".join(speakers) or None,
    }]
    for q in article.quotes:
        docs.append({
            "kind": "quote", "id": f"{article.id}#{q.n}", "doc": article.id,
            "quote": q.quote, "quote_kind": q.kind, "speaker": q.speaker,
            "speaker_key": q.speaker.casefold() if q.speaker else None,
            "speaker_as_written": q.speaker_as_written, "role": q.role, "context": q.context,
            "article_title": article.title, "source": article.source,
            "source_key": source_key, "date": day,
            "tally": _tally_value(q.speaker, article.id, q.role, day),
        })
    return [{k: v for k, v in d.items() if v is not None} for d in docs]


def _tally_value(*values: str | None) -> bytes:
    return TALLY_SEPARATOR.join((v or "").replace(TALLY_SEPARATOR, " ") for v in values
                                ).encode("utf-8")


PARALLEL_MIN = 200  # below this, starting worker processes costs more than it saves


class _AfterFork:
    """Set up every forked worker (ours and Whoosh's sub-writers) as it starts: it leaves the
    objects it inherited to the garbage collector of the process that made them, ignores
    Ctrl-C, and dies with the process that started it (a build killed with SIGKILL must not
    leave orphans working on; Linux only)."""

    registered = False

    @classmethod
    def register(cls) -> None:
        if cls.registered:
            return
        import multiprocessing.util

        cls.parent = os.getpid()
        multiprocessing.util.register_after_fork(cls.instance, cls._in_child)
        cls.registered = True

    @staticmethod
    def _in_child(_owner) -> None:
        # A forked worker shares the parent's memory until either writes to a page. The
        # collector's full pass writes into the header of every object it tracks, so each
        # worker copied every page of the parent's objects, the scan's entries among them (a
        # named tuple is never untracked): at 100,000 articles ~25 MB a worker, four workers
        # a batch. Frozen, they are skipped: the worker's collector sees only its own objects.
        gc.freeze()
        # Ctrl-C reaches every process of the terminal's group: only the parent handles it
        # (it cancels the build and ends its workers), so none prints a traceback of its own.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if not sys.platform.startswith("linux"):
            return
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            return
        if os.getppid() != _AfterFork.parent:
            os._exit(1)  # the parent died between fork and prctl


_AfterFork.instance = _AfterFork()


class _InterruptHeld:
    """Hold Ctrl-C back while worker processes are started or ended, and raise it after.

    A KeyboardInterrupt can be raised between any two bytecodes of this process, also inside
    the handlers that run around a fork (logging's, which take and give back its lock) or
    inside a pool's teardown: interrupted there, a lock stays taken and the build hangs at
    exit instead of stopping (seen on Python 3.10). A child forked here also starts with
    this handler, not the one that raises, until it ignores Ctrl-C (`_AfterFork`).
    """

    def __enter__(self) -> _InterruptHeld:
        self.caught = False
        self.previous = None
        import threading

        if threading.current_thread() is threading.main_thread():  # (handlers are set there)
            previous = signal.getsignal(signal.SIGINT)
            if previous is signal.default_int_handler:  # not ignored, not the caller's own
                self.previous = signal.signal(signal.SIGINT, self._catch)
        return self

    def _catch(self, _signum, _frame) -> None:
        self.caught = True

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
        if self.caught and exc_type is None:
            raise KeyboardInterrupt


CHUNK = 16


Parsed = tuple[Entry, "Article | None", "str | None", "str | None"]


def file_digest(path: str) -> str | None:
    """A hash of a file's bytes: a file touched but not changed need not be read again."""
    try:
        with open(path, "rb") as fh:
            return hashlib.blake2b(fh.read(), digest_size=16).hexdigest()
    except OSError:
        return None


def _fingerprint_now(path: str) -> str | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def parse_entry(entry: Entry, max_bytes: int = MAX_BYTES) -> Parsed:
    """Run the per-file pipeline on one file: (entry, article or None, why it was skipped,
    hash of the bytes read or None)."""
    from nato_search.pipeline import load_article  # the extractors: only when files changed

    digest = file_digest(entry.path)
    try:
        article, reason = load_article(entry, max_bytes), None
    except UnreadableFile as exc:
        article, reason = None, str(exc)
    except RecursionError:
        article, reason = None, "text too deeply nested to parse"
    if _fingerprint_now(entry.path) != entry.fingerprint:
        digest = None  # changed while we read it: the hash may not be of what was parsed
    return entry, article, reason, digest


def parse_entries(entries: list[Entry], options: BuildOptions = BuildOptions()
                  ) -> Iterator[Parsed]:
    """Run the pipeline over `entries`, in order; in `options.workers` processes when there
    are many.

    Extraction (cleaning, dates, quotations) is pure Python and costs more than Whoosh's own
    indexing, so worker processes extract while this process writes the index.
    """
    import functools

    workers = options.workers
    parse = functools.partial(parse_entry, max_bytes=options.max_bytes)
    if len(entries) < PARALLEL_MIN or workers < 2:
        yield from map(parse, entries)
        return
    import multiprocessing

    # fork where there is one: workers need no re-import of __main__ (which breaks for
    # scripts run from stdin or a notebook) and start at once. The pool is made before any
    # thread of ours exists (the progress bar starts later).
    import threading

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _AfterFork.register()
    # Workers may extract faster than the index is written; without a bound their results
    # would pile up here, and memory grow with the corpus. The pool's feeder thread takes a
    # slot per article and waits when none is free; each article written gives one back.
    slots = threading.Semaphore(CHUNK * workers * 4)
    stop = threading.Event()

    def feed() -> Iterator[Entry]:
        for entry in entries:
            while not slots.acquire(timeout=0.1):
                if stop.is_set():
                    return  # the consumer has gone: let the pool's feeder thread end
            yield entry

    with _InterruptHeld():
        pool = context.Pool(processes=workers)
    try:
        for result in pool.imap(parse, feed(), chunksize=CHUNK):
            slots.release()
            yield result
    finally:
        stop.set()  # before the pool is torn down, which waits for its feeder thread
        # Closed, not terminated: a worker killed while it sends a result keeps the lock of
        # the result queue, and the pool's teardown then waits on it for ever. The workers
        # end once they have read the few articles already handed to them (well under a
        # second).
        with _InterruptHeld():
            pool.close()
            pool.join()


# ---------------------------------------------------------------------------------------------
# Refreshing


@dataclass
class _Plan:
    """What a refresh has to do. Every file seen falls in one of add, update, unchanged and
    skipped (so that the report adds up); `gone` counts the files no longer there."""

    add: list[Entry] = field(default_factory=list)
    update: list[Entry] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)  # ids whose documents go
    gone: int = 0
    gone_skipped: int = 0  # files no longer there that were skipped, not indexed
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)  # not indexed, as before: not re-read
    new_problems: dict[str, str] = field(default_factory=dict)  # id -> reason, not seen before
    retouched: dict[str, str] = field(default_factory=dict)  # id -> new fingerprint, same bytes

    @property
    def changes(self) -> bool:
        return bool(self.add or self.update or self.remove or self.new_problems or self.retouched)


def _plan(entries: dict[str, Entry], problems: dict[str, str], manifest: Manifest,
          max_bytes: int = MAX_BYTES, leaves_out: int | None = None) -> _Plan:
    known = manifest.fingerprints()
    current = {k: e.fingerprint for k, e in entries.items()}
    current.update({k: "!" + reason for k, reason in problems.items()})
    # a limit set (--max-file-size) leaves out files indexed under a larger one
    over = {k for k, fp in current.items()
            if k not in manifest.skipped and fingerprint_size(fp) > leaves_out} \
        if leaves_out is not None else set()
    if current == known and not over and not any(allowed_now(r, fp, max_bytes)
                                                 for fp, r in manifest.skipped.values()):
        # the common case, before every query: compared in one go
        return _Plan(unchanged=len(current) - len(manifest.skipped),
                     skipped=[Skipped(k, v[1], new=False) for k, v in manifest.skipped.items()])
    plan = _Plan()
    for k in sorted(current):
        fingerprint, old = current[k], known.get(k)
        if k in problems:
            if k in manifest.files:
                plan.remove.append(k)  # unreadable since last time: its documents go
            if old == fingerprint:
                plan.skipped.append(Skipped(k, problems[k], new=False))
            else:
                plan.new_problems[k] = problems[k]
            continue
        entry = entries[k]
        if old is None:
            plan.add.append(entry)
        elif k in manifest.skipped:
            reason = manifest.skipped[k][1]
            if old != fingerprint or allowed_now(reason, fingerprint, max_bytes):
                plan.update.append(entry)
            else:
                plan.skipped.append(Skipped(k, reason, new=False))
        elif old == fingerprint and k not in over:
            plan.unchanged += 1
        elif k not in over and (fingerprint_size(old) == fingerprint_size(fingerprint)
                                and k in manifest.digests
                                and file_digest(entry.path) == manifest.digests[k]):
            plan.retouched[k] = fingerprint  # touched, not changed: not read again
            plan.unchanged += 1
        else:
            plan.update.append(entry)
    gone = sorted(known.keys() - current.keys())
    # a folder that cannot be listed now hides its files, which are not gone: kept as they were
    # indexed, never lost for a permission taken away for a while
    unlisted = tuple(k + "/" for k, reason in problems.items() if reason.startswith(UNLISTED))
    if unlisted and (hidden := [k for k in gone if k.startswith(unlisted)]):
        gone = [k for k in gone if not k.startswith(unlisted)]
        for k in hidden:
            if k in manifest.skipped:
                plan.skipped.append(Skipped(k, manifest.skipped[k][1], new=False))
            else:
                plan.unchanged += 1
    # (a file that was skipped, never an article of the index, is no article removed)
    plan.gone = sum(1 for k in gone if k not in manifest.skipped)
    plan.gone_skipped = len(gone) - plan.gone
    plan.remove += gone
    return plan


def _is_usable(manifest: Manifest | None) -> bool:
    return manifest is not None and manifest.schema == SCHEMA_VERSION


def _clear_failed_write(generation: Path, sizes: dict[str, int], toc: int) -> None:
    """Remove what an update that failed in place (a full disk) left in the generation: the
    writer's temporary folder and the segment files no table of contents names. Only while
    the index's table of contents is still the one the manifest describes: a newer one may
    name the new files."""
    try:
        names = [p.name for p in generation.iterdir()]
    except OSError:
        return
    if not sizes or any(n.startswith("_MAIN_") and n != f"_MAIN_{toc}.toc" for n in names):
        return
    for name in names:
        path = generation / name
        with contextlib.suppress(OSError):
            if name == "MAIN.tmp":
                shutil.rmtree(path)
            elif name.startswith("MAIN_") and name != "MAIN_WRITELOCK" and name not in sizes:
                path.unlink()


def _damaged_file(generation: Path, manifest: Manifest) -> str | None:
    """A file of the generation that is not the size the manifest recorded, or is gone; None
    when all are as written (a stat each: cheap enough for every refresh). Not judged when the
    index moved on past the manifest (a crash between the two writes; `_incremental` mends it)."""
    if not manifest.sizes or not (generation / f"_MAIN_{manifest.toc}.toc").exists():
        return None
    for name, size in manifest.sizes.items():
        try:
            if os.stat(generation / name).st_size != size:
                return name
        except OSError:
            return name
    return None


def _manifest_from_index(ix, corpus: Path, old: Manifest | None) -> Manifest:
    """Rebuild the manifest from the fingerprints stored with the articles themselves."""
    files: dict[str, str] = {}
    with ix.searcher() as s:
        for fields_ in s.all_stored_fields():
            if fields_.get("kind") == "article":
                files[fields_["id"]] = fields_.get("fingerprint", "")
    skipped = {k: v for k, v in (old.skipped if old else {}).items() if k not in files}
    return Manifest(corpus=str(corpus), toc=ix.latest_generation(), files=files, skipped=skipped,
                    built=old.built if old else "")


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def refresh(loc: Locations, *, rebuild: bool = False, on_progress: Progress | None = None,
            on_notice: Notice | None = None, options: BuildOptions = BuildOptions()
            ) -> UpdateReport:
    """Bring the index of `loc.corpus` up to date; with `rebuild`, build it anew.

    Cheap when nothing changed: one scan of the corpus and one read of the manifest, no lock.
    """
    started = time.perf_counter()
    folder = IndexFolder(loc.index)
    folder.check_trusted()
    entries, problem_list = scan(loc.corpus)
    problems = dict(problem_list)
    if not entries and not problems:
        raise EmptyCorpus(f"no .txt files in {loc.corpus}",
                          "put articles in it, or pass --corpus with another folder")

    generation = folder.current()
    manifest = folder.read_manifest(generation) if generation else None
    if not rebuild and _is_usable(manifest) and not _damaged_file(generation, manifest) \
            and not _built_for_another(manifest, loc.corpus):
        plan = _plan(entries, problems, manifest, options.max_bytes, options.leaves_out)
        if not plan.changes:
            return UpdateReport(unchanged=plan.unchanged, skipped=plan.skipped,
                                seconds=time.perf_counter() - started)

    folder.create()
    with folder.write_lock(on_notice):
        # Another process may have done the work while we waited for the lock: look again.
        generation = folder.current()
        manifest = folder.read_manifest(generation) if generation else None
        report = UpdateReport()
        if generation is not None and manifest is not None and manifest.schema != SCHEMA_VERSION:
            report.notices.append("the index was written by another version of nato-search; "
                                  "rebuilding it")
            rebuild = True
        damaged = generation is not None and manifest is not None and not rebuild \
            and _damaged_file(generation, manifest)
        if damaged:
            report.notices.append(f"the index was damaged ({damaged} changed since it was "
                                  "written); rebuilding it")
            rebuild = True
        if generation is not None and manifest is not None and not rebuild \
                and _built_for_another(manifest, loc.corpus):
            # (one --index folder given to two corpora: said, not done silently; what the two
            # share is kept, as for a corpus moved)
            report.notices.append(f"the index in {loc.index} was of another corpus "
                                  f"({manifest.corpus}); it now holds {loc.corpus}")
        if rebuild or generation is None:
            _full_build(folder, loc.corpus, entries, problems, report, on_progress, options)
        else:
            _incremental(folder, generation, manifest, loc.corpus, entries, problems, report,
                         on_progress, options)
    report.seconds = time.perf_counter() - started
    return report


def _full_build(folder: IndexFolder, corpus: Path, entries: dict[str, Entry],
                problems: dict[str, str], report: UpdateReport,
                on_progress: Progress | None, options: BuildOptions) -> None:
    from whoosh import index as whoosh_index

    folder.remove_stale(keep=folder.current())  # leftovers of builds that crashed
    generation = folder.new_generation()
    try:
        ix = whoosh_index.create_in(str(generation), build_schema())
        manifest = Manifest(corpus=str(corpus), built=_now())
        _write_in_batches(ix, list(entries.values()), manifest, report, on_progress, options,
                          batch=BATCH_ARTICLES, merge=False)
        for k, reason in problems.items():
            manifest.skipped[k] = ["!" + reason, reason]
            report.skipped.append(Skipped(k, reason))
        manifest.toc = ix.latest_generation()
        ix.close()
        folder.write_manifest(generation, manifest)
        folder.publish(generation)
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    report.rebuilt = True
    report.added = len(manifest.files)


def _build_writer(ix, count: int, options: BuildOptions = BuildOptions()):
    """The writer for `count` articles: Whoosh's own writer processes when there are many.

    With two or more jobs, Whoosh's analysis and posting code runs in sub-writers (as many as
    the jobs, up to WRITER_PROCS_MAX), each with its share of the memory budget, whose segments
    are kept as they are (multisegment) rather than merged at the end of the build. Both
    writers are Whoosh's with a cheaper sort of the postings (`engines.whoosh.writer`).
    """
    from nato_search.engines.whoosh.writer import MpWriter, SegmentWriter

    procs = min(options.workers, WRITER_PROCS_MAX)
    if count < PARALLEL_MIN or procs < 2:
        writer = SegmentWriter(ix, limitmb=WRITER_LIMIT_MB, compound=COMPOUND)
        _new_segment(writer.schema)
        return writer
    _AfterFork.register()
    writer = MpWriter(ix, procs=procs, limitmb=WRITER_LIMIT_MB // procs, multisegment=True,
                      compound=COMPOUND)
    # Whoosh forks its writer processes when the first documents are sent, when the threads of
    # the extraction pool already run; a fork with threads running can deadlock the child
    # (Python 3.12 warns). Started now, they fork before any thread exists.
    while len(writer.tasks) < writer.procs:
        writer._new_task()
    return writer


def _new_segment(schema) -> None:
    """Tell the fields that list each word once per segment that a new segment starts.

    (Whoosh's sub-writer processes read the schema afresh, so only a writer of this process
    needs it: a full build's writers share the schema object it was created with.)"""
    for _, field_type in schema.items():
        if hasattr(field_type, "new_segment"):
            field_type.new_segment()


def _release(writer, committed: bool) -> None:
    """End what Whoosh's writer processes leave behind once a writer is committed or cancelled:
    processes still waiting for work (when no document reached them, or on cancel) and the
    threads of the queues that fed them, which must not outlive the batch (the next one forks)."""
    tasks = getattr(writer, "tasks", None)
    if not tasks:
        return  # a single-process writer
    if not committed:
        # cancelled (an error, Ctrl-C): what they write is thrown away, and the folder they
        # write in is about to be removed under them; end them now
        for task in tasks:
            task.terminate()
    elif not writer._added_sub:  # commit() did not tell them to finish
        for _ in tasks:
            with contextlib.suppress(Exception):  # a full queue: they are terminated below
                writer.jobqueue.put(None, timeout=1)
    for task in tasks:
        task.join(timeout=None if committed else 5)
        if task.is_alive():
            task.terminate()
    for q in (writer.jobqueue, writer.resultqueue):
        q.close()
        if committed:
            q.join_thread()
        else:
            q.cancel_join_thread()


def _incremental(folder: IndexFolder, generation: Path, manifest: Manifest | None, corpus: Path,
                 entries: dict[str, Entry], problems: dict[str, str], report: UpdateReport,
                 on_progress: Progress | None, options: BuildOptions) -> None:
    from whoosh import index as whoosh_index

    try:
        ix = whoosh_index.open_dir(str(generation))
    except Exception:  # a generation Whoosh cannot open is rebuilt, not trusted
        report.notices.append("the index could not be read; rebuilding it")
        _full_build(folder, corpus, entries, problems, report, on_progress, options)
        return
    if manifest is None or manifest.toc != ix.latest_generation():
        manifest = _manifest_from_index(ix, corpus, manifest)
    manifest.corpus = str(corpus)
    plan = _plan(entries, problems, manifest, options.max_bytes, options.leaves_out)
    was_skipped = {e.id for e in plan.update if e.id in manifest.skipped}  # (read before it changes)
    as_written = (dict(manifest.sizes), manifest.toc)  # the files before this update
    target = generation
    counts = UpdateReport()
    try:
        if plan.add or plan.update or plan.remove:
            def delete_old(writer) -> None:
                for doc_id in plan.remove + [e.id for e in plan.update]:
                    writer.delete_by_term("doc", doc_id)
                    manifest.files.pop(doc_id, None)
                    manifest.skipped.pop(doc_id, None)
                    manifest.digests.pop(doc_id, None)

            changed = plan.add + plan.update
            if len(changed) > BATCH_ARTICLES:
                # Too big for one writer's memory: written in batches, a commit each, in a copy
                # of the generation that is published when complete, like a build. Readers
                # never see an update half done.
                ix.close()
                folder.remove_stale(keep=generation)  # leftovers of updates that crashed
                target = folder.copy_generation(generation)
                ix = whoosh_index.open_dir(str(target))
            _write_in_batches(ix, changed, manifest, counts, on_progress, options,
                              batch=BATCH_ARTICLES if target != generation else None,
                              merge=True, first=delete_old)
            manifest.built = _now()
        for k, reason in problems.items():
            manifest.skipped[k] = ["!" + reason, reason]
        manifest.files.update(plan.retouched)
        manifest.toc = ix.latest_generation()
        ix.close()
        folder.write_manifest(target, manifest)
        if target != generation:
            folder.publish(target)
    except BaseException:
        if target != generation:
            ix.close()
            shutil.rmtree(target, ignore_errors=True)
        else:
            _clear_failed_write(generation, *as_written)
        raise
    failed = {s.id for s in counts.skipped}
    # (a file skipped before and read now is added; one indexed before and skipped now, emptied
    # or grown too large, is counted among the skipped: its article left the index)
    report.added = sum(1 for e in plan.add if e.id not in failed) \
        + sum(1 for e in plan.update if e.id in was_skipped and e.id not in failed)
    report.updated = sum(1 for e in plan.update if e.id not in failed and e.id not in was_skipped)
    report.removed = plan.gone
    report.left = len(plan.remove) - plan.gone - plan.gone_skipped \
        + sum(1 for e in plan.update if e.id in failed and e.id not in was_skipped)
    report.unchanged = plan.unchanged
    report.skipped.extend(plan.skipped)
    report.skipped.extend(Skipped(k, reason) for k, reason in plan.new_problems.items())
    report.skipped.extend(counts.skipped)
    report.skipped.sort(key=lambda s: s.id)


def merge_tiers(writer, segments: list) -> list:
    """Whoosh merge policy for updates: merge small segments of like size once there are enough.

    Every refresh that finds changes writes a segment. Whoosh's own policy (MERGE_SMALL) only
    merges runs of tiny segments, so each update of a few dozen articles added a segment for
    good, and every segment costs every query (~0.1 ms). Here segments under MERGE_MAX_DOCS
    live documents are grouped in tiers by the number of digits of their size; in the smallest
    tier with MERGE_FACTOR of them, the smallest are merged into the update's new segment, up
    to MERGE_BUDGET_DOCS in all. A merge costs about what indexing those documents again would
    (~2.7 ms each: ~5 s at most), so the budget bounds the pause a query can meet; larger
    segments (of full builds, and of merges) are never rewritten by an update. A segment whose
    documents are all deleted (its articles changed or removed) is dropped.
    """
    from whoosh.reading import SegmentReader

    live = [segment for segment in segments if segment.doc_count() > 0]
    tiers: dict[int, list] = {}
    for segment in live:
        docs = segment.doc_count()
        if docs < MERGE_MAX_DOCS:
            tiers.setdefault(len(str(docs)), []).append(segment)
    full = [tier for _, tier in sorted(tiers.items()) if len(tier) >= MERGE_FACTOR]
    chosen, total = [], 0
    for segment in sorted(full[0], key=lambda seg: seg.doc_count()) if full else []:
        total += segment.doc_count()
        if total > MERGE_BUDGET_DOCS:
            break
        chosen.append(segment)
    if len(chosen) < 2:
        return live
    for segment in chosen:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return [segment for segment in live if segment not in chosen]


def _write_in_batches(ix, entries: list[Entry], manifest: Manifest, report: UpdateReport,
                      on_progress: Progress | None, options: BuildOptions, *,
                      batch: int | None, merge: bool,
                      first: Callable[[object], None] | None = None) -> None:
    """Index `entries` with one writer (and commit) per `batch` articles (None: one in all).

    A Whoosh writer's memory grows with the segment it writes (its term table above all), so
    a full build is written as several segments, each by a writer of its own; it is published
    only when complete. `first` is given the first writer before any article is added (to
    delete what is replaced).
    """
    batches = max(1, -(-len(entries) // batch)) if batch else 1
    size = max(1, -(-len(entries) // batches))  # batches of even size: no small one at the end
    for start in range(0, len(entries) or 1, size):  # one pass even with nothing to add
        part = entries[start:start + size]
        writer = None
        try:
            with _InterruptHeld():  # (Whoosh's writer processes are started here)
                writer = _build_writer(ix, len(part), options)
            if first is not None and start == 0:
                first(writer)
            _add_entries(writer, part, manifest, report, on_progress, options, start,
                         len(entries))
            writer.commit(mergetype=merge_tiers if merge else None, merge=merge)
        except BaseException:
            if writer is not None:
                with _InterruptHeld():
                    writer.cancel()
                    _release(writer, committed=False)
            raise
        with _InterruptHeld():
            _release(writer, committed=True)


def _add_entries(writer, entries: list[Entry], manifest: Manifest, report: UpdateReport,
                 on_progress: Progress | None, options: BuildOptions, done_before: int,
                 total: int) -> None:
    # closed on the way out, Ctrl-C included: the worker processes end now, not once the
    # traceback that holds this frame is dropped
    with contextlib.closing(parse_entries(entries, options)) as parsed:
        for done, (entry, article, reason, digest) in enumerate(parsed, done_before + 1):
            if digest:
                manifest.digests[entry.id] = digest
            if article is None:
                manifest.skipped[entry.id] = [entry.fingerprint, reason or "unreadable"]
                report.skipped.append(Skipped(entry.id, reason or "unreadable"))
            else:
                for doc in article_documents(article, entry.fingerprint):
                    writer.add_document(**doc)
                manifest.files[entry.id] = entry.fingerprint
                report.notices.extend(f"{entry.id}: {warning}" for warning in article.warnings)
            if on_progress:
                on_progress(done, total)


# ---------------------------------------------------------------------------------------------
# Reading


def open_index(loc: Locations, attempts: int = 5):
    """Open the live generation for reading; retries if a rebuild replaces it meanwhile."""
    from whoosh import index as whoosh_index

    folder = IndexFolder(loc.index)
    folder.check_trusted()
    last_error: Exception | None = None
    for attempt in range(attempts):
        generation = folder.current()
        if generation is None:
            raise IndexUnusable(f"no index in {loc.index}", "run: nato-search index")
        storage = None
        try:
            storage = _mapped_storage(str(generation))
            ix = storage.open_index()
            listed = storage.list()
            if folder.current() == generation and all(
                    f"{seg.segment_id()}.{ext}" in listed
                    for seg in ix._segments() for ext in ("trm", "pst")):
                return ix
            # replaced, or its segments merged, while its files were listed: the listing may
            # have missed files the index needs, which a search would find gone
            raise FileNotFoundError(errno.ENOENT, "index files missing", str(generation))
        except (OSError, whoosh_index.EmptyIndexError) as exc:
            if storage is not None:
                storage.close()
            last_error = exc
            time.sleep(0.02 * (attempt + 1))
        except (ImportError, AttributeError, pickle.UnpicklingError) as exc:
            # its schema was pickled by a build whose classes live elsewhere
            if storage is not None:
                storage.close()
            raise IndexUnusable(f"the index in {loc.index} was written by another build of "
                                f"nato-search ({type(exc).__name__})",
                                "run: nato-search index --rebuild") from None
    raise IndexUnusable(f"cannot open the index in {loc.index}: {last_error}",
                        "run: nato-search index --rebuild")


def _mapped_storage(folder: str):
    """Whoosh's file storage over the files a generation holds when the index is opened, each
    read through a memory map.

    Every file is opened at once: a rebuild that replaces the generation, or an update that
    merges its segments, deletes files, and Whoosh opens some (the stored fields, the columns)
    only when first needed, so a query that had not read one yet failed in mid-search. An open
    file outlives its name. Memory maps: a search touches only the pages it needs, shared with
    other processes through the page cache, without a system call per read (Whoosh reads plain
    files with read() and seek()).
    """
    import io
    import mmap

    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.structfile import StructFile

    class MappedStorage(FileStorage):
        def __init__(self, path: str) -> None:
            self._fds: dict[str, int] = {}  # first: __del__ closes them whatever happens next
            super().__init__(path, readonly=True)
            try:
                for name in os.listdir(path):
                    # a file listed but gone by now: the generation is changing under us, and
                    # open_index tries again
                    self._fds[name] = os.open(os.path.join(path, name),
                                              os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            except OSError:
                self.close()
                raise

        def _fd(self, name: str) -> int:
            if name not in self._fds:
                raise FileNotFoundError(errno.ENOENT, "no such index file", name)
            return self._fds[name]

        def list(self):
            return list(self._fds)

        def file_exists(self, name):
            return name in self._fds

        def file_length(self, name):
            return os.fstat(self._fd(name)).st_size

        def file_modified(self, name):
            return os.fstat(self._fd(name)).st_mtime

        def open_file(self, name, **kwargs):
            fd = self._fd(name)
            if os.fstat(fd).st_size == 0:  # an empty file cannot be mapped
                return StructFile(io.BytesIO(b""), name=name, **kwargs)
            return StructFile(mmap.mmap(fd, 0, access=mmap.ACCESS_READ), name=name, **kwargs)

        def close(self, _close=os.close, _quietly=contextlib.suppress):
            # (bound at definition: at interpreter exit, module globals may be gone)
            fds, self._fds = self._fds, {}
            for fd in fds.values():  # maps made from them stay valid
                with _quietly(OSError):
                    _close(fd)

        def __del__(self):
            self.close()

    return MappedStorage(folder)


def index_size(loc: Locations) -> int:
    """Bytes on disk of the live generation."""
    generation = IndexFolder(loc.index).current()
    if generation is None:
        return 0
    return sum(p.stat().st_size for p in generation.iterdir() if p.is_file())


def built_at(loc: Locations) -> str | None:
    folder = IndexFolder(loc.index)
    generation = folder.current()
    manifest = folder.read_manifest(generation) if generation else None
    return manifest.built if manifest else None


def read_derived(loc: Locations, name: str, key: str) -> dict | None:
    """A figure computed from the live generation and kept beside it (`write_derived`), if it
    was computed for `key` (the generation's state); None when it must be computed again."""
    generation = IndexFolder(loc.index).current()
    if generation is None:
        return None
    try:
        kept = json.loads((generation / f"derived-{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return kept.get(key) if isinstance(kept, dict) else None


def write_derived(loc: Locations, name: str, key: str, data: dict) -> None:
    """Keep a figure computed from the live generation for later commands (a read-only or
    full folder only means it is computed again next time)."""
    generation = IndexFolder(loc.index).current()
    if generation is None:
        return
    path = generation / f"derived-{name}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = {}
    state = key.split(":", 1)[0]  # figures of an older state of the index are dropped
    kept = {k: v for k, v in kept.items() if k.split(":", 1)[0] == state} \
        if isinstance(kept, dict) else {}
    kept[key] = data
    try:
        fd, tmp = tempfile.mkstemp(dir=generation, prefix=f".derived-{name}-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(kept, out)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)


def skipped_count(loc: Locations) -> int:
    folder = IndexFolder(loc.index)
    generation = folder.current()
    manifest = folder.read_manifest(generation) if generation else None
    return len(manifest.skipped) if manifest else 0


def has_index(loc: Locations) -> bool:
    """Whether the index folder holds a usable generation of this corpus (without looking at
    the corpus's files): an index of another corpus is none."""
    folder = IndexFolder(loc.index)
    folder.check_trusted()
    generation = folder.current()
    if generation is None:
        return False
    try:
        corpus = (generation / CORPUS_NOTE).read_text(encoding="utf-8")
    except OSError:
        return True  # (written before the note: taken for this corpus's, as it was then)
    return not corpus or Path(corpus) == Path(loc.corpus)


def _built_for_another(manifest: Manifest, corpus: Path) -> bool:
    """The index was built for another corpus folder than `corpus`."""
    return bool(manifest.corpus) and Path(manifest.corpus) != Path(corpus)


# ---------------------------------------------------------------------------------------------
# The cache of indexes


@dataclass(frozen=True)
class PrunedIndex:
    """An index removed from the cache because its corpus is gone."""

    index: str
    corpus: str
    bytes: int

    def to_dict(self) -> dict:
        return {"index": self.index, "corpus": self.corpus, "bytes": self.bytes}


def cache_folder() -> Path:
    """Where the indexes of corpora without --index live, one folder each."""
    from nato_search.config import cache_root

    return cache_root() / "indexes"


def _folder_bytes(path: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def cache_size() -> int:
    """Bytes of every index in the cache folder."""
    root = cache_folder()
    return _folder_bytes(root) if root.is_dir() else 0


def prune_cache() -> list[PrunedIndex]:
    """Remove the cached indexes whose corpus folder no longer exists.

    Only folders that nato-search made (with its marker) and that no process is updating (the
    write lock is free) are removed; an index with no readable manifest (a first build that
    crashed) is removed too, since nothing can use it.
    """
    root = cache_folder()
    removed: list[PrunedIndex] = []
    if not root.is_dir():
        return removed
    for child in sorted(root.iterdir()):
        folder = IndexFolder(child)
        if not child.is_dir() or child.is_symlink() or not (child / MARKER).exists():
            continue
        try:
            generation = folder.current()
        except IndexUnusable:
            continue
        manifest = folder.read_manifest(generation) if generation else None
        corpus = manifest.corpus if manifest else ""
        if corpus and Path(corpus).is_dir():
            continue
        try:
            fd = os.open(child / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            continue
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # being built or updated right now
            size = _folder_bytes(child)
            shutil.rmtree(child, ignore_errors=True)
            removed.append(PrunedIndex(str(child), corpus, size))
        finally:
            os.close(fd)
    return removed
