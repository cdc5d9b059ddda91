"""`fazhi show` over the Neo4j code path (run by test_show.py over FalkorDB's Bolt endpoint, one connection).

Values come back as Neo4j's driver gives them (a node as its property map, a relationship as a (start, type,
end) triple), not Ladybug's dicts: the page must draw them all the same.
"""
import json
import sys
from pathlib import Path

from _bolt import connect
from fazhi.graph.load import load
from fazhi.graph.view import build

uri, corpus = sys.argv[1], Path(sys.argv[2])
store = connect(uri, batch_size=5)
load([corpus], store=store)


def names(view):
    return sorted(n["name"] for n in view.nodes.values())


out = {
    "overview": names(build(store)),
    "place": names(build(store, place="烟台")),
    "nodes": names(build(store, query="MATCH (p:Place)-[:ADOPTED]->(m:Mechanism) RETURN p, m")),
    "rels": names(build(store, query="MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p, r, m")),
    "path": [[e["from"], e["to"], e["type"]] for e in
             build(store, query="MATCH x = (m:Mechanism)<-[:ADOPTED]-(p:Place) RETURN x").edges],
    "names": names(build(store, query="MATCH (m:Mechanism {name: '综合查一次'}) RETURN m.name")),
    "edges": [[e["type"], e["facts"][0].get("document")] for e in build(store, place="烟台").edges],
}
try:
    build(store, query="MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN r")
except LookupError as e:
    out["alone"] = str(e)
print(json.dumps(out, ensure_ascii=False))
