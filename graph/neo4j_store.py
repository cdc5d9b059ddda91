"""Neo4j through the official driver: the same schema, labels and properties as the embedded store.

Writes are batched UNWIND … MERGE/CREATE statements under uniqueness constraints.  The batch size
is $FAZHI_NEO4J_BATCH (default 500); Bolt servers with small message limits need it lower.
"""
from __future__ import annotations

import os
from typing import Any

from . import summaries, support
from .rows import Batch, add_document
from .schema import (DOCUMENTS_QUERY, FACT_PROPS, FACT_RELS, MERGED, NODES, RELS, SUMMARY_NODES, key_of,
                     neo4j_constraints)
from .interface import USER_MAX_ROWS, USER_TIMEOUT_S, QueryResult, QueryTimeout, StoreError, timeout_message
from .query_guard import check_read_only

_FACT_PROP_NAMES = [p for p, _ in FACT_PROPS]


class Neo4jStore:
    kind = "neo4j"

    def __init__(self, uri: str, user: str, password: str, batch_size: int | None = None):
        from neo4j import GraphDatabase
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        self.uri = uri
        self.batch_size = batch_size or int(os.environ.get("FAZHI_NEO4J_BATCH", "500"))
        try:
            self.driver = GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity()
        except (ServiceUnavailable, Neo4jError, ValueError, OSError) as e:
            raise StoreError(f"cannot reach Neo4j at {uri}: {e}") from None
        for stmt in neo4j_constraints():
            try:
                self._run(stmt)
            except Exception:  # a server without constraint DDL still works, only slower to MERGE
                pass
        self.recover()
        if summaries.missing(self._run):  # a graph written before the summaries existed
            self._summarise(None)

    def _run(self, cypher: str, params: dict | None = None) -> list[dict]:
        records, _, _ = self.driver.execute_query(cypher, params or {})
        return [r.data() for r in records]

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        check_read_only(cypher)
        try:
            return self._run(cypher, params)
        except Exception as e:
            raise StoreError(str(e)) from None

    def read_query(self, cypher: str, params: dict[str, Any] | None = None, *,
                   timeout_s: float | None = USER_TIMEOUT_S, max_rows: int | None = USER_MAX_ROWS) -> QueryResult:
        """Run a query a user typed: through the guard (graph/query_guard.py, Neo4j's functions), in a read
        session and a read transaction (the server refuses writes there), with the transaction timeout
        `timeout_s`, keeping at most `max_rows` rows."""
        from neo4j import READ_ACCESS, unit_of_work
        from neo4j.exceptions import ClientError

        from .query_guard import check

        c = check(cypher, "neo4j")

        @unit_of_work(timeout=timeout_s or None)
        def work(tx):
            result = tx.run(c.cypher, params or {})
            cols, rows, truncated = list(result.keys()), [], False
            for record in result:
                if max_rows is not None and len(rows) >= max_rows:
                    truncated = True
                    break
                rows.append(record.data())
            result.consume()
            return cols, rows, truncated

        try:
            with self.driver.session(default_access_mode=READ_ACCESS) as session:
                cols, rows, truncated = session.execute_read(work)
        except ClientError as e:
            if "Timeout" in (e.code or "") or "timed out" in str(e).lower():
                raise QueryTimeout(timeout_message(timeout_s or 0)) from None
            raise StoreError(str(e)) from None
        except Exception as e:
            raise StoreError(str(e)) from None
        return QueryResult(rows=rows, columns=cols, truncated=truncated, max_rows=max_rows, cypher=c.cypher)

    def _chunks(self, rows: list):
        for i in range(0, len(rows), self.batch_size):
            yield rows[i:i + self.batch_size]

    def write(self, document, facts, extractor: str | None = None) -> None:
        """Store one document and its facts (loads of many documents go through write_batch)."""
        batch = Batch()
        add_document(batch, document, list(facts), extractor)
        self.write_batch(batch)

    def write_batch(self, batch: Batch) -> None:
        batch.structural_edges()
        for label, rows in batch.nodes.items():
            pk = key_of(label)
            if label in MERGED:  # nodes other documents brought: merge this batch's values in
                current = self._merged_values(label, list(rows))
                self._set_props(label, support.updates(label, rows, current))
            for chunk in self._chunks(list(rows.values())):
                self._run(f"UNWIND $rows AS row MERGE (n:{label} {{{pk}: row.{pk}}}) ON CREATE SET n += row",
                          {"rows": chunk})
        for (rel, a, b), rows in batch.edges.items():
            ka, kb = key_of(a), key_of(b)
            verb = "CREATE" if RELS[rel].fact else "MERGE"
            props = _FACT_PROP_NAMES if RELS[rel].fact else []
            payload = [{"from": r["from"], "to": r["to"],
                        "props": {p: r.get(p) for p in props if r.get(p) is not None}} for r in rows]
            for chunk in self._chunks(payload):
                self._run(f"UNWIND $rows AS row MATCH (x:{a} {{{ka}: row.from}}) MATCH (y:{b} {{{kb}: row.to}}) "
                          f"{verb} (x)-[r:{rel}]->(y) SET r += row.props", {"rows": chunk})
        self._summarise(summaries.touched(batch.edges))
        # the commit marker goes last
        for chunk in self._chunks(batch.documents):
            self._run("UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row", {"rows": chunk})

    def replace_derived(self, rel: str, rows: list[dict]) -> int:
        """Replace every relationship of a derived type (INFLUENCED) by `rows` (from, to, its props)."""
        spec = RELS[rel]
        if not spec.props:
            raise ValueError(f"{rel} is not a derived relationship")
        (a, b), names = spec.pairs[0], [p for p, _ in spec.props]
        ka, kb = key_of(a), key_of(b)
        self._run(f"MATCH ()-[r:{rel}]->() DELETE r")
        payload = [{"from": r["from"], "to": r["to"], "props": {p: r.get(p) for p in names if r.get(p) is not None}}
                   for r in rows]
        n = 0
        for chunk in self._chunks(payload):
            n += self._run(f"UNWIND $rows AS row MATCH (x:{a} {{{ka}: row.from}}) MATCH (y:{b} {{{kb}: row.to}}) "
                           f"CREATE (x)-[r:{rel}]->(y) SET r += row.props RETURN count(r) AS n", {"rows": chunk})[0]["n"]
        return n

    def documents(self) -> list[dict]:
        return self._run(DOCUMENTS_QUERY)

    def stats(self) -> dict:
        nodes = {label: self._run(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"] for label in NODES}
        rels = {name: self._run(f"MATCH ()-[r:{name}]->() RETURN count(r) AS n")[0]["n"] for name in RELS}
        docs = self.documents()
        last = max((d["loaded_at"] for d in docs if d.get("loaded_at")), default=None)
        return {"store": "neo4j", "uri": self.uri, "documents": nodes["Document"], "nodes": nodes,
                "relationships": rels, "last_load": last}

    def _merged_values(self, label: str, keys: list[str]) -> dict[str, dict]:
        """Stored values of the label's merged properties (schema.MERGED) of the nodes that exist, by key."""
        pk, props = key_of(label), list(MERGED[label])
        ret = ", ".join(f"n.{p} AS {p}" for p in props)
        out: dict[str, dict] = {}
        for chunk in self._chunks(keys):
            for r in self._run(f"MATCH (n:{label}) WHERE n.{pk} IN $keys RETURN n.{pk} AS k, {ret}", {"keys": chunk}):
                out[r.pop("k")] = r
        return out

    def _set_props(self, label: str, changes: dict[str, dict]) -> None:
        pk = key_of(label)
        for prop in MERGED[label]:
            rows = [{"k": k, "v": v[prop]} for k, v in changes.items() if prop in v]
            for chunk in self._chunks(rows):  # a null value removes the property, as a fresh load would lack it
                self._run(f"UNWIND $rows AS r MATCH (n:{label} {{{pk}: r.k}}) SET n.{prop} = r.v", {"rows": chunk})

    def forget(self, ids: list[str]) -> int:
        """Remove documents, their facts, and what only they brought to the rest of the graph (graph/support.py)."""
        ids = list(ids)
        gone = [support.Support.loads(r["s"]) for r in
                self._run("MATCH (d:Document) WHERE d.id IN $ids RETURN d.support AS s", {"ids": ids})]
        if not gone:
            return 0
        mechanisms = summaries.touched_by_documents(self._run, ids)
        for rel in FACT_RELS:
            self._run(f"MATCH ()-[r:{rel}]->() WHERE r.doc IN $ids DELETE r", {"ids": ids})
        self._run("MATCH (d:Document) WHERE d.id IN $ids DELETE d", {"ids": ids})
        self._reconcile(set().union(*(s.keys() for s in gone)), set().union(*(s.edges for s in gone)))
        self._summarise(mechanisms)
        return len(gone)

    def _summarise(self, mechanisms: set[str] | None) -> None:
        """Replace the summaries of these mechanisms (None: of every one) by what their facts give now
        (graph/summaries.py)."""
        if mechanisms is None or mechanisms:
            self._summarise_mechanisms(mechanisms)
        # the pages' index (QueryPage), as a whole
        self._run("MATCH (x:QueryPage) DELETE x")
        for chunk in self._chunks(summaries.page_rows(self._run)):
            self._run("UNWIND $rows AS row CREATE (x:QueryPage {id: row.id}) SET x += row", {"rows": chunk})

    def _summarise_mechanisms(self, mechanisms: set[str] | None) -> None:
        first, mech = summaries.compute(self._run, mechanisms)
        for cypher, params in summaries.deletions(mechanisms):
            self._run(cypher, params)
        # a missing value is a missing property, as a fact's is
        payload = [{"from": r["from"], "to": r["to"],
                    "props": {k: v for k, v in r.items() if k not in ("from", "to") and v is not None}} for r in first]
        for chunk in self._chunks(payload):
            self._run("UNWIND $rows AS row MATCH (x:Place {code: row.from}) MATCH (y:Mechanism {name: row.to}) "
                      "CREATE (x)-[f:FIRST_ADOPTION]->(y) SET f += row.props", {"rows": chunk})
        pk = SUMMARY_NODES["MechanismSummary"][0]
        for chunk in self._chunks([{k: v for k, v in r.items() if v is not None} for r in mech]):
            self._run(f"UNWIND $rows AS row CREATE (s:MechanismSummary {{{pk}: row.{pk}}}) SET s += row",
                      {"rows": chunk})

    def _reconcile(self, touched: set, touched_edges: set) -> None:
        """Bring `touched` nodes and structural edges in line with the documents the graph holds."""
        kept = [support.Support.loads(r["s"]) for r in self._run("MATCH (d:Document) RETURN d.support AS s")]
        current = {label: self._merged_values(label, sorted(k for lb_, k in touched if lb_ == label))
                   for label in MERGED}
        p = support.plan(touched, touched_edges, kept, current)
        for label, keys in p.drop_nodes.items():
            for chunk in self._chunks(keys):
                self._run(f"MATCH (n:{label}) WHERE n.{key_of(label)} IN $keys DETACH DELETE n", {"keys": chunk})
        for label, changes in p.set_props.items():
            self._set_props(label, changes)
        for rel, a, f, b, t in p.drop_edges:
            self._run(f"MATCH (x:{a} {{{key_of(a)}: $f}})-[r:{rel}]->(y:{b} {{{key_of(b)}: $t}}) DELETE r",
                      {"f": f, "t": t})

    def recover(self) -> None:
        """Writes to a server are not one transaction here: an interrupted load can leave facts whose Document
        (written last, the commit marker) is missing. Remove them and reconcile the graph with its documents."""
        ids = [r["id"] for r in self._run("MATCH (d:Document) RETURN d.id AS id")]
        dangling = sum(self._run(f"MATCH ()-[r:{rel}]->() WHERE NOT r.doc IN $ids RETURN count(r) AS n",
                                 {"ids": ids})[0]["n"] for rel in FACT_RELS)
        if not dangling:
            return
        for rel in FACT_RELS:
            self._run(f"MATCH ()-[r:{rel}]->() WHERE NOT r.doc IN $ids DELETE r", {"ids": ids})
        self._reconcile(*support.everything(self._run))
        self._summarise(None)

    def close(self) -> None:
        self.driver.close()
