"""The OpenSearch engine against a real node: the same answers as the Whoosh engine.

Skipped unless a node is running and named by its URL, as .ci/run does:

    url=$(.ci/opensearch/start.sh)
    NATO_SEARCH_TEST_OPENSEARCH=$url python -m pytest -q tests/test_opensearch_engine.py
    .ci/opensearch/stop.sh

The two-node test starts and stops its own cluster (ports 9280-9281 and 9380-9381) when
NATO_SEARCH_TEST_OPENSEARCH_TWO_NODES=1. The errors of an unreachable cluster and of a bad
engine URL need no node, and always run.

How results are compared: the two engines score differently (Whoosh's BM25F and Lucene's
BM25 over shards), so a ranking by relevance is compared as the set of what matched and its
count; a ranking by date is compared as the sequence of dates, with the set of articles of
each date (the order within a day is by score). Everything else (quotations, their speakers,
highlights and snippets, speakers with their counts, timelines, stats, articles shown) must be
equal.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import uuid
from datetime import date
from pathlib import Path

import pytest

from nato_search.api import Library

URL = os.environ.get("NATO_SEARCH_TEST_OPENSEARCH", "")
TWO_NODES = os.environ.get("NATO_SEARCH_TEST_OPENSEARCH_TWO_NODES", "") == "1"
REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / ".ci" / "opensearch"
WIKINEWS = REPO / "tests" / "fixtures" / "wikinews-2019"

needs_node = pytest.mark.skipif(not URL, reason="NATO_SEARCH_TEST_OPENSEARCH is not set")


def engine_url(base: str, index: str, query: str = "") -> str:
    return "opensearch+" + base.rstrip("/") + "/" + index + query


def drop(base: str, index: str) -> None:
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[base])
    client.indices.delete(index=f"{index}*", ignore_unavailable=True)
    client.close()


@pytest.fixture
def index_name():
    """A fresh index name on the test node, its indexes dropped after the test."""
    name = f"nato-test-{uuid.uuid4().hex[:8]}"
    yield name
    drop(URL, name)


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The seeds and the Wikinews articles, indexed by both engines."""
    if not URL:
        pytest.skip("NATO_SEARCH_TEST_OPENSEARCH is not set")
    root = tmp_path_factory.mktemp("parity")
    corpus = root / "corpus"
    shutil.copytree(REPO / "seeds", corpus)
    shutil.copytree(WIKINEWS, corpus / "wikinews", ignore=shutil.ignore_patterns("*.md", "*.jsonl"))
    name = f"nato-test-{uuid.uuid4().hex[:8]}"
    whoosh = Library.open(corpus, root / "whoosh-index", jobs=1)
    cluster = Library.open(corpus, engine=engine_url(URL, name), jobs=1)
    whoosh.refresh()
    cluster.refresh()
    yield whoosh, cluster
    whoosh.close()
    cluster.close()
    drop(URL, name)


QUERIES = [
    "NATO", '"liaison office"', "Kishida -Reuters", "cooperat* AND title:NATO", "measles~",
    'title:"strengthen cooperation"', "NATO OR Japan", "(Japan OR Korea) AND NOT China",
    "date:2024-07", "date:[2019-01-01 TO 2019-06-30] election", "speaker:Kishida",
    'speaker:"Kishida Fumio"', 'speaker:"Donald Trump"', "source:Naija247news",
    "Indo-Pacific", "*", "president ANDMAYBE trump", "elect* -vote", '"security Japan"~4',
    '"president said the"~3', '"said he would"~2',  # (N words between each word and the next)
    '"North Korea"~2^2 missile', "Japan's",
    "Trump OR Kim", 'NOT "North Korea" Korea', "govern~", "presidnt~ -Trump", "polic* date:2019",
]


def by_date(hits) -> list[tuple[date | None, frozenset[str]]]:
    """Hits sorted by date, as (date, the set of ids of that date) in order."""
    out: list[tuple[date | None, set[str]]] = []
    for h in hits:
        if out and out[-1][0] == h.date:
            out[-1][1].add(h.id)
        else:
            out.append((h.date, {h.id}))
    return [(d, frozenset(ids)) for d, ids in out]


@needs_node
@pytest.mark.parametrize("text", QUERIES)
def test_query_finds_the_same_articles(both, text):
    whoosh, cluster = both
    ours = whoosh.query(text, limit=None)
    theirs = cluster.query(text, limit=None)
    assert ours.total > 0 or text in ("measles~",)  # the query means something on this corpus
    assert {h.id for h in theirs.hits} == {h.id for h in ours.hits}
    assert theirs.total == ours.total
    # the same words marked, in the same snippets
    snippets = {h.id: (h.snippet, h.highlights) for h in ours.hits}
    assert {h.id: (h.snippet, h.highlights) for h in theirs.hits} == snippets
    for sort in ("newest", "oldest"):
        assert by_date(cluster.query(text, sort=sort, limit=None).hits) == \
            by_date(whoosh.query(text, sort=sort, limit=None).hits)
    assert cluster.query(text, count_only=True).total == ours.total


@needs_node
def test_query_with_filters_and_suggestions(both):
    whoosh, cluster = both
    for kwargs in ({"since": date(2019, 3, 1)}, {"until": date(2019, 2, 28)},
                   {"source": "naija247news"}, {"since": date(2024, 1, 1), "until": date(2024, 12, 31)}):
        ours = whoosh.query("*", limit=None, **kwargs)
        assert {h.id for h in cluster.query("*", limit=None, **kwargs).hits} == \
            {h.id for h in ours.hits}
    assert whoosh.query("Kishda").suggestion == "kishida"
    assert cluster.query("Kishda").suggestion == "kishida"


QUOTE_CASES = [
    ({}, None), ({"speaker": "Kishida"}, None), ({"speaker": "Trump"}, None),
    ({"speaker": "Kishida Fumio"}, None), ({"speaker": "Donald Trump"}, None),
    ({"since": date(2019, 3, 1)}, None), ({"source": "Naija247news"}, None),
    ({"source": "the naija247news"}, None),
    ({"kinds": ("indirect",)}, None), ({"kinds": ("direct", "partial", "indirect")}, None),
    ({}, "inseparable"), ({}, "NATO OR Japan"), ({"speaker": "Kishida"}, "cooperat*"),
    # the query language's speaker: as --speaker reads it (aliases, a surname alone)
    ({}, 'speaker:"Kishida Fumio"'), ({}, 'speaker:"Donald Trump"'), ({}, "speaker:donald -trade"),
    # title: and body: are the quotation's article's
    ({}, "title:NATO"), ({"speaker": "Trump"}, "-body:election"), ({}, 'title:"North Korea"~1 OR peace'),
]


@needs_node
@pytest.mark.parametrize("kwargs, text", QUOTE_CASES)
def test_quotes_are_the_same(both, kwargs, text):
    whoosh, cluster = both
    ours = whoosh.quotes(text, limit=None, **kwargs)
    theirs = cluster.quotes(text, limit=None, **kwargs)
    assert ours.total > 0
    assert theirs.total == ours.total
    # every record whole: quotation, speaker, role, context, highlights
    assert {q.id: q for q in theirs.hits} == {q.id: q for q in ours.hits}
    if not text:  # newest first: the same sequence of dates
        assert [q.date for q in theirs.hits] == [q.date for q in ours.hits]


@needs_node
def test_speakers_timeline_stats_are_the_same(both):
    whoosh, cluster = both
    for kwargs in ({}, {"since": date(2019, 1, 1)}, {"speaker": "Kishida"}, {"speaker": "Donald"},
                   {"kinds": ("direct", "partial", "indirect")}):
        assert cluster.speakers(**kwargs) == whoosh.speakers(**kwargs)
    assert len(whoosh.speakers()) > 20
    for text, kwargs in ((None, {}), ("NATO", {"by": "year"}), ("election", {}),
                         (None, {"speaker": "Trump"})):
        assert cluster.timeline(text, **kwargs) == whoosh.timeline(text, **kwargs)
    ours, theirs = whoosh.stats(), cluster.stats()
    assert (theirs.articles, theirs.quotes, theirs.speakers, theirs.first_date, theirs.last_date) \
        == (ours.articles, ours.quotes, ours.speakers, ours.first_date, ours.last_date)
    assert ours.articles == 5 + len(list(WIKINEWS.glob("*.txt")))
    assert theirs.index.startswith(URL) and theirs.index_bytes > 0 and theirs.built


@needs_node
def test_show_is_the_same(both):
    whoosh, cluster = both
    ids = [h.id for h in whoosh.query("*", limit=None).hits]
    for doc_id in ids[::7] + ["003", "wn_0012", "wikinews/wn_0001.txt"]:
        assert cluster.article(doc_id) == whoosh.article(doc_id)
    from nato_search.errors import DocumentNotFound

    for ref in ("zzz", "00", "wn_00"):
        with pytest.raises(DocumentNotFound) as ours:
            whoosh.article(ref)
        with pytest.raises(DocumentNotFound) as theirs:
            cluster.article(ref)
        assert (theirs.value.message, theirs.value.candidates) == \
            (ours.value.message, ours.value.candidates)


ARTICLES = {
    "a.txt": "Ministers meet in Brussels\n\nThe ministers of the alliance met in Brussels on "
             "Tuesday to discuss the budget.\n\n“We are ready,” said Anna Lindqvist.\n",
    "b.txt": "Fishing quotas agreed\n\nThe fishing quotas for the northern waters were agreed "
             "after long talks about herring.\n",
    "c.txt": "Volcano erupts\n\nA volcano erupted on the island, and flights were cancelled "
             "across the region.\n",
}


@needs_node
def test_refresh_sends_what_changed_and_deletes_what_is_gone(cli, make_corpus, index_name):
    from conftest import bump

    corpus = make_corpus(ARTICLES)
    engine = engine_url(URL, index_name)
    first = cli("index", "--corpus", corpus, "--engine", engine, "--format", "json")
    assert first.exit_code == 0, first.stderr
    assert '"added": 3' in first.stdout and '"rebuilt": true' in first.stdout
    bump(corpus / "b.txt", "Herring stocks fall\n\nThe herring stocks fell again, the "
                           "scientists said, and the quotas will be cut.\n")
    (corpus / "c.txt").unlink()
    (corpus / "d.txt").write_text("Glacier retreats\n\nThe glacier retreated by forty "
                                  "metres this summer.\n", encoding="utf-8")
    (corpus / "a.txt").touch()  # the same bytes: not sent again
    again = cli("index", "--corpus", corpus, "--engine", engine, "--format", "json")
    assert again.exit_code == 0, again.stderr
    for part in ('"added": 1', '"updated": 1', '"removed": 1', '"unchanged": 1',
                 '"rebuilt": false'):
        assert part in again.stdout
    found = cli("query", "--corpus", corpus, "--engine", engine, "--format", "paths",
                "--limit", "0", "--no-refresh", "*")
    assert sorted(Path(p).name for p in found.stdout.split()) == ["a.txt", "b.txt", "d.txt"]
    assert cli("query", "--corpus", corpus, "--engine", engine, "fishing").exit_code == 1
    assert cli("query", "--corpus", corpus, "--engine", engine, "volcano").exit_code == 1
    assert cli("query", "--corpus", corpus, "--engine", engine, "glacier").exit_code == 0
    # nothing left behind: one article document per file, quotations of the live versions
    lib = Library.open(corpus, engine=engine, no_refresh=True)
    assert lib.stats().articles == 3 and lib.stats().quotes == 1
    lib.close()
    same = cli("index", "--corpus", corpus, "--engine", engine, "--format", "json")
    assert '"unchanged": 3' in same.stdout and '"added": 0' in same.stdout


@needs_node
def test_max_file_size_up_and_down_as_whoosh_does(cli, make_corpus, index_name):
    # (tests/test_index_edges.py: the same steps with the embedded engine)
    paragraph = "The transcript of a long hearing on maritime security goes on. " * 8 + "\n\n"
    corpus = make_corpus({"hearing.txt": "Hearing transcript\n\n" + paragraph * 6,
                          "short.txt": "A short note on maritime policy.\n"})
    assert 2 * 2**10 < (corpus / "hearing.txt").stat().st_size < 4 * 2**10
    where = ["--corpus", corpus, "--engine", engine_url(URL, index_name)]

    def index(limit: str) -> dict:
        result = cli("index", *where, "--max-file-size", limit, "-f", "json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)[0]

    def found() -> list[str]:
        result = cli("query", "hearing", *where, "--no-refresh", "-f", "paths")
        return [Path(p).name for p in result.stdout.split()]

    assert [s["id"] for s in index("2KB")["skipped"]] == ["hearing.txt"]
    report = index("4k")  # allowed now, though unchanged: read and added
    assert (report["added"], report["unchanged"], report["skipped"]) == (1, 1, [])
    assert found() == ["hearing.txt"]
    report = index("2KB")  # lowered again: the file indexed under the higher limit leaves
    assert ([s["id"] for s in report["skipped"]], report["left"]) == (["hearing.txt"], 1)
    assert found() == []
    lib = Library.open(corpus, engine=engine_url(URL, index_name), no_refresh=True)
    assert lib.stats().articles == 1 and lib.stats().quotes == 0  # nothing of it left behind
    lib.close()
    assert index("2KB")["skipped"][0]["id"] == "hearing.txt"  # (still skipped, said again)


@needs_node
def test_an_outlet_is_found_by_any_run_of_its_words(cli, make_corpus, index_name):
    corpus = make_corpus({
        "a.txt": "---\ntitle: A\nsource: The Harbour Ledger\n---\nSummit talk in August.\n",
        "b.txt": "---\ntitle: B\nsource: Harbour Times\n---\nSummit talk in May.\n"})
    where = ["--corpus", corpus, "--engine", engine_url(URL, index_name)]
    for source, expected in (("ledger", ["a.txt"]), ("harbour", ["a.txt", "b.txt"]),
                             ("ledger harbour", [])):
        found = cli("query", "summit", *where, "--source", source, "-f", "paths")
        assert sorted(Path(p).name for p in found.stdout.split()) == expected


@needs_node
def test_a_rebuild_never_shows_half_an_index(make_corpus, index_name):
    corpus = make_corpus({f"{n:03d}.txt": f"Report {n}\n\nThe budget talks went on for day "
                                          f"{n} of the summit in Brussels.\n" for n in range(60)})
    engine = engine_url(URL, index_name)
    Library.open(corpus, engine=engine).refresh()
    seen: list[int] = []
    stop = threading.Event()

    def ask() -> None:
        lib = Library.open(corpus, engine=engine, no_refresh=True)
        while not stop.is_set():
            seen.append(lib.query("budget", limit=None).total)
        lib.close()

    reader = threading.Thread(target=ask)
    reader.start()
    try:
        for _ in range(2):
            Library.open(corpus, engine=engine, jobs=1).refresh(rebuild=True)
    finally:
        stop.set()
        reader.join()
    assert seen and set(seen) == {60}


@needs_node
def test_a_missing_index_is_a_clear_error(cli, make_corpus, index_name):
    corpus = make_corpus(ARTICLES)
    name = index_name
    lib = Library.open(corpus, engine=engine_url(URL, name))
    assert lib.query("budget").total == 1
    drop(URL, name)
    from nato_search.engines import EngineUnavailable

    with pytest.raises(EngineUnavailable) as err:
        lib.query("budget")
    assert f"no index {name!r}" in err.value.message
    lib.close()


@needs_node
def test_index_by_parts(cli, make_corpus, index_name):
    corpus = make_corpus(ARTICLES)
    engine = engine_url(URL, index_name)
    for k in (1, 2, 3):
        result = cli("index", "--corpus", corpus, "--engine", engine, "--part", f"{k}/3")
        assert result.exit_code == 0, result.stderr
    lib = Library.open(corpus, engine=engine, no_refresh=True)
    assert lib.stats().articles == 3
    lib.close()
    bad = cli("index", "--corpus", corpus, "--part", "4/3")
    assert bad.exit_code == 2 and "K/N" in bad.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", [["query", "NATO"], ["quotes"], ["speakers"], ["stats"],
                                     ["index"], ["show", "003"], ["timeline"]])
def test_an_unreachable_cluster_is_a_clear_error(cli, seeds, command):
    result = cli(*command, "--corpus", seeds, "--engine",
                 f"opensearch+http://127.0.0.1:{free_port()}")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "cannot reach the OpenSearch cluster at http://127.0.0.1:" in result.stderr
    assert "Traceback" not in result.stderr
    assert 1 <= len(result.stderr.strip().splitlines()) <= 2


@pytest.mark.parametrize("engine, message", [
    ("solr://localhost:8983", "not an engine nato-search knows"),
    ("opensearch+http://user:secret@localhost:9200", "credentials never go in the URL"),
    ("opensearch+http://localhost:92x0", "the port is not a number"),
    ("opensearch+http://localhost:9200/Bad*Name", "not a valid index name"),
    ("opensearch+http://localhost:9200/x?shards=two", "shards and replicas are numbers"),
])
def test_a_bad_engine_url_is_a_usage_error(cli, seeds, engine, message):
    result = cli("query", "NATO", "--corpus", seeds, "--engine", engine)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "secret" not in result.stderr
    assert "Traceback" not in result.stderr


def test_the_whoosh_engine_does_not_import_the_client(tmp_path):
    code = ("import sys; from nato_search.api import Library; "
            "Library.open(sys.argv[1], sys.argv[2]).query('NATO'); "
            "print('opensearchpy' in sys.modules)")
    out = subprocess.run([os.sys.executable, "-c", code, str(REPO / "seeds"), str(tmp_path / "ix")],
                         capture_output=True, text=True, timeout=300)
    assert out.stdout.strip() == "False", out.stderr


# ---------------------------------------------------------------------------------------------
# Two nodes on loopback


def run_script(*args: str) -> str:
    done = subprocess.run([str(SCRIPTS / args[0]), *args[1:]], capture_output=True, text=True,
                          timeout=400)
    if done.returncode != 0:
        raise AssertionError(f"{args[0]} failed: {done.stderr[-2000:]}")
    return done.stdout.strip()


@pytest.mark.skipif(not TWO_NODES, reason="NATO_SEARCH_TEST_OPENSEARCH_TWO_NODES is not 1")
def test_two_nodes_answer_after_losing_one(cli, seeds, tmp_path):
    import time

    from opensearchpy import OpenSearch

    run_dir = str(tmp_path / "two")
    ports = ["--http", "9280", "--transport", "9380", "--cluster", "nato-search-engine-two",
             "--dir", run_dir]
    base = run_script("start.sh", "--nodes", "2", *ports)
    try:
        engine = engine_url(base, "two", "?shards=2&replicas=1")
        built = cli("index", "--corpus", seeds, "--engine", engine)
        assert built.exit_code == 0, built.stderr
        client = OpenSearch(hosts=[base], timeout=30)
        for _ in range(60):  # the replicas are allocated (no timeout=: opensearch-py 3.2 fails on it)
            health = client.cluster.health()
            if health["status"] == "green":
                break
            time.sleep(1)
        assert health["status"] == "green" and health["number_of_nodes"] == 2
        settings = client.indices.get_settings(index="two")
        assert {v["settings"]["index"]["number_of_shards"] for v in settings.values()} == {"2"}
        manager = client.cat.cluster_manager(format="json")[0]["node"]
        client.close()
        other = "node-2" if manager == "node-1" else "node-1"
        run_script("stop.sh", "--dir", run_dir, other)
        survivor = f"http://127.0.0.1:{9280 if manager == 'node-1' else 9281}"
        alive = OpenSearch(hosts=[survivor], timeout=30)
        for _ in range(60):  # the replicas of the lost node's shards become primaries
            if alive.cluster.health()["status"] != "red":
                break
            time.sleep(1)
        alive.close()
        on_one = engine_url(survivor, "two")
        found = cli("query", "--corpus", seeds, "--engine", on_one, "--no-refresh",
                    "--format", "paths", "--limit", "0", "*")
        assert found.exit_code == 0, found.stderr
        assert len(found.stdout.split()) == 5
        assert cli("speakers", "--corpus", seeds, "--engine", on_one, "--no-refresh").exit_code == 0
        run_script("stop.sh", "--dir", run_dir)
        gone = cli("query", "--corpus", seeds, "--engine", on_one, "NATO")
        assert gone.exit_code == 2
        assert "cannot reach the OpenSearch cluster" in gone.stderr
        assert "Traceback" not in gone.stderr
    finally:
        subprocess.run([str(SCRIPTS / "stop.sh"), "--dir", run_dir], capture_output=True, timeout=120)


def test_refused_credentials_are_a_clear_error(cli, seeds, monkeypatch):
    """A server that answers 401, as a cluster with security does to wrong credentials."""
    import http.server

    class Refuse(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the standard library's name)
            body = b'{"error":{"type":"security_exception","reason":"unauthorized"},"status":401}'
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("NATO_SEARCH_OPENSEARCH_USER", "reader")
    monkeypatch.setenv("NATO_SEARCH_OPENSEARCH_PASSWORD", "not-the-password")
    try:
        result = cli("query", "NATO", "--corpus", seeds, "--engine",
                     f"opensearch+http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
    assert result.exit_code == 2
    assert "refused the credentials" in result.stderr
    assert "not-the-password" not in result.stderr
    assert "Traceback" not in result.stderr
    assert 1 <= len(result.stderr.strip().splitlines()) <= 2


@needs_node
def test_a_red_cluster_is_a_clear_error(cli, seeds):
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[URL])
    name = f"nato-test-red-{uuid.uuid4().hex[:8]}"
    # a primary that no node may hold: the index, and so the cluster, is red
    client.indices.create(index=name, body={"settings": {
        "number_of_shards": 1, "number_of_replicas": 0,
        "index.routing.allocation.require._name": "no-such-node"}}, params={"wait_for_active_shards": "0"})
    try:
        result = cli("query", "NATO", "--corpus", seeds, "--engine", engine_url(URL, name + "-x"))
        assert result.exit_code == 2
        assert "is red" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        client.indices.delete(index=name)
        client.close()


@needs_node
def test_documents_the_cluster_refuses_are_named(cli, make_corpus):
    from opensearchpy import OpenSearch

    corpus = make_corpus(ARTICLES)
    name = f"nato-test-{uuid.uuid4().hex[:8]}"
    engine = engine_url(URL, name)
    client = OpenSearch(hosts=[URL])
    try:
        assert cli("index", "--corpus", corpus, "--engine", engine).exit_code == 0
        (corpus / "e.txt").write_text("Harbour reopens\n\nThe harbour reopened after the storm.\n",
                                      encoding="utf-8")
        client.indices.put_settings(index=name, body={"index.blocks.write": True})
        result = cli("index", "--corpus", corpus, "--engine", engine)
        assert result.exit_code == 2
        assert "refused the documents of 1 article" in result.stderr and "e.txt" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        client.indices.put_settings(index=f"{name}*", body={"index.blocks.write": False})
        client.close()
        drop(URL, name)


@needs_node
def test_a_skipped_file_is_reported_once_and_counted(cli, make_corpus):
    corpus = make_corpus({**ARTICLES, "binary.txt": b"\x00\x01\x02 not text \xff" * 50})
    name = f"nato-test-{uuid.uuid4().hex[:8]}"
    engine = engine_url(URL, name)
    try:
        first = cli("index", "--corpus", corpus, "--engine", engine, "--format", "json")
        assert first.exit_code == 0, first.stderr
        assert "skipped binary.txt" in first.stderr
        assert '"added": 3' in first.stdout and '"id": "binary.txt"' in first.stdout
        again = cli("query", "budget", "--corpus", corpus, "--engine", engine)
        assert again.exit_code == 0 and "skipped" not in again.stderr  # warned about once
        report = cli("index", "--corpus", corpus, "--engine", engine, "--format", "json")
        assert '"unchanged": 3' in report.stdout and '"id": "binary.txt"' in report.stdout
        stats = cli("stats", "--corpus", corpus, "--engine", engine, "--format", "json")
        assert '"skipped": 1' in stats.stdout and '"articles": 3' in stats.stdout
        # an indexed file emptied is counted once, among the skipped; read again, added
        first_name = sorted(ARTICLES)[0]
        (corpus / first_name).write_text("")
        emptied = json.loads(cli("index", "--corpus", corpus, "--engine", engine,
                                 "--format", "json").stdout)[0]
        assert (emptied["added"], emptied["updated"], emptied["removed"], emptied["unchanged"]) \
            == (0, 0, 0, 2)
        assert sorted(s["id"] for s in emptied["skipped"]) == sorted(["binary.txt", first_name])
        (corpus / first_name).write_text(ARTICLES[first_name])
        back = json.loads(cli("index", "--corpus", corpus, "--engine", engine,
                              "--format", "json").stdout)[0]
        assert (back["added"], back["updated"], back["removed"]) == (1, 0, 0)
    finally:
        drop(URL, name)


@needs_node
def test_two_first_builds_at_once_leave_one_index(make_corpus):
    from opensearchpy import OpenSearch

    corpus = make_corpus(ARTICLES)
    name = f"nato-test-{uuid.uuid4().hex[:8]}"
    engine = engine_url(URL, name)
    errors: list[BaseException] = []

    def build() -> None:
        try:
            Library.open(corpus, engine=engine, jobs=1).refresh(rebuild=True)
        except BaseException as exc:  # an index deleted under a build is a clear error
            errors.append(exc)

    try:
        threads = [threading.Thread(target=build) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        client = OpenSearch(hosts=[URL])
        assert len(client.indices.get_alias(name=name)) == 1
        client.close()
        lib = Library.open(corpus, engine=engine, no_refresh=True)
        assert lib.query("*", limit=None).total == 3
        lib.close()
        from nato_search.engines import EngineUnavailable

        assert all(isinstance(e, EngineUnavailable) for e in errors)
    finally:
        drop(URL, name)


def test_a_busy_cluster_is_waited_for(cli, make_corpus):
    """Bulk requests the cluster answers with 429 (too many requests) are sent again after a
    pause. The cluster here is a small HTTP server that answers as OpenSearch does to the calls
    of a first build, and refuses the first bulk request's documents with 429."""
    import http.server
    import json

    bulks: list[int] = []  # the statuses given to each bulk request's documents
    created: list[str] = []  # the index the build made

    class Busy(http.server.BaseHTTPRequestHandler):
        def reply(self, status: int, body: dict | None = None) -> None:
            data = json.dumps(body or {}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def do_HEAD(self):  # noqa: N802
            # no index before the build; the alias on the index it made, once switched
            self.reply(200 if created and self.path.startswith("/_alias/") else 404)

        def do_GET(self):  # noqa: N802
            if self.path.startswith("/_cluster/health"):
                self.reply(200, {"status": "green"})
            elif self.path.startswith("/_alias/") and created:
                self.reply(200, {created[0]: {"aliases": {"busy": {}}}})
            else:
                self.reply(404, {"error": {"type": "index_not_found_exception"}, "status": 404})

        def do_PUT(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            created.append(self.path.strip("/").split("?")[0])
            self.reply(200, {"acknowledged": True})

        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            if "_bulk" in self.path:
                lines = [json.loads(x) for x in body.splitlines() if x.strip()]
                actions = lines[0::2]
                status = 429 if not bulks else 201
                bulks.append(status)
                self.reply(200, {"errors": status != 201, "items": [
                    {"index": {"_id": a["index"]["_id"], "status": status,
                               **({"error": {"type": "es_rejected_execution_exception"}}
                                  if status == 429 else {})}} for a in actions]})
            else:
                self.reply(200, {"acknowledged": True})

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    corpus = make_corpus(ARTICLES)
    try:
        result = cli("index", "--corpus", corpus, "--format", "json", "--engine",
                     f"opensearch+http://127.0.0.1:{server.server_address[1]}/busy")
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.stderr
    assert bulks == [429, 201]  # refused once, sent again, accepted
    assert '"added": 3' in result.stdout
