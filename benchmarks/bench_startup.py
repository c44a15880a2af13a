"""Start-up: one query on the seed corpus with an up-to-date index, against sqlite-utils.

    python benchmarks/bench_startup.py [--runs 15]

Baseline: `sqlite-utils search` over the same five articles in an FTS5 table, the tool a shell
user would otherwise pick. Targets (issue 5): JSON lines <= 0.9 x, Rich <= 1.0 x.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from common import fts5_build, median_seconds, tool

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WHOOSH = "import whoosh.index, whoosh.qparser, whoosh.searching, whoosh.highlight"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="nato-bench-"))
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp / "cache"))
    env.pop("NO_COLOR", None)
    db = tmp / "seeds.db"
    fts5_build(SEEDS, db)
    ns, su = tool("nato-search"), tool("sqlite-utils")
    query = ["query", "liaison office", "--corpus", str(SEEDS)]
    base = median_seconds([su, "search", str(db), "articles", "liaison office"], args.runs)
    rows = [
        ("sqlite-utils search (baseline)", base),
        ("nato-search query --format jsonl", median_seconds([ns, *query, "--format", "jsonl"],
                                                            args.runs, env=env)),
        ("nato-search query --format rich", median_seconds([ns, *query, "--format", "rich"],
                                                           args.runs, env=env)),
        ("nato-search --help", median_seconds([ns, "--help"], args.runs, env=env)),
    ]
    # The floor any Typer CLI searching with Whoosh stands on: its imports, nothing else.
    python = sys.executable
    rows += [(name, median_seconds([python, "-c", code], args.runs)) for name, code in (
        ("floor: python -c pass", "pass"),
        ("floor: import typer", "import typer"),
        ("floor: import whoosh (search modules)", WHOOSH),
        ("floor: import typer + whoosh", "import typer; " + WHOOSH),
    )]
    print(f"{'command':40} {'median':>9} {'ratio':>7}")
    for name, seconds in rows:
        print(f"{name:40} {seconds * 1000:7.0f}ms {seconds / base:7.2f}")


if __name__ == "__main__":
    main()
