"""Score quotation extraction against quotations labelled by hand (tests/fixtures/quotes_gold.jsonl).

Counted: quotations of three or more words (direct and partial). A prediction is right when its
words contain the labelled words, or the other way round; a speaker is right when the names are
the same words or one holds the other ("Kishida" for "Fumio Kishida").

    python tests/quote_eval.py          # prints the figures and every miss
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


def evaluate(gold_path: Path = FIXTURES / "quotes_gold.jsonl") -> Report:
    labelled = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    by_file: dict[str, list[dict]] = {}
    for row in labelled:
        by_file.setdefault(row["file"], []).append(row)
    report = Report()
    for name, rows in by_file.items():
        text = (FIXTURES / name).read_text(encoding="utf-8")
        article = article_from_text(name, name, text)
        preds = [q for q in article.quotes if q.kind in ("direct", "partial")
                 and len(q.quote.split()) >= 3]
        report.gold += len(rows)
        report.predicted += len(preds)
        used = set()
        for row in rows:
            g = norm(row["quote"])
            match = next((i for i, q in enumerate(preds)
                          if g in norm(q.quote) or (norm(q.quote) and norm(q.quote) in g)), None)
            if match is None:
                report.misses.append(f"MISSED   {name}: {row['quote'][:60]!r} ({row['speaker']})")
                continue
            report.found += 1
            used.add(match)
            q = preds[match]
            if same_speaker(q.speaker, row["speaker"]):
                report.right_speaker += 1
            else:
                report.misses.append(f"SPEAKER  {name}: {row['quote'][:50]!r}: {q.speaker!r} "
                                     f"(as {q.speaker_as_written!r}) should be {row['speaker']!r}")
        report.correct_predictions += len(used)
        for i, q in enumerate(preds):
            if i not in used:
                report.misses.append(f"EXTRA    {name}: {q.quote[:60]!r} ({q.speaker})")
    return report


if __name__ == "__main__":
    r = evaluate()
    print(f"gold {r.gold}  predicted {r.predicted}  precision {r.precision:.3f}  "
          f"recall {r.recall:.3f}  F1 {r.f1:.3f}  speakers right {r.speaker_accuracy:.3f} "
          f"({r.right_speaker}/{r.found})")
    for line in r.misses:
        print(line)
