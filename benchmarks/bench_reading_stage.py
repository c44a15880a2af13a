"""The reading stage's CPU per article, part by part, for this tree and another revision.

    python benchmarks/make_real_corpus.py /tmp/realc --articles 2000   # once
    python benchmarks/bench_reading_stage.py /tmp/realc [--against REV] [--rounds 5]

Cleaning, metadata and quotations, timed apart (time.process_time of one process, which other
work on a shared machine disturbs less than wall time) on the same files; the two trees take
turns round by round, so a busy spell slows both. Prints the best round of each, in
milliseconds an article, and the ratio: the issue's goal (4 ms an article) was set on this
corpus on 2026-11-30, when 722d604 (the default baseline) measured 3.7-4.1 ms here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# one round of one tree, in a fresh interpreter (its own imports and caches)
ROUND = textwrap.dedent("""
    import inspect, json, sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from nato_search.cleaning import clean_blocks
    from nato_search.corpus import read_text, split_front_matter
    from nato_search.metadata import extract_metadata
    from nato_search.quotes import extract_quotes
    titled = len(inspect.signature(extract_quotes).parameters) > 1  # (older trees: no title)
    paths = sorted(Path(sys.argv[2]).rglob("*.txt"))[:int(sys.argv[3])]
    fronts = [split_front_matter(read_text(str(p))) for p in paths]
    t0 = time.process_time()
    cleaned = [clean_blocks(rest) for _, rest in fronts]
    t1 = time.process_time()
    metas = [extract_metadata(c, front) for c, (front, _) in zip(cleaned, fronts)]
    t2 = time.process_time()
    for c, m in zip(cleaned, metas):
        extract_quotes(c.body, m.title or "") if titled else extract_quotes(c.body)
    t3 = time.process_time()
    n = len(paths)
    print(json.dumps({"cleaning": (t1 - t0) / n * 1000, "metadata": (t2 - t1) / n * 1000,
                      "quotations": (t3 - t2) / n * 1000}))
""")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a folder of .txt articles (make_real_corpus.py)")
    ap.add_argument("--against", default="722d604", help="the revision to compare with")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as old:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", a.against, "nato_search"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", old], input=archive, check=True)
        trees = {a.against: old, "this tree": str(REPO)}
        best: dict[str, dict[str, float]] = {label: {} for label in trees}
        for _ in range(a.rounds):
            for label, root in trees.items():
                out = subprocess.run([sys.executable, "-c", ROUND, root, str(a.corpus),
                                      str(a.articles)], capture_output=True, text=True,
                                     check=True).stdout
                for part, ms in json.loads(out).items():
                    best[label][part] = min(best[label].get(part, float("inf")), ms)
    print(f"{'part':12} {a.against:>10}  {'this tree':>10}  ratio")
    for part in ("cleaning", "metadata", "quotations"):
        then, now = best[a.against][part], best["this tree"][part]
        print(f"{part:12} {then:>8.2f}ms  {now:>8.2f}ms  {now / then:.2f}")
    then, now = sum(best[a.against].values()), sum(best["this tree"].values())
    print(f"{'total':12} {then:>8.2f}ms  {now:>8.2f}ms  {now / then:.2f}")


if __name__ == "__main__":
    main()
