"""The reading stage per article, and counting speakers at scale.

    python benchmarks/bench_reading.py [--runs 3] [--speakers 5000]

Reading: each Wikinews fixture (tests/fixtures/wikinews-2019, ~2.3 KB of text each) read as
indexing reads it (cleaning, metadata, quotations), best of `--runs`; the quotation stage is
also timed alone. CPU time (other processes on the machine count less). Target (issue 12):
the whole reading stage <= 4 ms per real article.

Speakers: `speakers.tally` over quotation rows of N distinct speakers, a quarter of them known
by a surname alone ("Kishida" beside "Fumio Kishida"), as `stats` and `speakers` count them.
It must grow linearly with N (issue 13, item 25: it compared every pair).

Worst case: a text that is one long run of short quotations with no full stop (a list pasted
from a spreadsheet, a chat log), read at 12 KB and at 48 KB. Reading must grow linearly with
the text (x4 for four times the text); it grew with its square (x16: minutes for 40 KB) when
each quotation's cue was looked for in the whole "sentence" before it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nato_search.pipeline import article_from_text  # noqa: E402
from nato_search.quotes import extract_quotes  # noqa: E402
from nato_search.speakers import Aliases, tally  # noqa: E402


def reading(runs: int) -> tuple[int, float, float]:
    paths = sorted((ROOT / "tests" / "fixtures" / "wikinews-2019").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    bodies = [article_from_text(p.name, str(p), t).body for p, t in zip(paths, texts, strict=True)]
    whole = quotes = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        for p, t in zip(paths, texts, strict=True):
            article_from_text(p.name, str(p), t)
        t1 = time.process_time()
        for body in bodies:
            extract_quotes(body)
        t2 = time.process_time()
        whole, quotes = min(whole, t1 - t0), min(quotes, t2 - t1)
    return len(paths), whole / len(paths) * 1000, quotes / len(paths) * 1000


def speaker_rows(n: int) -> list[dict]:
    rng = random.Random(12)
    rows = []
    for i in range(n):
        full = f"Given{i} Family{i}"
        name = f"Family{i}" if i % 4 == 0 else full
        for _ in range(rng.randint(1, 6)):
            rows.append({"speaker": name, "doc": f"d{rng.randrange(n)}", "role": None,
                         "date": f"2024-{rng.randint(1, 12):02d}-01"})
        if i % 4 == 0:
            rows.append({"speaker": full, "doc": "d0", "role": "minister", "date": "2024-01-01"})
    return rows


def worst_case(size: int, run: str = '"Aa," ') -> float:
    text = "A list\n\n" + run * (size // len(run))
    t0 = time.process_time()
    article_from_text("worst.txt", "worst.txt", text)
    return time.process_time() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--speakers", type=int, default=5000)
    args = parser.parse_args()
    n, whole, quotes = reading(args.runs)
    print(f"| reading, {n} Wikinews articles | {whole:.2f} ms an article | quotations alone "
          f"{quotes:.2f} ms |")
    # (the second with a cue after each; the third with straight single marks that never close)
    for run in ('"Aa," ', '"Aa," he said, ', '"He said \'she said "they said \''):
        small, large = worst_case(12_000, run), worst_case(48_000, run)
        print(f"| worst case: {run!r} repeated, no stop, 12 KB / 48 KB | {small:.2f} s / "
              f"{large:.2f} s | x{large / small:.1f} for x4 the text |")
    for size in (args.speakers // 4, args.speakers, args.speakers * 4):
        rows = speaker_rows(size)
        t0 = time.process_time()
        counted = tally(rows, Aliases())
        took = time.process_time() - t0
        print(f"| speakers.tally, {size} speakers ({len(rows)} quotations) | {took * 1000:.0f} ms "
              f"| {len(counted)} people |")


if __name__ == "__main__":
    main()
