"""How long reading a page takes (cleaning and metadata; quotations apart), before and after.

Runs the reader of the working tree and the reader of another revision (default: 91d52b7, the
pattern-list reader) on the same files in one run: the web development set's whole scraped
pages, Wikinews 2019 and the seeds. Run by hand, from the repository:

    python benchmarks/bench_reading_pages.py [--against REV] [--shared ../shared]

Prints the best of five passes, in milliseconds an article, for each reader.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

TIMER = textwrap.dedent("""
    import sys, time, glob
    sys.path.insert(0, sys.argv[1])
    from nato_search.cleaning import clean_blocks
    from nato_search.corpus import split_front_matter
    from nato_search.metadata import extract_metadata
    for name, pattern in zip(sys.argv[2::2], sys.argv[3::2]):
        texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(pattern))]
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for text in texts:
                front, rest = split_front_matter(text)
                extract_metadata(clean_blocks(rest), front)
            best = min(best, time.perf_counter() - start)
        print(f"{name}\\t{len(texts)}\\t{1000 * best / len(texts):.2f}")
""")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", default="91d52b7", help="the revision to compare with")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    a = ap.parse_args()
    sets = ["web-dev pages", f"{a.shared}/corpora/web-dev/articles/*.txt",
            "Wikinews 2019", f"{a.shared}/corpora/wikinews-2019/articles/*.txt",
            "seeds", f"{REPO}/seeds/*.txt"]
    with tempfile.TemporaryDirectory() as old:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", a.against, "nato_search"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", old], input=archive, check=True)
        rows = {}
        for label, root in ((a.against, old), ("this tree", str(REPO))):
            out = subprocess.run([sys.executable, "-c", TIMER, root, *sets], capture_output=True,
                                 text=True, check=True).stdout
            for line in out.splitlines():
                name, count, ms = line.split("\t")
                rows.setdefault((name, count), {})[label] = float(ms)
    print(f"{'set':15} {'files':>5}  {a.against:>10}  {'this tree':>10}  ratio")
    for (name, count), ms in rows.items():
        print(f"{name:15} {count:>5}  {ms[a.against]:>8.2f}ms  {ms['this tree']:>8.2f}ms  "
              f"{ms['this tree'] / ms[a.against]:.2f}")


if __name__ == "__main__":
    main()
