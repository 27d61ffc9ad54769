"""`import parley` on the pages of data/, imported by the real `parley` binary.

CTest runs this with PYTHONPATH set to the module's build folder and
PARLEY_BINARY, PARLEY_DATA and PARLEY_SOURCE_DIR in the environment
(python/CMakeLists.txt).
"""

import json
import os
import pathlib
import subprocess

import pytest

import parley

SOURCE_DIR = pathlib.Path(
    os.environ.get("PARLEY_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
BINARY = os.environ.get("PARLEY_BINARY", str(SOURCE_DIR / "build" / "parley"))

KIM_MESSAGE = "doc:telegram-21404-1951-07-03/message-1951-06-30"
KIM_POINT_2 = KIM_MESSAGE + "/clause-2"


def run_parley(db, *args):
    return subprocess.run([BINARY, "--db", str(db), *args], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("parley") / "parley.db"
    run_parley(path, "import", str(SOURCE_DIR / "data"))
    return path


@pytest.fixture(scope="module")
def db(db_path):
    with parley.open(str(db_path)) as database:
        yield database


def test_who_proposed_gives_kim_il_sungs_seven_points_with_quotes(db):
    rows = db.who_proposed(by="Kim Il Sung")
    points = [r for r in rows if r["document"] == KIM_MESSAGE]
    assert [r["ordinal"] for r in points] == [str(i) for i in range(1, 8)]
    for r in points:
        assert r["clause"] == f"{KIM_MESSAGE}/clause-{r['ordinal']}"
        assert r["proposer"] == "Kim Il Sung"
        assert r["proposer_ids"] == ["person:kim-il-sung"]
        assert r["quote"] and r["quote"] == r["text_en"]
        assert r["date"] == "1951-06-30"
        assert "APRF, f. 45, op. 1, d. 339, ll. 6-7" in r["citation"]
        # Mao forwarded the points; he did not propose them.
        assert "Mao Zedong (forwarded" in r["chain_text"]
        assert r["outer_document"] == "doc:telegram-21404-1951-07-03"
        assert r["evidence_count"] == len(r["evidence"]) > 0
    assert "10 km" in points[1]["quote"]
    assert "buffer zone" in points[1]["quote"]
    assert "buffer_zone" in points[1]["topics"]


def test_who_proposed_rows_are_flat_and_uniform(db):
    rows = db.who_proposed()
    assert len(rows) > 7
    keys = set(rows[0])
    assert all(set(r) == keys for r in rows)
    for key in ("clause", "ordinal", "proposer", "document", "date", "quote",
                "citation"):
        assert key in keys
        assert all(isinstance(r[key], str) for r in rows)


def test_who_proposed_options(db):
    russian = db.who_proposed(KIM_POINT_2, lang="ru")
    assert len(russian) == 1
    assert "км" in russian[0]["quote"]
    # Names in any script, as on the command line.
    assert ([r["clause"] for r in db.who_proposed(by="Ким Ир Сен")] ==
            [r["clause"] for r in db.who_proposed(by="Kim Il Sung")])
    assert len(db.who_proposed(by="Kim Il Sung", limit=2)) == 2
    assert db.who_proposed("no such words anywhere xyzzy") == []
    # Stalin (Filippov) proposed nothing: he answered.
    assert db.who_proposed(by="Filippov") == []


def test_trace_gives_the_lineage_of_a_clause(db):
    rows = db.trace(KIM_POINT_2)
    first = [r for r in rows if r["lineage"] == 1]
    clauses = [r["clause"] for r in first]
    assert KIM_POINT_2 in clauses
    assert "doc:telegram-501869-1951-07-01/clause-b" in clauses
    assert clauses[-1] == "doc:agreement-1953-07-27/clause-i-1"
    dates = [r["date"] for r in first]
    assert dates == sorted(dates)
    assert [r["version"] for r in first] == list(range(1, len(first) + 1))
    assert first[0]["compared_with"] is None
    kim = next(r for r in first if r["clause"] == KIM_POINT_2)
    assert kim["matched"] and kim["proposer"] == "Kim Il Sung"
    moscow = next(r for r in first
                  if r["clause"] == "doc:telegram-501869-1951-07-01/clause-b")
    assert "5–10 km" in moscow["change_text"]
    assert moscow["compared_with"] == KIM_POINT_2
    assert 0 < moscow["similarity"] <= 1
    assert db.trace("no such words anywhere xyzzy") == []


def test_search_finds_a_known_phrase(db):
    rows = db.search('"buffer zone"')
    hit = next(r for r in rows if r["document"] == KIM_MESSAGE)
    assert "buffer zone" in hit["quote"]
    assert hit["start"] < hit["end"]
    assert hit["date"] == "1951-06-30"
    assert len(db.search("buffer zone", limit=1)) == 1
    with pytest.raises(parley.InvalidArgumentError):
        db.search("   ")


def test_neighbors_gives_known_neighbours(db):
    rows = db.neighbors("person:kim-il-sung")
    proposed = {r["id"] for r in rows if r["via_kind"] == "PROPOSES"}
    assert {f"{KIM_MESSAGE}/clause-{i}" for i in range(1, 8)} <= proposed
    assert all(r["hops"] == 1 for r in rows)
    # A name is read as the command line reads it.
    assert db.neighbors("Kim Il Sung") == rows
    only = db.neighbors("person:kim-il-sung", kinds=["PROPOSES"])
    assert {r["id"] for r in only} == proposed
    # PROPOSES reaches clauses and delegations (Kim proposes the delegation).
    assert {r["kind"] for r in only} == {"Clause", "Delegation"}
    assert len(db.neighbors("person:kim-il-sung", depth=2)) > len(rows)
    with pytest.raises(parley.InvalidArgumentError):
        db.neighbors("person:kim-il-sung", kinds="NO_SUCH_KIND")
    with pytest.raises(parley.NotFoundError):
        db.neighbors("Nobody Whatsoever Xyzzy")


def test_to_networkx_holds_the_whole_graph(db, db_path):
    graph = db.to_networkx()
    stats = json.loads(run_parley(db_path, "stats", "--format", "json"))
    assert graph.number_of_nodes() == stats["nodes"] == db.stats()["nodes"]
    assert graph.number_of_edges() == stats["edges"]
    kim = graph.nodes["person:kim-il-sung"]
    assert kim["kind"] == "Person" and kim["label"] == "Kim Il Sung"
    assert kim["evidence_count"] > 0
    point = graph.nodes[KIM_POINT_2]
    assert point["kind"] == "Clause" and "10 km" in point["text_en"]
    assert "buffer_zone" in point["topics"]
    edge = graph.edges["person:kim-il-sung", KIM_POINT_2, "PROPOSES"]
    assert edge["kind"] == "PROPOSES" and edge["evidence_count"] > 0


def test_to_networkx_of_a_neighbourhood_and_of_rows(db):
    rows = db.neighbors("person:kim-il-sung")
    graph = db.to_networkx(focus="Kim Il Sung", depth=1)
    assert set(graph) == {"person:kim-il-sung"} | {r["id"] for r in rows}
    assert graph.graph["focus"] == "person:kim-il-sung"
    assert set(db.to_networkx({"focus": "person:kim-il-sung"})) == set(graph)
    proposals = db.who_proposed(by="Kim Il Sung")
    part = db.to_networkx(proposals)
    assert set(part) == {r["clause"] for r in proposals}
    with_evidence = db.to_networkx([KIM_POINT_2], evidence=True)
    quotes = with_evidence.nodes[KIM_POINT_2]["evidence"]
    assert any("buffer zone" in e["quote"] for e in quotes)


def test_a_missing_database_raises_parleys_message(tmp_path):
    missing = tmp_path / "nowhere.db"
    with pytest.raises(parley.NotFoundError) as caught:
        parley.open(str(missing))
    assert str(caught.value) == (
        f"{missing}: no database here (import pages first: "
        f"parley --db {missing} import PAGE...)")
    assert isinstance(caught.value, parley.Error)
    assert isinstance(caught.value, LookupError)


def test_a_closed_database_refuses_queries(db_path):
    database = parley.open(str(db_path))
    database.close()
    assert database.closed
    with pytest.raises(parley.Error, match="closed"):
        database.who_proposed()
