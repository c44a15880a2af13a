"""Helpers shared by the benchmarks: timing commands, peak memory, FTS5 baselines."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The installed command beside this interpreter (nato-search, sqlite-utils)."""
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} is not installed: pip install -e '.[bench]'")
    return found


def median_seconds(cmd: list[str], runs: int = 15, warmup: int = 3, env: dict | None = None) -> float:
    """Median wall time of a command, output discarded."""
    for _ in range(warmup):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _tree(pid: int) -> list[int]:
    """A process and all its descendants, from /proc."""
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB. RSS counts pages shared with forked processes once in
    each of them; PSS divides shared pages among their sharers, so PSS adds up across a tree."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """Run a command; return (wall seconds, peak RSS MB and peak PSS MB of its process tree)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak_rss = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss
        while not done.is_set():
            sizes = [_memory_kb(p) for p in _tree(proc.pid)]
            peak_rss = max(peak_rss, sum(r for r, _ in sizes))
            peak_pss = max(peak_pss, sum(p for _, p in sizes))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {err.decode()[-500:]}")
    return time.perf_counter() - start, peak_rss / 1024, peak_pss / 1024


def fts5_build(corpus: Path, db_path: Path) -> float:
    """Index every .txt file of a corpus, read from disk, into an SQLite FTS5 table."""
    if db_path.exists():
        db_path.unlink()
    start = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.execute("create table articles (id text primary key, body text)")
    # the same table sqlite-utils enable-fts makes, so `sqlite-utils search` can use it
    db.execute("create virtual table [articles_fts] using fts5 ([body], content=[articles])")
    with db:
        for path in sorted(corpus.rglob("*.txt")):
            db.execute("insert into articles (id, body) values (?, ?)",
                       (str(path.relative_to(corpus)), path.read_text(encoding="utf-8")))
        db.execute("insert into [articles_fts] (rowid, [body]) select rowid, [body] from articles")
    db.close()
    return time.perf_counter() - start


def query_latencies(corpus, index, queries: list[str], rounds: int = 5,
                    **options) -> tuple[float, float]:
    """(p50, p90) in milliseconds of in-process queries with snippets, after one to warm up;
    `options` go to Library.open (`engine=...`, `no_refresh=True`)."""
    from nato_search.api import Library

    lib = Library.open(corpus, index, **options)
    lib.query("warm up")
    times = []
    for _ in range(rounds):
        for q in queries:
            t = time.perf_counter()
            lib.query(q, limit=10)
            times.append((time.perf_counter() - t) * 1000)
    lib.close()
    return statistics.median(times), sorted(times)[int(len(times) * 0.9)]
