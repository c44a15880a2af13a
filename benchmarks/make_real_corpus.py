"""Write a deterministic benchmark corpus made from real articles, copied with variations.

    python benchmarks/make_real_corpus.py OUT_DIR --articles 20000 [--seed 7] [--shared DIR]

The sources are real pages, as a user's corpus holds them:

- "web": the seeds (whole pages scraped from news sites) and `SHARED/corpora/web-dev/articles`
  (63 news and blog pages, whole, furniture and comments included);
- "wire": `SHARED/corpora/wikinews-2019/articles` (171 Wikinews articles: title, date line,
  body), or the copy in tests/fixtures when the shared folder is not there.

SHARED is `../shared` beside the repository (the benchmarks are run by hand; tests never read
it). Each generated article is a copy of one real article of a kind (its base), chosen with a
Zipf-like preference (a few stories are written about again and again), whose head and tail
(everything before its first and after its last paragraph of prose: mastheads, menus, date
lines, comments, footers) are kept as they are, and whose paragraphs of prose are drawn, in
order, from the base and from two or three other articles of the same kind. People and places
are then renamed, consistently within the article, from lists that grow with the corpus: a
person's given name from a list, the surname made of syllables with a Zipf-like preference (a
few people are in the news all the time, most once), a place from a list of real places or a
made-up town. So the vocabulary and the postings grow with the number of articles as they do in a
real corpus (new names keep coming, common words get longer posting lists), while each article
keeps the length, layout, quotations and boilerplate of real text. Dates in the text are moved
to other years. The same arguments always write the same files.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"



def _words(text: str) -> list[str]:
    return text.split()


# Given names that start a person's name in the sources (a person is one of these followed by
# one or two capitalised words); the surname is what gets renamed.
GIVEN = _words("""Aaron Abdul Adam Ahmed Alan Alexander Ali Alice Amanda Andrew Angela Anna Anne Anthony
Barack Ben Benjamin Bernie Bill Bob Boris Brian Carlos Catherine Charles Chris Christopher Daniel
David Donald Edward Elizabeth Emmanuel Emily Eric Fumio Gen George Hillary Ian Jack James Jane
Jason Jean Jeff Jennifer Jens Jeremy Jim Joe John Jonathan Joseph Juan Julia Justin Karen Kevin
Kim Laura Lee Li Lisa Luis Mao Marco Maria Mark Martin Mary Matt Matthew Michael Mike Mohammed
Narendra Nancy Nicolas Nicola Olaf Paul Penny Peter Rachel Richard Robert Ryan Sam Sarah Scott
Sergei Shigeru Shinzo Stephen Steve Susan Theresa Thomas Tim Tom Tony Vladimir Volodymyr Wang
William Xi Yoon""")
SYLLABLES = _words("""ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne
ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo an el in or ur ash enk
ost ov ski berg ton ley son ford wick""")
PLACES = _words("""Afghanistan Algeria Argentina Australia Austria Bangladesh Belgium Brazil Bulgaria
Cambodia Canada Chile China Colombia Croatia Cuba Denmark Egypt Estonia Ethiopia Finland France
Germany Ghana Greece Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan
Kenya Korea Latvia Lebanon Libya Lithuania Malaysia Mexico Mongolia Morocco Nepal Netherlands
Nigeria Norway Pakistan Peru Philippines Poland Portugal Romania Russia Serbia Singapore Spain
Sudan Sweden Switzerland Syria Taiwan Thailand Turkey Uganda Ukraine Venezuela Vietnam Yemen
Zimbabwe Athens Bangkok Beijing Berlin Brussels Cairo Canberra Chicago Delhi Dublin Geneva
Istanbul Jakarta Kyiv Lagos Lisbon London Madrid Manila Melbourne Moscow Nairobi Oslo Ottawa
Paris Prague Rome Seoul Sydney Tehran Tokyo Toronto Vienna Warsaw Washington Wellington""")
_PLACE_RE = re.compile(r"\b(" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")\b")
_PERSON_RE = re.compile(r"\b(" + "|".join(GIVEN) + r")((?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})\b")
_YEAR_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? "
                      r"(20[12]\d)\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                      r"[a-z]* (20[12]\d)\b|\b(20[12]\d)-\d\d-\d\d\b")
PROSE_WORDS = 15  # a line or block with this many words is a paragraph of prose


def sources(shared: Path = DEFAULT_SHARED) -> dict[str, list[Path]]:
    """The real articles of each kind."""
    web = sorted((ROOT / "seeds").glob("*.txt"))
    web += sorted((shared / "corpora" / "web-dev" / "articles").glob("*.txt"))
    wire = sorted((shared / "corpora" / "wikinews-2019" / "articles").glob("*.txt"))
    if not wire:
        wire = sorted((ROOT / "tests" / "fixtures" / "wikinews-2019").glob("wn_*.txt"))
    return {"web": web, "wire": wire}


class Source:
    """One real article split into head, paragraphs of prose, and tail."""

    def __init__(self, text: str) -> None:
        blocks = re.split(r"\n", text.strip("\n"))
        prose = [i for i, b in enumerate(blocks) if len(b.split()) >= PROSE_WORDS]
        if not prose:
            prose = [len(blocks) - 1]
        first, last = prose[0], prose[-1]
        self.head = blocks[:first]
        self.middle = blocks[first:last + 1]  # prose, with the short lines between kept
        self.tail = blocks[last + 1:]
        self.prose = [b for b in self.middle if len(b.split()) >= PROSE_WORDS]


def zipf_index(rng: random.Random, n: int, s: float = 1.1) -> int:
    """An index below n, small ones far more often (rank-frequency ~ 1/rank^s)."""
    u = rng.random()
    rank = int((n ** (1 - s) * u + (1 - u)) ** (1 / (1 - s)))
    return min(max(rank - 1, 0), n - 1)


def surname(k: int) -> str:
    """The k-th made-up surname: distinct for every k, two to four syllables."""
    parts, k = [], k + len(SYLLABLES)
    while k:
        k, r = divmod(k, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).capitalize()


def town(k: int) -> str:
    return surname(k * 7 + 3) + ("ville", "burg", "port", "stad", "abad")[k % 5]


class Renamer:
    """Renames people and places of one article, the same way each time they occur."""

    def __init__(self, rng: random.Random, people: int) -> None:
        self.rng, self.people = rng, people
        self.names: dict[str, str] = {}  # surname as written -> new surname
        self.places: dict[str, str] = {}

    def _person(self, m: re.Match) -> str:
        given, rest = m.group(1), m.group(2)
        old = rest.split()[-1]
        new = self.names.setdefault(old, surname(zipf_index(self.rng, self.people, 1.05)))
        return f"{given}{rest[:-len(old)]}{new}"

    def _place(self, m: re.Match) -> str:
        old = m.group(1)
        if old not in self.places:
            r = self.rng.random()
            self.places[old] = (self.rng.choice(PLACES) if r < 0.7
                                else town(zipf_index(self.rng, self.people // 4 + 1)))
        return self.places[old]

    def __call__(self, text: str) -> str:
        text = _PERSON_RE.sub(self._person, text)
        if self.names:  # the surname alone, later in the article
            alone = re.compile(r"\b(" + "|".join(map(re.escape, self.names)) + r")\b")
            text = alone.sub(lambda m: self.names[m.group(1)], text)
        return _PLACE_RE.sub(self._place, text)


def make_article(rng: random.Random, kind: list[Source], people: int) -> str:
    base = kind[zipf_index(rng, len(kind), 1.01)]
    donors = [base] + [rng.choice(kind) for _ in range(rng.randint(2, 3))]
    pools = [list(d.prose) for d in donors]
    middle = []
    for block in base.middle:
        if len(block.split()) < PROSE_WORDS:
            middle.append(block)
            continue
        pool = pools[0] if rng.random() < 0.4 else rng.choice(pools)
        if pool:
            middle.append(pool.pop(0))
    year_shift = rng.randint(-4, 4)
    text = "\n".join(base.head + middle + base.tail) + "\n"
    text = _YEAR_RE.sub(lambda m: m.group(0).replace(
        y := next(g for g in m.groups() if g), str(min(max(int(y) + year_shift, 2010), 2026))),
        text)
    return Renamer(rng, people)(text)


def write_corpus(out: Path, articles: int, seed: int = 7, start: int = 0,
                 shared: Path = DEFAULT_SHARED) -> dict[str, int]:
    """Write articles numbered start .. start+articles-1, 500 to a folder; return counts by kind."""
    kinds = {}
    for name, paths in sources(shared).items():
        parsed = [Source(p.read_text(encoding="utf-8", errors="replace")) for p in paths]
        kinds[name] = [s for s in parsed if s.prose]
        random.Random(seed).shuffle(kinds[name])
    names = sorted(k for k in kinds if kinds[k])
    weights = [len(kinds[k]) for k in names]
    people = max(50, (start + articles) // 4)  # the cast grows with the corpus
    counts = dict.fromkeys(names, 0)
    for n in range(start, start + articles):
        rng = random.Random(seed * 1_000_003 + n)  # each article stands alone: reproducible
        kind = rng.choices(names, weights)[0]
        counts[kind] += 1
        folder = out / f"batch-{n // 500:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{kind}-{n:06d}.txt").write_text(make_article(rng, kinds[kind], people),
                                                   encoding="utf-8")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the project's shared folder (corpora/web-dev, corpora/wikinews-2019)")
    args = parser.parse_args()
    print(write_corpus(args.out, args.articles, args.seed, args.start, args.shared))


if __name__ == "__main__":
    main()
