"""Whoosh's segment writer with a cheaper way to sort postings: the same segments, less work.

A Whoosh writer collects every posting of a segment, (field, term, document, weight, value),
in a pool that it sorts by term before writing the segment. Past its memory budget the pool
sorts what it holds and writes it to disk as a run, and the runs are merged at the end; a
build of thousands of articles always spills, so every posting went through pickle one by
one, back through unpickle, and through a heap merge of tens of runs: measured, that was
about a third of Whoosh's work on real articles. Here:

- `GroupedPool` writes a run as the postings of each term together, many terms to a pickle,
  and merges runs term by term (a term's postings from an earlier run come first: runs
  hold the documents in the order they were added);
- `SegmentWriter` uses it, and at the end reads each field's document lengths once rather
  than through a column lookup per posting;
- `MpWriter` runs that writer in Whoosh's sub-writer processes.

The files written are byte for byte those of Whoosh's own writer (tested). Written against
whoosh-reloaded 2.7.5's internals, which nato-search pins.
"""

from __future__ import annotations

import heapq
import pickle
import sys

from whoosh import multiproc, writing

GROUPS_PER_PICKLE = 512


class GroupedPool(writing.PostingPool):
    """Whoosh's posting pool, spilling runs of term groups instead of single postings."""

    def add(self, item):
        # Whoosh's add without its type checks (the postings come from Whoosh's own fields):
        # the same estimate of the memory a posting takes, so runs are cut where Whoosh cuts them
        fieldname, btext, _, _, value = item
        self.fieldnames.add(fieldname)
        self.currentsize += 150 + len(fieldname) + 2 * len(btext) + len(value or "")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f, items):
        dump = pickle.dump
        chunk: list = []
        docs: list = []
        weights: list = []
        values: list = []
        last = None
        for fieldname, btext, docnum, weight, value in items:
            if last is None or btext != last[1] or fieldname != last[0]:
                if last is not None:
                    chunk.append((*last, docs, weights, values))
                    if len(chunk) >= GROUPS_PER_PICKLE:
                        dump(chunk, f, pickle.HIGHEST_PROTOCOL)
                        chunk = []
                last, docs, weights, values = (fieldname, btext), [], [], []
            docs.append(docnum)
            weights.append(weight)
            values.append(value)
        if last is not None:
            chunk.append((*last, docs, weights, values))
        if chunk:
            dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_groups(self, path, order: int):
        f = self._open_run(path)
        load = pickle.load
        try:
            while True:
                for fieldname, btext, docs, weights, values in load(f):
                    # the run's place breaks ties: a term's earlier documents come first
                    yield fieldname, btext, order, docs, weights, values
        except EOFError:
            return
        finally:
            f.close()
            self._remove_run(path)

    def _read_run(self, path):
        for fieldname, btext, _, docs, weights, values in self._read_groups(path, 0):
            for docnum, weight, value in zip(docs, weights, values, strict=True):
                yield fieldname, btext, docnum, weight, value

    def _merge_runs(self, paths):
        groups = [self._read_groups(path, order) for order, path in enumerate(paths)]
        for fieldname, btext, _, docs, weights, values in heapq.merge(*groups):
            for docnum, weight, value in zip(docs, weights, values, strict=True):
                yield fieldname, btext, docnum, weight, value

    def reduce_to(self, target, k):
        """Merge the first runs, not the last as Whoosh does, so that runs stay in the order
        of their documents (which `_merge_runs` relies on)."""
        if k < 2 or target < 1:
            raise ValueError(f"cannot reduce {len(self.runs)} runs to {target}, {k} at a time")
        while len(self.runs) > target:
            first, rest = self.runs[:k], self.runs[k:]
            path, f = self._new_run()
            self._write_run(f, self._merge_runs(first))
            self.runs = [path, *rest]


class _Lengths:
    """A segment's document lengths per field, each field's column read once, as the posting
    writer asks for them (Whoosh's per-document reader looked one up per posting)."""

    def __init__(self, reader) -> None:
        from whoosh.util.numeric import byte_to_length

        self.reader = reader
        self.table = [None] + [byte_to_length(b) for b in range(1, 256)]
        self.raw: dict[str, bytes | None] = {}

    def _column(self, fieldname: str) -> bytes | None:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        try:
            column = self.reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            raw = None if column is None else \
                bytes(column._dbfile.get(column._basepos, column._count))
        except AttributeError:  # another codec: Whoosh's own lookup
            raw = None
        self.raw[fieldname] = raw
        return raw

    def doc_field_length(self, docnum, fieldname, default=0):
        raw = self.raw[fieldname] if fieldname in self.raw else self._column(fieldname)
        if raw is None or docnum >= len(raw):
            return self.reader.doc_field_length(docnum, fieldname, default)
        return self.table[raw[docnum]]


class SegmentWriter(writing.SegmentWriter):
    """Whoosh's writer of one segment, with the grouped pool and lengths read once."""

    def __init__(self, ix, limitmb=128, **kwargs) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = GroupedPool(self._tempstorage, self.newsegment, limitmb=limitmb)

    def _flush_segment(self):
        self.perdocwriter.close()
        reader = self.per_document_reader() if self.codec.length_stats else None
        lengths = _Lengths(reader) if reader is not None else None
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if reader is not None:
            reader.close()


class _SubWriterTask(multiproc.SubWriterTask):
    """Whoosh's sub-writer process, writing with `SegmentWriter` (its `run`, but for the
    writer's class: whoosh.multiproc names its own)."""

    def run(self):
        try:
            self._run()
        except OSError:
            # (a full disk, a folder gone: the parent's own write fails the same way and
            # says so in one line; a traceback from every worker would only repeat it)
            sys.exit(1)

    def _run(self):
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = SegmentWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            jobinfo = self.jobqueue.get()
            if jobinfo is None:
                break
            self._process_file(*jobinfo)
        if not self.running:
            writer.cancel()
        elif self.multisegment:
            fieldnames = writer.pool.fieldnames
            segment = writer._finalize_segment()
            self.resultqueue.put((None, fieldnames, segment), timeout=5)
        else:
            k = self.kwargs.get("k", 64)
            self.resultqueue.put(multiproc.finish_subsegment(writer, k), timeout=5)


class MpWriter(multiproc.MpWriter):
    """Whoosh's writer that indexes in sub-writer processes, theirs being `SegmentWriter`."""

    def __init__(self, ix, procs=None, limitmb=128, **kwargs) -> None:
        super().__init__(ix, procs=procs, limitmb=limitmb, **kwargs)
        self.pool = GroupedPool(self._tempstorage, self.newsegment, limitmb=limitmb)

    def _failed_worker(self) -> None:
        """Raise when a worker process died (a full disk): what it was given would be missing
        from the index, with no word of it, if the commit went on."""
        for task in self.tasks:
            if task.exitcode not in (0, None):
                raise OSError(f"a worker process writing the index failed (exit {task.exitcode})")

    def _enqueue(self):
        # (Whoosh's, but the job is put with a timeout: its queue is bounded, and with every
        # worker dead a plain put would wait for ever)
        import queue

        docbuffer, self.docbuffer = self.docbuffer, []
        filename = f"{multiproc.random_name()}.doclist"
        with self.temp_storage().create_file(filename).raw_file() as f:
            for item in docbuffer:
                pickle.dump(item, f, 2)
        if len(self.tasks) < self.procs:
            self._new_task()
        while True:
            self._failed_worker()
            try:
                self.jobqueue.put((filename, len(docbuffer)), timeout=1)
                return
            except queue.Full:
                continue

    def _commit_toc(self, segments):
        self._failed_worker()  # (after the workers were joined, before the index names them)
        super()._commit_toc(segments)

    def _new_task(self):
        task = _SubWriterTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                              self.subargs, self.multisegment)
        # ended, not waited for, by multiprocessing at exit if a failed build left one behind
        task.daemon = True
        self.tasks.append(task)
        task.start()
        return task
