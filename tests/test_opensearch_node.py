"""A real OpenSearch node answers the official Python client: the ground the OpenSearch engine stands on.

Skipped unless a node is running and named by its URL, as .ci/run does:

    url=$(.ci/opensearch/start.sh)
    NATO_SEARCH_TEST_OPENSEARCH=$url python -m pytest -q tests/test_opensearch_node.py
    .ci/opensearch/stop.sh

The two-node test starts and stops its own cluster with the same scripts (it has to stop nodes);
it runs when NATO_SEARCH_TEST_OPENSEARCH_TWO_NODES=1.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

URL = os.environ.get("NATO_SEARCH_TEST_OPENSEARCH", "")
TWO_NODES = os.environ.get("NATO_SEARCH_TEST_OPENSEARCH_TWO_NODES", "") == "1"
SCRIPTS = Path(__file__).resolve().parent.parent / ".ci" / "opensearch"

# English text analysis as the OpenSearch engine will use it: folding (café = cafe) and stemming.
SETTINGS = {
    "analysis": {
        "analyzer": {
            "english_folded": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [
                    "english_possessive",
                    "lowercase",
                    "asciifolding",
                    "english_stop",
                    "english_stemmer",
                ],
            }
        },
        "filter": {
            "english_possessive": {"type": "stemmer", "language": "possessive_english"},
            "english_stop": {"type": "stop", "stopwords": "_english_"},
            "english_stemmer": {"type": "stemmer", "language": "english"},
        },
    }
}
MAPPINGS = {
    "properties": {
        "title": {"type": "text", "analyzer": "english_folded"},
        "body": {"type": "text", "analyzer": "english_folded"},
        "outlet": {"type": "keyword"},
        "published": {"type": "date"},
    }
}
DOCS = {
    "a1": {
        "title": "Ministers meet in Brussels",
        "body": "The ministers warned that drones were changing the war.",
        "outlet": "Alpha News",
        "published": "2024-02-14",
    },
    "a2": {
        "title": "Talks at a café in Vilnius",
        "body": "Diplomats discussed air defence over coffee.",
        "outlet": "Beta Times",
        "published": "2024-03-01",
    },
    "a3": {
        "title": "Navy exercise in the Pacific",
        "body": "Sailors trained for a week; no warning was given.",
        "outlet": "Alpha News",
        "published": "2024-03-20",
    },
}


def ids(response: dict) -> set[str]:
    return {hit["_id"] for hit in response["hits"]["hits"]}


def create_and_fill(client, index: str, body: dict) -> None:
    from opensearchpy import helpers

    client.indices.create(index=index, body=body)
    actions = ({"_index": index, "_id": doc_id, "_source": doc} for doc_id, doc in DOCS.items())
    indexed, errors = helpers.bulk(client, actions, refresh="wait_for")
    assert (indexed, errors) == (3, [])


@pytest.fixture
def client():
    if not URL:
        pytest.skip("no OpenSearch node: set NATO_SEARCH_TEST_OPENSEARCH=http://127.0.0.1:PORT")
    from opensearchpy import OpenSearch

    return OpenSearch(hosts=[URL], timeout=30)


@pytest.fixture
def index(client):
    name = f"nato-search-test-{uuid.uuid4().hex[:12]}"
    yield name
    client.indices.delete(index=name, ignore_unavailable=True)


def test_round_trip_on_one_node(client, index):
    health = client.cluster.health(wait_for_status="yellow")
    assert health["status"] in ("green", "yellow")

    create_and_fill(client, index, {"settings": {"number_of_shards": 1, **SETTINGS}, "mappings": MAPPINGS})
    assert client.count(index=index)["count"] == 3

    # Stemming: "warn" finds "warned" (a1) and "warning" (a3), not a2.
    hits = client.search(index=index, body={"query": {"match": {"body": "warn"}}})
    assert ids(hits) == {"a1", "a3"}
    # Folding: "cafe" finds "café".
    hits = client.search(index=index, body={"query": {"match": {"title": "cafe"}}})
    assert ids(hits) == {"a2"}
    # A keyword filter with a date range, and highlights as character offsets' raw material.
    query = {
        "query": {
            "bool": {
                "must": [{"match": {"body": "warning"}}],
                "filter": [
                    {"term": {"outlet": "Alpha News"}},
                    {"range": {"published": {"gte": "2024-03-01"}}},
                ],
            }
        },
        "highlight": {"fields": {"body": {}}},
    }
    hits = client.search(index=index, body=query)
    assert ids(hits) == {"a3"}
    assert hits["hits"]["hits"][0]["highlight"]["body"] == [
        "Sailors trained for a week; no <em>warning</em> was given."
    ]
    # Counts per outlet, as the speakers and timeline commands will ask for them.
    aggs = client.search(index=index, body={"size": 0, "aggs": {"o": {"terms": {"field": "outlet"}}}})
    buckets = {b["key"]: b["doc_count"] for b in aggs["aggregations"]["o"]["buckets"]}
    assert buckets == {"Alpha News": 2, "Beta Times": 1}

    client.indices.delete(index=index)
    assert not client.indices.exists(index=index)


def run_script(*args: str) -> str:
    done = subprocess.run(
        [str(SCRIPTS / args[0]), *args[1:]], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


@pytest.mark.skipif(not TWO_NODES, reason="set NATO_SEARCH_TEST_OPENSEARCH_TWO_NODES=1 to start two nodes")
def test_two_nodes_survive_the_loss_of_one(tmp_path):
    from opensearchpy import ConnectionError as OpenSearchConnectionError
    from opensearchpy import OpenSearch

    run_dir = str(tmp_path / "cluster")
    ports = ["--http", "9270", "--transport", "9370", "--cluster", "nato-search-two", "--dir", run_dir]
    url = run_script("start.sh", "--nodes", "2", *ports)
    try:
        client = OpenSearch(hosts=[url, "http://127.0.0.1:9271"], timeout=30, max_retries=2)
        assert client.cluster.health()["number_of_nodes"] == 2
        settings = {"number_of_shards": 2, "number_of_replicas": 1, **SETTINGS}
        create_and_fill(client, "two", {"settings": settings, "mappings": MAPPINGS})
        assert client.cluster.health(index="two", wait_for_status="green")["status"] == "green"

        # Stop the node that is not the elected cluster manager: with two manager-eligible nodes
        # the cluster keeps a manager only while the one in the voting configuration lives.
        manager = client.cat.cluster_manager(format="json")[0]["node"]
        other = "node-2" if manager == "node-1" else "node-1"
        run_script("stop.sh", "--dir", run_dir, other)

        survivor = OpenSearch(hosts=[f"http://127.0.0.1:{9270 if manager == 'node-1' else 9271}"], timeout=30)
        health = survivor.cluster.health(index="two", wait_for_status="yellow")
        assert (health["number_of_nodes"], health["status"]) == (1, "yellow")
        hits = survivor.search(index="two", body={"query": {"match": {"body": "warn"}}})
        assert ids(hits) == {"a1", "a3"}
        # Both shards answered, from the one node left (its replica of the lost primary took over).
        assert (hits["_shards"]["successful"], hits["_shards"]["failed"]) == (2, 0)

        run_script("stop.sh", "--dir", run_dir)
        with pytest.raises(OpenSearchConnectionError):
            survivor.search(index="two", body={"query": {"match_all": {}}})
    finally:
        subprocess.run([str(SCRIPTS / "stop.sh"), "--dir", run_dir], capture_output=True, timeout=120)
