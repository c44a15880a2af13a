"""Where a build's CPU goes, per article, on one core: reading, our Whoosh side, bare Whoosh.

    python benchmarks/bench_build_cpu.py CORPUS [--sample 1000]

CPU time of this one process (time.process_time), which other work on a shared machine
disturbs far less than wall time. On the same sample of articles:

- reading: corpus read + cleaning + metadata + quotations (nato_search.pipeline);
- our Whoosh side: documents made from the articles, added and committed by one writer, with
  the schema as it is and with the title, body and quote fields as plain Whoosh TEXT with
  spelling=True (as before the spelling words were recorded in the one analysis pass);
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

    def ours(schema, name: str) -> None:
        folder = work / name
        folder.mkdir()
        ix = whoosh_index.create_in(str(folder), schema)
        t = time.process_time()
        writer = ix.writer(limitmb=indexing.WRITER_LIMIT_MB, compound=indexing.COMPOUND)
        indexing._new_segment(writer.schema)
        for article in articles:
            for doc in indexing.article_documents(article, "0:0"):
                writer.add_document(**doc)
        writer.commit()
        print(f"{name:48} {(time.process_time() - t) / n * 1000:6.2f} ms/article CPU")

    ours(build_schema(), "our Whoosh side, as it is")
    before = build_schema()
    for name in ("title", "body", "quote"):
        old = before[name]
        before._fields[name] = fields.TEXT(analyzer=old.analyzer, stored=True, spelling=True,
                                           field_boost=old.format.field_boost)
    ours(before, "our Whoosh side, plain TEXT(spelling=True)")

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
