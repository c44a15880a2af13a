"""Where a build's CPU goes, per article, on one core: reading, our Whoosh side, bare Whoosh.

    python benchmarks/bench_build_cpu.py CORPUS [--sample 1000]

CPU time of this one process (time.process_time), which other work on a shared machine
disturbs far less than wall time. On the same sample of articles:

- reading: corpus read + cleaning + metadata + quotations (nato_search.pipeline);
- our Whoosh side: documents made from the articles, added and committed by one writer, as
  it is (`engines.whoosh.writer`, the direct analysis of `schema.StemmedText`), and with
  Whoosh's own writer and chain of analysis (as before 2026-11-30's afternoon: the same files);
- bare Whoosh: the raw files, StemmingAnalyzer on title and body, both stored, one writer.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path


def main() -> None:
    from whoosh import fields
    from whoosh import index as whoosh_index
    from whoosh.analysis import StemmingAnalyzer

    from nato_search.corpus import read_text
    from nato_search.engines.whoosh import indexing
    from nato_search.engines.whoosh.schema import build_schema
    from nato_search.engines.whoosh.writer import SegmentWriter
    from nato_search.pipeline import article_from_text

    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sample", type=int, default=1000)
    args = parser.parse_args()
    paths = sorted(args.corpus.rglob("*.txt"))
    paths = paths[::max(1, len(paths) // args.sample)][:args.sample]
    n = len(paths)
    work = Path(tempfile.mkdtemp(prefix="nato-cpu-"))

    t = time.process_time()
    articles = [article_from_text(p.name, str(p), read_text(str(p))) for p in paths]
    print(f"{'reading (read, clean, metadata, quotations)':48} "
          f"{(time.process_time() - t) / n * 1000:6.2f} ms/article CPU")

    def ours(schema, name: str, whooshs: bool = False) -> None:
        folder = work / name
        folder.mkdir()
        ix = whoosh_index.create_in(str(folder), schema)
        t = time.process_time()
        if whooshs:  # Whoosh's writer, and its chain of analysis for every text field
            writer = ix.writer(limitmb=indexing.WRITER_LIMIT_MB, compound=indexing.COMPOUND)
            for field_name in ("title", "body", "quote"):
                writer.schema[field_name].__dict__["_direct"] = False
        else:
            writer = SegmentWriter(ix, limitmb=indexing.WRITER_LIMIT_MB,
                                   compound=indexing.COMPOUND)
        indexing._new_segment(writer.schema)
        for article in articles:
            for doc in indexing.article_documents(article, "0:0"):
                writer.add_document(**doc)
        writer.commit()
        print(f"{name:48} {(time.process_time() - t) / n * 1000:6.2f} ms/article CPU")

    ours(build_schema(), "our Whoosh side, as it is")
    ours(build_schema(), "our Whoosh side, Whoosh's writer and analysis", whooshs=True)

    schema = fields.Schema(id=fields.ID(stored=True, unique=True),
                           title=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
                           body=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True))
    folder = work / "bare"
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), schema)
    t = time.process_time()
    writer = ix.writer()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        writer.add_document(id=path.name, title=text.lstrip().split("\n", 1)[0], body=text)
    writer.commit()
    print(f"{'bare Whoosh (raw files, one writer)':48} "
          f"{(time.process_time() - t) / n * 1000:6.2f} ms/article CPU")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
