"""Indexing real articles: our build against bare Whoosh and SQLite FTS5, in the same run.

    python benchmarks/bench_real.py --articles 20000 [--keep DIR] [--jobs N] [--shared DIR]

The corpus comes from make_real_corpus.py (real articles copied with variations). Measured, on
the same files and in the same run:

- full build with the standard library's sqlite3 FTS5 (the files read from disk);
- full build with bare Whoosh: StemmingAnalyzer on title and body, both stored,
  `procs=2, multisegment=True` (the engine we feed, with nothing of ours around it);
- full build with `nato-search index --rebuild` (wall time and peak memory of all processes);
- the reading stage alone, on one core: corpus read + cleaning + metadata + quotations per
  article, through nato_search.pipeline (a sample of up to 2,000 articles);
- refreshes (nothing changed; 100 articles added), cold CLI queries against
  `sqlite-utils search`, and in-process queries with snippets.

Targets (issue 14): reading <= 4 ms an article; build <= 2 x bare Whoosh at 20k; cost per
article flat from 5k to 100k (within 20 %); peak memory <= 300 MB at 100k; cold query at 20k no
slower than before, in-process p50 <= 10 ms. `--json FILE` appends the figures as one line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import fts5_build, median_seconds, query_latencies, run_measured, tool  # noqa: E402
from make_real_corpus import DEFAULT_SHARED, write_corpus  # noqa: E402

QUERIES = ["police", "election results", '"prime minister"', "climat*", "government NOT court",
           "China OR Japan", "hurricane", "football", "president said", "protest*"]


def children_cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far, theirs included.
    On a machine shared with other work, CPU time varies far less than wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measured(cmd: list[str], env: dict) -> tuple[float, float, float, float]:
    """(wall s, peak RSS MB, peak PSS MB, CPU s) of a command and all its processes."""
    cpu = children_cpu()
    wall, rss, pss = run_measured(cmd, env)
    return wall, rss, pss, children_cpu() - cpu


def bare_whoosh(corpus: Path, index: Path, procs: int = 2) -> None:
    """Index the corpus with Whoosh alone: title (the first line) and body, stemmed, stored."""
    from whoosh import index as whoosh_index
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    if index.exists():
        shutil.rmtree(index)
    index.mkdir(parents=True)
    schema = Schema(id=ID(stored=True, unique=True),
                    title=TEXT(analyzer=StemmingAnalyzer(), stored=True),
                    body=TEXT(analyzer=StemmingAnalyzer(), stored=True))
    ix = whoosh_index.create_in(str(index), schema)
    writer = ix.writer(procs=procs, multisegment=True)
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        title = text.lstrip().split("\n", 1)[0]
        writer.add_document(id=str(path.relative_to(corpus)), title=title, body=text)
    writer.commit()


def _forget_lines() -> None:
    """Empty cleaning's memory of the lines it has measured (a process's later pages find a
    site's menus there), so that each pass starts as a fresh process would."""
    from nato_search import cleaning

    getattr(cleaning, "_shared_lines", {}).clear()  # (older checkouts have none)


def reading_stage(corpus: Path, sample: int = 2000) -> dict[str, float]:
    """Milliseconds an article, on one core: read + clean + metadata + quotations, and parts.

    Timed in CPU time of this process (it runs on one core), which other work on a shared
    machine disturbs far less than wall time."""
    clock = time.process_time
    from nato_search import pipeline
    from nato_search.corpus import read_text, split_front_matter

    paths = sorted(corpus.rglob("*.txt"))
    paths = paths[::max(1, len(paths) // sample)][:sample]
    parts = {"read": 0.0, "cleaning": 0.0, "metadata": 0.0, "quotations": 0.0}
    total = 0.0
    _forget_lines()
    for path in paths:
        t0 = clock()
        text = read_text(str(path))
        t1 = clock()
        pipeline.article_from_text(path.name, str(path), text)
        t2 = clock()
        total += t2 - t0
        parts["read"] += t1 - t0
    # the parts, one by one, in a second pass that starts as cold as the first: run right
    # after the whole, an article's parts would find its own lines measured already
    # (the names pipeline uses; skipped if they change)
    _forget_lines()
    for path in paths:
        text = read_text(str(path))
        try:
            front, rest = split_front_matter(text)
            a = clock()
            cleaned = pipeline.clean_blocks(rest)
            b = clock()
            pipeline.extract_metadata(cleaned, front)
            c = clock()
            pipeline.extract_quotes(cleaned.body)
            d = clock()
            parts["cleaning"] += b - a
            parts["metadata"] += c - b
            parts["quotations"] += d - c
        except (AttributeError, TypeError):
            pass
    n = len(paths)
    out = {"reading": total / n * 1000, "sample": n}
    out.update({k: v / n * 1000 for k, v in parts.items()})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--jobs", type=int, help="pass --jobs N to nato-search index")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--json", type=Path, help="append the figures to this file")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--bare-whoosh", nargs=2, type=Path, metavar=("CORPUS", "INDEX"),
                        help=argparse.SUPPRESS)  # the child process of the bare Whoosh build
    args = parser.parse_args()
    if args.bare_whoosh:
        bare_whoosh(*args.bare_whoosh)
        return

    work = args.keep or Path(tempfile.mkdtemp(prefix="nato-real-"))
    corpus, index, db = work / "corpus", work / "index", work / "fts5.db"
    fig: dict = {"articles": args.articles, "cores": os.cpu_count(),
                 "load_before": os.getloadavg()[0]}
    if not corpus.exists():
        t = time.perf_counter()
        counts = write_corpus(corpus, args.articles, shared=args.shared)
        print(f"corpus: {counts} written in {time.perf_counter() - t:.1f}s")
    size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
    fig["kb_per_article"] = size / args.articles / 1024
    print(f"{'corpus':44} {args.articles} articles, {fig['kb_per_article']:.1f} KB on average")
    env = dict(os.environ)
    ns = tool("nato-search")
    where = ["--corpus", str(corpus), "--index", str(index)]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []

    cpu = time.process_time()
    fig["fts5"] = fts5_build(corpus, db)
    fig["fts5_cpu"] = time.process_time() - cpu
    fig["whoosh"], _, fig["whoosh_pss"], fig["whoosh_cpu"] = measured(
        [sys.executable, __file__, "--bare-whoosh", str(corpus), str(work / "bare")], env)
    shutil.rmtree(work / "bare", ignore_errors=True)
    fig["build"], rss, fig["build_pss"], fig["build_cpu"] = measured(
        [ns, "index", "--rebuild", *where, *jobs, "--format", "json"], env)
    fig["build_ms"] = fig["build"] / args.articles * 1000
    print(f"{'full build, sqlite3 FTS5':44} {fig['fts5']:8.2f}s  CPU {fig['fts5_cpu']:.2f}s")
    print(f"{'full build, bare Whoosh (procs=2)':44} {fig['whoosh']:8.2f}s  CPU "
          f"{fig['whoosh_cpu']:.1f}s  {fig['whoosh'] / args.articles * 1000:.2f} ms/article, "
          f"{fig['whoosh_pss']:.0f} MB PSS")
    print(f"{'full build, nato-search':44} {fig['build']:8.2f}s  CPU {fig['build_cpu']:.1f}s  "
          f"{fig['build'] / fig['whoosh']:5.2f} x bare Whoosh ({fig['build_cpu'] / fig['whoosh_cpu']:.2f}"
          f" x in CPU)  {fig['build'] / fig['fts5']:5.1f} x FTS5  {fig['build_ms']:.2f} ms/article")
    print(f"{'peak memory of the build, all processes':44} {fig['build_pss']:6.0f} MB PSS "
          f"({rss:.0f} MB summing RSS)")

    reading = reading_stage(corpus)
    fig.update({f"reading_{k}": v for k, v in reading.items()})
    print(f"{'reading stage, one core, per article':44} {reading['reading']:7.2f}ms  (read "
          f"{reading['read']:.2f}, cleaning {reading['cleaning']:.2f}, metadata "
          f"{reading['metadata']:.2f}, quotations {reading['quotations']:.2f}; "
          f"{reading['sample']} articles)")

    fig["refresh_same"], *_ = measured([ns, "index", *where, "--format", "json"], env)
    print(f"{'refresh, nothing changed':44} {fig['refresh_same']:8.2f}s  "
          f"{fig['refresh_same'] / fig['build'] * 100:6.2f} % of full")
    write_corpus(corpus, 100, start=args.articles, shared=args.shared)
    fig["refresh_100"], *_ = measured([ns, "index", *where, *jobs, "--format", "json"], env)
    print(f"{'refresh, 100 articles added':44} {fig['refresh_100']:8.2f}s  "
          f"{fig['refresh_100'] / fig['build'] * 100:6.2f} % of full")

    su = shutil.which("sqlite-utils") or str(Path(sys.executable).parent / "sqlite-utils")
    if not args.skip_queries and os.path.exists(su):
        fts5_build(corpus, db)  # the 100 added articles too
        word = "police"
        fig["su_all"] = median_seconds([su, "search", str(db), "articles", word], 7, 1)
        fig["su_10"] = median_seconds([su, "search", str(db), "articles", word, "--limit", "10"],
                                      7, 1)
        fig["cold"] = median_seconds([ns, "query", word, *where, "--format", "jsonl"], 7, 1)
        print(f"{'cold CLI query, sqlite-utils search':44} {fig['su_all'] * 1000:7.0f}ms")
        print(f"{'cold CLI query, sqlite-utils search --limit 10':44} {fig['su_10'] * 1000:7.0f}ms")
        print(f"{'cold CLI query, nato-search --format jsonl':44} {fig['cold'] * 1000:7.0f}ms  "
              f"{fig['cold'] / fig['su_all']:5.2f} x sqlite-utils, "
              f"{fig['cold'] / fig['su_10']:5.2f} x with --limit 10")
        no_refresh = [ns, "query", word, *where, "--format", "jsonl", "--no-refresh"]
        if subprocess.run(no_refresh, capture_output=True).returncode == 0:
            fig["cold_nr"] = median_seconds(no_refresh, 7, 1)
            print(f"{'cold CLI query, nato-search --no-refresh':44} {fig['cold_nr'] * 1000:7.0f}ms"
                  f"  {fig['cold_nr'] / fig['su_all']:5.2f} x sqlite-utils, "
                  f"{fig['cold_nr'] / fig['su_10']:5.2f} x with --limit 10")

        fig["p50"], fig["p90"] = query_latencies(corpus, index, QUERIES)
        print(f"{'in-process query with snippets, p50':44} {fig['p50']:7.1f}ms  "
              f"p90 {fig['p90']:.1f}ms")
    fig["load_after"] = os.getloadavg()[0]
    print(f"{'load average (1 min) before / after':44} {fig['load_before']:.2f} / "
          f"{fig['load_after']:.2f}")
    if args.json:
        with open(args.json, "a") as fh:
            fh.write(json.dumps(fig) + "\n")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
