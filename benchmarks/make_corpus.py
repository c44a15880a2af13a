"""Write a deterministic corpus of realistic news articles for benchmarks.

    python benchmarks/make_corpus.py OUT_DIR --articles 20000 [--seed 7]

Articles are assembled from the sentences of the seed articles and of the Wikinews fixtures
(CC BY 2.5, see tests/fixtures/wikinews-2019/CREDIT.md). Each generated article has a topic,
one of the source articles, chosen with a Zipf-like preference (a few stories are written about
again and again, most rarely), and is made of a headline, a date line or a wire dateline, and 6
to 16 paragraphs: about three sentences in four from its topic's article, the rest from all
sentences, again with a Zipf-like preference (so some sentences, and their words, are common and
most are rare); then 1 to 4 quotations with speakers and some site furniture. The orders that
the preferences follow are shuffled once, with the seed, so that no group of sources (the seeds
come first on disk) dominates. The same arguments always give the same files, so figures can be
reproduced anywhere.
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "wikinews-2019"]

SPEAKERS = [
    ("Prime Minister", "Fumio Kishida"), ("Defense Minister", "Gen Nakatani"),
    ("Secretary-General", "Jens Stoltenberg"), ("Secretary-General", "Mark Rutte"),
    ("President", "Yoon Suk Yeol"), ("Prime Minister", "Anthony Albanese"),
    ("Prime Minister", "Christopher Luxon"), ("spokesman", "Wang Wenbin"),
    ("spokeswoman", "Mao Ning"), ("Foreign Minister", "Penny Wong"),
    ("Defence Minister", "Richard Marles"), ("Foreign Minister", "Winston Peters"),
    ("President", "Volodymyr Zelensky"), ("Prime Minister", "Shigeru Ishiba"),
]
CITIES = ["TOKYO", "SEOUL", "CANBERRA", "WELLINGTON", "BRUSSELS", "WASHINGTON", "BEIJING", "KYIV"]
AGENCIES = ["Reuters", "AP", "AFP", "Kyodo", "Yonhap"]
FURNITURE = ["Share this article", "WhatsApp Channel Join Now", "Subscribe to our newsletter",
             "Related Posts", "Leave a Comment", "Advertisement"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def load_sources(seed: int = 7) -> list[tuple[str, list[str]]]:
    """(headline, sentences) of each seed and fixture article, in a shuffled order."""
    sources: list[tuple[str, list[str]]] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
            lines = [line for line in lines if line]
            if not lines:
                continue
            sentences = []
            for line in lines[1:]:
                if len(line.split()) < 12:
                    continue
                for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
                    if 6 <= len(s.split()) <= 60 and '"' not in s and "“" not in s:
                        sentences.append(s)
            if sentences:
                sources.append((lines[0], sentences))
    random.Random(seed).shuffle(sources)
    return sources


def zipf_pick(rng: random.Random, items: list, s: float = 1.1):
    """Pick an item, earlier ones far more often (rank-frequency ~ 1/rank^s)."""
    n = len(items)
    u = rng.random()
    rank = int((n ** (1 - s) * u + (1 - u)) ** (1 / (1 - s))) if s != 1 else int(n ** u)
    return items[min(max(rank - 1, 0), n - 1)]


def make_article(rng: random.Random, n: int, sources: list[tuple[str, list[str]]],
                 everything: list[str]) -> str:
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
    headline, topic = zipf_pick(rng, sources, 1.01)

    def sentence() -> str:
        return rng.choice(topic) if rng.random() < 0.75 else zipf_pick(rng, everything)

    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(FURNITURE))
    parts.append(f"{headline} ({n})")
    wire = rng.random() < 0.5
    if not wire:
        parts.append(f"{day.strftime('%A')}, {MONTHS[day.month - 1]} {day.day}, {day.year}")
    paragraphs = []
    for p in range(rng.randint(6, 16)):
        text = " ".join(sentence() for _ in range(rng.randint(1, 4)))
        if p == 0 and wire:
            text = (f"{rng.choice(CITIES)}, {MONTHS[day.month - 1]} {day.day}, {day.year} "
                    f"({rng.choice(AGENCIES)}) - {text}")
        paragraphs.append(text)
    for _ in range(rng.randint(1, 4)):
        role, name = rng.choice(SPEAKERS)
        words = sentence().rstrip(".")
        shape = rng.random()
        if shape < 0.4:
            quote = f"“{words},” {name.split()[-1]} said."
        elif shape < 0.7:
            quote = f"“{words},” said {role} {name}."
        else:
            quote = f"{role} {name} said: “{words}.”"
        paragraphs.insert(rng.randint(1, len(paragraphs)), quote)
    parts += paragraphs
    if rng.random() < 0.5:
        parts += ["Related Posts"] + [zipf_pick(rng, sources)[0] for _ in range(3)]
    return "\n\n".join(parts) + "\n"


def write_corpus(out: Path, articles: int, seed: int = 7, start: int = 0) -> None:
    """Write articles numbered start .. start+articles-1, 500 to a folder."""
    sources = load_sources(seed)
    everything = [s for _, sentences in sources for s in sentences]
    random.Random(seed + 1).shuffle(everything)
    for n in range(start, start + articles):
        rng = random.Random(seed * 1_000_003 + n)  # each article stands alone: reproducible
        folder = out / f"batch-{n // 500:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article-{n:06d}.txt").write_text(
            make_article(rng, n, sources, everything), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()
    write_corpus(args.out, args.articles, args.seed, args.start)


if __name__ == "__main__":
    main()
