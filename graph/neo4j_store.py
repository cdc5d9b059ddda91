"""Neo4j through the official driver: the same schema, labels and properties as the embedded store.

Writes are batched UNWIND … MERGE/CREATE statements under uniqueness constraints.  The batch size
is $FAZHI_NEO4J_BATCH (default 500); Bolt servers with small message limits need it lower.
"""
from __future__ import annotations

import os
from typing import Any

from .rows import Batch, add_document
from .schema import DOCUMENTS_QUERY, FACT_PROPS, FACT_RELS, NODES, RELS, key_of, neo4j_constraints
from .store import (USER_MAX_ROWS, USER_TIMEOUT_S, QueryResult, QueryTimeout, StoreError, check_read_only,
                    timeout_message)

_FACT_PROP_NAMES = [p for p, _ in FACT_PROPS]
_CLEANUP_LABELS = ("Mechanism", "Award", "Body")


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

    def forget(self, ids: list[str]) -> int:
        n = self._run("MATCH (d:Document) WHERE d.id IN $ids RETURN count(d) AS n", {"ids": list(ids)})[0]["n"]
        for rel in FACT_RELS:
            self._run(f"MATCH ()-[r:{rel}]->() WHERE r.doc IN $ids DELETE r", {"ids": list(ids)})
        self._run("MATCH (d:Document) WHERE d.id IN $ids DELETE d", {"ids": list(ids)})
        self._drop_orphans()
        return n

    def _drop_orphans(self) -> None:
        fact_rels = "|".join(FACT_RELS)
        for label in _CLEANUP_LABELS:
            # a generic mechanism stays while a more specific one with facts points to it
            # (a pattern predicate, not EXISTS { }: FalkorDB's Bolt endpoint, our test server, lacks subqueries)
            keep_generic = (f" AND NOT (n)<-[:INSTANCE_OF*1..4]-(:Mechanism)-[:{fact_rels}]-()"
                            if label == "Mechanism" else "")
            self._run(f"MATCH (n:{label}) WHERE NOT (n)-[:{fact_rels}]-(){keep_generic} DETACH DELETE n")
        self._run(f"MATCH (n:Place) WHERE n.level = 'unresolved' AND NOT (n)-[:{fact_rels}]-() DETACH DELETE n")

    def recover(self) -> None:
        ids = [r["id"] for r in self._run("MATCH (d:Document) RETURN d.id AS id")]
        for rel in FACT_RELS:
            self._run(f"MATCH ()-[r:{rel}]->() WHERE NOT r.doc IN $ids DELETE r", {"ids": ids})

    def close(self) -> None:
        self.driver.close()
