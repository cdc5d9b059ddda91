"""Exercise the Neo4j code path over one Bolt connection (run by test_graph_neo4j.py).

FalkorDB 4.16's Bolt endpoint accepts a single driver at a time and small messages only, so
everything happens through one store with batches of a few rows.
"""
import json
import sys
from pathlib import Path

from fazhi.graph.load import load
from _bolt import connect

uri, corpus = sys.argv[1], Path(sys.argv[2])
store = connect(uri, batch_size=5)
first = load([corpus], store=store).as_dict()
second = load([corpus], store=store).as_dict()
rows = store.query("MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p.name AS place, m.name AS mechanism, "
                   "r.year AS year ORDER BY year")
hierarchy = store.query("MATCH (c:Place)-[:PART_OF]->(p:Place {name: '江苏省'}) RETURN c.name AS n")
# the diffusion analytics read through the same Cypher, and derived edges are replaced as a whole
from fazhi.queries.diffusion import adoptions  # noqa: E402
from fazhi.queries.diffusion_export import write_influence  # noqa: E402

diffusion = [[a.place, a.mechanism, a.first_year, a.year_basis] for a in adoptions(store)]
edge = {"origin_code": "370600", "destination_code": "320500", "cascades": 1, "improvement": 1.5, "p_value": 0.2,
        "mechanisms": "综合查一次"}
influenced = [write_influence(store, [edge]), write_influence(store, [edge]),
              store.query("MATCH (a:Place)-[r:INFLUENCED]->(b:Place) RETURN a.name AS a, b.name AS b, r.weight AS w")]
forgot = store.forget([d["id"] for d in store.documents() if d["name"] == "b.txt"])
after = store.query("MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p.name AS place")
print(json.dumps({"first": first, "second": second, "rows": rows, "hierarchy": hierarchy, "forgot": forgot,
                  "after": after, "diffusion": diffusion, "influenced": influenced, "stats": store.stats()["relationships"]}, ensure_ascii=False))
