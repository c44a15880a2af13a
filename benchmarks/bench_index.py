"""Indexing at scale: full build, incremental refreshes, queries, peak memory.

    python benchmarks/bench_index.py --articles 20000 [--keep DIR]

Every figure is a ratio against a baseline measured in the same run: the standard library's
sqlite3 FTS5 indexing the same files read from disk, and `sqlite-utils search` on that table.
Targets (issue 5): build <= 4 x FTS5; cold CLI query <= 1.0 x sqlite-utils; in-process query
with snippets p50 <= 10 ms; no-change refresh <= 3 % and +100 articles <= 10 % of a full
build; peak memory <= 300 MB at 100,000 articles.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import fts5_build, median_seconds, query_latencies, run_measured, tool

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import write_corpus  # noqa: E402

QUERIES = ["Kishida", "NATO summit", '"liaison office"', "cooperat*", "Stoltenberg Ukraine",
           "security NOT China", "Korea OR Japan", "hurricane", "election fraud", "Putin"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="nato-bench-"))
    corpus, index, db = work / "corpus", work / "index", work / "fts5.db"
    if not corpus.exists():
        t = time.perf_counter()
        write_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles written in {time.perf_counter() - t:.1f}s")
    env = dict(os.environ)
    ns = tool("nato-search")
    where = ["--corpus", str(corpus), "--index", str(index)]

    fts = fts5_build(corpus, db)
    full, rss, pss = run_measured([ns, "index", "--rebuild", *where, "--format", "json"], env)
    print(f"{'full build, sqlite3 FTS5 (baseline)':44} {fts:8.2f}s")
    print(f"{'full build, nato-search':44} {full:8.2f}s  {full / fts:6.1f} x FTS5  "
          f"{full / args.articles * 1000:.2f} ms/article")
    print(f"{'peak memory of the build, all processes':44} {pss:6.0f} MB PSS  ({rss:.0f} MB "
          f"summing RSS, which counts pages shared by forked processes once per process)")

    same, *_ = run_measured([ns, "index", *where, "--format", "json"], env)
    print(f"{'refresh, nothing changed':44} {same:8.2f}s  {same / full * 100:6.2f} % of full")
    write_corpus(corpus, 100, start=args.articles)
    added, *_ = run_measured([ns, "index", *where, "--format", "json"], env)
    print(f"{'refresh, 100 articles added':44} {added:8.2f}s  {added / full * 100:6.2f} % of full")

    su = shutil.which("sqlite-utils") or str(Path(sys.executable).parent / "sqlite-utils")
    if os.path.exists(su):
        # sqlite-utils prints every match unless told otherwise; nato-search the ten best
        every = median_seconds([su, "search", str(db), "articles", "Kishida"], 7, 1)
        base = median_seconds([su, "search", str(db), "articles", "Kishida", "--limit", "10"], 7, 1)
        cold = median_seconds([ns, "query", "Kishida", *where, "--format", "jsonl"], 7, 1)
        print(f"{'cold CLI query, sqlite-utils search':44} {every * 1000:7.0f}ms")
        print(f"{'cold CLI query, sqlite-utils search --limit 10':44} {base * 1000:7.0f}ms")
        print(f"{'cold CLI query, nato-search --format jsonl':44} {cold * 1000:7.0f}ms  "
              f"{cold / every:6.2f} x sqlite-utils, {cold / base:6.2f} x with --limit 10")

    p50, p90 = query_latencies(corpus, index, QUERIES)
    print(f"{'in-process query with snippets, p50':44} {p50:7.1f}ms  p90 {p90:.1f}ms")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
