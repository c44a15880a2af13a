"""Score quotation extraction against quotations labelled by hand (tests/fixtures/quotes_*.jsonl).

Counted: quotations of three or more words (direct and partial). A prediction is right when its
words contain the labelled words, or the other way round. The second half of a split quotation
("A," she said, "B.") is right too, and not counted again, when the labels hold the quotation
as one: a piece of a labelled quotation already found, or a prediction that follows one found,
by the same speaker, with only an attribution between them. A speaker is right when the names
are the same words or one holds the other ("Kishida" for "Fumio Kishida"); the stricter "exact
full name" figure counts a speaker right only when it is the labelled full name itself (case,
accents and punctuation aside).

    python tests/quote_eval.py                 # every set: the figures, then every miss
    python tests/quote_eval.py quotes_sixth    # one set
    python tests/quote_eval.py DIR/labels.jsonl  # a set kept elsewhere (files relative to it)
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nato_search.pipeline import article_from_text  # noqa: E402


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


def same_speaker(predicted: str | None, gold: str) -> bool:
    """The same person: one name's words are all among the other's ("Kishida" and "Fumio
    Kishida"; "Robert Gabriel Mugabe" and "Robert Mugabe"), possessives aside, or one is the
    other's acronym."""
    p = set(re.sub(r"'s\b", "", norm(predicted)).split())
    g = set(re.sub(r"'s\b", "", norm(gold)).split())
    return bool(p) and bool(g) and (p <= g or g <= p) or _acronym(predicted, gold) \
        or _acronym(gold, predicted)


def _acronym(short: str | None, long: str | None) -> bool:
    """"SDF" names the "Syrian Democratic Forces": its letters are the capitals' initials."""
    short, long = (short or "").strip(), (long or "").strip()
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w'-]*", long))
    return short.isupper() and len(short) >= 2 and short == initials


@dataclass
class Report:
    gold: int = 0
    predicted: int = 0
    correct_predictions: int = 0
    found: int = 0
    right_speaker: int = 0
    exact_speaker: int = 0  # right under the labelled full name, not just a part of it
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_predictions / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right_speaker / self.found if self.found else 0.0

    @property
    def exact_name_accuracy(self) -> float:
        return self.exact_speaker / self.found if self.found else 0.0

    def summary(self) -> str:
        return (f"gold {self.gold}  predicted {self.predicted}  precision {self.precision:.3f}  "
                f"recall {self.recall:.3f}  F1 {self.f1:.3f}  speakers right "
                f"{self.speaker_accuracy:.3f} ({self.right_speaker}/{self.found})  exact full "
                f"name {self.exact_name_accuracy:.3f} ({self.exact_speaker}/{self.found})")


def evaluate(gold_path: Path = FIXTURES / "quotes_gold.jsonl") -> Report:
    labelled = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    by_file: dict[str, list[dict]] = {}
    for row in labelled:
        by_file.setdefault(row["file"], []).append(row)
    report = Report()
    for name, rows in by_file.items():
        text = (gold_path.parent / name).read_text(encoding="utf-8")
        article = article_from_text(name, name, text)
        preds = [q for q in article.quotes if q.kind in ("direct", "partial")
                 and len(q.quote.split()) >= 3]
        report.gold += len(rows)
        report.predicted += len(preds)
        used = set()
        found_gold: list[str] = []
        for row in rows:
            g = norm(row["quote"])
            match = next((i for i, q in enumerate(preds)
                          if g in norm(q.quote) or (norm(q.quote) and norm(q.quote) in g)), None)
            if match is None:
                report.misses.append(f"MISSED   {name}: {row['quote'][:60]!r} ({row['speaker']})")
                continue
            report.found += 1
            used.add(match)
            found_gold.append(g)
            q = preds[match]
            if norm(q.speaker) == norm(row["speaker"]):
                report.exact_speaker += 1
            elif same_speaker(q.speaker, row["speaker"]):
                report.misses.append(f"NAME     {name}: {row['quote'][:50]!r}: {q.speaker!r} "
                                     f"is not the full name {row['speaker']!r}")
            if same_speaker(q.speaker, row["speaker"]):
                report.right_speaker += 1
            else:
                report.misses.append(f"SPEAKER  {name}: {row['quote'][:50]!r}: {q.speaker!r} "
                                     f"(as {q.speaker_as_written!r}) should be {row['speaker']!r}")
        # the other piece of a split quotation labelled as one: right, but found only once
        # (given as two records: the second half, by the same speaker, in the sentence of
        # the first, when the labels hold the quotation once)
        pieces = {i for i, q in enumerate(preds) if i not in used and norm(q.quote)
                  and (any(norm(q.quote) in g for g in found_gold)
                       or any(preds[j].speaker == q.speaker and i - j == 1
                              and 0 <= q.start - preds[j].end < 80 for j in used))}
        report.correct_predictions += len(used)
        report.predicted -= len(pieces)
        for i, q in enumerate(preds):
            if i not in used and i not in pieces:
                report.misses.append(f"EXTRA    {name}: {q.quote[:60]!r} ({q.speaker})")
    return report


def gold_sets() -> list[Path]:
    """Every labelled set in the fixtures, in the order they were labelled."""
    order = ["gold", "heldout", "unseen", "fourth", "fifth", "sixth", "seventh", "eighth"]
    paths = sorted(FIXTURES.glob("quotes_*.jsonl"))
    rank = {f"quotes_{n}.jsonl": i for i, n in enumerate(order)}
    return sorted(paths, key=lambda p: (rank.get(p.name, len(order)), p.name))


if __name__ == "__main__":
    wanted = sys.argv[1:]
    outside = [Path(w) for w in wanted if w.endswith(".jsonl") and Path(w).is_file()]
    sets = outside or [p for p in gold_sets() if not wanted or any(w in p.name for w in wanted)]
    reports = [(p, evaluate(p)) for p in sets]
    for path, r in reports:
        print(f"{path.stem:24} {r.summary()}")
    for path, r in reports:
        for line in r.misses:
            print(f"{path.stem}: {line}")
