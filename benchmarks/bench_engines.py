"""The two engines in the same run: build rate, cold and warm query latency (issue 15).

    url=$(.ci/opensearch/start.sh)
    python benchmarks/bench_engines.py --engine opensearch+$url --articles 20000 [--keep DIR]

Both engines index the same real-text corpus (make_real_corpus.py) with `nato-search index
--rebuild` (the same reading pipeline; the Whoosh engine into a folder, the OpenSearch engine
into a one-node cluster), then answer the same queries: cold is a fresh `nato-search query
--no-refresh` process (start-up, connection, search, snippets), warm is in-process queries after
one to warm up (p50 and p90). CPU seconds are nato-search's own processes: the cluster's JVM
works besides, on the same cores, and is not counted there.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from bench_real import QUERIES, measured  # noqa: E402
from common import query_latencies, tool  # noqa: E402
from make_real_corpus import DEFAULT_SHARED, write_corpus  # noqa: E402


def cold(corpus: Path, queries: list[str], where: list[str], env: dict) -> float:
    """Median wall ms of a fresh process per query."""
    times = []
    for q in queries:
        wall, *_ = measured([tool("nato-search"), "query", q, "--corpus", str(corpus), "--no-refresh",
                             "--format", "jsonl", *where], env)
        times.append(wall * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", required=True, help="opensearch+http://HOST:PORT")
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--keep", type=Path, help="a folder to keep the corpus in (reused)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    import os

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-engines-"))
    corpus = root / f"corpus-{args.articles}"
    if not corpus.exists():
        write_corpus(corpus, args.articles, shared=args.shared)
    env = dict(os.environ, NATO_SEARCH_ENGINE="whoosh")
    index = root / f"whoosh-{args.articles}"
    engine = f"{args.engine.rstrip('/')}/bench-{uuid.uuid4().hex[:8]}"
    out: dict = {"articles": args.articles}
    for name, where, kwargs in (("whoosh", ["--index", str(index)], {"index": index}),
                                ("opensearch", ["--engine", engine], {"engine": engine})):
        wall, rss, pss, cpu = measured([tool("nato-search"), "index", "--rebuild", "--corpus",
                                        str(corpus), *where], env)
        p50, p90 = query_latencies(corpus, kwargs.get("index"), QUERIES, no_refresh=True,
                                   engine=kwargs.get("engine"))
        out[name] = {"build_s": round(wall, 1), "articles_per_s": round(args.articles / wall, 1),
                     "cpu_s": round(cpu, 1), "peak_pss_mb": round(pss),
                     "cold_query_ms": round(cold(corpus, QUERIES, where, env)),
                     "warm_p50_ms": round(p50, 1), "warm_p90_ms": round(p90, 1)}
        print(name, out[name], flush=True)
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[engine.split("+", 1)[1].rsplit("/", 1)[0]])
    client.indices.delete(index=engine.rsplit("/", 1)[1] + "*", ignore_unavailable=True)
    client.close()
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
